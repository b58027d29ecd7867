"""The fifty-fifth pass's cut to saving a draft's state (perf55c) changes nothing a
practitioner sees.

Each test holds both halves: what the cut work was for still happens (the state is stored as
the same JSON text, so a draft saved before and after reads back alike), and the work cut
stays cut, counted through the real bot, its encrypted store and the shipped flows.
"""

from __future__ import annotations

import copy
import json
import math
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from flows.draft import Draft
from flows.flow import Flow
from storage import keyring, open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer
from storage.keyring import state_json
from storage.trips import Statement, all_or_nothing, in_order
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtythird_b import mapping

__all__ = ["bot"]  # the fixture


# --- a draft's state written as JSON -----------------------------------------------------

def old_state_json(state: Any) -> str:
    """How every state was written before: the one encoder, built afresh at each call."""
    return json.dumps(state, ensure_ascii=False, separators=(",", ":"))


class Word(str):
    """A text of a subclass of str (the encoder writes it as any text)."""


TEXTS = ["purpose", "danger_statement_1", "", 'say "no"', "back\\slash", "tab\there",
         "nl\n", "\x00\x1f\x7f", "é ü ß", "\u2014 \u2019", "\U0001f600", "\ud83d", "日本",
         "danger_statement_1:danger_statement", "a" * 300]
ODD_ITEMS: list[Any] = [1, 0, -7, 2**70, True, False, 1.0, 1.5, math.nan, math.inf, None,
                        Word("purpose"), ["a", 1], {"k": "v"}, [], {}]


def made_states(rnd: random.Random, count: int) -> list[Any]:
    """States as `Draft.state` writes them (texts of every kind, the shipped flows' ids
    among them), and states of other shapes: odd items, keys missing, out of order or
    added, values of other kinds."""
    ids = sorted({step.id for flow in _flows().values() for step in flow.steps})
    states: list[Any] = []
    def texts(n: int, most: int) -> list[Any]:
        pool = ids + TEXTS if n % 3 else ids
        items: list[Any] = [rnd.choice(pool) for _ in range(rnd.randint(0, most))]
        if n % 7 == 0 and items:
            items[rnd.randrange(len(items))] = rnd.choice(ODD_ITEMS)
        return items

    for n in range(count):
        pending = None if n % 4 else {"step_id": rnd.choice(ids), "kind": "danger_statement",
                                      "value": rnd.choice(TEXTS),
                                      **({"later": ["x", 2]} if n % 8 == 0 else {})}
        state: dict[str, Any] = {"history": texts(n, 60), "nonce": rnd.randint(0, 10**6),
                                 "pending": pending, "nudged": texts(n, 5),
                                 "return_to": rnd.choice([None, None, rnd.choice(ids)])}
        if n % 11 == 0:
            state[rnd.choice(list(state))] = rnd.choice(ODD_ITEMS + TEXTS)
        if n % 13 == 0:
            del state[rnd.choice(list(state))]
        if n % 17 == 0:
            state = dict(reversed(list(state.items())))
        if n % 19 == 0:
            state["extra"] = rnd.choice(ODD_ITEMS)
        if n % 23 == 0:
            state = {1: "x", **state}
        states.append(state)
    return [*states, {}, [], "text", None, 3, {"history": [], "nonce": 0, "pending": None,
                                               "nudged": [], "return_to": None}]


def _flows() -> dict[str, Flow]:
    from flows.loader import load_flows
    return load_flows()


def written(write: Any, state: Any) -> Any:
    try:
        return write(state)
    except Exception as exc:
        return type(exc), str(exc)


def test_a_state_is_written_as_the_encoder_wrote_it() -> None:
    """Over 1,500 made states (and the cache of quoted texts kept small for part of them,
    so texts both kept and not are written), the text is the encoder's, character for
    character, or the same error for what JSON cannot hold."""
    rnd = random.Random(5505)
    states = made_states(rnd, 1500)
    made = len(states)
    states.append({"history": [object()], "nonce": 1, "pending": None, "nudged": [],
                   "return_to": None})
    states.append({"history": [], "nonce": 1, "pending": None, "nudged": [],
                   "return_to": {1, 2}})
    for n, state in enumerate(states):
        kept = copy.deepcopy(state) if n < made else None
        assert written(state_json, state) == written(old_state_json, state), state
        if kept is not None and not any(isinstance(v, float) and math.isnan(v)
                                        for v in _leaves(state)):
            assert state == kept  # nothing in it changed by writing it
    assert all(type(text) is str for text in keyring._QUOTED)  # 1 and True never confused
    assert len(keyring._QUOTED) <= keyring._QUOTED_KEPT


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [value]


