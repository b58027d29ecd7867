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
"""

from __future__ import annotations

import json
import time
from typing import Any

from telegram import Update

from bench.throughput import Timings
from tests.memory_botapi import Updates

PAUSE_S = 0.005


def steadiness(count: int) -> dict[str, Any]:
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
    return out


def _spin(seconds: float) -> None:
    """Keep this core busy for `seconds`, as a pause that never lets the process sleep."""
    until = time.perf_counter() + seconds
    while time.perf_counter() < until:
        pass
