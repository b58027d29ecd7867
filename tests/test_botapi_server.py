"""Tests of the local Bot API server, driven by the real python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.request import HTTPXRequest

from tests.botapi_server import DEFAULT_TOKEN, BotApiServer, parse_telegram_html

pytestmark = pytest.mark.e2e

USER = 1001


@pytest.fixture
async def server() -> AsyncIterator[BotApiServer]:
    async with BotApiServer() as running:
        yield running


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[Bot]:
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url) as client:
        yield client


async def raw_call(
    server: BotApiServer, method: str, payload: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """POST a JSON body straight to the server, bypassing PTB's own checks."""
    url = f"{server.base_url}{server.token}/{method}"
    async with aiohttp.ClientSession() as session, session.post(url, json=payload) as response:
        body: dict[str, Any] = await response.json()
        return response.status, body


# --------------------------------------------------------------------- protocol basics


async def test_wrong_token_is_unauthorized(server: BotApiServer) -> None:
    other = Bot("42:not-the-token", base_url=server.base_url)
    try:
        with pytest.raises(InvalidToken, match="rejected by the server"):
            await other.initialize()  # initialize() is what calls getMe
    finally:
        await other.shutdown()
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{server.base_url}42:wrong/getMe") as response,
    ):
        assert response.status == 401
        body = await response.json()
    assert body == {"ok": False, "error_code": 401, "description": "Unauthorized"}
    assert [e.status for e in server.errors] == [401, 401]


# --------------------------------------------------------------------- long polling


async def test_get_updates_returns_pending_updates_until_confirmed(
    bot: Bot, server: BotApiServer
) -> None:
    first = server.send_text(USER, "one")
    second = server.send_text(USER, "two")
    updates = await bot.get_updates(timeout=5)
    assert [u.update_id for u in updates] == [first, second]
    assert [u.message.text for u in updates if u.message] == ["one", "two"]
    again = await bot.get_updates(timeout=0)
    assert [u.update_id for u in again] == [first, second], "unconfirmed updates come back"
    rest = await bot.get_updates(offset=first + 1, timeout=0)
    assert [u.update_id for u in rest] == [second]
    assert await bot.get_updates(offset=second + 1, timeout=0) == ()
    assert server.pending_updates == 0


async def test_a_second_poll_ends_the_first_with_conflict(bot: Bot, server: BotApiServer) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=10))
    await server.wait_for(lambda: server.calls_to("getUpdates"))
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url) as other:
        assert await other.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await asyncio.wait_for(first, timeout=5)


async def test_close_releases_a_pending_long_poll(server: BotApiServer) -> None:
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url) as client:
        poll = asyncio.create_task(client.get_updates(timeout=30))
        await server.wait_for(lambda: server.calls_to("getUpdates"))
        await server.close()  # a bot test's teardown must not wait out the 30 s poll
        assert await asyncio.wait_for(poll, timeout=5) == ()


async def test_delete_webhook_can_drop_pending_updates(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "old")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert server.pending_updates == 0
    assert await bot.get_updates(timeout=0) == ()


async def test_a_webhook_stops_polling_until_it_is_deleted(bot: Bot, server: BotApiServer) -> None:
    update_id = server.send_text(USER, "waiting")
    assert await bot.set_webhook("https://bot.example.org/telegram", secret_token="s3cr-t_")
    assert server.webhook == {"url": "https://bot.example.org/telegram", "secret_token": "s3cr-t_"}
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates(timeout=0)
    with pytest.raises(BadRequest, match=r"(?i)https url"):
        await bot.set_webhook("http://bot.example.org/telegram")
    with pytest.raises(BadRequest, match=r"(?i)unallowed characters"):
        await bot.set_webhook("https://bot.example.org/telegram", secret_token="no spaces")
    assert await bot.delete_webhook()  # keeps what is pending, as the bot's restart needs
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [update_id]


# --------------------------------------------------------------------- errors like Telegram


@pytest.mark.parametrize(
    ("text", "parse_mode"),
    [
        ("x" * 4096, None),
        ("😀" * 2048, None),  # 4,096 UTF-16 units
        ("<b>" + "x" * 4096 + "</b>", "HTML"),  # tags do not count
        ("&lt;" * 4096, "HTML"),
        ("  padded  ", None),
    ],
)
async def test_text_within_the_limit_is_accepted(
    bot: Bot, server: BotApiServer, text: str, parse_mode: str | None
) -> None:
    server.send_text(USER, "hi")
    message = await bot.send_message(USER, text, parse_mode=parse_mode)
    assert message.text == (text.strip() if parse_mode is None else message.text)
    assert server.errors == []


