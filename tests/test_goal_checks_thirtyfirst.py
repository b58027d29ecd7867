"""Pass 31's goal wording: at a goal or a danger statement, the statement's own question is
asked before a word from the word list, so a practitioner writing "Dad will engage with the
parenting course" is asked what Dad will be doing, not what was offered and what happened;
the word is still asked about where the goal says what will happen. Each test of a defect
failed on the code as it was; the others guard what the fix must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.builders import EngineChat
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_twentyeighth import first_nudge

# What the word list asks of a report line, which a goal is not.
REPORT_QUESTIONS = ("What was offered, what happened", "what did they do?",
                    "what was actually seen or heard", "What did the person say or do")


def nudges(chat: EngineChat) -> list[str]:
    return [r.text for r in chat.replies if isinstance(r, Nudge)]


# --- a flawed goal is asked the goal's question, once --------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "asked"), [
    ("mapping", "goal_doing_1", "Dad will engage with the parenting course",
     "What will the adult be doing that people could see?"),
    # (until the thirty-second review a sound goal, its word "compliant" asked about with a
    # question of the past; being compliant is what professionals want, not what Mum will do)
    ("mapping", "goal_doing_1", "Mum will be compliant with the plan",
     "What will the adult be doing that people could see?"),
    ("mapping", "goal_doing_1", "Dad will attend the parenting course",
     "What will the adult be doing that people could see?"),
    ("wellbeing", "goal_doing_1", "Mum will work with the DA service",
     "What will the adult be doing that people could see?"),
    ("mapping", "goal_doing_1", "Dad won't be aggressive around the kids",
     "what someone will be doing"),
    ("mapping", "safety_goal_1", "Dad will engage with the parenting course",
     "A practice lead reading this safety goal would ask for"),
    ("mapping", "danger_statement_1", "Dad is volatile and aggressive",
     "A practice lead reading this danger statement would ask for"),
])
def test_a_flawed_goal_is_asked_the_goals_question_once(
        flow_id: str, step_id: str, typed: str, asked: str) -> None:
    """At "What will the adults be doing?", a social worker wrote "Dad will engage with the
    parenting course" and was asked "What was offered, what happened, and what might have
    got in the way?", a question about a report of what has been, with a report's line to
    copy; kept, she was then asked the goal's own question as a second reminder. Now the
    goal's question (what will the adult do, that people could see) is the one asked, and
    keeping the answer saves it with no second reminder."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    said = first_nudge(chat)
    assert asked in said
    assert not any(q in said for q in REPORT_QUESTIONS)
    chat.command("keep")
    assert nudges(chat) == []
    assert chat.draft.answers[step_id] == typed


# --- a sound goal: its words are still asked about, and nothing else --------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "asked"), [
    ("mapping", "goal_doing_1", "Mum will put T to bed by 8pm and the HV will see this on visits",
     '"health visitor" in full'),
])
def test_a_goal_saying_what_will_happen_still_has_its_words_asked_about(
        flow_id: str, step_id: str, typed: str, asked: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert asked in first_nudge(chat)


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "goal_doing_1", "Mum will ring Nan to collect T whenever Dad has been drinking"),
    ("contextual", "goal_doing_1", "Police will patrol the street every evening"),
    ("wellbeing", "goal_doing_1", "Mum will keep the kitchen stocked with food for the kids"),
])
def test_a_sound_goal_is_saved_as_sent(flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert nudges(chat) == []
    assert chat.draft.answers[step_id] == typed


def test_a_goal_rewritten_to_say_what_will_happen_has_its_new_word_asked_about() -> None:
    """After the goal's question, the goal written again with what Dad will do, and a short
    form in it, is asked about the short form: the goal is met, the word is not yet."""
    chat = sent_at("mapping", "goal_doing_1", "Dad will engage with the parenting course")
    assert "What will the adult be doing" in first_nudge(chat)
    chat.send("Dad will leave the house when he gets angry and the HV will hear how it went")
    chat.command("replace")  # "Is that your new answer to it?"
    assert '"health visitor" in full' in first_nudge(chat)


# --- the question's kind passed to the wording check: what happens next, what the child needs


@pytest.mark.parametrize(("flow_id", "step_id"), [
    ("contribution", "needs_to_happen"), ("mapping", "next_steps")])
def test_a_workers_step_with_will_and_no_day_is_asked_by_when(flow_id: str,
                                                               step_id: str) -> None:
    """At "What needs to happen next?", a school nurse wrote "the senco will assess him" and
    was asked only to write out "senco"; "senco to assess him" was asked by when as well.
    Said with "will", a step is a step there too."""
    chat = sent_at(flow_id, step_id, "the senco will assess him")
    said = first_nudge(chat)
    assert 'special educational needs co-ordinator" in full' in said
    assert "By when will it be done, or how often?" in said


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("contribution", "needs_to_happen", "the school nurse will weigh him every Monday"),
    ("mapping", "next_steps", "the health visitor will see mum on Thursday 10 December"),
    ("mapping", "next_steps", "the school will ring me the same day if he comes in hungry"),
    ("contextual", "goal_doing_1", "Police will patrol the street every evening"),
    ("contextual", "goal_doing_1", "the youth worker will meet her after school"),
])
def test_a_step_or_a_goal_saying_when_is_not_asked_by_when(flow_id: str, step_id: str,
                                                           typed: str) -> None:
    """(At a goal, what the adults will be doing is not asked by when: the goal asks for how
    long of its own.)"""
    chat = sent_at(flow_id, step_id, typed)
    assert "By when" not in " ".join(nudges(chat))


def test_someone_to_help_at_what_the_child_needs_is_the_need() -> None:
    """At "What does the child need that isn't happening yet?", "someone to help her with
    reading" is the need, and was asked "Who will do it, and by when?" as a next step with
    nobody to do it. It is saved; at what happens next, it is still asked who."""
    chat = sent_at("wellbeing", "unmet_needs", "someone to help her with reading")
    assert nudges(chat) == []
    chat = sent_at("wellbeing", "next_steps", "someone to help her with reading")
    assert "Who will do it, and by when?" in first_nudge(chat)
