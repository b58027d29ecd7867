"""Tests of the local Bot API server, driven by the real python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from tests.botapi_server import DEFAULT_TOKEN, BotApiServer, parse_telegram_html

pytestmark = pytest.mark.e2e

USER = 1001
POLL_TIMEOUT = 20  # seconds; shutdown must not wait for it


@pytest.fixture
async def server() -> AsyncIterator[BotApiServer]:
    async with BotApiServer() as running:
        yield running


@pytest.fixture
async def bot(server: BotApiServer) -> AsyncIterator[Bot]:
    async with Bot(
        DEFAULT_TOKEN, base_url=server.base_url, base_file_url=server.base_file_url
    ) as client:
        yield client


class Polling:
    """A running PTB Application plus what its handlers and error handler saw."""

    def __init__(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self.app = app
        self.seen: list[Update] = []
        self.failures: list[BaseException] = []
        self.stop_seconds = 0.0


@asynccontextmanager
async def polling(
    server: BotApiServer, *handlers: BaseHandler[Any, Any, Any], poll_timeout: int = POLL_TIMEOUT
) -> AsyncIterator[Polling]:
    """Run the real Application in polling mode; fail if its error handler fired."""
    app = server.application_builder().build()
    run = Polling(app)

    async def record(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert context.error is not None
        run.failures.append(context.error)

    for handler in handlers:
        app.add_handler(handler)
    app.add_error_handler(record)
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=poll_timeout)
    try:
        yield run
    finally:
        started = time.monotonic()
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        run.stop_seconds = time.monotonic() - started
    assert run.failures == []


def echo_handler(run_seen: list[Update]) -> MessageHandler[Any, Any]:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        run_seen.append(update)
        assert update.effective_message is not None
        await update.effective_message.reply_text(update.effective_message.text or "")

    return MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, echo)


async def raw_call(
    server: BotApiServer, method: str, payload: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """POST a JSON body straight to the server, bypassing PTB's own checks."""
    url = f"{server.base_url}{server.token}/{method}"
    async with aiohttp.ClientSession() as session, session.post(url, json=payload) as response:
        body: dict[str, Any] = await response.json()
        return response.status, body


@pytest.fixture
def no_error_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    caplog.set_level(logging.WARNING)
    yield
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert bad == [], [r.getMessage() for r in bad]


# --------------------------------------------------------------------- protocol basics


async def test_get_me_answers_with_the_bot_user(bot: Bot, server: BotApiServer) -> None:
    me = await bot.get_me()
    assert me.is_bot
    assert me.username == server.bot_user["username"]
    assert me.id == int(DEFAULT_TOKEN.split(":")[0])


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


async def test_unknown_method_is_not_found(bot: Bot, server: BotApiServer) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": USER})
    async with aiohttp.ClientSession() as session:
        url = f"{server.base_url}{DEFAULT_TOKEN}/sendTelepathy"
        async with session.post(url, json={}) as response:
            assert response.status == 404
            body = await response.json()
    assert body == {"ok": False, "error_code": 404, "description": "Not Found"}


async def test_method_names_are_case_insensitive(server: BotApiServer) -> None:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{server.base_url}{DEFAULT_TOKEN}/GETME") as response,
    ):
        body = await response.json()
    assert body["ok"] is True
    assert server.calls[-1][0] == "getMe"


