"""The forty-seventh pass's cut in the paced tail: the group commit's next batch is sent by
aiosqlite's thread as the batch before it lands, not once the event loop, busy with other
practitioners' updates, has taken that batch's outcome and sent the turns that waited.

Counted, not timed: the trips the event loop hands to aiosqlite's thread, and which batches
were sent without the loop. The rows stored and everything the bot sends stay the same.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bench.world import data_key
from flows.flow import Flow
from storage.trips import GroupCommit, Statement, Waiting
from tests.test_perf_fortysixth_b import walked


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "notes.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE notes (text TEXT NOT NULL)")
    yield conn
    conn.close()


def note(text: str) -> Statement:
    return ("INSERT INTO notes VALUES (?)", (text,))


def kept(conn: sqlite3.Connection) -> list[str]:
    return [text for (text,) in conn.execute("SELECT text FROM notes ORDER BY rowid")]


def trips_counted(db: aiosqlite.Connection) -> list[object]:
    """Every piece of work the event loop hands to the connection's thread."""
    handed: list[object] = []
    queue = db._tx
    put: Callable[[Any], None] = queue.put_nowait

    class Counting:
        def put_nowait(self, item: Any) -> None:
            handed.append(item)
            put(item)

        def __getattr__(self, name: str) -> Any:
            return getattr(queue, name)

    db._tx = Counting()  # type: ignore[assignment]
    return handed


def chained_counted(patched: pytest.MonkeyPatch) -> list[int]:
    """The turns of each batch aiosqlite's thread sent after the one before it."""
    turns: list[int] = []
    following: Callable[[GroupCommit], Waiting | None] = GroupCommit._following

    def counting(group: GroupCommit) -> Waiting | None:
        batch = following(group)
        if batch is not None:
            turns.append(len(batch))
        return batch

    patched.setattr(GroupCommit, "_following", counting)
    return turns


def the_loop_sends_every_batch(patched: pytest.MonkeyPatch) -> None:
    """As before this pass: the thread never sends a batch itself."""
    patched.setattr(GroupCommit, "_following", lambda group: None)


def on_disk_while_the_loop_is_held(conn: sqlite3.Connection, count: int) -> list[str]:
    """The rows on disk once `count` are there, the event loop held meanwhile (never
    yielding): at most a second of looking."""
    for _ in range(200):
        if len(kept(conn)) >= count:
            break
        time.sleep(0.005)  # the point: the loop kept busy, never yielding
    return kept(conn)


async def a_batch_on_the_thread(db: aiosqlite.Connection, group: GroupCommit
                                ) -> tuple[threading.Event, asyncio.Future[Any],
                                           asyncio.Future[None]]:
    """aiosqlite's thread held by other work, and one answer's batch sent behind it: the
    next answers asked now wait for that batch."""
    release = threading.Event()
    busy = asyncio.ensure_future(db._execute(release.wait, 10))  # type: ignore[no-untyped-call]
    await asyncio.sleep(0)  # handed to the thread
    first = group.ask([note("first answer")])
    return release, busy, first


async def test_answers_that_wait_for_a_batch_are_committed_without_the_event_loop(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """Two practitioners answer while a third's answer is being committed; the event loop
    is then kept busy and never takes that commit's outcome. Their answers still reach the
    disk: the thread sends them itself as the batch before lands. One trip handed to the
    thread for the three answers' two batches, not two."""
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        group = GroupCommit(db, asyncio.Lock())
        release, busy, first = await a_batch_on_the_thread(db, group)
        handed = trips_counted(db)
        waiting = [group.ask([note("second answer")]), group.ask([note("third answer")])]

        release.set()
        on_disk = on_disk_while_the_loop_is_held(notes, 3)

        await asyncio.gather(first, *waiting, busy)
        assert on_disk == ["first answer", "second answer", "third answer"]
        assert handed == []  # the two answers' batch was never handed over by the loop
        await group.idle()


async def test_before_this_pass_the_waiting_answers_needed_the_event_loop(
        tmp_path: Path, notes: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same, the loop sending every batch (as before): nothing after the first answer
    reaches the disk until the loop turns round, and then it is one more trip."""
    the_loop_sends_every_batch(monkeypatch)
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        group = GroupCommit(db, asyncio.Lock())
        release, busy, first = await a_batch_on_the_thread(db, group)
        handed = trips_counted(db)
        waiting = [group.ask([note("second answer")]), group.ask([note("third answer")])]

        release.set()
        on_disk = on_disk_while_the_loop_is_held(notes, 3)

        await asyncio.gather(first, *waiting, busy)
        assert on_disk == ["first answer"]
        assert len(handed) == 1
        assert kept(notes) == ["first answer", "second answer", "third answer"]


async def test_a_transaction_holding_the_connection_is_never_entered_by_the_next_batch(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """An erasure (or a team's turn) takes the connection while an answer is on the thread
    and another waits: the waiting answer is not sent by the thread inside it; it lands
    once the connection is let go, as before."""
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        connection = asyncio.Lock()
        group = GroupCommit(db, connection)
        release, busy, first = await a_batch_on_the_thread(db, group)
        second = group.ask([note("second answer")])
        await connection.acquire()

        release.set()
        await asyncio.gather(first, busy)
        await asyncio.sleep(0.05)
        assert kept(notes) == ["first answer"]  # nothing slipped in while it was held
        assert not second.done()

        connection.release()
        await second
        await group.idle()
        assert kept(notes) == ["first answer", "second answer"]


async def test_a_failing_answer_in_a_batch_the_thread_sent_is_reported_to_its_own_turn(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    async with aiosqlite.connect(tmp_path / "notes.db", isolation_level=None) as db:
        group = GroupCommit(db, asyncio.Lock())
        release, busy, first = await a_batch_on_the_thread(db, group)
        good = group.ask([note("second answer")])
        bad = group.ask([("INSERT INTO notes VALUES (NULL)", ())])

        release.set()
        outcomes = await asyncio.gather(first, good, bad, busy, return_exceptions=True)

        assert outcomes[:2] == [None, None]
        assert isinstance(outcomes[2], sqlite3.IntegrityError)
        assert kept(notes) == ["first answer", "second answer"]
        await group.idle()


async def test_practitioners_answering_at_once_send_and_keep_the_same_with_batches_the_thread_sent(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    """Six practitioners complete `mapping` at once through the real bot and a real SQLite
    file: the same updates, the same Bot API calls and the same finished draft as with the
    event loop sending every batch, and some batches were sent by the thread."""
    key = data_key()
    with monkeypatch.context() as patched:
        chained = chained_counted(patched)
        now = await walked(tmp_path, flows, key)
    with monkeypatch.context() as patched:
        the_loop_sends_every_batch(patched)
        before = await walked(tmp_path_factory.mktemp("before"), flows, key)

    assert now == before
    assert len(chained) > 0  # batches the thread sent, each of one turn or more
