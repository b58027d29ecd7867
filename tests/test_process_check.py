"""A sentence that says only what the services did is asked what happened for the child;
what happened, what someone in the family did, and what is still to be done are not."""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_wording
from flows.checks.words import load_word_list
from flows.nudges import describe, plain_language

WORDS = load_word_list()


@pytest.mark.parametrize("answer", [
    "The core group met and the plan was reviewed.",
    "Support has been offered but not taken up.",
    "Mum was sent to the food bank and offered a place on a course.",
    "Home visit undertaken, family seen, no concerns noted.",
    "the working agreement was signed by both parents",
    "A meeting took place and the case remains open."])
def test_what_the_services_did_is_asked_what_happened_for_the_child(answer: str) -> None:
    nudge = plain_language(answer, WORDS)

    assert nudge is not None
    assert "says what the services did" in nudge
    assert "What happened for the child, or what did someone in the family do, and when?" in nudge


@pytest.mark.parametrize("answer", [
    "Dad met me at the flat on Tuesday and showed me the new beds for the girls.",
    "The school made a referral after T came in with a burn on her arm.",
    "Mum went to all six parenting sessions and used the reward chart with T every evening.",
    "Both parents came to the core group and Dad spoke about how he stopped using.",
    "When I visited, Mum was asleep on the sofa and the baby was crying in the cot.",
    'Dad said "the plan is a joke, nobody listens".'])
def test_what_happened_or_what_someone_in_the_family_did_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == []


@pytest.mark.parametrize("answer", [
    "We will meet again in four weeks to review the plan.",
    "Social worker to arrange a core group.",
    "A referral to be made to the parenting service.",
    "The plan is to review the case at the next meeting.",
    "Social worker to arrange a child in need meeting.",
    "We will chase the school for the attendance figures."])
def test_a_next_step_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == []


def test_a_decision_about_the_harm_itself_is_a_record_left_alone() -> None:
    assert find_wording("The plan for neglect was ended at the review conference.", WORDS) == []


def test_the_language_check_names_it_as_process() -> None:
    assert describe("Visits were carried out as per the plan", WORDS) == (
        '"Visits were carried out as per the plan" (what the services did, nothing that '
        "happened)")


def test_a_listed_process_word_keeps_its_own_question() -> None:
    nudge = plain_language("A strategy discussion took place.", WORDS)

    assert nudge is not None
    assert nudge.startswith('You wrote "strategy discussion".')


def test_a_process_sentence_beside_a_label_gets_both_questions() -> None:
    nudge = plain_language("Dad is volatile. The case was closed and transferred.", WORDS)

    assert nudge is not None
    assert '"volatile"' in nudge
    assert '"The case was closed and transferred": What happened for the child' in nudge


@pytest.mark.parametrize("answer", [
    "I completed a home visit and updated the chronology.",
    "multi agency meeting held and all agencies agreed to continue with the current plan",
    "Parenting assessment commenced, mum has attended 3 of 6 sessions so far.",
    "Mum has been referred to the Freedom Programme and a start date is awaited.",
    "Paperwork has gone to legal and a date for the gateway meeting is pending."])
def test_the_workers_own_tasks_and_a_familys_attendance_are_process(answer: str) -> None:
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


@pytest.mark.parametrize("answer", [
    "Support has been ongoing since March and Mum now baths the kids every night before bed.",
    "Case closed in January after eight months with no police callouts and J back at school.",
    "The risk assessment was signed off after the smoke alarms were fitted."])
def test_what_followed_the_services_work_is_left_alone(answer: str) -> None:
    assert find_wording(answer, WORDS) == []


@pytest.mark.parametrize("answer", [
    "Child in need meeting held, plan reviewed.",
    "Family group conference held and plan agreed.",
    "Emailed the health visitor asking for an update, awaiting response.",
    "Texted the social worker, chased the referral.",
    "Phoned school, left message, will try again Monday.",
    "Professionals meeting held and minutes sent out.",
    "Discussed in supervision, case to stay open."])
def test_the_services_calls_messages_and_meetings_named_for_a_family_are_process(
        answer: str) -> None:
    """"Child" in "child protection conference" is the meeting's name; ringing and emailing
    with nobody of the family in the sentence is the services' own work; a decision that a
    case stays open is not a step still to take; what was done is read before "will"."""
    assert [h.kind for h in find_wording(answer, WORDS)] == ["services"], answer


@pytest.mark.parametrize("answer", [
    "The child asked for help at school and a referral was made.",
    "Mum rang the school to say the kids were ill, and the visit was cancelled.",
    "Child protection conference held on 4/6; Mum told the conference Dad had moved back in.",
    "Rang Nan, she said the boys stayed with her all weekend and the plan was agreed.",
    "Case to remain open while Dad's court case goes on.",
    'The teacher wrote in her email: "S flinched when I raised my hand."'])
def test_a_call_or_a_meeting_with_what_the_family_said_or_did_is_left_alone(
        answer: str) -> None:
    assert find_wording(answer, WORDS) == []
