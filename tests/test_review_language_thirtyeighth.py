"""Set S: the twelfth blind wording review (pass 38).

Written before reading any rule in flows/checks, flows/nudges.py, flows/moves.py or the flows'
`checks:` lists (the YAML's questions and the shared domain notes only were read), in voices
the earlier sets did not use: a GP's referral letter, a disabled child's short-break worker, a
parent writing her own part of a wellbeing plan, a Scottish practitioner's GIRFEC terms, a
children's guardian's court-report style, a speech and language therapist, a dental nurse, a
football club's welfare officer, a police community support officer, a hospital play
specialist, a supported-lodgings host and a newly qualified social worker in her first year:
25 flawed lines and 25 sound ones, weighted to the questions earlier sets used least (none or
one to three lines each): who is worried, what the child will notice, for how long, how the
child's view was heard, whose views are missing, the worry statement, a young person's
strengths, the contextual danger and goal, the harm matrix's likely impact and what the carer
said, how a child took part and what the worker noticed, the group question, and the reasons
for the pre-referral and success numbers. Each line: (voice, the tool and its question, the
answer), a flawed line also what a practice lead would expect asked back (set L's kinds, set
P's "privacy", and two this set adds: "period", a length of time asked for, and "voice", how
else the child's view was heard or seen), sent through the real engine at that question ("how
else they took part", asked only after "Another way", is reached by choosing it: `asked_s`).

Blind, on the code as it was (f423702, the set committed before any run): flawed caught 17/25,
15 with a question that fits; sound flagged 0/25 (40/50 answered as a practice lead would).
Missed, all let through: how long said as an open end ("For the foreseeable future"; "Until
things are better" was asked, but as "what you make of things", not for a period); what the
child will notice said as a state ("J will have his needs met consistently ...", "M will
communicate her needs effectively", "He will be safe in the community"); a harm named and
nothing of it ("Further exploitation and harm"); a number's reason that is only how she is
doing ("5, she's doing OK really"; the GP's "4 - I would be grateful for a social care
assessment in view of the above" was asked, but as what the services did); and two lines at
questions that ask only about privacy (how the child's view was heard, whose views are
missing). No sound line was flagged.

Fitted, after the fixes below: flawed caught 23/25, all 23 with a question that fits; sound
flagged 0/25 (48/50). The two left are `LEFT_UNASKED`.

Fresh variants, written after each fix's design and before it was run (flawed asked with a
question that fits, before -> after; sound let through, before -> after): an open end at how
long ("As long as it takes", "until the worries have gone", "indefinitely", "Until it's
sorted") 0/7 -> 7/7 (one was asked before, as "what you make of things"), a period or a time
everyone knows ("Until M is walking, about four months", "Until things are better for a whole
term: Christmas at the earliest") 4/4 -> 4/4; a state nobody could see as what the child will
notice ("Baby will be safeguarded", "K will achieve her potential at school", "She will be
protected from exploitation") 0/6 -> 6/6, what anyone could see ("J will feel safe at home
because nobody shouts at bedtime", "Baby will be fed every three hours and held when she
cries") 4/4 -> 4/4; a harm named only ("Continued abuse", "harm", "Exploitation, abuse and
further harm") 0/5 -> 5/5, a harm said ("Further bruising and broken bones, and he may learn to
hide it from school") 3/3 -> 3/3; a number for "as above", "see my worries above", "for the
reasons given", "he's doing alright", "things are going ok" or a request ("5 - I would like
someone to visit the family please") 1/6 -> 6/6, told what as well ("4 as above: dad has
stayed at his brother's since the 3rd ...", "3, and I would like someone to visit today
because she has a new bruise on her cheek") 3/3 -> 3/3.

Left as they are: how the child's view was heard and whose views are missing are asked only
about privacy. "J is non-verbal ... so was unable to share his views" answers that question's
own "If the child wasn't asked, why not?" (a practice lead would still ask what was seen of
him; asking so would be a check of its own at that question, a wider change than this pass).
"NP and HV views outstanding, IRD pending" is a record of who, which tests/
test_walk_seventeenth.py keeps free of wording questions ("DSL" there too).

The held corpora (tests/test_held_corpora.py) and the earlier sets' files pass as before.
Time (process CPU per check, least of seven runs of twenty, blind against fitted, alternated
twice; the machine was shared and noisy): a goal of 619 characters with six "will"s 2.87-4.35
-> 2.79-3.60 ms; a number's reason of 533 1.74-2.54 -> 1.58-1.67 ms; an impact of 533
3.18-3.52 -> 3.52-3.56 ms; a period of 87 0.30-0.46 -> 0.31-0.32 ms. A first design of the harm
rule read a run of spaces between two harms two ways, and took 2.7 s on "further harm and "
twenty times over: each way between two harms, and between two "will" states, is now one way
through (5,100 characters of it 15 ms, as the blind code's 17 ms).
"""

