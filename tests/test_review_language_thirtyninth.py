"""Set T: the thirteenth blind wording review (pass 39).

Written before reading any rule in flows/checks, flows/nudges.py, flows/moves.py or the flows'
`checks:` lists (the YAML's questions and the earlier sets' test files only were read), in
voices the earlier sets did not use: an education welfare officer, a midwife at a pre-birth
assessment, a domestic abuse advocate, a housing officer, a substance misuse worker, a private
fostering assessor, a Child in Need social worker in Wales, an out-of-hours duty worker, a
children's home manager, a paediatric nurse after a child protection medical, a faith leader
writing as a partner, and a kinship carer's assessor: 25 flawed lines and 25 sound ones, each
pair at one question of a shipped tool, weighted to questions earlier sets used little (how
often the harm happens, the worst of it, who is worried at the Harm Matrix, what the young
person has shown, the worries about the area, a partner's worries and number). Each row:
(voice, "tool:question", line), a flawed one also what a practice lead would expect asked back
(the kinds of tests/test_review_language_thirtyeighth.py's `_fits_s`). Committed (1deb9b5)
before anything was run on it.

Blind, on the code as it was (a250657): flawed caught 21/25, 18 with a question that fits;
sound flagged 0/25 (43/50 answered as a practice lead would). Missed, all let through: what
could happen said only as a risk to someone ("Risk to unborn"); a number's reason that is only
progress ("6 - progress being made") or a verdict on a family ("7 as they are a good family
who attend regularly"); and "whether the arrangement is in M's best interests" as what we don't
know. Asked, but not as expected: "Ongoing" at how long was asked how often; "YP will feel
safe and have positive relationships" only to write "YP" out; "Children's services are worried
about neglect in the home." as a worry statement was asked what the child went without (the
word "neglect"), not what could happen.

Fitted, after the fixes below: flawed caught 25/25, 24 with a question that fits; sound flagged
0/25 (49/50). The one left is `LEFT_ASKED_OTHERWISE`: the wellbeing tool's worry statement has
no statement check of its own, and adding one is a wider change than this pass.

Fresh variants, written after each fix's design and before it was run (flawed asked with a
question that fits, before -> after; sound let through, before -> after): a risk or a harm to
someone, or nothing ("Risk to the unborn baby", "risk to the kids", "Risk") 3/6 -> 6/6, a risk
said ("Risk that the men take her to other towns to sell drugs and she is stabbed") 3/3 ->
3/3; a number for progress ("5, things moving in the right direction", "4 as improvements have
been made", "6 - positive changes noted") 2/5 -> 5/5, progress told (".. : the boys have been
in school every day since half term", "improvements made to the flat", "making good progress
at college and passed her first two units", the last asked before) 2/3 -> 3/3; a verdict on
people ("8 because they are a lovely family") 3/4 -> 4/4, told ("who bring the girls to Sunday
school every week") 2/2 -> 2/2; relationships or feelings as what the child will notice ("She
will have positive relationships with safe adults", "J will feel listened to and have good
friendships") 0/4 -> 4/4 (one was asked only "YP"), with what shows them 2/2 -> 2/2; "best
interests", "can protect", "able to protect" with nothing of what 0/4 -> 4/4, what is not
known said 2/2 -> 2/2; "Ongoing", "for a while", "for the time being", "on-going, long term"
at how long 0/4 -> 4/4 (one asked how often), a period with them 2/2 -> 2/2. Tried after the
fixes: nine sound lines of the same words, three of which the first design of the protecting
and best-interests rules asked about (a court's own decision, a parent's own safety, "since
March mum has been able to protect the boys, taking them ..."), now let through; and a second
round of seven flawed lines, all let through before ("Risk to life", "4 - things are moving
forward", "8 - she's a great kid who works hard", "The children will have a stable home and
consistent routines", "Until further notice"), 7/7 asked with a question that fits after the
rules were widened to them.

The earlier sets' files (every tests/test_review_language*.py) and the held corpora pass as
before: no sound line of theirs is flagged. Time (process CPU per check, least of seven runs of
twenty over set T's fifty lines, base and fitted alternated twice on a shared machine): 0.47-0.50
-> 0.47-0.50 ms; long answers (1,500 to 5,100 characters of a rule's own words repeated) within
the noise of the base's (5,116 characters of "further harm and " 9.8 -> 9.8 ms).
"""

