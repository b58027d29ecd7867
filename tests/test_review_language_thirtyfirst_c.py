"""A third blind review of the wording checks in the thirty-first round: set H, lines typed
on a phone by a hospital paediatric nurse, an A&E safeguarding nurse, a CAMHS clinician, a
housing officer, a probation officer, a school attendance officer, a children's centre worker
and a social worker writing fast after a home visit (typos, no capitals, note style, "+",
"&", "w/", "pt", "re:"), each sent at the question of a real tool where it would be typed,
through the real engine and its real reminders (the drivers of the thirtieth review).

Set H was written BEFORE any rule, word list or pattern was read, and before the other
reviews of this round; it was committed before anything was run on it. Each flawed line
carries the kinds of question that would fit it (`FITS` of the thirtieth review) and what a
practice lead would want asked.

Two slips of the writing, corrected after the first run and before any rule was read: the six
lines about the worst harm had been sent at "Has harm happened?" (a yes/no question, where no
wording is checked), and one sound line at the young person's own vision ("wants to finish
college ...") was in the writer's words, rightly asked about; it is now theirs.

Set H, blind, on the code as it was (9d349ea), the slips corrected: flawed caught 44/50, 36 of
them with a question that fits; sound flagged 10/50, eight of them only to write "sw" or "yot"
out once (the project asks this of every short form; a practice lead would too, for a plan
the family reads), two in earnest: "mum changed the locks in nov + called police both times
the older lads came to the door" (existing safety, asked as a strength) and "everyone needs to
see mum feeding + changing the baby on time every day for 3 months ..." (a safety goal, asked
what the caregiver will do). Missed: "pt presented w/ bruising, mum's explanation
inconsistent", "she worries about mum's drinking" and "child reports positive relationship w/
nan" (the writer's words kept as the child's), "child not meeting developmental milestones",
"signpost to food bank", "high crime area, known for drugs". Asked with a question that fits
less well: "engage" or "engaged" at a safety goal, a wellbeing goal, a success goal, a next step
and existing safety, and "monitor" at a next step, each asked what was offered and what
happened (a question about the past, at a question about what will be done); "improved school
attendance" at a wellbeing goal asked what was seen.

After the fixes below (FITTED: each made general, tried first on fresh variants, flawed and
sound): set H 47/50 caught, 43 with a question that fits; sound flagged 9/50 (eight short
forms, and the safety goal above: `LEFT_FLAGGED`). Left: three missed (`LEFT_UNASKED`), and
four asked otherwise (`LEFT_ASKED_OTHERWISE`): "dad has engaged well w/ probation" at
existing safety (asked what
was offered, not what he did when the danger was there), "improved school attendance" at a
wellbeing goal (asked what was seen, not who will do what), "yp to achieve positive outcomes"
at the young person's own vision (asked whether these are their words, which fits that
question well enough), "yp to engage w/ education + reduce offending" (a young person, not a
parent, told to take part).

Fresh variants, flawed asked with the fitting question before -> after; sound flagged before
-> after (the engage and monitoring variants were written before those fixes; the anger ones
after its code was written, and run on the code before it for "before"): engage named as the
family's step 0/6 -> 6/6, 0/4 -> 0/4; monitoring a thing as the step 0/5 -> 5/5, 0/2 -> 0/2;
anger named as a problem 0/3 -> 3/3 (each was asked how much the person drinks), 1/1 -> 0/1;
the child's view in the writer's note words ("he worries about ...", "yp reports ...", "K
describes ...") 0/8 -> 8/8, the child's own words about someone who worries 0/5 -> 0/5;
existing safety with its times said as notes say them ("both times", "the first time", "in
oct") 3/4 flagged -> 0/4 (a fifth, "the second time he kicked off ...", is asked about
"kicked off", fairly, before and after), strengths with no danger or no time still asked 4/4
-> 4/4; pointing the family to a service as the step ("signpost mum to citizens advice") 0/3
asked who and when (one asked what was seen, two let through) -> 3/3, the same with who and
when 0/1 -> 0/1.
"""

from __future__ import annotations

import pytest
from review_sets import ReviewSet, review_tests
from test_review_language_thirtieth import kind_of
from test_review_language_twentyninth import asked, reply_to

