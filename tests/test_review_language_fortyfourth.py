"""Set AC: the twenty-second blind wording review (pass 44).

Written before reading any rule in flows/checks (the README's section on the checks, the
modules' docstrings, the flows' questions and set AB's file only were read), in the voices of
social workers (English, Australian and North American), teachers, health visitors, police
officers, a youth worker, and children's words as a worker records them at the three houses:
70 flawed lines and 70 sound ones, each pair at one question, across all nine tools. Dictated
text with no punctuation, typos ("behavour"), text-speak ("v volatile n aggressive", "cos"),
one-word answers ("ongoing", "professionals") and long ones. Each row: (voice,
"tool:question", line), a flawed one also what a practice lead would expect asked back (set
T's `_fits_t` kinds). Committed (3dbca4a) before anything was run on it.

Blind, on the code as it was (701aef8): flawed asked 65/70, 64 with a question that fits;
sound flagged 0/70. Let through: "extended family and school" as the safety network, "hes a
lovely lad really" at what is going well, "his education will suffer" at what could happen,
"she is worried about mum and dad arguing" at the house of worries and "disclosed that mums
partner hurt her" as what the child said. Asked with a question the reader did not know: the
contextual goal's own reminder ("says what the young person will do, and this question is
about what professionals and the community will be doing ..."), a goal's question and one
about who harms; `_fits_ac` reads it so (no rule changed for it).

Fitted: flawed asked 70/70, all with a question that fits; sound flagged 0/70. The rules, each
for its kind, not its line: what could happen said only as the child or a part of their life
suffering or being affected (`plain_language._SUFFERS_ONLY`, in `_HARM_ONLY`); a child praised
by "he" or "she" with a kind word, "hes"/"shes" typed without the apostrophe, "really" or more
kind words after it (`plain_language._GOING_WELL_ALONE`, `_HE_IS`); a safety network named as
a place whose people are meant (`nudges._GROUP`); the writer's "she is worried about ..." and
a report's verb with no one named ("disclosed that ...") where the child's words are kept
(`nudges._WANTS`, `_NOTED`).

Held-out variants (written after the fixes): flawed asked with a question that fits 4/21 on
the code before -> 18/21; sound let through 11/11 -> 11/11. The three let through were
widened to (a manner word before "affected", things of the child's life joined by "and", the
children praised together: 21/21), and six more written after that: 5/6 flawed asked with a
question that fits, 2/2 sound let through ("her sleep, eating and schooling will all be
affected" is left, `WIDENED_AGAIN`).

A probe after those fixes (56 short flawed lines of the brief's kinds, not kept as a set) let
24 through. Two kinds were fitted: an adult's effort said as what they always do ("mum tries
her best") and a change said only as how they are now ("mum is more open", "dad is calmer"),
`praise._SAID_OF_SHAPES` (`EFFORT_OR_CHANGE`: 1/6 -> 6/6, sound 2/2); and a need named only
as a quality of care every child needs ("stability", "routine and boundaries", "a stable
home"), asked what it would look like day to day and who would give it
(`plain_language._QUALITIES_ONLY`, `QUALITY_AS_THE_NEED`: 1/6 -> 5/6, sound 2/2). Left, each
a wider change than this pass: how long said only as "for a while" or "years"; contextual
worries as labels of places and peers ("hotspot areas in town", "negative peer influences",
"unsafe use of social media"); "police will disrupt" as the contextual goal; "all
professionals" as who will help; "strengths based conversation" as what worked; "his age" as
what makes the child vulnerable; "she seemed fine" as what the worker noticed. Not flawed as a
lead reads them, and let through: "he came in with a bruise", "mum smells of alcohol
sometimes", "finances" (one of the things the question itself names), "not sure whats going
on" (the grey areas' answer), and "my room", "to be happy" as a child's own words.
"""
from __future__ import annotations

import pytest
from review_sets import review_tests, rows_set
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtyninth import _fits_t

# The contextual tool's own reminder at its goal ("... says what the young person will do, and
# this question is about what professionals and the community will be doing about the places
# and the people that harm them"): a goal's question, and one about who causes the harm.
CONTEXTS_GOAL = "says what the young person will do, and this question is about"


