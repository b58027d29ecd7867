"""The fiftieth pass's cuts on the update path change nothing sent or kept.

Two system calls' worth of work an update, and more, were done again where nothing had
changed. The group commit asked for the running event loop at every turn's commit and every
batch sent (in Python 3.11 each ask is a `getpid`); it now asks only when nothing is under
way, since while a turn waits on one loop no other loop can be the one asking. A shared
drafting template (`flows/templates/drafts/`) was opened and read at every suggestion; it is
now looked at (one `stat`) and read again only when the file looks different: edited,
replaced by an upgrade, or removed.

Held here: practitioners through the real bot and a real SQLite file are sent and kept the
same with the cuts and without them, with far fewer asks and reads; a group commit left idle
in one event loop serves the next; a template edited (even keeping its size and time),
replaced or removed is used or refused at the next suggestion as it was before.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import aiosqlite
import pytest

from bench.throughput import run_sosbot
from bench.world import data_key
from flows import render
from flows.flow import Flow
from flows.schema import FlowSpec
from storage.trips import GroupCommit
from tests.builders import EngineChat, build_flow, section, text
from tests.test_group_commit import kept, note
from tests.test_perf_fortyeighth_b import stored_nonces
from tests.test_perf_fortyseventh_b import Sent, _as_seen

DRAFTS = render.TEMPLATES / "drafts"


def read_every_time(spec: FlowSpec, name: str) -> str:
    """`draft_template` before this pass: a shared file opened and read at every call."""
    if name in spec.templates:
        return spec.templates[name]
    path = render.draft_file(name)
    if not path.is_file():
        raise LookupError(f"no template {name!r} in the flow's templates or in {path.parent}")
    return path.read_text(encoding="utf-8")


def as_it_was(patched: pytest.MonkeyPatch) -> None:
    """Both cuts taken back: the running loop asked at every use, templates read each time."""
    patched.setattr(GroupCommit, "_loop", property(lambda self: asyncio.get_running_loop(),
                                                   lambda self, loop: None), raising=False)
    patched.setattr(render, "draft_template", read_every_time)


def counted_loop_asks(patched: pytest.MonkeyPatch) -> list[None]:
    asks: list[None] = []
    asking = asyncio.get_running_loop

    def get_running_loop() -> asyncio.AbstractEventLoop:
        asks.append(None)
        return asking()

    patched.setattr(asyncio, "get_running_loop", get_running_loop)
    return asks


def counted_reads(patched: pytest.MonkeyPatch, folder: Path) -> list[Path]:
    """The files under `folder` read whole (`Path.read_text`), each time."""
    reads: list[Path] = []
    reading = Path.read_text

    def read_text(path: Path, *args: Any, **kwargs: Any) -> str:
        if path.is_relative_to(folder):
            reads.append(path)
        return reading(path, *args, **kwargs)

    patched.setattr(Path, "read_text", read_text)
    return reads


async def test_practitioners_are_sent_and_kept_the_same_with_the_loop_and_templates_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    """Four practitioners completing `mapping` at once through the real bot and a real
    SQLite file, with this pass's cuts and without them: each chat is sent the same calls
    and the same finished draft is kept. The running loop was asked for 3.4 times an update
    and now under half as often (0.4 here); the two shared drafting templates were read at
    every suggestion, now once each."""
    key = data_key()

    async def run(folder: Path, way: Callable[[pytest.MonkeyPatch], None] | None
                  ) -> tuple[Sent, dict[str, Any], int, list[Path]]:
        with monkeypatch.context() as patched:
            if way is not None:
                way(patched)
            sent = Sent(patched)
            asks, reads = counted_loop_asks(patched), counted_reads(patched, DRAFTS)
            patched.setattr(render, "_READ", {}, raising=False)  # nothing read yet
            _, updates, kept = await run_sosbot(4, folder, flows, key=key)
        return sent, kept, len(asks) * 1000 // sum(map(len, updates)), reads

    now, kept_now, asks, reads = await run(tmp_path / "now", None)
    before, kept_before, asks_before, reads_before = await run(tmp_path / "before", as_it_was)

    assert _as_seen(now.calls) == _as_seen(before.calls)
    draft, was = kept_now["sample"], kept_before["sample"]
    assert (draft.answers, draft.history, draft.status, draft.label, draft.nonce) == (
        was.answers, was.history, was.status, was.label, was.nonce)
    assert len(stored_nonces(tmp_path / "now")) == len(stored_nonces(tmp_path / "before"))
    assert asks < asks_before // 2, (asks, asks_before)  # per thousand updates
    assert len(reads_before) >= 8  # a danger statement and a safety goal each, per person
    assert sorted(set(reads)) == sorted(set(reads_before)) == sorted(reads)


def test_a_group_commit_idle_in_one_event_loop_serves_the_next(
        tmp_path: Path, notes: sqlite3.Connection) -> None:
    """The loop is looked up again when nothing is under way: a store's group commit used in
    one event loop, then (idle) in another, answers its turns in the other."""
    async def opened() -> aiosqlite.Connection:
        return await aiosqlite.connect(tmp_path / "notes.db", isolation_level=None)

    db = asyncio.run(opened())
    group = GroupCommit(db, asyncio.Lock())
    try:
        for n in range(2):
            asyncio.run(asyncio.wait_for(group.commit([note(f"answer {n}")]), 10))
    finally:
        asyncio.run(db.close())
    assert kept(notes) == ["answer 0", "answer 1"]


@pytest.fixture
def notes(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(tmp_path / "notes.db", isolation_level=None)
    conn.executescript("CREATE TABLE cases (id TEXT PRIMARY KEY);"
                       "CREATE TABLE notes (case_id TEXT, text TEXT);")
    yield conn
    conn.close()


@pytest.fixture
def shared(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A shared drafting template of a folder of the test's own, `words.txt`."""
    folder = tmp_path / "templates"
    (folder / "drafts").mkdir(parents=True)
    monkeypatch.setattr(render, "TEMPLATES", folder)
    path = folder / "drafts" / "words.txt"
    path.write_text("{{ a.who | clause }} is worried.")
    return path


