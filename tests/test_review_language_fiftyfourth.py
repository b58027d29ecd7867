"""Set AN: a blind wording review of every tool, social workers, teachers, health visitors,
police, children and partners writing in a hurry (pass 54).

Written after reading set AM's file only (its shape, the runner, what it covered and what it
left), before reading any rule in flows/checks or the bot's nudges, and committed (1fc22077)
before anything was run on it: 70 flawed lines and 70 sound ones, each pair at one question,
in the voices of social workers, a school's safeguarding lead and teachers, health visitors,
a GP, police, youth workers, a personal adviser, early help workers and children's own words
as a worker records them. Each row: (voice, "tool:question", line), a flawed one also what a
practice lead would expect asked back (the kinds `_fits_am` reads). New ground: an adult's
doing given as the harm to the child ("dad drinks" at what it has done to the child, "dad's
drinking got really bad over christmas" at the worst it has been), set AM's held-out misses
in other words ("parental hostility and volatility", "a warm, caring home", "dad will show a
willingness to change"), questions few sets reach (how they took part, who their people are,
what difference the work made, what helps), and a child's words of the work ("'mum has
mental health'", "'for my family to be less dysfunctional'", "'i get anxious about mum's
wellbeing'").

Blind, on the code as it was (main at b023404e): flawed asked 52/70, 50 with a question that
fits (as `_fits_am` reads them); sound asked 1/70. Let through, each a kind: an adult's doing
as the harm ("dad drinks"); a pattern said to go round ("it's cyclical") or to have gone on
long ("longstanding"); "parental mental health"; a goal of willingness shown, of a strength
improved ("improved emotional resilience"), of a home experienced ("a safe and stable home")
or of feeling "confident and secure in himself"; "a warm, caring home"; "they pulled
together as a family"; a scale's "he's in a better place"; "being drawn into criminality";
"older males are befriending her"; "he reports being happy at home"; and four children's
lines of the work's words. Asked, not as it fits: "the wider support network" (who will help
with the goal, asked what was seen) and "6, no concerns from our end" (asked what it meant
for the child, as a service's doing). The sound line asked: "... mum still lets him in at
night", asked, as the project means, what the man did rather than her failing (left flagged
below), with the example of men who exploit a young person.

Fitted: flawed 70/70 asked, 69 with a question that fits; sound asked 1/70 (the one flagged,
now with the example of what the harming parent did). The rules, each for its class (see the
CHANGELOG): a check of its own, `what_it_did_to_the_child` (`flows.checks.to_the_child`), at
the four questions asking what the harm did to the child or its worst time: an answer telling
only of an adult of the family, nothing in it that could be the child; labels' "mental
health" and "a trait owned" said as "parental", "a group exploiting them" ("befriending"),
"drawn into crime" (a rule of its own); `plain_language._ONE_OFTEN` ("cyclical", "a vicious
cycle"), `_OPEN_END` and `_SO_FAR` ("longstanding"), `_NOTHING_HEARD` ("in a better place",
"no concerns from our end"), `_GOOD_CARE` ("caring", "supportive"), `_A_STATE` (willingness,
readiness or openness shown, to change or to work with us; a strength to have improved; a
good home experienced or grown up in) and `_STATE_TO_COME` ("in himself"),
`_GOING_WELL_ALONE` ("pulled together"); `nudges._SAID_BY_THE_WORK` ("has mental health",
"dysfunctional", "wellbeing", "feel listened to") and `_FRAMED` ("he reports", "states");
the DV example ("Dad turned up drunk, kicked the door ...") for every rule asking the
harming parent's actions. Set AM's three held-out misses are asked too, each fittingly. Each
corpus file (tests/language, 82 files, each as its kind) through `language-check` before
(b023404e) and after: see /tmp/s54/hist_sound54.md and the report (the new check is not one
`language-check` runs).

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other words
and committed before they were run: flawed asked with a question that fits 6/30 before
(b023404e) and 25/30 after (26 asked); sound let through 15/15 before and after
(`HELD_OUT_MISSED` says which were not reached).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fiftyfirst import asked_ak
from test_review_language_fiftythird import HELD_OUT_FLAWED as AM_HELD_OUT_FLAWED
from test_review_language_fiftythird import HELD_OUT_MISSED as AM_HELD_OUT_MISSED
from test_review_language_fiftythird import _fits_am

SET_AN_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'i don't feel emotionally safe when dad is dysregulated'", "words"),
    ("sw_uk", "mapping:worst_harm",
     "the worst was when things got physical between them", "seen"),
    ("police", "mapping:recent_harm",
     "ongoing DA, last call out 14/02, parties separated on arrival", "seen|spell"),
    ("sw_uk", "mapping:harm_pattern",
     "it's cyclical", "seen|period"),
    ("sw_uk", "mapping:harm_impact",
     "mum's drug use", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "parental hostility and volatility", "seen"),
    ("sw_au", "mapping:danger_impact",
     "the children will continue to be at risk of significant harm", "impact|danger"),
    ("sw_uk", "mapping:family_view",
     "mum is showing disguised compliance", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "dad will show a willingness to change", "goal"),
    ("sw_uk", "mapping:complicating",
     "complex family dynamics", "seen"),
    ("sw_uk", "mapping:strengths",
     "a warm, caring home", "seen"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 given the level of concern", "number|seen"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum's neglectful parenting", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "dad drinks", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "dad's drinking got really bad over christmas", "seen"),
    ("police", "harm_matrix:harm_frequency",
     "regularly", "seen|period"),
    ("sw_uk", "harm_matrix:harm_history",
     "longstanding", "seen|period"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "parental mental health", "seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum minimises and deflects", "words|seen"),
    ("hv", "harm_matrix:child_vulnerability",
     "his age and additional needs", "seen"),
    ("sw_uk", "harm_matrix:danger_impact",
     "further harm", "impact|danger"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mum has mental health'", "words"),
    ("child", "three_houses:house_good",
     "'i feel listened to at my placement'", "words"),
    ("child", "three_houses:house_dreams",
     "'for my family to be less dysfunctional'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "he was unsettled and hyperactive", "seen"),
    ("sw_uk", "three_houses:took_part_other",
     "engaged well through play", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "neglectful home conditions", "seen"),
    ("hv", "wellbeing:worry_impact",
     "her outcomes could be affected", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "mum is resistant", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "mum and dad will work openly with professionals", "goal"),
    ("eh", "wellbeing:goal_child",
     "he will feel more confident and secure in himself", "goal|seen"),
    ("child", "wellbeing:house_worries",
     "'i get anxious about mum's wellbeing'", "words"),
    ("hv", "wellbeing:unmet_needs",
     "basic care needs", "seen"),
    ("eh", "wellbeing:harder",
     "housing issues", "seen"),
    ("hv", "wellbeing:strengths",
     "a nurturing mum", "seen"),
    ("eh", "wellbeing:coped",
     "they pulled together as a family", "seen"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "7 - things are more settled", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to live a meaningful and fulfilling life'", "words"),
    ("pa", "success:others_worried",
     "PA has concerns re her vulnerability", "seen|spell"),
    ("pa", "success:success_goal",
     "she will have improved emotional resilience", "goal"),
    ("pa", "success:goal_support",
     "the wider support network", "who_when"),
    ("pa", "success:their_people",
     "positive peers", "seen"),
    ("pa", "success:what_helps",
     "consistency", "seen"),
    ("pa", "success:success_scale_why",
     "6 - he's in a better place", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "being drawn into criminality", "seen"),
    ("police", "contextual:harm_signs",
     "his presentation has changed", "seen"),
    ("yw", "contextual:yp_strengths",
     "resilient", "seen"),
    ("sw_uk", "contextual:home_worries",
     "chaotic home environment", "seen"),
    ("yw", "contextual:peer_worries",
     "associating with risky peers", "seen"),
    ("teacher", "contextual:online_worries",
     "risky online behaviour", "seen"),
    ("sw_uk", "contextual:danger_behaviour",
     "older males are befriending her", "seen"),
    ("sw_uk", "contextual:danger_impact",
     "risk of further exploitation", "impact|danger"),
    ("sw_uk", "contextual:goal_family",
     "mum will put appropriate boundaries in place", "goal"),
    ("sw_uk", "contextual:safety_scale_why",
     "4 due to the level of risk", "number|seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "cumulative neglect", "seen"),
    ("sw_uk", "supervision:child_words",
     "he reports being happy at home", "words"),
    ("sw_uk", "supervision:working_well",
     "mum is engaging", "seen"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad's controlling behaviour", "seen"),
    ("sw_uk", "supervision:goal_child",
     "the children will experience a safe and stable home", "goal|seen"),
    ("sw_uk", "supervision:what_worked",
     "a strengths-based approach", "seen"),
    ("sw_uk", "supervision:difference",
     "it made a real difference", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "dad presented as under the influence at pick up", "seen"),
    ("teacher", "reflection:going_well",
     "she's got a good support network", "seen"),
    ("dsl", "reflection:needs_to_happen",
     "someone needs to look into it", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "7 - gut feeling", "number|seen"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "dad is a bit of a concern", "seen"),
    ("teacher", "contribution:working_well",
     "school is a protective factor", "seen"),
    ("police", "contribution:needs_to_happen",
     "a multi-agency meeting", "who_when"),
    ("teacher", "contribution:child_said",
     "she made a disclosure", "words"),
    ("gp", "contribution:partner_scale_why",
     "6, no concerns from our end", "number|seen"),
)

SET_AN_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'when dad throws the plates i go under my bed and put my hands on my ears'"),
    ("sw_uk", "mapping:worst_harm",
     "on 2 january dad pushed mum down the stairs while she was holding the baby, and the 5 "
     "yr old saw it from the landing"),
    ("police", "mapping:recent_harm",
     "14 feb, 11pm: mum rang 999 after dad punched the bedroom door in; the girls were in bed "
     "next door"),
    ("sw_uk", "mapping:harm_pattern",
     "every few weeks since last summer: he goes quiet for days, then smashes something and "
     "she throws him out; the last time was 3 october"),
    ("sw_uk", "mapping:harm_impact",
     "the baby was born 6 weeks early and withdrawing from heroin, and spent a month in "
     "special care"),
    ("sw_uk", "mapping:danger_behaviour",
     "mum screams at the kids and throws their things out of the window when they don't "
     "tidy up"),
    ("sw_au", "mapping:danger_impact",
     "the baby could be dropped or shaken when dad is high and she won't stop crying"),
    ("sw_uk", "mapping:family_view",
     "mum said 'he only hits me, never the kids', and agreed to the visits but hasn't been in "
     "for the last two"),
    ("sw_uk", "mapping:goal_doing",
     "dad will go to the pub only when the kids are at their nan's, and will sleep at his "
     "brother's if he has had a drink"),
    ("sw_uk", "mapping:complicating",
     "mum's new partner has just come out of prison for hurting a child, and she says he's "
     "changed"),
    ("sw_uk", "mapping:strengths",
     "dad reads the twins a story every night and knows every one of their friends' names"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 because dad has broken his bail twice this month and mum still lets him in at night"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum leaves the 3 and 5 yr olds alone in the flat from 8pm until she gets back from the "
     "pub"),
    ("sw_uk", "harm_matrix:harm_impact",
     "the boys cry at the door when he goes out and won't go to sleep until he's back; the "
     "eldest rings 999 when dad passes out"),
    ("sw_uk", "harm_matrix:harm_worst",
     "on boxing day dad fell asleep drunk with a cigarette and the 4 yr old's bedroom caught "
     "fire"),
    ("police", "harm_matrix:harm_frequency",
     "three call outs in the last month, the last on friday the 21st, more than the whole of "
     "last year"),
    ("sw_uk", "harm_matrix:harm_history",
     "since the eldest was a baby in 2016; the health visitor first raised it when he came to "
     "clinic with a bruised cheek"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum stays in bed for days when she's low and won't open the door to anyone, even her "
     "sister"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum said 'it was only a smack and they need to learn', and then that we had made it up"),
    ("hv", "harm_matrix:child_vulnerability",
     "he is 18 months, can't speak yet and isn't seen by anyone outside the family"),
    ("sw_uk", "harm_matrix:danger_impact",
     "the kids could be burnt, or left alone with dad when he's passed out"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mummy cries all day and doesn't get out of bed so i make my sister's breakfast'"),
    ("child", "three_houses:house_good",
     "'my carer sits with me when i have bad dreams and leaves the landing light on'"),
    ("child", "three_houses:house_dreams",
     "'i want mum and dad to eat tea with us and not argue'"),
    ("sw_uk", "three_houses:worker_noticed",
     "he couldn't sit for more than a minute, climbed on the table twice and wouldn't look at "
     "mum's picture"),
    ("sw_uk", "three_houses:took_part_other",
     "she played with the dolls' house and told me which room each person sleeps in"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "there's dog mess on the kitchen floor, the kids share one mattress and there was no food "
     "in on tuesday"),
    ("hv", "wellbeing:worry_impact",
     "she could get ill from the mess and keep missing nursery, where she gets her only hot "
     "meal"),
    ("eh", "wellbeing:family_view",
     "mum said 'i don't need anyone telling me how to clean my house', but let us look round"),
    ("eh", "wellbeing:goal_doing",
     "mum and dad will come to the meeting at school every month and tell us when money has "
     "run out"),
    ("eh", "wellbeing:goal_child",
     "he will put his hand up in class and go to football on thursdays with his friends"),
    ("child", "wellbeing:house_worries",
     "'when mum doesn't get up i have to take my brother to school and we're late'"),
    ("hv", "wellbeing:unmet_needs",
     "she has had nits since september and has worn the same clothes to nursery all week"),
    ("eh", "wellbeing:harder",
     "the flat has damp in every room and the landlord says they'll be evicted in march"),
    ("hv", "wellbeing:strengths",
     "mum has breastfed him since birth and takes him to the baby group every wednesday"),
    ("eh", "wellbeing:coped",
     "when dad was made redundant they moved in with nan and mum got a job at the shop within "
     "a month"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "7 because the kids have had breakfast club every day this month and mum now has a "
     "washing machine"),
    # ---- success ----
    ("pa", "success:vision",
     "'to work with animals and have my own flat with a cat'"),
    ("pa", "success:others_worried",
     "her foster carer is worried she gives her bank card to a man she met online"),
    ("pa", "success:success_goal",
     "she will ring her aunt or me when she's upset instead of cutting herself"),
    ("pa", "success:goal_support",
     "her aunt will take her to the doctor's on the 9th and i'll ring her every friday"),
    ("pa", "success:their_people",
     "'my cousin kayleigh and the lads from boxing'"),
    ("pa", "success:what_helps",
     "having the same key worker for two years, who texts her every morning before college"),
    ("pa", "success:success_scale_why",
     "6 because he's kept his flat for three months and goes to the gym with his brother"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "since may older lads have had him stealing bikes to order, paying him in trainers"),
    ("police", "contextual:harm_signs",
     "he's been wearing new designer clothes, stopped seeing his friends and was stopped with "
     "£300 cash"),
    ("yw", "contextual:yp_strengths",
     "she goes to boxing three nights a week and trains the younger ones on saturdays"),
    ("sw_uk", "contextual:home_worries",
     "mum works till 10 most nights and there's no one home to notice when he goes out"),
    ("yw", "contextual:peer_worries",
     "his new mates are 19 and 20, drive him round at night and one was charged with "
     "robbery in june"),
    ("teacher", "contextual:online_worries",
     "she sends photos to boys she's met on instagram and one has threatened to share them"),
    ("sw_uk", "contextual:danger_behaviour",
     "men in their 30s buy her vodka and drive her to a house in the next town"),
    ("sw_uk", "contextual:danger_impact",
     "she could be raped, get pregnant or be taken to another city and not come back"),
    ("sw_uk", "contextual:goal_family",
     "mum will collect her from school at 3.15 every day and ring the police the moment she "
     "goes missing"),
    ("sw_uk", "contextual:safety_scale_why",
     "4 because she has been missing three times since the 1st and was found in a man's car "
     "each time"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "the kids have had head lice since july, the 2 yr old has no bed and the baby misses "
     "every health check"),
    ("sw_uk", "supervision:child_words",
     "'i like it at home when dad's not there'"),
    ("sw_uk", "supervision:working_well",
     "mum has been in every time i've visited since august and has shown me the kids' rooms"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad takes mum's phone and money and won't let her out of the house without him"),
    ("sw_uk", "supervision:goal_child",
     "the children will go to bed without hearing anyone shout and will see their nan every "
     "week"),
    ("sw_uk", "supervision:what_worked",
     "asking mum to tell me what she's proud of first, before we talked about the worries"),
    ("sw_uk", "supervision:difference",
     "mum asked for help with the rent herself for the first time, and the kids were in "
     "school all week"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "dad slurred his words at pick up, smelt of alcohol and tried to drive off with her in "
     "the car"),
    ("teacher", "reflection:going_well",
     "her nan walks her to school every day and she's joined the choir"),
    ("dsl", "reflection:needs_to_happen",
     "i'll phone the duty team this afternoon and the head will speak to mum tomorrow"),
    ("teacher", "reflection:worry_scale_why",
     "7 because she's in every day and clean, but said nan has been ill"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "dad shouted at mum in front of me when the baby cried, and grabbed the bottle off her"),
    ("teacher", "contribution:working_well",
     "he has breakfast with his key adult every morning and hasn't had a detention since "
     "october"),
    ("police", "contribution:needs_to_happen",
     "i'll share the last two call-out logs with children's services by thursday"),
    ("teacher", "contribution:child_said",
     "'my mum's boyfriend hit me with a belt because i wet the bed'"),
    ("gp", "contribution:partner_scale_why",
     "6 because he's had all his jabs, but mum missed his hearing test twice"),
)


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("harm_matrix", "harm_impact", "mum takes drugs most nights", "seen|impact"),
    ("mapping", "harm_impact", "the parents argue constantly", "seen|impact"),
    ("harm_matrix", "harm_worst", "when dad was arrested for drink driving", "seen"),
    ("mapping", "worst_harm", "mum and her partner had a massive row", "seen"),
    ("harm_matrix", "harm_impact", "Dad is an alcoholic", "seen|impact"),
    ("mapping", "danger_behaviour", "parental unpredictability", "seen"),
    ("wellbeing", "strengths", "a caring and supportive family", "seen"),
    ("mapping", "strengths", "a warm and supportive home environment", "seen"),
    ("supervision", "goal_doing", "mum will show a readiness to accept help", "goal"),
    ("success", "success_goal", "he will have greater self-confidence", "goal"),
    ("contextual", "goal_child", "she will grow up in a safe and nurturing environment",
     "goal|seen"),
    ("wellbeing", "goal_child", "she will feel happy and content within herself", "goal|seen"),
    ("harm_matrix", "harm_frequency", "it goes in cycles", "seen|period"),
    ("mapping", "harm_pattern", "it's a vicious cycle", "seen|period"),
    ("harm_matrix", "harm_history", "long-standing concerns", "seen|period"),
    ("wellbeing", "wellbeing_scale_why", "7, mum is in a much better place", "number|seen"),
    ("contribution", "partner_scale_why", "8 - no concerns on our side", "number|seen"),
    ("contextual", "harm_outside", "she's being dragged into gang culture", "seen"),
    ("contextual", "peer_worries", "older lads are luring him", "seen"),
    ("wellbeing", "coped", "they all rallied round", "seen"),
    ("three_houses", "house_worries", "'i worry about my mums wellbeing'", "words"),
    ("three_houses", "house_dreams", "'for us to not be so dysfunctional'", "words"),
    ("success", "vision", "'to feel valued and respected'", "words"),
    ("supervision", "child_words", "she states she wants to go home", "words"),
    ("contribution", "child_said", "he describes feeling scared at home", "words"),
    ("contextual", "danger_behaviour", "adults are befriending him online", "seen"),
    ("mapping", "goal_doing", "dad will show the capacity to change", "goal"),
    ("mapping", "recent_harm", "mum and dad had a fight last weekend", "seen"),
    ("harm_matrix", "harm_worst", "mum's boyfriend kicking off", "seen"),
    ("mapping", "harm_impact", "dad's gambling and the debts", "seen|impact"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("harm_matrix", "harm_impact",
     "she has stopped eating at school and says her tummy hurts when dad drinks"),
    ("mapping", "harm_impact", "Kai wets the bed the nights mum and dad row"),
    ("harm_matrix", "harm_worst",
     "dad drove with the twins in the car when he was drunk and crashed into a wall"),
    ("mapping", "worst_harm",
     "in june dad threw a chair at mum and it hit the baby's cot while she was in it"),
    ("harm_matrix", "harm_impact", "nothing yet that we know of; mum is 20 weeks pregnant"),
    ("wellbeing", "strengths",
     "dad takes the kids swimming every saturday and mum cooks tea with them"),
    ("supervision", "goal_doing",
     "mum will ring her sister when she wants a drink and the kids will sleep at nan's those "
     "nights"),
    ("harm_matrix", "harm_frequency",
     "every other weekend since march, when dad has the kids; the last on the 12th"),
    ("wellbeing", "wellbeing_scale_why",
     "7 because mum has been to every appointment and the kids have clean uniforms"),
    ("contextual", "harm_outside",
     "since june a man of about 25 has been picking her up from school in a white van"),
    ("wellbeing", "coped",
     "when grandad died they moved in with nan and the kids kept going to school"),
    ("three_houses", "house_worries",
     "'when daddy drinks beer and shouts at mummy i go in my room'"),
    ("success", "vision", "'to have a flat with my girlfriend and work in a garage'"),
    ("supervision", "child_words", "'i like going to nan's because she makes pancakes'"),
    ("harm_matrix", "child_vulnerability",
     "she is 2, can't talk yet and no one outside the family sees her"),
]
# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# row of a couple at the worst time, "mum and her partner ..." ("her" may be the child, so
# the answer is left), "a ... home environment" (a home's quality read before "home" or
# "environment", not both), "it goes in cycles" (how often after "it goes", which the rule
# does not read), "show the capacity to change" (asked what was seen of "capacity", the
# word's own question, not as a goal), and a fight at the most recent time, which no check
# of this pass reads.
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "mum and her partner had a massive row",
    "a warm and supportive home environment",
    "it goes in cycles",
    "dad will show the capacity to change",
    "mum and dad had a fight last weekend",
})


# The sound line asked, as the project means: "mum still lets him in at night" is asked what
# the man did, not her failing (the rules of the harming parent's actions), now with an
# example of what he did.
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AN_SOUND if "still lets him in" in line)


def _asked_his_actions(case: object, reply: str) -> bool:
    return "Write his actions, not her failings" in reply and "Dad turned up drunk" in reply \
        and "Men in their twenties" not in reply


# Asked, not as it fits: who will help with a goal, said only as a network, is asked what was
# seen, who did what and when (what the network will do is the question's own).
LEFT_ASKED_OTHERWISE = {"the wider support network":
                        '"the wider support network" says what you make of things'}

globals().update(review_tests(rows_set(
    "AN", SET_AN_FLAWED, SET_AN_SOUND, asked=asked_ak, fits=_fits_am, sizes=(70, 70),
    paired=True, left_flagged=LEFT_FLAGGED, flagged_as=_asked_his_actions, flagged_size=1,
    left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    held_flawed=[c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED],
    held_sound=HELD_OUT_SOUND)))


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED


# Set AM's held-out misses, each now asked with a question that fits, by the rule of its
# shape above.
@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [row for row in AM_HELD_OUT_FLAWED if row[2] in AM_HELD_OUT_MISSED])
def test_set_am_held_out_misses_are_now_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_am(want, reply), (line, reply)


# What the harm has done to the child, or its worst time, told only as an adult's doing: asked
# what it has done to the child, at each of the four questions that ask it.
THE_ADULT_ONLY = [
    ("harm_matrix", "harm_impact", "Dad drinks."),
    ("harm_matrix", "harm_worst", "mum and dad fight all the time"),
    ("mapping", "harm_impact", "stepdad smokes weed in the flat"),
    ("mapping", "worst_harm", "Dad broke Mum's jaw on 3 May"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), THE_ADULT_ONLY)
def test_an_adults_doing_given_as_the_harm_is_asked_what_it_did_to_the_child(
        flow_id: str, step_id: str, line: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert reply.startswith(f'You wrote "{line}", which says what the adult does, but not yet '
                            "what it has done to the child."), reply
    assert _fits_am("seen|impact", reply), reply


# ... but anything in it that could be the child, or the child's own words, or that nothing
# is known yet, is let through; and where the question is what the adult does, the adult's
# doing is the answer.
@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("harm_matrix", "harm_impact", "dad drinks and T hides in her room"),
    ("harm_matrix", "harm_impact", "Kai won't eat when dad drinks"),
    ("harm_matrix", "harm_worst", "dad drank and fell asleep with the 2 yr old in the bath"),
    ("mapping", "harm_impact", "'daddy hits mummy'"),
    ("mapping", "worst_harm", 'Mum said: "he threw my phone while I held the baby"'),
    ("mapping", "harm_impact", "none known yet, mum is 30 weeks pregnant"),
    ("harm_matrix", "danger_behaviour", "dad drinks every night"),
    ("mapping", "danger_behaviour", "mum and dad fight all the time"),
])
def test_an_answer_that_may_be_of_the_child_is_let_through(flow_id: str, step_id: str,
                                                           line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line