# What the child needs said only as a quality of care ("stability"), asked what it would look
# like day to day and who would give it: what was seen, and who will do it.
QUALITY_AS_NEED = "which says what every child needs"


def _fits_ac(want: str, reply: str) -> bool:
    """Set T's `_fits_t`, reading the contextual goal's reminder as a goal's and a harmer's,
    and the one for a need named as a quality of care as asking what was seen and who."""
    if CONTEXTS_GOAL in reply:
        return any(each in ("goal", "harmer") for each in want.split("|"))
    if QUALITY_AS_NEED in reply:
        return any(each in ("seen", "who_when") for each in want.split("|"))
    return _fits_t(want, reply)

SET_AC_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_au", "mapping:worst_harm",
     "mum has hx of DFV with her ex and the kids have been exposed to it", "seen|spell"),
    ("police", "mapping:recent_harm",
     "Attended re domestic incident. Verbal only, no offences disclosed.", "seen"),
    ("sw_na", "mapping:harm_pattern",
     "ongoing pattern of neglectful parenting and its getting worse", "seen"),
    ("teacher", "mapping:harm_impact",
     "hes very unsettled and his behavour has deteriorated", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "mums poor mental health and substance misuse", "seen|danger"),
    ("hv", "mapping:danger_impact",
     "babys development could be impacted", "impact|danger"),
    ("sw_na", "mapping:danger_statement",
     "CPS is concerned for the children's safety due to the parents' ongoing domestic issues.",
     "danger|spell"),
    ("sw_uk", "mapping:family_view",
     "parents are in denial and lack insight", "seen|words"),
    ("sw_uk", "mapping:goal_doing",
     "mum will engage with the DA programme and work openly with professionals",
     "goal|spell|harmer"),
    ("sw_au", "mapping:goal_child",
     "the kids will feel safe and secure at home", "goal|seen"),
    ("sw_uk", "mapping:goal_how_long",
     "ongoing", "period"),
    ("sw_na", "mapping:safety_goal",
     "No further incidents of DV for 6 months.", "goal|spell"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 due to the level of risk", "number|seen"),
    ("hv", "mapping:complicating",
     "family have a lot going on at the moment with multiple complex needs and mum is "
     "struggling to cope", "seen"),
    ("teacher", "mapping:strengths",
     "mum is a lovely lady and clearly loves her kids", "seen"),
    ("sw_uk", "mapping:existing_safety",
     "mum is protective and has good insight now", "safety|seen"),
    ("sw_uk", "mapping:trusted_adults",
     "extended family and school", "who_when|seen"),
    ("sw_au", "mapping:plan_working",
     "things will improve and there will be less concerns", "who_when|seen"),
    ("sw_uk", "mapping:next_steps",
     "referral to be made to CAMHS", "who_when|spell"),
    ("sw_na", "mapping:first_sign",
     "improved engagement from both parents", "seen|goal"),
    ("police", "mapping:safety_scale_why",
     "5 - medium risk", "number|seen"),
    ("child", "mapping:house_worries",
     "child disclosed worries about dads behaviour", "words"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "dad is v volatile n aggressive towards mum", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "emotional harm from witnessing DA", "seen|spell|impact"),
    ("police", "harm_matrix:harm_worst",
     "the incident on the 12th where things got physical between them", "seen"),
    ("sw_na", "harm_matrix:harm_frequency",
     "it happens frequently and is escalating", "seen"),
    ("sw_uk", "harm_matrix:harm_history",
     "long standing concerns, known to services since 2015", "seen"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "chaotic lifestyle", "seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad is minimising and deflecting blame onto mum", "seen|words"),
    ("hv", "harm_matrix:child_vulnerability",
     "she has additional needs and is very vulnerable", "seen"),
    ("sw_au", "harm_matrix:harm_scale_why",
     "2 high risk", "number|seen"),
    ("sw_uk", "harm_matrix:danger_impact",
     "significant harm", "impact|danger"),
    # ---- contextual ----
    ("youth", "contextual:harm_outside",
     "he is involved in county lines and associating with older peers", "harmer|seen"),
    ("teacher", "contextual:harm_signs",
     "she's been acting out and seems withdrawn lately", "seen"),
    ("police", "contextual:peer_worries",
     "hes mixing with a bad crowd", "seen|harmer"),
    ("police", "contextual:area_worries",
     "area known for ASB and gang activity", "seen|spell"),
    ("teacher", "contextual:online_worries",
     "inappropriate contact online", "seen"),
    ("sw_uk", "contextual:home_safety",
     "mum is supportive and wants the best for him", "safety|seen"),
    ("sw_uk", "contextual:goal_doing",
     "YP will make better choices and stay away from risky situations", "goal|harmer|spell"),
    ("sw_uk", "contextual:trusted_adults",
     "professionals", "who_when|seen"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "concerns around home conditions and hygiene", "seen"),
    ("teacher", "contribution:working_well",
     "attendance has improved and he is doing well", "seen"),
    ("police", "contribution:needs_to_happen",
     "multi agency meeting needed", "who_when"),
    ("teacher", "contribution:partner_scale_why",
     "6 cos things seem a bit better", "number|seen"),
    ("teacher", "contribution:child_said",
     "disclosed that mums partner hurt her", "words"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "I have safeguarding concerns re this child", "seen"),
    ("teacher", "reflection:going_well",
     "hes a lovely lad really", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "someone needs to look into it asap", "who_when"),
    ("hv", "reflection:worry_scale_why",
     "4 as i have concerns", "number|seen"),
    # ---- supervision ----
    ("sw_na", "supervision:worries",
     "family is chaotic and non compliant with the safety plan mom is not engaging and the "
     "kids continue to be at risk we have tried everything", "seen"),
    ("sw_uk", "supervision:working_well",
     "good working relationship with mum", "seen"),
    ("sw_uk", "supervision:needs",
     "more support for the family", "who_when"),
    ("sw_au", "supervision:goal_doing",
     "dad will attend MBCP and comply with the DVO", "goal|spell"),
    ("sw_uk", "supervision:my_scale_why",
     "7 gut feeling", "number|seen"),
    ("sw_uk", "supervision:what_worked",
     "building rapport", "seen"),
    ("child", "supervision:child_words",
     "child is happy at home and wants to stay", "words"),
    # ---- wellbeing ----
    ("hv", "wellbeing:worry_what",
     "poor home conditions", "seen"),
    ("teacher", "wellbeing:worry_impact",
     "his education will suffer", "impact|seen"),
    ("sw_uk", "wellbeing:unmet_needs",
     "CAMHS and a parenting course for mum", "seen|who_when"),
    ("sw_uk", "wellbeing:strengths",
     "family are engaging well with early help", "seen"),
    ("sw_uk", "wellbeing:next_steps",
     "TAF to be arranged", "who_when|spell"),
    ("sw_uk", "wellbeing:wellbeing_scale_why",
     "5 some improvement", "number|seen"),
    # ---- success ----
    ("sw_uk", "success:what_helps",
     "she has a good support network", "seen"),
    ("sw_uk", "success:goal_first_step",
     "pathway plan to be updated", "who_when"),
    ("sw_uk", "success:success_goal",
     "YP will be independent", "goal|spell"),
    ("sw_uk", "success:success_scale_why",
     "8 doing really well", "number|seen"),
    # ---- three houses (the child's words, as a worker records them) ----
    ("child", "three_houses:house_worries",
     "she is worried about mum and dad arguing", "words"),
    ("child", "three_houses:house_good",
     "child said she likes school", "words"),
    ("child", "three_houses:house_dreams",
     "wants things to be better at home", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "child presented as anxious and hypervigilant", "seen"),
)

