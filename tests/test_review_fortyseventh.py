"""The forty-seventh review: the last passes' change read again, the README's newcomer and
council deployment followed as written, and the biggest modules read for slips. Each test of
a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import bot_world


# --- a tool named by its words, as a message says it ----------------------------------------


@pytest.mark.parametrize("typed", ["the group supervision", "Group supervision please",
                                   "the contextual mapping."])
async def test_a_tool_named_by_its_words_as_a_message_says_it_opens(tmp_path: Path,
                                                                    typed: str) -> None:
    """Shown the menu of tools on her phone, a team manager typed "the group supervision"
    (or "Group supervision please") and read "You have no draft open": "the harm matrix" and
    "group supervision" opened their tools there, but the words of a name with a "the"
    before them or a "please" after did not. They open it and ask for the case label."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("new")
        await world.say(typed)
        assert "You have no draft open" not in world.texts()[-1]
        assert "short case label" in world.texts()[-1]
