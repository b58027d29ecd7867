"""Set AP: sound answers the bot must leave alone, a blind review of false alarms (pass 55).

Written blind, before any rule in flows/checks or the bot's nudges was read and before
anything was run on it, and committed first: 120 sound answers, plain, specific and
behavioural, the kind a practice lead signs off, each at the question it is typed at, across
every tool and kind of question (worries, what is working well, next steps with who, what and
when, the harm matrix's rows, danger statements, safety goals, scaling reasons, the three
houses in a child's words, wellbeing, success, contextual factors), in the voices of social
workers, teachers, health visitors, police, GPs, children, partners, writers whose first
language is not English, dictation without punctuation, British and American spelling, long
answers of several sentences, answers naming services, medicines, places, dates and times,
and answers quoting a parent's words. Each row: (voice, "tool:question", line).

Blind, on main (4f2b47c7): 12 of 120 asked. Read one by one, 9 fit after all and are moved to
`FLAWED_AFTER_ALL`, each with why: short forms the project asks to be written out ("DV",
"DSL", "CPOMS", "MASH", "NRM"), a child's words with the worker's "she said" in them, an
aunt's offer where the question is what the family has done, a title and surname ("Mr
Ahmed"), "is using" with no drug named, and two lines typed by mistake at questions of
options (how severe; signs others noticed). One was a false alarm outright: a wellbeing goal
led by "Mum, the school and the family support worker will ...", asked what the caregiver
will do (the goal check read at most six words before "will", and of a list only its last
part, so mum, first, was missed). Two were asked fittingly for a short form but with a second
question that did not fit: a family's step booked for a day ("dad will go to the alcohol
service on Tuesday at 10") at the next steps, asked what will be different for the child (a
goal's question), and "NRM" at a referral still to make, asked who referred and what was
decided.

Fixed by shape: `compliance.compliance_steps(next_step=True)` leaves a family's step booked
for a day or a time at a question of what happens next (one with no day, a deadline only, "by
Friday" or "by March", or the same step given as a goal, is still asked);
`safety_goal._listed_caregiver` reads a list of who will act that opens the sentence whole
("A, B and C will"), each part a few words and no clause (a list of workers only, or one after
an "if", is still asked); NRM's question asks who made or will make the referral. After: 0 of
the 109 sound lines asked; the 11 above asked as they fit, none with the compliance question.
Every review set and language corpus test keeps its numbers (tests/test_review_language_*.py,
tests/test_language*.py, with main merged in; the three failing, set M's held-out "nothing" at
the two house_worries questions and set AH's "reportedly a serious assault took place last
year", fail on main (adf570ee) too, and are left to their owners).

Held-out (`HELD_OUT_SOUND`): 40 sound lines written after the fixes and committed (906ed797)
before they were run, once: asked 3/40 on main (two goals led by a long list with the
caregiver first, one booked next step), 0/40 after (`HELD_OUT_ASKED` is empty). Written
knowing the fixes, they lean towards their shapes; the 109 blind lines are the fairer number.
"""
from __future__ import annotations

import pytest
from review_sets import ReviewSet, at, review_tests
from test_review_language_fiftyfirst import asked_ak

from flows.checks.compliance import COMPLIANCE_QUESTION