SET_AC_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_au", "mapping:worst_harm",
     "In March Mum's ex-partner choked her against the fridge while the kids were eating tea; "
     "J (7) ran to the neighbour's and she rang the police."),
    ("police", "mapping:recent_harm",
     "on sunday night at about 11 dad threw a glass at mum it smashed on the wall next to the "
     "babys cot and mum had a cut on her hand"),
    ("sw_na", "mapping:harm_pattern",
     "Mom has left the kids (4 and 6) home alone overnight three times since October; the last "
     "time was Dec 2 and the 6 year old called 911 because the power went out."),
    ("teacher", "mapping:harm_impact",
     "since half term he has wet himself in class four times and hides under the table when a "
     "door bangs. he told me 'I'm scared when daddy shouts'"),
    ("sw_uk", "mapping:danger_behaviour",
     "When mum has been using heroin she falls asleep and the baby is left in the same nappy "
     "all day with no feeds"),
    ("hv", "mapping:danger_impact",
     "baby could stop gaining weight again, go hungry for hours, and end up back in hospital "
     "like in june"),
    ("sw_na", "mapping:danger_statement",
     "The caseworker and the school counselor are worried that when Dad gets angry he will hit "
     "the kids with his belt again, like he did to T in September, and they could be badly "
     "bruised or hurt and be scared to go home."),
    ("sw_uk", "mapping:family_view",
     "mum says 'it was a one off, he's never touched the kids' and doesn't agree he should "
     "stay at his brother's"),
    ("sw_uk", "mapping:goal_doing",
     "Dad will leave the house and go to his brother's whenever he feels himself getting "
     "angry, and will speak calmly to mum in front of the children"),
    ("sw_au", "mapping:goal_child",
     "The kids will get to sleep without hearing yelling and Mum will pick them up from school "
     "every arvo"),
    ("sw_uk", "mapping:goal_how_long",
     "six months, through the summer holidays and into the new school year"),
    ("sw_na", "mapping:safety_goal",
     "Mom will have a sober adult with the kids every evening after 6, checked by the "
     "caseworker's unannounced visits and the kids telling their teacher, for six months."),
    ("sw_uk", "mapping:danger_scale_why",
     "3 not 2 because dad has moved out to his sisters and mum rang police herself last time. "
     "a 4 would be a month with no contact from him at the house"),
    ("hv", "mapping:complicating",
     "Mum is on her own with three under 5s, no car and the nearest bus stop is a mile away, "
     "so she misses the clinic"),
    ("teacher", "mapping:strengths",
     "mum walks both girls to the school gate every morning and always stops to tell me how "
     "they slept"),
    ("sw_uk", "mapping:existing_safety",
     "Last Saturday when dad came home drunk mum took the kids to nans and stayed the night, "
     "she did the same on the 3rd of Nov"),
    ("sw_uk", "mapping:trusted_adults",
     "Nan: has the kids every Friday night and will ring mum's sister if dad turns up; Aunty "
     "K: will pick them up from school on Mondays and Wednesdays"),
    ("sw_au", "mapping:plan_working",
     "the school will ring me the same day if the girls come in hungry or in the same clothes, "
     "and nan will tell me if dad stays over"),
    ("sw_uk", "mapping:next_steps",
     "I will ask the GP by Friday 12 December to refer him to the children's mental health "
     "team and ring mum that afternoon to tell her"),
    ("sw_na", "mapping:first_sign",
     "mom answering the door when I visit and letting me see the kids' bedroom"),
    ("police", "mapping:safety_scale_why",
     "5 because there has been no call out since august and he has stuck to his bail "
     "conditions, a 6 would be him finishing the course and mum saying she feels safe"),
    ("child", "mapping:house_worries",
     "'When daddy drinks the beer he goes loud and I hide in my cupboard'"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "dad punches walls and doors and screams at mum inches from her face, twice in the last "
     "month with the kids in the room"),
    ("sw_uk", "harm_matrix:harm_impact",
     "Since the police came in May, K (9) hasn't slept in her own bed, bites her nails till "
     "they bleed and told me 'I keep my shoes on in case we have to run'"),
    ("police", "harm_matrix:harm_worst",
     "on 12 october he dragged her down the stairs by her hair while the 3 year old was sat "
     "on the bottom step screaming"),
    ("sw_na", "harm_matrix:harm_frequency",
     "every weekend he drinks, most recently last Saturday the 29th, and its got worse since "
     "he lost his job in the fall"),
    ("sw_uk", "harm_matrix:harm_history",
     "The school first rang us in Year 2 when she came in with no coat in the snow; that's "
     "four years of her coming in hungry most Mondays"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dad's drinking, they're in temporary accommodation 20 miles from family and mum has no "
     "money for the bus till friday"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'I only smack them when they're cheeky, my dad did the same and I turned out "
     "fine'"),
    ("hv", "harm_matrix:child_vulnerability",
     "she is 8 weeks old, cant roll over or cry loud enough to be heard from downstairs, and "
     "only sees me and the GP"),
    ("sw_au", "harm_matrix:harm_scale_why",
     "2 - she was burnt again on the 4th and mum still lets him look after her alone while "
     "she works nights"),
    ("sw_uk", "harm_matrix:danger_impact",
     "J could be knocked out or have his arm broken again if he gets between mum and dad"),
    # ---- contextual ----
    ("youth", "contextual:harm_outside",
     "two men in their 20s have been giving him cannabis and paying him £50 to carry packages "
     "to a flat in the next town; on 2 Nov they stabbed his friend"),
    ("teacher", "contextual:harm_signs",
     "she's had three new phones since September, comes in at 11 smelling of weed and told her "
     "friend 'I owe them and they know where my mum lives'"),
    ("police", "contextual:peer_worries",
     "a group of older lads, 18 to 20, pick him up in a grey car outside the chippy most "
     "nights after 9"),
    ("police", "contextual:area_worries",
     "the underpass by the retail park after dark, men wait there and hand out vapes to the "
     "kids from the estate"),
    ("teacher", "contextual:online_worries",
     "a man she met on snapchat has been sending her money for pictures and told her he'll "
     "send them to her mum if she stops"),
    ("sw_uk", "contextual:home_safety",
     "when he didn't come home on 14 Nov mum drove round the estate till 2am, found him at "
     "the park and rang the police with the car reg of the men"),
    ("sw_uk", "contextual:goal_doing",
     "The police and the council's youth team will patrol the underpass every evening from 6 "
     "to 10 and the shop manager will stop selling vapes to under 18s, from now until the "
     "summer"),
    ("sw_uk", "contextual:trusted_adults",
     "Uncle D: will take him to boxing Tuesdays and Thursdays and pick him up after; his "
     "football coach: will text mum if he doesn't turn up on Saturday"),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "when I visited on the 3rd there was dog mess on the floor of the baby's room, no clean "
     "bottles and the baby had a red raw nappy rash"),
    ("teacher", "contribution:working_well",
     "he has been in every day for six weeks and his auntie picks him up at 3:15 and helps "
     "him with reading at the gate"),
    ("police", "contribution:needs_to_happen",
     "I will share the call-out log with the social worker by Monday 8 December and our "
     "neighbourhood officer will visit the family the same week"),
    ("teacher", "contribution:partner_scale_why",
     "6 because he's been coming in fed and clean since the new year and mum rings me if hes "
     "off. a 7 would be him telling me he feels ok at home"),
    ("teacher", "contribution:child_said",
     "'Mum's boyfriend pushed me off the bed and I banged my head on the radiator'"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "this morning F (Y3) had a round bruise on her cheek and said 'mummy's friend did it cos "
     "I spilt my juice'"),
    ("teacher", "reflection:going_well",
     "his grandad comes to every parents evening and takes him fishing on sundays, he talks "
     "about it all week"),
    ("teacher", "reflection:needs_to_happen",
     "I will tell our safeguarding lead before the end of today and she will ring the "
     "children's services front door"),
    ("hv", "reflection:worry_scale_why",
     "4 mum feeds the baby well and keeps every appointment but her partner shouted at me on "
     "the doorstep to get out and wouldn't let me see the baby on the 2nd"),
    # ---- supervision ----
    ("sw_na", "supervision:worries",
     "Mom has missed the last three visits and on Nov 20 the kids told the school there was no "
     "food in the house for two days"),
    ("sw_uk", "supervision:working_well",
     "mum rang me herself the night dad turned up and kept the door locked till the police "
     "came"),
    ("sw_uk", "supervision:needs",
     "I will meet mum and her sister on thursday 11th to write down who the kids go to if dad "
     "turns up drunk"),
    ("sw_au", "supervision:goal_doing",
     "Dad will go to the men's behaviour change group every Wednesday and will tell Mum and "
     "the caseworker when he feels himself getting angry, and walk out instead of yelling"),
    ("sw_uk", "supervision:my_scale_why",
     "7 because the girls have been at their dads every weekend without any fights since "
     "august and both of them say they want to keep going"),
    ("sw_uk", "supervision:what_worked",
     "asking mum what a good day looks like for her and writing it down with her in her words"),
    ("child", "supervision:child_words",
     "'I like it at dads cos he makes pancakes, but I don't like it when he shouts at his "
     "phone'"),
    # ---- wellbeing ----
    ("hv", "wellbeing:worry_what",
     "the baby's nappy is changed twice a day and she has had the same rash since october, mum "
     "says she can't afford more nappies"),
    ("teacher", "wellbeing:worry_impact",
     "he will keep falling behind in reading, and won't be ready for secondary school in "
     "september"),
    ("sw_uk", "wellbeing:unmet_needs",
     "someone to help him get up and out in the morning on the days mum works early"),
    ("sw_uk", "wellbeing:strengths",
     "dad cooks tea every night and sits with the boys while they do their homework"),
    ("sw_uk", "wellbeing:next_steps",
     "family support worker to ring the school nurse by wed 10 dec about the bed-wetting"),
    ("sw_uk", "wellbeing:wellbeing_scale_why",
     "5 because she's going to school most days now and has a friend to walk with, a 6 would "
     "be her sleeping through without nightmares"),
    # ---- success ----
    ("sw_uk", "success:what_helps",
     "her foster carer drives her to college every morning and her tutor meets her on fridays "
     "to go over her work"),
    ("sw_uk", "success:goal_first_step",
     "she will ring the college on monday 8 december with her personal adviser to ask about "
     "the open day"),
    ("sw_uk", "success:success_goal",
     "She will be paying her own rent and cooking her own meals in her flat by next summer"),
    ("sw_uk", "success:success_scale_why",
     "8 as hes got his own place, pays the bills on time and has kept his apprenticeship for "
     "a year"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "I don't like it when mummy and daddy shout at night it makes me sad"),
    ("child", "three_houses:house_good",
     "my nana makes pancakes on saturday and i get to feed the ducks"),
    ("child", "three_houses:house_dreams",
     "I want my own room and for mum to not be poorly anymore"),
    ("sw_uk", "three_houses:worker_noticed",
     "she drew the house of worries very small and coloured it all black, then asked me not to "
     "show it to dad"),
)

