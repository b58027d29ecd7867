"""The fifty-fourth pass's cuts to the Bot API answers and the store's turn (perf54c) change
nothing a practitioner sees.

Each test holds both halves: what the cut work was for still happens (the message id the bot
keeps is the one Telegram gave; Telegram's refusals, its "retry after" among them, come out
as the same errors; one user's turns still go one at a time, first come first served, and
a cancelled wait gives its place up), and the work cut stays cut, counted through the real
bot, its encrypted store and the shipped flows.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.request import BaseRequest, RequestData
from telegram.request._requestparameter import RequestParameter

from bot import sending
from bot.responses import IdsRead, read_answer
from storage.locks import Gate, UserLocks
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtythird_b import mapping

__all__ = ["bot"]  # the fixture

TOKEN = "123456789:" + "a" * 35


# --- Telegram's answer to a question sent: its id read from its head ------------------------

async def test_a_typed_answer_reads_no_answer_of_telegram_whole(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The question sent and the one answered (its buttons taken off) were each read whole
    from Telegram's answer into Python values, the message's text, sender, chat and buttons,
    for the bot to keep the id; the id is read from the answer's head, and it is the id of
    the message the practitioner sees, kept as the question's message."""
    await mapping(bot, "KB-7")
    bot.request.outbox(USER)
    read_whole: list[bytes] = []
    real = BaseRequest.parse_json_payload

    def counted(payload: bytes) -> Any:
        read_whole.append(payload)
        return real(payload)

    monkeypatch.setattr(BaseRequest, "parse_json_payload", staticmethod(counted))
    await bot.say("Dad shouts at T most evenings and T hides in her room.")
    assert read_whole == []
    shown = bot.request.outbox(USER)
    assert [m.text for m in shown][-1] == bot.texts()[-1]  # the next question
    session = await bot.conversation.store.session(USER)
    assert session.question_message == shown[-1].message_id


MESSAGE = {"message_id": 0, "date": 1796661356,
           "from": {"id": 123456789, "is_bot": True, "first_name": "sosbot"},
           "chat": {"id": 4242, "type": "private", "first_name": "P"},
           "text": 'Question 3 of 12 \u2014 "What\'s working well?" \\ \U0001f600',
           "entities": [{"offset": 0, "length": 16, "type": "bold"}],
           "reply_markup": {"inline_keyboard": [[{"text": "Back", "callback_data": "b:1"}]]}}


def made_answers() -> list[bytes]:
    """Telegram's answers as the Bot API server writes them and as the tests' Bot API does
    (`json.dumps`), with ids of every length, and shapes read whole: other spacing, another
    key first, a result of True, refusals, ids that are not JSON's whole numbers, bodies
    that are not JSON at all."""
    answers = []
    for message_id in (1, 9, 10, 42, 4095, 2**31 - 1, 2**53, 10**25):
        body = {"ok": True, "result": {**MESSAGE, "message_id": message_id}}
        answers += [json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode(),
                    json.dumps(body).encode(), json.dumps(body, indent=1).encode(),
                    json.dumps({"result": body["result"], "ok": True}).encode(),
                    json.dumps({"ok": True, "result": {"date": 1, **body["result"]}}).encode()]
    for spelt in ("0", "00", "01", "-3", "1.5", "1e3", '"5"', "null", "true", " 5", "5 "):
        for head in ('{"ok":true,"result":{"message_id":',
                     '{"ok": true, "result": {"message_id": '):
            answers += [f'{head}{spelt},"date":1}}}}'.encode(), f"{head}{spelt}}}}}".encode()]
    answers += [b'{"ok":true,"result":true}', b'{"ok": true, "result": true}',
                b'{"ok":true,"result":false}', b'{"ok":true,"result":true}\n',
                b'{"ok":false,"error_code":429,"description":"Too Many Requests: retry after '
                b'3","parameters":{"retry_after":3}}', b"", b"<html>Bad Gateway</html>",
                b'{"ok":true,"result":{"message_id":5', b'{"ok":true,"result":{"message_id":5,',
                '{"ok":true,"result":{"message_id":7,"text":"caf\u00e9"}}'.encode("latin-1")]
    return answers


def reading(read: Any, payload: bytes) -> Any:
    """What `read` makes of `payload`: its values, or the words of its error."""
    try:
        return read(payload)
    except TelegramError as exc:
        return ("refused", str(exc))


def test_an_answer_read_from_its_head_is_the_answer_read_whole() -> None:
    """Every answer is read as python-telegram-bot reads it (the same values, or the same
    error), but a message sent or edited, which is read for its id alone: the id the whole
    reading gives."""
    from_head = 0
    for payload in made_answers():
        whole, read = reading(BaseRequest.parse_json_payload, payload), \
            reading(read_answer, payload)
        if read != whole:
            assert read == {"ok": True, "result": {"message_id": whole["result"]["message_id"]}}
            assert whole["ok"] is True
            assert type(whole["result"]["message_id"]) is int
            from_head += 1
    # the 8 ids in both writings, the id 0 in both, and a message whose text is not UTF-8
    # (its letter replaced, as python-telegram-bot reads it): every other answer read whole
    assert from_head == 19


