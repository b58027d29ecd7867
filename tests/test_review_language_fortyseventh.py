"""Set AG: a blind wording review of every tool, social workers, partners and children (pass 47).

Written after reading the flows' questions and the earlier sets' files only (AF, AE, AC and
the runner), before reading any rule in flows/checks or the bot's nudges: 70 flawed lines and
70 sound ones, each pair at one question, in the voices of social workers (English,
Australian, North American), a teacher and a school's safeguarding lead, health visitors, a
GP, police, a youth worker, a personal adviser and children's own words as a worker records
them at the houses, typed as on a phone: lower case, no apostrophes, short forms, typos
("alchohol", "untill", "tommorow"), run-on sentences. New ground against the
earlier sets (each phrase grepped over tests/ first): pointers of other kinds ("see attached
strat minutes", "ditto from last month"), vague time ("the other day", "a while back",
"in the near future", "at some point", "until case closure"), counts said as "umpteen",
"on and off", "sporadic, intermittent", minimising words ("handbags", "a bit of a scuffle"),
hearsay ("apparently it got physical"), diagnoses as labels ("BPD", "ADHD"), a writer's
feeling new to the sets as a scale's reason ("uneasy", "cautiously optimistic", "not
comfortable", "pleased with progress", "alarmed", "scared for her", "reassured", "just a
sense"), what could happen said as the services' next move ("could end up in care",
"escalate to CP"), worker words in a child's mouth ("'i feel unsafe at home due to dads
behaviours'", "'i want my needs to be met'", "'for my parents to reduce conflict'"), goals
of qualities ("a better role model", "more consistent", "reach her full potential", "will
thrive"), jargon not met before ("hypervigilant", "adultification", "parentified", "trauma
responses", "CCE, NRM", "FTT", "VPA, DVPN, NFA'd", "strengths based practice"), slang
judgements ("acting sus", "a dodgy lot", "a pisshead", "cagey"), and partners' clinical
phrases ("appropriate interaction observed", "reassured by mums presentation"); and sound
lines using those words plainly ("4 - uneasy because ...", "on and off since 2021: ...",
"same worries as last month: ...", a diagnosis named with what it does at home). Each row:
(voice, "tool:question", line), a flawed one also what a practice lead would expect asked back
(set T's kinds, read by `_fits_ag`: set AF's `_fits_af` and two questions it did not read).
Committed (e7e05b3) before anything was run on it.

Blind, on the code as it was (6a7e306): flawed asked 43/70, 42 with a question that fits by
`_fits_af` (43 by `_fits_ag`: "mum is resistant and dismissive", at what the adult has said,
asked what the person "actually did or said"); sound asked 2/70: "sw" typed for the social
worker (asked to be written out once, as the project means: left flagged, as set AE's are)
and a false alarm ("6 because mum has come to every appointment since march and the baby is
gaining weight": "says what the services did"). Let through, each a kind: a writer's
feeling as a scale's reason the rule did not know (six of the nine; "uneasy", "scared" and
"reassured" were asked); worker words inside a child's quoted "I" words (all four houses, and "to
achieve economic wellbeing" as a vision); pointers at an attached document or last month's
answer; how often as adjectives ("sporadic, intermittent") or with a span ("on and off for
years, umpteen times"); since when as long ago ("a while back, before my time"); the
success tool's first step with no day ("sort out her ID at some point"); "the usual people";
"partners to share info as appropriate"; "dad will be a better role model"; "massive
improvements all round"; "the kids could end up in care"; "hes been acting sus lately";
"trauma responses"; "nurture and stimulation"; "she made comments about home".

Fitted: flawed 70/70 asked with a question that fits (`_fits_ag`); sound 0/70 asked but the
"sw" line. The rules, each for its family (see the CHANGELOG):
- `plain_language._NOTHING_HEARD`: more feelings ("pleased", "alarmed", "wary", "troubled",
  "apprehensive" ...), "not", "cautiously", "feel" alone, what it is about ("with where
  things are", "with how hes doing", "of mum"), "a sense that ...", "something isnt right";
- `nudges._WORK_WORDS_SAID`: words of the work asked even in a child's "I" or quotes ("due
  to", "behaviours", "needs met", "reduce conflict", "good self esteem", "when there is
  domestic abuse", "economic wellbeing"); with no "I" or quote they join `_WORK_WORDS`, asked
  the summary's own question as before (tests/test_perf_fortyfourth_b and _fortyfifth's
  `summarised_as_it_was` ask it too);
- `answers._POINTS_OUTSIDE` takes which document ("attached strat minutes", "the latest
  police report"); `_POINTS_ELSEWHERE` takes "ditto from last month", "same as last visit";
- `plain_language._HOW_OFTEN_ONLY`: adjectives, two together, a span after; `_LONG_AGO` (in
  `_OPEN_END` and `_SO_FAR`): "a while back", "years ago", "before my time";
- success.yaml's first step has the next steps' checks; `process._vague_step` asks a
  family's "will" step whose only time is far off (`_FAR_OFF`: "at some point", "in due
  course", not "going forward" nor "when needed"); `undated_steps` lets a step after a
  semicolon share the time before it (the first step's checks asked "TJ will ring the
  college by Friday; his youth worker will sit with him" otherwise);
- `_EVERYONE_ONLY`: "the usual people", "various professionals"; `_UNSETTLED`: "share info",
  "as appropriate"; `_A_STATE`: "be a better role model / a more protective parent" (a label
  inside a state to come gives way to it); `_DONE_ONLY`: `_IMPROVED`; `_HARM_ONLY`:
  `_SERVICES_MOVE` ("end up in care", "be removed", "escalate to CP"); labels' "a temper":
  "acting sus/shifty/sketchy"; labels' "trauma response" (a rule, not a word-list term: the
  perf tests' random answers are drawn from the list's terms); `_QUALITY`: "stimulation",
  "affection", "encouragement"; `nudges._DISCLOSED`: "made comments/remarks about ...";
- the false alarm: `process._someone_acts` reads past "the" after "and" ("... and the baby
  is gaining weight" is a doing).
No earlier set changed, and no corpus line (each corpus file through `language-check` before
and after, at 6f481fa: the same lines flagged; the held-corpus floors pass at the end).

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words, run on the code before them (e7e05b3) and after: flawed asked with a question that
fits 4/30 -> 23/30; sound let through 14/14 -> 14/14. Six of the seven misses were widened to
their kinds ("wary of", "sit right with me", "how hes doing", "all my needs", "way before my
time", a label inside a goal's state): 29/30, the one left ("mum to ring the college
eventually": its kind was widened for a family's "will" only; asked since the forty-eighth
pass, now among `FAR_OFF_STEPS`), and
`FAR_OFF_STEPS` written after that: 0/3 -> 3/3 asked, `TIMED_STEPS` 3/3 let through.
"""
from __future__ import annotations

