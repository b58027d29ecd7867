"""Set W: the sixteenth blind wording review (pass 41).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py, in voices
sets U and V did not use: a youth justice nurse, an early help family worker, a faith group's
safeguarding lead, a sports club welfare officer, a children's centre worker, a school
attendance officer, a hospital play specialist, an independent domestic violence advocate, a
housing support worker for care leavers and a virtual school head: 20 flawed lines and 20 sound
ones, each pair at one question of a shipped tool. Each row: (voice, "tool:question", line), a
flawed one also what a practice lead would expect asked back (set T's `_fits_t` kinds).
Committed (9c7cbf1) before anything was run on it.

Blind, on the code as it was (658a304): flawed asked 14/20, 13 with a question that fits;
sound flagged 2/20. One pair had been put at "Has harm happened", a yes/no question, by the
writer's mistake; moved, before any fix, to the question it was written for (the worst time),
where its flawed line ("Inappropriate touching by a volunteer at the mosque") is asked: 15/20,
14 that fit. Let through: "Poor emotional wellbeing and self-harm risk" (what harm has done),
"Coaching staff" (a safety network member), "Attendance panel and consideration of a fixed
penalty notice" (what needs to happen), "Child made a disclosure during play" (the child's
words), "Independence skills and tenancy sustainment" (what worries the young person). Asked
otherwise: "PEP targets to be met and school to access pupil premium plus" as cut off at
"plus". Sound lines asked: a young person's fear ("scared he will be sent to the secure unit")
as a next step, and a youth leader's behaviour in a danger statement as not told.

Fitted, after the fixes: flawed asked 19/20, 18 with a question that fits; sound flagged 0/20
(38/40 answered as a practice lead would). The fixes: `process._FEARED` (a fear of what will be
done is no step); `danger_statement._TRUSTED` (youth leaders, coaches, volunteers and faith
leaders as the adult); `nudges._DISCLOSED` (a note that the child disclosed, at their words);
`process._DONE_PAST` (a word in -ed after "a" or "the" names a kind of thing: "a fixed
penalty notice"); `nudges._WORK_WORDS` (a leaving care worker's headings); and the labels rule
"poor emotional wellbeing". Left: "Coaching staff" (no check reads the safety network's lines
for what each will do; a check of its own, wider than this pass) and the "plus" ending.

Held-out variants, written after each fix's design and before it was run (base -> fitted):
flawed asked with a question that fits 14/26 -> 26/26 (of the new families 7/19 -> 19/19; the
other seven guard what was asked already); sound let through 23/28 -> 28/28.

Time (process CPU, least of five runs of ten, base and fitted alternated twice on a shared
machine, each line through find_wording twice, the danger statement check and the own-words
checks): set W's forty lines 1.67-1.74 -> 1.77-1.80 ms; 4,000 characters of an ordinary account
62.8-64.0 -> 64.3-64.7 ms.
"""
from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import _at, asked_s
from test_review_language_thirtyninth import _fits_t

