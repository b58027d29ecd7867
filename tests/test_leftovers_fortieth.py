"""The fortieth pass's leftovers: each met as a practitioner would meet it, through the real
Application (tests/memory_botapi.py) or the real console driver, on real SQLite files and the
real flow YAML. Each test of a defect failed on the code as it was."""

from __future__ import annotations

from telegram.constants import MessageLimit

from bot.telegram_html import visible_length
from tests.store_data import finished_drafts, unfinished_drafts
from tests.test_handover_thirtysixth import PRIYA, SAM, team
from tests.test_telegram_handlers import button, texts_to
from tests.test_walk_thirtythird_b import phone, read

__all__ = ["team"]  # the fixture

# --- a leaver's many drafts: the colleague is told of every one ------------------------------


async def test_a_colleague_handed_a_leavers_hundred_drafts_is_told_of_each(team) -> None:
    """Sam left with a hundred open cases and a few finished ones. The admin's Remove handed
    them to Priya, and the notice telling her which came to her, one line naming each, was
    longer than Telegram takes in a message: refused, she was told nothing, and the admin
    read that she perhaps hadn't opened the bot yet. She gets it whole, in messages that fit,
    each draft on a line of its own."""
    bot = team
    labels = [f"Family {n:03} Northside Cou" for n in range(100)]
    await unfinished_drafts(bot.conversation, SAM, "reflection", labels)
    await finished_drafts(bot.conversation, SAM, "reflection", 5)
    before = len(texts_to(bot, PRIYA))
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    done = " ".join(phone(bot)[-3:])
    assert "Handed Sam's 105 drafts to Priya." in done
    assert "couldn't tell" not in done
    told = phone(bot, PRIYA)[before:]
    assert len(told) > 1
    assert all(visible_length(t) <= MessageLimit.MAX_TEXT_LENGTH for t in texts_to(bot, PRIYA))
    assert told[0].startswith("An admin removed Sam from the team here and handed you their "
                              "105 drafts:")
    lines = "\n".join(told).splitlines()
    for label in labels:
        assert f'"{label}" (Pre-referral reflection)' in lines
    assert '"KB-3" (Pre-referral reflection, finished)' in lines
    assert "/resume lists the unfinished ones" in told[-1]
    assert len(await bot.conversation.drafts(PRIYA, status=None)) == 105
    assert read(bot).endswith("Removed Sam: they can no longer use the bot.")
