"""Set U: the fourteenth blind wording review (pass 40).

Written before reading any rule in flows/checks, flows/nudges.py, flows/moves.py,
flows/plain_language.py or the flows' `checks:` lists (the YAML's questions and the earlier
sets' test files only were read), in voices the earlier sets did not use: a CAMHS
psychologist, a youth offending officer, a special educational needs coordinator, a GP, a
neonatal nurse, an adult mental health worker for a parent, a refuge worker, an independent
visitor, a family group conference coordinator, a disabled children's team worker, an
unaccompanied asylum-seeking child's worker and a probation officer: 25 flawed lines and 25
sound ones, each pair at one question of a shipped tool, weighted to questions earlier sets
used little or never (what professionals and the community will do about places, how everyone
will know the plan is working, the first small sign, how long it has gone on, what worked in
supervision, how the family coped before, who will help with a success goal, what is working
at school, the other parent's number). Each row: (voice, "tool:question", line), a flawed one
also what a practice lead would expect asked back (the kinds of set T's `_fits_t`). Committed
(c1b59ae) before anything was run on it.

Blind, on the code as it was (5d9c955): flawed caught 19/25, 17 with a question that fits;
sound flagged 0/25 (42/50 answered as a practice lead would). Let through: a clinical
intervention named as what worked ("Psychoeducation and containment with mum"); how the plan
will be known to work said as a fall in something ("Reduction in reoffending and missing
episodes"); a parent's number for "good insight"; the writer's verdict where the young
person's own words are asked ("He lacks a sense of belonging"); "Professionals" as who is
worried; and "Trafficking indicators" as what people are doing to the young person. Asked, but
not as expected: "IV to support" (who will help, and how) and "Regular reviews and good
communication between family and professionals" (how everyone will know the plan is working)
were both asked what the services did meant for the child, a question about the past, not who
will do what or who will notice.

Fitted, after the fixes below (2e0d48d): flawed caught 24/25, 23 with a question that fits;
sound flagged 0/25 (48/50). Left: `LEFT_UNASKED`, the reason given with a parent's own number
(kept as theirs, saved with the number and read by no wording check: asking of it changes how
a parent's number is taken, wider than this pass), and `LEFT_ASKED_OTHERWISE`, "IV to
support" (the fix tried, the next steps' check at who will help with a success goal, asked a
well-answered walk's "His youth worker will go with him to the open day ..." by when, which
that question does not ask, and was taken out).

Fresh variants, written after each fix's design and before it was run (flawed asked with a
question that fits, before -> after; sound let through, before -> after): a crowd as who is
worried ("All professionals", "Everyone involved", "The network", "Multi-agency", "Agencies.")
0/5 -> 5/5, a crowd with its members named 3/3 -> 3/3; a harm's indicators, risk factors or
signs where the harm is trafficking or modern slavery 1/4 -> 4/4, what was seen 2/2 -> 2/2; a
way of working named as what was done or helped ("Direct work and psychoeducation",
"Relational work with the family", "Containment sessions with dad have helped") 2/5 -> 5/5,
told with what happened 2/2 -> 2/2; the work's words for how a young person sees themselves
kept as their own ("She has no sense of identity", "Low self-esteem", "Her low mood") 0/5 ->
5/5, their own words of it 3/3 -> 3/3; how everyone will know the plan is working said as a
measure with nobody to notice ("Reduction in missing episodes", "Fewer police call-outs",
"Decrease in offending", "Regular reviews") 2/5 -> 5/5, with someone who will tell 1/2 -> 2/2
(what is counted, "fewer police call-outs", was asked what happened); support only at who will
help with a success goal 0/2 -> 0/2 (the fix taken out, above; "Carers to support with this"
was tried with them and is not asked by the next steps' check either). Tried after the fixes:
ten sound lines of the same words, the tools' own help examples for how everyone will know
among them, all let through; and a second round of eight flawed lines, 3/8 -> 8/8.

The earlier sets' files (every tests/test_review_language*.py), the held corpora and the check
tests pass as before. Time (process CPU per check, least of seven runs of twenty over set U's
fifty lines, base and fitted alternated twice on a shared machine): 0.45-0.47 -> 0.48 ms;
5,100 characters of "further harm and " 8.4-9.0 -> 8.5-8.6 ms; 4,080 characters of "Reduction
in missing episodes and fewer call-outs. " at how everyone will know 10.0-10.6 ms (as the
wording check) -> 11.0 ms (as its own).
"""

