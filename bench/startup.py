"""Start-up and rendering: loading every flow, and turning a finished draft into a summary.

Each measurement is repeated and the median reported; the first (cold) call is reported too,
since start-up happens once. Loading starts in a fresh interpreter, so imports and template
compilation are counted where a real start-up pays them.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.practitioner import ANSWER
from bot.summary_html import render_telegram
from bot.telegram_html import split_html
from flows.draft import Draft
from flows.flow import Flow
from flows.render import render_text
from flows.summary import Summary, build_summary

REPEATS = 20
COLD_SCRIPT = """
import json, time
t0 = time.perf_counter()
from flows.loader import load_flows
t1 = time.perf_counter()
flows = load_flows()
t2 = time.perf_counter()
print(json.dumps({"import_ms": (t1 - t0) * 1000, "load_ms": (t2 - t1) * 1000,
                  "flows": len(flows), "steps": sum(len(f.steps) for f in flows.values())}))
"""


def _ms(action: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    """(first call, median of the rest) in milliseconds."""
    times = []
    for _ in range(repeats + 1):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return round(times[0], 3), round(statistics.median(times[1:]), 3)


def flows_loading(load: Callable[[], dict[str, Flow]]) -> dict[str, Any]:
    """Loading and validating every flow: in a fresh interpreter, then warm."""
    root = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    cold = subprocess.run([sys.executable, "-c", COLD_SCRIPT], capture_output=True, text=True,
                          check=True, timeout=120, cwd=root, env={**os.environ, "PYTHONPATH": path})
    first = json.loads(cold.stdout)
    _, warm = _ms(load, 5)
    return {"flows": first["flows"], "steps": first["steps"],
            "cold_import_ms": round(first["import_ms"], 1),
            "cold_load_ms": round(first["load_ms"], 1), "warm_load_ms": warm}


def rendering(flow: Flow, draft: Draft) -> dict[str, Any]:
    """The summary of one finished draft: built, rendered, split into messages, exported.

`summary_total` is what the bot does to show it: build, render Telegram HTML, split.
"""
    summary: Summary = build_summary(flow, draft)
    html = render_telegram(summary)
    out: dict[str, Any] = {"answers": len(draft.answers)}
    for name, action in (("build_summary", lambda: build_summary(flow, draft)),
                         ("render_telegram", lambda: render_telegram(summary)),
                         ("split_html", lambda: split_html(html)),
                         ("render_text", lambda: render_text(summary)),
                         ("summary_total", lambda: split_html(render_telegram(
                             build_summary(flow, draft))))):
        first, median = _ms(action)
        out[f"{name}_ms"] = median
        out[f"{name}_first_ms"] = first
    out["telegram_chars"] = len(html)
    out["telegram_messages"] = len(split_html(html))
    out.update(_exports(summary))
    return out


def _exports(summary: Summary) -> dict[str, Any]:
    try:
        from flows.export import FORMATS, export
    except ImportError:
        return {"export": "flows.export is not there yet: skipped"}
    out: dict[str, Any] = {}
    for fmt in FORMATS:
        first, median = _ms(lambda fmt=fmt: export(summary, fmt), 5)  # type: ignore[misc]
        out[f"export_{fmt}_ms"] = median
        out[f"export_{fmt}_first_ms"] = first
        out[f"export_{fmt}_bytes"] = len(export(summary, fmt).data)
    return out


LONG_ANSWER = ("Mum said she was worried about her partner's drinking at the weekend, and the "
               "school noticed T arriving hungry on Mondays. ") * 8


def checks(flow: Flow) -> dict[str, Any]:
    """One typed answer through every language check its question lists, with the nudger the
    bot builds (`bot/services.py` wires this one): median and slowest of repeats, in ms."""
    from flows.nudges import nudger

    nudge = nudger()
    kinds = max((step.spec.checks or flow.spec.checks for step in flow.steps), key=len)
    out: dict[str, Any] = {"kinds": list(kinds)}
    for name, text in (("answer", ANSWER), ("long_answer", LONG_ANSWER)):
        times = []
        for _ in range(REPEATS * 10):
            start = time.perf_counter()
            for kind in kinds:
                nudge(kind, text)
            times.append((time.perf_counter() - start) * 1000)
        out[f"{name}_chars"] = len(text)
        out[f"{name}_ms"] = round(statistics.median(times), 3)
        out[f"{name}_max_ms"] = round(max(times), 3)
    return out
