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

from flows.draft import Draft, Pending
from storage.errors import CorruptDatabase, StorageError
from storage.migrations import LATEST, MIGRATIONS
from storage.store import Session, Store

CANARY = "canary-7f3e answer text"


def a_draft(user_id: int = 1, draft_id: str = "d1", label: str = "TB-7") -> Draft:
    return Draft(id=draft_id, user_id=user_id, flow_id="mapping", flow_version=1, label=label)


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


async def test_a_draft_survives_closing_and_reopening_the_store(tmp_path: Path) -> None:
    path = tmp_path / "sosbot.db"
    draft = a_draft()
    draft.answers = {"name": "T (7) & mum", "things": ["one", "two"], "score": 4, "extra": None}
    draft.history = ["name", "things", "score", "extra"]
    draft.nonce = 9
    draft.pending = Pending("extra", "privacy", "John Smith")
    draft.nudged = ["extra:privacy"]
    async with await Store.open(path) as store:
        assert await store.save(draft, draft.answers, new=True)
    async with await Store.open(path) as store:
        loaded = await store.load_draft(1, "d1")
    assert loaded is not None
    assert loaded.answers == draft.answers
    assert loaded.state() == draft.state()
    assert (loaded.label, loaded.flow_id, loaded.status) == ("TB-7", "mapping", "in_progress")
    assert loaded.created_at == draft.created_at > 0


async def test_only_changed_answers_are_written_and_a_removed_one_is_deleted(
        store: Store) -> None:
    draft = a_draft()
    draft.answers = {"a": "A", "b": "B"}
    await store.save(draft, ["a", "b"], new=True)
    draft.answers["a"] = "not saved"
    del draft.answers["b"]
    await store.save(draft, ["b"])
    loaded = await store.load_draft(1, "d1")
    assert loaded is not None
    assert loaded.answers == {"a": "A"}


async def test_a_user_sees_only_their_own_drafts(store: Store) -> None:
    await store.save(a_draft(user_id=1, draft_id="mine"), new=True)
    await store.save(a_draft(user_id=2, draft_id="theirs"), new=True)
    assert await store.load_draft(1, "theirs") is None
    assert [d.id for d in await store.list_drafts(1)] == ["mine"]


async def test_list_drafts_counts_answers_and_filters_by_status(store: Store) -> None:
    first, second = a_draft(draft_id="a", label="A1"), a_draft(draft_id="b", label="B2")
    first.answers = {"x": "1", "y": "2"}
    await store.save(first, ["x", "y"], new=True)
    second.status = "completed"
    await store.save(second, new=True)
    listed = await store.list_drafts(1)
    assert [(d.id, d.label, d.answered) for d in listed] == [("b", "B2", 0), ("a", "A1", 2)]
    assert [d.id for d in await store.list_drafts(1, status="in_progress")] == ["a"]


async def test_concurrent_saves_on_one_store_all_land(store: Store) -> None:
    drafts = [a_draft(draft_id=f"d{i}") for i in range(20)]
    for i, draft in enumerate(drafts):
        draft.answers = {"a": f"answer {i}"}
    await asyncio.gather(*(store.save(d, ["a"], new=True) for d in drafts))
    for i in range(20):
        loaded = await store.load_draft(1, f"d{i}")
        assert loaded is not None
        assert loaded.answers == {"a": f"answer {i}"}


async def test_sessions_are_saved_and_read_back(store: Store) -> None:
    await store.save(a_draft(), new=True)
    await store.save_session(Session(1, "d1", {"awaiting": "label", "flow": "mapping"}))
    session = await store.session(1)
    assert (session.active_draft, session.state) == ("d1", {"awaiting": "label",
                                                            "flow": "mapping"})
    assert (await store.session(99)).active_draft is None


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
        for statement in MIGRATIONS[0]:
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


async def test_a_repeated_update_id_writes_nothing(store: Store) -> None:
    draft = a_draft()
    draft.answers = {"a": "first"}
    assert await store.save(draft, ["a"], update=(1, 100), new=True)
    again = a_draft()
    again.answers = {"a": "second", "b": "new"}
    again.status = "completed"
    assert not await store.save(again, ["a", "b"], update=(1, 100))
    loaded = await store.load_draft(1, "d1")
    assert loaded is not None
    assert loaded.answers == {"a": "first"}
    assert loaded.status == "in_progress"
    assert await store.was_handled(1, 100)
    assert not await store.was_handled(2, 100)  # ids are per user


async def test_a_repeated_update_id_leaves_the_session_alone(store: Store) -> None:
    assert await store.save_session(Session(1, None, {"awaiting": "label"}), update=(1, 5))
    assert not await store.save_session(Session(1, None, {"awaiting": "cancel"}),
                                        update=(1, 5))
    assert (await store.session(1)).state == {"awaiting": "label"}


# --- erasure ---------------------------------------------------------------------------


async def fill_two_users(store: Store) -> None:
    for user_id in (1, 2):
        for n in range(2):
            draft = a_draft(user_id=user_id, draft_id=f"u{user_id}d{n}", label=f"L{user_id}")
            draft.answers = {"a": f"{CANARY} {user_id}", "b": ["x", "y"], "c": 3}
            await store.save(draft, draft.answers, update=(user_id, n), new=True,
                             session=Session(user_id, draft.id, {"k": "v"}))


async def test_delete_user_leaves_no_row_about_them_in_any_table(
        store: Store, tmp_path: Path) -> None:
    await fill_two_users(store)
    await store.delete_user(1)
    path = Path(store.path)
    for table in tables(path):
        columns = [r[1] for r in rows(path, f"PRAGMA table_info({table})")]
        for row in rows(path, f"SELECT * FROM {table}"):
            record = dict(zip(columns, row, strict=True))
            assert record.get("user_id") != 1, (table, record)
            assert not str(record.get("draft_id", "")).startswith("u1"), (table, record)
            assert not str(record.get("id", "")).startswith("u1"), (table, record)
            assert not str(record.get("active_draft", "")).startswith("u1"), (table, record)
    assert len(await store.list_drafts(2)) == 2
    assert (await store.table_counts())["answers"] == 6


async def test_deleted_answers_leave_the_database_files_too(store: Store) -> None:
    await fill_two_users(store)
    await store.delete_user(1)
    path = Path(store.path)
    for name in (path, path.with_name(path.name + "-wal")):
        if name.exists():
            assert f"{CANARY} 1".encode() not in name.read_bytes(), name


async def test_delete_draft_removes_its_answers(store: Store) -> None:
    await fill_two_users(store)
    assert await store.delete_draft(1, "u1d0")
    assert not await store.delete_draft(2, "u1d1")  # not theirs
    assert rows(Path(store.path), "SELECT count(*) FROM answers WHERE draft_id = 'u1d0'") == [
        (0,)]
    assert await store.load_draft(1, "u1d1") is not None


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


async def test_closing_twice_is_harmless(tmp_path: Path) -> None:
    store = await Store.open(tmp_path / "twice.db")
    await store.close()
    await store.close()
    assert not (tmp_path / "twice.db-wal").exists()  # checkpointed and closed
