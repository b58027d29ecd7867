"""Set AE: a blind wording review across every tool, social workers and partner agencies (pass 45).

Written after reading the flows' questions only, before reading any rule in flows/checks or
the bot's nudges: 70 flawed lines and 70 sound ones, each pair at one question, in the voices
of social workers (English, Australian, New Zealand, North American) and partner agencies
(school, health visiting, GP, midwifery, CAMHS, police, early help, youth offending, housing),
typed as on a phone: lower case, short forms, typos ("behavour", "enaging"), "mom",
"arvo", "heaps". Each row: (voice, "tool:question", line), a flawed one also what a practice
lead would expect asked back (set T's `_fits_t` kinds, read by set AC's `_fits_ac`).
Committed (6af8540) before anything was run on it.

Blind, on the code as it was (bd6eeb9): flawed asked 63/70, 60 with a question that fits by
`_fits_ac`; the other three were asked a question that fits as a practice lead reads it
("regularly": "says it happens, but not yet how often"; "dad is in denial": what does the
parent say, "in their own words?"; "further exploitation": "What exactly could happen ...,
who would do it"), which `_fits_ae` reads so: 63/70. Sound asked 4/70: "sw" typed for the
social worker, asked to be written out once (three lines, as the project means: left
flagged), and "hangs round with a group of lads aged 18 to 20 who give him weed and ask him
to hold bags for them", asked who the people are and what they do (a false alarm). Let
through: "heaps of times, its been going on for ages" (how often), "a calm home" (what the
child will notice), "the incident in sept" (the worst time), "mum will keep him safe" (the
family's part of a goal), "6 - moderate risk" (a scale's reason), "relationship based
practice" (what worked) and "will be independent" (a success goal).

Fitted: flawed 70/70 asked with a question that fits; sound 0/70 asked but the three "sw"
lines. The rules, each for its kind:
- a count with no number ("heaps", "tons of", "plenty of" beside "lots of") and then only
  that it has gone on a while ("its been going on for ages"): `plain_language._COUNT_ONLY`;
- an event named only by when it was ("the incident in sept", "last dv incident, 2 wks
  ago"), asked what happened in it and to the child: `plain_language._EVENT_ONLY`;
- a quality of care said alone at any question (`_QUALITIES_ONLY`, read before only at what
  the child needs), asked what it looks like day to day and who makes it happen;
- a goal that someone will keep the child safe, make sure they are, or protect them, and
  nothing of how (`plain_language._A_STATE`); a goal with no one before its "will" ("will be
  happy", and in `nudges.goal_wording` "will be independent");
- a way of working named for what it rests on ("relationship/strengths/solution/trauma ...
  based/focused/informed practice, approach, conversations"): labels' "psychoeducation";
  "moderate risk" beside "high/medium/low risk" (labels' "a risk to");
- hanging around with people is its own rule, let through when they are said to do
  something ("... who give him weed"), not when they are only said to be ("who are known to
  police"). Tried first and dropped: let through whenever its sentence tells what happened,
  which let a held corpus's "going missing and hanging around with an older crowd" through.

Held-out variants, written after the fixes in other words and run on the code before them
and after: flawed asked with a question that fits 14/24 -> 22/24; sound let through 12/13 ->
13/13. Of the two still missed, "7 - moderate level of need" was read to widen
`_NOTHING_HEARD` to a scale's number given for a level named alone (fresh variants after
that: 1/3 -> 3/3, sound 2/2 both). Left: "tbc at next meeting" as the first step, asked as
something the services did rather than who will settle the step and by when.
"""
from __future__ import annotations

import re

import pytest
from review_sets import Case, review_tests, rows_set
from test_review_language_fortyfourth import _fits_ac
from test_review_language_thirtyeighth import asked_s

# Three questions the bot asks that set AC's reading does not name, each fitting what a
# practice lead would ask: how often ("regularly": "says it happens, but not yet how often"),
# what the parent says in their own words ("in denial"), and what exactly could happen and
# who would do it ("further exploitation").
HOW_OFTEN = "not yet how often"
THEIR_OWN_WORDS = "in their own words?"
WHAT_COULD_HAPPEN = "What exactly could happen to this child, or has, who would do it"


