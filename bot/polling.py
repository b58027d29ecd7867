"""Reading Telegram's updates when one of them cannot be read.

python-telegram-bot reads a `getUpdates` batch as a whole: one update it cannot parse (a field
missing, say, from a self-hosted Bot API server or a newer Telegram) fails the batch, it logs
the batch (every message in it, as typed) at CRITICAL, and polling asks for the same batch
again, forever: nobody is answered again. `SkippingBot` reads such a batch update by update,
keeps every update it can read and puts an empty update in place of each one it cannot, so
the next request moves past it; the log says which update was skipped, never what it held
(`bot.logs.NoUpdateContents` takes the batch out of python-telegram-bot's own report).
"""

from __future__ import annotations

import inspect
import logging
from typing import Any

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ExtBot
from telegram.request import HTTPXRequest

from bot.shape import mended, unkeyed
from flows.regex import on_first_use

log = logging.getLogger(__name__)
JSONDict = dict[str, Any]


_GET_UPDATES = inspect.signature(ExtBot.get_updates)
# An update nested deeper than this is none Telegram sends (its deepest, a reply's quoted
# message with its entities, is a dozen levels): read only when the whole reply was too deep
# for Python to read at all, and then skipped by its id.
MAX_DEPTH = 100
# What `_too_deep_skipped` reads a reply by: a whole string (escapes and all) or a bracket.
_TOKEN = on_first_use(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_ID_AFTER = on_first_use(r"\s*:\s*(-?\d{1,20})")


class SkippingBot(ExtBot[Any]):
    """The bot `sosbot run` polls with: an unreadable update is skipped, not retried."""

    __slots__ = ()

    async def get_updates(self, *args: Any, **kwargs: Any) -> tuple[Update, ...]:
        try:
            return tuple(_keyed(u) for u in await super().get_updates(*args, **kwargs))
        except TelegramError:
            raise  # network and API errors: the updater's own retrying is right for them
        except Exception as exc:  # whatever parsing the batch raised
            log.warning("a batch of updates could not be read (%s); reading it update by update",
                        type(exc).__name__)
        asked = _GET_UPDATES.bind(self, *args, **kwargs).arguments
        # Telegram gives the same batch again until a later offset is asked for; at once.
        data: JSONDict = {name: asked.get(name) for name in ("offset", "limit",
                                                             "allowed_updates")}
        data["timeout"] = 0
        batch = await self._post("getUpdates", data, api_kwargs=asked.get("api_kwargs"))
        return tuple(_keyed(read) for item in batch if (read := self._read(item)) is not None)

    def _read(self, item: Any) -> Update | None:
        try:
            return Update.de_json(item, self)
        except Exception as exc:  # any update python-telegram-bot cannot read
            number = item.get("update_id") if isinstance(item, dict) else None
            if not isinstance(number, int) or isinstance(number, bool):
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


def _keyed(update: Update) -> Update:
    """`update`, or an empty one in its place when an id python-telegram-bot keys on is not
    one Telegram sends (see `bot.shape`)."""
    field = unkeyed(update)
    if field is None:
        return update
    log.warning("skipped update %s: its %s is not of the type Telegram sends",
                "?" if field == "update_id" else update.update_id, field)
    return Update(update.update_id)


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
