"""The key file through the operator's commands: a rotation that fails leaves it as it was,
no key is made for a database that cannot be, and two first runs at once agree on one key."""

from __future__ import annotations

import asyncio
import io
import multiprocessing
import sqlite3
import threading
from collections.abc import Iterator
from multiprocessing.pool import Pool
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.keys import local_key
from flows.draft import Draft
from storage.crypto import (
    AesGcmSealer,
    DataKey,
    create_key_file,
    new_key,
    read_key_file,
    write_key_file,
)
from storage.store import Store
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here

ANSWERS = {"s1": "the first answer", "s2": "the second answer"}


def one_line_failure(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


async def _database_with_a_draft(db: Path, key: DataKey) -> None:
    async with await Store.open(db, sealer=AesGcmSealer([key])) as store:
        draft = Draft(id="d1", user_id=7, flow_id="mapping", flow_version=1, label="TB-7",
                      answers=dict(ANSWERS))
        await store.save(draft, list(ANSWERS), new=True)


async def _answers_open_with(db: Path, keys: list[DataKey]) -> None:
    async with await Store.open(db, sealer=AesGcmSealer(keys)) as store:
        draft = await store.load_draft(7, "d1")
    assert draft is not None
    assert draft.answers == ANSWERS


# --- a rotation that fails --------------------------------------------------------------


@pytest.fixture
async def rotatable(tmp_path: Path) -> tuple[Path, Path, bytes]:
    """A database with a draft sealed with the one key in `sosbot.key` beside it: the
    database, the key file and the key file's bytes."""
    db, path = tmp_path / "bot.db", tmp_path / "sosbot.key"
    key = new_key("old")
    write_key_file(path, [key])
    await _database_with_a_draft(db, key)
    return db, path, path.read_bytes()


async def _rotate(db: Path) -> str:
    result = await asyncio.to_thread(run_sosbot, "keys", "rotate", "--db", str(db))
    assert result.returncode == 1, result.stdout + result.stderr
    return one_line_failure(result.stderr)


async def test_a_rotation_refused_because_the_bot_has_the_database_leaves_the_key_file(
        rotatable: tuple[Path, Path, bytes]) -> None:
    db, path, before = rotatable
    async with await Store.open(db, sealer=AesGcmSealer(read_key_file(path))):  # the bot
        said = await _rotate(db)
    assert path.read_bytes() == before
    assert "in use by another sosbot process" in said
    assert str(db) in said
    assert f"the key file {path} is as it was" in said
    await _answers_open_with(db, read_key_file(path))


async def test_a_rotation_of_a_damaged_database_leaves_the_key_file(
        rotatable: tuple[Path, Path, bytes]) -> None:
    db, path, before = rotatable
    db.write_bytes(b"this is not a database, " * 100)
    said = await _rotate(db)
    assert path.read_bytes() == before
    assert str(db) in said
    assert "damaged" in said
    assert f"the key file {path} is as it was" in said


async def test_a_rotation_that_fails_half_way_rolls_back_and_leaves_the_key_file(
        rotatable: tuple[Path, Path, bytes]) -> None:
    """A draft's key row altered on disk: re-sealing stops at it, after it has sealed others
    with the new key in the same transaction, so nothing of it may stay."""
    db, path, before = rotatable
    async with await Store.open(db, sealer=AesGcmSealer(read_key_file(path))) as store:
        second = Draft(id="d2", user_id=8, flow_id="mapping", flow_version=1, label="TB-8",
                       answers={"s1": "x"})
        await store.save(second, ["s1"], new=True)
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE user_keys SET sealed = substr(sealed, 1, length(sealed) - 1) "
                    "WHERE draft_id = 'd2'")
    raw.close()
    said = await _rotate(db)
    assert path.read_bytes() == before
    assert str(db) in said
    assert "integrity check" in said
    assert f"the key file {path} is as it was" in said
    await _answers_open_with(db, read_key_file(path))


# --- no key for a database that cannot be --------------------------------------------------


def test_an_empty_sosbot_db_is_refused_before_any_key_is_made(tmp_path: Path) -> None:
    result = sosbot_here("chat", input="", cwd=tmp_path, env={"SOSBOT_DB": ""})
    assert result.returncode == 2
    said = one_line_failure(result.stderr)
    assert "SOSBOT_DB" in said
    assert "empty" in said
    assert list(tmp_path.iterdir()) == []


