"""Faults: a full disk, a read-only or locked database and a damaged file each give the
operator one clear StorageError, and the answer is not acknowledged, so it can be sent again.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator, Mapping
from pathlib import Path

import pytest

from bot.conversation import Conversation
from flows.draft import Draft
from flows.flow import Flow
from flows.replies import Answered, Command, Pick, Question, Text
from storage.crypto import AesGcmSealer, new_key
from storage.errors import CorruptDatabase, StorageError, Unavailable
from storage.store import Store
from tests.builders import auto_input

USER = 5
SEALER = AesGcmSealer([new_key("k1")])


def draft(draft_id: str = "d1", **answers: str) -> Draft:
    return Draft(id=draft_id, user_id=USER, flow_id="mapping", flow_version=1, label="TB-7",
                 answers=dict(answers))


async def started(store: Store, flows: Mapping[str, Flow]) -> Conversation:
    """A conversation with a mapping draft open at its first question."""
    chat = Conversation(store, flows)
    await chat.handle(USER, Command("new", "mapping"), update_id=1)
    await chat.handle(USER, Text("TB-7"), update_id=2)
    return chat


async def answer_next(chat: Conversation, flows: Mapping[str, Flow], update_id: int
                      ) -> list[object]:
    """Answer whatever the open draft asks, as a person would."""
    replies = await chat.handle(USER, Text(await _typed(chat, flows)), update_id=update_id)
    return list(replies)


async def _asked(chat: Conversation) -> Question:
    draft = await chat.active(USER)
    assert draft is not None
    shown = [r for r in await chat.handle(USER, Command("resume", draft.id))
             if isinstance(r, Question)]
    return shown[-1]


async def _typed(chat: Conversation, flows: Mapping[str, Flow]) -> str:
    given = auto_input(flows["mapping"], await _asked(chat), 0)
    assert isinstance(given, str | Pick)
    return given if isinstance(given, str) else given.value


async def at_a_text_question(chat: Conversation, flows: Mapping[str, Flow]) -> int:
    """Answer questions until a long free-text one is asked; returns the next update id."""
    update_id = 3
    mapping = flows["mapping"]
    while (asked := await _asked(chat)).widget != "text" or (
            mapping.step(asked.step_id).spec.max_length < 2000):
        await answer_next(chat, flows, update_id)
        update_id += 1
    return update_id


# --- a full disk ------------------------------------------------------------------------


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs mounted at `folder` (needs root, as in CI); skips where it can't mount."""
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=700", "tmpfs",
                              str(folder)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here ({mounted.stderr.strip()}); the "
                    "max_page_count case still covers a full database")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path) -> Path:
    """Take every free byte on the filesystem holding `folder`."""
    filler = folder / "filler"
    # Closing flushes what a failed write left buffered, and that fails too on a full disk.
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:
            out.write(b"\0" * 65536)
            out.flush()
    with contextlib.suppress(OSError), filler.open("ab", buffering=0) as out:
        while True:
            out.write(b"\0")
            out.flush()
    return filler


@contextlib.asynccontextmanager
async def full_disk(tmp_path: Path, how: str) -> AsyncIterator[tuple[Store, Path]]:
    """A store whose disk (tmpfs) or database (max_page_count) is about to be full."""
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(small_disk(tmp_path / "small")) if how == "tmpfs" \
            else tmp_path
        store = await Store.open(folder / "full.db", sealer=SEALER)
        try:
            yield store, folder
        finally:
            await store.close()


async def make_full(store: Store, folder: Path, how: str) -> None:
    if how == "tmpfs":
        fill(folder)
    else:
        (pages,) = next(iter(await store._db.execute_fetchall("PRAGMA page_count")))
        await store._db.execute(f"PRAGMA max_page_count = {pages}")


async def make_room(store: Store, folder: Path, how: str) -> None:
    if how == "tmpfs":
        (folder / "filler").unlink()
    else:
        await store._db.execute("PRAGMA max_page_count = 1073741823")


@pytest.mark.parametrize("how", ["tmpfs", "max_page_count"])
async def test_a_full_disk_refuses_the_answer_and_keeps_the_rest(tmp_path: Path, how: str
                                                                  ) -> None:
    async with full_disk(tmp_path, how) as (store, folder):
        await store.save(draft(s1="kept"), ["s1"], new=True)
        await make_full(store, folder, how)
        big = draft(s1="kept", s2="x" * 200_000)
        with pytest.raises(StorageError) as caught:
            await store.save(big, ["s2"], update=(USER, 9))
        message = str(caught.value)
        assert "full" in message
        assert str(folder / "full.db") in message
        await make_room(store, folder, how)
        loaded = await store.load_draft(USER, "d1")
        assert loaded is not None
        assert loaded.answers == {"s1": "kept"}
        assert not await store.was_handled(USER, 9)  # so the same update may come again
        assert await store.save(big, ["s2"], update=(USER, 9))
        loaded = await store.load_draft(USER, "d1")
        assert loaded is not None
        assert loaded.answers["s2"] == "x" * 200_000