LEFT_UNASKED: frozenset[str] = frozenset()
LEFT_FLAGGED: frozenset[str] = frozenset()

# ---- held-out variants: written after the fixes, not used to design them ----

# What could happen said only as the child, or a part of their life, suffering or being
# affected ("his education will suffer"): asked what exactly could happen and how it would show.
SUFFERS_ONLY = [
    ("mapping", "danger_impact", "the baby's development will be affected", "impact|danger"),
    ("wellbeing", "worry_impact", "her learning could suffer", "impact|seen"),
    ("supervision", "danger_impact", "the kids will be emotionally affected", "impact|danger"),
    ("harm_matrix", "danger_impact", "it could impact on his mental health", "impact|danger"),
    ("contextual", "danger_impact", "his education and future will suffer", "impact|danger"),
    ("wellbeing", "worry_impact", "she will be affected long term", "impact|seen"),
]
SUFFERS_SAID = [
    ("mapping", "danger_impact", "his education will suffer because he'll miss school to look "
     "after his little sister when mum is drunk"),
    ("wellbeing", "worry_impact", "she could be affected like last winter, when she stopped "
     "eating and lost 3kg"),
    ("supervision", "danger_impact", "the kids could be hit by flying objects again when dad "
     "throws things"),
]

# A child praised by "he" or "she" and a kind word, typed as on a phone ("hes a lovely lad
# really"), with nothing they did: asked what was seen.
A_CHILD_PRAISED = [
    ("reflection", "going_well", "shes a sweet girl really", "seen"),
    ("contribution", "working_well", "hes a bright lad, very popular", "seen"),
    ("mapping", "strengths", "she's a really kind and caring young lady", "seen"),
    ("wellbeing", "strengths", "theyre lovely kids", "seen"),
    ("success", "what_helps", "she's very determined", "seen"),
    ("reflection", "going_well", "he's a cheeky chappy but polite", "seen"),
]
A_CHILD_PRAISED_FOR_SOMETHING = [
    ("reflection", "going_well", "she's a lovely girl and always comes to me first thing to "
     "show me her reading book"),
    ("contribution", "working_well", "hes polite to staff and has held the door for the little "
     "ones every morning this week"),
    ("mapping", "strengths", "he's a bright lad who got 9 out of 10 in his spellings on friday"),
]

