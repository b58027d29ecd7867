"""The fortieth pass's review leftovers, each met through the real flows (the real engine,
the real nudger, the shipped flow files): the reason typed with a parent's own number, help
named with nothing of what it will be, and the note about dictated punctuation. Each test of
a defect failed on the code as it was; the others guard what the fixes must leave alone. The
"fresh" cases were written before the fix was run against them."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_review_language_twentyninth import asked
from tests.test_walk_thirtyfirst import sent_at

# --- a parent's number, with a professional's verdict as its reason -----------------------


@pytest.mark.parametrize(("step_id", "typed", "word"), [
    ("safety_scale_parent_2", "8, he has good insight into his mental health", "insight"),
    # fresh
    ("safety_scale_parent_1", "7, mum is engaging well with services", "engaging"),
    ("safety_scale_parent_1", "6 - she is compliant with the plan", "compliant"),
    ("safety_scale_parent_2", "5, dad presents as motivated to change", "presents as")])
def test_a_parents_number_with_a_verdict_for_a_reason_is_asked_about_it(
        step_id: str, typed: str, word: str) -> None:
    """A worker sent dad's number as "8, he has good insight into his mental health": it was
    saved with that as dad's reason, which no wording check read, so the worker's verdict
    went into the plan as why dad gave 8. It is asked about once, as a reason for the
    worker's own number is, and nothing is saved yet; sent again, it is kept."""
    chat = sent_at("mapping", step_id, typed)
    said = " ".join(chat.notices())
    assert f'"{word}' in said.lower() or word in said.lower(), said
    assert "send it again" in said.lower()
    assert step_id not in chat.draft.answers
    assert f"{step_id}_why" not in chat.draft.answers
    assert chat.asked == step_id
    chat.send(typed)  # the same again: kept as written
    number = int(typed[0])
    assert chat.draft.answers[step_id] == number
    assert chat.draft.answers[f"{step_id}_why"] == typed[1:].strip(" ,-")
    assert chat.asked != step_id


def test_a_parents_number_rewritten_with_what_they_said_is_saved() -> None:
    chat = sent_at("mapping", "safety_scale_parent_2",
                   "8, he has good insight into his mental health")
    chat.send("8, he told me he takes his tablets every day and rings the crisis line when "
              "he feels low")
    assert chat.draft.answers["safety_scale_parent_2"] == 8
    assert chat.draft.answers["safety_scale_parent_2_why"].startswith("he told me he takes")
    assert chat.asked != "safety_scale_parent_2"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("safety_scale_parent_1", "6, mum says R is staying away more"),  # an earlier walk's
    ("safety_scale_parent_2", "3 - dad thinks the school is making it up"),
    # fresh
    ("safety_scale_parent_1", "7, she says she is engaging with everything now"),
    ("safety_scale_parent_2", "8 - he knows when he is getting ill and rings his nurse"),
    ("safety_scale_parent_1", "4 because nan has moved in and walks K to school")])
def test_a_parents_number_with_their_own_reason_is_saved_as_it_was(step_id: str,
                                                                  typed: str) -> None:
    chat = sent_at("mapping", step_id, typed)
    assert isinstance(chat.draft.answers[step_id], int)
    assert chat.draft.answers[f"{step_id}_why"]
    assert chat.asked != step_id
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


def test_the_childs_number_with_their_reason_is_never_asked_about_its_words() -> None:
    chat = sent_at("contextual", "safety_scale_young_person",
                   "5, because he is compliant with his curfew now")
    assert chat.draft.answers["safety_scale_young_person"] == 5
    assert chat.asked != "safety_scale_young_person"


# --- help named, with nothing of what it will be ------------------------------------------


@pytest.mark.parametrize("line", [
    "IV to support",  # the review's own
    "Carers to support with this",
    # fresh
    "Foster carers to support her with this.",
    "Her mentor will support",
    "PA to help with this",
    "Key worker to support him"])
def test_help_named_with_nothing_of_what_it_is_asks_what_and_when(line: str) -> None:
    """At "Who will help with this, and how?", "IV to support" was asked what the services
    did meant for the child, a question of the past, and "Carers to support with this" not
    asked at all. A helper named with nothing of what they will do is asked what exactly
    they will do, and when."""
    reply = asked("success", "goal_support", line)
    assert reply is not None, line
    assert "What exactly will they do" in reply, reply
    assert "says what the services did" not in reply


@pytest.mark.parametrize("line", [
    "His youth worker will go with him to the open day and his mum will pay the bus fare",
    # fresh
    "Her foster carers will help her fill in the college form on Saturday",
    "Her mentor will meet her every Tuesday after school to go through her homework",
    "Carers to support her by driving her to the interview on 3 March",
    "Nan will help by having K after school on Mondays and Wednesdays"])
def test_help_said_with_what_it_is_is_left_alone(line: str) -> None:
    assert asked("success", "goal_support", line) is None


# --- the note about dictated punctuation ---------------------------------------------------


DICTATED = "Dictation seems to have written some punctuation out as words"


def dictation_note(line: str) -> str:
    chat = sent_at("mapping", "danger_behaviour_1", line)
    note = next((r.text for r in chat.replies if isinstance(r, Nudge)), "")
    assert note.startswith(DICTATED), note
    return note.split(". With them")[0]


@pytest.mark.parametrize(("line", "said", "not_said"), [
    ("Mum rang on 3 Dec comma said dad had moved back in", ['"comma"'],
     ['"full stop"', '"new line"']),
    # fresh
    ("Dad shouted at K on Sunday full stop K hid in her room", ['"full stop"'],
     ['"comma"', '"new line"']),
    ("K said quote dad hit me unquote and showed me a bruise", ['"quote"', '"unquote"'],
     ['"full stop"', '"new line"']),
    ("Dad grabbed K by the arm full stop new line mum rang the police comma then left",
     ['"full stop"', '"new line"', '"comma"'], []),
    ("Is K safe at home question mark mum says dad is back", ['"question mark"'],
     ['"full stop"'])])
def test_the_dictation_note_quotes_the_words_actually_dictated(
        line: str, said: list[str], not_said: list[str]) -> None:
    """The note's example always read ("full stop", "new line"), even where only "comma"
    was dictated: it names the spoken marks the answer holds."""
    note = dictation_note(line)
    for each in said:
        assert each in note, (each, note)
    for each in not_said:
        assert each not in note, (each, note)
