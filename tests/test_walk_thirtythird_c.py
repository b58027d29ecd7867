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