from __future__ import annotations

import pytest
from review_sets import at, review_tests, rows_set
from test_review_language_thirtysixth import _fits_p
from test_review_language_twentyninth import asked

from flows.replies import Nudge, Pick
from tests.test_walk_seventeenth import FLOWS, reach

SET_S_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a GP's referral letter
    ("gp_letter", "mapping:danger_who",
     "Dr R Hussain (GP, Park Lane Surgery), Mrs Joan Cole (maternal grandmother) and the school",
     "privacy"),
    ("gp_letter", "reflection:worry_scale_why",
     "4 - I would be grateful for a social care assessment in view of the above",
     "number"),
    ("gp_letter", "harm_matrix:danger_impact",
     "I am concerned regarding the potential for significant harm to the child's emotional and "
     "physical wellbeing",
     "impact|danger"),
    # a disabled child's short-break worker
    ("short_break", "wellbeing:child_view_how",
     "J is non-verbal with severe learning disabilities so was unable to share his views",
     "voice"),
    ("short_break", "wellbeing:worry_statement",
     "Short-break staff are worried about J's challenging behaviour and that mum is struggling "
     "to cope",
     "seen|danger"),
    ("short_break", "mapping:goal_child",
     "J will have his needs met consistently at home and at short breaks",
     "goal"),
    # a parent writing her own part of a wellbeing plan
    ("parent", "wellbeing:goal_child",
     "He will behave himself and stop kicking off all the time",
     "goal|seen"),
    ("parent", "wellbeing:goal_how_long",
     "Until things are better",
     "period"),
    # a Scottish practitioner's GIRFEC terms
    ("girfec", "mapping:views_missing",
     "NP and HV views outstanding, IRD pending",
     "spell"),
    ("girfec", "wellbeing:worry_who",
     "LP, NP and the SHANARRI assessment",
     "spell"),
    ("girfec", "supervision:goal_how_long",
     "Until the CSO is terminated at the hearing",
     "spell|period"),
    # a children's guardian's court-report style
    ("guardian", "mapping:grey_areas",
     "Mother's capacity to change within the child's timescales",
     "seen"),
    ("guardian", "supervision:danger_behaviour",
     "Mother's failure to prioritise the children's needs over her relationship",
     "seen"),
    ("guardian", "mapping:goal_how_long",
     "For the foreseeable future",
     "period"),
    # a speech and language therapist
    ("salt", "three_houses:took_part_other",
     "Limited engagement, poor attention and listening",
     "seen"),
    ("salt", "supervision:goal_child",
     "M will communicate her needs effectively",
     "goal"),
    # a dental nurse
    ("dental", "mapping:danger_behaviour",
     "Dental neglect - rampant caries, DNA x3",
     "seen|spell"),
    # a football club's welfare officer
    ("coach", "contextual:yp_strengths",
     "Good lad, talented player, great attitude",
     "seen"),
    ("coach", "contextual:danger_behaviour",
     "At risk of CCE, vulnerable to grooming and hanging around with older peers",
     "seen|harmer|spell"),
    # a police community support officer
    ("pcso", "contextual:danger_impact",
     "Further exploitation and harm",
     "impact|danger"),
    ("pcso", "contextual:goal_child",
     "He will be safe in the community",
     "goal"),
    ("pcso", "harm_matrix:harm_accepted_detail",
     "Male was abusive and uncooperative when spoken to re the incident",
     "words|seen"),
    # a hospital play specialist
    ("play", "three_houses:worker_noticed",
     "Presented as withdrawn and flat, possibly traumatised",
     "seen"),
    # a supported-lodgings host
    ("lodgings", "success:success_scale_why",
     "5, she's doing OK really",
     "number"),
    # a newly qualified social worker in her first year
    ("asye", "supervision:group_question",
     "How do I get mum to engage?",
     "seen"),
)

