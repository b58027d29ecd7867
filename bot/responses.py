"""What the bot reads of Telegram's answers to the calls `bot.sending` makes itself.

python-telegram-bot turns every answer into Python values whole (`BaseRequest.post`,
`parse_json_payload`): for a question sent, the message Telegram made of it, its text, its
entities, its buttons, its sender and chat, where `bot.sending` keeps the message's id
alone. `IdsRead` is a request that sends through the bot's own (its connections, timeouts
and the library's handling of every error: `RetryAfter`, a chat moved, a refusal) and reads
such an answer's id from its head, as the Bot API server writes it; any other answer (an
error, a reply of another shape or spacing) is read whole, as before. It answers only
`bot.sending`'s calls: python-telegram-bot's own methods, which make objects of the whole
answer, keep the bot's request. What the head is not read for: the rest of a message's answer
is not checked for being JSON, so one that begins and ends as a message and is broken in the
middle (none a Bot API server writes; over HTTPS none reaches the bot altered) is taken for
its id, where the library said "Invalid server response".
"""

from __future__ import annotations

from typing import Any

from telegram.request import BaseRequest, RequestData

JSONDict = dict[str, Any]

# How the Bot API server writes a message sent or edited (its id first), and how the tests'
# Bot API writes it (Python's `json.dumps`): the only two ways read from the head.
_MESSAGE_HEADS = (b'{"ok":true,"result":{"message_id":',
                  b'{"ok": true, "result": {"message_id": ')
# A call answered with no more than success (a button's answer, an inline message edited).
_DONE = frozenset({b'{"ok":true,"result":true}', b'{"ok": true, "result": true}'})


def read_answer(payload: bytes) -> JSONDict:
    """Telegram's answer as `BaseRequest.parse_json_payload` reads it, with a message read
    for its id alone (`{"ok": True, "result": {"message_id": id}}`)."""
    if type(payload) is bytes:
        if payload in _DONE:
            return {"ok": True, "result": True}
        for head in _MESSAGE_HEADS:
            if payload.startswith(head):
                message_id = _id_after(payload, len(head))
                if message_id is not None:
                    return {"ok": True, "result": {"message_id": message_id}}
                break
    return BaseRequest.parse_json_payload(payload)


def _id_after(payload: bytes, start: int) -> int | None:
    """The message id a head ends before: a JSON whole number, a comma after it, and the
    answer closed as a message in a result is; None when the answer is not so."""
    end = payload.find(b",", start)
    digits = payload[start:end]
    if end < 0 or not digits.isdigit() or (digits[:1] == b"0" and len(digits) > 1) \
            or not payload.endswith(b"}}"):
        return None
    return int(digits)


class IdsRead(BaseRequest):
    """The bot's request (`sent_by`), its answers read by `read_answer`. Its connections are
    the bot's request's: started and stopped with the bot, not by this."""

    __slots__ = ("_sent_by",)

    def __init__(self, sent_by: BaseRequest) -> None:
        self._sent_by = sent_by

    @property
    def read_timeout(self) -> float | None:
        return self._sent_by.read_timeout

    async def initialize(self) -> None:
        """Nothing: the bot starts its request itself."""

    async def shutdown(self) -> None:
        """Nothing: the bot stops its request itself."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         read_timeout: Any = BaseRequest.DEFAULT_NONE,
                         write_timeout: Any = BaseRequest.DEFAULT_NONE,
                         connect_timeout: Any = BaseRequest.DEFAULT_NONE,
                         pool_timeout: Any = BaseRequest.DEFAULT_NONE) -> tuple[int, bytes]:
        return await self._sent_by.do_request(
            url=url, method=method, request_data=request_data, read_timeout=read_timeout,
            write_timeout=write_timeout, connect_timeout=connect_timeout,
            pool_timeout=pool_timeout)

    @staticmethod
    def parse_json_payload(payload: bytes) -> JSONDict:
        return read_answer(payload)
