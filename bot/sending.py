"""The Bot API calls of a conversation's hot path, without decoding Telegram's answers.

`Bot.send_message` and `edit_message_text` turn Telegram's answer into a `Message`, its
keyboard rebuilt as objects, and the bot reads nothing of it but the id. On this machine
that decoding, with building the keyboard as objects, cost more than the rest of the call:
these go through the same request path (`Bot._post`: the same errors, the flood throttle of
`AIORateLimiter` by chat) with keyboards as the JSON Telegram reads (`bot.views.Keyboard`)
and keep only what the bot uses: of Telegram's answer, the message's id, read from its head
(`bot.responses`). bench/HISTORY.md has the measurements.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable
from contextvars import ContextVar
from typing import Any

from telegram import Bot, Update
from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.polling import SkippingBot
from bot.responses import IdsRead
from bot.views import Keyboard, parts

log = logging.getLogger(__name__)
NO_PREVIEW = {"is_disabled": True}

# A private chat with topics: the topic (chat id, thread id) the update being handled was
# written in, so that what is sent back to that chat goes to the topic, not the main view.
# Each update is handled in a task of its own, which sees only its own.
_TOPIC: ContextVar[tuple[int, int] | None] = ContextVar("sosbot_topic", default=None)
_INTO_TOPIC = frozenset({"sendMessage", "sendDocument"})


def topic_of(update: object) -> tuple[int, int] | None:
    """The private chat's topic an update was written in (a message typed there, or a
    button on a message the bot sent there); None outside topics, and in groups."""
    message = update.effective_message if isinstance(update, Update) else None
    # (a message without its chat, which Telegram never sends, is passed over later)
    if message is None or message.chat is None or message.chat.type != "private" \
            or not message.message_thread_id:
        return None
    return message.chat.id, message.message_thread_id


async def in_topic(update: object, context: object) -> None:
    """Every update's second handler (after `in_order`, which sends nothing): what it sends
    back goes to its topic."""
    _TOPIC.set(topic_of(update))


def into_topic(endpoint: str, data: dict[str, Any] | None) -> dict[str, Any] | None:
    """A send to the chat of the update being handled, put in the topic it came from."""
    topic = _TOPIC.get()
    if topic is None or data is None or endpoint not in _INTO_TOPIC \
            or "message_thread_id" in data or str(data.get("chat_id")) != str(topic[0]):
        return data
    return {**data, "message_thread_id": topic[1]}


class TopicBot(SkippingBot):
    """The bot `sosbot run` sends with: a reply goes to the private chat's topic the
    practitioner wrote in. A topic Telegram no longer knows (deleted meanwhile) gets the
    reply in the chat's main view rather than no reply at all."""

    __slots__ = ("_ids_read",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # `post_plain`'s calls: the bot's request, a message in Telegram's answer read for
        # its id alone (`bot.responses`)
        self._ids_read = IdsRead(self._request[1])

    async def _post(self, endpoint: str, data: dict[str, Any] | None = None, *args: Any,
                    **kwargs: Any) -> Any:
        sent = into_topic(endpoint, data)
        try:
            return await super()._post(endpoint, sent, *args, **kwargs)
        except BadRequest as exc:
            if not _topic_gone(sent, data, exc):
                raise
            return await super()._post(endpoint, data, *args, **kwargs)

    async def post_plain(self, endpoint: str, data: dict[str, Any]) -> Any:
        """`_post` for parameters that are plain JSON already (`_is_plain`): straight to
        `_do_post` (the flood throttle, the request), past `Bot._post`'s going through each
        value for defaults to put in and objects to convert, which leaves these unchanged
        and cost, with them, about as much as the rest of building the call."""
        sent = into_topic(endpoint, data)
        assert sent is not None
        try:
            return await self._throttled(endpoint, sent)
        except BadRequest as exc:
            if not _topic_gone(sent, data, exc):
                raise
            return await self._throttled(endpoint, data)

    async def _throttled(self, endpoint: str, data: dict[str, Any]) -> Any:
        """`ExtBot._do_post` for plain JSON: through the flood throttle, if the bot has one,
        as the library sends each call (`data` holds none of its own throttle's arguments)."""
        limiter = self.rate_limiter
        if limiter is None:
            return await self._request_plain(endpoint, data)
        return await limiter.process_request(
            callback=self._request_plain, args=(endpoint, data), kwargs=dict(_TIMEOUTS),
            endpoint=endpoint, data=data, rate_limit_args=None)

    async def _request_plain(self, endpoint: str, data: dict[str, Any],
                             **timeouts: Any) -> Any:
        """`Bot._do_post` for plain JSON: each value is its parameter as it is, which is what
        `RequestParameter.from_input` makes of a whole number, a dict or text after going
        through the kinds of file and object it converts (about half of building a call)."""
        parameters = [RequestParameter(key, value, None) if type(value) is str
                      else _Encoded(key, value) for key, value in data.items()]
        return await self._ids_read.post(url=f"{self._base_url}/{endpoint}",
                                         request_data=_NoFiles(parameters), **timeouts)


class _Encoded(RequestParameter):  # type: ignore[misc]  # (final in the library: not for us)
    """A whole number's or a dict's parameter (`_is_plain`) whose JSON is written once.
    `RequestData.json_parameters`, what `HTTPXRequest` sends, reads `json_value` twice a
    parameter, and `RequestParameter` runs `json.dumps` at each read: six a message with
    buttons, where one (the buttons) is needed, the link preview's never changes and a
    number's is its digits. `value` stays as given (`RequestData.parameters`)."""

    __slots__ = ("_json",)
    _json: str | None

    def __init__(self, name: str, value: int | dict[str, Any]) -> None:
        # (the dataclass's own fields set as its `__init__` sets them, without its frame)
        _set(self, "name", name)
        _set(self, "value", value)
        _set(self, "input_files", None)
        _set(self, "_json", _NO_PREVIEW_JSON if value is NO_PREVIEW else None)

    @property
    def json_value(self) -> str:
        """`RequestParameter.json_value`, the same text, written at the first read only."""
        text: str | None = self._json
        if text is None:
            value = self.value
            # (`json.dumps` writes a whole number as `int.__repr__` does: its digits)
            text = int.__repr__(value) if type(value) is int else json.dumps(value)
            object.__setattr__(self, "_json", text)
        return text


_NO_PREVIEW_JSON = json.dumps(NO_PREVIEW)
_set = object.__setattr__


class _NoFiles(RequestData):  # type: ignore[misc]  # (final in the library: not for us)
    """`RequestData` of plain parameters (`_is_plain`), which hold no file to upload: not
    asked of each parameter in a generator, as `RequestData` asks at every call."""

    __slots__ = ()

    def __init__(self, parameters: list[RequestParameter]) -> None:
        self._parameters = parameters
        self.contains_files = False


# The timeouts `ExtBot._do_post` hands its throttle for a call that names none: the request's own.
_TIMEOUTS = {"read_timeout": DEFAULT_NONE, "write_timeout": DEFAULT_NONE,
             "connect_timeout": DEFAULT_NONE, "pool_timeout": DEFAULT_NONE}


def _topic_gone(sent: dict[str, Any] | None, data: dict[str, Any] | None,
                exc: BadRequest) -> bool:
    """Whether a send put in a topic was refused for the topic alone (deleted meanwhile)."""
    if sent is data or "thread not found" not in exc.message.lower():
        return False
    log.info("a topic was not found; replied outside it")
    return True


def _is_plain(data: dict[str, Any]) -> bool:
    """Whether every value is one `Bot._post` leaves as it is: a whole number, a dict (JSON
    Telegram reads, as `_html` and `bot.views` build them) or text that is not empty (with
    `Defaults` set, `ExtBot._insert_defaults` takes any sequence whose items are all poll
    options, so an empty text, for want of items, would become a list). (A loop, not a
    generator: asked at every Bot API call, a generator's resumption a value cost as much as
    the test.)"""
    for value in data.values():
        kind = type(value)
        if not (kind is int or kind is dict or (kind is str and value)):
            return False
    return True


async def _post(bot: Bot, endpoint: str, data: dict[str, Any]) -> Any:
    """One Bot API call of `data`, by the quickest way that sends it unchanged."""
    if isinstance(bot, TopicBot) and _is_plain(data):
        return await bot.post_plain(endpoint, data)
    return await bot._post(endpoint, data)


def _html(chat_id: int, html: str, keyboard: Keyboard | None) -> dict[str, Any]:
    """A message's text as Telegram HTML, links shown without a preview, and its buttons."""
    params: dict[str, Any] = {"chat_id": chat_id, "text": html, "parse_mode": "HTML",
                              "link_preview_options": NO_PREVIEW}
    if keyboard is not None:
        params["reply_markup"] = keyboard
    return params


async def send(bot: Bot, chat_id: int, html: str, keyboard: Keyboard | None = None) -> int:
    """Send Telegram HTML; returns the new message's id."""
    result = await _post(bot, "sendMessage", _html(chat_id, html, keyboard))
    return int(result["message_id"])


async def send_all(bot: Bot, chat_id: int, html: str, keyboard: Keyboard | None = None) -> None:
    """Send Telegram HTML in as many messages as Telegram's limit needs (cut at a blank line
    or a line's end where one fits), the buttons under the last."""
    for message in parts(html, keyboard):
        await send(bot, chat_id, message.html, message.keyboard)


async def edit(bot: Bot, chat_id: int, message_id: int, html: str,
               keyboard: Keyboard | None = None) -> None:
    """Replace a message's text (and its buttons: none unless given)."""
    await _post(bot, "editMessageText", {"message_id": message_id,
                                         **_html(chat_id, html, keyboard)})


async def answer(bot: Bot, query_id: str, text: str | None = None) -> None:
    """Answer a button press: stop its spinner, with a short notice if `text` is given."""
    params: dict[str, Any] = {"callback_query_id": query_id}
    if text:
        params["text"] = text
    await _post(bot, "answerCallbackQuery", params)


async def quietly(action: Awaitable[object]) -> None:
    """For calls that only tidy up (an edit, a button's answer): Telegram refusing one (an
    old or replayed press, a message that is gone or unchanged), or failing it (a 5xx), must
    not become "Sorry"."""
    try:
        await action
    except BadRequest as exc:
        log.debug("a tidying call was refused: %s", type(exc).__name__)
    except RetryAfter:  # flood control: not worth a pause, nor the reply held up by it
        log.debug("a tidying call was refused for flood control")
    except NetworkError as exc:
        # a 5xx or the connection lost, on a call that only tidies up: the reply after it
        # still goes ("Sorry, something went wrong" came instead, the answer saved)
        log.info("a tidying call did not reach Telegram (%s); the reply goes on",
                 type(exc).__name__)
