"""The benchmark runs end to end with tiny numbers and its figures add up (never how fast).

Every practitioner's updates must all be counted, in every run; rates must be the counts over
the measured time; percentiles must be in order; the table printed must be the JSON written.
A benchmark that skipped updates, timed nothing or printed stale numbers fails here.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bench.memory import UPDATES_PER_ACTIVE
from tests.conftest import REPO, sosbot_env

PRACTITIONERS = 3
ANSWERS = 30
STEADY = 20
HANDOVER = 6


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench") / "latest.json"
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--practitioners", str(PRACTITIONERS),
         "--think-ms", "5", "--answers", str(ANSWERS), "--stored", "20", "--active", "3",
         "--peers", str(PRACTITIONERS), "--kills", "1", "--polling", "1",
         "--steadiness", str(STEADY), "--handover", str(HANDOVER), "--out", str(out)],
        cwd=REPO, env=sosbot_env(), capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8")), done.stdout


def _adds_up(run: dict[str, Any], updates: int) -> None:
    assert run["updates"] == updates
    assert run["seconds"] > 0
    assert math.isclose(run["updates_per_s"], updates / run["seconds"], rel_tol=0.02)
    assert run["cpu_ms_per_update"] > 0
    assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["p99_ms"] <= run["max_ms"]


def test_every_update_of_every_practitioner_is_timed_in_every_run(
        bench: tuple[dict[str, Any], str]) -> None:
    t = bench[0]["throughput"]
    per_practitioner = t["updates_per_practitioner"]

    assert per_practitioner > 20  # a whole `mapping` flow, not a few updates that failed
    total = round(per_practitioner * PRACTITIONERS)
    for run in ("sosbot", "baseline", "paced", "paced_unflushed"):
        _adds_up(t[run], total)
    assert [x["noise"] for x in t["paced_again"]] == [False, True]  # 3 paced runs, one noisy
    for again in t["paced_again"]:
        _adds_up(again, total)
    _adds_up(t["in_turn"], total)
    quarter = t["paced_quarter"]  # as many practitioners as offer a quarter of the rate
    assert 1 <= quarter["practitioners"] <= PRACTITIONERS
    _adds_up(quarter, round(per_practitioner * quarter["practitioners"]))
    assert t["bot_api_calls_per_update"] >= 1
    # the practitioners' own reading and writing was timed, and left out of sosbot's CPU
    assert 0 < t["sosbot"]["simulated_cpu_ms_per_update"] < t["sosbot"]["cpu_ms_per_update"]
    assert t["baseline"]["simulated_cpu_ms_per_update"] == 0  # it replays recorded updates
    for run in (t["sosbot"], t["baseline"], t["paced"], t["in_turn"], *t["paced_again"]):
        # the event loop's own thread: part of the process's CPU, not all of it
        assert 0 < run["loop_cpu_ms_per_update"] <= run["cpu_ms_per_update"]
    assert math.isclose(t["ratio"], t["sosbot"]["updates_per_s"] / t["baseline"]["updates_per_s"],
                        abs_tol=0.002)


def test_each_update_is_broken_down_into_phases_that_were_really_timed(
        bench: tuple[dict[str, Any], str]) -> None:
    phases = bench[0]["throughput"]["paced"]["phases"]

    for chosen in phases.values():
        assert all(chosen[name] >= 0 for name in chosen if name != "other")
        # The hooks are live: every answer decodes, loads, commits and calls the Bot API.
        for name in ("decode", "load", "engine", "commit", "render", "bot_api",
                     "commit_queue", "commit_thread", "commit_handback", "commit_resume"):
            assert phases["all"][name] > 0, name
    # Every update reads or writes the database: its standing, its turn (BEGIN with the read,
    # the writes with the COMMIT); a question's receipt commits after it. A count, not a time.
    assert 1 <= phases["all"]["db_trips"] <= 5
    # It waits for the loop at least at its database trip and its Bot API calls.
    assert phases["all"]["loop_rounds"] >= 2


def test_the_run_without_the_disks_flush_really_committed_without_it(
        bench: tuple[dict[str, Any], str]) -> None:
    t = bench[0]["throughput"]

    # Its one store read back synchronous = NORMAL (1); sosbot's own level is FULL (2).
    assert t["paced_unflushed"]["synchronous"] == [1]
    assert t["paced_unflushed"]["phases"]["all"]["commit_thread"] > 0
    assert "commits not waiting for the disk" in bench[1]


def test_the_peers_answer_the_same_updates_and_lose_what_they_did_not_write(
        bench: tuple[dict[str, Any], str]) -> None:
    peers = bench[0]["peers"]
    total = round(bench[0]["throughput"]["updates_per_practitioner"] * PRACTITIONERS)

    for run in ("sosbot", "sosbot_gc_defaults", "baseline", "durable", "batched"):
        _adds_up(peers[run], total)
    assert peers["durable"]["calls"] == peers["batched"]["calls"] == peers["sosbot_calls"]
    assert min(peers["gc_ms_per_update"].values()) >= 0  # both sosbot rows timed by phase
    # Written before each reply: on disk while still running, and nothing acknowledged lost
    # unless the kill cut a write short (PicklePersistence rewrites the file in place).
    assert peers["durable"]["on_disk_while_running"] == total - PRACTITIONERS
    for life in peers["durable"]["crash"]["lives"]:
        assert life["acknowledged"] > 0
        assert life["lost"] == 0 or not life["file_readable"]
    # Written once a minute: a kill within the first minute loses every answer.
    assert peers["batched"]["on_disk_while_running"] == 0
    for life in peers["batched"]["crash"]["lives"]:
        assert life["lost"] == life["acknowledged"] > 0


def test_a_practitioner_waits_for_the_polling_bot_and_the_checks_are_timed(
        bench: tuple[dict[str, Any], str]) -> None:
    results = bench[0]
    polling, checks = results["polling"], results["checks"]

    _adds_up({**polling, "cpu_ms_per_update": 1}, polling["updates"])
    # The same path through the flow as in memory: the practitioner read the same messages.
    assert polling["updates"] == results["throughput"]["updates_per_practitioner"]
    assert polling["bot_messages_per_s"] > 0
    # each answer's question, and each answered question's edit, is a call into the chat
    assert polling["chat_calls_per_s"] >= polling["bot_messages_per_s"]
    fewer = results["polling_fewer"]
    assert fewer["practitioners"] == max(1, polling["practitioners"] // 2)
    _adds_up({**fewer, "cpu_ms_per_update": 1}, fewer["updates"])
    assert checks["kinds"]
    assert 0 < checks["answer_ms"] <= checks["answer_max_ms"]


def test_the_machine_s_own_tail_is_timed_paused_spun_back_to_back_and_on_disk(
        bench: tuple[dict[str, Any], str]) -> None:
    steady = bench[0]["steadiness"]
    for name in ("paused", "spun", "back_to_back", "disk"):
        run = steady[name]
        assert run["updates"] == STEADY
        assert 0 < run["p50_ms"] <= run["p95_ms"] <= run["p99_ms"] <= run["max_ms"]
        assert run["p99_over_p50"] == round(run["p99_ms"] / run["p50_ms"], 1)
    assert "The machine's own tail" in bench[1]
    assert "pause spent busy" in bench[1]
    assert "The disk's own flush" in bench[1]
    assert f"p99 {steady['disk']['p99_ms']:g} ms, max" in bench[1]


def test_commits_with_the_loop_kept_busy_are_timed_at_both_switch_intervals(
        bench: tuple[dict[str, Any], str]) -> None:
    handover = bench[0]["handover"]
    assert handover["turns"] == HANDOVER // 2
    for name, switch_ms in (("default", 5.0), ("settled", 0.25)):
        run = handover[name]
        assert run["switch_ms"] == switch_ms
        assert 0 < run["p50_ms"] <= run["p99_ms"] <= run["max_ms"]
    assert handover["p50_ratio"] == round(
        handover["default"]["p50_ms"] / handover["settled"]["p50_ms"], 2)
    assert "A commit while the event loop is busy" in bench[1]


def test_saving_counts_every_answer_at_both_levels(bench: tuple[dict[str, Any], str]) -> None:
    saving = bench[0]["saving"]

    assert set(saving) == {"NORMAL", "FULL"}
    for level in saving.values():
        assert level["answers"] == ANSWERS
        assert math.isclose(level["store_ms"], 1000 / level["store_per_s"], rel_tol=0.01)
        assert math.isclose(level["ratio"], level["store_per_s"] / level["bare_per_s"],
                            abs_tol=0.002)


def test_memory_and_start_up_come_from_real_processes(bench: tuple[dict[str, Any], str]) -> None:
    results = bench[0]
    (scenario,) = results["memory"]["scenarios"]
    startup, rendering = results["startup"], results["rendering"]

    assert scenario["stored"] == 20
    assert scenario["idle_hwm_kb"] > 20_000  # an interpreter with the bot loaded, not zero
    # Two processes: with 3 practitioners active, their peaks differ by less than the noise
    # between interpreters (CI once saw the busy one 36 KB lower), so each is checked alone.
    assert scenario["active_hwm_kb"] > 20_000
    assert scenario["active_updates"] == 3 * UPDATES_PER_ACTIVE
    assert startup["steps"] > startup["flows"] >= 1
    assert startup["cold_load_ms"] > 0
    assert rendering["answers"] > 10  # the finished draft of a practitioner of the run
    assert rendering["telegram_messages"] >= 1


def test_the_table_printed_is_the_json_written(bench: tuple[dict[str, Any], str]) -> None:
    results, printed = bench
    t = results["throughput"]

    for run in ("sosbot", "baseline", "paced", "in_turn"):
        x = t[run]
        assert f"| {x['updates']} | {x['updates_per_s']:g} | {x['cpu_ms_per_update']:g} |" \
            in printed
    met = {row["name"]: row["met"] for row in results["targets"]}
    p99s = [t["paced"]["p99_ms"], *(x["p99_ms"] for x in t["paced_again"])]
    assert met[f"p99 per update, paced, in each of {len(p99s)} runs"] == (max(p99s) < 10)
    for row in results["targets"]:
        assert f"| {row['name']} | {row['target']} | {row['measured']} |" in printed


def test_sqlite_and_postgresql_instances_answer_the_same_practitioners(tmp_path: Path) -> None:
    postgres = pytest.importorskip("tests.postgres_server")
    reason = postgres._why_not()
    if reason is not None:
        pytest.skip(reason)
    script = ("import json, pathlib, sys; from bench.instances import compare_engines; "
              "print(json.dumps(compare_engines(2, 5, pathlib.Path(sys.argv[1]))))")
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=REPO,
                          env=sosbot_env(), capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    engines = json.loads(done.stdout.strip().splitlines()[-1])

    counts = {engines[key]["all_at_once"]["updates"] for key in ("sqlite", "postgres",
                                                                  "postgres_two")}
    assert len(counts) == 1  # the same practitioners took the same path on every engine
    (updates,) = counts
    assert [engines[k]["instances"] for k in ("sqlite", "postgres", "postgres_two")] == [1, 1, 2]
    for key in ("sqlite", "postgres", "postgres_two"):
        for run in ("all_at_once", "paced"):
            _adds_up(engines[key][run], updates)
    assert math.isclose(engines["postgres_ratio"], engines["postgres"]["all_at_once"][
        "updates_per_s"] / engines["sqlite"]["all_at_once"]["updates_per_s"], abs_tol=0.002)