# A safety network named only as a place whose people are meant ("extended family and
# school"): asked who, and what they will do.
A_PLACE_AS_THE_NETWORK = [
    ("mapping", "trusted_adults", "church", "who_when"),
    ("contextual", "trusted_adults", "youth club and college", "who_when"),
    ("mapping", "trusted_adults", "the nursery", "who_when"),
    ("contextual", "trusted_adults", "his family", "who_when"),
]
SOMEONE_AT_THE_PLACE = [
    ("mapping", "trusted_adults", "the school: the head will ring me if the kids are late twice "
     "in a week"),
    ("contextual", "trusted_adults", "her pastor at church: drives her home from youth group "
     "every Thursday"),
]

# The writer's report of the child's worry ("she is worried about ..."), or a report's verb
# with no one named ("disclosed that ..."), where the child's own words are kept: asked for
# the words they said.
THE_WRITERS_FRAME = [
    ("three_houses", "house_worries", "he is worried that dad will hurt mum", "words"),
    ("mapping", "house_worries", "she gets nervous about going to contact", "words"),
    ("contribution", "child_said", "stated that she doesnt want to go home", "words"),
    ("supervision", "child_words", "voiced that he misses his dad", "words"),
    ("wellbeing", "house_worries", "disclosed mum hits her with a slipper", "words"),
]
THE_CHILDS_OWN = [
    ("three_houses", "house_worries", "I get worried about mummy when she cries"),
    ("mapping", "house_worries", "she is worried about me because I get headaches"),
    ("contribution", "child_said", "'dad said I'm not allowed to tell'"),
]

