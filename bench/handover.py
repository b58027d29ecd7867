"""A commit while the event loop is busy: how long the GIL takes to come back to the thread.

The store commits on aiosqlite's thread, which gives up the GIL and takes it back a dozen
times per commit. While the event loop runs other updates' Python code, each taking back
waits for the interpreter's switch interval: 5 ms by default, `bot.app.GIL_HAND_OVER` once
`sosbot run` has settled (`settle_threads`). Here answers are saved in turns as the bot saves
a typed answer (`bench.saving`: the first read brings the session and its open draft, then
the answer, the position and the update id are committed), while another task keeps the
loop busy in 1 ms pieces of Python work, as a loop full of updates is. The drafts are made
first, untimed; each turn is timed from its first read to its commit, in rounds alternating
the two settings, each round a draft of its own.
"""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from bench.saving import ANSWER, sealer
from bench.throughput import Timings
from bot.app import GIL_HAND_OVER
from flows.draft import Draft
from storage.contract import Session
from storage.store import Store

PYTHON_DEFAULT = 0.005  # sys.getswitchinterval() in a fresh interpreter
PIECE_S = 0.001  # one piece of the loop's other work
ROUNDS = 3
SETTINGS = (("default", PYTHON_DEFAULT), ("settled", GIL_HAND_OVER))


def _work(seconds: float) -> int:
    """Python work (no call that lets go of the GIL) for about `seconds`."""
    end, n = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        n += 1
    return n


async def _busy(stop: asyncio.Event) -> None:
    while not stop.is_set():
        _work(PIECE_S)
        await asyncio.sleep(0)


async def _open(store: Store, user_id: int, update_id: int) -> str:
    """A new draft, open in the user's session: the turns after it read it as the bot's do."""
    draft = Draft(id=f"handover{user_id}", user_id=user_id, flow_id="mapping", flow_version=1,
                  label=f"HO-{user_id}", history=["purpose"])
    async with store.turn(user_id, update_id) as turn:
        await turn.save(draft, new=True)
        await turn.save_session(Session(user_id, draft.id))
    return draft.id


async def _turns(store: Store, user_id: int, draft_id: str, first: int, count: int
                 ) -> list[float]:
    """`count` answers to the user's open draft, each in its own turn; each turn's seconds."""
    took = []
    for i in range(first, first + count):
        step = f"step_{i}"
        start = time.perf_counter()
        async with store.turn(user_id, i) as turn:
            draft = await turn.draft(draft_id)
            if draft is None:
                raise RuntimeError(f"the draft {draft_id} was not found")
            draft.answers[step] = ANSWER
            draft.history.append(step)
            await turn.save(draft, {step})
        took.append(time.perf_counter() - start)
    return took


async def compare(folder: Path, count: int) -> dict[str, Any]:
    """Turn times, loop kept busy, at Python's default switch interval and at the bot's:
    `count` answers in all, half at each (at least one per round and setting)."""
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before timing
    seal, _ = sealer()
    store = await Store.open(folder / "handover.db", sealer=seal)
    before = sys.getswitchinterval()
    per_round = max(count // (ROUNDS * len(SETTINGS)), 1)
    times: dict[str, list[float]] = {name: [] for name, _ in SETTINGS}
    applied: dict[str, float] = {}
    stop = asyncio.Event()
    busy: asyncio.Task[None] | None = None
    try:
        rounds = [setting for _ in range(ROUNDS) for setting in SETTINGS]
        users = range(5000, 5000 + len(rounds))  # a user and a draft of its own per round
        drafts = [await _open(store, user_id, 1) for user_id in users]
        busy = asyncio.create_task(_busy(stop))
        for (name, interval), user_id, draft_id in zip(rounds, users, drafts, strict=True):
            sys.setswitchinterval(interval)
            applied[name] = sys.getswitchinterval()  # what the turns ran at, read back
            times[name] += await _turns(store, user_id, draft_id, 2, per_round)
    finally:
        stop.set()
        try:
            if busy is not None:
                await busy
        finally:
            sys.setswitchinterval(before)
            await store.close()
    out: dict[str, Any] = {"turns": per_round * ROUNDS, "piece_ms": PIECE_S * 1000}
    for name, _ in SETTINGS:
        report = Timings(latencies=times[name]).report()
        out[name] = {"switch_ms": round(applied[name] * 1000, 3),
                     **{k: report[k] for k in ("p50_ms", "p99_ms", "max_ms")}}
    out["p50_ratio"] = round(out["default"]["p50_ms"] / out["settled"]["p50_ms"], 2)
    return out
