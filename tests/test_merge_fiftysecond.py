"""Faults two of the fifty-second pass's changes made together, found after the merges."""

from __future__ import annotations

import pytest

from flows.nudges import nudger

NUDGE = nudger()


@pytest.mark.parametrize("mark", ["- ", "• ", "* ", "– "])
def test_a_verdict_in_a_pasted_list_is_quoted_without_the_lists_mark(mark: str) -> None:
    """A class teacher pasted what is going well from an email, one item a line: "- Her older
    brother brings her to class" and "- she is doing well in reading". Set AL's rule now asks
    about the second (said of "she", with nothing seen), and the bot quoted it back as
    '"- she is doing well in reading" says what you make of things': the email's dash inside
    the bot's quotation marks, as if she had typed it into her sentence."""
    said = NUDGE("plain_language",
                 f"{mark}Her older brother brings her to class\n{mark}she is doing well in reading")
    assert said is not None
    assert said.startswith('"she is doing well in reading" says what you make of things')


def test_a_sentence_that_starts_with_a_dash_of_its_own_loses_only_the_mark() -> None:
    """The mark goes, not the words: a sentence of one word after the dash keeps it."""
    said = NUDGE("plain_language", "- Settled in placement.")
    assert said is not None
    assert said.startswith('"Settled in placement" says')