from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t

SET_U_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a CAMHS psychologist
    ("camhs", "harm_matrix:child_vulnerability",
     "Attachment difficulties and possible ASD, awaiting ND assessment",
     "spell|seen"),
    ("camhs", "supervision:what_worked",
     "Psychoeducation and containment with mum",
     "seen"),
    # a youth offending officer
    ("yot", "contextual:goal_doing",
     "Partnership disruption activity and a robust multi-agency response",
     "seen|goal"),
    ("yot", "contextual:yp_worries",
     "Known to YOS, NRM referral made, CCE indicators",
     "spell|seen"),
    ("yot", "contextual:plan_working",
     "Reduction in reoffending and missing episodes",
     "seen|who_when"),
    # a special educational needs coordinator
    ("senco", "contextual:school_strengths",
     "Good relationship with key adult, accessing nurture provision",
     "seen"),
    ("senco", "wellbeing:unmet_needs",
     "EHCP needs updating, SALT input required",
     "spell|seen"),
    # a GP
    ("gp", "reflection:what_happened",
     "Frequent attender, multiple A&E presentations, DNA x3 for 8/52 checks",
     "spell|seen"),
    ("gp", "contribution:working_well",
     "Mum is compliant with her medication",
     "seen"),
    # a neonatal nurse
    ("neonatal", "mapping:first_sign",
     "Improved parental engagement on the unit",
     "seen|goal"),
    ("neonatal", "harm_matrix:harm_history",
     "Long-standing concerns",
     "period|seen"),
    # an adult mental health worker, for a parent
    ("amh", "harm_matrix:harm_complicating",
     "Mum has EUPD, open to CMHT, recently discharged from HTT",
     "spell"),
    ("amh", "mapping:safety_scale_parent_2",
     "8, he has good insight into his mental health",
     "number|seen"),
    # a refuge worker
    ("refuge", "mapping:existing_safety",
     "Mum fled to refuge, demonstrating protective capacity",
     "safety|seen"),
    ("refuge", "wellbeing:coped",
     "Mum is resilient and has survived DA before",
     "spell|seen"),
    # an independent visitor
    ("iv", "success:belonging",
     "He lacks a sense of belonging",
     "words|seen"),
    ("iv", "success:goal_support",
     "IV to support",
     "spell|who_when"),
    # a family group conference coordinator
    ("fgc", "mapping:trusted_adults",
     "Extended family: to provide support",
     "who_when|seen"),
    ("fgc", "mapping:plan_working",
     "Regular reviews and good communication between family and professionals",
     "seen|who_when"),
    # a disabled children's team worker
    ("dct", "wellbeing:harder",
     "Carer stress, lack of respite, complex health needs",
     "seen"),
    ("dct", "three_houses:worker_noticed",
     "Non-verbal, limited engagement, presented as settled",
     "seen"),
    # an unaccompanied asylum-seeking child's worker
    ("uasc", "contextual:danger_who",
     "Professionals",
     "seen|danger"),
    ("uasc", "contextual:danger_behaviour",
     "Trafficking indicators",
     "seen|harmer"),
    # a probation officer
    ("probation", "mapping:family_view",
     "Dad is in denial and deflects blame",
     "seen|words"),
    ("probation", "mapping:next_steps",
     "OM to complete risk assessment and share via MAPPA",
     "spell|who_when"),
)