# Three of the variants above were let through after the fixes ("the kids will be emotionally
# affected", "his education and future will suffer", "theyre lovely kids"); the rules were
# widened to them (a manner word before "affected", things of the child's life joined by "and",
# the children praised together), and these written after that, not used to widen them.
# Left: "her sleep, eating and schooling will all be affected" is let through ("eating" is no
# word of the child's life the rule reads, and "all" stands between "will" and "be").
WIDENED_AGAIN = [
    ("wellbeing", "worry_impact", "J's confidence and friendships could suffer", "impact|seen"),
    ("supervision", "danger_impact", "the children will be psychologically damaged",
     "impact|danger"),
    ("harm_matrix", "danger_impact", "baby will be physically harmed", "impact|danger"),
    ("contribution", "working_well", "they're polite, lovely boys", "seen"),
    ("mapping", "strengths", "lovely children, very well mannered", "seen"),
]
WIDENED_AGAIN_SOUND = [
    ("mapping", "danger_impact", "the children will be psychologically damaged by hearing dad "
     "threaten to kill mum, as T already wakes screaming most nights"),
    ("wellbeing", "strengths", "they're lovely kids who help nan carry the shopping up the stairs "
     "every Saturday"),
]

# ---- a probe after set AC's fixes: 56 more short lines of the kinds the brief names, run
# once; those let through that a practice lead would send back were read for their kind ----

