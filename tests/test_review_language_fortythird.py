"""Set AA: the twentieth blind wording review (pass 43).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py (the YAML's
questions and the earlier sets' docstrings only were read), in voices earlier sets did not use:
a children's hospice nurse, an educational psychologist, a school midday supervisor, a
peripatetic music teacher, a family nurse (a young parent's nurse), a prison's family visits
officer, an adventure playground playworker, a refugee resettlement caseworker, a madrassa
teacher and a perinatal mental health nurse: 20 flawed lines and 20 sound ones, each pair at
one question of a shipped tool, at the questions the earlier sets used least (counting each
"tool:question" over tests/test_review_language_*.py: none to six lines each): what the child
says is good and would like different at Signs of Wellbeing, how the child's view was heard,
who is in the family, the plan for the family's agreement, who contributed and whose views are
missing, the young person's strengths and what keeps them safe online and at school, what
professionals and the family will do about places, the contextual danger's impact and goal,
and group supervision's question, danger, goal for the child and a number that has not moved.
Each row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (set T's `_fits_t` kinds). Committed (51cb966) before anything was run on it.

One slip of the driver, mended before any rule was read or changed: the plan for the family's
agreement is asked only after "No" at whether they have agreed, which the shared driver never
chose; the set is run through `asked_here` (tests/test_sound_fortysecond.py), which does.

Blind, on the code as it was (08bf15a): flawed asked 15/20, all 15 with a question that fits;
sound flagged 0/20. Let through: "Secure attachment to key adult, good scaffolding in place"
(a theory's words as what is working at school), "For mum to give her more food and be
happier" at what the child would like different (the writer's "her" and "mum", kept as the
child's words), "Gifted and talented, v resilient" (labels of the young person, as a
strength), "FN to revisit consent at next contact" (a short form, and a step with no day) and
"No change, static" where a number that has not moved is asked since when and what was
tried. Asked with a question that fits, but not the whole of it: "Y will make better choices
and not put himself at risk", a goal asked only who will see it and for how long, its words
that put the harm on the young person not asked about.

Fitted, after the fixes: flawed asked 18/20, all 18 with a question that fits; sound flagged
0/20. The families fixed (each with a test below that failed on 08bf15a):
- a young person described only by what they are like (`plain_language._KIND_WORDS` and
  `_SO_MUCH`: "gifted", "talented", "determined", "hard working", "loyal", "popular" and the
  like, and "v" before them): "Gifted and talented, v resilient" asked what was seen;
- a role named with a thing's word ("key adult", "key worker", "bus escort", "door staff"):
  `claims._evidence` read "key" as a thing seen, and let "Secure attachment to key adult"
  through as telling what happened;
- something said only to be in place (`praise._IN_PLACE`: strategies, measures, adjustments,
  safeguards, systems, scaffolding, routines, ...): "good scaffolding in place" asked what was
  seen, as "good boundaries in place" was; what they are after a colon is let through;
- the writer's own "will" with no day at the next steps (`process._WILL_STEP`: "I will
  speak to mum about it", "I'll ring dad", "Will speak to mum", as notes leave the "I" out),
  asked by when as "Social worker will visit mum" was (found writing the held-out plans for
  the family's agreement; reading that question itself as a next step was tried and undone:
  an account of the family's "no" typed there, "because mum wants to talk it through with
  dad first", was then asked who and by when, tests/test_leftovers_fortysecond.py); the
  writer's own steps read so, a time said as before a meeting ("ahead of the conference",
  "prior to the review") or "in the new year" is read as a time (`process._STEP_TIME`, as
  tests/test_walk_thirtythird_c.py's good next steps hold);
- a number said only not to have moved (`nudges.not_moved`, the `number_moved` check at
  supervision's "Has the number changed ...?"): "No change, static", "Unchanged", "Same as
  last time" asked since when and what has been tried, as the question itself goes on to ask
  ("Same as last time" had been told it pointed to another answer: at a question about
  change, `answers._SAME_ALONE` reads it as the answer). tests/test_review_walk_twentyfourth.py
  pinned "still the same" there as asked nothing; it is asked this once now, and /keep keeps it.
Left (`LEFT_UNASKED`): "For mum to give her more food and be happier" (in a child's wish,
"her" or "him" is as often the child's word for mum or dad, "for mum to leave him", as the
writer's for the child; set K keeps "to have her own flat near her nan"), and "FN to revisit
consent at next contact" (two capitals are read as someone's initials, as "GS 8 Dec" is, and
"at next contact" as a time, as "at the next visit" is).

Held-out variants, written after the blind run and before any fix was designed (base ->
fitted): flawed asked with a question that fits 7/20 -> 19/20 (the bonds with a role, 4/4
already; a character only 0/5 -> 5/5; in place 0/4 -> 4/4; the plan for agreement 2/3 -> 2/3,
"Will speak to mum about it" left there, `AGREEMENT_LEFT`; a number not moved 1/4 -> 4/4);
sound let through 14/15 -> 14/15, the one asked (before and
after) as the project means ("the girls in her year are unkind", a verdict on other children:
`HELD_SOUND_ASKED_AS_MEANT`).
"""
from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_thirtyninth import _fits_t
from test_sound_fortysecond import asked_here

