"""One suite, both engines: what the conversation relies on holds in SQLite and PostgreSQL.

Every test runs twice, on a SQLite file and on a database in a real PostgreSQL cluster
(`tests/postgres_server.py`), through `storage.open_store` with a real data key.
"""

from __future__ import annotations

import asyncio
import contextvars
import random
import sqlite3
from typing import Any

import asyncpg
import pytest

from bot.ratelimit import RateLimiter, SharedRateLimiter, Verdict
from flows.draft import Pending
from storage import is_postgres, open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer, new_key
from storage.errors import KeyProblem
from storage.sql import SqlStore
from tests.store_data import CANARY, a_draft, fill_two_users

SEALER = AesGcmSealer([new_key("contract")])


@pytest.fixture
def sealer() -> AesGcmSealer:
    return SEALER


async def every_row(database: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, read beside the store with the engine's own client."""
    if is_postgres(database):
        conn = await asyncpg.connect(database)
        try:
            names = [r[0] for r in await conn.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
            return {n: [dict(r) for r in await conn.fetch(f"SELECT * FROM {n}")]
                    for n in names}
        finally:
            await conn.close()
    with sqlite3.connect(database.removeprefix("sqlite:///")) as db:
        db.row_factory = sqlite3.Row
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        found = {n: [dict(r) for r in db.execute(f"SELECT * FROM {n}")] for n in names}
    db.close()
    return found


async def test_a_draft_survives_closing_and_reopening_the_store(database: str) -> None:
    draft = a_draft()
    draft.answers = {"name": "T (7) & mum", "things": ["one", "two"], "score": 4, "extra": None}
    draft.history = ["name", "things", "score", "extra"]
    draft.nonce = 9
    draft.pending = Pending("extra", "privacy", "John Smith")
    draft.nudged = ["extra:privacy"]
    async with await open_store(database, sealer=SEALER) as store:
        assert await store.save(draft, draft.answers, new=True)
    async with await open_store(database, sealer=SEALER) as store:
        loaded = await store.load_draft(1, "d1")
    assert loaded is not None
    assert loaded.answers == draft.answers
    assert loaded.state() == draft.state()
    assert (loaded.label, loaded.flow_id, loaded.status) == ("TB-7", "mapping", "in_progress")
    assert loaded.created_at == draft.created_at > 0


async def test_only_changed_answers_are_written_and_a_removed_one_is_deleted(
        engine_store: SqlStore) -> None:
    draft = a_draft()
    draft.answers = {"a": "A", "b": "B"}
    await engine_store.save(draft, ["a", "b"], new=True)
    draft.answers["a"] = "not saved"
    del draft.answers["b"]
    await engine_store.save(draft, ["b"])
    loaded = await engine_store.load_draft(1, "d1")
    assert loaded is not None
    assert loaded.answers == {"a": "A"}


async def test_a_user_sees_only_their_own_drafts(engine_store: SqlStore) -> None:
    await engine_store.save(a_draft(user_id=1, draft_id="mine"), new=True)
    await engine_store.save(a_draft(user_id=2, draft_id="theirs"), new=True)
    assert await engine_store.load_draft(1, "theirs") is None
    assert [d.id for d in await engine_store.list_drafts(1)] == ["mine"]


async def test_list_drafts_counts_answers_and_filters_by_status(engine_store: SqlStore) -> None:
    first, second = a_draft(draft_id="a", label="A1"), a_draft(draft_id="b", label="B2")
    first.answers = {"x": "1", "y": "2"}
    await engine_store.save(first, ["x", "y"], new=True)
    second.status = "completed"
    await engine_store.save(second, new=True)
    listed = await engine_store.list_drafts(1)
    assert [(d.id, d.label, d.answered) for d in listed] == [("b", "B2", 0), ("a", "A1", 2)]
    assert [d.id for d in await engine_store.list_drafts(1, status="in_progress")] == ["a"]


async def test_concurrent_saves_on_one_store_all_land(engine_store: SqlStore) -> None:
    drafts = [a_draft(draft_id=f"d{i}") for i in range(20)]
    for i, draft in enumerate(drafts):
        draft.answers = {"a": f"answer {i}"}
    await asyncio.gather(*(engine_store.save(d, ["a"], new=True) for d in drafts))
    for i in range(20):
        loaded = await engine_store.load_draft(1, f"d{i}")
        assert loaded is not None
        assert loaded.answers == {"a": f"answer {i}"}


async def test_sessions_are_saved_and_read_back(engine_store: SqlStore) -> None:
    await engine_store.save(a_draft(), new=True)
    await engine_store.save_session(Session(1, "d1", {"awaiting": "label", "flow": "mapping"}))
    session = await engine_store.session(1)
    assert (session.active_draft, session.state) == ("d1", {"awaiting": "label",
                                                            "flow": "mapping"})
    assert (await engine_store.session(99)).active_draft is None




async def test_a_repeated_update_id_writes_nothing(engine_store: SqlStore) -> None:
    draft = a_draft()
    draft.answers = {"a": "first"}
    assert await engine_store.save(draft, ["a"], update=(1, 100), new=True)
    again = a_draft()
    again.answers = {"a": "second", "b": "new"}
    again.status = "completed"
    assert not await engine_store.save(again, ["a", "b"], update=(1, 100))
    loaded = await engine_store.load_draft(1, "d1")
    assert loaded is not None
    assert loaded.answers == {"a": "first"}
    assert loaded.status == "in_progress"
    assert await engine_store.was_handled(1, 100)
    assert not await engine_store.was_handled(2, 100)  # ids are per user


async def test_a_repeated_update_id_leaves_the_session_alone(engine_store: SqlStore) -> None:
    assert await engine_store.save_session(Session(1, None, {"awaiting": "label"}), update=(1, 5))
    assert not await engine_store.save_session(Session(1, None, {"awaiting": "cancel"}),
                                               update=(1, 5))
    assert (await engine_store.session(1)).state == {"awaiting": "label"}




async def test_delete_user_leaves_no_row_about_them_in_any_table(
        engine_store: SqlStore, database: str) -> None:
    await fill_two_users(engine_store)
    await engine_store.spend(1, 3, 60, 1000.0)
    await engine_store.spend(2, 3, 60, 1000.0)
    await engine_store.delete_user(1)
    for table, records in (await every_row(database)).items():
        for record in records:
            assert record.get("user_id") != 1, (table, record)
            for column in ("draft_id", "id", "active_draft"):
                assert not str(record.get(column) or "").startswith("u1"), (table, record)
    assert len(await engine_store.list_drafts(2)) == 2
    assert (await engine_store.table_counts())["answers"] == 6


async def test_delete_draft_removes_its_answers(engine_store: SqlStore, database: str) -> None:
    await fill_two_users(engine_store)
    assert await engine_store.delete_draft(1, "u1d0")
    assert not await engine_store.delete_draft(2, "u1d1")  # not theirs
    assert not [r for r in (await every_row(database))["answers"] if r["draft_id"] == "u1d0"]
    assert await engine_store.load_draft(1, "u1d1") is not None




# --- the unit of work ----------------------------------------------------------------------


async def test_a_turn_reads_and_writes_in_one_transaction_and_commits_on_exit(
        engine_store: SqlStore) -> None:
    async with engine_store.turn(1, 500) as turn:
        assert not turn.handled
        assert turn.session == Session(1)
        draft = a_draft()
        draft.answers = {"a": "one"}
        await turn.save(draft, ["a"], new=True)
        turn.session.active_draft = draft.id
        turn.session.question_message = 77
        await turn.save_session()
        assert (await turn.active()) is not None
        assert [d.id for d in await turn.drafts()] == ["d1"]
    async with engine_store.turn(1, 500) as again:
        assert again.handled
        assert again.session.active_draft == "d1"
        assert again.session.question_message == 77
    assert await engine_store.was_handled(1, 500)


async def test_a_turn_that_fails_leaves_nothing_behind(engine_store: SqlStore) -> None:
    async def failing() -> None:
        async with engine_store.turn(1, 600) as turn:
            await turn.save(a_draft(), new=True)
            raise RuntimeError("the reply could not be built")

    with pytest.raises(RuntimeError):
        await failing()
    assert await engine_store.load_draft(1, "d1") is None
    assert not await engine_store.was_handled(1, 600)


async def test_a_turn_without_writes_does_not_mark_the_update_handled(
        engine_store: SqlStore) -> None:
    async with engine_store.turn(1, 700) as turn:
        assert await turn.drafts() == []
    assert not await engine_store.was_handled(1, 700)


async def test_turns_of_one_user_take_turns_and_keep_every_item(engine_store: SqlStore) -> None:
    await engine_store.save(a_draft(), new=True)

    async def add(item: str, update_id: int) -> None:
        async with engine_store.turn(1, update_id) as turn:
            draft = await turn.draft("d1")
            assert draft is not None
            items = list(draft.answers.get("list", []))  # type: ignore[arg-type]
            await asyncio.sleep(0)  # let the other turn try to run in between
            draft.answers["list"] = [*items, item]
            await turn.save(draft, ["list"])

    await asyncio.gather(*(add(f"item {n}", n) for n in range(10)))
    loaded = await engine_store.load_draft(1, "d1")
    assert loaded is not None
    assert sorted(loaded.answers["list"]) == sorted(f"item {n}" for n in range(10))  # type: ignore[arg-type]


async def test_calls_made_inside_a_turn_join_it_and_fail_with_it(engine_store: SqlStore) -> None:
    async def joined(fail: bool) -> None:
        async with engine_store.turn(1, 800) as turn:
            assert await engine_store.save(a_draft(), ["a"], new=True, update=(1, 800))
            assert await engine_store.load_draft(1, "d1") is not None
            assert await engine_store.save_session(Session(1, "d1"), update=(1, 800))
            assert (await engine_store.session(1)).active_draft == "d1"
            assert turn.session.active_draft == "d1"
            if fail:
                raise RuntimeError("the reply could not be built")

    with pytest.raises(RuntimeError):
        await joined(fail=True)
    assert await engine_store.load_draft(1, "d1") is None
    assert (await engine_store.session(1)).active_draft is None
    assert not await engine_store.was_handled(1, 800)
    await joined(fail=False)
    assert await engine_store.was_handled(1, 800)
    assert not await engine_store.save(a_draft(), ["a"], update=(1, 800))


async def test_an_exclusive_job_runs_where_it_is_granted(engine_store: SqlStore) -> None:
    async with engine_store.exclusive("retention") as ours:
        assert ours


# --- retention and keys -------------------------------------------------------------------


async def test_purge_erases_old_drafts_and_reminders_come_once(engine_store: SqlStore) -> None:
    await fill_two_users(engine_store)
    now = (await engine_store.load_draft(1, "u1d0")).updated_at  # type: ignore[union-attr]
    due = await engine_store.due_reminders(idle_before=now + 1, done_before=now + 1)
    assert {r.draft_id for r in due} == {"u1d0", "u1d1", "u2d0", "u2d1"}
    assert {r.label for r in due} == {"L1", "L2"}
    await engine_store.mark_reminded([r.draft_id for r in due], now + 1)
    assert await engine_store.due_reminders(idle_before=now + 1, done_before=now + 1) == []
    report = await engine_store.purge(idle_before=now + 1, done_before=now + 1,
                                      updates_before=now + 1)
    assert (report.drafts, report.updates) == (4, 4)
    assert (await engine_store.table_counts())["answers"] == 0


async def test_rotation_reseals_every_value_and_the_old_key_then_opens_nothing(
        database: str) -> None:
    async with await open_store(database, sealer=SEALER) as store:
        await fill_two_users(store)
        assert (await store.key_usage())["contract"] == 20
        newer = AesGcmSealer([new_key("newer"), *SEALER.keys])
        assert await store.reseal(newer) == 20
        assert (await store.key_usage()) == {"newer": 20}
    async with await open_store(database, sealer=AesGcmSealer([newer.keys[0]])) as store:
        loaded = await store.load_draft(1, "u1d0")
        assert loaded is not None
        assert loaded.answers["a"] == f"{CANARY} 1"


async def test_a_key_that_did_not_seal_the_database_is_refused_on_opening(
        database: str) -> None:
    async with await open_store(database, sealer=SEALER) as store:
        await fill_two_users(store)
    with pytest.raises(KeyProblem, match="does not fit the database"):
        await open_store(database, sealer=AesGcmSealer([new_key("contract")]))
    with pytest.raises(KeyProblem, match="'contract' and that key is not configured"):
        await open_store(database, sealer=AesGcmSealer([new_key("other")]))


async def test_rotation_reseals_team_rows_too_so_retiring_the_old_key_loses_nothing(
        database: str) -> None:
    from storage.teams import Invite, TeamStore

    async with await open_store(database, sealer=SEALER) as store:
        teams = TeamStore(store)
        await teams.add_invite(Invite("ab" * 32, "colleague", "member", 1, 1, 2e9, 1.0,
                                      about={"note": "for the duty team"}))
        assert await teams.join("ab" * 32, 7, "Sam (duty)", 2.0) is not None
        await store.reseal(AesGcmSealer([new_key("newer"), *SEALER.keys]))
        assert "contract" not in await store.key_usage()
    newer_only = AesGcmSealer([k for k in store._sealer.keys if k.id == "newer"])  # type: ignore[attr-defined]
    async with await open_store(database, sealer=newer_only) as store:
        teams = TeamStore(store)
        assert [m.name for m in await teams.members()] == ["Sam (duty)"]
        invite = await teams.invite("ab" * 32)
        assert invite is not None
        assert invite.about == {"note": "for the duty team"}


async def test_an_answer_another_instance_changed_is_read_as_it_is_now(
        database: str) -> None:
    draft = a_draft()
    draft.answers = {"worry": "first words", "who": ["mum"]}
    async with await open_store(database, sealer=SEALER) as one:
        await one.save(draft, draft.answers, new=True)
        assert (await one.load_draft(1, "d1")).answers["worry"] == "first words"  # type: ignore[union-attr]
        async with await open_store(database, sealer=SEALER, exclusive=False) as other:
            changed = await other.load_draft(1, "d1")
            assert changed is not None
            changed.answers["worry"] = "second words"
            await other.save(changed, ["worry"])
        again = await one.load_draft(1, "d1")
        assert again is not None
        assert again.answers["worry"] == "second words"


async def _open_draft_in_a_turn(store: SqlStore) -> dict[str, Any]:
    async with store.turn(1) as turn:
        draft = await turn.active()
        assert draft is not None
        return dict(draft.answers)


async def _started(store: SqlStore) -> None:
    draft = a_draft()
    draft.answers = {"worry": "first words", "who": ["mum"], "score": 3}
    await store.save(draft, draft.answers, new=True, session=Session(1, "d1"))


async def test_a_turn_finds_the_answers_another_instance_wrote_since_this_one_last_looked(
        database: str) -> None:
    """A turn is spared reading answers this instance already holds, but only while nothing
    else has written the draft."""
    async with await open_store(database, sealer=SEALER) as one:
        await _started(one)
        for _ in range(2):  # read, then again as held
            assert (await _open_draft_in_a_turn(one))["worry"] == "first words"
        async with await open_store(database, sealer=SEALER, exclusive=False) as other, \
                other.turn(1) as turn:
            changed = await turn.active()
            assert changed is not None
            changed.answers["worry"] = "second words"
            del changed.answers["who"]
            await turn.save(changed, ["worry", "who"])
        assert await _open_draft_in_a_turn(one) == {"worry": "second words", "score": 3}


async def test_a_label_and_position_another_instance_changed_are_read_as_they_are_now(
        database: str) -> None:
    async with await open_store(database, sealer=SEALER) as one:
        await _started(one)
        async with one.turn(1) as turn:
            draft = await turn.active()
            assert draft is not None
            draft.history = ["worry"]
            await turn.save(draft)
        async with await open_store(database, sealer=SEALER, exclusive=False) as other, \
                other.turn(1) as turn:
            changed = await turn.active()
            assert changed is not None
            changed.label, changed.history = "TB-7 (second child)", ["worry", "who"]
            await turn.save(changed)
        async with one.turn(1) as turn:
            now = await turn.active()
            assert now is not None
            assert (now.label, now.history) == ("TB-7 (second child)", ["worry", "who"])


async def test_an_answer_whose_turn_did_not_commit_is_not_shown_in_the_next_turn(
        engine_store: SqlStore) -> None:
    await _started(engine_store)
    await _open_draft_in_a_turn(engine_store)

    async def a_turn_that_fails_after_saving() -> None:
        async with engine_store.turn(1) as turn:
            draft = await turn.active()
            assert draft is not None
            draft.answers["worry"] = "never saved"
            draft.answers["extra"] = "never saved either"
            await turn.save(draft, ["worry", "extra"])
            raise RuntimeError("the turn failed")

    with pytest.raises(RuntimeError, match="the turn failed"):
        await a_turn_that_fails_after_saving()
    assert await _open_draft_in_a_turn(engine_store) == {
        "worry": "first words", "who": ["mum"], "score": 3}


async def test_a_draft_read_elsewhere_between_two_saves_of_a_turn_keeps_both_answers(
        engine_store: SqlStore) -> None:
    """Read outside the turn (another task), the draft is as it was before the turn: what
    is kept then is not what the turn's second save builds on."""
    await _started(engine_store)
    await _open_draft_in_a_turn(engine_store)
    async with engine_store.turn(1) as turn:
        draft = await turn.active()
        assert draft is not None
        draft.answers["worry"] = "said first"
        await turn.save(draft, ["worry"])
        elsewhere = await asyncio.create_task(engine_store.load_draft(1, "d1"),
                                              context=contextvars.Context())
        assert elsewhere is not None
        assert elsewhere.answers["worry"] == "first words"  # the turn has not landed
        draft.answers["score"] = 8
        await turn.save(draft, ["score"])
    assert await _open_draft_in_a_turn(engine_store) == {
        "worry": "said first", "who": ["mum"], "score": 8}


async def test_an_answer_taken_away_in_a_turn_is_gone_from_the_next(
        engine_store: SqlStore) -> None:
    await _started(engine_store)
    for _ in range(2):
        async with engine_store.turn(1) as turn:
            draft = await turn.active()
            assert draft is not None
            draft.answers.pop("who", None)
            draft.answers["score"] = 5
            await turn.save(draft, ["who", "score"])
        assert await _open_draft_in_a_turn(engine_store) == {"worry": "first words",
                                                              "score": 5}


async def test_changing_a_loaded_list_answer_changes_nothing_stored(
        engine_store: SqlStore) -> None:
    draft = a_draft()
    draft.answers = {"who": ["mum", "dad"]}
    await engine_store.save(draft, draft.answers, new=True)
    for _ in range(2):
        loaded = await engine_store.load_draft(1, "d1")
        assert loaded is not None
        assert loaded.answers["who"] == ["mum", "dad"]
        loaded.answers["who"].append("not saved")  # type: ignore[union-attr]


async def test_changing_a_list_answer_a_turn_read_changes_nothing_the_next_turn_reads(
        engine_store: SqlStore) -> None:
    """The next turn takes the answers kept in memory (storage.opened) when the draft's row
    is unchanged: each turn gets lists of its own, whatever the one before did to its."""
    await _started(engine_store)
    for _ in range(3):
        async with engine_store.turn(1) as turn:
            draft = await turn.active()
            assert draft is not None
            assert draft.answers["who"] == ["mum"]
            draft.answers["who"].append("not saved")  # type: ignore[union-attr]


async def test_an_erased_draft_leaves_nothing_opened_in_memory(engine_store: SqlStore) -> None:
    await fill_two_users(engine_store)
    for user in (1, 2):
        await engine_store.load_draft(user, f"u{user}d0")
    await engine_store.delete_draft(1, "u1d0")
    await engine_store.delete_user(2)
    assert set(engine_store._opened._drafts) == {(1, "u1d1")}


# --- what every instance must know of a user's next update ------------------------------------


async def test_a_delivered_question_is_recorded_for_the_open_draft_only(
        engine_store: SqlStore) -> None:
    await engine_store.save(a_draft(), new=True, session=Session(1, "d1"))
    await engine_store.shown(1, "d1", 4, 1001)
    # not the open draft, shown above its question: nothing changes (one shown below it, by
    # another instance, withdraws its receipt: tests/test_deploy_thirtyfirst.py)
    await engine_store.shown(1, "another", 9, 1000)
    await engine_store.shown(2, "d1", 9, 1003)  # not their draft
    stored = await engine_store.session(1)
    assert (stored.delivered, stored.question_message) == (4, 1001)
    await engine_store.shown(1, "d1", 4)  # a nudge under the same question: no message of its own
    assert (await engine_store.session(1)).question_message == 1001
    async with engine_store.turn(1, 700) as turn:  # a turn writing the session keeps both
        turn.session.state = {"k": "v"}
        await turn.save_session()
    again = await engine_store.session(1)
    assert (again.delivered, again.question_message, again.state) == (4, 1001, {"k": "v"})
    await engine_store.shown(1, "d1", 3, 999)  # a late receipt of an earlier question
    assert (await engine_store.session(1)).question_message == 1001


async def test_a_session_write_keeps_receipts_it_did_not_see_unless_it_opens_another_draft(
        engine_store: SqlStore) -> None:
    await engine_store.save(a_draft(), new=True, session=Session(1, "d1"))
    async with engine_store.turn(1, 702) as turn:
        await engine_store.shown(1, "d1", 6, 1006)
        turn.session.delivered, turn.session.question_message = 1, 500  # stale in hand
        await turn.save_session()
    assert (await engine_store.session(1)).delivered == 6
    # opening another draft forgets them, whatever the writer held
    await engine_store.save(a_draft(draft_id="d2"), new=True,
                            session=Session(1, "d2", question_message=1006, delivered=6))
    moved = await engine_store.session(1)
    assert (moved.delivered, moved.question_message) == (None, None)


async def test_a_receipt_inside_a_users_turn_joins_it(engine_store: SqlStore) -> None:
    await engine_store.save(a_draft(), new=True, session=Session(1, "d1"))
    async with engine_store.turn(1, 701) as turn:
        await engine_store.shown(1, "d1", 5, 1005)
        assert turn.session.delivered == 5  # what the turn holds agrees
        await turn.save_session()
    assert (await engine_store.session(1)).delivered == 5


async def test_the_rate_is_timed_by_the_databases_clock_unless_told(
        engine_store: SqlStore) -> None:
    refused = [await engine_store.spend(11, 3, 1) for _ in range(5)]
    assert refused == [0, 0, 0, 1, 2]  # a burst of three, then told once


async def test_the_rate_kept_in_the_database_gives_the_verdicts_kept_in_memory(
        engine_store: SqlStore) -> None:
    now = [1000.0]
    memory = RateLimiter(3, 60, clock=lambda: now[0])
    shared = SharedRateLimiter(engine_store.spend, 3, 60, clock=lambda: now[0])
    steps = random.Random(7).choices([0.0, 0.0, 0.25, 0.5, 1.0, 2.0, 5.0], k=200)
    for step in steps:
        now[0] += step
        assert await shared.allow(9) == await memory.allow(9), now[0]
    assert await shared.allow(10) == Verdict(True)  # another user has a bucket of their own
