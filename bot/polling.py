"""Reading Telegram's updates when one of them cannot be read.

python-telegram-bot reads a `getUpdates` batch as a whole: one update it cannot parse (a field
missing, say, from a self-hosted Bot API server or a newer Telegram) fails the batch, it logs
the batch (every message in it, as typed) at CRITICAL, and polling asks for the same batch
again, forever: nobody is answered again. `SkippingBot` reads such a batch update by update,
keeps every update it can read and puts an empty update in place of each one it cannot, so
the next request moves past it; the log says which update was skipped, never what it held
(`bot.logs.NoUpdateContents` takes the batch out of python-telegram-bot's own report).

An update with no usable id (none at all, or not a number) would leave python-telegram-bot
no offset to ask from: it is given one more than the update before it, or the offset asked
for when it comes first, so the next request moves past it. Where that count falls short
(nothing to count from, or Telegram's next id further on), polling waits `STUCK_PAUSE`
between requests, and says so once, until a real update moves it on.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from typing import Any, TypeGuard

from telegram import Update
from telegram._utils.defaultvalue import DEFAULT_NONE, DefaultValue
from telegram.error import TelegramError
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.decoding import decode_update
from bot.flood import as_seconds
from bot.shape import mended, unkeyed
from flows.regex import on_first_use

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]


_GET_UPDATES = inspect.signature(ExtBot.get_updates)
# An update nested deeper than this is none Telegram sends (its deepest, a reply's quoted
# message with its entities, is a dozen levels): read only when the whole reply was too deep
# for Python to read at all, and then skipped by its id.
MAX_DEPTH = 100
# How long polling waits before asking again for a batch whose first and last update has no
# id to move past (`SkippingBot._moving_on`): the next update Telegram sends moves past it.
STUCK_PAUSE = 1.0
# What `_too_deep_skipped` reads a reply by: a whole string (escapes and all) or a bracket.
_TOKEN = on_first_use(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_ID_AFTER = on_first_use(r"\s*:\s*(-?\d{1,20})")


class SkippingBot(ExtBot[Any]):
    """The bot `sosbot run` polls with: an unreadable update is skipped, not retried."""

    __slots__ = ("_counted", "_stuck")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._stuck = False  # the last batch ended in an update polling could not move past
        self._counted: int | None = None  # the id last counted from the offset alone

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        asked = _GET_UPDATES.bind(self, *args, **kwargs).arguments
        try:
            read = [_keyed(u) for u in await self._polled(asked)]
        except TelegramError:
            raise  # network and API errors: the updater's own retrying is right for them
        except Exception as exc:  # whatever parsing the batch raised
            log.warning("a batch of updates could not be read (%s); reading it update by update",
                        type(exc).__name__)
            # Telegram gives the same batch again until a later offset is asked for; at once.
            data: JSONDict = {name: asked.get(name) for name in ("offset", "limit",
                                                                 "allowed_updates")}
            data["timeout"] = 0
            batch = await self._post("getUpdates", data, api_kwargs=asked.get("api_kwargs"))
            read = [None if (got := self._read(item)) is None else _keyed(got)
                    for item in batch]
        return await self._moving_on(read, asked.get("offset"))

    async def _polled(self, asked: dict[str, Any]) -> tuple[Update, ...]:
        """`getUpdates` asked as python-telegram-bot asks it, each update read by
        `bot.decoding` (python-telegram-bot's objects at a fraction of `de_json`'s cost,
        which was most of a polling bot's work per update for python-telegram-bot's own
        code); a batch it cannot read raises, as python-telegram-bot's reading does."""
        wait = asked.get("timeout")
        seconds = as_seconds(wait) if wait is not None else 0.0
        given = asked.get("read_timeout", DEFAULT_NONE)
        # The long poll's own wait comes on top of the read timeout, or every quiet poll
        # would end in a timed-out read.
        read_timeout = (self._request[0].read_timeout if isinstance(given, DefaultValue)
                        else given) or 0
        data: JSONDict = {name: asked.get(name) for name in ("timeout", "offset", "limit",
                                                             "allowed_updates")}
        batch = await self._post(
            "getUpdates", data, read_timeout=read_timeout + seconds,
            write_timeout=asked.get("write_timeout", DEFAULT_NONE),
            connect_timeout=asked.get("connect_timeout", DEFAULT_NONE),
            pool_timeout=asked.get("pool_timeout", DEFAULT_NONE),
            api_kwargs=asked.get("api_kwargs"))
        updates = tuple(decode_update(item, self) for item in batch)
        for update in updates:
            self.insert_callback_data(update)
        return updates

    async def _moving_on(self, read: list[Update | None], offset: object
                         ) -> tuple[Update, ...]:
        """The updates read, None for each without a usable id. python-telegram-bot asks
        next for the updates after the last one's id: when the last has none, it asked for
        the same batch again, at once and for ever (a getUpdates a few milliseconds apart,
        each logging the skip) until someone wrote to the bot; an id that was no number
        (`"update_id": "7"`) stopped polling for good, unlogged. The last one is given the
        id it must have, Telegram's ids going up one at a time: one more than the update
        before it, or the offset asked for when it is the first (no update below that one
        is left to send), so that the next poll moves past it and nothing after it is lost.
        With nothing to count from (the first poll since the start), or when counting from
        the offset fell short (the same update came back past the id it was given: its own
        is further on, as after a week with no updates, when Telegram picks the next id at
        random), polling waits a moment before asking again, and the next update sent moves
        past it; counting on would ask again at once for every id between."""
        if not read or read[-1] is not None:
            self._stuck, self._counted = False, None
            return tuple(update for update in read if update is not None)
        number = _last_id(read, offset)
        alone = all(update is None for update in read)  # counted from the offset alone
        if alone and self._counted is not None and offset == self._counted + 1:
            number = None  # and so on, until an update with an id moves past it
        else:
            self._counted = number if alone else None
        if number is not None:
            log.warning("the last update in Telegram's reply has no usable id: taken as "
                        "update %d, so that the next poll moves past it", number)
            read[-1] = Update(number)
        else:
            if not self._stuck:
                log.warning("Telegram's reply holds only updates with no usable id, and there "
                            "is no id to count from: polling asks again every %.0f s until "
                            "the next update moves past them", STUCK_PAUSE)
            await asyncio.sleep(STUCK_PAUSE)
        self._stuck = number is None
        return tuple(update for update in read if update is not None)

    def _read(self, item: Any) -> Update | None:
        try:
            return Update.de_json(item, self)
        except Exception as exc:  # any update python-telegram-bot cannot read
            number = item.get("update_id") if isinstance(item, dict) else None
            if not _usable(number):
                log.warning("skipped an update from Telegram with no usable id (%s)",
                            type(exc).__name__)
                return None
            log.warning("skipped update %d: python-telegram-bot could not read it (%s)",
                        number, type(exc).__name__)
            return Update(number)  # empty: no handler takes it, and polling moves past it