from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import _fits_s, asked_s

SET_T_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # an education welfare officer
    ("ewo", "wellbeing:worry_what",
     "Attendance is a concern and parents are not taking it seriously",
     "seen"),
    ("ewo", "wellbeing:goal_doing",
     "Parents will engage with the attendance support plan and prioritise K's education",
     "goal"),
    # a midwife, pre-birth assessment
    ("midwife", "reflection:what_happened",
     "Late booker at 28/40, concealed pregnancy, previous LAC x2, poor ANC attendance",
     "spell|seen"),
    ("midwife", "mapping:danger_impact",
     "Risk to unborn",
     "impact|danger"),
    # a domestic abuse advocate
    ("idva", "harm_matrix:harm_frequency",
     "Escalating. DASH 18, high risk, going to MARAC",
     "spell|seen"),
    ("idva", "harm_matrix:danger_who",
     "IDVA, police and Ms Tanya Reid (mum)",
     "privacy|spell"),
    # a housing officer
    ("housing", "contextual:home_worries",
     "Property in poor condition, hoarding issues, tenancy at risk",
     "seen"),
    ("housing", "contextual:area_worries",
     "ASB and known drug activity on the estate, county lines",
     "spell|seen"),
    # a substance misuse worker
    ("drugs", "harm_matrix:harm_complicating",
     "Chaotic poly-drug use, not compliant with OST script",
     "spell|seen"),
    ("drugs", "mapping:strengths",
     "Dad is motivated to change and has good insight",
     "seen"),
    # a private fostering assessor
    ("private_fostering", "mapping:grey_areas",
     "Unclear whether the arrangement is in M's best interests",
     "seen"),
    ("private_fostering", "mapping:danger_behaviour",
     "Carer not suitable, possible exploitation of M",
     "seen|harmer"),
    # a Child in Need social worker in Wales
    ("wales_cin", "wellbeing:next_steps",
     "C&S plan to continue, IFSS referral",
     "spell|who_when"),
    ("wales_cin", "wellbeing:wellbeing_scale_why",
     "6 - progress being made",
     "number"),
    ("wales_cin", "wellbeing:worry_statement",
     "Children's services are worried about neglect in the home.",
     "danger"),
    # an out-of-hours duty worker
    ("edt", "supervision:worries",
     "DA call-out OOH, kids present, s47 strat held with police",
     "spell"),
    ("edt", "reflection:needs_to_happen",
     "Day team to follow up",
     "who_when"),
    # a children's home manager
    ("resi", "contextual:harm_signs",
     "Missing x4 this month, returning under the influence, declined RHI",
     "spell|seen"),
    ("resi", "contextual:goal_child",
     "YP will feel safe and have positive relationships",
     "goal"),
    # a paediatric nurse after a child protection medical
    ("paed_nurse", "harm_matrix:harm_impact",
     "Injuries consistent with NAI, consultant's opinion awaited",
     "spell|seen"),
    ("paed_nurse", "harm_matrix:harm_worst",
     "The worst was her presentation on admission",
     "seen"),
    # a faith leader, as a partner
    ("faith", "contribution:worries",
     "Everyone at church knows dad drinks and is violent to mum",
     "seen"),
    ("faith", "contribution:partner_scale_why",
     "7 as they are a good family who attend regularly",
     "number"),
    # a kinship carer's assessor
    ("kinship", "wellbeing:goal_how_long",
     "Ongoing",
     "period"),
    ("kinship", "wellbeing:family_view",
     "Nan minimises the concerns about her son",
     "seen|words"),
)

