"""The thirty-third walk (c): an experienced social worker, a school's safeguarding lead and a
health visitor answer every tool well (plain, behavioural, who and by when, what was seen,
the family's words kept as theirs), through the real Telegram-free core with the real
reminders. What they would notice is counted: every reminder about the wording of a sound
answer. The thirty-third pass's new rules (next steps asked by when or what comes after,
how things go said alone, a number for nothing heard of, a parent's words at what is working
well, "not coping", "using", "need to") each nagged some good answers; each test of a defect
failed on the code as it was, and the flawed lines beside them are still asked about."""

from __future__ import annotations

import pytest

from tests.builders import EngineChat, Notice, Nudge
from tests.test_walk_thirtyfirst import sent_at


def reminders(chat: EngineChat) -> list[str]:
    """What the last answer brought that asks about its wording (a reminder, or a problem)."""
    return [r.text for r in chat.replies
            if isinstance(r, Nudge) or (isinstance(r, Notice) and r.kind == "problem")]


def nagged(at: list[tuple[str, str, str]]) -> list[tuple[str, str]]:
    """Each (tool, step, answer) whose answer was asked about or not saved, with the first
    reminder."""
    found = []
    for flow_id, step_id, typed in at:
        chat = sent_at(flow_id, step_id, typed)
        said = reminders(chat)
        if said or step_id not in chat.draft.answers:
            found.append((typed, said[0][:120] if said else "not saved"))
    return found


# --- how things go, shown by the sentence after it -------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "strengths",
     "Settled well at nursery. She waves mum off and goes straight to the sand tray."),
    ("wellbeing", "strengths",
     "Sleeping well. Mum says J sleeps from 7 till 6 since she started the bath routine."),
    ("wellbeing", "strengths", "Doing well in maths. She got 8 out of 10 in her test on Friday."),
    ("contribution", "working_well",
     "Engaged well in the session. She told me about her new friend and drew her family."),
    ("contribution", "working_well",
     "Coping well with the new baby. She helps mum with his bath and sings to him."),
])
def test_how_things_go_then_what_was_seen_is_saved(flow_id: str, step_id: str,
                                                   typed: str) -> None:
    """A health visitor's "Sleeping well. Mum says J sleeps from 7 till 6 since she started
    the bath routine." was answered ""Sleeping well" says what you make of things, but not
    yet what you saw", though the next sentence says it. Only a semicolon or a colon after
    it was read as going on to show it."""
    chat = sent_at(flow_id, step_id, typed)
    assert reminders(chat) == []
    assert typed in str(chat.draft.answers[step_id])


@pytest.mark.parametrize("typed", [
    "Settling in nicely.", "Engaged well in the session.",
    "Engaged well in the session. Mum says things are better.",
    "Settling in nicely. School report she is doing well.",
    "Coping well. She seems happy.", "Happy little boy. Lovely, polite young man."])
def test_how_things_go_with_nothing_seen_after_it_is_still_asked_about(typed: str) -> None:
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" not in chat.draft.answers
    assert "what you saw" in reminders(chat)[0] or "What did you see" in reminders(chat)[0]


# --- a number for nothing heard of, then what was seen ---------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("wellbeing", "wellbeing_scale_why",
     "5 - no new concerns from school. KM has had breakfast club every day and is on time."),
    ("mapping", "safety_scale_why",
     "7. No concerns raised by nursery; J has been in every day and is gaining weight."),
    ("contribution", "partner_scale_why",
     "6 - no new concerns from health. J has gained 400g since October and mum feeds him "
     "every 3 hours."),
])
def test_a_number_for_nothing_heard_then_what_was_seen_is_saved(flow_id: str, step_id: str,
                                                                typed: str) -> None:
    """"5 - no new concerns from school. KM has had breakfast club every day and is on
    time." was answered ""5 - no new concerns from school" says what you make of things, but
    not yet what happened", the question its second sentence answers."""
    chat = sent_at(flow_id, step_id, typed)
    assert reminders(chat) == []
    assert chat.draft.answers[step_id] == typed


@pytest.mark.parametrize("typed", ["5 - no new concerns from health.",
                                   "6 as school are managing. Everyone is happy.",
                                   "7. No concerns raised by nursery.",
                                   "5 - no new concerns. Mum says things are better."])
def test_a_number_for_nothing_heard_alone_is_still_asked_about(typed: str) -> None:
    chat = sent_at("contribution", "partner_scale_why", typed)
    assert "partner_scale_why" not in chat.draft.answers
    assert reminders(chat)


# --- a next step with when it will be said first ----------------------------------------------

FRONTED = [
    "Before the review on 3 March, mum will have been to all six sessions of the parenting "
    "group",
    "By the review conference on 3 March, dad will have finished the domestic abuse course",
    "Once the referral is made, the family support worker will visit mum within a week",
    "After the strategy meeting, I will ring mum and tell her what was decided",
    "At Thursday's core group, the school will say how AB has been at lunchtimes",
]


@pytest.mark.parametrize(("flow_id", "step_id"), [("mapping", "next_steps"),
                                                  ("contribution", "needs_to_happen")])
@pytest.mark.parametrize("typed", FRONTED)
def test_a_step_with_when_said_first_is_saved(flow_id: str, step_id: str, typed: str) -> None:
    """"Before the review on 3 March, mum will have been to all six sessions of the
    parenting group" was answered "... says what has been done, but not yet what happens
    next. What happens after that ...?": the time said first, before its comma, was read as
    something the services had done. "After the strategy meeting, I will ring mum" was asked
    who did what at the meeting."""
    chat = sent_at(flow_id, step_id, typed)
    assert reminders(chat) == []
    assert typed in str(chat.draft.answers[step_id])


@pytest.mark.parametrize("typed", ["Referral made, will chase tomorrow",
                                   "Strategy meeting held, agreed a section 47",
                                   "Before the strategy meeting, referral made.",
                                   "After the strategy meeting, a plan to be agreed"])
def test_a_step_done_or_with_nobody_is_still_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "next_steps", typed)
    assert "next_steps" not in chat.draft.answers
    assert reminders(chat)

