"""A number at the scale sent from a phone's emoji keyboard."""

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
