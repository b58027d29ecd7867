"""Set AJ: a blind wording review of every tool, social workers, partners and children (pass 50).

Written after reading set AI's file only (its shape and the runner), before reading any rule in
flows/checks or the bot's nudges: 70 flawed lines and 70 sound ones, each pair at one question,
in the voices of social workers (English, Irish, Australian, New Zealand, North American),
teachers and a school's safeguarding lead, health visitors, a GP, police, youth workers, a
personal adviser, early help and children's own words as a worker records them, typed as on a
phone (text-speak, lists, a paragraph). Each row: (voice, "tool:question", line), a flawed one
also what a practice lead would expect asked back (the kinds `_fits_ai` reads). Committed
(01b0311) before anything was run on it. New ground against the earlier sets: scale reasons
of a direction or a verdict ("on the right track", "not great tbh", "swings and roundabouts"),
worker words in a child's "I" ("good routines", "contact with my birth family", "emotionally
abusive"), a young person's hope as a state of mind ("a better headspace"), harm said only to
be suffered or to escalate ("may suffer long-term emotional damage", "things could escalate
and someone could get hurt"), "toxic" friendships, a plan "to be devised asap"; beside them the
common ones (NAI, CSE, CCE, EUPD, "presented as flat", "in denial", "toxic trio").

Blind, on the code as it was (main at b3677ac), as written: flawed asked 58/70, each with a
question that fits; sound asked 1/70 (the wellbeing goal, `LEFT_FLAGGED`). Let through, each a
kind: a scale's direction or verdict (3); worker words in a child's "I" (3); "a better
headspace"; harm said to be suffered or to escalate (2); "toxic friendships"; "to be devised
asap" (a passive step's verb the rule did not hold, and "asap" read as a when); "'stuff at
home'" in a young person's own words.

Fitted: flawed 69/70 asked with a question that fits; sound 0/70 asked but the one left
flagged. "'stuff at home'" is left (`LEFT_UNASKED`): the project keeps a child's own words and
asks only those that read as a worker's. The rules, each for its class (see the CHANGELOG):
`plain_language._STAGE` (set AI's stances and stages, moved out of `_NOTHING_HEARD` so that one
may be said of whom or two together, with a direction and a verdict added); `nudges.
_SAID_BY_THE_WORK` and `_WORK_WORDS`; `_SUFFERS_ONLY` ("suffer" a harm), `_TURNS_BAD`
("escalate") and `_SOMEONE_HURT`; `process._AGENTLESS` (devised, drawn up, developed ...);
labels' "unsuitable" ("toxic" friends, relationships, homes) and "a bit grubby" (a child's
look judged). Set AI's held-out lines left (`HELD_OUT_MISSED` there): 6 of 8 now asked with a
question that fits ("serious injury" and "mild to moderate" are still asked what could happen
or has). Each corpus file (tests/language, 82 files, each as its kind) through
`language-check` before (b3677ac) and after: the same output to the byte, no line gaining or
losing a flag.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words and not tuned to after: flawed asked with a question that fits 12/30 before (b3677ac)
and 23/30 after; sound let through 14/15 before and after (the one asked, both times, as the
project means: `HELD_OUT_SOUND_ASKED`).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fortyninth import _fits_ai
from test_review_language_thirtyeighth import asked_s

SET_AJ_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_ie", "mapping:worst_harm",
     "child presented to A&E with injuries not consistent with the explanation given", "seen"),
    ("sw_na", "mapping:recent_harm",
     "there was a DV incident over the weekend, police attended", "seen|spell"),
    ("sw_au", "mapping:harm_pattern",
     "sporadic, but seems to be escalating", "seen|period"),
    ("hv", "mapping:harm_impact",
     "the baby is failing to thrive", "seen|impact"),
    ("sw_ie", "mapping:danger_behaviour",
     "mum's mental health", "seen"),
    ("sw_uk", "mapping:danger_impact",
     "the children may suffer long-term emotional damage", "impact|danger"),
    ("sw_nz", "mapping:danger_statement",
     "Concerns regarding neglect and the children's exposure to family harm, which is likely "
     "to continue if nothing changes.", "danger"),
    ("sw_na", "mapping:family_view",
     "parents are resistant and in denial", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "parents to demonstrate insight into the concerns", "goal"),
    ("sw_au", "mapping:goal_child",
     "the kids will feel safe and secure", "goal|seen"),
    ("sw_ie", "mapping:existing_safety",
     "- mum has good protective factors\n- the family are well supported", "safety|seen"),
    ("sw_uk", "mapping:trusted_adults",
     "wider family network", "who_when|seen"),
    ("sw_uk", "mapping:next_steps",
     "cont to monitor + review at next CIN", "who_when|spell"),
    ("sw_uk", "mapping:danger_scale_why",
     "5 - middle of the road really", "number|seen"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad has a history of violence and is a nasty piece of work", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "the kids are traumatised", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "NAI", "seen|spell"),
    ("sw_na", "harm_matrix:harm_frequency",
     "frequently", "seen|period"),
    ("sw_ie", "harm_matrix:harm_history",
     "family well known to Tusla, long standing CP history under neglect", "seen|spell"),
    ("sw_ie", "harm_matrix:harm_complicating",
     "toxic trio", "seen|spell"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "very vulnerable due to her age and additional needs", "seen"),
    ("sw_au", "harm_matrix:danger_impact",
     "things could escalate and someone could get hurt", "impact|danger"),
    ("sw_uk", "harm_matrix:danger_statement",
     "concern of physical chastisement", "danger|seen"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i worry about mums mental health'", "words"),
    ("child", "three_houses:house_good",
     "'i have good routines at my carers'", "words"),
    ("child", "three_houses:house_dreams",
     "'to have contact with my birth family'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "he presented as flat and disengaged", "seen"),
    ("child", "three_houses:house_worries",
     "'dad is emotionally abusive to me'", "words"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "home conditions are poor and hygiene is an issue", "seen"),
    ("eh", "wellbeing:worry_impact",
     "its having a detrimental effect on the children", "impact|danger"),
    ("eh", "wellbeing:worry_statement",
     "There are ongoing worries about the lack of routines and boundaries in the home and the "
     "children's needs not always being prioritised, which is impacting on them.",
     "danger|seen"),
    ("eh", "wellbeing:family_view",
     "mum is receptive", "seen|words"),
    ("eh", "wellbeing:goal_doing",
     "mum will prioritise the childrens needs", "goal"),
    ("hv", "wellbeing:wellbeing_goal",
     "good enough parenting will be sustained", "goal"),
    ("eh", "wellbeing:unmet_needs",
     "emotional needs not being met", "seen"),
    ("eh", "wellbeing:strengths",
     "mum is a lovely lady who def loves her kids", "seen"),
    ("eh", "wellbeing:next_steps",
     "explore options re: housing and consider referral to parenting", "who_when"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "7 - on the right track", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "to reach her full potential", "words"),
    ("pa", "success:own_goals",
     "to be in a better headspace", "words"),
    ("pa", "success:what_helps",
     "structure and routine", "seen|who_when"),
    ("pa", "success:their_worries",
     "'stuff at home'", "words"),
    ("pa", "success:others_worried",
     "risk of CCE", "seen|harmer|spell"),
    ("pa", "success:goal_support",
     "the team around the child", "who_when"),
    ("pa", "success:success_scale_why",
     "6 - hard to say", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:yp_worries",
     "hangin round with negative peers n engaging in risky behaviours", "seen"),
    ("yw", "contextual:yp_strengths",
     "he's a good lad deep down", "seen"),
    ("sw_uk", "contextual:home_safety",
     "home is a protective factor", "seen|safety"),
    ("teacher", "contextual:school_worries",
     "attendance is an issue", "seen"),
    ("yw", "contextual:peer_worries",
     "toxic friendships", "seen"),
    ("police", "contextual:area_worries",
     "high crime area, known hotspot", "seen"),
    ("dsl", "contextual:online_worries",
     "online safety concerns", "seen"),
    ("sw_uk", "contextual:danger_statement",
     "at risk of CSE", "danger|spell"),
    ("yw", "contextual:next_steps",
     "safety plan to be devised asap", "who_when"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "Been involved 8 months now and honestly the case feels stuck. Dad's presentation has been "
     "concerning at the last few visits and mum is not really working with us.", "seen"),
    ("sw_uk", "supervision:child_words",
     "child voiced that she wants to go home", "words"),
    ("sw_uk", "supervision:working_well",
     "good working relationship with mum", "seen"),
    ("sw_uk", "supervision:needs",
     "a multi-agency strategy needs to be agreed", "who_when"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad is controlling and manipulative", "seen"),
    ("sw_uk", "supervision:goal_child",
     "the children will thrive", "goal|seen"),
    ("sw_uk", "supervision:my_scale_why",
     "2 - gut feeling", "number|seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "concerns raised re: a bruise, see CPOMS", "seen|spell"),
    ("teacher", "reflection:going_well",
     "mum is supportive of school", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "to be discussed with the DSL asap", "who_when|spell"),
    ("teacher", "reflection:worry_scale_why",
     "3 - not great tbh", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has a diagnosis of EUPD and poor compliance with meds", "seen|spell"),
    ("teacher", "contribution:working_well",
     "low level concerns only, child is thriving at school", "seen"),
    ("hv", "contribution:needs_to_happen",
     "a coordinated approach from all agencies", "who_when"),
    ("police", "contribution:child_said",
     "child made a verbal disclosure of DA", "words|spell"),
    ("police", "contribution:partner_scale_why",
     "4 - swings and roundabouts", "number|seen"),
)

SET_AJ_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_ie", "mapping:worst_harm",
     "on 14 may dad pushed K (4) off the top bunk and she split her chin open, she needed 5 "
     "stitches at A&E"),
    ("sw_na", "mapping:recent_harm",
     "on sunday mom's boyfreind punched the bedroom door in while mom and the baby were behind "
     "it, and a neighbor called 911"),
    ("sw_au", "mapping:harm_pattern",
     "4 times we know of since feb, each time after dad's been at the pub on payday thursday, "
     "the last on 2 june"),
    ("hv", "mapping:harm_impact",
     "she has dropped from the 50th to the 9th centile since march and cries when anyone picks "
     "her up"),
    ("sw_ie", "mapping:danger_behaviour",
     "mum stays in bed for days when she stops her tablets and the kids (6 and 8) get "
     "themselves to school"),
    ("sw_uk", "mapping:danger_impact",
     "the kids could learn to hide when dad comes home and stop telling anyone what happens, "
     "and the youngest could get hurt if she gets in the way"),
    ("sw_nz", "mapping:danger_statement",
     "The social worker and the whanau are worried that mum will keep leaving the baby alone "
     "at night when she goes out drinking, and the baby could choke or be hurt with nobody "
     "there."),
    ("sw_na", "mapping:family_view",
     "mom said 'i know the house is a mess but the kids are fed' and dad said he didn't see "
     "what the problem was"),
    ("sw_uk", "mapping:goal_doing",
     "dad will tell the social worker and nan each time he feels like drinking, and go to nans "
     "instead of coming home"),
    ("sw_au", "mapping:goal_child",
     "the kids will go to bed without hearing shouting, and tell their teacher they slept well"),
    ("sw_ie", "mapping:existing_safety",
     "- when dad turns up drunk mum doesnt let him in and rings her brother\n- her brother came "
     "over twice last month and stayed till dad left"),
    ("sw_uk", "mapping:trusted_adults",
     "aunty J and the neighbour M, who both have keys and pop in every evening at teatime"),
    ("sw_uk", "mapping:next_steps",
     "i will meet mum and dad together on fri 12th at 10 at the family centre to go through the "
     "plan"),
    ("sw_uk", "mapping:danger_scale_why",
     "5 because dad has kept to the plan for 3 weeks but mum said he came round drunk on "
     "tuesday"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "dad punched mum in the stomach when she was 7 months pregnant in 2022 and was convicted "
     "for it"),
    ("sw_uk", "harm_matrix:harm_impact",
     "the 7 year old has started wetting the bed again and hits her sister when she cries"),
    ("sw_uk", "harm_matrix:harm_worst",
     "a bite mark on his upper arm the size of an adult's mouth, seen by the school nurse on "
     "3 oct"),
    ("sw_na", "harm_matrix:harm_frequency",
     "every weekend since dad moved back in at easter, 11 times that mom has told us about"),
    ("sw_ie", "harm_matrix:harm_history",
     "the older 2 were on a plan in 2019 for 14 months because they were left alone overnight"),
    ("sw_ie", "harm_matrix:harm_complicating",
     "dad drinks every day, mum has been low since the baby and they row most nights about "
     "money"),
    ("sw_uk", "harm_matrix:child_vulnerability",
     "she is 3, doesnt talk yet and cant tell anyone if she is hurt"),
    ("sw_au", "harm_matrix:danger_impact",
     "the baby could be hit by something thrown and get a head injury, or be dropped if dad "
     "grabs her during a fight"),
    ("sw_uk", "harm_matrix:danger_statement",
     "the school and social worker are worried that dad will hit T with his belt again when T "
     "gets in trouble, and T could be badly bruised or cut, and scared to go home"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'when mum cries on the sofa all day i make my own tea'"),
    ("child", "three_houses:house_good",
     "'nana lets me help make pancakes on saturdays'"),
    ("child", "three_houses:house_dreams",
     "'to see my big brother every weekend and go to the cinema with him'"),
    ("sw_uk", "three_houses:worker_noticed",
     "he didnt look up for the first 10 minutes and only spoke when i asked about his dog"),
    ("child", "three_houses:house_worries",
     "'dad calls me stupid and fat when hes angry'"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "the kitchen floor had dog mess on it on both visits and the 2 year olds nappy hadnt been "
     "changed since the morning"),
    ("eh", "wellbeing:worry_impact",
     "the 5 year old has head lice that keep coming back and the other kids at school wont sit "
     "with her"),
    ("eh", "wellbeing:worry_statement",
     "The family worker and the school are worried that the boys go to bed after midnight most "
     "nights, and they could keep falling asleep in class and fall behind."),
    ("eh", "wellbeing:family_view",
     "mum said 'i want help with the bedtimes, i just dont know where to start'"),
    ("eh", "wellbeing:goal_doing",
     "mum will have the boys in bed by 8 on school nights and take the tablet off them at 7"),
    ("hv", "wellbeing:wellbeing_goal",
     "mum will feed the baby every 3 hours and bring her to clinic every 2 weeks, and the baby "
     "will stay on her centile line until she is 1"),
    ("eh", "wellbeing:unmet_needs",
     "nobody has gone to her parents evening this year and she has had no new shoes since "
     "september"),
    ("eh", "wellbeing:strengths",
     "mum walks the kids to school every day and knows all their teachers by name"),
    ("eh", "wellbeing:next_steps",
     "i will fill in the housing form with mum at her house on wed 4th and book her onto the "
     "tuesday parenting group by friday"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "7 because the kids have been to school every day for 3 weeks and mum has started cooking "
     "tea each night"),
    # ---- success ----
    ("pa", "success:vision",
     "'to have my own flat with a garden and a job at the vets'"),
    ("pa", "success:own_goals",
     "'to stop smoking weed by my birthday and get to college every day'"),
    ("pa", "success:what_helps",
     "when his carer wakes him at 7 and drives him to the bus he makes it to college"),
    ("pa", "success:their_worries",
     "'my mum drinking and my little sister being on her own with her'"),
    ("pa", "success:others_worried",
     "police found him in a car in sheffield at 2am on 5 oct with two men they know sell drugs"),
    ("pa", "success:goal_support",
     "her foster carer, who will drive her to the interview, and her personal adviser, who will "
     "ring her the night before"),
    ("pa", "success:success_scale_why",
     "6 because she has kept her job for 2 months but still goes missing at weekends"),
    # ---- contextual ----
    ("yw", "contextual:yp_worries",
     "he has been out past 1am 4 nights this week with lads 5 years older and came home with "
     "cash"),
    ("yw", "contextual:yp_strengths",
     "he helps his grandad with the shopping every saturday and cooks tea for his sister"),
    ("sw_uk", "contextual:home_safety",
     "his mum waits up for him and rings him if he isnt back by 10, and he answers"),
    ("teacher", "contextual:school_worries",
     "she has missed 22 of the last 40 mornings and gets in at lunchtime"),
    ("yw", "contextual:peer_worries",
     "her friends film her when shes drunk and post it on tiktok"),
    ("police", "contextual:area_worries",
     "there have been 3 stabbings in the park behind his flats since summer and men sell drugs "
     "by the shop"),
    ("dsl", "contextual:online_worries",
     "she has been sending pictures of herself in her underwear to a boy she only knows from an "
     "xbox game"),
    ("sw_uk", "contextual:danger_statement",
     "the social worker and police are worried that the men at the takeaway will keep giving "
     "her vodka and taking her to parties, and she could be raped or go missing"),
    ("yw", "contextual:next_steps",
     "i will sit down with him and his mum on thursday at 4 and write down who he rings if hes "
     "scared"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "Dad has cancelled the last 4 visits by text an hour before, and on Monday mum told me she "
     "doesn't want us coming to the house any more."),
    ("sw_uk", "supervision:child_words",
     "'i want to go home to mummy but not if hes there'"),
    ("sw_uk", "supervision:working_well",
     "mum rang me herself on monday to say dad had come round, which she hasnt done before"),
    ("sw_uk", "supervision:needs",
     "i need my manager to decide by friday whether we ask the council's solicitors for advice"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad takes mums bank card and phone and checks who she has texted every night"),
    ("sw_uk", "supervision:goal_child",
     "the kids will go to school clean and fed every day and tell their teacher about their "
     "weekend"),
    ("sw_uk", "supervision:my_scale_why",
     "2 because dad moved back in last week and mum told me she cant stop him"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "at 8.50 i saw a purple bruise on her left cheek, she said 'i fell off the trampoline' but "
     "her brother said dad did it"),
    ("teacher", "reflection:going_well",
     "mum comes to every reading morning on a friday and signs the planner each night"),
    ("teacher", "reflection:needs_to_happen",
     "i will tell our safeguarding lead before the end of break today and write down what he "
     "said word for word"),
    ("teacher", "reflection:worry_scale_why",
     "3 because he has come in with bruises twice this month and wont say how"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has not collected her prescription since august and told me on the 3rd she hears "
     "voices telling her to hurt herself"),
    ("teacher", "contribution:working_well",
     "he has been on time every day since january and got star of the week on friday for his "
     "story"),
    ("hv", "contribution:needs_to_happen",
     "i will see mum and baby at home every 2 weeks until the baby is 6 months and ring the "
     "social worker after each visit"),
    ("police", "contribution:child_said",
     "'daddy pushed mummy into the wall and she cried'"),
    ("police", "contribution:partner_scale_why",
     "4 because we have been called out 3 times since may but mum now rings us herself"),
)


# A young person's own worry, "'stuff at home'" in her words at what worries her: the project
# keeps a child's own words as said and asks only those that read as a worker's, so it is let
# through (a worker can ask her what the stuff is; the bot has no question for her words).
LEFT_UNASKED = frozenset({"'stuff at home'"})

# A sound line, written blind, asked as the project means: the wellbeing goal says what mum will
# do and how the baby will be, but not who will see it (the clinic is named as a place, not as
# the health visitor who weighs her), which its question asks for.
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AJ_SOUND if line.startswith("mum will feed the baby every 3"))


def _asked_for_its_parts(case: object, reply: str) -> bool:
    return "this wellbeing goal" in reply


globals().update(review_tests(rows_set(
    "AJ", SET_AJ_FLAWED, SET_AJ_SOUND, asked=asked_s, fits=_fits_ai,
    left_unasked=LEFT_UNASKED, hold_left_unasked=True, left_flagged=LEFT_FLAGGED,
    flagged_as=_asked_for_its_parts, flagged_size=1, sizes=(70, 70), paired=True)))


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_scale_why", "6 - heading the right way i think", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "5, a bit up and down really", "number|seen"),
    ("supervision", "my_scale_why", "4 - could be worse", "number|seen"),
    ("contribution", "partner_scale_why", "7 - all fine from our end", "number|seen"),
    ("success", "success_scale_why", "3 - its a mixed picture tbh", "number|seen"),
    ("three_houses", "house_worries", "'i dont like it when dad is verbally abusive'", "words"),
    ("three_houses", "house_good", "'my foster carers give me clear boundaries'", "words"),
    ("wellbeing", "house_dreams", "'more family time with my birth parents'", "words"),
    ("success", "vision", "to be in a good headspace and settled", "words"),
    ("success", "own_goals", "to get her life back on track", "words"),
    ("mapping", "danger_impact", "the kids could suffer lasting psychological harm",
     "impact|danger"),
    ("contextual", "danger_impact", "things might escalate quickly", "impact|danger"),
    ("harm_matrix", "danger_impact", "somebody will end up getting hurt", "impact|danger"),
    ("contextual", "peer_worries", "a toxic friendship group", "seen"),
    ("supervision", "danger_behaviour", "theirs is a toxic relationship", "seen"),
    ("wellbeing", "worry_what", "the baby always looks grubby", "seen"),
    ("mapping", "next_steps", "a support plan to be drawn up", "who_when"),
    ("wellbeing", "next_steps", "family plan to be put together ASAP", "who_when"),
    ("mapping", "existing_safety", "protective factors in place", "safety|seen"),
    ("mapping", "family_view", "mum is minimising", "words|seen"),
    ("harm_matrix", "harm_frequency", "periodically", "seen|period"),
    ("mapping", "worst_harm", "an injury of unknown origin", "seen"),
    ("supervision", "worries", "mums presentation at the last visit was worrying", "seen"),
    ("contextual", "yp_worries", "he's become very streetwise", "seen"),
    ("reflection", "what_happened", "pupil presented as upset after the weekend", "seen"),
    ("contribution", "needs_to_happen", "joined up working between agencies", "who_when"),
    ("success", "goal_support", "his support network", "who_when"),
    ("mapping", "goal_child", "the children will have their needs met consistently",
     "goal|seen"),
    ("harm_matrix", "harm_impact", "she's been affected emotionally", "seen|impact"),
    ("wellbeing", "strengths", "dad is a good dad really", "seen"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "danger_scale_why",
     "6 because dad has gone to every group since june and mum says the shouting has stopped"),
    ("contribution", "partner_scale_why",
     "7 because she has been in school every day this term and eats her lunch"),
    ("three_houses", "house_good", "'my carer lets me stay up till 9 on fridays'"),
    ("wellbeing", "house_dreams", "'to see my mum and my nan on saturdays'"),
    ("success", "own_goals", "'to get my own place and a job at the garage'"),
    ("mapping", "danger_impact",
     "the kids could be burnt if mum falls asleep with the chip pan on again"),
    ("harm_matrix", "danger_impact",
     "the baby could be shaken or dropped when dad is high, and could die or be brain damaged"),
    ("contextual", "peer_worries", "her friend K takes her to parties where men give them vodka"),
    ("wellbeing", "worry_what", "the baby had the same vest on at all 3 visits and smelt of wee"),
    ("mapping", "next_steps",
     "i will draw up the safety plan with mum and nan on thurs 5th at 2"),
    ("supervision", "danger_behaviour",
     "dad reads mums texts and takes her bank card when she goes out"),
    ("reflection", "what_happened",
     "at 9am he told me 'dad kicked me in the back because i spilt my cereal'"),
    ("success", "goal_support",
     "his uncle D, who will drive him to the gym on tuesdays and thursdays"),
    ("mapping", "existing_safety",
     "nan has the kids every friday night when mum goes out, and did this every week since may"),
    ("wellbeing", "strengths",
     "dad takes the kids to school every morning and reads with them before bed"),
]

# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# stance the new words do not hold ("a bit up and down really", "all fine from our end"), "get
# her life back on track", "somebody will end up getting hurt" (asked as a next step with
# nobody to it), "an injury of unknown origin", "very streetwise" and "joined up working
# between agencies" (asked what happened, not who will do what).
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "5, a bit up and down really",
    "7 - all fine from our end",
    "to get her life back on track",
    "somebody will end up getting hurt",
    "an injury of unknown origin",
    "he's become very streetwise",
    "joined up working between agencies",
})
# A held-out sound line asked before and after the fixes, as the project means: what nan does
# every Friday is read as help with the children, and asked whether it kept them safe while the
# worry was happening (existing safety's own question).
HELD_OUT_SOUND_ASKED = frozenset({
    "nan has the kids every friday night when mum goes out, and did this every week since may"})


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED])
def test_a_held_out_flawed_variant_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ai(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [c for c in HELD_OUT_SOUND if c[2] not in HELD_OUT_SOUND_ASKED])
def test_a_held_out_sound_variant_is_let_through(flow_id: str, step_id: str,
                                                  line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED
    assert {line for _, _, line in HELD_OUT_SOUND} >= HELD_OUT_SOUND_ASKED