SET_T_SOUND: tuple[tuple[str, str, str], ...] = (
    # an education welfare officer
    ("ewo", "wellbeing:worry_what",
     "K (8) has been in school 52 of the last 80 mornings; on the days she misses, mum texts at "
     "10 to say she has a headache, and K told her teacher she stays home to mind her baby "
     "brother."),
    ("ewo", "wellbeing:goal_doing",
     "Mum will walk K to the school gate by 8.45 every morning and ring the office before 9 if "
     "she is poorly."),
    # a midwife, pre-birth assessment
    ("midwife", "reflection:what_happened",
     "Mum is 28 weeks pregnant and came to her first appointment yesterday; she told me her two "
     "older children live with their dad after a court case, and she has missed both scans."),
    ("midwife", "mapping:danger_impact",
     "Baby could be born with withdrawal from heroin and need weeks in special care, or be "
     "dropped or left hungry if mum uses while looking after her."),
    # a domestic abuse advocate
    ("idva", "harm_matrix:harm_frequency",
     "Four times since June, the last on Saturday night when he put his hands round her neck in "
     "the kitchen; each time has been worse than the one before."),
    ("idva", "harm_matrix:danger_who",
     "Mum, her advocate, the police and the children's school"),
    # a housing officer
    ("housing", "contextual:home_worries",
     "The flat has had no heating since November, there is black mould on the children's "
     "bedroom wall and bags of rubbish stacked in the hall so the front door only half opens."),
    ("housing", "contextual:area_worries",
     "Young men sell cannabis from the stairwell outside the flat most evenings, and one of "
     "them asked T (14) to carry a bag for him last week."),
    # a substance misuse worker
    ("drugs", "harm_matrix:harm_complicating",
     "Dad has used heroin and crack most days since his mum died in March, and he owes money "
     "to the man who sells to him, who has come to the house twice."),
    ("drugs", "mapping:strengths",
     "Dad has come to every weekly appointment since January and his last six drug tests were "
     "clear; he told me he wants to take his son to football again."),
    # a private fostering assessor
    ("private_fostering", "mapping:grey_areas",
     "We don't know who pays M's school fees, or whether her parents in Nigeria know she has "
     "moved out of her aunt's."),
    ("private_fostering", "mapping:danger_behaviour",
     "The man M lives with keeps her passport, makes her clean his house before school each "
     "day and does not let her go out with friends."),
    # a Child in Need social worker in Wales
    ("wales_cin", "wellbeing:next_steps",
     "I will ring the family's Flying Start health visitor by Friday 14th to book a joint "
     "visit, and mum will take S to the dentist on the 20th."),
    ("wales_cin", "wellbeing:wellbeing_scale_why",
     "6, because the children have had breakfast at home every day this month and mum has "
     "kept every appointment; a 7 would be her sorting out the rent arrears with the council."),
    ("wales_cin", "wellbeing:worry_statement",
     "The school and the health visitor are worried that the boys (2 and 5) are often hungry "
     "and in dirty nappies and clothes when they arrive; if nothing changes, they could become "
     "ill and fall behind with their talking."),
    # an out-of-hours duty worker
    ("edt", "supervision:worries",
     "Police rang at 1am: mum's partner kicked the bedroom door in while she held the baby, and "
     "the 6-year-old hid in the wardrobe and told the officer 'he's always like this when he's "
     "drinking'."),
    ("edt", "reflection:needs_to_happen",
     "I will email the day team's duty manager before 9am, and the police will tell us by noon "
     "whether he is being kept in custody."),
    # a children's home manager
    ("resi", "contextual:harm_signs",
     "She has gone missing four times this month and came back twice smelling of alcohol with "
     "a new phone; she told staff 'they're my mates, they look after me'."),
    ("resi", "contextual:goal_child",
     "She will come back to the home by 10pm each night and tell staff where she has been, and "
     "no one will turn up outside asking for her."),
    # a paediatric nurse after a child protection medical
    ("paed_nurse", "harm_matrix:harm_impact",
     "Three fingertip bruises on his upper arm and a torn frenulum; he flinched when the doctor "
     "lifted his arm and said 'daddy squeezed'."),
    ("paed_nurse", "harm_matrix:harm_worst",
     "On admission on 4 May she had a swollen eye and bruises across both cheeks, and cried "
     "whenever anyone came near her cot."),
    # a faith leader, as a partner
    ("faith", "contribution:worries",
     "Since Easter the girls (6 and 9) have come to Sunday school in the same clothes each week "
     "and asked the helpers for food; last week the younger one had a burn on her hand and said "
     "she did it making toast."),
    ("faith", "contribution:partner_scale_why",
     "7, because mum brings the girls every Sunday and asked me herself about the food bank; an "
     "8 would be them having a hot meal at home every day."),
    # a kinship carer's assessor
    ("kinship", "wellbeing:goal_how_long",
     "Until L starts secondary school in September, about ten months"),
    ("kinship", "wellbeing:family_view",
     "Nan says 'he's never laid a finger on her', but agrees he should not be at the house when "
     "L is there."),
)


