"""A clumsy or hostile user against the bot as `sosbot run` runs it (the real Application
polling the local Bot API server): bursts, another bot's commands, a business chat, Telegram
holding replies back. Each is answered as little as it needs, and stores nothing it should not."""

from __future__ import annotations

import json
import logging
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from bot.handlers import SORRY, TEXT_ONLY
from tests.processes import HANG_GUARD
from tests.telegram_world import PRACTITIONER, STRANGER, World, bot_world, start_a_draft

pytestmark = pytest.mark.e2e


def rows(db: Path) -> dict[str, int]:
    with closing(sqlite3.connect(db)) as raw:
        return {t: raw.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("drafts", "answers", "sessions", "handled_updates")}


async def burst(world: World, send: int) -> None:
    """`send` stickers at once, then wait until the bot has handled them all."""
    mark = len(world.server.calls)
    for _ in range(send):
        world.server.send_sticker(PRACTITIONER)
    await world.settle(mark)
    await world.server.wait_for(lambda: world.server.pending_updates == 0, HANG_GUARD)
    await world.server.wait_idle(quiet=0.3)


async def test_a_burst_of_stickers_gets_one_note_and_the_question_once(tmp_path: Path) -> None:
    async with bot_world(tmp_path / "bot.db") as world:
        await start_a_draft(world.server)
        asked = world.texts()[-1]
        before = rows(tmp_path / "bot.db")
        await burst(world, 5)
        assert world.texts().count(TEXT_ONLY) == 1
        assert world.texts()[-2:] == [TEXT_ONLY, asked]
        assert world.texts().count(asked) == 2
        assert {k: v for k, v in rows(tmp_path / "bot.db").items() if k != "handled_updates"} \
            == {k: v for k, v in before.items() if k != "handled_updates"}
        await world.say("/show")  # something else since: the next sticker is noted again
        await burst(world, 1)
        assert world.texts()[-2:] == [TEXT_ONLY, asked]


async def test_a_command_for_another_bot_is_ignored_and_one_for_this_bot_is_answered(
        tmp_path: Path) -> None:
    async with bot_world(tmp_path / "bot.db") as world:
        await world.say("/help")
        helped = world.texts()
        world.server.send_text(PRACTITIONER, "/help@some_other_bot")
        world.server.send_text(PRACTITIONER, "/new@some_other_bot reflection")
        world.server.send_text(PRACTITIONER, "/start@some_other_bot Zm9vYmFy")
        await world.say("/help@SOSBOT_test_bot")
        await world.server.wait_for(lambda: world.server.pending_updates == 0, HANG_GUARD)
        await world.server.wait_idle(quiet=0.3)
        assert world.texts() == [*helped, *helped]
        assert rows(tmp_path / "bot.db")["drafts"] == 0


def business_updates(customer: int) -> list[dict[str, object]]:
    """What a Telegram Business owner's connected bot receives about a customer's chat."""
    owner = {"id": PRACTITIONER, "is_bot": False, "first_name": "Owner"}
    person = {"id": customer, "is_bot": False, "first_name": "Customer"}
    chat = {"id": customer, "type": "private", "first_name": "Customer"}
    message = {"message_id": 50, "date": 1, "chat": chat, "from": person,
               "business_connection_id": "bc-1", "text": "/start"}
    return [
        {"business_connection": {"id": "bc-1", "user": owner, "user_chat_id": PRACTITIONER,
                                 "date": 1, "is_enabled": True}},
        {"business_message": message},
        {"business_message": {**message, "message_id": 51, "text": "KB-12"}},
        {"business_message": {**message, "message_id": 52,
                              "sticker": {"file_id": "s", "file_unique_id": "s",
                                          "type": "regular", "width": 1, "height": 1,
                                          "is_animated": False, "is_video": False},
                              "text": None}},
        {"edited_business_message": {**message, "edit_date": 2, "text": "/new"}},
        {"deleted_business_messages": {"business_connection_id": "bc-1", "chat": chat,
                                       "message_ids": [50]}},
    ]


@pytest.mark.parametrize("customer", [STRANGER, PRACTITIONER])
async def test_a_business_chat_is_neither_answered_nor_stored(
        tmp_path: Path, customer: int, caplog: pytest.LogCaptureFixture) -> None:
    async with bot_world(tmp_path / "bot.db") as world:
        with caplog.at_level(logging.INFO):
            for update in business_updates(customer):
                world.server.inject_update(update)
            await world.server.wait_for(lambda: world.server.pending_updates == 0,
                                        HANG_GUARD)
            await world.server.wait_idle(quiet=0.3)
        sent = [name for name, _ in world.server.calls
                if name.lower() in ("sendmessage", "senddocument", "editmessagetext")]
        assert sent == []
        assert rows(tmp_path / "bot.db") == dict.fromkeys(rows(tmp_path / "bot.db"), 0)
        assert "KB-12" not in caplog.text
        asked = [json.loads(p["allowed_updates"]) if isinstance(p["allowed_updates"], str)
                 else p["allowed_updates"] for p in world.server.calls_to("getUpdates")]
        assert asked
        assert all(a == ["message", "edited_message", "callback_query"] for a in asked)


async def test_flood_control_on_a_reply_is_one_warning_the_answer_kept_and_no_apology(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async with bot_world(tmp_path / "bot.db", no_errors=False) as world:
        await start_a_draft(world.server)
        # Telegram says "retry after 1 s" to the reply and to the rate limiter's one retry.
        world.server.fail("sendMessage", code=429, retry_after=1, times=2)
        with caplog.at_level(logging.WARNING):
            mark = len(world.server.calls)
            world.server.send_text(PRACTITIONER, "school")
            await world.server.wait_for(lambda: len(world.server.errors) == 2, HANG_GUARD)
            await world.server.wait_idle(quiet=0.3)
        assert [e.status for e in world.server.errors] == [429, 429]
        assert world.errors.records == []
        [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert "was not delivered" in line
        assert "flood control" in line
        assert "saved" in line
        assert "school" not in caplog.text
        assert SORRY not in world.texts()
        assert [n for n, _ in world.server.calls[mark:] if n == "sendMessage"] == \
            ["sendMessage", "sendMessage"]  # the reply and its one retry, no apology
        await world.say("/show")
        assert "Question 2" in world.texts()[-1]  # the answer was kept
