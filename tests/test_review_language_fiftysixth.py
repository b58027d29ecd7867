"""Set AQ: a blind wording review of every tool, social workers, teachers, health visitors,
police, children, partners writing in a hurry, non-native writers and dictation (pass 56).

Written after reading set AO's file only (its shape, the runner, what it covered and what it
left), before reading any rule in flows/checks or the bot's nudges, and committed before
anything was run on it: 70 flawed lines and 70 sound ones, each pair at one question. Each
row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (the kinds `_fits_am` reads). New ground: set AO's held-out misses in other words
(a row after "yet another", an incident said only by where it was, "from long time",
"money worries", "dad's criminal history", "professionals in his life"), the child's words
of the work ("has mental health", "a drink problem", "really supportive"), goals said only
as what will not happen or as attending and engaging, next steps with no one to do them
("referral to be made", "monitor and review", "safety planning"), and judgements of a
parent in the work's words ("minimising", "resistant to support", "partial acceptance").

Blind, on the code as it was (main at 3699a59d): flawed asked 54/70, 53 with a question that
fits (as `_fits_am` reads them); sound asked 2/70. Let through, each a kind: "from long time
it is happening" and "since ages, many many times" (a span with "from" or "since" and no
number); "an incident outside the school gates" (where, and no more); "dad's criminal
history"; "mum is in partial acceptance"; "at heightened risk"; a child's "a drink problem",
"really supportive", "more stable", "suffers with her mental health"; "he will be in a better
place emotionally"; "debt and housing worries"; "'to be independent'"; "professionals in his
life"; "he spoke about home being difficult"; "he came in with a mark again". Asked, not as
it fits: "he's putting himself at risk" (blame's own question, who is harming him). The
sound lines asked: "mum will meet the family worker every tuesday ..." (told that "meet the"
says what professionals want) and "... he sells weed for older boys at the station" (asked
who gives him the drugs: the rule for "dealing weed for older lads", kept, `LEFT_FLAGGED`).

Fitted: flawed 68/70 asked, 67 with a question that fits; sound asked 1/70 (the one left
flagged). The rules, each for its class (see the CHANGELOG): `plain_language._OPEN_END` and
`_SO_FAR` a span of no number after "since" or "from", with "it has been happening" before or
"it is happening" after it; `_HOW_OFTEN_ONLY` a span before the count and "many many times";
`_EVENT_ONLY` "(yet) another" and where it was (`_WHEN_OR_WHERE`); labels' "a record" (a
criminal or offending past owned) and "a mark unplaced" (a child came in with a mark, and not
where); labels' "at heightened/elevated risk"; the word list's "partial acceptance";
`claims._troubles_noted` ("money worries", "debt and housing worries"); `_STATE_WORD` "in a
better place"; `_EVERYONE_ONLY` "professionals in his life"; `nudges._SAID_BY_THE_WORK` and
`_FRAMED` ("spoke about"); `safety_goal._meets_a_worker` (meeting a worker is a doing). Set
AO's held-out misses "the parents had another row on sunday", "mum and her ex got into it
outside school", "off and on since long time", "money worries", "dad's historic offending" and
"an incident at home last night" are now asked too, each fittingly. Each corpus file through
`language-check` before and after: see /tmp/s56/hist_sound56.md.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other words
and committed (dc7f42fa) before they were run: flawed asked with a question that fits 9/30
before (3699a59d, 9 asked) and 24/30 after (25 asked); sound asked 2/15 before and 1/15 after
(`HELD_OUT_MISSED` and `HELD_OUT_SOUND_ASKED` say which).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fiftyfifth import HELD_OUT_FLAWED as AO_HELD_OUT_FLAWED
from test_review_language_fiftyfifth import HELD_OUT_MISSED as AO_HELD_OUT_MISSED
from test_review_language_fiftyfirst import asked_ak
from test_review_language_fiftythird import _fits_am

SET_AQ_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'mum has mental health'", "words"),
    ("sw_uk", "mapping:worst_harm",
     "the parents had yet another row at the weekend", "seen"),
    ("police", "mapping:recent_harm",
     "a domestic at the address on the 12th, DA1 submitted", "seen|spell"),
    ("non_native", "mapping:harm_pattern",
     "from long time it is happening", "seen|period"),
    ("sw_uk", "mapping:harm_impact",
     "it has had a detrimental effect on them", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad's volatile temperament", "seen"),
    ("sw_uk", "mapping:danger_impact",
     "they may suffer significant harm", "impact|danger"),
    ("sw_uk", "mapping:family_view",
     "mum is minimising", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "dad won't drink around the kids", "goal"),
    ("sw_uk", "mapping:complicating",
     "money worries and housing issues", "seen"),
    ("hurry", "mapping:strengths",
     "good bond with mum", "seen"),
    ("sw_uk", "mapping:next_steps",
     "referral to be made", "who_when"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "neglectful parenting", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "poor outcomes", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "an incident outside the school gates", "seen"),
    ("non_native", "harm_matrix:harm_frequency",
     "since ages, many many times", "seen|period"),
    ("sw_uk", "harm_matrix:harm_history",
     "long standing history of DV", "seen|period|spell"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dad's criminal history", "seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum is in partial acceptance", "words|seen"),
    ("hv", "harm_matrix:child_vulnerability",
     "he has additional needs", "seen"),
    ("sw_uk", "harm_matrix:danger_impact",
     "the children would be at heightened risk", "impact|danger"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "4 - high level of concern", "number|seen"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'dad has a drink problem'", "words"),
    ("child", "three_houses:house_good",
     "'my key worker is really supportive'", "words"),
    ("child", "three_houses:house_dreams",
     "'for my family to be more stable'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "he appeared unsettled and dysregulated", "seen"),
    ("sw_uk", "three_houses:took_part_other",
     "she was reluctant to engage", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "concerns around home conditions", "seen"),
    ("hv", "wellbeing:worry_impact",
     "it could affect her wellbeing", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "dad is resistant to support", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "mum will engage with early help", "goal"),
    ("eh", "wellbeing:goal_child",
     "he will be in a better place emotionally", "goal|seen"),
    ("child", "wellbeing:house_worries",
     "'mum suffers with her mental health'", "words"),
    ("hv", "wellbeing:unmet_needs",
     "basic care needs", "seen"),
    ("eh", "wellbeing:harder",
     "debt and housing worries", "seen"),
    ("hv", "wellbeing:strengths",
     "mum is a good mum", "seen"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 - things are a bit better", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to be independent'", "words"),
    ("pa", "success:others_worried",
     "concerns re his lifestyle", "seen"),
    ("pa", "success:success_goal",
     "she will make better choices", "goal"),
    ("pa", "success:goal_support",
     "the team around him", "who_when"),
    ("pa", "success:their_people",
     "professionals in his life", "seen"),
    ("pa", "success:what_helps",
     "consistency and routine", "seen"),
    ("non_native", "success:success_scale_why",
     "6, he is more better now", "number|seen"),
    ("pa", "success:goal_first_step",
     "to address his housing", "who_when"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "she's been sexually exploited", "seen"),
    ("police", "contextual:harm_signs",
     "missing episodes and MFH reports", "seen|spell"),
    ("yw", "contextual:yp_worries",
     "he's putting himself at risk", "seen"),
    ("sw_uk", "contextual:home_worries",
     "mum struggles to put boundaries in place", "seen"),
    ("yw", "contextual:peer_worries",
     "she's associating with older males", "seen"),
    ("teacher", "contextual:school_worries",
     "poor behaviour in class", "seen"),
    ("yw", "contextual:area_worries",
     "it's a known hotspot", "seen"),
    ("sw_uk", "contextual:danger_impact",
     "further exploitation", "impact|danger"),
    ("sw_uk", "contextual:goal_child",
     "he will be safe in the community", "goal|seen"),
    ("sw_uk", "contextual:safety_scale_why",
     "3 - risk is very high", "number|seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "ongoing neglect concerns", "seen"),
    ("sw_uk", "supervision:child_words",
     "he spoke about home being difficult", "words"),
    ("sw_uk", "supervision:working_well",
     "mum is engaging well", "seen"),
    ("sw_uk", "supervision:danger_behaviour",
     "mum's substance misuse", "seen"),
    ("sw_uk", "supervision:goal_doing",
     "mum will attend all appointments", "goal"),
    ("sw_uk", "supervision:scale_moved",
     "gone up a bit", "seen|number"),
    ("sw_uk", "supervision:what_worked",
     "strengths-based approach", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "he came in with a mark again", "seen"),
    ("teacher", "reflection:going_well",
     "dad is engaging with school", "seen"),
    ("dsl", "reflection:needs_to_happen",
     "monitor and review", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "5 - just a gut feeling", "number|seen"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum's low mood and poor home conditions", "seen"),
    ("teacher", "contribution:working_well",
     "attendance has improved", "seen"),
    ("police", "contribution:needs_to_happen",
     "safety planning", "who_when"),
    ("gp", "contribution:child_said",
     "she made a disclosure of abuse", "words"),
)

SET_AQ_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("child", "mapping:house_worries",
     "'mum stays in bed all day and i make my own breakfast'"),
    ("sw_uk", "mapping:worst_harm",
     "on saturday dad pushed mum down the stairs while the kids watched from the landing"),
    ("police", "mapping:recent_harm",
     "12th, 11pm: dad punched mum in the face in the kitchen; the 4 yr old was in the "
     "doorway"),
    ("non_native", "mapping:harm_pattern",
     "it happen every week since two years, last time on friday"),
    ("sw_uk", "mapping:harm_impact",
     "Sam has started wetting the bed again and won't let mum out of his sight"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad shouts in the kids' faces and throws things when he loses at cards"),
    ("sw_uk", "mapping:danger_impact",
     "the baby could be hit by something dad throws, or dropped when he grabs mum"),
    ("sw_uk", "mapping:family_view",
     "mum said 'he only pushed me once' and that the kids were asleep"),
    ("sw_uk", "mapping:goal_doing",
     "dad will stay sober when he has the kids and ask his brother to take over if he "
     "drinks"),
    ("sw_uk", "mapping:complicating",
     "they owe 3 months' rent and the landlord has said they have to leave by june"),
    ("hurry", "mapping:strengths",
     "mum reads to the girls every night and knows all their friends' names"),
    ("sw_uk", "mapping:next_steps",
     "i will send the referral to the housing team by friday and ring mum on monday"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum leaves the 2 yr old alone in the flat while she goes to the shop"),
    ("sw_uk", "harm_matrix:harm_impact",
     "he is 2 stone underweight and was kept back a year at school"),
    ("sw_uk", "harm_matrix:harm_worst",
     "outside the school gates dad grabbed Mia by the arm and dragged her to the car, leaving "
     "bruises"),
    ("non_native", "harm_matrix:harm_frequency",
     "every few days since christmas, last time was yesterday night"),
    ("sw_uk", "harm_matrix:harm_history",
     "since 2020, when the police were first called after dad hit mum with a chair"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dad was in prison for two years for hurting a previous partner"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum said she knows he hit the kids but 'only when they deserve it'"),
    ("hv", "harm_matrix:child_vulnerability",
     "he is 5, has autism and can't tell anyone what happens at home"),
    ("sw_uk", "harm_matrix:danger_impact",
     "they could be hurt badly if dad drives them home after drinking again"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "4 because dad has hit him twice since june but mum now stays in when dad drinks"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'dad drinks beer all day and then falls asleep on the floor'"),
    ("child", "three_houses:house_good",
     "'Sue takes me swimming on tuesdays and helps me with my reading'"),
    ("child", "three_houses:house_dreams",
     "'to live in one house and not move again'"),
    ("sw_uk", "three_houses:worker_noticed",
     "he hid under the table for the first ten minutes and hummed loudly when i asked about "
     "dad"),
    ("sw_uk", "three_houses:took_part_other",
     "she wrote her own worries but asked me to draw the houses"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "there is dog mess on the floor and the kids have no clean clothes"),
    ("hv", "wellbeing:worry_impact",
     "she could miss more school and lose her friends"),
    ("eh", "wellbeing:family_view",
     "dad said 'we don't need anyone poking around' and wouldn't let the nurse in"),
    ("eh", "wellbeing:goal_doing",
     "mum will meet the family worker every tuesday and cook the kids a hot tea each night"),
    ("eh", "wellbeing:goal_child",
     "he will go to bed by 8 and tell his teacher when something worries him"),
    ("child", "wellbeing:house_worries",
     "'mum cries in her room and won't come out'"),
    ("hv", "wellbeing:unmet_needs",
     "she has no coat or shoes that fit, and her teeth hurt"),
    ("eh", "wellbeing:harder",
     "mum owes £2,000 on a loan and the electric has been cut off twice"),
    ("hv", "wellbeing:strengths",
     "mum takes them to the park every day after school and baths them every night"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 because the kids have had tea every night this week and mum answered my calls"),
    # ---- success ----
    ("pa", "success:vision",
     "'to get my own flat and a job at the garage'"),
    ("pa", "success:others_worried",
     "his social worker is worried he sells weed for older boys at the station"),
    ("pa", "success:success_goal",
     "she will tell her key worker where she's going and be back by 10"),
    ("pa", "success:goal_support",
     "his personal adviser will meet him every thursday and go with him to the housing "
     "office"),
    ("pa", "success:their_people",
     "'my aunty jo, my mate kai and my football coach'"),
    ("pa", "success:what_helps",
     "staff who sit with him at dinner and ask about his day"),
    ("non_native", "success:success_scale_why",
     "6 because he got to college 4 days a week for the last month"),
    ("pa", "success:goal_first_step",
     "she will ring the housing office with me on tuesday at 10"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "men at the park gave her vodka and took her to a flat where one of them raped her"),
    ("police", "contextual:harm_signs",
     "he's been reported missing 4 times since may and came back with new trainers"),
    ("yw", "contextual:yp_worries",
     "he goes to the station at night with boys who carry knives"),
    ("sw_uk", "contextual:home_worries",
     "mum doesn't know where she is at night and stops asking when she shouts"),
    ("yw", "contextual:peer_worries",
     "men in their 20s pick her up from school in a car and give her cigarettes"),
    ("teacher", "contextual:school_worries",
     "he has been sent home 3 times this month for fighting in the corridor"),
    ("yw", "contextual:area_worries",
     "older boys sell drugs by the chip shop and ask younger kids to hold bags"),
    ("sw_uk", "contextual:danger_impact",
     "she could be raped again or taken to another town"),
    ("sw_uk", "contextual:goal_child",
     "he will walk home with his cousin and be in by 8 every night"),
    ("sw_uk", "contextual:safety_scale_why",
     "3 because he went missing twice this month and came back with a cut to his face"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "the kids have had head lice for months and there is no food in the fridge most days"),
    ("sw_uk", "supervision:child_words",
     "'i don't like it when mum's friends stay over'"),
    ("sw_uk", "supervision:working_well",
     "mum has let me in every visit since march and showed me the kids' rooms"),
    ("sw_uk", "supervision:danger_behaviour",
     "mum smokes heroin in the bathroom while the baby is in the cot next door"),
    ("sw_uk", "supervision:goal_doing",
     "mum will keep all drugs out of the house and have nan stay over at weekends for six "
     "months"),
    ("sw_uk", "supervision:scale_moved",
     "up from 3 to 5 because dad moved out and mum called the police when he came back"),
    ("sw_uk", "supervision:what_worked",
     "visiting after school so the kids could show me their rooms themselves"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "he came in with a red mark on his cheek and said mum slapped him last night"),
    ("teacher", "reflection:going_well",
     "dad picks him up every day and talks to me about how he's doing"),
    ("dsl", "reflection:needs_to_happen",
     "i'll ring the front door at 1pm today and tell mum after school"),
    ("teacher", "reflection:worry_scale_why",
     "5 because she's come in with bruises twice this half term and won't say how"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "mum hasn't left the flat for weeks and the baby's bottles are dirty"),
    ("teacher", "contribution:working_well",
     "he's been in school every day for 6 weeks and is on time"),
    ("police", "contribution:needs_to_happen",
     "i will speak to the social worker by thursday about a visit with the school nurse"),
    ("gp", "contribution:child_said",
     "'uncle mark touches me when mum is at work'"),
)

# Asked, not as it fits: "putting himself at risk" is asked who is harming him (the words of
# blame's own question, read by `_fits_am` as blame's, not as what was seen); "professionals
# in his life", at who they would call, is asked who by role will do what (as set AO's "his
# support network" is).
LEFT_ASKED_OTHERWISE = {
    "he's putting himself at risk": 'You wrote "putting himself at risk". Who is harming',
    "professionals in his life": '"professionals in his life" names everyone at once',
}
# Left unasked: a young person's "to be independent" is a word care leavers use of their own
# hopes, as the help of the question invites; no rule of this pass reads it.
LEFT_UNASKED: frozenset[str] = frozenset({"'to be independent'"})
# A sound line asked as the project means: selling drugs "for older boys" is the wording the
# appropriate-language rule asks about (who gives him the drugs, and what they do if he
# refuses), as set AK's rule was written for "dealing weed for older lads".
LEFT_FLAGGED: frozenset[str] = frozenset(
    {"his social worker is worried he sells weed for older boys at the station"})


def _asked_who_gives_the_drugs(case: object, reply: str) -> bool:
    return "Who gives the young person the drugs" in reply




# Each rule of this pass, in lines of its shape other than the set's: asked with the question
# that fits, and the plain line beside it let through.
@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), [
    ("harm_matrix", "harm_history", "since ages", "period"),
    ("mapping", "harm_pattern", "it has been happening for a long time", "period"),
    ("harm_matrix", "harm_frequency", "regularly from long time", "period"),
    ("mapping", "worst_harm", "an incident at the park on friday", "seen"),
    ("reflection", "what_happened", "the parents had yet another argument last night", "seen"),
    ("mapping", "complicating", "his lengthy criminal record", "seen"),
    ("wellbeing", "harder", "housing and money problems", "seen"),
    ("mapping", "danger_impact", "the baby will be at elevated risk", "impact|danger"),
    ("mapping", "family_view", "dad is partially accepting", "words|seen"),
    ("three_houses", "house_good", "'nan is so supportive'", "words"),
    ("mapping", "goal_child", "she will be in a happier place", "goal|seen"),
    ("supervision", "child_words", "she talked about mum being sad", "words"),
    ("reflection", "what_happened", "she came into nursery with a bruise", "seen"),
])
def test_a_line_of_this_pass_s_shapes_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_am(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("harm_matrix", "harm_history", "since 2019, when the school first saw a bruise on her leg"),
    ("mapping", "worst_harm", "an incident at the park on friday when dad kicked him"),
    ("mapping", "complicating",
     "his criminal record: two convictions for hitting his ex-partners, in 2018 and 2021"),
    ("mapping", "complicating", "no money worries"),
    ("three_houses", "house_good", "'nan helps me with my homework'"),
    ("reflection", "what_happened",
     "she came into nursery with a bruise on her cheek and said daddy did it"),
    ("wellbeing", "goal_doing",
     "dad will meet the school nurse on monday and take the baby to be weighed every week"),
])
def test_the_plain_line_beside_it_is_let_through(flow_id: str, step_id: str,
                                                 line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line


def test_a_goal_of_meeting_the_childrens_needs_is_still_asked() -> None:
    reply = asked_ak("wellbeing", "goal_doing", "mum will meet the children's needs")
    assert reply is not None
    assert reply.startswith('"meet the" says what professionals want'), reply


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "harm_pattern", "since very long time it goes on", "seen|period"),
    ("harm_matrix", "harm_history", "from many years", "seen|period"),
    ("harm_matrix", "harm_frequency", "lots of times since forever", "seen|period"),
    ("mapping", "recent_harm", "another domestic incident at the flat over the weekend", "seen"),
    ("reflection", "what_happened", "a fight outside the chip shop after school", "seen"),
    ("harm_matrix", "harm_worst", "mum and her partner had words on the doorstep", "seen"),
    ("mapping", "complicating", "mum's partner has a violent past", "seen"),
    ("harm_matrix", "harm_complicating", "his previous convictions", "seen"),
    ("wellbeing", "harder", "rent arrears and benefit problems", "seen"),
    ("mapping", "complicating", "housing difficulties", "seen"),
    ("harm_matrix", "harm_accepted_detail", "dad shows limited acceptance", "words|seen"),
    ("mapping", "family_view", "mum is in partial denial", "words|seen"),
    ("supervision", "danger_impact", "the kids will be at greater risk of harm", "impact|danger"),
    ("wellbeing", "worry_impact", "she may be at heightened risk", "impact|danger"),
    ("three_houses", "house_worries", "'daddy has a drug problem'", "words"),
    ("wellbeing", "house_good", "'my teacher is very supportive'", "words"),
    ("mapping", "house_dreams", "'i want more stability'", "words"),
    ("three_houses", "house_worries", "'mummy struggles with her mental health'", "words"),
    ("mapping", "goal_child", "the children will be in a safe place emotionally", "goal|seen"),
    ("contextual", "goal_child", "she will be in a much better place", "goal|seen"),
    ("contribution", "child_said", "he talked about being scared at home", "words"),
    ("supervision", "child_words", "she spoke of feeling lonely", "words"),
    ("reflection", "what_happened", "came in with some bruising again", "seen"),
    ("contribution", "worries", "she turned up with a new injury", "seen"),
    ("success", "their_people", "the professionals in her life", "seen"),
    ("mapping", "danger_behaviour", "dad's unpredictable moods", "seen"),
    ("wellbeing", "goal_doing", "mum will meet the threshold for stepping down", "goal"),
    ("contextual", "peer_worries", "she's hanging around with the wrong crowd", "seen"),
    ("supervision", "worries", "the home environment remains a concern", "seen"),
    ("reflection", "worry_scale_why", "4 - mixed picture", "number|seen"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "harm_pattern", "since he was 2, about once a month, the last time at easter"),
    ("reflection", "what_happened",
     "a fight outside the chip shop: two older boys punched him and took his phone"),
    ("mapping", "complicating",
     "dad has been in prison twice for hitting his ex and is on licence till march"),
    ("wellbeing", "harder",
     "they are £900 behind on rent and the landlord has given them notice"),
    ("harm_matrix", "harm_accepted_detail", "dad said 'yes i hit him but he was winding me up'"),
    ("three_houses", "house_good", "'my teacher lets me sit with her at lunch when i'm sad'"),
    ("mapping", "goal_child", "the kids will sleep at nan's when dad has been drinking"),
    ("contribution", "child_said", "'i hide under my bed when they fight'"),
    ("reflection", "what_happened",
     "she came in with a burn on the back of her hand and said mum's iron fell on it"),
    ("wellbeing", "goal_doing",
     "mum will meet the health visitor every fortnight and bring the baby to be weighed"),
    ("harm_matrix", "harm_frequency", "three times since christmas, the last one on friday night"),
    ("mapping", "recent_harm",
     "on sunday at the flat dad slapped mum and the 5 yr old ran to the neighbour's"),
    ("supervision", "danger_impact",
     "the kids could be hurt by flying glass when dad smashes bottles"),
    ("success", "their_people", "'my foster carer jo, my big sister and my boxing coach'"),
    ("contextual", "peer_worries",
     "she spends every evening with two men in their 30s who give her vodka"),
]
# Held-out lines the fixes did not reach, left as they were (not tuned to after the run): a
# span said as "since very long time" (a word between "since" and "long") and "since forever"
# after a count; a fight said only by where it was and after school (no event of the family's
# adults, and "after school" is no time word of `_EVENT_ONLY`); "a violent past" (the record
# rule reads a past only as criminal, offending or police); "the professionals in her life",
# at who they would call, asked who by role will do what (as set AQ's own line is); and "dad's
# unpredictable moods", which no rule of this pass reads.
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "since very long time it goes on",
    "lots of times since forever",
    "a fight outside the chip shop after school",
    "mum's partner has a violent past",
    "the professionals in her life",
    "dad's unpredictable moods",
})
# A held-out sound line asked before and after this pass's rules, left as it is: "at the flat
# dad slapped mum" reads "flat" before "dad" as the word list's "flat" (of a person's mood).
HELD_OUT_SOUND_ASKED: frozenset[str] = frozenset({
    "on sunday at the flat dad slapped mum and the 5 yr old ran to the neighbour's"})

globals().update(review_tests(rows_set(
    "AQ", SET_AQ_FLAWED, SET_AQ_SOUND, asked=asked_ak, fits=_fits_am, sizes=(70, 70),
    paired=True, left_asked_otherwise=LEFT_ASKED_OTHERWISE, left_unasked=LEFT_UNASKED,
    hold_left_unasked=True, left_flagged=LEFT_FLAGGED,
    flagged_as=_asked_who_gives_the_drugs,
    held_flawed=[c for c in HELD_OUT_FLAWED if c[2] not in HELD_OUT_MISSED],
    held_sound=[c for c in HELD_OUT_SOUND if c[2] not in HELD_OUT_SOUND_ASKED])))


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED
    assert {line for _, _, line in HELD_OUT_SOUND} >= HELD_OUT_SOUND_ASKED


# Set AO's held-out misses, each now asked with a question that fits but one ("professionals
# around him", at who they would call, still asked who by role will do what): a row after
# "another", a row or an incident said only by where it was, "since long time", "money
# worries", "dad's historic offending".
@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), [
    row for row in AO_HELD_OUT_FLAWED
    if row[2] in AO_HELD_OUT_MISSED and row[2] != "professionals around him"])
def test_set_ao_held_out_misses_are_now_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_am(want, reply), (line, reply)
