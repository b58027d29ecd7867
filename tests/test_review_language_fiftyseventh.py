"""Set AR: a blind wording review of every tool, social workers, teachers, health visitors,
police, GPs, housing officers, children, partners writing in a hurry, non-native writers and
dictation (pass 57).

Written after reading set AQ's file only (its shape, the runner, what it covered and what it
left), before reading any rule in flows/checks or the bot's nudges, and committed before
anything was run on it: 70 flawed lines and 70 sound ones, each pair at one question. Each
row: (voice, "tool:question", line), a flawed one also what a practice lead would expect
asked back (the kinds `_fits_am` reads). New ground: set AQ's held-out misses in other words
("since very long", "from forever", a fight said only by where it was and "after school",
"a history of violence", "his professional network", "dad's explosive temper"), harm and
danger confused (a past beating given as what could happen, a risk given as what happened),
a person's label at existing safety ("mum is protective"), a family praised as a kind
("resilient", "child-centred"), goals of a state or of taking part, and a place word that
is also a mood beside a plain act ("at the flat dad punched mum").

Blind, on the code as it was (main at abe02eb9): flawed asked 58/70, 56 with a question that
fits (as `_fits_am` reads them); sound asked 2/70. Let through, each a kind: a span with
"since" or "from" and no measure ("it is going on since very long", "too many times, from
forever"); "mum loves the kids v much"; what has already happened given at what could happen
("he was hit with a belt last month"); a child's "'mummy has anxiety and depression'" and
"'my nan is a positive role model'"; "5, is little bit progress"; "his professional
network"; "dysregulated behaviours and low attendance"; "a fight at the bus stop after
school" (where, by a place's own name); "early help" alone as what needs to happen; "3 -
lots of low level stuff" at the question for why. Asked, not as it fits: "until things
settle down" at how long (what would need to change) and "she is making risky choices"
(blame's question). The sound lines asked: "last friday at the flat dad punched mum ..."
(set AQ's known miss: "the flat dad" read as a mood) and "she gets into cars with men she's
met online ..." (the appropriate-language rule's question, as the project means:
`LEFT_FLAGGED`).

Fitted: flawed 67/70 asked, 63 with a question that fits (`_fits_ar`: `_fits_am` reading the
new reminder of what has already happened as a question of the danger), three asked
otherwise (`LEFT_ASKED_OTHERWISE`) and three left (`LEFT_UNASKED`); sound asked 1/70 (the one
left flagged). The rules, each for its class (see the CHANGELOG): `plain_language
._SINCE_UNMEASURED` ("since" or "from" with no measure, in `_OPEN_END`, `_SO_FAR` and
`_HOW_OFTEN_ONLY`, with "it is going on" or "it goes on" around it); `_WHEN_OR_WHERE` a
place by a name of one or two words after "at/in/on/by/near/outside the"; a check of its own,
`what_could_happen` (`flows/checks/harm_or_danger.py`), at the five questions asking what
could happen if nothing changes: an answer that says something was done and nothing of what
is to come is asked what could come next; labels' "a label" reads "the flat" after a word of
where as a place (`_FLAT_AS_A_PLACE`); labels' new "a label for behaviour" (a trait's word
before "behaviour" or "moods") and a second "a record" (a violent, criminal or abusive past or
background owned); "low attendance"; praise's "v much"; progress's "little bit" with "of"
left out; a child's "role model"; `_EVERYONE_ONLY` "his professional network". Set AQ's
held-out misses are asked too, each fittingly but "the professionals in her life" (still
asked who by role will do what), and its sound line "at the flat dad slapped mum" is let
through. Each corpus file through `language-check` before and after, and the checks' cost
over a 1-in-8 sample: see /tmp/s57/hist_sound57.md.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other words
and committed (51466a08) before they were run: flawed asked with a question that fits 15/30
before (abe02eb9, 15 asked) and 25/30 after (26 asked); sound asked 0/15 before and after
(`HELD_OUT_MISSED` and `HELD_OUT_ASKED_OTHERWISE` say which were not).
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_fiftyfirst import asked_ak
from test_review_language_fiftysixth import HELD_OUT_FLAWED as AQ_HELD_OUT_FLAWED
from test_review_language_fiftysixth import HELD_OUT_MISSED as AQ_HELD_OUT_MISSED
from test_review_language_fiftysixth import HELD_OUT_SOUND_ASKED as AQ_HELD_OUT_SOUND_ASKED
from test_review_language_fiftythird import _fits_am


def _fits_ar(want: str, reply: str) -> bool:
    """Set AQ's `_fits_am`, reading the reminder this set adds: what has already happened,
    given where what could happen is asked, is asked what could come next ("reads as what has
    already happened"): a question of the danger and its impact."""
    if "reads as what has already happened" in reply:
        return bool(set(want.split("|")) & {"impact", "danger"})
    return _fits_am(want, reply)

SET_AR_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("dictation", "mapping:worst_harm",
     "there was an altercation between the parents the children were in the home", "seen"),
    ("police", "mapping:recent_harm",
     "verbal only, no injuries, both parties intoxicated", "seen"),
    ("non_native", "mapping:harm_pattern",
     "it is going on since very long", "seen|period"),
    ("hv", "mapping:harm_impact",
     "it is impacting on her emotional wellbeing", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad's explosive temper", "seen"),
    ("sw_uk", "mapping:danger_impact",
     "the risk of significant harm remains", "impact|danger"),
    ("sw_uk", "mapping:existing_safety",
     "mum is protective", "seen"),
    ("hurry", "mapping:goal_doing",
     "dad won't be violent", "goal"),
    ("sw_uk", "mapping:goal_how_long",
     "until things settle down", "period"),
    ("housing", "mapping:complicating",
     "history of rent arrears and ASB", "seen|spell"),
    ("sw_uk", "mapping:trusted_adults",
     "the wider family network", "seen|who_when"),
    ("sw_uk", "mapping:next_steps",
     "to be kept under review", "who_when"),
    ("child", "mapping:house_worries",
     "'dad has anger issues'", "words"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 - significant concerns remain", "number|seen"),
    ("hurry", "mapping:strengths",
     "mum loves the kids v much", "seen"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "physical chastisement", "seen"),
    ("gp", "harm_matrix:harm_impact",
     "presenting with low mood and anxiety", "seen|impact"),
    ("teacher", "harm_matrix:harm_worst",
     "a scuffle in the car park at pick-up", "seen"),
    ("non_native", "harm_matrix:harm_frequency",
     "too many times, from forever", "seen|period"),
    ("sw_uk", "harm_matrix:harm_history",
     "known to services for years", "seen|period"),
    ("police", "harm_matrix:harm_complicating",
     "dad has a history of violence", "seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad is in denial", "words|seen"),
    ("hv", "harm_matrix:child_vulnerability",
     "she is extremely vulnerable", "seen"),
    ("sw_uk", "harm_matrix:danger_impact",
     "he was hit with a belt last month", "impact|danger"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "6 - concerns are reducing", "number|seen"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mummy has anxiety and depression'", "words"),
    ("child", "three_houses:house_good",
     "'my nan is a positive role model'", "words"),
    ("child", "three_houses:house_dreams",
     "'for mum and dad to co-parent better'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "presented as withdrawn and guarded", "seen"),
    ("sw_uk", "three_houses:took_part_other",
     "limited engagement with the tool", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "chaotic household", "seen"),
    ("hv", "wellbeing:worry_impact",
     "risk of developmental delay", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "parents lack insight", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "parents to engage with the parenting course", "goal"),
    ("eh", "wellbeing:goal_child",
     "she will feel happier in herself", "goal|seen"),
    ("eh", "wellbeing:goal_how_long",
     "for the foreseeable", "period"),
    ("hv", "wellbeing:unmet_needs",
     "emotional needs not being met", "seen"),
    ("teacher", "wellbeing:strengths",
     "dad is very child-centred", "seen"),
    ("eh", "wellbeing:coped",
     "the family are resilient", "seen"),
    ("eh", "wellbeing:next_steps",
     "TAF to be arranged", "who_when|spell"),
    ("non_native", "wellbeing:wellbeing_scale_why",
     "5, is little bit progress", "number|seen"),
    # ---- success ----
    ("pa", "success:others_worried",
     "concerns about his associations", "seen"),
    ("pa", "success:success_goal",
     "he will take responsibility for his actions", "goal"),
    ("pa", "success:goal_first_step",
     "work on independence skills", "who_when"),
    ("pa", "success:their_people",
     "his professional network", "seen"),
    ("pa", "success:success_scale_why",
     "7 - doing really well", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "CCE concerns", "seen|spell"),
    ("police", "contextual:harm_signs",
     "linked to a county lines OCG", "seen|spell"),
    ("yw", "contextual:yp_worries",
     "she is making risky choices", "seen"),
    ("yw", "contextual:peer_worries",
     "he's mixing with a negative peer group", "seen"),
    ("yw", "contextual:online_worries",
     "inappropriate online contact", "seen"),
    ("teacher", "contextual:school_worries",
     "dysregulated behaviours and low attendance", "seen"),
    ("yw", "contextual:area_worries",
     "it's a rough area", "seen"),
    ("sw_uk", "contextual:goal_family",
     "mum will put boundaries in place", "goal"),
    ("sw_uk", "contextual:danger_impact",
     "at risk of criminal exploitation", "impact|danger"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "cumulative neglect", "seen"),
    ("sw_uk", "supervision:child_words",
     "he shared that he doesn't feel safe at home", "words"),
    ("sw_uk", "supervision:working_well",
     "mum has been more open and honest", "seen"),
    ("sw_uk", "supervision:what_worked",
     "relationship-based practice", "seen"),
    ("sw_uk", "supervision:scale_moved",
     "no real change", "seen|number"),
    ("sw_uk", "supervision:my_scale_why",
     "4, still worried", "number|seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "a fight at the bus stop after school", "seen"),
    ("dsl", "reflection:going_well",
     "good relationships with staff", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "early help", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "3 - lots of low level stuff", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "DNA x3 for baby's appointments", "seen|spell"),
    ("housing", "contribution:working_well",
     "tenancy is being maintained", "seen"),
    ("police", "contribution:needs_to_happen",
     "a multi-agency response", "who_when"),
    ("hv", "contribution:child_said",
     "he disclosed that dad hurts him", "words"),
    ("police", "contribution:partner_scale_why",
     "2 - high risk DASH", "number|seen|spell"),
)

SET_AR_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("dictation", "mapping:worst_harm",
     "last friday at the flat dad punched mum in the stomach while she was holding the baby"),
    ("police", "mapping:recent_harm",
     "sat 2am, neighbours rang 999: dad had kicked the bedroom door in and the kids were "
     "hiding in the wardrobe"),
    ("non_native", "mapping:harm_pattern",
     "it is going on since she was a baby, now almost every weekend when he drink"),
    ("hv", "mapping:harm_impact",
     "she has stopped eating at nursery and screams when a man raises his voice"),
    ("sw_uk", "mapping:danger_behaviour",
     "dad punches walls and doors when he's angry, and twice has grabbed mum by the throat"),
    ("sw_uk", "mapping:danger_impact",
     "the kids could be hit by whatever he throws, or hurt getting between them"),
    ("sw_uk", "mapping:existing_safety",
     "when dad came home drunk last month, mum took the kids to her sister's and rang me the "
     "next day"),
    ("hurry", "mapping:goal_doing",
     "dad will go to his brother's when he feels himself getting angry, for the next 6 months"),
    ("sw_uk", "mapping:goal_how_long",
     "for at least six months after dad moves back in"),
    ("housing", "mapping:complicating",
     "they're 4 months behind on rent and the council has served notice to leave by june"),
    ("sw_uk", "mapping:trusted_adults",
     "nan (lives next door), aunty sal and their neighbour jo, who all know about the worries"),
    ("sw_uk", "mapping:next_steps",
     "i'll ring the school on monday and visit mum with the family worker on wednesday"),
    ("child", "mapping:house_worries",
     "'daddy shouts at mummy and throws the remote'"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 because he hit her again in july, but he has moved to his mum's and she has changed "
     "the locks"),
    ("hurry", "mapping:strengths",
     "mum walks them to school every morning & sits with them while they do homework"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum hits the boys with a slipper when they won't go to bed"),
    ("gp", "harm_matrix:harm_impact",
     "she has panic attacks before contact and was sick at school twice last week"),
    ("teacher", "harm_matrix:harm_worst",
     "in the car park at pick-up dad pushed mum against the car and Leo started crying"),
    ("non_native", "harm_matrix:harm_frequency",
     "two or three times in a month, since he was baby"),
    ("sw_uk", "harm_matrix:harm_history",
     "police were first called in 2019 when he broke her arm; four more call-outs since"),
    ("police", "harm_matrix:harm_complicating",
     "dad was convicted of assaulting his ex in 2018 and is on bail not to contact her"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'i lost it, i shouldn't have hit her in front of them'"),
    ("hv", "harm_matrix:child_vulnerability",
     "she is 8 months old, can't crawl yet and can't get away from anything"),
    ("sw_uk", "harm_matrix:danger_impact",
     "he could be hit with the belt again and end up with broken bones"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "6 because there's been no hitting since march and dad goes out when he's angry"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mummy cries a lot and doesn't get out of bed'"),
    ("child", "three_houses:house_good",
     "'nan makes me pancakes and takes me to the park'"),
    ("child", "three_houses:house_dreams",
     "'mum and dad to stop arguing about me'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she kept her coat on the whole time and looked away when i said dad's name"),
    ("sw_uk", "three_houses:took_part_other",
     "he told me his worries while we played lego, and i wrote them down"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "there's rotting food on the kitchen sides and the kids sleep on a mattress on the floor"),
    ("hv", "wellbeing:worry_impact",
     "she is 2 and not saying any words yet, and could fall further behind"),
    ("eh", "wellbeing:family_view",
     "mum and dad said the kids don't hear the arguments because they're upstairs"),
    ("eh", "wellbeing:goal_doing",
     "dad will get up with the kids, give them breakfast and take them to school every day"),
    ("eh", "wellbeing:goal_child",
     "she will eat breakfast at home and tell nan if something at home scares her"),
    ("eh", "wellbeing:goal_how_long",
     "for the next 6 months, checked at the review in may"),
    ("hv", "wellbeing:unmet_needs",
     "the baby has nappy rash that bleeds and hasn't had any check-ups since birth"),
    ("teacher", "wellbeing:strengths",
     "dad reads with him every night and comes to every parents' evening"),
    ("eh", "wellbeing:coped",
     "when the money ran out in october, mum asked the food bank and her sister for help"),
    ("eh", "wellbeing:next_steps",
     "i'll book a meeting with school and the health visitor for 12 june and invite both "
     "parents"),
    ("non_native", "wellbeing:wellbeing_scale_why",
     "5 because they had food every time i visit this month, but house is still cold"),
    # ---- success ----
    ("pa", "success:others_worried",
     "his personal adviser is worried men from the estate give him phones and send him to "
     "other towns"),
    ("pa", "success:success_goal",
     "he will save £20 a week and pay his rent on time for six months"),
    ("pa", "success:goal_first_step",
     "i'll go with him to open a bank account on friday"),
    ("pa", "success:their_people",
     "'my foster mum sue, my cousin dan and my old football coach'"),
    ("pa", "success:success_scale_why",
     "7 because he goes to college every day since september and cooks for himself"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "older men at the park have been giving her vodka and driving her to a house in the next "
     "town"),
    ("police", "contextual:harm_signs",
     "reported missing 5 times since april, found twice in another city with cash and two "
     "phones"),
    ("yw", "contextual:yp_worries",
     "she gets into cars with men she's met online and won't say where she's been"),
    ("yw", "contextual:peer_worries",
     "two 19 year olds pay him to carry packages to the station after school"),
    ("yw", "contextual:online_worries",
     "a man she met on snapchat asked her for photos of her body and said he'd send them to "
     "her school"),
    ("teacher", "contextual:school_worries",
     "he has walked out of lessons 6 times this week and punched a boy in the corridor on "
     "monday"),
    ("yw", "contextual:area_worries",
     "there have been two stabbings by the shops this year and older lads sell drugs on the "
     "stairwell"),
    ("sw_uk", "contextual:goal_family",
     "mum will ring the police if she's not home by 10, and ask her each night where she's been"),
    ("sw_uk", "contextual:danger_impact",
     "he could be stabbed or made to carry drugs to other towns"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "there was no food in the house at three of my last four visits and the baby's cot is "
     "soaked"),
    ("sw_uk", "supervision:child_words",
     "'i don't feel safe when dad comes home late'"),
    ("sw_uk", "supervision:working_well",
     "mum has let me see all the rooms on every visit since march and has cleared the kitchen"),
    ("sw_uk", "supervision:what_worked",
     "seeing dad on his own at the cafe, so he could talk without mum there"),
    ("sw_uk", "supervision:scale_moved",
     "from 3 to 5, because dad moved out in may and hasn't been back"),
    ("sw_uk", "supervision:my_scale_why",
     "4, not 3, because nan now picks them up every day, but mum still drinks in the evenings"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "at the bus stop after school two year 11 boys pushed him over and took his phone; he came "
     "back in crying"),
    ("dsl", "reflection:going_well",
     "he talks to his form tutor every morning and eats at breakfast club every day"),
    ("teacher", "reflection:needs_to_happen",
     "i will ring the front door team this afternoon and tell mum when she picks him up"),
    ("teacher", "reflection:worry_scale_why",
     "3 because he's come in hungry 4 days out of 5 this week and has no coat"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has missed the baby's last three weight checks and the baby has lost 300g"),
    ("housing", "contribution:working_well",
     "they've paid the rent on time since january and the flat was clean at my last visit"),
    ("police", "contribution:needs_to_happen",
     "i'll send the incident log to the social worker by friday and ask for a joint visit"),
    ("hv", "contribution:child_said",
     "'daddy hurt my arm when he pulled me'"),
    ("police", "contribution:partner_scale_why",
     "2 because he has strangled her twice this year and has broken his bail conditions"),
)

# Asked, not as it fits: "until things settle down" at how long is asked what would need to
# change and who would see it (the rule for "until things settle", a question of the goal's
# end, not a period); "she is making risky choices" is asked what adults are doing to her
# (blame's own question, as set AQ's "putting himself at risk"); "his professional network",
# at who their people are, is asked who by role will do what (as set AQ's "professionals in
# his life").
LEFT_ASKED_OTHERWISE = {
    "until things settle down": 'You wrote "until things settle down". What would you need',
    "she is making risky choices": 'You wrote "making risky choices". What are adults doing',
    "his professional network": '"his professional network" names everyone at once',
}
# Left unasked: a child's "'mummy has anxiety and depression'" may be the words the child
# was told and uses (a diagnosis, unlike "has mental health", is something children repeat);
# "early help" alone at what needs to happen (a service named as a step, which the step rules
# read by their verbs and services' words, none of them "help"); "3 - lots of low level
# stuff" at the question for why, the number typed again before a reason that alone is asked.
LEFT_UNASKED: frozenset[str] = frozenset({
    "'mummy has anxiety and depression'", "early help", "3 - lots of low level stuff"})
# A sound line asked as the project means: a young person who "gets into cars with men she's
# met online" is said to go with men, as if by her own doing; the appropriate-language rule
# asks who they are and what they do with her.
LEFT_FLAGGED: frozenset[str] = frozenset(
    {"she gets into cars with men she's met online and won't say where she's been"})


def _asked_who_they_are(case: object, reply: str) -> bool:
    return "Who are these people, what do they do with the young person" in reply


# Each rule of this pass, in lines of its shape other than the set's: asked with the question
# that fits, and the plain line beside it let through.
@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), [
    ("harm_matrix", "harm_history", "since very long", "seen|period"),
    ("mapping", "harm_pattern", "it's going on from so long", "seen|period"),
    ("harm_matrix", "harm_frequency", "many times, since forever", "seen|period"),
    ("mapping", "harm_pattern", "from always it happens", "seen|period"),
    ("mapping", "worst_harm", "a fight near the taxi rank on saturday", "seen"),
    ("reflection", "what_happened", "an argument outside the corner shop after school",
     "seen"),
    ("mapping", "danger_impact", "dad kicked him in the back in june", "impact|danger"),
    ("supervision", "danger_impact", "she was left alone overnight last week",
     "impact|danger"),
    ("contextual", "danger_impact", "he was stabbed in the leg in may", "impact|danger"),
    ("wellbeing", "worry_impact", "she missed 20 days of school last term", "impact|danger"),
    ("wellbeing", "strengths", "dad loves the girls v much", "seen"),
    ("success", "success_scale_why", "7, a little bit progress", "number|seen"),
    ("mapping", "house_good", "'my foster carer is a good role model'", "words"),
    ("wellbeing", "worry_what", "erratic behaviours", "seen"),
    ("mapping", "danger_behaviour", "his moody behaviour", "seen"),
    ("wellbeing", "worry_what", "low school attendance", "seen"),
    ("mapping", "complicating", "her boyfriend has an abusive past", "seen"),
])
def test_a_line_of_this_pass_s_shapes_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ar(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "harm_pattern", "since he was a baby, about once a month, last time at easter"),
    ("harm_matrix", "harm_frequency", "many times since march, the last one on friday"),
    ("reflection", "what_happened",
     "at the bus stop after school two boys from year 11 punched him and took his phone"),
    ("mapping", "worst_harm", "at the flat dad slapped mum while the baby was in her arms"),
    ("harm_matrix", "harm_worst", "in the flat dad threw a plate at mum and it cut T's arm"),
    ("mapping", "danger_impact", "he could be kicked again, like he was in june"),
    ("supervision", "danger_impact", "she may be left alone overnight again and get hurt"),
    ("wellbeing", "worry_impact", "she will miss more school and lose her friends"),
    ("wellbeing", "strengths", "dad loves the girls v much and plaits their hair every morning"),
    ("contextual", "school_worries",
     "his erratic behaviour: he threw a chair at a teacher on monday"),
    ("mapping", "complicating",
     "her boyfriend has a criminal background: he was jailed in 2019 for hitting his ex"),
])
def test_the_plain_line_beside_it_is_let_through(flow_id: str, step_id: str,
                                                 line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line


def test_a_mood_word_before_a_person_is_still_asked_where_no_flat_is_a_place() -> None:
    reply = asked_ak("mapping", "danger_behaviour", "a flat mum who never looks at the baby")
    assert reply is not None
    assert reply.startswith('You wrote "a flat mum"'), reply


# Set AQ's held-out misses, each now asked with a question that fits but one ("the
# professionals in her life", at who their people are, still asked who by role will do what),
# and its sound line read "flat" as a mood ("at the flat dad slapped mum") let through.
@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), [
    row for row in AQ_HELD_OUT_FLAWED
    if row[2] in AQ_HELD_OUT_MISSED and row[2] != "the professionals in her life"])
def test_set_aq_held_out_misses_are_now_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ar(want, reply), (line, reply)


@pytest.mark.parametrize("line", sorted(AQ_HELD_OUT_SOUND_ASKED))
def test_set_aq_held_out_sound_line_is_now_let_through(line: str) -> None:
    assert asked_ak("mapping", "recent_harm", line) is None, line


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "harm_pattern", "it happens from very long time", "seen|period"),
    ("harm_matrix", "harm_history", "since so long", "seen|period"),
    ("harm_matrix", "harm_frequency", "many times, from always", "seen|period"),
    ("mapping", "recent_harm", "a row outside the takeaway on friday night", "seen"),
    ("reflection", "what_happened", "an altercation near the school gates at home time", "seen"),
    ("contribution", "worries", "a fight in the kebab shop car park", "seen"),
    ("mapping", "danger_impact", "mum slapped her across the face", "impact|danger"),
    ("contextual", "danger_impact", "he got beaten up by older boys in march", "impact|danger"),
    ("supervision", "danger_impact", "the baby was found alone in the flat", "impact|danger"),
    ("wellbeing", "worry_impact", "he stopped going to football club", "impact|danger"),
    ("mapping", "worst_harm", "the kids could get hurt", "seen"),
    ("mapping", "danger_behaviour", "dad's erratic moods", "seen"),
    ("harm_matrix", "danger_behaviour", "mum's aggressive behaviours towards the children",
     "seen"),
    ("contextual", "yp_worries", "sexualised behaviour", "seen"),
    ("harm_matrix", "harm_complicating", "his violent history", "seen"),
    ("mapping", "complicating", "mum's new partner has a criminal past", "seen"),
    ("wellbeing", "strengths", "nan loves them v much", "seen"),
    ("success", "success_scale_why", "6 - a bit progress", "number|seen"),
    ("three_houses", "house_good", "'my teacher is a good role model for me'", "words"),
    ("wellbeing", "house_worries", "'mummy has depression'", "words"),
    ("contribution", "worries", "poor school attendance and lateness", "seen"),
    ("success", "their_people", "her professional network", "seen"),
    ("mapping", "harm_impact", "it has impacted his emotional wellbeing", "seen|impact"),
    ("contextual", "peer_worries", "he is mixing with the wrong crowd", "seen"),
    ("wellbeing", "family_view", "mum is in denial", "words|seen"),
    ("supervision", "worries", "ongoing concerns around home conditions", "seen"),
    ("mapping", "goal_doing", "dad won't drink", "goal"),
    ("reflection", "needs_to_happen", "CAMHS referral", "who_when|spell"),
    ("harm_matrix", "harm_scale_why", "5 - still lots of concerns", "number|seen"),
    ("mapping", "existing_safety", "mum is very protective of the kids", "seen"),
]
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "harm_pattern", "since she was 3, most weekends, last time on 2 march"),
    ("reflection", "what_happened",
     "outside the takeaway on friday dad pushed mum to the ground and the boys saw it"),
    ("mapping", "danger_impact", "she could be slapped again and lose her hearing in that ear"),
    ("contextual", "danger_impact",
     "he could be beaten up again or made to sell drugs to pay them back"),
    ("supervision", "danger_impact", "the baby might be left alone again and choke or fall"),
    ("wellbeing", "worry_impact", "he might stop going to football and lose his only friends"),
    ("mapping", "worst_harm",
     "at the flat last june dad held a knife to mum's throat while T watched"),
    ("harm_matrix", "harm_complicating",
     "he was jailed in 2017 for stabbing a man and is on licence till may"),
    ("wellbeing", "strengths",
     "nan loves them v much and has them every saturday so mum can work"),
    ("contribution", "worries", "he has missed 14 days since september, mostly mondays"),
    ("three_houses", "house_good", "'my teacher lets me help in the library'"),
    ("success", "their_people", "'my key worker dee, my brother and my mate sam'"),
    ("harm_matrix", "danger_behaviour",
     "mum screams at the children and drags them upstairs by their arms"),
    ("mapping", "recent_harm",
     "in the kitchen on sunday dad threw a pan at mum; the baby was in the highchair"),
    ("harm_matrix", "harm_frequency", "from january to now, about twice a week"),
]
# Held-out lines the fixes did not reach, left as they were (not tuned to after the run):
# "he stopped going to football club" at what could happen ("going to" read as what is to
# come); "the kids could get hurt" at the worst harm (what could happen given where what has
# happened is asked: no rule of this pass reads that way round); "6 - a bit progress" (the
# rule reads "little bit", not "a bit", with "of" left out); a child's "'mummy has
# depression'" (left, as set AR's "anxiety and depression").
HELD_OUT_MISSED: frozenset[str] = frozenset({
    "he stopped going to football club", "the kids could get hurt", "6 - a bit progress",
    "'mummy has depression'"})
# Asked, not as it fits: "her professional network" at who their people are, asked who by
# role will do what (as set AR's "his professional network").
HELD_OUT_ASKED_OTHERWISE: frozenset[str] = frozenset({"her professional network"})


def test_the_held_out_sets_are_as_written() -> None:
    assert (len(HELD_OUT_FLAWED), len(HELD_OUT_SOUND)) == (30, 15)
    assert {line for _, _, line, _ in HELD_OUT_FLAWED} >= HELD_OUT_MISSED \
        | HELD_OUT_ASKED_OTHERWISE


globals().update(review_tests(rows_set(
    "AR", SET_AR_FLAWED, SET_AR_SOUND, asked=asked_ak, fits=_fits_ar, sizes=(70, 70),
    paired=True, left_asked_otherwise=LEFT_ASKED_OTHERWISE, left_unasked=LEFT_UNASKED,
    hold_left_unasked=True, left_flagged=LEFT_FLAGGED, flagged_as=_asked_who_they_are,
    held_flawed=[c for c in HELD_OUT_FLAWED
                 if c[2] not in HELD_OUT_MISSED | HELD_OUT_ASKED_OTHERWISE],
    held_sound=HELD_OUT_SOUND)))
