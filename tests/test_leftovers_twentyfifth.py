"""The twenty-fifth pass over defects earlier passes saw and left: each pinned by a test that
failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.telegram_world import ErrorCollector, World, bot_settings, running_bot, shown
from tests.test_former_admins import LEAVER, STAYER, partner_link

# --- 1. a partner already answering through a dropped admin's link ------------------------------

PARTNER = 6262


@pytest.mark.e2e
async def test_a_contribution_under_way_via_a_dropped_admins_link_is_sent_none_told_to_review(
        tmp_path: Path) -> None:
    """A partner was answering through an admin's link when the admin was taken off
    SOSBOT_ALLOWED_USERS. The partner could send it (they were let in while the link was
    good) and the admin was then told "/review shows it", which they can no longer use. The
    contribution is still sent and kept with the mapping; the admin is told nothing while
    they are off the list, and the partner is told the lead can't be reached through the
    bot just now. Put back on the list, the admin's /review shows it."""
    db = tmp_path / "bot.db"
    both = f"{LEAVER},{STAYER}"
    async with BotApiServer() as server:  # one server, so Telegram's numbering goes on
        world = World(server, bot_settings(server, db, SOSBOT_ALLOWED_USERS=both),
                      ErrorCollector())
        async with running_bot(server, world.settings):
            code = await partner_link(world, LEAVER)
            await world.open_link(PARTNER, code)
            await world.tap("School", user=PARTNER)
            await world.answer("designated safeguarding lead", user=PARTNER)
            await world.answer("T came in hungry three times this month", user=PARTNER)
            await world.answer("Nan walks T to school", user=PARTNER)
            await world.answer("Breakfast club from Monday", user=PARTNER)
            await world.tap("4", user=PARTNER)
            await world.answer("Fed at nan's and at school", user=PARTNER)
            await world.answer("I make my own toast", user=PARTNER)
            await shown(world, PARTNER, "That's every question")
        before = len(world.texts(LEAVER))
        dropped = bot_settings(server, db, SOSBOT_ALLOWED_USERS=str(STAYER))
        async with running_bot(server, dropped):
            await world.tap("Send it to Tester", user=PARTNER)
            told = await shown(world, PARTNER, "It is locked now")
        assert world.texts(LEAVER)[before:] == []
        assert told.startswith("Thank you: it is saved with Tester's mapping."), told
        assert "can't be reached through this bot" in told
        async with running_bot(server, world.settings):
            await world.command("review", user=LEAVER)
            review = await shown(world, LEAVER, "Partners' contributions")
        assert "T came in hungry three times this month" in review
