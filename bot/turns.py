"""One person's updates one at a time, in the order they came, while polling: each waits for
its sender's turn before it takes one of the places updates are handled in.

python-telegram-bot takes a place (one of `PLACES`) for an update before the application
sees it. Were the sender's turn taken after that, an update waiting behind the same person's
slow one would hold a place while it waited: a few hundred updates from one account (a
script, a stranger included), behind one reply Telegram was slow to take, filled every
place, and everyone else's messages waited for that one reply.
"""

from __future__ import annotations

import asyncio
import inspect
import sys
from collections.abc import Awaitable
from contextvars import ContextVar
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from storage.locks import UserLocks

PLACES = 256  # updates handled at once: python-telegram-bot's own `concurrent_updates(True)`

# The sender whose turn the update being handled already holds (set by `TurnsFirst`), so
# that the application does not wait for a turn it is in.
_HELD: ContextVar[int | None] = ContextVar("sosbot_turn_held", default=None)


def sender(update: object) -> int | None:
    """The id of the person an update is from (None: from no one, as a poll's result)."""
    user = update.effective_user if isinstance(update, Update) else None
    return None if user is None else user.id


def in_turn(user_id: int) -> bool:
    """Whether the update being handled already holds `user_id`'s turn."""
    return _HELD.get() == user_id


class TurnsFirst(BaseUpdateProcessor):
    """python-telegram-bot's update processor with the sender's turn taken before a place."""

    __slots__ = ("_places", "_turns")

    def __init__(self, places: int = PLACES) -> None:
        # The library's own bound is taken before `do_process_update`: set past reach, and
        # `places` bounds the updates handled at once instead, taken after the turn.
        super().__init__(sys.maxsize)
        self._places = asyncio.BoundedSemaphore(places)
        self._turns = UserLocks()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        user_id = sender(update)
        if user_id is None:
            async with self._places:
                await coroutine
            return
        try:
            async with self._turns.held(user_id):
                held = _HELD.set(user_id)
                try:
                    async with self._places:
                        await coroutine
                finally:
                    _HELD.reset(held)
        finally:
            if inspect.iscoroutine(coroutine):  # stopped before it ran: never awaited
                coroutine.close()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""
