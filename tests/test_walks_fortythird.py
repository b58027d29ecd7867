"""The forty-third walk: a social worker typing what she saw at the meeting's date; a
supervising social worker doing Signs of Wellbeing for a foster placement; a worker typing
/next at the question /resume showed her; a team manager reviewing a worker's mapping and
adding her own view; a worker who changes her number twice; and two of the tools walked
least. Each test of a defect failed on the code as it was; the others guard what the fixes
must leave alone."""

from __future__ import annotations

import pytest

from tests.test_walk_thirtyfirst import sent_at

# --- the social worker who typed what she saw at the meeting's date ---------------------------

ACCOUNT = "I saw a bruise on her arm on Monday when I visited"


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "goes"), [
    ("mapping", "meeting_date", ACCOUNT, "The worst time"),
    ("mapping", "next_review", "Dad hit mum on Saturday night and K was in the room",
     "The worst time"),
    ("wellbeing", "meeting_date", "School noticed J had bruising on his neck on Tuesday",
     "What is happening"),
    ("contextual", "meeting_date", "Police found D in Leeds on Friday with a black eye",
     "What has happened"),
    ("success", "next_review", "Carer saw him get into a car with older men last night",
     "What worries others"),
    ("supervision", "meeting_date", "Dad punched the wall by the cot on Sunday",
     "What we are worried about")])
def test_an_account_at_a_question_of_when_is_pointed_to_where_it_goes(
        flow_id: str, step_id: str, typed: str, goes: str) -> None:
    """At "When is the meeting?" a social worker typed what she had seen instead: "I saw a
    bruise on her arm on Monday when I visited". She was asked only to add the date to
    "Monday". It is not saved there now: she reads that it is what happened, not when, and
    where what happened goes; the question of when is asked again."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert chat.draft.pending is None
    said = " ".join(chat.notices())
    assert "it reads as what happened, not when" in said
    assert f'"{goes}"' in said
    assert chat.asked == step_id


def test_the_date_sent_after_it_is_the_meetings_date_alone() -> None:
    """Asked for the date of "Monday", she sent the meeting's, "Tuesday 8 December": it was
    put in place of "Monday", and the record's meeting date read "I saw a bruise on her arm
    on Tuesday 8 December when I visited"."""
    chat = sent_at("mapping", "meeting_date", ACCOUNT)
    chat.send("Tuesday 8 December")
    assert chat.draft.answers["meeting_date"] == "Tuesday 8 December"
    assert ACCOUNT not in str(chat.draft.answers)


def test_an_account_sent_again_is_the_answer() -> None:
    chat = sent_at("mapping", "meeting_date", "Dad hit mum on 3 December")
    chat.send("Dad hit mum on 3 December")
    assert chat.draft.answers["meeting_date"] == "Dad hit mum on 3 December"


def test_an_account_past_the_dated_reminder_is_not_put_at_the_next_question() -> None:
    """"next tues" held back for its date, she typed what she saw: it was asked whether it
    was for the next question, and /next would have saved it as who wrote the mapping."""
    chat = sent_at("mapping", "meeting_date", "next tues")
    chat.send(ACCOUNT)
    assert "it reads as what happened, not when" in " ".join(chat.notices())
    assert chat.draft.pending is not None
    assert chat.draft.pending.value == "next tues"
    chat.send("Tuesday 8 December")
    assert chat.draft.answers["meeting_date"] == "Tuesday 8 December"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("meeting_date", "Tuesday 8 December, 10am"),
    ("meeting_date", "Mum saw the chair and it was moved to 10 December"),
    ("meeting_date", "Not set yet: waiting for the conference team"),
    ("next_review", "Once baby has been seen by the paediatrician"),
    ("next_review", "Core group on 12 January, after the strategy meeting")])
def test_a_when_is_saved_as_before(step_id: str, typed: str) -> None:
    chat = sent_at("mapping", step_id, typed)
    assert chat.draft.answers[step_id] == typed