class Canned(BaseRequest):
    """Telegram answering every call with one status and body."""

    def __init__(self, status: int, body: bytes) -> None:
        self.status, self.body = status, body

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return self.status, self.body


REFUSALS = [
    (429, b'{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 3",'
          b'"parameters":{"retry_after":3}}', RetryAfter),
    (400, b'{"ok":false,"error_code":400,"description":"Bad Request: message is not '
          b'modified"}', BadRequest),
    (403, b'{"ok":false,"error_code":403,"description":"Forbidden: bot was blocked by the '
          b'user"}', Forbidden),
    (400, b'{"ok":false,"error_code":400,"description":"Bad Request: chat not found",'
          b'"parameters":{"migrate_to_chat_id":-100123}}', TelegramError),
    (502, b"<html>Bad Gateway</html>", NetworkError),
    (200, b'{"ok": true, "result": {"message_id": 12, "date"', TelegramError),
]


@pytest.mark.parametrize(("status", "body", "kind"), REFUSALS)
async def test_telegrams_refusals_come_out_as_the_same_errors(
        status: int, body: bytes, kind: type[Exception]) -> None:
    """A question Telegram refuses (flood control's "retry after", a message not modified, a
    blocked bot, a group moved, a proxy's error page, a reply cut short) raises what
    python-telegram-bot raises for it, with the same words and the same pause, so the
    flood control and the handlers react as before."""
    request = Canned(status, body)
    with pytest.raises(TelegramError) as library:
        await request.post(url=f"https://api.telegram.org/bot{TOKEN}/sendMessage",
                           request_data=RequestData([]))
    bot_ = sending.TopicBot(TOKEN, request=request, get_updates_request=Canned(200, b""))
    with pytest.raises(kind) as ours:
        await sending.send(bot_, 4242, "A question?")
    assert type(ours.value) is type(library.value)
    assert str(ours.value) == str(library.value)
    assert getattr(ours.value, "retry_after", None) == getattr(library.value, "retry_after", None)


async def test_the_bots_request_is_the_one_that_sends() -> None:
    """`IdsRead` sends through the bot's own request (its connections and timeouts), which
    the bot starts and stops: a question goes out through it, and is answered."""
    request = Canned(200, b'{"ok":true,"result":{"message_id":77,"date":1,"chat":{"id":1}}}')
    bot_ = sending.TopicBot(TOKEN, request=request, get_updates_request=Canned(200, b""))
    assert isinstance(bot_._ids_read, IdsRead)
    assert bot_._ids_read.read_timeout == request.read_timeout
    assert await sending.send(bot_, 1, "A question?") == 77


class Keeping(Canned):
    """Telegram answering a question sent, keeping each call's request data."""

    def __init__(self) -> None:
        super().__init__(200, b'{"ok":true,"result":{"message_id":5,"date":1}}')
        self.posted: list[RequestData] = []

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        self.posted.append(kwargs["request_data"])
        return await super().do_request(*args, **kwargs)


def made_calls() -> list[dict[str, Any]]:
    """The plain parameters `bot.sending` posts (`_is_plain`): chats and messages by number,
    Telegram HTML of every kind of letter, the link preview's and buttons' JSON."""
    texts = ["A question?", "<b>Question 4 of 12</b>\n\nWhat's working well? \u2014 \"Mum\" &amp;",
             "\U0001f600 \u0663 \ud7ff \u2028 tab\there", "x" * 4096]
    keyboard = {"inline_keyboard": [[{"text": "\u2b05 Back", "callback_data": "b:abc:4"},
                                     {"text": "Skip", "callback_data": "s:abc:4"}]]}
    calls: list[dict[str, Any]] = []
    for chat in (1, 4242, -1001234567890, 2**53):
        for text in texts:
            call = sending._html(chat, text, keyboard if chat % 2 else None)
            calls += [call, {"message_id": 2**31 - 1, **call}]
    calls += [{"callback_query_id": "4242424242", "text": "That question has moved on."},
              {"callback_query_id": "1"}]
    return calls


