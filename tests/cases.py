"""Invented but realistic cases, one answer plan per tool, walked through the real engine.

Every question a plan meets must be planned (`walk_case` fails on a question it has no
answer for), so the summaries built from these read like a practitioner's, not a robot's.
The families, initials and events are made up.
"""

from __future__ import annotations

from collections.abc import Mapping

from builders import ACCEPT, DONE, NO, SKIP, YES, Answer, EngineChat, new_draft, walk_through

from flows.flow import Flow
from flows.nudges import nudger
from flows.replies import Nudge, Pick, Question
from flows.summary import Summary, build_summary

# K (3) lives with mum (A) and mum's boyfriend (J); maternal gran (B) lives nearby.
MAPPING: dict[str, Answer] = {
    "purpose": Answer(Pick("conference")),
    "meeting_date": Answer("Tuesday 8 December, 10am"),
    "author": Answer("LM, social worker, Northside children's team"),
    "network": Answer("K (3), mum (A), mum's boyfriend (J), maternal gran (B), nursery "
                      "key worker, health visitor, GP"),
    "views_missing": Answer("J has not met us yet."),
    "next_review": Answer("Core group in six weeks"),
    "house_worries": Answer(DONE),
    "house_good": Answer(DONE),
    "house_dreams": Answer(DONE),
    "child_view_how": Answer("K is 3; this is what nursery and the health visitor see of her."),
    "harm_happened": YES,
    "worst_harm": Answer("In September nursery saw four finger-shaped bruises on the back of "
                         "K's thigh. Mum said J smacked K because she would not stop crying "
                         "at bedtime."),
    "recent_harm": Answer("Two weeks ago a neighbour found K alone on the landing at 11am in "
                          "her nappy; mum was asleep inside."),
    "harm_pattern": Answer("Smacking: mum says 'a few times' since J moved in last spring. "
                           "Left alone: the neighbour has found K twice since August."),
    "harm_impact": Answer('K flinches when adults raise a hand near her and has started '
                          'hitting other children at nursery. She told her key worker '
                          '"J makes my leg hurt".'),
    "danger_who_1": Answer("The social worker, the nursery and the health visitor"),
    "danger_behaviour_1": Answer("J smacks K hard enough to bruise her when she cries or "
                                 "won't do as she is told"),
    "danger_impact_1": Answer("K could be badly hurt, and will grow up frightened of the "
                              "adults who are meant to look after her"),
    "danger_statement_1": ACCEPT,
    "family_view_1": Answer('Mum says J "has never really hurt her" but agrees he should not '
                            'smack. J has not met us yet.'),
    "goal_doing_1": Answer("J will walk away and let mum take over whenever he feels himself "
                           "getting cross, and will never smack K"),
    "goal_child_1": Answer("K will be comforted when she cries and will have no new marks"),
    "goal_how_long_1": Answer("at least six months, including the Christmas holidays"),
    "safety_goal_1": ACCEPT,
    "danger_scale_1": Answer("3"),
    "danger_scale_why_1": Answer("3, not 2, because mum has stopped J putting K to bed. A 4 "
                                 "would be J meeting us and agreeing to a plan."),
    "danger_scale_others_1": Answer("Mum: 7", "Nursery: 3", DONE),
    "danger_another_1": YES,
    "danger_who_2": Answer("The social worker, the GP and K's gran"),
    "danger_behaviour_2": Answer("mum takes sleeping tablets at night and cannot be woken in "
                                 "the morning, so K is left to get up on her own"),
    "danger_impact_2": Answer("K could fall down the stairs, get out of the flat or be hurt "
                              "in the kitchen while nobody is watching her"),
    "danger_statement_2": ACCEPT,
    "family_view_2": Answer("Mum agrees and is scared by what the neighbour told her."),
    "goal_doing_2": Answer("Mum will only take her tablets on nights when gran or another "
                           "safe adult is staying, and gran will come at 8am on the other days"),
    "goal_child_2": Answer("K will have an adult up with her every morning who gives her "
                           "breakfast"),
    "goal_how_long_2": Answer("three months"),
    "safety_goal_2": Answer("Mum will only take her sleeping tablets when gran or another safe "
                            "adult is staying the night, and gran will come at 8am on the "
                            "other days. K will have an adult up with her every morning. We "
                            "will need to see this for three months."),
    "danger_scale_2": Answer("5"),
    "danger_scale_why_2": Answer("Gran has come every morning for two weeks."),
    "danger_scale_others_2": Answer("Gran: 6", DONE),
    "danger_another_2": NO,
    "complicating": Answer("Mum's GP appointments keep getting cancelled.",
                           "The flat is on the fourth floor and the lift is often broken.",
                           DONE),
    "strengths": Answer("Mum takes K to nursery four days a week, always on time.",
                        "K is talking well for her age and loves books.",
                        "Gran lives ten minutes away and sees K most days.", DONE),
    "existing_safety": Answer("Since the neighbour found K in October, gran has come round "
                              "at 8am every morning after mum has taken her tablets.", DONE),
    "trusted_adults": Answer("Gran (B), ten minutes away, has a key.",
                             "Mum's friend C, who K stays with some weekends.", DONE),
    "plan_working": Answer("Nursery tells the social worker the same day about any mark; gran "
                           "texts the social worker each Friday."),
    "next_steps": Answer("Social worker will visit J and mum together by 2 December.",
                         "Health visitor will go with mum to the GP about her sleep next "
                         "week.", DONE),
    "first_sign": Answer("J agrees to meet us and tells us what he does when K cries."),
    "grey_areas": Answer("We don't know how often J looks after K on his own.", DONE),
    "safety_scale": Answer("3"),
    "safety_scale_why": Answer("3, not 2, because gran is there every morning and mum told us "
                               "the truth about the smacking. A 4 would be J working with us."),
    "safety_scale_parent_1": Answer("7"),
    "safety_scale_parent_2": SKIP,
    "safety_scale_others": Answer("Nursery: 3, new marks in the autumn", "Health visitor: 4",
                                  DONE),
}

