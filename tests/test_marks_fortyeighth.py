"""An answer of marks alone ("/", ".", "-", "...") is a thumb on the command key or a full
stop sent early, not an answer: asked about once, as "ok" or an emoji alone is, and kept if
sent again. A social worker who typed "/" to find the commands (as Telegram shows them when a
message starts with one) saw the next question come, and her mapping's record read "When is
the meeting? /"."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst import held_and_asked, sent_at


@pytest.mark.parametrize("typed", ["/", ".", "//", "-", "...", "--", " / "])
def test_marks_alone_at_a_written_question_are_asked_about_not_saved(typed: str) -> None:
    nudge = held_and_asked("mapping", "meeting_date", typed)
    assert "Date of the meeting" in nudge
    assert "haven't saved it" in nudge


def test_marks_alone_at_a_checked_question_are_asked_about_not_saved() -> None:
    nudge = held_and_asked("harm_matrix", "network", ".")
    assert "haven't saved it" in nudge


def test_marks_alone_in_a_childs_words_are_kept_as_typed() -> None:
    chat = sent_at("three_houses", "house_worries", "...")
    assert "house_worries:bare" not in chat.draft.nudged


def test_marks_alone_sent_again_are_kept() -> None:
    chat = sent_at("mapping", "meeting_date", "-")
    chat.send("-")
    assert chat.draft.answers["meeting_date"] == "-"


@pytest.mark.parametrize("typed", ["3/12/2026", "n/a", "Tues.", "+"])
def test_an_answer_with_a_letter_digit_or_sign_is_not_asked_about_as_marks(typed: str) -> None:
    chat = sent_at("mapping", "meeting_date", typed)
    assert "meeting_date:bare" not in chat.draft.nudged
