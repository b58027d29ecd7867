"""A local stand-in for the Telegram Bot API, for end-to-end tests.

It serves the real HTTP protocol on 127.0.0.1, so the real python-telegram-bot
``Application`` (or the real ``sosbot run``, with SOSBOT_API_ROOT set to ``root``) can poll
it, and it lets a test play the user::

    async with BotApiServer() as server:
        ...  # start the bot against server.root
        server.send_text(USER, "hello")
        await server.wait_idle()
        assert server.texts(USER)[-1] == "..."
        ...  # stop the bot before the server closes, or its next poll fails

It implements only the methods the bot calls (getMe, getUpdates, setWebhook, deleteWebhook,
getWebhookInfo, setMyCommands, sendMessage, editMessageText, answerCallbackQuery,
sendDocument) and answers like Telegram does, including the errors a bot most often
provokes: text over 4,096 characters, HTML that Telegram cannot parse (checked by
``tests.botapi_html``), bad inline keyboards and callback data over 64 bytes, edits that
change nothing, a second poller (409 Conflict), polling while a webhook is set.

A test can make a chosen method fail or hang for a number of calls, as Telegram and the
network do::

    server.fail("sendMessage")                          # the next call gets 502 Bad Gateway
    server.fail("sendMessage", code=429, retry_after=3)  # flood control
    server.fail("sendMessage", after=True)               # delivered, but the answer is lost
    server.hang("sendMessage", times=None)               # no answer until the client gives up

A wrong but well-formed token gets 401 Unauthorized for every method, as on Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import BodyPartReader, web

from tests.botapi_html import ApiError, Json, parse_telegram_html, trim, utf16_len

__all__ = [
    "DEFAULT_TOKEN",
    "ApiError",
    "BotApiServer",
    "BotMessage",
    "Fault",
    "RecordedError",
    "SentDocument",
    "parse_telegram_html",
    "utf16_len",
]

DEFAULT_TOKEN = "123456789:TEST-local-bot-api-token_abcdefghijk"
MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)
QUERY_TOO_OLD = "Bad Request: query is too old and response timeout expired or query ID is invalid"
_TOKEN_FORMAT = re.compile(r"^[0-9]+:[A-Za-z0-9_-]+$")
_COMMAND_RE = re.compile(r"(?<![\w/<>])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/<>])")
_BOT_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")

_INT_PARAMS = frozenset({"message_id", "offset", "limit", "reply_to_message_id"})
_FLOAT_PARAMS = frozenset({"timeout"})
_JSON_PARAMS = frozenset(
    {"reply_markup", "entities", "caption_entities", "commands", "reply_parameters"}
)
_BOOL_PARAMS = frozenset({"drop_pending_updates", "allow_sending_without_reply"})
# How long `wait_for` and `wait_idle` wait unless told: only a guard against a bot that hung,
# never a claim about speed (as tests.processes.HANG_GUARD; the 5 s it was, a bot on a machine
# busy with other work could take, failing a test that only waited for a state).
WAIT_GUARD = 120.0
# How often `wait_idle(handled_quiet=...)` looks again whether the bot still handles an update.
_HANDLED_POLL = 0.005

T = TypeVar("T")


# --------------------------------------------------------------------------- records


@dataclass
class BotMessage:
    """A message the bot sent, as it currently stands."""

    chat_id: int
    message_id: int
    date: int
    text: str | None
    html: str | None
    parse_mode: str | None
    entities: list[Json]
    reply_markup: Json | None
    kind: str = "text"
    document: Json | None = None
    edit_date: int | None = None
    message_thread_id: int | None = None  # the topic of a private chat it was sent to

    @property
    def buttons(self) -> list[list[Json]]:
        """The inline keyboard rows, or [] when there is none."""
        if not self.reply_markup:
            return []
        rows: list[list[Json]] = self.reply_markup.get("inline_keyboard", [])
        return rows

    @property
    def callback_data(self) -> list[str]:
        """Every callback_data on the message's inline keyboard, row by row."""
        return [b["callback_data"] for row in self.buttons for b in row if "callback_data" in b]



@dataclass(frozen=True)
class SentDocument:
    """A document the bot uploaded."""

    chat_id: int
    message_id: int
    filename: str
    mime_type: str
    content: bytes
    caption: str | None
    parse_mode: str | None


@dataclass(frozen=True)
class RecordedError:
    """An error answer (HTTP 4xx) the server gave."""

    method: str
    params: Json
    status: int
    description: str


@dataclass
class _Pending:
    update: Json
    update_id: int  # what confirms it, whatever the update sent says
    delivered: bool = False


