"""Set P: the ninth blind wording review (pass 36).

Written before reading any rule in flows/checks, flows/nudges.py, flows/moves.py or the flows'
`checks:` lists, in voices the earlier sets did not use: a police public-protection officer's
report style, a GP's clinical shorthand, a teacher's pastoral log, a youth worker's informal
voice, a practitioner writing about a disabled child or about a baby, a practitioner quoting a
parent's own words, answers that mix two columns in one line and answers full of dates, times,
ages and an address: 25 flawed lines and 25 sound ones over the mapping, wellbeing, the harm
matrix, the three houses, the contextual factors and the success tool. Each line: (voice,
question kind, the answer), a flawed line also what a practice lead would expect asked back
(set L's kinds, and "privacy": a full name or an address asked to go), sent through the real
engine at the tools' questions of its kind in turn (set N's `PLACES`).

Blind, on the code as it was (57d9bd1, the set committed before any run): flawed caught 21/25,
all 21 with a question that fits (two read so after the run: the address and full name asked
in one reminder of several, which the test's reading of a reminder's kind did not know, and
"sexually active ... putting herself at risk" asked each phrase's own question of who harms
her, written "harmer" and widened to "harmer|seen"); sound flagged 3/25 (43/50 answered as a
practice lead would). Missed: "Pupil disclosed that things are difficult at home ..." and
"shes buzzing about youth club, loves it" kept as the child's words (the writer's "disclosed
that" after a role; the writer's "shes" about the child), "Unable to express his wishes due
to his communication needs but appears content" kept as a child's dream, and "A polite,
well-mannered boy who is a pleasure to teach" as a strength. Sound lines flagged: "M (Y4)"
and "a B&B room" asked to be written out, and the child's "Miss Kaur lets me feed the fish"
asked for initials (a title and a surname, as set O's "Mrs Reid").

Fitted, after the fixes below: flawed caught 25/25, all with a question that fits; sound
flagged 1/25, the one `LEFT_FLAGGED` (49/50).

Fresh variants, written after each fix's design and before it was run (flawed asked, before ->
after; sound let through, before -> after): a school year ("Y9", "S2", "P6") or a "B&B", sound
0/4 -> 4/4, a short form of the work beside one still asked 2/2 -> 2/2; the writer's frame
about a pupil or student 0/4 -> 4/4, "The student teacher said I ..." and "pupils said I ..."
2/2 -> 2/2; a note that the child could not express a view 0/4 -> 4/4, the child's "I can't
tell my feelings" and "Mummy can't say her feelings" 2/2 -> 2/2; a child said to be a pleasure,
a joy, a delight or a credit 1/4 -> 4/4 ("She is a pleasure to teach" was already asked), told
why 2/2 -> 2/2; the writer's "she's ..." then what the child likes 0/4 -> 3/4, the child's own
"she's my best friend, loves horses like me", "he's always shouting, hates mummy" 3/3 -> 3/3.
A second batch, written after the first was run: flawed 8/8 asked, sound 4/6 let through;
"he can't say his feelings because he's a baby" (the child's, of a baby brother) was read as the
writer's note, so after "he" or "she" only the writer's "express", "communicate", "share" or
"give" are read so (5/6). Left: "she's sad, misses her dad" is asked, as "she misses her dad"
at a house's opening was asked before this pass.

Left as they are: "hes made up with his new bike, rides it everywhere" at a house is let
through before and after (what the child does, not likes: a child tells what someone else
does that way); "Miss Kaur" in the child's words is asked for initials, as the project means.
The held corpora (tests/language, tests/language/held, through `language-check`) are flagged
line for line as before. Time (process CPU, least of seven, the blind code's checks against
these, twice): a house answer of 665 characters 4.47-4.77 -> 4.71-4.91 ms; a strength of 703
4.09-4.16 -> 3.84-4.21 ms, and one of 725 that is kind words only 2.24-2.27 -> 2.41-2.61 ms (more
of it is now read as such words); an answer of 976 with 40 words in capitals 4.32-4.38 ms both.
"""