async def test_a_full_disk_reaches_the_person_as_an_error_not_a_reply(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    async with full_disk(tmp_path, "max_page_count") as (store, folder):
        chat = await started(store, flows)
        update_id = await at_a_text_question(chat, flows)
        await make_full(store, folder, "max_page_count")
        with pytest.raises(StorageError, match="full"):
            await chat.handle(USER, Text("x" * 1900), update_id=update_id)
        await make_room(store, folder, "max_page_count")
        replies = await chat.handle(USER, Text("x" * 1900), update_id=update_id)
        assert any(isinstance(r, Answered) for r in replies)


# --- read-only, locked ------------------------------------------------------------------


async def test_a_read_only_database_refuses_to_save(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    async with await Store.open(path, sealer=SEALER) as store:
        await store.save(draft(s1="kept"), ["s1"], new=True)
    async with await Store.open(path, sealer=SEALER, read_only=True) as store:
        loaded = await store.load_draft(USER, "d1")
        assert loaded is not None
        with pytest.raises(StorageError, match=f"{path}: it is read-only") as caught:
            await store.save(draft(s1="changed"), ["s1"], update=(USER, 3))
        assert type(caught.value) is Unavailable  # for now: the update is tried again
        assert len(str(caught.value).splitlines()) == 1
    async with await Store.open(path, sealer=SEALER) as store:
        loaded = await store.load_draft(USER, "d1")
        assert loaded is not None
        assert loaded.answers == {"s1": "kept"}


@contextlib.contextmanager
def locked_by_another_process(path: Path) -> Iterator[None]:
    """Another process holds BEGIN EXCLUSIVE on the database until the block ends."""
    code = ("import sqlite3, sys\n"
            "db = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "db.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
            "db.execute('ROLLBACK')\n")
    with subprocess.Popen([sys.executable, "-c", code, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as holder:
        assert holder.stdout is not None
        assert holder.stdin is not None
        try:
            assert holder.stdout.readline().strip() == "locked"
            yield
        finally:
            holder.stdin.close()
            holder.wait(timeout=30)


async def test_a_database_locked_by_another_process_refuses_then_recovers(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    path = tmp_path / "locked.db"
    async with await Store.open(path, sealer=SEALER, busy_ms=50) as store:
        chat = await started(store, flows)
        typed = await _typed(chat, flows)
        with locked_by_another_process(path):
            with pytest.raises(StorageError, match="another program holds a lock") as caught:
                await chat.handle(USER, Text(typed), update_id=3)
            assert str(path) in str(caught.value)
        replies = await chat.handle(USER, Text(typed), update_id=3)
        assert any(isinstance(r, Answered) for r in replies)
        assert await chat.handle(USER, Text(typed), update_id=3) == []


# --- a damaged file ---------------------------------------------------------------------


async def _written(path: Path) -> None:
    async with await Store.open(path, sealer=SEALER) as store:
        for i in range(20):
            await store.save(draft(f"d{i}", **{f"s{j}": "y" * 300 for j in range(8)}),
                             [f"s{j}" for j in range(8)], new=True)


def _damage(path: Path, where: str) -> None:
    size = path.stat().st_size
    with path.open("r+b") as out:
        if where == "header":
            out.write(b"\x17" * 100)
        elif where == "end":  # a copy cut short; SQLite reports it over several lines
            out.truncate(size - 2000)
        else:
            for page in range(2, size // 4096):
                out.seek(page * 4096)
                out.write(os.urandom(4096))


@pytest.mark.parametrize("where", ["header", "pages", "end"])
async def test_a_damaged_file_is_refused_at_start_and_left_as_it_is(tmp_path: Path, where: str
                                                                    ) -> None:
    path = tmp_path / "damaged.db"
    await _written(path)
    _damage(path, where)
    before = path.read_bytes()
    with pytest.raises(CorruptDatabase) as caught:
        await Store.open(path, sealer=SEALER)
    message = str(caught.value)
    assert str(path) in message
    assert "left as it is" in message
    assert len(message.splitlines()) == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize("where", ["header", "pages"])
async def test_damage_while_running_refuses_the_save(tmp_path: Path, where: str) -> None:
    path = tmp_path / "damaged.db"
    await _written(path)
    async with await Store.open(path, sealer=SEALER) as store:
        await store.checkpoint()
        _damage(path, where)
        await store._db.execute("PRAGMA shrink_memory")  # as if the pages left the cache
        with pytest.raises(CorruptDatabase, match=f"Could not save in the database {path}"):
            await store.save(draft("d5", s1="new"), ["s1"], update=(USER, 4))
