"""The thirty-ninth pass's wording misfires from its walks, each fixed as a general behaviour
and met through the real engine, the real nudger and the shipped flow files: a professional's
reason beside their number, a harm the question names said of someone, taking part told as
what is working, and initials before how a person feels. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_review_language_twentyninth import asked, reply_to
from tests.test_walk_thirtyfirst import sent_at

# --- 1. each person's number and reason: a professional's label is still asked about ---------


@pytest.mark.parametrize(("step_id", "typed", "word"), [
    ("safety_scale_others", "Police: 2, mum is chaotic", "chaotic"),  # the walk's own
    ("danger_scale_others_1", "School - 3 - parents are disengaged", "disengaged"),
    ("safety_scale_others", "Social worker: 4, dad is aggressive", "aggressive"),
    ("safety_scale_others", "me: 3, mum is chaotic", "chaotic"),
    ("safety_scale_others", "mum: 7 - things are much better\nPolice: 2, mum is chaotic",
     "chaotic"),
])
def test_a_professionals_reason_that_labels_someone_is_asked_what_was_seen(
        step_id: str, typed: str, word: str) -> None:
    """An independent reviewing officer listed each agency's number, "Police: 2, mum is
    chaotic", and nothing was asked, though "mum is chaotic" alone is asked what a usual day
    looks like: the number 2 was read as how much of something was seen, so the label
    passed as told. A professional's reason (or the writer's) is theirs to show; the number
    given for the scale is no count of anything."""
    chat = sent_at("mapping", step_id, typed)
    said = " ".join(r.text for r in chat.replies if isinstance(r, Nudge))
    assert f'"{word}"' in said
    assert step_id not in chat.draft.answers


@pytest.mark.parametrize("typed", [
    "mum: 7 - things are much better",
    "Dad: 8, he thinks things are fine now",
    "nan - 6 - she feels it's getting better",
    "mum: 7 - dad is chaotic",
    "T: 8 - he says he feels safe at home now",
    "Police: 2, mum was arrested drunk in the street with T on Friday",
])
def test_a_family_members_own_reason_or_a_reason_with_what_happened_is_left_alone(
        typed: str) -> None:
    assert asked("mapping", "safety_scale_others", typed) is None


def test_a_label_with_a_number_first_is_asked_at_the_writers_own_reason() -> None:
    assert '"chaotic"' in reply_to("mapping", "safety_scale_why", "2, mum is chaotic")


# --- 2. a harm the question names, said of someone with whom or what ------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("harm_matrix", "harm_complicating", "Mum isolated from her family"),  # the walk's own
    ("harm_matrix", "harm_complicating", "Mum is isolated from friends since the move"),
    ("harm_matrix", "harm_complicating", "Dad is stressed about the rent"),
    ("mapping", "complicating", "Mum has been cut off from her family by dad"),
    ("wellbeing", "harder", "Dad lonely since the split"),
    ("contextual", "home_worries", "Mum is depressed since losing her job"),
    ("harm_matrix", "harm_complicating", "Mum's isolation from her family"),
])
def test_a_harm_the_question_names_said_of_someone_is_the_answer(
        flow_id: str, step_id: str, typed: str) -> None:
    """At "What makes this harder to stop? Drinking, drugs, health, money, isolation?" a
    social worker wrote "Mum isolated from her family" and was told it "says what you make
    of things", though the question lists isolation; "Dad is stressed about money" passed
    only because money is a thing. What the question asks for, said of someone with whom or
    what, is kept."""
    assert asked(flow_id, step_id, typed) is None


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("harm_matrix", "harm_complicating", "Mum is isolated"),
    ("harm_matrix", "harm_complicating", "Mum is manipulative"),
    ("mapping", "complicating", "Mum is isolated"),
])
def test_a_state_said_alone_or_a_label_is_still_asked_there(
        flow_id: str, step_id: str, typed: str) -> None:
    assert asked(flow_id, step_id, typed) is not None


# --- 3. taking part, told as what is working: what changed for the child ---------------------

CHANGED = "What has changed for the child since"
IN_THE_WAY = "got in the way"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("strengths", "engaged with the drug and alcohol service"),  # the walk's own
    ("strengths", "Mum has engaged well with Women's Aid"),
    ("existing_safety", "Dad engaging with the parenting course"),
])
def test_taking_part_told_as_working_well_is_asked_what_changed_for_the_child(
        step_id: str, typed: str) -> None:
    """At what is working well, "engaged with the drug and alcohol service" was asked "What
    was offered, what happened, and what might have got in the way?", a question for a
    worry. It is asked what has changed for the child since."""
    said = reply_to("mapping", step_id, typed)
    assert CHANGED in said
    assert IN_THE_WAY not in said


@pytest.mark.parametrize("typed", [
    "Dad engaged with probation; he has not drunk since June and collects T every day",
    "Dad has engaged with the parenting course and now reads T a story every night"])
def test_taking_part_with_what_changed_after_it_is_left_alone(typed: str) -> None:
    assert asked("mapping", "strengths", typed) is None


def test_more_taking_part_after_it_is_not_what_changed() -> None:
    assert CHANGED in reply_to("mapping", "strengths",
                               "engaged with the drug service, attending weekly")


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "strengths", "Mum has not engaged with the drug and alcohol service"),
    ("mapping", "strengths", "Mum didn't really engage with CGL"),
    ("mapping", "complicating", "engaged with the drug and alcohol service"),
])
def test_not_taking_part_or_taking_part_at_a_worry_is_asked_what_got_in_the_way(
        flow_id: str, step_id: str, typed: str) -> None:
    said = reply_to(flow_id, step_id, typed)
    assert IN_THE_WAY in said
    assert CHANGED not in said


# --- 4. two capitals, then how the person feels: their initials --------------------------------


@pytest.mark.parametrize("typed", ["MP is scared of dad",  # the walk's own
                                   "MP was really upset when dad shouted on Friday",
                                   "MP's frightened of going home",
                                   "MP seemed anxious at school today",
                                   "MP was crying when I visited"])
def test_initials_before_how_the_person_feels_are_a_person(typed: str) -> None:
    """The bot asks for initials, and a social worker wrote "MP is scared of dad": she was
    asked when the young person went missing, as if MP were a missing person."""
    said = asked("mapping", "worst_harm", typed) or ""
    assert "missing" not in said


@pytest.mark.parametrize("typed", ["MP is missing", "MP was missing overnight on Friday",
                                   "MP's missing again", "MP x4 since Oct",
                                   "MP was found at 2am in Leeds"])
def test_mp_as_missing_is_still_asked_about(typed: str) -> None:
    assert "go missing" in reply_to("mapping", "worst_harm", typed)