SET_AP_SOUND: tuple[tuple[str, str, str], ...] = (
    # ---- mapping ----
    ("sw_uk", "mapping:house_worries",
     "'when dad shouts at mum i hide under my bed with my headphones on'"),
    ("sw_us", "mapping:house_good",
     "'grandma lets me help make pancakes on sundays and my mom comes too'"),
    ("child", "mapping:house_dreams",
     "'that dad stops drinking and we go to the beach in the summer'"),
    ("police", "mapping:worst_harm",
     "On 14 March at 23:40 dad strangled mum in the kitchen while the 6 year old watched from "
     "the stairs; she rang 999 herself."),
    ("sw_uk", "mapping:recent_harm",
     "last saturday dad came home drunk at 2am, kicked in the bedroom door and the girls woke "
     "up screaming"),
    ("sw_uk", "mapping:harm_pattern",
     "about twice a month since september, nearly always on the weekend dad gets paid"),
    ("hv", "mapping:harm_impact",
     "Ellie (4) flinches when anyone raises their voice and has started wetting herself at "
     "nursery again."),
    ("sw_uk", "mapping:danger_behaviour",
     "Dad hits mum when he has been drinking, and the children are in the room when he does."),
    ("sw_uk", "mapping:danger_impact",
     "Ellie and Sam could be hit by something he throws or be too frightened to sleep or learn "
     "at school."),
    ("sw_uk", "mapping:danger_statement",
     "Children's services are worried that when dad drinks he may hit mum again in front of "
     "Ellie and Sam, as he did on 14 March, and that they could be hurt by something he "
     "throws or be too scared to sleep, eat or learn."),
    ("sw_us", "mapping:family_view",
     "Mom said 'I know he needs to stop drinking, I just don't know how to make him', and "
     "agreed to call the DV advocate this week."),
    ("sw_uk", "mapping:goal_doing",
     "Dad will not drink at home, and if he has had a drink he will stay at his brother's on "
     "Elm Road that night."),
    ("sw_uk", "mapping:goal_child",
     "Ellie and Sam will sleep through the night without waking to shouting, and will tell "
     "their teacher if anything frightens them."),
    ("sw_uk", "mapping:goal_how_long",
     "six months, including christmas and new year when dad used to drink most"),
    ("sw_uk", "mapping:safety_goal",
     "Ellie and Sam's mum, nan and teacher will make sure the children are never at home when "
     "dad has been drinking, and everyone will see this for six months including Christmas."),
    ("sw_uk", "mapping:complicating",
     "Mum works nights at the care home on Tuesdays and Thursdays, so dad is alone with the "
     "children those nights."),
    ("sw_uk", "mapping:strengths",
     "Nan lives two streets away and has the children every time mum rings her, even at 3am."),
    ("sw_uk", "mapping:existing_safety",
     "When dad starts drinking mum texts nan the word 'pizza' and nan comes to collect the "
     "kids."),
    ("sw_uk", "mapping:next_steps",
     "I will ring the school's DSL on Monday 9th; mum will book the GP appointment about her "
     "sleep by Friday; dad will go to the alcohol service on Tuesday at 10."),
    ("sw_uk", "mapping:first_sign",
     "mum tells me without being asked that dad had a drink and where the kids slept"),
    ("sw_uk", "mapping:grey_areas",
     "We don't know whether dad still has the key to the flat, and mum hasn't said."),
    ("sw_uk", "mapping:danger_scale_why",
     "4 because dad has been sober for three weeks and went to his first appointment, but "
     "he still has a key and mum has not told the school the plan."),
    ("sw_uk", "mapping:safety_scale_why",
     "6: nan has had the kids both times dad drank this month and mum rang me herself the "
     "second time."),
    # ---- harm matrix ----
    ("sw_uk", "harm_matrix:danger_behaviour",
     "mum leaves the baby with her 11 year old brother when she goes out to score"),
    ("hv", "harm_matrix:harm_impact",
     "The baby has lost weight two weeks running and has a nappy rash that has bled."),
    ("sw_uk", "harm_matrix:harm_worst",
     "in april the baby was found alone in the flat for 4 hours by the neighbour, crying in "
     "a soaking nappy"),
    ("police", "harm_matrix:harm_frequency",
     "We have been called 7 times since January 2024, the last on 2 June at 01:15."),
    ("sw_uk", "harm_matrix:harm_history",
     "Since 2019, when the older brother was removed after he was left alone at 2 years old."),
    ("sw_uk", "harm_matrix:harm_severity",
     "The baby was admitted to the Royal Infirmary for three days with dehydration in April."),
    ("sw_uk", "harm_matrix:harm_complicating",
     "mum has no phone credit most weeks so she cant ring anyone when she needs help"),
    ("sw_uk", "harm_matrix:harm_accepted_detail",
     "Mum said 'I only left her for ten minutes to get milk', and that she didn't know it was "
     "four hours."),
    ("hv", "harm_matrix:child_vulnerability",
     "She is 7 months old, can't crawl yet and nobody outside the family sees her except me "
     "every two weeks."),
    ("sw_uk", "harm_matrix:danger_impact",
     "the baby could become seriously ill from not being fed or changed, or be hurt if she "
     "rolls off the sofa with no one there"),
    ("sw_uk", "harm_matrix:danger_statement",
     "We are worried that mum may leave Mia (7 months) alone in the flat again when she goes "
     "out to buy drugs, as she did in April, and that Mia could become seriously ill from "
     "not being fed or be badly hurt with no one there."),
    ("sw_uk", "harm_matrix:harm_scale_why",
     "3: mum has left her alone twice this year and has not let me in for the last two visits."),
    # ---- three houses ----
    ("child", "three_houses:house_worries",
     "'my step dad calls me stupid and makes me stand in the corner when i get my homework "
     "wrong'"),
    ("child", "three_houses:house_good",
     "'my dog biscuit sleeps on my bed and mum plays uno with me after tea'"),
    ("child", "three_houses:house_dreams",
     "'i want to live with my dad at weekends and have my own room with a bunk bed'"),
    ("child", "three_houses:house_worries",
     "'mummy falls asleep on the sofa and i can't wake her up and i get scared'"),
    ("child", "three_houses:house_good",
     "'i like it when nana picks me up from school and we get chips'"),
    ("child", "three_houses:house_dreams",
     "'nobody shouting and my brother coming back home from the foster house'"),
    ("sw_uk", "three_houses:worker_noticed",
     "She drew her step dad very big with no hands and put herself in the corner of the "
     "page; she talked quickly and looked at the door twice."),
    ("sw_uk", "three_houses:took_part_other",
     "he told me his worries while we played with lego and i wrote them down for him"),
    ("sw_uk", "three_houses:worker_noticed",
     "she put 3 'because dad still gets cross but he doesn't hit me now'"),
    # ---- wellbeing ----
    ("teacher", "wellbeing:worry_what",
     "Jayden has come to school without a coat every day since November and has eaten "
     "seconds at lunch every day this week."),
    ("hv", "wellbeing:worry_impact",
     "He gets cold and hungry, can't concentrate after break and was sent home with a chest "
     "infection in December."),
    ("eh", "wellbeing:worry_statement",
     "The school is worried that Jayden (7) is hungry and cold most days because there is no "
     "food in the house by Thursday, and that he may keep getting ill and falling behind with "
     "his reading."),
    ("eh", "wellbeing:family_view",
     "Mom said 'I'd rather go without than him go without', and asked for help with the "
     "electric bill."),
    ("eh", "wellbeing:goal_doing",
     "Mum will go to the food bank at St Mark's every Thursday and school will send Jayden's "
     "coat home from lost property on Monday."),
    ("eh", "wellbeing:goal_child",
     "Jayden will come to school in a coat and will have had breakfast at home or at "
     "breakfast club every morning."),
    ("eh", "wellbeing:wellbeing_goal",
     "Mum, the school and the family support worker will make sure Jayden has breakfast, a "
     "warm coat and tea every day, and will see this through the winter until March."),
    ("hv", "wellbeing:unmet_needs",
     "She has not had her 12 month jabs and her eczema cream ran out in October."),
    ("eh", "wellbeing:harder",
     "Dad lost his job at the warehouse in October and the universal credit doesn't start "
     "until the 23rd."),
    ("teacher", "wellbeing:strengths",
     "Jayden has been at breakfast club every day since the half term and he is reading every "
     "night with his mum."),
    ("eh", "wellbeing:strengths",
     "Mum walks both children to school every day, on time, and reads with Jayden every night."),
    ("eh", "wellbeing:coped",
     "When their flat flooded last year mum got them into her sister's within a day and "
     "neither child missed school."),
    ("eh", "wellbeing:next_steps",
     "I will apply for the household support fund today; mum will take the letter to the "
     "housing office on Wednesday at 2pm; school will add Jayden to free breakfast club from "
     "Monday."),
    ("eh", "wellbeing:wellbeing_scale_why",
     "6 because there is food in the house this week and he has had breakfast every day, but "
     "the gas is still off."),
    ("dictation", "wellbeing:house_worries",
     "she said when mummy is sad she doesnt make tea so i eat crisps in my bedroom"),
    # ---- success ----
    ("pa", "success:vision",
     "'to finish my course at the college and get a job as a mechanic by next summer'"),
    ("pa", "success:own_goals",
     "'pass my driving theory test in may and save 50 pound a month'"),
    ("pa", "success:what_helps",
     "When I text him the night before an appointment and meet him at the bus stop."),
    ("pa", "success:their_people",
     "'my nan, my girlfriend jade and my boxing coach'"),
    ("pa", "success:their_worries",
     "'that i'll lose my flat if i can't pay the rent again'"),
    ("pa", "success:others_worried",
     "His landlord says he is two months behind with the rent and friends stay there every "
     "night."),
    ("pa", "success:outside_signs",
     "He has a second phone and has been seen getting into a car outside the flat at 1am."),
    ("pa", "success:success_goal",
     "Tyler will pay his rent on the 1st of every month and will only have friends over at "
     "weekends."),
    ("pa", "success:goal_support",
     "His nan will go with him to the bank on Friday to set up a standing order, and I will "
     "call him on the 1st each month."),
    ("pa", "success:goal_first_step",
     "Tyler will bring his tenancy letter to our meeting on Tuesday at 11."),
    ("pa", "success:success_scale_why",
     "5, he paid this month's rent on time and went to every college day, but still owes two "
     "months."),
    # ---- contextual ----
    ("yw", "contextual:harm_outside",
     "Since February older boys from the estate have had Jay carrying packages to Leeds on the "
     "train on Saturdays."),
    ("police", "contextual:harm_signs",
     "He was stopped at Doncaster station on 3 March with £400 and two phones, 60 miles from "
     "home."),
    ("yw", "contextual:yp_worries",
     "'if i stop they'll come to my house and hurt my mum'"),
    ("yw", "contextual:yp_strengths",
     "He goes to football training every Tuesday and Thursday and his coach says he never "
     "misses."),
    ("sw_uk", "contextual:home_worries",
     "Mum works 6pm to 6am at the hospital three nights a week, so nobody is home to notice "
     "when he goes out."),
    ("sw_uk", "contextual:home_safety",
     "His aunt has said he can stay with her any night mum is working, and she lives near his "
     "school."),
    ("teacher", "contextual:school_worries",
     "He has missed 23 days since September, mostly Fridays and Mondays."),
    ("teacher", "contextual:school_strengths",
     "His DT teacher Mr Ahmed gives him extra time in the workshop at lunch and he has made a "
     "stool."),
    ("police", "contextual:area_worries",
     "The underpass by Tesco on Station Road is where the boys meet him after school; there "
     "have been three stabbings there this year."),
    ("teacher", "contextual:online_worries",
     "A man she met on Snapchat has asked her to send photos and to meet him at the retail "
     "park."),
    ("sw_uk", "contextual:danger_behaviour",
     "Older boys from the estate give Jay drugs to carry to Leeds and threatened to stab him "
     "when he said no on 10 March."),
    ("sw_uk", "contextual:danger_impact",
     "Jay could be stabbed, arrested for carrying drugs, or taken to another city and not "
     "come home."),
    ("sw_uk", "contextual:danger_statement",
     "We are worried that older boys from the estate will keep making Jay (15) carry drugs to "
     "Leeds, as they have since February, and that he could be stabbed, arrested or go "
     "missing."),
    ("sw_uk", "contextual:goal_family",
     "Mum will ring 101 the moment Jay isn't home by 9pm and his aunt will pick him up from "
     "football."),
    ("sw_uk", "contextual:goal_child",
     "Jay will come straight home from school by the canal path and will give his second phone "
     "to the police."),
    ("sw_uk", "contextual:safety_goal",
     "Jay's mum, aunt, football coach and youth worker will make sure Jay is with one of them "
     "every evening and at weekends, so he is never alone with the boys from the estate, for "
     "the next six months."),
    ("sw_uk", "contextual:next_steps",
     "I'll make the NRM referral today and ask PC Walsh to visit the underpass on Friday "
     "evening."),
    ("sw_uk", "contextual:safety_scale_why",
     "3 because he went missing twice last week and came back with new trainers both times."),
    ("non_native", "contextual:peer_worries",
     "his friends are more old, 18 and 19, and they take him in car to other city at night"),
    # ---- group supervision ----
    ("sw_uk", "supervision:worries",
     "The 3 year old has had bruises on his arms at the last two nursery drop-offs and dad "
     "said he fell off the bed."),
    ("sw_uk", "supervision:child_words",
     "'daddy grabs me hard when i'm naughty'"),
    ("sw_uk", "supervision:working_well",
     "Mum has gone to every contact session since May and brings a packed lunch for them."),
    ("sw_uk", "supervision:needs",
     "A home visit by Friday and a child protection medical for the bruises."),
    ("sw_uk", "supervision:danger_behaviour",
     "Dad grabs Leo by the arms hard enough to bruise him when Leo won't do what he's told."),
    ("sw_uk", "supervision:danger_statement",
     "We are worried that dad will grab or hit Leo (3) again when he won't do as he's told, "
     "as he did before the two nursery drop-offs this month, and that Leo could be badly "
     "hurt or learn to be scared of his dad."),
    ("sw_uk", "supervision:goal_child",
     "Leo will go to nursery every day with no new marks on him and will run to his dad at "
     "pick-up."),
    ("sw_uk", "supervision:safety_goal",
     "Dad, mum and nan will make sure Leo is never grabbed or hit, and nursery will see him "
     "every day with no new marks, for the next six months."),
    ("sw_uk", "supervision:my_scale_why",
     "4, because there have been no new bruises for two weeks but dad still won't talk about "
     "how they happened."),
    ("sw_uk", "supervision:what_worked",
     "Asking dad what his own father did when he was naughty, which is when he started to talk."),
    ("sw_uk", "supervision:difference",
     "dad told nursery himself on monday that he had grabbed leo and asked what else he could "
     "do"),
    # ---- reflection ----
    ("teacher", "reflection:what_happened",
     "At 10:15 today Amira (8) told me her stepmum hit her with a wooden spoon last night "
     "and showed me a red mark on her leg."),
    ("teacher", "reflection:going_well",
     "She is always on time, has lots of friends and her dad comes to every parents' evening."),
    ("teacher", "reflection:needs_to_happen",
     "I will tell the DSL before lunch and write down exactly what she said in CPOMS."),
    ("teacher", "reflection:worry_scale_why",
     "3 because she has a mark and has told me who did it, and it happened last night."),
    ("gp", "reflection:what_happened",
     "Mum brought her 9-month-old to surgery this morning with a spiral fracture of the left "
     "arm and said he rolled off the changing mat."),
    ("gp", "reflection:needs_to_happen",
     "I'm referring him to A&E at St James's now and will ring the MASH before 12."),
    ("police", "reflection:what_happened",
     "Called to a disturbance at 02:10; dad had punched the front window out and the two "
     "children were on the landing crying."),
    # ---- contribution ----
    ("hv", "contribution:worries",
     "Mum told me on 4 June she hasn't slept for three nights and has thoughts of hurting "
     "herself; the baby is 5 weeks old."),
    ("teacher", "contribution:working_well",
     "He has been in school every day since February and has joined the chess club on "
     "Wednesdays."),
    ("gp", "contribution:needs_to_happen",
     "I'll review mum's sertraline on 10 June and refer her to the perinatal mental health "
     "team today."),
    ("teacher", "contribution:child_said",
     "'i don't want to go home because mum's boyfriend will be there'"),
    ("hv", "contribution:partner_scale_why",
     "6: mum is taking her sertraline and her partner does the night feeds, but she still has "
     "those thoughts some days."),
    ("partner", "contribution:worries",
     "he came to youth club on thursday with a black eye and said his brother did it"),
    ("gp", "contribution:worries",
     "Dad has missed his last three methadone pick-ups at Boots on the High Street and was "
     "seen in A&E on 2 May after an overdose."),
    # ---- more voices at more questions ----
    ("dictation", "mapping:worst_harm",
     "in february dad pushed mum down the stairs while she was holding the baby and the baby "
     "hit her head"),
    ("non_native", "mapping:harm_impact",
     "the boy is not eating well and he is very quiet in school since the father hit the "
     "mother"),
    ("sw_us", "mapping:strengths",
     "Grandpa picks the kids up from school every day and takes them to his house until mom "
     "finishes work at 6."),
    ("police", "harm_matrix:harm_worst",
     "On 9 December dad held a knife to mum's throat in the living room and the 10 year old "
     "called us from his bedroom."),
    ("sw_uk", "supervision:worries",
     "Mum has told us she is using again: she said 'I've been using since my dad died in "
     "March, I can't stop on my own'."),
    ("child", "supervision:child_words",
     "'i like it at my aunties because no one shouts and i have my own bed'"),
)

