"""The forty-ninth pass's cut on the update path changes nothing sent or kept.

Every user's turn looked up two paths as it began (the database file and its write-ahead
log: neither removed nor replaced since sosbot opened them), two system calls dear on the
virtual machine the benchmark runs on (about 17 µs each). The turns whose writes are
committed together are now looked at once for the whole batch, as it is sent: after every
one of them began, so each is refused whenever it was before (and also when the file went
while it was under way). A turn that writes nothing is looked at as it ends, one that holds
the connection as it takes it.

Held here: a turn is refused for a file gone before it began, or while it was under way,
however it ends (its writes committed with others, nothing written, the connection held); a
look at the summary after it is refused as an answer is; a batch of turns looks the paths up
once; and practitioners through the real bot and a real SQLite file are sent and kept the
same with the cut and without it.
"""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import storage.store
from bench.throughput import run_sosbot
from bench.world import data_key
from bot.handlers import SORRY
from flows.flow import Flow
from storage.errors import FileGone, LogGone, StorageError, Unavailable
from storage.statements import HANDLED
from storage.store import Store, _UsersTransaction
from tests.telegram_world import bot_world, start_a_draft
from tests.test_perf_fortyeighth_b import stored_nonces
from tests.test_perf_fortyseventh_b import Sent, _as_seen


def looked_up(patched: pytest.MonkeyPatch) -> list[str]:
    """The paths looked up to tell the database file and its log are still there."""
    paths: list[str] = []
    identity = storage.store._identity

    def counted(path: str) -> tuple[int, int] | None:
        paths.append(path)
        return identity(path)

    patched.setattr(storage.store, "_identity", counted)
    return paths


def as_each_turn_began(patched: pytest.MonkeyPatch) -> None:
    """The way before this pass: every user's turn looked at as it began, and not after."""
    entering = _UsersTransaction.__aenter__

    async def __aenter__(self: _UsersTransaction) -> Any:
        self._store._still_there(self._doing)
        tx = await entering(self)
        tx._still_there = None
        return tx

    patched.setattr(_UsersTransaction, "__aenter__", __aenter__)


def take_away(db: Path, what: str) -> None:
    """The database file or its log removed, or a copy of the file moved over it."""
    if what == "file removed":
        db.unlink()
    elif what == "log removed":
        Path(f"{db}-wal").unlink()
    else:
        shutil.copy(db, db.parent / "backup.db")
        (db.parent / "backup.db").replace(db)


GONE = {"file removed": FileGone, "file replaced": FileGone, "log removed": LogGone}


@pytest.fixture
async def store(tmp_path: Path) -> Any:
    opened = await Store.open(tmp_path / "bot.db")
    try:
        yield opened
    finally:
        await opened.close()


# --- turns refused whenever they were, and when the file went while they were under way ------


async def answer(store: Store, user_id: int, update_id: int,
                 meanwhile: Callable[[], None] | None = None) -> None:
    """A turn that writes (its update noted as handled), `meanwhile` done inside it."""
    async with store.turn(user_id, update_id) as turn:
        await turn.note()
        if meanwhile is not None:
            meanwhile()


@pytest.mark.parametrize("what", list(GONE))
async def test_turns_begun_after_the_file_went_are_refused_each_naming_it(
        store: Store, tmp_path: Path, what: str) -> None:
    await answer(store, 1, 1)
    take_away(tmp_path / "bot.db", what)
    outcomes = await asyncio.gather(*(answer(store, u, 2) for u in range(2, 8)),
                                    return_exceptions=True)
    assert [type(o) for o in outcomes] == [GONE[what]] * 6
    assert {str(o) for o in outcomes} == {str(outcomes[0])}
    assert str(outcomes[0]).startswith(f"Could not save in {store.path}: ")
    assert isinstance(outcomes[0], Unavailable) == (what == "log removed")


@pytest.mark.parametrize("what", list(GONE))
async def test_a_turn_under_way_when_the_file_went_is_refused_not_said_saved(
        store: Store, tmp_path: Path, what: str) -> None:
    """Looked at as its writes are sent: the file taken away after the turn began, before it
    committed, refuses it (before this pass, it was said saved, into the file gone), and
    the turns begun after it."""
    await answer(store, 1, 1)
    outcomes = await asyncio.gather(
        answer(store, 2, 2, lambda: take_away(tmp_path / "bot.db", what)),
        *(answer(store, u, 2) for u in range(3, 6)), return_exceptions=True)
    assert [type(o) for o in outcomes] == [GONE[what]] * 4