@dataclass
class Fault:
    """What a chosen method does on its next ``times`` calls (None: until cleared).

    ``code`` set: answer that error (429 carries ``retry_after``). ``code`` None: hang, that is
    answer nothing until ``seconds`` pass (then answer normally), the client gives up or the
    server closes. ``after``: do what the call asks first, so only the answer is lost (a reply
    Telegram delivered although the bot saw a 502 or a timeout).
    """

    method: str
    times: int | None = 1
    code: int | None = 502
    description: str = "Bad Gateway"
    retry_after: int | None = None
    seconds: float | None = None
    after: bool = False
    served: int = 0
    released: bool = False  # a hang let go by the test (`BotApiServer.let_go`)


# --------------------------------------------------------------------------- the server


class BotApiServer:
    """The Bot API on 127.0.0.1 with a test-side API to play users; an async context manager."""

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        username: str = "sosbot_test_bot",
        first_name: str = "SOS Test Bot",
        strict_html: bool = True,
    ) -> None:
        self.token = token
        self.strict_html = strict_html
        bot_id = int(token.split(":", 1)[0]) if _TOKEN_FORMAT.match(token) else 1
        self.bot_user: Json = {
            "id": bot_id,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
        }
        self.calls: list[tuple[str, Json]] = []
        self.errors: list[RecordedError] = []
        self.commands: list[Json] = []
        self.answers: dict[str, Json] = {}
        self.webhook: Json = {}
        self.root = ""
        self._runner: web.AppRunner | None = None
        self._closed = False
        self._queue: list[_Pending] = []
        self._next_update_id = 1
        self._poll_generation = 0
        self._chats: dict[int, Json] = {}
        self._next_message_id: dict[int, int] = {}
        self._bot_messages: dict[int, list[BotMessage]] = {}
        self._user_messages: dict[tuple[int, int], Json] = {}
        self._documents: dict[int, list[SentDocument]] = {}
        self._file_counter = itertools.count(1)
        self._open_queries: dict[str, int] = {}
        self._query_by_update: dict[int, str] = {}
        self._faults: list[Fault] = []
        self._in_flight = 0
        self._last_activity = 0.0
        self._changed = asyncio.Event()
        self._methods: dict[str, tuple[str, Callable[[Json, dict[str, Json]], Any]]] = {}
        for name in (
            "getMe", "getUpdates", "setWebhook", "deleteWebhook", "getWebhookInfo",
            "setMyCommands", "sendMessage", "editMessageText", "answerCallbackQuery",
            "sendDocument",
        ):  # fmt: skip
            handler = getattr(self, "_api_" + re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower())
            self._methods[name.lower()] = (name, handler)

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> BotApiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def start(self) -> None:
        """Listen on a free port of 127.0.0.1 and set ``root``."""
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._dispatch)
        # handler_cancellation: a poll whose client went away is dropped at once.
        self._runner = web.AppRunner(
            app,
            handle_signals=False,
            access_log=None,
            handler_cancellation=True,
            shutdown_timeout=1.0,
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.root = f"http://127.0.0.1:{port}"
        self._last_activity = asyncio.get_running_loop().time()

    async def close(self) -> None:
        """Answer pending long polls at once, then stop listening."""
        if self._closed:
            return
        self._closed = True
        self._notify()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def base_url(self) -> str:
        """What to give PTB's ``base_url`` (it appends the token)."""
        return f"{self.root}/bot"


    # ------------------------------------------------------------------ faults

    def fail(
        self,
        method: str,
        *,
        times: int | None = 1,
        code: int = 502,
        description: str | None = None,
        retry_after: int | None = None,
        after: bool = False,
    ) -> Fault:
        """Answer the next ``times`` calls to ``method`` with an error (None: every call).

        ``code=429`` with ``retry_after`` is Telegram's flood control; ``after=True`` does
        what the call asks before failing, as when Telegram delivered a reply whose answer
        was lost on the way back.
        """
        if description is None:
            description = {
                429: f"Too Many Requests: retry after {retry_after or 1}",
                502: "Bad Gateway",
                500: "Internal Server Error",
            }.get(code, "Bad Request: injected failure")
        if code == 429 and retry_after is None:
            retry_after = 1
        return self._add_fault(
            Fault(method, times, code, description, retry_after, after=after)
        )

    def hang(
        self, method: str, *, times: int | None = 1, seconds: float | None = None,
        after: bool = False,
    ) -> Fault:
        """Leave the next ``times`` calls to ``method`` unanswered.

        Until ``seconds`` pass or the test lets them go (`let_go`; then the call is answered
        normally), the client gives up, or the server closes. ``after=True`` does what the
        call asks first.
        """
        return self._add_fault(Fault(method, times, None, "", seconds=seconds, after=after))

    def let_go(self, fault: Fault) -> None:
        """Answer the calls `fault` (a hang) holds, and the later ones, as if it never was."""
        fault.released = True
        if fault in self._faults:
            self._faults.remove(fault)
        self._wake()

    def clear_faults(self) -> None:
        """Every method answers normally again."""
        self._faults.clear()

    def _add_fault(self, fault: Fault) -> Fault:
        entry = self._methods.get(fault.method.lower())
        if entry is None:
            raise ValueError(f"the test server does not implement {fault.method!r}")
        fault.method = entry[0]
        self._faults.append(fault)
        return fault

    def _take_fault(self, method: str) -> Fault | None:
        for fault in self._faults:
            if fault.method == method:
                fault.served += 1
                if fault.times is not None and fault.served >= fault.times:
                    self._faults.remove(fault)
                return fault
        return None

    async def _hang(self, fault: Fault) -> bool:
        """Wait until the fault's ``seconds`` pass or the test lets it go (True), or the
        server closes (False)."""
        loop = asyncio.get_running_loop()
        deadline = None if fault.seconds is None else loop.time() + fault.seconds
        while not self._closed:
            if fault.released or (deadline is not None and loop.time() >= deadline):
                return True
            await self._wait_change(60.0 if deadline is None else deadline - loop.time())
        return False

    def _fault_error(self, fault: Fault) -> ApiError:
        assert fault.code is not None
        error = ApiError(fault.description, fault.code)
        error.retry_after = fault.retry_after
        return error

    # ------------------------------------------------------------------ waiting

    def _wake(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def _notify(self) -> None:
        """Record activity (for wait_idle) and wake every waiter."""
        self._last_activity = asyncio.get_running_loop().time()
        self._wake()

    async def _wait_change(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._changed.wait(), timeout=max(seconds, 0.0))

    async def wait_for(self, predicate: Callable[[], T],
                       timeout: float = WAIT_GUARD) -> T:  # noqa: ASYNC109
        """Wait until ``predicate()`` is truthy (re-checked on every server event); return it."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            result = predicate()
            if result:
                return result
            remaining = deadline - loop.time()
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout}s")
            await self._wait_change(remaining)

    async def wait_idle(self, timeout: float = WAIT_GUARD, quiet: float = 0.1,  # noqa: ASYNC109
                        *, handled_quiet: float | None = None) -> None:
        """Wait until every update was confirmed and the bot made no call for ``quiet`` s.

        ``handled_quiet``: or sooner, after that many seconds without a call, once a bot
        polling in this process (the test's own event loop) has handled every update it
        fetched (`_handling`). Never later than without it; a bot in a child process, or one
        this cannot see, is waited for ``quiet`` s as before."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            now = loop.time()
            busy = self._queue or self._in_flight
            silent_for = now - self._last_activity
            if not busy and silent_for >= quiet:
                return
            handling = None if busy or handled_quiet is None else self._handling()
            soon = handled_quiet if handling is False else None  # every update handled
            if soon is not None and silent_for >= soon:
                return
            if now >= deadline:
                raise TimeoutError(
                    f"bot not idle after {timeout}s: {len(self._queue)} update(s) not "
                    f"confirmed, {self._in_flight} call(s) in flight"
                )
            if busy:
                step = deadline - now
            elif soon is not None:
                step = min(soon - silent_for, deadline - now)
            else:
                step = min(quiet - silent_for, deadline - now)
                if handling:  # its handler may end with no call after its last reply
                    step = min(step, _HANDLED_POLL)
            await self._wait_change(step)

    def _handling(self) -> bool | None:
        """Whether a bot polling this server in this process is handling an update (None:
        no such bot runs here). python-telegram-bot names the task reading its updates, and
        each task handling one (`concurrent_updates`, as sosbot's Application is built)."""
        prefix = f"Application:{self.bot_user['id']}:"
        running = [t.get_name() for t in asyncio.all_tasks() if not t.done()]
        if prefix + "update_fetcher" not in running:
            return None
        return prefix + "process_concurrent_update" in running

    # ------------------------------------------------------------------ views

    def chat(self, chat_id: int) -> list[BotMessage]:
        """The bot's messages in a chat, oldest first."""
        return list(self._bot_messages.get(chat_id, []))

    def texts(self, chat_id: int) -> list[str]:
        """The current visible text of each of the bot's text messages in a chat."""
        return [m.text for m in self.chat(chat_id) if m.kind == "text" and m.text is not None]

    def message(self, chat_id: int, message_id: int) -> BotMessage:
        """One bot message by id; KeyError if there is none."""
        for candidate in self._bot_messages.get(chat_id, []):
            if candidate.message_id == message_id:
                return candidate
        raise KeyError(f"no bot message {message_id} in chat {chat_id}")

    def user_messages(self, chat_id: int) -> list[Json]:
        """Messages users sent in a chat (as last edited), oldest first."""
        return [m for (chat, _), m in self._user_messages.items() if chat == chat_id]

    def documents(self, chat_id: int) -> list[SentDocument]:
        """Documents the bot sent to a chat, oldest first."""
        return list(self._documents.get(chat_id, []))

    def calls_to(self, method: str) -> list[Json]:
        """Parameters of every call to ``method`` (case-insensitive), in order."""
        return [params for name, params in self.calls if name.lower() == method.lower()]

    def answer_for(self, update_id: int) -> Json | None:
        """The answerCallbackQuery parameters for a press_button update, if answered."""
        query_id = self._query_by_update.get(update_id)
        return self.answers.get(query_id) if query_id is not None else None

    @property
    def pending_updates(self) -> int:
        """Updates not yet confirmed by the bot."""
        return len(self._queue)

    # ------------------------------------------------------------------ playing a user

    def _user(
        self, user_id: int, first_name: str, username: str | None, language_code: str | None
    ) -> Json:
        user: Json = {"id": user_id, "is_bot": False, "first_name": first_name}
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def _chat_for(self, user: Json, chat_id: int | None, chat_type: str, title: str) -> Json:
        if chat_type == "private":
            if chat_id not in (None, user["id"]):
                raise ValueError("a private chat's id is the user's id")
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            if "username" in user:
                chat["username"] = user["username"]
            return chat
        if chat_id is None:
            raise ValueError(f"a {chat_type} chat needs an explicit chat_id")
        return {"id": chat_id, "type": chat_type, "title": title}

    def _new_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _user_message(
        self,
        user_id: int,
        content: Json,
        *,
        chat_id: int | None,
        chat_type: str,
        first_name: str,
        username: str | None,
        language_code: str | None,
        title: str,
    ) -> int:
        user = self._user(user_id, first_name, username, language_code)
        chat = self._chat_for(user, chat_id, chat_type, title)
        message: Json = {
            "message_id": self._new_message_id(chat["id"]),
            "from": user,
            "chat": chat,
            "date": int(time.time()),
            **content,
        }
        self._user_messages[(chat["id"], message["message_id"])] = message
        return self.inject_update({"message": message})

    def send_text(
        self,
        user_id: int,
        text: str,
        *,
        chat_id: int | None = None,
        chat_type: str = "private",
        first_name: str = "Tester",
        username: str | None = None,
        language_code: str | None = "en",
        title: str = "Test group",
        entities: list[Json] | None = None,
        reply_to: int | None = None,
        message_thread_id: int | None = None,
    ) -> int:
        """A user sends a text message; bot commands in it get entities, as Telegram adds.
        `reply_to`: the id of the bot's message in that chat it replies to (Telegram's
        Reply), which the update carries as it stands now, buttons included.
        `message_thread_id`: the topic of a private chat with topics it is written in."""
        if entities is None:
            entities = [
                {
                    "type": "bot_command",
                    "offset": utf16_len(text[: match.start()]),
                    "length": utf16_len(match.group(0)),
                }
                for match in _COMMAND_RE.finditer(text)
            ]
        content: Json = {"text": text}
        if entities:
            content["entities"] = entities
        if message_thread_id is not None:
            content["message_thread_id"] = message_thread_id
        if reply_to is not None:
            chat_key = chat_id if chat_id is not None else user_id
            content["reply_to_message"] = self._message_json(self.message(chat_key, reply_to))
        return self._user_message(
            user_id,
            content,
            chat_id=chat_id,
            chat_type=chat_type,
            first_name=first_name,
            username=username,
            language_code=language_code,
            title=title,
        )

    def send_command(
        self,
        user_id: int,
        command: str,
        args: str = "",
        **kwargs: Any,
    ) -> int:
        """A user sends ``/command args``."""
        head = "/" + command.lstrip("/")
        text = f"{head} {args}".rstrip()
        entity = {"type": "bot_command", "offset": 0, "length": utf16_len(head)}
        return self.send_text(user_id, text, entities=[entity], **kwargs)

    def press_button(
        self,
        user_id: int,
        message_id: int,
        callback_data: str,
        *,
        chat_id: int | None = None,
        first_name: str = "Tester",
        username: str | None = None,
        allow_missing: bool = False,
    ) -> int:
        """A user taps an inline button of a bot message; returns the update_id.

        Raises LookupError if the message has no such button now, unless
        ``allow_missing`` (to mimic a tap on a keyboard another device still shows).
        """
        chat_key = user_id if chat_id is None else chat_id
        message = self.message(chat_key, message_id)
        if callback_data not in message.callback_data and not allow_missing:
            raise LookupError(
                f"message {message_id} has no button {callback_data!r}; "
                f"it has {message.callback_data}"
            )
        user = self._user(user_id, first_name, username, "en")
        query_id = f"{user_id}-{next(self._file_counter)}"
        query: Json = {
            "id": query_id,
            "from": user,
            "message": self._message_json(message),
            "chat_instance": str(chat_key),
            "data": callback_data,
        }
        update_id = self.inject_update({"callback_query": query})
        self._open_queries[query_id] = update_id
        self._query_by_update[update_id] = query_id
        return update_id

    def edit_user_message(
        self, user_id: int, message_id: int, text: str, *, chat_id: int | None = None
    ) -> int:
        """A user edits an earlier text message of theirs (an edited_message update)."""
        key = (user_id if chat_id is None else chat_id, message_id)
        original = self._user_messages[key]
        edited = {**original, "text": text, "edit_date": int(time.time())}
        edited.pop("entities", None)
        self._user_messages[key] = edited
        return self.inject_update({"edited_message": edited})

    def delete_user_message(self, chat_id: int, message_id: int) -> None:
        """A message is deleted before the bot answers it (by its sender, or in a group by
        a bot that clears commands away): a reply quoting it is then refused."""
        del self._user_messages[(chat_id, message_id)]

    def _file(self, kind: str, size: int) -> Json:
        number = next(self._file_counter)
        return {"file_id": f"{kind}-{number}", "file_unique_id": f"u{number}", "file_size": size}

    def send_photo(
        self,
        user_id: int,
        *,
        caption: str | None = None,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        **kwargs: Any,
    ) -> int:
        """A user sends a photo (two sizes, as Telegram sends)."""
        sizes = [
            {**self._file("photo", len(content) // 4), "width": 90, "height": 60},
            {**self._file("photo", len(content)), "width": 1280, "height": 853},
        ]
        payload: Json = {"photo": sizes}
        if caption is not None:
            payload["caption"] = caption
        return self._user_message(user_id, payload, **self._sender(kwargs))

    def send_sticker(self, user_id: int, *, emoji: str = "👍", **kwargs: Any) -> int:
        """A user sends a sticker."""
        sticker = {
            **self._file("sticker", 13), "type": "regular", "width": 512, "height": 512,
            "is_animated": False, "is_video": False, "emoji": emoji,
        }
        return self._user_message(user_id, {"sticker": sticker}, **self._sender(kwargs))

    @staticmethod
    def _sender(kwargs: Json) -> Json:
        defaults: Json = {
            "chat_id": None,
            "chat_type": "private",
            "first_name": "Tester",
            "username": None,
            "language_code": "en",
            "title": "Test group",
        }
        unknown = set(kwargs) - set(defaults)
        if unknown:
            raise TypeError(f"unexpected arguments {sorted(unknown)}")
        return {**defaults, **kwargs}

    def numbers_on_from(self, update_id: int) -> None:
        """Number the updates still to come from `update_id` on, as Telegram numbers a bot's
        updates on from those it had before a restart: a new server over a database a bot
        has already answered from must not send it the numbers it has marked handled."""
        self._next_update_id = max(self._next_update_id, update_id)

    def inject_update(self, update: Json) -> int:
        """Queue a raw update; an update_id is assigned unless given (duplicates allowed).
        Given as None or as no number, the update goes out without one or with it as given
        (a server or proxy that mangled it), and is confirmed by the one assigned."""
        update = dict(update)
        given = update.get("update_id")
        update_id = given if isinstance(given, int) and not isinstance(given, bool) \
            else self._next_update_id
        if "update_id" not in update:
            update["update_id"] = update_id
        elif given is None:
            del update["update_id"]
        self._next_update_id = max(self._next_update_id, update_id + 1)
        for value in update.values():
            if isinstance(value, dict):
                chat = value.get("chat") or (value.get("message") or {}).get("chat")
                if isinstance(chat, dict) and "id" in chat:
                    self._chats.setdefault(chat["id"], chat)
                    number = value.get("message_id")
                    if isinstance(number, int) and "from" in value:
                        self._user_messages.setdefault((chat["id"], number), value)
                        next_id = max(self._next_message_id.get(chat["id"], 1), number + 1)
                        self._next_message_id[chat["id"]] = next_id
        self._queue.append(_Pending(update, update_id))
        self._notify()
        return update_id

    def take_update(self, update_id: int) -> Json:
        """Remove a queued update and return it, for a test that posts it to a webhook."""
        for pending in self._queue:
            if pending.update_id == update_id:
                self._queue.remove(pending)
                self._notify()
                return pending.update
        raise KeyError(f"no queued update {update_id}")

    # ------------------------------------------------------------------ HTTP

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        match = re.fullmatch(r"/bot([^/]*)/([^/]*)", request.path)
        if match is None:
            return self._error_response("", {}, ApiError("Not Found", 404))
        token, method = match.groups()
        if token != self.token:
            code = 401 if _TOKEN_FORMAT.match(token) else 404
            error = ApiError("Unauthorized" if code == 401 else "Not Found", code)
            return self._error_response(method, {}, error)
        entry = self._methods.get(method.lower())
        if entry is None:
            return self._error_response(method, {}, ApiError("Not Found", 404))
        name, handler = entry
        polling = name == "getUpdates"
        params: Json = {}
        if not polling:
            self._in_flight += 1
            self._notify()
        try:
            params, files = await self._read_params(request)
            self.calls.append((name, {**params, **files}))
            if not polling:
                self._notify()  # a waiter looking for this call sees it now, not when it ends
            fault = self._take_fault(name)
            if fault is not None and not fault.after:
                await self._injected(fault)
            result = handler(params, files)
            if asyncio.iscoroutine(result):
                result = await result
            if fault is not None and fault.after:
                self._notify()
                await self._injected(fault)
        except ApiError as error:
            if error.code == 409 and (request.transport is None or request.transport.is_closing()):
                return web.Response(status=409)  # answering a poll nobody waits for
            return self._error_response(name, params, error)
        finally:
            if polling:
                self._wake()
            else:
                self._in_flight -= 1
                self._notify()
        return web.json_response({"ok": True, "result": result})

    async def _injected(self, fault: Fault) -> None:
        """Raise the fault's error, or hang; return only when a hang ran its time."""
        if fault.code is not None:
            raise self._fault_error(fault)
        if not await self._hang(fault):
            raise ApiError("Bad Gateway", 502)  # the server closed under a hung call

    def _error_response(self, method: str, params: Json, error: ApiError) -> web.Response:
        self.errors.append(RecordedError(method, params, error.code, error.description))
        body: Json = {"ok": False, "error_code": error.code, "description": error.description}
        if error.retry_after is not None:
            body["parameters"] = {"retry_after": error.retry_after}
        return web.json_response(body, status=error.code)

    async def _read_params(self, request: web.Request) -> tuple[Json, dict[str, Json]]:
        raw: Json = dict(request.query)
        files: dict[str, Json] = {}
        if request.can_read_body:
            content_type = request.content_type
            if content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise ApiError("Bad Request: can't parse JSON request body") from None
                if not isinstance(body, dict):
                    raise ApiError("Bad Request: request body must be a JSON object")
                raw.update(body)
            elif content_type == "multipart/form-data":
                reader = await request.multipart()
                async for part in reader:
                    if not isinstance(part, BodyPartReader) or part.name is None:
                        continue
                    data = await part.read()
                    if part.filename is not None:
                        files[part.name] = {
                            "filename": part.filename,
                            "mime_type": part.headers.get("Content-Type", ""),
                            "content": bytes(data),
                        }
                    else:
                        raw[part.name] = bytes(data).decode("utf-8")
            else:
                raw.update(await request.post())
        return {name: _coerce(name, value) for name, value in raw.items()}, files

    # ------------------------------------------------------------------ helpers for methods

    def _chat(self, params: Json) -> Json:
        chat_id = params.get("chat_id")
        if chat_id in (None, ""):
            raise ApiError("Bad Request: chat_id is empty")
        if isinstance(chat_id, str):
            for known in self._chats.values():
                if chat_id.lstrip("@") == known.get("username") or chat_id == str(known["id"]):
                    return known
            raise ApiError("Bad Request: chat not found")
        chat = self._chats.get(chat_id)
        if chat is None:
            raise ApiError("Bad Request: chat not found")
        return chat

    def _formatted(
        self, text: Any, parse_mode: Any, entities: Any, *, limit: int, caption: bool = False
    ) -> tuple[str, list[Json]]:
        what = "caption" if caption else "text"
        if text is None or text == "":
            if caption:
                return "", []
            raise ApiError("Bad Request: message text is empty")
        if not isinstance(text, str):
            raise ApiError(f'Bad Request: field "{what}" must be of type String')
        if parse_mode in (None, ""):
            plain, found = text, list(entities or [])
        elif str(parse_mode).lower() == "html":
            plain, found = parse_telegram_html(text, strict=self.strict_html)
        else:
            raise ApiError("Bad Request: unsupported parse_mode")
        plain, found = trim(plain, found)
        if not plain and not caption:
            raise ApiError("Bad Request: message text is empty")
        if utf16_len(plain) > limit:
            raise ApiError(
                "Bad Request: message caption is too long"
                if caption
                else "Bad Request: message is too long"
            )
        return plain, found

    def _bot_message(self, params: Json) -> BotMessage:
        if params.get("inline_message_id"):
            raise ApiError("Bad Request: inline messages are not supported by the test server")
        if params.get("message_id") is None:
            raise ApiError("Bad Request: message identifier is not specified")
        chat = self._chat(params)
        for message in self._bot_messages.get(chat["id"], []):
            if message.message_id == params["message_id"]:
                return message
        if (chat["id"], params["message_id"]) in self._user_messages:
            raise ApiError("Bad Request: message can't be edited")
        raise ApiError("Bad Request: message to edit not found")

    def _check_reply_target(self, chat_id: int, params: Json) -> None:
        reply = params.get("reply_parameters") or {}
        target = reply.get("message_id", params.get("reply_to_message_id"))
        if target is None or reply.get("allow_sending_without_reply"):
            return
        if (chat_id, target) in self._user_messages:
            return
        if any(m.message_id == target for m in self.chat(chat_id)):
            return
        raise ApiError("Bad Request: message to be replied not found")

    def _message_json(self, message: BotMessage) -> Json:
        body: Json = {
            "message_id": message.message_id,
            "from": self.bot_user,
            "chat": self._chats[message.chat_id],
            "date": message.date,
        }
        if message.edit_date is not None:
            body["edit_date"] = message.edit_date
        if message.message_thread_id is not None:
            body["message_thread_id"] = message.message_thread_id
        if message.kind == "document":
            body["document"] = message.document
            if message.text:
                body["caption"] = message.text
                if message.entities:
                    body["caption_entities"] = message.entities
        else:
            body["text"] = message.text
            if message.entities:
                body["entities"] = message.entities
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            body["reply_markup"] = message.reply_markup
        return body

    # ------------------------------------------------------------------ Bot API methods

    def _api_get_me(self, params: Json, files: dict[str, Json]) -> Json:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _api_get_updates(self, params: Json, files: dict[str, Json]) -> list[Json]:
        if self.webhook:
            raise ApiError(
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
                409,
            )
        offset = params.get("offset")
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        if offset:
            self._confirm(int(offset))
        self._poll_generation += 1
        generation = self._poll_generation
        self._wake()  # an older poll still waiting gets 409, as on Telegram
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            if generation != self._poll_generation:
                raise ApiError(
                    "Conflict: terminated by other getUpdates request; make sure that only "
                    "one bot instance is running",
                    409,
                )
            ready = self._queue[:limit]
            remaining = deadline - loop.time()
            if ready or self._closed or remaining <= 0:
                for pending in ready:
                    pending.delivered = True
                if ready:
                    self._notify()
                return [pending.update for pending in ready]
            await self._wait_change(remaining)

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            keep = -offset
            self._queue = self._queue[-keep:] if keep else []
            return
        # Only updates already handed out are confirmed: an injected duplicate with an old
        # update_id must still reach the bot once.
        before = len(self._queue)
        self._queue = [p for p in self._queue if not (p.delivered and p.update_id < offset)]
        if len(self._queue) != before:
            self._notify()

    def _api_set_webhook(self, params: Json, files: dict[str, Json]) -> bool:
        url = str(params.get("url") or "")
        if not url:
            return self._api_delete_webhook(params, files)
        if not url.startswith("https://"):
            raise ApiError("Bad Request: bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", str(secret)):
            raise ApiError("Bad Request: secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._queue.clear()
        self.webhook = {"url": url, "secret_token": secret}
        return True

    def _api_delete_webhook(self, params: Json, files: dict[str, Json]) -> bool:
        if params.get("drop_pending_updates"):
            self._queue.clear()
        self.webhook = {}
        return True

    def _api_get_webhook_info(self, params: Json, files: dict[str, Json]) -> Json:
        return {"url": str(self.webhook.get("url") or ""), "has_custom_certificate": False,
                "pending_update_count": len(self._queue)}

    def _api_set_my_commands(self, params: Json, files: dict[str, Json]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise ApiError('Bad Request: field "commands" must be an Array')
        if len(commands) > 100:
            raise ApiError("Bad Request: too many commands")
        for command in commands:
            if not isinstance(command, dict):
                raise ApiError("Bad Request: can't parse BotCommand: expected an Object")
            if not _BOT_COMMAND_NAME.match(str(command.get("command", ""))):
                raise ApiError("Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise ApiError("Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands = [{"command": c["command"], "description": c["description"]}
                         for c in commands]  # fmt: skip
        return True

    def _api_send_message(self, params: Json, files: dict[str, Json]) -> Json:
        chat = self._chat(params)
        text, entities = self._formatted(
            params.get("text"), params.get("parse_mode"), params.get("entities"),
            limit=MESSAGE_LIMIT,
        )  # fmt: skip
        markup = _check_markup(params.get("reply_markup"))
        self._check_reply_target(chat["id"], params)
        message = BotMessage(
            chat_id=chat["id"],
            message_id=self._new_message_id(chat["id"]),
            date=int(time.time()),
            text=text,
            html=params.get("text"),
            parse_mode=params.get("parse_mode"),
            entities=entities,
            reply_markup=markup,
            message_thread_id=params.get("message_thread_id"),
        )
        self._bot_messages.setdefault(chat["id"], []).append(message)
        return self._message_json(message)

    def _api_edit_message_text(self, params: Json, files: dict[str, Json]) -> Json:
        message = self._bot_message(params)
        if message.kind != "text":
            raise ApiError("Bad Request: there is no text in the message to edit")
        text, entities = self._formatted(
            params.get("text"), params.get("parse_mode"), params.get("entities"),
            limit=MESSAGE_LIMIT,
        )  # fmt: skip
        # As on Telegram, an edit without reply_markup removes the inline keyboard.
        markup = _check_markup(params.get("reply_markup"))
        if (text, entities, markup) == (message.text, message.entities, message.reply_markup):
            raise ApiError(NOT_MODIFIED)
        message.text, message.entities, message.reply_markup = text, entities, markup
        message.html, message.parse_mode = params.get("text"), params.get("parse_mode")
        message.edit_date = int(time.time())
        return self._message_json(message)

    def _api_answer_callback_query(self, params: Json, files: dict[str, Json]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        if query_id not in self._open_queries:
            raise ApiError(QUERY_TOO_OLD)
        text = params.get("text")
        if text is not None and len(str(text)) > 200:
            raise ApiError("Bad Request: MESSAGE_TOO_LONG")
        del self._open_queries[query_id]
        self.answers[query_id] = params
        return True

    def _api_send_document(self, params: Json, files: dict[str, Json]) -> Json:
        chat = self._chat(params)
        upload = files.get("document")
        if upload is None:
            raise ApiError("Bad Request: there is no document in the request (upload only here)")
        content: bytes = upload["content"]
        if not content:
            raise ApiError("Bad Request: file must be non-empty")
        caption, entities = self._formatted(
            params.get("caption"), params.get("parse_mode"), params.get("caption_entities"),
            limit=CAPTION_LIMIT, caption=True,
        )  # fmt: skip
        markup = _check_markup(params.get("reply_markup"))
        message_id = self._new_message_id(chat["id"])
        document = {
            **self._file("document", len(content)),
            "file_name": upload["filename"],
            "mime_type": upload["mime_type"] or "application/octet-stream",
        }
        message = BotMessage(
            chat_id=chat["id"],
            message_id=message_id,
            date=int(time.time()),
            text=caption or None,
            html=params.get("caption"),
            parse_mode=params.get("parse_mode"),
            entities=entities,
            reply_markup=markup,
            kind="document",
            document=document,
        )
        self._bot_messages.setdefault(chat["id"], []).append(message)
        self._documents.setdefault(chat["id"], []).append(
            SentDocument(
                chat_id=chat["id"],
                message_id=message_id,
                filename=upload["filename"],
                mime_type=document["mime_type"],
                content=content,
                caption=caption or None,
                parse_mode=params.get("parse_mode"),
            )
        )
        return self._message_json(message)

def _coerce(name: str, value: Any) -> Any:
    """Give a form value (always a string) the type Telegram reads it as."""
    if not isinstance(value, str):
        return value
    try:
        if name == "chat_id":
            return int(value) if re.fullmatch(r"-?[0-9]+", value) else value
        if name in _INT_PARAMS:
            return int(value)
        if name in _FLOAT_PARAMS:
            return float(value)
        if name in _JSON_PARAMS:
            return json.loads(value)
    except ValueError:
        raise ApiError(f"Bad Request: can't parse {name}") from None
    if name in _BOOL_PARAMS:
        return value.lower() in ("true", "1")
    return value


def _check_markup(markup: Any) -> Json | None:
    """Validate reply_markup like Telegram; return it normalised (None for no keyboard)."""
    if markup is None or markup == "":
        return None
    if not isinstance(markup, dict):
        raise ApiError("Bad Request: can't parse reply keyboard markup JSON object")
    if "inline_keyboard" not in markup:
        if not any(k in markup for k in ("keyboard", "remove_keyboard", "force_reply")):
            raise ApiError("Bad Request: can't parse reply keyboard markup JSON object")
        return dict(markup)
    rows = markup["inline_keyboard"]
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise ApiError('Bad Request: field "inline_keyboard" must be an Array of Arrays')
    if sum(len(row) for row in rows) > 100:
        raise ApiError("Bad Request: reply markup is too long")
    normalised = [[_check_button(button) for button in row] for row in rows if row]
    return {"inline_keyboard": normalised} if normalised else None


_BUTTON_KINDS = (
    "callback_data", "url", "web_app", "login_url", "switch_inline_query",
    "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text",
    "callback_game", "pay",
)  # fmt: skip


def _check_button(button: Any) -> Json:
    if not isinstance(button, dict):
        raise ApiError("Bad Request: can't parse inline keyboard button: Object expected")
    text = button.get("text")
    if not isinstance(text, str) or not text:
        raise ApiError(
            'Bad Request: can\'t parse inline keyboard button: Field "text" must be of type String'
        )
    kinds = [kind for kind in _BUTTON_KINDS if kind in button]
    if not kinds:
        raise ApiError(
            "Bad Request: can't parse inline keyboard button: Text buttons are unallowed "
            "in the inline keyboard"
        )
    if len(kinds) > 1:
        raise ApiError(
            "Bad Request: can't parse inline keyboard button: exactly one of the optional "
            f"fields must be used, found {kinds}"
        )
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str) or not 1 <= len(data.encode("utf-8")) <= 64:
            raise ApiError("Bad Request: BUTTON_DATA_INVALID")
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"(https?|tg)://\S+$", url):
            raise ApiError("Bad Request: BUTTON_URL_INVALID")
    return {key: button[key] for key in ("text", *kinds)}