SET_U_SOUND: tuple[tuple[str, str, str], ...] = (
    # a CAMHS psychologist
    ("camhs", "harm_matrix:child_vulnerability",
     "He is 7 and autistic; he doesn't speak to adults he doesn't know and would not tell "
     "anyone at school if he was hurt at home."),
    ("camhs", "supervision:what_worked",
     "I met mum on her own three times and drew out with her what happens for E before a "
     "meltdown; since then she sits with E on the stairs instead of shouting."),
    # a youth offending officer
    ("yot", "contextual:goal_doing",
     "Police will patrol the chicken shop on Mill Road between 4 and 8pm on school days, and "
     "the council will lock the alley gate behind it by the end of the month."),
    ("yot", "contextual:yp_worries",
     "He is 14, was excluded in March and spends his days at home alone, and he owes the "
     "older boys £300 they say he lost when police took a bag off him."),
    ("yot", "contextual:plan_working",
     "His mum will text the youth offending worker each night he is home by 9, and the youth "
     "worker will ring her if he misses Thursday's group."),
    # a special educational needs coordinator
    ("senco", "contextual:school_strengths",
     "He goes to the nurture room at lunch every day and tells Mrs K, the teaching assistant, "
     "when the older boys have messaged him."),
    ("senco", "wellbeing:unmet_needs",
     "She can't yet say when she needs the toilet and has wet herself in class most days "
     "this term; nobody has shown staff the signs she uses at home."),
    # a GP
    ("gp", "reflection:what_happened",
     "Baby (3 months) has been brought to A&E four times since birth, twice with a bruised "
     "ear, and mum has missed three appointments for his eight-week check and jabs."),
    ("gp", "contribution:working_well",
     "Mum collects her prescription herself every month, and the boys come with her to "
     "appointments clean, chatty and dressed for the weather."),
    # a neonatal nurse
    ("neonatal", "mapping:first_sign",
     "Mum and dad come onto the unit for the 10 o'clock feed at least four days a week and do "
     "the tube feed themselves."),
    ("neonatal", "harm_matrix:harm_history",
     "Since baby was admitted on 2 February; the midwife first heard of it at 20 weeks, when "
     "mum said dad had pushed her down the stairs."),
    # an adult mental health worker, for a parent
    ("amh", "harm_matrix:harm_complicating",
     "Mum hears voices when she stops her tablets, and she has had no mental health nurse "
     "since hers left in June."),
    ("amh", "mapping:safety_scale_parent_2",
     "8 - he says he rings his crisis team when the voices come back and his sister has the "
     "kids that night, as she did twice in May."),
    # a refuge worker
    ("refuge", "mapping:existing_safety",
     "On 12 April, after he threatened her with a knife, mum took both children to a refuge "
     "40 miles away that night, and has kept the address from him since."),
    ("refuge", "wellbeing:coped",
     "When she left her first partner in 2019 she stayed with her sister, got the boys into a "
     "new school within a week and went to a women's group every Tuesday."),
    # an independent visitor
    ("iv", "success:belonging",
     "'At my foster carer's, with the dog, and at football on Saturdays with my mates.'"),
    ("iv", "success:goal_support",
     "I will take him to the climbing wall every other Saturday and help him fill in the "
     "college form at the library on 9 March."),
    # a family group conference coordinator
    ("fgc", "mapping:trusted_adults",
     "Aunt S: has the girls every Friday night, and will pick them up from school whenever "
     "mum texts her that she is unwell"),
    ("fgc", "mapping:plan_working",
     "Nan will ring the social worker every Sunday evening to say whether dad kept to the "
     "weekend plan, and the school will tell her on Monday if the girls seem tired or upset."),
    # a disabled children's team worker
    ("dct", "wellbeing:harder",
     "Mum has not slept more than three hours a night since March because J (12) wakes to be "
     "turned, and the overnight carers stopped coming when their agency closed."),
    ("dct", "three_houses:worker_noticed",
     "She used her eye-gaze board to pick 'sad' when I asked about bath time, and turned her "
     "head away from the picture of her dad."),
    # an unaccompanied asylum-seeking child's worker
    ("uasc", "contextual:danger_who",
     "His key worker at the hostel, his college tutor, the police, and A himself"),
    ("uasc", "contextual:danger_behaviour",
     "Men from the car wash where he worked before he came to us keep messaging him to say he "
     "owes them for his journey and that they know where his mother lives."),
    # a probation officer
    ("probation", "mapping:family_view",
     "Dad says 'I never touched her, she fell', but he agrees not to be alone with the baby "
     "until the court hearing."),
    ("probation", "mapping:next_steps",
     "I will tell the social worker by Friday 7 June whether his licence lets him live at the "
     "flat, after I see him on the Thursday."),
)

