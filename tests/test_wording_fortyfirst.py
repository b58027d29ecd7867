"""The forty-first pass's wording and answer-handling leftovers, each met through the real
flows (the real engine, the real nudger, the shipped flow files): where the worry came from
in the pre-referral reflection, a parent's number sent with their words in quotes, an account
typed before the yes it goes with, an agency's short form read as someone's initials at who
contributed, and a vague goal typed again with a word changed. Each test of a defect failed
on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from tests.test_walk_thirtyfirst import FLOWS, sent_at

# --- a parent's number, and their own words in quotes as the reason ---------------------------


@pytest.mark.parametrize(("typed", "number", "why"), [
    ('8 - "I know when I\'ve had enough"', 8, '"I know when I\'ve had enough"'),
    ("7: 'we're doing fine'", 7, "'we're doing fine'"),
    # fresh
    ("6 “we are managing now, the kids are happy”", 6, "“we are managing now, the kids are happy”"),
    ("5, ‘I don’t drink when they are here’", 5, "‘I don’t drink when they are here’")])
def test_a_parents_number_with_their_quoted_words_keeps_both(typed: str, number: int,
                                                             why: str) -> None:
    """At a parent's own number a social worker typed mum's number and, in quotes, what mum
    said: '8 - "I know when I've had enough"'. It was refused ("Please send one whole number
    from 0 to 10") and pointed back to the answer before, as if the quote were no reason: one
    that opens with a quotation mark was not read as number and words. Both are kept now."""
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert chat.draft.answers["safety_scale_parent_1"] == number
    assert chat.draft.answers["safety_scale_parent_1_why"] == why
    assert chat.asked != "safety_scale_parent_1"
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


def test_the_workers_own_number_with_a_quote_keeps_both() -> None:
    chat = sent_at("mapping", "safety_scale", '4 - "dad has moved out" (mum, 3 Dec)')
    assert chat.draft.answers["safety_scale"] == 4
    assert chat.draft.answers["safety_scale_why"] == '"dad has moved out" (mum, 3 Dec)'


@pytest.mark.parametrize("typed", ['8 - "', "7 '5'", '"8"'])
def test_a_quote_with_no_words_is_still_no_reason(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert "safety_scale_parent_1_why" not in chat.draft.answers
