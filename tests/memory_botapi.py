"""Telegram played in memory, for the handler tests and the benchmark (shipped in no package).

`MemoryRequest` is python-telegram-bot's documented hook for its HTTP layer (a `BaseRequest`),
so the real `Application` runs offline: every Bot API call is answered the way Telegram
answers a well-formed call (a `Message` for sendMessage and editMessageText, `true` for
answerCallbackQuery and the like), and python-telegram-bot decodes real results. `Updates`
builds updates as Telegram sends them. The HTTP server in `tests/botapi_server.py` is the
end-to-end counterpart, with Telegram's limits and errors.
"""

from __future__ import annotations

import itertools
import json
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from telegram.request import BaseRequest, RequestData

Json = dict[str, Any]
TOKEN = "123456789:ABCdefGhIJKlmnoPQRstuVWXyz012345678"
BOT_USER: Json = {"id": 123456789, "is_bot": True, "first_name": "sosbot",
                  "username": "sosbot_test_bot"}
MESSAGE_METHODS = frozenset({"sendMessage", "editMessageText", "sendDocument"})
# Message ids as Telegram gives them in a chat: one sequence for both sides' messages, so a
# message the user sent before a question has a smaller id than the question's message.
# (One sequence for every chat keeps that true in each.)
MESSAGE_IDS = itertools.count(1)


@dataclass(frozen=True)
class Sent:
    """A message the bot sent or edited, as a practitioner sees it: its text and buttons."""

    message_id: int
    text: str
    buttons: tuple[tuple[str, str], ...] = ()  # (label, callback_data)


@dataclass
class Call:
    method: str
    params: Json


def buttons_of(markup: Any) -> tuple[tuple[str, str], ...]:
    """(label, callback_data) of every button of an inline keyboard (a dict or its JSON)."""
    if isinstance(markup, str):
        markup = json.loads(markup)
    if hasattr(markup, "to_dict"):
        markup = markup.to_dict()
    rows = (markup or {}).get("inline_keyboard", [])
    return tuple((b["text"], b["callback_data"]) for row in rows for b in row
                 if "callback_data" in b)


class MemoryRequest(BaseRequest):
    """Answers Bot API calls in memory; never touches the network.

    `counts` counts every call by method. With `record`, every call is also kept in `calls`
    (tests read them); a long benchmark run switches that off. `outbox(chat)` hands over what
    a chat received since it last looked, so nothing piles up per chat.
    """

    def __init__(self, *, record: bool = True) -> None:
        self.record = record
        self.calls: list[Call] = []
        self.counts: Counter[str] = Counter()
        self._outbox: defaultdict[int, list[Sent]] = defaultdict(list)

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data is not None else {}
        self.counts[name] += 1
        if self.record:
            self.calls.append(Call(name, params))
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def sent(self, method: str = "sendMessage") -> list[Json]:
        """Parameters of every recorded call to `method`, in order."""
        return [c.params for c in self.calls if c.method == method]

    def outbox(self, chat_id: int) -> list[Sent]:
        """The messages sent (or edited) in a chat since the last call, oldest first."""
        return self._outbox.pop(chat_id, [])

    def _result(self, name: str, params: Json) -> Any:
        if name == "getMe":
            return BOT_USER
        if name == "getUpdates":
            return []
        if name in MESSAGE_METHODS:
            return self._message(name, params)
        return True

    def _message(self, name: str, params: Json) -> Json:
        chat_id = int(params.get("chat_id", 0))
        given = params.get("message_id")
        message_id = int(given) if given else next(MESSAGE_IDS)
        markup = params.get("reply_markup")
        now = int(time.time())
        message: Json = {"message_id": message_id, "date": now, "from": BOT_USER,
                         "chat": {"id": chat_id, "type": "private", "first_name": "P"}}
        if "text" in params:
            message["text"] = params["text"]
            self._outbox[chat_id].append(Sent(message_id, str(params["text"]),
                                              buttons_of(markup)))
        if name == "editMessageText":
            message["edit_date"] = now
        if name == "sendDocument":
            message["document"] = {"file_id": f"doc{message_id}",
                                   "file_unique_id": f"u{message_id}"}
        if markup:
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message


@dataclass
class Updates:
    """Builds updates the way Telegram sends them, with increasing update ids."""

    next_id: int = 1

    def _wrap(self, **content: Json) -> Json:
        update = {"update_id": self.next_id, **content}
        self.next_id += 1
        return update

    @staticmethod
    def user(user_id: int) -> Json:
        return {"id": user_id, "is_bot": False, "first_name": "Practitioner",
                "language_code": "en"}

    def message(self, user_id: int, *, chat_type: str = "private", chat_id: int | None = None,
                **content: Any) -> Json:
        chat = {"id": user_id if chat_id is None else chat_id, "type": chat_type}
        body = {"message_id": next(MESSAGE_IDS), "date": int(time.time()), "chat": chat,
                "from": self.user(user_id), **content}
        return self._wrap(message=body)

    def text(self, user_id: int, text: str, **kwargs: Any) -> Json:
        content: Json = {"text": text}
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.message(user_id, **content, **kwargs)

    def button(self, user_id: int, data: str, message_id: int = 1,
               pressed: Sent | None = None) -> Json:
        """A tap on a button; `pressed` is the message it was on (its text and keyboard)."""
        shown = pressed or Sent(message_id, "question")
        message: Json = {"message_id": shown.message_id, "date": int(time.time()),
                         "from": BOT_USER, "chat": {"id": user_id, "type": "private"},
                         "text": shown.text}
        if shown.buttons:
            message["reply_markup"] = {"inline_keyboard": [[{"text": label, "callback_data": d}]
                                                           for label, d in shown.buttons]}
        query = {"id": f"q{self.next_id}", "from": self.user(user_id), "message": message,
                 "chat_instance": str(user_id), "data": data}
        return self._wrap(callback_query=query)

    def edited(self, user_id: int, text: str) -> Json:
        update = self.text(user_id, text)
        body = update.pop("message")
        body["edit_date"] = int(time.time())
        update["edited_message"] = body
        return update


def raw(update: Json) -> bytes:
    """An update as the raw JSON body Telegram posts (or getUpdates returns)."""
    return json.dumps(update).encode()