async def test_a_turn_that_writes_nothing_is_refused_as_it_ends(
        store: Store, tmp_path: Path) -> None:
    await answer(store, 1, 1)
    take_away(tmp_path / "bot.db", "file replaced")
    async def look() -> None:
        async with store.turn(1) as turn:
            assert await turn.active() is None

    with pytest.raises(FileGone):
        await look()


async def test_a_turn_holding_the_connection_is_refused_as_it_takes_it(
        store: Store, tmp_path: Path) -> None:
    """A read after a write holds the connection (the transaction opened early): refused
    there, and the connection let go for the next."""
    await answer(store, 1, 1)
    take_away(tmp_path / "bot.db", "log removed")
    async def note_and_read() -> None:
        async with store.turn(1, 2) as turn:
            await turn.note()
            await turn.noted()

    with pytest.raises(LogGone):
        await note_and_read()
    assert not store._lock.locked()


async def test_a_batch_of_turns_looks_the_paths_up_once(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Six turns committed together: the file and its log looked up once for the six, as the
    batch is sent, where each turn looked them up as it began."""
    await answer(store, 1, 1)
    paths = looked_up(monkeypatch)
    await asyncio.gather(*(answer(store, u, 2) for u in range(2, 8)))
    # the first turn's writes go alone, the thread free; the five after them, together
    where = store._file[0]
    assert paths[:2] == [where, f"{where}-wal"]
    assert len(paths) <= 4
    monkeypatch.undo()
    with monkeypatch.context() as patched:
        as_each_turn_began(patched)
        paths = looked_up(patched)
        await asyncio.gather(*(answer(store, u, 3) for u in range(2, 8)))
    assert len(paths) == 12


async def test_receipts_are_never_refused_for_the_file_gone(
        store: Store, tmp_path: Path) -> None:
    """A question's receipt was never looked at (losing one costs a question asked again):
    one sent with a refused turn is committed as before, not failed with it."""
    await answer(store, 1, 1)
    take_away(tmp_path / "bot.db", "file replaced")
    receipt = store._commits.ask([(HANDLED, (9, 9, 0.0))], flush=False)
    with pytest.raises(FileGone):
        await answer(store, 2, 2)
    await receipt


# --- what a practitioner sees -----------------------------------------------------------------


@pytest.mark.parametrize("what", list(GONE))
async def test_help_asked_after_the_file_went_is_refused_as_an_answer_is(
        tmp_path: Path, what: str) -> None:
    """/help shows the open question's help and writes only that the update was handled.
    With the database file or its log gone, it is refused with the "Sorry" as an answer is
    (as it was when each turn was looked at as it began), not shown from the file no name
    leads to (a database gone read-only still shows it)."""
    db = tmp_path / "bot.db"
    async with bot_world(db, no_errors=False) as world:
        await start_a_draft(world.server)
        await world.tap("School or college")
        before = len(world.texts())
        take_away(db, what)
        await world.say("/help")
        assert world.texts()[before:] == [SORRY]
        [said] = [r.getMessage() for r in world.errors.records]
        assert said.startswith(f"Could not save in {db}: "), said


async def test_practitioners_are_sent_and_kept_the_same_with_one_look_a_batch(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    """Four practitioners completing `mapping` at once through the real bot and a real
    SQLite file, with the paths looked up once a batch and with them looked up at every turn:
    each chat is sent the same calls and the same finished draft is kept. They were looked
    up two at every turn before; now fewer than that, two for each batch."""
    key = data_key()

    async def run(folder: Path, way: Callable[[pytest.MonkeyPatch], None] | None
                  ) -> tuple[Sent, dict[str, Any], list[str]]:
        with monkeypatch.context() as patched:
            if way is not None:
                way(patched)
            sent = Sent(patched)
            paths = looked_up(patched)
            _, _, kept = await run_sosbot(4, folder, flows, key=key)
        return sent, kept, paths

    now, kept, paths = await run(tmp_path / "now", None)
    before, kept_before, paths_before = await run(tmp_path / "before", as_each_turn_began)

    assert _as_seen(now.calls) == _as_seen(before.calls)
    draft, was = kept["sample"], kept_before["sample"]
    assert (draft.answers, draft.history, draft.status, draft.label, draft.nonce) == (
        was.answers, was.history, was.status, was.label, was.nonce)
    assert len(stored_nonces(tmp_path / "now")) == len(stored_nonces(tmp_path / "before"))
    turns = len(paths_before) // 2
    assert turns > 250  # about one an update
    assert len(paths) < len(paths_before) * 85 // 100  # 319 against 589 here


def test_a_file_gone_is_a_storage_error_and_its_log_gone_one_for_now() -> None:
    assert issubclass(FileGone, StorageError)
    assert not issubclass(FileGone, Unavailable)
    assert issubclass(LogGone, FileGone)
    assert issubclass(LogGone, Unavailable)