# (flow, question) -> (flawed: [(line, kinds that fit, what a practice lead would ask)],
#                      sound: [line])
SET_H: dict[tuple[str, str], tuple[list[tuple[str, tuple[str, ...], str]], list[str]]] = {
    # ---- what we are worried about: harm --------------------------------------------------
    ("mapping", "worst_harm"): ([
        ("pt presented w/ bruising, mum's explanation inconsistent", ("seen",),
         "where was the bruising, what did mum say and what did not fit"),
        ("home conditions v poor on HV, neglect evident", ("seen",),
         "what did you see in the home: food, beds, rubbish, the children"),
        ("chaotic household, lots of adults coming + going", ("seen",),
         "what happened on the visit that you call chaotic"),
        ("DA incident reported by police re: dad, children present", ("term", "seen"),
         "what did dad do, what did the children see or hear"),
        ("child is at risk of CSE", ("term", "seen", "blame"),
         "what has happened: who, where, what the child has been given or asked to do"),
        ("mum has MH issues + substance misuse", ("seen", "term"),
         "what does mum do when unwell or using, and what happens for the children"),
    ], [
        "3yo seen in a&e 2/11 w/ burn to back of hand, mum said he touched the iron, shape fits "
        "a cigarette",
        "on home visit tues no food in fridge, 2 mattresses on floor for 4 kids, nappy not "
        "changed since morning per older sister",
        "police called 3 times since aug, dad punched the kitchen door + threw a mug at mum "
        "while the baby was in her arms",
        "k (14) found at 2am in a car w/ 2 men in their 20s, she had a new phone + vodka",
        "mum fell asleep on the sofa after drinking, 4yo let himself out + was found by a "
        "neighbour on the main road",
    ]),
    ("mapping", "complicating"): ([
        ("mum lacks insight into the concerns", ("seen",),
         "what does mum say about the worries, in her words"),
        ("family are hard to engage, multiple DNAs", ("seen", "term"),
         "which appointments were missed, what got in the way"),
        ("dad is manipulative w/ professionals", ("seen",),
         "what did dad say or do that worried you"),
    ], [
        "mum says the bruise was from nursery + wont talk about dad's temper, 'he's fine w/ them'",
        "2 missed appts at the clinic in oct, mum said no bus fare",
        "owes £1,200 rent, eviction notice served 20/11, family may have to move out of the area",
    ]),
    # ---- what's working well: strengths and existing safety -------------------------------
    ("mapping", "strengths"): ([
        ("mum is a good mum really", ("seen",),
         "what does mum do that a practice lead would call good care"),
        ("nan v supportive", ("does", "seen"),
         "what does nan do, and when"),
        ("positive engagement w/ professionals", ("family", "seen"),
         "what has the family done, and what changed for the child"),
    ], [
        "mum got up every night for the 2am feed on the ward + held him skin to skin",
        "nan picks the boys up from school mon-thurs + gives them tea",
        "dad has been to all 6 contact sessions on time + brings a snack + a book each time",
    ]),
    ("mapping", "existing_safety"): ([
        ("mum loves her kids + wants the best for them", ("safety",),
         "when the danger was there, what did mum do to keep them safe"),
        ("dad has engaged well w/ probation", ("safety", "family"),
         "what has dad done differently when he got angry, and who saw it"),
        ("family have good support network", ("safety", "does"),
         "who in the network acted, when, and what they did"),
    ], [
        "last 2 times dad came home drunk mum took the kids to her sisters + rang me the next "
        "day, sister confirmed",
        "since sept dad has left the house when he feels the anger rising, mum + his probation "
        "officer both say so",
        "when mum's partner turned up on 12/11 nan kept the girls at hers + called 999",
    ]),
    # ---- what needs to happen: next steps, danger statement, safety goal -------------------
    ("mapping", "next_steps"): ([
        ("refer to early help", ("who_when",),
         "who will refer, by when, and for what"),
        ("tac mtg to be arranged", ("who_when", "term"),
         "who will arrange it, by when; write out the short form"),
        ("continue to monitor attendance", ("who_when",),
         "who checks, how often, and who do they tell"),
        ("ongoing support from camhs", ("who_when", "term"),
         "who at CAMHS will do what, and when"),
        ("mum needs to engage w/ services", ("who_when", "goal"),
         "with whom, doing what, by when"),
    ], [
        "sw to ring mum by fri 6/12 to book a visit w/ dad present",
        "attendance officer will meet mum + k at school mon 8/12 9am re: the 3 wks missed",
        "housing officer to check the damp repair is done by 15/12 + tell sw",
    ]),
    ("mapping", "danger_statement"): ([
        ("we are worried about DV", ("danger", "term"),
         "who is worried, about what adults do, and what could happen to which child"),
        ("concerns re: neglect + poor home conditions", ("danger", "seen"),
         "what the adults do or don't do, and what could happen to the child"),
        ("risk of significant harm to the children", ("danger", "term"),
         "what harm, caused by whom doing what"),
    ], [
        "sw + school are worried that when dad drinks he shouts + hits mum in front of j (4) + j "
        "could be hurt or grow up scared in his own home",
        "the nurse + sw are worried that if mum falls asleep after drinking again the baby could "
        "be left unfed + unwatched + could be seriously hurt",
    ]),
    ("mapping", "safety_goal"): ([
        ("mum will engage w/ drug + alcohol services", ("goal",),
         "what will mum do so the children are safe, and for how long"),
        ("dad won't drink around the kids", ("goal",),
         "what dad will do instead, who will see it, for how long"),
    ], [
        "sw, school + nan need to see that for the next 6 months when dad drinks he stays at his "
        "brothers + j is always looked after by a sober adult",
        "everyone needs to see mum feeding + changing the baby on time every day for 3 months + "
        "nan checking in each evening",
    ]),
    # ---- the child's own words: My Three Houses -------------------------------------------
    ("three_houses", "house_worries"): ([
        ("child disclosed feeling unsafe at home", ("child",),
         "what did the child say, in their words"),
        ("yp presented as anxious when discussing dad", ("child",),
         "is this how the child seemed to you, or their words"),
        ("she worries about mum's drinking", ("child",),
         "what did she say about mum's drinking"),
    ], [
        "when mummy drinks the wine she goes to sleep + i have to get the baby",
        "i dont like it when the man comes round he shouts",
        "i get scared at nite when they fight",
    ]),
    ("three_houses", "house_good"): ([
        ("child reports positive relationship w/ nan", ("child",),
         "what did the child say about nan"),
    ], [
        "nan makes pancakes on saturday",
        "my dog bruno sleeps on my bed",
    ]),
    ("three_houses", "house_dreams"): ([
        ("child wishes for mum + dad to stop arguing", ("child",),
         "what did the child say they wish for"),
        ("yp would like more contact w/ siblings", ("child",),
         "the child's own words about their brothers and sisters"),
    ], [
        "i want to live w/ my nan",
        "for dad to stop shouting + be nice to mum",
    ]),
    # ---- wellbeing ------------------------------------------------------------------------
    ("wellbeing", "worry_what"): ([
        ("poor school attendance 68%, PA", ("seen", "term"),
         "which days, what keeps him home, write out the short form"),
        ("mum struggling to cope since baby born", ("seen",),
         "what does mum's day look like, what is not getting done"),
        ("lad has behavioural issues, ?adhd", ("seen", "term"),
         "what does he do, where and when"),
    ], [
        "t has missed 23 days since sept, mostly mondays, mum says he won't get out of bed + she "
        "can't make him",
        "mum cries most days at the centre + says she hasn't slept more than 3 hrs since the "
        "baby came",
        "he threw a chair in class twice this wk + ran off site once",
    ]),
    ("wellbeing", "unmet_needs"): ([
        ("child not meeting developmental milestones", ("seen", "term"),
         "what can't the child do yet that others of that age do"),
    ], [
        "at 2 he has no words yet + isn't walking, missed his 2yr check",
    ]),
    ("wellbeing", "strengths"): ([
        ("mum is receptive to advice", ("seen", "family"),
         "which advice, what did she do with it"),
    ], [
        "mum comes to stay + play every wed + sits on the floor w/ him",
        "dad walks t to school himself now on the days he's not on shift",
    ]),
    ("wellbeing", "wellbeing_goal"): ([
        ("improved school attendance", ("goal",),
         "who will do what so t gets to school, for how long"),
        ("mum to engage w/ perinatal mental health team", ("goal",),
         "what mum will do day to day, for how long, who will notice"),
    ], [
        "mum + dad will get t to school by 8.50 every day for the rest of this term, school will "
        "ring mum at 9.30 if he's not in",
    ]),
    ("wellbeing", "next_steps"): ([
        ("EHA to be completed", ("who_when", "term"),
         "who completes it, by when; write out the short form"),
        ("signpost to food bank", ("who_when",),
         "who gives the family the details, by when"),
    ], [
        "children's centre worker to take mum to the food bank thurs 10/12 + help her fill the "
        "form",
        "school nurse will see t in school wk of 8/12 re: sleep",
    ]),
    # ---- success and aspiration ----------------------------------------------------------
    ("success", "vision"): ([
        ("yp to achieve positive outcomes", ("seen", "goal"),
         "what would be different for the young person, in their words"),
    ], [
        "finish college + be a mechanic like my uncle",
        "to have her own flat near her nan by the time she's 18",
    ]),
    ("success", "success_goal"): ([
        ("yp to engage w/ education + reduce offending", ("goal",),
         "what the young person will do, with whose help, for how long"),
    ], [
        "d will go to college 4 days a wk until easter, his yot worker meets him there every mon",
    ]),
    ("success", "what_helps"): ([
        ("good relationship w/ YOT worker", ("does", "seen", "term"),
         "what does the worker do that helps"),
    ], [
        "his boxing coach texts him the night before training + picks him up if he doesn't show",
        "the youth worker lets her text when she's upset + meets her at the library on fridays",
    ]),
    # ---- contextual factors --------------------------------------------------------------
    ("contextual", "peer_worries"): ([
        ("yp associating w/ negative peers", ("seen",),
         "who, doing what, where"),
        ("she is sexually active w/ older males", ("blame",),
         "how old are the men, what have they done to her"),
        ("he is choosing to run county lines", ("blame", "seen"),
         "who is exploiting him, what has happened to him"),
    ], [
        "2 older lads pick him up in a car after school + he comes home after midnight w/ cash",
        "she has been sent photos by a 23yr old man she met online who asked to meet",
    ]),
    ("contextual", "area_worries"): ([
        ("high crime area, known for drugs", ("seen",),
         "what happens where, when, and to the young person"),
    ], [
        "the underpass by the shops is where the older boys sell + they've stopped him there twice",
        "there was a stabbing at the park near the flat in oct + he now won't walk home alone",
    ]),
    ("contextual", "school_worries"): ([
        ("attendance a concern, possible EBSA", ("seen", "term"),
         "how many days, what happens on school mornings; write out the short form"),
    ], [
        "k is in school 2 days out of 5 since half term + is sick in the toilets most mornings "
        "before maths",
    ]),
    ("contextual", "home_safety"): ([
        ("mum is protective", ("safety", "seen"),
         "what did mum do when the danger was there, and when"),
    ], [
        "mum changed the locks in nov + called police both times the older lads came to the door",
    ]),
    ("contextual", "next_steps"): ([
        ("consider NRM referral", ("who_when", "term"),
         "who will decide, by when; write out the short form"),
    ], [
        "sw to talk to police + the youth worker by wed 9/12 re: the car + who was in it",
        "probation officer will tell sw the date of dad's release as soon as it's set",
    ]),
}


