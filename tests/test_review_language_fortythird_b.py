"""Set AB: the twenty-first blind wording review (pass 43).

Written before reading any rule in flows/checks, flows/nudges.py or flows/moves.py (the YAML's
questions and the earlier sets' docstrings only were read), in voices earlier sets did not use:
a midday supervisor, a madrasa teacher, a Family Nurse Partnership nurse, a school receptionist
(partners answering through a contribution link), an agency locum social worker, a senior
practitioner, an edge-of-care worker and a hospital social worker (preparing for group
supervision), a school chaplain, a children's physiotherapist, a visiting music tutor and a
fire service safe-and-well visitor (reflecting before a referral): 20 flawed lines and 20
sound ones, each pair at one question of the contribution, supervision or reflection tool,
most as dictated by voice-to-text on a phone: no punctuation, "full stop", "comma" and
"quote ... unquote" spelt out, homophones ("there" for "their", "there getting on"), numbers as
words ("four because ...", "eight forty", "the ninth centile"), run-on sentences and a short form
heard as a word ("cams"). Each row: (voice, "tool:question", line), a flawed one also what a
practice lead would expect asked back (set T's `_fits_t` kinds). Committed (d7099a8) before
anything was run on it.

Blind, on the code as it was (2383df3): by the first reminder, flawed asked 18/20, 11 with a
question that fits; sound flagged 8/20, each of the eight with spoken marks offered them as
marks first (the note about dictated punctuation, as the project means). Read as set Q reads
dictated lines (`after_tidying`: the reminder after /use takes the marks): flawed asked 18/20,
17 with a question that fits; sound flagged 0/20. Let through: "there needs to be more support
for the family and better communication between all the agencies involved" at what needs to
happen, and "dads mental health and his drinking" at what the adult is doing. Asked with a
question that fits less well: "continue to monitor and review at the next core group", at what
needs to happen, asked "Who did what with the family, and what changed?" (a question of the
past).

Fitted, after the fixes (read after /use, as above): flawed asked 20/20, all with a question
that fits; sound flagged 0/20 (the eight with spoken marks still offered them as marks first,
`LEFT_FLAGGED`). The families: a need with nobody in it ("there needs to be", "there should
be", "there has to be", "there is a need for": `process._UNOWNED`, asked who will do it and by
when); a habit or a temper named as the adult's ("his drinking", "mum's drug use", "her anger":
labels' rule "his drinking", plain when the answer tells what happened, and not a deed
following another label, so "mental health and his drinking" no longer lets "mental health"
through); watching left to a meeting ("monitor and review at the next core group", "monitored
and reviewed at the core group": labels' rule "to be monitored", asked what they will look out
for, how often and who they will tell). A probe beside the last found watching with who and how
often ("health visitor to monitor baby's weight fortnightly") asked what was done; a step of
the services with who and how often is now told (`process.next_step_told`).

Held-out variants, written after the blind run and before any fix was designed (the last two
lists after the probe's fix was designed, run first on the code before it): flawed asked with a
question that fits 4/12 -> 12/12 (needs with nobody 2/5 -> 5/5, habits 1/4 -> 4/4, monitoring
1/3 -> 3/3); sound let through 10/13 -> 13/13 (the three asked before were watching with who
and how often).

Left: watching with how often and nobody ("monitor attendance weekly", "continue monitoring
weekly") is still asked "Who did what with the family ...", a question of the past (a step
with a time is left out of the steps asked who will do them, by design; asking only who needs
a reminder of its own). "madrasa", a spelling of its own, is read as a slip of "madrassa" (a
word of the checks') and quoted so ("attendance at the madrassa is poor"); the answer is asked
as it would be spelt either way, and a dictionary-backed list of real words is a wider change.
"mums drinking and her low mood" is asked about "mums drinking" only, "low mood" read as told
by it ("mums drinking" reads as "mum is drinking").
"""
from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t
from test_review_language_thirtyseventh import DICTATED, after_tidying

