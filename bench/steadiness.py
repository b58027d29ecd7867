"""How steady the machine itself is: one unchanging piece of work, timed again and again.

A paced run's tail is the bot's and the machine's together. This times one fixed piece of
work, python-telegram-bot decoding one update (what every bot here does first with each
update), `count` times: after a short pause each time, as the bot runs at a person's pace,
and back to back. Nothing in it changes between repeats, so its p99 against its p50 is the
tail this machine adds to any work of that size, whatever the bot does.

The pause is taken twice: asleep, as the bot's event loop waits for the next update, and
spun (the process kept busy on the same core for as long, touching next to no memory). If
the work is as slow after a spun pause as after a sleep, what slows it is time passing on a
shared machine (its caches filled by other work meanwhile), not this process going idle: no
busy-polling or pinning in the bot would then take it back.

The disk is timed the same way: one page appended to a file in the benchmark's folder and
flushed (`fdatasync`), after the same pause, `count` times. That is what a commit at
`synchronous=FULL` asks of the disk (SQLite appends the transaction's pages to the
write-ahead log and flushes it), with no SQLite, no thread and no event loop around it: a
paced run's *commit_thread* far above this disk's p99 is not the disk's own flush. An append
also records the file's new size, where the log, reused from its start after a checkpoint,
mostly overwrites: the figure is an upper bound on a commit's flush.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from telegram import Update

from bench.throughput import Timings
from tests.memory_botapi import Updates

PAUSE_S = 0.005
PAGE = 4096  # SQLite's default page: one small turn's write to the log is a few of these


def steadiness(count: int, folder: Path | None = None) -> dict[str, Any]:
    body = json.dumps(Updates().text(1_000_001, "Mum will walk him to school every morning."))
    out: dict[str, Any] = {"pause_ms": PAUSE_S * 1000}
    for name, pause, rest in (("paused", PAUSE_S, time.sleep), ("spun", PAUSE_S, _spin),
                              ("back_to_back", 0.0, time.sleep)):
        timings = Timings()
        for _ in range(count):
            if pause:
                rest(pause)
            began = time.perf_counter()
            Update.de_json(json.loads(body), None)
            timings.latencies.append(time.perf_counter() - began)
        report = timings.report()
        out[name] = {k: report[k] for k in ("updates", "p50_ms", "p95_ms", "p99_ms", "max_ms")}
        out[name]["p99_over_p50"] = round(report["p99_ms"] / max(report["p50_ms"], 1e-9), 1)
    if folder is not None:
        out["disk"] = _flushes(count, folder)
    return out


def _flushes(count: int, folder: Path) -> dict[str, Any]:
    """One page appended and flushed, after a pause, `count` times, in a file of its own."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "flushes"
    timings = Timings()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for _ in range(count):
            time.sleep(PAUSE_S)
            began = time.perf_counter()
            os.write(fd, b"\0" * PAGE)
            os.fdatasync(fd)
            timings.latencies.append(time.perf_counter() - began)
    finally:
        os.close(fd)
        path.unlink()
    report = timings.report()
    out = {k: report[k] for k in ("updates", "p50_ms", "p95_ms", "p99_ms", "max_ms")}
    out["p99_over_p50"] = round(report["p99_ms"] / max(report["p50_ms"], 1e-9), 1)
    return out


def _spin(seconds: float) -> None:
    """Keep this core busy for `seconds`, as a pause that never lets the process sleep."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        pass