def _cases(flawed: bool) -> list[tuple[str, str, str]]:
    return [(flow_id, step_id, line if isinstance(line, str) else line[0])
            for (flow_id, step_id), (bad, good) in SET_H.items()
            for line in (bad if flawed else good)]


def _fits(line: str) -> tuple[str, ...]:
    """The kinds of question that fit a flawed line of set H (what a network member does is
    asked as what was seen someone do, and a word's own question asks what was seen)."""
    fits = next(fits for bad, _ in SET_H.values() for said, fits, _ in bad if said == line)
    return (*fits, "seen", "term") if "does" in fits or "seen" in fits else fits


# Set H's flawed lines still let through, or asked with a question that fits less well than
# another would, after the fixes below (see the module's docstring).
# (The thirty-second review asks the first three now, each with a question that fits, and
# "improved school attendance" the goal's own question: tests/test_review_language_
# thirtysecond.py. They are kept out of these lists, so they are held to it here too.)
LEFT_UNASKED: frozenset[str] = frozenset()
LEFT_ASKED_OTHERWISE = frozenset({
    "dad has engaged well w/ probation",
    "yp to achieve positive outcomes",
    "yp to engage w/ education + reduce offending",
})
# A short form asked to be written out once, as every short form is: "sw", "yot".
WRITTEN_OUT = ('You wrote "sw". Could you write', 'You wrote "yot". Could you say')
# Sound lines still asked about in earnest (see the module's docstring). The second was asked
# only for "sw" written out until, at a goal, the goal's own question came first (tests/
# test_goal_checks_thirtyfirst.py): its caregiver's action, after "need to see that", is the
# same miss as the first's.
# (The thirty-second review reads a caregiver's doing after "need to see" as what they will
# do, so both are let through now, "sw" asked to be written out as before.)
LEFT_FLAGGED: frozenset[str] = frozenset()


