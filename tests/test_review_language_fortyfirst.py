"""Set V: the fifteenth blind wording review (pass 41).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py (the YAML's
questions and the earlier sets' test files only were read), in voices set U did not use: a
health visitor, a housing officer, a drug and alcohol worker, a children's home keyworker, a
private fostering assessor, an education welfare officer, a paediatrician, a school's
designated safeguarding lead, a children's guardian, a LADO, a speech and language therapist
and a kinship carer assessor: 25 flawed lines and 25 sound ones, each pair at one question of
a shipped tool, weighted to questions earlier sets used little (the most recent harm, how
often, which places are safe, the young person's friends, what is not yet known, what needs to
happen in group supervision, what worries the young person about the future, how the child's
view was heard). Each row: (voice, "tool:question", line), a flawed one also what a practice
lead would expect asked back (set T's `_fits_t` kinds). Committed (0ddd185) before anything
was run on it.

Blind, on the code as it was (6dfefa7): flawed asked 19/25, 18 with a question that fits;
sound flagged 2/25 (41/50 answered as a practice lead would). Let through: "Safe spaces within
the local community" (what helps, by its kind only), "Suitability of the arrangement and the
carers' motivation" (an assessment's heading as what is not known), "PF team" (two capitals
taken for initials), "PA, on a reduced timetable, frequently missing from education" (a
school's process), "A sustained period" (how long), and "Expressive language difficulties
impacting on peer relationships" kept as the young person's own words. Asked, but not as
expected: "Strategy discussion, risk assessment and consideration of suspension", at what
needs to happen in group supervision, was asked who did what and what changed, a question of
the past. Sound lines asked: see `LEFT_FLAGGED` (both as the project means).

Fitted, after the fixes (the commit adding this docstring): flawed asked 25/25, all with a
question that fits; sound flagged 2/25, the same two (48/50). The fixes: a team's two letters
(`abbreviations._SERVICE_AFTER`); a long period said only as long (`plain_language._OPEN_END`);
a clinician's words kept as a young person's (`nudges._WORK_WORDS`); three rules of
flows/checks/labels.py, "reduced timetable", "suitability" and "safe spaces"; and the
supervision tool's "what needs to happen" read as next steps (its `checks:`, with its help
example rewritten to say who and by when, as it is asked now).

Held-out variants (flawed asked with a question that fits, on the base -> fitted; sound let
through, base -> fitted): the first round, written after the fixes' design and before they
were run, 7/27 -> 21/27 at first run, its six misses then fixed by widening each rule (a time
alone, "last year", no longer makes a school's process or an assessment's heading plain; one
word may come between, "Local youth provision"; "peer relationship difficulties"), 27/27;
sound 18/18 -> 18/18. A second round, written after that, 2/13 -> 13/13, sound 5/7 -> 7/7:
the two asked on the base too, by the claims check ("A supportive network: her nan, her PA and
her boxing coach", "Positive friendships with two girls in her netball team, who walk home
with her"), let through now (`claims._MEMBERS_NAMED`, and "who" before a verb of an event);
tried on four more of those (3/4 -> 4/4 let through) and three bare (2/3 -> 3/3 asked; "Good
friends who are supportive" let through before and after).

Time (process CPU per check, least of seven runs of twenty over set V's fifty lines, base and
fitted alternated twice on a shared machine): 0.46 -> 0.44-0.47 ms; 5,100 characters of
"further harm and " 9.0-9.4 -> 9.4-9.7 ms; 4,000 characters of an ordinary account ("Mum took
the children to school ...") 13.8-13.9 -> 13.5-13.7 ms; 4,000 characters of "Safe spaces
within the local community. ", a hundred hits, 11.8-12.0 -> 13.1-13.3 ms (each hit is read for
what is said with it).
"""

from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t
from test_walk_twentyseventh import _example

from flows.replies import Nudge
from tests.test_walk_seventeenth import FLOWS, reach

