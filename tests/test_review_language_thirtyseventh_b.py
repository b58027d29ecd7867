"""Set R: the eleventh blind wording review (pass 37).

Written before reading any rule in flows/checks, flows/nudges.py, flows/moves.py or the flows'
`checks:` lists (the YAML's questions only were read), in voices the earlier sets did not use:
an early-years nursery key worker, a school nurse, a midwife's antenatal note, a
substance-misuse worker, a domestic-abuse IDVA, a youth offending worker, a residential
children's home worker, an advocate for a disabled parent, a team manager's supervision record
and a practitioner reflecting on her own bias: 25 flawed lines and 25 sound ones, weighted to
the questions earlier sets used least: group supervision, the pre-referral reflection, a
partner's contribution, the success tool, the harm matrix's worst, pattern and history, the
reasons for a number, and the danger statement and safety goal. Each line: (voice, the tool
and its question, the answer), a flawed line also what a practice lead would expect asked back
(set L's kinds, and set P's "privacy"), sent through the real engine at that question.

Blind, on the code as it was (4264d05, the set committed before any run): flawed caught 18/25,
all 18 with a question that fits; sound flagged 2/25 (41/50 answered as a practice lead would).
Missed, all let through: three numbers' reasons that give none ("6 from a health
perspective", "3 - gut feeling really", "2 given the severity"); two reported verdicts at what
is working well ("Mum says she is excited about baby and has everything ready", "Staff report
she is thriving in placement"); a success goal nobody could see met ("She will feel happy and
settled and reach her full potential"); and staff's view kept as the young person's own words
at belonging ("Staff feel she has a strong sense of belonging here and sees it as her home").
Sound lines flagged: "IDVA" in a danger statement asked to be written out once (as the project
means: `LEFT_FLAGGED`), and "I may be reading her as hostile", the writer's note on her own
reading, asked what "hostile" stood for.

Fitted, after the fixes below: flawed caught 25/25, all with a question that fits; sound
flagged 1/25, the one `LEFT_FLAGGED` (49/50).

Fresh variants, written after each fix's design and before it was run (flawed asked with a
question that fits, before -> after; sound let through, before -> after): a number for a point
of view, a hunch or the heading of what was weighed ("5 from a school point of view", "4 -
professional judgement", "3 due to the level of risk", "4, on balance") 0/8 -> 8/8, told what
as well 4/4 -> 4/4; an adult's view of how the child feels where the child's words are kept
("Carers feel he has a real sense of belonging with them", "Staff say she sees the home as her
home now") 1/5 -> 4/5 ("School report she is doing well ..." was not read), then, with "doing
well" and "she has ..." read too, a second batch written before that was run 1/2 -> 2/2 and the
first 5/5; the child's own "Staff say I belong here and I think I do" and the like 4/4 -> 4/4; a
goal whose only "will" is a feeling ("He will feel more confident and positive about his
future", "Mum will feel more able to cope ...") 0/5 -> 5/5, a feeling beside what will be done
4/4 -> 4/4; at what is working well, someone's report of how things are with nothing seen
("Nursery say she is happy and settled", "Key worker says he is really motivated at the
moment") 0/6 -> 6/6, a report of what happens ("Nan says she has had the boys every Saturday
since September so mum can work") 4/4 -> 4/4 (the first design also asked "Mum says that was
for J", which tests/test_review_thirtyfifth.py saves as an answer: the report is now read only
where it is of someone and how they are); the writer wondering whether a word is only her own
reading ("I wonder if I am seeing dad as aggressive ...", "I might be judging mum as
uncooperative ...") 1/3 -> 3/3 let through, "I see dad as aggressive ..." and "Staff see mum
as hostile and resistant" 2/2 -> 2/2 still asked.

Left as they are: at what is working well, a verdict with no one reporting it and nobody named
("She is thriving in placement", "She is excited about the baby and has everything ready") is
let through before and after ("C is thriving in placement" is asked: a name or an initial is
read as whom the verdict is of; reading "she" so is a wider change than this pass). A report
whose words read as doing ("Mum says she loves being a mum") is let through as a report of what
happens. "IDVA" is asked to be written out once, even in a sound danger statement, as the
project means.

The held corpora (tests/test_held_corpora.py) and the earlier sets' files pass as before.
Time (process CPU per check, least of seven runs of twenty, the blind code's checks against
these, alternated): a strength of 694 characters 2.09-2.41 -> 2.18-2.35 ms, and a reported
verdict of 699 1.86-2.40 -> 2.10-2.21 ms; a number's reason of 700 1.66-2.00 -> 1.73-1.97 ms; a
goal of 673 0.79-0.89 -> 0.75-0.78 ms; a supervision worry of 760 with two labels in it
2.94-3.30 -> 2.83-3.43 ms; a young person's belonging of 686 opening "Staff feel she has a
strong sense of belonging" 2.47-2.78 -> 0.13-0.14 ms (now asked at its frame).
"""