def _fits_ae(want: str, reply: str) -> bool:
    """Set AC's `_fits_ac`, reading the three questions above as the kinds they ask."""
    wants = set(want.split("|"))
    if HOW_OFTEN in reply:
        return bool(wants & {"seen", "period"})
    if THEIR_OWN_WORDS in reply:
        return bool(wants & {"words", "seen"})
    if WHAT_COULD_HAPPEN in reply:
        return bool(wants & {"danger", "impact", "harmer"})
    return _fits_ac(want, reply)

SET_AE_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "dv incident witnessed by the kids, quite a serious one", "seen|spell"),
    ("police", "mapping:recent_harm",
     "attended last wk, both parties intoxicated, verbal altercation only", "seen"),
    ("sw_au", "mapping:harm_pattern",
     "heaps of times, its been going on for ages", "seen|period"),
    ("teacher", "mapping:harm_impact",
     "she is presenting as withdrawn and low in mood", "seen|impact"),
    ("hv", "mapping:danger_behaviour",
     "dads anger issues and substance misuse", "seen|harmer"),
    ("sw_uk", "mapping:danger_impact",
     "significant harm", "impact|danger"),
    ("sw_nz", "mapping:danger_statement",
     "Oranga Tamariki are worried about the tamariki's safety due to family violence",
     "danger|seen"),
    ("sw_uk", "mapping:family_view",
     "parents are minimising", "words|seen"),
    ("sw_au", "mapping:goal_doing",
     "dad will address his anger", "goal|seen"),
    ("sw_uk", "mapping:goal_child",
     "a calm home", "goal|seen"),
    ("sw_na", "mapping:goal_how_long",
     "long term", "period"),
    ("sw_uk", "mapping:safety_goal",
     "parents to work openly with professionals and no further concerns", "goal"),
    ("sw_uk", "mapping:complicating",
     "mums mh", "spell|seen"),
    ("teacher", "mapping:strengths",
     "good parenting capacity", "seen"),
    ("sw_uk", "mapping:existing_safety",
     "mum is a protective factor", "safety|seen"),
    ("sw_au", "mapping:trusted_adults",
     "family and friends", "who_when"),
    ("sw_uk", "mapping:next_steps",
     "continue to monitor", "who_when"),
    ("sw_uk", "mapping:danger_scale_why",
     "4 - risks remain", "number|seen"),
    ("sw_na", "mapping:safety_scale_why",
     "5 due to ongoin concerns", "number|seen"),
    ("sw_uk", "mapping:house_worries",
     "child disclosed feeling scared at home", "words"),
    ("sw_uk", "mapping:house_good",
     "K reported that she enjoys spending time with nan", "words"),
    ("sw_uk", "mapping:child_view_how",
     "child too young", "voice"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "neglectfull parenting", "seen"),
    ("hv", "harm_matrix:harm_impact",
     "its impacted on him emotionally", "seen|impact"),
    ("police", "harm_matrix:harm_worst",
     "the incident in sept", "seen"),
    ("sw_na", "harm_matrix:harm_frequency",
     "regularly", "seen"),
    ("sw_uk", "harm_matrix:harm_history",
     "longstanding concerns", "seen|period"),
    ("sw_au", "harm_matrix:harm_complicating",
     "AOD use", "spell|seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad is in denial", "words"),
    ("hv", "harm_matrix:child_vulnerability",
     "vulnerable due to his additional needs", "seen"),
    ("sw_na", "harm_matrix:danger_impact",
     "the child's wellbeing will be affected", "impact|danger"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 as concerns persist", "number|seen"),
    # ---- contextual ----
    ("yot", "contextual:harm_outside",
     "CCE concerns, links to county lines", "spell|harmer"),
    ("teacher", "contextual:harm_signs",
     "presenting with a change in behavour", "seen"),
    ("police", "contextual:danger_behaviour",
     "she is making risky choices online", "harmer"),
    ("yot", "contextual:danger_impact",
     "further exploitation", "danger|harmer"),
    ("police", "contextual:goal_doing",
     "police to continue disruption activity", "goal"),
    ("eh", "contextual:goal_family",
     "mum will keep him safe", "goal|seen"),
    ("yot", "contextual:peer_worries",
     "negative peer associations", "seen|harmer"),
    ("police", "contextual:area_worries",
     "known hotspots", "seen"),
    ("dsl", "contextual:online_worries",
     "inappropriate online activity", "seen"),
    ("yot", "contextual:trusted_adults",
     "youth services", "who_when"),
    ("police", "contextual:safety_scale_why",
     "2, high risk of CSE", "spell|seen|harmer"),
    # ---- contribution ----
    ("housing", "contribution:worries",
     "property in poor condition, hoarding concerns", "seen"),
    ("gp", "contribution:working_well",
     "mum is enaging well with services", "seen"),
    ("dsl", "contribution:needs_to_happen",
     "TAF and referal to EH", "spell|who_when"),
    ("dsl", "contribution:child_said",
     "pupil disclosed that she is scared of her stepdad", "words"),
    ("camhs", "contribution:partner_scale_why",
     "6 - moderate risk", "number|seen"),
    # ---- reflection ----
    ("hv", "reflection:what_happened",
     "concerns re home conditions and neglect", "seen"),
    ("eh", "reflection:going_well",
     "good bond between mom and baby", "seen"),
    ("police", "reflection:needs_to_happen",
     "safeguarding referral to be considered", "who_when"),
    ("dsl", "reflection:worry_scale_why",
     "4 as there are safeguarding concerns", "number|seen"),
    # ---- supervision ----
    ("sw_uk", "supervision:worries",
     "chaotic household, multiple concerns", "seen"),
    ("sw_au", "supervision:child_words",
     "child wishes to remain at home", "words"),
    ("sw_uk", "supervision:working_well",
     "strong family support", "seen|who_when"),
    ("sw_uk", "supervision:needs",
     "a robust safety plan", "who_when|goal"),
    ("sw_uk", "supervision:goal_doing",
     "mum will not leave the kids unsupervised", "goal"),
    ("sw_uk", "supervision:what_worked",
     "relationship based practice", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "poor school attendance", "seen"),
    ("eh", "wellbeing:worry_impact",
     "it will have a negative impact on her", "impact|danger"),
    ("hv", "wellbeing:unmet_needs",
     "emotional needs not being met", "seen"),
    ("eh", "wellbeing:goal_doing",
     "family will engage with early help", "goal"),
    ("eh", "wellbeing:next_steps",
     "EH worker to support", "who_when|spell"),
    # ---- success ----
    ("sw_uk", "success:vision",
     "to achieve her full potential", "words"),
    ("pa", "success:success_goal",
     "will be independent", "goal"),
    ("pa", "success:goal_first_step",
     "to be agreed", "who_when"),
    ("sw_uk", "success:others_worried",
     "carers have concerns re her lifestyle", "seen|harmer"),
    # ---- three houses ----
    ("sw_uk", "three_houses:house_worries",
     "worried about parental conflict", "words"),
    ("sw_au", "three_houses:house_dreams",
     "wants things to be better at home", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "presented as anxious", "seen"),
)