SET_W_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a youth justice nurse
    ("yjn", "harm_matrix:harm_impact",
     "Poor emotional wellbeing and self-harm risk",
     "seen|impact"),
    ("yjn", "contextual:yp_worries",
     "Concerns re compliance with his YRO",
     "spell|seen|words"),
    # an early help family worker
    ("eh", "wellbeing:goal_doing",
     "Parents to engage with Early Help and complete a parenting programme",
     "goal"),
    ("eh", "wellbeing:worry_what",
     "Home conditions and poor routines",
     "seen"),
    # a mosque or church safeguarding lead
    ("faith", "mapping:worst_harm",
     "Inappropriate touching by a volunteer at the mosque",
     "seen|harmer"),
    ("faith", "mapping:danger_statement",
     "Church leadership are worried about poor boundaries and the potential for harm to "
     "children",
     "danger|seen"),
    # a sports club welfare officer
    ("sport", "contextual:area_worries",
     "Some concerns around the changing rooms and older lads",
     "seen"),
    ("sport", "contextual:trusted_adults",
     "Coaching staff",
     "seen"),
    # a children's centre worker
    ("cc", "mapping:recent_harm",
     "Dad was a bit rough with the baby at stay and play",
     "seen"),
    ("cc", "wellbeing:strengths",
     "Mum is a protective factor and engages well with CC services",
     "seen|spell"),
    # a school attendance officer
    ("attend", "contextual:school_worries",
     "Persistent absence and lates, parents not engaging",
     "seen"),
    ("attend", "contribution:needs_to_happen",
     "Attendance panel and consideration of a fixed penalty notice",
     "who_when"),
    # a hospital play specialist
    ("play", "three_houses:worker_noticed",
     "Child presented as anxious and unsettled during the session",
     "seen"),
    ("play", "supervision:child_words",
     "Child made a disclosure during play",
     "words"),
    # an independent domestic violence advocate
    ("idva", "harm_matrix:harm_frequency",
     "Ongoing DA, escalating",
     "spell|seen|number"),
    ("idva", "mapping:danger_who",
     "High-risk perpetrator",
     "seen|danger|harmer"),
    # a housing support worker for care leavers
    ("leaver", "success:their_worries",
     "Independence skills and tenancy sustainment",
     "words|seen"),
    ("leaver", "success:what_helps",
     "Consistent support from professionals",
     "seen"),
    # a virtual school head
    ("vsh", "wellbeing:goal_doing",
     "PEP targets to be met and school to access pupil premium plus",
     "goal|spell"),
    ("vsh", "success:others_worried",
     "Risk of placement breakdown and exclusion",
     "seen"),
)

SET_W_SOUND: tuple[tuple[str, str, str], ...] = (
    # a youth justice nurse
    ("yjn", "harm_matrix:harm_impact",
     "He has cut his forearms four times since March, twice after calls with his dad; the last "
     "cuts needed stitches at A&E."),
    ("yjn", "contextual:yp_worries",
     "He says he is scared he will be sent to the secure unit if he misses one more "
     "appointment, because that happened to his cousin."),
    # an early help family worker
    ("eh", "wellbeing:goal_doing",
     "Mum will walk both girls to school by 8.40 every morning and collect them at 3.15, and "
     "ask nan to do it on her hospital days."),
    ("eh", "wellbeing:worry_what",
     "The kitchen floor had dog mess in three places and there was no food in the fridge on "
     "both visits this month; the girls said they had crisps for tea."),
    # a mosque or church safeguarding lead
    ("faith", "mapping:worst_harm",
     "A volunteer who teaches the Saturday class put his hand inside the boy's top twice in "
     "the prayer room; the boy told his mum last Sunday."),
    ("faith", "mapping:danger_statement",
     "The church safeguarding lead is worried that the youth leader will keep messaging "
     "13-year-old girls at night and asking to meet them alone, and that they could be "
     "sexually abused."),
    # a sports club welfare officer
    ("sport", "contextual:area_worries",
     "Two 17-year-old players film the younger boys in the changing room after Sunday training "
     "and post it in a group chat."),
    ("sport", "contextual:trusted_adults",
     "Her netball coach, who drives her home after Thursday training and texts mum when she "
     "has dropped her off."),
    # a children's centre worker
    ("cc", "mapping:recent_harm",
     "At stay and play on Tuesday dad grabbed the baby by one arm and lifted her off the floor; "
     "she screamed and had red finger marks above the elbow."),
    ("cc", "wellbeing:strengths",
     "Mum comes to baby group every Wednesday, asks the staff about weaning and has started "
     "cooking mashed veg for him."),
    # a school attendance officer
    ("attend", "contextual:school_worries",
     "She has missed 23 of the last 40 mornings; on the days she comes she arrives after 10 "
     "and goes straight to the toilets."),
    ("attend", "contribution:needs_to_happen",
     "I will visit mum at home on Monday 12 January with the head of year to agree how she "
     "gets to school; if she is not in by the 19th I will ring the social worker."),
    # a hospital play specialist
    ("play", "three_houses:worker_noticed",
     "He hid under the bed when the nurse came in and only came out when I started blowing "
     "bubbles; he held my hand for the blood test."),
    ("play", "supervision:child_words",
     "'Daddy hurt my tummy with his shoe.' She said it while putting the doll to bed."),
    # an independent domestic violence advocate
    ("idva", "harm_matrix:harm_frequency",
     "Mum says he has hit her about once a week since she got pregnant, more after payday; the "
     "last time was Friday."),
    ("idva", "mapping:danger_who",
     "Mum's ex-partner, the baby's father"),
    # a housing support worker for care leavers
    ("leaver", "success:their_worries",
     "I don't know how to pay the gas and I'm scared they'll chuck me out if I get behind."),
    ("leaver", "success:what_helps",
     "My personal adviser texting me on a Monday to remind me about bills, and my mate who "
     "lets me eat at hers."),
    # a virtual school head
    ("vsh", "wellbeing:goal_doing",
     "His foster carer will read with him for 20 minutes every night and the school will give "
     "him maths help three mornings a week until Easter."),
    ("vsh", "success:others_worried",
     "His teachers worry because he has been sent out of lessons nine times this term for "
     "throwing chairs, and his carer says she can't manage another exclusion."),
)