# A caregiver's effort said as what they always do ("mum tries her best"), or a change in
# them said only as how they are now ("mum is more open", "dad is calmer"): the lines the
# probe let through, which the rule was designed from.
EFFORT_OR_CHANGE_PROBED = [
    ("mapping", "strengths", "mum tries her best"),
    ("mapping", "strengths", "dad does his best"),
    ("mapping", "strengths", "parents try their best with the kids"),
    ("supervision", "difference", "mum is more open"),
    ("supervision", "difference", "dad is calmer"),
    ("supervision", "difference", "mum is more open with me now"),
]
# ... and variants written after the rule, not used to design it (1/6 asked before it, 6/6
# after; the sound two let through before and after).
EFFORT_OR_CHANGE = [
    ("wellbeing", "strengths", "nan does her best with them", "seen"),
    ("contribution", "working_well", "mum always tries her very best", "seen"),
    ("supervision", "difference", "dad is much more patient", "seen"),
    ("supervision", "difference", "mum's happier", "seen"),
    ("mapping", "strengths", "foster carers try their hardest", "seen"),
    ("supervision", "difference", "parents are more engaged with services", "seen"),
]
EFFORT_OR_CHANGE_SHOWN = [
    ("supervision", "difference", "dad is much more patient, he waited for T to finish her tea "
     "on Sunday without raising his voice"),
    ("wellbeing", "strengths", "nan does her best with them: she cooks their tea every night and "
     "checks their homework"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), EFFORT_OR_CHANGE_PROBED)