@pytest.mark.parametrize("encoding", ["json", "form", "query"])
async def test_json_form_and_query_bodies_are_read_alike(
    server: BotApiServer, encoding: str
) -> None:
    server.send_text(USER, "hi")
    keyboard = '{"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}'
    params = {"chat_id": str(USER), "text": "<b>bold</b>", "parse_mode": "HTML"}
    url = f"{server.base_url}{DEFAULT_TOKEN}/sendMessage"
    async with aiohttp.ClientSession() as session:
        if encoding == "json":
            payload: dict[str, Any] = {**params, "chat_id": USER, "reply_markup": {}}
            payload["reply_markup"] = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
            request = session.post(url, json=payload)
        elif encoding == "form":
            request = session.post(url, data={**params, "reply_markup": keyboard})
        else:
            request = session.get(url, params={**params, "reply_markup": keyboard})
        async with request as response:
            body = await response.json()
    assert body["ok"], body
    result = body["result"]
    assert result["text"] == "bold"
    assert result["entities"] == [{"type": "bold", "offset": 0, "length": 4}]
    assert result["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "go"
    assert server.calls_to("sendMessage")[0]["chat_id"] == USER


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


async def test_get_updates_honours_limit(bot: Bot, server: BotApiServer) -> None:
    ids = [server.send_text(USER, str(n)) for n in range(5)]
    updates = await bot.get_updates(limit=2, timeout=0)
    assert [u.update_id for u in updates] == ids[:2]


async def test_long_poll_waits_for_an_update_and_returns_it_at_once(
    bot: Bot, server: BotApiServer
) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await server.wait_for(lambda: server.calls_to("getUpdates"))
    await asyncio.sleep(0.05)
    assert not poll.done()
    started = time.monotonic()
    update_id = server.send_text(USER, "late")
    updates = await asyncio.wait_for(poll, timeout=5)
    assert [u.update_id for u in updates] == [update_id]
    assert time.monotonic() - started < 2


async def test_long_poll_times_out_empty(bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=1) == ()
    assert 0.9 <= time.monotonic() - started < 3


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
        started = time.monotonic()
        await server.close()
        assert await asyncio.wait_for(poll, timeout=5) == ()
        assert time.monotonic() - started < 2


async def test_delete_webhook_can_drop_pending_updates(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "old")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert server.pending_updates == 0
    assert await bot.get_updates(timeout=0) == ()


async def test_allowed_updates_filters_update_types(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "text")
    server.send_command(USER, "start")
    updates = await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    assert updates == ()
    assert server.pending_updates == 0


# --------------------------------------------------------------------- the real Application


async def test_polling_app_echoes_and_confirms_every_update(
    server: BotApiServer, no_error_logs: None
) -> None:
    seen: list[Update] = []
    async with polling(server, echo_handler(seen)) as run:
        ids = [server.send_text(USER, f"message {n}") for n in range(3)]
        await server.wait_idle()
        ids.append(server.send_text(USER, "and one more"))
        await server.wait_idle()
        assert [u.update_id for u in seen] == ids
        assert server.texts(USER) == ["message 0", "message 1", "message 2", "and one more"]
        assert server.pending_updates == 0
    assert run.stop_seconds < 3
    offsets = [p.get("offset") for p in server.calls_to("getUpdates")]
    assert offsets[-1] == ids[-1] + 1
    assert server.errors == []
    # A restarted bot is not handed the old updates again.
    seen_later: list[Update] = []
    async with polling(server, echo_handler(seen_later)):
        newest = server.send_text(USER, "after restart")
        await server.wait_idle()
    assert [u.update_id for u in seen_later] == [newest]


async def test_shutdown_does_not_wait_for_the_poll_timeout(server: BotApiServer) -> None:
    async with polling(server, poll_timeout=30) as run:
        await server.wait_for(lambda: len(server.calls_to("getUpdates")) >= 1)
        await asyncio.sleep(0.1)  # let the long poll settle on the server
        stop_started = time.monotonic()
    started = time.monotonic()
    await server.close()
    close_seconds = time.monotonic() - started
    # Both are milliseconds in practice; the bounds only need to be far below 30 s.
    assert run.stop_seconds < 2, run.stop_seconds
    assert close_seconds < 2, close_seconds
    assert time.monotonic() - stop_started < 4


async def test_commands_reach_command_handlers(server: BotApiServer) -> None:
    got: list[list[str]] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        got.append(list(context.args or []))
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "welcome")

    async with polling(server, CommandHandler("start", start)):
        server.send_command(USER, "start", "ref42")
        server.send_text(USER, "/start")
        server.send_command(USER, "start", mention_bot=True)
        await server.wait_idle()
    assert got == [["ref42"], [], []]
    assert server.texts(USER) == ["welcome"] * 3


async def test_buttons_callbacks_and_edits(server: BotApiServer) -> None:
    async def ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton("Yes", callback_data="q1:yes")],
             [InlineKeyboardButton("No", callback_data="q1:no")]]
        )  # fmt: skip
        await update.effective_message.reply_html("<b>Ready?</b>", reply_markup=keyboard)

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        assert query.message is not None
        assert isinstance(query.message.reply_markup, InlineKeyboardMarkup)
        await query.answer("Noted")
        await query.edit_message_text(f"Ready? <i>{query.data}</i>", parse_mode="HTML")

    async with polling(
        server,
        MessageHandler(filters.UpdateType.MESSAGE & filters.TEXT, ask),
        CallbackQueryHandler(answer),
    ):
        server.send_text(USER, "go")
        [question] = await server.wait_for(lambda: server.chat(USER))
        assert question.text == "Ready?"
        assert question.html == "<b>Ready?</b>"
        assert question.callback_data == ["q1:yes", "q1:no"]
        press = server.press_button(USER, question.message_id, "q1:no")
        await server.wait_idle()
        with pytest.raises(LookupError):
            server.press_button(USER, question.message_id, "q1:yes")
    assert server.answer_for(press) is not None
    assert server.answer_for(press)["text"] == "Noted"  # type: ignore[index]
    edited = server.message(USER, question.message_id)
    assert edited.text == "Ready? q1:no"
    assert edited.entities == [{"type": "italic", "offset": 7, "length": 5}]
    assert edited.reply_markup is None, "an edit without reply_markup drops the keyboard"
    assert [h["text"] for h in edited.history] == ["Ready?"]
    assert server.errors == []


async def test_edited_messages_arrive_as_edited_message_updates(server: BotApiServer) -> None:
    edits: list[str] = []

    async def on_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.edited_message is not None
        edits.append(update.edited_message.text or "")

    handler = MessageHandler(filters.UpdateType.EDITED_MESSAGE, on_edit)
    async with polling(server, handler):
        server.send_text(USER, "frist")
        server.edit_user_message(USER, 1, "first")
        await server.wait_idle()
    assert edits == ["first"]