from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtysixth import _fits_p
from test_review_language_twentyninth import asked, reply_to

SET_R_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # an early-years nursery key worker
    ("nursery", "contribution:worries",
     "Little one presents as unkempt and hungry most mornings, presentation is a concern",
     "seen"),
    ("nursery", "contribution:child_said",
     "She told me mummy sleeps all day and she has to make her own breakfast",
     "words"),
    # a school nurse
    ("school_nurse", "reflection:what_happened",
     "Enuresis and encopresis, poor hygiene, ?neglect, CAMHS ref not accepted",
     "seen|spell"),
    ("school_nurse", "contribution:partner_scale_why",
     "6 from a health perspective",
     "number"),
    # a midwife's antenatal note
    ("midwife", "reflection:what_happened",
     "Booked late at 28/40, hx of PND, DA disclosed at booking, partner controlling",
     "seen|spell"),
    ("midwife", "reflection:going_well",
     "Mum says she is excited about baby and has everything ready",
     "seen"),
    ("midwife", "supervision:worries",
     "Jade Thompson (17), 22 Elm Court, 32 weeks pregnant, partner is 29",
     "privacy"),
    # a substance-misuse worker
    ("substance", "harm_matrix:harm_frequency",
     "Ongoing use with periodic relapses, pattern remains chaotic",
     "seen"),
    ("substance", "harm_matrix:danger_behaviour",
     "Dad's substance misuse and chaotic lifestyle",
     "seen"),
    ("substance", "supervision:my_scale_why",
     "3 - gut feeling really",
     "number"),
    # a domestic-abuse IDVA
    ("idva", "mapping:existing_safety",
     "MARAC held and Sanctuary scheme fitted at the property",
     "safety|spell"),
    ("idva", "supervision:safety_goal",
     "Mum will not let him back into the house and will keep the children away from him",
     "goal|harmer"),
    ("idva", "supervision:danger_statement",
     "There is a risk of further domestic abuse incidents",
     "danger"),
    # a youth offending worker
    ("yot", "success:others_worried",
     "He keeps making poor choices, associating with negative peers and is heavily involved in "
     "county lines",
     "harmer|seen"),
    ("yot", "supervision:danger_impact",
     "Risk of significant harm and criminalisation",
     "impact|danger"),
    ("yot", "success:goal_first_step",
     "Continue to engage with YOT interventions",
     "who_when|spell"),
    # a residential children's home worker
    ("residential", "success:success_goal",
     "She will feel happy and settled and reach her full potential",
     "goal"),
    ("residential", "success:belonging",
     "Staff feel she has a strong sense of belonging here and sees it as her home",
     "words"),
    ("residential", "harm_matrix:harm_worst",
     "Numerous missing episodes and risk-taking behaviour",
     "seen"),
    ("residential", "contribution:working_well",
     "Staff report she is thriving in placement",
     "seen"),
    # an advocate for a disabled parent
    ("advocate", "mapping:danger_statement",
     "Dad's learning disability means he cannot keep the baby safe",
     "danger"),
    # a team manager's supervision record
    ("manager", "supervision:scale_moved",
     "Drift. Case stuck, SW to progress",
     "seen|who_when"),
    ("manager", "harm_matrix:harm_history",
     "Long-standing concerns, family well known to services",
     "seen"),
    ("manager", "harm_matrix:harm_scale_why",
     "2 given the severity",
     "number"),
    # a practitioner reflecting on her own bias
    ("bias", "supervision:worries",
     "Mum is manipulative and hostile, I suspect disguised compliance",
     "seen"),
)

