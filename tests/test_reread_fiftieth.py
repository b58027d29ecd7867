"""The fiftieth pass re-read: faults two helpers' changes made together, each tested alone.
Each test failed on the merged code as it was."""

from __future__ import annotations

import pytest

from flows.replies import Notice
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import mapping, phone, team

__all__ = ["team"]  # the fixture

FAMILY = "\U0001F469\u200D\U0001F467\u200D\U0001F466"  # woman, girl, boy: one family
FLAG = "\U0001F1FA\U0001F1E6"  # Ukraine's flag


# --- an answer said back, cut inside a character ------------------------------------------


@pytest.mark.parametrize("ending", [FAMILY, FLAG, "e\u0301"])
def test_words_not_taken_at_a_number_question_are_said_back_whole_characters(
        ending: str) -> None:
    """A practitioner typed a line at the safety scale ending in an emoji (a family, a flag)
    or an accented letter where the line is cut to be said back. Last pass the bot's own
    buttons and names were cut between characters as they show, but the words a question
    did not take were still cut inside one: the family showed as another family (a woman
    and a girl), the flag as a lone letter, the "é" as an "e". Now the cut falls before the
    character, which shows whole or not at all."""
    before = "mum says things are better but I am not sure at all yet ok "  # 59 characters
    typed = before + ending + " really"
    chat = sent_at("mapping", "safety_scale", typed)
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice))
    assert "not sure at all yet" in said
    shown = said[said.index("not sure at all yet"):]
    cut = shown[:shown.index("...")]
    assert cut[cut.index("yet ok") + len("yet ok"):].strip() in ("", ending), cut


# --- a command typed in another alphabet's look-alike letters, with its number joined --------


@pytest.mark.parametrize("typed", ["/\u0435dit1", "/\u0435dit 1", "/edit1"])
async def test_a_numbered_command_typed_with_look_alike_letters_is_not_saved_as_her_answer(
        team: Bot, typed: str) -> None:
    """A practitioner whose keyboard had slipped to Cyrillic typed "/еdit1" (its "е" is
    Cyrillic) at the second question, to change the first. "/edit1" and "/еdit 1" were read
    as the command, but the look-alike letters only without a number joined to them: she
    was told "I don't know that command" for the command she can see on her screen. Now it
    is the command it looks like."""
    await mapping(team, "KB-12")
    shown = len(phone(team))
    await team.say(typed)
    told = "\n".join(phone(team)[shown:])
    assert "Question 1 of 38" in told
    assert "Current answer: A child protection" in told
    assert "\u0435dit" not in told
