"""The SQLite store, on real files: what is committed stays, what is damaged is left alone."""

from __future__ import annotations

import asyncio
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, sosbot_env

from storage.contract import Session
from storage.errors import CorruptDatabase, StorageError
from storage.migrations import LATEST, MIGRATIONS, statements_for
from storage.store import Store
from tests.store_data import CANARY, a_draft, fill_two_users


def rows(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """Read the file with plain sqlite3, beside the store."""
    with sqlite3.connect(path) as db:
        return list(db.execute(sql, params))


def schema(path: Path) -> list[tuple[object, ...]]:
    return rows(path, "SELECT type, name, sql FROM sqlite_master ORDER BY name") + rows(
        path, "PRAGMA user_version")


def tables(path: Path) -> list[str]:
    return [str(r[0]) for r in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table'")]


# --- a draft survives -------------------------------------------------------------------


# --- migrations ------------------------------------------------------------------------------


async def test_a_fresh_database_reaches_the_latest_schema(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    async with await Store.open(path):
        pass
    assert rows(path, "PRAGMA user_version") == [(LATEST,)]
    assert len(MIGRATIONS) == LATEST
    assert {"drafts", "answers", "sessions", "handled_updates"} <= set(tables(path))


async def test_running_the_migrations_again_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "again.db"
    async with await Store.open(path) as store:
        await store.save(a_draft(), new=True)
    before = schema(path)
    async with await Store.open(path) as store:
        assert await store.load_draft(1, "d1") is not None
    assert schema(path) == before


async def test_an_older_database_is_brought_up_to_date_keeping_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:
        for statement in statements_for("sqlite", MIGRATIONS[0]):
            db.execute(statement)
        db.execute("PRAGMA user_version = 1")
        db.execute("INSERT INTO sessions VALUES (5, NULL, '{}', 0)")
    db.close()
    async with await Store.open(path) as store:
        assert (await store.session(5)).user_id == 5
    assert rows(path, "PRAGMA user_version") == [(LATEST,)]
    assert "reminded_at" in [r[1] for r in rows(path, "PRAGMA table_info(drafts)")]


async def test_a_database_from_a_newer_sosbot_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {LATEST + 1}")
    db.close()
    before = path.read_bytes()
    with pytest.raises(StorageError, match="newer sosbot"):
        await Store.open(path)
    assert path.read_bytes() == before


# --- damaged files are refused and left as they are ----------------------------------------


def assert_one_sentence(message: str, path: Path) -> None:
    assert str(path) in message
    assert "\n" not in message
    assert message.endswith(".")


async def test_a_file_of_random_bytes_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "random.db"
    path.write_bytes(random.Random(1).randbytes(64 * 1024))
    before = path.read_bytes()
    with pytest.raises(CorruptDatabase) as caught:
        await Store.open(path)
    assert_one_sentence(str(caught.value), path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("keep", [0.5, 0.25])
async def test_a_truncated_database_is_refused_and_left_untouched(
        tmp_path: Path, keep: float) -> None:
    path = tmp_path / "truncated.db"
    async with await Store.open(path) as store:
        for i in range(200):
            draft = a_draft(draft_id=f"d{i}")
            draft.answers = {f"s{j}": "words " * 40 for j in range(5)}
            await store.save(draft, draft.answers, new=True)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    before = path.read_bytes()
    with pytest.raises(StorageError) as caught:
        await Store.open(path)
    assert_one_sentence(str(caught.value), path)
    assert path.read_bytes() == before


async def test_a_sqlite_file_that_is_not_ours_is_refused_and_left_untouched(
        tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        db.execute("INSERT INTO invoices VALUES (1, 9.5)")
    db.close()
    before = path.read_bytes()
    with pytest.raises(CorruptDatabase) as caught:
        await Store.open(path)
    assert_one_sentence(str(caught.value), path)
    assert path.read_bytes() == before
    assert tables(path) == ["invoices"]


async def test_a_path_that_cannot_be_a_database_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "a_folder.db"
    folder.mkdir()
    with pytest.raises(StorageError) as caught:
        await Store.open(folder)
    assert_one_sentence(str(caught.value), folder)


# --- updates handled once ------------------------------------------------------------------


# --- erasure ---------------------------------------------------------------------------


async def test_deleted_answers_leave_the_database_files_too(store: Store) -> None:
    await fill_two_users(store)
    await store.delete_user(1)
    path = Path(store.path)
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            assert f"{CANARY} 1".encode() not in name.read_bytes(), name


# --- a killed writer loses nothing it acknowledged -----------------------------------------


def test_a_killed_writer_loses_no_acknowledged_answer(tmp_path: Path) -> None:
    path = tmp_path / "crash.db"
    chooser = random.Random(20261125)
    acked: dict[str, dict[str, str]] = {}
    for run in range(20):
        child = subprocess.Popen(
            [sys.executable, str(REPO / "tests" / "storage_writer.py"), str(path), str(run)],
            stdout=subprocess.PIPE, text=True, env=sosbot_env(), cwd=tmp_path)
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n"
        answers = acked.setdefault(f"run{run}", {})
        for _ in range(chooser.randint(1, 40)):
            _, step_id, value = child.stdout.readline().rstrip("\n").split(" ", 2)
            answers[step_id] = value
        os.kill(child.pid, signal.SIGKILL)  # mid-way through the next save
        child.wait()
        child.stdout.close()
        assert child.returncode == -signal.SIGKILL

    async def check() -> None:
        async with await Store.open(path) as store:
            for draft_id, answers in acked.items():
                loaded = await store.load_draft(7, draft_id)
                assert loaded is not None, draft_id
                for step_id, value in answers.items():
                    assert loaded.answers.get(step_id) == value, (draft_id, step_id)

    asyncio.run(check())


@pytest.mark.parametrize(("setting", "number"), [("FULL", 2), ("EXTRA", 3)])
async def test_a_receipt_is_not_flushed_but_the_next_answer_is(
        tmp_path: Path, setting: str, number: int) -> None:
    """A question's receipt (and a rate count) commits without waiting for the disk; the
    connection is back at the configured setting for the answers after it, even when the
    receipt's statement fails."""
    async with await Store.open(tmp_path / "r.db", synchronous=setting) as store:  # type: ignore[arg-type]
        await store.save(a_draft(), new=True, session=Session(1, "d1"))
        await store.shown(1, "d1", 4, 1001)
        assert list(await store._db.execute_fetchall("PRAGMA synchronous")) == [(number,)]
        with pytest.raises(StorageError):
            await store._autocommit("count", "UPDATE no_such_table SET x = 1", ())
        assert list(await store._db.execute_fetchall("PRAGMA synchronous")) == [(number,)]
        assert (await store.session(1)).delivered == 4
    assert rows(tmp_path / "r.db", "SELECT delivered FROM sessions") == [(4,)]


async def test_closing_twice_is_harmless(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "twice.db")
    await store.close()
    await store.close()
    assert not (tmp_path / "twice.db-wal").exists()  # checkpointed and closed
