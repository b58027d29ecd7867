"""Test helpers shipped beside the code: a Bot API answered in memory, and updates to feed it.

`MemoryRequest` is the documented python-telegram-bot hook (a `BaseRequest`), so the real
`Application` runs offline: every call is recorded and answered the way Telegram would answer
a well-formed call. The handler tests and the benchmark both drive the bot through it.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram.request import BaseRequest, RequestData

Json = dict[str, Any]
BOT_USER: Json = {"id": 123456789, "is_bot": True, "first_name": "sosbot",
                  "username": "sosbot_test_bot"}


@dataclass
class Call:
    method: str
    params: Json


@dataclass
class MemoryRequest(BaseRequest):
    """Answers Bot API calls in memory and records them; never touches the network."""

    calls: list[Call] = field(default_factory=list)
    record: bool = True
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1000))

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
        if self.record:
            self.calls.append(Call(name, params))
        return 200, json.dumps({"ok": True, "result": self._result(name, params)}).encode()

    def _result(self, name: str, params: Json) -> Any:
        if name == "getMe":
            return BOT_USER
        if name in ("sendMessage", "sendDocument", "editMessageText"):
            chat_id = int(params.get("chat_id", 0))
            message: Json = {"message_id": params.get("message_id") or next(self._ids),
                             "date": int(time.time()), "chat": {"id": chat_id, "type": "private"},
                             "from": BOT_USER}
            if "text" in params:
                message["text"] = params["text"]
            if name == "sendDocument":
                message["document"] = {"file_id": "f", "file_unique_id": "u"}
            return message
        if name == "getUpdates":
            return []
        return True

    def sent(self, method: str = "sendMessage") -> list[Json]:
        """Parameters of every call to `method`, in order."""
        return [c.params for c in self.calls if c.method == method]


@dataclass
class Updates:
    """Builds update dicts the way Telegram sends them, with increasing update ids."""

    next_id: int = 1
    _message_ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def _wrap(self, **content: Json) -> Json:
        update = {"update_id": self.next_id, **content}
        self.next_id += 1
        return update

    @staticmethod
    def user(user_id: int) -> Json:
        return {"id": user_id, "is_bot": False, "first_name": "Practitioner"}

    def message(self, user_id: int, *, chat_type: str = "private", chat_id: int | None = None,
                **content: Any) -> Json:
        chat = {"id": user_id if chat_id is None else chat_id, "type": chat_type}
        body = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat,
                "from": self.user(user_id), **content}
        return self._wrap(message=body)

    def text(self, user_id: int, text: str, **kwargs: Any) -> Json:
        content: Json = {"text": text}
        if text.startswith("/"):
            length = len(text.split(" ", 1)[0])
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.message(user_id, **content, **kwargs)

    def button(self, user_id: int, data: str, message_id: int = 1) -> Json:
        message = {"message_id": message_id, "date": int(time.time()), "from": BOT_USER,
                   "chat": {"id": user_id, "type": "private"}, "text": "question"}
        query = {"id": f"q{self.next_id}", "from": self.user(user_id), "message": message,
                 "chat_instance": str(user_id), "data": data}
        return self._wrap(callback_query=query)

    def edited(self, user_id: int, text: str) -> Json:
        update = self.text(user_id, text)
        body = update.pop("message")
        body["edit_date"] = int(time.time())
        update["edited_message"] = body
        return update