@pytest.mark.parametrize(
    ("text", "parse_mode", "description"),
    [
        ("x" * 4097, None, "message is too long"),
        ("😀" * 2048 + "x", None, "message is too long"),
        ("<i>" + "y" * 4097 + "</i>", "HTML", "message is too long"),
        ("", None, "message text is empty"),
        ("   \n ", None, "message text is empty"),
        ("<b> </b>", "HTML", "message text is empty"),
        (
            "<foo>x</foo>",
            "HTML",
            'can\'t parse entities: Unsupported start tag "foo" at byte offset 0',
        ),
        (
            "<b>x",
            "HTML",
            "can't parse entities: Can't find end tag corresponding to start tag \"b\"",
        ),
        ("a < b", "HTML", 'can\'t parse entities: Unsupported start tag "" at byte offset 2'),
        ("x <b", "HTML", "can't parse entities: Unclosed start tag at byte offset 2"),
        ("x</b>", "HTML", "can't parse entities: Unexpected end tag at byte offset 1"),
        ("<b>x</i>", "HTML", "can't parse entities: Unmatched end tag at byte offset 4"),
        ("<b>x</b", "HTML", "can't parse entities: Unclosed end tag at byte offset 4"),
        ("a </> b", "HTML", "can't parse entities: Unexpected end tag at byte offset 2"),
        ("<br/>", "HTML", 'can\'t parse entities: Unsupported start tag "br"'),
        ("<!-- c -->x", "HTML", "can't parse entities: Unsupported start tag"),
        ("<span>x</span>", "HTML", 'Tag "span" must have class "tg-spoiler"'),
        ("<i aba>x</i>", "HTML", "Expected equal sign"),
        ("&foo; bar", "HTML", 'Unsupported HTML entity "&foo;"'),
        ("Tom & Jerry", "HTML", 'Unescaped "&"'),
        ("&#xD800;", "HTML", "invalid Unicode characters"),
        ("é<b>x</b><q>", "HTML", 'Unsupported start tag "q" at byte offset 10'),
        ("*bold*", "MarkdownV2", "unsupported parse_mode"),
    ],
)
async def test_bad_text_is_refused_like_telegram(
    bot: Bot, server: BotApiServer, text: str, parse_mode: str | None, description: str
) -> None:
    server.send_text(USER, "hi")
    with pytest.raises(BadRequest) as raised:
        await bot.send_message(USER, text, parse_mode=parse_mode)
    assert description.lower() in raised.value.message.lower()
    [error] = server.errors
    assert error.status == 400
    assert error.method == "sendMessage"
    assert error.description == "Bad Request: " + error.description.removeprefix("Bad Request: ")
    assert description in error.description
    assert server.chat(USER) == []


def button(**fields: Any) -> dict[str, Any]:
    return {"text": "Tap", **fields}


@pytest.mark.parametrize(
    ("markup", "description"),
    [
        ({"inline_keyboard": [[button(callback_data="x" * 65)]]}, "BUTTON_DATA_INVALID"),
        ({"inline_keyboard": [[button(callback_data="é" * 33)]]}, "BUTTON_DATA_INVALID"),
        ({"inline_keyboard": [[button(callback_data="")]]}, "BUTTON_DATA_INVALID"),
        ({"inline_keyboard": [[button()]]}, "Text buttons are unallowed"),
        ({"inline_keyboard": [[button(callback_data="a", url="https://e.org")]]}, "exactly one"),
        ({"inline_keyboard": [[button(url="javascript:alert(1)")]]}, "BUTTON_URL_INVALID"),
        ({"inline_keyboard": [[{"callback_data": "a"}]]}, 'Field "text"'),
        ({"inline_keyboard": [button(callback_data="a")]}, "must be an Array of Arrays"),
        ({"inline_keyboard": "nope"}, "must be an Array of Arrays"),
        ({"keybored": []}, "can't parse reply keyboard markup"),
    ],
)
async def test_bad_inline_keyboards_are_refused(
    bot: Bot, server: BotApiServer, markup: dict[str, Any], description: str
) -> None:
    server.send_text(USER, "hi")
    status, body = await raw_call(
        server, "sendMessage", {"chat_id": USER, "text": "x", "reply_markup": markup}
    )
    assert status == 400
    assert body["ok"] is False
    assert body["error_code"] == 400
    assert description in body["description"]
    assert server.errors[-1].description == body["description"]


