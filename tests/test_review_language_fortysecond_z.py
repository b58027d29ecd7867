"""Set Z: the nineteenth blind wording review (pass 42).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py (the YAML's
questions and the earlier sets' docstrings only were read), in voices earlier sets did not use:
a childminder, a scout leader, a community pharmacist, a food bank volunteer, an after-school
club worker, a school counsellor, a Home-Start volunteer, a street outreach youth worker, a
school bus escort and a careers adviser: 20 flawed lines and 20 sound ones, each pair at one
question of a shipped tool, all typed as on a phone in a hurry: no capitals, no full stops,
text-speak ("bc", "w/", "tbh", "prob", "&", "+"), typos in the flagged words themselves
("safegaurding", "dissclosure", "hygeine", "agressive"), several points in one message split by
commas or new lines, bullets pasted from case notes, and a good sentence beside a flawed one.
Each row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (set T's `_fits_t` kinds). Committed (89c323e) before anything was run on it.

Blind, on the code as it was (b0711a3): flawed asked 17/20, all 17 with a question that fits;
sound flagged 0/20. Hurried typing was mostly read: "safegaurding concerns re ..." was asked
about "concerns re", "agressive" as a judgement without what happened, "positve attitude" as
a verdict. Let through: "she made a dissclosure abt home" (the slip hid "disclosure": kept as
the child's words), "- poor hygeine\n- always hungry\n- low mood" (the slip hid "poor
hygiene", and "low mood" as a heading was read by no rule) and "building rapport and
therapuetic relationship" at what worked (no rule named the relationship as the work).

Fitted, after the fixes: flawed asked 20/20, all with a question that fits; sound flagged 0/20.
The families: a slip in a flagged word (`flows.checks.respell`: two letters swapped, a letter
doubled or a double one typed once, in any of the checks' own words of seven letters or more,
read as the word before every check; real words a slip could be are left as typed); a mood
named as a heading (labels' rule "low mood"); the relationship the work rests on named as
what worked (labels' rule "psychoeducation": "building rapport", "therapeutic relationship",
"relationship-building"). Left: slips of other kinds (a letter typed for another,
"complient", or dropped, "regulary": too often a real word) and slips of words under seven
letters ("missuse"); the reply quotes the word as the check read it ("she made a disclosure
abt home").

Held-out variants, written after each fix's design and before it was run (base -> fitted):
flawed asked with a question that fits 5/16 -> 13/16 (slips 3/10 -> 7/10, moods 1/3 -> 3/3,
rapport 1/3 -> 3/3; the three left are `SLIPS_LEFT`); sound let through 12/12 -> 11/12 as
first run: "in a low mood all wk, sat on her own at lunch + said 'nobody would miss me'" was
asked, the new rule reading only what was seen; read as any rule told with what happened
(`plain_when_told`), 12/12.

Time (process CPU, least of five runs of ten, base and fitted alternated twice on a shared
machine, each of set Z's forty lines through the nudger's wording and own-words checks):
33.2-34.2 -> 32.7-35.0 ms; 4,000 characters of an ordinary account 13.2-14.1 -> 13.5-13.7 ms
(`respelt` alone: 0.06 ms on 4,000 characters; its table, about 20 ms, is built when the bot
starts).
"""
from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t

