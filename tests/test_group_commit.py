"""Turns that finish while a commit is on the disk are committed together, each one still
all or nothing, and each practitioner told only what happened to their own answer."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite
import pytest

from flows.draft import Draft
from storage.errors import StorageError
from storage.store import Session, Store
from storage.trips import GroupCommit, Statement, together

T = TypeVar("T")


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "notes.db", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(
        "CREATE TABLE cases (id TEXT PRIMARY KEY);"
        "CREATE TABLE notes (case_id TEXT REFERENCES cases (id) DEFERRABLE INITIALLY DEFERRED,"
        " text TEXT CHECK (length(text) > 0));"
        "INSERT INTO cases VALUES ('c1');")
    yield conn
    conn.close()


def note(text: str, case: str = "c1") -> Statement:
    return ("INSERT INTO notes VALUES (?, ?)", (case, text))


def counting(commits: list[str]) -> Callable[[str], None]:
    """A trace callback noting each COMMIT the connection runs (one fsync each)."""
    return lambda sql: commits.append(sql) if sql == "COMMIT" else None


def kept(conn: sqlite3.Connection) -> list[str]:
    return [text for (text,) in conn.execute("SELECT text FROM notes ORDER BY rowid")]


def test_a_turn_that_fails_in_a_shared_commit_is_undone_alone(notes: sqlite3.Connection
                                                               ) -> None:
    failures = together(notes, [[note("first")], [note("second, part one"), note("")],
                                [note("third")]])

    assert [failure is None for failure in failures] == [True, False, True]
    assert isinstance(failures[1], sqlite3.IntegrityError)
    assert kept(notes) == ["first", "third"]  # nothing of the second, not even its first part
    assert not notes.in_transaction


def test_a_shared_commit_refused_at_commit_gives_each_turn_its_own_outcome(
        notes: sqlite3.Connection) -> None:
    """A foreign key checked only at COMMIT fails the whole transaction: every turn is then
    tried alone, and only the one that broke the key fails."""
    failures = together(notes, [[note("first")], [note("orphan", case="gone")],
                                [note("third")]])

    assert [failure is None for failure in failures] == [True, False, True]
    assert isinstance(failures[1], sqlite3.IntegrityError)
    assert kept(notes) == ["first", "third"]


def test_an_error_after_which_sqlite_rolled_back_everything_costs_only_its_own_turn(
        notes: sqlite3.Connection) -> None:
    notes.execute("CREATE TRIGGER no_secrets BEFORE INSERT ON notes WHEN NEW.text = 'secret' "
                  "BEGIN SELECT RAISE(ROLLBACK, 'not here'); END")

    failures = together(notes, [[note("first")], [note("secret")], [note("third")]])

    assert [failure is None for failure in failures] == [True, False, True]
    assert isinstance(failures[1], sqlite3.IntegrityError)
    assert kept(notes) == ["first", "third"]


async def test_commits_that_arrive_together_share_one_trip_and_each_is_answered(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    commits: list[str] = []
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        await db.set_trace_callback(counting(commits))
        group = GroupCommit(db, asyncio.Lock())

        outcomes = await asyncio.gather(*(group.commit([note(f"answer {n}")])
                                          for n in range(10)), group.commit([note("")]),
                                        return_exceptions=True)

    assert outcomes[:10] == [None] * 10
    assert isinstance(outcomes[10], sqlite3.IntegrityError)
    assert sorted(kept(notes)) == sorted(f"answer {n}" for n in range(10))
    assert len(commits) < 10


def _draft(user: int) -> Draft:
    return Draft(id=f"d{user}", user_id=user, flow_id="tiny", flow_version=1, label=f"T{user}",
                 history=["a"])


async def test_practitioners_answering_at_once_are_all_saved_with_fewer_commits(
        tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    async with await Store.open(path) as store:
        for user in range(1, 31):
            await store.save(_draft(user), [], new=True)
        commits: list[str] = []
        await store._db.set_trace_callback(counting(commits))

        async def answer(user: int) -> bool:
            draft = _draft(user)
            draft.answers["worries"] = f"what worries practitioner {user}"
            return await store.save(draft, ["worries"], update=(user, 7))

        assert all(await asyncio.gather(*(answer(user) for user in range(1, 31))))
        assert len(commits) < 30

    async with await Store.open(path) as reopened:
        for user in range(1, 31):
            loaded = await reopened.load_draft(user, f"d{user}")
            assert loaded is not None
            assert loaded.answers == {"worries": f"what worries practitioner {user}"}


async def test_a_save_that_fails_beside_others_is_reported_to_its_own_practitioner_only(
        tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "busy.db") as store:
        for user in range(1, 6):
            await store.save(_draft(user), [], new=True)

        async def answer(user: int) -> None:
            draft = _draft(user)
            draft.answers["s"] = f"answer of {user}"
            async with store.turn(user, 3) as turn:
                await turn.save(draft, ["s"])
                if user == 3:  # a row that breaks a foreign key, held back with the answer
                    await turn._tx.later("INSERT INTO answers VALUES ('no-such-draft', 's', "
                                         "x'00', 0)")

        outcomes = await asyncio.gather(*(answer(user) for user in range(1, 6)),
                                        return_exceptions=True)

        assert [o is None for o in outcomes] == [True, True, False, True, True]
        assert isinstance(outcomes[2], StorageError)
        for user in range(1, 6):
            loaded = await store.load_draft(user, f"d{user}")
            assert loaded is not None
            assert loaded.answers == ({} if user == 3 else {"s": f"answer of {user}"})
            assert await store.was_handled(user, 3) is (user != 3)


async def test_a_receipt_alone_does_not_wait_for_the_disk_and_rides_with_answers_when_it_can(
        tmp_path: Path) -> None:
    statements: list[str] = []
    async with await Store.open(tmp_path / "busy.db") as store:
        for user in range(1, 6):
            await store.save(_draft(user), [], new=True, session=Session(user, f"d{user}"))
        await store._db.set_trace_callback(statements.append)

        await store.shown(1, "d1", 4, 40)
        assert (await store.session(1)).delivered == 4  # a read waits for the receipt
        first, begin, *receipt, commit, last = [sql for sql in statements
                                                if not sql.startswith("SELECT")]
        assert (first, begin, commit, last) == ("PRAGMA synchronous = NORMAL", "BEGIN IMMEDIATE",
                                                "COMMIT", "PRAGMA synchronous = FULL")
        assert [sql.split()[:2] for sql in receipt] == [["UPDATE", "sessions"]]
        statements.clear()

        async def answer(user: int) -> bool:
            draft = _draft(user)
            draft.answers["worries"] = f"what worries practitioner {user}"
            return await store.save(draft, ["worries"], update=(user, 8))

        await asyncio.gather(*(answer(user) for user in (2, 3, 4)), store.shown(5, "d5", 6, 60))

        assert statements.count("COMMIT") < 4
        assert (await store.session(1)).delivered == 4
        assert (await store.session(5)).question_message == 60


async def test_showing_a_question_does_not_wait_for_its_receipt_yet_a_read_of_the_session_does(
        tmp_path: Path) -> None:
    """The update that showed a question ends without waiting for its receipt's commit; a
    read of the session after it, outside any turn, still sees the question as shown,
    even when the receipt waits behind another user's commit on aiosqlite's thread."""
    async with await Store.open(tmp_path / "receipts.db") as store:
        for user in (1, 2):
            await store.save(_draft(user), [], new=True, session=Session(user, f"d{user}"))
        draft = _draft(2)
        draft.answers["worries"] = "what worries practitioner 2"
        saving = asyncio.ensure_future(store.save(draft, ["worries"], update=(2, 8)))
        for _ in range(1000):  # until user 2's answer is being committed
            if store._commits._on_thread is not None:
                break
            await asyncio.sleep(0)
        assert store._commits._on_thread is not None

        await store.shown(1, "d1", 4, 40)
        assert store._receipts[1].done() is False  # returned before its commit

        assert (await store.session(1)).delivered == 4
        assert await saving


async def test_a_receipt_that_fails_is_logged_without_the_answers_and_the_user_goes_on(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async with await Store.open(tmp_path / "failing.db") as store:
        await store.save(_draft(1), [], new=True, session=Session(1, "d1"))
        await store._db.execute("CREATE TRIGGER no_receipts BEFORE UPDATE OF delivered ON "
                                "sessions BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
        await store.shown(1, "d1", 4, 40)

        assert (await store.session(1)).delivered is None  # the question counts as unseen
        assert "Could not record a delivered question in" in caplog.text
        assert "disk trouble" in caplog.text
        draft = _draft(1)
        draft.answers["worries"] = "the next answer still saves"
        assert await store.save(draft, ["worries"], update=(1, 9))


async def test_a_receipt_asked_for_as_the_store_closes_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "closing.db"
    async with await Store.open(path) as store:
        await store.save(_draft(1), [], new=True, session=Session(1, "d1"))
        receipt = asyncio.ensure_future(store.shown(1, "d1", 3, 30))
        await asyncio.sleep(0)  # its commit asked for, not yet on aiosqlite's thread
    await receipt

    async with await Store.open(path) as reopened:
        assert (await reopened.session(1)).delivered == 3


async def test_a_users_next_turn_reads_the_receipt_of_the_question_just_shown(
        tmp_path: Path) -> None:
    """An answer typed the instant its question arrived: the receipt is still on its way to
    the disk when the answer's turn starts, which waits for it and so reads the question as
    shown (else the answer would be refused as one to a question never delivered)."""
    async with await Store.open(tmp_path / "quick.db") as store:
        await store.save(_draft(1), [], new=True, session=Session(1, "d1"))
        receipt = asyncio.ensure_future(store.shown(1, "d1", 5, 50))
        await asyncio.sleep(0)  # asked for, not yet committed

        async with store.turn(1, 2) as turn:
            assert turn.session.delivered == 5
            assert turn.session.question_message == 50
        await receipt


async def test_a_commit_goes_to_the_disk_while_the_event_loop_is_still_busy(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """A turn's writes are handed to aiosqlite's thread the moment they are asked for, not
    once the event loop has served every other update ready to run: with the loop kept busy
    straight after asking, the answer is on disk before the loop turns round."""
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        group = GroupCommit(db, asyncio.Lock())
        landing = group.ask([note("typed while the bot was busy")])
        for _ in range(200):  # the loop busy with other work, never yielding
            if kept(notes):
                break
            time.sleep(0.005)  # noqa: ASYNC251 - the point: the loop kept busy

        assert kept(notes) == ["typed while the bot was busy"]
        await landing


async def test_a_cancelled_turn_is_cancelled_only_once_its_commit_has_landed(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        busy = asyncio.ensure_future(db._execute(time.sleep, 0.2))  # type: ignore[no-untyped-call]
        group = GroupCommit(db, asyncio.Lock())
        await asyncio.sleep(0)
        saving = asyncio.ensure_future(group.commit([note("sent before the cancel")]))
        await asyncio.sleep(0.05)
        saving.cancel()

        with pytest.raises(asyncio.CancelledError):
            await saving
        assert kept(notes) == ["sent before the cancel"]  # the user's lock was kept till then
        await busy


async def test_commits_asked_while_a_longer_transaction_holds_the_connection_land_after_it(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """An erasure or a team's turn holds the connection for several trips: answers that
    finish meanwhile wait for it to let go, then are committed together, none lost."""
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        connection = asyncio.Lock()
        group = GroupCommit(db, connection)
        await connection.acquire()
        landings = [group.ask([note(f"answer {n}")]) for n in range(3)]
        await asyncio.sleep(0.05)
        assert kept(notes) == []  # nothing slipped inside the other transaction

        connection.release()
        await asyncio.gather(*landings)
        await group.idle()

        assert kept(notes) == ["answer 0", "answer 1", "answer 2"]
        assert not connection.locked()


async def test_turns_whose_commit_is_cancelled_while_it_waited_for_the_connection_are_told(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """The group commit stopped (the bot shutting down) while its batch was on aiosqlite's
    thread after waiting for the connection: each turn in it is answered, none waits for
    ever."""
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        connection = asyncio.Lock()
        group = GroupCommit(db, connection)
        await connection.acquire()
        landings = [group.ask([note(f"answer {n}")]) for n in range(2)]
        await asyncio.sleep(0)  # the group commit waits for the connection
        busy = asyncio.ensure_future(db._execute(time.sleep, 0.2))  # type: ignore[no-untyped-call]
        await asyncio.sleep(0)  # and aiosqlite's thread is busy
        connection.release()
        await asyncio.sleep(0.05)  # the batch sent, behind the busy trip
        assert group._sending is not None
        group._sending.cancel()

        outcomes = await asyncio.wait_for(asyncio.gather(*landings, return_exceptions=True), 5)
        assert all(isinstance(o, asyncio.CancelledError) for o in outcomes)
        await busy


async def test_a_receipt_waits_a_moment_for_an_answer_to_ride_with_not_a_commit_of_its_own(
        tmp_path: Path) -> None:
    """Alone, each receipt was a trip to aiosqlite's thread and a wake-up of the event loop
    as costly as an answer's: with 200 practitioners answering, half the commits."""
    commits: list[str] = []
    async with await Store.open(tmp_path / "riding.db") as store:
        for user in (1, 2):
            await store.save(_draft(user), [], new=True, session=Session(user, f"d{user}"))
        await store._db.set_trace_callback(counting(commits))

        await store.shown(1, "d1", 4, 40)  # practitioner 1 is shown a question...
        draft = _draft(2)  # ...and practitioner 2 answers a moment later
        draft.answers["worries"] = "what worries practitioner 2"
        assert await store.save(draft, ["worries"], update=(2, 8))

        assert commits == ["COMMIT"]  # one commit, flushed, for both
        assert (await store.session(1)).delivered == 4


