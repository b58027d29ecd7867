"""Fresh eyes on the forty-eighth pass's merged change: what a partner or an operator would
still have met."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst import sent_at


@pytest.mark.parametrize("typed", ["DSL who reported the concern", "GP who saw him today",
                                   "School nurse who told the DSL",
                                   "Teacher who reported it to CSC",
                                   "Late shift nurse for the baby",
                                   "Police officer who arrived this morning"])
def test_a_role_told_by_what_she_did_is_saved_as_her_role(typed: str) -> None:
    """The school's safeguarding lead answered "What is your role there?" with "DSL who
    reported the concern". A short line with a capitalised short form and "reported" in it was
    read as an account of what happened: she was told it read like what she had seen, not
    her role, and offered to have it kept for "Worries". It is her role, and is saved."""
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" not in said
    assert chat.draft.answers.get("role", typed) == typed  # (a short form asked about first)
