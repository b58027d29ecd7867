"""How a piece of work grows with its input, measured as a ratio, not how fast it is.

A check that reads its whole input again for every part of it (each name, each quote mark,
each "will") takes factor² times as long on an input factor times as long; one that reads
it once takes about factor times as long. Both sides are timed in the CPU time of the
thread doing the work (time spent waiting for a busy machine's cores is not counted),
alternated and best of a few: the ratio tells the two apart where a time limit would only
tell how busy the machine was.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FACTOR = 4
# Linear work comes out at about FACTOR (less, with fixed costs); work that reads its input
# again for each part of it at about FACTOR squared. Half way, on a log scale, is FACTOR * 2.
LINEAR_AT_MOST = FACTOR * 2


def _best(work: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.thread_time()
        work()
        best = min(best, time.thread_time() - started)
    return best


def ratio(small: Callable[[], object], large: Callable[[], object], *, repeats: int = 3,
          under: float | None = None) -> float:
    """`large`'s time over `small`'s, each the best of `repeats` runs, taken in turns.

    With `under` (the bound the caller holds the ratio below), the runs of `large` after
    the first are left out once all of `small`'s are in and the ratio is already under it:
    more runs of `large` could only lower its best, so they could not change the verdict,
    and a check that holds spends half its time there."""
    small()  # anything compiled or read on first use, out of both timings
    smalls, larges = [], []
    for _ in range(repeats):
        smalls.append(_best(small, 1))
        if not larges or under is None:
            larges.append(_best(large, 1))
    while under is not None and len(larges) < repeats \
            and min(larges) / max(min(smalls), 1e-6) >= under:
        larges.append(_best(large, 1))
    return min(larges) / max(min(smalls), 1e-6)


def growth(work: Callable[[int], object], size: int, *, repeats: int = 3,
           under: float | None = LINEAR_AT_MOST) -> float:
    """How much longer `work(size * FACTOR)` takes than `work(size)` (see `ratio` for
    `under`: all the callers hold the growth under LINEAR_AT_MOST)."""
    return ratio(lambda: work(size), lambda: work(size * FACTOR), repeats=repeats, under=under)