async def test_a_call_is_posted_as_the_library_would_post_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Each call's parameters reach the request as python-telegram-bot's own `Bot._post`
    makes them (`RequestParameter.from_input`, `RequestData`): the same values, the same
    JSON posted, no file; built without the library's frames for each (a number's or a
    dict's parameter is not made by `RequestParameter.__init__`, the call's data not asked
    for files in a generator)."""
    request = Keeping()
    bot_ = sending.TopicBot(TOKEN, request=request, get_updates_request=Canned(200, b""))
    made = {"parameter": 0, "data": 0}
    real_parameter, real_data = RequestParameter.__init__, RequestData.__init__

    def parameter(self: RequestParameter, *args: Any, **kwargs: Any) -> None:
        made["parameter"] += 1
        real_parameter(self, *args, **kwargs)

    def data(self: RequestData, *args: Any, **kwargs: Any) -> None:
        made["data"] += 1
        real_data(self, *args, **kwargs)

    calls = made_calls()
    with monkeypatch.context() as counted:
        counted.setattr(RequestParameter, "__init__", parameter)
        counted.setattr(RequestData, "__init__", data)
        for call in calls:
            await sending._post(bot_, "sendMessage", dict(call))
    texts = sum(type(value) is str for call in calls for value in call.values())
    assert made == {"parameter": texts, "data": 0}  # the texts' own, as before
    for call, posted in zip(calls, request.posted, strict=True):
        library = RequestData([RequestParameter.from_input(k, v) for k, v in call.items()])
        assert posted.parameters == library.parameters
        assert posted.json_parameters == library.json_parameters
        assert posted.json_payload == library.json_payload
        assert posted.contains_files is library.contains_files is False
        assert posted.multipart_data == library.multipart_data


# --- a user's lock: no asyncio.Lock made, taken and dropped for each -------------------------

async def test_a_typed_answer_makes_no_lock_object(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot's order of a user's updates, the conversation's and the store's each made an
    `asyncio.Lock` for the user, took it and dropped it, at every update (three a typed
    answer); a user's lock held by nobody else is now an entry in a dict."""
    await mapping(bot, "KB-7")
    made: list[object] = []
    real = asyncio.Lock.__init__

    def counted(self: asyncio.Lock, *args: Any, **kwargs: Any) -> None:
        made.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(asyncio.Lock, "__init__", counted)
    before = len(bot.texts())
    await bot.say("Dad shouts at T most evenings and T hides in her room.")
    assert len(bot.texts()) > before
    assert made == []


async def test_one_users_turns_go_one_at_a_time_first_come_first_served() -> None:
    """Three turns of one user wait for each other in the order they came; another user's
    turn does not wait for them; nothing is kept once they are all done."""
    locks = UserLocks()
    order: list[str] = []
    release = asyncio.Event()

    async def turn(user: int, name: str) -> None:
        async with locks.held(user):
            order.append(f"{name} in")
            if name == "first":
                await release.wait()
            await asyncio.sleep(0)
            order.append(f"{name} out")

    first = asyncio.create_task(turn(1, "first"))
    await asyncio.sleep(0)
    later = [asyncio.create_task(turn(1, name)) for name in ("second", "third")]
    await turn(2, "another user")
    release.set()
    await asyncio.gather(first, *later)
    assert order == ["first in", "another user in", "another user out", "first out",
                     "second in", "second out", "third in", "third out"]
    assert locks._held == {}


async def test_a_cancelled_wait_gives_its_place_up() -> None:
    """A turn cancelled while it waits (its update given up) is passed over; one cancelled
    once the lock was handed to it, before it ran, hands it on: the turns after either still
    come, and nothing is kept."""
    locks = UserLocks()
    order: list[str] = []
    holding = asyncio.Event()
    release = asyncio.Event()
    tasks: dict[str, asyncio.Task[None]] = {}

    async def turn(name: str) -> None:
        async with locks.held(1):
            order.append(name)
            if name == "first":
                holding.set()
                await release.wait()
        if name == "first":  # handed to the next still waiting, which has not run yet
            tasks["cancelled when handed"].cancel()

    tasks["first"] = asyncio.create_task(turn("first"))
    await holding.wait()
    for name in ("cancelled waiting", "cancelled when handed", "last"):
        tasks[name] = asyncio.create_task(turn(name))
    await asyncio.sleep(0)
    tasks["cancelled waiting"].cancel()
    await asyncio.sleep(0)
    release.set()
    await asyncio.gather(*tasks.values(), return_exceptions=True)
    assert order == ["first", "last"]
    assert tasks["cancelled waiting"].cancelled()
    assert tasks["cancelled when handed"].cancelled()
    assert locks._held == {}


async def test_a_job_alone_waits_for_the_turns_and_keeps_new_ones_out() -> None:
    """The gate's turns pass side by side; a job alone waits for the open ones and keeps new
    ones out until it is done (entered without a coroutine of its own while open)."""
    gate = Gate()
    order: list[str] = []
    done_turn = asyncio.Event()

    async def turn(name: str, wait: bool = False) -> None:
        async with gate.turn():
            order.append(f"{name} in")
            if wait:
                await done_turn.wait()
            order.append(f"{name} out")

    async def job() -> None:
        async with gate.alone():
            order.append("job")

    first = asyncio.create_task(turn("first", wait=True))
    await asyncio.sleep(0)
    alone = asyncio.create_task(job())
    await asyncio.sleep(0)
    late = asyncio.create_task(turn("late"))
    await asyncio.sleep(0)
    done_turn.set()
    await asyncio.gather(first, alone, late)
    assert order == ["first in", "first out", "job", "late in", "late out"]
    assert gate._turns == 0
    assert gate._idle.is_set()