SET_AE_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "on 3 oct dad punched mum in the kitchen while J (4) was at the table, J screamed and wet "
     "himself"),
    ("police", "mapping:recent_harm",
     "sat 14th 11pm neighbour rang us, mums partner threw a plate at her and K (7) was on the "
     "stairs crying, told the officer 'he always throws things'"),
    ("sw_au", "mapping:harm_pattern",
     "about twice a month since feb when he lost his job, worse since sept, 3 times in oct"),
    ("teacher", "mapping:harm_impact",
     "she has stopped playing at break, sits by the office door and told me 'i dont want to go "
     "home when daddy is cross'"),
    ("hv", "mapping:danger_behaviour",
     "dad shouts and throws things at mum when he has been drinking, sometimes while he is "
     "holding the baby"),
    ("sw_uk", "mapping:danger_impact",
     "the baby could be dropped or hit by something thrown and badly hurt"),
    ("sw_nz", "mapping:danger_statement",
     "the social worker and school are worried that when dad drinks he will hit mum in front "
     "of T (6) again, and T could be hurt trying to stop him or be too frightened to sleep"),
    ("sw_uk", "mapping:family_view",
     "mum says 'he has never touched the kids' and thinks we are overreacting, dad agrees he "
     "shouts but says its only when she winds him up"),
    ("sw_au", "mapping:goal_doing",
     "dad will walk away to his brothers when he feels wound up, and will talk to mum calmly "
     "in front of the kids"),
    ("sw_uk", "mapping:goal_child",
     "J will sleep in his own bed all night and eat tea with both parents without anyone "
     "shouting"),
    ("sw_na", "mapping:goal_how_long",
     "at least six months, including through christmas when things have gone wrong before"),
    ("sw_uk", "mapping:safety_goal",
     "dad will leave the house to cool off when he is angry and talk calmly to mum, so J "
     "feels safe at home; the sw, school and gran will need to see this for 6 months"),
    ("sw_uk", "mapping:complicating",
     "mum has been on the waiting list for counselling since may and says she cant face "
     "leaving the flat most days"),
    ("teacher", "mapping:strengths",
     "mum walks both kids to school every morning and came to every parents evening this year"),
    ("sw_uk", "mapping:existing_safety",
     "when dad came home drunk on 2 nov mum took the kids to her sisters and rang the police"),
    ("sw_au", "mapping:trusted_adults",
     "aunty R: will have the kids at hers every friday night and answer mums call any time he "
     "turns up drunk"),
    ("sw_uk", "mapping:next_steps",
     "sw to visit mum and the kids at home on tues 12th at 4pm"),
    ("sw_uk", "mapping:danger_scale_why",
     "4 because dad has not hit mum since june but he still shouts at her in front of the "
     "kids most weekends"),
    ("sw_na", "mapping:safety_scale_why",
     "6, mom has kept him out of the house for 3 months and the kids are sleeping better; not "
     "higher because he still turns up at the school gate"),
    ("sw_uk", "mapping:house_worries",
     "'when daddy shouts i hide under my bed'"),
    ("sw_uk", "mapping:house_good",
     "'nana makes pancakes on saturdays'"),
    ("sw_uk", "mapping:child_view_how",
     "i saw T (8) on her own at school on 4 nov and did the three houses with her"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum leaves the 2yo alone in the flat for up to an hour while she goes to the shop, "
     "about twice a week"),
    ("hv", "harm_matrix:harm_impact",
     "he flinches when an adult raises their voice and has started wetting the bed again, "
     "and told nursery 'daddy is loud'"),
    ("police", "harm_matrix:harm_worst",
     "in sept he pushed mum down the stairs while she was carrying the baby, the baby hit her "
     "head and had a bruise on her forehead"),
    ("sw_na", "harm_matrix:harm_frequency",
     "most weekends, the last time was sat 9 nov, and it has got worse since he lost his job "
     "in the summer"),
    ("sw_uk", "harm_matrix:harm_history",
     "since the kids were small, the first referral was from school in 2021 when the eldest "
     "said dad hit him with a belt"),
    ("sw_au", "harm_matrix:harm_complicating",
     "dad drinks about 8 cans most nights and lost his job in july, they are behind on the "
     "rent"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'i lose it sometimes but i never touch the kids'"),
    ("hv", "harm_matrix:child_vulnerability",
     "he is 3, autistic and does not talk yet so cant tell anyone what happens at home, and "
     "he doesnt go to nursery"),
    ("sw_na", "harm_matrix:danger_impact",
     "she could be burnt or fall down the stairs while left alone, or go hungry all day"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 because the baby was left alone again on 1 nov and mum still says it is only for a "
     "few minutes"),
    # ---- contextual ----
    ("yot", "contextual:harm_outside",
     "since aug two men in their 20s have been picking J (15) up outside the chippy and "
     "driving him to another town to sell drugs for them, he came back on 3 oct with a cut "
     "hand"),
    ("teacher", "contextual:harm_signs",
     "he has a new phone and trainers, falls asleep in lessons and told me 'i owe them money'"),
    ("police", "contextual:danger_behaviour",
     "a man she met on snapchat is sending her money and asking her to send pictures and meet "
     "him"),
    ("yot", "contextual:danger_impact",
     "he could be stabbed, arrested for carrying drugs for them, or kept away from home for "
     "days"),
    ("police", "contextual:goal_doing",
     "police will patrol the chippy and the flats on grove st on friday and saturday nights "
     "and stop the men who pick J up, and the youth worker will meet J there"),
    ("eh", "contextual:goal_family",
     "mum will text J at 9pm each night and fetch him from wherever he is, and J will tell his "
     "youth worker if the men contact him"),
    ("yot", "contextual:peer_worries",
     "he hangs round with a group of lads aged 18 to 20 who give him weed and ask him to hold "
     "bags for them"),
    ("police", "contextual:area_worries",
     "the underpass by the station, older men sell weed there and have been seen giving kids "
     "cash"),
    ("dsl", "contextual:online_worries",
     "she goes on tiktok live late at night and men send her gifts and ask her to move to a "
     "private chat"),
    ("yot", "contextual:trusted_adults",
     "youth worker S: will meet him every tuesday after school at the centre and text him "
     "each weekend"),
    ("police", "contextual:safety_scale_why",
     "2 because she went missing 3 times last week and came back with gifts from men we dont "
     "know"),
    # ---- contribution ----
    ("housing", "contribution:worries",
     "when i visited on 5 nov rubbish was piled to the ceiling in the hall and the kids room "
     "had no bed, just a wet mattress"),
    ("gp", "contribution:working_well",
     "mum has brought the baby to all her jabs on time and rang us herself when she had a "
     "temperature"),
    ("dsl", "contribution:needs_to_happen",
     "i will ring mum tomorrow to ask if she wants early help, and the school nurse will see K "
     "on thursday"),
    ("dsl", "contribution:child_said",
     "'i dont like it when he comes in my room at night'"),
    ("camhs", "contribution:partner_scale_why",
     "6, she is cutting less, the last time was 3 weeks ago, and mum now sits with her in the "
     "evenings"),
    # ---- reflection ----
    ("hv", "reflection:what_happened",
     "at my visit on 2 nov the baby was in the same nappy as the day before with a raw rash, "
     "and there was no formula in the house"),
    ("eh", "reflection:going_well",
     "mom talks to the baby and smiles at her during feeds and picks her up as soon as she "
     "cries"),
    ("police", "reflection:needs_to_happen",
     "i will send our report to the hub tonight and ask the duty sw to call mum by 10am "
     "tomorrow"),
    ("dsl", "reflection:worry_scale_why",
     "4 because he came in hungry 3 days this week and said no one was home last night"),
    # ---- supervision ----
    ("sw_uk", "supervision:worries",
     "since sept mum has left the 3 kids with her 12yo most weekend nights and the 12yo is "
     "missing school to look after the baby"),
    ("sw_au", "supervision:child_words",
     "'i want to stay with mummy but i want her to stop crying all the time'"),
    ("sw_uk", "supervision:working_well",
     "nan has the baby 3 days a week and takes the 12yo to school every monday"),
    ("sw_uk", "supervision:needs",
     "nan and the aunt to agree with mum who has the kids each friday and saturday night, at "
     "my next visit on the 20th"),
    ("sw_uk", "supervision:goal_doing",
     "mum will arrange for nan or the aunt to be with the kids every time she goes out at "
     "night"),
    ("sw_uk", "supervision:what_worked",
     "going with mum to the food bank and sitting with her while she rang the housing office"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "M (9) has missed 22 days since sept, mostly mondays, and mum says she cant get her up"),
    ("eh", "wellbeing:worry_impact",
     "she could fall further behind in reading and lose the friends she has left in her class"),
    ("hv", "wellbeing:unmet_needs",
     "someone to read with her at bedtime and get her to school by 9"),
    ("eh", "wellbeing:goal_doing",
     "mum will set an alarm for 7.30, get M up and walk her to the school gate by 8.50 every "
     "day"),
    ("eh", "wellbeing:next_steps",
     "eh worker to come to the house at 8am on mon 18th and walk to school with mum and M"),
    # ---- success ----
    ("sw_uk", "success:vision",
     "'my own flat with a cat and a job at the vets'"),
    ("pa", "success:success_goal",
     "she will be cooking her own tea 3 nights a week and paying her phone bill herself by "
     "march"),
    ("pa", "success:goal_first_step",
     "she and her pa will look at college courses online on wed 13th at 2pm"),
    ("sw_uk", "success:others_worried",
     "her foster carer is worried she goes to a 25 year old man's flat after college and "
     "comes back after midnight"),
    # ---- three houses ----
    ("sw_uk", "three_houses:house_worries",
     "'mummy and daddy shout and i put my hands on my ears'"),
    ("sw_au", "three_houses:house_dreams",
     "'for daddy to not be angry and for us to go to the beach'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she held her hands over her ears when she drew dad and went quiet for a minute"),
)

