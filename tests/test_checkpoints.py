"""The write-ahead log is folded back into the database beside the answers being saved, never
inside a practitioner's commit, and still all of it when an erasure or closing asks."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
from pathlib import Path

import pytest

import storage.checkpoints
from flows.draft import Draft
from storage.checkpoints import BACKSTOP_PAGES
from storage.store import Store

# 450 turns: about 1,300 pages of log, past the 1,000 at which SQLite folds it in by itself
# and short of the store's backstop (2,000)
USERS, ANSWERS = 30, 15
PAGE = 4096


def _draft(user: int) -> Draft:
    return Draft(id=f"d{user}", user_id=user, flow_id="mapping", flow_version=1,
                 label=f"TB-{user}", history=["worries"])


async def _answer_everything(store: Store, hour: int = 0) -> None:
    """Every practitioner answers question after question, all at once, as in a busy hour."""
    async def practitioner(user: int) -> None:
        draft = await store.load_draft(user, f"d{user}") or _draft(user)
        for n in range(ANSWERS):
            draft.answers[f"q{hour}-{n}"] = f"What practitioner {user} saw, note {n}: " + "x" * 900
            assert await store.save(draft, [f"q{hour}-{n}"], update=(user, hour * 1000 + n))

    await asyncio.gather(*(practitioner(user) for user in range(1, USERS + 1)))


async def _opened_with_drafts(path: Path) -> Store:
    store = await Store.open(path)
    for user in range(1, USERS + 1):
        await store.save(_draft(user), [], new=True)
    return store


def _log_bytes(path: Path) -> int | None:
    """The size of the database's write-ahead log; None once it is gone."""
    log = Path(f"{path}-wal")
    return log.stat().st_size if log.exists() else None


def _database_file(path: Path) -> tuple[int, int]:
    """When the database file itself was last written, and its size."""
    found = path.stat()
    return found.st_mtime_ns, found.st_size


def _checkpoint_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "sosbot-checkpoint"]


async def test_no_practitioners_commit_folds_the_log_into_the_database(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The checkpoint thread held back: whatever writes the database file now is a commit.
    monkeypatch.setattr(storage.checkpoints, "EVERY_TURNS", 10**9)
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        before = _database_file(path)
        await _answer_everything(store)
        # past the 1,000 pages at which SQLite would fold the log in by itself
        assert (_log_bytes(path) or 0) > 1000 * PAGE
        assert _database_file(path) == before
    finally:
        await store.close()
    async with await Store.open(path) as reopened:  # and every answer is there
        loaded = await reopened.load_draft(USERS, f"d{USERS}")
        assert loaded is not None
        assert len(loaded.answers) == ANSWERS


async def test_the_log_is_folded_in_while_answers_keep_coming_and_stays_bounded(
        tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        _, empty = _database_file(path)
        for hour in range(3):  # three times the answers: past the backstop if nothing folded
            await _answer_everything(store, hour)
        for _ in range(500):  # the thread's last checkpoint may still be under way
            if _database_file(path)[1] > empty:
                break
            await asyncio.sleep(0.01)
        assert _database_file(path)[1] > empty  # the answers reached the database file itself
        assert len(_checkpoint_threads()) == 1
        # A load that never pauses can keep the log from starting again (see the module):
        # the backstop, one batch of turns at most behind, bounds it.
        assert (_log_bytes(path) or 0) < (BACKSTOP_PAGES + 300) * PAGE
    finally:
        await store.close()


async def test_an_erasure_waits_for_a_checkpoint_under_way_and_empties_the_log(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # SQLite refuses a checkpoint at once while another runs, and an erasure's must empty
    # the log. The thread is held back while the log grows, then woken with all of it to
    # copy, and the erasure's checkpoint asked for at that moment; twenty times.
    monkeypatch.setattr(storage.checkpoints, "EVERY_TURNS", 10**9)
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        checkpoints = store._commits.checkpoints
        assert checkpoints is not None
        for round_ in range(20):
            if round_ % 5 == 0:
                await _answer_everything(store, round_)  # a log with plenty to copy
            else:  # a few answers, so each round's thread has some
                draft = _draft(1)
                draft.answers = {f"r{round_}-{n}": "x" * 900 for n in range(30)}
                assert await store.save(draft, list(draft.answers), update=(1, 100 + round_))
            checkpoints._every = 1
            checkpoints.committed(1)  # the thread starts copying
            assert await store.checkpoint()  # what every erasure ends with
            assert _log_bytes(path) == 0
            checkpoints._every = 10**9
    finally:
        await store.close()


async def test_a_thread_that_cannot_open_the_database_says_so_and_the_log_stays_bounded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
        ) -> None:
    def refused(*args: object, **kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    monkeypatch.setattr(sqlite3, "connect", refused)  # the store's are open already
    try:
        with caplog.at_level(logging.WARNING, logger="storage.checkpoints"):
            for hour in range(3):
                await _answer_everything(store, hour)
            for _ in range(500):
                if caplog.records:
                    break
                await asyncio.sleep(0.01)
        (record,) = caplog.records
        assert str(path) in record.getMessage()
        assert "SQLite folds it in" in record.getMessage()
        assert (_log_bytes(path) or 0) < (BACKSTOP_PAGES + 300) * PAGE  # its rule, as before
    finally:
        await store.close()
        monkeypatch.undo()
    async with await Store.open(path) as reopened:
        loaded = await reopened.load_draft(USERS, f"d{USERS}")
        assert loaded is not None
        assert len(loaded.answers) == ANSWERS * 3


async def test_closing_the_store_ends_the_thread_and_removes_the_log(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        await _answer_everything(store)
        assert _checkpoint_threads()
    finally:
        await store.close()
    assert not _checkpoint_threads()
    assert _log_bytes(path) is None
    async with await Store.open(path) as reopened:
        loaded = await reopened.load_draft(1, "d1")
        assert loaded is not None
        assert len(loaded.answers) == ANSWERS


async def test_a_read_only_store_starts_no_thread(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        await _answer_everything(store)
    finally:
        await store.close()
    async with await Store.open(path, read_only=True, exclusive=False) as reader:
        assert reader._commits.checkpoints is None
        assert await reader.load_draft(1, "d1") is not None
