"""The write-ahead log folded back into the database by a thread of its own, beside the
commits (storage/checkpoints.py), on real SQLite files."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

import storage.checkpoints
from storage.store import Store
from tests.store_data import CANARY, a_draft

LOOKS = "sosbot-checkpoints"


def _threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == LOOKS]


def _answers_in_the_file_alone(db: Path, copy: Path) -> int:
    """The answers a copy of the database file holds without its log: what a file-level
    backup of the .db file alone would hold."""
    shutil.copyfile(db, copy)
    with sqlite3.connect(copy) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM answers").fetchone()[0])
        except sqlite3.OperationalError:  # not even the tables yet
            return 0


async def _save_answers(store: Store, count: int) -> None:
    draft = a_draft()
    for n in range(count):
        draft.answers[f"q{n}"] = f"{CANARY} {n}"
        await store.save(draft, [f"q{n}"], new=n == 0)


@pytest.fixture
def quick_looks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage.checkpoints, "EVERY", 0.02)


async def _until(done: Callable[[], bool], seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if done():
            return
        await asyncio.sleep(0.02)


def _log(db: Path) -> int | None:
    """The size of the database's write-ahead log (None: there is none)."""
    wal = Path(f"{db}-wal")
    return wal.stat().st_size if wal.exists() else None


async def test_answers_reach_the_database_file_itself_soon_after_they_are_saved(
        tmp_path: Path, quick_looks: None) -> None:
    # SQLite alone would keep them in the log until it held 1,000 pages, then copy them
    # inside whichever answer's commit crossed that line, with that answer waiting.
    db = tmp_path / "bot.db"
    async with await Store.open(db) as store:
        await _save_answers(store, 40)
        await _until(lambda: _answers_in_the_file_alone(db, tmp_path / "copy.db") == 40)
        assert _answers_in_the_file_alone(db, tmp_path / "copy.db") == 40


async def test_an_erasure_clears_the_log_even_while_the_thread_is_folding_it(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with await Store.open(db) as store:
        await _save_answers(store, 5)
        folding = store._checkpoints
        assert folding is not None
        held, release = threading.Event(), threading.Event()

        def a_long_checkpoint() -> None:  # as the thread holds it for a checkpoint
            with folding._running:
                held.set()
                release.wait(5)

        worker = threading.Thread(target=a_long_checkpoint)
        worker.start()
        held.wait(5)
        asyncio.get_running_loop().call_later(0.2, release.set)
        cleared = await store.checkpoint()
        # It waited for the one under way: SQLite refuses a checkpoint while another runs.
        assert release.is_set()
        worker.join()
        assert cleared
        assert _log(db) == 0


async def test_closing_ends_the_thread_and_leaves_no_log(tmp_path: Path,
                                                         quick_looks: None) -> None:
    before = len(_threads())
    db = tmp_path / "bot.db"
    store = await Store.open(db)
    assert len(_threads()) == before + 1
    await _save_answers(store, 10)
    await store.close()
    await store.close()  # twice, as a shutdown may
    assert len(_threads()) == before
    assert _log(db) is None
    assert _answers_in_the_file_alone(db, tmp_path / "copy.db") == 10


async def test_a_read_only_store_folds_nothing(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with await Store.open(db) as store:
        await _save_answers(store, 3)
    before = len(_threads())
    async with await Store.open(db, read_only=True) as reader:
        assert len(_threads()) == before
        assert await reader.load_draft(1, "d1") is not None