SET_S_SOUND: tuple[tuple[str, str, str], ...] = (
    # a GP's referral letter
    ("gp_letter", "mapping:danger_who",
     "The GP, the health visitor and T's maternal nan"),
    ("gp_letter", "reflection:worry_scale_why",
     "4, because mum has missed baby's last three weigh-ins and he has dropped from the 50th to "
     "the 9th centile since January; a 5 would be mum bringing him to the clinic this week."),
    ("gp_letter", "harm_matrix:danger_impact",
     "Baby could go on losing weight and become seriously ill or dehydrated, and may need to be "
     "admitted to hospital."),
    # a disabled child's short-break worker
    ("short_break", "wellbeing:child_view_how",
     "Short-break worker, at the centre, with his picture cards and by watching which "
     "activities he went back to; J does not use words, so this is what we saw over two "
     "afternoons."),
    ("short_break", "wellbeing:worry_statement",
     "The short-break staff and mum are worried that J (12) has bitten his own hands until they "
     "bled four times since half term when he was kept waiting for his tea. If nothing changes, "
     "his hands could become infected and he could miss his short breaks."),
    ("short_break", "mapping:goal_child",
     "J will have his tea at the same time each day, with his picture timetable on the fridge, "
     "and will sign 'hungry' instead of biting his hands."),
    # a parent writing her own part of a wellbeing plan
    ("parent", "wellbeing:goal_child",
     "My son will come home to a calm house and I'll help him with his reading every night "
     "before bed."),
    ("parent", "wellbeing:goal_how_long",
     "Until the end of the school year, so about five months"),
    # a Scottish practitioner's GIRFEC terms
    ("girfec", "mapping:views_missing",
     "Dad's, because he is working offshore until 20 March; the head teacher, who is her named "
     "person, has not replied yet."),
    ("girfec", "wellbeing:worry_who",
     "The head teacher, the health visitor and granny"),
    ("girfec", "supervision:goal_how_long",
     "Six months, through the summer holidays and into the new school year"),
    # a children's guardian's court-report style
    ("guardian", "mapping:grey_areas",
     "We don't know whether mum has told her new partner when the children's father is "
     "released."),
    ("guardian", "supervision:danger_behaviour",
     "Mum leaves the children (3 and 5) alone in the flat at night when her partner texts her "
     "to come over, as she did on 2 and 9 March."),
    ("guardian", "mapping:goal_how_long",
     "Twelve months, including a full summer holiday"),
    # a speech and language therapist
    ("salt", "three_houses:took_part_other",
     "She pointed to pictures on a board I had brought and used Makaton signs for 'yes', 'no' "
     "and 'sad'."),
    ("salt", "supervision:goal_child",
     "M will ask for a drink or the toilet with her picture cards, and her carers will answer "
     "her within a few minutes."),
    # a dental nurse
    ("dental", "mapping:danger_behaviour",
     "Mum has not brought the children to the three dental appointments made since October, "
     "and the 6-year-old has had toothache for two months and cannot eat on one side."),
    # a football club's welfare officer
    ("coach", "contextual:yp_strengths",
     "D turns up for training twice a week, helps the under-9s with their drills and told me "
     "he wants to coach one day."),
    ("coach", "contextual:danger_behaviour",
     "Two men in their twenties wait in a car outside the ground after Thursday training and "
     "have given D a new phone and trainers; they have driven him off three times this month."),
    # a police community support officer
    ("pcso", "contextual:danger_impact",
     "D could be seriously hurt by the men or by the boys they send him to, or arrested for "
     "carrying drugs for them, and may stop going to college."),
    ("pcso", "contextual:goal_child",
     "D will walk home from college with his friends without the men's car following him, and "
     "will get no messages on the second phone."),
    ("pcso", "harm_matrix:harm_accepted_detail",
     "Dad said 'I pushed her but I never hit her' and 'she knows how to wind me up'; mum said "
     "'he's never touched the kids'."),
    # a hospital play specialist
    ("play", "three_houses:worker_noticed",
     "She played with the doctor's kit for 20 minutes and kept putting a bandage on the mummy "
     "doll's face; she went quiet when I asked who the doll was."),
    # a supported-lodgings host
    ("lodgings", "success:success_scale_why",
     "5: she has kept her room for six months and works three days a week at the bakery; a 6 "
     "would be her opening a bank account this month."),
    # a newly qualified social worker in her first year
    ("asye", "supervision:group_question",
     "How do I ask mum about her drinking when her partner is always in the room on visits?"),
)