# Set U's flawed line still let through: the reason given with a parent's own number is kept
# as theirs, unread by the wording checks (the engine saves it with the number, no reminder
# before it); asking of it is a change to how a parent's number is taken, wider than this pass.
LEFT_UNASKED = frozenset({"8, he has good insight into his mental health"})


# Set U's flawed line asked with a question that fits less well than another would: "IV to
# support", at who will help with a success goal, is asked what the services did meant for
# the young person, a question of the past (see `SUPPORT_ONLY`).
# (Since asked what exactly the helper will do, and when: tests/test_wording_fortieth_b.py.)
LEFT_ASKED_OTHERWISE: dict[str, str] = {}


# ---- the fixes, each tried on fresh variants written after its design and before it was run --
# (tool, question, line, what a practice lead would expect asked back) for the flawed ones.

# Who is worried said only as a crowd, with no service or role named ("Professionals").
A_CROWD_WORRIED = [
    ("mapping", "danger_who", "All professionals", "seen|danger"),
    ("wellbeing", "worry_who", "Everyone involved", "seen|danger"),
    ("harm_matrix", "danger_who", "The network", "seen|danger"),
    ("supervision", "danger_who", "Multi-agency", "seen|danger"),
    ("contextual", "danger_who", "Agencies.", "seen|danger"),
]
A_CROWD_NAMED = [
    ("mapping", "danger_who", "All the professionals: the school, the health visitor and the "
     "police"),
    ("wellbeing", "worry_who", "Everyone: the school nurse, the GP and mum"),
    ("harm_matrix", "danger_who", "The police and the network (nan and aunt S)"),
]

# A harm's signs or risk factors named, with nothing seen ("Trafficking indicators").
A_HARMS_SIGNS = [
    ("contextual", "danger_behaviour", "Modern slavery indicators", "seen"),
    ("harm_matrix", "danger_behaviour", "Trafficking risk factors", "seen"),
    ("mapping", "worst_harm", "Indicators of trafficking", "seen"),
    ("contextual", "harm_outside", "Signs of modern slavery", "seen"),
]
A_HARMS_SIGNS_SEEN = [
    ("contextual", "danger_behaviour", "A man who says he is her uncle collects her from the "
     "hostel each night and takes her phone; she told her worker she has to pay him back for "
     "her journey."),
    ("mapping", "grey_areas", "Whether the man who brought him to the UK is still in touch "
     "with him"),
]

# A way of working named as what was done or helped, with nothing of what was said or done
# ("Psychoeducation and containment with mum").
A_WAY_OF_WORKING = [
    ("supervision", "what_worked", "Direct work and psychoeducation", "seen"),
    ("supervision", "difference", "Psychoeducation helped mum understand", "seen"),
    ("wellbeing", "coped", "Mum accessed psycho-education after her last baby", "seen"),
    ("supervision", "what_worked", "Relational work with the family", "seen"),
    ("mapping", "strengths", "Containment sessions with dad have helped", "seen"),
]
A_WAY_OF_WORKING_TOLD = [
    ("supervision", "what_worked", "I showed mum a short film about how a baby's brain grows "
     "when adults shout near him, and afterwards she said she would take any row outside."),
    ("supervision", "what_worked", "Direct work with T on 3 May: she drew her family and put "
     "dad outside the house."),
]

# The writer's account of how the young person sees themselves, kept as their own words ("He
# lacks a sense of belonging").
A_SENSE_OF_SELF_SAID_OF = [
    ("success", "belonging", "She has no sense of identity", "words"),
    ("three_houses", "house_worries", "Low self-esteem", "words"),
    ("success", "vision", "He lacks self-worth", "words"),
    ("three_houses", "house_dreams", "To have a sense of belonging", "words"),
    ("mapping", "house_worries", "Her low mood", "words"),
]
A_SENSE_OF_SELF_SAID = [
    ("success", "belonging", "I don't really belong anywhere, only at my nan's."),
    ("three_houses", "house_worries", "everyone at school says I'm stupid"),
    ("success", "vision", "'A flat of my own and a dog, and a job fixing cars'"),
]

