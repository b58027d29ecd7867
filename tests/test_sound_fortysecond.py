"""Sound answers, written blind (pass 42, sound42): a hundred lines a good practitioner
writes, over the nine tools and their typed questions (the record's questions and the scale
reasons too), in four families' voices: a Welsh family (Welsh place names, British spelling),
a Polish family in Scotland, a Glasgow teenager, a young person in the Hebrides, and an
American supervision case; the child's words quoted (misspellings kept), dates and times,
agencies written out, dashes, emoji, numbered lists, short and long. Written before reading
any rule in flows/checks, flows/nudges.py or flows/moves.py; each row is (tool:question,
line), run through the real check of the question it would be typed at, as pass 41's were.
"""

from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import asked_s
from test_review_language_thirtysecond_c import asked_at

from flows.replies import Nudge, Pick
from tests.test_walk_seventeenth import FLOWS, reach

SOUND_BLIND: tuple[tuple[str, str], ...] = (
    # mapping (Welsh family; British spelling)
    ("mapping:meeting_date", "Thursday 12 June 2025 at 10am, Tŷ Penallta, Ystrad Mynach"),
    ("mapping:network",
     "Mum, Dad, Cerys (10), her class teacher, the health visitor, the police domestic abuse "
     "officer and the GP."),
    ("mapping:views_missing",
     "Dad's: he hasn't answered the two letters we sent in May, and his probation officer is "
     "on leave until 16 June."),
    ("mapping:next_review", "At the core group on 3 September 2025."),
    ("mapping:worst_harm",
     "On Saturday 8 February, around 11pm, Dad came home from the rugby club in Pontypridd and "
     "threw a mug at Mum; it smashed on the wall beside Cerys's bed while she was in it. Cerys "
     "(10) had a cut on her forehead that was glued at the Royal Glamorgan's emergency "
     "department. She told the nurse \"I pretended to be asleep so he'd stop\"."),
    ("mapping:harm_pattern",
     "Five times since Christmas that we know of, all on Friday or Saturday nights after Dad "
     "has been drinking; the gaps are getting shorter."),
    ("mapping:harm_impact",
     "Cerys wets the bed most nights now and told her teacher \"I sleep in my school uniform "
     "in case we have to go\"."),
    ("mapping:danger_who",
     "The school's safeguarding lead, the police, the social worker, and Mum, who says she is "
     "scared too."),
    ("mapping:danger_behaviour",
     "Dad throws things and pushes Mum when he is drunk, sometimes with Cerys and her brother "
     "Osian (3) in the same room."),
    ("mapping:danger_impact",
     "Cerys or Osian could be hit by something thrown, or hurt getting between their parents, "
     "and Cerys could go on losing sleep and missing school."),
    ("mapping:family_view",
     "Dad agrees he drinks too much at weekends but says \"I've never laid a finger on the "
     "kids\"; Mum agrees with us that the children are frightened."),
    ("mapping:goal_doing",
     "Dad will go to his brother's in Treforest whenever an argument starts, and will not come "
     "home drunk while the children are there."),
    ("mapping:goal_child",
     "Cerys will sleep through the night in her pyjamas and Osian won't be woken by shouting."),
    ("mapping:goal_how_long",
     "Nine months, through Christmas and the Six Nations, when Dad drinks most."),
    ("mapping:complicating",
     "Mum doesn't drive and the last bus to her sister's leaves at 7pm."),
    ("mapping:strengths",
     "Osian goes to the Cylch Meithrin every morning and Mum walks him there in all weathers."),
    ("mapping:existing_safety",
     "On 13 May, when Mum and Dad were arguing on the landing at 1am, Cerys rang her nan, who "
     "came and took both children back to hers for the night."),
    ("mapping:trusted_adults",
     "Nan (Mum's mum): will have the children to stay any night Dad has been drinking, and "
     "will ring the social worker the next morning."),
    ("mapping:plan_working",
     "Cerys will be coming to school rested and on time; her teacher sees her at 8.45 every "
     "day and will be the first to notice if she isn't."),
    ("mapping:next_steps",
     "The social worker will meet Dad at the family centre by Friday 20 June to write the plan "
     "with him."),
    ("mapping:first_sign",
     "Dad telling the social worker himself about a night he walked out instead of shouting."),
    ("mapping:grey_areas",
     "Whether Dad still drives after drinking – Mum thinks he does, he says he doesn't."),
    ("mapping:house_worries", "\"wen dad is shouty and mum crys\""),
    ("mapping:house_good", "\"playing Minecraft with Osian\" 🎮"),
    ("mapping:house_dreams", "\"I wish Daddy lived at Nanas\""),
    ("mapping:child_view_how",
     "I spoke with Cerys at school on 2 June with her teaching assistant nearby; Osian is 3, "
     "so I watched him play at nursery instead."),
    ("mapping:danger_scale_why",
     "3: the pushing and throwing happened as recently as 13 May, but Mum has started taking "
     "the children to Nan's."),
    ("mapping:safety_scale_why",
     "4 — Nan has stepped in twice and Mum talks openly with us, but Dad hasn't agreed to any "
     "plan yet."),
    ("mapping:safety_scale_others",
     "Mum: 6, because she thinks Dad is drinking less since he started his new job"),
    ("mapping:danger_statement",
     "The social worker, the school and Mum are worried that Dad may throw things or push Mum "
     "again when he has been drinking, and that Cerys or Osian could be hit or badly frightened "
     "and keep losing sleep."),
    ("mapping:safety_goal",
     "Dad will go to his brother's to calm down whenever an argument starts and will only be "
     "at home sober when the children are there, so Cerys and Osian sleep through the night "
     "without shouting. Everyone will need to see this for nine months."),
    # harm matrix
    ("harm_matrix:network",
     "Mum, her partner, Zainab (7), the health visitor, the school nurse and the police public "
     "protection unit."),
    ("harm_matrix:danger_behaviour",
     "Mum's partner grabs Zainab by the upper arm and drags her up the stairs when she won't "
     "go to bed."),
    ("harm_matrix:harm_impact",
     "Zainab has had finger-shaped bruises on both arms twice since April, and flinches when a "
     "man raises his voice at school."),
    ("harm_matrix:harm_worst",
     "On 19 April he dragged her up the stairs by one arm and she hit her head on the "
     "banister; she was sick twice that night."),
    ("harm_matrix:harm_frequency",
     "Twice that we know of (19 April and 30 May); about the same, not getting better."),
    ("harm_matrix:harm_history",
     "Since Mum's partner moved in last October; the school first saw a bruise on 19 April."),
    ("harm_matrix:harm_complicating",
     "He works nights at the warehouse, so bedtime is when he has just woken up and Mum is at "
     "her own job."),
    ("harm_matrix:harm_accepted_detail",
     "Mum said \"he's strict but he'd never hurt her on purpose\"; her partner hasn't spoken "
     "to us yet."),
    ("harm_matrix:child_vulnerability",
     "Zainab is 7, small for her age, and speaks mostly Urdu at home, so she finds it hard to "
     "tell teachers what happened."),
    ("harm_matrix:danger_impact",
     "Zainab could be badly hurt falling on the stairs, and could stop telling anyone when she "
     "is hurt."),
    ("harm_matrix:harm_scale_why",
     "2, because it has happened twice in six weeks and no other adult is home at bedtime."),
    # three houses
    ("three_houses:not_told",
     "Her stepdad: she said \"don't tell him, he'll be cross\"."),
    ("three_houses:share_who", "Mum, her teacher Mrs J, and her nan."),
    ("three_houses:child_age", "8 (nine in September)"),
    ("three_houses:session_when",
     "Wednesday 4 June, 2–3pm, in the quiet room at Ysgol Gynradd Machynlleth."),
    ("three_houses:took_part_other",
     "She told me what to write and chose the colours herself."),
    ("three_houses:house_worries", "\"when my stepdad shouts at my dog\""),
    ("three_houses:house_good", "\"my nan's cat called Biscuit\""),
    ("three_houses:house_dreams", "\"I want to go to Aberystwyth on the train with Mum\""),
    ("three_houses:worker_noticed",
     "She drew the dog in every house and hid the worries page under her arm when someone "
     "walked past the window."),
    # wellbeing (Polish family in Scotland)
    ("wellbeing:consent_who",
     "The school, the GP, the health visitor and the family support worker at the children's "
     "centre."),
    ("wellbeing:consent_plan",
     "I'll go back to see Dad on Monday 9 June with an interpreter and explain early help in "
     "Polish."),
    ("wellbeing:family",
     "Mum (A), Dad (W), Kacper (6) and baby Zofia (4 months); Mum's sister lives in Dundee."),
    ("wellbeing:network",
     "Mum, Dad, Kacper's teacher and the health visitor; Kacper's own view is still missing "
     "because he was off sick the day I visited."),
    ("wellbeing:next_review", "Six weeks from now, on Tuesday 15 July, at home."),
    ("wellbeing:worry_what",
     "Kacper has been late to school 14 times since Easter and twice came without a coat in "
     "the rain."),
    ("wellbeing:worry_impact",
     "Kacper could fall behind with his reading and start to feel left out by the other "
     "children."),
    ("wellbeing:family_view",
     "Dad says \"the baby keeps us awake all night, we're just exhausted\" and doesn't see the "
     "lateness as a big deal."),
    ("wellbeing:goal_doing",
     "Mum or Dad will walk Kacper to school for 8:50 every morning, with his coat and book "
     "bag."),
    ("wellbeing:goal_child",
     "Kacper will be in the line with his friends when the bell goes."),
    ("wellbeing:unmet_needs",
     "A hearing test – his teacher thinks he misses what she says to the class."),
    ("wellbeing:harder",
     "Dad works 6am–6pm shifts at the fish processing plant in Peterhead."),
    ("wellbeing:strengths", "Kacper is kind to his baby sister and loves drawing dinosaurs 🦕"),
    ("wellbeing:coped",
     "When Kacper was born they moved in with Mum's sister in Dundee for two months and she "
     "did the nursery run."),
    ("wellbeing:next_steps",
     "The health visitor will refer Kacper for a hearing test by 20 June."),
    ("wellbeing:child_view_how",
     "I talked with Kacper at home on 5 June, drawing with him at the kitchen table while Mum "
     "fed the baby."),
    ("wellbeing:wellbeing_scale_why",
     "6: both children are well fed and loved; it's the mornings that aren't working."),
    # contextual (Glasgow)
    ("contextual:network",
     "Tyler (15), his mum, his youth worker, his head of year, the police missing persons "
     "coordinator and the youth justice service."),
    ("contextual:harm_outside",
     "On 22 May Tyler was found by British Transport Police at Carlisle station at 2am with "
     "£400 and two phones; he had been missing from home in Glasgow since the Friday."),
    ("contextual:harm_signs",
     "He said \"I was just visiting a mate\" and won't say who gave him the phones."),
    ("contextual:yp_worries",
     "He's 15, has ADHD and was excluded from school in March, so he's on his own in the "
     "daytime."),
    ("contextual:home_worries", "His older brother owes money to the same group."),
    ("contextual:school_worries",
     "He's on a reduced timetable – mornings only – so his afternoons are empty."),
    ("contextual:online_strengths",
     "Mum knows his Instagram password and he looks through it with her on Sundays."),
    ("contextual:danger_behaviour",
     "Older men are giving Tyler money and phones and getting him to carry drugs on trains to "
     "other towns."),
    ("contextual:goal_doing",
     "The police and the youth justice service will be stopping the men who contact Tyler, and "
     "the school will be giving him a full timetable by September."),
    ("contextual:goal_family",
     "Tyler will be home by 9pm on weeknights and Mum will ring the police straight away if he "
     "isn't."),
    ("contextual:trusted_adults",
     "His uncle: will take Tyler fishing on Saturdays and ring Mum if Tyler mentions the men."),
    ("contextual:safety_scale_why",
     "3 because he went missing again on 1 June, though he came home by himself the next "
     "morning."),
    # success (Hebrides)
    ("success:network",
     "Aoife (17), her foster carer, her personal adviser from the leaving care team, and her "
     "college tutor."),
    ("success:vision",
     "\"A wee flat in Stornoway near the sea, a job at the hospital, and my sister living with "
     "me\""),
    ("success:own_goals", "\"get my provisional licence and pass my nat 5 maths\""),
    ("success:their_worries", "\"Money. I don't know how bills work\""),
    ("success:others_worried",
     "Her foster carer is worried that Aoife's ex-boyfriend has started messaging her again."),
    ("success:goal_support",
     "Her foster carer will teach her to cook three meals before she turns 18, and the leaving "
     "care team will help her open a bank account."),
    ("success:success_scale_why",
     "7 – she's at college four days a week and has saved £200, but she has nowhere lined up "
     "to live next summer."),
    # supervision (American voice)
    ("supervision:meeting_date", "Wed 11th June, 2pm"),
    ("supervision:worries",
     "Twice in May the neighbor found baby Amara (5 months) asleep on the couch next to Dad, "
     "who had been drinking; Mom was at work."),
    ("supervision:child_seen",
     "Amara is gaining weight, smiles at her mom and settles quickly when she is picked up."),
    ("supervision:needs",
     "1. Dad to move the crib into the living room by Friday. 2. The pediatrician to check "
     "Amara's weight on June 16. 3. Me to visit on a Saturday evening, when Mom works."),
    ("supervision:scale_moved",
     "It has stayed at 4 since February; we've tried a family group conference and weekly "
     "visits from the family support worker."),
    ("supervision:goal_doing",
     "Mom and Dad will put Amara down on her back in her own crib, and neither will sleep with "
     "her on the couch."),
    # contribution and reflection
    ("contribution:worries",
     "Since half term Noah has fallen asleep in class most afternoons and told me on Monday "
     "he'd had \"no tea, just crisps\"."),
    ("contribution:working_well",
     "His grandad brings him to school every Wednesday and they read together at the gate."),
    ("contribution:child_said", "\"Grandad makes the best beans on toast\""),
    ("contribution:partner_scale_why",
     "5, he's clearly loved, but he's hungry and tired most days I see him."),
    ("reflection:what_happened",
     "Jayden (12) came to training on Sunday 1 June with a black eye and said \"my step-dad "
     "did it but don't tell anyone\"."),
    ("reflection:needs_to_happen",
     "I will tell our club welfare officer today and ring the children's services front door "
     "before 5pm."),
    ("reflection:worry_scale_why",
     "2, because he told me his step-dad hit him and he's going home tonight."),
)