def _fits_t(want: str, reply: str) -> bool:
    """Set S's `_fits_s`, reading the reminder this pass adds: a short form and a goal's
    sentence that says only how someone will be, asked together (both kinds: "YP will feel
    safe" is asked to write "YP" out and what anyone could see happening)."""
    if reply.startswith("Each of these would help") and "a goal says what anyone could see" \
            in reply:
        return any(each in ("goal", "spell") for each in want.split("|"))
    return _fits_s(want, reply)


# Set T's flawed line asked with a question that fits less well than another would: a worry
# statement with no harm said is asked what the child went without ("neglect"), not what could
# happen to them; the wellbeing tool's worry statement has no statement check of its own (a
# wider change than this pass; see the report).
LEFT_ASKED_OTHERWISE = {
    "Children's services are worried about neglect in the home.":
        'You wrote "neglect". What did the child go without',
}


# ---- the fixes, each tried on fresh variants written after its design and before it was run --

# What could happen said only as a risk, or a harm, to someone, with nothing of what it would
# be ("Risk to unborn").
A_RISK_TO_SOMEONE = [
    ("mapping", "danger_impact", "Risk to the unborn baby"),
    ("harm_matrix", "danger_impact", "risk to the kids"),
    ("supervision", "danger_impact", "Risk"),
    ("contextual", "danger_impact", "Significant risk to YP"),
    ("wellbeing", "worry_impact", "Harm to the children."),
    ("mapping", "danger_impact", "Baby will be at risk of significant harm"),
]
A_RISK_SAID = [
    ("mapping", "danger_impact", "Risk to the unborn baby of being shaken or dropped when mum "
     "has been drinking"),
    ("harm_matrix", "danger_impact", "The kids could be hit by a thrown bottle again, as T was "
     "in May"),
    ("contextual", "danger_impact", "Risk that the men take her to other towns to sell drugs "
     "and she is stabbed"),
]

# A number's reason that is only progress, with nothing of what moved ("6 - progress being
# made").
A_NUMBER_FOR_PROGRESS = [
    ("wellbeing", "wellbeing_scale_why", "5, things moving in the right direction"),
    ("mapping", "safety_scale_why", "4 as improvements have been made"),
    ("success", "success_scale_why", "7 - she is making good progress"),
    ("contextual", "safety_scale_why", "3. Slow progress"),
    ("harm_matrix", "harm_scale_why", "6 - positive changes noted"),
]
A_NUMBER_FOR_PROGRESS_TOLD = [
    ("wellbeing", "wellbeing_scale_why", "5, progress being made: the boys have been in school "
     "every day since half term"),
    ("mapping", "safety_scale_why", "4 as improvements have been made to the flat; the gate on "
     "the stairs went in on Monday"),
    ("success", "success_scale_why", "7 - she is making good progress at college and passed "
     "her first two units"),
]

# A number's reason, or a strength, that is only a verdict on people, with how they are said
# after it ("7 as they are a good family who attend regularly").
A_VERDICT_ON_PEOPLE = [
    ("contribution", "partner_scale_why", "8 because they are a lovely family"),
    ("wellbeing", "wellbeing_scale_why", "6 - mum is a good parent who tries her best"),
    ("mapping", "strengths", "They're a loving family who want the best for the kids"),
    ("success", "success_scale_why", "7, she is a nice girl who engages well"),
]
A_VERDICT_ON_PEOPLE_TOLD = [
    ("contribution", "partner_scale_why", "8 because they are a lovely family who bring the "
     "girls to Sunday school every week"),
    ("mapping", "strengths", "They're a loving family: nan has the kids every Saturday and "
     "dad reads to them on the phone each night"),
]

