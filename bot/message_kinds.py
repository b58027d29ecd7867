"""What kind of new message an update holds, for the handlers of each kind.

python-telegram-bot asks the handlers of a group in turn whether an update is theirs, so
every typed answer is asked whether it came through another bot, was forwarded or starts
with a command before it reaches the handler for text. Asked with the library's filters
combined by `&` (`filters.UpdateType.MESSAGE & filters.VIA_BOT & filters.TEXT`), each
question is a chain of eight or so calls (each filter asks again whether the update holds
a message at all, and merged filters carry data no filter here has); here it is two, with
the same tests on the same fields.
"""

from __future__ import annotations

from collections.abc import Callable

from telegram import Message, MessageEntity, Update
from telegram.ext import filters


class NewMessage(filters.UpdateFilter):
    """`filters.UpdateType.MESSAGE & ...`: a new message (not an edit, a post or a press)
    for which `test` holds."""

    __slots__ = ("_test",)

    def __init__(self, name: str, test: Callable[[Message], bool]) -> None:
        super().__init__(name=name)
        self._test = test

    def check_update(self, update: Update) -> bool:
        message = update.message
        return message is not None and self._test(message)

    def filter(self, update: Update) -> bool:
        return self.check_update(update)


def _via_bot_text(message: Message) -> bool:
    return bool(message.via_bot) and bool(message.text)


def _forwarded_text(message: Message) -> bool:
    return bool(message.forward_origin) and bool(message.text)


def _command(message: Message) -> bool:
    """`filters.COMMAND`: the message opens with a command."""
    entities = message.entities
    if not entities:
        return False
    first = entities[0]
    return bool(first.type == MessageEntity.BOT_COMMAND and first.offset == 0)


def _text(message: Message) -> bool:
    return bool(message.text)


# `filters.UpdateType.MESSAGE & filters.VIA_BOT & filters.TEXT` and so on, in one test each
VIA_BOT_TEXT = NewMessage("new text via a bot", _via_bot_text)
FORWARDED_TEXT = NewMessage("new forwarded text", _forwarded_text)
COMMAND = NewMessage("new command", _command)
TEXT = NewMessage("new text", _text)