# Blind, on the code as it was (37ac68b): 2 of the 100 asked. (Two more could not be reached
# by pass 41's helper: how the family's agreement will be sought, asked only when they have
# not agreed, and what was seen of a child, asked only when their words are skipped; reached
# by that branch below, both let through.) One was right and is rewritten above: "On 13 May
# Cerys rang her nan, who came and took both children back to hers" named no danger, and a
# practice lead would ask what was happening then (now "when Mum and Dad were arguing on the
# landing at 1am"). One was the check's mistake, fixed by its family (the test below): "on a
# reduced timetable – mornings only –" was asked what the school day is like, though it says.
# Fitted: 0 of the 100 asked. Held out (below): 2 of 30 asked on the base, 0 of 30 fitted.
# Trying the blind set's times and periods written other ways found two more families, at
# how long (a period up to a meeting; a period with how the services will look at it), fixed
# by the tests after the first.


def asked_here(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder `line` gets at the question, reached as a practitioner would: the plan
    for the family's agreement after choosing that they have not agreed yet, what was seen
    of the child after skipping their words."""
    if step_id == "child_seen":
        return asked_at(flow_id, step_id, line)
    if step_id != "consent_plan":
        return asked_s(flow_id, step_id, line)
    chat = reach(FLOWS[flow_id], "consent")
    chat.send(Pick("no", chat.question.nonce))
    assert chat.asked == "consent_plan"
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)


def test_the_blind_set_is_as_written() -> None:
    assert len(SOUND_BLIND) == 100
    assert len({line for _, line in SOUND_BLIND}) == 100


@pytest.mark.parametrize(("where", "line"), SOUND_BLIND)
def test_a_sound_answer_is_let_through(where: str, line: str) -> None:
    flow_id, step_id = where.split(":")
    assert asked_here(flow_id, step_id, line) is None


@pytest.mark.parametrize(("where", "line"), [
    ("contextual:school_worries", "He's on a reduced timetable and goes home at 12."),
    ("contextual:school_worries", "Reduced timetable since March (mornings only), so he's at "
     "home alone every afternoon."),
    ("contextual:school_worries", "On a part-time timetable since March: only in the "
     "mornings, then he's out on his own around the shops."),
    ("wellbeing:worry_what", "She's been on a reduced timetable since Easter, in for two "
     "hours a day."),
    ("contribution:worries", "He is on a part-time timetable, 9 till 12, and is picked up at "
     "lunch by his nan."),
    ("contextual:school_worries", "Part-time timetable – three mornings a week – since the "
     "managed move in April."),
    # a time written with its point is no end of a sentence
    ("contextual:school_worries", "He's on a part-time timetable, 9.30 till 12, then at home on "
     "his own."),
])
def test_a_part_time_timetable_told_with_its_hours_is_not_asked_what_the_day_is(
        where: str, line: str) -> None:
    """"He's on a reduced timetable – mornings only – so his afternoons are empty" was asked
    "what is the young person's school day like now: when do they arrive and leave", though
    it said: the day told by its hours, its part of the day or how much of it is plain (and
    "9.30 till 12" is one time, not a sentence ending at "9.")."""
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize("line", [
    "He's been on a reduced timetable since March.",
    "Still on a part-time timetable since the summer.",
    "Off-rolled in May; on a reduced timetable at the new school every day this term.",
])
def test_a_part_time_timetable_with_nothing_of_the_day_is_still_asked(line: str) -> None:
    reply = asked_s("contextual", "school_worries", line)
    assert reply is not None
    assert "school day like now" in reply


@pytest.mark.parametrize(("where", "line"), [
    ("mapping:goal_how_long", "Six months, until the review on 14 October."),
    ("mapping:goal_how_long", "Until the review on 14 October, about six months."),
    ("wellbeing:goal_how_long", "Six months, until the next core group."),
    ("supervision:goal_how_long", "Up to the review conference on 14/10/25 – six months."),
    ("contextual:goal_how_long", "Until the end of the child protection plan in March, so "
     "about five months."),
])
def test_a_period_told_up_to_a_meeting_is_not_what_the_services_did(where: str,
                                                                     line: str) -> None:
    """Found after the blind set, trying its times written other ways: at "For how long will
    everyone need to see this ...?", "Six months, until the review on 14 October" was told it
    "says what the services did, but not yet what it meant for the child". The meeting a
    period runs to is when it ends, as "until transfer" already was."""
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize(("where", "line"), [
    ("supervision:goal_how_long", "12 weeks, then we'll look again at the core group."),
    ("mapping:goal_how_long", "Six months, reviewed at each core group."),
    ("wellbeing:goal_how_long", "Three months, then we'll review it together at home."),
    ("contextual:goal_how_long", "Six months, and the network meeting will look at it every "
     "four weeks."),
    ("mapping:goal_how_long", "A year after the case is closed."),
])
def test_a_period_told_with_how_the_services_will_check_it_is_not_what_they_did(
        where: str, line: str) -> None:
    """Found after the blind set: "12 weeks, then we'll look again at the core group" gave
    the period asked for, and was told it "says what the services did"."""
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize("line", ["Until the case is closed.", "As long as needed.",
                                  "Ongoing, reviewed at each core group.",
                                  # the services' own times, not how long it is to be seen
                                  "Review in 6 weeks, early Feb",
                                  "Case to remain open for a further 3 months."])
def test_how_long_with_no_period_is_still_asked(line: str) -> None:
    assert asked_s("mapping", "goal_how_long", line) is not None


# Held out: thirty sound answers written after the fixes, before any was run (the families
# fixed, times written with a point at other questions, and other voices: an Irish family,
# a Sikh family in Leicester, a Māori whānau, a Nigerian family in Cardiff, a foster home in
# Inverness, an American case).
HELD_OUT: tuple[tuple[str, str], ...] = (
    ("contextual:school_worries",
     "Since the managed move in January she's been in 10.15 till 1.30 and walks into town "
     "on her own afterwards."),
    ("wellbeing:worry_what",
     "Aoibhinn (9) is on a part-time timetable – afternoons only – and Mum says she spends "
     "the mornings in bed."),
    ("contribution:worries",
     "He has been on a reduced timetable since October and goes home at lunchtime; twice "
     "this month nobody was in when the taxi dropped him off."),
    ("mapping:recent_harm",
     "Sunday 6 April at 11.40pm: Dad kicked the bedroom door in while Harpreet (13) was "
     "behind it with her little brother."),
    ("mapping:existing_safety",
     "When Dad starts drinking on a Friday, Bibi takes both children to the gurdwara "
     "langar and keeps them at hers till Sunday."),
    ("mapping:goal_doing",
     "Dad will be home by 6.30 every evening, sober, and will eat with the children."),
    ("mapping:danger_behaviour",
     "Dad breaks doors and furniture when he's drunk, and twice this year he has done it "
     "with Harpreet and Jaskaran in the room."),
    ("mapping:trusted_adults",
     "Bibi (Dad's mum): will ring Harpreet every evening at 7.30 and have both children "
     "to stay any Friday Dad has been drinking."),
    ("harm_matrix:harm_frequency",
     "Four times since November – the last was Tuesday 8 April at about 9.15pm – and "
     "closer together each time."),
    ("harm_matrix:danger_behaviour",
     "Mum leaves Tane (3) in the bath on his own while she goes outside to smoke."),
    ("harm_matrix:harm_impact",
     "Tane went under the water on 2 March and coughed for an hour; he now screams when "
     "the taps go on."),
    ("harm_matrix:harm_accepted_detail",
     "Mum said \"I was only out the back two minutes, he's a good swimmer\"; his koro says "
     "he's seen it happen too."),
    ("three_houses:session_when",
     "Friday 11 April, 3.30–4.15pm, at the kitchen table at her foster home in Inverness."),
    ("three_houses:house_worries", "\"that mummy wont get better and I cant go home\""),
    ("three_houses:house_dreams", "\"to have a sleepover at Mummys new flat 🏠\""),
    ("three_houses:worker_noticed",
     "She coloured the house of dreams first and asked twice whether her mum would see it."),
    ("wellbeing:goal_doing",
     "Mum will have Chidi up, dressed and fed by 8.15 and walk him to the breakfast club "
     "on Cowbridge Road."),
    ("wellbeing:harder",
     "Mum's universal credit was stopped for six weeks in February and she's paying back "
     "£42.50 a week."),
    ("wellbeing:coped",
     "When Dad was working in Lagos for a year, Mum's church friends took turns doing the "
     "school run."),
    ("wellbeing:family_view",
     "Mum says \"I'm doing my best on my own\" and agrees Chidi is tired at school."),
    ("contextual:harm_outside",
     "On Saturday 5 April at 10.20pm Jordan (14) was seen getting into a car with two men "
     "in their twenties outside the chip shop on Ferry Road."),
    ("contextual:area_worries",
     "The car park behind Lidl after 9pm, where older lads sell weed and ask younger ones "
     "to run errands."),
    ("contextual:goal_family",
     "Jordan will text his gran when he leaves football at 8.30 and be home by 9."),
    ("success:what_helps",
     "Her Saturday job at the bakery, where the manager lets her do the 7.30 start."),
    ("success:goal_first_step",
     "Aoife will book the theory test with her personal adviser by Friday 25 April."),
    ("supervision:group_question",
     "How do I keep the grandparents on board when Mom has asked them not to come to the "
     "house?"),
    ("supervision:what_worked",
     "Meeting Mom at the diner at 7.30am before her shift, when she isn't rushing."),
    ("supervision:my_scale_why",
     "5 – Mom has had the kids to every appointment since January, but Dad still turns up "
     "drunk at the apartment."),
    ("reflection:going_well",
     "Her aunt meets her at the school gate at 3.15 every day and helps her with her "
     "reading."),
    ("reflection:needs_to_happen",
     "I will speak to our designated safeguarding lead by 12.30 today and she will ring "
     "the children's services front door."),
)


def test_the_held_out_set_is_as_written() -> None:
    assert len(HELD_OUT) == 30
    assert len({line for _, line in HELD_OUT}) == 30


@pytest.mark.parametrize(("where", "line"), HELD_OUT)
def test_a_held_out_sound_answer_is_let_through(where: str, line: str) -> None:
    flow_id, step_id = where.split(":")
    assert asked_here(flow_id, step_id, line) is None
