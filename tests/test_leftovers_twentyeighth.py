"""Leftovers the twenty-eighth pass's walks noted, each pinned by a test that failed on the
code as it was."""

from __future__ import annotations

from flows.loader import load_flows
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()


def said(chat: object) -> str:
    return " ".join(getattr(r, "text", "") for r in chat.replies)  # type: ignore[attr-defined]


def test_a_note_pasted_far_over_the_limit_is_told_how_much_must_go() -> None:
    """A social worker pasted 1,133 characters of case notes where 800 fit and was asked
    "Could you shorten it a little?": on a phone, a third of it has to go, which "a little"
    does not say. Far over the limit, the reply says how much must go and that nothing is
    saved yet; a little over, it still says a little."""
    chat = reach(FLOWS["contextual"], "danger_behaviour_1")
    note = ("Older boys from the estate are paying D to carry drugs to other towns. " * 16)[:1133]
    chat.send(note)
    assert "danger_behaviour_1" not in chat.draft.answers
    assert "1133 characters" in said(chat)
    assert "about 333 need to go" in said(chat)
    assert "Nothing is saved yet" in said(chat)
    assert "a little" not in said(chat)

    chat.send(note[:830])
    assert "danger_behaviour_1" not in chat.draft.answers
    assert "shorten it a little" in said(chat)

    chat.send(note[:790])
    assert chat.draft.answers["danger_behaviour_1"] == note[:790].strip()
