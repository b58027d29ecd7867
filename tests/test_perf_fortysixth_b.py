"""The forty-sixth pass's cut in the group commit changes nothing stored or seen.

A batch of turns committed together (`storage.trips`) writes each kind of statement once for
all its turns (`storage.merged`): the update marked handled, the draft's position, the answer
and a question's receipt, each a statement with a row per turn, not a statement per turn. On
aiosqlite's thread every statement waits to take the interpreter's lock back from a busy
event loop, so fewer statements is a shorter wait for everyone in the batch. Each test holds
the merged batch against the same batch sent one statement at a time, as before this pass.
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import storage.merged
import storage.trips
from bench.throughput import run_sosbot
from bench.world import data_key
from flows.flow import Flow
from storage.merged import merged
from storage.statements import ANSWER_UPSERT, DRAFT_UPDATE, HANDLED, SHOWN
from storage.store import Store
from storage.trips import Statement, together

USERS = (1, 2, 3, 4, 5)


def one_at_a_time(patched: pytest.MonkeyPatch) -> None:
    """The group commit as it was: every turn's statements sent as they are."""
    patched.setattr(storage.trips, "merged", lambda turns: None)


async def a_store_with_drafts(path: Path) -> None:
    """Five users, each with a draft open at its second question, a receipt for it, and an
    answer stored; user 5's draft is erased (its session's draft gone with it)."""
    async with await Store.open(path):
        pass
    with sqlite3.connect(path, isolation_level=None) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        for user in USERS:
            conn.execute("INSERT INTO drafts (id, user_id, flow_id, flow_version, label, status,"
                         " state, created_at, updated_at) VALUES (?, ?, 'mapping', 3, ?,"
                         " 'in_progress', ?, 1.0, 1.0)", (f"d{user}", user, b"label", b"s1"))
            conn.execute("INSERT INTO answers VALUES (?, 'worries', ?, 1.0)",
                         (f"d{user}", b"first answer"))
            conn.execute("INSERT INTO sessions (user_id, active_draft, state, updated_at,"
                         " question_message, delivered, asked_in) VALUES (?, ?, '{}', 1.0,"
                         " 10, 2, 10)", (user, f"d{user}"))
        conn.execute("DELETE FROM drafts WHERE id = 'd5'")
    conn.close()


def answered(user: int, update: int, step: str = "strengths", *more: str) -> list[Statement]:
    """A typed answer's turn, as `SqlTurn.save` writes it."""
    writes: list[Statement] = [
        (HANDLED, (user, update, 2.0 + update)),
        (DRAFT_UPDATE, (3, b"label", "in_progress", f"s{update}".encode(), 2.0 + update,
                        f"d{user}", user))]
    for name in (step, *more):
        writes.append((ANSWER_UPSERT, (f"d{user}", name, f"{name} {update}".encode(),
                                       2.0 + update)))
    return writes


def receipt(user: int, nonce: int, message: int | None, draft: str | None = None
            ) -> list[Statement]:
    """A question's receipt, as `SqlStore.shown` asks it."""
    return [(SHOWN, (nonce, message, nonce, message, message, user, draft or f"d{user}",
                     nonce))]


