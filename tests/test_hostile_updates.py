"""Updates an attacker shapes by hand, through the real Application (Bot API in memory): each
is refused or answered politely, acts only for the one who sent it, and logs no error."""

from __future__ import annotations

import pytest

from bot.handlers import STALE_TOAST
from tests.test_telegram_handlers import USER, Bot, bot, counts, no_errors, start_reflection

__all__ = ["bot"]  # the fixture
COLLEAGUE = 4343


def chats_written_to(bot: Bot) -> set[int]:
    return {int(c.params["chat_id"]) for c in bot.request.calls if "chat_id" in c.params}


@pytest.mark.parametrize("data", ["n:reflection", "t:ic"])
async def test_a_press_claiming_another_chat_acts_nowhere_and_says_it_is_stale(
        bot: Bot, data: str, caplog: pytest.LogCaptureFixture) -> None:
    press = bot.updates.button(USER, data)
    press["callback_query"]["message"]["chat"] = {"id": COLLEAGUE, "type": "private"}
    await bot.feed(press)
    assert bot.toasts() == [STALE_TOAST]
    assert chats_written_to(bot) <= {USER}
    assert set((await counts(bot)).values()) == {0}
    no_errors(caplog)


async def test_a_message_claiming_another_chat_is_not_answered_there(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    for text in ("/start", "/new reflection", "/invite"):
        await bot.feed(bot.updates.text(USER, text, chat_id=COLLEAGUE))
    assert COLLEAGUE not in chats_written_to(bot)
    assert set((await counts(bot)).values()) == {0}
    no_errors(caplog)


async def test_a_press_on_a_message_the_bot_did_not_send_is_stale(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    before = await counts(bot)
    data = next(d for d in bot.buttons() if d.endswith(":school"))
    press = bot.updates.button(USER, data)
    press["callback_query"]["message"]["from"] = bot.updates.user(COLLEAGUE)
    await bot.feed(press)
    assert bot.toasts() == [STALE_TOAST]
    assert await counts(bot) == before
    no_errors(caplog)


async def test_a_press_from_an_inline_message_only_stops_the_spinner(bot: Bot) -> None:
    press = bot.updates.button(USER, "n:reflection")
    del press["callback_query"]["message"]
    press["callback_query"]["inline_message_id"] = "AAAA"
    await bot.feed(press)
    assert bot.toasts() == [""]
    assert bot.texts() == []
