"""The per-user rate limit: a burst, then a steady rate; one warning per refused run."""

from __future__ import annotations

import pytest

from bot.ratelimit import RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def allowed(limit: RateLimiter, user_id: int) -> bool:
    return limit.take(user_id).allowed


def test_a_burst_then_a_steady_rate() -> None:
    clock = Clock()
    limit = RateLimiter(burst=3, per_minute=60, clock=clock)
    assert [allowed(limit, 1) for _ in range(4)] == [True, True, True, False]
    clock.now += 1.0
    assert allowed(limit, 1)
    assert not allowed(limit, 1)
    clock.now += 3600
    assert [allowed(limit, 1) for _ in range(4)] == [True, True, True, False]  # never above burst


def test_users_have_their_own_buckets() -> None:
    limit = RateLimiter(burst=1, per_minute=1, clock=Clock())
    assert allowed(limit, 1)
    assert not allowed(limit, 1)
    assert allowed(limit, 2)


def test_a_refusal_warns_once_per_run() -> None:
    clock = Clock()
    limit = RateLimiter(burst=1, per_minute=30, clock=clock)
    assert limit.take(1).allowed
    first, second = limit.take(1), limit.take(1)
    assert (first.allowed, first.warn) == (False, True)
    assert (second.allowed, second.warn) == (False, False)
    clock.now += 2.0
    assert limit.take(1).allowed
    assert limit.take(1).warn  # a new run of refusals is told again


def test_a_clock_going_backwards_adds_nothing() -> None:
    clock = Clock()
    limit = RateLimiter(burst=1, per_minute=60, clock=clock)
    assert allowed(limit, 1)
    clock.now -= 100
    assert not allowed(limit, 1)


def test_idle_users_are_forgotten_so_memory_stays_bounded() -> None:
    clock = Clock()
    limit = RateLimiter(burst=2, per_minute=60, clock=clock, max_users=100)
    for user in range(1000):
        allowed(limit, user)
        clock.now += 0.5
    assert len(limit) <= 100


def test_a_full_table_of_busy_people_makes_room_for_many_newcomers_at_once() -> None:
    """Deep links are limited before anyone is let in, so anyone can fill the table: with
    every bucket busy, each newcomer once cost a walk over all of them (about 9 ms for
    10,000), and a stream of new ids held the event loop. Now the least recently seen
    tenth is forgotten at once, and the next 999 newcomers walk nothing."""
    clock = Clock()
    limit = RateLimiter(burst=5, per_minute=3, clock=clock, max_users=10_000)
    for user in range(10_000):
        allowed(limit, user)
        allowed(limit, user)
        clock.now += 0.001
    allowed(limit, 10_000)
    assert len(limit) == 9_001  # the 1,000 seen longest ago are gone, the newcomer is in
    for user in range(10_001, 11_000):
        allowed(limit, user)
    assert len(limit) == 10_000  # room enough: nobody else was forgotten
    assert [allowed(limit, 9_999) for _ in range(4)] == [True] * 3 + [False]  # remembered
    assert [allowed(limit, 0) for _ in range(5)] == [True] * 5  # forgotten: a full bucket


@pytest.mark.parametrize(("burst", "rate"), [(0, 1), (1, 0), (1, -1)])
def test_nonsense_limits_are_refused(burst: int, rate: float) -> None:
    with pytest.raises(ValueError, match="burst"):
        RateLimiter(burst=burst, per_minute=rate)
