"""The thirty-sixth pass, the lead's own: a tool's name typed where a tool is chosen. Each
test of a defect failed on the code as it was."""

from __future__ import annotations

import pytest

from tests.test_telegram_handlers import Bot, bot

__all__ = ["bot"]  # the fixture


@pytest.mark.parametrize("typed", ["Harm Matrix", "harm matrix", "three houses"])
async def test_a_tools_name_typed_with_nothing_open_starts_that_tool(bot: Bot, typed: str
                                                                       ) -> None:
    """Under the menu of tools a newcomer types the tool's name instead of tapping it: it was
    "You have no draft open. /new starts one", as if the name meant nothing."""
    await bot.say("/start")
    await bot.say(typed)
    assert "case label" in bot.texts()[-1]
    started = len(bot.texts())
    await bot.say("KB-3")
    title = "Harm Matrix" if "matrix" in typed.lower() else "My Three Houses"
    assert f"Started &quot;KB-3&quot;: {title}" in bot.texts()[started]
    assert "Question 1 of" in bot.texts()[-1]


async def test_other_words_with_nothing_open_still_point_to_new(bot: Bot) -> None:
    await bot.say("/start")
    await bot.say("harm")  # not a tool's whole name: nothing started unasked
    assert "no draft open" in bot.texts()[-1]