from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtieth import kind_of
from test_review_language_thirtyfifth import _placed
from test_review_language_thirtythird import _fits
from test_review_language_twentyninth import asked, reply_to

SET_P_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a police public-protection officer's report style
    ("police", "worry",
     "DA incident attended 14/02, DASH completed and graded high risk, MARAC referral made",
     "seen|spell"),
    ("police", "danger",
     "Suspect is a known DA perpetrator with previous for violence and the children are at "
     "risk",
     "danger"),
    ("police", "existing_safety",
     "Mother has a non-molestation order in place",
     "safety"),
    ("police", "next_step",
     "Strategy discussion to be convened and S47 to follow",
     "who_when|spell"),
    # a GP's clinical shorthand
    ("gp", "worry",
     "Mother ?PND, DNA x2 baby checks, FTT on centile chart",
     "seen|spell"),
    ("gp", "matrix",
     "Faltering growth secondary to neglect",
     "impact"),
    ("gp", "strengths",
     "Mum compliant with meds and attends surgery regularly",
     "seen"),
    ("gp", "scale_reason",
     "5 - no acute concerns at present",
     "number|seen"),
    # a teacher's pastoral log
    ("teacher", "worry",
     "Attendance 82%, low-level disruption in lessons, poor presentation",
     "seen"),
    ("teacher", "house_worries",
     "Pupil disclosed that things are difficult at home and she doesn't feel listened to",
     "words"),
    ("teacher", "next_step",
     "Monitor and log any further concerns on CPOMS",
     "who_when|spell"),
    ("teacher", "strengths",
     "A polite, well-mannered boy who is a pleasure to teach",
     "seen"),
    # a youth worker's informal voice
    ("youth", "context",
     "hes in with a bad crowd down the skate park, its a proper rough area",
     "seen|harmer"),
    ("youth", "success_worry",
     "shes sexually active with older lads and keeps putting herself at risk",
     # (written "harmer"; asked each phrase's own question, "What did the adult do to the young
     # person?", "Who is harming the young person ...?", set L's "seen" kind, which fits as
     # well: widened after the blind run, said in the docstring)
     "harmer|seen"),
    ("youth", "success_goal",
     "for him to turn his life around and make something of himself",
     "goal"),
    ("youth", "house_good",
     "shes buzzing about youth club, loves it",
     "words"),
    # a practitioner writing about a disabled child
    ("disability", "worry",
     "Complex needs, non-verbal, parents struggling to cope with his care",
     "seen"),
    ("disability", "wellbeing_goal",
     "J's needs will be met and he will have a good quality of life",
     "goal"),
    ("disability", "house_dreams",
     "Unable to express his wishes due to his communication needs but appears content",
     "words"),
    # a practitioner writing about a baby
    ("baby", "danger",
     "Baby is at risk due to parental substance misuse",
     "danger"),
    ("baby", "safety_goal",
     "Baby will be safe and her needs will be met",
     "goal"),
    # a practitioner quoting a parent's own words
    ("parent_quote", "strengths",
     "Mum says she is a good mum and would never hurt the kids",
     "seen"),
    # two columns in one line
    ("mixed", "existing_safety",
     "Dad hit mum in front of the kids again on Saturday but she is a strong woman who loves "
     "her children",
     "safety"),
    ("mixed", "next_step",
     "Things are much better since mum left him; continue to support",
     "who_when"),
    # dates, times, ages and an address
    ("dates", "worry",
     "Police called to 14 Elm Road at 23:40 on 3/3, Jade Smith (6) found home alone",
     "privacy"),
)

