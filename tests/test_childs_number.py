"""The child's own number is never someone else's: a number said to come from anyone the
child has (a sister, a mate, the school) is not saved as theirs, and one from a name that may
as well be a parent's is offered back, to be sent alone if it is the child's."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst_b import CHILDS_NUMBERS, sent_at


@pytest.mark.parametrize(("flow_id", "step_id"), CHILDS_NUMBERS)
@pytest.mark.parametrize(("typed", "who"), [
    ("her sister said 3", "her sister"), ("his mate reckons 5", "his mate"),
    ("the school said 5", "the school"), ("her foster carer gave it a 6", "her foster carer"),
    ("brother said 2", "brother")])
def test_a_number_from_someone_the_child_has_is_not_saved_as_theirs(
        flow_id: str, step_id: str, typed: str, who: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    (said,) = chat.notices("problem")
    assert f"It reads as the number {who} gave" in said
    assert chat.asked == step_id


@pytest.mark.parametrize(("flow_id", "step_id"), CHILDS_NUMBERS)
@pytest.mark.parametrize(("typed", "n"), [("Jo said 4", 4), ("Tyler chose 7", 7)])
def test_a_number_from_a_name_is_offered_back_not_taken(
        flow_id: str, step_id: str, typed: str, n: int) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert f"Send {n} if that's right" in " ".join(chat.notices())


@pytest.mark.parametrize(("flow_id", "step_id"), CHILDS_NUMBERS)
@pytest.mark.parametrize(("typed", "n"), [("KB said 4", 4), ("they said 6", 6),
                                          ("the young person chose 2", 2), ("she'd say 4", 4),
                                          ("he’d say 5", 5)])
def test_the_child_by_initials_or_as_the_child_is_taken(
        flow_id: str, step_id: str, typed: str, n: int) -> None:
    assert sent_at(flow_id, step_id, typed).draft.answers[step_id] == n