WANTS = {line: want for _, _, line, want in SET_W_FLAWED}


def test_set_w_is_as_written_blind() -> None:
    assert (len(SET_W_FLAWED), len(SET_W_SOUND)) == (20, 20)
    assert len(WANTS) == 20
    assert {row[1] for row in SET_W_FLAWED} == {row[1] for row in SET_W_SOUND}


# Set W's flawed lines left: an answer ending "plus", asked for the rest as if cut off. (A
# safety network member with nothing they will do, left then, is asked since the forty-second
# pass by the network's own check: who in the group, and what they will do.)
LEFT_ASKED_OTHERWISE = {
    "Coaching staff": '"Coaching staff" does not yet say who in it is in the safety network',
    "PEP targets to be met and school to access pupil premium plus": "Your answer stops at",
}


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in _at(SET_W_FLAWED) if c[2] not in LEFT_ASKED_OTHERWISE])
def test_set_w_a_flawed_line_is_asked_with_a_question_that_fits(flow_id: str, step_id: str,
                                                                line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_t(WANTS[line], reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in _at(SET_W_FLAWED) if c[2] in LEFT_ASKED_OTHERWISE])
def test_set_w_a_flawed_line_left_is_asked_otherwise(flow_id: str, step_id: str,
                                                     line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None
    assert reply.startswith(LEFT_ASKED_OTHERWISE[line]), reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), _at(SET_W_SOUND))
