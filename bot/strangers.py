"""How often a stranger (someone not on the allow-list) is told so, and logged: once, then at
most once an hour. Kept in memory only, for a bounded number of people; nothing is stored.

Strangers are told at most `per_minute` a minute between them: Telegram takes about thirty
messages a second from a bot, everyone's replies included, and a wave of accounts writing at
once (a spam run over bot names, the bot's link posted somewhere public) had a notice each,
and practitioners' replies waited behind them. One not told then is told when they next
write, once the wave has passed.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable

log = logging.getLogger(__name__)
HOUR = 3600.0
MINUTE = 60.0
TOLD_A_MINUTE = 20


class Strangers:
    """Decides whether to answer (and log) one more update from a stranger."""

    def __init__(self, *, every: float = HOUR, remember: int = 10_000,
                 per_minute: int = TOLD_A_MINUTE,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._every = every
        self._remember = remember
        self._per_minute = per_minute
        self._clock = clock
        self._told: OrderedDict[int, float] = OrderedDict()
        self._lately: deque[float] = deque()  # when each of the last minute's was told
        self._wave_said = -MINUTE  # when the log last said strangers were held back

    def due(self, user_id: int) -> bool:
        """True when this stranger would be told now (nothing is noted)."""
        last = self._told.get(user_id)
        return last is None or self._clock() - last >= self._every

    def tell(self, user_id: int) -> bool:
        """True when this stranger should be told (and logged) now."""
        if not self.due(user_id):
            return False
        now = self._clock()
        while self._lately and now - self._lately[0] >= MINUTE:
            self._lately.popleft()
        if len(self._lately) >= self._per_minute:
            if now - self._wave_said >= MINUTE:
                self._wave_said = now
                log.info("more than %d people not on the allow-list wrote within a minute; "
                         "the others are told when they next write", self._per_minute)
            return False
        self._lately.append(now)
        self._told[user_id] = now
        self._told.move_to_end(user_id)
        while len(self._told) > self._remember:
            self._told.popitem(last=False)
        return True