SET_AB_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # a midday supervisor
    ("midday", "contribution:worries",
     "she always seems really withdrawn and sad at lunch full stop I think there is definitely "
     "something going on at home",
     "seen"),
    ("midday", "contribution:child_said",
     "she told me that her mums boyfriend shouts at her and she doesn't want to go home",
     "words"),
    # a madrasa teacher
    ("madrasa", "contribution:worries",
     "the boy presents as very anxious comma his attendance at the madrasa is poor and mum is "
     "not engaging with us full stop",
     "seen"),
    ("madrasa", "contribution:needs_to_happen",
     "there needs to be more support for the family and better communication between all the "
     "agencies involved",
     "who_when"),
    # a Family Nurse Partnership nurse
    ("fnp", "contribution:partner_scale_why",
     "three because of the ongoing concerns and mums lack of insight into the babies needs",
     "number|seen"),
    ("fnp", "contribution:working_well",
     "mum has a good attachment with baby and is receptive to advice most of the time",
     "seen"),
    # a school receptionist
    ("reception", "contribution:worries",
     "dad was really aggressive and intimidating at the front desk again this morning",
     "seen"),
    ("reception", "contribution:needs_to_happen",
     "a referral to cams and early help full stop",
     "who_when"),
    # an agency locum social worker
    ("locum", "supervision:worries",
     "chaotic household with DV and substance misuse full stop mum is minimising and dad is non "
     "compliant",
     "seen|spell"),
    ("locum", "supervision:needs",
     "continue to monitor and review at the next core group",
     "who_when"),
    # a senior practitioner
    ("senior", "supervision:danger_behaviour",
     "dads mental health and his drinking",
     "seen|danger"),
    ("senior", "supervision:goal_doing",
     "mum will engage with services and prioritise the children's needs",
     "goal"),
    # an edge-of-care worker
    ("edge", "supervision:what_worked",
     "using a strengths based approach and motivational interviewing with mum",
     "seen"),
    ("edge", "supervision:difference",
     "things have improved massively at home there getting on much better now",
     "seen"),
    # a hospital social worker
    ("hosp", "supervision:danger_impact",
     "baby will be at risk of significant harm",
     "danger|impact"),
    ("hosp", "supervision:my_scale_why",
     "four because there has been some progress but there are still concerns",
     "number|seen"),
    # a school chaplain
    ("chaplain", "reflection:what_happened",
     "he came to see me upset about stuff at home and I think there might be some neglect full "
     "stop",
     "seen"),
    # a children's physiotherapist
    ("physio", "reflection:needs_to_happen",
     "social care to assess full stop",
     "who_when"),
    # a visiting music tutor
    ("music", "reflection:going_well",
     "he has a good support network around him and is very resilient",
     "seen"),
    # a fire service safe-and-well visitor
    ("fire", "reflection:worry_scale_why",
     "two the home conditions were very poor and a real fire risk",
     "number|seen"),
)