SET_Z_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a childminder
    ("cm", "mapping:recent_harm",
     "mon pick up mum smelt of drink + was v unsteady, prob neglectful tbh",
     "seen"),
    ("cm", "wellbeing:worry_what",
     "safegaurding concerns re hygiene and presentation",
     "seen|spell"),
    # a scout leader
    ("scout", "contextual:peer_worries",
     "hangs around w/ older lads, bad influence, can be agressive",
     "seen"),
    ("scout", "contextual:trusted_adults",
     "scout leaders will keep an eye",
     "who_when"),
    # a community pharmacist
    ("pharm", "harm_matrix:harm_complicating",
     "substance misuse issues, MH, non complient w/ meds",
     "seen|spell"),
    ("pharm", "harm_matrix:harm_frequency",
     "regulary, escalating",
     "number|seen"),
    # a food bank volunteer
    ("fb", "reflection:what_happened",
     "came in tues w/ mum + 2 kids, family presenting w/ finanical difficulties and kids looked "
     "neglected",
     "seen"),
    ("fb", "reflection:needs_to_happen",
     "referral to be made + family to engage w/ services",
     "who_when"),
    # an after-school club worker
    ("asc", "contribution:child_said",
     "she made a dissclosure abt home",
     "words"),
    ("asc", "contribution:worries",
     "- poor hygeine\n- always hungry\n- low mood",
     "seen"),
    # a school counsellor
    ("couns", "mapping:harm_impact",
     "low self esteem, anxiety, struggling to regulate",
     "seen"),
    ("couns", "supervision:what_worked",
     "building rapport and therapuetic relationship",
     "seen"),
    # a Home-Start volunteer
    ("hs", "wellbeing:goal_doing",
     "mum will not leave the kids on their own + will stop shouting",
     "goal"),
    ("hs", "wellbeing:strengths",
     "mum is a good mum, loves her kids, v protective",
     "seen"),
    # a street outreach youth worker
    ("outreach", "contextual:area_worries",
     "known hotspot for CCE, county lines activity",
     "seen|spell"),
    ("outreach", "contextual:harm_signs",
     "he said 'they look after me'\nclearly being groomed + exploited",
     "seen"),
    # a school bus escort
    ("bus", "contribution:working_well",
     "gd relationships w/ staff, positve attitude",
     "seen"),
    ("bus", "contribution:needs_to_happen",
     "school to be made aware, monitoring",
     "who_when"),
    # a careers adviser
    ("careers", "success:their_worries",
     "lacks aspiration + motivation, NEET risk",
     "words|spell"),
    ("careers", "success:own_goals",
     "to be in EET by sept",
     "words|spell"),
)

SET_Z_SOUND: tuple[tuple[str, str, str], ...] = (
    # a childminder
    ("cm", "mapping:recent_harm",
     "mon 3rd at 6pm pick up mum smelt of drink, swayed on the step + dropped her keys twice, "
     "her sister came + drove them home"),
    ("cm", "wellbeing:worry_what",
     "he comes in most days in the same nappy from the night before w/ a sore red bottom, asks "
     "for food as soon as he gets here"),
    # a scout leader
    ("scout", "contextual:peer_worries",
     "hangs around w/ 3 lads from yr 11 who give him vapes + lifts in a car after scouts on "
     "thurs"),
    ("scout", "contextual:trusted_adults",
     "me (group scout leader): will text his nan if he doesnt turn up on a thurs by 7pm"),
    # a community pharmacist
    ("pharm", "harm_matrix:harm_complicating",
     "dad picks up his methadone daily but missed 4 days last wk, says he's been using on top "
     "when he's skint"),
    ("pharm", "harm_matrix:harm_frequency",
     "mum has come in w/ a new bruise on her wrist 3 times since sept, last time fri 14th, "
     "each time closer together"),
    # a food bank volunteer
    ("fb", "reflection:what_happened",
     "the 2 kids came in w/ mum on tues in t-shirts in the snow + the little one ate a packet of "
     "biscuits straight off the shelf"),
    ("fb", "reflection:needs_to_happen",
     "i'll ring the school's safeguarding lead tmrw morning + tell mum i have, our coordinator "
     "will get them a coat voucher by fri"),
    # an after-school club worker
    ("asc", "contribution:child_said",
     "mummy's boyfriend shouts at me when i spill my drink and then i have to go in the "
     "bathroom"),
    ("asc", "contribution:worries",
     "- comes in the same uniform mon to fri\n- asked staff for food 4 times this wk\n- cried "
     "when told her mum was collecting"),
    # a school counsellor
    ("couns", "mapping:harm_impact",
     "she's stopped eating lunch, cries in our sessions when her step dad is mentioned + told "
     "me 'i'm rubbish at everything'"),
    ("couns", "supervision:what_worked",
     "meeting him in the art room not my office + letting him draw while we talk, he told me "
     "more in 2 wks than all last term"),
    # a Home-Start volunteer
    ("hs", "wellbeing:goal_doing",
     "mum will get a sitter or ask nan when she goes out at night + talk to the kids in a calm "
     "voice at bedtime"),
    ("hs", "wellbeing:strengths",
     "mum walks both kids to school every day + reads to the baby at bedtime, nan comes tues & "
     "thurs"),
    # a street outreach youth worker
    ("outreach", "contextual:area_worries",
     "the underpass by the retail park after 9pm, older lads meet there + we've seen him handed "
     "small packages twice this month"),
    ("outreach", "contextual:harm_signs",
     "he said 'they look after me, they got me new trainers'\nhe's had 3 diff phones since aug"),
    # a school bus escort
    ("bus", "contribution:working_well",
     "he sits nxt to me on the bus + chats abt his dog, his nan waves him off every morning"),
    ("bus", "contribution:needs_to_happen",
     "i'll tell the transport office tmrw + they'll let the school's safeguarding lead know by "
     "fri"),
    # a careers adviser
    ("careers", "success:their_worries",
     "i'm scared i'll end up doing nothing like my brother, i dont know what im good at"),
    ("careers", "success:own_goals",
     "get on the mechanics course at college in sept + pass my maths this time"),
)

