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
asked back (set T's `_fits_t` kinds).
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
    ("contribution", "worries", "safegaurding concern re bruising", "seen|spell"),
    ("harm_matrix", "harm_complicating", "dads substance missuse", "seen"),
    ("contextual", "school_worries", "persistant absence since xmas", "seen"),
    ("harm_matrix", "harm_impact", "emotionaly dysregulated, low self esteem", "seen"),
]
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


globals().update(review_tests(rows_set(
    "Z", SET_Z_FLAWED, SET_Z_SOUND, asked=asked_s, fits=_fits_t, sizes=(20, 20), paired=True,
    left_unasked=LEFT_UNASKED, hold_left_unasked=True, left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
