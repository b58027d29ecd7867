"""The fourteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the real Application (the Bot API
answered in memory, `tests.test_telegram_handlers`); the rest through the real command."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot.handlers import TEXT_ONLY
from tests.test_telegram_handlers import USER, Bot, bot, counts, no_errors, start_reflection

__all__ = ["bot"]  # the fixture

BOT_USER = {"id": 1, "is_bot": True, "first_name": "sosbot", "username": "sosbot_test_bot"}

# What Telegram sends into a private chat when the person does something to the chat rather
# than write in it: pin one of the bot's messages, set the chat's auto-delete timer, change its
# wallpaper, or let the bot write to them from a website.
SERVICE: dict[str, dict[str, Any]] = {
    "a message pinned": {"pinned_message": {
        "message_id": 1, "date": int(time.time()), "chat": {"id": USER, "type": "private"},
        "from": BOT_USER, "text": "Question 1 of 8"}},
    "an auto-delete timer set": {"message_auto_delete_timer_changed": {
        "message_auto_delete_time": 86400}},
    "a wallpaper set": {"chat_background_set": {"type": {
        "type": "fill", "fill": {"type": "solid", "color": 1}, "dark_theme_dimming": 0}}},
    "writing allowed from a website": {"write_access_allowed": {}},
}


@pytest.mark.parametrize("what", SERVICE)
async def test_a_change_to_the_chat_is_not_answered_as_a_photo_would_be(
        bot: Bot, what: str, caplog: pytest.LogCaptureFixture) -> None:
    """Pinning the question (to keep it at hand) used to be answered "I can only read text,
    please: photos, voice notes, stickers and files aren't stored. Type your answer
    instead.", and the question asked again below: nobody had sent a photo."""
    await start_reflection(bot)
    before, said = await counts(bot), len(bot.texts())
    await bot.feed(bot.updates.message(USER, **SERVICE[what]))
    assert bot.texts()[said:] == []
    assert await counts(bot) == before
    await bot.feed(bot.updates.message(USER, sticker={  # a sticker is still answered
        "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
        "is_animated": False, "is_video": False}))
    assert bot.texts()[said] == TEXT_ONLY
    no_errors(caplog)
