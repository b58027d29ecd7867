"""The Bot API calls of a conversation's hot path, without decoding Telegram's answers.

`Bot.send_message` and `edit_message_text` turn Telegram's answer into a `Message`, its
keyboard rebuilt as objects, and the bot reads nothing of it but the id. On this machine
that decoding, with building the keyboard as objects, cost more than the rest of the call:
these go through the same request path (`Bot._post`: the same errors, the flood throttle of
`AIORateLimiter` by chat) with keyboards as the JSON Telegram reads (`bot.views.Keyboard`)
and keep only what the bot uses. bench/README.md has the measurement.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import Any

from telegram import Bot
from telegram.error import BadRequest

from bot.views import Keyboard

log = logging.getLogger(__name__)
NO_PREVIEW = {"is_disabled": True}


def _html(chat_id: int, html: str, keyboard: Keyboard | None) -> dict[str, Any]:
    """A message's text as Telegram HTML, links shown without a preview, and its buttons."""
    params: dict[str, Any] = {"chat_id": chat_id, "text": html, "parse_mode": "HTML",
                              "link_preview_options": NO_PREVIEW}
    if keyboard is not None:
        params["reply_markup"] = keyboard
    return params


async def send(bot: Bot, chat_id: int, html: str, keyboard: Keyboard | None = None) -> int:
    """Send Telegram HTML; returns the new message's id."""
    result = await bot._post("sendMessage", _html(chat_id, html, keyboard))
    return int(result["message_id"])


async def edit(bot: Bot, chat_id: int, message_id: int, html: str,
               keyboard: Keyboard | None = None) -> None:
    """Replace a message's text (and its buttons: none unless given)."""
    await bot._post("editMessageText", {"message_id": message_id,
                                        **_html(chat_id, html, keyboard)})


async def answer(bot: Bot, query_id: str, text: str | None = None) -> None:
    """Answer a button press: stop its spinner, with a short notice if `text` is given."""
    params: dict[str, Any] = {"callback_query_id": query_id}
    if text:
        params["text"] = text
    await bot._post("answerCallbackQuery", params)


async def quietly(action: Awaitable[object]) -> None:
    """For calls that only tidy up (an edit, a button's answer): Telegram refusing one (an
    old or replayed press, a message that is gone or unchanged) must not become "Sorry"."""
    try:
        await action
    except BadRequest as exc:
        log.debug("a tidying call was refused: %s", type(exc).__name__)
