"""Set AO: a blind wording review of every tool, social workers, teachers, health visitors,
police, children, partners writing in a hurry, non-native writers and dictation (pass 55).

Written after reading set AN's file only (its shape, the runner, what it covered and what it
left), before reading any rule in flows/checks or the bot's nudges, and committed before
anything was run on it: 70 flawed lines and 70 sound ones, each pair at one question. Each
row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (the kinds `_fits_am` reads). New ground: set AN's held-out misses in other words
(a row of "mum and her boyfriend", "a loving and stable home environment", "it comes and
goes", "mum will demonstrate the ability to ...", a row "sat night" at the most recent
time), a separation or a partner's record given as what the harm did, risk words at a
scale's reason ("moderate risk", "significant concerns remain"), a child's words of the
work ("anger issues", "toxic relationship", "co-parent"), and goals of needs met.

Blind, on the code as it was (main at 524ac07f): flawed asked 58/70, 56 with a question that
fits (as `_fits_am` reads them); sound asked 1/70. Let through, each a kind: a row had by
"mum and her boyfriend" ("got into it"); "a loving and stable home environment"; "on and off
since many years"; "the risk will escalate"; a child's "very nurturing", "co-parent" and "a
toxic relationship"; "relevant professionals" as who will help; "7, he is doing good in
general"; "lack of parental supervision"; "dad's coercive behaviours"; "he alluded to ...".
Asked, not as it fits: "his support network" at who their people are (asked who will do
what) and a dictated "... full stop" (asked first to put the mark in, as the bot means: left
asked otherwise below). The sound line asked: "will send the last 2 call out logs to the
social worker by fri", a hurried step with the "I" left out, asked what happens next as if
it had been done.

Fitted: flawed 70/70 asked, 68 with a question that fits (the two asked otherwise); sound
asked 0/70. The rules, each for its class (see the CHANGELOG): `plain_language._EVENT_ONLY`
an event had by adults of the family named by role ("mum and her boyfriend got into it",
"mum and dad had a fight last weekend"), the children only said to be there; `_TURNS_BAD`
the worry itself said to grow ("the risk will escalate", "concerns could increase");
`_HOW_OFTEN_ONLY` "since" for "for" ("since many years"); the number's reason with a trailing
"in general", "on the whole", "so far"; `_QUALITY` a home environment's or setting's quality;
`_EVERYONE_ONLY` the fitting ones unnamed ("relevant professionals", "the appropriate
agencies"); labels' care called poor "parental" ("lack of parental supervision"); the word
list's "coercive behaviour"; `nudges._SAID_BY_THE_WORK` ("nurturing", "co-parent", a toxic or
unhealthy relationship) and `_FRAMED` ("alluded to", "hinted", "implied");
`to_the_child` ("her boyfriend", "his partner" never the child); `process._ME_TO` (a step
opening "will ..." with a day is the writer's own). Set AN's five held-out misses are asked
too, each fittingly (how often after "it goes" or "it comes"; a goal of a state shown after
"show the" or "demonstrate"). Each corpus file through `language-check`
before and after: see /tmp/s55/hist_sound55.md.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other words
and committed (6626da5f) before they were run: flawed asked with a question that fits 8/30
before (524ac07f, 9 asked) and 23/30 after (24 asked); sound let through 15/15 before and
after (`HELD_OUT_MISSED` says which were not reached).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fiftyfirst import asked_ak
from test_review_language_fiftyfourth import HELD_OUT_FLAWED as AN_HELD_OUT_FLAWED
from test_review_language_fiftyfourth import HELD_OUT_MISSED as AN_HELD_OUT_MISSED
from test_review_language_fiftythird import _fits_am

SET_AO_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'dad gets aggressive and verbally abusive'", "words"),
    ("sw_uk", "mapping:worst_harm",
     "mum and her boyfriend got into it in front of the kids", "seen"),
    ("police", "mapping:recent_harm",
     "verbal altercation sat night, no offences disclosed", "seen"),
    ("sw_uk", "mapping:harm_pattern",
     "it comes and goes", "seen|period"),
    ("sw_uk", "mapping:harm_impact",
     "mum's partner is a known risk", "seen|impact"),
    ("sw_nz", "mapping:danger_behaviour",
     "dad's erratic behaviour when he's using", "seen"),
    ("sw_uk", "mapping:danger_impact",
     "the children's safety and wellbeing will be impacted", "impact|danger"),
    ("sw_uk", "mapping:family_view",
     "dad is in denial", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "mum will demonstrate the ability to keep the children safe", "goal"),
    ("sw_uk", "mapping:goal_child",
     "the children will feel safe and loved", "goal|seen"),
    ("sw_uk", "mapping:strengths",
     "a loving and stable home environment", "seen"),
    ("sw_uk", "mapping:danger_scale_why",
     "2 - significant concerns remain", "number|seen"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum's chaotic lifestyle", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "the parents separated and dad moved out", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "mum and dad had a big bust up on new year's eve", "seen"),
    ("non_native", "harm_matrix:harm_frequency",
     "on and off since many years", "seen|period"),
    ("sw_uk", "harm_matrix:harm_history",
     "historic concerns going back a long way", "seen|period"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum's own trauma history", "seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad is not accepting of the concerns", "words|seen"),
    ("hv", "harm_matrix:child_vulnerability",
     "she is a vulnerable young baby", "seen"),
    ("sw_uk", "harm_matrix:danger_impact",
     "the risk will escalate", "impact|danger"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "5 - moderate risk", "number|seen"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'dad has anger issues'", "words"),
    ("child", "three_houses:house_good",
     "'my foster carer is very nurturing'", "words"),
    ("child", "three_houses:house_dreams",
     "'for my parents to co-parent better'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she presented as withdrawn and flat", "seen"),
    ("sw_uk", "three_houses:took_part_other",
     "she engaged on her own terms", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "poor school attendance and hygiene issues", "seen"),
    ("hv", "wellbeing:worry_impact",
     "it may impact on his development", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "mum is dismissive of the concerns", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "mum will prioritise the children's needs", "goal"),
    ("eh", "wellbeing:goal_child",
     "she will be happier and more settled at home", "goal|seen"),
    ("child", "wellbeing:house_worries",
     "'mum and dad have a toxic relationship'", "words"),
    ("hv", "wellbeing:unmet_needs",
     "emotional needs not being met", "seen"),
    ("eh", "wellbeing:harder",
     "financial pressures", "seen"),
    ("hv", "wellbeing:strengths",
     "dad is very hands on", "seen"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "5 - some improvement", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to reach my full potential'", "words"),
    ("pa", "success:others_worried",
     "her SW is concerned about her choices", "seen"),
    ("pa", "success:success_goal",
     "he will develop better coping strategies", "goal"),
    ("pa", "success:goal_support",
     "relevant professionals", "who_when"),
    ("pa", "success:their_people",
     "his support network", "seen"),
    ("pa", "success:what_helps",
     "positive relationships with staff", "seen"),
    ("non_native", "success:success_scale_why",
     "7, he is doing good in general", "number|seen"),
    ("pa", "success:goal_first_step",
     "to start engaging with services", "who_when"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "he's being groomed into county lines", "seen"),
    ("police", "contextual:harm_signs",
     "indicators of CCE", "seen|spell"),
    ("yw", "contextual:yp_strengths",
     "she has good insight", "seen"),
    ("sw_uk", "contextual:home_worries",
     "lack of parental supervision", "seen"),
    ("yw", "contextual:peer_worries",
     "negative peer influences", "seen"),
    ("teacher", "contextual:online_worries",
     "inappropriate contact online", "seen"),
    ("sw_uk", "contextual:danger_behaviour",
     "adults are taking advantage of him", "seen"),
    ("sw_uk", "contextual:danger_impact",
     "she will remain at risk of CSE", "impact|danger"),
    ("sw_uk", "contextual:goal_family",
     "dad will be more protective", "goal"),
    ("sw_uk", "contextual:safety_scale_why",
     "3 as risks remain high", "number|seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "escalating concerns around home conditions", "seen"),
    ("sw_uk", "supervision:child_words",
     "she voiced that she feels unsafe", "words"),
    ("sw_uk", "supervision:working_well",
     "good working relationship with mum", "seen"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad's coercive behaviours", "seen"),
    ("sw_uk", "supervision:goal_child",
     "the children will have their needs met", "goal|seen"),
    ("sw_uk", "supervision:what_worked",
     "relationship-based practice", "seen"),
    ("dictation", "supervision:difference",
     "things have really moved forward full stop", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "she disclosed something concerning at break", "seen"),
    ("teacher", "reflection:going_well",
     "mum is very supportive of school", "seen"),
    ("dsl", "reflection:needs_to_happen",
     "follow up as appropriate", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "6 - something doesn't feel right", "number|seen"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "concerns about mum's capacity to cope", "seen"),
    ("teacher", "contribution:working_well",
     "he is thriving in school", "seen"),
    ("police", "contribution:needs_to_happen",
     "strategy discussion to be considered", "who_when"),
    ("gp", "contribution:child_said",
     "he alluded to things being difficult at home", "words"),
)

SET_AO_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'when dad shouts i hide in the wardrobe with my headphones on'"),
    ("sw_uk", "mapping:worst_harm",
     "in march mum's boyfriend held her against the wall by her neck while the 6 yr old "
     "watched from the sofa"),
    ("police", "mapping:recent_harm",
     "sat 9th, 1am: neighbours rang us, dad was shouting at mum in the street and the boys "
     "were at the window"),
    ("sw_uk", "mapping:harm_pattern",
     "most weekends since dad lost his job, after he's been drinking on the friday; the last "
     "time was 2 weeks ago"),
    ("sw_uk", "mapping:harm_impact",
     "Leo has stopped talking at nursery and flinches when a man raises his voice"),
    ("sw_nz", "mapping:danger_behaviour",
     "dad drives the kids to school after smoking meth and leaves them in the car when he "
     "goes to score"),
    ("sw_uk", "mapping:danger_impact",
     "the girls could be hit when dad throws things at mum, or be too scared to tell anyone"),
    ("sw_uk", "mapping:family_view",
     "dad said 'i only drink at weekends' and walked out when we asked about the bruise"),
    ("sw_uk", "mapping:goal_doing",
     "mum will keep her boyfriend out of the house and ring her sister to come over if he "
     "turns up"),
    ("sw_uk", "mapping:goal_child",
     "the kids will sleep through the night in their own beds and go to school every day"),
    ("sw_uk", "mapping:strengths",
     "mum walks the kids to school every morning and has their tea on the table at 5"),
    ("sw_uk", "mapping:danger_scale_why",
     "2 because dad came back to the house twice last week after the police told him not to"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum goes out drinking and leaves the 7 yr old to put the baby to bed"),
    ("sw_uk", "harm_matrix:harm_impact",
     "since dad left, Amy wets the bed and won't go into school unless mum walks her to the "
     "door"),
    ("sw_uk", "harm_matrix:harm_worst",
     "on new year's eve dad threw a bottle at mum and the glass cut the 3 yr old's foot"),
    ("non_native", "harm_matrix:harm_frequency",
     "two times every month since september, the last one was on 4th"),
    ("sw_uk", "harm_matrix:harm_history",
     "since 2019, when the school first saw a bruise on his arm and he said dad did it"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum grew up in care herself and says she doesn't know how to say no to him"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'i've never laid a finger on them' and that the school were lying"),
    ("hv", "harm_matrix:child_vulnerability",
     "she is 8 weeks old, was born early and is only seen by the midwife"),
    ("sw_uk", "harm_matrix:danger_impact",
     "the baby could be shaken or dropped when dad is high and she won't settle"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "5 because he has hit her once, but he has stopped drinking since the police came"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'daddy punches the wall and i can hear it from my bed'"),
    ("child", "three_houses:house_good",
     "'Jan lets me help with the dog and tucks me in every night'"),
    ("child", "three_houses:house_dreams",
     "'i want mum and dad to both come to my birthday and not fight'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she kept her coat on the whole time and only whispered"),
    ("sw_uk", "three_houses:took_part_other",
     "he drew his houses himself but wanted me to write the words"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "she has missed 20 days of school this term and comes in wearing the same dirty uniform"),
    ("hv", "wellbeing:worry_impact",
     "he could fall further behind with his talking and not be ready to start school"),
    ("eh", "wellbeing:family_view",
     "mum said 'they're fine, kids miss school all the time', then agreed to see the school "
     "nurse"),
    ("eh", "wellbeing:goal_doing",
     "mum will get the kids up at 7.30 and walk them to school every day"),
    ("eh", "wellbeing:goal_child",
     "she will go to school every day and play out with her friends after tea"),
    ("child", "wellbeing:house_worries",
     "'mum and dad scream at each other every night and i can't sleep'"),
    ("hv", "wellbeing:unmet_needs",
     "no one reads or plays with him; he sits in front of the tv from when he gets home"),
    ("non_native", "wellbeing:harder",
     "dad hours was cut so they cannot pay the gas and the flat is very cold"),
    ("hv", "wellbeing:strengths",
     "dad does the night feeds and takes the baby to clinic every week"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "5 because she has been in school four days out of five for the last month"),
    # ---- success ----
    ("pa", "success:vision",
     "'to be a hairdresser and live near my little sister'"),
    ("pa", "success:others_worried",
     "her social worker is worried she stays out till 3am with men she met at the park"),
    ("pa", "success:success_goal",
     "he will go for a run or ring his mate when he feels like smashing things"),
    ("pa", "success:goal_support",
     "his key worker will go with him to the job centre on monday and i'll ring him "
     "wednesday"),
    ("pa", "success:their_people",
     "'my nan, my brother jay and my boxing coach'"),
    ("pa", "success:what_helps",
     "staff who text him when he's late instead of telling him off"),
    ("non_native", "success:success_scale_why",
     "7 because he went to college every day this month and he paid his rent"),
    ("pa", "success:goal_first_step",
     "she will sign up at the doctor's on friday with her key worker"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "since the summer he's been taking packages to a town 60 miles away for a man he calls "
     "'T'"),
    ("police", "contextual:harm_signs",
     "he's had three new phones since june and comes home at 4am with cash"),
    ("yw", "contextual:yp_strengths",
     "she tells her youth worker when something scares her and goes to college every day"),
    ("sw_uk", "contextual:home_worries",
     "mum works nights and the 13 yr old is alone from 8pm with no one checking on her"),
    ("yw", "contextual:peer_worries",
     "his friends are 18 and 19 and take him to parties where there are drugs"),
    ("teacher", "contextual:online_worries",
     "a man she met on snapchat keeps asking her for photos and has sent her money"),
    ("sw_uk", "contextual:danger_behaviour",
     "men in their 20s give him weed and drive him around at night"),
    ("sw_uk", "contextual:danger_impact",
     "she could be raped or taken to another city and not come back"),
    ("sw_uk", "contextual:goal_family",
     "dad will pick him up from school at 3.30 and ring the police if he's not home by 9"),
    ("sw_uk", "contextual:safety_scale_why",
     "3 because she went missing twice last week and was found in a flat with older men"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "there's rotten food on the kitchen floor and the kids sleep on a mattress with no "
     "sheets"),
    ("sw_uk", "supervision:child_words",
     "'i don't want to go home when dad's there'"),
    ("sw_uk", "supervision:working_well",
     "mum has texted me every week since june and told me when the money ran out"),
    ("sw_uk", "supervision:danger_behaviour",
     "dad checks mum's phone, takes her bank card and won't let her see her friends"),
    ("sw_uk", "supervision:goal_child",
     "the children will have a hot meal every day and a clean bed to sleep in"),
    ("sw_uk", "supervision:what_worked",
     "meeting mum at the café rather than at home, so she felt less watched"),
    ("dictation", "supervision:difference",
     "mum got the kids to school every day this month and asked for help with the rent"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "at break she told me dad hits her with a slipper when she's naughty"),
    ("teacher", "reflection:going_well",
     "mum comes to every parents' evening and rings us when she's ill"),
    ("dsl", "reflection:needs_to_happen",
     "i'll ring children's services before 3pm today and speak to mum tomorrow morning"),
    ("teacher", "reflection:worry_scale_why",
     "6 because she's come in hungry three days this week and wouldn't change for PE"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum cried through the whole visit and said she can't get out of bed some days"),
    ("teacher", "contribution:working_well",
     "he has joined the football team and handed in all his homework this term"),
    ("police", "contribution:needs_to_happen",
     "will send the last 2 call out logs to the social worker by fri"),
    ("gp", "contribution:child_said",
     "'dad's friend came in my room at night and i didn't like it'"),
)



# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "worst_harm", "dad and his girlfriend had a huge argument", "seen"),
    ("mapping", "recent_harm", "the parents had another row on sunday", "seen"),
    ("harm_matrix", "harm_worst", "mum and her ex got into it outside school", "seen"),
    ("harm_matrix", "harm_impact", "mum and her new partner both use cannabis", "seen|impact"),
    ("mapping", "danger_impact", "the concerns will get worse", "impact|danger"),
    ("supervision", "danger_impact", "the harm could escalate", "impact|danger"),
    ("harm_matrix", "harm_frequency", "off and on since long time", "seen|period"),
    ("mapping", "harm_pattern", "comes and goes over the years", "seen|period"),
    ("wellbeing", "strengths", "a warm and nurturing home environment", "seen"),
    ("mapping", "strengths", "a safe, stable home setting", "seen"),
    ("reflection", "worry_scale_why", "6, she is doing ok on the whole", "number|seen"),
    ("contribution", "partner_scale_why", "7 - doing fine so far", "number|seen"),
    ("wellbeing", "worry_what", "poor parental boundaries", "seen"),
    ("contextual", "home_worries", "limited parental supervision", "seen"),
    ("success", "goal_support", "appropriate agencies", "who_when"),
    ("success", "goal_support", "the relevant services", "who_when"),
    ("three_houses", "house_good", "'my nan is really nurturing'", "words"),
    ("wellbeing", "house_dreams", "'for mum and dad to co-parent'", "words"),
    ("mapping", "house_worries", "'mum and her boyfriend have an unhealthy relationship'",
     "words"),
    ("contribution", "child_said", "she hinted at things at home", "words"),
    ("supervision", "child_words", "he implied he was scared of dad", "words"),
    ("mapping", "danger_behaviour", "dad's coercive behaviour towards mum", "seen"),
    ("mapping", "goal_doing", "mum will demonstrate an ability to protect", "goal"),
    ("wellbeing", "goal_child", "he will feel loved and cared for", "goal|seen"),
    ("success", "their_people", "professionals around him", "seen"),
    ("contextual", "danger_behaviour", "older boys are exploiting her", "seen"),
    ("wellbeing", "harder", "money worries", "seen"),
    ("mapping", "complicating", "dad's historic offending", "seen"),
    ("reflection", "what_happened", "an incident at home last night", "seen"),
    ("contribution", "worries", "mum's presentation", "seen"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "worst_harm",
     "dad and his girlfriend had a fight and she stabbed him in the arm while the kids were "
     "in the kitchen"),
    ("mapping", "recent_harm", "on sunday mum hit her partner with a mug and the baby was in "
                               "the same room"),
    ("harm_matrix", "harm_impact",
     "since mum and her boyfriend split, Jo has stopped eating and sleeps in mum's bed"),
    ("harm_matrix", "harm_frequency", "about once a week since may, the last one on tuesday"),
    ("wellbeing", "strengths", "nan has the kids every weekend and takes them to the park"),
    ("reflection", "worry_scale_why",
     "6 because she's in school every day but told me she's hungry most mornings"),
    ("contextual", "home_worries",
     "no one checks where she is after 6pm and she comes home at midnight"),
    ("success", "goal_support", "his key worker will ring the college on monday about his "
                                "course"),
    ("three_houses", "house_good", "'nan lets me stay up and we watch films together'"),
    ("contribution", "child_said", "'dad pulled my hair because i was slow'"),
    ("contribution", "needs_to_happen", "will ring mum tomorrow and book the visit for next week"),
    ("mapping", "danger_impact", "the boys could be hit by a flying chair when dad gets angry"),
    ("harm_matrix", "harm_worst", "when dad kicked mum in the stomach while the 2 yr old was "
                                  "on her lap"),
    ("mapping", "goal_doing", "dad will leave the house and ring his brother when he feels "
                              "like hitting something"),
    ("wellbeing", "house_dreams", "'i want to live with mum and see dad on saturdays'"),
]
# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# row after "another" ("the parents had another row on sunday"), a row with where it was and
# not when ("... got into it outside school"), "since long time" (no "for" nor a number of
# years), a people word ("professionals around him") at who their people are, asked who will
# do what, and three no rule of this pass reads: "money worries", "dad's historic offending",
# "an incident at home last night".
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "the parents had another row on sunday",
    "mum and her ex got into it outside school",
    "off and on since long time",
    "professionals around him",
    "money worries",
    "dad's historic offending",
    "an incident at home last night",
})

# Asked, not as it fits: a network said only as theirs, at who their people are, is asked who
# will do what; a dictated "full stop" is asked first to be put as a mark, as the bot means.
LEFT_ASKED_OTHERWISE = {
    "his support network": '"his support network" names everyone at once',
    "things have really moved forward full stop": "Dictation seems to have written some "
                                                  "punctuation out as words",
}

globals().update(review_tests(rows_set(
    "AO", SET_AO_FLAWED, SET_AO_SOUND, asked=asked_ak, fits=_fits_am, sizes=(70, 70),
    paired=True, left_asked_otherwise=LEFT_ASKED_OTHERWISE,
    held_flawed=[c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED],
    held_sound=HELD_OUT_SOUND)))


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED


# Set AN's held-out misses, each now asked with a question that fits: a row of "mum and her
# partner", a warm and supportive "home environment", a fight at the most recent time, "it
# goes in cycles" (how often, after "it goes"), "show the capacity to change" (a goal of a
# state shown, after "the").


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"),
                         [row for row in AN_HELD_OUT_FLAWED if row[2] in AN_HELD_OUT_MISSED])
def test_set_an_held_out_misses_are_now_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_am(want, reply), (line, reply)


# An event had by two adults of the family, named by role and nothing of what anyone did, is
# asked what happened; with what someone did in it, it is let through.
@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "recent_harm", "dad and his girlfriend had a huge argument"),
    ("harm_matrix", "harm_worst", "mum and her boyfriend got into it in front of the kids"),
    ("mapping", "worst_harm", "the parents had a massive row on friday"),
])
def test_an_event_had_by_two_adults_is_asked_what_happened(flow_id: str, step_id: str,
                                                           line: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert "What happened in it: who did what, and what happened to the child?" in reply, reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "recent_harm", "mum and dad had a fight last weekend and dad punched the wall"),
    ("mapping", "worst_harm", "mum and her boyfriend had a row and he threw her phone at the "
                              "baby"),
    ("harm_matrix", "harm_impact", "mum and her boyfriend drink every night and she hides"),
    ("contribution", "needs_to_happen", "will ring mum tomorrow and book the visit by friday"),
])
def test_what_someone_did_or_a_hurried_step_is_let_through(flow_id: str, step_id: str,
                                                           line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line


def test_a_partners_her_is_never_the_child() -> None:
    line = "mum and her boyfriend drink every night"
    reply = asked_ak("harm_matrix", "harm_impact", line)
    assert reply is not None
    assert reply.startswith(f'You wrote "{line}", which says what the adult does, but not yet '
                            "what it has done to the child."), reply