def asked_s(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder `line` gets at the question (`asked`); how else a child took part, asked
    only when "Another way" is chosen, is reached by choosing it."""
    if step_id != "took_part_other":
        return asked(flow_id, step_id, line)
    chat = reach(FLOWS[flow_id], "took_part")
    chat.send(Pick("other", chat.question.nonce))
    assert chat.asked == "took_part_other"
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)


# A set written in set W's shape before the shared runner imports `_at` from here.
_at = at


def _fits_s(want: str, reply: str) -> bool:
    """Set P's `_fits_p`, reading the two kinds this set adds: "period", the reminder asking
    for how long ("not yet for how long"), and "voice", the one asking how else the child's
    view was heard ("could not be heard")."""
    wants = want.split("|")
    if "not yet for how long" in reply:
        return "period" in wants
    if "could not be heard" in reply:
        return "voice" in wants
    return any(_fits_p(each, reply) for each in wants if each not in ("period", "voice"))


# ---- the fixes, each tried on fresh variants written after its design and before it was run --

# A length of time said only as "until things are better" or "for the foreseeable future", at
# the question of how long everyone needs to see it ("For the foreseeable future").
AN_OPEN_END = [
    ("contextual", "goal_how_long", "As long as it takes"),
    ("supervision", "goal_how_long", "until the worries have gone"),
    ("mapping", "goal_how_long", "Until things improve and the family no longer need us"),
    ("contextual", "goal_how_long", "for the foreseeable"),
    ("wellbeing", "goal_how_long", "Until it's sorted"),
    ("mapping", "goal_how_long", "indefinitely"),
    ("supervision", "goal_how_long", "as long as is needed"),
]
A_PERIOD = [
    ("contextual", "goal_how_long", "Until the end of the college year in July"),
    ("supervision", "goal_how_long", "Until M is walking, about four months"),
    ("wellbeing", "goal_how_long", "Until things are better for a whole term: Christmas at the "
     "earliest"),
    ("mapping", "goal_how_long", "As long as it takes for baby to reach six months, so until "
     "August"),
]

# What the child will notice said only as a state nobody could see ("J will have his needs
# met consistently", "He will be safe in the community", "M will communicate her needs
# effectively").
A_STATE_AS_WHAT_THE_CHILD_NOTICES = [
    ("mapping", "goal_child", "The children will be safe and well cared for"),
    ("wellbeing", "goal_child", "J will have all his needs met"),
    ("supervision", "goal_child", "Baby will be safeguarded"),
    ("contextual", "goal_child", "She will be protected from exploitation"),
    ("wellbeing", "goal_child", "K will achieve her potential at school"),
    ("mapping", "goal_child", "They will have positive outcomes and be happy"),
]
WHAT_THE_CHILD_NOTICES = [
    ("mapping", "goal_child", "The children will be picked up from school by mum every day "
     "and will be in bed by 8"),
    ("wellbeing", "goal_child", "J will feel safe at home because nobody shouts at bedtime"),
    ("contextual", "goal_child", "She will feel safe on the bus because the driver knows to "
     "look out for her"),
    ("supervision", "goal_child", "Baby will be fed every three hours and held when she cries"),
]

# What could happen said only as the name of a harm ("Further exploitation and harm").
A_HARM_NAMED_ONLY = [
    ("mapping", "danger_impact", "Significant emotional and physical harm"),
    ("harm_matrix", "danger_impact", "Continued abuse"),
    ("supervision", "danger_impact", "harm"),
    ("contextual", "danger_impact", "Exploitation, abuse and further harm"),
    ("wellbeing", "worry_impact", "Further harm."),
]
A_HARM_SAID = [
    ("contextual", "danger_impact", "She could be raped or trafficked by the men, and may stop "
     "going to school"),
    ("harm_matrix", "danger_impact", "T could be hurt again when dad hits mum, and will keep "
     "wetting the bed from fear"),
    ("mapping", "danger_impact", "Further bruising and broken bones, and he may learn to hide "
     "it from school"),
]

# A number's reason that is only how someone is doing, a pointer to what was said before, or
# a request ("5, she's doing OK really", "4 - I would be grateful for a social care
# assessment in view of the above").
A_NUMBER_FOR_NOTHING_SEEN = [
    ("success", "success_scale_why", "6 - he's doing alright"),
    ("mapping", "safety_scale_why", "4 as above"),
    ("reflection", "worry_scale_why", "3, see my worries above"),
    ("contribution", "partner_scale_why", "5 - I would like someone to visit the family please"),
    ("wellbeing", "wellbeing_scale_why", "7, things are going ok"),
    ("harm_matrix", "harm_scale_why", "2 for the reasons given"),
]
A_NUMBER_TOLD = [
    ("success", "success_scale_why", "6 - he's doing alright at college: in every day this "
     "term and passed his first unit"),
    ("mapping", "safety_scale_why", "4 as above: dad has stayed at his brother's since the 3rd "
     "and mum rings nan each night"),
    ("reflection", "worry_scale_why", "3, and I would like someone to visit today because she "
     "has a new bruise on her cheek"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), AN_OPEN_END)
def test_an_open_end_is_asked_for_how_long(flow_id: str, step_id: str, line: str) -> None:
    reply = asked(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_s("period", reply), (line, reply)
    assert reply.startswith(f'"{line.rstrip(".")}" says it will go on, but not yet for how long.')


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_STATE_AS_WHAT_THE_CHILD_NOTICES)
def test_a_state_nobody_could_see_is_asked_what_will_be_happening(flow_id: str, step_id: str,
                                                                  line: str) -> None:
    reply = asked(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_s("goal", reply), (line, reply)
    assert "what will the child notice, or someone be doing?" in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_HARM_NAMED_ONLY)
def test_a_harm_named_only_is_asked_what_could_happen(flow_id: str, step_id: str,
                                                      line: str) -> None:
    reply = asked(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_s("impact|danger", reply), (line, reply)
    assert "What exactly could happen to this child" in reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), A_NUMBER_FOR_NOTHING_SEEN)
def test_a_number_for_nothing_seen_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                          line: str) -> None:
    reply = asked(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_s("number", reply), (line, reply)


def test_the_new_rules_are_the_ones_that_ask() -> None:
    """Each fix's own pattern is the one that reads its lines (`made_by`), and none reads a
    line it should not."""
    from flows.checks import plain_language as pl
    from flows.regex import made_by

    open_end = pl._OPEN_END.fullmatch("For the foreseeable future")
    assert open_end is not None
    assert made_by(open_end, pl._OPEN_END)
    assert pl._OPEN_END.fullmatch("Until the end of the college year in July") is None
    harm = pl._HARM_ONLY.fullmatch("Further exploitation and harm")
    assert harm is not None
    assert made_by(harm, pl._HARM_ONLY)
    assert pl._HARM_ONLY.fullmatch("Further bruising and broken bones") is None
    state = pl._STATE_TO_COME.fullmatch("He will be safe in the community")
    assert state is not None
    assert made_by(state, pl._STATE_TO_COME)
    assert pl._STATE_TO_COME.fullmatch("I will be safe at nan's") is None
    heard = pl._NOTHING_HEARD.fullmatch("5, she's doing OK really")
    assert heard is not None
    assert made_by(heard, pl._NOTHING_HEARD)
    assert pl._NOTHING_HEARD.fullmatch("I would like someone to visit the family") is None


# ---- the set, and its held-out variants told plainly (each list above says what it holds) -------
HELD_OUT_SOUND = [
    *A_PERIOD,
    *WHAT_THE_CHILD_NOTICES,
    *A_HARM_SAID,
    *A_NUMBER_TOLD,
]

# (Set S's two lines at the questions of privacy only, left unasked this pass, are asked since
# the next: how the child's view was heard and whose views are missing have checks of their own,
# tests/test_wording_thirtyninth.py.)
globals().update(review_tests(rows_set(
    "S", SET_S_FLAWED, SET_S_SOUND, asked=asked_s, fits=_fits_s, sizes=(25, 25), paired=True,
    held_sound=HELD_OUT_SOUND)))
