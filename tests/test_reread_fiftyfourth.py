"""The fifty-fourth pass read again after its merges: where two branches' changes meet.
Each test of a defect failed on the merged code."""

from __future__ import annotations

import pytest

from flows.replies import Notice, Nudge
from tests.test_walk_thirtyfirst import sent_at

# --- how sure, in brackets, beside a number and its reason ---------------------------------


@pytest.mark.parametrize(("typed", "why"), [
    ("4 (ish) because dad stopped drinking", "because dad stopped drinking"),
    ("4 (I think) because dad stopped drinking", "because dad stopped drinking"),
    ("four (ish) because dad stopped drinking", "because dad stopped drinking"),
    ("5 (maybe) - nan has the children every weekend", "nan has the children every weekend"),
    ("6 (approx), nan has the children every weekend", "nan has the children every weekend")])
def test_how_sure_in_brackets_stays_out_of_the_reason_typed_after_it(typed: str,
                                                                    why: str) -> None:
    """A social worker answered the safety scale "4 (ish) because dad stopped drinking". "4
    (ish)" alone is 4 (this pass), and "4ish because ..." keeps "because ..." as why; with
    the reason after the brackets, "(ish) because dad stopped drinking" was saved as why
    she chose 4 and printed so in her summary. How sure she is stays out of the reason."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == {"4": 4, "f": 4, "5": 5, "6": 6}[typed[0]]
    said = " ".join(r.text for r in chat.replies if isinstance(r, Notice | Nudge))
    assert not [sure for sure in ("(ish)", "(I think)", "(maybe)", "(approx)")
                if sure in said], said
    assert f'"{why}"' in said, said
    assert chat.draft.answers.get("safety_scale_why", why) == why


def test_a_reason_in_brackets_before_more_words_is_still_the_reason() -> None:
    """Words in brackets that say why, with more after them, stay the reason whole."""
    chat = sent_at("mapping", "safety_scale", "4 (dad has not hit anyone) and nan visits daily")
    assert chat.draft.answers["safety_scale"] == 4
    assert chat.draft.answers["safety_scale_why"] == \
        "(dad has not hit anyone) and nan visits daily"