SET_AB_SOUND: tuple[tuple[str, str, str], ...] = (
    # a midday supervisor
    ("midday", "contribution:worries",
     "on monday and tuesday she didn't eat any of her dinner and sat on her own by the fence "
     "the whole of lunch full stop when I asked if she was ok she said her tummy hurts when she "
     "thinks about home"),
    ("midday", "contribution:child_said",
     "mums boyfriend shouts at me when I drop my fork and I don't want to go home tonight"),
    # a madrasa teacher
    ("madrasa", "contribution:worries",
     "he has come to the madrasa four times out of twelve since september comma and on the "
     "twentieth he cried when I said I would phone his mum and begged me not to"),
    ("madrasa", "contribution:needs_to_happen",
     "I will ring mum on thursday to ask how we can help him get here and I will tell the "
     "school's safeguarding lead the same day"),
    # a Family Nurse Partnership nurse
    ("fnp", "contribution:partner_scale_why",
     "three because baby has dropped from the fiftieth to the ninth centile since may and mum "
     "has missed two of my last four visits a four would be her letting me in every week"),
    ("fnp", "contribution:working_well",
     "mum holds the baby close and talks to her during every feed I've seen full stop she rang "
     "me herself on the third when the baby had a temperature"),
    # a school receptionist
    ("reception", "contribution:worries",
     "this morning at eight forty dad shouted at the office staff and slammed his fist on the "
     "desk twice while his daughter stood behind him crying"),
    ("reception", "contribution:needs_to_happen",
     "our head teacher will meet mum on monday the ninth to agree who collects him and I will "
     "ring her if anyone else turns up"),
    # an agency locum social worker
    ("locum", "supervision:worries",
     "police were called on the fourth of march after dad pushed mum into the wall in front of "
     "the kids full stop mum says it was the first time but the neighbours have called twice "
     "before"),
    ("locum", "supervision:needs",
     "I will see the children at school on tuesday on there own and mum and I will go through "
     "who she can ring at night by friday the fourteenth"),
    # a senior practitioner
    ("senior", "supervision:danger_behaviour",
     "when dad has been drinking he shouts at the kids and has twice locked the eldest out in "
     "the garden at night"),
    ("senior", "supervision:goal_doing",
     "mum will have the children up dressed and at school by nine every day and will ring nan "
     "if she cannot get out of bed"),
    # an edge-of-care worker
    ("edge", "supervision:what_worked",
     "meeting mum in the cafe instead of at home and letting her choose what we talked about "
     "full stop she told me about her own dad for the first time"),
    ("edge", "supervision:difference",
     "dad now goes out for a walk when he feels himself getting wound up instead of shouting "
     "comma the kids told me they haven't heard any shouting for three weeks"),
    # a hospital social worker
    ("hosp", "supervision:danger_impact",
     "the baby could be shaken or dropped when mum is high and end up with a head injury or "
     "worse"),
    ("hosp", "supervision:my_scale_why",
     "four because mum has stayed on the ward with the baby every night and fed her on time but "
     "dad still hasn't done a drug test"),
    # a school chaplain
    ("chaplain", "reflection:what_happened",
     "on wednesday he came to my office in tears and said quote my dad hits me with the belt "
     "when I'm late unquote full stop he had a red mark on his arm"),
    # a children's physiotherapist
    ("physio", "reflection:needs_to_happen",
     "I will phone the children's services front door today and tell the school nurse tomorrow "
     "morning"),
    # a visiting music tutor
    ("music", "reflection:going_well",
     "his nan brings him to every lesson and stays to listen full stop he practises every day "
     "and played in the concert last friday"),
    # a fire service safe-and-well visitor
    ("fire", "reflection:worry_scale_why",
     "two because there were no working smoke alarms and the kids were sleeping in there room "
     "next to a heater with clothes drying on it a three would be alarms fitted and the heater "
     "moved"),
)

LEFT_UNASKED: frozenset[str] = frozenset()
LEFT_ASKED_OTHERWISE: dict[str, str] = {}
# Sound lines with spoken marks ("full stop", "comma", "quote ... unquote"): offered first
# with them as marks, as the project means (set Q's `LEFT_FLAGGED`); nothing is asked after /use.
LEFT_FLAGGED = frozenset(line for _, _, line in SET_AB_SOUND
                         if any(said in line for said in ("full stop", "comma", "unquote")))


# ---- held-out variants: written after the blind run, before any fix was designed or run ----

# What needs to happen said as a need with nobody in it ("there needs to be more support"):
# asked who will do it, and by when.
A_NEED_WITH_NOBODY = [
    ("reflection", "needs_to_happen", "there should be a meeting with everyone involved",
     "who_when"),
    ("supervision", "needs", "there needs to be a clear plan in place for the children",
     "who_when"),
    ("contribution", "needs_to_happen", "there has to be more joined up working between school "
     "and health", "who_when"),
    ("mapping", "next_steps", "there needs to be better oversight of the childrens care",
     "who_when"),
    ("wellbeing", "next_steps", "more help with the housing is needed", "who_when"),
]
A_NEED_WITH_SOMEONE = [
    ("reflection", "needs_to_happen", "there needs to be someone at home when she gets back from "
     "school so I will ask her nan today if she can be there by half three"),
    ("supervision", "needs", "there should be a meeting before the review so I will book it with "
     "mum and the school for tuesday the tenth"),
    ("contribution", "needs_to_happen", "there is a space at breakfast club from monday and I "
     "will ask mum tomorrow if she wants it for him"),
]

