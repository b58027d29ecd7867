"""A commit while the event loop is busy: how long the GIL takes to come back to the thread.

The store commits on aiosqlite's thread, which gives up the GIL and takes it back a dozen
times per commit. While the event loop runs other updates' Python code, each taking back
waits for the interpreter's switch interval: 5 ms by default, `bot.app.GIL_HAND_OVER` once
`sosbot run` has settled (`settle_threads`). Here answers are saved in turns as the bot saves
them (`bench.saving`), while another task keeps the loop busy in 1 ms pieces of Python work,
as a loop full of updates is; each turn is timed from its first read to its commit, in
rounds alternating the two settings.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.saving import ANSWER, PER_DRAFT, _draft, sealer
from bot.app import GIL_HAND_OVER
from storage.store import Store

PYTHON_DEFAULT = 0.005  # sys.getswitchinterval() in a fresh interpreter
PIECE_S = 0.001  # one piece of the loop's other work
ROUNDS = 3


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


async def _turns(store: Store, first: int, count: int) -> list[float]:
    """`count` answers saved, each in its own turn; each turn's seconds."""
    took = []
    for i in range(first, first + count):
        draft = _draft(i // PER_DRAFT)
        step = f"step_{i % PER_DRAFT}"
        new = i % PER_DRAFT == 0
        start = time.perf_counter()
        async with store.turn(draft.user_id, i) as turn:
            if not new:
                draft = await turn.draft(draft.id) or draft
            draft.answers[step] = ANSWER
            await turn.save(draft, {step}, new=new)
        took.append(time.perf_counter() - start)
    return took


async def compare(folder: Path, count: int) -> dict[str, Any]:
    """Turn times, loop kept busy, at Python's default switch interval and at the bot's."""
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before timing
    seal, _ = sealer()
    store = await Store.open(folder / "handover.db", sealer=seal)
    before = sys.getswitchinterval()
    times: dict[float, list[float]] = {PYTHON_DEFAULT: [], GIL_HAND_OVER: []}
    per_round = max(count // ROUNDS // 2, 1)
    stop = asyncio.Event()
    busy = asyncio.create_task(_busy(stop))
    try:
        first = 0
        for _ in range(ROUNDS):
            for interval in times:
                sys.setswitchinterval(interval)
                times[interval] += await _turns(store, first, per_round)
                first += per_round
    finally:
        stop.set()
        await busy
        sys.setswitchinterval(before)
        await store.close()
    out: dict[str, Any] = {"turns": per_round * ROUNDS, "piece_ms": PIECE_S * 1000}
    for name, interval in (("default", PYTHON_DEFAULT), ("settled", GIL_HAND_OVER)):
        ms = sorted(t * 1000 for t in times[interval])
        out[name] = {"switch_ms": interval * 1000, "p50_ms": round(statistics.median(ms), 3),
                     "p99_ms": round(ms[min(len(ms) - 1, round(len(ms) * 0.99))], 3),
                     "max_ms": round(ms[-1], 3)}
    out["p50_ratio"] = round(out["default"]["p50_ms"] / out["settled"]["p50_ms"], 2)
    return out