class UpdatesRequest(HTTPXRequest):
    """The request `getUpdates` goes out on: Telegram's answer is read as python-telegram-bot
    reads it, then mended (`bot.shape.mended`), as the webhook mends what is posted to it."""

    __slots__ = ()

    @staticmethod
    def parse_json_payload(payload: bytes) -> JSONDict:
        try:
            read: JSONDict = mended(HTTPXRequest.parse_json_payload(payload))
        except RecursionError:
            # An update nested hundreds deep (another make of Bot API server, or something
            # between it and us): Python cannot read the reply, and polling asked for the same
            # reply again for ever. The updates too deep to be Telegram's are skipped by id.
            read = mended(HTTPXRequest.parse_json_payload(_too_deep_skipped(payload)))
        return read


def _keyed(update: Update) -> Update | None:
    """`update`, or an empty one in its place when an id python-telegram-bot keys on is not
    one Telegram sends (see `bot.shape`); None when that id is the update's own."""
    field = unkeyed(update)
    if field is None and _usable(update.update_id):
        return update
    if field is None or field == "update_id":
        log.warning("skipped an update from Telegram with no usable id (not a number "
                    "Telegram sends)")
        return None
    log.warning("skipped update %s: its %s is not of the type Telegram sends",
                update.update_id, field)
    return Update(update.update_id)


def _last_id(read: list[Update | None], offset: object) -> int | None:
    """The id the last of `read` (whose own is unusable) must have: ids go up one at a time,
    from the last usable one before it, or else from `offset` (the lowest id still to come)."""
    for back, update in enumerate(reversed(read)):
        if update is not None:
            return update.update_id + back
    return offset + len(read) - 1 if _usable(offset) and offset > 0 else None


def _usable(number: object) -> TypeGuard[int]:
    """Whether an update's id is one polling can move past: a whole number, 0 or more, that
    fits 64 bits (a negative offset asks Telegram to forget the updates before it)."""
    return isinstance(number, int) and not isinstance(number, bool) and 0 <= number < 1 << 63


def _too_deep_skipped(payload: bytes) -> bytes:
    """A getUpdates reply with each update nested deeper than `MAX_DEPTH` put as its id alone
    (an empty update, which no handler takes and polling moves past), logged by that id; one
    without a readable id is left out. Read without recursion, a token at a time."""
    text = payload.decode("utf-8", "replace")
    kept: list[str] = []
    depth, start, deepest, done = 0, -1, 0, 0
    number: int | None = None
    for token in _TOKEN.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth == 3 and mark == "{":  # an update, in the reply's "result" list
                start, deepest, number = token.start(), 3, None
            deepest = max(deepest, depth)
        elif mark in "]}":
            if depth == 3 and start >= 0:
                if deepest > MAX_DEPTH:
                    kept.append(text[done:start])
                    kept.append(_skipped(number))
                    done = token.end()
                start = -1
            depth -= 1
        elif depth == 3 and start >= 0 and mark == '"update_id"' \
                and (found := _ID_AFTER.match(text, token.end())) is not None:
            number = int(found.group(1))  # the key's value (the same words as a value: not)
    kept.append(text[done:])
    return "".join(kept).encode("utf-8")


def _skipped(number: int | None) -> str:
    if number is None:
        log.warning("skipped an update from Telegram nested more than %d deep, with no "
                    "usable id", MAX_DEPTH)
        return "null"
    log.warning("skipped update %d: nested more than %d deep, as no update Telegram sends is",
                number, MAX_DEPTH)
    return f'{{"update_id": {number}}}'