SET_AA_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a children's hospice nurse
    ("hospice", "wellbeing:house_good",
     "Enjoys the sensory room and spending time with siblings",
     "words"),
    ("hospice", "wellbeing:child_view_how",
     "Non verbal so unable to obtain his views",
     "voice|seen"),
    # an educational psychologist
    ("ep", "supervision:group_question",
     "How to progress the EHCP given parental disengagement",
     "spell|seen"),
    ("ep", "contextual:school_strengths",
     "Secure attachment to key adult, good scaffolding in place",
     "seen"),
    # a school midday supervisor
    ("midday", "wellbeing:house_dreams",
     "For mum to give her more food and be happier",
     "words"),
    ("midday", "wellbeing:family",
     "Mum, step dad, 4 half sibs, MGM, EH involved",
     "spell"),
    # a peripatetic music teacher
    ("music", "contextual:yp_strengths",
     "Gifted and talented, v resilient",
     "seen"),
    ("music", "contextual:online_strengths",
     "good awareness of online safety",
     "seen"),
    # a family nurse (a young parent's nurse)
    ("fnp", "wellbeing:consent_plan",
     "FN to revisit consent at next contact",
     "spell|who_when"),
    ("fnp", "mapping:network",
     "FNP, HV, SW, MW, GP, MGM",
     "spell"),
    # a prison's family visits officer
    ("prison", "mapping:views_missing",
     "Dad's - in HMP, NFA",
     "spell"),
    ("prison", "supervision:danger_behaviour",
     "Inappropriate conversations with the children during visits",
     "seen"),
    # an adventure playground playworker
    ("play", "contextual:goal_doing",
     "Partners to continue to monitor the park + share info",
     "who_when|goal"),
    ("play", "contextual:danger_impact",
     "Risk of CSE and CCE",
     "spell|danger|impact"),
    # a refugee resettlement caseworker
    ("refugee", "success:views_missing",
     "YP's - language barrier",
     "spell|voice"),
    ("refugee", "supervision:goal_child",
     "The children will feel safe and settled",
     "goal"),
    # a madrassa teacher
    ("madrassa", "contextual:safety_goal",
     "Y will make better choices and not put himself at risk",
     "goal|harmer"),
    ("madrassa", "contextual:goal_family",
     "Family to engage with support and ensure Y attends",
     "goal|who_when"),
    # a perinatal mental health nurse
    ("perinatal", "supervision:danger_impact",
     "Attachment difficulties, significant harm",
     "impact|danger"),
    ("perinatal", "supervision:scale_moved",
     "No change, static",
     "seen|number"),
)

