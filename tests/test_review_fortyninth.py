"""Fresh eyes on the forty-eighth pass's merged change, and on a newcomer's first steps: what
a practitioner, a partner or an operator would still have met."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst import sent_at


@pytest.mark.parametrize("typed", ["Acting DSL from today", "Duty SW on today",
                                   "PC on duty last night", "Covering DSL this morning",
                                   "New DSL since yesterday"])
def test_a_role_with_its_short_form_and_a_day_is_saved_as_her_role(typed: str) -> None:
    """A deputy, covering the school's safeguarding lead that week, answered "What is your
    role there?" with "Acting DSL from today". The short form was taken for a family member's
    initials and "today" for something that happened: she was told her role read like what she
    had seen, and offered to have it kept for "Worries". It is her role, and is saved (its
    short form asked about first, as any is)."""
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" not in said
    assert chat.draft.answers.get("role", typed) == typed


@pytest.mark.parametrize("typed", ["FM came in hungry today", "KB said mum was drunk",
                                   "mum shouted at him at pick up"])
def test_a_short_account_at_the_role_is_still_offered_on(typed: str) -> None:
    """The accounts the forty-eighth pass offered on, family initials among them, still are."""
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" in said