SET_R_SOUND: tuple[tuple[str, str, str], ...] = (
    # an early-years nursery key worker
    ("nursery", "contribution:worries",
     "On 4 and 11 March T (3) arrived at 9.30 in the same wet nappy as the day before and ate "
     "three bowls of porridge; she cried when her dad came to collect her on both days."),
    ("nursery", "contribution:child_said",
     "mummy sleeping on the sofa and I got the cereal myself"),
    # a school nurse
    ("school_nurse", "reflection:what_happened",
     "Since January K (10) has come to my drop-in eight times with tummy aches; on 6 March she "
     "said 'I don't want to go home because dad shouts when he's drunk' and cried."),
    ("school_nurse", "contribution:partner_scale_why",
     "6: she is eating lunch every day and her wetting has stopped at school since February, "
     "but she still says dad shouts when he drinks."),
    # a midwife's antenatal note
    ("midwife", "reflection:what_happened",
     "At the 28-week appointment on 3 March, mum (17) told me her partner reads her texts, "
     "takes her bank card and stopped her coming to the last two appointments."),
    ("midwife", "reflection:going_well",
     "Mum's aunt drives her to every appointment now and waits in the room; mum has been to all "
     "four since January, and the cot and car seat are ready at the aunt's house."),
    # a substance-misuse worker
    ("substance", "harm_matrix:harm_frequency",
     "Dad has used heroin at home on at least three weekends since Christmas, the last on 8 "
     "March; his tests in February were clear, so it is less often than last year."),
    ("substance", "harm_matrix:danger_behaviour",
     "Dad injects heroin in the bathroom while he is looking after the two-year-old alone, "
     "then falls asleep on the sofa with the front door unlocked."),
    ("substance", "supervision:my_scale_why",
     "4 because dad's tests have been clear since February and nan is there every evening, "
     "but he was found asleep with the toddler awake on 8 March."),
    # a domestic-abuse IDVA
    ("idva", "mapping:existing_safety",
     "When he turned up drunk on 2 and 9 March, mum kept the door locked, took the children "
     "upstairs and rang 999, and he was gone before they woke."),
    ("idva", "supervision:safety_goal",
     "Dad will stay away from mum's flat and speak to her only through his sister about the "
     "children; mum and the children will sleep without the door being banged at night; "
     "everyone will need to see this for six months."),
    ("idva", "supervision:danger_statement",
     "The IDVA, the police and I are worried that dad will come to the flat drunk and strangle "
     "mum again as he did in January, and the children, who are 4 and 6, will be hurt trying "
     "to stop him or too frightened to sleep."),
    # a youth offending worker
    ("yot", "success:others_worried",
     "Two men in their twenties have given him a phone and £200 and driven him to Leeds twice "
     "this month; his mum found him asleep in their car on 5 March."),
    ("yot", "supervision:danger_impact",
     "He could be stabbed or badly beaten by the men who use him to carry drugs, or arrested "
     "and held for what they made him do."),
    ("yot", "success:goal_first_step",
     "His youth justice worker will go with him to the college open day on Tuesday 18 March "
     "and help him fill in the form that afternoon."),
    # a residential children's home worker
    ("residential", "success:success_goal",
     "A will be going to college three days a week by September and cooking her own tea twice "
     "a week at the home, with her key worker checking in each Sunday."),
    ("residential", "success:belonging",
     "here with the staff and the other girls, and at my nan's on Sundays"),
    ("residential", "harm_matrix:harm_worst",
     "On 2 February she was found at 3am in a flat with two adult men, drunk and with cuts on "
     "her arms; she was taken to hospital and kept in overnight."),
    ("residential", "contribution:working_well",
     "Since she moved in on 6 January, A has been at school every day but two, and she cooks "
     "tea with staff on Thursdays and tells them about her day."),
    # an advocate for a disabled parent
    ("advocate", "mapping:danger_statement",
     "The health visitor and mum's advocate are worried that when dad is alone with the baby "
     "at night he does not wake to feed her, as on 1 and 7 March, and she will get dehydrated "
     "and lose weight."),
    # a team manager's supervision record
    ("manager", "supervision:scale_moved",
     "It has been 3 since the October conference. We have tried weekly visits and a written "
     "agreement, and dad has not let us in since November."),
    ("manager", "harm_matrix:harm_history",
     "The health visitor first saw bruises on her legs in June last year; the nursery has "
     "recorded four more since, the last on 10 March."),
    ("manager", "harm_matrix:harm_scale_why",
     "2 because she has been hit with a belt three times since January, the last on 9 March, "
     "and dad says it is how he was brought up."),
    # a practitioner reflecting on her own bias
    ("bias", "supervision:worries",
     "Mum shouted at me and shut the door on 4 and 11 March and has not let me see the baby's "
     "room; I notice I have started to dread the visits, and I may be reading her as hostile."),
    ("bias", "supervision:difference",
     "Mum now texts me before a visit to say if it's a bad day, and on 12 March she let me see "
     "the baby's room for the first time."),
)


