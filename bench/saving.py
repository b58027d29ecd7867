"""Saving: answers committed per second by the store (as the bot's turns) and a bare loop.

Both write to a fresh file with the same schema and the same pragmas (checked by reading
them back), one transaction per answer, at a given `synchronous` level. The store's save is
the bot's turn for a typed answer: its first read (the update check, the session, the open
draft and its key), then the draft's position, the changed answer and the update id, sealed
as the bot seals them; the bare loop inserts and commits one answer row.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import aiosqlite

from flows.draft import Draft
from storage.contract import Session
from storage.migrations import MIGRATIONS, statements_for
from storage.sealing import PlainSealer, Sealer
from storage.store import Store, Synchronous

PER_DRAFT = 40
ANSWER = ("Mum will walk T to school each morning, and the class teacher has seen this every "
          "day for six weeks.")
PRAGMAS = ("journal_mode", "synchronous", "foreign_keys", "secure_delete", "busy_timeout")
ROUNDS = 3


def sealer() -> tuple[Sealer, str]:
    """The sealer the bot stores with (AES-GCM when this sosbot has it), and its name."""
    try:
        from storage.crypto import AesGcmSealer, new_key
    except ImportError:
        return PlainSealer(), "none"
    return AesGcmSealer([new_key("bench")]), "AES-GCM"


def _draft(n: int) -> Draft:
    return Draft(id=f"bench{n:06d}", user_id=1000 + n % 50, flow_id="mapping", flow_version=1,
                 label=f"BM-{n}", history=["purpose"])


async def _pragmas(db: aiosqlite.Connection) -> dict[str, Any]:
    return {p: next(iter(await db.execute_fetchall(f"PRAGMA {p}")))[0] for p in PRAGMAS}


async def _store_round(store: Store, first: int, count: int) -> float:
    """Each answer in a turn as the bot's: the first read brings the update check, the
    session and the open draft with its key; the draft is read, then the answer and the
    position are written and committed (a new draft: opened in the session as well)."""
    draft = _draft(first // PER_DRAFT)
    start = time.perf_counter()
    for i in range(first, first + count):
        new = i % PER_DRAFT == 0
        if new and i != first:
            draft = _draft(i // PER_DRAFT)
        step = f"step_{i % PER_DRAFT}"
        async with store.turn(draft.user_id, i) as turn:
            if not new:
                await turn.draft(draft.id)
            draft.answers[step] = ANSWER
            draft.history.append(step)
            await turn.save(draft, {step}, new=new)
            if new:
                await turn.save_session(Session(draft.user_id, draft.id))
    return time.perf_counter() - start


async def _bare_round(db: aiosqlite.Connection, first: int, count: int) -> float:
    now = time.time()
    for n in range(first // PER_DRAFT, (first + count) // PER_DRAFT + 1):
        d = _draft(n)
        await db.execute("INSERT OR IGNORE INTO drafts (id, user_id, flow_id, flow_version, "
                         "label, status, state, created_at, updated_at) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (d.id, d.user_id, d.flow_id, 1, b"x", d.status, b"{}", now, now))
    await db.commit()
    start = time.perf_counter()
    for i in range(first, first + count):
        await db.execute("INSERT INTO answers VALUES (?, ?, ?, ?)",
                         (_draft(i // PER_DRAFT).id, f"step_{i % PER_DRAFT}", ANSWER.encode(),
                          time.time()))
        await db.commit()
    return time.perf_counter() - start


async def _bare(path: Path, synchronous: Synchronous) -> aiosqlite.Connection:
    db = await aiosqlite.connect(path)
    for pragma in ("journal_mode = WAL", "foreign_keys = ON", "busy_timeout = 5000",
                   "secure_delete = ON", f"synchronous = {synchronous}"):
        await db.execute(f"PRAGMA {pragma}")
    for migration in MIGRATIONS:
        for statement in statements_for("sqlite", migration):
            await db.execute(statement)
    await db.commit()
    return db


async def compare(folder: Path, synchronous: Synchronous, count: int) -> dict[str, Any]:
    """Answers per second for the store and the bare loop, interleaved in a few rounds."""
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before timing
    seal, seal_name = sealer()
    store = await Store.open(folder / f"store-{synchronous}.db", synchronous=synchronous,
                             sealer=seal)
    bare = await _bare(folder / f"bare-{synchronous}.db", synchronous)
    try:
        # The store's own connection, read only, to prove the two files are set up alike.
        ours, theirs = await _pragmas(store._db), await _pragmas(bare)
        if ours != theirs:
            raise RuntimeError(f"pragmas differ: store {ours}, bare {theirs}")
        per_round = max(count // ROUNDS, 1)
        store_s = bare_s = 0.0
        for r in range(ROUNDS):
            first = r * per_round
            bare_s += await _bare_round(bare, first, per_round)
            store_s += await _store_round(store, first, per_round)
    finally:
        await store.close()
        await bare.close()
    total = per_round * ROUNDS
    store_rate, bare_rate = total / store_s, total / bare_s
    return {"answers": total, "sealing": seal_name,
            "store_per_s": round(store_rate, 1), "bare_per_s": round(bare_rate, 1),
            "ratio": round(store_rate / bare_rate, 3),
            "store_ms": round(1000 / store_rate, 3), "bare_ms": round(1000 / bare_rate, 3)}