LEFT_UNASKED: frozenset[str] = frozenset()
LEFT_ASKED_OTHERWISE: dict[str, str] = {}


# ---- held-out variants: written after each fix's design, before they were run -------------

# A flagged word typed with a slip (two letters swapped, a letter doubled or typed once),
# asked as the word spelt right is; slips of other kinds are not read (see `flows.checks.respell`).
A_SLIP_IN_A_FLAGGED_WORD = [
    ("mapping", "harm_impact", "v agressive towards his sister since sept", "seen"),
    ("contribution", "worries", "inapropriate touching at the park w/ an older boy", "seen"),
    ("reflection", "what_happened", "mum seemed neglectfull + the house was a tip tbh", "seen"),
    ("supervision", "child_words", "yp made a dissclosure to her tutor", "words"),
    ("wellbeing", "worry_what", "poor hygeine, nits, same clothes", "seen"),
    ("mapping", "danger_behaviour", "dad is very controling w/ money", "seen"),
    ("harm_matrix", "harm_impact", "emotionaly dysregulated, low self esteem", "seen"),
]
# Held-out slips let through: "missuse" (a slip of a word shorter than seven letters),
# "persistant" (a letter typed for another, left by design), and "safeguarding concern re
# bruising", let through spelt right too (the bruising read as what was seen).
SLIPS_LEFT = [
    ("contribution", "worries", "safegaurding concern re bruising"),
    ("harm_matrix", "harm_complicating", "dads substance missuse"),
    ("contextual", "school_worries", "persistant absence since xmas"),
]


def test_the_held_out_slips_left_are_still_let_through() -> None:
    """Kept in view: when one of these is asked, move it to the variants asked."""
    assert [line for flow, step, line in SLIPS_LEFT if asked_s(flow, step, line) is not None] \
        == []


# ... while sound lines with slips of their own, or words a slip could be read as, are let
# through.
SLIPS_IN_SOUND_LINES = [
    ("mapping", "harm_impact", "she wakes up screeming most nights since dad left + wets the bed"),
    ("contribution", "worries", "he came in w/ a bruise on his cheek tues, said he fell off his "
     "scooter, mum said the same"),
    ("supervision", "child_words", "i dont like it when daddy shouts at mummy it makes my tummy "
     "hurt"),
    ("reflection", "what_happened", "he was starring out the window all lesson + cried when i "
     "asked abt home"),
    ("mapping", "danger_behaviour", "dad has been selling cannabis from the flat when the kids "
     "are in"),
    ("wellbeing", "harder", "the landlord hasnt fixed the damp despite mums complaint in june, "
     "the kids share one bed"),
    ("wellbeing", "strengths", "mum takes the baby to every apointment + nan does the school run "
     "on mon & weds"),
]

# A mood named as a heading ("low mood"), with nothing anyone said or did.
A_MOOD_NAMED = [
    ("harm_matrix", "harm_impact", "withdrawn, low mood", "seen"),
    ("wellbeing", "worry_what", "ongoing low mood and tearfulness", "seen"),
    ("contribution", "worries", "flat mood in class", "seen"),
]
A_MOOD_SHOWN = [
    ("mapping", "harm_impact", "low mood since may, she stays in bed till 2 and has stopped "
     "seeing her friends"),
    ("contribution", "worries", "in a low mood all wk, sat on her own at lunch + said 'nobody "
     "would miss me'"),
]

