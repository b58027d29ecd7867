"""The thirty-first round of attacks: hostile and faulty input against the transport
(resent updates, getUpdates replies the bot cannot read), the team's buttons and links, and
the terminal chat. Each pinned by a test that failed on the code as it was, through the real
parts: the real Application with the Bot API in memory (`tests.test_telegram_handlers`), the
polling bot against the local Bot API server (`tests.botapi_server`), and the terminal
chat's own driver."""

from __future__ import annotations

import time
from pathlib import Path

from storage.teams import TeamStore
from bot.teams.invites import invite_colleague
from tests.test_telegram_handlers import USER, Bot, bot

__all__ = ["bot"]  # the fixture


# --- 1. /members and /invite sent again by Telegram -------------------------------------------

async def test_members_sent_again_by_telegram_is_shown_once(bot: Bot) -> None:
    """Telegram posts an update again when the bot was slow to answer it (a webhook), or a
    second instance on the database reads it too: the members list came twice, each with
    its Remove buttons. The same update is answered once; a new /members is answered."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, 20_001, "Ali", time.time())
    members = bot.updates.text(USER, "/members")
    await bot.feed(members)
    await bot.feed(members)
    assert sum(t.startswith("<b>Members</b>") for t in bot.texts()) == 1
    await bot.say("/members")
    assert sum(t.startswith("<b>Members</b>") for t in bot.texts()) == 2


async def test_the_invite_menu_sent_again_by_telegram_is_shown_once(bot: Bot) -> None:
    invite = bot.updates.text(USER, "/invite")
    await bot.feed(invite)
    await bot.feed(invite)
    assert sum(t == "Whom would you like to invite?" for t in bot.texts()) == 1
    await bot.say("/invite")
    assert sum(t == "Whom would you like to invite?" for t in bot.texts()) == 2