def test_the_quoted_texts_kept_stay_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keyring, "_QUOTED", keyring._Quoted())
    monkeypatch.setattr(keyring, "_QUOTED_KEPT", 5)
    history = [f"step_{n}" for n in range(40)]
    state = {"history": history, "nonce": 3, "pending": None, "nudged": [],
             "return_to": None}
    assert state_json(state) == old_state_json(state)
    assert len(keyring._QUOTED) == 5


class CountingEncoder(json.JSONEncoder):
    """The store's encoder, counting the times it builds itself to write a value whole."""

    built = 0

    def iterencode(self, o: Any, _one_shot: bool = False) -> Any:
        CountingEncoder.built += 1
        return super().iterencode(o, _one_shot)


async def test_a_typed_answer_is_saved_without_building_an_encoder(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The state (the questions asked, in order) was written by an encoder built afresh at
    every answer; it is written from its parts, and read back it is the same position."""
    await mapping(bot, "KB-7")
    monkeypatch.setattr(keyring, "_ENCODER",
                        CountingEncoder(ensure_ascii=False, separators=(",", ":")))
    CountingEncoder.built = 0
    store = bot.conversation.store
    before = await store.load_draft(USER, (await store.session(USER)).active_draft)
    await bot.say("Dad shouts at T most evenings and T hides in her room.")
    assert CountingEncoder.built == 0
    after = await store.load_draft(USER, (await store.session(USER)).active_draft)
    assert before is not None
    assert after is not None
    assert after.history[:len(before.history)] == before.history
    assert len(after.history) == len(before.history) + 1
    assert old_state_json(after.state()) == state_json(after.state())


# --- sealed values and NULLs bound through named adapters ---------------------------------

def test_bytes_and_none_are_bound_through_named_adapters() -> None:
    """sqlite3 asked its protocol to adapt every bytes and None parameter (an exception made
    and dropped, about 1.8 thousand instructions each, several at every answer): both are
    named, and give back what they are given."""
    import storage.store  # noqa: F401  # (what names them)
    adapters = sqlite3.adapters
    adapt_bytes = adapters[(bytes, sqlite3.PrepareProtocol)]
    adapt_none = adapters[(type(None), sqlite3.PrepareProtocol)]
    value = b"\x01\x05draft" + bytes(range(256))
    assert adapt_bytes(value) is value
    assert adapt_none(None) is None
    # neither makes sqlite3 look up the parameters it binds as they are
    assert not any(kind in (int, float, str, bytearray) for kind, _ in adapters)


async def test_sealed_values_and_nulls_are_stored_as_before(
        tmp_path: Path, sealer: AesGcmSealer) -> None:
    """A draft, its answers and a session with nothing shown yet, saved through the
    encrypted store: the file holds each sealed value as a BLOB and each missing one as a
    NULL, as before, and they read back the same; other kinds of value bind as they did."""
    store = await open_store(f"sqlite:///{tmp_path}/s.db", sealer=sealer)
    try:
        draft = Draft(id="d1", user_id=USER, flow_id="mapping", flow_version=1, label="KB-7",
                      answers={"purpose": "A conference", "network": ["Nan", "Mr P"]})
        draft.history = ["purpose", "network"]
        await store.save(draft, ["purpose", "network"], new=True,
                         session=Session(USER, "d1"))
        again = await store.load_draft(USER, "d1")
        assert again is not None
        assert (again.answers, again.history, again.label) == (draft.answers, draft.history,
                                                               "KB-7")
        assert (await store.session(USER)).question_message is None
    finally:
        await store.close()
    raw = sqlite3.connect(tmp_path / "s.db")
    try:
        assert raw.execute("SELECT typeof(label), typeof(state) FROM drafts").fetchall() == [
            ("blob", "blob")]
        assert {kind for (kind,) in raw.execute("SELECT typeof(value) FROM answers")} == {"blob"}
        assert raw.execute("SELECT typeof(question_message), typeof(delivered) FROM "
                           "sessions").fetchall() == [("null", "null")]
    finally:
        raw.close()
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE TABLE t (v)")
    values = [b"", b"\x00bytes", None, bytearray(b"ba"), memoryview(b"mv"), 0, -1, 2**62, 1.5,
              "text", True]
    for value in values:
        plain.execute("INSERT INTO t VALUES (?)", (value,))
    assert [v for (v,) in plain.execute("SELECT v FROM t")] == [
        b"", b"\x00bytes", None, b"ba", b"mv", 0, -1, 2**62, 1.5, "text", 1]
    plain.close()


# --- a trip's statements on one cursor -----------------------------------------------------

def old_in_order(conn: sqlite3.Connection, held: list[Statement], last: Statement,
                 fetch: bool) -> Any:
    """`storage.trips.in_order` as it was: a cursor made by `conn.execute` for each."""
    for sql, params in held:
        conn.execute(sql, params)
    cursor = conn.execute(*last)
    return cursor.fetchall() if fetch else cursor.rowcount


SCHEMA = "CREATE TABLE t (k INTEGER PRIMARY KEY, v)"
STATEMENTS: list[Statement] = [
    ("INSERT INTO t VALUES (?, ?)", (1, b"a")), ("INSERT INTO t VALUES (?, ?)", (2, None)),
    ("INSERT INTO t (v) VALUES (?)", ("x",)), ("UPDATE t SET v = ? WHERE k > ?", (b"b", 1)),
    ("UPDATE t SET v = v WHERE k < 0", ()), ("DELETE FROM t WHERE k = ?", (2,)),
    ("INSERT INTO t VALUES (?, ?) ON CONFLICT DO NOTHING", (1, "again")),
    ("SELECT k, v FROM t ORDER BY k", ()), ("SELECT count(*) FROM t", ()),
    ("PRAGMA user_version", ()), ("PRAGMA user_version = 3", ()),
    ("CREATE TABLE IF NOT EXISTS u (a)", ()), ("INSERT INTO nowhere VALUES (1)", ()),
    ("INSERT INTO t VALUES (?, ?)", (1, "taken")), ("SELECT ?", ()),
]


def outcome_of(trip: Any, statements: list[Statement], fetch: bool) -> Any:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute(SCHEMA)
        got = trip(conn, statements[:-1], statements[-1], fetch)
    except sqlite3.Error as exc:
        got = (type(exc), str(exc))
    rows = conn.execute("SELECT * FROM t ORDER BY k").fetchall()
    conn.close()
    return got, rows


def test_a_trips_outcome_is_as_with_a_cursor_for_each_statement() -> None:
    """Over 600 made trips (writes that change rows or none, reads, pragmas, statements
    that fail, held and last), the rows or row count given, the error raised and the rows
    left are the same as with a cursor made for each statement."""
    rnd = random.Random(5503)
    for n in range(600):
        trip = [rnd.choice(STATEMENTS) for _ in range(rnd.randint(1, 6))]
        fetch = n % 2 == 0
        assert outcome_of(in_order, trip, fetch) == outcome_of(old_in_order, trip, fetch), trip


class Recording:
    """A connection that records what it is asked, for a trip run against it."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:", isolation_level=None)
        self.conn.execute(SCHEMA)
        self.cursors = 0
        self.in_transaction = False

    def cursor(self) -> sqlite3.Cursor:
        self.cursors += 1
        return self.conn.cursor()

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        self.cursors += 1
        return self.conn.execute(sql, params)


def test_a_trip_makes_one_cursor_for_its_statements() -> None:
    """A turn's writes are sent as one trip, BEGIN to COMMIT (about seven statements): each
    made and dropped a cursor of its own; one serves them all."""
    writes: list[Statement] = [("BEGIN IMMEDIATE", ()), *STATEMENTS[:7], ("COMMIT", ())]
    conn = Recording()
    all_or_nothing(conn, writes)  # type: ignore[arg-type]
    assert conn.cursors == 1
    conn = Recording()
    assert in_order(conn, writes[:-1], ("SELECT count(*) FROM t", ()), True) == [(2,)]  # type: ignore[arg-type]
    assert conn.cursors == 1