HARM_MATRIX: dict[str, Answer] = {
    "author": Answer("LM, social worker"),
    "network": Answer("Mum, nursery key worker, health visitor"),
    "danger_behaviour_1": Answer("J smacks K hard enough to bruise her when she cries or "
                                 "won't do as she is told"),
    "harm_impact_1": Answer('Finger-mark bruises on her thigh in September. She flinches when '
                            'adults reach towards her and said "J makes my leg hurt".'),
    "harm_worst_1": Answer("Four finger-shaped bruises on the back of K's thigh, seen by "
                           "nursery in September."),
    "harm_frequency_1": Answer("Mum says a few times a month; the last time she knows of was "
                               "three weeks ago. No change since the summer."),
    "harm_history_1": Answer("Since J moved in last spring. Nursery first saw a mark in July "
                             "but K said she fell."),
    "harm_severity_1": Answer(Pick("significant")),
    "harm_how_1": Answer(Pick("careless")),
    "harm_complicating_1": Answer("J says he was smacked as a child and thinks it's normal; "
                                  "it happens most when he is tired after night shifts."),
    "harm_accepted_1": Answer(Pick("partly")),
    "harm_accepted_detail_1": Answer('Mum: "he shouldn\'t smack but he\'s never really hurt '
                                     'her". J has not spoken to us.'),
    "child_vulnerability_1": Answer("K is 3, can't yet explain what happens, and is only seen "
                                    "outside the home at nursery."),
    "harm_likely_1": Answer(Pick("likely")),
    "harm_scale_1": Answer("3"),
    "harm_scale_why_1": Answer("The bruises were bad and K is very young, but mum is now "
                               "doing bedtimes herself."),
    "danger_who_1": Answer("the social worker and the nursery"),
    "danger_impact_1": Answer("she could be badly hurt, and grow up frightened of the adults "
                              "who care for her"),
    "danger_statement_1": ACCEPT,
    "danger_another_1": YES,
    "danger_behaviour_2": Answer("Mum takes sleeping tablets and can't be woken in the "
                                 "morning, so K gets up alone"),
    "harm_impact_2": Answer("K has been found alone on the landing twice; she was hungry and "
                            "in a wet nappy."),
    "harm_worst_2": Answer("In October a neighbour found K on the landing at 11am, crying."),
    "harm_frequency_2": Answer("Found twice since August; mum thinks it happens more than "
                               "that. Better since gran started coming in the mornings."),
    "harm_history_2": Answer("Since mum was given the tablets in June."),
    "harm_severity_2": Answer(Pick("some")),
    "harm_how_2": Answer(Pick("cannot_yet")),
    "harm_complicating_2": SKIP,
    "harm_accepted_2": Answer(Pick("accepts")),
    "harm_accepted_detail_2": Answer('Mum: "I was so scared when she told me, I can\'t let '
                                     'that happen again."'),
    "child_vulnerability_2": Answer("K is 3 and the flat is on the fourth floor."),
    "harm_likely_2": Answer(Pick("possible")),
    "harm_scale_2": Answer("5"),
    "harm_scale_why_2": SKIP,
    "danger_who_2": Answer("The social worker, the GP and K's gran"),
    "danger_impact_2": Answer("K could fall down the stairs or get out of the flat while "
                              "nobody is watching her"),
    "danger_statement_2": ACCEPT,
    "danger_another_2": NO,
}