SET_V_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a health visitor
    ("hv", "mapping:recent_harm",
     "Home conditions poor at last HV visit, baby presenting as unkempt",
     "spell|seen"),
    ("hv", "wellbeing:goal_doing",
     "Mum will engage with the health visiting service and attend baby clinic",
     "goal"),
    ("hv", "mapping:harm_pattern",
     "Escalating concerns over a period of time",
     "period|seen"),
    # a housing officer
    ("housing", "wellbeing:harder",
     "Rent arrears, ASB complaints and NTQ served",
     "spell|seen"),
    ("housing", "contextual:area_strengths",
     "Safe spaces within the local community",
     "seen"),
    # a drug and alcohol worker
    ("drugs", "harm_matrix:harm_complicating",
     "Dad has a substance misuse issue and is pre-contemplative",
     "spell|seen"),
    ("drugs", "mapping:existing_safety",
     "Mum is compliant with her script and has reduced her use",
     "safety|seen"),
    # a residential children's home keyworker
    ("resi", "contextual:peer_worries",
     "Negative peer influences and risk-taking behaviours",
     "seen"),
    ("resi", "three_houses:worker_noticed",
     "YP presented as guarded and dysregulated throughout",
     "spell|seen"),
    # a private fostering assessor
    ("pf", "mapping:grey_areas",
     "Suitability of the arrangement and the carers' motivation",
     "seen"),
    ("pf", "mapping:danger_who",
     "PF team",
     "spell|seen|danger"),
    # an education welfare officer
    ("ewo", "contribution:needs_to_happen",
     "Attendance to improve to 95% and parents to engage with EWS",
     "goal|who_when|spell"),
    ("ewo", "contextual:school_worries",
     "PA, on a reduced timetable, frequently missing from education",
     "spell|seen"),
    # a paediatrician
    ("paed", "harm_matrix:harm_impact",
     "Injuries consistent with NAI and faltering growth",
     "spell|seen"),
    ("paed", "harm_matrix:danger_impact",
     "Risk of further significant harm",
     "impact|seen"),
    # a school designated safeguarding lead
    ("dsl", "supervision:child_words",
     "Child disclosed DV in the home",
     "words|spell"),
    ("dsl", "contribution:worries",
     "Presentation has deteriorated, hygiene concerns, appears withdrawn",
     "seen"),
    # a children's guardian
    ("guardian", "mapping:family_view",
     "Parents lack insight and minimise the concerns",
     "seen|words"),
    ("guardian", "wellbeing:goal_how_long",
     "A sustained period",
     "period"),
    # a LADO
    ("lado", "harm_matrix:danger_behaviour",
     "Alleged inappropriate conduct and boundary issues by a staff member",
     "seen|harmer"),
    ("lado", "supervision:needs",
     "Strategy discussion, risk assessment and consideration of suspension",
     "who_when"),
    # a speech and language therapist
    ("slt", "success:their_worries",
     "Expressive language difficulties impacting on peer relationships",
     "words|seen"),
    ("slt", "wellbeing:child_view_how",
     "Non-verbal, views not obtained",
     "voice"),
    # a kinship carer assessor
    ("kinship", "mapping:strengths",
     "Strong family network and protective factors in place",
     "seen"),
    ("kinship", "mapping:goal_doing",
     "Gran to prioritise the children's needs and work openly with professionals",
     "goal"),
)

