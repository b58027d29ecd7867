"""Review of walk 25: answers a practitioner meant that the round's new rules must not lose."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.loader import load_flows
from tests.terminal import exported
from tests.test_console import chat, script
from tests.test_walk_seventeenth import reach

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
    assert exported(db, "KB-9").count("see the notes from the visit") == 2


@pytest.mark.parametrize(("flow", "step", "words"), [
    ("contextual", "harm_signs", "help me"),
    ("harm_matrix", "harm_accepted_detail_1", "I don't understand"),
    ("reflection", "what_happened", "Help me!"),
])
def test_words_someone_said_that_read_as_being_lost_can_still_be_the_answer(
        flow: str, step: str, words: str) -> None:
    """A youth worker asked what the young person had said: he had texted his mum "help me".
    She typed it, and got the question's help; she typed it again, and got the help again:
    however often she sent it, it could never be saved."""
    chat = reach(FLOWS[flow], step)
    chat.send(words)
    assert step not in chat.draft.answers
    assert chat.notices("help")
    assert any("send it again" in n for n in chat.notices())
    chat.send(words)
    assert chat.draft.answers[step] == words


@pytest.mark.parametrize("lost", ["?", "what do I put here?", "I don't understand the question?"])
def test_being_lost_twice_still_shows_the_help(lost: str) -> None:
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(lost)
    chat.send(lost)
    assert "what_happened" not in chat.draft.answers
    assert chat.notices("help")


def test_a_piped_chat_with_someones_words_that_read_as_being_lost_keeps_them(
        tmp_path: Path) -> None:
    """From a file, "Help me!" (what the child texted) was shown the help, and the line after
    it, meant for the next question, was taken as this one's answer."""
    db = tmp_path / "t.db"
    lines = [t.line for t in script(FLOWS, "reflection", what_happened="told me: rang her")]
    lines[lines.index("told me: rang her")] = "Help me!"
    result = chat(db, "KB-8", *lines, flow="reflection")
    assert result.returncode == 0, result.stdout[-1500:]
    assert "Help me!" in exported(db, "KB-8")


def test_a_piped_chat_with_a_question_mark_for_an_answer_stops_there(tmp_path: Path) -> None:
    """From a file, "?" at what happened (a note to come back to it) showed the help, and the
    line after it, the yes or no meant for the next question, was saved as what happened;
    every later line answered the question before its own."""
    db = tmp_path / "t.db"
    lines = [t.line for t in script(FLOWS, "reflection", what_happened="told me: rang her")]
    at = lines.index("told me: rang her")
    lines[at] = "?"
    result = chat(db, "KB-7", *lines, flow="reflection")
    assert result.returncode == 1
    assert f"line {at + 2} " in result.stderr  # the case label is line 1
    assert "What worries you" not in exported(db, "KB-7")