# T (8) lives with mum and her younger brother; dad visits on Saturdays.
THREE_HOUSES: dict[str, Answer] = {
    "child_age": Answer("8"),
    "took_part": Answer(Pick("both")),
    "share_ok": Answer(Pick("some")),
    "share_who": Answer("Mum and the meeting."),
    "not_told": Answer("Dad, not yet."),
    "session_when": Answer("Monday 30 November, in the quiet room at school"),
    "present": Answer("Me (social worker) and T's teaching assistant"),
    "house_worries": Answer("when daddy shouts at mummy on the phone",
                            "nobody picks me up from football", DONE),
    "house_good": Answer("my nanny makes pancakes on saturday", "my cat Biscuit",
                         "Miss P at school", DONE),
    "house_dreams": Answer("everyone is nice to each other", "I get a bike", DONE),
    "child_scale": Answer("6"),
    "worker_noticed": Answer("T drew the house of good things first and spent longest on it. "
                             "She went quiet when talking about football."),
}

# J (9) lives with mum, who works nights, and his sister A (4); gran lives nearby.
WELLBEING: dict[str, Answer] = {
    "consent": YES,
    "consent_who": Answer("School, the GP and the family hub."),
    "family": Answer("J (9), his sister A (4), mum, gran nearby, class teacher."),
    "author": Answer("PK, family support worker"),
    "meeting_date": SKIP,
    "network": Answer("Mum, J, his teacher and the school nurse."),
    "next_review": Answer("In six weeks"),
    "house_worries": Answer("I get told off for being late", DONE),
    "house_good": Answer("football on Saturday", DONE),
    "house_dreams": Answer(DONE),
    "child_view_how": Answer("Family support worker, at home, while we played football."),
    "worry_who_1": Answer("Mum, J's teacher and the school nurse"),
    "worry_what_1": Answer("J has missed 14 days of school this term, mostly Mondays, and mum "
                           "says she can't get him out of bed after her night shifts"),
    "worry_impact_1": Answer("J could fall further behind with his reading and lose touch with "
                             "his friends"),
    "worry_statement_1": ACCEPT,
    "family_view_1": Answer('Mum agrees J misses too much school but says "he\'ll grow out '
                            'of it".'),
    "goal_doing_1": Answer("Mum will set J's alarm for 7.30 and gran will walk him to school "
                           "on the mornings after mum's night shifts"),
    "goal_child_1": Answer("J will be in class on time and see his friends every day"),
    "goal_how_long_1": Answer("until the summer holidays"),
    "wellbeing_goal_1": ACCEPT,
    "worry_another_1": NO,
    "unmet_needs": Answer("A dentist: J has had toothache for a month and isn't registered "
                          "anywhere.", DONE),
    "harder": Answer("Mum works nights and sleeps when J should be getting up.", DONE),
    "strengths": Answer("Gran has J and A for tea three nights a week and helps with reading.",
                        "J loves football and never misses Saturday training.", DONE),
    "coped": Answer("Last year mum set up a rota with gran and J's attendance was 97%."),
    "next_steps": Answer("School will ring mum by 9.30 on any day J is not in, from Monday.",
                         "Family hub worker will help mum register J with a dentist this "
                         "week.", DONE),
    "wellbeing_scale": Answer("5"),
    "wellbeing_scale_why": Answer("5: J is in most days now. A 6 would be a full month with no "
                                  "Mondays missed."),
    "wellbeing_scale_parent_1": Answer("7"),
    "wellbeing_scale_parent_2": SKIP,
    "wellbeing_scale_child": Answer("6"),
    "wellbeing_scale_others": Answer("School: 4", DONE),
}