# ---- the fixes, each tried first on fresh variants (flawed and sound) ----------------------

# A step that only tells the family to take part in something of the services, with "engage"
# in it (typed "w/", "+"): asked what will be different for the child, not what was offered
# and what happened (a question of the past, at a question of what will be done).
ENGAGE_AS_THE_STEP = [
    ("mapping", "safety_goal", "dad to engage with the anger management course"),
    ("mapping", "next_steps", "parents need to engage w/ the family support worker"),
    ("wellbeing", "wellbeing_goal", "mum will fully engage with the health visitor"),
    ("mapping", "goal_doing", "mum will engage w/ counselling"),
    ("contextual", "goal_family", "carers to engage with the parenting programme"),
    ("mapping", "safety_goal", "mum will engage w/ drug + alcohol services"),
]
TAKING_PART_FOR_SOMETHING = [
    ("mapping", "safety_goal", "dad will go to the anger course every tues + when he feels "
     "angry he'll leave the house + ring his brother, for the next 6 months, mum will tell the "
     "social worker each week"),
    ("mapping", "next_steps",
     "mum will ring the drug + alcohol service by fri 11/12 to book her first appointment"),
    ("wellbeing", "wellbeing_goal", "mum will take the baby to the health visitor clinic every "
     "2 wks until march so his weight is checked"),
    ("mapping", "next_steps",
     "mum to meet her family support worker every thurs + tell her how the bedtimes went"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in ENGAGE_AS_THE_STEP if c[1] == "next_steps"])
