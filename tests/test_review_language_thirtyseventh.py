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

Blind: (to be run).
"""

from __future__ import annotations

import pytest
from test_review_language_thirtyfifth import _placed
from test_review_language_thirtysixth import _fits_p
from test_review_language_twentyninth import asked, reply_to

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


WANTS = {line: want for _, _, line, want in SET_Q_FLAWED}


def test_set_q_is_as_written_blind() -> None:
    assert (len(SET_Q_FLAWED), len(SET_Q_SOUND)) == (25, 25)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _placed(SET_Q_FLAWED))
def test_set_q_a_flawed_line_is_asked_with_a_question_that_fits(flow_id: str, step_id: str,
                                                                 line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits_p(WANTS[line], reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _placed(SET_Q_SOUND))
def test_set_q_a_sound_line_is_let_through(flow_id: str, step_id: str, line: str) -> None:
    assert asked(flow_id, step_id, line) is None, line
