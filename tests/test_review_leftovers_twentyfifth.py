"""Review of the left25 helper's work: near variants of its fixes."""

from __future__ import annotations

import pytest

from flows.loader import load_flows
from tests.test_leftovers_twentyfifth import hold_below_the_menu
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()
__all__ = ["bot"]  # the fixture


@pytest.mark.parametrize("typed", ["- Nan picks him up\n- n/a", "• Nan picks him up\n• None",
                                   "1. Nan picks him up\n2. -", "- Nan picks him up\n-"])
def test_one_bulleted_item_then_n_a_is_saved_without_its_bullet(typed: str) -> None:
    """A bulleted list of one item with "n/a" (or "none", "-") on its last line: the item was
    saved with its bullet ("- Nan picks him up"), as it was no longer read as a pasted list
    once the last line was taken off. Its bullet goes, as for a longer bulleted list."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(typed)
    assert chat.draft.answers["strengths"] == ["Nan picks him up"]
    assert chat.asked != "strengths"


@pytest.mark.parametrize("between", ["/help", "/review"])
async def test_a_line_held_below_the_menu_outlasts_help_or_review(bot: Bot, between: str) -> None:
    """A line typed below /start's menu is held with a button to keep it. Looking at /help or
    /review first let it go without a word: the button then said "There's nothing waiting to
    be kept" and the line had to be typed again. It is still kept, under the question the
    button names; a line typed instead is still the answer."""
    await hold_below_the_menu(bot, "Seen a bruise on her arm")
    keep = next(b for b in bot.newest_buttons() if b["text"].startswith("Keep it as the answer"))
    await bot.say(between)
    await bot.tap(keep["callback_data"])
    assert "nothing waiting to be kept" not in "\n".join(bot.texts()[-3:])
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "What worries you</i>: Seen a bruise on her arm" in bot.texts()[-1]


@pytest.mark.parametrize("between", ["/help", "/review"])
async def test_a_line_typed_after_help_over_a_held_line_is_the_answer(
        bot: Bot, between: str) -> None:
    """Held below the menu, then /help or /review, then the answer typed again: that line is
    the answer, the held one let go (not kept beside it, nor asked about)."""
    await hold_below_the_menu(bot, "Seen a bruise")
    await bot.say(between)
    await bot.say("Seen a bruise on her arm on Monday")
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "What worries you</i>: Seen a bruise on her arm on Monday" in bot.texts()[-1]


@pytest.mark.parametrize("typed", ["Nan walks her in\n-\nBreakfast club",
                                   "Nan walks her in\n—\nBreakfast club\n—\nAunt on Fridays"])
def test_a_dash_line_between_items_sent_in_one_message_only_separates_them(typed: str) -> None:
    """Items typed on lines of one message with a "-" line between them: since "-" came to
    mean "nothing more", the whole message was saved as one item, dash and all. The dash
    line only separates the items, and it is not an item itself."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(typed)
    items = [line for line in typed.splitlines() if line not in ("-", "—")]
    assert chat.draft.answers["strengths"] == items
