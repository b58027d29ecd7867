"""The fortieth pass's attacks on the real `sosbot run` (its Application, polling the local
Bot API server or with the Bot API in memory) and `sosbot chat`: updates of other shapes and
from other places, and a terminal or a disk that goes away. Each test of a defect failed on
the code as it was."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot.handlers import PRIVATE_ONLY
from bot.teams.invites import invite_colleague
from storage.teams import TeamStore
from tests.telegram_world import PRACTITIONER, bot_world
from tests.test_attacks_thirtysecond import the_officers_part_answered
from tests.test_handover_thirtysixth import PRIYA, SAM, button, team
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtyfirst import PC, said_to

__all__ = ["bot", "team"]  # the fixtures

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


# --- "are you sure?" passed by for a team command ----------------------------------------------

LET_GO = "I've let the yes-or-no question go, so nothing has been erased."


@pytest.mark.parametrize("asked", ["/delete", "/cancel"])
async def test_yes_typed_to_a_hand_over_after_delete_was_asked_erases_nothing(
        team: Bot, asked: str) -> None:
    """Sam sent /delete (or /cancel) for KB-7, read "Erase everything stored about you?",
    and thought better of it: the case was to go to Priya. He sent /handover, chose Priya,
    and to "Hand "KB-7" to Priya?" typed "yes". The erasure's question still stood (a team
    command is not the conversation's, which lets it go at any command of its own), so the
    yes erased everything of his, his membership too (or discarded KB-7), and nothing went
    to Priya. A team command lets the question go now, and says so; the yes erases
    nothing."""
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    await team.say("School or college", SAM)
    await team.say(asked, SAM)
    await team.say("/handover", SAM)
    assert LET_GO in [html.unescape(t) for t in said_to(team, SAM)[-2:]]
    await team.tap(button(team, f"t:ho:{PRIYA}:"), SAM)
    assert html.unescape(said_to(team, SAM)[-1]).startswith('Hand "KB-7"')
    await team.say("yes", SAM)
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]
    assert (await TeamStore(team.conversation.store).standing(SAM)).role == "member"
    assert not any("Done" in t for t in said_to(team, SAM))


async def test_yes_typed_after_an_invite_link_opened_erases_nothing(team: Bot) -> None:
    """The same, with a colleague's invite link tapped between (a member opening the link
    they were sent again): "You're already a member...", then "yes" erased everything."""
    made = await invite_colleague(TeamStore(team.conversation.store), USER)
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    await team.say("/delete", SAM)
    await team.say(f"/start {made.code}", SAM)
    assert LET_GO in [html.unescape(t) for t in said_to(team, SAM)[-2:]]
    await team.say("yes", SAM)
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]
    assert (await TeamStore(team.conversation.store).standing(SAM)).role == "member"
