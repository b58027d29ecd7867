"""Set Q: the tenth blind wording review (pass 37).

Written before reading any rule in flows/checks, flows/nudges.py, flows/moves.py or the flows'
`checks:` lists, in voices the earlier sets did not use: a foster carer's diary, a probation
officer's MAPPA and OASys shorthand, a hospital discharge note, a dictated note with the
voice-to-text's "full stop" and "comma" left in, an account given through an interpreter
("Via interpreter, mother states ..."), a US child protective services caseworker ("mom",
"paramour", "substantiated"), a New Zealand worker (whānau, Oranga Tamariki, a hui), the
language of an education, health and care plan, a grandmother caring for her grandson, a
contact supervisor's notes, a children's guardian's court style and a social worker's
hurried text-speak: 25 flawed lines and 25 sound ones over the mapping, wellbeing, the harm
matrix, the three houses, the contextual factors and the success tool. Each line: (voice,
question kind, the answer), a flawed line also what a practice lead would expect asked back
(set L's kinds, and set P's "privacy"), sent through the real engine at the tools' questions
of its kind in turn (set N's `PLACES`).

Blind, on the code as it was (404f2ad, the set committed before any run): flawed caught 22/25,
21 with a question that fits by the first reminder (22 read after the run: the dictated "home
visit today full stop the home remains chaotic comma mum not engaging ..." is first offered
with its punctuation as marks, and once that is taken, /use, asked "chaotic" and "not
engaging", which fits: `after_tidying`); sound flagged 2/25 (45/50 answered as a practice lead
would). Missed: "Via interpreter, child states she is frightened when her father shouts ..."
and "Nanny says he wants to stay with her for always ..." kept as the child's words (the
report frame after how the child was heard; a grandparent named "Nanny"), and "4, not much has
shifted since the last hui" as a number's reason. Sound lines flagged: a contact supervisor's
"mum stopped the visit herself and took the children out when dad started swearing about the
court" asked as a strength (swearing was no sign of the danger), and the dictated "... threw a
plate at mum comma it hit the wall ..." offered with "comma" as a mark (as the project means:
`LEFT_FLAGGED`; once taken nothing more is asked).

Fitted, after the fixes below: flawed caught 25/25, all with a question that fits; sound
flagged 1/25, the one `LEFT_FLAGGED` (49/50).

Fresh variants, written after each fix's design and before it was run (flawed asked with a
question that fits, before -> after; sound let through, before -> after): the writer's report
frame after how the child was heard ("Via the Arabic interpreter, child reports ...", "(via
interpreter) K expressed a wish ...", "Using a Romanian interpreter, mother reports the children
are ...") 1/4 -> 4/4, an interpreter in the child's own words 3/3 -> 3/3; a grandparent, an
aunt or a step-parent telling what the child wants or feels 0/4 -> 4/4, the child's own
"Nanny says she is too tired to play with me" 2/2 -> 2/2; a number for nothing changed 0/4 ->
4/4 (one had been asked as the services' work: "since the last review"), told what is as it
was 2/2 -> 2/2; protective action when an adult swore, called names or got worked up, sound
0/3 -> 2/3 (left: "Last time dad got agitated at the handover, nan took the boys inside ..." is
read as safety now, but "got agitated" is still asked as a label, the label check's own
question, `LEFT_LABELLED`), strengths at existing safety still asked 2/2 -> 2/2. A second batch,
written after the first was run: flawed 0/6 -> 6/6, sound 4/5 -> 5/5 ("On the nights he got
wound up after the football, she took the girls to her mum's" had been asked as a strength),
"Mum never swears in front of the children" still asked as a strength. A further fix, designed
after the second batch was run: an adult's report naming the child by initial or first name
("Foster carer reports C is happy and settled", "Nan said that Kai misses his dad") or opened
"According to nan, ..." 0/5 -> 5/5, the child's own telling of what an adult said of someone
named ("Mum says T can come to the park with me") 4/4 -> 4/4. Last, found by a probe of ten
more lines in these voices: the children named with no "the" ("Via interpreter mother states
child is scared of father") 0/3 -> 3/3, the child's own "Teacher says kids who finish their work
can play Lego and I always finish mine" 2/2 -> 2/2.

Left as they are: a child's own words about a sibling named with no "I", "me" or "my" in them
("Mum says Ellie is scared of the dog") are now asked, as "Mum says she is scared ..." was
before: /keep keeps them. Also found by that probe and left: at what is working well, an
adult's report of a verdict ("Foster carer reports C is thriving in placement", "Mum says the
children are thriving") is let through, though "C is thriving in placement" alone is asked what
was seen (reported judgements are read as someone's view there, a wider change than this
pass). "No change since the last review" or "Much the same" at group supervision's "Has the
number changed ...?" is now asked what was seen (its question asks since when and what was
tried), as "Things are the same" was asked there before.

The held corpora (tests/test_held_corpora.py) and the earlier sets' files pass as before.
Time (process CPU per check, least of seven runs of twenty, the blind code's checks against
these, alternated four times): a house answer of 700 characters 0.142-0.149 -> 0.144-0.152 ms,
and one of 700 that opens with an adult's report ("Mum says J is happy ...") 0.137 -> 0.140 ms;
an existing safety of 720 0.091-0.094 -> 0.088-0.094 ms, and the wording check of it
3.38-3.68 -> 3.44-3.67 ms; a number's reason of 700 4.06-4.26 -> 4.08-4.25 ms.
"""