async def test_callback_data_of_64_bytes_is_accepted_and_65_refused(
    bot: Bot, server: BotApiServer
) -> None:
    server.send_text(USER, "hi")
    ok = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="é" * 32)]])
    await bot.send_message(USER, "fine", reply_markup=ok)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data="x" * 65)]])
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(USER, "too long", reply_markup=too_long)
    assert server.texts(USER) == ["fine"]


async def test_edit_errors(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "hi")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(USER, "<b>Q</b>", parse_mode="HTML", reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified: specified new message"):
        await bot.edit_message_text("<b>Q</b>", USER, sent.message_id, parse_mode="HTML",
                                    reply_markup=keyboard)  # fmt: skip
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("new", USER, 999)
    with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
        await bot.edit_message_text("new", USER, 1)  # the user's own message
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(555, "nobody started me")
    # Same text with other formatting is a real change.
    await bot.edit_message_text("Q", USER, sent.message_id, reply_markup=keyboard)
    message = server.message(USER, sent.message_id)
    assert (message.text, message.entities) == ("Q", [])
    assert [e.description for e in server.errors] == [
        "Bad Request: message is not modified: specified new message content and reply markup"
        " are exactly the same as a current content and reply markup of the message",
        "Bad Request: message to edit not found",
        "Bad Request: message can't be edited",
        "Bad Request: chat not found",
    ]


async def test_callback_queries_can_be_answered_once(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "hi")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    sent = await bot.send_message(USER, "Q", reply_markup=keyboard)
    server.press_button(USER, sent.message_id, "a")
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None
    assert query.message is not None
    assert query.message.message_id == sent.message_id
    assert await query.answer()
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer()
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query("no-such-query")


async def test_send_document_bytes_arrive_intact(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "hi")
    payload = os.urandom(200_000) + b"\x00\r\n--boundary--\r\n"
    message = await bot.send_document(
        USER, payload, filename="safety-map.docx", caption="<b>Map</b>", parse_mode="HTML"
    )
    [document] = server.documents(USER)
    assert document.content == payload
    assert document.filename == "safety-map.docx"
    assert document.mime_type.endswith("wordprocessingml.document")
    assert document.caption == "Map"
    assert message.document is not None
    assert message.document.file_size == len(payload)
    assert message.caption_entities[0].type == "bold"
    assert server.chat(USER)[-1].kind == "document"
    call = server.calls_to("sendDocument")[0]
    assert call["document"]["filename"] == "safety-map.docx"


# --------------------------------------------------------------------- waiting helpers


async def test_wait_idle_times_out_when_nobody_polls(server: BotApiServer) -> None:
    server.send_text(USER, "anyone?")
    with pytest.raises(TimeoutError, match="1 update"):
        await server.wait_idle(timeout=0.3)


async def test_wait_for_returns_the_value_or_times_out(server: BotApiServer) -> None:
    async def later() -> None:
        await asyncio.sleep(0.05)
        server.send_text(USER, "ping")

    task = asyncio.create_task(later())
    assert await server.wait_for(lambda: server.pending_updates, timeout=2) == 1
    await task
    with pytest.raises(TimeoutError):
        await server.wait_for(lambda: server.chat(USER), timeout=0.1)


# --------------------------------------------------------------------- the HTML checker


def ent(kind: str, offset: int, length: int, **extra: str) -> dict[str, Any]:
    return {"type": kind, "offset": offset, "length": length, **extra}


@pytest.mark.parametrize(
    ("source", "text", "entities"),
    [
        ("plain", "plain", []),
        ("<b>bold</b> and <i>it</i>", "bold and it", [ent("bold", 0, 4), ent("italic", 9, 2)]),
        ("😀<u>x</u>", "😀x", [ent("underline", 2, 1)]),
        (
            '<a href="https://e.org/?a=1&amp;b=2">link</a>',
            "link",
            [ent("text_link", 0, 4, url="https://e.org/?a=1&b=2")],
        ),
        (
            '<pre><code class="language-python">x = 1</code></pre>',
            "x = 1",
            [ent("pre", 0, 5, language="python")],
        ),
        ("<blockquote expandable>q</blockquote>", "q", [ent("expandable_blockquote", 0, 1)]),
        (
            '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>',
            "st",
            [ent("spoiler", 0, 1), ent("spoiler", 1, 1)],
        ),
        (
            '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
            "👍",
            [ent("custom_emoji", 0, 2, custom_emoji_id="5368324170671202286")],
        ),
        ("&lt;&gt;&amp;&quot;&#65;&#x1F600; >", '<>&"A😀 >', []),
        ("<B>caps</B>", "caps", [ent("bold", 0, 4)]),
        ("<b><i>both</i></b>", "both", [ent("bold", 0, 4), ent("italic", 0, 4)]),
    ],
)
def test_html_checker_builds_text_and_entities(
    source: str, text: str, entities: list[dict[str, Any]]
) -> None:
    assert parse_telegram_html(source) == (text, entities)


def test_html_checker_lenient_mode_keeps_stray_ampersands() -> None:
    assert parse_telegram_html("Tom & Jerry &foo;", strict=False)[0] == "Tom & Jerry &foo;"


# --------------------------------------------------------------------- injected faults


async def test_a_chosen_method_fails_for_a_chosen_number_of_calls(
    bot: Bot, server: BotApiServer
) -> None:
    server.inject_update({"message": {"message_id": 1, "date": 0, "text": "hi",
                                      "chat": {"id": USER, "type": "private"}}})
    server.fail("sendMessage", times=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Bad Gateway"):
            await bot.send_message(USER, "one")
    await bot.send_message(USER, "two")
    assert server.texts(USER) == ["two"]  # the failed calls delivered nothing
    assert [e.status for e in server.errors] == [502, 502]


async def test_flood_control_answers_429_with_retry_after(
    bot: Bot, server: BotApiServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # retry_after as a timedelta, without a warning
    server.inject_update({"message": {"message_id": 1, "date": 0, "text": "hi",
                                      "chat": {"id": USER, "type": "private"}}})
    server.fail("sendMessage", code=429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "one")
    assert caught.value.retry_after in (7, dt.timedelta(seconds=7))  # int before PTB 22.2
    await bot.get_me()  # other methods are untouched
    await bot.send_message(USER, "one")
    assert server.texts(USER) == ["one"]


async def test_a_failure_after_the_effect_loses_only_the_answer(
    bot: Bot, server: BotApiServer
) -> None:
    server.inject_update({"message": {"message_id": 1, "date": 0, "text": "hi",
                                      "chat": {"id": USER, "type": "private"}}})
    server.fail("sendMessage", after=True)
    with pytest.raises(NetworkError):
        await bot.send_message(USER, "delivered anyway")
    assert server.texts(USER) == ["delivered anyway"]


async def test_a_hung_call_times_out_on_the_client(server: BotApiServer) -> None:
    server.inject_update({"message": {"message_id": 1, "date": 0, "text": "hi",
                                      "chat": {"id": USER, "type": "private"}}})
    request = HTTPXRequest(read_timeout=0.5)
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url, request=request) as client:
        server.hang("sendMessage")
        with pytest.raises(TimedOut):
            await client.send_message(USER, "lost")
        await client.send_message(USER, "kept")
    assert server.texts(USER) == ["kept"]


async def test_a_slow_call_is_answered_after_its_delay(bot: Bot, server: BotApiServer) -> None:
    server.hang("getMe", seconds=0.2)
    me = await bot.get_me()
    assert me.username == server.bot_user["username"]


async def test_closing_releases_hung_calls(server: BotApiServer) -> None:
    async with Bot(DEFAULT_TOKEN, base_url=server.base_url) as client:
        server.hang("getMe", times=None)
        call = asyncio.create_task(client.get_me())
        await server.wait_for(lambda: server.calls_to("getMe"))
        await server.close()
        with pytest.raises(NetworkError):
            await call


async def test_faults_only_name_methods_the_server_has(server: BotApiServer) -> None:
    with pytest.raises(ValueError, match="sendTelepathy"):
        server.fail("sendTelepathy")


async def test_any_method_with_a_wrong_token_is_unauthorized(server: BotApiServer) -> None:
    async with aiohttp.ClientSession() as session:
        for method in ("getMe", "sendMessage", "getUpdates"):
            url = f"{server.base_url}{DEFAULT_TOKEN[:-1]}x/{method}"
            async with session.post(url, json={}) as response:
                assert response.status == 401
    assert server.calls == []  # nothing was done for the wrong token