SET_AA_SOUND: tuple[tuple[str, str, str], ...] = (
    # a children's hospice nurse
    ("hospice", "wellbeing:house_good",
     "the bubbles in the big room, and when my brother reads me the dinosaur book"),
    ("hospice", "wellbeing:child_view_how",
     "I watched him with his mum at the hospice on 3 May: he doesn't use words, but he smiles "
     "and reaches for the lights, and cries and turns away when the feed pump beeps."),
    # an educational psychologist
    ("ep", "supervision:group_question",
     "How do I get mum to come to the school meeting when she says the teachers always blame "
     "her?"),
    ("ep", "contextual:school_strengths",
     "He trusts his learning support assistant; he goes to her room at break when the corridor "
     "gets loud, and he hasn't missed a maths lesson since half term."),
    # a school midday supervisor
    ("midday", "wellbeing:house_dreams",
     "I want a packed lunch with a yoghurt in it like everyone else"),
    ("midday", "wellbeing:family",
     "Mum, her partner, four brothers and sisters aged 2 to 11, nan two streets away, and the "
     "class teacher."),
    # a peripatetic music teacher
    ("music", "contextual:yp_strengths",
     "She practises the violin every lunchtime, learnt three pieces for the spring concert and "
     "helps the Year 7s tune up; she wants to play in an orchestra."),
    ("music", "contextual:online_strengths",
     "She blocked the man who messaged her on the music app, showed me the messages and let "
     "her dad report him."),
    # a family nurse (a young parent's nurse)
    ("fnp", "wellbeing:consent_plan",
     "I'll go through the early help leaflet with K (17) at her flat on Wednesday 14th and ask "
     "her who she's happy for us to talk to."),
    ("fnp", "mapping:network",
     "K (17) and her mum, the family nurse, the midwife, the GP and the social worker."),
    # a prison's family visits officer
    ("prison", "mapping:views_missing",
     "Dad's: he is in prison until March; I'll ask him at the family visit on 12 December."),
    ("prison", "supervision:danger_behaviour",
     "On the last two visits dad told the boys (6 and 9) that mum's boyfriend hurts children "
     "and asked them to find out where she now lives."),
    # an adventure playground playworker
    ("play", "contextual:goal_doing",
     "Police will patrol the playground gate from 6 to 9 pm on Fridays, the council will mend "
     "the broken fence by the garages by 1 March, and we will walk the younger ones to the bus "
     "stop at closing time."),
    ("play", "contextual:danger_impact",
     "She could be driven to other towns by the men, made to carry drugs for them, and be "
     "raped or badly hurt."),
    # a refugee resettlement caseworker
    ("refugee", "success:views_missing",
     "A's own: we have had no Pashto interpreter yet; one is booked for 9 January."),
    ("refugee", "supervision:goal_child",
     "The children will sleep through without being woken by shouting, and mum will walk them "
     "to school each morning."),
    # a madrassa teacher
    ("madrassa", "contextual:safety_goal",
     "The mosque committee and police will stop the older men waiting outside after evening "
     "class; Y's dad will collect him at 7 every evening. Y will walk home without being "
     "stopped or given anything. Everyone will need to see this for three months."),
    ("madrassa", "contextual:goal_family",
     "His dad will pick him up from the mosque at 7 every evening instead of him walking "
     "through the park, and Y will ring his uncle if the older boys are waiting outside."),
    # a perinatal mental health nurse
    ("perinatal", "supervision:danger_impact",
     "The baby could be left crying and unfed for hours when mum can't get out of bed, and "
     "could be dropped if she feeds him while that drowsy."),
    ("perinatal", "supervision:scale_moved",
     "3 since September. Weekly home visits and a change of tablets; mum now gets up for the "
     "morning feed but still hasn't left the flat with the baby."),
)

# Set AA's flawed lines still let through (see the module's docstring), held so: when one
# is asked, move it out.
LEFT_UNASKED: frozenset[str] = frozenset({
    "For mum to give her more food and be happier",
    "FN to revisit consent at next contact",
})
LEFT_ASKED_OTHERWISE: dict[str, str] = {}


def _fits_aa(want: str, reply: str) -> bool:
    """Set T's `_fits_t`, reading the kind this set adds: "moved", the reminder asking since
    when a number has stayed where it is and what has been tried (a number's reason asked
    for, as "number" wants)."""
    if "since when" in reply and "what has been tried" in reply:
        return not {"moved", "number"}.isdisjoint(want.split("|"))
    wants = [each for each in want.split("|") if each != "moved"]
    return bool(wants) and _fits_t("|".join(wants), reply)


# ---- held-out variants: written after the blind run, before any fix was designed or run ----

# A young person described only in words of what they are like, nothing they did ("Gifted
# and talented, v resilient").
CHARACTER_ONLY = [
    ("contextual", "yp_strengths", "Creative and hard working", "seen"),
    ("mapping", "strengths", "Ambitious, motivated, v independent", "seen"),
    ("contextual", "yp_strengths", "Very mature and sensible", "seen"),
    ("wellbeing", "strengths", "Funny, loyal and popular", "seen"),
    ("contextual", "yp_strengths", "Intelligent, articulate, v driven", "seen"),
]
CHARACTER_SHOWN = [
    ("contextual", "yp_strengths", "Funny: she had the whole youth club laughing at her "
     "impressions on Friday"),
    ("contextual", "yp_strengths", "Hard working, he's done his paper round every morning "
     "since September"),
    ("wellbeing", "strengths", "Determined to walk again; she does her physio exercises every "
     "evening with her dad"),
    ("contextual", "yp_strengths", "Loyal to his little brother: he walks him to school and "
     "waits with him at the gate"),
]

