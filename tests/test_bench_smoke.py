"""The benchmark still runs end to end (tiny numbers, no timing assertions), so it cannot rot."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import REPO, sosbot_env

TIMINGS = ("updates", "updates_per_s", "cpu_ms_per_update", "p50_ms", "p95_ms", "p99_ms",
           "max_ms")
SAVING = ("answers", "store_per_s", "bare_per_s", "ratio", "store_ms", "bare_ms")
MEMORY = ("stored", "idle_hwm_kb", "active_hwm_kb", "kb_per_active_draft")
STARTUP = ("flows", "steps", "cold_import_ms", "cold_load_ms", "warm_load_ms")
RENDERING = ("build_summary_ms", "render_telegram_ms", "split_html_ms", "render_text_ms",
             "summary_total_ms", "export_html_ms", "export_docx_ms", "export_txt_ms")


def _missing(section: dict[str, Any], keys: tuple[str, ...], where: str) -> list[str]:
    return [f"{where}.{key}" for key in keys if not isinstance(section.get(key), int | float)]


def test_the_benchmark_completes_with_every_metric(tmp_path: Path) -> None:
    out = tmp_path / "latest.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--practitioners", "3", "--think-ms", "5",
         "--answers", "30", "--stored", "20", "--active", "3", "--out", str(out)],
        cwd=REPO, env=sosbot_env(), capture_output=True, text=True, timeout=300, check=False)

    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    t = results["throughput"]
    missing = [*_missing(t, ("ratio", "cpu_ratio"), "throughput")]
    for run in ("sosbot", "baseline", "paced", "in_turn"):
        missing += _missing(t[run], TIMINGS, f"throughput.{run}")
    for level in ("NORMAL", "FULL"):
        missing += _missing(results["saving"][level], SAVING, f"saving.{level}")
    (scenario,) = results["memory"]["scenarios"]
    missing += _missing(scenario, MEMORY, "memory")
    missing += _missing(results["startup"], STARTUP, "startup")
    missing += _missing(results["rendering"], RENDERING, "rendering")
    assert missing == []
    assert t["sosbot"]["updates"] == t["baseline"]["updates"] == t["paced"]["updates"] > 3 * 20
    assert {row["name"] for row in results["targets"]} >= {
        "throughput vs bare PTB", "p99 per update, paced", "memory per active draft"}
    assert "| Target | Goal | Measured | Met |" in done.stdout


def test_the_readme_shows_the_command_and_a_table() -> None:
    readme = (REPO / "bench" / "README.md").read_text(encoding="utf-8")

    assert "python -m bench.run" in readme
    assert "<!-- bench:table:begin -->" in readme
    assert "| Target | Goal | Measured | Met |" in readme