LEFT_UNASKED: frozenset[str] = frozenset()
# Sound lines asked as the project means: "sw" typed for the social worker is asked to be
# written out once, as every short form of the work is (the family reads the summary).
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AE_SOUND if re.search(r"\bsw\b", line))


def _short_form_asked(case: Case, reply: str) -> bool:
    return reply.startswith('You wrote "sw". Could you write "social worker" in full')


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "harm_pattern", "loads of times, been happening for years", "seen|period"),
    ("harm_matrix", "harm_frequency", "tons", "seen"),
    ("mapping", "recent_harm", "the last dv incident, 2 wks ago", "seen|spell"),
    ("harm_matrix", "harm_worst", "the altercation at easter", "seen"),
    ("mapping", "worst_harm", "an episode back in march", "seen"),
    ("wellbeing", "goal_child", "a nurturing and predictable home", "goal|seen"),
    ("supervision", "goal_child", "warmth and routine", "goal|seen"),
    ("mapping", "goal_doing", "dad will ensure the children are safe", "goal"),
    ("wellbeing", "goal_doing", "mum will keep them safe and well", "goal"),
    ("success", "success_goal", "will be more confident", "goal"),
    ("supervision", "what_worked", "solution focused conversations with mum", "seen"),
    ("supervision", "what_worked", "a strengths-based approach", "seen"),
    ("wellbeing", "wellbeing_scale_why", "7 - moderate level of need", "number|seen"),
    ("reflection", "worry_scale_why", "3, medium to high risk", "number|seen"),
    ("contextual", "peer_worries", "hanging about with an older crowd", "seen|harmer"),
    ("contextual", "area_worries", "hangs out with lads at the skate park", "seen|harmer"),
    ("mapping", "danger_behaviour", "mums drinking", "seen|harmer"),
    ("contribution", "worries", "concerns about hygiene and presentation", "seen"),
    ("mapping", "family_view", "dad disputes the concerns", "words|seen"),
    ("harm_matrix", "harm_history", "a long history of involvement", "seen|period"),
    ("wellbeing", "unmet_needs", "a stable, loving environment", "seen"),
    ("mapping", "existing_safety", "nan is very protective", "safety|seen"),
    ("three_houses", "house_worries", "she said she worries about mums drinking", "words"),
]
# Left by this pass: "tbc at next meeting" as the first step was asked as something the
# services did ("What happened for the child ...?"), not who will decide the step and by when;
# "tbc" alone went through. Set AF (pass 46) asks both who will do it and by when.
HELD_OUT_LEFT: list[tuple[str, str, str, str]] = [
    ("success", "goal_first_step", "tbc at next meeting", "who_when"),
]
HELD_OUT_SOUND: list[Case] = [
    ("mapping", "harm_pattern",
     "about 6 times since easter, the last was fri 8th, more often since he moved back in"),
    ("harm_matrix", "harm_worst",
     "at easter he grabbed K by the neck and pushed her into the wardrobe door, she had marks "
     "on her neck for 3 days"),
    ("mapping", "recent_harm",
     "the incident on sat: dad kicked the front door in and K (9) hid in the bath"),
    ("wellbeing", "goal_child",
     "M will have breakfast with mum before school and get to class on time"),
    ("mapping", "goal_doing",
     "dad will go to his mums whenever he has been drinking and only see the kids when he is "
     "sober, checked by nan"),
    ("success", "success_goal",
     "will get to college by 9 three days a week and text her personal adviser when she gets "
     "there"),
    ("supervision", "what_worked",
     "sitting with mum at the kitchen table and drawing out who helps her, she named 3 people "
     "we hadnt heard of"),
    ("reflection", "worry_scale_why",
     "3 because she told me dad hit her with a slipper on monday and she is scared to go home"),
    ("contextual", "peer_worries",
     "she hangs around with two men in their 20s who buy her vodka and drive her to parties "
     "in other towns"),
    ("contextual", "area_worries",
     "the skate park after dark, older lads sell weed there and have chased younger kids"),
    ("mapping", "strengths",
     "gran has the kids every weekend and cooks them a roast on sundays"),
    ("contribution", "worries",
     "K has come in wearing the same uniform all week, it smells of urine and other kids wont "
     "sit with her"),
    ("harm_matrix", "harm_frequency",
     "every weekend he drinks, the last time was sun 10th, and it is getting worse"),
]


