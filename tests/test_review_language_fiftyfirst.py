"""Set AK: a blind wording review of every tool, social workers, partners and children (pass 51).

Written after reading set AJ's file only (its shape and the runner) and the earlier sets'
docstrings (to know their ground), before reading any rule in flows/checks or the bot's
nudges: 70 flawed lines and 70 sound ones, each pair at one question, in the voices of social
workers (English, Scottish, Irish, Australian, New Zealand, Canadian, American), teachers and
a school's safeguarding lead, a health visitor, a GP, a midwife, police, youth workers, a
personal adviser, early help, a foster carer and children's own words as a worker records
them, typed as on a phone. Each row: (voice, "tool:question", line), a flawed one also what a
practice lead would expect asked back (the kinds `_fits_ai` reads). New ground against the
earlier sets: a risk grade as a scale's reason ("risk remains high", "2 - high risk"), a
state held ("holding steady", "treading water", "stayed static", "the jury's out"), an event
with nobody in it ("an incident occurred at the home"), minimising ("only a tap"), an impact
of nothing said ("a knock-on effect", "welfare compromised", "it will end in tears",
"impact on her wellbeing going forward"), capacity as a verdict ("lacks protective
capacity", "good parenting capacity"), goals of a way of working or an absence ("work openly
and honestly with professionals", "no further incidents", "a childhood free from fear", "a
positive sense of self"), "ongoing" as how long, countries' and services' short forms
("ROSH", "ROC", "CPS", "Op Encompass", "MUS, ?FII", "NAS", "ACEs", "TAF", "DNA x3"), youth
work slang ("on road", "plugging"), worker words in a child's "I" ("listened to by
professionals", "my placement is stable", "anger management", "a drinking problem"), a
course as existing safety ("completed the Freedom Programme"), and a partner's verdicts ("come
on leaps and bounds", "attendance is satisfactory", "pro-social peers"). Committed (5637597)
before anything was run on it; then (df90a51) group supervision's "what the child shows",
asked only when what the child said is skipped, reached by skipping it (`asked_ak`), the
lines unchanged.

Blind, on the code as it was (main at 418ac11), as written: flawed asked 45/70, 42 with a
question that fits; sound asked 1/70. Let through, each a kind: a number's reason of a state
held ("holding steady", "treading water", "8 - settled"); worker words in a child's "I" (3)
and a writer's report kept as the child's ("made allegations", "well integrated"); an impact
of nothing ("welfare will be compromised", typed without its apostrophe, "it will end in
tears", "a knock-on effect on everything", "developmentally delayed as a result"); goals of a
state ("a positive sense of self", "a childhood free from fear") and of the work's aim
("partners will disrupt exploitation"); "no, its stayed static"; "only a tap"; "a handful of
times, maybe more"; "come on leaps and bounds"; "open and honest with us"; "key adults in
school"; youth work slang ("on road", "plugging"), "Op Encompass", "won't open up"; "financial
pressures and the cost of living crisis". Asked, not as it fits: "step down to universal
services when appropriate" (what happened), "for childrens services to step in" (what was
seen), "there will be no further incidents" (what happened). The sound line asked: a young
man's goal "he will go to the bricklaying course at college ..." read as a parent's course.

Fitted: flawed 66/70 asked, 65 with a question that fits; sound 0/70 asked. Left: "financial
pressures and the cost of living crisis" (`LEFT_UNASKED`; "financial pressures" alone is now
asked, joined to a second trouble it is not), "he's on road, suspected plugging", "Op
Encompass notification received this morning" and "he's shut down, won't open up"
(`LEFT_UNASKED`: word-list terms for them were written and taken out, as the quick tests'
equivalence tests, tests/test_perf_fortyfourth_b.py and test_perf_fortysixth.py, whose random
lines are drawn from the word list, failed with them, and there was no time left to follow
why; pass 52 found why, the terms are back and the three lines asked: see
tests/test_perf_fortyfourth_b.py), and "there will be no further incidents"
(`LEFT_ASKED_OTHERWISE`: asked what the incidents were before the goal check asks what will
happen instead, the checks' order at that question). The rules, each for its class (see the
CHANGELOG): `plain_language._STAGE` (a state held), `_SUFFERS` (a possessive typed without its
apostrophe), `_TURNS_BAD` ("end in tears", "end badly"), `_IT_DID` (on everything),
`_A_STATE` (a sense of self, a life free of harm), `_IMPROVED` ("come on", "come a long way"),
`_COUNT_ONLY` ("a handful of"; a hedge "maybe more" is no time); `nudges._SAID_BY_THE_WORK`,
`_WORK_WORDS` (allegations, disclosed, integrated), `_GROUP` (adults of a kind), `_STILL`
("its"); `process._NOTE_STEP` ("for ... to"), `_AGENTS` (a service by its name),
`_NO_CONDITION` (a condition that is none, for a step with no one to it); `safety_goal.
_VAGUE_DOING` (a trade's course, a course at college); `lexicon.PROCESS` (disrupt, tackle);
`claims._TROUBLES` (pressures, strains); labels' "a disclosure" (no article), "not meeting
milestones" (delayed as a whole), the compliance rule's "open and honest with us"; softening's
"only a tap". Each corpus file (tests/language, 82 files, each as its kind) through
`language-check` before (418ac11) and after: the same output to the byte but two lines, both
marked flawed, as intended: twentysecond_held_answers 261 ("Mum isn't being honest with us
about her new partner", marked claim) now asked ("honest with us"), and held/fifteenth_h_
statements 44 (already flagged) names "developmental delay" beside its other labels.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words and not tuned to after: flawed asked with a question that fits 5/30 before (418ac11)
and 23/30 after the fixes, 21/30 once the three word-list terms were taken out; sound let
through 15/15 before and after (`HELD_OUT_MISSED` says which were not reached).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fortyninth import _fits_ai
from test_review_language_thirtyeighth import asked_s

from flows.replies import Nudge
from tests.test_walk_seventeenth import FLOWS, reach


def asked_ak(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder `line` gets at the question (`asked_s`); what the child shows, asked in
    group supervision only when what the child said is skipped, is reached by skipping it."""
    if step_id != "child_seen":
        return asked_s(flow_id, step_id, line)
    chat = reach(FLOWS[flow_id], "child_words")
    chat.command("skip")
    assert chat.asked == "child_seen"
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)