SET_V_SOUND: tuple[tuple[str, str, str], ...] = (
    # a health visitor
    ("hv", "mapping:recent_harm",
     "On 3 June at 11am baby (5 weeks) was in a soaked nappy with red raw skin, and the only "
     "milk in the flat was a bottle made up the night before."),
    ("hv", "wellbeing:goal_doing",
     "Mum will make each bottle fresh and feed baby every three to four hours, and will bring "
     "the feed chart to the Tuesday clinic for the health visitor to see."),
    ("hv", "mapping:harm_pattern",
     "Three times since March that I know of: a bruise on her cheek in March, finger marks on "
     "her arm in May and a cut lip last week, so it is getting more often."),
    # a housing officer
    ("housing", "wellbeing:harder",
     "They owe £1,400 in rent and had a letter on 2 May saying they must leave by 30 June; "
     "neighbours have complained twice about shouting late at night."),
    ("housing", "contextual:area_strengths",
     "The library on Church Street, where the staff know him by name, and his nan's flat in "
     "Elm House."),
    # a drug and alcohol worker
    ("drugs", "harm_matrix:harm_complicating",
     "Dad drinks about two bottles of wine most nights and says it isn't a problem; he has "
     "missed his last two appointments with me."),
    ("drugs", "mapping:existing_safety",
     "When mum started using again in January she rang her sister, who came that evening and "
     "kept the children at hers for a week until mum was clean."),
    # a residential children's home keyworker
    ("resi", "contextual:peer_worries",
     "She goes out most evenings with two girls from the home who get into cars with older men "
     "at the retail park."),
    ("resi", "three_houses:worker_noticed",
     "He kept his hood up and tore the paper into strips when I asked about his mum, then "
     "asked if he could go and play pool."),
    # a private fostering assessor
    ("pf", "mapping:grey_areas",
     "Whether her mother in Lagos knows she is living with Mr A's family, and agreed to it."),
    ("pf", "mapping:danger_who",
     "The private fostering social worker, the school's safeguarding lead and her aunt in "
     "Leeds."),
    # an education welfare officer
    ("ewo", "contribution:needs_to_happen",
     "I will call at the house at 8am on Monday 9 June and walk with mum and T to school, and "
     "the school will ring mum by 9.30 any day T is not there."),
    ("ewo", "contextual:school_worries",
     "He has been in school on 52% of days since September, goes home at 12 on a part-time "
     "timetable, and was seen at the bus station twice in school hours."),
    # a paediatrician
    ("paed", "harm_matrix:harm_impact",
     "Her X-ray showed two broken ribs, about three weeks old and healing, and her weight has "
     "fallen from average to well below average since she was born."),
    ("paed", "harm_matrix:danger_impact",
     "She could be shaken or squeezed again and left with a brain injury, or die."),
    # a school designated safeguarding lead
    ("dsl", "supervision:child_words",
     "'Daddy hit mummy in the kitchen and I hid under the table with Bella.'"),
    ("dsl", "contribution:worries",
     "Since half term she has come in wearing the same uniform every day, smelling of wee, and "
     "sits on her own at break instead of playing with her friends."),
    # a children's guardian
    ("guardian", "mapping:family_view",
     "Mum says 'he only grabbed her arm once and it won't happen again'; dad says social "
     "workers have made it bigger than it was."),
    ("guardian", "wellbeing:goal_how_long",
     "At least six months, including the summer holidays when he will see his dad most."),
    # a LADO
    ("lado", "harm_matrix:danger_behaviour",
     "A PE teacher has been messaging a Year 10 girl on Snapchat late at night, telling her she "
     "is 'mature for her age' and asking her to keep it between them."),
    ("lado", "supervision:needs",
     "The head will tell the teacher by Friday that he must not contact any pupil outside "
     "school, and I will meet the police and the school on Tuesday 17 June."),
    # a speech and language therapist
    ("slt", "success:their_worries",
     "'People laugh when I can't get my words out, so I don't talk in class.'"),
    ("slt", "wellbeing:child_view_how",
     "I sat with her and her picture cards on 4 March while mum was in the next room; she "
     "pointed to 'scared' for bedtime and 'happy' for nursery."),
    # a kinship carer assessor
    ("kinship", "mapping:strengths",
     "Gran has had both boys every weekend since 2022, takes them to football on Saturdays and "
     "gets them to school on Monday mornings."),
    ("kinship", "mapping:goal_doing",
     "Dad will only see the boys at gran's house on Saturday afternoons, sober, with gran in "
     "the room the whole time."),
)

# Set V's sound lines still asked about, as the project means. "started using again" says no
# more of what was used than "using" does (heroin or cannabis changes the worry; the thirty-
# second round's rule asks it, and this line already says who had the children), and a young
# person said to get into cars with men is asked what the men do (what they do is theirs: set
# K's "getting into cars with two older men" is asked the same, tests/test_review_language_
# thirtysecond_c.py).
LEFT_FLAGGED = {
    "When mum started using again in January she rang her sister, who came that evening and "
    "kept the children at hers for a week until mum was clean.": 'You wrote "started using". '
    "Using what,",
    "She goes out most evenings with two girls from the home who get into cars with older men "
    "at the retail park.": 'You wrote "get into cars". Who are these people, what do they do',
}


# ---- held-out variants: written after each fix's design, before they were run -------------
# (tool, question, line, what a practice lead would expect asked back) for the flawed ones.

# What needs to happen in group supervision, said as the services' work with nobody to do it.
NEEDS_AS_WORK = [
    ("supervision", "needs", "Core group, safety plan and review of the CP plan",
     "who_when|spell"),
    ("supervision", "needs", "Referral to CAMHS and a parenting assessment", "who_when|spell"),
    ("supervision", "needs", "Multi-agency meeting and further assessment", "who_when"),
]
NEEDS_TOLD = [
    ("supervision", "needs", "I will ask the GP by Friday for a letter about mum's medication, "
     "and the team manager will chair a meeting with the school on 3 July."),
    ("supervision", "needs", "Nan will have the children every Friday night from this week, and "
     "I will visit dad on Monday to agree when he can see them."),
]

