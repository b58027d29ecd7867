"""Benchmark sosbot on this machine: `python -m bench.run` (see bench/README.md).

Runs every scenario once, prints one table, writes it as JSON (bench/results/latest.json)
and, with --readme, puts the table into bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench import handover, report
from bench.crash import kill_peer
from bench.instances import compare_engines
from bench.memory import fill, measure
from bench.peer import record_script, run_peer
from bench.polling import run_polling
from bench.saving import compare
from bench.startup import checks, flows_loading, rendering
from bench.steadiness import steadiness
from bench.throughput import run_baseline, run_sosbot
from bench.world import commits_not_flushed, data_key
from flows.loader import load_flows

HERE = Path(__file__).resolve().parent
IN_TURN = 10


def options(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--practitioners", type=int, default=200,
                        help="simulated practitioners completing `mapping` at once (200)")
    parser.add_argument("--think-ms", type=float, default=1000,
                        help="mean pause between one practitioner's updates in the paced "
                        "run, each pause drawn evenly between half and one and a half "
                        "times it (1000)")
    parser.add_argument("--answers", type=int, default=1500,
                        help="answers saved per saving scenario (1500)")
    parser.add_argument("--stored", default="1000,10000",
                        help="stored drafts in each memory scenario (1000,10000)")
    parser.add_argument("--active", type=int, default=1000,
                        help="practitioners mid-flow in each memory scenario (1000)")
    parser.add_argument("--peers", type=int, default=40,
                        help="practitioners at once in the comparison with the peers (40): "
                        "the durable peer rewrites every user's answers per answer")
    parser.add_argument("--kills", type=int, default=3,
                        help="SIGKILLs of each peer, at random moments (3)")
    parser.add_argument("--polling", type=int, default=20,
                        help="practitioners pausing --think-ms through the HTTP Bot API (20)")
    parser.add_argument("--paced-runs", type=int, default=3,
                        help="times the paced run is repeated; the last one with a CPU-bound "
                        "process beside the bot, when there are two or more (3)")
    parser.add_argument("--postgres", type=int, default=0, metavar="N",
                        help="also N practitioners on one SQLite process, one PostgreSQL "
                        "instance and two instances on one PostgreSQL (a throwaway cluster "
                        "on this machine); 0 skips it (0)")
    parser.add_argument("--steadiness", type=int, default=2000, metavar="N",
                        help="times one fixed piece of work is timed, to show the tail the "
                        "machine itself adds (2000)")
    parser.add_argument("--handover", type=int, default=120, metavar="N",
                        help="answers saved with the event loop kept busy, half at Python's "
                             "switch interval and half at the bot's (bench/handover.py)")
    parser.add_argument("--noise", action="store_true",
                        help="run a CPU-bound process beside the bot the whole time")
    parser.add_argument("--out", type=Path, default=HERE / "results" / "latest.json")
    parser.add_argument("--readme", action="store_true",
                        help="also write the table into bench/README.md")
    return parser.parse_args(argv)


async def measure_all(opts: argparse.Namespace, folder: Path) -> dict[str, Any]:
    """Every scenario, in an order where one cannot warm the next unfairly."""
    results: dict[str, Any] = {"machine": report.machine(), "options": {
        "practitioners": opts.practitioners, "think_ms": opts.think_ms,
        "answers": opts.answers, "stored": opts.stored, "active": opts.active,
        "peers": opts.peers, "kills": opts.kills, "polling": opts.polling, "noise": opts.noise,
        "paced_runs": opts.paced_runs, "postgres": opts.postgres,
        "steadiness": opts.steadiness, "handover": opts.handover}}
    started = time.perf_counter()
    flows = load_flows()
    results["startup"] = flows_loading(load_flows)
    _say("warming up")
    _, warm, _ = await run_sosbot(min(opts.practitioners, 5), folder / "warm", flows)
    await run_baseline(warm)
    results["throughput"] = await _throughput(opts, folder, flows)
    _say(f"the machine's steadiness: one fixed piece of work, {opts.steadiness} times")
    results["steadiness"] = steadiness(opts.steadiness, folder / "disk")
    results["peers"] = await _peers(opts, folder, flows)
    _say(f"{opts.polling} practitioners through the HTTP Bot API, polling")
    results["polling"] = await run_polling(opts.polling, opts.think_ms / 1000, folder / "http")
    # Half as many: within Telegram's limit, so what is left of the wait is the bot's own.
    fewer = max(1, opts.polling // 2)
    _say(f"{fewer} practitioners through the HTTP Bot API, polling")
    results["polling_fewer"] = await run_polling(fewer, opts.think_ms / 1000,
                                                 folder / "http-fewer")
    sample = results["throughput"].pop("sample")
    results["rendering"] = rendering(flows[sample.flow_id], sample)
    results["checks"] = checks(flows[sample.flow_id])
    if opts.postgres:
        _say(f"{opts.postgres} practitioners: SQLite, PostgreSQL, two instances on PostgreSQL")
        results["engines"] = compare_engines(opts.postgres, opts.think_ms, folder / "engines")
    results["saving"] = {}
    for level in ("NORMAL", "FULL"):
        _say(f"saving at synchronous={level}")
        results["saving"][level] = await compare(folder / "saving", level, opts.answers)
    _say(f"{opts.handover} commits with the event loop kept busy, two switch intervals")
    results["handover"] = await handover.compare(folder / "handover", opts.handover)
    results["memory"] = await _memory(opts, folder, sample)
    results["seconds"] = round(time.perf_counter() - started, 1)
    results["machine"]["load_after"] = report.load_average()
    results["targets"] = report.targets(results)
    return results


async def _throughput(opts: argparse.Namespace, folder: Path, flows: Any) -> dict[str, Any]:
    n = opts.practitioners
    _say(f"{n} practitioners at full speed")
    sosbot, sent, extra = await run_sosbot(n, folder / "full", flows)
    _say("the bare baseline, same updates")
    baseline = await run_baseline(sent)
    _say(f"{n} practitioners pausing {opts.think_ms:g} ms on average")
    paced, _, _ = await run_sosbot(n, folder / "paced", flows, think_s=opts.think_ms / 1000,
                                   phases=True)
    # The same run with commits that do not wait for the disk: what the flush adds.
    _say(f"{n} practitioners pausing again, commits not waiting for the disk (NORMAL)")
    with commits_not_flushed() as levels:
        unflushed, _, _ = await run_sosbot(n, folder / "unflushed", flows,
                                           think_s=opts.think_ms / 1000, phases=True)
    _say(f"{IN_TURN} practitioners one after another")
    alone, _, _ = await run_sosbot(min(n, IN_TURN), folder / "alone", flows, in_turn=True)
    out = {"sosbot": sosbot.report(), "baseline": baseline.report(), "paced": paced.report(),
           "in_turn": alone.report(),
           "paced_unflushed": {**unflushed.report(), "synchronous": levels},
           "updates_per_practitioner": round(len(sosbot.latencies) / n, 1),
           "bot_api_calls_per_update": round(sum(extra["calls"].values())
                                             / len(sosbot.latencies), 2),
           "sample": extra["sample"]}
    out["ratio"] = round(out["sosbot"]["updates_per_s"] / out["baseline"]["updates_per_s"], 3)
    out["cpu_ratio"] = round(out["baseline"]["cpu_ms_per_update"]
                             / max(out["sosbot"]["cpu_ms_per_update"], 1e-9), 3)
    out["paced"]["offered_per_s"] = round(n / (opts.think_ms / 1000), 1) if opts.think_ms else 0
    # Above about half the all-at-once rate, the paced tail is mostly updates queueing.
    out["paced"]["offered_share"] = round(out["paced"]["offered_per_s"]
                                          / max(out["sosbot"]["updates_per_s"], 1e-9), 2)
    # The paced target was set as "under a quarter of capacity": the same pause, with as many
    # practitioners as offer a quarter of the all-at-once rate measured just now.
    if opts.think_ms:
        few = max(1, min(n, round(out["sosbot"]["updates_per_s"] * opts.think_ms / 4000)))
        _say(f"{few} practitioners pausing {opts.think_ms:g} ms (a quarter of that rate)")
        quarter, _, _ = await run_sosbot(few, folder / "quarter", flows,
                                         think_s=opts.think_ms / 1000)
        out["paced_quarter"] = {**quarter.report(), "practitioners": few,
                                "offered_per_s": round(few / (opts.think_ms / 1000), 1)}
    out["paced_again"] = []
    for run in range(1, opts.paced_runs):
        noisy = run == opts.paced_runs - 1
        _say(f"paced again ({run + 1} of {opts.paced_runs}){' beside a CPU-bound process' * noisy}")
        with noise(noisy and not opts.noise):
            again, _, _ = await run_sosbot(n, folder / f"paced{run}", flows,
                                           think_s=opts.think_ms / 1000)
        out["paced_again"].append({**again.report(), "noise": noisy or opts.noise})
    return out


async def _peers(opts: argparse.Namespace, folder: Path, flows: Any) -> dict[str, Any]:
    """sosbot, the bare bot and the ConversationHandler peers on the same update bodies."""
    n = opts.peers
    _say(f"the peers: {n} practitioners at once, then each peer killed {opts.kills} times")
    script = await record_script(flows, folder)
    sosbot, sent, extra = await run_sosbot(n, folder / "peers", flows, phases=True)
    # Right after, while the machine is as busy: the collector at Python's defaults.
    defaults, _, _ = await run_sosbot(n, folder / "gc-defaults", flows, tune_gc=False,
                                      phases=True)
    out: dict[str, Any] = {"practitioners": n, "sosbot": sosbot.report(),
                           "sosbot_calls": sum(extra["calls"].values()),
                           "baseline": (await run_baseline(sent)).report()}
    for mode in ("durable", "batched"):
        timings, info = await run_peer(sent, script, folder / f"peer-{mode}.pickle",
                                       durable=mode == "durable")
        if info["calls"] != out["sosbot_calls"]:
            raise RuntimeError(f"the {mode} peer made {info['calls']} Bot API calls, "
                               f"sosbot {out['sosbot_calls']}")
        out[mode] = {**timings.report(), **info}
        out[mode]["crash"] = kill_peer(folder / "kills", mode, script, sent[:20], opts.kills)
        out[f"ratio_{mode}"] = round(out["sosbot"]["updates_per_s"]
                                     / out[mode]["updates_per_s"], 3)
    out["sosbot_gc_defaults"] = defaults.report()
    out["gc_ms_per_update"] = {"settled": out["sosbot"]["phases"]["all"]["gc"],
                               "defaults": out["sosbot_gc_defaults"]["phases"]["all"]["gc"]}
    return out


async def _memory(opts: argparse.Namespace, folder: Path, sample: Any) -> dict[str, Any]:
    key = data_key()
    out: dict[str, Any] = {"active": opts.active, "scenarios": []}
    for stored in (int(s) for s in opts.stored.split(",")):
        _say(f"memory with {stored} drafts stored")
        db = folder / f"memory-{stored}.db"
        await fill(db, stored, sample, key)
        idle = measure(db, 0, key)
        busy = measure(db, opts.active, key)
        per_draft = (busy["hwm_kb"] - idle["hwm_kb"]) / max(opts.active, 1)
        out["scenarios"].append({"stored": stored, "idle_hwm_kb": idle["hwm_kb"],
                                 "active_hwm_kb": busy["hwm_kb"],
                                 "active_updates": busy["updates"],
                                 "kb_per_active_draft": round(per_draft, 2),
                                 "in_process_kb_per_active_draft": round(
                                     (busy["rss_kb"] - busy["ready_rss_kb"])
                                     / max(opts.active, 1), 2)})
    return out


@contextmanager
def noise(on: bool) -> Iterator[None]:
    """A CPU-bound process beside the bot (one core's worth of busy Python), or nothing."""
    if not on:
        yield
        return
    busy = subprocess.Popen([sys.executable, "-c", "while True: sum(range(1000))"])
    try:
        yield
    finally:
        busy.kill()
        busy.wait()


def _say(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    opts = options(argv)
    with tempfile.TemporaryDirectory(prefix="sosbot-bench-") as folder, noise(opts.noise):
        results = asyncio.run(measure_all(opts, Path(folder)))
    table = report.table(results)
    print(table)
    opts.out.parent.mkdir(parents=True, exist_ok=True)
    opts.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten to {opts.out}")
    if opts.readme:
        report.into_readme(HERE / "README.md", table)
        print(f"and into {HERE / 'README.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