async def test_a_receipt_with_no_answer_to_ride_with_is_committed_on_its_own(
        tmp_path: Path) -> None:
    path = tmp_path / "quiet.db"
    async with await Store.open(path) as store:
        await store.save(_draft(1), [], new=True, session=Session(1, "d1"))
        await store.shown(1, "d1", 4, 40)
        receipt = store._receipts[1]

        await asyncio.wait_for(asyncio.shield(receipt), 10)  # nobody asks for it: it lands

        with sqlite3.connect(path) as beside:  # committed, as another connection sees
            assert beside.execute("SELECT delivered FROM sessions WHERE user_id = 1"
                                  ).fetchall() == [(4,)]


async def _within_seconds(work: Coroutine[Any, Any, T], seconds: float = 10) -> T:
    """`work`'s result, failing the test (not hanging it) if it is not done in time: a turn
    waiting for a receipt cannot be cancelled until that receipt lands (`Landing`)."""
    task = asyncio.ensure_future(work)
    done, _ = await asyncio.wait({task}, timeout=seconds)
    assert task in done, "still waiting for the receipt to find an answer to ride with"
    return task.result()


@pytest.fixture
def receipts_wait_long(monkeypatch: pytest.MonkeyPatch) -> None:
    """Receipts would wait an hour for answers: whatever returns did not wait for that."""
    monkeypatch.setattr("storage.trips.RECEIPT_WAIT", 3600.0)


