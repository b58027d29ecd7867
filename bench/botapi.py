"""Telegram, played in memory: a `BaseRequest` that answers Bot API calls, and updates as JSON.

The request object answers the way Telegram does (a `Message` for sendMessage and
editMessageText, `true` for answerCallbackQuery and setMyCommands), so python-telegram-bot
decodes real results. Each chat keeps only the messages sent since the practitioner last
looked, so a long run holds nothing per chat but a counter.
"""

from __future__ import annotations

import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from telegram._utils.defaultvalue import DEFAULT_NONE
from telegram._utils.types import ODVInput
from telegram.request import BaseRequest, RequestData

Json = dict[str, Any]
TOKEN = "123456789:ABCdefGhIJKlmnoPQRstuVWXyz012345678"
BOT_USER: Json = {"id": 123456789, "is_bot": True, "first_name": "sosbot",
                  "username": "sosbot_bench_bot", "can_join_groups": False,
                  "can_read_all_group_messages": False, "supports_inline_queries": False}
TRUE_METHODS = frozenset({"answercallbackquery", "setmycommands", "deletewebhook",
                          "deletemessage", "sendchataction", "close", "logout"})


@dataclass(frozen=True)
class Sent:
    """A message the bot sent or edited: its id, text and the callback data of its buttons."""

    message_id: int
    text: str
    buttons: tuple[tuple[str, str], ...]  # (label, callback_data)


def _buttons(markup: Any) -> tuple[tuple[str, str], ...]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    rows = (markup or {}).get("inline_keyboard", [])
    return tuple((b["text"], b["callback_data"]) for row in rows for b in row
                 if "callback_data" in b)


class StubRequest(BaseRequest):
    """Answers every Bot API call in memory; `outbox(chat)` hands over what a chat received."""

    def __init__(self, *, keep: bool = True) -> None:
        self.keep = keep
        self.calls: defaultdict[str, int] = defaultdict(int)
        self._ids: defaultdict[int, itertools.count[int]] = defaultdict(lambda: itertools.count(1))
        self._outbox: defaultdict[int, list[Sent]] = defaultdict(list)

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    def outbox(self, chat_id: int) -> list[Sent]:
        """The messages sent (or edited) in a chat since the last call, oldest first."""
        return self._outbox.pop(chat_id, [])

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: ODVInput[float] = DEFAULT_NONE,
                         write_timeout: ODVInput[float] = DEFAULT_NONE,
                         connect_timeout: ODVInput[float] = DEFAULT_NONE,
                         pool_timeout: ODVInput[float] = DEFAULT_NONE) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1].lower()
        self.calls[name] += 1
        params = request_data.parameters if request_data is not None else {}
        result = self._result(name, params)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _result(self, name: str, params: Json) -> Any:
        if name == "getme":
            return BOT_USER
        if name in TRUE_METHODS:
            return True
        if name == "getupdates":
            return []
        if name in ("sendmessage", "editmessagetext", "senddocument"):
            return self._message(name, params)
        return True

    def _message(self, name: str, params: Json) -> Json:
        chat_id = int(params["chat_id"])
        if name == "editmessagetext":
            message_id = int(params["message_id"])
        else:
            message_id = next(self._ids[chat_id])
        text = str(params.get("text", ""))
        markup = params.get("reply_markup")
        if self.keep:
            self._outbox[chat_id].append(Sent(message_id, text, _buttons(markup)))
        message: Json = {"message_id": message_id, "date": int(time.time()),
                         "chat": {"id": chat_id, "type": "private", "first_name": "P"},
                         "from": BOT_USER, "text": text}
        if name == "editmessagetext":
            message["edit_date"] = int(time.time())
        if name == "senddocument":
            del message["text"]
            message["document"] = {"file_id": f"doc{message_id}", "file_unique_id":
                                   f"u{message_id}", "file_name": "summary"}
        if markup:
            message["reply_markup"] = json.loads(markup) if isinstance(markup, str) else markup
        return message


# --- updates, as Telegram sends them ------------------------------------------------------


def _person(user_id: int) -> Json:
    return {"id": user_id, "is_bot": False, "first_name": "Practitioner", "language_code": "en"}


def message_update(update_id: int, user_id: int, message_id: int, text: str) -> bytes:
    """A private text message (a command when it starts with /), as the raw JSON body."""
    message: Json = {"message_id": message_id, "date": int(time.time()),
                     "chat": {"id": user_id, "type": "private", "first_name": "Practitioner"},
                     "from": _person(user_id), "text": text}
    if text.startswith("/"):
        length = len(text.split(" ", 1)[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return json.dumps({"update_id": update_id, "message": message}).encode()


def callback_update(update_id: int, user_id: int, pressed: Sent, data: str) -> bytes:
    """A tap on an inline button of a message the bot sent, as the raw JSON body."""
    message = {"message_id": pressed.message_id, "date": int(time.time()),
               "chat": {"id": user_id, "type": "private", "first_name": "Practitioner"},
               "from": BOT_USER, "text": pressed.text,
               "reply_markup": {"inline_keyboard": [[{"text": label, "callback_data": d}]
                                                    for label, d in pressed.buttons]}}
    query = {"id": f"{user_id}{update_id}", "from": _person(user_id),
             "chat_instance": f"ci{user_id}", "data": data, "message": message}
    return json.dumps({"update_id": update_id, "callback_query": query}).encode()
