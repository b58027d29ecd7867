"""The forty-third pass on the suite's time: how long two xdist workers take over the test
files, in xdist's order and longest first (tests/file_costs.py), worked out as xdist hands
the files out."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import REPO
from tests.file_costs import by_number_of_tests, handed_out, makespan, read_table

# Twelve files of many quick tests and two of a few slow ones (each a process started).
TIMES = {**{f"tests/test_quick_{n}.py": [0.05] * 60 for n in range(12)},
         "tests/test_slow_a.py": [20.0] * 3, "tests/test_slow_b.py": [15.0] * 2}


def test_a_file_of_a_few_slow_tests_handed_out_last_keeps_one_worker_alone() -> None:
    """By number of tests the slow files come last, and one worker runs a whole minute
    while the other has finished; longest first, the quick files fill the gap."""
    costs = {name: sum(spent) for name, spent in TIMES.items()}
    counts = {name: len(spent) for name, spent in TIMES.items()}
    assert by_number_of_tests(TIMES)[-2:] == ["tests/test_slow_a.py", "tests/test_slow_b.py"]
    assert makespan(by_number_of_tests(TIMES), TIMES) == pytest.approx(18 + 60, abs=0.2)
    assert handed_out(list(TIMES), costs, counts)[:2] == ["tests/test_slow_a.py",
                                                     "tests/test_slow_b.py"]
    assert makespan(handed_out(list(TIMES), costs, counts), TIMES) == pytest.approx(
        sum(costs.values()) / 2, abs=3)


def test_a_worker_holds_a_second_file_only_near_the_end_of_its_first() -> None:
    """As xdist hands them out: a worker is given the next file when no more than two of its
    tests are left to run, so a third file goes to the worker that gets there first."""
    times = {"tests/test_a.py": [1.0] * 5, "tests/test_b.py": [2.0] * 5,
             "tests/test_c.py": [4.0]}
    # a: 0-5 on one worker, b: 0-10 on the other; at 3 s a has two tests left and takes c.
    assert makespan(["tests/test_a.py", "tests/test_b.py", "tests/test_c.py"], times) == 10
    times["tests/test_c.py"] = [8.0]
    assert makespan(["tests/test_a.py", "tests/test_b.py", "tests/test_c.py"], times) == 13


def test_files_not_measured_go_after_the_measured_most_tests_first() -> None:
    """The measured files (a few slow tests each) are handed out first, the costliest
    first; a new file, or one not in the table yet, after them, in xdist's own order among
    themselves, so that the many quick tests fill the end."""
    costs = {"tests/test_a.py": 3.0, "tests/test_b.py": 9.0}
    counts = {"tests/test_a.py": 1, "tests/test_b.py": 1, "tests/test_new.py": 2,
              "tests/test_newer.py": 5}
    assert handed_out(list(counts), costs, counts) == [
        "tests/test_b.py", "tests/test_a.py", "tests/test_newer.py", "tests/test_new.py"]


def test_this_run_takes_the_slow_files_of_few_tests_before_the_quick_ones(
        request: pytest.FixtureRequest) -> None:
    """The order this process collected its tests in (in each xdist worker, the order the
    files are handed out in): each file's tests together; the measured ones first, from
    the costliest down; then the files the table does not know, most tests first."""
    costs = read_table()
    assert len(costs) >= 50
    ran = [item.nodeid.split("::", 1)[0] for item in request.session.items]
    files = list(dict.fromkeys(ran))
    assert ran == sorted(ran, key=files.index)  # no file's tests split by another's
    known = [name for name in files if name in costs]
    new = [name for name in files if name not in costs]
    assert files == [*known, *new]
    assert [ran.count(name) for name in new] == sorted((ran.count(name) for name in new),
                                                       reverse=True)
    assert known == sorted(known, key=lambda name: -costs[name])


def test_xdist_is_told_to_keep_that_order() -> None:
    options = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))[
        "tool"]["pytest"]["ini_options"]["addopts"].split()
    assert "--no-loadscope-reorder" in options
    assert options[options.index("--dist") + 1] == "loadfile"