def test_engaging_named_as_the_familys_step_is_asked_what_changes_for_the_child(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "asks the family to take part in something" in reply, reply
    assert "what will be different for the child" in reply
    assert "What was offered" not in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in ENGAGE_AS_THE_STEP if c[1] != "next_steps"])
def test_engaging_named_as_a_goal_is_asked_the_goals_own_question(
        flow_id: str, step_id: str, line: str) -> None:
    """At a goal, the goal's own question answers first and alone (tests/
    test_goal_checks_thirtyfirst.py): what will be done, seen by whom, for how long; never
    the question of the past."""
    reply = asked(flow_id, step_id, line)
    assert reply is not None
    assert "What was offered" not in reply


# Watching named as the step with only the thing watched ("school to monitor attendance"):
# asked what they will look out for, how often and who they will tell.
MONITORING_A_THING = [
    ("mapping", "next_steps", "continue to monitor attendance"),
    ("mapping", "next_steps", "school to monitor attendance"),
    ("mapping", "next_steps", "monitor attendance"),
    ("mapping", "next_steps", "ongoing monitoring of attendance"),
    ("wellbeing", "next_steps", "nursery to monitor her weight"),
]
WATCHING_WITH_HOW_OFTEN_AND_WHO = [
    ("mapping", "next_steps", "school will check attendance every morning + ring the social "
     "worker if k is not in by 9.30"),
    ("wellbeing", "next_steps",
     "nursery will weigh her every monday + tell the health visitor the same day"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), MONITORING_A_THING)
