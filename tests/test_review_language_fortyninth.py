"""Set AI: a blind wording review of every tool, social workers, partners and children (pass 49).

Written after reading set AH's file only (its shape and the runner), before reading any rule in
flows/checks or the bot's nudges: 70 flawed lines and 70 sound ones, each pair at one question,
in the voices of social workers (English, Australian, New Zealand, North American), teachers
and a school's safeguarding lead, health visitors, a GP, police, youth workers, a personal
adviser, early help and children's own words as a worker records them, typed as on a phone.
New ground against the earlier sets (each phrase grepped over tests/ first, the common ones
put in other words): who did it hidden ("the baby sustained a spiral fracture ... whilst in
the care of"), euphemisms ("dad enjoys a tipple", "a colourful past", "things kicked off",
"rough handling"), vague time ("from time to time over the years", "now and again", "for the
foreseeable"), a writer's stance as a scale's reason ("still weighing it up", "something
doesnt sit right", "cautiously optimistic", "early days", "baby steps", "nothing major from
us"), worker words in a child's "I" ("safe and supported", "meet all my needs", "a stable
placement", "neglected", "domestic abuse"), goals of qualities ("more resilient", "for the
family to flourish", "the best version of himself", "sort his life out"), steps with no one
and no day ("watch and wait", "refer on as appropriate", "link in with services", "point mum
in the direction of some groups", "keep in touch"), slang judgements ("a proper wrong un",
"a bit of a handful and very mouthy", "scruffy ... minging", "bouncing off the walls"),
partners' phrases ("a familiar name to us", "MDT approach", "mum appears overwhelmed"), and
sound lines using plain words where a rule might trip.
Each row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (the kinds `_fits_ai` reads). Committed (a622dd1) before anything was run on it.

Blind, on the code as it was (main at 2487932), as written: flawed asked 48/70, each with a
question that fits; sound asked 2/70, and one could not be run (typed at "act today", a note).
Five pairs had been written at questions answered by a button or a note (the harm matrix's
severity, how, likelihood and act today; reflection's "does the family know"), where nothing
typed is checked: moved after the first run, the lines unchanged, to the nearest typed
questions (4cc6970, b69b3e4). So placed, on the same code: flawed 51/70 asked with a question
that fits (`_fits_ai` reads a danger statement's reminder as asking for its parts, as set AH's
reads a worry statement's), sound asked 3/70: a worry statement's "the kids go without
breakfast" (nothing read as happening), and two lines a practice lead would send back
(`LEFT_FLAGGED`: "likely: dad hit him again ..." is no danger statement, and the wellbeing
goal says neither what the child will notice nor for how long). Let through, each a kind: a
scale's stance or stage ("still weighing it up", "baby steps", "early days", "nothing major
from us"); worker words in a child's "I" ("supported", "neglected", "a stable placement"); a
young person's hopes in the work's words ("the best version of himself", "sort his life
out"); who as kinds of people ("professionals and friends", "the usual supports"); "could
come to serious harm"; a level alone ("moderate to severe"); "more resilient"; a disclosure
named; "mum is aware"; "bouncing off the walls"; "a real protective presence"; "being
persistent and consistent".

Fitted: flawed 70/70 asked, 69 with a question that fits ("moderate to severe" at the worst
harm is asked what could happen or has, `ASKED_OTHERWISE`); sound 0/70 asked but the two left
flagged. The rules, each for its class (see the CHANGELOG): `plain_language._NOTHING_HEARD`
(undecided, a stage, nothing from us; a hedge after the number; "at this stage"; "pure"),
`_EVERYONE_ONLY`, `_SUFFERS_ONLY` ("come to harm"), `_TURNS_BAD` and `_MAY` (a word of how
fast; "could all", "could easily"), `_HARM_ONLY` (a level alone), `_STATE_WORD`
("resilient", "independent"), `_HOW_OFTEN_ONLY` ("in waves"), `_EVENT_ONLY` ("there was");
`nudges._SAID_BY_THE_WORK` and `_WORK_WORDS`; labels' "out of control" (slang), "a safe
adult" (a presence, an influence, a figure), "on board" ("isnt"), "psychoeducation" (the
worker's manner), and two new rules, "a disclosure" and "aware";
`danger_statement._HAPPENING` (plural verbs, "keep" with any "-ing"). Set AH's held-out
lines left (`HELD_OUT_MISSED` there): 9 of 10 now asked with a question that fits; "6 -
nothing to report from a school point of view" is still asked what the services did. Each
corpus file (tests/language, 82 files, each as its kind) through `language-check` before
(2487932) and after: the same output to the byte, no line gaining or losing a flag.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words and not tuned to after: flawed asked with a question that fits 7/30 before (2487932)
and 22/30 after; sound let through 14/15 before and 15/15 after (`HELD_OUT_MISSED` says
which were not reached).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fortyeighth import _fits_ah
from test_review_language_thirtyeighth import asked_s

SET_AI_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "the baby sustained a spiral fracture to the femur whilst in the care of the parents",
     "seen"),
    ("police", "mapping:recent_harm",
     "things kicked off between the couple last night", "seen"),
    ("sw_au", "mapping:harm_pattern",
     "from time to time over the years", "seen|period"),
    ("teacher", "mapping:harm_impact",
     "hes bouncing off the walls in class", "seen|impact"),
    ("hv", "mapping:danger_behaviour",
     "dad enjoys a tipple and mum has a colourful past", "seen"),
    ("sw_uk", "mapping:danger_statement",
     "risk of emotional harm due to exposure to parental conflict", "danger"),
    ("sw_na", "mapping:family_view",
     "parents are minimizing the concerns", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "mum will put the kids first", "goal"),
    ("sw_au", "mapping:safety_goal",
     "the children will live in a safe, nurturing environment free from harm", "goal"),
    ("sw_uk", "mapping:existing_safety",
     "nan is a safe pair of hands", "safety|seen"),
    ("sw_nz", "mapping:trusted_adults",
     "the usual supports", "who_when|seen"),
    ("sw_uk", "mapping:next_steps",
     "ongoing support package to be put in place", "who_when"),
    ("sw_uk", "mapping:danger_scale_why",
     "4 - still weighing it up", "number|seen"),
    ("child", "mapping:house_good",
     "'i feel safe and supported at home'", "words"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "mum is volatile and unpredictable", "seen"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "now and again", "seen|period"),
    ("sw_uk", "harm_matrix:harm_worst",
     "moderate to severe", "seen"),
    ("sw_uk", "harm_matrix:danger_behaviour",
     "rough handling when disciplining", "seen"),
    ("sw_uk", "harm_matrix:danger_statement",
     "likely to recur given the history", "seen"),
    ("sw_uk", "supervision:needs",
     "watch and wait", "who_when"),
    ("sw_uk", "harm_matrix:harm_history",
     "extensive history with CSC", "seen|spell"),
    ("sw_uk", "harm_matrix:danger_impact",
     "the child could come to serious harm", "impact|danger"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i dont like it when there is domestic abuse at home'", "words"),
    ("child", "three_houses:house_good",
     "'my carers meet all my needs'", "words"),
    ("child", "three_houses:house_dreams",
     "'i want a stable placement'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she was closed off and reluctant to engage", "seen"),
    # ---- wellbeing ----
    ("child", "wellbeing:house_worries",
     "'i feel neglected'", "words"),
    ("eh", "wellbeing:worry_what",
     "the kids look scruffy and the place is minging", "seen"),
    ("eh", "wellbeing:worry_impact",
     "its impacting on her wellbeing", "impact|danger"),
    ("eh", "wellbeing:worry_statement",
     "worries about the standard of care", "danger|seen"),
    ("eh", "wellbeing:goal_child",
     "he will be more resilient", "goal|seen"),
    ("eh", "wellbeing:wellbeing_goal",
     "for the family to flourish", "goal"),
    ("hv", "wellbeing:strengths",
     "mum is a real asset to those kids", "seen"),
    ("eh", "wellbeing:coped",
     "they are resilient and have got through tough times", "seen"),
    ("eh", "wellbeing:next_steps",
     "point mum in the direction of some groups", "who_when"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 - baby steps", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "to be the best version of himself", "words"),
    ("pa", "success:own_goals",
     "to sort his life out", "words"),
    ("pa", "success:what_helps",
     "positive role models", "seen|who_when"),
    ("pa", "success:their_people",
     "professionals and friends", "who_when"),
    ("pa", "success:others_worried",
     "concerns around gang affiliation", "seen|harmer"),
    ("pa", "success:goal_first_step",
     "link in with services", "who_when"),
    ("pa", "success:success_scale_why",
     "5 - early days", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:yp_worries",
     "hes a bit of a handful and very mouthy", "seen"),
    ("sw_uk", "contextual:home_worries",
     "home life is far from ideal", "seen"),
    ("yw", "contextual:peer_strengths",
     "has some positive friendships", "seen"),
    ("teacher", "contextual:school_strengths",
     "shes a bright girl with lots of potential", "seen"),
    ("dsl", "contextual:online_worries",
     "accessing inappropriate content online", "seen"),
    ("police", "contextual:harm_outside",
     "exploitation concerns", "seen|harmer"),
    ("sw_uk", "contextual:danger_statement",
     "risk of being drawn into criminality", "danger"),
    ("yw", "contextual:next_steps",
     "keep in touch with the YP", "who_when|spell"),
    ("yw", "contextual:area_strengths",
     "good community", "seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "the usual issues persist", "seen"),
    ("sw_uk", "supervision:child_words",
     "child expressed wishes to see more of dad", "words"),
    ("sw_uk", "supervision:working_well",
     "mum has been open to our input", "seen"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad is a proper wrong un", "seen"),
    ("sw_uk", "supervision:goal_how_long",
     "for the foreseeable", "period|seen"),
    ("sw_uk", "supervision:my_scale_why",
     "3 - cautiously optimistic", "number|seen"),
    ("sw_au", "supervision:what_worked",
     "being persistent and consistent", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "child made a disclosure this morning", "seen|words"),
    ("teacher", "wellbeing:family_view",
     "mum is aware", "seen|words"),
    ("teacher", "reflection:going_well",
     "nan is a real protective presence", "seen|safety"),
    ("teacher", "reflection:needs_to_happen",
     "refer on as appropriate", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "4 - something doesnt sit right with me", "number|seen"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum appears overwhelmed", "seen"),
    ("police", "contribution:worries",
     "dad is a familiar name to us", "seen"),
    ("teacher", "contribution:working_well",
     "dad is very engaged with school", "seen"),
    ("gp", "contribution:needs_to_happen",
     "MDT approach", "who_when|spell"),
    ("teacher", "contribution:child_said",
     "she said things at home were difficult", "words"),
    ("police", "contribution:partner_scale_why",
     "6 - nothing major from us", "number|seen"),
)

SET_AI_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "on 2 march dad twisted the babys leg while changing her nappy because she kept kicking; "
     "the x-ray showed a broken thigh bone"),
    ("police", "mapping:recent_harm",
     "last night (sat) dad threw mums phone at the wall and pinned her to the sofa by her "
     "throat, the boys (6 and 9) watched from the stairs"),
    ("sw_au", "mapping:harm_pattern",
     "twice a month since christmas that we know of, always on a sunday when dads back from "
     "the footy, last one 14 jan"),
    ("teacher", "mapping:harm_impact",
     "he hides under the table when a door bangs and has wet himself twice this week, which he "
     "never did before"),
    ("hv", "mapping:danger_behaviour",
     "dad drinks 8 cans most nights and falls asleep on the sofa with the baby on his chest"),
    ("sw_uk", "mapping:danger_statement",
     "the social worker and health visitor are worried that dad will keep screaming at mum in "
     "front of the baby, and the baby could grow up scared and not sleep or feed well"),
    ("sw_na", "mapping:family_view",
     "dad said 'it was one slap, my father did worse to me' and mom nodded"),
    ("sw_uk", "mapping:goal_doing",
     "mum will make sure the kids are fed and in bed by 8 before she sees her boyfriend, and he "
     "will not stay over"),
    ("sw_au", "mapping:safety_goal",
     "dad will stay at his mums and only see the kids at the family centre on saturdays until "
     "he has finished the mens course, and mum will ring the social worker if he turns up"),
    ("sw_uk", "mapping:existing_safety",
     "when dad starts drinking nan takes the kids to hers round the corner, she did this 3 "
     "times in november"),
    ("sw_nz", "mapping:trusted_adults",
     "aunty R (mums sister) and koro T, who see the kids every sunday and know to ring the "
     "social worker if mum is drunk"),
    ("sw_uk", "mapping:next_steps",
     "i will visit on tues 9th at 4pm with the health visitor to see the babys room"),
    ("sw_uk", "mapping:danger_scale_why",
     "4 because dad has done 3 of 6 sessions but mum says he shouted at her on sunday"),
    ("child", "mapping:house_good",
     "'dad takes me to the park after school and pushes me really high'"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "mum threw a plate at dad on the 3rd and it hit the wall by the babys cot, she has done it "
     "twice before"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "three times since may, the last on 20 oct"),
    ("sw_uk", "harm_matrix:harm_worst",
     "the bruise covered half his back and he couldnt sit down at school for 2 days"),
    ("sw_uk", "harm_matrix:danger_behaviour",
     "dad hit him across the legs with a belt buckle for wetting the bed"),
    ("sw_uk", "harm_matrix:danger_statement",
     "likely: dad hit him again the week after we last visited and still says the belt is the "
     "only thing that works"),
    ("sw_uk", "supervision:needs",
     "yes, i will ring the duty manager now and ask the police to check the kids are at nans "
     "tonight"),
    ("sw_uk", "harm_matrix:harm_history",
     "mum was in care herself from 9 to 16 and her first child was adopted in 2015 after a "
     "head injury"),
    ("sw_uk", "harm_matrix:danger_impact",
     "he could be hit hard enough to break a bone, or be too scared to tell anyone"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'when dad shouts i hide in the wardrobe with my rabbit'"),
    ("child", "three_houses:house_good",
     "'my foster mum does my hair in plaits every morning'"),
    ("child", "three_houses:house_dreams",
     "'to stay at jos house till im grown up and keep my dog'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she kept her coat on the whole time, only drew with a grey pencil and asked twice if mum "
     "would know"),
    # ---- wellbeing ----
    ("child", "wellbeing:house_worries",
     "'theres no food in the cupboard when mums sleeping'"),
    ("eh", "wellbeing:worry_what",
     "there is no bed for the 4 year old, he sleeps on a coat on the floor, and the fridge was "
     "empty on both visits"),
    ("eh", "wellbeing:worry_impact",
     "she could lose her place at college because she has missed 9 days looking after her "
     "brothers"),
    ("eh", "wellbeing:worry_statement",
     "the school and the family worker are worried the kids go without breakfast most days, "
     "and they could get ill and not be able to learn"),
    ("eh", "wellbeing:goal_child",
     "he will eat breakfast at home 5 days a week and bring a packed lunch"),
    ("eh", "wellbeing:wellbeing_goal",
     "mum will take the kids to the dentist by end of march and keep the hall clear of rubbish "
     "bags"),
    ("hv", "wellbeing:strengths",
     "mum reads to the baby every night and has kept every clinic appointment since june"),
    ("eh", "wellbeing:coped",
     "when dad lost his job last year mum took on night shifts and nan had the kids overnight"),
    ("eh", "wellbeing:next_steps",
     "i will book mum in at the food bank for fri and ring the housing officer about the damp "
     "by wed"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 because the kids have had breakfast club every day this week but the beds still havent "
     "come"),
    # ---- success ----
    ("pa", "success:vision",
     "'to be a chef in a proper restaurant and have my own car'"),
    ("pa", "success:own_goals",
     "'pass my driving test and get my little brother back living with me'"),
    ("pa", "success:what_helps",
     "when his uncle texts him in the mornings he gets up for college"),
    ("pa", "success:their_people",
     "his girlfriend Z, his foster carer and his football coach, who he sees every saturday"),
    ("pa", "success:others_worried",
     "his carer found 2 phones and 400 pounds in his bag and he has been missing 3 nights since "
     "october"),
    ("pa", "success:goal_first_step",
     "she will go to the housing office with her personal adviser on monday 3rd at 10 to sign "
     "the tenancy"),
    ("pa", "success:success_scale_why",
     "5 because he has been to college 4 days out of 5 this month but still owes money to the "
     "older lads"),
    # ---- contextual ----
    ("yw", "contextual:yp_worries",
     "he swore at the bus driver and kicked the door when he was told to get off, on the 6th"),
    ("sw_uk", "contextual:home_worries",
     "4 kids share one room and dads mates come round to smoke weed until 2am most weekends"),
    ("yw", "contextual:peer_strengths",
     "she goes swimming with her friend A every tuesday and they do their homework together "
     "after"),
    ("teacher", "contextual:school_strengths",
     "she got a 7 in her maths mock and helps the year 7s at reading club on wednesdays"),
    ("dsl", "contextual:online_worries",
     "a man she met on snapchat has asked her for photos and sent her 20 pounds for a taxi"),
    ("police", "contextual:harm_outside",
     "since sept he has been going to a flat in leeds for a man called K and comes back with "
     "new trainers"),
    ("sw_uk", "contextual:danger_statement",
     "the youth worker and police are worried that older men will keep using him to carry drugs "
     "out of town, and he could be stabbed or arrested"),
    ("yw", "contextual:next_steps",
     "i will meet him at the youth club on thursday at 6 and walk him to his nans after"),
    ("yw", "contextual:area_strengths",
     "the boxing gym on the high street is open till 9 and the coach lets him in for free"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "mum has missed 2 of 3 contact sessions since the last supervision and says she was too "
     "tired"),
    ("sw_uk", "supervision:child_words",
     "'i want to see daddy on my birthday and show him my bike'"),
    ("sw_uk", "supervision:working_well",
     "mum was in for all 4 visits this month and showed me the kids new bedtime chart"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad has told mum he will burn the house down if she leaves, and said it again in front of "
     "me on friday"),
    ("sw_uk", "supervision:goal_how_long",
     "6 months, with us checking in at the end of each month"),
    ("sw_uk", "supervision:my_scale_why",
     "3 because dad is back living there and mum has told the school he is not"),
    ("sw_au", "supervision:what_worked",
     "texting mum the day before each visit and bringing the interpreter she asked for"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "at 9.15 she showed me a round burn on her arm and said 'mums friend did it with his "
     "cigarette'"),
    ("teacher", "wellbeing:family_view",
     "i told mum at pick up that i had seen the burn and she said 'he fell on the fire guard'"),
    ("teacher", "reflection:going_well",
     "his nan picks him up every day at 3 and does his homework with him"),
    ("teacher", "reflection:needs_to_happen",
     "our safeguarding lead will ring the front door today before 2 and i will write up what he "
     "said by lunch"),
    ("teacher", "reflection:worry_scale_why",
     "4 because she has come in hungry 3 days this week and took food from other kids lunch "
     "boxes"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum cried through the whole visit on the 4th and said she hadnt slept more than 2 hours "
     "since the baby came"),
    ("police", "contribution:worries",
     "we arrested dad on 12 nov for punching mum in the face at the school gate"),
    ("teacher", "contribution:working_well",
     "dad comes to every parents evening and rang me on monday to ask how to help with his "
     "reading"),
    ("gp", "contribution:needs_to_happen",
     "i will see mum again on thurs 8th to review her tablets and send her notes to the social "
     "worker by friday"),
    ("teacher", "contribution:child_said",
     "'mum and her boyfriend fight every night and i cant sleep'"),
    ("police", "contribution:partner_scale_why",
     "6 because we have had no calls to the house since 3 sept, the first gap that long in 2 "
     "years"),
)



def _fits_ai(want: str, reply: str) -> bool:
    """Set AH's `_fits_ah`, reading a danger statement's reminder ("A practice lead reading
    this danger statement would ask for: who is worried; what an adult did or does ...") as it
    reads a worry statement's: asking for the statement's parts, what was seen among them."""
    if "this danger statement" in reply:
        return bool(set(want.split("|")) & {"danger", "seen"})
    return _fits_ah(want, reply)


# Two sound lines, written blind, asked as the project means: "likely: dad hit him again ..."
# (written for how likely the harm is, a button, and moved to the danger statement) says no
# one who is worried nor what could happen; the wellbeing goal says neither what the child
# will notice nor for how long, which its question asks for.
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AI_SOUND if line.startswith(("likely: dad hit him again",
                                                            "mum will take the kids to the")))


def _asked_for_its_parts(case: object, reply: str) -> bool:
    return "this danger statement" in reply or "this wellbeing goal" in reply


# A level alone at the worst harm is asked what could happen or has, who would do it and how
# it would show: a question for a harm to come as much as one done.
ASKED_OTHERWISE = {"moderate to severe": 'You wrote "moderate to severe". What exactly could '
                                         "happen to this child, or has"}

globals().update(review_tests(rows_set(
    "AI", SET_AI_FLAWED, SET_AI_SOUND, asked=asked_s, fits=_fits_ai,
    left_flagged=LEFT_FLAGGED, flagged_as=_asked_for_its_parts, flagged_size=2,
    left_asked_otherwise=ASKED_OTHERWISE, sizes=(70, 70), paired=True)))


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_scale_why", "3 - the jury is still out on dad", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "7, small steps but getting there", "number|seen"),
    ("success", "success_scale_why", "4 - its very early days yet", "number|seen"),
    ("supervision", "my_scale_why", "5 - time will tell", "number|seen"),
    ("contribution", "partner_scale_why", "8 - nothing of concern from nursery", "number|seen"),
    ("reflection", "worry_scale_why", "6, we'll have to wait and see", "number|seen"),
    ("mapping", "trusted_adults", "the usual agencies", "who_when|seen"),
    ("success", "goal_support", "services and family", "who_when"),
    ("three_houses", "house_good", "'i feel supported by my carers'", "words"),
    ("wellbeing", "house_worries", "'i feel neglected by my dad'", "words"),
    ("three_houses", "house_dreams", "'a permanent placement with my brother'", "words"),
    ("success", "vision", "to turn her life around", "words"),
    ("wellbeing", "goal_child", "she will be independent and resilient", "goal|seen"),
    ("harm_matrix", "danger_impact", "the baby could easily come to harm", "impact|danger"),
    ("wellbeing", "worry_impact", "it could all go pear shaped quickly", "impact|danger"),
    ("mapping", "harm_impact", "she's been climbing the walls at home", "seen|impact"),
    ("contextual", "yp_worries", "hes gone completely off the rails", "seen"),
    ("reflection", "going_well", "grandad is a positive influence", "seen|safety"),
    ("mapping", "family_view", "dad wasnt on board with the plan", "words|seen"),
    ("supervision", "what_worked", "being curious and transparent with dad", "seen"),
    ("reflection", "what_happened", "the pupil made an allegation against her stepdad",
     "seen|words"),
    ("contribution", "worries", "she disclosed sexual abuse to staff", "seen|words"),
    ("mapping", "family_view", "the parents are aware of our worries", "words|seen"),
    ("harm_matrix", "harm_worst", "serious injury", "seen"),
    ("harm_matrix", "harm_worst", "mild to moderate", "seen"),
    ("mapping", "harm_pattern", "it happens in phases", "seen|period"),
    ("mapping", "recent_harm", "there has been another incident", "seen"),
    ("wellbeing", "worry_what", "the kids are always hungry and scruffy", "seen"),
    ("mapping", "next_steps", "ongoing monitoring and support as needed", "who_when"),
    ("success", "own_goals", "to get his act together", "words"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "danger_scale_why",
     "3 - still weighing it up because mum has only told us her side so far"),
    ("wellbeing", "wellbeing_scale_why",
     "7 because she has been to every session since june and the kids have clean clothes each "
     "day"),
    ("three_houses", "house_good", "'my carer helps me with my spellings every night'"),
    ("three_houses", "house_dreams", "'to stay at this house forever with my cat'"),
    ("harm_matrix", "danger_impact",
     "the baby could be dropped or shaken when dad is drunk, and could die"),
    ("mapping", "harm_impact",
     "she climbs on the kitchen counters and throws plates when mum shouts"),
    ("reflection", "going_well", "grandad walks her to school and stays until the bell"),
    ("supervision", "what_worked",
     "being on time for every visit and ringing mum when i said i would"),
    ("reflection", "what_happened",
     "at lunch she told me 'my stepdad touched my private parts last night'"),
    ("mapping", "family_view",
     "mum is aware and said 'i know the drinking has to stop, im just scared'"),
    ("harm_matrix", "harm_worst",
     "a fractured skull at 8 weeks old, when dad dropped her down the stairs"),
    ("mapping", "harm_pattern",
     "in phases: every night for a week after he gets paid, then quiet for a month"),
    ("wellbeing", "worry_statement",
     "the school and nan are worried the boys come to school without coats or breakfast, and "
     "they could get ill and fall behind"),
    ("success", "goal_support",
     "her aunty and her youth worker, who will meet her at the bus station on saturdays"),
    ("contribution", "partner_scale_why",
     "8 because nursery has seen no marks since may and mum collects him on time every day"),
]

# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# stance with more words than the rule reads ("the jury is still out on dad", "small steps but
# getting there", "its very early days yet", "we'll have to wait and see"), a level alone at
# the worst harm asked what could happen or has ("serious injury", "mild to moderate"), "always
# hungry and scruffy", and "to get his act together".
# (The fiftieth pass's set AJ reached six of them by their classes: a stance said of whom or two
# together, "early days yet", "we'll have to wait and see", a child's look judged, "get his act
# together" (tests/test_review_language_fiftieth.py); they are held here as asked since.)
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "serious injury",
    "mild to moderate",
})


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED])
def test_a_held_out_flawed_variant_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ai(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), HELD_OUT_SOUND)
def test_a_held_out_sound_variant_is_let_through(flow_id: str, step_id: str,
                                                  line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED
