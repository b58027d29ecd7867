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
    "harm_matrix": {
        "author": T("JS, social worker, Northside children's team"),
        "network": T("Mum, health visitor, nursery; police referral of 28 Nov"),
        "danger_behaviour_1": T("Dad shakes J (4 months) when he cries at night; mum saw it "
                                "on 28 Nov"),
        "harm_impact_1": T("J had bruises on both upper arms when the health visitor saw him "
                           "on 29 Nov"),
        "harm_worst_1": T("J could have a bleed on the brain and be disabled for life, or die"),
        "harm_frequency_1": T("Mum says it has happened twice, on 21 and 28 Nov, both times "
                              "after midnight"),
        "harm_history_1": T("Dad has no police record; the health visitor saw J at 8 weeks and "
                            "he was feeding and gaining weight"),
        "harm_complicating_1": T("Dad works nights and sleeps in the day, so he is up with J "
                                 "when mum is asleep"),
        "harm_accepted_detail_1": T("Mum says \"I saw him shake him\"; dad says \"I only "
                                    "jiggled him to stop him crying\""),
        "child_vulnerability_1": T("J is 4 months old and cannot move away, call out or tell "
                                   "anyone what happens"),
        "harm_scale_1": T("3"),
        "harm_scale_why_1": T("3 because J was bruised twice in a week and dad is still at "
                              "home at night; nan now stays over on the nights dad works"),
        "danger_who_1": T("The social worker, the health visitor and the police"),
        "danger_impact_1": T("J could be badly hurt or die if he is shaken again"),
        "danger_another_1": NO_MORE,
    },
    "three_houses": {
        "not_told": T("Mum and dad were told on 1 Dec and agreed"),
        "share_who": T("Mum, dad and AB's class teacher"),
        "child_age": T("9"),
        "session_when": T("At school on 3 Dec, in the library after lunch"),
        "present": T("Me and AB; her teacher was next door"),
        "took_part_other": T("AB drew and I wrote her words"),
        "house_worries": L("when daddy shouts I put my hands over my ears",
                           "I don't like it when mum says she is sad"),
        "house_good": L("nan does my hair on saturdays", "my teacher lets me feed the fish"),
        "house_dreams": L("I want daddy to stop shouting", "I want a dog"),
        "child_scale": T("6"),
        "worker_noticed": T("AB drew the worry house fast and went quiet; she smiled when she "
                            "drew nan and talked for a long time about her"),
    },
    "wellbeing": {
        "consent_who": T("Mum (L) on 1 Dec, at home"),
        "consent_plan": T("I will ask mum again at the home visit on 9 Dec"),
        "family": T("Mum (L), KM (6), baby J (8 months); gran G visits most weekends"),
        "author": T("DP, family support worker, Eastside family hub"),
        "meeting_date": T("Weds 16 Dec, 10am at school"),
        "network": T("Mum, KM, class teacher, school nurse"),
        "next_review": T("Review in 6 weeks, early Feb"),
        "house_worries": L("my tummy hurts in the mornings", "I'm hungry at school"),
        "house_good": L("gran makes pancakes on sundays"),
        "house_dreams": L("I want to get to school on time"),
        "child_view_how": T("DP, at home on 7 Dec with three houses, mum in the next room"),
        "worry_who_1": T("The class teacher and the school nurse"),
        "worry_what_1": T("KM has been late 14 times since Sept and often comes without "
                          "breakfast. Mum told me \"I'm not coping with mornings\"."),
        "worry_impact_1": T("KM could fall behind with her reading and go hungry most of the "
                            "school day"),
        "family_view_1": T("Mum agrees mornings are hard since the baby came and says \"I'm "
                           "up all night with him\""),
        "goal_doing_1": T("Mum will have KM up, dressed and fed by 8.15 and walk her in by "
                          "8.45 every day"),
        "goal_child_1": T("KM will have breakfast at home and get to school in time to do the "
                          "register job"),
        "goal_how_long_1": T("a full half term"),
        "worry_another_1": NO_MORE,
        "unmet_needs": L("KM needs breakfast before school most days",
                         "J needs his cot moved out of the damp room"),
        "harder": L("Mum is on her own with a baby who wakes 3 or 4 times a night"),
        "strengths": L("Mum reads with KM most nights and her reading record is signed",
                       "KM is using her reading book at home every night, and her teacher "
                       "says she is on the next level"),
        "coped": T("When J was in hospital in the summer, gran had KM for a week and took her "
                   "to school on time each day"),
        "next_steps": L(
            "DP will refer mum to the breakfast club by the 14th",
            "Mum will book KM's eye test before the review on 3 March",
            "The health visitor will see mum about J's sleep at Thursday's clinic",
            "Gran will do the school run every Monday until the review",
            "I have to ring the housing officer about the damp by Friday"),
        "wellbeing_scale": T("5"),
        "wellbeing_scale_why": T("5 not 4 because mum is open about mornings and gran helps at "
                                 "weekends. A 6 would be KM on time 4 days out of 5"),
        "wellbeing_scale_parent_1": T("6"),
        "wellbeing_scale_parent_2": SKIP,
        "wellbeing_scale_child": T("4"),
        "wellbeing_scale_others": L("School: 4, KM is late most days"),
    },
    "success": {
        "author": T("RM, youth worker, detached team"),
        "meeting_date": T("Tues 15 Dec, 4pm at the youth centre"),
        "network": T("TJ, his mum and his head of year"),
        "views_missing": T("His dad, who has not replied to our texts"),
        "next_review": T("In 6 weeks, w/c 25 Jan"),
        "vision": T("I want to be a mechanic and have my own car"),
        "own_goals": L("I want to get on the motor vehicle course at college in September",
                       "I want to pass my driving theory test by the summer"),
        "what_helps": L("Having his youth worker come to meetings with him; he talked more "
                        "when she was there",
                        "Short texts the day before an appointment; he has come to all three "
                        "since we started"),
        "belonging": T("He plays football every Tuesday with his mate JB and JB's mum drives "
                       "them"),
        "their_people": L("His nan, who he stays with on Fridays",
                          "Mr S, his head of year, who he goes to at break"),
        "their_worries": L("I don't want to end up like my brother"),
        "others_worried": T("His mum and the school are worried he is with older lads in the "
                            "park after dark; police found him in a car in another town on "
                            "14 Nov"),
        "success_goal_1": T("TJ will go to the college open day on 12 Jan and fill in the "
                            "form for the mechanics course with his youth worker"),
        "goal_support_1": T("His youth worker will go with him to the open day and his mum "
                            "will pay the bus fare"),
        "goal_first_step_1": T("TJ will ring the college by Friday to book the open day; his "
                               "youth worker will sit with him while he does"),
        "goal_another_1": NO_MORE,
        "success_scale": T("6"),
        "success_scale_why": T("6 because he has been at school 4 days a week since Nov and "
                               "told me he wants the course. A 7 would be him sending in the "
                               "college form himself"),
        "success_scale_young_person": T("7"),
        "success_scale_carer": T("5"),
        "success_scale_others": L("School: 5, he is in most days but misses Mondays"),
    },
    "contextual": {
        "author": T("RM, youth worker, detached team"),
        "meeting_date": T("Strategy meeting Tues 15 Dec, 10am"),
        "network": T("TJ, mum, the school's safeguarding lead, the youth team, police"),
        "views_missing": T("Dad, as he hasn't replied to our texts"),
        "next_review": T("4 weeks, 12 Jan"),
        "harm_outside": T("Since Sept TJ has been in the park on Elm Rd with older lads who "
                          "give him vapes, and on 14 Nov police found him in a car in another "
                          "town at 2am"),
        "harm_signs": T("He told me on 3 Dec \"they look after me\" and went quiet when I "
                        "asked about the car"),
        "yp_worries": L("He has no money of his own and wants trainers like the older lads"),
        "yp_strengths": L("He is kind to his little brother and walks him to school every "
                          "morning"),
        "home_worries": L("Mum works nights and TJ is on his own from 7pm most weekdays"),
        "home_safety": L("Mum reported TJ missing on 14 Nov within an hour of his curfew and "
                         "gave police his friends' names"),
        "peer_worries": L("Two older lads pick him up in a silver car after school on Fridays"),
        "peer_strengths": L("His mate JB, whose mum drives them to football on Tuesdays"),
        "school_worries": L("He has missed 11 days since Oct, mostly Mondays"),
        "school_strengths": L("His head of year, Mr S, sees him at break every day and TJ goes "
                              "to him when he is upset"),
        "area_worries": L("The park on Elm Rd after dark, where the older lads meet"),
        "area_strengths": L("The youth club on Weds evenings, which he has been to 5 times "
                            "since Nov"),
        "online_worries": L("He gets Snapchat messages late at night from numbers mum doesn't "
                            "know"),
        "online_strengths": SKIP,
        "danger_who_1": T("Mum, the school, the police and the youth team"),
        "danger_behaviour_1": T("Older lads are giving TJ vapes and food and driving him to "
                                "other towns at night"),
        "danger_impact_1": T("TJ could be made to carry drugs, be hurt, or go missing for "
                             "longer"),
        "goal_doing_1": T("Police and the youth team will patrol the park on Elm Rd on Fri and "
                          "Sat evenings"),
        "goal_family_1": T("Mum will be home or have an adult with TJ after 7pm, and TJ will "
                           "come to the youth club on Weds"),
        "goal_child_1": T("TJ will feel safe in his area and have things to do in the "
                          "evenings"),
        "goal_how_long_1": T("6 months"),
        "danger_another_1": NO_MORE,
        "trusted_adults": L("Youth worker RM: meets TJ every Weds and tells the social worker "
                            "the same day if he's missing"),
        "plan_working": T("TJ is home by 9pm and in school 4 days a week; mum will notice "
                          "first and ring police"),
        "next_steps": L(
            "RM will refer TJ to the football project by the 14th",
            "Police will do a return home interview with TJ after any missing episode, within "
            "72 hours",
            "The school's safeguarding lead will set up a part-time timetable by end of term"),
        "safety_scale": T("3"),
        "safety_scale_why": T("3 because TJ still goes to the park with the lads, but mum "
                              "reports him missing quickly. A 4 would be a month with no "
                              "missing episodes"),
        "safety_scale_young_person": T("6"),
        "safety_scale_parent_1": T("4"),
        "safety_scale_others": L("Police: 2, he was found in another town on 14 Nov"),
    },
    "reflection": {
        "what_happened": T("The health visitor saw J (4 months) on 1 Dec with a bruise on his "
                           "cheek; mum said \"he hit himself with his rattle\""),
        "going_well": T("Mum took J to the health visitor on Monday and he has put on 200g "
                        "since last month"),
        "needs_to_happen": T("I will talk to my manager about a strategy discussion today and "
                             "see J at home by tomorrow"),
        "worry_scale": T("3"),
        "worry_scale_why": T("3: J is too young to roll, and this is the second bruise since "
                             "October"),
    },
    "supervision": {
        "meeting_date": T("Fri 11 Dec, 2pm"),
        "author": T("JS, social worker; supervisor PK"),
        "group_question": T("Is AB safe at home while R is still coming round?"),
        "worries": T("R came to the flat drunk on 2 Dec and threw a mug while AB was eating "
                     "her tea. Mum told me \"I can't cope with him\"."),
        "child_words": T("\"I keep my shoes on in bed in case we have to run to nan's\""),
        "child_seen": T("At school on 3 Dec; she was tired and quiet, and drew nan first"),
        "working_well": T("Mum has rung me every Monday since Nov to tell me how the weekend "
                          "went, and nan has had AB every time R came round"),
        "needs": T("Visit mum with the domestic abuse worker by 11 Dec and ask R's probation "
                   "officer for his licence conditions by the 14th"),
        "danger_who": T("Me, the school and AB's nan"),
        "danger_behaviour": T("R throws things and pushes mum when he has been drinking, while "
                              "AB is in the flat"),
        "danger_impact": T("AB could be hurt and will keep being too scared to sleep"),
        "goal_doing": T("R will not come to the flat after drinking, and mum will ring nan "
                        "and the police if he does"),
        "goal_child": T("AB will sleep in her own bed without her shoes on"),
        "goal_how_long": T("Until the summer holidays"),
        "my_scale": T("4"),
        "my_scale_why": T("4 because mum rang the police herself on 28 Nov and nan is next "
                          "door; R still comes round drunk"),
        "scale_moved": T("Up from 3 at the last supervision, because mum now rings nan"),
        "what_worked": T("Asking mum what a good evening looks like; she talked for 20 minutes "
                         "and came up with ringing nan herself"),
        "difference": T("Mum rang nan when R turned up on Sunday, which she had not done "
                        "before"),
    },
    "contribution": {
        "role": T("Health visitor, Northside health centre"),
        "worries": T("J attended A&E twice in Nov with bruises; mum said \"he fell off the "
                     "sofa\" both times"),
        "working_well": T("Mum brings J to clinic every fortnight and he has gained weight "
                          "each time; she told me \"he's sleeping through now\""),
        "needs_to_happen": T("I will weigh J every fortnight at clinic until the review on "
                             "3 March and tell the social worker his weight the same day"),
        "partner_scale": T("5"),
        "partner_scale_why": T("5 - no new concerns from health. J has gained 400g since "
                               "October and mum feeds him every 3 hours."),
        "child_said": T("J is 4 months old, so nothing in words; he smiles at mum and settles "
                        "when she holds him"),
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


# --- existing safety told in the parent's own words -------------------------------------------


@pytest.mark.parametrize("typed", [
    "Mum says \"I send her to nan's when he's been drinking\" and nan confirms AB came 3 times "
    "in Nov",
    "Mum told me \"when he's drunk I text my mum and she comes to get the kids\"",
    "Nan said \"whenever he kicks off I fetch AB round to mine\", and AB stayed with her twice "
    "in Nov"])
def test_existing_safety_in_the_parents_own_words_is_saved(typed: str) -> None:
    """Mum's own account of what she does ("I send her to nan's when he's been drinking"),
    kept in her words as a good worker keeps them, was answered "Existing safety is what
    someone did to keep the child safe while the worry was happening ... Who stepped in,
    what did they do, and how often?": "send" (as "I" say it) was read as no action, only
    "sends" or "sent"; so were "text", "fetch", "tell", "ask", "check" and "stop"."""
    chat = sent_at("mapping", "existing_safety", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["existing_safety"] == [typed]


@pytest.mark.parametrize("typed", ["Mum will send AB to nan's when he drinks",
                                   "Mum says \"I send her to school every day\""])
def test_safety_to_come_or_with_no_danger_is_still_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "existing_safety", typed)
    assert "existing_safety" not in chat.draft.answers
    assert "Existing safety is what someone did" in reminders(chat)[0]


# --- many good answers, one at a time, at the questions they answer ---------------------------

# A social worker's, a school safeguarding lead's and a health visitor's good answers: next
# steps naming who and by when in many ways ("by the 14th", "before the review on 3 March", "at
# Thursday's core group", "every Friday until the review", "by end of term"), what is working
# well with what was seen, the family's words kept as theirs in the worries, a number with what
# makes it that number, "using", "need to" and "not coping" said with what they look like.
GOOD: list[tuple[str, str, str]] = [
    ("mapping", "next_steps",
     "JS social worker will visit mum at home by the 14th to go through the plan"),
    ("mapping", "next_steps",
     "Mum will ring the GP to book KM's asthma review before the review on 3 March"),
    ("mapping", "next_steps",
     "School nurse will see AB about her sleep by end of term"),
    ("mapping", "next_steps",
     "The school's safeguarding lead will share AB's attendance with the social worker every "
     "Friday until the review"),
    ("mapping", "next_steps",
     "We will agree who collects AB from school at Thursday's core group"),
    ("mapping", "next_steps",
     "Health visitor will weigh J at clinic every fortnight until the review on 3 March"),
    ("mapping", "next_steps",
     "I will ring R to arrange a visit by Friday"),
    ("mapping", "next_steps",
     "Dad will tell the social worker by the 20th which days he can have the children"),
    ("mapping", "next_steps",
     "Nan will have AB every Tuesday and Thursday after school from next week"),
    ("mapping", "next_steps",
     "Social worker to visit mum with the interpreter by 18/12"),
    ("mapping", "next_steps",
     "The police domestic abuse officer will do a risk assessment with mum before Christmas"),
    ("mapping", "next_steps",
     "Mum and the family support worker will write the morning routine together at the next "
     "home visit on 9 Dec"),
    ("mapping", "next_steps",
     "The class teacher will tell mum each Friday how AB's week went, until the end of term"),
    ("mapping", "next_steps",
     "KM's GP will refer her to the eye clinic by the end of the month"),
    ("mapping", "next_steps",
     "Social worker to update the plan by Monday and send it to everyone"),
    ("mapping", "next_steps",
     "I'll book the family group conference for the week of 11 Jan"),
    ("mapping", "next_steps",
     "Health visitor to check J's weight at the 12 month review in January"),
    ("mapping", "next_steps",
     "Mum will take KM to the dentist on 22 Dec; gran will go with them"),
    ("mapping", "next_steps",
     "We will review the plan at the core group on 12 Jan"),
    ("mapping", "next_steps",
     "Youth worker RM will meet TJ every Wednesday at the youth club until half term"),
    ("mapping", "next_steps",
     "The school's safeguarding lead will ask TJ's form tutor to check in with him every "
     "morning from Monday"),
    ("mapping", "next_steps",
     "Mum to ring Women's Aid by Wednesday; I'll give her the number today"),
    ("mapping", "next_steps",
     "At Thursday's core group the school will say how AB has been at lunchtimes"),
    ("mapping", "next_steps",
     "By the 14th, dad will have moved his things to his brother's flat"),
    ("mapping", "next_steps",
     "Before the review on 3 March, mum will have been to all six sessions of the parenting "
     "group"),
    ("wellbeing", "next_steps",
     "JS social worker will visit mum at home by the 14th to go through the plan"),
    ("wellbeing", "next_steps",
     "The school's safeguarding lead will share AB's attendance with the social worker every "
     "Friday until the review"),
    ("wellbeing", "next_steps",
     "I will ring R to arrange a visit by Friday"),
    ("wellbeing", "next_steps",
     "Social worker to visit mum with the interpreter by 18/12"),
    ("wellbeing", "next_steps",
     "The class teacher will tell mum each Friday how AB's week went, until the end of term"),
    ("wellbeing", "next_steps",
     "I'll book the family group conference for the week of 11 Jan"),
    ("wellbeing", "next_steps",
     "We will review the plan at the core group on 12 Jan"),
    ("wellbeing", "next_steps",
     "Mum to ring Women's Aid by Wednesday; I'll give her the number today"),
    ("wellbeing", "next_steps",
     "Before the review on 3 March, mum will have been to all six sessions of the parenting "
     "group"),
    ("contextual", "next_steps",
     "Mum will ring the GP to book KM's asthma review before the review on 3 March"),
    ("contextual", "next_steps",
     "Health visitor will weigh J at clinic every fortnight until the review on 3 March"),
    ("contextual", "next_steps",
     "Social worker to visit mum with the interpreter by 18/12"),
    ("contextual", "next_steps",
     "KM's GP will refer her to the eye clinic by the end of the month"),
    ("contextual", "next_steps",
     "Mum will take KM to the dentist on 22 Dec; gran will go with them"),
    ("contextual", "next_steps",
     "Mum to ring Women's Aid by Wednesday; I'll give her the number today"),
    ("mapping", "strengths",
     "Mum got AB to school every day last week and AB said \"mummy walked me\""),
    ("mapping", "strengths",
     "Nan has AB every day after school and gives her tea; AB told me she likes it there"),
    ("mapping", "strengths",
     "I saw mum calm AB when she cried at the visit on 3 Dec by holding her and singing"),
    ("mapping", "strengths",
     "Settling in nicely: she sleeps through and eats her tea with the foster carer"),
    ("mapping", "strengths",
     "Mum has been to every appointment with the health visitor since Oct"),
    ("mapping", "strengths",
     "AB is doing well at school; her teacher says she reads every day and has two friends"),
    ("mapping", "strengths",
     "Dad has kept to contact every Saturday since Sept and brings lunch for the children"),
    ("mapping", "strengths",
     "Mum says \"I ring nan when I feel low\" and nan confirms she rang twice last week"),
    ("mapping", "existing_safety",
     "When R came back drunk on 2 Dec mum took AB to nan's and rang the police"),
    ("wellbeing", "strengths",
     "Mum reads to KM most nights; the reading record is signed every day"),
    ("wellbeing", "strengths",
     "KM is coping well at school: she joins in at playtime and her teacher says she is smiling "
     "more"),
    ("wellbeing", "coped",
     "When J was in hospital in the summer, gran had KM for a week and took her to school each "
     "day"),
    ("wellbeing", "house_good",
     "my teacher lets me feed the fish"),
    ("contextual", "yp_strengths",
     "TJ comes to the youth club every Wednesday and helps set up the football"),
    ("contextual", "school_strengths",
     "His head of year Mr S sees him at break every day and TJ goes to him when upset"),
    ("contextual", "home_safety",
     "Mum took TJ's phone at night for a week in Nov after he came home at 3am"),
    ("success", "what_helps",
     "Having his youth worker come to meetings with him; he talked more when she was there"),
    ("success", "their_people",
     "His nan, who he stays with on Fridays, and his coach at boxing"),
    ("reflection", "going_well",
     "Mum took J to the health visitor on Monday and he has put on 200g since last month"),
    ("supervision", "working_well",
     "Mum has rung me every Monday since Nov to tell me how the weekend went"),
    ("contribution", "working_well",
     "AB has been in school every day this half term and eats her lunch with her friend"),
    ("contribution", "working_well",
     "Mum brings J to clinic every fortnight and he has gained weight each time"),
    ("contribution", "working_well",
     "Since October dad has picked AB up on time every Friday and she runs to him"),
    ("three_houses", "house_good",
     "nan does my hair on saturdays"),
    ("mapping", "worst_harm",
     "Mum told me on 3 Dec \"he grabbed my neck and I couldn't breathe\" while AB was upstairs"),
    ("mapping", "recent_harm",
     "On 2 Dec dad said \"I lost it\" after he threw a plate; AB hid in her room"),
    ("mapping", "harm_pattern",
     "Mum says \"it happens every time he drinks\"; police have been called 4 times since June"),
    ("mapping", "family_view_1",
     "Mum says \"I know I need to keep him away from AB\" and has agreed to the plan"),
    ("mapping", "family_view_1",
     "Dad says \"it was only once and she provoked me\"; he does not agree he is a danger to AB"),
    ("wellbeing", "worry_what_1",
     "Mum told the health visitor \"I'm not coping, I cry all day\" on 1 Dec; J has not gained "
     "weight since Oct"),
    ("wellbeing", "family_view_1",
     "Mum says \"I just need help with mornings\" and agrees KM is often late"),
    ("wellbeing", "harder",
     "Mum says she is not coping since the baby came: she is in bed until 11 most days and KM "
     "makes her own breakfast"),
    ("contextual", "harm_outside",
     "TJ went missing on 14 Nov and was found at 2am in a car in another town"),
    ("contribution", "worries",
     "AB came to school on 2 Dec with a bruise on her cheek and said \"daddy pushed me\""),
    ("contribution", "worries",
     "J attended the emergency department twice in Nov with burns to his hand"),
    ("supervision", "worries",
     "Mum told me \"I can't cope with him\" and J has missed two health visitor appointments"),
    ("harm_matrix", "danger_behaviour_1",
     "Dad hits mum when he has been drinking, often in front of AB"),
    ("mapping", "safety_scale_why",
     "5 because mum has kept R away since 28 Nov and rang the police herself; no new concerns "
     "from school, who see AB every day and say she is sleeping better"),
    ("mapping", "danger_scale_why_1",
     "4 not 3 because R has stayed at his brother's twice when angry. A 5 would be R starting "
     "the group"),
    ("wellbeing", "wellbeing_scale_why",
     "6 because KM has been on time 4 days out of 5 for two weeks and no new concerns from "
     "school since she started breakfast club"),
    ("reflection", "worry_scale_why",
     "3: J has lost weight twice and mum missed two appointments"),
    ("contribution", "partner_scale_why",
     "6 - no new concerns since AB started breakfast club; she is on time and eats every day"),
    ("supervision", "my_scale_why",
     "5 because mum rang the police herself on 28 Nov and nan is next door"),
    ("success", "success_scale_why",
     "7 because he has been at college every day since Sept and told me he likes the course"),
    ("reflection", "needs_to_happen",
     "I will ring the school by Friday to ask how AB has been"),
    ("contribution", "needs_to_happen",
     "School will send the social worker AB's attendance every Friday until the review"),
    ("contribution", "needs_to_happen",
     "I will see mum and J at clinic on 16 Dec and weigh J"),
    ("supervision", "needs",
     "Visit mum with the domestic abuse worker by 11 Dec and ask R's probation officer for his "
     "conditions by the 14th"),
    ("supervision", "what_worked",
     "Asking mum what a good day looks like; she talked for 20 minutes about the mornings"),
    ("supervision", "difference",
     "Meant mum felt listened to and she rang me when R came back"),
    ("success", "goal_first_step_1",
     "TJ and his youth worker will visit the college on 12 Jan"),
    ("success", "goal_support_1",
     "His youth worker will go with him to the open day and his mum will pay the bus fare"),
    ("three_houses", "worker_noticed",
     "AB drew the worry house fast and went quiet; she smiled when she drew nan"),
    ("three_houses", "session_when",
     "At school on 3 Dec, in the library, after lunch"),
    ("mapping", "plan_working",
     "AB tells her teacher each Monday how the weekend was; nan will notice first"),
    ("mapping", "first_sign",
     "AB goes to nan's on her own at night again"),
    ("wellbeing", "next_steps",
     "Health visitor to weigh J at home every 2 weeks until the team around the family review"),
    ("wellbeing", "next_steps",
     "Family support worker to help mum apply for the household support fund by end of term"),
    ("contextual", "next_steps",
     "Police and youth team will patrol the park every Fri and Sat until the review in Feb"),
    ("mapping", "next_steps",
     "Mum will take AB to the GP about her sleep by the 14th"),
    ("mapping", "next_steps",
     "The social worker will see AB at school within 10 working days"),
    ("mapping", "next_steps",
     "Nan will have AB over the Christmas holidays while mum is at work"),
    ("mapping", "next_steps",
     "I will write to R's probation officer for his licence conditions by end of next week"),
    ("mapping", "next_steps",
     "The class teacher will ring mum the same day if AB is upset, until the review"),
    ("mapping", "next_steps",
     "Mum will go to the Freedom Programme every Tuesday from 5 Jan"),
    ("mapping", "next_steps",
     "The family support worker will help mum with a bedtime routine, twice a week until half "
     "term"),
    ("mapping", "next_steps",
     "I will ask the housing officer about a move by w/c 14 Dec"),
    ("mapping", "next_steps",
     "Mum needs to ring the GP by Friday"),
    ("mapping", "next_steps",
     "We need to hold a strategy discussion by tomorrow"),
    ("mapping", "next_steps",
     "School need to send the attendance every Friday until the review"),
    ("mapping", "next_steps",
     "Dad has to tell the social worker by the 14th where he is living"),
    ("mapping", "next_steps",
     "The health visitor will visit weekly until J is back on his growth line"),
    ("mapping", "next_steps",
     "The school nurse will see AB before she breaks up for Christmas"),
    ("mapping", "next_steps",
     "Mum will ring me the morning after any night R turns up, starting tonight"),
    ("mapping", "next_steps",
     "I will tell the family what was agreed at the core group on the day"),
    ("mapping", "next_steps",
     "The referral to the Freedom Programme was made on 1 Dec; mum starts on 5 Jan"),
    ("mapping", "next_steps",
     "Once mum has seen the GP, the health visitor will visit within a week to talk about J's "
     "feeds"),
    ("mapping", "next_steps",
     "At the next home visit on the 9th I will go through the safety plan with mum and nan"),
    ("mapping", "next_steps",
     "By half term, dad will have done the first six weeks of the group"),
    ("mapping", "next_steps",
     "Mum will have moved to the refuge by Friday"),
    ("mapping", "next_steps",
     "AB will stay at nan's every weekend until the review in March"),
    ("mapping", "next_steps",
     "Nan and mum will agree a code word with AB by this weekend"),
    ("mapping", "next_steps",
     "The paediatrician will see J in clinic on 18 Dec and write to the GP after"),
    ("mapping", "next_steps",
     "Police will tell the social worker about any call-out to the flat by 9am the next day"),
    ("mapping", "next_steps",
     "Mum to attend the parenting course every Monday from 11 Jan"),
    ("wellbeing", "next_steps",
     "Gran will do the school run on Mondays and Tuesdays from next week"),
    ("wellbeing", "next_steps",
     "Mum and KM will make a picture chart of the morning routine with the family support "
     "worker on Thursday"),
    ("wellbeing", "next_steps",
     "Mum will use the breakfast club every day from Monday"),
    ("wellbeing", "next_steps",
     "Health visitor will see mum at home on 16 Dec to talk about J's sleep"),
    ("contextual", "next_steps",
     "Mum will report TJ missing to police within an hour of his curfew, every time"),
    ("contextual", "next_steps",
     "The youth worker will take TJ to the football project trial on Saturday"),
    ("reflection", "needs_to_happen",
     "I will talk to my manager about a strategy discussion today"),
    ("contribution", "needs_to_happen",
     "I will keep weighing J every fortnight at clinic until the review and tell the social "
     "worker his weight"),
    ("contribution", "needs_to_happen",
     "School will tell the social worker by 3pm the same day if AB is absent"),
    ("mapping", "strengths",
     "Settled well at nursery. She waves mum off and goes straight to the sand tray."),
    ("wellbeing", "strengths",
     "Feeding well and gaining weight: J is on the 50th centile and mum feeds him every 3 hours"),
    ("wellbeing", "strengths",
     "Sleeping well. Mum says J sleeps from 7 till 6 since she started the bath routine."),
    ("wellbeing", "strengths",
     "Doing well in maths. She got 8 out of 10 in her test on Friday."),
    ("contribution", "working_well",
     "Engaged well in the session. She told me about her new friend and drew her family."),
    ("contribution", "working_well",
     "Attending well: 98% this term, and she is in the choir on Thursdays"),
    ("contribution", "working_well",
     "Happy little girl who runs in to hug her key person every morning"),
    ("contribution", "working_well",
     "Coping well with the new baby. She helps mum with his bath and sings to him."),
    ("success", "what_helps",
     "Getting on well with his new tutor, who he texts when he is running late"),
    ("contextual", "yp_strengths",
     "Bright, funny young man. He fixed his mate's bike on Saturday and wants to be a mechanic."),
    ("wellbeing", "harder",
     "Mum said she is not coping; she has stayed in bed until 11 most days and KM makes her own "
     "breakfast"),
    ("wellbeing", "worry_what_1",
     "Mum told me \"I'm not coping\" on 3 Dec and has missed J's last two health visitor "
     "appointments"),
    ("contribution", "worries",
     "AB has not been coping at lunchtimes: she has hidden in the toilets 4 times this week"),
    ("contribution", "working_well",
     "Mum is coping better since gran moved in: she is up at 7 and KM is on time"),
    ("mapping", "strengths",
     "Mum says 'I'm doing everything I can' and she has been to every appointment since Oct"),
    ("mapping", "strengths",
     "Dad said \"I've not had a drink since the 1st\" and his breath tests at probation have "
     "been clear"),
    ("wellbeing", "strengths",
     "KM says \"mummy makes me porridge\" and school say she is no longer hungry in the morning"),
    ("mapping", "existing_safety",
     "When R came home drunk on 2 Dec, mum said \"go to nan's\" and AB went next door; nan kept "
     "her overnight"),
    ("supervision", "working_well",
     "Mum said 'I rang you like we agreed' when R turned up on Sunday, and she did ring me at "
     "9pm"),
    ("mapping", "safety_scale_why",
     "6: no new concerns since the core group; school say AB is on time every day"),
    ("mapping", "safety_scale_why",
     "7. No concerns raised by nursery; J has been in every day and is gaining weight."),
    ("wellbeing", "wellbeing_scale_why",
     "5 - no new concerns from school. KM has had breakfast club every day and is on time."),
    ("contribution", "partner_scale_why",
     "7 as there have been no new concerns since September and AB tells me home is calm"),
    ("contribution", "partner_scale_why",
     "5 because no new injuries have been seen at clinic since the last conference and J is "
     "gaining weight"),
    ("mapping", "strengths",
     "Mum is using the bedtime routine we agreed every night and AB is asleep by 8"),
    ("mapping", "existing_safety",
     "Dad is using the calm-down plan when he feels angry: he went for a walk twice last week"),
    ("wellbeing", "strengths",
     "KM is using her inhaler twice a day and has not missed school for her asthma since Oct"),
    ("wellbeing", "strengths",
     "AB is using the worry box at school and her teacher reads it with her every Friday"),
    ("wellbeing", "strengths",
     "Mum has been using the baby monitor every night since the health visitor gave it to her"),
    ("contribution", "working_well",
     "Mum is using the food bank on Fridays and the children have packed lunches every day"),
    ("contribution", "working_well",
     "J is using a spoon and feeds himself his tea"),
    ("mapping", "worst_harm",
     "On 28 Nov mum was using heroin in the kitchen while AB (2) was alone in the bath"),
    ("mapping", "goal_doing_1",
     "R will leave the house whenever he starts to feel angry and go to his brother's, and will "
     "not drink at home"),
    ("wellbeing", "unmet_needs",
     "KM needs someone to walk her to school on the days mum is at the hospital"),
    ("wellbeing", "unmet_needs",
     "J needs his cot moved out of the damp room"),
    ("success", "goal_first_step_1",
     "He needs to ring the college by Friday to book the open day; his youth worker will sit "
     "with him"),
    ("success", "own_goals",
     "I want to pass my driving theory test by the summer"),
    ("supervision", "needs",
     "We need to meet R by Friday to ask where he is staying, and tell mum what he says"),
    ("three_houses", "worker_noticed",
     "She went quiet when she drew the worry house and said \"I don't want to talk about dad\""),
    ("harm_matrix", "child_vulnerability_1",
     "J is 4 months old and cannot move away, call out or tell anyone what happens"),
    ("supervision", "difference",
     "Mum rang me when R turned up on Sunday, which she has never done before"),
    ("mapping", "next_steps",
     "Mum will take AB to her dentist appointment on the 22nd"),
    ("mapping", "next_steps",
     "I'll visit AB at nan's on Saturday morning to see her room"),
    ("mapping", "next_steps",
     "The core group will meet again on 12 Jan to check the plan is working"),
    ("mapping", "next_steps",
     "By Friday I will have written to the housing association about the notice to quit"),
    ("mapping", "next_steps",
     "Mum has agreed to ring me every Monday until the review to say how the weekend went"),
    ("mapping", "next_steps",
     "Nan will keep AB's school bag at hers so AB can go straight there, from Monday"),
    ("mapping", "next_steps",
     "Mum's support worker from Women's Aid will see her weekly from 5 Jan"),
    ("mapping", "next_steps",
     "I need to see AB on her own before the review on 3 March"),
    ("mapping", "next_steps",
     "We have to agree a new safety plan with mum and nan at Thursday's core group"),
    ("mapping", "next_steps",
     "The GP will review mum's tablets at her appointment on 18 Dec"),
    ("mapping", "next_steps",
     "Dad will use the calm-down plan every time he feels angry, starting now, and tell me at "
     "our weekly meeting how it went"),
    ("mapping", "next_steps",
     "The social worker and mum will go through the plan with AB in words she understands by "
     "the 14th"),
    ("mapping", "next_steps",
     "Every Friday until the review, the class teacher will tell mum how AB's week went"),
    ("mapping", "next_steps",
     "Mum will keep a diary of AB's sleep for two weeks and bring it to the core group on 12 "
     "Jan"),
    ("mapping", "next_steps",
     "R will start the behaviour change group on 5 Jan and go every Tuesday"),
    ("mapping", "next_steps",
     "The health visitor will visit J weekly until he is back on his centile, and tell me his "
     "weight each time"),
    ("mapping", "next_steps",
     "I will write up the plan and send it to everyone by end of next week"),
    ("mapping", "next_steps",
     "The police will tell me about any call-out to the flat by 9am the next day"),
    ("mapping", "next_steps",
     "The school will keep AB's place at breakfast club open until the end of term"),
    ("mapping", "next_steps",
     "Mum to book the GP appointment for AB's sleep by 11 Dec; I will go with her if she wants"),
    ("wellbeing", "next_steps",
     "I'll help mum fill in the free school meals form at the visit on Tuesday"),
    ("wellbeing", "next_steps",
     "Mum will take KM to the optician on the 18th and tell the school what they say"),
    ("wellbeing", "next_steps",
     "The family hub will offer mum a place at the baby group on Thursdays from January"),
    ("wellbeing", "next_steps",
     "The school nurse will check KM's weight at school before half term"),
    ("contribution", "needs_to_happen",
     "I will keep checking in with AB every Monday morning and ring the social worker the same "
     "day if she is upset"),
    ("contribution", "needs_to_happen",
     "I will ring mum after every missed appointment, on the day, and tell the social worker"),
    ("contribution", "needs_to_happen",
     "I will offer mum a home visit next week to check J's weight and his sleep"),
    ("reflection", "needs_to_happen",
     "I will ring mum today to ask how J got the bruise and see him at home tomorrow"),
    ("mapping", "strengths",
     "AB has been to Brownies every Thursday since Sept and her leader says she joins in the "
     "games"),
    ("mapping", "strengths",
     "Mum has kept every appointment with me since Oct, and she made AB a packed lunch on the "
     "days I visited"),
    ("mapping", "strengths",
     "Dad has not had a drink since 1 Nov; his probation officer has seen his clear tests"),
    ("mapping", "strengths",
     "AB's teacher says she is \"a different girl\" since she started sleeping at nan's on "
     "Fridays: she puts her hand up and finishes her work"),
    ("mapping", "strengths",
     "Nan says \"I'll always have her\" and has had AB every night R came round since Sept"),
    ("mapping", "strengths",
     "Mum told me \"I rang the police myself this time\", and the police log shows her call at "
     "11.05pm on 28 Nov"),
    ("mapping", "existing_safety",
     "When R comes home drunk, mum sends AB to nan's next door and nan keeps her overnight; "
     "this happened 3 times in Nov"),
    ("wellbeing", "strengths",
     "Mum is using the bedtime chart with KM every night and KM is asleep by 8"),
    ("wellbeing", "strengths",
     "KM is using her words to say when she is upset instead of hitting, her teacher says, 4 "
     "times this week"),
    ("wellbeing", "strengths",
     "Gran has KM every Saturday so mum can sleep"),
    ("wellbeing", "coped",
     "When dad left in May, mum kept KM's routine the same and took her to school every day"),
    ("contribution", "working_well",
     "AB has had 100% attendance since half term and eats her lunch with two friends"),
    ("contribution", "working_well",
     "J was smiling and babbling at clinic on 2 Dec and mum fed him calmly, holding him close"),
    ("contribution", "working_well",
     "Mum told me \"I ask my mum for help now\" and nan brought J to his last two appointments"),
    ("contribution", "working_well",
     "Settling in nicely: she sleeps through and eats her tea with her foster carer"),
    ("contribution", "working_well",
     "AB is coping well at lunchtimes now; she sits with her friend and eats all her lunch"),
    ("contribution", "working_well",
     "Dad has been doing well: he has come to every contact on time since Sept and brings a "
     "snack"),
    ("supervision", "working_well",
     "Mum has not missed a visit since Nov and she texted me when R came round on Sunday"),
    ("success", "what_helps",
     "Being asked what he thinks first; he talked for 10 minutes about cars at our last meeting"),
    ("contextual", "yp_strengths",
     "He has been to football training every Tuesday since Sept and his coach says he is never "
     "late"),
    ("contextual", "school_strengths",
     "He is in the top set for maths and his teacher says he helps others"),
    ("wellbeing", "harder",
     "Mum says she is not coping since the baby came; she has stayed in bed until 11 most days "
     "and KM gets herself to school"),
    ("wellbeing", "worry_what_1",
     "Mum has not been coping since J was born: she has missed 3 health visitor appointments "
     "and told me she cries most days"),
    ("contribution", "worries",
     "AB has not been coping at lunchtimes: she has hidden in the toilets 4 times this week and "
     "told me \"the noise hurts\""),
    ("contribution", "worries",
     "Dad is using again: he told me on 1 Dec he used heroin at the weekend while the children "
     "were at nan's"),
    ("contribution", "worries",
     "Mum is using cannabis every evening after the children are in bed, she told me on 3 Dec; "
     "the flat smelled of it at 4pm"),
    ("mapping", "worst_harm",
     "Mum said dad \"went for her\" on 28 Nov and she has a bruise on her arm I saw on 30 Nov"),
    ("mapping", "family_view_1",
     "Mum says \"I need to keep him away from her and I will\"; dad says the worries are \"over "
     "the top\""),
    ("wellbeing", "family_view_1",
     "Mum says \"it's just a bad patch\" and does not agree KM goes hungry"),
    ("mapping", "safety_scale_why",
     "5 because there have been no new concerns from school since AB started breakfast club, "
     "and she has been in every day"),
    ("mapping", "safety_scale_why",
     "6: no new police call-outs since 28 Nov, and mum has rung nan each time R came round"),
    ("wellbeing", "wellbeing_scale_why",
     "7 as KM has been on time every day for two weeks and tells her teacher she had breakfast"),
    ("contribution", "partner_scale_why",
     "4 because AB still comes in tired on Mondays and told me \"I was up late because of the "
     "shouting\""),
    ("contribution", "partner_scale_why",
     "6 - no new injuries seen at clinic since 1 Nov, and J has gained weight at every weigh-in"),
    ("harm_matrix", "harm_scale_why_1",
     "4 because dad now sleeps at his brother's on the nights J is with mum, and nan stays over"),
    ("contribution", "child_said",
     "\"I like it when nan picks me up\""),
    ("contribution", "role",
     "Designated safeguarding lead, Elm Road Primary"),
    ("mapping", "strengths",
     "K said \"I like it at nan's, she reads to me\""),
    ("mapping", "strengths",
     "AB told me \"nan makes me pancakes on Sundays\""),
    ("mapping", "strengths",
     "J says \"my mummy gives me cuddles when I'm sad\""),
    ("wellbeing", "strengths",
     "KM told her teacher \"mummy walks me to school now\""),
    ("contribution", "working_well",
     "T said \"I like my new bed\" when I visited on 3 Dec"),
    ("mapping", "strengths",
     "Nan says \"she's a different child since she started at the new school\""),
    ("mapping", "strengths",
     "The class teacher says AB \"has come out of her shell\" and now reads aloud in class"),
    ("contextual", "yp_strengths",
     "He says \"football keeps me out of trouble\" and has been to every training since Sept"),
    ("success", "what_helps",
     "He says \"I like it when you text me first\" and he has come to every meeting since"),
    ("mapping", "existing_safety",
     "Mum says \"I send her to nan's when he's been drinking\" and nan confirms AB came 3 times "
     "in Nov"),
    ("three_houses", "house_good",
     "mummy says I am her best girl"),
    ("mapping", "house_good",
     "nan says I can have a puppy"),
    ("supervision", "working_well",
     "Mum says \"I feel listened to now\" and she has rung me twice when R came round"),
    ("wellbeing", "coped",
     "Mum says \"I got through it last time with my mum's help\" and gran had KM for a week in "
     "the summer"),
    ("mapping", "complicating",
     "Mum says \"I can't afford the electric\" and the flat was cold when I visited on 2 Dec"),
    ("mapping", "harm_impact",
     "AB is not coping at school: she has cried in class 3 times this week and won't go out at "
     "play"),
    ("reflection", "going_well",
     "Mum says \"I've not touched a drink since the 1st\", and her breath test at the GP was "
     "clear on 4 Dec"),
    ("mapping", "next_steps",
     "I will see AB at school this afternoon and ask her about the weekend"),
    ("mapping", "next_steps",
     "Mum will ring nan tonight to ask her to have AB over Christmas"),
    ("mapping", "next_steps",
     "Nan will take AB to the pantomime over the weekend so mum can rest"),
    ("mapping", "next_steps",
     "I will visit dad at his brother's in the new year, by 8 Jan"),
    ("mapping", "next_steps",
     "The family support worker will start the bedtime routine work early January"),
    ("mapping", "next_steps",
     "I will meet mum and nan together w/c 4 Jan"),
    ("mapping", "next_steps",
     "The health visitor will check J at his 12-month check in January"),
    ("mapping", "next_steps",
     "Mum will ring the police straight away if R comes to the flat"),
    ("mapping", "next_steps",
     "I will see AB on her own at the next visit on Tuesday"),
    ("mapping", "next_steps",
     "Mum will book the GP appointment within the week and tell me the date"),
    ("mapping", "next_steps",
     "The school will apply for AB's extra reading help in the next fortnight"),
    ("mapping", "next_steps",
     "Dad will move his things to his brother's before Christmas"),
    ("mapping", "next_steps",
     "Nan will walk AB to school every day before she starts her new school in September"),
    ("mapping", "next_steps",
     "We will look at the plan again at the review on 3 March"),
    ("mapping", "next_steps",
     "I'll write to the housing association in two weeks' time if mum hasn't heard"),
    ("mapping", "next_steps",
     "Mum will go to the Freedom Programme on Tuesdays, starting 5 Jan"),
    ("mapping", "next_steps",
     "The class teacher will see AB at the start of every school day until half term"),
    ("mapping", "next_steps",
     "Mum needs to keep the appointment on 18 Dec; I'll remind her the day before"),
    ("mapping", "next_steps",
     "I have to send the conference report to mum by the 10th"),
    ("mapping", "next_steps",
     "The police need to tell me by 9am the next day about any call-out"),
    ("mapping", "next_steps",
     "I rang the GP on 3 Dec and will ring again on Friday if they haven't called back"),
    ("mapping", "next_steps",
     "The referral to the Freedom Programme went in on 1 Dec; mum starts on 5 Jan and I will "
     "ask her how it went after the first session"),
    ("mapping", "next_steps",
     "Mum will keep using the bedtime routine every night and tell me at my visit on Tuesday "
     "how it went"),
    ("mapping", "next_steps",
     "Dad will use the time-out plan whenever he feels angry, and we will check it at the core "
     "group on 12 Jan"),
    ("wellbeing", "strengths",
     "He's using his words more: he asked for a drink and said \"more please\" at tea on "
     "Tuesday"),
    ("wellbeing", "strengths",
     "Mum is using the strategies from the parenting course: she gave KM a warning before bath "
     "time and KM went in without crying"),
    ("wellbeing", "strengths",
     "She has started using the potty and has been dry in the day for a week"),
    ("wellbeing", "strengths",
     "J is using a beaker now and drinks his milk from it at breakfast"),
    ("contribution", "working_well",
     "Mum is using the baby's red book and brings it to every appointment"),
    ("contribution", "working_well",
     "AB is using the calm corner in class when she feels cross, 3 times this week, and goes "
     "back to her table on her own"),
    ("contribution", "worries",
     "Mum is using cannabis daily, she told me on 3 Dec, and J's bottles were not made up when "
     "I visited at noon"),
    ("mapping", "strengths",
     "AB has settled well at her new school; she has two friends and her teacher says she puts "
     "her hand up"),
    ("mapping", "strengths",
     "Mum is doing really well with the routine: AB has been in bed by 8 every night this week, "
     "nan says"),
    ("mapping", "strengths",
     "Baby J is feeding well, taking 6oz every 3 hours, and gained 250g this week"),
    ("contribution", "working_well",
     "J is developing well: he sits on his own, babbles and reaches for toys, as I saw on 2 Dec"),
    ("contribution", "working_well",
     "Feeding well. J takes 6oz every 3 hours and has gained 250g since the last weigh-in."),
    ("wellbeing", "coped",
     "Mum coped well when J was in hospital: she rang gran, who came the same day and took KM "
     "to school"),
    ("success", "their_people",
     "Mr S, his head of year, who he goes to at break when he is upset"),
    ("contribution", "partner_scale_why",
     "8 - no new concerns. AB has been in every day, eats her lunch and plays with her friends."),
    ("contribution", "partner_scale_why",
     "7: no concerns from nursery since Sept; J comes in clean and fed every day and mum "
     "collects him on time"),
    ("mapping", "danger_scale_why_1",
     "5 because there has been no new incident since 28 Nov; R has stayed at his brother's both "
     "times he felt angry"),
    ("supervision", "my_scale_why",
     "6 as no new concerns have come in since the core group, and school say AB is eating and "
     "sleeping better"),
    ("mapping", "next_steps",
     "I will see mum and nan together in January"),
    ("mapping", "next_steps",
     "The family support worker will start the bedtime routine work in early Jan"),
    ("mapping", "next_steps",
     "I will ask the school for AB's attendance mid-January"),
    ("mapping", "next_steps",
     "Nan will have AB in the Easter holidays"),
    ("mapping", "next_steps",
     "Nan will have AB over Christmas so mum can work"),
    ("mapping", "next_steps",
     "I will visit dad in the new year"),
    ("mapping", "next_steps",
     "Mum will start the parenting group in the spring term"),
    ("mapping", "next_steps",
     "The health visitor will see J at clinic later this month"),
    ("mapping", "next_steps",
     "The school nurse will see AB after Christmas"),
    ("mapping", "next_steps",
     "I will meet dad at the end of January"),
    ("mapping", "next_steps",
     "Mum will take AB to the dentist at half term"),
    ("mapping", "goal_doing_1",
     "Mum will keep R out of the flat and ring the police if he comes round, and nan will have "
     "AB whenever R has been drinking"),
    ("mapping", "goal_doing_1",
     "R will go to his brother's whenever he feels angry, and will not drink at home"),
    ("mapping", "goal_child_1",
     "AB will sleep in her own bed without her shoes on and go to school every day"),
    ("mapping", "goal_how_long_1",
     "Until the summer holidays, about 7 months"),
    ("mapping", "danger_statement_1",
     "The social worker, the school and nan are worried that R will push or hit mum again after "
     "drinking while AB is in the flat, and AB could be hurt trying to protect mum"),
    ("mapping", "safety_goal_1",
     "Mum and nan will make sure AB is never in the flat when R has been drinking. Nan will "
     "have her every time. We need to see this for six months, through Christmas."),
    ("wellbeing", "wellbeing_goal_1",
     "Mum will have KM up and fed by 8.15 every school day, with gran's help on Mondays. KM "
     "will get to school on time. We need to see this until Feb half term."),
    ("contextual", "goal_family_1",
     "Mum will be home by 7pm or have nan with TJ, and will ring police if he is not home by "
     "9pm"),
    ("supervision", "goal_doing",
     "R will not come to the flat after drinking, and mum will ring nan and the police if he "
     "does"),
    ("harm_matrix", "danger_statement_1",
     "The social worker, the health visitor and the police are worried that dad will shake J "
     "again when he cries at night, and J could be badly hurt or die"),
    ("harm_matrix", "harm_impact_1",
     "J had bruises on both upper arms when the health visitor saw him on 29 Nov"),
    ("harm_matrix", "harm_worst_1",
     "J could have a bleed on the brain and be disabled for life, or die"),
    ("harm_matrix", "harm_complicating_1",
     "Dad works nights and sleeps in the day, so he is up with J when mum is asleep"),
    ("harm_matrix", "harm_accepted_detail_1",
     "Mum says \"I saw him shake him\"; dad says \"I only jiggled him to stop him crying\""),
    ("three_houses", "worker_noticed",
     "She laughed when she drew nan's dog and asked to take the picture home"),
    ("three_houses", "session_when",
     "At nan's on Saturday 5 Dec, at the kitchen table"),
    ("three_houses", "present",
     "Just me and AB; nan was in the garden"),
    ("success", "success_goal_1",
     "TJ will go to the college open day on 12 Jan and fill in the form with his youth worker"),
    ("success", "goal_support_1",
     "His mum will help him get up on time and his youth worker will ring him the night before"),
    ("success", "belonging",
     "He feels he belongs at football: he has his own shirt number and his coach picks him to "
     "start"),
    ("success", "their_worries",
     "I worry I'll get kicked out like last time"),
    ("success", "others_worried",
     "His mum is worried he won't get up for college; he missed 11 days of school since Oct"),
    ("contextual", "harm_signs",
     "He has new trainers mum didn't buy and comes home after midnight on Fridays"),
    ("contextual", "danger_behaviour_1",
     "Older lads give TJ vapes and food and drive him to other towns at night"),
    ("contextual", "peer_strengths",
     "His friend JB, who he has known since primary school and plays football with every "
     "Tuesday"),
    ("contextual", "online_strengths",
     "He shows mum his Snapchat when she asks and blocked a number on 1 Dec"),
    ("contextual", "area_strengths",
     "The boxing club on Station Rd, where he trains twice a week with his uncle"),
    ("reflection", "what_happened",
     "Nursery saw a bruise on KM's cheek on 1 Dec; she said \"mummy's boyfriend did it\""),
    ("supervision", "scale_moved",
     "Up from 3 last month, because mum now rings nan every time R comes round"),
    ("supervision", "group_question",
     "How do we keep AB safe at home while R still comes round?"),
    ("supervision", "child_words",
     "\"I keep my shoes on in bed in case we have to run to nan's\""),
    ("wellbeing", "worry_impact_1",
     "KM could fall behind with her reading, go hungry most of the school day, and feel left "
     "out"),
    ("wellbeing", "family",
     "Mum (L), KM (6), baby J (8 months); gran G visits most weekends"),
    ("mapping", "views_missing",
     "R has not met us yet; the GP has not replied to our letter of 1 Dec"),
    ("mapping", "first_sign",
     "AB goes round to nan's on her own late at night again"),
    ("mapping", "plan_working",
     "Nan will notice first: AB will come to hers on a school night. She will ring me the next "
     "morning."),
    ("contribution", "working_well",
     "No missed appointments since Oct; J weighed 7.2kg on 1 Dec, up from 6.8kg"),
    ("contribution", "working_well",
     "Attendance is 98% this term and she has not been late since the breakfast club started"),
    ("contribution", "working_well",
     "AB was in school 5 days out of 5 this week and ate breakfast at the club every day"),
    ("contribution", "working_well",
     "Nothing new from school: AB has been in every day and her teacher says she laughs with "
     "her friends at lunch"),
    ("contribution", "working_well",
     "Mum has engaged well with me: she has come to every clinic since Sept and rings if J is "
     "unwell"),
    ("contribution", "working_well",
     "Mum is managing well with the feeds; she showed me her chart and J has had 6 feeds a day "
     "all week"),
    ("contribution", "working_well",
     "AB is happy at school. She runs in every morning and hugs her teacher."),
    ("contribution", "working_well",
     "Good bond between mum and J: she talks to him during feeds and he settles when she holds "
     "him"),
    ("mapping", "strengths",
     "Mum is a loving parent. She reads to AB every night and plaits her hair for school."),
    ("mapping", "strengths",
     "Nan is very supportive. She has AB every day after school and gives her tea."),
    ("mapping", "strengths",
     "Dad is doing brilliantly. He has been to all 6 sessions of the group and has not had a "
     "drink since 1 Nov."),
    ("wellbeing", "strengths",
     "Lovely, polite young man. He held the door for his nan and asked me how my day was."),
    ("wellbeing", "strengths",
     "Settling in nicely. He eats with the family and sleeps through till 7."),
    ("wellbeing", "coped",
     "Coped well. When dad left she kept KM's routine the same and got her to school every day."),
    ("reflection", "going_well",
     "Doing well. J has gained 200g since last month and mum has kept every appointment."),
    ("supervision", "working_well",
     "Engaging well. Mum has let me in every visit since Oct and talks to me about R."),
    ("contextual", "yp_strengths",
     "Doing well at boxing. He trains twice a week and won his first bout in Nov."),
    ("contribution", "worries",
     "His personal adviser is worried he is not coping: he has missed 3 appointments and stays "
     "in bed till 2pm"),
    ("contribution", "worries",
     "Mum says she is not coping. She has not got out of bed before 11 this week and KM has "
     "been late every day."),
    ("mapping", "complicating",
     "Mum has been struggling to cope since J was born; the flat was full of dirty bottles on 2 "
     "Dec and she cried through the visit"),
    ("wellbeing", "harder",
     "Since nan died in Oct, mum has not been coping: she has missed 4 of KM's appointments and "
     "told me \"I can't get up\""),
    ("contribution", "worries",
     "Not coping at school: he has walked out of 5 lessons this week and hit a boy on Tuesday"),
    ("mapping", "harm_impact",
     "AB is not coping with the shouting at home; she has wet the bed 3 times this week and "
     "will not sleep without the light on"),
    ("supervision", "worries",
     "Mum is not coping with J's crying. On 2 Dec she told me she left him in his cot and went "
     "outside for 20 minutes."),
    ("contribution", "working_well",
     "Mum was not coping in Oct but now she gets J up, fed and dressed by 9 every day, and "
     "brings him to clinic"),
    ("mapping", "next_steps",
     "Referral to the Freedom Programme made on 1 Dec, and mum will start on 5 Jan"),
    ("mapping", "next_steps",
     "Core group held on 1 Dec; the next one is on 12 Jan, where the school will say how AB's "
     "attendance is"),
    ("mapping", "next_steps",
     "Strategy discussion held on 2 Dec, and police will interview dad by Friday"),
    ("mapping", "next_steps",
     "I have made the referral to the parenting group; mum will hear from them by 18 Dec and "
     "I'll ring her then"),
    ("mapping", "next_steps",
     "Plan reviewed at core group on 1 Dec. I will send everyone the new plan by the 4th."),
    ("mapping", "next_steps",
     "The health visitor has booked J's hearing test for 14 Jan and will take mum there"),
    ("contribution", "needs_to_happen",
     "I have told the social worker about the bruise; I will see J again at clinic on Tuesday "
     "and check his arms"),
    ("contribution", "needs_to_happen",
     "School has put AB on the breakfast club list; she starts Monday and I will check she is "
     "there every morning"),
    ("wellbeing", "next_steps",
     "Breakfast club place agreed on 2 Dec; KM starts Monday and mum will walk her there for "
     "8.15"),
    ("mapping", "next_steps",
     "We need to find out from R's probation officer whether he is allowed in the area, by the "
     "14th"),
    ("mapping", "next_steps",
     "Dad has to leave whenever he starts to feel angry, every time, until the review"),
    ("contribution", "worries",
     "J has dropped from the 50th to the 9th centile since Sept; at my visit on 1 Dec there was "
     "no formula in the flat"),
    ("contribution", "worries",
     "Mum told me on 3 Dec \"I leave him in the cot when I can't take the crying\"; he had a "
     "flat patch on the back of his head"),
    ("contribution", "worries",
     "J was not brought to 3 of his last 4 clinic appointments, and his 8-week jabs are overdue"),
    ("contribution", "working_well",
     "Mum holds J close during feeds and talks to him; he makes eye contact and smiles at her"),
    ("contribution", "working_well",
     "The home was warm and clean at my visit on 1 Dec, with a made-up cot and sterilised "
     "bottles"),
    ("contribution", "needs_to_happen",
     "I will visit weekly until J is back on the 25th centile, weigh him each time and tell the "
     "social worker the same day"),
    ("contribution", "needs_to_happen",
     "I will refer mum to the perinatal mental health team by Friday, with her agreement"),
    ("contribution", "partner_scale_why",
     "4 because J has lost weight twice, but mum has let me in every week and asked for help "
     "with feeds"),
    ("contribution", "worries",
     "AB told her teacher on 2 Dec \"daddy hit mummy and I hid\"; she had not done her homework "
     "and was quiet all day"),
    ("contribution", "worries",
     "Since October AB has been late 12 times and twice came in wearing the same clothes all "
     "week"),
    ("contribution", "working_well",
     "AB joined the lunchtime art club in Nov, goes every Tuesday and showed me her painting of "
     "nan's dog"),
    ("contribution", "needs_to_happen",
     "As the safeguarding lead I will meet AB every Monday morning until the review and ring "
     "the social worker the same day if she tells me anything"),
    ("contribution", "needs_to_happen",
     "The school will keep giving AB breakfast at the club every day and tell mum if she misses "
     "it"),
    ("contribution", "partner_scale_why",
     "5 - AB is in school every day and tells her teacher when she is worried, but she is still "
     "very tired on Mondays"),
    ("mapping", "next_steps",
     "The police will tell me the day after any call-out to the flat"),
    ("mapping", "next_steps",
     "Nan will have AB whenever R comes round"),
    ("mapping", "next_steps",
     "The family support worker will see mum twice a week for the next 6 weeks"),
    ("mapping", "next_steps",
     "I will see AB on her own once a fortnight between now and the review"),
    ("mapping", "next_steps",
     "The school will tell me about AB's attendance each half term"),
    ("mapping", "next_steps",
     "I will send mum the report ahead of the conference"),
    ("mapping", "next_steps",
     "I will share my report with mum in time for the conference on the 17th"),
    ("mapping", "next_steps",
     "The GP will write to me no later than 18 Dec about mum's medication"),
    ("mapping", "next_steps",
     "I will send the minutes to everyone by close of play Friday"),
    ("mapping", "next_steps",
     "Mum will ring me on the 1st of every month to tell me how things are"),
    ("mapping", "next_steps",
     "I will ring mum prior to the review to go through my report"),
    ("mapping", "next_steps",
     "The school will let me know the same day if AB isn't in"),
    ("mapping", "next_steps",
     "Nan will collect AB from school on Tuesdays and Thursdays"),
    ("mapping", "next_steps",
     "Dad will ring the behaviour change group this week to book his first session"),
    ("mapping", "next_steps",
     "I will visit unannounced at least once before the review"),
    ("mapping", "next_steps",
     "Mum will let me see AB's bedroom at each visit"),
    ("mapping", "strengths",
     "Nan next door, who AB goes to every day after school"),
    ("mapping", "strengths",
     "Contact with dad every Saturday at the family centre; AB runs to him and they play "
     "football"),
    ("mapping", "strengths",
     "AB's love of drawing: she drew me a picture of nan's dog and talked about it for ages"),
    ("contextual", "peer_strengths",
     "His football coach, who texts him before every training"),
    ("contextual", "online_strengths",
     "He told mum about a message from a stranger on 1 Dec and they blocked the number together"),
    ("contextual", "home_safety",
     "When TJ isn't home by 9pm, mum rings him, then his friends' mums, then the police"),
    ("wellbeing", "strengths",
     "Gran, who has both children every Saturday so mum can sleep"),
    ("wellbeing", "harder",
     "Mum works nights three times a week, so gran does the school run"),
    ("wellbeing", "unmet_needs",
     "KM needs her own bed; she shares with mum and wakes when J cries"),
    ("wellbeing", "unmet_needs",
     "Someone to help KM with her reading at home most evenings"),
    ("success", "their_worries",
     "I worry that if I go to college the lads will think I'm soft"),
    ("success", "own_goals",
     "To get a part-time job at the garage on Saturdays"),
    ("success", "what_helps",
     "When people text instead of ringing; he answers texts the same day"),
    ("three_houses", "worker_noticed",
     "She drew quickly and chatted; she stopped and went quiet when she drew her dad"),
    ("reflection", "worry_scale_why",
     "4 because J was seen by the GP the same day and mum gave a clear account, but it is his "
     "second bruise since Oct"),
    ("supervision", "scale_moved",
     "Down from 5 to 4 since R moved back in on 1 Dec"),
    ("supervision", "difference",
     "AB has slept in her own bed every night since nan started having her on Fridays"),
]


@pytest.mark.parametrize("flow_id", sorted({flow_id for flow_id, _, _ in GOOD}))
def test_good_answers_are_never_asked_about_their_wording(flow_id: str) -> None:
    """Of these, twenty-four were asked about on the code before this walk; none is now."""
    assert nagged([row for row in GOOD if row[0] == flow_id]) == []


def test_the_good_answers_are_many_and_at_every_kind_of_step() -> None:
    assert len(GOOD) >= 200
    assert sum(step == "next_steps" for _, step, _ in GOOD) >= 60


# --- a next step by part of a month ------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "The family support worker will start the bedtime routine work early January",
    "The family support worker will start the bedtime routine work in early Jan",
    "Family support worker to start the bedtime routine work late Feb",
    "Health visitor to see J at home in March"])
