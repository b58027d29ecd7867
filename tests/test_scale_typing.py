"""Numbers at the scale as a phone sends them: from the emoji keyboard, or two at once."""

from __future__ import annotations

import pytest
from test_walk_seventeenth import FLOWS, reach


@pytest.mark.parametrize(("typed", "number"), [
    ("6\ufe0f\u20e3", 6), ("6\u20e3", 6), ("0\ufe0f\u20e3", 0), ("\N{KEYCAP TEN}", 10),
    ("about a 4\ufe0f\u20e3", 4)])
def test_a_keycap_emoji_at_the_scale_is_its_number(typed: str, number: int) -> None:
    """A young person picked "6️⃣" from the emoji keyboard for how safe they feel: it was
    refused as "not a number from 0 to 10"."""
    chat = reach(FLOWS["harm_matrix"], "harm_scale_1")
    chat.send(typed)
    assert chat.draft.answers["harm_scale_1"] == number


def test_a_keycap_with_its_reason_keeps_both_and_words_elsewhere_stay_as_typed() -> None:
    chat = reach(FLOWS["harm_matrix"], "harm_scale_1")
    chat.send("3\ufe0f\u20e3 - dad is still drinking")
    assert chat.draft.answers["harm_scale_1"] == 3
    assert chat.draft.answers["harm_scale_why_1"] == "dad is still drinking"
    written = reach(FLOWS["harm_matrix"], "danger_behaviour_1")
    written.send("Dad rated it 2\ufe0f\u20e3 himself")
    assert written.draft.answers["danger_behaviour_1"] == "Dad rated it 2\ufe0f\u20e3 himself"


@pytest.mark.parametrize(("typed", "first", "now"), [
    ("6, now 3", 6, 3), ("6 - today a 4", 6, 4), ("7 - and now a 5", 7, 5),
    ("5, at the moment it's two", 5, 2)])
def test_a_number_then_where_it_is_now_is_asked_about_not_saved(
        typed: str, first: int, now: int) -> None:
    """A social worker updating the scale typed "6, now 3" (it was 6, it is 3 now): 6 was
    saved as the number and "now 3" as why, so the summary showed the old number. Which one
    is meant is asked, and nothing is saved until it is said."""
    chat = reach(FLOWS["harm_matrix"], "harm_scale_1")
    chat.send(typed)
    assert "harm_scale_1" not in chat.draft.answers
    assert "harm_scale_why_1" not in chat.draft.answers
    assert chat.asked == "harm_scale_1"
    assert f"two numbers there ({first} and {now})" in " ".join(chat.notices())


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("3 (was 6)", 3, "was 6"),
    ("4 because she has been hit 3 times now", 4, "because she has been hit 3 times now"),
    ("5, now that dad has moved out", 5, "now that dad has moved out"),
    ("6 - now he has 2 jobs", 6, "now he has 2 jobs")])
def test_a_number_with_other_numbers_in_its_reason_keeps_both(
        typed: str, number: int, why: str) -> None:
    chat = reach(FLOWS["harm_matrix"], "harm_scale_1")
    chat.send(typed)
    assert chat.draft.answers["harm_scale_1"] == number
    assert chat.draft.answers["harm_scale_why_1"] == why