# A team's two-letter short form ("PF team"), left alone before as if it were initials.
A_TEAMS_LETTERS = [
    ("wellbeing", "worry_who", "The CF team", "spell|seen|danger"),
    ("harm_matrix", "danger_who", "FS worker and school", "spell|seen|danger"),
    ("contextual", "danger_who", "The CE team and the police", "spell|seen|danger"),
    ("wellbeing", "next_steps", "FF worker to visit mum by Friday", "spell"),
]
INITIALS_KEPT = [
    ("mapping", "danger_who", "JB (social worker), the school and mum"),
    ("wellbeing", "worry_who", "The school nurse, the GP and KL's nan"),
    ("harm_matrix", "danger_who", "The PE teacher and the police"),
]

# How long, said only as a long period ("A sustained period").
A_LONG_PERIOD = [
    ("mapping", "goal_how_long", "For a significant period of time", "period"),
    ("contextual", "goal_how_long", "Over a prolonged period", "period"),
    ("supervision", "goal_how_long", "Sustained over time", "period"),
    ("wellbeing", "goal_how_long", "A reasonable length of time", "period"),
]
A_PERIOD_SAID = [
    ("mapping", "goal_how_long", "A sustained period: at least six months, through Christmas"),
    ("supervision", "goal_how_long", "For the six months until baby's first birthday"),
]

# A clinician's account of what a child finds hard, kept as the child's own words.
CLINICAL_AS_THEIR_WORDS = [
    ("success", "their_worries", "Social communication difficulties and anxiety impacting on "
     "school", "words"),
    ("three_houses", "house_worries", "Receptive language delay", "words"),
    ("success", "vision", "To improve her emotional regulation", "words"),
    ("mapping", "house_worries", "Peer relationship difficulties", "words"),
]
THEIR_OWN_WORDS = [
    ("success", "their_worries", "I can't say what I want fast enough and they walk off"),
    ("three_houses", "house_worries", "when mum and dad shout at each other"),
    ("success", "vision", "'I want to be a vet and have my own house with a dog'"),
]

# A school's process said as what happens to a young person's days.
SCHOOL_PROCESS = [
    ("contextual", "school_worries", "On a part-time timetable", "seen"),
    ("wellbeing", "worry_what", "Persistent absence and a managed move last year", "seen"),
    ("contextual", "school_worries", "Child missing education since September", "seen"),
    ("contribution", "worries", "Attendance issues", "seen"),
]
SCHOOL_DAYS_TOLD = [
    ("contextual", "school_worries", "Since January he has been on a part-time timetable, in "
     "from 9 to 12, and his mum says he sleeps most afternoons"),
    ("wellbeing", "worry_what", "K has missed 31 days since September; mum says she keeps her "
     "home when her dad has been round."),
]

# What an assessment weighs, named as a heading.
ASSESSMENT_HEADINGS = [
    ("mapping", "grey_areas", "Suitability of the accommodation", "seen"),
    ("mapping", "grey_areas", "Aunt's commitment to the children long term", "seen"),
    ("mapping", "grey_areas", "Carers' motivation for caring", "seen"),
    ("mapping", "grey_areas", "Readiness to care for the baby", "seen"),
]
# (A step setting one up is a step, not the process named as the young person's days: the
# contextual walk's "... will set up a part-time timetable by end of term", tests/test_walk_
# thirtythird_c.py, asked by the first version of the rule and let through since.)
SCHOOL_DAYS_TOLD.append(("contextual", "next_steps", "The school's safeguarding lead will set "
                         "up a part-time timetable by end of term"))

WHAT_IS_UNKNOWN_TOLD = [
    ("mapping", "grey_areas", "Whether her aunt can keep her on when her own baby is born in May"),
    ("mapping", "grey_areas", "Why the carers agreed to take him: they told me his mum pays them "
     "£200 a month."),
]

# What helps, named by its kind with no place or person.
KIND_OF_HELP_ONLY = [
    ("contextual", "area_strengths", "Positive activities in the community", "seen"),
    ("contextual", "peer_strengths", "Pro-social peers and positive role models", "seen"),
    ("success", "what_helps", "Trusted adults", "seen"),
    ("contextual", "area_strengths", "Local youth provision", "seen"),
]
HELP_NAMED = [
    ("contextual", "area_strengths", "The youth club on Mill Lane on Tuesdays, where the leader "
     "walks him to the bus stop after."),
    ("success", "what_helps", "Trusted adults at school: his form tutor and the librarian"),
    ("contextual", "peer_strengths", "His two friends from boxing, who text him to check he got "
     "home"),
    ("contextual", "area_strengths", "Her safe space is her nan's flat above the chip shop"),
]

