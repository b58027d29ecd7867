"""A per-user token bucket: a burst of inputs at once, then a steady rate.

The adapter asks `allow(user_id)` for every update before it handles it and drops what is
refused, telling the user once per refused run rather than once per message. `RateLimiter`
keeps the buckets in memory (pure and clock-injected, so it is tested without waiting): right
for the one process SQLite allows. `SharedRateLimiter` keeps them in the database, for
instances sharing one PostgreSQL, where a user's updates may reach any of them.
"""

from __future__ import annotations

import heapq
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Verdict:
    """Whether one input may go ahead, and when not, whether to say so; allowed, how many
    inputs were refused just before it (the practitioner is told how many were not saved:
    one "please wait" for a whole run read as if one message was lost)."""

    allowed: bool
    warn: bool = False
    dropped: int = 0


def _check(burst: int, per_minute: float) -> None:
    if burst < 1 or per_minute <= 0:
        raise ValueError("burst must be at least 1 and per_minute above 0")


class Limiter(Protocol):
    async def allow(self, user_id: int) -> Verdict: ...


@dataclass
class _Bucket:
    tokens: float
    at: float
    refused: int = 0  # inputs refused in a row


class RateLimiter:
    """`burst` inputs at once per user, refilled at `per_minute`; idle users are forgotten."""

    def __init__(self, burst: int, per_minute: float, *,
                 clock: Callable[[], float] = time.monotonic, max_users: int = 10_000) -> None:
        _check(burst, per_minute)
        self.burst = float(burst)
        self.rate = per_minute / 60.0
        self._clock = clock
        self._max_users = max_users
        self._buckets: dict[int, _Bucket] = {}

    async def allow(self, user_id: int) -> Verdict:
        return self.take(user_id)

    def take(self, user_id: int) -> Verdict:
        """Spend one token of `user_id`'s bucket if there is one."""
        now = self._clock()
        bucket = self._refilled(user_id, now)
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            dropped, bucket.refused = bucket.refused, 0
            return Verdict(True, dropped=dropped)
        bucket.refused += 1
        return Verdict(False, bucket.refused == 1)

    def _refilled(self, user_id: int, now: float) -> _Bucket:
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) >= self._max_users:
                self._forget_idle(now)
            bucket = self._buckets[user_id] = _Bucket(self.burst, now)
            return bucket
        elapsed = max(0.0, now - bucket.at)
        bucket.tokens = min(self.burst, bucket.tokens + elapsed * self.rate)
        bucket.at = now
        return bucket

    def _forget_idle(self, now: float) -> None:
        # A bucket that would be full again holds no information: dropping it changes nothing
        # (one holding inputs refused, not said yet, is kept while others are idle).
        full = [u for u, b in self._buckets.items()
                if b.tokens + max(0.0, now - b.at) * self.rate >= self.burst and not b.refused]
        for user_id in full:
            del self._buckets[user_id]
        if len(self._buckets) >= self._max_users:
            # Everyone is busy: forget the least recently seen tenth at once, so that the
            # next newcomers do not each walk the whole table again.
            for user_id in heapq.nsmallest(max(1, self._max_users // 10), self._buckets,
                                           key=lambda u: self._buckets[u].at):
                del self._buckets[user_id]

    def __len__(self) -> int:
        return len(self._buckets)


Spend = Callable[[int, int, float, float | None], Awaitable[int]]
"""user id, burst, per minute, now (None: the database's clock) -> inputs refused in a row,
this one included; allowed, 0 or minus the inputs refused in a row just before it."""


class SharedRateLimiter:
    """The same limit, with each user's bucket kept in the database (`Store.spend`): one
    statement per input, so a user sending to several instances is limited once."""

    def __init__(self, spend: Spend, burst: int, per_minute: float, *,
                 clock: Callable[[], float] | None = None) -> None:
        _check(burst, per_minute)
        self._spend = spend
        self.burst, self.per_minute = burst, per_minute
        # None: the database's clock, which every instance shares whatever its own says
        self._clock = clock

    async def allow(self, user_id: int) -> Verdict:
        now = self._clock() if self._clock is not None else None
        refused = await self._spend(user_id, self.burst, self.per_minute, now)
        return Verdict(refused <= 0, refused == 1, max(0, -refused))
