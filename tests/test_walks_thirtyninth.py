"""The thirty-ninth walk: an independent reviewing officer preparing a review conference
from her Harm Matrix; an early help family support worker's Signs of Wellbeing with a mum; a
CAMHS nurse giving her part of a colleague's mapping through a partner link; a youth justice
worker's contextual mapping; a social worker's Signs of Success with a teenager in short
bursts; a student social worker asking what words mean. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst import sent_at

# --- the family support worker: the next answer typed past a reminder about "HV" ------------


@pytest.mark.parametrize(("flow_id", "step_id", "held", "typed"), [
    ("wellbeing", "worry_who_1", "School & HV",  # the walk's own
     "L is often late to school and mum struggles to get her up and out with the baby"),
    ("mapping", "danger_who_1", "police, mum's sister, HV",
     "Dad hits mum when he's been drinking and the police were called"),
    ("contextual", "danger_who_1", "school, YOT",
     "Older males pick J up from school in a car and give him cannabis")])
def test_the_next_answer_typed_past_a_reminder_about_a_short_form_is_asked_about(
        flow_id: str, step_id: str, held: str, typed: str) -> None:
    """A family support worker answered "Who is worried?" with "School & HV", was asked to
    write "HV" out in full, and typed on with the next question's answer: "L is often late
    to school and mum struggles to get her up and out with the baby". Sharing "school", it
    was taken for her rewrite: "Who is worried" read it, every answer after it went one
    question on, and the worry statement read "L is often late to school ... are worried
    that L could fall behind ...". A line that keeps none of the short forms and says far
    more than writing them out would is asked about now; nothing is replaced."""
    chat = sent_at(flow_id, step_id, held)
    assert chat.draft.pending is not None  # the reminder about the short form
    chat.send(typed)
    assert "Is that your new answer to it, or is it for the next question?" in " ".join(
        getattr(r, "text", "") for r in chat.replies)
    assert step_id not in chat.draft.answers


@pytest.mark.parametrize(("flow_id", "step_id", "held", "typed"), [
    ("wellbeing", "worry_who_1", "School & HV", "School and health visitor"),
    ("wellbeing", "worry_who_1", "School & HV", "the school and the HV"),
    ("mapping", "danger_who_1", "police, mum's sister, HV",
     "police, mum's sister and the health visitor"),
    ("mapping", "danger_who_1", "School, HV, IRO",
     "School, health visitor, independent reviewing officer")])
def test_a_short_form_written_out_is_still_the_rewrite(flow_id: str, step_id: str, held: str,
                                                       typed: str) -> None:
    chat = sent_at(flow_id, step_id, held)
    chat.send(typed)
    assert chat.draft.answers[step_id] == typed
