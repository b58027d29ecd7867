"""Review of the left25 helper's work: near variants of its fixes."""

from __future__ import annotations

import pytest

from flows.loader import load_flows
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()


@pytest.mark.parametrize("typed", ["- Nan picks him up\n- n/a", "• Nan picks him up\n• None",
                                   "1. Nan picks him up\n2. -", "- Nan picks him up\n-"])
def test_one_bulleted_item_then_n_a_is_saved_without_its_bullet(typed: str) -> None:
    """A bulleted list of one item with "n/a" (or "none", "-") on its last line: the item was
    saved with its bullet ("- Nan picks him up"), as it was no longer read as a pasted list
    once the last line was taken off. Its bullet goes, as for a longer bulleted list."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(typed)
    assert chat.draft.answers["strengths"] == ["Nan picks him up"]
    assert chat.asked != "strengths"
