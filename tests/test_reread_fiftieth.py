"""The fiftieth pass re-read: faults two helpers' changes made together, each tested alone.
Each test failed on the merged code as it was."""

from __future__ import annotations

import pytest

from flows.replies import Notice
from tests.test_walk_thirtyfirst import sent_at

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
