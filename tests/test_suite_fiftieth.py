"""The fiftieth pass on the suite's time.

How the work grows (tests/growth.py, used by a dozen files and by the check of every mark in
tests/test_check_growth.py) was timed as the best of three runs of the large input against
the best of three of the small one, though a check that holds is already shown to hold by
the first large run: the two more can only lower its best. Those runs are now left out where
the caller says the bound it holds the ratio under, so a passing check costs about half, and
the verdict is the one the three runs would give."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests import growth


class Clock:
    """A CPU clock that moves only when a piece of work says how long it took, so the ratio
    is worked out from known times (the tests count runs, they time nothing)."""

    def __init__(self) -> None:
        self.now = 0.0
        self.runs: dict[str, int] = {"small": 0, "large": 0}

    def read(self) -> float:
        return self.now

    def work(self, name: str, times: Iterator[float]) -> Callable[[], object]:
        def run() -> None:
            self.runs[name] += 1
            self.now += next(times)
        return run


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(growth.time, "thread_time", clock.read)
    return clock


def test_a_ratio_under_its_bound_runs_the_large_input_once(clock: Clock) -> None:
    small = clock.work("small", iter([9.0, 1.0, 1.0, 1.0]))  # the first run: the warm-up
    large = clock.work("large", iter([4.0] * 3))
    assert growth.ratio(small, large, under=growth.LINEAR_AT_MOST) == 4.0
    assert clock.runs == {"small": 4, "large": 1}


def test_a_ratio_at_or_over_its_bound_runs_the_large_input_every_time(clock: Clock) -> None:
    small = clock.work("small", iter([1.0] * 4))
    large = clock.work("large", iter([16.0, 17.0, 15.0]))
    assert growth.ratio(small, large, under=growth.LINEAR_AT_MOST) == 15.0
    assert clock.runs == {"small": 4, "large": 3}


def test_a_slow_first_large_run_is_run_again_until_it_is_under_the_bound(clock: Clock) -> None:
    # a blip (the machine busy in the first run) is not taken for the growth
    small = clock.work("small", iter([1.0] * 4))
    large = clock.work("large", iter([30.0, 5.0, 6.0]))
    assert growth.ratio(small, large, under=growth.LINEAR_AT_MOST) == 5.0
    assert clock.runs == {"small": 4, "large": 2}


def test_every_small_run_is_taken_before_the_ratio_is_read(clock: Clock) -> None:
    # the third small run is the quickest: read before it, 12 / 2 would pass a growth of 12
    small = clock.work("small", iter([1.0, 2.0, 2.0, 1.0]))
    large = clock.work("large", iter([12.0] * 3))
    assert growth.ratio(small, large, under=growth.LINEAR_AT_MOST) == 12.0


def test_growth_is_held_under_linear_at_most_by_default(clock: Clock) -> None:
    sizes: list[int] = []

    def work(size: int) -> None:
        sizes.append(size)
        clock.now += size
    assert growth.growth(work, 10) == growth.FACTOR
    assert sizes == [10, 10, 40, 10, 10]


# whole numbers of seconds, so the clock adds them up exactly
@given(st.lists(st.integers(1, 50).map(float), min_size=4, max_size=4),
       st.lists(st.integers(1, 800).map(float), min_size=3, max_size=3),
       st.sampled_from([2.0, 2.5, 3.0, float(growth.LINEAR_AT_MOST)]))
def test_the_verdict_is_the_one_every_run_would_give(
        smalls: list[float], larges: list[float], bound: float) -> None:
    def measured(under: float | None) -> float:
        clock = Clock()
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(growth.time, "thread_time", clock.read)
            return growth.ratio(clock.work("small", iter(smalls)),
                                clock.work("large", iter(larges)), under=under)
    every_run = measured(None)
    assert every_run == min(larges) / min(smalls[1:])
    assert (measured(bound) < bound) == (every_run < bound)
    assert (measured(bound) <= bound) == (every_run <= bound)