# How everyone will know the plan is working, said as a measure with nobody to notice it
# ("Reduction in reoffending and missing episodes").
A_MEASURE_NOBODY_SEES = [
    ("contextual", "plan_working", "Reduction in missing episodes", "seen|who_when"),
    ("mapping", "plan_working", "Fewer police call-outs", "seen|who_when"),
    ("mapping", "plan_working", "Improved school attendance and fewer incidents",
     "seen|who_when"),
    ("contextual", "plan_working", "Decrease in offending", "seen|who_when"),
    ("mapping", "plan_working", "Regular reviews", "seen|who_when"),
]
A_MEASURE_SOMEONE_SEES = [
    ("mapping", "plan_working", "Fewer police call-outs: the police will tell the social "
     "worker each Monday whether they were called to the house"),
    ("contextual", "plan_working", "His mum will tell the youth worker each Friday how many "
     "nights he was home by 10, and the school will ring her the same day if he is absent."),
]

# Who will help with a goal said only as support, with nothing of what or when ("IV to
# support"). The fix tried (the next steps' check at this question) asked a well-answered
# walk's "His youth worker will go with him to the open day ..." by when, which this question
# does not ask: taken out, and these are left asked as before (`LEFT_ASKED_OTHERWISE`).
SUPPORT_ONLY = [
    ("success", "goal_support", "PA to support", "spell|who_when"),
    ("success", "goal_support", "Support from the leaving care team", "who_when"),
]
# (Tried with these, and still let through: "Carers to support with this", the family's
# carers to help with no time said, which the next steps' check does not ask by when either.)
SUPPORT_TOLD = [
    ("success", "goal_support", "Her PA (personal adviser) will go with her to the bank on 12 "
     "May to open the account"),
    ("success", "goal_support", "Her foster carer will drive her to college each Monday until "
     "she has her bus pass."),
]

FLAWED_VARIANTS = (A_CROWD_WORRIED + A_HARMS_SIGNS + A_WAY_OF_WORKING + A_SENSE_OF_SELF_SAID_OF
                   + A_MEASURE_NOBODY_SEES)
SOUND_VARIANTS = (A_CROWD_NAMED + A_HARMS_SIGNS_SEEN + A_WAY_OF_WORKING_TOLD
                  + A_SENSE_OF_SELF_SAID + A_MEASURE_SOMEONE_SEES + SUPPORT_TOLD)


def test_a_crowd_as_who_is_worried_is_asked_which_services() -> None:
    """"Professionals" at who is worried was let through, and the danger statement drafted from
    it began "Professionals are worried"."""
    reply = asked_s("contextual", "danger_who", "Professionals")
    assert reply is not None
    assert reply.startswith('You wrote "Professionals", which does not yet say who is worried. '
                            "Which services or roles are"), reply
    assert reply.endswith("and is the family worried too?")


def test_nobody_to_notice_is_asked_who_will_and_what_they_look_out_for() -> None:
    """"Reduction in reoffending and missing episodes" at how everyone will know the plan is
    working was let through; "Regular reviews" was asked what the services did meant for the
    child, a question of the past."""
    for step_id, line in (("plan_working", "Reduction in reoffending and missing episodes"),
                          ("plan_working", "Regular reviews")):
        reply = asked_s("contextual" if "offending" in line else "mapping", step_id, line)
        assert reply is not None, line
        assert reply.startswith(f'"{line}" says what should change, but not yet who will '
                                "notice it. Who will see or hear it first"), reply
        assert "what the services did" not in reply


def test_a_sense_of_self_said_of_them_is_not_kept_as_their_words() -> None:
    """"He lacks a sense of belonging" was kept, and would be printed, as the young person's
    own words."""
    reply = asked_s("success", "belonging", "He lacks a sense of belonging")
    assert reply is not None
    assert reply.startswith('"He lacks a sense of belonging" reads as your summary'), reply


