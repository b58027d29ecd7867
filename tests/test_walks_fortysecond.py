"""The forty-second walk: a newly qualified social worker before her first conference; a
school nurse adding a partner's part; a police officer in a hurry; a family support worker
doing My Three Houses with a 7-year-old; a team manager reviewing a colleague's mapping; a
supervising social worker doing Signs of Wellbeing; a youth worker mapping contexts; a health
visitor answering three questions at once; a worker back two days later; a worker who changes
her number twice; a worker pasting her case notes. Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_walk_thirtyfirst import sent_at

# --- the newly qualified social worker, before her first conference ---------------------------


@pytest.mark.parametrize("typed", [
    "I put that above", "already said above", "I already said that", "answered above",
    "covered above", "as I said above", "I've said that already", "see my previous answer",
    "put it in the last answer", "as stated above"])
def test_a_pointer_said_in_her_own_words_is_asked_about(typed: str) -> None:
    """Before her first conference, a newly qualified social worker answered "Who is
    worried?" with the whole worry ("Social worker, school and health visitor are worried
    that dad will hit mum again ... and that K will see it, be frightened ..."), and at "If
    nothing changes, what could happen to the child?" typed "I put that above". It was saved,
    and the drafted danger statement ended "If nothing changes, I put that above." "see
    above" was asked about; a pointer said as she would say it is asked about now."""
    chat = sent_at("mapping", "danger_impact_1", typed)
    assert "danger_impact_1" not in chat.draft.answers
    assert any(isinstance(r, Nudge) and "points to another answer" in r.text
               for r in chat.replies)


@pytest.mark.parametrize("typed", [
    "Mum said above all she wants K home", "K could be hurt if she gets in the way",
    "explained to mum", "Already given to school"])
def test_an_answer_with_those_words_in_it_is_saved(typed: str) -> None:
    chat = sent_at("mapping", "danger_impact_1", typed)
    assert not any(isinstance(r, Nudge) and "points to another answer" in r.text
                   for r in chat.replies)
