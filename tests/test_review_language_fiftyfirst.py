"""Set AK: a blind wording review of every tool, social workers, partners and children (pass 51).

Written after reading set AJ's file only (its shape and the runner) and the earlier sets'
docstrings (to know their ground), before reading any rule in flows/checks or the bot's
nudges: 70 flawed lines and 70 sound ones, each pair at one question, in the voices of social
workers (English, Scottish, Irish, Australian, New Zealand, Canadian, American), teachers and
a school's safeguarding lead, a health visitor, a GP, a midwife, police, youth workers, a
personal adviser, early help, a foster carer and children's own words as a worker records
them, typed as on a phone. Each row: (voice, "tool:question", line), a flawed one also what a
practice lead would expect asked back (the kinds `_fits_ai` reads). New ground against the
earlier sets: a risk grade as a scale's reason ("risk remains high", "2 - high risk"), a
state held ("holding steady", "treading water", "stayed static", "the jury's out"), an event
with nobody in it ("an incident occurred at the home"), minimising ("only a tap"), an impact
of nothing said ("a knock-on effect", "welfare compromised", "it will end in tears",
"impact on her wellbeing going forward"), capacity as a verdict ("lacks protective
capacity", "good parenting capacity"), goals of a way of working or an absence ("work openly
and honestly with professionals", "no further incidents", "a childhood free from fear", "a
positive sense of self"), "ongoing" as how long, countries' and services' short forms
("ROSH", "ROC", "CPS", "Op Encompass", "MUS, ?FII", "NAS", "ACEs", "TAF", "DNA x3"), youth
work slang ("on road", "plugging"), worker words in a child's "I" ("listened to by
professionals", "my placement is stable", "anger management", "a drinking problem"), a
course as existing safety ("completed the Freedom Programme"), and a partner's verdicts ("come
on leaps and bounds", "attendance is satisfactory", "pro-social peers").
"""
from __future__ import annotations

from review_sets import review_tests, rows_set
from test_review_language_fortyninth import _fits_ai
from test_review_language_thirtyeighth import asked_s

from flows.replies import Nudge
from tests.test_walk_seventeenth import FLOWS, reach