from __future__ import annotations

import copy

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtyfifth import _placed
from test_review_language_thirtysixth import _fits_p
from test_review_language_thirtythird import _fits
from test_review_language_twentyninth import NUDGE, _reached, asked, reply_to

from flows.replies import Nudge
from tests.builders import EngineChat
from tests.test_walk_seventeenth import FLOWS

SET_Q_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a foster carer's diary
    ("foster_diary", "worry",
     "Tuesday - another bad night. C very unsettled after contact, kicking off and being really "
     "defiant till bedtime",
     "seen"),
    ("foster_diary", "strengths",
     "C is a little sweetheart and has fitted in brilliantly with our family",
     "seen"),
    ("foster_diary", "house_good",
     "C told me tonight she feels safe here and likes having her own room",
     "words"),
    # a probation officer's MAPPA and OASys shorthand
    ("probation", "worry",
     "Father subject to MAPPA L2, OASys RoSH high to children, previous DV convictions",
     "seen|spell"),
    ("probation", "danger",
     "There is a risk of serious harm to the children given his offending history and attitudes",
     "danger"),
    ("probation", "next_step",
     "Continue to manage under MAPPA, review at next LMM",
     "who_when|spell"),
    # a hospital discharge note
    ("discharge", "worry",
     "Baby MFFD but social concerns re home conditions and parental capacity",
     "seen|spell"),
    ("discharge", "next_step",
     "TTOs given, d/c home once SW happy, HV to f/u",
     "who_when|spell"),
    ("discharge", "existing_safety",
     "Mum was appropriate with baby throughout the admission and handled him well",
     "safety|seen"),
    ("discharge", "matrix",
     "Injuries suspicious for NAI, awaiting skeletal survey",
     "spell|seen"),
    # a dictated note, the voice-to-text's punctuation words left in
    ("dictation", "worry",
     "home visit today full stop the home remains chaotic comma mum not engaging with the plan "
     "full stop",
     "seen"),
    ("dictation", "safety_goal",
     "for the children to be safe and well looked after and mum to work openly with "
     "professionals full stop",
     "goal"),
    # an account given through an interpreter
    ("interpreter", "house_worries",
     "Via interpreter, child states she is frightened when her father shouts at her mother",
     "words"),
    ("interpreter", "strengths",
     "Via interpreter, mother states she is a good mother and the children want for nothing",
     "seen"),
    # a US child protective services caseworker
    ("us_cps", "worry",
     "Physical abuse allegation substantiated, mom's paramour has prior CPS history",
     "seen|spell"),
    ("us_cps", "safety_goal",
     "Mom will keep the paramour out of the home and protect the kids",
     "goal|harmer"),
    # a New Zealand worker
    ("nz", "context",
     "Whānau well known to Oranga Tamariki and Police, long history of issues",
     "seen"),
    ("nz", "scale_reason",
     "4, not much has shifted since the last hui",
     "number"),
    # the language of an education, health and care plan
    ("ehcp", "wellbeing_goal",
     "J will make progress towards his EHCP outcomes and his SEMH needs will be met",
     "goal|spell"),
    ("ehcp", "worry",
     "Presents with dysregulated behaviours and sensory seeking, struggling to access learning",
     "seen"),
    # a grandmother caring for her grandson
    ("gran", "house_dreams",
     "Nanny says he wants to stay with her for always and never go back",
     "words"),
    # a contact supervisor's notes
    ("contact", "existing_safety",
     "Contact is fully supervised at the family centre and went well",
     "safety"),
    ("contact", "worry",
     "Dad was inappropriate during contact and mum presented as hostile towards staff",
     "seen"),
    # a children's guardian's court style
    ("guardian", "success_worry",
     "She is placing herself at risk through her relationships with older males and unwise "
     "choices",
     "harmer|seen"),
    # a social worker's hurried text-speak
    ("text", "worry",
     "hv 2day 14 Quarry Lane, Kayden Walsh (3) bruise on cheek, mum says he fell",
     "privacy"),
)