# K (17) lives with foster carers and wants her own flat near her sister.
SUCCESS: dict[str, Answer] = {
    "stage": Answer(Pick("leaving")),
    "with_them": YES,
    "author": Answer("RB, personal adviser"),
    "meeting_date": SKIP,
    "network": Answer("K, her foster carer and her personal adviser."),
    "views_missing": SKIP,
    "next_review": Answer("Pathway plan review in three months"),
    "vision": Answer("My own flat near my sister, a little car, and working with animals."),
    "own_goals": Answer("Pass my driving theory test", "Get a weekend job at the stables",
                        DONE),
    "what_helps": Answer("Never misses her Saturday shift at the animal rescue.",
                         "Carer helps with college work twice a week.", DONE),
    "belonging": Answer("At my sister's on Sundays, and at the rescue, they get me."),
    "their_people": Answer("Older sister", "Former foster carer S", DONE),
    "their_worries": Answer("Being on my own at night.",
                            "Money. I don't know how bills work.", DONE),
    "others_worried": SKIP,
    "outside_signs": Answer(DONE),
    "success_goal_1": Answer("K will be living in her own flat near her sister, paying her rent "
                             "on time and cooking most of her meals"),
    "goal_support_1": Answer("Her personal adviser will help her bid for flats; her carer will "
                             "teach her five meals before she moves."),
    "goal_first_step_1": Answer("K will open a bank account with her adviser by the end of "
                                "the month."),
    "goal_another_1": YES,
    "success_goal_2": Answer("K will be working at least one paid shift a week with animals"),
    "goal_support_2": Answer("The rescue manager will give her a reference."),
    "goal_first_step_2": Answer("K will ask the stables about weekend work by Friday."),
    "goal_another_2": NO,
    "success_scale": Answer("4"),
    "success_scale_why": Answer("4: she has a plan and her sister. A 5 would be a date to view "
                                "a flat."),
    "success_scale_young_person": Answer("6"),
    "success_scale_carer": Answer("5"),
    "success_scale_others": Answer("Leaving care team: 4", DONE),
}

