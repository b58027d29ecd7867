"""The twenty-eighth walk: a school's designated safeguarding lead answering a social worker's
partner link between lessons and coming back to it two hours later; a social worker's Harm
Matrix and Signs of Success for a conference tomorrow, edited, pasted into and exported; and a
health visitor's Signs of Wellbeing and contextual mapping for two children of one family,
with a supervisor, one draft left half-way and picked up the next day. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.engine import MSG
from flows.loader import load_flows
from flows.replies import Notice
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()


# --- the designated safeguarding lead at a partner's link ------------------------------------


@pytest.mark.parametrize("typed", [
    "hi sorry got called away, where was i",
    "Sorry, where was I?",
    "sorry got called away",
    "ok where were we",
    "Right, I'm back",
    "Hi, sorry about that",
    "sorry about the delay, where was I",
    "soz got distracted. where was i up to",
])
def test_a_hello_with_an_apology_on_coming_back_shows_the_question_again(typed: str) -> None:
    """A school's safeguarding lead, answering a social worker's partner link between
    lessons, was called away at "What is going well for this child". Two hours later she
    typed "hi sorry got called away, where was i". It was saved as her answer, and the
    social worker's summary read "What's working well? School, DSL: hi sorry got called
    away, where was i". A hello, "I'm back" or "where was I?" with an apology is shown the
    question again, as the same words without the apology were."""
    chat = reach(FLOWS["contribution"], "working_well")
    chat.send(typed)
    assert chat.asked == "working_well"
    assert "working_well" not in chat.draft.answers
    assert MSG["where_you_were"] in [r.text for r in chat.replies if isinstance(r, Notice)]


@pytest.mark.parametrize(("step_id", "typed"), [
    ("harm_accepted_detail_1", "sorry"),
    ("harm_accepted_detail_1", "Sorry about that"),
    ("danger_behaviour_1", "Dad got called away to work and left J alone"),
    ("harm_complicating_1", "Mum is back with dad"),
])
def test_an_apology_or_an_answer_about_being_away_is_still_an_answer(
        step_id: str, typed: str) -> None:
    """What a parent said ("sorry") or what happened ("got called away") is the answer."""
    chat = reach(FLOWS["harm_matrix"], step_id)
    chat.send(typed)
    assert chat.draft.answers.get(step_id) == typed
