"""Two instances of the whole conversation on one PostgreSQL: one practitioner's two list
items, sent at the same moment to different instances, are both kept, 20 trials of 20."""

from __future__ import annotations

import asyncio
from pathlib import Path

from builders import build_flow, list_step, section, text

from bot.conversation import Conversation
from flows.replies import Command, Text
from storage import open_store
from storage.crypto import AesGcmSealer, new_key
from tests.postgres_server import PgCluster

TRIALS = 20


async def test_two_instances_keep_both_list_items_sent_at_the_same_moment(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", list_step("items"), text("after"),
                                        column="worried"))
    url = pg_cluster.new_database()
    sealer = AesGcmSealer([new_key("two")])
    stores = [await open_store(url, sealer=sealer) for _ in range(2)]
    one, two = (Conversation(store, {flow.id: flow}) for store in stores)
    try:
        kept = 0
        for trial in range(TRIALS):
            user = 500 + trial
            await one.handle(user, Command("new", flow.id), update_id=1)
            await one.handle(user, Text("TB-7"), update_id=2)
            await asyncio.gather(one.handle(user, Text("from one"), update_id=3),
                                 two.handle(user, Text("from two"), update_id=4))
            draft = await two.active(user)
            assert draft is not None
            kept += sorted(draft.answers.get("items") or []) == ["from one", "from two"]  # type: ignore[arg-type]
        assert kept == TRIALS
    finally:
        for store in stores:
            await store.close()