# What the child will notice said only as relationships or feelings nobody could see ("YP
# will feel safe and have positive relationships").
A_STATE_OF_RELATIONSHIPS = [
    ("contextual", "goal_child", "She will have positive relationships with safe adults"),
    ("mapping", "goal_child", "The children will have healthy relationships and feel valued"),
    ("wellbeing", "goal_child", "J will feel listened to and have good friendships"),
    ("supervision", "goal_child", "YP will feel safe and have positive relationships"),
]
WHAT_THE_CHILD_NOTICES_OF_PEOPLE = [
    ("contextual", "goal_child", "She will have her youth worker to text when she is scared, "
     "and will spend Fridays with her friends from college"),
    ("wellbeing", "goal_child", "J will feel listened to because his carers sit with him "
     "after school and ask about his day"),
]

# A judgement of what would be best, or of whether someone can protect, with nothing of what
# is not known ("Unclear whether the arrangement is in M's best interests").
A_JUDGEMENT_NOT_KNOWN = [
    ("mapping", "grey_areas", "Whether it is in her best interests to stay with her aunt"),
    ("mapping", "grey_areas", "Unclear if mum can protect"),
    ("mapping", "grey_areas", "Is nan able to protect?"),
    ("wellbeing", "worry_what", "Not sure the current arrangement is in J's best interests"),
]
WHAT_IS_NOT_KNOWN = [
    ("mapping", "grey_areas", "We don't know whether mum would stop dad coming in if he turned "
     "up drunk at night"),
    ("mapping", "grey_areas", "Whether nan can keep the boys away from their uncle when he "
     "visits on Sundays"),
]