def test_a_step_by_part_of_a_month_says_when(typed: str) -> None:
    """"The family support worker will start the bedtime routine work early January" was
    answered "... is a next step, but not yet when. By when will it be done, or how
    often?", though "by 8 Jan" was not."""
    chat = sent_at("mapping", "next_steps", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["next_steps"] == [typed]


@pytest.mark.parametrize("typed", [
    "The family support worker will start the bedtime routine work soon",
    "Family support worker to start the bedtime routine work at some point",
    "Health visitor to see J at home"])
def test_a_step_with_no_time_is_still_asked_when(typed: str) -> None:
    chat = sent_at("mapping", "next_steps", typed)
    assert "next_steps" not in chat.draft.answers
    assert "not yet when" in reminders(chat)[0] or "by when" in reminders(chat)[0]


# --- a kind word, and what the person does when -----------------------------------------------


@pytest.mark.parametrize("typed", [
    "Mum is a loving parent who reads to AB every night",
    "KM is a kind girl who reads to her baby brother every evening",
    "Dad is a caring father who took the children to the park on Saturday"])
def test_a_kind_word_with_what_they_do_and_when_is_saved(typed: str) -> None:
    """"Mum is a loving parent who reads to AB every night" was answered "You wrote "is a
    loving parent". What did the person do or say that gave you that picture?", though
    "Mum is a loving parent; she reads to AB every night" was saved."""
    chat = sent_at("mapping", "strengths", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["strengths"] == [typed]


@pytest.mark.parametrize("typed", ["mum is a lovely lady who clearly loves her kids",
                                   "Mum is a loving parent who cares about her children",
                                   "Dad is a caring father who would do anything for them"])
def test_a_kind_word_with_only_more_of_the_picture_is_still_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "strengths", typed)
    assert "strengths" not in chat.draft.answers
    assert "gave you that picture" in reminders(chat)[0]


# --- what someone is like, then the day it was seen and what they did -------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("supervision", "worries", "Mum is not coping with J's crying. On 2 Dec she left him in his "
     "cot and went outside for 20 minutes."),
    ("contribution", "worries", "Mum is not coping with the mornings. Last Friday she sent KM "
     "to school at 10.30 without breakfast."),
])
def test_what_someone_is_like_then_the_day_and_what_they_did_is_saved(
        flow_id: str, step_id: str, typed: str) -> None:
    """"Mum is not coping with J's crying. On 2 Dec she left him in his cot and went
    outside for 20 minutes." was answered ""Mum is not coping with J's crying" says what you
    make of things, but not yet what happened": the next sentence was read as showing it
    only after praise, and only when it began with who."""
    chat = sent_at(flow_id, step_id, typed)
    assert reminders(chat) == []
    assert chat.draft.answers[step_id] == typed


