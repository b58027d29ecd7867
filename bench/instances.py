"""One SQLite process, one PostgreSQL instance, two instances on one PostgreSQL: same scenarios.

Each bot instance is its own process, as in production (one event loop, at most one core):
`python -m bench.instances TARGET FIRST COUNT THINK_MS` runs COUNT practitioners (user ids
from FIRST) through the bot over TARGET (a SQLite file or a postgresql:// URL), all at once
and then paced, and prints the latencies as JSON. Two instances split the practitioners;
their updates are counted together and their rate is over the longer of the two runs.
The PostgreSQL cluster is a throwaway one (`tests/postgres_server.py`) on this machine,
switched to `fsync = on` and `synchronous_commit = on`, so a commit there is as durable as
SQLite's at `synchronous=FULL`.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.throughput import Timings, run_sosbot
from bench.world import FIRST_USER, data_key, users
from flows.loader import load_flows

ROOT = Path(__file__).resolve().parent.parent
ALLOWED = "SOSBOT_BENCH_ALLOWED"  # the allow-list every instance is given (JSON), see below


async def _child(target: str, first: int, count: int, think_s: float) -> dict[str, Any]:
    flows = load_flows()
    folder = Path(target).parent if not target.startswith("postgres") else Path.cwd()
    url = target if target.startswith("postgres") else None
    out = {}
    for name, pause in (("all_at_once", 0.0), ("paced", think_s)):
        timings, _, _ = await run_sosbot(count, folder, flows, think_s=pause, database=url,
                                         first=first + (0 if pause == 0 else 50_000),
                                         key=os.environ["SOSBOT_DATA_KEY"],
                                         allowed=json.loads(os.environ[ALLOWED]))
        out[name] = {"latencies": timings.latencies, "wall": timings.wall, "cpu": timings.cpu}
    return out


def _spawn(target: str, first: int, count: int, think_ms: float, env: dict[str, str]
           ) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "bench.instances", target, str(first),
                             str(count), str(think_ms)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT)


def run_instances(targets: list[str], count: int, think_ms: float) -> dict[str, Any]:
    """`count` practitioners split across one instance per target, run at the same time."""
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    share = count // len(targets)
    firsts = [FIRST_USER + n * 10_000 for n in range(len(targets))]
    # Instances on one database must agree on their settings (or the second is refused), so
    # each is given the practitioners of every instance, in both of its runs.
    everyone = [u for first in firsts for start in (first, first + 50_000)
                for u in users(share, start)]
    env = {**os.environ, "PYTHONPATH": path, "SOSBOT_DATA_KEY": data_key(),  # one per run
           ALLOWED: json.dumps(everyone)}
    children = [_spawn(t, first, share, think_ms, env) for first, t in zip(firsts, targets,
                                                                             strict=True)]
    results = []
    for child in children:
        out, err = child.communicate(timeout=3600)
        if child.returncode != 0:
            raise RuntimeError(f"a bench instance failed:\n{err[-2000:]}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    merged: dict[str, Any] = {"instances": len(targets), "practitioners": share * len(targets)}
    for name in ("all_at_once", "paced"):
        timings = Timings(latencies=[x for r in results for x in r[name]["latencies"]],
                          wall=max(r[name]["wall"] for r in results),
                          cpu=sum(r[name]["cpu"] for r in results))
        merged[name] = timings.report()
    return merged


def start_durable_cluster() -> Any:
    """A throwaway PostgreSQL cluster that fsyncs every commit, as a council's would (the
    tests' cluster runs with fsync off); the caller stops it (`stop_cluster`)."""
    try:  # the PostgreSQL helper of the tests, where this sosbot has the engine
        pg: Any = importlib.import_module("tests.postgres_server")
    except ImportError:
        raise RuntimeError("this sosbot has no PostgreSQL engine (tests/postgres_server.py)"
                           ) from None
    bin_dir = pg._bin_dir()
    if bin_dir is None or pg._why_not() is not None:
        raise RuntimeError(f"no PostgreSQL here: {pg._why_not()}")
    folder = Path(tempfile.mkdtemp(prefix="sosbot-bench-pg-"))
    folder.chmod(0o755)
    cluster = pg.PgCluster(folder, bin_dir, pg._free_port())
    for sub in (cluster.data, cluster.sockets):
        sub.mkdir()
        if os.geteuid() == 0:
            shutil.chown(sub, pg.SERVER_USER, pg.SERVER_USER)
    subprocess.run(pg._as_server([str(bin_dir / "initdb"), "-D", str(cluster.data), "-U",
                                  pg.SERVER_USER, "--auth=trust", "-E", "UTF8", "--locale=C"]),
                   capture_output=True, check=True, timeout=300)
    options = (f"-k {cluster.sockets} -p {cluster.port} -c listen_addresses='' "
               "-c fsync=on -c synchronous_commit=on -c max_connections=100")
    subprocess.run(pg._as_server([str(bin_dir / "pg_ctl"), "-D", str(cluster.data), "-o",
                                  options, "-l", str(cluster.data / "server.log"), "-w",
                                  "start"]), capture_output=True, check=True, timeout=300)
    shown = cluster.tool("psql", "-d", "postgres", "-Atc", "SHOW fsync").stdout.decode()
    if shown.strip() != "on":
        raise RuntimeError(f"the bench's PostgreSQL cluster has fsync={shown.strip()!r}")
    return cluster


def compare_engines(count: int, think_ms: float, folder: Path) -> dict[str, Any]:
    """One SQLite process, one PostgreSQL instance, two instances on one PostgreSQL database."""
    out: dict[str, Any] = {"sqlite": run_instances([str(folder / "instances.db")], count,
                                                   think_ms)}
    cluster = start_durable_cluster()
    try:
        out["postgres"] = run_instances([cluster.new_database()], count, think_ms)
        shared = cluster.new_database()
        out["postgres_two"] = run_instances([shared, shared], count, think_ms)
    finally:
        importlib.import_module("tests.postgres_server").stop_cluster(cluster)
    base = out["sqlite"]
    for name in ("postgres", "postgres_two"):
        out[f"{name}_ratio"] = round(out[name]["all_at_once"]["updates_per_s"]
                                     / base["all_at_once"]["updates_per_s"], 3)
        out[f"{name}_p99_ratio"] = round(out[name]["paced"]["p99_ms"]
                                         / base["paced"]["p99_ms"], 3)
    return out


def main(argv: list[str]) -> int:
    target, first, count, think_ms = argv[0], int(argv[1]), int(argv[2]), float(argv[3])
    result = asyncio.run(_child(target, first, count, think_ms / 1000))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