# How long said as an open end in other words ("Ongoing", "for a while"), at the question of
# how long everyone needs to see it.
AN_OPEN_END_AGAIN = [
    ("wellbeing", "goal_how_long", "Ongoing"),
    ("mapping", "goal_how_long", "for a while"),
    ("supervision", "goal_how_long", "for the time being"),
    ("contextual", "goal_how_long", "on-going, long term"),
]
A_PERIOD_AGAIN = [
    ("wellbeing", "goal_how_long", "Ongoing until the end of the summer term"),
    ("mapping", "goal_how_long", "for a while: at least six months"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_RISK_TO_SOMEONE)
def test_a_risk_to_someone_is_asked_what_could_happen(flow_id: str, step_id: str,
                                                      line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_t("impact|danger", reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_NUMBER_FOR_PROGRESS)
def test_a_number_for_progress_is_asked_what_is_different(flow_id: str, step_id: str,
                                                          line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert "What is different now, and who has seen it?" in reply, (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_VERDICT_ON_PEOPLE)
def test_a_verdict_on_people_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                    line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_t("seen", reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_STATE_OF_RELATIONSHIPS)
def test_relationships_nobody_could_see_are_asked_what_will_be_happening(
        flow_id: str, step_id: str, line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_t("goal", reply), (line, reply)
    assert "what will the child notice, or someone be doing?" in reply


def test_a_short_form_in_a_state_is_asked_beside_it() -> None:
    """"YP will feel safe": both asked, the short form to write out and the sentence what
    anyone could see (before, only "YP" was asked, as though the goal were fine written out)."""
    reply = asked_s("contextual", "goal_child", "YP will feel safe")
    assert reply is not None
    assert reply.startswith("Each of these would help the family or a conference:")
    assert '• "YP": Could you write "the young person"' in reply
    assert '• "YP will feel safe": What will be happening day to day' in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_JUDGEMENT_NOT_KNOWN)
def test_a_judgement_of_best_interests_or_protecting_is_asked_what_exactly(
        flow_id: str, step_id: str, line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert reply.startswith(('You wrote "best interests". What would be best for the child',
                             'You wrote "can protect". Protect the child from what',
                             'You wrote "able to protect". Protect the child from what')), reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), AN_OPEN_END_AGAIN)
def test_ongoing_or_a_while_is_asked_for_how_long(flow_id: str, step_id: str,
                                                  line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert reply.startswith(f'"{line}" says it will go on, but not yet for how long.'), reply


def test_ongoing_is_still_asked_how_often_where_how_often_is_asked() -> None:
    """The Harm Matrix's "How often does it happen" keeps the question of how often."""
    reply = asked_s("harm_matrix", "harm_frequency", "Ongoing")
    assert reply is not None
    assert reply.startswith('"Ongoing" says it happens, but not yet how often.')


# Sound lines of the same words, tried after the fixes: the first three were asked about by
# the first design of the protecting and best-interests rules, which now leave a court's own
# decision, a parent's own safety and a line that says when, or what happened, alone.
SAID_WITH_IT_AFTER = [
    ("mapping", "grey_areas", "The court will decide what is in her best interests at the final "
     "hearing on 3 June"),
    ("mapping", "grey_areas", "Whether mum can protect herself now she has the non-molestation "
     "order"),
    ("mapping", "existing_safety", "Since March mum has been able to protect the boys, taking "
     "them to her sister's each time he came round drunk."),
    ("mapping", "strengths", "Nan is able to protect the children: she kept dad out on 3 May "
     "and rang the police."),
    ("mapping", "strengths", "Progress has been made with toilet training: she is dry in the "
     "day now."),
    ("contextual", "goal_child", "She will have good friendships with girls in her class and go "
     "to their houses after school"),
    ("mapping", "goal_child", "He will have a positive relationship with his dad, seeing him "
     "every Saturday at nan's"),
    ("wellbeing", "wellbeing_scale_why", "6 - they are a good family who come to every "
     "appointment and the kids are always clean"),
    ("success", "success_scale_why", "7, moving in the right direction: she has kept her flat "
     "since May and pays her rent"),
    ("mapping", "danger_impact", "Risk to baby's life if dad shakes him again"),
    ("mapping", "goal_child", "The children will have a stable home with mum and go to school "
     "every day"),
    ("mapping", "strengths", "Good kid, works hard at school and has never been excluded"),
]

# A second round of variants, each let through before this pass's fixes, tried after them and
# the fixes widened to them (what it fits, as set T's flawed lines): a risk to what of the
# child's, progress as moving forward, a verdict on a young person, a home and routines as a
# state, and an end nobody knows.
SECOND_ROUND = [
    ("mapping", "danger_impact", "Risk to life", "impact|danger"),
    ("harm_matrix", "danger_impact", "Risk to the children's safety and wellbeing",
     "impact|danger"),
    ("contribution", "partner_scale_why", "4 - things are moving forward", "number"),
    ("success", "success_scale_why", "8 - she's a great kid who works hard", "number"),
    ("mapping", "goal_child", "The children will have a stable home and consistent routines",
     "goal"),
    ("supervision", "goal_child", "Baby will have a secure attachment with mum", "goal"),
    ("contextual", "goal_how_long", "Until further notice", "period"),
]


globals().update(review_tests(rows_set(
    "T", SET_T_FLAWED, SET_T_SOUND, asked=asked_s, fits=_fits_t, sizes=(25, 25), paired=True,
    left_asked_otherwise=LEFT_ASKED_OTHERWISE, held_flawed=SECOND_ROUND,
    held_sound=A_RISK_SAID + A_NUMBER_FOR_PROGRESS_TOLD + A_VERDICT_ON_PEOPLE_TOLD
    + WHAT_THE_CHILD_NOTICES_OF_PEOPLE + WHAT_IS_NOT_KNOWN + A_PERIOD_AGAIN + SAID_WITH_IT_AFTER)))


def test_the_new_rules_are_the_ones_that_ask() -> None:
    """Each fix's own pattern is the one that reads its lines (`made_by`)."""
    from flows.checks import plain_language as pl
    from flows.checks.labels import RULES
    from flows.regex import made_by

    harm = pl._HARM_ONLY.fullmatch("Risk to unborn")
    assert harm is not None
    assert made_by(harm, pl._HARM_ONLY)
    assert harm.group("harm") == "Risk to unborn"
    assert pl._HARM_ONLY.fullmatch("Risk to the unborn baby of being shaken") is None
    verdict = pl._BARE_VERDICT.fullmatch("7 as they are a good family who attend regularly")
    assert verdict is not None
    assert made_by(verdict, pl._BARE_VERDICT)
    assert pl._BARE_VERDICT.fullmatch("they are a good family who bring the girls") is None
    state = pl._STATE_TO_COME.fullmatch("She will have positive relationships with safe adults")
    assert state is not None
    assert made_by(state, pl._STATE_TO_COME)
    open_end = pl._OPEN_END.fullmatch("for the time being")
    assert open_end is not None
    assert made_by(open_end, pl._OPEN_END)
    assert pl._OPEN_END.fullmatch("for a while: at least six months") is None
    named = {rule.name: rule for rule in RULES}
    assert {"best interests", "able to protect"} <= set(named)
