"""Fresh eyes on the forty-eighth pass's merged change: what a partner or an operator would
still have met."""

from __future__ import annotations

from pathlib import Path

import pytest
from telegram_world import bot_world

from tests.test_walk_thirtyfirst import sent_at


@pytest.mark.parametrize("typed", ["DSL who reported the concern", "GP who saw him today",
                                   "School nurse who told the DSL",
                                   "Teacher who reported it to CSC",
                                   "Late shift nurse for the baby",
                                   "Police officer who arrived this morning"])
def test_a_role_told_by_what_she_did_is_saved_as_her_role(typed: str) -> None:
    """The school's safeguarding lead answered "What is your role there?" with "DSL who
    reported the concern". A short line with a capitalised short form and "reported" in it was
    read as an account of what happened: she was told it read like what she had seen, not
    her role, and offered to have it kept for "Worries". It is her role, and is saved."""
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" not in said
    assert chat.draft.answers.get("role", typed) == typed  # (a short form asked about first)




async def test_a_doubled_slash_then_a_space_is_the_command(tmp_path: Path) -> None:
    """A social worker tapped the slash twice and her phone put a space after it: "// skip"
    at "Whose information is in here?". "//skip" is /skip this pass, and "/ skip" was
    already; "// skip" was saved as the answer, and her record read "Who contributed: //
    skip". It is /skip, as "/ skip" is."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Harm Matrix", "KB-7")
        await world.say("LM, social worker")
        await world.say("// skip")
        assert "What does the adult do, or fail to do?" in world.texts()[-1]
        await world.command("review")
        assert "// skip" not in world.texts()[-1]