def test_monitoring_a_thing_as_the_step_is_asked_how_often_and_who_is_told(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "how often, and who will they tell?" in reply, reply
    assert "Who did what with the family" not in reply


# Anger named as a problem or a need is asked what the person does when angry, not how much
# they drink; the course of that name, said with what changed, is left alone.
ANGER_NAMED = [
    ("mapping", "complicating", "dad has anger issues"),
    ("mapping", "complicating", "step dad needs anger management"),
    ("mapping", "complicating", "mum's partner has problems with his anger"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), ANGER_NAMED)
def test_anger_named_as_a_problem_is_asked_what_they_do_when_angry(flow_id: str, step_id: str,
                                                                   line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert "What does the person do when they are angry" in reply, reply
    assert "drink" not in reply


def test_the_anger_course_said_with_what_changed_is_left_alone() -> None:
    assert asked("mapping", "strengths", "dad finished the anger management course in oct + "
                 "now walks out when he feels it building, mum says") is None


# The child's view in the writer's words, as notes write it: "he worries about ...", or a
# report's verb after the child ("yp reports", "child states", "K describes"). The child's own
# words with "me" or "my" in them, or about someone else who worries, are kept.
WRITERS_WORDS_AS_NOTES = [
    ("three_houses", "house_worries", "he worries about dad coming back"),
    ("mapping", "house_worries", "she worries about nan being poorly"),
    ("wellbeing", "house_worries", "he worries about money + mum crying"),
    ("three_houses", "house_good", "yp reports good friendships at college"),
    ("mapping", "house_good", "child states nursery is fun"),
    ("three_houses", "house_dreams", "yp expressed a wish to go home"),
    ("wellbeing", "house_worries", "child shared that dad shouts"),
    ("three_houses", "house_worries", "K describes feeling scared at night"),
]
CHILDS_OWN_ABOUT_SOMEONE = [
    ("three_houses", "house_worries", "she worries about me when i go out"),
    ("three_houses", "house_worries", "my sister worries about mum's drinking"),
    ("three_houses", "house_good", "mummy reports me to the teacher when im naughty"),
    ("three_houses", "house_good", "the child next door shares her sweets with me"),
    ("three_houses", "house_worries", "he worries me when he shouts"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), WRITERS_WORDS_AS_NOTES)
def test_the_childs_view_in_the_writers_note_words_is_asked_before_it_is_theirs(
        flow_id: str, step_id: str, line: str) -> None:
    assert kind_of(reply_to(flow_id, step_id, line)) == "child"


# Existing safety with its times said as notes say them ("both times", "the first time", "in
# oct"): protective action when the danger was there, left alone. A strength with no danger or
# no time beside it is still asked about.
SAFETY_WITH_TIMES_AS_NOTES = [
    ("mapping", "existing_safety", "nan took the kids to hers both times dad turned up drunk"),
    ("mapping", "existing_safety",
     "in oct mum rang police when her ex turned up + kept the girls upstairs"),
    ("contextual", "home_safety", "dad locked the front door + called police the first time "
     "the dealers came round"),
    ("contextual", "home_safety",
     "in november mum drove round + picked her up from the older lads' flat"),
    ("contextual", "home_safety", "mum changed the locks in nov + called police both times the "
     "older lads came to the door"),
]
STRENGTH_NOT_YET_SAFETY = [
    ("mapping", "existing_safety", "mum changed the locks in nov"),
    ("mapping", "existing_safety", "nan helped both times"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), STRENGTH_NOT_YET_SAFETY)
def test_a_time_with_no_danger_beside_it_is_still_asked_as_a_strength(
        flow_id: str, step_id: str, line: str) -> None:
    assert kind_of(reply_to(flow_id, step_id, line)) == "safety"


# Pointing the family to a service, with nobody to do it and no day ("signpost to food
# bank"): asked who will do it and by when, as "refer to early help" is.
SIGNPOSTING_BY_NOBODY = [
    ("wellbeing", "next_steps", "signpost mum to citizens advice"),
    ("mapping", "next_steps", "signpost to young carers"),
    ("wellbeing", "next_steps", "signpost family to holiday club"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), SIGNPOSTING_BY_NOBODY)
def test_signposting_by_nobody_is_asked_who_and_by_when(flow_id: str, step_id: str,
                                                        line: str) -> None:
    assert kind_of(reply_to(flow_id, step_id, line)) == "who_when"


def test_signposting_with_who_and_when_is_left_alone() -> None:
    assert asked("wellbeing", "next_steps", "children's centre worker to signpost mum to the "
                 "food bank on thurs 10/12") is None


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *TAKING_PART_FOR_SOMETHING,
    *WATCHING_WITH_HOW_OFTEN_AND_WHO,
    *CHILDS_OWN_ABOUT_SOMEONE,
    *SAFETY_WITH_TIMES_AS_NOTES,
]

globals().update(review_tests(ReviewSet(
    name="H", asked=asked, flawed=_cases(flawed=True), sound=_cases(flawed=False),
    fits=lambda line, reply: kind_of(reply) in _fits(line), left_unasked=LEFT_UNASKED,
    left_asked_otherwise=dict.fromkeys(LEFT_ASKED_OTHERWISE, ""),
    sound_may_ask=lambda reply: reply.startswith(WRITTEN_OUT), left_flagged=LEFT_FLAGGED,
    held_sound=HELD_OUT_SOUND)))
