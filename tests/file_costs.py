"""How long two xdist workers take over the suite, file by file, from a whole run's JUnit
report: in xdist's own order (`--dist loadfile` hands out the files holding most tests
first) and longest first. A file of a few slow tests (each a `sosbot` process or a whole bot)
handed out last keeps one worker busy while the other waits; this says by how much.

    python -m pytest --junitxml=/tmp/junit.xml
    python -m tests.file_costs /tmp/junit.xml [--write]

`--write` puts the files' seconds in `file_costs.json`, the order the suite runs them in.
"""

from __future__ import annotations

import heapq
import json
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Seconds each file took, by its path (`tests/test_x.py`): the suite hands the files out in
# `handed_out` order (tests/conftest.py), the costliest first. The forty-fourth pass measured
# every file in one whole run (on a machine shared with other runs, so the seconds are long;
# their order is what counts); a file added since goes after them. The fifty-first pass,
# without a whole run, measured 43 files one at a time (their tests' CPU seconds, children
# included) and put them on the same scale: times 14.6, the median of the old seconds over
# the new for the files measured both times. The fiftieth pass had put 33 files at their CPU
# seconds times 0.75, about a ninth of that scale, so several slow ones were handed out among
# the last; and the fifty-first pass's 15 new files were not in the table, so they were handed
# out last of all (test_perf_fiftyfirst_a, 30 s of CPU, among them). The fifty-second pass
# measured 37 files the same way (times 14.6) and put the other 24 of the fiftieth's at nine
# times their seconds, the median of the new over the old for the seven measured both ways;
# its ten new files were measured the same way after the merges (each file's CPU seconds,
# children included, less the 2.3 s pytest takes to start, times 14.6). The fifty-third pass
# measured the six perf files it cut before and after, side by side on a machine shared with
# seven other runs (CPU seconds there ran long), and scaled each entry by after over before
# (each less the 2.3 s); its one new file at its CPU seconds as measured. The fifty-fifth
# pass scaled the 13 files it cut the same way (before and after side by side, CPU seconds
# of `pytest -n 0` on the file, children included, on a machine shared with seven other runs).
TABLE = Path(__file__).with_name("file_costs.json")


def read_table(table: Path = TABLE) -> dict[str, float]:
    try:
        costs = json.loads(table.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    return {str(name): float(seconds) for name, seconds in costs.items()}

# A file is handed another one when no more than this many of its tests are left to run
# (xdist's LoadScopeScheduling: `_pending_of(...) > 2`).
LOW_WATER = 2


def handed_out(files: Sequence[str], costs: Mapping[str, float],
                  tests: Mapping[str, int]) -> list[str]:
    """`files` in the order to hand them out: the measured ones (the files of a few slow
    tests, which xdist's own order leaves to the end) the costliest first; then those not
    in `costs` (new, or not measured yet), the ones holding most `tests` first as xdist
    would, so that files of many quick tests fill the end; ties by name (the order the files
    were collected in may differ between xdist's workers, the order they run in may not)."""
    return sorted(files, key=lambda name: (name not in costs, -costs[name] if name in costs
                                           else -tests[name], name))


def _file_of(classname: str) -> str:
    """The test file a JUnit `classname` (`tests.test_x` or `tests.test_x.Class`) names."""
    parts = classname.split(".")
    for end in range(len(parts), 0, -1):
        path = "/".join(parts[:end]) + ".py"
        if (REPO / path).is_file():
            return path
    raise ValueError(f"no test file for {classname!r}")


def test_times(reports: Iterable[Path]) -> dict[str, list[float]]:
    """Each file's tests' times (set-up, call and tear-down), in the order they ran."""
    times: dict[str, list[float]] = {}
    for report in reports:
        for case in ET.parse(report).getroot().iter("testcase"):
            times.setdefault(_file_of(case.get("classname", "")), []).append(
                float(case.get("time", "0")))
    return times


def makespan(order: Sequence[str], times: Mapping[str, Sequence[float]], workers: int = 2
             ) -> float:
    """When the last of `workers` would finish, handed whole files in `order` as
    LoadScopeScheduling hands them: one each at the start (and a second to a worker whose
    first holds no more than LOW_WATER tests), then one more to a worker each time a test
    ends leaving no more than LOW_WATER of its tests to run."""
    queue = [name for name in order if times[name]]
    pending: list[list[float]] = [[] for _ in range(workers)]
    for worker in range(workers):
        if queue:
            pending[worker] += times[queue.pop(0)]
    for worker in range(workers):
        if queue and len(pending[worker]) <= LOW_WATER:
            pending[worker] += times[queue.pop(0)]
    ends = [(pending[w][0], w) for w in range(workers) if pending[w]]
    heapq.heapify(ends)
    finished = 0.0
    while ends:
        now, worker = heapq.heappop(ends)
        pending[worker].pop(0)
        if queue and len(pending[worker]) <= LOW_WATER:
            pending[worker] += times[queue.pop(0)]
        if pending[worker]:
            heapq.heappush(ends, (now + pending[worker][0], worker))
        else:
            finished = max(finished, now)
    return finished


def by_number_of_tests(times: Mapping[str, Sequence[float]]) -> list[str]:
    """xdist's own order: the files holding most tests first, the rest as collected."""
    return sorted(sorted(times), key=lambda name: -len(times[name]))


def main(argv: Sequence[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    times = test_times(Path(arg) for arg in argv if arg != "--write")
    costs = {name: round(sum(spent), 1) for name, spent in sorted(times.items())}
    if "--write" in argv:
        TABLE.write_text(json.dumps(costs, indent=0) + "\n", encoding="utf-8")
    total = sum(costs.values())
    print(f"{len(costs)} files, {sum(map(len, times.values()))} tests, {total:.0f} s in all "
          f"({total / 2:.0f} s on each of two workers at best)")
    print(f"two workers, the files with most tests first: "
          f"{makespan(by_number_of_tests(times), times):.0f} s")
    counts = {name: len(spent) for name, spent in times.items()}
    print(f"two workers, the longest first: "
          f"{makespan(handed_out(sorted(times), costs, counts), times):.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