async def test_the_next_turn_does_not_wait_for_its_receipt_to_find_company(
        tmp_path: Path, receipts_wait_long: None) -> None:
    async with await Store.open(tmp_path / "quick.db") as store:
        await store.save(_draft(1), [], new=True, session=Session(1, "d1"))
        await store.shown(1, "d1", 5, 50)

        async def next_turn() -> int | None:
            async with store.turn(1, 2) as turn:
                return turn.session.delivered

        assert await _within_seconds(next_turn()) == 5
        await store.shown(1, "d1", 6, 60)
        assert (await _within_seconds(store.session(1))).delivered == 6


async def test_closing_commits_the_receipts_still_waiting_for_company(
        tmp_path: Path, receipts_wait_long: None) -> None:
    path = tmp_path / "closing.db"
    store = await Store.open(path)
    await store.save(_draft(1), [], new=True, session=Session(1, "d1"))
    await store.shown(1, "d1", 3, 30)
    await _within_seconds(store.close())

    async with await Store.open(path) as reopened:
        assert (await reopened.session(1)).delivered == 3


def test_turns_that_all_succeed_share_a_transaction_without_a_savepoint_each(
        notes: sqlite3.Connection) -> None:
    """Every statement on aiosqlite's thread waits to take the interpreter's lock back from a
    busy event loop; the savepoints were half a batch's statements, and are only needed once
    a turn fails."""
    ran: list[str] = []
    notes.set_trace_callback(ran.append)

    failures = together(notes, [[note("first")], [note("second"), note("more")],
                                [note("third")]])

    notes.set_trace_callback(None)

    assert failures == [None, None, None]
    assert [sql.split()[0] for sql in ran] == ["BEGIN", "INSERT", "INSERT", "INSERT", "INSERT",
                                               "COMMIT"]
    assert kept(notes) == ["first", "second", "more", "third"]


def test_a_failing_turn_still_leaves_the_turns_before_and_after_it_committed_in_order(
        notes: sqlite3.Connection) -> None:
    failures = together(notes, [[note("first")], [note("second")], [note("")],
                                [note("fourth"), note("fifth")]])

    assert [failure is None for failure in failures] == [True, True, False, True]
    assert kept(notes) == ["first", "second", "fourth", "fifth"]
    assert not notes.in_transaction
