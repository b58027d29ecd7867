"""The thirty-sixth pass's second review: case hand-over, a pasted mapping filed under its
columns, and the rest of the pass read with fresh eyes. Each test of a defect failed on the
code as it was, through the real engine, the real flows and real SQLite files."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_walk_thirtyfirst import sent_at

# --- a pasted report's parts put under their questions by /use ------------------------------


@pytest.mark.parametrize(("part", "why"), [
    ("John Smithson, mum's partner, collects K from school every day", "full name"),
    ("K's nan Margaret Okonkwo has him every weekend", "full name"),
    ("K (DOB 03/04/2019) is settled in class and has friends", "date of birth"),
])
def test_a_filed_part_with_a_full_name_is_asked_about_not_saved_unasked(part: str,
                                                                         why: str) -> None:
    """A school's safeguarding lead pasted her report, headed as she keeps it, at the first of
    her three columns, with mum's partner named in full under "Strengths". /use put it under
    "What is working well" unasked, and "ok" there kept it: the social worker's mapping held
    a full name no reminder had asked about, where typed at that question it is asked for
    initials. Now /use is not offered for such a part: she sends this question's part, and
    types the rest at its own question, where it is asked about."""
    pasted = (f"Concerns - K came to school hungry three days last week\nStrengths - {part}\n"
              "Next steps: school nurse to see K on Tuesday")
    chat = sent_at("contribution", "worries", pasted)
    held = [r.text for r in chat.replies if isinstance(r, Nudge)][-1]
    assert "/use" not in held
    assert "Strengths - " in held  # still told that parts are headed as other columns
    chat.command("accept")
    assert "working_well" not in chat.draft.answers
    typed = sent_at("contribution", "working_well", part)
    assert "working_well" not in typed.draft.answers
    assert why in [r.text for r in typed.replies if isinstance(r, Nudge)][-1]