# The relationship the work rests on named as what worked ("building rapport").
RAPPORT_NAMED = [
    ("supervision", "what_worked", "rapport building w/ dad", "seen"),
    ("supervision", "what_worked", "developed a good rapport w/ the kids", "seen"),
    ("supervision", "what_worked", "therapeutic alliance w/ mum, relationship-building", "seen"),
]
RAPPORT_TOLD = [
    ("supervision", "what_worked", "i turned up every tues at 4 like i said i would + after 3 "
     "wks dad started making me a brew and telling me abt his week"),
    ("supervision", "what_worked", "building rapport by playing uno w/ him at each visit, on the "
     "4th he told me about the shouting at home"),
    ("wellbeing", "strengths", "mum + the baby have a lovely relationship, she sings to him at "
     "every feed"),
]

HELD_OUT_FLAWED = A_SLIP_IN_A_FLAGGED_WORD + A_MOOD_NAMED + RAPPORT_NAMED
HELD_OUT_SOUND = SLIPS_IN_SOUND_LINES + A_MOOD_SHOWN + RAPPORT_TOLD


def test_a_slip_in_a_flagged_word_is_asked_as_the_word_spelt_right() -> None:
    """"she made a dissclosure abt home", at what the child has said, was kept as the child's
    own words, and "- poor hygeine" let through: the same words spelt right are asked."""
    reply = asked_s("contribution", "child_said", "she made a dissclosure abt home")
    assert reply is not None
    assert reply.startswith('"she made a disclosure abt home" says that the child told you '
                            "something, but not what they said"), reply
    from flows.checks.respell import respelt
    assert respelt("Safegaurding concerns, poor hygeine, agressive") == \
        "Safeguarding concerns, poor hygiene, aggressive"
    # words of their own, and slips of other kinds, are left as typed
    for typed in ("scared of his dad", "mum's complaint to the landlord", "he was starring out "
                  "the window", "he keeps selling his phone", "non complient", "regulary"):
        assert respelt(typed) == typed


def test_a_low_mood_named_as_a_heading_is_asked_what_shows_it() -> None:
    """"- poor hygeine\n- always hungry\n- low mood", a partner's worries pasted as bullets,
    asked only about "poor hygiene" once the slip is read; "low mood" alone was let through."""
    reply = asked_s("contribution", "worries", "- always hungry\n- low mood")
    assert reply is not None
    assert reply.startswith('You wrote "low mood". What has the person said or done that shows '
                            "this, and since when?"), reply
    from flows.checks.labels import RULES
    from flows.regex import made_by
    rule = next(r for r in RULES if r.name == "low mood")
    found = rule.pattern.search("flat mood in class")
    assert found is not None
    assert made_by(found, rule.pattern)
    assert asked_s("contribution", "worries", "low mood all week, she sat on her own at lunch "
                   "and said nobody would miss her") is None


def test_building_rapport_named_as_what_worked_is_asked_what_was_done() -> None:
    """"building rapport and therapuetic relationship", at what worked in supervision, was let
    through."""
    reply = asked_s("supervision", "what_worked",
                    "building rapport and therapuetic relationship")
    assert reply is not None
    assert reply.startswith('You wrote "building rapport". What did you do or say with them, '
                            "in everyday words, and what changed after?"), reply
    from flows.checks.labels import RULES
    from flows.regex import made_by
    rule = next(r for r in RULES if r.name == "psychoeducation")
    found = rule.pattern.search("a good therapeutic alliance with mum")
    assert found is not None
    assert made_by(found, rule.pattern)
    assert rule.pattern.search("she is building a relationship with her nan") is None


globals().update(review_tests(rows_set(
    "Z", SET_Z_FLAWED, SET_Z_SOUND, asked=asked_s, fits=_fits_t, sizes=(20, 20), paired=True,
    left_unasked=LEFT_UNASKED, hold_left_unasked=True, left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