BAD_PLACES = {
    "a device": lambda tmp: Path("/dev/null"),
    "a folder": lambda tmp: tmp / "box",
    "in a file, not a folder": lambda tmp: tmp / "notes.txt" / "bot.db",
    "under a file": lambda tmp: tmp / "notes.txt" / "sub" / "bot.db",
}


@pytest.mark.parametrize("command", [("chat",), ("keys", "new", "--write")])
@pytest.mark.parametrize("place", BAD_PLACES)
def test_no_key_is_made_for_a_database_that_cannot_be_there(
        tmp_path: Path, place: str, command: tuple[str, ...]) -> None:
    (tmp_path / "box").mkdir()
    (tmp_path / "notes.txt").write_text("not a folder\n")
    db = BAD_PLACES[place](tmp_path)
    key = tmp_path / "keys" / "sosbot.key"  # so a key made beside /dev/null lands here
    result = sosbot_here(*command, "--db", str(db), input="", cwd=tmp_path,
                         env={"SOSBOT_KEY_FILE": str(key)})
    said = one_line_failure(result.stderr)
    assert result.returncode == 1
    assert str(db) in said
    assert not key.exists()
    assert not (db.parent / "sosbot.key").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["box", "notes.txt"]
    assert list((tmp_path / "box").iterdir()) == []


def test_keys_take_a_database_url_as_chat_does_never_as_a_folder(tmp_path: Path) -> None:
    url = "postgresql://sosbot:s3cret@127.0.0.1:1/council"
    made = sosbot_here("keys", "new", "--write", "--db", url, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["sosbot.key"]  # beside, as for any URL
    assert "s3cret" not in made.stdout + made.stderr
    other = sosbot_here("keys", "list", "--db", "mysql://sosbot:s3cret@host/council",
                        cwd=tmp_path)
    assert other.returncode == 2
    assert "--db" in one_line_failure(other.stderr)
    assert "s3cret" not in other.stderr
    assert [p.name for p in tmp_path.iterdir()] == ["sosbot.key"]


# --- two first runs at once ---------------------------------------------------------------


def test_a_key_file_is_made_once_and_then_read_never_replaced(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "sosbot.key"
    first, second = new_key("first"), new_key("second")
    assert create_key_file(path, [first]) == [first]
    assert create_key_file(path, [second]) == [first]
    assert read_key_file(path) == [first]
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["sosbot.key"]  # no temporary file left


def test_keys_new_write_never_replaces_a_key_file(tmp_path: Path) -> None:
    made = sosbot_here("keys", "new", "--write", "--db", str(tmp_path / "bot.db"))
    assert made.returncode == 0, made.stderr
    before = (tmp_path / "sosbot.key").read_bytes()
    again = sosbot_here("keys", "new", "--write", "--db", str(tmp_path / "bot.db"))
    assert again.returncode == 0  # kept, as asked: a `&&` after it goes on
    assert "already exists" in again.stdout
    assert not again.stderr
    assert (tmp_path / "sosbot.key").read_bytes() == before


_START: threading.Barrier | None = None


def _ready(start: threading.Barrier) -> None:
    global _START
    _START = start


def _first_run(folder: str) -> tuple[str, bool]:
    """In a process of its own: `sosbot chat`'s first look for its key, as close as it can get
    to the other process's. Returns the key it will seal with, and whether it said it made
    one."""
    settings = load_settings(SOSBOT_DB=str(Path(folder) / "chat.db"))
    said = io.StringIO()
    assert _START is not None
    _START.wait(timeout=60)
    sealer = local_key(settings, say=said)
    return sealer.keys[0].line(), "made a new data key" in said.getvalue()


@pytest.fixture
def two_processes() -> Iterator[Pool]:
    spawn = multiprocessing.get_context("spawn")
    with spawn.Pool(2, initializer=_ready, initargs=(spawn.Barrier(2),)) as pool:
        yield pool


def test_two_first_runs_at_once_end_with_the_same_key(tmp_path: Path,
                                                      two_processes: Pool) -> None:
    for attempt in range(25):
        folder = tmp_path / f"fresh{attempt}"
        folder.mkdir()
        (a, a_made), (b, b_made) = two_processes.map(_first_run, [str(folder)] * 2,
                                                     chunksize=1)
        assert a == b, f"attempt {attempt}: each process sealed with a key of its own"
        assert [k.line() for k in read_key_file(folder / "sosbot.key")] == [a]
        assert [a_made, b_made].count(True) == 1  # only the one that made it says so
