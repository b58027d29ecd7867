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

from flows.nudges import nudger
from flows.replies import Question
from tests.builders import DONE, SKIP, Answer, EngineChat, Notice, Nudge, Pick, Plan, walk_through
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import FLOWS


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
    ("mapping", "strengths", "Settled well at Brownies. Her leader says she talks to the other "
     "girls and helped with the cake stall."),
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


@pytest.mark.parametrize("typed", [
    "The safeguarding lead will send me AB's attendance every Friday until the review",
    "The designated safeguarding lead will tell the social worker the same day if AB is absent",
    "The police domestic abuse officer will see mum about a non-molestation order by the 14th",
    "The speech and language therapist will see J at nursery every fortnight until March"])
def test_a_step_with_the_worker_named_by_their_role_is_saved(typed: str) -> None:
    """"The safeguarding lead will send me AB's attendance every Friday until the review"
    was answered "... says what has been done, but not yet what happens next": a
    safeguarding lead, an officer or a therapist was not read as anyone to do the step."""
    chat = sent_at("mapping", "next_steps", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["next_steps"] == [typed]


@pytest.mark.parametrize("typed", ["Referral made, will chase tomorrow",
                                   "Strategy meeting held, agreed a section 47",
                                   "Before the strategy meeting, referral made.",
                                   "After the strategy meeting, a plan to be agreed"])
def test_a_step_done_or_with_nobody_is_still_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "next_steps", typed)
    assert "next_steps" not in chat.draft.answers
    assert reminders(chat)



# --- every tool, start to finish, answered well ----------------------------------------------


def L(*items: str) -> Answer:  # a list answered item by item, then done
    return Answer(*items, DONE)


def T(text: str) -> Answer:  # one typed answer
    return Answer(text)


NO_MORE = Answer(Pick("no"))

# The worker's next steps, in the ways a good one says who and by when.
NEXT_STEPS = L(
    "JS social worker will visit mum at home by the 14th to go through the plan",
    "Mum will ring the GP to book KM's asthma review before the review on 3 March",
    "The school nurse will see AB about her sleep by end of term",
    "The safeguarding lead will send me AB's attendance every Friday until the review",
    "We will agree who collects AB from school at Thursday's core group",
)

PLANS: dict[str, Plan] = {
    "mapping": {
        "meeting_date": T("Thurs 17 Dec, 2pm"),
        "author": T("JS, social worker, Northside children's team"),
        "network": T("Mum (S), AB (9), class teacher, school nurse, maternal nan"),
        "views_missing": T("R has not met us yet; the GP has not replied to our letter of "
                           "1 Dec"),
        "next_review": T("Core group on 12 Jan"),
        "house_worries": L("when R shouts I hide under my bed",
                           "I don't like it when mummy cries"),
        "house_good": L("nan does my hair on saturdays", "my dog sleeps on my bed"),
        "house_dreams": L("I want R to stop shouting at mummy"),
        "child_view_how": T("JS social worker, at school on 3 Dec, with three houses"),
        "worst_harm": T("On 28 Nov R pushed mum into the kitchen door while AB (9) watched "
                        "from the stairs. Mum told me \"I thought he'd kill me\"."),
        "recent_harm": T("On 2 Dec R threw a mug at the wall while AB was eating her tea; she "
                         "hid under her bed until he left."),
        "harm_pattern": T("Police have been called 4 times since June, 2 of them in Nov. Mum "
                          "says \"it's always after he's been to the pub\"."),
        "harm_impact": T("AB has missed 6 days of school since Oct and told her teacher on "
                         "3 Dec \"I keep my shoes on in bed in case we have to run\"."),
        "danger_who_1": T("The social worker, the school and AB's nan"),
        "danger_behaviour_1": T("R pushes mum and throws things, late at night after "
                                "drinking, while AB is in the house"),
        "danger_impact_1": T("AB could be hurt if she gets in the way, and will keep being too "
                             "scared to sleep"),
        "family_view_1": T("Mum agrees R shouts when he has been drinking but says \"he has "
                           "never touched AB\". R has not given his view yet."),
        "goal_doing_1": T("R will leave the house and go to his brother's whenever he starts "
                          "to feel angry, and will not drink at home"),
        "goal_child_1": T("AB will go to sleep knowing the house will be calm"),
        "goal_how_long_1": T("six months, including Christmas"),
        "danger_scale_1": T("3"),
        "danger_scale_why_1": T("3 not 2 because R has stayed at his brother's twice this "
                                "month when he felt angry. A 4 would be R starting the group"),
        "danger_scale_others_1": L("Mum: 6, R is staying away more"),
        "danger_another_1": NO_MORE,
        "complicating": L("Mum and R got a notice to quit from the housing association on "
                          "20 Nov"),
        "strengths": L(
            "Nan lives next door and AB goes to her every day after school; AB told me she "
            "likes nan's tea",
            "Settled well at Brownies. Her leader says she talks to the other girls and "
            "helped with the cake stall.",
            "Mum has walked AB to school every day since 7 Dec and says \"I'm doing my "
            "best\""),
        "existing_safety": L("On 28 Nov mum told AB to go to nan's and rang the police "
                             "herself; nan kept AB overnight"),
        "trusted_adults": L("Nan (knows the worries): AB goes to her whenever R has been "
                            "drinking, and she rings me the next morning"),
        "plan_working": T("AB tells her teacher each Monday how the weekend was; nan will "
                          "notice first if it isn't working"),
        "next_steps": NEXT_STEPS,
        "first_sign": T("R tells us himself about a time he felt angry and what he did "
                        "instead"),
        "grey_areas": L("We don't know whether R still has a key to the flat"),
        "safety_scale": T("4"),
        "safety_scale_why": T("4 because mum rang the police herself on 28 Nov and nan is next "
                              "door for AB. No new concerns from school since; AB has been in "
                              "every day this week."),
        "safety_scale_parent_1": T("6"),
        "safety_scale_parent_2": SKIP,
        "safety_scale_child": T("5"),
        "safety_scale_others": L("School: 4, AB is settled in class but tired on Mondays"),
    },
}


class Walked(EngineChat):
    """A whole tool answered with the real reminders: each reminder kept with its step."""

    def __init__(self, flow_id: str) -> None:
        super().__init__(FLOWS[flow_id], nudger=nudger())
        self.reminded: list[tuple[str, str]] = []
        self.unplanned: list[str] = []

    def send(self, given):  # type: ignore[no-untyped-def]
        asked = next((r.step_id for r in reversed(self.replies) if isinstance(r, Question)), "")
        replies = super().send(given)
        self.reminded += [(asked, text[:140]) for text in reminders(self)]
        return replies


def walked(flow_id: str) -> Walked:
    """The tool `flow_id` answered start to finish with `PLANS[flow_id]` (the first choice
    where a choice is asked)."""
    chat = Walked(flow_id)
    plan = PLANS[flow_id]

    def planned(at: EngineChat) -> None:
        step = at.flow.step(at.question.step_id)
        if step.spec.type in ("text", "list") and step.id not in plan \
                and not at.question.suggestion:
            chat.unplanned.append(step.id)

    walk_through(chat.flow, plan, chat=chat, on_question=planned)
    return chat


@pytest.mark.parametrize("flow_id", sorted(PLANS))
def test_each_tool_answered_well_is_never_asked_about_its_wording(flow_id: str) -> None:
    chat = walked(flow_id)
    assert chat.unplanned == []
    assert chat.reminded == []
    assert chat.finished
