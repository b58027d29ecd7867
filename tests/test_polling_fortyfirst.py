"""Polling reads each update as the webhook does (`bot.decoding`), not with `de_json`; and
a reply to a chat Telegram no longer knows is no error.

`sosbot run` polls by default, and python-telegram-bot's own reading of a `getUpdates` batch
was most of its work per update: the webhook and the benchmark stopped paying it in the
thirty-seventh pass, polling now too. What the handlers are given must stay what `de_json`
gives, and a long poll must still wait as long as it asks without its read timing out.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.request import HTTPXRequest

from bot.handlers import SORRY
from bot.polling import SkippingBot
from bot.shape import mended
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.telegram_world import bot_world
from tests.test_attacks_thirtieth import polled
from tests.test_perf_thirtyseventh import KNOWN, assert_same
from tests.test_telegram_e2e import answered_while_telegram_refuses

GONE = "Bad Request: chat not found"


def batch(*bodies: dict[str, Any]) -> bytes:
    return json.dumps({"ok": True, "result": list(bodies)}).encode()


def who(update: Update) -> tuple[object, ...]:
    return update.effective_user, update.effective_chat, update.effective_message


async def test_a_polled_batch_gives_the_handlers_what_de_json_gives() -> None:
    bodies = [dict(body, update_id=n) for n, body in enumerate(KNOWN.values(), start=1)]
    bot = polled(batch(*bodies))
    got = await bot.get_updates(offset=1, timeout=0)
    want = [Update.de_json(mended(json.loads(json.dumps(body))), bot) for body in bodies]
    assert len(got) == len(want) == len(KNOWN)
    for read, expected in zip(got, want, strict=True):
        assert who(read) == who(expected)  # (polling asks: cached on both)
        assert_same(read, expected)
        assert read.to_dict() == expected.to_dict()


async def test_a_polled_update_of_a_kind_sosbot_does_not_read_itself_is_read_by_de_json() -> None:
    query = {"update_id": 3, "inline_query": {
        "id": "q1", "query": "KB-7", "offset": "",
        "from": {"id": 5, "is_bot": False, "first_name": "P"}}}
    bot = polled(batch(query))
    (got,) = await bot.get_updates(timeout=0)
    want = Update.de_json(mended(json.loads(json.dumps(query))), bot)
    assert who(got) == who(want)
    assert_same(got, want)


@pytest.fixture
async def server() -> AsyncIterator[BotApiServer]:
    async with BotApiServer() as running:
        yield running


@pytest.mark.e2e
async def test_a_long_poll_longer_than_the_read_timeout_ends_quietly(
        server: BotApiServer) -> None:
    """A quiet long poll of 1.5 s on a request that waits 0.5 s for a reply: the poll's own
    wait comes on top of the read timeout, as python-telegram-bot's `get_updates` adds it,
    or every quiet minute would end in a timed-out read and a reconnect."""
    request = HTTPXRequest(read_timeout=0.5)
    bot = SkippingBot(DEFAULT_TOKEN, base_url=server.base_url, get_updates_request=request)
    async with bot:
        assert await bot.get_updates(timeout=1.5) == ()
        server.send_text(1001, "hello")
        (update,) = await bot.get_updates(timeout=1.5)
    assert update.message is not None
    assert update.message.text == "hello"


@pytest.mark.e2e
async def test_a_chat_telegram_no_longer_knows_keeps_the_answer_and_is_no_error(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Telegram answering a reply with "Bad Request: chat not found" (the person deleted the
    chat, or their account) was logged as an ERROR, and an apology was tried that could not
    reach the chat either. It is one INFO line now, as a blocked bot is, and the answer that
    came with the update is kept."""
    async with bot_world(tmp_path / "bot.db", no_errors=False) as world:
        await answered_while_telegram_refuses(world, caplog, code=400, description=GONE,
                                              logged="no longer knows the chat")
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
        apologies = [c for c in world.server.calls_to("sendMessage") if c.get("text") == SORRY]
        assert apologies == []