AP_SOUND = at(SET_AP_SOUND)


# Asked on main, and the question fits after all: each line and why, with words of the reply
# that show it is asked as it fits. (Each moved here from the sound set, not tuned to.)
FLAWED_AFTER_ALL: dict[str, tuple[str, str]] = {
    # short forms the project asks to be written out once for the family
    "Mom said 'I know he needs to stop drinking, I just don't know how to make him', and "
    "agreed to call the DV advocate this week.":
        ("'DV' is a short form the family may not know", 'You wrote "DV advocate"'),
    "I will ring the school's DSL on Monday 9th; mum will book the GP appointment about her "
    "sleep by Friday; dad will go to the alcohol service on Tuesday at 10.":
        ("'DSL' is a short form (asked only that now, see below)", '"DSL"'),
    "I'll make the NRM referral today and ask PC Walsh to visit the underpass on Friday "
    "evening.":
        ("'NRM' is a short form (its question now fits a referral still to make)",
         'You wrote "NRM". Who made or will make the referral'),
    "I will tell the DSL before lunch and write down exactly what she said in CPOMS.":
        ("'DSL' and a system's name, 'CPOMS'", '"CPOMS"'),
    "I'm referring him to A&E at St James's now and will ring the MASH before 12.":
        ("'MASH', a team's short form", 'You wrote "MASH"'),
    # a child's words recorded with the worker's "she said" in them
    "she said when mummy is sad she doesnt make tea so i eat crisps in my bedroom":
        ("the child's words are kept as theirs, so 'she said' would read as hers",
         "kept as their own words"),
    # an aunt's offer, at the question of what the family has done when the danger was there
    "His aunt has said he can stay with her any night mum is working, and she lives near his "
    "school.":
        ("an offer, not yet something done to protect him", "Existing safety is what someone "
         "did"),
    # a title and surname, where the project asks for a role or initials
    "His DT teacher Mr Ahmed gives him extra time in the workshop at lunch and he has made a "
    "stool.":
        ("a full name, 'Mr Ahmed'", 'looks like a full name ("Mr Ahmed")'),
    # "using" with the drug not named (the parent's own words say no more)
    "Mum has told us she is using again: she said 'I've been using since my dad died in "
    "March, I can't stop on my own'.":
        ("'is using' names no drug, how much or how often", 'You wrote "is using"'),
    # typed at a question of options, where any typed line is not saved as it stands
    "The baby was admitted to the Royal Infirmary for three days with dehydration in April.":
        ("typed at a choice question (how severe), placed there by mistake",
         "couldn't match that to one of the options"),
    "He has a second phone and has been seen getting into a car outside the flat at 1am.":
        ("typed at a choice question (signs others noticed), placed there by mistake",
         "couldn't match that to one of the options"),
}

