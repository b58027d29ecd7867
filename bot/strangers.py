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

    def due(self, user_id: int) -> bool:
        """True when this stranger would be told now (nothing is noted)."""
        last = self._told.get(user_id)
        return last is None or self._clock() - last >= self._every

    def tell(self, user_id: int) -> bool:
        """True when this stranger should be told (and logged) now."""
        if not self.due(user_id):
            return False
        now = self._clock()
        self._told[user_id] = now
        self._told.move_to_end(user_id)
        while len(self._told) > self._remember:
            self._told.popitem(last=False)
        return True