# A bond or a relationship said to be good, with whom in two words or after "to" ("Secure
# attachment to key adult"), nothing seen of it.
A_BOND_WITH_A_ROLE = [
    ("contextual", "school_strengths", "Positive relationship with her form tutor", "seen"),
    ("mapping", "strengths", "Strong attachment to foster carer", "seen"),
    ("wellbeing", "strengths", "Good bond with his step dad", "seen"),
    ("contextual", "school_strengths", "Trusting relationship with the school nurse", "seen"),
]
# (a third, written with these, is asked as the project means: `HELD_SOUND_ASKED_AS_MEANT`)
A_BOND_SHOWN = [
    ("mapping", "strengths", "Strong attachment to her foster carer: she runs to her at "
     "pick-up and shows her every picture"),
    ("wellbeing", "strengths", "He has a good bond with his step dad, who takes him fishing "
     "every Sunday"),
]

# Something said to be in place, with nothing of what it is or does ("good scaffolding in
# place").
IN_PLACE_ONLY = [
    ("contextual", "school_strengths", "Clear routines and strategies in place", "seen"),
    ("wellbeing", "strengths", "Appropriate safeguards in place", "seen"),
    ("reflection", "going_well", "Additional measures in place at school", "seen"),
    ("mapping", "strengths", "Good systems in place at home", "seen"),
]
IN_PLACE_TOLD = [
    ("contextual", "school_strengths", "Strategies in place: she has a time-out card and goes "
     "to the library when the classroom gets too loud"),
    ("wellbeing", "strengths", "Safeguards in place since March: mum has a lock on the "
     "medicine cupboard and nan keeps the key"),
    ("reflection", "going_well", "The school has put a stair gate in place on the nursery "
     "steps and staff walk her to the toilet"),
]

# The plan for the family's agreement, a step with nobody or no day to it ("FN to revisit
# consent at next contact").
AGREEMENT_STEP_UNSAID = [
    ("wellbeing", "consent_plan", "Health visitor to explain early help to mum", "who_when"),
    ("wellbeing", "consent_plan", "Consent to be sought from dad", "who_when"),
]
# Held-out, still let through: the plan for agreement is read by the wording check for any
# answer, where the writer's "will" is not yet a step (read as one, an account of the family's
# "no" typed there, "because mum wants to talk it through with dad first", was asked who and
# by when: tests/test_leftovers_fortysecond.py).
AGREEMENT_LEFT = [("wellbeing", "consent_plan", "Will speak to mum about it")]


def test_the_held_out_plan_for_agreement_left_is_still_let_through() -> None:
    """Kept in view: when it is asked, move it to the variants asked."""
    assert [line for flow, step, line in AGREEMENT_LEFT
            if asked_here(flow, step, line) is not None] == []
AGREEMENT_STEP_SAID = [
    ("wellbeing", "consent_plan", "The school nurse and I will see mum together on Thursday 3 "
     "April to talk it through"),
    ("wellbeing", "consent_plan", "I'll ring dad tomorrow and ask whether he would like an "
     "interpreter at our meeting"),
]

# A number said not to have moved, with nothing of since when or what was tried ("No change,
# static").
NOT_MOVED_ONLY = [
    ("supervision", "scale_moved", "Same as last time", "moved|seen"),
    ("supervision", "scale_moved", "Unchanged", "moved|seen"),
    ("supervision", "scale_moved", "no movement, stuck", "moved|seen"),
    ("supervision", "scale_moved", "Remains the same, no progress", "moved|seen"),
]
NOT_MOVED_TOLD = [
    ("supervision", "scale_moved", "Still 4, since the conference in June; we've tried a "
     "written agreement and weekly visits but dad won't let us in"),
    ("supervision", "scale_moved", "No, it's stayed at 2 since March. Mum started the "
     "parenting group in April but has been to one session."),
    ("supervision", "scale_moved", "Yes, up from 3 to 5 since nan moved in"),
]

# A held-out sound line asked about, as the project means: "the girls in her year are unkind"
# is a verdict on other children, asked what they did (as it was before any fix).
HELD_SOUND_ASKED_AS_MEANT = [
    ("contextual", "school_strengths", "Good relationship with her form tutor, who she goes to "
     "at lunch when the girls in her year are unkind"),
]


def test_the_held_out_sound_line_asked_is_asked_only_about_the_verdict_on_others() -> None:
    [(flow_id, step_id, line)] = HELD_SOUND_ASKED_AS_MEANT
    reply = asked_here(flow_id, step_id, line)
    assert reply is not None
    assert reply.startswith('You wrote "are unkind".'), reply


# ---- each fix, its first test failing on the code as it was (08bf15a) ------------------------