def test_set_ap_is_as_written_blind() -> None:
    assert len(AP_SOUND) == 120
    assert len({line for _, _, line in AP_SOUND}) == 120
    assert set(FLAWED_AFTER_ALL) <= {line for _, _, line in AP_SOUND}
    assert len(FLAWED_AFTER_ALL) == 11


@pytest.mark.parametrize(("flow_id", "step_id", "line"),
                         [case for case in AP_SOUND if case[2] in FLAWED_AFTER_ALL])
def test_set_ap_a_line_asked_after_all_is_asked_as_it_fits(flow_id: str, step_id: str,
                                                           line: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert FLAWED_AFTER_ALL[line][1] in reply, (line, reply)
    assert COMPLIANCE_QUESTION not in reply, reply


# A family's step booked for a day or a time, at a question of what happens next, is that
# next step (who, what and when) and is left alone ...
BOOKED_STEPS = [
    ("mapping", "next_steps", "dad will go to the alcohol service on Tuesday at 10"),
    ("wellbeing", "next_steps", "Mum will go to the housing appointment on Monday at 2pm."),
    ("contextual", "next_steps", "Mum to attend the first parenting session on the 14th"),
    ("reflection", "needs_to_happen", "dad will see his GP tomorrow at 9:15"),
    ("contribution", "needs_to_happen", "mum will go to the perinatal clinic on Thursday"),
    ("supervision", "needs", "Dad to start the Caring Dads programme on Wednesday 3rd"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), BOOKED_STEPS)
def test_a_family_step_booked_for_a_day_is_a_next_step_left_alone(flow_id: str, step_id: str,
                                                                  line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line


# ... but one with only a far time or none, or the same booked step given as a goal, is still
# asked what will be different for the child.
@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "next_steps", "Dad will attend the course by March"),
    ("contextual", "next_steps", "mum to engage with Turning Point by Friday"),
    ("wellbeing", "next_steps", "mum to engage with services"),
    ("mapping", "goal_doing", "dad will go to the alcohol service on Tuesday at 10"),
    ("contextual", "goal_family", "dad will go to the alcohol service on Tuesday at 10"),
])
def test_taking_part_with_no_day_or_as_a_goal_is_still_asked_what_it_is_for(
        flow_id: str, step_id: str, line: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert COMPLIANCE_QUESTION in reply, (line, reply)


# A goal whose list of who will act opens with a caregiver, however long the list, says what
# the caregiver will do ...
LISTED_GOALS = [
    ("wellbeing", "wellbeing_goal",
     "Mum, the school and the family support worker will make sure Jayden has breakfast every "
     "day until March."),
    ("supervision", "safety_goal",
     "Mum, nan, the school and the youth worker will make sure Leo is collected from nursery "
     "by a sober adult every day for six months, and nursery will see it."),
    ("mapping", "safety_goal",
     "Dad, the nursery and the health visitor will make sure the baby is only ever held by a "
     "sober adult, and everyone will see this for the next six months."),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), LISTED_GOALS)