import re

import pytest
from review_sets import Case, review_tests, rows_set
from test_review_language_fortysixth import _fits_af
from test_review_language_thirtyeighth import asked_s

# Two questions the bot asks that set AF's `_fits_af` does not read: since when a harm has
# gone on ("says it has been going on, but not yet since when"), which asks for the period;
# and a label's "What did the person actually do or say", which asks what they said.
SINCE_WHEN = "not yet since when"
DO_OR_SAY = "actually do or say"


def _fits_ag(want: str, reply: str) -> bool:
    """Set AF's `_fits_af`, reading the two questions above as the kinds they ask."""
    wants = set(want.split("|"))
    if SINCE_WHEN in reply:
        return bool(wants & {"period", "seen"})
    if DO_OR_SAY in reply and "words" in wants:
        return True
    return _fits_af(want, reply)

SET_AG_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping: worries ----
    ("sw_uk", "mapping:worst_harm",
     "see attached strat minutes", "seen"),
    ("sw_uk", "mapping:recent_harm",
     "the other day, a bit of a scuffle between mum and her bf", "seen"),
    ("sw_au", "mapping:harm_pattern",
     "on and off for years, umpteen times", "seen|period"),
    ("teacher", "mapping:harm_impact",
     "shes hypervigilant and clingy", "seen|impact"),
    ("hv", "mapping:danger_behaviour",
     "mum drinks a fair bit of alchohol and dads a pisshead", "seen"),
    ("sw_uk", "mapping:danger_impact",
     "the kids could end up in care", "impact|danger"),
    ("sw_uk", "mapping:danger_statement",
     "ongoing concerns re parenting capacity going forward", "danger"),
    ("sw_na", "mapping:family_view",
     "dad deflects and externalises blame", "words|seen"),
    # ---- mapping: what needs to happen ----
    ("sw_uk", "mapping:goal_doing",
     "dad will be a better role model", "goal"),
    ("sw_uk", "mapping:goal_child",
     "she will thrive and feel secure", "goal|seen"),
    ("sw_uk", "mapping:goal_how_long",
     "until case closure", "period"),
    ("sw_uk", "mapping:safety_goal",
     "parents to reduce conflict and improve communication", "goal"),
    ("sw_uk", "mapping:next_steps",
     "sw to visit again in the near future", "who_when"),
    # ---- mapping: what's working well ----
    ("sw_uk", "mapping:strengths",
     "close knit family, dad adores them", "seen"),
    ("sw_au", "mapping:existing_safety",
     "things have been quiet since the strat", "safety|seen"),
    ("sw_uk", "mapping:trusted_adults",
     "various family members and friends", "who_when|seen"),
    # ---- mapping: scale and the child ----
    ("sw_uk", "mapping:danger_scale_why",
     "4 - uneasy about this one", "number|seen"),
    ("sw_na", "mapping:safety_scale_why",
     "6 cautiously optimistic", "number|seen"),
    ("child", "mapping:house_worries",
     "'i feel unsafe at home due to dads behaviours'", "words"),
    ("child", "mapping:house_dreams",
     "'i want my needs to be met'", "words"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "handbags between mum and her ex, nothing serious", "seen"),
    ("sw_uk", "harm_matrix:harm_impact",
     "trauma responses", "seen|impact"),
    ("sw_uk", "harm_matrix:harm_worst",
     "apparently it got physical at xmas", "seen"),
    ("sw_na", "harm_matrix:harm_frequency",
     "sporadic, intermittent", "seen"),
    ("sw_uk", "harm_matrix:harm_history",
     "a while back, before my time", "seen|period"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum has BPD and dad is ADHD", "seen|spell"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum is resistant and dismissive", "words"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3, im not comfortable with where things are", "number|seen"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i get anxious when there is domestic abuse'", "words"),
    ("child", "three_houses:house_good",
     "'i have good self esteem at school'", "words"),
    ("child", "three_houses:house_dreams",
     "'for my parents to reduce conflict'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she was very guarded and parentified", "seen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "adultification at home", "seen|spell"),
    ("eh", "wellbeing:worry_impact",
     "it will escalate to CP", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "mum is hostile and cagey", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "mum will be more consistent", "goal"),
    ("eh", "wellbeing:goal_child",
     "he will have his needs met", "goal"),
    ("hv", "wellbeing:unmet_needs",
     "nurture and stimulation", "seen"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "5 - pleased with progress", "number|seen"),
    ("eh", "wellbeing:coped",
     "yes, theyre a resilient family", "seen"),
    # ---- success ----
    ("pa", "success:vision",
     "to achieve economic wellbeing and independence", "words"),
    ("pa", "success:own_goals",
     "to develop her independent living skills", "words"),
    ("pa", "success:others_worried",
     "staff have a niggling feeling hes involved in something", "seen|harmer"),
    ("pa", "success:success_goal",
     "will reach her full potential", "goal"),
    ("pa", "success:goal_support",
     "the usual people", "who_when"),
    ("pa", "success:goal_first_step",
     "sort out her ID at some point", "who_when"),
    ("pa", "success:success_scale_why",
     "7 - feel positive about him", "number|seen"),
    # ---- contextual ----
    ("police", "contextual:harm_outside",
     "suspected CCE, NRM submitted", "spell|seen"),
    ("yw", "contextual:harm_signs",
     "hes been acting sus lately", "seen"),
    ("yw", "contextual:peer_worries",
     "hangs about with a dodgy lot", "seen|harmer"),
    ("dsl", "contextual:school_worries",
     "on a part time timetable and disengaged", "seen"),
    ("dsl", "contextual:online_worries",
     "inappropriate online activity", "seen"),
    ("police", "contextual:goal_doing",
     "robust safety plan in place", "goal"),
    ("yw", "contextual:safety_scale_why",
     "3 - scared for her tbh", "number|seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "ditto from last month, no change", "seen"),
    ("sw_uk", "supervision:child_words",
     "he said his home life is chaotic", "words"),
    ("sw_uk", "supervision:needs",
     "escalation to PLO", "spell|who_when"),
    ("sw_uk", "supervision:my_scale_why",
     "2 - alarmed", "number|seen"),
    ("sw_uk", "supervision:difference",
     "massive improvements all round", "seen|impact"),
    ("sw_au", "supervision:what_worked",
     "strengths based practice and being curious", "seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "she seemed a bit off today, not herself", "seen"),
    ("teacher", "reflection:going_well",
     "mums a good mum really", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "someone needs to look into it", "who_when"),
    ("teacher", "reflection:worry_scale_why",
     "4 just a sense that something isnt right", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "FTT, poss neglect", "spell|seen"),
    ("police", "contribution:worries",
     "DA, VPA, DVPN served and NFA'd", "spell|seen"),
    ("hv", "contribution:working_well",
     "appropriate interaction observed between mum and baby", "seen"),
    ("police", "contribution:needs_to_happen",
     "partners to share info as appropriate", "who_when"),
    ("teacher", "contribution:child_said",
     "she made comments about home", "words"),
    ("hv", "contribution:partner_scale_why",
     "6, reassured by mums presentation", "number|seen"),
)

SET_AG_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping: worries ----
    ("sw_uk", "mapping:worst_harm",
     "the strat minutes have the rest, but on 3 oct dad pushed mum down the stairs while she "
     "was holding the baby and the baby hit her head on the banister"),
    ("sw_uk", "mapping:recent_harm",
     "tues 14th about 6pm mums boyfriend pushed her into the door frame and she cut her head, "
     "both kids were on the sofa watching"),
    ("sw_au", "mapping:harm_pattern",
     "on and off since 2021: police came 3 times in 2022, twice in 2023 and 4 times this year, "
     "the last on 2 nov"),
    ("teacher", "mapping:harm_impact",
     "she jumps at every loud noise, wont let mum out of her sight at drop off and has started "
     "hiding under the table when the class gets noisy"),
    ("hv", "mapping:danger_behaviour",
     "mum drinks about 2 bottles of wine most nights and dad drinks cans from lunchtime at "
     "weekends, then they are both asleep untill the baby screams"),
    ("sw_uk", "mapping:danger_impact",
     "the baby could be dropped or rolled on while mum is drunk, or left hungry for hours "
     "again like on 5 nov"),
    ("sw_uk", "mapping:danger_statement",
     "the health visitor and social worker are worried that mum will fall asleep drunk again "
     "with the baby in her arms, and the baby could be dropped or smothered"),
    ("sw_na", "mapping:family_view",
     "dad says 'its her that starts it, i never lay a finger on the kids' and wont talk about "
     "the night of the 3rd"),
    # ---- mapping: what needs to happen ----
    ("sw_uk", "mapping:goal_doing",
     "dad will walk away and ring his mate when he feels his temper going, and not drink when "
     "the kids are staying"),
    ("sw_uk", "mapping:goal_child",
     "she will sleep in her own bed all night and get to school on time with her lunch"),
    ("sw_uk", "mapping:goal_how_long",
     "6 months, through christmas and the summer holidays when things have been worst"),
    ("sw_uk", "mapping:safety_goal",
     "mum and dad will only talk about money when the kids are in bed and dad will go out if "
     "it gets loud, so the kids are not hurt or scared; nan and the school need to see this "
     "until june"),
    ("sw_uk", "mapping:next_steps",
     "sw to visit mum at home on thurs 21st at 2pm and see both kids on their own"),
    # ---- mapping: what's working well ----
    ("sw_uk", "mapping:strengths",
     "dad reads to them every night and takes them swimming on sundays, nan pops in after "
     "school every day"),
    ("sw_au", "mapping:existing_safety",
     "on 2 nov when dad came back drunk, mum took the kids to her sisters and stayed the "
     "night there"),
    ("sw_uk", "mapping:trusted_adults",
     "aunty J: has the kids every weds after school and will ring the social worker if mum "
     "isnt answering"),
    # ---- mapping: scale and the child ----
    ("sw_uk", "mapping:danger_scale_why",
     "4 - uneasy because he has turned up at the flat twice this week since the order"),
    ("sw_na", "mapping:safety_scale_why",
     "6 as mum has kept him out of the house for 5 weeks and rings the police when he turns "
     "up, but he still has a key"),
    ("child", "mapping:house_worries",
     "'dad shouts and throws the remote and i go under my duvet'"),
    ("child", "mapping:house_dreams",
     "'i want mum to get up in the mornings and make my breakfast'"),
    # ---- harm matrix ----
    ("police", "harm_matrix:danger_behaviour",
     "mums ex comes to the door most weekends shouting, twice he has pushed past her into the "
     "hall with the kids there"),
    ("sw_uk", "harm_matrix:harm_impact",
     "since it started she wets the bed, bites her arm when shes upset and wont go upstairs "
     "alone"),
    ("sw_uk", "harm_matrix:harm_worst",
     "on boxing day dad hit her across the legs with his belt 4 times, she showed her teacher "
     "the marks on the 28th"),
    ("sw_na", "harm_matrix:harm_frequency",
     "not regular: 3 times this year that we know of, 4 jan, 18 mar and 2 sept, the last after "
     "he lost his job"),
    ("sw_uk", "harm_matrix:harm_history",
     "since at least 2019 when the nursery first saw bruises on her legs, the last worker "
     "closed it in 2021"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum has borderline personality disorder and when shes low she stays in bed for days and "
     "the kids get themselves to school"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum said 'its none of your business how i raise my kids' and walked out of the meeting"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 because she was left with dads mate again on sat and he has a conviction for hurting a "
     "child"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'mum and dad fight and i cant sleep'"),
    ("child", "three_houses:house_good",
     "'i got star of the week for my writing'"),
    ("child", "three_houses:house_dreams",
     "'mum and dad to stop shouting about money'"),
    ("sw_uk", "three_houses:worker_noticed",
     "she kept checking her little brother had his juice and told him to be quiet when mum "
     "came in"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "she gets her brothers up, dressed and to school every day and does the shopping because "
     "mum cant leave the house"),
    ("eh", "wellbeing:worry_impact",
     "she could fail year 11 and lose her place at college, and she already says she is too "
     "tired to see her friends"),
    ("eh", "wellbeing:family_view",
     "mum said 'i dont need help, i just need the school off my back' but agreed to meet on "
     "tues"),
    ("eh", "wellbeing:goal_doing",
     "mum will be up by 7 and walk the kids to school every day, and have tea on the table by 6"),
    ("eh", "wellbeing:goal_child",
     "he will have a packed lunch and clean uniform every day and get picked up on time"),
    ("hv", "wellbeing:unmet_needs",
     "someone to read with him and play with him on the floor for a bit each day"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "5 because she has been in school 4 days out of 5 since half term, but mum still isnt up "
     "in the mornings"),
    ("eh", "wellbeing:coped",
     "when dad was in prison in 2020 nan moved in for 3 months and did the school run while "
     "mum worked nights"),
    # ---- success ----
    ("pa", "success:vision",
     "'my own flat with a cat and a job in a garage'"),
    ("pa", "success:own_goals",
     "'learn to cook proper meals not just noodles'"),
    ("pa", "success:others_worried",
     "his carer has found £200 and a second phone in his room twice this month and he comes in "
     "after midnight"),
    ("pa", "success:success_goal",
     "she will go to college 4 days a week and get to her shifts at the cafe on time"),
    ("pa", "success:goal_support",
     "her personal adviser will meet her every other monday at the cafe to go through her money"),
    ("pa", "success:goal_first_step",
     "she will take her birth certificate to the post office with her carer on sat 16th to "
     "apply for her id"),
    ("pa", "success:success_scale_why",
     "7 because he has kept his job for 3 months and is home by 11 most nights"),
    # ---- contextual ----
    ("police", "contextual:harm_outside",
     "since aug older lads have paid him to carry packages to a flat in town, police found him "
     "there on 2 oct with £300 and a knife"),
    ("yw", "contextual:harm_signs",
     "he has a new jacket and trainers, wont say where from, and told his mum 'if i tell you "
     "theyll hurt you'"),
    ("yw", "contextual:peer_worries",
     "he spends evenings with three lads of 19 who drive him about and give him weed"),
    ("dsl", "contextual:school_worries",
     "she is only in school mornings since oct and sits in the toilets in most lessons"),
    ("dsl", "contextual:online_worries",
     "a man she met on roblox has asked her for photos and told her to keep their chats "
     "secret"),
    ("police", "contextual:goal_doing",
     "police will patrol the park on fri and sat nights and the youth worker will be at the "
     "skatepark every weds from 4"),
    ("yw", "contextual:safety_scale_why",
     "3 because she went missing again on sat and was found in a car with two men she doesnt "
     "know"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "same worries as last month: mum has been too drunk to collect them from school twice "
     "more, on 4 and 11 nov"),
    ("sw_uk", "supervision:child_words",
     "'theres always people in our house and i cant sleep'"),
    ("sw_uk", "supervision:needs",
     "i need to talk to my manager this week about a legal meeting, and ring dads probation "
     "officer by tommorow"),
    ("sw_uk", "supervision:my_scale_why",
     "2 because the baby had a bruise on her cheek on mon and no one can say how"),
    ("sw_uk", "supervision:difference",
     "the kids got to school every day for 3 weeks and mum started answering my calls"),
    ("sw_au", "supervision:what_worked",
     "i took mum for a coffee instead of meeting at the office and asked what a good day looks "
     "like for her"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "she came in with a burn on her hand, said 'mummys boyfriend did it with the lighter' and "
     "then said she made it up"),
    ("teacher", "reflection:going_well",
     "mum walks her to school every day and always asks how her day was at the gate"),
    ("teacher", "reflection:needs_to_happen",
     "i will tell our safeguarding lead at 3.30 today and she will ring childrens services "
     "before home time"),
    ("teacher", "reflection:worry_scale_why",
     "4 because she has come in hungry 3 days this week and said nobody was home on sat night"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "the baby has dropped from the 25th to below the 2nd centile since june and mum has "
     "missed 2 weigh ins"),
    ("police", "contribution:worries",
     "we were called to the house 3 times in oct, the last time dad had kicked in the bedroom "
     "door with the kids inside"),
    ("hv", "contribution:working_well",
     "mum talked and sang to the baby all through the visit and picked her up as soon as she "
     "cried"),
    ("police", "contribution:needs_to_happen",
     "i will send our call out log to the social worker by fri and flag the address so "
     "officers know there are children"),
    ("teacher", "contribution:child_said",
     "'mummy sleeps all day and i make my own toast'"),
    ("hv", "contribution:partner_scale_why",
     "6 because mum has come to every appointment since march and the baby is gaining weight"),
)


# A sound line asked as the project means: "sw" typed for the social worker is asked to be
# written out once (set AE's three lines are left flagged so too).
LEFT_FLAGGED: frozenset[str] = frozenset(
    line for _, _, line in SET_AG_SOUND if re.search(r"\bsw\b", line))


def _short_form_asked(case: Case, reply: str) -> bool:
    return reply.startswith('You wrote "sw"')


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_scale_why", "3 - feeling apprehensive", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "7, quietly hopeful", "number|seen"),
    ("contribution", "partner_scale_why", "5 im wary of mum", "number|seen"),
    ("supervision", "my_scale_why", "2 - really troubled by this one", "number|seen"),
    ("reflection", "worry_scale_why", "3 something doesnt sit right with me", "number|seen"),
    ("success", "success_scale_why", "8 - so pleased with how hes doing", "number|seen"),
    ("three_houses", "house_worries", "'i dont like it when there is conflict at home'", "words"),
    ("mapping", "house_good", "'my carer meets all my needs'", "words"),
    ("three_houses", "house_dreams", "'i want a positive relationship with my dad'", "words"),
    ("wellbeing", "house_worries", "'i get scared due to mums drinking'", "words"),
    ("mapping", "recent_harm", "see the attached police report", "seen"),
    ("wellbeing", "worry_what", "same as last visit", "seen"),
    ("contribution", "worries", "refer to the latest strat minutes", "seen"),
    ("harm_matrix", "harm_frequency", "occasional, sporadic", "seen"),
    ("mapping", "harm_pattern", "on and off for months", "seen|period"),
    ("harm_matrix", "harm_history", "years ago, way before my time", "seen|period"),
    ("success", "goal_first_step", "open a bank account at some stage", "who_when"),
    ("contribution", "needs_to_happen", "agencies to share information when needed",
     "who_when"),
    ("success", "goal_support", "various professionals", "who_when"),
    ("mapping", "goal_doing", "mum will be a more protective parent", "goal"),
    ("supervision", "goal_doing", "dad will be a positive influence", "goal"),
    ("supervision", "difference", "huge improvements for the family", "seen|impact"),
    ("reflection", "going_well", "things have improved loads", "seen"),
    ("wellbeing", "worry_impact", "she could be taken into care", "impact|danger"),
    ("mapping", "danger_impact", "the case will be escalated to child protection",
     "impact|danger"),
    ("contextual", "harm_signs", "been acting shifty", "seen"),
    ("mapping", "harm_impact", "trauma behaviours", "seen|impact"),
    ("wellbeing", "unmet_needs", "affection and encouragement", "seen"),
    ("contribution", "child_said", "he made a few remarks about his stepdad", "words"),
]
HELD_OUT_SOUND: list[Case] = [
    ("mapping", "danger_scale_why",
     "3 - apprehensive because he is out of prison on friday and has her new address"),
    ("wellbeing", "wellbeing_scale_why",
     "7, hopeful as she has been in school every day since half term"),
    ("three_houses", "house_worries",
     "'when mum and dad argue i go to my room and put my headphones on'"),
    ("three_houses", "house_dreams", "'me and dad to go fishing again'"),
    ("mapping", "recent_harm",
     "sat 2nd, police report attached, dad punched mum in the face in front of the kids"),
    ("harm_matrix", "harm_frequency",
     "occasional: 3 times since march, each after he has been paid"),
    ("success", "goal_first_step",
     "she will open a bank account with her adviser at the branch on tues 19th"),
    ("supervision", "difference",
     "the kids have been on time every day and mum has stopped shouting at drop off"),
    ("wellbeing", "worry_impact",
     "she could stop eating again and end up back in hospital like in may"),
    ("contextual", "harm_signs",
     "he wont say where his new phone came from and goes quiet when his mates text"),
    ("contribution", "child_said", "'my stepdad says i am stupid'"),
    ("mapping", "goal_doing",
     "mum will keep the door locked and ring the police if he comes round, and take the kids "
     "upstairs"),
    ("contribution", "partner_scale_why",
     "5 - wary because mum missed the last two weigh ins but the baby looked well fed on tues"),
    ("reflection", "going_well",
     "since sept she has made two friends and eats lunch with them every day"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), HELD_OUT_FLAWED)
def test_a_held_out_flawed_variant_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_ag(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), HELD_OUT_SOUND)
def test_a_held_out_sound_variant_is_let_through(flow_id: str, step_id: str,
                                                  line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line




# The held-out line the fixes missed ("mum to ring the college eventually": a parent's step
# with a time only far off) was widened to its kind for the family's "will" (a step "when
# needed" stays theirs to judge); fresh variants written after that widening, each let
# through before (e7e05b3), and look-alikes with a time or a condition:
FAR_OFF_STEPS = [
    ("success", "goal_first_step", "mum will ring the college at some point"),
    ("mapping", "next_steps", "dad will book onto the course in due course"),
    ("wellbeing", "next_steps", "mum will take him to the dentist in the near future"),
    # (held out and let through at this pass's end, a parent's step in note form, "mum to
    # ...": asked since the forty-eighth pass, tests/test_walk_fortyeighth.py)
    ("success", "goal_first_step", "mum to ring the college eventually"),
]
TIMED_STEPS: list[Case] = [
    ("success", "goal_first_step",
     "she will ring the college on mon 4th; her carer will sit with her while she does"),
    ("mapping", "next_steps", "mum will ring her sister when she needs help"),
    ("wellbeing", "next_steps", "mum will ring the school if he is off sick"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), FAR_OFF_STEPS)
def test_a_familys_step_with_a_time_only_far_off_is_asked_by_when(
        flow_id: str, step_id: str, line: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert "by when" in reply, reply


@pytest.mark.parametrize(("flow_id", "step_id", "line"), TIMED_STEPS)
def test_a_step_with_a_time_or_a_condition_is_let_through(flow_id: str, step_id: str,
                                                          line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


globals().update(review_tests(rows_set(
    "AG", SET_AG_FLAWED, SET_AG_SOUND, asked=asked_s, fits=_fits_ag,
    left_flagged=LEFT_FLAGGED, flagged_as=_short_form_asked, flagged_size=1,
    sizes=(70, 70), paired=True)))