def test_set_w_a_sound_line_is_let_through(flow_id: str, step_id: str, line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


# ---- held-out variants: written after each fix's design, before they were run -------------

# What someone fears will be done to them, read as a step with nobody to do it ("he is scared
# he will be sent to the secure unit"). The first five were let through on the base too (their
# verbs are not the services' work); the second five were written after that, two asked on the
# base and let through once a named thing ("the kids", "his photos") was read as who it is
# done to, not only "he" or "she".
A_FEAR_TOLD = [
    ("contextual", "yp_worries", "She's terrified she'll be moved to another children's home "
     "if she tells anyone about the flat."),
    ("success", "their_worries", "I'm worried I will be kicked out of college if I miss any "
     "more days."),
    ("contextual", "yp_worries", "He thinks he is going to be arrested again because the older "
     "boys gave his name to the police."),
    ("wellbeing", "harder", "Mum says she is afraid the children will be taken off her if she "
     "asks for help with the rent."),
    ("contextual", "yp_worries", "He's convinced he'll be stabbed if he walks past the park on "
     "his own."),
    ("contextual", "yp_worries", "She's scared she'll be sent back to her dad's if she tells "
     "the police what happened."),
    ("success", "their_worries", "I'm frightened I will be made to go to court and see him "
     "there."),
    ("wellbeing", "harder", "Mum is afraid the kids will be sent to different foster homes if "
     "she goes into hospital."),
    ("contextual", "yp_worries", "He is worried his photos will be shared round school if he "
     "stops doing what they say."),
    ("success", "their_worries", "I think I'll be discussed at some big meeting and nobody "
     "will ask me."),
]
# ... while a step with nobody to it is still asked who and by when, a feeling beside it or
# not (what someone thinks will be done is not what they fear).
A_STEP_BY_NOBODY = [
    ("contextual", "next_steps", "A referral will be made to the youth service.", "who_when"),
    ("mapping", "next_steps", "Home visit to be arranged.", "who_when"),
    ("supervision", "needs", "Strategy meeting to be held and mum's worries to be looked into.",
     "who_when"),
    ("contribution", "needs_to_happen", "Mum is worried so the assessment will be completed.",
     "who_when"),
]


def test_a_young_persons_fear_of_what_will_be_done_to_them_is_not_asked_who_will_do_it() -> None:
    """"He says he is scared he will be sent to the secure unit if he misses one more
    appointment ..." at what worries the young person was asked "is a next step, but not yet
    who will do it and by when"."""
    line = next(row[2] for row in SET_W_SOUND if "secure unit" in row[2])
    assert asked_s("contextual", "yp_worries", line) is None
    from flows.checks import process
    from flows.regex import made_by
    fear = process._FEARED.search(line.lower())
    assert fear is not None
    assert made_by(fear, process._FEARED)
    assert process._FEARED.search("i think the referral will be sent to camhs") is None


# An adult trusted with children outside the family, named by their role in a danger
# statement ("the youth leader", "the imam"), was not read as the one whose behaviour is told:
# 2/5 let through on the base, 5/5 now; those told with nothing they do still asked (3/3).
A_TRUSTED_ADULT_DOES = [
    ("mapping", "danger_statement", "The school is worried that the swimming instructor will "
     "keep filming the girls in the changing area and sharing the videos, and that they could "
     "be sexually exploited."),
    ("contextual", "danger_statement", "Mum and the youth offending worker are worried that "
     "the imam will hit Y with a stick again when he gets his reading wrong, and that he could "
     "be badly hurt."),
    ("harm_matrix", "danger_statement", "The club welfare officer is worried that a volunteer "
     "will give the boys vapes and lifts home and ask them to send photos, and that they could "
     "be sexually abused."),
    ("mapping", "danger_statement", "Nan is worried that the scout leader will take the girl "
     "camping on her own again and touch her in the tent, and that she could be sexually "
     "abused."),
    ("supervision", "danger_statement", "I am worried that the football coach will keep "
     "screaming at the under-9s and grabbing them by the shirt, and that they could be hurt "
     "and scared to play."),
]
A_TRUSTED_ADULT_JUDGED = [
    ("mapping", "danger_statement", "The church is worried that the youth leader has poor "
     "boundaries and that children could be at risk.", "danger|seen"),
    ("contextual", "danger_statement", "Worried that the sports coach is a risk to the boys and "
     "they may be harmed.", "danger|seen"),
    ("harm_matrix", "danger_statement", "The mosque is worried that the volunteer could harm "
     "children.", "danger|seen"),
]


def test_a_youth_leaders_behaviour_in_a_danger_statement_is_read_as_told() -> None:
    """"... worried that the youth leader will keep messaging 13-year-old girls at night and
    asking to meet them alone ..." was asked for "what an adult did or does, described as
    behaviour"."""
    line = next(row[2] for row in SET_W_SOUND if "youth leader" in row[2])
    assert asked_s("mapping", "danger_statement", line) is None
    from flows.checks import danger_statement
    from flows.regex import made_by
    acted = danger_statement._BEHAVIOUR.search(line)
    assert acted is not None
    assert made_by(acted, danger_statement._BEHAVIOUR)
    assert acted.group().startswith("youth leader")

# The writer's note that a child disclosed, with nothing of what they said, kept as the
# child's own words: 3/5 asked on the base (as the writer's frame), 5/5 now, each asked for
# the words the child used; the child's own words about telling are still let through (4/4).
A_DISCLOSURE_NOTED = [
    ("supervision", "child_words", "YP disclosed sexual abuse to her teacher on Monday", "words"),
    ("supervision", "child_words", "She made an allegation against her stepdad", "words"),
    ("supervision", "child_words", "Ellie has made a disclosure at school", "words"),
    ("supervision", "child_words", "He disclosed DA in the home last week", "words"),
    ("supervision", "child_words", "child disclosed something during the session", "words"),
]
THEIR_TELLING = [
    ("supervision", "child_words", "I don't want to make a big allegation, I just want him to "
     "stop shouting at mummy"),
    ("supervision", "child_words", "They said I made it all up but I didn't"),
    ("mapping", "house_worries", "Nanny told the police about the things he did to me"),
    ("supervision", "child_words", "I told Miss because she's nice and she gave me a sticker"),
]


def test_a_note_that_the_child_disclosed_is_asked_for_their_words() -> None:
    """"Child made a disclosure during play", at what the child has said, was kept as the
    child's own words: the summary would have put it in quotation marks as theirs."""
    reply = asked_s("supervision", "child_words", "Child made a disclosure during play")
    assert reply is not None
    assert reply.startswith('"Child made a disclosure during play" says that the child told '
                            "you something, but not what they said"), reply
    from flows import nudges
    from flows.regex import made_by
    noted = nudges._DISCLOSED.fullmatch("Child made a disclosure during play")
    assert noted is not None
    assert made_by(noted, nudges._DISCLOSED)
    assert nudges._DISCLOSED.fullmatch("She disclosed that dad hits her") is None

# A next step of the work naming a kind of thing in -ed ("a fixed penalty notice", "the agreed
# plan") was read as done already: 2/5 asked with a question that fits on the base (two let
# through, one asked as a view), 5/5 now; steps with who and when still let through (3/3).
A_STEP_NAMING_A_KIND = [
    ("contribution", "needs_to_happen", "Consideration of a fixed-term exclusion", "who_when"),
    ("contribution", "needs_to_happen", "An unannounced home visit and a check of the bedrooms",
     "who_when"),
    ("mapping", "next_steps", "Review of the agreed safety plan", "who_when"),
    ("contextual", "next_steps", "Further detailed assessment of dad's drinking", "who_when"),
    ("contribution", "needs_to_happen", "Attendance meeting and a fixed penalty warning letter",
     "who_when"),
]
A_STEP_WITH_WHO = [
    ("contribution", "needs_to_happen", "I will book an unannounced visit for next Thursday and "
     "tell the social worker what I find."),
    ("contribution", "needs_to_happen", "The head of year will phone mum on Friday about the "
     "agreed timetable."),
    ("mapping", "next_steps", "Mum will take the named nurse's number and ring her by Monday if "
     "the baby is not feeding."),
]


def test_a_step_naming_a_fixed_penalty_notice_is_asked_who_and_by_when() -> None:
    """"Attendance panel and consideration of a fixed penalty notice", at what needs to happen,
    was let through: "fixed" was read as something done already."""
    line = "Attendance panel and consideration of a fixed penalty notice"
    reply = asked_s("contribution", "needs_to_happen", line)
    assert reply is not None
    assert reply.startswith(f'"{line}" is a next step, but not yet who will do it and by '
                            "when."), reply
    from flows.checks import process
    from flows.regex import made_by
    assert process._DONE_PAST.search(line.lower()) is None
    done = process._DONE_PAST.search("mum attended the fixed penalty meeting")
    assert done is not None
    assert made_by(done, process._DONE_PAST)

# A leaving care or housing worker's headings for what lies ahead, kept as the young person's
# own words: 0/4 asked on the base, 4/4 now; their own words about it let through (3/3).
HOUSING_HEADINGS = [
    ("success", "their_worries", "Lacks independent living skills", "words"),
    ("success", "their_worries", "Risk of tenancy breakdown due to budgeting skills", "words"),
    ("success", "their_worries", "Transition to adulthood and move-on accommodation", "words"),
    ("success", "their_worries", "Tenancy readiness", "words"),
]
HOUSING_IN_THEIR_WORDS = [
    ("success", "their_worries", "I'm scared I'll get kicked out of the flat if my mates come "
     "round and the neighbours complain"),
    ("success", "their_worries", "I don't know how to cook anything except pasta"),
    ("success", "their_worries", "That my life skills worker will leave like all the others "
     "did"),
]


def test_a_housing_workers_headings_are_not_kept_as_the_young_persons_words() -> None:
    """"Independence skills and tenancy sustainment", at what worries the young person, was
    kept, and would be printed in quotation marks, as what they said."""
    line = "Independence skills and tenancy sustainment"
    reply = asked_s("success", "their_worries", line)
    assert reply is not None
    assert reply.startswith(f'"{line}" reads as your summary'), reply
    from flows import nudges
    from flows.regex import made_by
    work = nudges._WORK_WORDS.search(line)
    assert work is not None
    assert made_by(work, nudges._WORK_WORDS)

# What harm has done to a child said as a heading of how they are, or as a risk named: 2/5
# asked with a question that fits on the base (two let through, "Deteriorating" and "Impacted"
# asked alone), 5/5 now; told with what the child said or did, let through (3/3).
WELLBEING_AS_A_HEADING = [
    ("harm_matrix", "harm_impact", "Low self-esteem and poor resilience", "seen"),
    ("mapping", "harm_impact", "Risk of self-harm", "seen"),
    ("wellbeing", "worry_impact", "Deteriorating emotional wellbeing", "seen"),
    ("harm_matrix", "harm_worst", "Suicidal ideation", "seen"),
    ("contextual", "harm_signs", "Impacted wellbeing and low self-worth", "seen"),
]
WELLBEING_SHOWN = [
    ("harm_matrix", "harm_impact", "She has stopped eating lunch, cries in the toilets most "
     "days and told her tutor she feels worthless; her self-esteem has dropped since the "
     "summer."),
    ("mapping", "harm_impact", "He tied a school tie round his neck in the toilets on 3 May; "
     "the nurse thinks the risk of suicide is high because he has written goodbye notes."),
    ("wellbeing", "worry_impact", "She scratches her arms until they bleed when dad doesn't "
     "turn up for contact, and says nobody would miss her."),
]


def test_poor_emotional_wellbeing_is_asked_what_the_child_said_or_did() -> None:
    """"Poor emotional wellbeing and self-harm risk", at what the harm has done to the child,
    was let through."""
    reply = asked_s("harm_matrix", "harm_impact", "Poor emotional wellbeing and self-harm risk")
    assert reply is not None
    assert reply.startswith('You wrote "Poor emotional wellbeing". What has the child said or '
                            "done that shows this"), reply
    from flows.checks.labels import RULES
    from flows.regex import made_by
    rule = next(r for r in RULES if r.name == "poor emotional wellbeing")
    found = rule.pattern.search("self-harm risk")
    assert found is not None
    assert made_by(found, rule.pattern)

# ---- every held-out variant, run ------------------------------------------------------------
HELD_OUT_FLAWED = (A_STEP_BY_NOBODY + A_TRUSTED_ADULT_JUDGED + A_DISCLOSURE_NOTED
                   + A_STEP_NAMING_A_KIND
                   + HOUSING_HEADINGS + WELLBEING_AS_A_HEADING)
HELD_OUT_SOUND = (A_FEAR_TOLD + A_TRUSTED_ADULT_DOES + THEIR_TELLING
                  + A_STEP_WITH_WHO
                  + HOUSING_IN_THEIR_WORDS + WELLBEING_SHOWN)


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), HELD_OUT_FLAWED)
def test_a_held_out_variant_is_asked_with_a_question_that_fits(flow_id: str, step_id: str,
                                                               line: str, want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_t(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), HELD_OUT_SOUND)
def test_a_held_out_variant_told_plainly_is_let_through(flow_id: str, step_id: str,
                                                        line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line