# A second round, written after the first round's six misses were fixed (those rules were
# widened: a long period or a school's process told with a time alone, "last year", is not
# told; one word between, "Local youth provision", and peers; "peer relationship" and
# "relationship difficulties" as one), before it was run.
SECOND_ROUND_FLAWED = [
    ("mapping", "danger_who", "CS team", "spell|seen|danger"),
    ("wellbeing", "worry_who", "The FH service", "spell|seen|danger"),
    ("contextual", "goal_how_long", "An extended period", "period"),
    ("mapping", "goal_how_long", "For a considerable amount of time", "period"),
    ("success", "their_worries", "Literacy difficulties and low confidence", "words"),
    ("three_houses", "house_worries", "Sensory processing needs", "words"),
    ("contextual", "school_worries", "Off-rolled from his last school, now on a reduced "
     "timetable", "seen"),
    ("reflection", "what_happened", "Severe absence this term", "seen"),
    ("mapping", "grey_areas", "Mum's motivation", "seen"),
    ("wellbeing", "harder", "Suitability of the housing", "seen"),
    ("contextual", "online_strengths", "Positive online activities", "seen"),
    ("success", "what_helps", "Supportive network", "seen"),
    ("contextual", "peer_strengths", "Positive peer groups", "seen"),
]
SECOND_ROUND_SOUND = [
    ("wellbeing", "worry_who", "KM (health visitor) and the GP"),
    ("contextual", "goal_how_long", "Until the end of Year 11 in July, about eight months"),
    ("success", "their_worries", "'Reading out loud in class, cos people laugh'"),
    ("contextual", "school_worries", "Since the managed move in May he has been in his new "
     "school every morning but leaves at lunch and goes to the park with older boys."),
    ("mapping", "grey_areas", "Whether mum will still want the children home once her new "
     "partner moves in"),
    ("contextual", "peer_strengths", "Positive friendships with two girls in her netball team, "
     "who walk home with her"),
    ("success", "what_helps", "A supportive network: her nan, her PA and her boxing coach"),
]

# Praise of a group with who is in it named after a colon, a dash or a bracket, or what the
# people do told after "who" (the second round's two sound lines, asked on the base too as
# "says what you make of things"), written after that fix's design and before it was run.
GROUP_NAMED = [
    ("mapping", "strengths", "A strong support network: nan, aunt S and the neighbour next door"),
    ("contextual", "peer_strengths", "Good friends from the youth club, who ring her when she is "
     "late home"),
    ("wellbeing", "strengths", "Positive relationships (mum and gran) and a school that knows "
     "her well"),
    ("success", "what_helps", "Supportive adults - her foster carer and her PA"),
]
GROUP_ONLY = [
    ("mapping", "strengths", "A strong support network", "seen"),
    ("wellbeing", "strengths", "Positive relationships with professionals", "seen"),
    ("success", "what_helps", "Supportive adults around her", "seen"),
]
# (Tried with these, and let through before and after: "Good friends who are supportive".)

HELD_OUT_FLAWED = (NEEDS_AS_WORK + A_TEAMS_LETTERS + A_LONG_PERIOD + CLINICAL_AS_THEIR_WORDS
                   + SCHOOL_PROCESS + ASSESSMENT_HEADINGS + KIND_OF_HELP_ONLY
                   + SECOND_ROUND_FLAWED + GROUP_ONLY)
HELD_OUT_SOUND = (NEEDS_TOLD + INITIALS_KEPT + A_PERIOD_SAID + THEIR_OWN_WORDS
                  + SCHOOL_DAYS_TOLD + WHAT_IS_UNKNOWN_TOLD + HELP_NAMED + SECOND_ROUND_SOUND
                  + GROUP_NAMED)


