"""The thirty-eighth pass's second review: where the four helpers' changes meet (a number
changed after the scale, a note of being unsure before the answer, ...), met through the real
flows as a practitioner meets them. Each test of a defect failed on the code as it was."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst import sent_at

# --- a number changed past a scale with no question of why after it -------------------------


@pytest.mark.parametrize(("flow_id", "scale", "after"), [
    ("wellbeing", "wellbeing_scale_child", "wellbeing_scale_others"),
    ("three_houses", "child_scale", "worker_noticed")])
def test_a_number_changed_after_the_childs_own_number_changes_it(
        flow_id: str, scale: str, after: str) -> None:
    """A family support worker gave the child's own number, 4, then, as the child had
    changed her mind, typed "no actually 5" at the question after it. At the early help
    assessment it was saved as one of the agencies' numbers ("no actually 5"), at My Three
    Houses as what the worker noticed, and the child's number stayed 4. The number is
    changed and said so; the question after it is asked again, nothing saved there."""
    chat = sent_at(flow_id, scale, "4")
    assert chat.asked == after
    chat.send("no actually 5")
    assert chat.draft.answers[scale] == 5
    assert after not in chat.draft.answers
    assert "from 4 to 5" in " ".join(chat.notices())
    assert chat.asked == after


@pytest.mark.parametrize("typed", ["Nan says 5, school says 3", "actually 5 incidents"])
def test_an_answer_after_the_childs_number_is_still_the_answer(typed: str) -> None:
    chat = sent_at("three_houses", "child_scale", "4")
    chat.send(typed)
    assert chat.draft.answers["child_scale"] == 4
    assert "from 4 to" not in " ".join(chat.notices())