def test_a_goal_led_by_a_list_with_a_caregiver_in_it_is_let_through(flow_id: str, step_id: str,
                                                                    line: str) -> None:
    assert asked_ak(flow_id, step_id, line) is None, line


# ... but a list of workers only, or a clause before the list, is still asked what the
# caregiver will do.
@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("mapping", "safety_goal",
     "The social worker, the school and the health visitor will make sure the baby is fed "
     "every day, and everyone will see this for six months."),
    ("wellbeing", "wellbeing_goal",
     "If mum is unwell, the school and the family support worker will make sure Jayden has "
     "breakfast every day until March."),
])
def test_a_goal_of_workers_only_is_still_asked_what_the_caregiver_will_do(
        flow_id: str, step_id: str, line: str) -> None:
    reply = asked_ak(flow_id, step_id, line)
    assert reply is not None, line
    assert "what the caregiver will do" in reply, (line, reply)


# ---- held-out sound answers: written after the fixes, committed before they were run ----
HELD_OUT_SOUND: list[tuple[str, str, str]] = [
    ("mapping", "house_worries", "'i don't like it when mum's friend stays over and they fight'"),
    ("mapping", "house_good", "'my auntie takes me to the park and buys me a slush'"),
    ("mapping", "worst_harm",
     "On 2 January mum's partner threw a mug at her and it cut the baby's forehead; she needed "
     "stitches at the Children's Hospital."),
    ("mapping", "recent_harm",
     "Friday night just gone, mum's partner punched the bathroom door while the kids were in "
     "the bath"),
    ("mapping", "harm_impact",
     "Ruby (6) has stopped talking at school and asks her teacher every afternoon if mum will "
     "be there."),
    ("mapping", "danger_statement",
     "We are worried that mum's partner may hurt mum again when he has been drinking, as on 2 "
     "January, and that Ruby and the baby could be cut or hit by what he throws, or be too "
     "scared to sleep."),
    ("mapping", "safety_goal",
     "Mum, her sister, the school and the health visitor will make sure the children are "
     "never in the house when her partner has been drinking, and everyone will see this for "
     "nine months including Christmas."),
    ("mapping", "next_steps",
     "mum will go to the Freedom Programme on Wednesday at 10; I will ring her sister tonight; "
     "school will tell me by Friday if Ruby is quiet again"),
    ("mapping", "strengths",
     "Mum's sister has the children every Friday night and has a spare room for them."),
    ("mapping", "danger_scale_why",
     "5, because mum has told her partner to stay at his mum's and the children say it has "
     "been quiet, but he still texts her every night."),
    ("harm_matrix", "harm_impact",
     "The twins (2) have had three chest infections since October from the damp and smoke in "
     "the flat."),
    ("harm_matrix", "harm_worst",
     "in november the younger twin was taken to a&e by ambulance at 3am, struggling to breathe"),
    ("harm_matrix", "harm_frequency",
     "Every night: dad smokes in the bedroom where the twins sleep, mum told me on 4 December."),
    ("harm_matrix", "danger_statement",
     "We are worried that dad will keep smoking in the twins' bedroom, as he does every night, "
     "and that the twins could be rushed to hospital again unable to breathe."),
    ("three_houses", "house_worries", "'when daddy smokes in my room i cough and cant sleep'"),
    ("three_houses", "house_good", "'my teacher miss khan gives me a sticker when i read to her'"),
    ("three_houses", "house_dreams", "'a house with no damp and a garden for a trampoline'"),
    ("three_houses", "worker_noticed",
     "He drew the house with a big black cloud inside and coughed all through our chat."),
    ("wellbeing", "worry_what",
     "The baby's cot is in the hallway because the bedroom ceiling leaks, and mum sleeps on the "
     "sofa next to her."),
    ("wellbeing", "goal_doing",
     "Mum will ring the landlord every Monday until the roof is fixed and will keep the baby's "
     "cot in the dry room."),
    ("wellbeing", "wellbeing_goal",
     "Mum, nan and the housing officer will make sure the baby sleeps in a dry room every "
     "night, and the health visitor will see this at every visit until the roof is fixed."),
    ("wellbeing", "next_steps",
     "mum will go to the housing office on Thursday at 11 with the photos of the damp; I'll "
     "write to the landlord today"),
    ("wellbeing", "wellbeing_scale_why",
     "5: the baby is sleeping in the dry room now, but the roof still leaks when it rains."),
    ("success", "vision", "'to live near my little sister and see her every weekend'"),
    ("success", "success_goal",
     "Kira will go to her college course every Monday and Wednesday and text her personal "
     "adviser if she can't."),
    ("success", "goal_first_step",
     "Kira will go to the college open day on Saturday with her foster carer."),
    ("success", "what_helps", "When her foster carer drives her to college on rainy days."),
    ("contextual", "harm_outside",
     "Since the summer a man in his forties has been giving Leah cigarettes and lifts after "
     "school at the shops on Park Lane."),
    ("contextual", "danger_statement",
     "We are worried that the man who gives Leah (14) lifts will keep taking her away from "
     "home, as he has since the summer, and that she could be sexually abused or go missing."),
    ("contextual", "safety_goal",
     "Leah's mum, her uncle, the shop manager and her head of year will make sure she is never "
     "alone with the man, and will see this every day for the next six months."),
    ("contextual", "next_steps",
     "mum will go to the police station with me on Tuesday at 4 to report the lifts; her head "
     "of year will meet Leah on Monday"),
    ("contextual", "yp_strengths", "Leah goes to drama club every Wednesday and loves it."),
    ("supervision", "worries",
     "Dad told me 'I haven't fed the baby since last night because there's no milk', and the "
     "baby was crying when I got there at 2pm."),
    ("supervision", "safety_goal",
     "Dad, his mum and the health visitor will make sure the baby is fed every three hours, "
     "and the health visitor will see her weighed every week for three months."),
    ("supervision", "difference",
     "Dad rang the food bank himself on Tuesday and the baby has put on weight."),
    ("reflection", "what_happened",
     "this morning at drop off Sam (5) had a burn on his hand and said dad held it on the "
     "kettle"),
    ("reflection", "needs_to_happen",
     "I will tell our safeguarding lead now and write down Sam's words exactly."),
    ("contribution", "worries",
     "The baby has missed her last two weighings at the clinic on Church Street, on 3 and 17 "
     "May."),
    ("contribution", "needs_to_happen",
     "mum will bring the baby to clinic on Tuesday at 9:30 and I'll ring her the day before"),
    ("contribution", "working_well",
     "Mum has taken her iron tablets every day since March and walks to the clinic with the "
     "pram."),
]
# Held-out sound lines still asked after the fixes (none were).
HELD_OUT_ASKED: frozenset[str] = frozenset()

globals().update(review_tests(ReviewSet(
    name="AP", asked=asked_ak,
    sound=[case for case in AP_SOUND if case[2] not in FLAWED_AFTER_ALL],
    held_sound=[case for case in HELD_OUT_SOUND if case[2] not in HELD_OUT_ASKED])))


def test_the_held_out_set_is_as_written() -> None:
    assert len(HELD_OUT_SOUND) == 40
    assert {line for _, _, line in HELD_OUT_SOUND} >= HELD_OUT_ASKED