@pytest.mark.parametrize("typed", ["Mum is not coping. On 2 Dec she said she is tired.",
                                   "Mum is not coping. Last week she seemed low.",
                                   "Mum is overwhelmed. On 2 Dec she was upset about it."])
def test_what_someone_is_like_then_only_how_they_seemed_is_still_asked_about(
        typed: str) -> None:
    chat = sent_at("supervision", "worries", typed)
    assert "worries" not in chat.draft.answers
    assert reminders(chat)


# --- what was done, then the step that comes after it -----------------------------------------


@pytest.mark.parametrize("typed", [
    "Plan reviewed at core group on 1 Dec. I will send everyone the new plan by the 4th.",
    "Strategy discussion held on 2 Dec, and police will interview dad by Friday",
    "Referral to the parenting group made on 1 Dec. Mum will hear from them by 18 Dec and I "
    "will ring her then."])
def test_what_was_done_then_who_does_what_next_and_when_is_saved(typed: str) -> None:
    """"Plan reviewed at core group on 1 Dec. I will send everyone the new plan by the 4th."
    was answered ""Plan reviewed at core group on 1 Dec" says what has been done, but not yet
    what happens next. What happens after that ...?", the question the second sentence
    answers; "Strategy discussion held on 2 Dec, and police will interview dad by Friday"
    was asked who did what at the meeting."""
    chat = sent_at("mapping", "next_steps", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["next_steps"] == [typed]


@pytest.mark.parametrize("typed", ["Plan reviewed at core group on 1 Dec.",
                                   "Strategy discussion held on 2 Dec.",
                                   "Plan reviewed at core group on 1 Dec. Will update.",
                                   "Referral made. Mum to be told."])
def test_what_was_done_with_nothing_after_it_is_still_asked_about(typed: str) -> None:
    chat = sent_at("mapping", "next_steps", typed)
    assert "next_steps" not in chat.draft.answers
    assert reminders(chat)


# --- keeping a young person safe when they are not home ---------------------------------------


@pytest.mark.parametrize("typed", [
    "When TJ isn't home by 9pm, mum rings him, then his friends' mums, then the police",
    "If he misses his curfew mum rings the police and gives them his friends' names"])
def test_what_mum_does_when_he_is_not_home_is_existing_safety(typed: str) -> None:
    """A youth worker's "When TJ isn't home by 9pm, mum rings him, then his friends' mums,
    then the police" was answered "Existing safety is what someone did to keep the child safe
    while the worry was happening": a young person not home by their time was no danger."""
    chat = sent_at("contextual", "home_safety", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["home_safety"] == [typed]


def test_a_young_person_home_on_time_is_not_yet_existing_safety() -> None:
    chat = sent_at("contextual", "home_safety", "TJ gets home by 9pm most nights")
    assert "home_safety" not in chat.draft.answers
    assert "Existing safety is what someone did" in reminders(chat)[0]
