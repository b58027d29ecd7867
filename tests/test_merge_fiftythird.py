"""Faults found while merging the fifty-third pass's work."""

from __future__ import annotations

from pathlib import Path

from builders import EngineChat, build_flow, section, text, yes_no

from flows.replies import Question, SummaryReply


def _finished(tmp_path: Path) -> EngineChat:
    flow = build_flow(tmp_path, section("about", text("name"), yes_no("hurt"), text("details"),
                                        column="worried"))
    chat = EngineChat(flow)
    chat.start()
    chat.send("Sam")
    chat.pick("yes")
    chat.send("Hit with a belt.")
    assert chat.draft.status == "completed"
    return chat


def test_a_line_added_back_in_an_edit_from_the_summary_brings_her_back_to_the_question(
        tmp_path: Path) -> None:
    """A social worker reviewing a finished mapping went to the third answer from the
    summary, /back to the yes-or-no question, and typed the rest of her first answer there.
    The reminder said /back would add it to that answer "and bring you back to this
    question"; /back added it and showed the summary instead, the question she was on gone.
    Now she is asked it again, and answering it takes her back to the summary."""
    chat = _finished(tmp_path)
    chat.command("edit", "3")
    chat.command("back")
    assert chat.question.step_id == "hurt"
    chat.send("and his brother.")
    replies = chat.command("back")
    assert chat.draft.answers["name"] == "Sam and his brother."
    assert not any(isinstance(r, SummaryReply) for r in replies)
    assert [r.step_id for r in replies if isinstance(r, Question)] == ["hurt"]
    assert chat.draft.status == "in_progress"
    replies = chat.pick("yes")
    assert any(isinstance(r, SummaryReply) for r in replies)
    assert chat.draft.status == "completed"


def test_outside_an_edit_the_added_line_still_brings_her_back_and_on(tmp_path: Path) -> None:
    """The first time through, the same /back asks the same question and goes on after it."""
    flow = build_flow(tmp_path, section("about", text("name"), yes_no("hurt"), text("details"),
                                        column="worried"))
    chat = EngineChat(flow)
    chat.start()
    chat.send("Sam")
    chat.send("and his brother.")
    chat.command("back")
    assert chat.question.step_id == "hurt"
    assert chat.draft.return_to is None
    chat.pick("yes")
    assert chat.question.step_id == "details"