def asked_ak(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder `line` gets at the question (`asked_s`); what the child shows, asked in
    group supervision only when what the child said is skipped, is reached by skipping it."""
    if step_id != "child_seen":
        return asked_s(flow_id, step_id, line)
    chat = reach(FLOWS[flow_id], "child_words")
    chat.command("skip")
    assert chat.asked == "child_seen"
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)

SET_AK_FLAWED: tuple[tuple[str, str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "an incident occurred at the home and the child was present", "seen"),
    ("sw_nz", "mapping:recent_harm",
     "ROC came in re a family harm incident, tamariki present", "seen|spell"),
    ("sw_au", "mapping:harm_pattern",
     "4 x ROSH reports, historic and ongoing", "seen|spell|period"),
    ("teacher", "mapping:harm_impact",
     "its had a knock-on effect on everything", "seen|impact"),
    ("sw_uk", "mapping:danger_behaviour",
     "mum's lack of protective capacity", "seen"),
    ("sw_ie", "mapping:danger_impact",
     "the childrens welfare will be compromised", "impact|danger"),
    ("sw_ca", "mapping:family_view",
     "dad was hostile and mom was tearful", "words|seen"),
    ("sw_uk", "mapping:goal_doing",
     "there will be no further incidents", "goal"),
    ("sw_uk", "mapping:goal_how_long",
     "ongoing", "period"),
    ("sw_uk", "mapping:existing_safety",
     "mum has engaged with DA services and completed the Freedom Programme", "safety|seen|spell"),
    ("sw_uk", "mapping:complicating",
     "cultural factors and a language barrier", "seen"),
    ("sw_uk", "mapping:strengths",
     "mum has good parenting capacity", "seen"),
    ("sw_uk", "mapping:first_sign",
     "mum being more open and honest with us", "seen"),
    ("sw_uk", "mapping:next_steps",
     "TAF to be convened, chase CAMHS", "who_when|spell"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 - risk remains high", "number|seen"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:harm_worst",
     "it was only a tap on the legs", "seen"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "a handful of times, maybe more", "seen|period"),
    ("sw_us", "harm_matrix:harm_history",
     "CPS history, 3 prior substantiated reports for neglect", "seen|spell"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad deflected blame onto mum", "words"),
    ("mw", "harm_matrix:child_vulnerability",
     "prem baby, NAS, still on the unit", "seen|spell"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dads on the gear and mums got her own stuff going on", "seen"),
    ("police", "harm_matrix:danger_behaviour",
     "dad is a ticking time bomb", "seen"),
    ("hv", "harm_matrix:harm_impact",
     "developmentally delayed as a result", "seen|impact"),
    ("sw_uk", "harm_matrix:danger_impact",
     "it will end in tears", "impact|danger"),
    ("sw_uk", "harm_matrix:danger_statement",
     "If nothing changes the children will continue to be exposed to ACEs.", "danger|spell"),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'i dont feel listened to by professionals'", "words"),
    ("child", "three_houses:house_good",
     "'my placement is stable and i have a good relationship with my carers'", "words"),
    ("child", "three_houses:house_dreams",
     "'for dad to get help with his anger management'", "words"),
    ("sw_uk", "three_houses:worker_noticed",
     "he was dysregulated and masking throughout", "seen"),
    ("child", "three_houses:house_worries",
     "'mum has a drinking problem and poor mental health'", "words"),
    # ---- wellbeing ----
    ("mw", "wellbeing:worry_what",
     "late booker, poor antenatal engagement, DNA x3", "seen|spell"),
    ("eh", "wellbeing:worry_impact",
     "it could impact on her wellbeing going forward", "impact|danger"),
    ("eh", "wellbeing:family_view",
     "parents are ambivalent about support", "words|seen"),
    ("eh", "wellbeing:goal_doing",
     "parents will work openly and honestly with professionals", "goal"),
    ("eh", "wellbeing:goal_child",
     "J will have a positive sense of self", "goal|seen"),
    ("sw_sc", "wellbeing:harder",
     "financial pressures and the cost of living crisis", "seen"),
    ("eh", "wellbeing:coped",
     "yes they have previously managed with support", "seen"),
    ("eh", "wellbeing:next_steps",
     "step down to universal services when appropriate", "who_when"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 - holding steady", "number|seen"),
    # ---- success ----
    ("pa", "success:vision",
     "'to live independently and achieve positive outcomes'", "words"),
    ("pa", "success:belonging",
     "he is well integrated into his carers family", "words"),
    ("pa", "success:their_people",
     "the professionals around her", "who_when|seen"),
    ("pa", "success:success_goal",
     "he will engage in EET", "goal|spell"),
    ("pa", "success:goal_first_step",
     "to be discussed at next pathway plan review", "who_when"),
    ("pa", "success:others_worried",
     "concerns around possible grooming", "seen|harmer"),
    ("pa", "success:success_scale_why",
     "5 - treading water", "number|seen"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "he's on road, suspected plugging", "seen|harmer|spell"),
    ("yw", "contextual:harm_signs",
     "he's shut down, won't open up", "words|seen"),
    ("yw", "contextual:peer_strengths",
     "pro-social peers", "seen"),
    ("dsl", "contextual:school_strengths",
     "good relationships with staff", "seen"),
    ("police", "contextual:area_worries",
     "exploitation hotspot, lots of activity", "seen|harmer"),
    ("sw_uk", "contextual:goal_doing",
     "partners will disrupt exploitation", "goal|who_when"),
    ("sw_uk", "contextual:plan_working",
     "positive feedback from professionals", "seen|who_when"),
    ("yw", "contextual:trusted_adults",
     "key adults in school", "who_when"),
    ("dsl", "contextual:online_worries",
     "concerns re: inappropriate online contact", "seen"),
    # ---- group supervision ----
    ("sw_uk", "supervision:what_worked",
     "a trauma-informed approach and building rapport", "seen"),
    ("sw_uk", "supervision:difference",
     "it made a real difference to the family", "seen|impact"),
    ("sw_uk", "supervision:scale_moved",
     "no, its stayed static", "seen|period"),
    ("sw_uk", "supervision:child_seen",
     "she seemed a bit off, not her usual self", "seen"),
    ("sw_uk", "supervision:goal_child",
     "the children will have a childhood free from fear", "goal|seen"),
    ("sw_uk", "supervision:my_scale_why",
     "4 - the jury's out", "number|seen"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "Op Encompass notification received this morning", "seen|spell"),
    ("teacher", "reflection:going_well",
     "attendance is satisfactory", "seen"),
    ("teacher", "reflection:needs_to_happen",
     "for childrens services to step in", "who_when"),
    ("dsl", "reflection:worry_scale_why",
     "2 - high risk", "number|seen"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "frequent attender with MUS, ?FII", "seen|spell"),
    ("fc", "contribution:working_well",
     "he's come on leaps and bounds", "seen"),
    ("police", "contribution:needs_to_happen",
     "a full assessment of need", "who_when"),
    ("police", "contribution:child_said",
     "the child made allegations against her stepfather", "words"),
    ("fc", "contribution:partner_scale_why",
     "8 - settled", "number|seen"),
)

SET_AK_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:worst_harm",
     "in march dad held the baby over the balcony rail while he was shouting at mum, and she "
     "screamed till a neighbour came"),
    ("sw_nz", "mapping:recent_harm",
     "on friday night dad threw a bottle at mum and it smashed by the cot, the kids were awake "
     "and their nana came and got them"),
    ("sw_au", "mapping:harm_pattern",
     "since 2021, about once a month, worse since dad lost his job in march"),
    ("teacher", "mapping:harm_impact",
     "she has stopped eating her breakfast club toast and asks me every morning if dad will be "
     "home"),
    ("sw_uk", "mapping:danger_behaviour",
     "mum lets dad back in at night after he has hit her, while the kids are asleep upstairs"),
    ("sw_ie", "mapping:danger_impact",
     "the kids could be hit by a flying plate or burnt by the kettle when dad throws things"),
    ("sw_ca", "mapping:family_view",
     "dad said 'you people have had it in for me since day one' and mom said she agrees with "
     "the plan"),
    ("sw_uk", "mapping:goal_doing",
     "dad will leave the house and go to his brother's when he feels angry, and text mum where "
     "he is"),
    ("sw_uk", "mapping:goal_how_long",
     "six months, so we see it through christmas, when things got worse last year"),
    ("sw_uk", "mapping:existing_safety",
     "the night dad came back drunk on 2 may, mum took the kids to her sister's and rang the "
     "police"),
    ("sw_uk", "mapping:complicating",
     "mum speaks only tigrinya and there is no interpreter at the GP surgery, so she misses the "
     "baby's appointments"),
    ("sw_uk", "mapping:strengths",
     "mum reads to L every night and takes her to the library on saturdays"),
    ("sw_uk", "mapping:first_sign",
     "mum ringing me before dad comes round, not after"),
    ("sw_uk", "mapping:next_steps",
     "i will ring the childrens mental health team on mon 9th to chase K's appointment and tell "
     "mum the date by tues"),
    ("sw_uk", "mapping:danger_scale_why",
     "3 because dad still has a key and came in at 2am on sunday"),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:harm_worst",
     "he slapped her across the face so hard it left a hand mark that her teacher saw the next "
     "morning"),
    ("sw_uk", "harm_matrix:harm_frequency",
     "5 times since christmas that mum has told us, the last on sat 3rd, more often than last "
     "year"),
    ("sw_us", "harm_matrix:harm_history",
     "since the baby was born in 2022; the nurse first raised it at his 2 month check"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "dad said 'i only pushed her cos she wouldnt shut up, its mums fault for winding me up'"),
    ("mw", "harm_matrix:child_vulnerability",
     "born at 32 weeks, still on the unit being weaned off the methadone mum took in pregnancy, "
     "and feeds every 2 hours"),
    ("sw_uk", "harm_matrix:harm_complicating",
     "dad uses heroin most days and mum has been very low since her own mum died last year"),
    ("police", "harm_matrix:danger_behaviour",
     "dad screams in the kids faces and kicks the doors in when they dont do as they are told"),
    ("hv", "harm_matrix:harm_impact",
     "at 3 she says 5 words and flinches when anyone lifts a hand near her"),
    ("sw_uk", "harm_matrix:danger_impact",
     "she could be left with brain damage if he shakes her again"),
    ("sw_uk", "harm_matrix:danger_statement",
     "Police and the social worker are worried that dad will hurt mum again when he has been "
     "drinking, while the kids are in the house, and they could be hurt trying to stop him."),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'nobody listens when i say i want to go home'"),
    ("child", "three_houses:house_good",
     "'me and jo bake cakes on sundays and she lets me lick the spoon'"),
    ("child", "three_houses:house_dreams",
     "'for dad to stop shouting and throwing stuff'"),
    ("sw_uk", "three_houses:worker_noticed",
     "he kept getting up to look out of the window whenever a car went past"),
    ("child", "three_houses:house_worries",
     "'mum falls asleep on the sofa with her wine and i cant wake her up'"),
    # ---- wellbeing ----
    ("mw", "wellbeing:worry_what",
     "mum first saw a midwife at 30 weeks and has missed her next 3 appointments"),
    ("eh", "wellbeing:worry_impact",
     "she could fall behind with her reading and stop wanting to go to school"),
    ("eh", "wellbeing:family_view",
     "dad said 'we dont need anyone poking about', mum said shed try the group once"),
    ("eh", "wellbeing:goal_doing",
     "mum and dad will get the kids up at 7 and have them at school by 8.45 every day"),
    ("eh", "wellbeing:goal_child",
     "J will lay out his uniform the night before with dad and get to school on time"),
    ("sw_sc", "wellbeing:harder",
     "dad lost his job in may and they have been to the food bank 3 times since"),
    ("eh", "wellbeing:coped",
     "when dad was in hospital last year nan moved in for 6 weeks and did the school run"),
    ("eh", "wellbeing:next_steps",
     "i will close the case on 30 june if J is still in school every day, and tell the school "
     "nurse that week"),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 because mum has kept to the bedtime chart for a month but the baby still has nappy "
     "rash"),
    # ---- success ----
    ("pa", "success:vision",
     "'a little house near the sea with a dog and a job in a kitchen'"),
    ("pa", "success:belonging",
     "'at my aunties, she saves me the top bunk and it feels like home'"),
    ("pa", "success:their_people",
     "her big sister R and her old foster carer Jan, who both say she can ring any time"),
    ("pa", "success:success_goal",
     "he will go to the bricklaying course at college 3 days a week on the 8.10 bus"),
    ("pa", "success:goal_first_step",
     "she and her personal adviser will look at 2 flats on tuesday at 11"),
    ("pa", "success:others_worried",
     "his youth worker saw him get into a car with 2 older men outside the chippy at 1am on "
     "friday"),
    ("pa", "success:success_scale_why",
     "5 because he has a flat now but has missed his rent twice"),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "on 2 march two men drove him to a flat in leeds and made him sell drugs there for 4 days"),
    ("yw", "contextual:harm_signs",
     "he said 'if i dont go they'll come to my mums' and he has a cut on his hand he wont "
     "explain"),
    ("yw", "contextual:peer_strengths",
     "his mates from boxing, who walk home with him after training on tues and thurs"),
    ("dsl", "contextual:school_strengths",
     "she talks to mrs B in the library every lunchtime and told her about the party"),
    ("police", "contextual:area_worries",
     "men in a blue car wait by the school gates at 3.15 and offer the year 9s lifts and vapes"),
    ("sw_uk", "contextual:goal_doing",
     "police will patrol the park by the chippy every friday and saturday night and the council "
     "will fix the lights there by may"),
    ("sw_uk", "contextual:plan_working",
     "his mum will see him home by 10 every night, and his youth worker will hear first if he "
     "misses boxing"),
    ("yw", "contextual:trusted_adults",
     "Mr T, his head of year: checks in with him every morning at 8.30 in form time"),
    ("dsl", "contextual:online_worries",
     "a man who says he is 16 has been messaging her on snapchat at night asking to meet her"),
    # ---- group supervision ----
    ("sw_uk", "supervision:what_worked",
     "seeing mum at the cafe instead of at home, where she could talk without dad listening"),
    ("sw_uk", "supervision:difference",
     "mum told me for the first time that dad hits her, and asked about the refuge"),
    ("sw_uk", "supervision:scale_moved",
     "stayed at 3 since january; we tried a family meeting and a parenting course and dad didnt "
     "go to either"),
    ("sw_uk", "supervision:child_seen",
     "she didnt speak for the whole visit, sat under the table and wouldnt take a biscuit"),
    ("sw_uk", "supervision:goal_child",
     "the kids will sleep through the night without being woken by shouting, and tell their "
     "teacher about their weekend"),
    ("sw_uk", "supervision:my_scale_why",
     "4 because mum has kept dad out for 2 weeks but he is due out of prison on friday"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "police rang at 8 to say there was a fight at his home last night; he came in without his "
     "coat and fell asleep in maths"),
    ("teacher", "reflection:going_well",
     "he has been in every day this half term and mum brings him to the gate at 8.40"),
    ("teacher", "reflection:needs_to_happen",
     "i will ring the council's front door team before 3 today and tell mum after school that "
     "i have"),
    ("dsl", "reflection:worry_scale_why",
     "2 because she said dad hit her with a belt last night and she doesnt want to go home"),
    # ---- contribution ----
    ("gp", "contribution:worries",
     "mum has brought E to the surgery 14 times since january with tummy pains we can find no "
     "cause for, and each time says E has stopped eating"),
    ("fc", "contribution:working_well",
     "he sleeps through most nights now and has started asking friends round after school"),
    ("police", "contribution:needs_to_happen",
     "i will send the social worker our last 3 call-out logs for the address by friday"),
    ("police", "contribution:child_said",
     "'he comes in my room at night and i dont like it'"),
    ("fc", "contribution:partner_scale_why",
     "8 because he has slept through every night this month and asked to stay for christmas"),
)


globals().update(review_tests(rows_set(
    "AK", SET_AK_FLAWED, SET_AK_SOUND, asked=asked_ak, fits=_fits_ai,
    sizes=(70, 70), paired=True)))