SET_P_SOUND: tuple[tuple[str, str, str], ...] = (
    # a police public-protection officer's report style
    ("police", "worry",
     "At 23:40 on 14 Feb officers found mum with a split lip; she said dad punched her while "
     "she held the baby (4 months), and the older two (5 and 7) were on the stairs watching."),
    ("police", "existing_safety",
     "Since the non-molestation order in January, mum has rung 999 both times dad came to the "
     "flat (2 and 19 Feb) and kept the children upstairs with the door locked until officers "
     "arrived."),
    ("police", "next_step",
     "I will send the incident log to the social worker by 5pm on Friday 21 Feb and ring mum on "
     "Monday to tell her what the court decided."),
    # a GP's clinical shorthand
    ("gp", "worry",
     "Baby (9 wks) weighed 3.9kg today, the same as at 5 wks; mum said she has been missing "
     "night feeds because she can't wake up, and she missed two of his checks (10 and 24 Jan)."),
    ("gp", "next_step",
     "I'll ask the health visitor to weigh him at home on Thursday 6 March and see him again in "
     "surgery on Monday 10th at 9.10."),
    ("gp", "matrix",
     "He has dropped from the 50th to below the 9th centile for weight since November and is "
     "too tired to finish a feed."),
    # a teacher's pastoral log
    ("teacher", "worry",
     "Since 6 Jan M (Y4) has come in without a coat on 11 cold mornings, eats two breakfasts at "
     "breakfast club and told her teaching assistant on 3 Feb there was no food at home at the "
     "weekend."),
    ("teacher", "strengths",
     "Mr D has come to every parents' evening this year and on 12 Feb sat with R in the library "
     "after school reading with him for half an hour."),
    ("teacher", "house_good",
     "'Miss Kaur lets me feed the fish and I get a sticker when I read to her'"),
    ("teacher", "scale_reason",
     "6 because S has been in school every day since half term with her uniform washed, but "
     "she still falls asleep in lessons after weekends at dad's."),
    # a youth worker's informal voice
    ("youth", "context",
     "two men in their twenties wait in a white car outside the skate park most evenings and "
     "give the younger lads weed and lifts, three of ours (13-15) got in on fri"),
    ("youth", "success_goal",
     "by the summer T will be doing his mechanics course at college 3 days a week, and me and "
     "his nan will ask him how its going every sunday at her house"),
    ("youth", "aspiration",
     "'i wanna box for england and get my mum a house with a garden'"),
    ("youth", "existing_safety",
     "the last 2 times the men turned up at youth club (7 and 21 feb) staff locked the doors, "
     "rang the police and drove the kids home themselves"),
    # a practitioner writing about a disabled child
    ("disability", "worry",
     "Sam (12, autistic, no speech) had a bruise on each upper arm on 3 March; his carer at "
     "respite said dad grips his arms to get him into the car when he drops to the floor."),
    ("disability", "house_good",
     "(picked with his picture cards) swimming, nana, iPad"),
    ("disability", "wellbeing_goal",
     "Mum and dad will use the hoist for every lift at home from 1 April, and the occupational "
     "therapist will watch them do it at each weekly visit until the end of June."),
    # a practitioner writing about a baby
    ("baby", "danger",
     "The health visitor and I are worried that if mum keeps falling asleep on the sofa with "
     "Ava (6 weeks) after drinking, Ava could be smothered or fall and hit her head, like on 2 "
     "March when she rolled off onto the floor."),
    ("baby", "safety_goal",
     "Ava will sleep in her own cot every night: mum will put her down there before she has "
     "any drink, her sister will stay over on Fridays and Saturdays, and the health visitor "
     "will see the cot at each visit for the next six months."),
    ("baby", "scale_reason",
     "3 because Ava fell off the sofa on 2 March and mum drank again on 9 March, though she "
     "has had her sister stay over since."),
    # a practitioner quoting a parent's own words
    ("parent_quote", "strengths",
     "Mum told me 'I get them up at 7, do their breakfast and walk them in', and the school "
     "says both have been on time every day this term."),
    ("parent_quote", "worry",
     "Dad said to me on 4 March: 'when he cries at night I put him in the car and leave him on "
     "the drive till he stops', and mum says this has happened most nights since Christmas."),
    # two columns in one line
    ("mixed", "existing_safety",
     "Dad punched the wall on 8 Feb; mum took the girls (4 and 8) to her brother's straight "
     "away and stayed the night, as she did again on 22 Feb."),
    ("mixed", "next_step",
     "Mum has kept every clinic appointment since January, so I'll book the next three with "
     "her at the clinic on Tuesday 11 March."),
    # dates, times and ages
    ("dates", "context",
     "The family were moved on 28 Jan to a B&B room 14 miles from school; the kids (7 and 10) "
     "now leave at 6.45 on two buses and have missed 9 days since."),
)


