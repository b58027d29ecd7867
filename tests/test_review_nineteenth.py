"""What a fresh-eyes review of the nineteenth pass found: the "and ..." line added back to
the answer before, the choice a long number stalled, and a piped chat at "are you sure?"."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_walk_seventeenth import FLOWS, reach

from flows import engine
from flows.replies import Notice, Nudge, Pick, Text
from tests.conftest import run_sosbot

WORRY = "Dad drinks every weekend and shouts at mum"


def held_line(line: str):  # type: ignore[no-untyped-def]
    """Supervision: a worry written, then `line` sent at the child's words after it."""
    chat = reach(FLOWS["supervision"], "worries")
    chat.send(WORRY)
    asked = chat.asked
    chat.send(line)
    assert any(isinstance(r, Nudge) for r in chat.replies), chat.replies
    assert asked not in chat.draft.answers or not chat.draft.answers[asked]
    return chat, asked


@pytest.mark.parametrize("line", ["& there have been 3 police call outs since May",
                                  "and 3 police call outs since May",
                                  "plus 3 police call outs since May"])
def test_the_rest_of_an_answer_added_back_is_added_whatever_it_starts_with(line: str) -> None:
    """"& there have been 3 police call outs", sent after the worry, then /back: the bot said
    the words were added, and the worry was replaced by "+ & there have been..."."""
    chat, _ = held_line(line)
    chat.command("back")
    assert chat.draft.answers["worries"] == f"{WORRY} {line}"
    assert "I've added those words to the end of your answer before." in chat.notices()


def test_the_rest_of_an_answer_too_long_to_add_is_quoted_back_and_the_answer_kept() -> None:
    """Together over the length limit: the bot said "added", then "too long", and the line
    was gone from everywhere."""
    chat = reach(FLOWS["supervision"], "worries")
    long_worry = ("Dad drinks every weekend " * 40)[:790].strip()
    chat.send(long_worry)
    chat.send("and he has 3 police call outs since May")
    chat.command("back")
    assert chat.draft.answers["worries"] == long_worry
    said = " ".join(chat.notices())
    assert "I've added" not in said
    assert "I haven't added \"and he has 3 police call outs since May\"" in said
    assert chat.asked == "worries"


@pytest.mark.parametrize("typed", ["yes", "yeah", "\N{THUMBS UP SIGN}", "ok"])
def test_a_yes_to_is_it_the_rest_of_your_answer_asks_which_it_is(typed: str) -> None:
    """"yes" to "That starts with "and", as if it is the rest of your answer..." kept the
    line as the child's own words: the opposite of what it agreed to."""
    chat, asked = held_line("and there were 3 police call outs")
    chat.send(typed)
    assert not chat.draft.answers.get(asked)
    assert chat.draft.answers["worries"] == WORRY
    assert any(isinstance(r, Nudge) for r in chat.replies)
    assert any("Which is it" in n for n in chat.notices())
    chat.command("back")
    assert chat.draft.answers["worries"] == f"{WORRY} and there were 3 police call outs"


@pytest.mark.parametrize("typed", ["1234567890123456789012345678 x", "1" * 3000 + " x",
                                   "12 34 56 78 90 12 34 56 78 90 12 34 56 78 x"])
def test_a_long_number_at_a_choice_is_turned_down_at_once(typed: str) -> None:
    """A reference number with a letter after it, typed at a choice with unnumbered buttons,
    took seconds per digit to be turned down, and the bot answered no one meanwhile (the
    first case ran for minutes). Not timed here: a return to it hangs this test."""
    chat = reach(FLOWS["mapping"], "purpose")
    outcome = engine.advance(FLOWS["mapping"], chat.draft, Text(typed), numbered=False)
    assert "purpose" not in outcome.draft.answers
    assert any("aren't numbered" in n.text or "couldn't" in n.text.lower()
               for n in outcome.replies if isinstance(n, Notice)), outcome.replies
    chat.send(Pick("review", chat.question.nonce))
    assert chat.draft.answers["purpose"] == "review"


def test_a_piped_chat_stops_at_a_line_that_is_no_yes_or_no_to_are_you_sure(
        tmp_path: Path) -> None:
    """Piped lines after /cancel were each turned down ("isn't a yes or a no") and reading
    went on, so the lines after would answer questions they were not written for."""
    result = run_sosbot(
        "chat", "--flow", "mapping", "--db", str(tmp_path / "x.db"),
        input="AB-1\n4\nWorker and team manager\n/cancel\nsomething else\nanother line\nyes\n")
    assert result.returncode == 1
    assert "line 5 of the answers piped in was not taken" in result.stderr
    assert result.stdout.count("isn't a yes or a no") == 1
    assert "Discarded" not in result.stdout


@pytest.mark.parametrize("typed", ["She got an A", "Vitamin A", "It was a C"])
def test_a_capital_letter_grade_or_vitamin_is_not_an_answer_left_unfinished(typed: str) -> None:
    chat = reach(FLOWS["supervision"], "worries")
    chat.send(typed)
    assert chat.draft.answers["worries"] == typed


def test_help_after_an_answer_left_unfinished_is_the_rest_of_it() -> None:
    """"Only Nan can", held as unfinished, then "help": read as /help, and the word the
    answer was waiting for never added. "skip" or "back" there are still the commands."""
    chat = reach(FLOWS["supervision"], "worries")
    chat.send("Only Nan can")
    chat.send("help")
    assert chat.draft.answers["worries"] == "Only Nan can help"
    skipped = reach(FLOWS["supervision"], "worries")
    skipped.send("Only Nan can")
    skipped.send("skip")
    assert skipped.draft.answers["worries"] == "Only Nan can"
    assert 'I\'ve read "skip" as /skip, not as an answer.' in skipped.notices()