async def test_user_media_and_file_download(server: BotApiServer) -> None:
    kinds: list[str] = []
    downloaded: list[bytes] = []

    async def on_media(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        if message.photo:
            kinds.append("photo")
        elif message.sticker:
            kinds.append(f"sticker {message.sticker.emoji}")
        elif message.voice:
            # Reading .duration warns (PTB 22 moves it to timedelta); the mime type will do.
            kinds.append(f"voice {message.voice.mime_type}")
        elif message.document:
            kinds.append(f"document {message.document.file_name}")
            file = await message.document.get_file()
            downloaded.append(bytes(await file.download_as_bytearray()))

    async with polling(server, MessageHandler(filters.ALL, on_media)):
        server.send_photo(USER, caption="look")
        server.send_sticker(USER, emoji="🙂")
        server.send_voice(USER, duration=4)
        server.send_document_from_user(USER, "plan.txt", b"safety\x00plan")
        await server.wait_idle()
    assert kinds == ["photo", "sticker 🙂", "voice audio/ogg", "document plan.txt"]
    assert downloaded == [b"safety\x00plan"]


async def test_raw_updates_group_chats_channels_and_duplicates(server: BotApiServer) -> None:
    seen: list[Update] = []

    async def anything(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        seen.append(update)

    class Everything(BaseHandler[Update, Any, None]):
        def check_update(self, update: object) -> bool:
            return isinstance(update, Update)

    async with polling(server, Everything(anything)):
        first = server.send_text(USER, "private")
        server.send_text(USER, "in a group", chat_id=-100, chat_type="group")
        server.inject_update(
            {
                "channel_post": {
                    "message_id": 7,
                    "date": int(time.time()),
                    "chat": {"id": -1001, "type": "channel", "title": "News"},
                    "text": "posted",
                }
            }
        )
        await server.wait_idle()
        duplicate = server.inject_update(
            {"update_id": first, "message": seen[0].to_dict()["message"]}
        )
        await server.wait_idle()
    assert duplicate == first
    assert [u.update_id for u in seen].count(first) == 2
    group = seen[1].effective_chat
    assert group is not None
    assert group.type == "group"
    post = seen[2].channel_post
    assert post is not None
    assert post.text == "posted"


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
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=keyboard)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("new", USER, 999)
    with pytest.raises(BadRequest, match=r"(?i)message can't be edited"):
        await bot.edit_message_text("new", USER, 1)  # the user's own message
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(555, "nobody started me")
    # Same text with other formatting is a real change.
    await bot.edit_message_text("Q", USER, sent.message_id, reply_markup=keyboard)
    await bot.edit_message_reply_markup(USER, sent.message_id, reply_markup=None)
    message = server.message(USER, sent.message_id)
    assert message.reply_markup is None
    assert [h["entities"] for h in message.history] == [
        [{"type": "bold", "offset": 0, "length": 1}],
        [],
    ]
    assert [e.description for e in server.errors] == [
        "Bad Request: message is not modified: specified new message content and reply markup"
        " are exactly the same as a current content and reply markup of the message",
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


async def test_delete_message_and_chat_action(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "hi")
    sent = await bot.send_message(USER, "short-lived")
    assert await bot.send_chat_action(USER, "typing")
    assert await bot.delete_message(USER, sent.message_id)
    assert server.chat(USER) == []
    assert server.chat(USER, include_deleted=True)[0].deleted
    assert await bot.delete_message(USER, 1)  # the user's message in a private chat
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(USER, sent.message_id)
    status, body = await raw_call(server, "sendChatAction", {"chat_id": USER, "action": "dance"})
    assert (status, body["description"]) == (400, "Bad Request: wrong parameter action in request")
    assert server.actions == [(USER, "typing")]
    assert server.deleted == [(USER, sent.message_id), (USER, 1)]


async def test_replies_need_an_existing_message(bot: Bot, server: BotApiServer) -> None:
    server.send_text(USER, "question")
    [asked] = server.user_messages(USER)
    reply = await bot.send_message(USER, "answer", reply_to_message_id=asked["message_id"])
    assert reply.message_id == asked["message_id"] + 1
    with pytest.raises(BadRequest, match=r"(?i)message to be replied not found"):
        await bot.send_message(USER, "answer", reply_to_message_id=999)


async def test_my_commands_round_trip(bot: Bot, server: BotApiServer) -> None:
    assert await bot.set_my_commands([("start", "Begin"), ("help", "How it works")])
    commands = await bot.get_my_commands()
    assert [(c.command, c.description) for c in commands] == [
        ("start", "Begin"),
        ("help", "How it works"),
    ]
    # PTB capitalizes descriptions: "BOT_COMMAND_INVALID" reaches the bot as below.
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Start!", "bad")])
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


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
    assert caught.value.retry_after == dt.timedelta(seconds=7)
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