# A scale's number given for a level named alone ("7 - moderate level of need", the held-out
# line still let through after the fixes above, read to widen `_NOTHING_HEARD`), and fresh
# variants written after that widening, not used to design it.
LEVEL_NAMED: list[tuple[str, str, str, str]] = [
    ("contribution", "partner_scale_why", "5 - some level of concern", "number|seen"),
    ("success", "success_scale_why", "8, low needs", "number|seen"),
    ("supervision", "my_scale_why", "4 complex needs", "number|seen"),
]
LEVEL_SHOWN: list[Case] = [
    ("wellbeing", "wellbeing_scale_why", "5 - mum has missed 3 of the last 4 baby clinics and "
     "the baby has lost weight since june"),
    ("contribution", "partner_scale_why", "6 because he has been in school every day this "
     "term but still comes in hungry on mondays"),
]


# A probe after the fixes (16 short flawed lines, 8 sound, not kept as a set): 12/16 asked
# with a question that fits (11/16 on the code before), sound 0/8 asked (1/8 before). Two of
# its misses were widened to their kinds: an event named "the one" with when it was after it
# ("the one at the weekend"), and a home named only as happy or peaceful ("a happy and
# settled home life"). Left: "its had an effect on all the kids" (what it did not said) and
# "frequent flyer at a&e" (a label not on the word list).
PROBED = [
    ("mapping", "recent_harm", "the one at the weekend", "seen"),
    ("wellbeing", "goal_child", "a happy and settled home life", "goal|seen"),
]
# ... and variants written after that widening, not used to design it.
PROBED_AGAIN = [
    ("mapping", "worst_harm", "the one back in may", "seen"),
    ("supervision", "goal_child", "a peaceful home", "goal|seen"),
    ("wellbeing", "goal_child", "happy family life", "goal|seen"),
]
PROBED_AGAIN_SOUND: list[Case] = [
    ("mapping", "recent_harm",
     "the one on sun: mums partner pushed her over the sofa while K watched"),
    ("wellbeing", "goal_child",
     "M will have a happy home where tea is on the table by 6 and mum is there to ask about "
     "her day"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), PROBED)
def test_the_probes_event_and_home_are_asked(flow_id: str, step_id: str, line: str,
                                              want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ae(want, reply), reply


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), HELD_OUT_LEFT)
def test_a_step_still_to_settle_is_asked_who_and_when(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    """Left by this pass (see the docstring), asked a step's question since set AF."""
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ae(want, reply), reply


globals().update(review_tests(rows_set(
    "AE", SET_AE_FLAWED, SET_AE_SOUND, asked=asked_s, fits=_fits_ae,
    sizes=(70, 70), paired=True, left_unasked=LEFT_UNASKED, hold_left_unasked=True,
    left_flagged=LEFT_FLAGGED, flagged_as=_short_form_asked, flagged_size=3,
    held_flawed=HELD_OUT_FLAWED + LEVEL_NAMED + PROBED_AGAIN,
    held_sound=HELD_OUT_SOUND + LEVEL_SHOWN + PROBED_AGAIN_SOUND)))