# D (14) has been carrying drugs for older boys in another town.
CONTEXTUAL: dict[str, Answer] = {
    "author": Answer("AN, social worker"),
    "meeting_date": SKIP,
    "network": Answer("D, mum, college, youth worker, police"),
    "views_missing": SKIP,
    "next_review": Answer("In four weeks"),
    "harm_outside": Answer("Since June, D (14) has been found three times in another town "
                           "carrying cannabis he says he was 'minding' for older boys. In "
                           "August he came home with a cut lip and wouldn't say how."),
    "harm_signs": Answer('D told his mum "if I stop, they know where we live".'),
    "yp_worries": Answer("D is 14 and has been excluded twice, so he is out in the day.", DONE),
    "yp_strengths": Answer("Great with his little sister.", "Wants to be a mechanic.", DONE),
    "home_worries": Answer("Mum works two jobs and isn't in before 10pm.", DONE),
    "home_safety": Answer("Twice when D went missing, mum drove round the estate, found him "
                          "and brought him home, then called the police.", DONE),
    "peer_worries": Answer("Spends evenings with two men in their 20s who give him lifts.",
                           DONE),
    "peer_strengths": Answer("Still plays Sunday football with his old school friends.", DONE),
    "school_worries": Answer("Attendance 62% this term; leaves at lunch and doesn't come "
                             "back.", DONE),
    "school_strengths": Answer("Gets on with the motor vehicle tutor and never misses his "
                               "lessons.", DONE),
    "area_worries": Answer("The shops by the bus station after dark, where the older boys wait "
                           "for him.", DONE),
    "area_strengths": Answer("The youth club on Thursdays.", DONE),
    "online_worries": Answer("Has a second phone mum didn't buy, with messages asking where he "
                             "is.", DONE),
    "online_strengths": Answer(DONE),
    "danger_who_1": Answer("Mum, the school, the youth worker and the police"),
    "danger_behaviour_1": Answer("older boys are paying D to carry drugs to other towns and "
                                 "have threatened his family"),
    "danger_impact_1": Answer("D could be seriously hurt or arrested, and be pulled further "
                              "away from home"),
    "danger_statement_1": ACCEPT,
    "goal_doing_1": Answer("Police will disrupt the two men who give D lifts, and the youth "
                           "worker will meet D at the bus station every Tuesday"),
    "goal_family_1": Answer("Mum will ring the youth worker if D is not home by 10pm"),
    "goal_child_1": Answer("D will feel safe walking to college"),
    "goal_how_long_1": Answer("three months"),
    "safety_goal_1": ACCEPT,
    "danger_another_1": NO,
    "trusted_adults": Answer("Youth club worker: rings mum if D leaves with the older men.",
                             DONE),
    "plan_working": SKIP,
    "next_steps": Answer("Youth worker will meet D at college every Tuesday from next week.",
                         DONE),
    "safety_scale": Answer("3"),
    "safety_scale_why": Answer("3: he is at college most days. A 4 would be two weeks with no "
                               "missing episodes."),
    "safety_scale_young_person": Answer("7"),
    "safety_scale_parent_1": Answer("2"),
    "safety_scale_others": Answer("Police: 3", DONE),
}

# Baby M (4 months), a bruise on her cheek.
SUPERVISION: dict[str, Answer] = {
    "meeting_date": SKIP,
    "author": Answer("LM, social worker"),
    "child_words": SKIP,
    "child_seen": Answer("M watches dad's face and goes still when he raises his voice."),
    "group_question": Answer("How do I talk to dad about the bruise without him shutting the "
                             "door on me?"),
    "worries": Answer("Baby M (4 months) had a bruise on her cheek last week; dad says he "
                      "caught her with his watch. Two earlier calls about shouting."),
    "working_well": Answer("Mum takes M to every health visitor check; gran visits daily."),
    "needs": Answer("I will ask the paediatrician by Friday for an opinion on the bruise, and "
                    "gran and mum will agree a safety plan with me on Tuesday."),
    "danger_who": Answer("The health visitor, the GP and I"),
    "danger_behaviour": Answer("dad handles M roughly when she cries and he is tired"),
    "danger_impact": Answer("M could be seriously injured, for example a head injury"),
    "danger_statement": ACCEPT,
    "goal_doing": Answer("Dad will hand M to mum or gran and step outside whenever he feels "
                         "himself getting wound up"),
    "goal_child": Answer("M will be picked up gently and calmed when she cries"),
    "goal_how_long": Answer("until M is walking"),
    "safety_goal": ACCEPT,
    "my_scale": Answer("3"),
    "my_scale_why": Answer("3, not 2, because gran is there every day and mum asked for help."),
    "scale_moved": Answer("3 since the summer. Weekly visits and a written agreement."),
    "what_worked": Answer("Asking mum what a good day looks like."),
    "difference": Answer("Mum now rings gran herself when dad is struggling."),
}

