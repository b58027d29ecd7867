"""Set AF: a blind wording review across every tool, social workers and partner agencies (pass 46).

Written after reading the flows' questions and the earlier sets' files only (AE, AC and the
runner), before reading any rule in flows/checks or the bot's nudges: 70 flawed lines and 70
sound ones, each pair at one question, in the voices of social workers (English, Australian,
North American), schools, health visitors, a GP, police, housing, youth work, early years,
a substance-misuse service and a personal adviser, typed as on a phone: lower case, no
apostrophes, short forms, typos ("beleive", "alot", "definately"), run-on sentences. New
ground against the earlier sets: an answer that points elsewhere ("see chronology", "same as
last time"), counts said as "multiple occasions" or "every now and then", a label noun with
its article ("a frequent flyer", "a drama queen"), an opinion given as a feeling ("gut
feeling", "a bad feeling", "on the fence") as a scale's reason, impact said as "an effect" or
"taken its toll", a quality of care at strengths ("a stable home"), a step with no one and no
day ("tbc at next meeting", "as and when"), the services' own aim as a goal ("stepped down",
"complete the course"), jargon not met before ("gaslighting", "high conflict", "EBSA",
"cuckooing", "NRPF", "RHI", "IVDU"), a child's words reported through an adult's verb
("voiced", "verbalised", "shared that"), full names in places the question asks for roles;
and sound lines that use the words those rules would watch for, plainly ("a&e 7 times since
june", "very worried because ...", a parent's own "im not an alcoholic" in quotes). Each row:
(voice, "tool:question", line), a flawed one also what a practice lead would expect asked back
(set T's kinds, read by set AE's `_fits_ae`).
Committed (9d05a31) before anything was run on it.

Blind, on the code as it was (3999154): flawed asked 47/70, 45 with a question that fits;
sound asked 2/70 ("dad will stop and leave the room when he starts shouting ..." read as a
goal of only what will stop; "mum now rings me before things get bad ..." asked what "things
get bad" means). Let through, each a kind: a writer's feeling as a scale's reason (all six:
"2 - very worried", "7, gut feeling is things are better", "3 - im anxious about this one",
"4, i have a bad feeling about this family", "5, on the fence", "8 - shes doing amazing"); an
answer pointing at notes with words that add nothing ("see chronology, too many to list",
"same as last time, see previous notes"); what it did said only as done ("its had an effect
on all the kids", "shes been through alot and its taken its toll", "it made a massive
difference") or might ("it could affect her life chances", "adverse outcomes for the
children"); a quality of care at what is working ("a stable home"); a count with a span nobody
measured ("on multiple occasions over the last few months"); "she shared that ..." as a
child's words; a need named by its kind ("her basic care needs"); "mum will put the kids
first", "mum will be sober"; "as and when needed" as a next step; worker words as a young
person's vision ("to live a fulfilling and independent life"); "talking to randoms"; "the
professional network is strong". Asked with a question that does not fit: "mum is in
agreement with the concerns" (asked what "concerns" are, not what mum said) and "for services
to work together" (asked what the family would do, not who will do what by when).

Fitted: flawed 70/70 asked, 70/70 with a question that fits by `_fits_af` (the two
pointers are asked to write it out, which `_fits_af` reads as asking what was seen);
sound 0/70 asked. The rules, each for its family of phrasings (see the CHANGELOG):
- `plain_language._NOTHING_HEARD`: a number given for how the writer feels ("very worried",
  "im anxious about this one", "i have a bad feeling about this family", "on the fence",
  "gut feeling is ..."), or someone said to be doing great/amazing/brilliant, "shes"/"hes"
  typed without the apostrophe;
- `answers.points_outside`/`points_elsewhere`: an answer of parts, each a pointer or words
  that add nothing ("too many to list", "nothing new"), and "all on the system", "its in the
  chronology", "as per my last visit";
- `plain_language._DONE_ONLY`: what it has done said only as done ("had an effect on", "taken
  its toll", "been through a lot", "made a massive difference"), asked what it changed that
  someone saw; `_SUFFERS_ONLY`/`_HARM_ONLY` take "life chances", "outcomes" and "poor/adverse
  outcomes";
- a quality of care at what is working (`find_wording`, `_quality`), "home conditions", a
  child's needs named by their kind ("basic care needs"); the network said to be strong
  (`praise._BOND`);
- `_A_STATE`: "put the kids first", "prioritise the baby", "be sober / drug free";
- `plain_language._UNSETTLED`: a step left to settle ("tbc at next meeting", "to be agreed at
  core group", "as and when needed") and services working together as the step, asked who
  will do it and by when (the last pass's leftover "tbc at next meeting" as a first step);
- `_SPAN_UNMEASURED`: "over the last few months", "recently" is no time for a count;
- `nudges._NOTED`: "she shared that", "he shared with me that"; `_WORK_WORDS`: "fulfilling",
  "independent life", "positive future", "healthy lifestyle choices";
- labels: "in agreement", "accepts/agrees with the concerns" (what did they say, in their own
  words?); talking to "randoms" or "strangers" (who are these adults?); a label noun after
  "shes"/"hes" typed without the apostrophe ("shes a frequent flyer");
- sound: "will stop and leave" is a doing (`nudges._NEGATED`); "before/when/if things get
  bad" and "before things get out of hand" are a time, not a vague report.

Held-out variants (`HELD_OUT_FLAWED`, `HELD_OUT_SOUND`), written after the fixes in other
words and run on the code before them (9d05a31) and after: flawed asked with a question that
fits 5/29 -> 28/29; sound let through 10/12 -> 11/12. The flawed one missed ("he shared with
me that he gets scared at night") and the sound one asked ("mum rings me before things get
out of hand ...") were then widened to their kinds (the frame takes "with me", "with staff";
"before things get" anything is a time), and fresh variants written after that
(`WIDENED_AGAIN`): 2/3 asked, 3/3 let through; the one let through ("she shared with her
teacher that ...") widened the frame to anyone of hers, his or the school's ("with her teacher").

The last pass's leftovers: "tbc at next meeting" is asked who will do it and by when, at a
first step and a next step; "its had an effect on all the kids" is asked what it changed; "a
stable home" at strengths is asked what it looks like day to day; "2 - very worried" is asked
what was seen; "frequent flyer at a&e" was already on the list of label nouns with their
article ("mum is a frequent flyer"), and now after "shes"/"hes" too.
"""
from __future__ import annotations