def test_effort_or_change_with_nothing_seen_is_asked_what_was_seen(
        flow_id: str, step_id: str, line: str) -> None:
    """The probe after set AC: "mum tries her best" and "dad is calmer" went through."""
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ac("seen", reply), reply


# What the child needs named only as a quality of care every child needs ("stability",
# "routine and boundaries", "a stable home"): the probe's lines the rule was designed from.
QUALITY_PROBED = [
    ("wellbeing", "unmet_needs", "stability"),
    ("wellbeing", "unmet_needs", "routine and boundaries"),
    ("wellbeing", "unmet_needs", "a stable home"),
    ("wellbeing", "unmet_needs", "consistency and routine"),
    ("wellbeing", "unmet_needs", "security"),
    ("wellbeing", "unmet_needs", "boundaries"),
]
# ... and variants written after it (1/6 asked before, 5/6 after; left: "Structure and clear
# boundaries at home", where the place after it is read as more than the quality).
QUALITY_AS_THE_NEED = [
    ("wellbeing", "unmet_needs", "clear and consistent boundaries", "seen|who_when"),
    ("wellbeing", "unmet_needs", "a nurturing environment", "seen|who_when"),
    ("wellbeing", "unmet_needs", "love and attention", "seen|who_when"),
    ("wellbeing", "unmet_needs", "she needs stability", "seen|who_when"),
    ("wellbeing", "unmet_needs", "permanence", "seen|who_when"),
]
QUALITY_SHOWN = [
    ("wellbeing", "unmet_needs", "a bedtime routine, with someone reading to her at 7 so she "
     "isn't up till midnight on her phone"),
    ("wellbeing", "unmet_needs", "boundaries around his phone: someone to take it at 9pm so he "
     "sleeps"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), QUALITY_PROBED)
def test_a_need_named_as_a_quality_of_care_is_asked_what_it_would_look_like(
        flow_id: str, step_id: str, line: str) -> None:
    """The probe after set AC: "stability" and "routine and boundaries" went through."""
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert "What would it look like for the child, day to day" in reply, reply


HELD_OUT_FLAWED = (SUFFERS_ONLY + A_CHILD_PRAISED + A_PLACE_AS_THE_NETWORK + THE_WRITERS_FRAME
                   + WIDENED_AGAIN + EFFORT_OR_CHANGE + QUALITY_AS_THE_NEED)
HELD_OUT_SOUND = (SUFFERS_SAID + A_CHILD_PRAISED_FOR_SOMETHING + SOMEONE_AT_THE_PLACE
                  + THE_CHILDS_OWN + WIDENED_AGAIN_SOUND + EFFORT_OR_CHANGE_SHOWN + QUALITY_SHOWN)


globals().update(review_tests(rows_set(
    "AC", SET_AC_FLAWED, SET_AC_SOUND, asked=asked_s, fits=_fits_ac,
    sizes=(70, 70), paired=True,
    left_unasked=LEFT_UNASKED, hold_left_unasked=True,
    left_flagged=LEFT_FLAGGED, held_flawed=HELD_OUT_FLAWED, held_sound=HELD_OUT_SOUND)))