SET_Q_SOUND: tuple[tuple[str, str, str], ...] = (
    # a foster carer's diary
    ("foster_diary", "worry",
     "Sun 9 March: after contact C (6) hid under her bed for an hour and said 'daddy told me not "
     "to tell you about the belt'; she wet the bed that night for the third Sunday running."),
    ("foster_diary", "strengths",
     "Her mum has phoned at 6pm every night this week as agreed, and C goes to bed smiling "
     "after she has talked to her."),
    ("foster_diary", "house_good",
     "'I like it when Jan does my hair in plaits and we have pancakes on Saturday'"),
    # a probation officer
    ("probation", "worry",
     "Dad was convicted in 2022 of punching his last partner while her two-year-old was in the "
     "room; since his release in January he has twice come to mum's flat after 11pm and banged "
     "on the door."),
    ("probation", "next_step",
     "I will tell mum by Friday 14 March which conditions of dad's licence stop him going to "
     "her street, and ring the school the same day."),
    ("probation", "danger",
     "Mum, dad's probation officer and I are worried that when dad is released he will come to "
     "the flat and hit mum again while the girls are there, and they will be hurt or too "
     "scared to sleep or go to school."),
    # a hospital discharge note
    ("discharge", "worry",
     "Baby (5 weeks) came in on 2 March with a swollen left thigh; the x-ray showed a broken "
     "thigh bone, and neither parent could say how it happened."),
    ("discharge", "next_step",
     "Baby goes home to her aunt's on Wednesday 12 March; the ward nurse will ring the social "
     "worker the morning she leaves, and the health visitor will visit on the Thursday."),
    ("discharge", "existing_safety",
     "While baby was on the ward, mum asked staff to stay in the room every time dad visited, "
     "and took baby to the parents' room when he raised his voice on 5 March."),
    ("discharge", "matrix",
     "At 5 weeks old she had a broken left thigh bone and three small bruises on her shins; "
     "she cried whenever her leg was moved for two days."),
    # a dictated note
    ("dictation", "worry",
     "dad came home drunk on Saturday night and threw a plate at mum comma it hit the wall by "
     "the baby's chair and the two older ones ran upstairs crying"),
    ("dictation", "safety_goal",
     "dad will go to his brother's and stay there on any night he has had a drink comma for "
     "the next six months comma and mum and the children will tell me at each weekly visit how "
     "the nights have been"),
    # an account given through an interpreter
    ("interpreter", "house_worries",
     "(through the Polish interpreter) 'When tata shouts I go in the wardrobe with my sister "
     "and put my hands on her ears'"),
    ("interpreter", "strengths",
     "Through the interpreter, mum told me she walks both boys to school for 8.20, and the "
     "school says they have been on time every day since January."),
    # a US child protective services caseworker
    ("us_cps", "worry",
     "On 3 March the school nurse found a loop-shaped bruise on D's back; D (8) told her mom's "
     "boyfriend hit him with a phone charger cord because he spilled juice."),
    ("us_cps", "safety_goal",
     "Mom's boyfriend will finish the 26-week program and leave discipline to mom; mom, D's "
     "grandmother and the caseworker will check in with D every Friday for the next six months "
     "and he will tell them he feels safe at home."),
    # a New Zealand worker
    ("nz", "context",
     "Since Christmas the whānau have been living in one room at an aunty's house with eight "
     "others; the children (4 and 7) share a mattress and the kitchen is locked at night."),
    ("nz", "scale_reason",
     "6 because mum has taken the kids to her sister's every weekend dad drank since the last "
     "hui, but he still turned up drunk on 1 March."),
    # the language of an education, health and care plan
    ("ehcp", "wellbeing_goal",
     "From next term J's teaching assistant will go through his picture timetable with him "
     "every morning and give him five minutes in the quiet room after lunch, and mum and his "
     "teacher will write in his home-school book each day how his day went, until the review "
     "in July."),
    ("ehcp", "worry",
     "J (9, autistic) has bitten his hand until it bled three times this month when the "
     "classroom got noisy, and mum says he has done the same at home after school since "
     "February."),
    # a grandmother caring for her grandson
    ("gran", "house_dreams",
     "'I want to live at nanny's for always with Biscuit the dog'"),
    ("gran", "strengths",
     "Nan has had both boys every weekend since September; she takes them to football on "
     "Saturday and to her church on Sunday, and the school says they come in on Monday "
     "rested."),
    # a contact supervisor's notes
    ("contact", "existing_safety",
     "At the last three contacts (3, 10 and 17 March) mum stopped the visit herself and took "
     "the children out when dad started swearing about the court, as the plan says."),
    # a children's guardian
    ("guardian", "success_worry",
     "Two men in their thirties have been picking A (15) up from the children's home at night "
     "in a silver car and giving her vodka; staff saw this on 4 and 11 March."),
    # a social worker's hurried text-speak
    ("text", "next_step",
     "i'll ring mum tmrw (tues 11th) before 12 to set up the school meeting and text her the "
     "time"),
)


