"""The write-ahead log is folded back into the database beside the answers being saved, never
inside a practitioner's commit, and still all of it when an erasure or closing asks."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import pytest

import storage.checkpoints
from flows.draft import Draft
from storage.store import Store

USERS, ANSWERS = 30, 20  # 600 turns: several times the log SQLite would fold in by itself
PAGE = 4096


def _draft(user: int) -> Draft:
    return Draft(id=f"d{user}", user_id=user, flow_id="mapping", flow_version=1,
                 label=f"TB-{user}", history=["worries"])


async def _answer_everything(store: Store) -> None:
    """Every practitioner answers question after question, all at once, as in a busy hour."""
    async def practitioner(user: int) -> None:
        draft = _draft(user)
        for n in range(ANSWERS):
            draft.answers[f"q{n}"] = f"What practitioner {user} saw, note {n}: " + "x" * 900
            assert await store.save(draft, [f"q{n}"], update=(user, n))

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


async def test_the_log_is_folded_in_while_answers_keep_coming_and_stays_small(
        tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        _, empty = _database_file(path)
        await _answer_everything(store)
        for _ in range(500):  # the thread's last checkpoint may still be under way
            if _database_file(path)[1] > empty:
                break
            await asyncio.sleep(0.01)
        assert _database_file(path)[1] > empty  # the answers reached the database file itself
        assert len(_checkpoint_threads()) == 1
        # Written again from its start after each complete checkpoint: far less than the
        # 2,700 or so pages the same answers make with nothing folding them in (above).
        assert (_log_bytes(path) or 0) < 2000 * PAGE
    finally:
        await store.close()


async def test_an_erasure_still_empties_the_log_while_the_thread_runs(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = await _opened_with_drafts(path)
    try:
        await _answer_everything(store)
        assert _checkpoint_threads()
        assert await store.checkpoint()  # what every erasure ends with
        assert _log_bytes(path) == 0
    finally:
        await store.close()


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