def _fits_p(want: str, reply: str) -> bool:
    """Set L's `_fits`, with set P's "privacy": the reminder that asks a name or address to go,
    one ("can't identify anyone") or several ("Parts of this could identify someone")."""
    if want == "privacy":
        return kind_of(reply) == "privacy" or reply.startswith("Parts of this could identify")
    return _fits(want, reply)


# A sound line still asked about, as the project means: a title and a surname ("Miss Kaur") is
# a person's name, asked for initials or a role even in the child's own words (set O's "Mrs
# Reid" is asked the same).
LEFT_FLAGGED = frozenset(line for _, _, line in SET_P_SOUND if "Miss Kaur" in line)


# ---- the fixes, each tried on fresh variants written after its design and before it was run --

# A school year ("Y4", "S2", "P6") and a "B&B" are words families know, not short forms to
# write out; a short form of the work beside them still is.
SCHOOL_YEAR_AND_B_AND_B = [
    ("mapping", "worst_harm", "On 4 March T (Y9) came to school with a burn on her wrist and "
     "said her stepdad held it against the radiator."),
    ("wellbeing", "worry_what", "K (S2) has missed 14 days since August; her mum says she stays "
     "in bed crying on Monday mornings."),
    ("contextual", "home_worries", "Since 3 Feb the family of five have lived in one B&B room "
     "with two beds and no cooker."),
    ("mapping", "strengths", "Her P6 teacher sees her every morning at breakfast club and says "
     "she eats a full bowl of cereal."),
]
BESIDE_A_SHORT_FORM = [
    ("wellbeing", "next_steps", "Y10 pupil to be discussed at TAF"),
    ("contextual", "home_worries", "placed in a B&B by the LA, chaotic"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), BESIDE_A_SHORT_FORM)
def test_a_short_form_beside_a_school_year_or_a_b_and_b_is_still_asked(
        flow_id: str, step_id: str, line: str) -> None:
    assert asked(flow_id, step_id, line) is not None, line


# The writer's frame with the child named as a school names them ("Pupil disclosed that ...",
# "The student said ..."), at a house, where the whole answer is quoted as the child's.
PUPIL_FRAMED = [
    ("three_houses", "house_worries", "Pupil disclosed that dad hits her with a belt"),
    ("mapping", "house_good", "The student said he enjoys art club on Wednesdays"),
    ("three_houses", "house_dreams", "Student reports that she wants to live with her aunt"),
    ("mapping", "house_worries", "pupil told staff that mum sleeps all day"),
]
PUPILS_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_good", "The student teacher said I can be the line leader"),
    ("three_houses", "house_worries", "pupils said I smell and nobody sits with me"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), PUPIL_FRAMED)
def test_the_writers_frame_about_a_pupil_is_asked_to_go(flow_id: str, step_id: str,
                                                        line: str) -> None:
    assert _fits("words", reply_to(flow_id, step_id, line)), line


# The writer's note that the child could not tell their view ("Unable to express his wishes
# due to his communication needs"), kept at a house as if the child had said it.
COULD_NOT_EXPRESS = [
    ("three_houses", "house_dreams", "Not able to share her views due to her learning "
     "disability"),
    ("mapping", "house_worries", "He can't express his feelings verbally but smiles a lot"),
    ("three_houses", "house_good", "Could not communicate her wishes, seemed happy with carers"),
    ("mapping", "house_dreams", "She is unable to give her views as she is non-speaking"),
]
CANT_SAY_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_worries", "I can't tell my feelings to mum because she shouts"),
    ("three_houses", "house_worries", "Mummy can't say her feelings so she cries in the bath"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), COULD_NOT_EXPRESS)