def suggested(flow: Flow, who: str) -> str | None:
    chat = EngineChat(flow)
    chat.start()
    chat.send(who)
    return chat.question.suggestion


def test_a_shared_template_is_read_once_and_again_whenever_its_file_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    """An operator's edit takes effect at the next suggestion, as when the file was read at
    every one: written over, written over keeping its size and its time, or replaced by a
    new file (an upgrade installed); while it is unchanged, it is not read again."""
    reads = counted_reads(monkeypatch, shared.parent)
    flow = build_flow(tmp_path, section("s", text("who"), text("statement", draft="words")))
    assert len(reads) == 1  # the loader's check of it

    assert [suggested(flow, "The school.") for _ in range(3)] == ["The school is worried."] * 3
    assert len(reads) == 1

    shared.write_text("{{ a.who | clause }} is anxious.")
    assert suggested(flow, "The school.") == "The school is anxious."
    then = os.stat(shared)
    shared.write_text("{{ a.who | clause }} is nervous.")  # the same length
    os.utime(shared, ns=(then.st_atime_ns, then.st_mtime_ns))
    assert suggested(flow, "The school.") == "The school is nervous."
    installed = shared.with_name("new.txt")
    installed.write_text("{{ a.who | clause }} is afraid.")
    installed.replace(shared)
    assert suggested(flow, "The school.") == "The school is afraid."
    assert len(reads) == 4


def test_a_shared_template_gone_is_refused_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    """Removed, or a folder in its place, after it was read: refused at the next suggestion
    with the words it was refused with when read every time."""
    flow = build_flow(tmp_path, section("s", text("who"), text("statement", draft="words")))
    assert suggested(flow, "The school.") == "The school is worried."
    refusals = []
    for take_away in (Path.unlink, lambda path: path.mkdir()):
        take_away(shared)
        for way in (render.draft_template, read_every_time):
            with pytest.raises(LookupError) as refused:
                way(flow.spec, "words")
            refusals.append(str(refused.value))
        assert refusals[-1] == refusals[-2]
