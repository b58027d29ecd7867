"""Several instances on one PostgreSQL: a user's turns are serialised in the database, and the
daily retention job runs in one instance at a time."""

from __future__ import annotations

import asyncio

from flows.draft import Draft
from storage import open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer, new_key
from storage.sql import SqlStore
from tests.postgres_server import PgCluster

SEALER = AesGcmSealer([new_key("instances")])
TRIALS = 20


async def _add_item(store: SqlStore, user: int, item: str, update_id: int) -> None:
    """What handling a list item does: read the draft, add the item, save, in one turn."""
    async with store.turn(user, update_id) as turn:
        draft = await turn.draft(f"d{user}")
        assert draft is not None
        items = list(draft.answers.get("list") or [])  # type: ignore[arg-type]
        await asyncio.sleep(0.01)  # the other instance reads now, unless it must wait
        draft.answers["list"] = [*items, item]
        await turn.save(draft, ["list"])


async def test_two_instances_keep_both_items_sent_at_the_same_moment(
        pg_cluster: PgCluster) -> None:
    url = pg_cluster.new_database()
    first, second = [await open_store(url, sealer=SEALER) for _ in range(2)]
    try:
        kept = 0
        for trial in range(TRIALS):
            user = 100 + trial
            await first.save(Draft(id=f"d{user}", user_id=user, flow_id="mapping", flow_version=1,
                                   label="TB-7"), new=True)
            await asyncio.gather(_add_item(first, user, "from one", 1),
                                 _add_item(second, user, "from two", 2))
            loaded = await second.load_draft(user, f"d{user}")
            assert loaded is not None
            kept += sorted(loaded.answers["list"]) == ["from one", "from two"]  # type: ignore[arg-type]
        assert kept == TRIALS
    finally:
        await first.close()
        await second.close()


async def test_retention_runs_in_one_instance_at_a_time(pg_cluster: PgCluster) -> None:
    url = pg_cluster.new_database()
    first, second = [await open_store(url, sealer=SEALER) for _ in range(2)]
    try:
        async with first.exclusive("retention") as mine:
            assert mine
            async with second.exclusive("retention") as theirs:
                assert not theirs
        async with second.exclusive("retention") as theirs:
            assert theirs  # released when the first finished
    finally:
        await first.close()
        await second.close()


async def test_a_receipt_from_one_instance_survives_a_turn_of_the_other(
        pg_cluster: PgCluster) -> None:
    url = pg_cluster.new_database()
    first, second = [await open_store(url, sealer=SEALER) for _ in range(2)]
    try:
        draft = Draft(id="d7", user_id=7, flow_id="mapping", flow_version=1, label="TB-7")
        await first.save(draft, new=True, session=Session(7, "d7"))
        async with first.turn(7, 1) as turn:  # has read the session: nothing delivered yet
            assert turn.session.delivered is None
            await second.shown(7, "d7", 3, 1003)  # the question went out from the other
            turn.session.state = {"k": "v"}
            await turn.save_session()
        stored = await second.session(7)
        assert (stored.delivered, stored.question_message) == (3, 1003)
    finally:
        await first.close()
        await second.close()
