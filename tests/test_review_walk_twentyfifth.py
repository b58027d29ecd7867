"""Review of walk 25: answers a practitioner meant that the round's new rules must not lose."""

from __future__ import annotations

from pathlib import Path

from flows.loader import load_flows
from tests.test_console import chat, script
from tests.test_console_input import _exported

FLOWS = load_flows()
SAME = "Same as above for both children, see the notes from the visit"


def test_a_piped_chat_with_one_answer_given_to_two_questions_in_a_row_finishes(
        tmp_path: Path) -> None:
    """A team lead scripting `sosbot chat` from a file wrote "Same as above for both
    children..." for what is going well and again for what needs to happen. The second was
    turned away as sent twice, nobody was there to send it again, and the chat stopped
    halfway, with the rest of the file unread."""
    db = tmp_path / "t.db"
    lines = [t.line for t in script(FLOWS, "reflection", going_well=SAME, needs_to_happen=SAME)]
    lines.remove(SAME)  # the script, as the engine reads it, sends the copy once more
    assert lines.count(SAME) == 2
    result = chat(db, "KB-9", *lines, flow="reflection")
    assert result.returncode == 0, result.stdout[-1500:]
    assert _exported(db, "KB-9").count("see the notes from the visit") == 2