# What the adult does named only as a condition or a habit ("his drinking", "mums mental
# health"), two or more of them: asked what they do, and what it is like for the child.
A_HABIT_NAMED = [
    ("supervision", "danger_behaviour", "mums drinking and her low mood", "seen|danger"),
    ("mapping", "danger_behaviour", "dad's drug use and his temper", "seen|danger"),
    ("supervision", "danger_behaviour", "his anger and her drinking", "seen|danger"),
    ("mapping", "danger_behaviour", "mums mental health plus her drinking", "seen|danger"),
]
A_HABIT_TOLD = [
    ("supervision", "danger_behaviour", "mums drinking she is asleep on the sofa by seven most "
     "nights and the kids get themselves to bed"),
    ("mapping", "danger_behaviour", "dad's drug use, he smokes heroin in the bathroom while the "
     "kids are in the flat"),
]

# Watching named as what happens next, with no one, no day and nothing to look out for
# ("monitor and review"): asked who will do it and by when, or what they will look out for,
# not what was done (a question of the past).
MONITORING_NAMED = [
    ("reflection", "needs_to_happen", "monitor and review in school", "who_when"),
    ("contribution", "needs_to_happen", "keep monitoring and feed back at the next meeting",
     "who_when"),
    ("supervision", "needs", "to be monitored and reviewed at the core group", "who_when"),
]
MONITORING_SAID = [
    ("contribution", "needs_to_happen", "I will check his weight every friday and ring the "
     "health visitor if it drops, from this week until christmas"),
    ("supervision", "needs", "the school nurse will weigh him each monday until march and tell "
     "me the same day if he has lost weight"),
]

# Found by a probe after the fixes above, beside "continue to monitor and review": a
# worker's watching with who and how often ("school to monitor his attendance weekly") was
# asked "Who did what with the family, and what changed?", a question of the past at what
# happens next. Written after that fix's design, run first on the code before it (base).
MONITORING_WITH_WHO_AND_HOW_OFTEN = [
    ("contribution", "needs_to_happen", "nursery to monitor her weight every monday and tell the "
     "health visitor"),
    ("supervision", "needs", "the school nurse to monitor the bruising daily and write down "
     "anything new"),
    ("reflection", "needs_to_happen", "I will monitor his lunch each day this week"),
    ("mapping", "next_steps", "health visitor to monitor baby's weight fortnightly until march"),
]
# ... and what an adult does about a habit of theirs is no habit named ("controls her temper").
A_HABIT_HANDLED = [
    ("mapping", "strengths", "mum controls her temper by walking away and counting to ten"),
    ("mapping", "strengths", "Mum talks openly about her drinking and has been to every AA "
     "meeting since March"),
]

HELD_OUT_FLAWED = A_NEED_WITH_NOBODY + A_HABIT_NAMED + MONITORING_NAMED
HELD_OUT_SOUND = (A_NEED_WITH_SOMEONE + A_HABIT_TOLD + MONITORING_SAID
                  + MONITORING_WITH_WHO_AND_HOW_OFTEN + A_HABIT_HANDLED)


globals().update(review_tests(rows_set(
    "AB", SET_AB_FLAWED, SET_AB_SOUND, asked=asked_s, asked_flawed=after_tidying, fits=_fits_t,
    sizes=(20, 20), paired=True, flagged_size=8,
    flagged_as=lambda case, reply: reply.startswith(DICTATED) and after_tidying(*case) is None,
    left_unasked=LEFT_UNASKED, hold_left_unasked=True, left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    left_flagged=LEFT_FLAGGED, held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
