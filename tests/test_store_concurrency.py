"""Many coroutines sharing one store: single-trip work and multi-statement transactions mixed."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from flows.draft import Draft
from storage.errors import StorageError
from storage.store import Session, Store

USERS = range(1, 41)


def _draft(user: int) -> Draft:
    return Draft(id=f"d{user}", user_id=user, flow_id="tiny", flow_version=1, label=f"T{user}",
                 history=["a"])


async def _practitioner(store: Store, user: int) -> None:
    draft = _draft(user)
    for step in range(5):
        draft.answers[f"s{step}"] = f"answer {step} of {user}"
        assert await store.save(draft, [f"s{step}"], update=(user, step), new=step == 0)
        loaded = await store.load_draft(user, draft.id)
        assert loaded is not None
        assert loaded.answers == draft.answers
        assert await store.was_handled(user, step)
        await store.save_session(Session(user, draft.id, {"n": step}))  # several statements
    if user % 4 == 0:
        assert await store.delete_draft(user, draft.id)  # several statements and a checkpoint


async def test_interleaved_saves_reads_and_transactions_stay_consistent(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "busy.db") as store:
        await asyncio.gather(*(_practitioner(store, user) for user in USERS))

        counts = await store.table_counts()
        kept = [u for u in USERS if u % 4]
        assert counts["drafts"] == len(kept)
        assert counts["answers"] == 5 * len(kept)
        assert counts["handled_updates"] == 5 * len(USERS)
        for user in kept:
            loaded = await store.load_draft(user, f"d{user}")
            assert loaded is not None
            assert len(loaded.answers) == 5
            assert (await store.session(user)).state == {"n": 4}


async def test_work_queued_during_an_open_transaction_waits_for_it(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "busy.db") as store:
        for user in (1, 2):
            await store.save(_draft(user), [], new=True)
        erasing = asyncio.create_task(store.delete_user(1))  # BEGIN, three DELETEs, COMMIT
        await asyncio.sleep(0)  # it now holds the lock, its BEGIN queued

        second = _draft(2)
        second.answers["s1"] = "kept"
        assert await store.save(second, ["s1"], update=(2, 7))
        loaded = await store.load_draft(2, "d2")
        await erasing

        assert loaded is not None
        assert loaded.answers == {"s1": "kept"}
        assert await store.load_draft(1, "d1") is None
        assert (await store.table_counts())["drafts"] == 1


async def test_an_update_cancelled_while_its_commit_waits_is_saved_whole_never_left_open(
        tmp_path: Path) -> None:
    """A turn sends its writes, BEGIN to COMMIT, in one trip. Cancelled while that trip still
    waits for the database thread (busy with other work), it is saved whole (the trip was
    already sent: never half of it), and it leaves the connection outside any transaction,
    so every later answer is saved."""
    async with await Store.open(tmp_path / "busy.db") as store:
        # Keep aiosqlite's thread busy, so the turn's commit waits in its queue.
        busy = asyncio.ensure_future(store._db._execute(time.sleep, 0.3))  # type: ignore[no-untyped-call]
        first = _draft(1)
        first.answers["s0"] = "sent"
        saving = asyncio.ensure_future(store.save(first, ["s0"], new=True, update=(1, 1)))
        await asyncio.sleep(0.05)
        saving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await saving
        await busy

        assert await store.save(_draft(2), ["s0"], update=(2, 1), new=True)
        assert await store.load_draft(2, "d2") is not None
        kept = await store.load_draft(1, "d1")
        assert kept is not None
        assert kept.answers == {"s0": "sent"}
        assert await store.was_handled(1, 1)


class PausedTurn:
    """A user's turn that has read their draft and stops where the checks and the engine
    would work (and the event loop serve everyone else); `finish` lets it save an answer.
    Let go on the way out whatever happens, so a failing test fails instead of hanging."""

    def __init__(self, store: Store, user: int, answer: str) -> None:
        self._store, self._user, self._answer = store, user, answer
        self._reached, self._go_on = asyncio.Event(), asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def _turn(self) -> None:
        async with self._store.turn(self._user, 100) as turn:
            draft = await turn.active()
            assert draft is not None
            self._reached.set()
            await self._go_on.wait()
            draft.answers["s9"] = self._answer
            await turn.save(draft, ["s9"])

    async def __aenter__(self) -> PausedTurn:
        self._task = asyncio.create_task(self._turn())
        await self._reached.wait()
        return self

    async def finish(self) -> None:
        assert self._task is not None
        self._go_on.set()
        await self._task

    async def __aexit__(self, *exc: object) -> None:
        self._go_on.set()
        if self._task is None or self._task.done():
            return
        if exc[0] is None:
            await self._task
        elif self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


async def _open_draft(store: Store, user: int) -> None:
    assert await store.save(_draft(user), ["s0"], new=True,
                            session=Session(user, f"d{user}"))


async def _still_waiting(task: asyncio.Future[Any]) -> bool:
    done, _ = await asyncio.wait({task}, timeout=0.2)
    return not done


async def test_one_practitioners_turn_does_not_hold_up_anothers_answer(tmp_path: Path) -> None:
    """While one user's turn is under way (its checks, its engine, its wait for the event
    loop), another user's answer is saved and read back: turns of different users do not
    queue behind each other."""
    async with await Store.open(tmp_path / "busy.db") as store:
        for user in (1, 2):
            await _open_draft(store, user)
        async with PausedTurn(store, 1, "one") as slow:
            other = _draft(2)
            other.answers["s1"] = "two"
            quick = asyncio.create_task(store.save(other, ["s1"], update=(2, 5)))
            done, _ = await asyncio.wait({quick}, timeout=10)
            assert done == {quick}, "the second user's answer waited for the first user's turn"
            assert quick.result()
            loaded = await store.load_draft(2, "d2")
            assert loaded is not None
            assert loaded.answers["s1"] == "two"
            await slow.finish()

        first = await store.load_draft(1, "d1")
        assert first is not None
        assert first.answers["s9"] == "one"


async def test_a_users_next_turn_waits_for_their_last_and_reads_what_it_saved(
        tmp_path: Path) -> None:
    async def next_turn() -> str:
        async with store.turn(1, 101) as turn:
            draft = await turn.active()
            assert draft is not None
            return str(draft.answers.get("s9"))

    async with await Store.open(tmp_path / "busy.db") as store:
        await _open_draft(store, 1)
        async with PausedTurn(store, 1, "first") as first:
            second = asyncio.create_task(next_turn())
            assert await _still_waiting(second), "two turns of one user ran at once"
            await first.finish()
            assert await second == "first"


async def test_retention_waits_for_a_turn_under_way_and_never_brings_back_half_a_draft(
        tmp_path: Path) -> None:
    """A draft idle for long enough to be erased is answered at the moment retention runs.
    Retention waits for the answer's turn; the answer makes the draft recent again, so the
    whole draft stays, every answer readable (never a draft written back without its key
    or its other answers)."""
    async with await Store.open(tmp_path / "busy.db") as store:
        await _open_draft(store, 1)
        async with PausedTurn(store, 1, "late") as answering:
            idle_before = time.time()  # everything saved so far counts as idle; the answer not
            purge = asyncio.create_task(store.purge(idle_before=idle_before,
                                                    done_before=idle_before, updates_before=0))
            assert await _still_waiting(purge), \
                "retention erased a draft while an answer to it was being saved"
            await answering.finish()
            report = await purge

        assert report.drafts == 0
        draft = await store.load_draft(1, "d1")
        assert draft is not None
        assert draft.answers == {"s9": "late"}


async def test_a_turn_reads_the_draft_it_has_just_made_before_it_commits(
        tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "busy.db") as store:
        async with store.turn(3, 1) as turn:
            assert await turn.drafts() == []
            await turn.save(_draft(3), new=True)
            listed = await turn.drafts()
            assert [d.id for d in listed] == ["d3"]
            assert (await turn.draft("d3")) is not None
        assert [d.id for d in await store.list_drafts(3)] == ["d3"]


async def test_a_partners_answer_never_brings_back_a_draft_its_lead_erased_meanwhile(
        tmp_path: Path) -> None:
    """Erasing a mapping erases the partner's draft under it (the database cascades, without
    the partner's lock). A partner's answer in flight at that moment is refused whole: no
    partner draft comes back, with half its answers and no key."""
    async with await Store.open(tmp_path / "busy.db") as store:
        await _open_draft(store, 1)  # the lead's mapping, d1
        await _open_draft(store, 2)  # the partner's draft under it, d2
        async with store._transaction("link") as tx:
            await tx.run("UPDATE drafts SET parent_id = 'd1' WHERE id = 'd2'")
        async with PausedTurn(store, 2, "the partner's answer") as answering:
            assert await store.delete_draft(1, "d1")
            with pytest.raises(StorageError):
                await answering.finish()

        assert await store.load_draft(2, "d2") is None
        assert (await store.table_counts())["drafts"] == 0
        assert (await store.table_counts())["answers"] == 0
        assert (await store.session(2)).active_draft is None


async def test_a_users_next_turn_reads_an_answer_whose_cancelled_commit_was_already_sent(
        tmp_path: Path) -> None:
    """The commit of a cancelled update still runs once sent; the user's next update must
    see it (handled, the answer there), not the rows from before it."""
    async with await Store.open(tmp_path / "busy.db") as store:
        await _open_draft(store, 1)
        busy = asyncio.ensure_future(store._db._execute(time.sleep, 0.3))  # type: ignore[no-untyped-call]
        first = _draft(1)
        first.answers["s1"] = "first"
        saving = asyncio.ensure_future(store.save(first, ["s1"], update=(1, 7)))
        await asyncio.sleep(0.05)
        saving.cancel()
        with pytest.raises(asyncio.CancelledError):
            await saving

        async with store.turn(1, 7) as turn:
            assert turn.handled
            draft = await turn.active()
            assert draft is not None
            assert draft.answers["s1"] == "first"
        await busy


async def test_a_turn_whose_commit_fails_leaves_other_users_answers_saved(
        tmp_path: Path) -> None:
    """A commit SQLite refuses (here a foreign key checked at COMMIT) is undone before the
    connection is let go: the next user's receipt and answer are saved as usual."""
    async with await Store.open(tmp_path / "busy.db") as store:
        await _open_draft(store, 1)
        await _open_draft(store, 2)

        async def refused_at_commit() -> None:
            async with store.turn(1, 1) as turn:
                await turn._tx.run("PRAGMA defer_foreign_keys = ON")
                await turn._tx.run("INSERT INTO answers VALUES ('no-such-draft', 's', x'00', 0)")

        with pytest.raises(StorageError):
            await refused_at_commit()

        await store.shown(2, "d2", 5, 42)
        second = _draft(2)
        second.answers["s1"] = "two"
        assert await store.save(second, ["s1"], update=(2, 9))
        assert (await store.session(2)).delivered == 5
        loaded = await store.load_draft(2, "d2")
        assert loaded is not None
        assert loaded.answers == {"s1": "two"}


@pytest.mark.parametrize("name", ["team#1.db", "what?.db", "100%.db"])
async def test_a_database_named_with_uri_characters_is_read_and_written_as_itself(
        tmp_path: Path, name: str) -> None:
    async with await Store.open(tmp_path / name) as store:
        await _open_draft(store, 1)
        assert (await store.session(1)).active_draft == "d1"
        assert await store.load_draft(1, "d1") is not None
    async with await Store.open(tmp_path / name, read_only=True) as reading:
        assert await reading.load_draft(1, "d1") is not None
    files = [p.name for p in tmp_path.iterdir()]  # noqa: ASYNC240 - a test's folder
    assert name in files
    assert all(f.startswith(name) for f in files), files  # its own -wal and -shm only


async def test_a_closed_database_leaves_no_log_files_beside_it(tmp_path: Path) -> None:
    """Closed, the database is one file: its write-ahead log (which held every answer's
    bytes) and its index are gone, the second connection's included."""
    async with await Store.open(tmp_path / "bot.db") as store:
        await _open_draft(store, 1)
        assert await store.load_draft(1, "d1") is not None
    assert [p.name for p in tmp_path.iterdir()] == ["bot.db"]  # noqa: ASYNC240 - a test's folder