def test_a_young_person_described_only_by_what_they_are_like_is_asked_what_was_seen() -> None:
    """"Gifted and talented, v resilient", at what is good about the young person, was let
    through: "resilient" alone was asked, "gifted", "talented" and "v" were read by nothing."""
    reply = asked_here("contextual", "yp_strengths", "Gifted and talented, v resilient")
    assert reply is not None
    assert reply.startswith('"Gifted and talented, v resilient" says what you make of things'), \
        reply
    from flows.checks import plain_language
    from flows.regex import made_by
    found = plain_language._GOING_WELL_ALONE.fullmatch("Loyal, v hard working and popular")
    assert found is not None
    assert made_by(found, plain_language._GOING_WELL_ALONE)
    # what they did, after it, is what shows it
    assert asked_here("contextual", "yp_strengths", "Loyal and kind: he walks his little "
                      "brother to school every day and waits with him at the gate") is None


def test_a_bond_with_a_role_named_by_a_things_word_is_asked_what_was_seen() -> None:
    """"Secure attachment to key adult" was read as naming a thing seen ("key", as a door's),
    and let through; "Secure attachment to her class teacher" was asked."""
    reply = asked_here("contextual", "school_strengths", "Secure attachment to key adult")
    assert reply is not None
    assert "says what you make of things" in reply, reply
    from flows.checks.claims import tells_what_happened
    assert not tells_what_happened("good relationship with the bus escort")
    assert tells_what_happened("she lost her door key and the key worker found it")


def test_something_said_to_be_in_place_is_asked_what_was_seen() -> None:
    """"good scaffolding in place" (or strategies, measures, safeguards, systems) said only to
    be there, at what is working well, was let through; "good boundaries in place" was
    asked."""
    reply = asked_here("contextual", "school_strengths", "good scaffolding in place")
    assert reply is not None
    assert reply.startswith('"good scaffolding in place" says what you make of things, but '
                            "not yet what you saw."), reply
    from flows.checks import praise
    from flows.regex import made_by
    found = praise._CARED.match("appropriate safeguards in place at home")
    assert found is not None
    assert made_by(found, praise._CARED)
    # what they are, after a colon, is said
    assert praise._CARED.match("strategies in place: a time-out card") is None


def test_the_writers_own_will_with_no_day_is_asked_when_at_the_next_steps() -> None:
    """"I will speak to mum about it", "I'll ring dad" or "Will speak to mum about it" (the
    writer's "I" left out, as notes leave it), at what happens next, was let through, where
    "Social worker will visit mum" was asked by when."""
    for said in ("I will speak to mum about it", "I'll ring dad", "Will speak to mum about it"):
        reply = asked_here("mapping", "next_steps", said)
        assert reply is not None
        assert reply.startswith(f'"{said}" is a next step, but not yet when.'), reply
    assert asked_here("mapping", "next_steps", "I'll ring dad tomorrow morning") is None
    assert asked_here("mapping", "next_steps", "I will ring the school if he misses a day") \
        is None


def test_a_number_said_not_to_have_moved_is_asked_since_when_and_what_was_tried() -> None:
    """"No change, static", at whether the number has moved ("If it has stayed the same,
    since when, and what has been tried?"), was let through, and "Same as last time" was told
    it pointed to another answer."""
    for said in ("No change, static", "Same as last time"):
        reply = asked_here("supervision", "scale_moved", said)
        assert reply is not None
        assert reply.startswith(f'"{said}" says the number has not moved, but not yet since '
                                "when, or what has been tried."), reply
    from flows import nudges
    from flows.regex import made_by
    found = nudges._NOT_MOVED.fullmatch("it hasn't moved, still stuck at 4")
    assert found is not None
    assert made_by(found, nudges._NOT_MOVED)
    assert nudges.not_moved("Still 4 since June; weekly visits tried") is None


HELD_OUT_FLAWED = CHARACTER_ONLY + A_BOND_WITH_A_ROLE + IN_PLACE_ONLY + AGREEMENT_STEP_UNSAID \
    + NOT_MOVED_ONLY
HELD_OUT_SOUND = CHARACTER_SHOWN + A_BOND_SHOWN + IN_PLACE_TOLD + AGREEMENT_STEP_SAID \
    + NOT_MOVED_TOLD

globals().update(review_tests(rows_set(
    "AA", SET_AA_FLAWED, SET_AA_SOUND, asked=asked_here, fits=_fits_aa, sizes=(20, 20),
    paired=True, left_unasked=LEFT_UNASKED, hold_left_unasked=True,
    left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