def test_the_new_rules_are_the_ones_that_ask() -> None:
    """Each fix's own pattern is the one that reads its lines (`made_by`)."""
    from flows import nudges
    from flows.checks import plain_language as pl
    from flows.checks.labels import RULES
    from flows.regex import made_by

    crowd = nudges._ONLY_A_CROWD.fullmatch("All professionals involved.")
    assert crowd is not None
    assert made_by(crowd, nudges._ONLY_A_CROWD)
    assert nudges._ONLY_A_CROWD.fullmatch("All professionals: school and police") is None
    work = nudges._WORK_WORDS.search("He lacks a sense of belonging")
    assert work is not None
    assert made_by(work, nudges._WORK_WORDS)
    notices = pl._SOMEONE_NOTICES.search("nan will ring the social worker")
    assert notices is not None
    assert made_by(notices, pl._SOMEONE_NOTICES)
    assert pl._SOMEONE_NOTICES.search("Fewer police call-outs") is None
    measured = pl._MEASURED.search("Fewer police ")
    assert measured is not None
    assert made_by(measured, pl._MEASURED)
    named = {rule.name: rule for rule in RULES}
    way = named["psychoeducation"].pattern.search("Psychoeducation and containment with mum")
    assert way is not None
    assert made_by(way, named["psychoeducation"].pattern)
    signs = named["signs of"].pattern.search("Trafficking indicators")
    assert signs is not None
    assert made_by(signs, named["signs of"].pattern)


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [(f, st, line) for f, st, line, _ in SUPPORT_ONLY])
def test_support_only_is_still_asked_about(flow_id: str, step_id: str, line: str) -> None:
    # ("PA to support", a helper named, is asked since what exactly they will do, and when)
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert "What exactly will they do" in reply or "says what you make of things" in reply


# Sound lines of the same words, tried after the fixes (the help examples of how everyone
# will know the plan is working among them). Two more were tried and are asked by earlier
# rules, as on the base: "Professionals at the strategy meeting (police, school nurse) and
# mum" ("at the strategy meeting", at who is worried) and a line of psychoeducation told
# with "when he kicked off" ("kicked off").
SAID_WITH_IT_AFTER = [
    ("mapping", "danger_who", "The whole core group: school, GP, health visitor and police"),
    ("wellbeing", "worry_who", "Everyone in the family, and the school"),
    ("mapping", "plan_working", "The police will tell the social worker of any call-out the "
     "same day"),
    ("contextual", "plan_working", "No missing episodes; D stops getting messages on the "
     "second phone; the bus station team no longer see the two men there."),
    ("mapping", "plan_working", "T tells her teacher each Monday how the weekend was; nan "
     "visits on Wednesdays; the police share any call-out with the social worker the same "
     "day."),
    ("mapping", "plan_working", "Fewer nights out: mum will write down each night what time he "
     "comes in and show his worker on Fridays"),
    ("three_houses", "house_worries", "I feel like I don't belong in my family"),
    ("success", "belonging", "'Nowhere really. Maybe at boxing.'"),
    ("contextual", "danger_behaviour", "Men at the car wash take his wages and say he owes "
     "them for his journey, which the police see as trafficking."),
    ("supervision", "difference", "Since the relational work started in May, dad has sat with "
     "K at bedtime most nights, and K says 'daddy doesn't shout now'."),
]

# A second round of flawed variants, written after the fixes and before they were run (3 of
# the 8 asked with a question that fits on the base, 8 after).
SECOND_ROUND = [
    ("mapping", "danger_who", "All services involved", "seen|danger"),
    ("wellbeing", "worry_who", "Partner agencies", "seen|danger"),
    ("harm_matrix", "danger_who", "Everybody", "seen|danger"),
    ("contextual", "danger_behaviour", "Modern slavery risk factors present", "seen"),
    ("supervision", "what_worked", "Solution-focused approach with dad", "seen"),
    ("success", "belonging", "Poor sense of identity and low self-worth", "words"),
    ("contextual", "plan_working", "Less time missing", "seen|who_when"),
    ("mapping", "plan_working", "No further incidents", "seen|who_when"),
]


globals().update(review_tests(rows_set(
    "U", SET_U_FLAWED, SET_U_SOUND, asked=asked_s, fits=_fits_t, sizes=(25, 25), paired=True,
    left_unasked=LEFT_UNASKED, left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    held_flawed=FLAWED_VARIANTS + SECOND_ROUND, held_sound=SOUND_VARIANTS + SAID_WITH_IT_AFTER)))