SET_AK_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "an incident occurred at the home and the child was present", "seen"),
    ("sw_nz", "mapping:recent_harm",
     "ROC came in re a family harm incident, tamariki present", "seen|spell"),
    ("sw_au", "mapping:harm_pattern",
     "4 x ROSH reports, historic and ongoing", "seen|spell|period"),
    ("teacher", "mapping:harm_impact",
     "its had a knock-on effect on everything", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "mum's lack of protective capacity", "seen"),
    ("sw_ie", "mapping:danger_impact",
     "the childrens welfare will be compromised", "impact|danger"),
    ("sw_ca", "mapping:family_view",
     "dad was hostile and mom was tearful", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "there will be no further incidents", "goal"),
    ("sw_uk", "mapping:goal_how_long",
     "ongoing", "period"),
    ("sw_uk", "mapping:existing_safety",
     "mum has engaged with DA services and completed the Freedom Programme", "safety|seen|spell"),
    ("sw_uk", "mapping:complicating",
     "cultural factors and a language barrier", "seen"),
    ("sw_uk", "mapping:strengths",
     "mum has good parenting capacity", "seen"),
    ("sw_uk", "mapping:first_sign",
     "mum being more open and honest with us", "seen"),
    ("sw_uk", "mapping:next_steps",
     "TAF to be convened, chase CAMHS", "who_when|spell"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 - risk remains high", "number|seen"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:harm_worst",
     "it was only a tap on the legs", "seen"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "a handful of times, maybe more", "seen|period"),
    ("sw_us", "harm_matrix:harm_history",
     "CPS history, 3 prior substantiated reports for neglect", "seen|spell"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad deflected blame onto mum", "words"),
    ("mw", "harm_matrix:child_vulnerability",
     "prem baby, NAS, still on the unit", "seen|spell"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dads on the gear and mums got her own stuff going on", "seen"),
    ("police", "harm_matrix:danger_behaviour",
     "dad is a ticking time bomb", "seen"),
    ("hv", "harm_matrix:harm_impact",
     "developmentally delayed as a result", "seen|impact"),
    ("sw_uk", "harm_matrix:danger_impact",
     "it will end in tears", "impact|danger"),
    ("sw_uk", "harm_matrix:danger_statement",
     "If nothing changes the children will continue to be exposed to ACEs.", "danger|spell"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i dont feel listened to by professionals'", "words"),
    ("child", "three_houses:house_good",
     "'my placement is stable and i have a good relationship with my carers'", "words"),
    ("child", "three_houses:house_dreams",
     "'for dad to get help with his anger management'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "he was dysregulated and masking throughout", "seen"),
    ("child", "three_houses:house_worries",
     "'mum has a drinking problem and poor mental health'", "words"),
    # ---- wellbeing ----
    ("mw", "wellbeing:worry_what",
     "late booker, poor antenatal engagement, DNA x3", "seen|spell"),
    ("eh", "wellbeing:worry_impact",
     "it could impact on her wellbeing going forward", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "parents are ambivalent about support", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "parents will work openly and honestly with professionals", "goal"),
    ("eh", "wellbeing:goal_child",
     "J will have a positive sense of self", "goal|seen"),
    ("sw_sc", "wellbeing:harder",
     "financial pressures and the cost of living crisis", "seen"),
    ("eh", "wellbeing:coped",
     "yes they have previously managed with support", "seen"),
    ("eh", "wellbeing:next_steps",
     "step down to universal services when appropriate", "who_when"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 - holding steady", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to live independently and achieve positive outcomes'", "words"),
    ("pa", "success:belonging",
     "he is well integrated into his carers family", "words"),
    ("pa", "success:their_people",
     "the professionals around her", "who_when|seen"),
    ("pa", "success:success_goal",
     "he will engage in EET", "goal|spell"),
    ("pa", "success:goal_first_step",
     "to be discussed at next pathway plan review", "who_when"),
    ("pa", "success:others_worried",
     "concerns around possible grooming", "seen|harmer"),
    ("pa", "success:success_scale_why",
     "5 - treading water", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "he's on road, suspected plugging", "seen|harmer|spell"),
    ("yw", "contextual:harm_signs",
     "he's shut down, won't open up", "words|seen"),
    ("yw", "contextual:peer_strengths",
     "pro-social peers", "seen"),
    ("dsl", "contextual:school_strengths",
     "good relationships with staff", "seen"),
    ("police", "contextual:area_worries",
     "exploitation hotspot, lots of activity", "seen|harmer"),
    ("sw_uk", "contextual:goal_doing",
     "partners will disrupt exploitation", "goal|who_when"),
    ("sw_uk", "contextual:plan_working",
     "positive feedback from professionals", "seen|who_when"),
    ("yw", "contextual:trusted_adults",
     "key adults in school", "who_when"),
    ("dsl", "contextual:online_worries",
     "concerns re: inappropriate online contact", "seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:what_worked",
     "a trauma-informed approach and building rapport", "seen"),
    ("sw_uk", "supervision:difference",
     "it made a real difference to the family", "seen|impact"),
    ("sw_uk", "supervision:scale_moved",
     "no, its stayed static", "seen|period"),
    ("sw_uk", "supervision:child_seen",
     "she seemed a bit off, not her usual self", "seen"),
    ("sw_uk", "supervision:goal_child",
     "the children will have a childhood free from fear", "goal|seen"),
    ("sw_uk", "supervision:my_scale_why",
     "4 - the jury's out", "number|seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "Op Encompass notification received this morning", "seen|spell"),
    ("teacher", "reflection:going_well",
     "attendance is satisfactory", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "for childrens services to step in", "who_when"),
    ("dsl", "reflection:worry_scale_why",
     "2 - high risk", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "frequent attender with MUS, ?FII", "seen|spell"),
    ("fc", "contribution:working_well",
     "he's come on leaps and bounds", "seen"),
    ("police", "contribution:needs_to_happen",
     "a full assessment of need", "who_when"),
    ("police", "contribution:child_said",
     "the child made allegations against her stepfather", "words"),
    ("fc", "contribution:partner_scale_why",
     "8 - settled", "number|seen"),
)

SET_AK_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "in march dad held the baby over the balcony rail while he was shouting at mum, and she "
     "screamed till a neighbour came"),
    ("sw_nz", "mapping:recent_harm",
     "on friday night dad threw a bottle at mum and it smashed by the cot, the kids were awake "
     "and their nana came and got them"),
    ("sw_au", "mapping:harm_pattern",
     "since 2021, about once a month, worse since dad lost his job in march"),
    ("teacher", "mapping:harm_impact",
     "she has stopped eating her breakfast club toast and asks me every morning if dad will be "
     "home"),
    ("sw_uk", "mapping:danger_behaviour",
     "mum lets dad back in at night after he has hit her, while the kids are asleep upstairs"),
    ("sw_ie", "mapping:danger_impact",
     "the kids could be hit by a flying plate or burnt by the kettle when dad throws things"),
    ("sw_ca", "mapping:family_view",
     "dad said 'you people have had it in for me since day one' and mom said she agrees with "
     "the plan"),
    ("sw_uk", "mapping:goal_doing",
     "dad will leave the house and go to his brother's when he feels angry, and text mum where "
     "he is"),
    ("sw_uk", "mapping:goal_how_long",
     "six months, so we see it through christmas, when things got worse last year"),
    ("sw_uk", "mapping:existing_safety",
     "the night dad came back drunk on 2 may, mum took the kids to her sister's and rang the "
     "police"),
    ("sw_uk", "mapping:complicating",
     "mum speaks only tigrinya and there is no interpreter at the GP surgery, so she misses the "
     "baby's appointments"),
    ("sw_uk", "mapping:strengths",
     "mum reads to L every night and takes her to the library on saturdays"),
    ("sw_uk", "mapping:first_sign",
     "mum ringing me before dad comes round, not after"),
    ("sw_uk", "mapping:next_steps",
     "i will ring the childrens mental health team on mon 9th to chase K's appointment and tell "
     "mum the date by tues"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 because dad still has a key and came in at 2am on sunday"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:harm_worst",
     "he slapped her across the face so hard it left a hand mark that her teacher saw the next "
     "morning"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "5 times since christmas that mum has told us, the last on sat 3rd, more often than last "
     "year"),
    ("sw_us", "harm_matrix:harm_history",
     "since the baby was born in 2022; the nurse first raised it at his 2 month check"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'i only pushed her cos she wouldnt shut up, its mums fault for winding me up'"),
    ("mw", "harm_matrix:child_vulnerability",
     "born at 32 weeks, still on the unit being weaned off the methadone mum took in pregnancy, "
     "and feeds every 2 hours"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dad uses heroin most days and mum has been very low since her own mum died last year"),
    ("police", "harm_matrix:danger_behaviour",
     "dad screams in the kids faces and kicks the doors in when they dont do as they are told"),
    ("hv", "harm_matrix:harm_impact",
     "at 3 she says 5 words and flinches when anyone lifts a hand near her"),
    ("sw_uk", "harm_matrix:danger_impact",
     "she could be left with brain damage if he shakes her again"),
    ("sw_uk", "harm_matrix:danger_statement",
     "Police and the social worker are worried that dad will hurt mum again when he has been "
     "drinking, while the kids are in the house, and they could be hurt trying to stop him."),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'nobody listens when i say i want to go home'"),
    ("child", "three_houses:house_good",
     "'me and jo bake cakes on sundays and she lets me lick the spoon'"),
    ("child", "three_houses:house_dreams",
     "'for dad to stop shouting and throwing stuff'"),
    ("sw_uk", "three_houses:worker_noticed",
     "he kept getting up to look out of the window whenever a car went past"),
    ("child", "three_houses:house_worries",
     "'mum falls asleep on the sofa with her wine and i cant wake her up'"),
    # ---- wellbeing ----
    ("mw", "wellbeing:worry_what",
     "mum first saw a midwife at 30 weeks and has missed her next 3 appointments"),
    ("eh", "wellbeing:worry_impact",
     "she could fall behind with her reading and stop wanting to go to school"),
    ("eh", "wellbeing:family_view",
     "dad said 'we dont need anyone poking about', mum said shed try the group once"),
    ("eh", "wellbeing:goal_doing",
     "mum and dad will get the kids up at 7 and have them at school by 8.45 every day"),
    ("eh", "wellbeing:goal_child",
     "J will lay out his uniform the night before with dad and get to school on time"),
    ("sw_sc", "wellbeing:harder",
     "dad lost his job in may and they have been to the food bank 3 times since"),
    ("eh", "wellbeing:coped",
     "when dad was in hospital last year nan moved in for 6 weeks and did the school run"),
    ("eh", "wellbeing:next_steps",
     "i will close the case on 30 june if J is still in school every day, and tell the school "
     "nurse that week"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 because mum has kept to the bedtime chart for a month but the baby still has nappy "
     "rash"),
    # ---- success ----
    ("pa", "success:vision",
     "'a little house near the sea with a dog and a job in a kitchen'"),
    ("pa", "success:belonging",
     "'at my aunties, she saves me the top bunk and it feels like home'"),
    ("pa", "success:their_people",
     "her big sister R and her old foster carer Jan, who both say she can ring any time"),
    ("pa", "success:success_goal",
     "he will go to the bricklaying course at college 3 days a week on the 8.10 bus"),
    ("pa", "success:goal_first_step",
     "she and her personal adviser will look at 2 flats on tuesday at 11"),
    ("pa", "success:others_worried",
     "his youth worker saw him get into a car with 2 older men outside the chippy at 1am on "
     "friday"),
    ("pa", "success:success_scale_why",
     "5 because he has a flat now but has missed his rent twice"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "on 2 march two men drove him to a flat in leeds and made him sell drugs there for 4 days"),
    ("yw", "contextual:harm_signs",
     "he said 'if i dont go they'll come to my mums' and he has a cut on his hand he wont "
     "explain"),
    ("yw", "contextual:peer_strengths",
     "his mates from boxing, who walk home with him after training on tues and thurs"),
    ("dsl", "contextual:school_strengths",
     "she talks to mrs B in the library every lunchtime and told her about the party"),
    ("police", "contextual:area_worries",
     "men in a blue car wait by the school gates at 3.15 and offer the year 9s lifts and vapes"),
    ("sw_uk", "contextual:goal_doing",
     "police will patrol the park by the chippy every friday and saturday night and the council "
     "will fix the lights there by may"),
    ("sw_uk", "contextual:plan_working",
     "his mum will see him home by 10 every night, and his youth worker will hear first if he "
     "misses boxing"),
    ("yw", "contextual:trusted_adults",
     "Mr T, his head of year: checks in with him every morning at 8.30 in form time"),
    ("dsl", "contextual:online_worries",
     "a man who says he is 16 has been messaging her on snapchat at night asking to meet her"),
    # ---- group supervision ----
    ("sw_uk", "supervision:what_worked",
     "seeing mum at the cafe instead of at home, where she could talk without dad listening"),
    ("sw_uk", "supervision:difference",
     "mum told me for the first time that dad hits her, and asked about the refuge"),
    ("sw_uk", "supervision:scale_moved",
     "stayed at 3 since january; we tried a family meeting and a parenting course and dad didnt "
     "go to either"),
    ("sw_uk", "supervision:child_seen",
     "she didnt speak for the whole visit, sat under the table and wouldnt take a biscuit"),
    ("sw_uk", "supervision:goal_child",
     "the kids will sleep through the night without being woken by shouting, and tell their "
     "teacher about their weekend"),
    ("sw_uk", "supervision:my_scale_why",
     "4 because mum has kept dad out for 2 weeks but he is due out of prison on friday"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "police rang at 8 to say there was a fight at his home last night; he came in without his "
     "coat and fell asleep in maths"),
    ("teacher", "reflection:going_well",
     "he has been in every day this half term and mum brings him to the gate at 8.40"),
    ("teacher", "reflection:needs_to_happen",
     "i will ring the council's front door team before 3 today and tell mum after school that "
     "i have"),
    ("dsl", "reflection:worry_scale_why",
     "2 because she said dad hit her with a belt last night and she doesnt want to go home"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has brought E to the surgery 14 times since january with tummy pains we can find no "
     "cause for, and each time says E has stopped eating"),
    ("fc", "contribution:working_well",
     "he sleeps through most nights now and has started asking friends round after school"),
    ("police", "contribution:needs_to_happen",
     "i will send the social worker our last 3 call-out logs for the address by friday"),
    ("police", "contribution:child_said",
     "'he comes in my room at night and i dont like it'"),
    ("fc", "contribution:partner_scale_why",
     "8 because he has slept through every night this month and asked to stay for christmas"),
)


# Two troubles joined, "financial pressures and the cost of living crisis", at what makes
# things harder: "financial pressures" alone is asked what happens, but a second trouble joined
# to it reads as more than a note, and is let through. (Drug-running slang, a police
# notification's name and "won't open up", let through in pass 51 when their word-list terms
# were taken out, are asked since pass 52 put them back: see tests/test_perf_fortyfourth_b.)
LEFT_UNASKED = frozenset({"financial pressures and the cost of living crisis"})
# A goal said as an absence, "there will be no further incidents", is asked first what the
# incidents were (the plain-language check comes before the goal's own at that question), not
# what will happen instead.
LEFT_ASKED_OTHERWISE = {"there will be no further incidents": 'You wrote "incidents".'}

globals().update(review_tests(rows_set(
    "AK", SET_AK_FLAWED, SET_AK_SOUND, asked=asked_ak, fits=_fits_ai,
    left_unasked=LEFT_UNASKED, hold_left_unasked=True,
    left_asked_otherwise=LEFT_ASKED_OTHERWISE, sizes=(70, 70), paired=True)))


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_scale_why", "5 - plodding along", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "7 - pretty stable", "number|seen"),
    ("supervision", "my_scale_why", "3, stuck in a rut", "number|seen"),
    ("contribution", "partner_scale_why", "6 - steady as she goes", "number|seen"),
    ("three_houses", "house_worries", "'the professionals dont listen to me'", "words"),
    ("mapping", "house_dreams", "'for mum to sort out her poor mental health'", "words"),
    ("wellbeing", "house_dreams", "'dad to do anger management'", "words"),
    ("contribution", "child_said", "she made a disclosure to her teacher", "words"),
    ("success", "belonging", "she has integrated well at her new school", "words"),
    ("mapping", "danger_impact", "the kids wellbeing could be compromised", "impact|danger"),
    ("harm_matrix", "danger_impact", "its all going to end badly", "impact|danger"),
    ("supervision", "danger_impact", "the childs safety will be compromised", "impact|danger"),
    ("wellbeing", "worry_impact", "it will have a knock-on effect on everyone", "impact|danger"),
    ("mapping", "harm_impact", "its had a big effect on all of them", "seen|impact"),
    ("mapping", "goal_child", "the kids will have a childhood free from worry and harm",
     "goal|seen"),
    ("contextual", "goal_child", "he will have a stronger sense of identity", "goal|seen"),
    ("supervision", "scale_moved", "nope its static", "seen|period"),
    ("reflection", "going_well", "shes come a long way", "seen"),
    ("mapping", "next_steps", "close to social care when needed", "who_when"),
    ("contribution", "needs_to_happen", "for social care to get involved", "who_when"),
    ("wellbeing", "next_steps", "for early help to pick this up", "who_when"),
    ("mapping", "trusted_adults", "safe adults in the family", "who_when"),
    ("mapping", "harm_pattern", "a handful of occasions, possibly more", "seen|period"),
    ("harm_matrix", "harm_worst", "just a little smack on the bum", "seen"),
    ("contextual", "harm_outside", "he's been going country with older lads", "seen|harmer"),
    ("reflection", "what_happened", "got an Encompass call from police at 8", "seen|spell"),
    ("contextual", "harm_signs", "she's closed off and won't talk", "words|seen"),
    ("mapping", "first_sign", "dad being honest with us", "seen"),
    ("harm_matrix", "harm_impact", "globally delayed", "seen|impact"),
    ("contextual", "goal_doing", "agencies will tackle the exploitation in the area",
     "goal|who_when"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "danger_scale_why",
     "5 because dad has stayed sober for 6 weeks but still shouts at the kids at bedtime"),
    ("wellbeing", "wellbeing_scale_why",
     "7 because the baby has put on weight at every weigh-in since june"),
    ("three_houses", "house_worries", "'when mum and dad shout i hide in the wardrobe'"),
    ("three_houses", "house_dreams", "'for dad to stop drinking and take me to football'"),
    ("contribution", "child_said", "'mummy said not to tell anyone about the man'"),
    ("mapping", "danger_impact",
     "the kids could be cut by broken glass when dad smashes things, and stop sleeping"),
    ("mapping", "goal_child",
     "the kids will go to sleep without hearing shouting and have breakfast before school "
     "every day"),
    ("supervision", "scale_moved",
     "still 4 since march; we tried weekly visits and a written agreement, mum has missed 3 "
     "of 8"),
    ("reflection", "going_well", "she reads to the class every friday and has a best friend now"),
    ("mapping", "next_steps",
     "i will ring the social care front door by 12 today and tell dad on the phone tonight"),
    ("mapping", "trusted_adults",
     "aunty S: has the kids every saturday and mum rings her if dad turns up"),
    ("mapping", "harm_pattern", "4 times since the summer, the last on 3 nov, getting more often"),
    ("harm_matrix", "harm_worst",
     "he hit her on the legs with a belt buckle and left 3 welts the school nurse saw"),
    ("contextual", "harm_signs",
     "she said 'they give me free vapes and i owe them now' and she has 2 new phones"),
    ("contextual", "goal_doing",
     "police will stop the blue car at the school gates every afternoon this term and the "
     "school will text parents"),
]

# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# state the new words do not hold ("plodding along", "steady as she goes"), "end badly" after
# "going to", "the childs safety" (a possessive of a singular child typed without its
# apostrophe), a knock-on effect still to come ("will have"), "nope its static" ("nope" then
# no comma), and a step to a service "when needed" with no one to it ("close to social care":
# "close" is read as a doing).
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "5 - plodding along",
    "6 - steady as she goes",
    "its all going to end badly",
    "the childs safety will be compromised",
    "it will have a knock-on effect on everyone",
    "nope its static",
    "close to social care when needed",
})


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED])
def test_a_held_out_flawed_variant_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ai(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), HELD_OUT_SOUND)
def test_a_held_out_sound_variant_is_let_through(flow_id: str, step_id: str,
                                                  line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED
