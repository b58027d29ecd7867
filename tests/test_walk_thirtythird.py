"""The thirty-third walk: a health visitor preparing for an initial child protection
conference on the mapping, interrupted twice and back hours later (/resume, a second draft
for a sibling, /review, /edit, the summary pasted into a report); a school's designated
safeguarding lead reflecting before a referral; a social worker using My Three Houses with
a 7-year-old, typing the child's words as said. Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest
from builders import EngineChat

from flows.loader import load_flows
from flows.render import render_text
from flows.summary import build_summary
from tests.test_walk_thirtyfirst import sent_at

FLOWS = load_flows()


def summary_text(chat: EngineChat, flow_id: str) -> str:
    """The summary as pasted into a report, every question left skipped to the end."""
    while chat.draft.status == "in_progress" and chat.asked:
        chat.command("skip")
    return render_text(build_summary(FLOWS[flow_id], chat.draft))


# --- a parent's number and why --------------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "number", "why"), [
    ("mapping", "safety_scale_parent_1", "6, mum says R is staying away more", 6,
     "mum says R is staying away more"),
    ("mapping", "safety_scale_parent_2", "3 - dad thinks the school is making it up", 3,
     "dad thinks the school is making it up"),
    ("mapping", "safety_scale_parent_1", "7 she is sure he won't come back", 7,
     "she is sure he won't come back"),
    ("contextual", "safety_scale_young_person", "5, because he feels safer at home now", 5,
     "because he feels safer at home now")])
def test_a_parents_number_with_their_reason_keeps_both(
        flow_id: str, step_id: str, typed: str, number: int, why: str) -> None:
    """The health visitor sent mum's number as mum gave it: "6, mum says R is staying away
    more". It was refused ("Here I can keep only the number, so your words were not
    saved"), though her own "4, R has moved out" kept its reason. Both are kept, and the
    summary shows the reason beside mum's number."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == number
    assert chat.draft.answers[f"{step_id}_why"] == why
    assert f'I\'ve saved {number} as the number for "' in chat.notices()[0]
    assert chat.asked != step_id
    who = FLOWS[flow_id].step(step_id).title
    assert f"{who}: {number} ({why})" in summary_text(chat, flow_id)


def test_a_parents_reason_is_in_the_review_and_goes_with_a_new_number() -> None:
    """/review lists mum's number with her reason; changed with /edit to a number alone,
    the reason given for the old number is taken out, and the reply says so."""
    chat = sent_at("mapping", "safety_scale_parent_1", "6, mum says R is staying away more")
    chat.command("review")
    listed = chat.replies[-1]
    item = next(i for i in listed.items if i.step_id == "safety_scale_parent_1")
    assert item.answer.endswith("(mum says R is staying away more)")
    chat.command("edit", str(item.number))
    chat.send("5")
    assert chat.draft.answers["safety_scale_parent_1"] == 5
    assert "safety_scale_parent_1_why" not in chat.draft.answers
    assert '"mum says R is staying away more", is taken out' in " ".join(chat.notices())
    chat.command("edit", str(item.number))
    chat.send("4, she has had a letter from R's solicitor")
    assert chat.draft.answers["safety_scale_parent_1_why"] == \
        "she has had a letter from R's solicitor"
    assert "taken out" not in " ".join(chat.notices())
    assert "mum says" not in summary_text(chat, "mapping")


@pytest.mark.parametrize("typed", ["4 mum said", "5 dad reckons"])
def test_the_childs_number_then_who_else_gave_it_is_still_refused(typed: str) -> None:
    chat = sent_at("contextual", "safety_scale_young_person", typed)
    assert "safety_scale_young_person" not in chat.draft.answers


def test_a_skipped_number_is_named_once_in_the_summary() -> None:
    """Dad's number skipped read twice in the summary: "No number yet from: Other parent or
    carer" at the top, and "Other parent or carer: not given" under the scale."""
    chat = sent_at("mapping", "safety_scale_parent_1", "6")
    chat.command("skip")
    text = summary_text(chat, "mapping")
    assert "No number yet from: Other parent or carer" in text
    assert "not given" not in text.split("SCALING")[1]
    assert text.count("Other parent or carer") == 1