def everything(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(path) as conn:
        tables = [name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        found = {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(),
                               key=repr) for table in tables}
    conn.close()
    return found


def committed(path: Path, turns: list[list[Statement]], ran: list[str] | None = None
              ) -> tuple[list[str | None], dict[str, list[tuple[Any, ...]]]]:
    """Each turn's outcome (its error's words) and every row afterwards."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    if ran is not None:
        conn.set_trace_callback(ran.append)
    try:
        failures = together(conn, turns)
    finally:
        conn.close()
    return [None if f is None else f"{type(f).__name__}: {f}" for f in failures], everything(path)


BATCHES: dict[str, list[list[Statement]]] = {
    "answers and receipts": [answered(1, 7), receipt(2, 3, 21), answered(3, 9),
                             receipt(4, 3, None), answered(2, 8, "worries", "next steps"),
                             receipt(1, 1, 30), receipt(3, 3, 40, draft="other")],
    "a draft erased meanwhile": [answered(1, 7), answered(5, 8), receipt(2, 3, 21)],
    "two receipts of one user": [receipt(1, 3, 21), answered(2, 8), receipt(1, 4, 22),
                                 receipt(3, 2, 23)],
    "an answer again": [answered(1, 7, "worries"), answered(1, 8, "worries")],
    "a turn in another order": [answered(1, 7), [*answered(2, 8)[::-1]], receipt(3, 3, 5)],
    "a statement not merged": [answered(1, 7), [("DELETE FROM answers WHERE draft_id = ? AND "
                                                 "step_id = ?", ("d2", "worries"))],
                               answered(3, 9)],
}


@pytest.mark.parametrize("name", list(BATCHES))
async def test_a_batch_stores_what_it_stored_one_statement_at_a_time(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    await a_store_with_drafts(tmp_path / "start.db")
    shutil.copy(tmp_path / "start.db", tmp_path / "now.db")
    shutil.copy(tmp_path / "start.db", tmp_path / "before.db")
    turns = BATCHES[name]

    now = committed(tmp_path / "now.db", turns)
    with monkeypatch.context() as patched:
        one_at_a_time(patched)
        before = committed(tmp_path / "before.db", turns)

    assert now == before
    assert now[1] != everything(tmp_path / "start.db")


async def test_a_batch_past_the_rows_a_statement_takes_stores_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """More turns than a statement takes rows (16; 2 here): several statements of a kind,
    in the turns' order."""
    await a_store_with_drafts(tmp_path / "start.db")
    shutil.copy(tmp_path / "start.db", tmp_path / "before.db")
    turns = BATCHES["answers and receipts"]
    monkeypatch.setattr(storage.merged, "MOST_ROWS", 2)
    ran: list[str] = []

    now = committed(tmp_path / "start.db", turns, ran)
    with monkeypatch.context() as patched:
        one_at_a_time(patched)
        before = committed(tmp_path / "before.db", turns)

    assert now == before
    assert len(ran) == 2 + 2 + 2 + 2 + 2  # BEGIN and COMMIT; 4 receipts, 3, 3 and 4 rows


def test_only_batches_whose_rows_are_each_their_own_users_are_merged() -> None:
    """Two receipts of one user in one statement would leave which is stored last to SQLite
    (an UPDATE ... FROM matching a row twice takes either); a kind again after another in one
    turn, turns disagreeing on the order, or a statement not merged: sent as they are."""
    assert merged(BATCHES["answers and receipts"]) is not None
    assert merged(BATCHES["a draft erased meanwhile"]) is not None
    for name in ("two receipts of one user", "an answer again", "a turn in another order",
                 "a statement not merged"):
        assert merged(BATCHES[name]) is None, name


async def test_a_batch_of_answers_and_receipts_is_six_statements_not_one_a_write(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Four users' answers (one of them two answers) and four receipts: 15 writes, before
    this pass 17 statements on aiosqlite's thread with BEGIN and COMMIT, now 6."""
    await a_store_with_drafts(tmp_path / "start.db")
    shutil.copy(tmp_path / "start.db", tmp_path / "before.db")
    turns = [answered(1, 7), receipt(2, 3, 21), answered(3, 9), receipt(4, 3, 22),
             answered(2, 8, "worries", "next steps"), receipt(1, 1, 30), answered(4, 4),
             receipt(3, 3, 40)]
    ran: list[str] = []
    failures, _ = committed(tmp_path / "start.db", turns, ran)
    with monkeypatch.context() as patched:
        one_at_a_time(patched)
        ran_before: list[str] = []
        committed(tmp_path / "before.db", turns, ran_before)

    assert failures == [None] * len(turns)
    assert [sql.split()[:3] for sql in ran] == [
        ["BEGIN", "IMMEDIATE"], ["UPDATE", "sessions", "SET"],
        ["INSERT", "INTO", "handled_updates"], ["UPDATE", "drafts", "SET"],
        ["INSERT", "INTO", "answers"], ["COMMIT"]]
    assert len(ran_before) == 2 + sum(len(writes) for writes in turns) == 19


def merges_counted(patched: pytest.MonkeyPatch) -> list[int]:
    """How many statements each merged batch saved."""
    saved: list[int] = []
    merged: Callable[..., Any] = storage.trips.merged

    def counting(turns: list[list[Statement]]) -> list[Statement] | None:
        found = merged(turns)
        if found is not None:
            saved.append(sum(len(writes) for writes in turns) - len(found))
        return found

    patched.setattr(storage.trips, "merged", counting)
    return saved


async def walked(folder: Path, flows: dict[str, Flow], key: str) -> tuple[object, ...]:
    """Six practitioners completing `mapping` at once through the real bot, as the benchmark
    drives it: every update they sent (each written from what the bot showed them), the Bot
    API calls made, and the first one's finished draft."""
    _, sent, seen = await run_sosbot(6, folder, flows, key=key)
    sample = seen["sample"]
    said = [[_said(json.loads(raw)) for raw in theirs] for theirs in sent]
    return said, seen["calls"], sample.answers, sample.status, sample.history, sample.nonce


def _said(update: dict[str, Any]) -> object:
    """What a practitioner typed or tapped (update and message ids and dates follow the
    order the bot's calls came in, which differs from run to run; drafts' ids are drawn)."""
    if "callback_query" in update:
        return "tap", re.sub("[0-9a-f]{12}", "<draft>", update["callback_query"]["data"])
    return "typed", update["message"]["text"]


async def test_practitioners_answering_at_once_send_and_keep_the_same_as_before(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory,
        monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    key = data_key()
    with monkeypatch.context() as patched:
        saved = merges_counted(patched)
        now = await walked(tmp_path, flows, key)
    with monkeypatch.context() as patched:
        one_at_a_time(patched)
        before = await walked(tmp_path_factory.mktemp("before"), flows, key)

    assert now == before
    assert sum(saved) > 0  # batches were merged in the run, not only sent as they were
