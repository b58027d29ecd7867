"""The fields of an update the bot reads, checked once before any handler reads them.

python-telegram-bot builds an update from whatever JSON it is given and checks no types: a
`text` that is a number, a user id that is a string, or an id no database column holds
would reach the handlers and fail there. Telegram never sends such an update, so one is
ignored here (a press still has its spinner stopped), logged by its update id and the
field's name, never its value.
"""

from __future__ import annotations

from typing import Any

from telegram import Message, Update

from flows.answers import LONE_SURROGATE

TELEGRAM_INTS = range(-(1 << 63), 1 << 63)  # every id Telegram sends fits 64 bits
# The ids python-telegram-bot itself keys on while it handles an update (a list there fails
# after every handler has run): an update without them is not handled at all.
KEYS = frozenset({"update_id", "from.id", "chat.id"})


def misshapen(update: Update) -> str | None:
    """The first field the bot reads that is not of the type Telegram sends; None if all are."""
    return _first_misshapen(update, None)


def fields(update: Update) -> list[tuple[str, object, type | tuple[type, ...]]]:
    """The fields the bot reads, each with its value and the type Telegram sends."""
    fields: list[tuple[str, object, type | tuple[type, ...]]] = [("update_id",
                                                                   update.update_id, int)]
    user, chat = update.effective_user, update.effective_chat
    if user is not None:
        fields += [("from.id", user.id, int), ("from.first_name", user.first_name, str),
                   ("from.last_name", user.last_name, (str, type(None)))]
    if chat is not None:
        fields += [("chat.id", chat.id, int), ("chat.type", chat.type, str)]
    message = update.message or update.edited_message
    if message is not None:
        fields += [("message.message_id", message.message_id, int),
                   ("message.text", message.text, (str, type(None)))]
        # python-telegram-bot cuts a command out of the text by its entity's length
        for entity in message.entities or ():
            fields += [("message.entities.offset", entity.offset, int),
                       ("message.entities.length", entity.length, int)]
    query = update.callback_query
    if query is not None:
        fields += [("callback_query.id", query.id, str),
                   ("callback_query.data", query.data, (str, type(None)))]
        if isinstance(query.message, Message):
            fields.append(("callback_query.message.message_id", query.message.message_id, int))
    return fields


def _first_misshapen(update: Update, among: frozenset[str] | None) -> str | None:
    # (a loop, not a generator: every update goes through it; a whole number or text of the
    # very type asked told at once, without `_is`'s three looks: six of a typed answer's
    # eight fields)
    for name, value, kind in fields(update):
        if (among is None or name in among) \
                and not (type(value) is kind and (kind is not int or value in TELEGRAM_INTS)) \
                and not _is(value, kind):
            return name
    return None


def unkeyed(update: Update) -> str | None:
    """The first of the ids python-telegram-bot keys on that is not a 64-bit integer, even
    behind another field that is wrong."""
    return _first_misshapen(update, KEYS)


def _is(value: object, kind: type | tuple[type, ...]) -> bool:
    if isinstance(value, bool):  # a bool is an int to Python, never to Telegram
        return kind is bool
    if isinstance(value, int):
        return value in TELEGRAM_INTS and isinstance(value, kind)
    return isinstance(value, kind)


def mended(data: Any) -> Any:
    """Decoded JSON with every lone surrogate in its strings (a `\\ud83d` escape without the
    other half of its pair, which no UTF-8 text holds) made the replacement character, as
    python-telegram-bot already makes bytes that are not UTF-8. Left in, it reached the
    handlers and failed the turn at the first thing that encodes the text ("Sorry, something
    went wrong"), before the answer it was part of could be saved. And without NULs (a
    `\\u0000` escape, which no text Telegram's apps send holds, and typed text loses anyway):
    one in a button's data reached a query as it was, which PostgreSQL refuses, and the
    press failed as if the database had."""
    if isinstance(data, str):
        return LONE_SURROGATE.sub("\ufffd", data).replace("\0", "")
    if isinstance(data, list):
        return [mended(item) for item in data]
    if isinstance(data, dict):
        return {mended(key): mended(value) for key, value in data.items()}
    return data