def test_a_note_that_the_child_could_not_express_a_view_is_asked(flow_id: str, step_id: str,
                                                                 line: str) -> None:
    assert "could not be heard" in reply_to(flow_id, step_id, line), line


# A child said to be a pleasure, a joy or a credit, with nothing they did ("A polite,
# well-mannered boy who is a pleasure to teach").
A_PLEASURE = [
    ("mapping", "strengths", "A kind, helpful girl who is a joy to have in class"),
    ("wellbeing", "strengths", "She is a pleasure to teach"),
    ("mapping", "strengths", "Lovely lad who is a credit to his mum"),
    ("wellbeing", "strengths", "Polite young man, a delight to work with"),
]
A_PLEASURE_AND_WHY = [
    ("mapping", "strengths", "Miss T says R is a pleasure to teach because he has handed in "
     "every piece of homework since September and helps the younger ones at lunch"),
    ("wellbeing", "strengths", "It was a joy to watch mum and baby at bath time on 3 March: she "
     "sang to him and held his head the whole time."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_PLEASURE)
def test_a_child_said_to_be_a_pleasure_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                              line: str) -> None:
    assert _fits("seen", reply_to(flow_id, step_id, line)), line


# The writer's "she's ..." about the child at a house, then what the child likes with no one
# named ("shes buzzing about youth club, loves it"): a child says "I love it", as the reading
# of "she loves her nan's dog" at a house's opening already holds.
SHE_THEN_LIKES = [
    ("mapping", "house_good", "she's really settled at nan's, loves the dog"),
    ("three_houses", "house_dreams", "he's desperate to go home to mum, misses her loads"),
    ("three_houses", "house_good", "hes made up with his new bike, rides it everywhere"),
    ("mapping", "house_good", "She is doing well at her new school, enjoys maths and PE"),
]
SHE_IN_THE_CHILDS_WORDS = [
    ("three_houses", "house_good", "she's my best friend, loves horses like me"),
    ("three_houses", "house_worries", "he's always shouting, hates mummy"),
    ("three_houses", "house_good", "he's funny, he does magic tricks"),
]


# Left: what the child does, not what they like ("rides it everywhere"), is let through before
# and after; a child tells what someone else does that way.
LEFT_UNASKED = frozenset({"hes made up with his new bike, rides it everywhere"})


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in SHE_THEN_LIKES if c[2] not in LEFT_UNASKED])
def test_the_writers_she_then_what_she_likes_is_asked_to_go(flow_id: str, step_id: str,
                                                            line: str) -> None:
    assert _fits("words", reply_to(flow_id, step_id, line)), line


# A second batch, written after the first was run: the child's own words about a baby brother
# who cannot say his feelings (the writer's note says "express", "communicate", "share" or
# "give"; "say" and "tell" only with no one named before them).
def test_a_child_telling_that_a_baby_cannot_say_his_feelings_is_let_through() -> None:
    assert asked("three_houses", "house_worries",
                 "he can't say his feelings because he's a baby") is None


def test_a_note_opening_unable_to_tell_the_childs_views_is_still_asked() -> None:
    assert "could not be heard" in reply_to("three_houses", "house_dreams",
                                            "Unable to tell us her views about contact")


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *SCHOOL_YEAR_AND_B_AND_B,
    *PUPILS_IN_THE_CHILDS_WORDS,
    *CANT_SAY_IN_THE_CHILDS_WORDS,
    *A_PLEASURE_AND_WHY,
    *SHE_IN_THE_CHILDS_WORDS,
]

globals().update(review_tests(rows_set(
    "P", SET_P_FLAWED, SET_P_SOUND, asked=asked, fits=_fits_p, place=_placed, sizes=(25, 25),
    left_flagged=LEFT_FLAGGED, flagged_as=lambda case, reply: '("Miss Kaur")' in reply,
    held_sound=HELD_OUT_SOUND)))
