"""The fortieth pass's attacks on the real `sosbot run` (its Application, polling the local
Bot API server or with the Bot API in memory) and `sosbot chat`: updates of other shapes and
from other places, and a terminal or a disk that goes away. Each test of a defect failed on
the code as it was."""

from __future__ import annotations

from pathlib import Path

from bot.handlers import PRIVATE_ONLY
from tests.telegram_world import PRACTITIONER, bot_world
from tests.test_attacks_thirtysecond import the_officers_part_answered
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtyfirst import PC, said_to

__all__ = ["bot"]  # the fixture

# An inline bot a practitioner may have: its results are sent with one tap, in their chat.
QUICK_REPLIES = {"id": 777, "is_bot": True, "first_name": "Quick replies",
                 "username": "quickreply_bot"}

# --- words sent through another bot ------------------------------------------------------------


async def test_send_sent_through_another_bot_does_not_send_a_partners_part(bot: Bot) -> None:
    """A text sent through another bot (an inline bot's result, one tap) is not the
    sender's own words: the bot saves no answer and takes no command from it. But offered
    "Send your contribution to Practitioner now?", a partner's "send" from a quick-replies
    bot sent their part to the lead, and the lead was told it had come. It is said back
    now as any such text is, nothing sent; "send" typed then sends it."""
    await the_officers_part_answered(bot)
    for words in ("send", "yes"):
        await bot.feed(bot.updates.text(PC, words, via_bot=QUICK_REPLIES))
        assert "came through another bot" in said_to(bot, PC)[-3]  # then the part, the offer
        assert said_to(bot, PC)[-1].startswith("That's every question. Send your contribution")
    assert not any("has sent" in t for t in said_to(bot, USER))
    await bot.say("send", user=PC)
    assert said_to(bot, PC)[-1].startswith("Sent to Practitioner")
    assert sum("has sent" in t for t in said_to(bot, USER)) == 1


# --- a group whose messages are cleared away -------------------------------------------------

GROUP = -1001234


async def test_a_group_command_deleted_before_the_reply_is_still_told_and_logs_no_error(
        tmp_path: Path) -> None:
    """A practitioner typed /new in the team's group chat, where a group-help bot deletes
    commands as they come (a common setting). The bot's one line for groups ("I only work
    in private chats...") quotes the message it answers, and Telegram refuses a quote of a
    message that is gone: "message to be replied not found". The group was told nothing,
    and the operator's log had an ERROR for an ordinary day in a group. It is said without
    the quote now, once, and nothing is logged as an error."""
    async with bot_world(tmp_path / "bot.db") as world:
        server = world.server
        mark = len(server.calls)
        server.send_text(PRACTITIONER, "/new reflection", chat_id=GROUP, chat_type="supergroup")
        said = server.user_messages(GROUP)[-1]
        server.delete_user_message(GROUP, said["message_id"])
        await world.settle(mark)
        await server.wait_idle(quiet=0.3)
        assert server.texts(GROUP) == [PRIVATE_ONLY]
        assert world.texts() == []  # nothing of a case in the group, nor in their chat
