"""Telegram's flood control for the bot's sends: python-telegram-bot's `AIORateLimiter` keeps
the pace (30 messages a second overall, 20 a minute into a group), and a "Too Many Requests:
retry after N" holds back only the chat Telegram said it for.

Telegram takes about one message a second into one chat, and says "retry after N" to a bot
that sends faster (a practitioner tapping Summary over and over on a long mapping). The
library's own limiter, told that for one chat, held back every message to everyone for those
N seconds, so one person's burst stalled every other practitioner's replies. Here the wait is
that chat's: its later messages wait too; everyone else's go on.

A stop asked for (`stop_waiting`) cuts such a wait short: Telegram's pause can be minutes
("retry after 600"), and a stop that waited it out was killed by the service manager first
(the unit's TimeoutStopSec), the database still open. What was held back is not sent; what
the update changed was saved before replying, and /show asks the question again.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter

log = logging.getLogger(__name__)
# Telegram's answer to a call: a message, or True, or a list (of updates, say).
Answer = bool | dict[str, Any] | list[dict[str, Any]]
MARGIN_S = 0.1  # past the wait Telegram asks for, as python-telegram-bot's own limiter waits


class ChatFloodControl(AIORateLimiter):
    """`AIORateLimiter`'s pace, with a "retry after" holding back only its chat (`retries`
    times at most for one message; then the `RetryAfter` is raised to its sender)."""

    __slots__ = ("_retries", "_stopping", "_until")

    def __init__(self, retries: int) -> None:
        # The library's own retrying held back every chat: it retries nothing here.
        super().__init__(max_retries=0)
        self._retries = retries
        # a chat held back (or one call that names none): until when (loop time)
        self._until: dict[object, float] = {}
        self._stopping: asyncio.Event | None = None  # set: the bot is stopping, wait no more

    def stop_waiting(self, stopping: asyncio.Event) -> None:
        """Once `stopping` is set, a chat held back is not waited for: the message is not
        sent, its sender told by the `RetryAfter` it would have had after the wait."""
        self._stopping = stopping

    async def process_request(
        self, callback: Callable[..., Coroutine[Any, Any, Answer]], args: Any,
        kwargs: dict[str, Any], endpoint: str, data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Answer:
        # A call that names no chat (a button press's answer, which stops its spinner) waits
        # alone: held back under one key for all of them, one person's pause held up every
        # colleague's press, for as long as Telegram asked (minutes).
        chat: object = _chat_of(data)
        if chat is None:
            chat = object()
        # A button press's answer only stops its spinner, which means nothing minutes on:
        # not tried again after a pause (its press's reply waited for it).
        retries = 0 if endpoint == "answerCallbackQuery" else rate_limit_args or self._retries
        try:
            for attempt in range(retries + 1):
                await self._wait(chat)
                try:
                    return await super().process_request(callback, args, kwargs, endpoint,
                                                         data, None)
                except RetryAfter as exc:
                    if attempt == retries or self._stopped():
                        raise
                    log.info("Telegram asked for a pause before the next message into one "
                             "chat (%.0f s); other chats go on meanwhile",
                             as_seconds(exc.retry_after))
                    self._hold(chat, as_seconds(exc.retry_after) + MARGIN_S)
            raise AssertionError("unreachable: the last attempt returns or raises")
        finally:
            if not isinstance(chat, str):  # this call's own: nothing else waits on it
                self._until.pop(chat, None)

    def _hold(self, chat: object, seconds: float) -> None:
        until = asyncio.get_running_loop().time() + seconds
        self._until[chat] = max(self._until.get(chat, until), until)

    async def _wait(self, chat: object) -> None:
        """Until the chat is no longer held back (at once if it is not)."""
        loop = asyncio.get_running_loop()
        while (until := self._until.get(chat)) is not None:
            left = until - loop.time()
            if left <= 0:
                del self._until[chat]  # over: nothing kept for a chat once its wait is done
                return
            if self._stopping is None:
                await asyncio.sleep(left)
                continue
            if self._stopping.is_set():
                raise RetryAfter(dt.timedelta(seconds=left))
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), left)

    def _stopped(self) -> bool:
        return self._stopping is not None and self._stopping.is_set()


def _chat_of(data: dict[str, Any]) -> str | None:
    """The chat a call sends into, as one key whether given as a number or as text (None for
    calls into no chat: a button's answer, say)."""
    chat = data.get("chat_id")
    return None if chat is None else str(chat)


def as_seconds(value: float | dt.timedelta) -> float:
    """A wait python-telegram-bot gives as seconds or as a timedelta (its `TimePeriod`),
    in seconds."""
    return value.total_seconds() if isinstance(value, dt.timedelta) else float(value)
