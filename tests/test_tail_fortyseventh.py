"""The forty-seventh pass's cuts in the paced tail, counted, not timed:

- (taken back at the forty-eighth pass: the group commit's next batch sent by aiosqlite's
  thread; what stays pins that the loop sends it, and that a batch that waited still commits
  and fails answer by answer);
- a user's team standing, read before every update on the event loop's thread, is kept until
  a write that might change one is committed (counted: the standing's reads).

The rows stored and everything the bot sends stay the same.
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

from bot.teams.invites import invite_colleague
from flows.flow import Flow
from storage.store import Store
from storage.teams import TeamStore
from storage.trips import GroupCommit, Statement
from tests.test_telegram_handlers import USER, Bot, running, start_reflection


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


def on_disk_while_the_loop_is_held(conn: sqlite3.Connection, count: int) -> list[str]:
    """The rows on disk once `count` are there, the event loop held meanwhile (never
    yielding): at most two seconds of looking."""
    for _ in range(400):
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


async def test_answers_that_wait_for_a_batch_are_sent_by_the_event_loop_in_one_trip(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """Two practitioners answer while a third's answer is being committed, the event loop
    then kept busy: their answers go to the disk together, in one more trip, once the loop
    takes the first batch's outcome. The forty-seventh pass had the thread send them itself;
    timed at the forty-eighth pass's start (fresh processes alternated, 200 practitioners)
    that cost the commit thread about 0.12 ms of CPU an update and the paced tail was longer,
    not shorter, so it was taken back."""
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


async def test_a_failing_answer_in_a_batch_that_waited_is_reported_to_its_own_turn(
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


# --- a user's team standing, kept between the writes that might change it -------------------

SAM, PRIYA = 7001, 7002  # two social workers, members of the team (USER, the admin)
STANDING_READ = "FROM members WHERE user_id"


def standings_read(bot: Bot) -> list[str]:
    """Every reading of a team standing on the store's read-only connection."""
    store = bot.conversation.store
    assert isinstance(store, Store)
    assert store._reader is not None
    read: list[str] = []
    store._reader.set_trace_callback(
        lambda sql: read.append(sql) if STANDING_READ in sql else None)
    return read


async def members_sam_and_priya(bot: Bot) -> TeamStore:
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER, uses=2)
    for user_id, name in ((SAM, "Sam"), (PRIYA, "Priya")):
        assert await teams.join(made.invite.code_hash, user_id, name, time.time())
    return teams


async def sam_is_removed_between_his_messages(bot: Bot) -> tuple[list[str], list[str]]:
    """Sam and Priya open the menu three times each; the admin removes Sam; both open it
    again. What the bot sent, and the standings read meanwhile."""
    teams = await members_sam_and_priya(bot)
    read = standings_read(bot)
    for _ in range(3):
        for user in (SAM, PRIYA):
            await bot.say("/help", user=user)
    assert await teams.remove_member(SAM, now=time.time())
    for user in (SAM, PRIYA):
        await bot.say("/help", user=user)
    return bot.texts(), read


async def test_a_members_standing_is_read_once_until_the_team_changes_and_removal_still_bites(
        tmp_path: Path, flows: dict[str, Flow]) -> None:
    """Through the real bot and a real SQLite file: each member's standing is read once for
    their three messages, not three times, and read again once an admin removes Sam; Sam is
    then refused as before, Priya carries on."""
    async with running(tmp_path, flows, allowed=(USER,)) as bot:
        texts, read = await sam_is_removed_between_his_messages(bot)

    assert len(read) == 2 + 2  # once each before the removal, once each after it
    assert texts[:6] == [texts[0]] * 6  # the help, as any member gets it
    assert texts[6] != texts[0]  # Sam, removed: refused
    assert texts[7] == texts[0]  # Priya, still a member


async def test_a_standing_read_every_time_gives_the_same_replies(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        flows: dict[str, Flow]) -> None:
    """The same messages with nothing kept (as before this pass, and as on PostgreSQL,
    whose instances share the database): the same replies, and a member's standing read
    twice a message (the gate, then whether the bot admits them)."""
    async with running(tmp_path, flows, allowed=(USER,)) as bot:
        kept_texts, _ = await sam_is_removed_between_his_messages(bot)
    async with running(tmp_path_factory.mktemp("unkept"), flows, allowed=(USER,)) as bot:
        store = bot.conversation.store
        assert isinstance(store, Store)
        store.standings = None
        texts, read = await sam_is_removed_between_his_messages(bot)

    assert texts == kept_texts
    assert len(read) == 2 * 8


async def test_a_turn_writing_more_than_an_answers_own_rows_forgets_what_was_kept(
        tmp_path: Path, flows: dict[str, Flow]) -> None:
    """A turn that writes a row no answer writes (here a practitioner's first draft, with
    the key her answers are sealed with) might change a standing (a team's rows written in
    a turn, a draft erased with its partners' parts): what was kept is read again."""
    async with running(tmp_path, flows, allowed=(USER,)) as bot:
        read = standings_read(bot)
        await bot.say("/help")
        await bot.say("/help")
        assert len(read) == 1
        await start_reflection(bot)
        await bot.say("/help")
        assert len(read) == 2
        for said in ("Things are going well at home", "/help"):  # at most an answer's rows
            await bot.say(said)
        assert len(read) == 2


async def test_someone_refused_then_joining_is_let_in_at_their_next_message(
        tmp_path: Path, flows: dict[str, Flow]) -> None:
    """Priya writes before she is on the team and is refused (her standing read and kept);
    she joins (written outside any turn, as `sosbot`'s own jobs write); her next message is
    answered as a member's."""
    async with running(tmp_path, flows, allowed=(USER,)) as bot:
        await bot.say("/help")
        member = bot.texts()[-1]
        read = standings_read(bot)
        await bot.say("/help", user=PRIYA)
        await bot.say("/help", user=PRIYA)
        refused = bot.texts()[-1]
        assert len(read) == 1

        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER)
        assert await teams.join(made.invite.code_hash, PRIYA, "Priya", time.time())
        await bot.say("/help", user=PRIYA)

        assert refused != member
        assert bot.texts()[-1] == member
        assert len(read) == 2
