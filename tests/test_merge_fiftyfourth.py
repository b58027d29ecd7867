"""What the fifty-fourth pass's merges met between them.

sound54's question at what the harm did to the child ("which says what the adult does, but
not yet what it has done to the child") took a child named by one capital ("T") for the
child, but not by two or three ("AB", "J.S."), as records name children: the social
worker's worst time "pushed mum into the kitchen door in front of AB" was asked what it did
to the child, where the child is named in it.
"""

from __future__ import annotations

import pytest

from flows.loader import load_flows
from flows.replies import Nudge
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()


@pytest.mark.parametrize("initials", ["AB", "J.S.", "KM", "T"])
def test_a_child_named_by_initials_at_the_worst_time_is_not_asked_about_the_child(
        initials: str) -> None:
    said = f"on 28 nov mums partner pushed mum into the kitchen door in front of {initials}"
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send(said)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers["worst_harm"] == said


def test_an_adult_alone_at_the_worst_time_is_still_asked_what_it_did_to_the_child() -> None:
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.send("on 28 nov mums partner pushed mum into the kitchen door")
    [nudge] = [r for r in chat.replies if isinstance(r, Nudge)]
    assert "not yet what it has done to the child" in nudge.text
    assert "worst_harm" not in chat.draft.answers