globals().update(review_tests(rows_set(
    "V", SET_V_FLAWED, SET_V_SOUND, asked=asked_s, fits=_fits_t, sizes=(25, 25), paired=True,
    left_flagged=frozenset(LEFT_FLAGGED),
    flagged_as=lambda case, reply: reply.startswith(LEFT_FLAGGED[case[2]]),
    held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))


# ---- what a practitioner sees, for each fix ------------------------------------------------

def test_a_teams_two_letters_are_asked_to_be_written_out() -> None:
    """"PF team" at who is worried was let through: two capitals were taken for someone's
    initials, and the danger statement drafted from it began "PF team are worried"."""
    reply = asked_s("mapping", "danger_who", "PF team")
    assert reply is not None
    assert reply.startswith('You wrote "PF". Could you write out what PF stands for'), reply
    # someone's initials, with their role, are still theirs
    assert asked_s("mapping", "danger_who", "JB (social worker), the school and mum") is None


def test_what_needs_to_happen_in_supervision_is_asked_who_and_by_when() -> None:
    """"Strategy discussion, risk assessment and consideration of suspension", at what needs
    to happen in group supervision, was asked "Who did what with the family, and what
    changed?", a question of the past."""
    line = "Strategy discussion, risk assessment and consideration of suspension"
    reply = asked_s("supervision", "needs", line)
    assert reply is not None
    assert reply.startswith(f'"{line}" is a next step, but not yet who will do it and by '
                            "when."), reply
    assert "what changed" not in reply


def test_the_supervision_needs_example_typed_as_the_answer_is_not_asked_about() -> None:
    """The question's own example, typed as the answer, was asked who would "talk with dad";
    the example now says who does each thing, and by when."""
    flow = FLOWS["supervision"]
    chat = reach(flow, "needs")
    chat.send(_example(flow, "needs"))
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers["needs"] == _example(flow, "needs")


def test_a_long_period_is_asked_how_long() -> None:
    """"A sustained period" at how long everyone needs to see the goal was let through, and
    the safety goal drafted from it said "for a sustained period"."""
    reply = asked_s("wellbeing", "goal_how_long", "A sustained period")
    assert reply is not None
    assert reply.startswith('"A sustained period" says it will go on, but not yet for how '
                            "long."), reply


def test_a_clinicians_account_is_not_kept_as_the_young_persons_words() -> None:
    """"Expressive language difficulties impacting on peer relationships" was kept, and
    would be printed in quotation marks, as what the young person said worries them."""
    line = "Expressive language difficulties impacting on peer relationships"
    reply = asked_s("success", "their_worries", line)
    assert reply is not None
    assert reply.startswith(f'"{line}" reads as your summary'), reply


def test_a_schools_process_is_asked_what_the_young_persons_day_is() -> None:
    reply = asked_s("contextual", "school_worries",
                    "PA, on a reduced timetable, frequently missing from education")
    assert reply is not None
    assert "What is the young person's school day like now: when do they arrive and leave" \
        in reply, reply


def test_an_assessments_heading_is_asked_what_leaves_you_unsure() -> None:
    reply = asked_s("mapping", "grey_areas",
                    "Suitability of the arrangement and the carers' motivation")
    assert reply is not None
    assert reply.startswith('You wrote "Suitability of the arrangement". What have you seen or '
                            "heard that leaves you unsure"), reply


def test_help_named_by_its_kind_is_asked_which_places_or_people() -> None:
    reply = asked_s("contextual", "area_strengths", "Safe spaces within the local community")
    assert reply is not None
    assert reply.startswith('You wrote "Safe spaces". Which places or people, by name or role'), \
        reply
    assert 'like "The youth club on Mill Lane' in reply, reply


def test_the_new_rules_are_the_ones_that_ask() -> None:
    """Each fix's own pattern is the one that reads its lines (`made_by`)."""
    from flows import nudges
    from flows.checks import abbreviations, plain_language
    from flows.checks.labels import RULES
    from flows.regex import made_by

    team = abbreviations._SERVICE_AFTER.match("PF team", 2)
    assert team is not None
    assert made_by(team, abbreviations._SERVICE_AFTER)
    assert abbreviations._SERVICE_AFTER.match("JB, social worker", 2) is None
    period = plain_language._OPEN_END.fullmatch("A sustained period")
    assert period is not None
    assert made_by(period, plain_language._OPEN_END)
    assert plain_language._OPEN_END.fullmatch("A period of six months") is None
    work = nudges._WORK_WORDS.search("Receptive language delay")
    assert work is not None
    assert made_by(work, nudges._WORK_WORDS)
    named = {rule.name: rule for rule in RULES}
    for name, line in (("reduced timetable", "On a reduced timetable"),
                       ("suitability", "Suitability of the accommodation"),
                       ("safe spaces", "Positive activities in the community")):
        found = named[name].pattern.search(line)
        assert found is not None, name
        assert made_by(found, named[name].pattern), name
    assert named["safe spaces"].pattern.search("Safe places: the library and nan's") is None