def _fits_r(want: str, reply: str) -> bool:
    """Set P's `_fits_p`, reading one reminder set R brought: someone's report of how things
    are, asked what was seen ("... is what you were told ... What have you seen or heard")."""
    if "is what you were told" in reply and "What have you seen or heard" in reply:
        return "seen" in want.split("|")
    return _fits_p(want, reply)


# A sound line still asked about, as the project means: a short form ("IDVA") is written out
# once, with the short form after it in brackets.
LEFT_FLAGGED = frozenset(line for _, _, line in SET_R_SOUND if "IDVA" in line)


# ---- the fixes, each tried on fresh variants written after its design and before it was run --

# A number given for a point of view, a hunch or the heading of what is weighed, with nothing
# of what was seen ("6 from a health perspective", "3 - gut feeling really", "2 given the
# severity").
A_STANDPOINT_ONLY = [
    ("reflection", "worry_scale_why", "5 from a school point of view"),
    ("mapping", "safety_scale_why", "4 - professional judgement"),
    ("harm_matrix", "harm_scale_why", "3 due to the level of risk"),
    ("supervision", "my_scale_why", "6, just a feeling"),
    ("contribution", "partner_scale_why", "7 based on my experience of the family"),
    ("success", "success_scale_why", "5 given everything"),
    ("mapping", "danger_scale_why", "2 because of the history"),
    ("wellbeing", "wellbeing_scale_why", "4, on balance"),
]
A_STANDPOINT_AND_WHAT = [
    ("harm_matrix", "harm_scale_why", "3 given the severity: he broke her arm in January and "
     "she is only 2"),
    ("contribution", "partner_scale_why", "6 from what I see at school: she has had breakfast "
     "club every day since February and laughs with her friends"),
    ("supervision", "my_scale_why", "4 - my gut says lower, but dad has let me in every week "
     "since January and the children are at school"),
    ("reflection", "worry_scale_why", "5 because of the history of bruises, though there have "
     "been none since the school nurse started checking in on Mondays"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_STANDPOINT_ONLY)
def test_a_number_for_a_standpoint_or_a_hunch_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits_p("number", reply), (line, reply)


# Staff's, a carer's or a school's view of how the child feels, where the child's own words
# are asked ("Staff feel she has a strong sense of belonging here and sees it as her home").
A_VIEW_OF_BELONGING = [
    ("success", "belonging", "Carers feel he has a real sense of belonging with them"),
    ("success", "belonging", "Staff say she sees the home as her home now"),
    ("three_houses", "house_good", "Foster carer says she is content and feels safe here"),
    ("success", "own_goals", "PA feels he is thriving and wants to stay in the area"),
    ("mapping", "house_good", "School report she is doing well and has a good bond with her "
     "teacher"),
]
# (a second batch, written after the first was run: "doing well" was then added)
A_VIEW_OF_BELONGING_AGAIN = [
    ("three_houses", "house_dreams", "Teacher says he is doing really well and wants to be a "
     "vet"),
    ("success", "belonging", "Carer feels she has settled and sees them as family"),
]
BELONGING_IN_THEIR_OWN_WORDS = [
    ("three_houses", "house_good", "Teacher says I am doing well at reading and she gave me a "
     "sticker"),
    ("success", "belonging", "Staff say I belong here and I think I do"),
    ("three_houses", "house_good", "My carer feels safe to me and she has a cat"),
    ("success", "belonging", "Nan says she is my home and I am hers"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         A_VIEW_OF_BELONGING + A_VIEW_OF_BELONGING_AGAIN)
def test_an_adults_view_of_how_the_child_feels_is_asked_to_go(flow_id: str, step_id: str,
                                                               line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits_p("words", reply), (line, reply)


# A goal whose only "will" is a feeling, nothing anyone could see them doing ("She will feel
# happy and settled and reach her full potential").
A_FEELING_AS_THE_GOAL = [
    ("success", "success_goal", "He will feel more confident and positive about his future"),
    ("success", "success_goal", "T will feel safe, loved and settled in her placement"),
    ("supervision", "goal_doing", "Mum will feel more able to cope with the children's "
     "behaviour"),
    ("mapping", "goal_doing", "Dad will feel better about himself and be a positive role model"),
    ("success", "success_goal", "She will feel at home and know she belongs"),
]
A_FEELING_WITH_WHAT_IS_DONE = [
    ("success", "success_goal", "K will cook her own tea three nights a week and feel proud "
     "showing her key worker on Sundays, by Easter"),
    ("supervision", "goal_doing", "Dad will ring his brother and leave the house when he feels "
     "himself getting angry, so the children feel safe at home"),
    ("mapping", "goal_doing", "Mum will sit with the boys for a story every night so they feel "
     "settled before bed"),
    ("success", "success_goal", "J will go to the gym with his personal adviser every Tuesday "
     "and will feel fitter by the summer"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_FEELING_AS_THE_GOAL)
def test_a_goal_that_is_only_a_feeling_is_asked_what_will_be_seen(flow_id: str, step_id: str,
                                                                   line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits_p("goal", reply), (line, reply)


# At what is working well, someone's report of a verdict with nothing seen behind it, no
# quotation marks ("Mum says she is excited about baby and has everything ready", "Staff
# report she is thriving in placement").
A_REPORTED_VERDICT = [
    ("mapping", "strengths", "Dad says he is a changed man since the course"),
    ("wellbeing", "strengths", "Nursery say she is happy and settled"),
    ("supervision", "working_well", "The school report that he is doing much better"),
    ("reflection", "going_well", "Foster carer says they are all getting on well"),
    ("contribution", "working_well", "Mum feels the children are well cared for at her "
     "sister's"),
    ("success", "what_helps", "Key worker says he is really motivated at the moment"),
]
A_REPORT_OF_WHAT_HAPPENS = [
    ("mapping", "strengths", "Mum says she takes the girls to the park after school every day, "
     "and I saw them there on 3 March"),
    ("reflection", "going_well", "Nursery say she waves mum off and goes straight to the sand "
     "tray every morning"),
    ("contribution", "working_well", "Nan says she has had the boys every Saturday since "
     "September so mum can work"),
    ("supervision", "working_well", "The health visitor says baby has gained 400g since her "
     "last weigh-in and mum feeds her every three hours"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_REPORTED_VERDICT)
def test_a_reported_verdict_at_what_is_working_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits_r("seen", reply), (line, reply)


# The writer's note on her own reading of someone, as she reflects on it ("I may be reading
# her as hostile"): not her label of them. Her label, or others', is still asked about.
HER_OWN_READING = [
    ("supervision", "worries", "I wonder if I am seeing dad as aggressive because he is so tall "
     "and loud; he has not threatened me"),
    ("supervision", "what_worked", "I realised I had been reading mum as resistant, and when I "
     "asked what she was worried about she talked for an hour"),
    ("supervision", "scale_moved", "Still 3 since June, but I might be judging mum as "
     "uncooperative when she has been to every meeting"),
]
A_READING_AS_A_LABEL = [
    ("supervision", "worries", "I see dad as aggressive and I don't want to visit alone"),
    ("supervision", "worries", "Staff see mum as hostile and resistant"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_READING_AS_A_LABEL)
def test_a_label_said_as_how_someone_is_seen_is_still_asked(flow_id: str, step_id: str,
                                                            line: str) -> None:
    reply = reply_to(flow_id, step_id, line)
    assert _fits_p("seen", reply), (line, reply)


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *A_STANDPOINT_AND_WHAT,
    *BELONGING_IN_THEIR_OWN_WORDS,
    *A_FEELING_WITH_WHAT_IS_DONE,
    *A_REPORT_OF_WHAT_HAPPENS,
    *HER_OWN_READING,
]

globals().update(review_tests(rows_set(
    "R", SET_R_FLAWED, SET_R_SOUND, asked=asked, fits=_fits_r, sizes=(25, 25),
    left_flagged=LEFT_FLAGGED,
    flagged_as=lambda case, reply: reply.startswith('You wrote "IDVA"'),
    held_sound=HELD_OUT_SOUND)))