import pytest
from review_sets import Case, review_tests, rows_set
from test_review_language_fortyfifth import _fits_ae
from test_review_language_thirtyeighth import asked_s

# An answer that only points at notes is asked to write it out ("points to something said or
# written elsewhere ...", "points to another answer ..."): what was seen, as a lead asks it.
POINTS = ("points to something said or written elsewhere", "points to another answer")


def _fits_af(want: str, reply: str) -> bool:
    """Set AE's `_fits_ae`, reading the pointers' question as asking what was seen."""
    if any(said in reply for said in POINTS):
        return "seen" in want.split("|")
    return _fits_ae(want, reply)


SET_AF_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping: worries ----
    ("sw_uk", "mapping:worst_harm",
     "see chronology, too many to list", "seen"),
    ("police", "mapping:recent_harm",
     "DA incident reported via 999, CAD attached and DASH completed as high risk", "spell|seen"),
    ("sw_uk", "mapping:harm_pattern",
     "on multiple occasions over the last few months", "seen"),
    ("teacher", "mapping:harm_impact",
     "its had an effect on all the kids", "seen|impact"),
    ("hv", "mapping:danger_behaviour",
     "high conflict relationship between the parents", "seen|harmer"),
    ("sw_uk", "mapping:danger_impact",
     "adverse outcomes for the children", "impact|danger"),
    ("sw_uk", "mapping:danger_statement",
     "childrens services are worried about the impact of dads behaviour on the kids",
     "danger|seen"),
    ("sw_uk", "mapping:family_view",
     "mum is gaslighting professionals", "words|seen"),
    ("sw_uk", "mapping:complicating",
     "NRPF and in TA", "spell|seen"),
    # ---- mapping: what needs to happen ----
    ("sw_au", "mapping:goal_doing",
     "dad will complete the caring dads course", "goal"),
    ("sw_uk", "mapping:goal_child",
     "a childhood free from harm", "goal|seen"),
    ("sw_uk", "mapping:safety_goal",
     "the case will be stepped down to early help by march", "goal"),
    ("sw_uk", "mapping:next_steps",
     "tbc at next meeting", "who_when"),
    # ---- mapping: what's working well ----
    ("teacher", "mapping:strengths",
     "a stable home", "seen"),
    ("sw_uk", "mapping:existing_safety",
     "dad knows the risks now", "safety|seen"),
    ("sw_uk", "mapping:trusted_adults",
     "nan Pat Hughes, she has them most weekends", "privacy"),
    # ---- mapping: scale and the child ----
    ("sw_uk", "mapping:danger_scale_why",
     "2 - very worried", "number|seen"),
    ("sw_na", "mapping:safety_scale_why",
     "7, gut feeling is things are better", "number|seen"),
    ("sw_uk", "mapping:house_worries",
     "she voiced feeling unsafe when dad visits", "words"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum is a frequent flyer at a&e with the kids", "seen"),
    ("hv", "harm_matrix:harm_impact",
     "shes been through alot and its taken its toll", "seen|impact"),
    ("police", "harm_matrix:harm_worst",
     "the night of the MARAC referal", "seen|spell"),
    ("sw_na", "harm_matrix:harm_frequency",
     "every now and then", "seen"),
    ("sw_uk", "harm_matrix:harm_history",
     "known to services since birth", "seen|period"),
    ("drugs", "harm_matrix:harm_complicating",
     "IVDU, on a script", "spell|seen"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum is in agreement with the concerns", "words"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 - im anxious about this one", "number|seen"),
    ("police", "harm_matrix:danger_statement",
     "police n school are worried the kids are at risk if things continue", "danger"),
    # ---- three houses ----
    ("sw_uk", "three_houses:house_worries",
     "she shared that she doesnt feel listened to", "words"),
    ("sw_au", "three_houses:house_good",
     "enjoys positive relationships with her siblings", "words"),
    ("sw_uk", "three_houses:house_dreams",
     "expressed a wish for more quality time with dad", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "she was definately coached by mum", "seen"),
    ("ey", "three_houses:present",
     "mum Kerry Walsh and her partner", "privacy"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "school refusal, EBSA", "spell|seen"),
    ("eh", "wellbeing:worry_impact",
     "it could affect her life chances", "impact|danger"),
    ("hv", "wellbeing:unmet_needs",
     "her basic care needs", "seen"),
    ("eh", "wellbeing:goal_doing",
     "mum will put the kids first", "goal"),
    ("eh", "wellbeing:next_steps",
     "as and when needed", "who_when"),
    ("ey", "wellbeing:strengths",
     "good home conditions", "seen"),
    ("eh", "wellbeing:family_view",
     "mum is on board with the plan", "words|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "to live a fulfilling and independent life", "words"),
    ("pa", "success:own_goals",
     "to engage in EET", "words|spell"),
    ("pa", "success:what_helps",
     "good support network", "seen|who_when"),
    ("pa", "success:others_worried",
     "staff beleive she is being groomed", "seen|harmer"),
    ("pa", "success:goal_first_step",
     "to be decided at her next PEP", "who_when|spell"),
    ("pa", "success:success_scale_why",
     "8 - shes doing amazing", "number|seen"),
    # ---- contextual ----
    ("yot", "contextual:harm_outside",
     "MFH x6 since sept, RHI declined", "spell|seen"),
    ("teacher", "contextual:harm_signs",
     "showing all the signs of being exploited", "seen"),
    ("police", "contextual:danger_behaviour",
     "adults of concern targeting her", "harmer|seen"),
    ("yw", "contextual:peer_worries",
     "mixing with the wrong crowd", "seen|harmer"),
    ("dsl", "contextual:online_worries",
     "shes on snap all night talking to randoms", "seen|harmer"),
    ("police", "contextual:goal_doing",
     "partnership disruption plan in place", "goal"),
    ("yot", "contextual:trusted_adults",
     "the yot team", "who_when|spell"),
    ("sw_uk", "contextual:home_worries",
     "mums house has been cuckooed", "spell|seen"),
    # ---- contribution ----
    ("housing", "contribution:worries",
     "ASB complaints from neighbours", "spell|seen"),
    ("gp", "contribution:working_well",
     "no concerns from a health perspective", "seen"),
    ("dsl", "contribution:needs_to_happen",
     "ongoing support from school", "who_when"),
    ("dsl", "contribution:child_said",
     "child reports all is well at home", "words"),
    ("camhs", "contribution:partner_scale_why",
     "4, i have a bad feeling about this family", "number|seen"),
    ("police", "contribution:role",
     "PC Dave Morris, neighbourhood team", "privacy"),
    # ---- reflection ----
    ("hv", "reflection:what_happened",
     "DNA x3 for developmental checks", "spell|seen"),
    ("ey", "reflection:going_well",
     "mum has turned a corner", "seen"),
    ("police", "reflection:needs_to_happen",
     "for services to work together", "who_when"),
    ("dsl", "reflection:worry_scale_why",
     "5, on the fence", "number|seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "same as last time, see previous notes", "seen"),
    ("sw_au", "supervision:child_words",
     "she verbalised that she misses her brother", "words"),
    ("sw_uk", "supervision:working_well",
     "the professional network is strong", "seen|who_when"),
    ("sw_uk", "supervision:difference",
     "it made a massive difference", "seen|impact"),
    ("sw_uk", "supervision:goal_doing",
     "mum will be sober", "goal"),
    ("sw_uk", "supervision:danger_statement",
     "we are worried about mum and the children", "danger"),
)

SET_AF_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping: worries ----
    ("sw_uk", "mapping:worst_harm",
     "on 12 aug dad threw a mug at mum while she was holding R (2), it hit R on the head and "
     "she needed 3 stitches at a&e"),
    ("police", "mapping:recent_harm",
     "sun 9th about 10pm mum rang 999 saying dad had her by the throat in the hall, the eldest "
     "(8) came downstairs and saw it"),
    ("sw_uk", "mapping:harm_pattern",
     "4 times that we know of since june (2 jun, 19 jul, 30 aug and 9 nov) and closer together "
     "each time"),
    ("teacher", "mapping:harm_impact",
     "since sept all 3 have changed, the eldest wont eat her lunch, the middle one wets the bed "
     "again and the baby screams when anyone raises their voice"),
    ("hv", "mapping:danger_behaviour",
     "mum and dad scream at each other most nights and dad has smashed the tv and a door while "
     "the kids were in the room"),
    ("sw_uk", "mapping:danger_impact",
     "the kids could be hit by something thrown, or the eldest could get hurt stepping in "
     "between them like she did in aug"),
    ("sw_uk", "mapping:danger_statement",
     "the social worker and the school are worried that dad will grab mum by the throat again "
     "while the kids are in the house, and they could be hurt or be too scared to sleep or go "
     "to school"),
    ("sw_uk", "mapping:family_view",
     "mum said 'im not an alcoholic, i just have a few cans when the kids are in bed' and says "
     "the school are picking on her"),
    ("sw_uk", "mapping:complicating",
     "they have no money coming in because of mums visa and have lived in one room at a "
     "hostel since may"),
    # ---- mapping: what needs to happen ----
    ("sw_au", "mapping:goal_doing",
     "dad will stop and leave the room when he starts shouting, go for a walk and come back "
     "calm, and text mum where he has gone"),
    ("sw_uk", "mapping:goal_child",
     "R will go to bed at 7 without hearing shouting and have breakfast with both parents "
     "before nursery"),
    ("sw_uk", "mapping:safety_goal",
     "dad will leave the house when he gets angry and mum will ring her sister if he comes back "
     "drunk, so the kids are not hurt; the social worker, nursery and aunty need to see this "
     "for 6 months"),
    ("sw_uk", "mapping:next_steps",
     "the social worker will book the family meeting by fri 15th and ring nan and aunty to "
     "invite them"),
    # ---- mapping: what's working well ----
    ("teacher", "mapping:strengths",
     "mum has kept the same flat for 3 years, the kids each have their own bed and they eat "
     "tea at 5 and are in bed by 7"),
    ("sw_uk", "mapping:existing_safety",
     "when dad turned up drunk on 3 nov mum wouldnt let him in, took the kids upstairs and "
     "rang his brother to fetch him"),
    ("sw_uk", "mapping:trusted_adults",
     "nan: has the kids every saturday and will ring mum each sunday night to check they are ok"),
    # ---- mapping: scale and the child ----
    ("sw_uk", "mapping:danger_scale_why",
     "2 - i am very worried because on sat he held a knife to mum with the baby in the room "
     "and he has not been arrested yet"),
    ("sw_na", "mapping:safety_scale_why",
     "7 because dad has moved to his brothers and kept to the contact plan for 8 weeks, not "
     "higher as he still texts mum late at night"),
    ("sw_uk", "mapping:house_worries",
     "'when daddy comes i hide in the cupboard'"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum has taken the kids to a&e 7 times since june with burns and cuts and says each time "
     "they fell, the hospital cant match the injuries to what she says"),
    ("hv", "harm_matrix:harm_impact",
     "she has lost weight, cries at the school gate every morning and told her teacher 'i have "
     "to look after mummy'"),
    ("police", "harm_matrix:harm_worst",
     "the night of 2 sept when he locked mum and the kids in the bedroom and kicked the door "
     "until we got there"),
    ("sw_na", "harm_matrix:harm_frequency",
     "about once a fortnight, usually the friday after payday, the last was fri 8 nov and its "
     "getting worse"),
    ("sw_uk", "harm_matrix:harm_history",
     "since T was born in 2019, the midwife first rang us when dad punched a wall on the ward"),
    ("drugs", "harm_matrix:harm_complicating",
     "dad injects heroin and picks up methadone from the chemist every day, and mum has no one "
     "nearby to help"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "mum said 'yes he hits me but he never touches the kids, and im not leaving him'"),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3 because she was left alone again on 5 nov and mum still says she is old enough at 6"),
    ("police", "harm_matrix:danger_statement",
     "police and school are worried that dad will hit mum again when he is drunk and the kids "
     "will see it or be hit trying to help her, like K (9) was in august"),
    # ---- three houses ----
    ("sw_uk", "three_houses:house_worries",
     "'nobody listens when i say i dont want to go to dads'"),
    ("sw_au", "three_houses:house_good",
     "'me and my sister play lego in our room'"),
    ("sw_uk", "three_houses:house_dreams",
     "'daddy to play football with me on saturdays like before'"),
    ("sw_uk", "three_houses:worker_noticed",
     "when mum came in she stopped drawing and looked at mum before she answered each question"),
    ("ey", "three_houses:present",
     "her mum sat in for the first 10 minutes, then waited in the kitchen"),
    # ---- wellbeing ----
    ("eh", "wellbeing:worry_what",
     "she hasnt been in school since 4 oct, is sick in the mornings on school days and says "
     "'the other girls laugh at me'"),
    ("eh", "wellbeing:worry_impact",
     "she could fall behind in year 10 and leave with no exams, and stop seeing any friends "
     "at all"),
    ("hv", "wellbeing:unmet_needs",
     "clean clothes for school every day and someone to help her wash her hair"),
    ("eh", "wellbeing:goal_doing",
     "mum will have tea ready by 6 and sit down with the kids to eat it, and check their "
     "homework before bed"),
    ("eh", "wellbeing:next_steps",
     "family support worker to visit mum at home every tues at 10 from 12 nov until christmas"),
    ("ey", "wellbeing:strengths",
     "the house is warm, theres food in the fridge and the kids beds have clean sheets"),
    ("eh", "wellbeing:family_view",
     "mum says 'i want her back in school, i just cant get her out of bed' and agreed to try "
     "the plan for 4 weeks"),
    # ---- success ----
    ("pa", "success:vision",
     "'a house near the sea with my dog and a job looking after animals'"),
    ("pa", "success:own_goals",
     "'pass my driving test'"),
    ("pa", "success:what_helps",
     "her foster carer drives her to college every monday and her youth worker helps her with "
     "her bank account on fridays"),
    ("pa", "success:others_worried",
     "her foster carer saw a man in his 30s drop her off at 2am twice last week and he has "
     "given her a new phone"),
    ("pa", "success:goal_first_step",
     "she and her personal adviser will ring the college on mon 18th at 11 to ask about the "
     "course"),
    ("pa", "success:success_scale_why",
     "8 because she has been at college every day for 6 weeks and pays her phone bill herself"),
    # ---- contextual ----
    ("yot", "contextual:harm_outside",
     "he has been missing 6 times since sept, twice found in another town with cash and two "
     "phones, and wont talk to the police about it"),
    ("teacher", "contextual:harm_signs",
     "new trainers and a designer bag she cant afford, falls asleep in lessons and said 'i owe "
     "them'"),
    ("police", "contextual:danger_behaviour",
     "two men in their 20s pick her up after school in a black car and give her vodka and "
     "cigarettes"),
    ("yw", "contextual:peer_worries",
     "a group of 17 and 18 year olds he met at the skate park who take him shoplifting and "
     "keep hold of his phone"),
    ("dsl", "contextual:online_worries",
     "men she has never met message her on snapchat after midnight and ask her for pictures"),
    ("police", "contextual:goal_doing",
     "police will visit the flat on grove st every friday night and the youth worker will meet "
     "him at the skate park every wednesday"),
    ("yot", "contextual:trusted_adults",
     "his youth worker: meets him every tuesday at the centre and texts him each sunday"),
    ("sw_uk", "contextual:home_worries",
     "since oct two men have been staying at mums flat and selling drugs from it, and she says "
     "she is too scared to tell them to go"),
    # ---- contribution ----
    ("housing", "contribution:worries",
     "neighbours have rung us 5 times since aug about shouting and things thrown from the "
     "balcony, last time a bottle nearly hit a child"),
    ("gp", "contribution:working_well",
     "mum has brought the baby to every check since birth and he has put on weight each time"),
    ("dsl", "contribution:needs_to_happen",
     "i will meet mum at school on thurs 14th at 3.15 to set up a breakfast club place, and our "
     "school nurse will see K next week"),
    ("dsl", "contribution:child_said",
     "'its fine at home, mums just tired all the time'"),
    ("camhs", "contribution:partner_scale_why",
     "4 because she told me dad hit her with a belt on mon and she is scared to go home, "
     "though mum rang us straight away"),
    ("police", "contribution:role",
     "neighbourhood police officer for the estate"),
    # ---- reflection ----
    ("hv", "reflection:what_happened",
     "the baby has missed 3 of her development checks since june and mum didnt answer when we "
     "rang"),
    ("ey", "reflection:going_well",
     "mum has got up every morning this month and walked the kids to nursery, and she has "
     "cleared the kitchen"),
    ("police", "reflection:needs_to_happen",
     "i will send our notes to the hub today and ask the duty social worker to call mum by "
     "friday"),
    ("dsl", "reflection:worry_scale_why",
     "5 because he comes in fed and clean, but he said no adult was home on fri night"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "on 1 nov mum was found asleep on the sofa after drinking and the 3yo was out in the "
     "street in her nappy at 11pm"),
    ("sw_au", "supervision:child_words",
     "'i miss my brother and i want to see him at christmas'"),
    ("sw_uk", "supervision:working_well",
     "the nursery, the health visitor and nan have each seen the baby at least twice a week "
     "since oct and ring each other if she looks unwell"),
    ("sw_uk", "supervision:difference",
     "mum now rings me before things get bad, and the kids have been in school every day for "
     "4 weeks"),
    ("sw_uk", "supervision:goal_doing",
     "mum will only drink when nan has the kids and not at all on school nights"),
    ("sw_uk", "supervision:danger_statement",
     "the social worker is worried that mum will drink until she passes out again while the 3yo "
     "is awake, and the 3yo could get out into the road or be hurt at home with no one to help"),
)


# ---- held-out variants: written after the fixes, in other words, not used to design them ----
HELD_OUT_FLAWED: list[tuple[str, str, str, str]] = [
    ("mapping", "danger_scale_why", "3, really concerned about this family", "number|seen"),
    ("wellbeing", "wellbeing_scale_why", "6 - feeling hopeful", "number|seen"),
    ("harm_matrix", "harm_scale_why", "2 i have a horrible feeling about this one", "number|seen"),
    ("contextual", "safety_scale_why", "4 my gut tells me shes still going there", "number|seen"),
    ("success", "success_scale_why", "9, hes doing brilliant", "number|seen"),
    ("mapping", "recent_harm", "see case notes, too much to write here", "seen"),
    ("wellbeing", "worry_what", "as per my last visit, nothing new", "seen"),
    ("contextual", "harm_outside", "its all on the system", "seen"),
    ("mapping", "harm_impact", "it has had a huge impact on the children", "seen|impact"),
    ("harm_matrix", "harm_impact", "the kids have been through hell", "seen|impact"),
    ("supervision", "difference", "made a real difference for mum", "seen|impact"),
    ("wellbeing", "worry_impact", "poor outcomes", "impact|danger"),
    ("supervision", "working_well", "a safe and loving home", "seen"),
    ("mapping", "strengths", "good routines and boundaries", "seen"),
    ("wellbeing", "unmet_needs", "his emotional needs", "seen"),
    ("contribution", "working_well", "the support network is good", "seen"),
    ("mapping", "goal_doing", "dad will be drug free", "goal"),
    ("wellbeing", "goal_doing", "mum will put the baby first", "goal"),
    ("mapping", "next_steps", "to be discussed at core group", "who_when"),
    ("contribution", "needs_to_happen", "tba", "who_when"),
    ("success", "goal_first_step", "tbc at next review", "who_when"),
    ("success", "goal_first_step", "as required", "who_when"),
    ("reflection", "needs_to_happen", "agencies to communicate better", "who_when"),
    ("three_houses", "house_worries", "he shared with me that he gets scared at night", "words"),
    ("success", "vision", "to have a positive future", "words"),
    ("harm_matrix", "harm_accepted_detail", "dad accepts the concerns", "words"),
    ("contextual", "online_worries", "talking to random men on insta", "seen|harmer"),
    ("mapping", "harm_pattern", "several incidents over the past few weeks", "seen"),
    ("contribution", "worries", "shes a frequent flyer at the walk in centre", "seen"),
]
HELD_OUT_SOUND: list[Case] = [
    ("mapping", "danger_scale_why",
     "3 - very worried, he broke her arm on sat and is still turning up at the house"),
    ("success", "success_scale_why",
     "9 because she has done every shift at the cafe for 2 months and is saving for a deposit"),
    ("mapping", "worst_harm",
     "see the police log for the times, but on 4 may dad strangled mum in the kitchen while J "
     "watched"),
    ("mapping", "harm_impact",
     "it has affected all 3 kids: the eldest stopped eating at school and the twins wet the bed "
     "again"),
    ("supervision", "difference",
     "it made a big difference, mum rang nan on fri instead of drinking"),
    ("mapping", "strengths",
     "a stable home: same flat 4 years, tea at 5, bed at 7, mum walks them to school"),
    ("mapping", "goal_doing",
     "dad will stop and walk out to the garden when he feels angry, and ring his sponsor"),
    ("mapping", "next_steps",
     "the chair will set the date at core group on 12 dec and the social worker will tell mum by "
     "the 14th"),
    ("supervision", "working_well",
     "mum rings me before things get out of hand and nan comes round within the hour"),
    ("contextual", "online_worries",
     "strangers message her on tiktok asking her to meet, one sent her £50 last week"),
    ("harm_matrix", "harm_accepted_detail",
     "mum agrees with the worries and said 'i know he scares the kids'"),
    ("mapping", "harm_pattern",
     "several times over the last few months: 3 oct, 19 oct and 2 nov"),
]


# The held-out lines the fixes missed ("he shared with me that", and "before things get out
# of hand") were widened to their kinds; fresh variants written after that widening:
WIDENED_AGAIN = [
    ("mapping", "house_worries", "he shared with us that mummy cries", "words"),
    ("contribution", "child_said", "K shared with staff that home is scary", "words"),
    ("wellbeing", "house_worries", "she shared with her teacher that she misses dad", "words"),
]
WIDENED_AGAIN_SOUND: list[Case] = [
    ("mapping", "existing_safety",
     "when dad has been drinking mum takes the kids to nans before it gets nasty, she did this "
     "on 3 and 17 nov"),
    ("three_houses", "house_good", "'i shared my lego with my brother'"),
    ("wellbeing", "strengths",
     "nan has the kids every friday night before things get too much for mum, since sept"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line", "want"), HELD_OUT_FLAWED
                         + WIDENED_AGAIN)
def test_a_held_out_flawed_variant_is_asked_with_a_question_that_fits(
        flow_id: str, step_id: str, line: str, want: str) -> None:
    reply = asked_s(flow_id, step_id, line)
    assert reply is not None, line
    assert _fits_af(want, reply), (line, reply)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), HELD_OUT_SOUND
                         + WIDENED_AGAIN_SOUND)
def test_a_held_out_sound_variant_is_let_through(flow_id: str, step_id: str,
                                                  line: str) -> None:
    assert asked_s(flow_id, step_id, line) is None, line


globals().update(review_tests(rows_set(
    "AF", SET_AF_FLAWED, SET_AF_SOUND, asked=asked_s, fits=_fits_af,
    sizes=(70, 70), paired=True)))
