"""How often a stranger (someone not on the allow-list) is told so, and logged: once, then at
most once an hour. Kept in memory only, for a bounded number of people; nothing is stored."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

HOUR = 3600.0


class Strangers:
    """Decides whether to answer (and log) one more update from a stranger."""

    def __init__(self, *, every: float = HOUR, remember: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._every = every
        self._remember = remember
        self._clock = clock
        self._told: OrderedDict[int, float] = OrderedDict()

    def tell(self, user_id: int) -> bool:
        """True when this stranger should be told (and logged) now."""
        now = self._clock()
        last = self._told.get(user_id)
        if last is not None and now - last < self._every:
            return False
        self._told[user_id] = now
        self._told.move_to_end(user_id)
        while len(self._told) > self._remember:
            self._told.popitem(last=False)
        return True