REFLECTION: dict[str, Answer] = {
    "referrer_role": Answer(Pick("school")),
    "safe_today": Answer(Pick("yes")),
    "family_knows": Answer(Pick("not_yet")),
    "what_happened": Answer('This morning K (9) had a cut above her eye and said "Mum\'s '
                            'boyfriend threw the remote".'),
    "going_well": Answer("K's nan collects her most days and K talks warmly about her."),
    "needs_to_happen": Answer("I will call the hub today; school will check in with K each "
                              "morning this week."),
    "worry_scale": Answer("3"),
    "worry_scale_why": Answer("3, because the injury is new; a 4 would be nan confirming K can "
                              "stay with her."),
}

CONTRIBUTION: dict[str, Answer] = {
    "agency": Answer(Pick("school")),
    "role": Answer("Designated safeguarding lead"),
    "worries": Answer("On 3 and 10 November K arrived without breakfast and said nobody was "
                      "up; she fell asleep in class both days."),
    "working_well": Answer("Nan walks K to school most days and talks to staff; attendance "
                           "has been 96% since September."),
    "needs_to_happen": Answer("School will offer breakfast club from Monday and the DSL will "
                              "check in with K each Friday."),
    "partner_scale": Answer("4"),
    "partner_scale_why": Answer("She is fed at nan's and in school; a 5 would be breakfast at "
                                "home most days."),
    "child_said": Answer("\"I make my own toast when mum is asleep\", to her teacher on 10 "
                         "November."),
}

PLANS: dict[str, tuple[str, Mapping[str, Answer]]] = {
    "mapping": ("KD-3", MAPPING),
    "harm_matrix": ("KD-3", HARM_MATRIX),
    "three_houses": ("TS-8", THREE_HOUSES),
    "wellbeing": ("JM-9", WELLBEING),
    "success": ("Case 5121", SUCCESS),
    "contextual": ("DR-14", CONTEXTUAL),
    "supervision": ("Baby M", SUPERVISION),
    "reflection": ("KB-1", REFLECTION),
    "contribution": ("KB-1", CONTRIBUTION),
}


def walk_case(flow: Flow, *, label: str | None = None, nudges: bool = True) -> EngineChat:
    """Answer a flow with its case plan (the real nudger on, every nudge kept)."""
    default_label, plan = PLANS[flow.id]
    missing: list[str] = []

    def check_planned(chat: EngineChat) -> None:
        question = chat.question
        if isinstance(question, Question) and question.step_id not in plan:
            missing.append(question.step_id)

    chat = EngineChat(flow, new_draft(flow, label or default_label),
                      nudger=nudger() if nudges else EngineChat(flow).nudger)
    chat = walk_through(flow, dict(plan), chat=chat, on_question=check_planned)
    assert not missing, f"{flow.id}: no planned answer for {sorted(set(missing))}"
    return chat


def nudges_seen(chat: EngineChat) -> list[Nudge]:
    return [r for r in chat.replies if isinstance(r, Nudge)]


def case_summary(flow: Flow) -> Summary:
    """The finished summary of a flow's case (no date, so it is the same every day)."""
    return build_summary(flow, walk_case(flow).draft)


def reach(flow: Flow, step_id: str, *, label: str | None = None) -> EngineChat:
    """A chat (real nudger) answered from the flow's case plan up to the question `step_id`."""
    default_label, plan = PLANS[flow.id]
    chat = EngineChat(flow, new_draft(flow, label or default_label), nudger=nudger())
    chat.start()
    given: dict[str, int] = {}
    for _ in range(300):
        if nudges_seen(chat):
            chat.command("keep")
            continue
        asked = chat.asked
        if asked == step_id:
            return chat
        inputs = plan[asked].inputs
        n = given.get(asked, 0)
        given[asked] = n + 1
        item = inputs[min(n, len(inputs) - 1)]
        chat.send(Pick(item.value, chat.question.nonce) if isinstance(item, Pick) else item)
    raise AssertionError(f"{flow.id}: never reached {step_id}")