DICTATED = "Dictation seems to have written some punctuation out as words"


def after_tidying(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder `line` gets at the question, or, where the first is the note about
    dictated punctuation, the one after taking the tidied answer (/use), or None."""
    chat = EngineChat(FLOWS[flow_id], copy.deepcopy(_reached(flow_id, step_id)), nudger=NUDGE)
    chat.send(line)
    first = next((r.text for r in chat.replies if isinstance(r, Nudge)), None)
    if first is None or not first.startswith(DICTATED):
        return first
    chat.command("accept")
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)


# A sound line still asked about, as the project means: a dictated "comma" is offered as a
# mark (/use), and the answer tidied so is let through.
LEFT_FLAGGED = frozenset(line for _, _, line in SET_Q_SOUND
                         if line.startswith("dad came home drunk on Saturday night"))


# ---- the fixes, each tried on fresh variants written after its design and before it was run --

# The child's words heard through an interpreter, with the writer's report frame after it
# ("Via interpreter, child states ..."), or an adult's report of the child's wishes so
# ("Using an interpreter, mother reports the children are ...").
THROUGH_AN_INTERPRETER = [
    ("three_houses", "house_worries", "Via the Arabic interpreter, child reports he is scared "
     "when dad drinks"),
    ("mapping", "house_good", "Through an interpreter, YP states that she likes her new school"),
    ("three_houses", "house_dreams", "(via interpreter) K expressed a wish to live with his "
     "uncle"),
    ("mapping", "house_worries", "Using a Romanian interpreter, mother reports the children are "
     "frightened of her partner"),
]
AN_INTERPRETER_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_good", "the interpreter lady was nice and she talks like my nan"),
    ("three_houses", "house_worries", "I tell the interpreter my worries and she tells you"),
    ("three_houses", "house_worries", "via the interpreter: 'I don't like it when mama cries'"),
]

# What a grandparent, an aunt or a step-parent says the child wants or feels, as a child's
# words ("Nanny says he wants to stay with her for always").
A_RELATIVE_SAYS = [
    ("three_houses", "house_dreams", "Granny says she would love to come and live with her"),
    ("mapping", "house_good", "Her aunty says she loves her new bedroom"),
    ("three_houses", "house_worries", "Stepdad says he is scared of the dark"),
    ("mapping", "house_dreams", "Grandpa says they want to stay together"),
]
A_RELATIVE_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_worries", "Nanny says she is too tired to play with me"),
    ("three_houses", "house_good", "Granny says he is the best dog in the world and I can walk "
     "him"),
]

# A number for nothing having changed, with nothing of what is as it was ("4, not much has
# shifted since the last hui").
NOTHING_CHANGED = [
    ("mapping", "danger_scale_why", "5 - nothing has really changed since the last review"),
    ("wellbeing", "wellbeing_scale_why", "3 as things are much the same"),
    ("mapping", "safety_scale_why", "6, no real change since core group"),
    ("mapping", "danger_scale_why", "4 because not a lot has moved on"),
]
NOTHING_CHANGED_AND_WHAT = [
    ("mapping", "danger_scale_why", "5 - nothing has changed since the last review: dad still "
     "comes round drunk most Fridays"),
    ("wellbeing", "wellbeing_scale_why", "3 because nothing has changed for K: she has still "
     "missed 2 days a week since September"),
]

# Protective action when an adult swore, called names or got worked up ("took the children out
# when dad started swearing"): the danger was there, so it is existing safety.
WHEN_HE_SWORE = [
    ("mapping", "existing_safety", "Whenever her partner starts swearing at her in front of the "
     "kids, mum takes them to her sister's and stays the night"),
    ("mapping", "existing_safety", "Last time dad got agitated at the handover, nan took the "
     "boys inside and locked the door"),
    ("mapping", "existing_safety", "When he started calling her names on 2 March, she rang her "
     "brother, who came and took the children to his"),
]
A_STRENGTH_STILL = [
    ("mapping", "existing_safety", "Mum swears a lot but she loves the kids"),
    ("mapping", "existing_safety", "Nan takes the children swimming every Saturday"),
]

# A second batch, written after the first was run (flawed, then sound, for each fix in turn).
SECOND_BATCH_FLAWED = [
    ("three_houses", "house_good", "Via interpreter: child states that she misses her "
     "grandmother"),
    ("mapping", "house_dreams", "(through the signer) J told me he wants to go back to his old "
     "school"),
    ("three_houses", "house_worries", "Nana says the kids are scared at dad's"),
    ("mapping", "house_good", "Her stepmum says she misses her real mum"),
    ("mapping", "safety_scale_why", "7 - same as last time"),
    ("wellbeing", "wellbeing_scale_why", "2, still the same really"),
]
SECOND_BATCH_SOUND = [
    ("three_houses", "house_worries", "through the window I saw daddy hit mummy"),
    ("three_houses", "house_worries", "Using my talker I said no to dad"),
    ("three_houses", "house_good", "Mummy says I am her best girl"),
    ("mapping", "safety_scale_why", "7 - same as last time: nan still has them every weekend "
     "and the school says they're on time"),
    ("mapping", "existing_safety", "On the nights he got wound up after the football, she took "
     "the girls to her mum's"),
]
SECOND_BATCH_STRENGTH = [
    ("mapping", "existing_safety", "Mum never swears in front of the children"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         THROUGH_AN_INTERPRETER + A_RELATIVE_SAYS + SECOND_BATCH_FLAWED[:4])
def test_a_report_through_an_interpreter_or_a_relative_is_asked_to_go(
        flow_id: str, step_id: str, line: str) -> None:
    assert _fits("words", reply_to(flow_id, step_id, line)), line


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         NOTHING_CHANGED + SECOND_BATCH_FLAWED[4:])
def test_a_number_for_nothing_changed_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                             line: str) -> None:
    assert _fits("number", reply_to(flow_id, step_id, line)), line


# Left: "Last time dad got agitated at the handover, nan took the boys inside ..." is read as
# existing safety now, but "got agitated" is still asked as a label (the label check's own
# question, that what he did says it better).
LEFT_LABELLED = frozenset(line for _, _, line in WHEN_HE_SWORE if "agitated" in line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    c for c in WHEN_HE_SWORE if c[2] in LEFT_LABELLED])
def test_agitated_before_protective_action_is_asked_only_as_a_label(flow_id: str, step_id: str,
                                                                    line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert '"got agitated"' in reply
    assert "Existing safety is" not in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         A_STRENGTH_STILL + SECOND_BATCH_STRENGTH)
def test_a_strength_at_existing_safety_is_still_asked(flow_id: str, step_id: str,
                                                      line: str) -> None:
    assert "Existing safety is" in reply_to(flow_id, step_id, line), line

# A third batch, for a fix designed after the second (the child named by initial or first
# name after an adult's report, or the report opened "According to ..."), written before it
# was run.
REPORTED_BY_NAME = [
    ("three_houses", "house_good", "Foster carer reports C is happy and settled"),
    ("mapping", "house_dreams", "Mum says J wants to come home"),
    ("three_houses", "house_worries", "Nan said that Kai misses his dad"),
    ("mapping", "house_good", "School say T is happy there"),
    ("three_houses", "house_dreams", "According to nan, he wants to stay with her"),
]
BY_NAME_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_good", "Mum says T can come to the park with me"),
    ("three_houses", "house_worries", "Nan says Bella is sad because I took her toy"),
    ("three_houses", "house_good", "Mummy says Lily wants to play with me"),
    ("three_houses", "house_dreams", "According to my nan I can have a puppy when I'm ten"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), REPORTED_BY_NAME)
def test_an_adults_report_of_a_child_named_by_initial_or_name_is_asked_to_go(
        flow_id: str, step_id: str, line: str) -> None:
    assert _fits("words", reply_to(flow_id, step_id, line)), line


def test_the_frame_quoted_back_ends_without_its_comma() -> None:
    assert '"According to nan" is what someone else told you' in reply_to(
        "three_houses", "house_dreams", "According to nan, he wants to stay with her")


# Found by a probe after the third fix, and fixed after its design, these written before it
# was run: the children named with no "the" ("mother states child is scared of father").
NO_THE_BEFORE_THE_CHILD = [
    ("three_houses", "house_worries", "Via interpreter mother states child is scared of father"),
    ("mapping", "house_good", "Carer says children are happy at contact"),
    ("three_houses", "house_dreams", "Dad says kids want to live with him"),
]
NO_THE_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_good", "Teacher says kids who finish their work can play Lego and I "
     "always finish mine"),
    ("three_houses", "house_worries", "Mummy says children are not allowed in the kitchen and I "
     "am scared of the oven"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), NO_THE_BEFORE_THE_CHILD)
def test_an_adults_report_of_children_named_without_the_is_asked_to_go(
        flow_id: str, step_id: str, line: str) -> None:
    assert _fits("words", reply_to(flow_id, step_id, line)), line


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *AN_INTERPRETER_IN_THE_CHILDS_WORDS,
    *A_RELATIVE_IN_THE_CHILDS_WORDS,
    *SECOND_BATCH_SOUND[:3],
    *NOTHING_CHANGED_AND_WHAT,
    *SECOND_BATCH_SOUND[3:4],
    *[c for c in WHEN_HE_SWORE + SECOND_BATCH_SOUND[4:] if c[2] not in LEFT_LABELLED],
    *BY_NAME_IN_THE_CHILDS_WORDS,
    *NO_THE_IN_THE_CHILDS_WORDS,
]

globals().update(review_tests(rows_set(
    "Q", SET_Q_FLAWED, SET_Q_SOUND, asked=asked, asked_flawed=after_tidying, fits=_fits_p,
    place=_placed, sizes=(25, 25), left_flagged=LEFT_FLAGGED,
    flagged_as=lambda case, reply: reply.startswith(DICTATED) and after_tidying(*case) is None,
    held_sound=HELD_OUT_SOUND)))
