"""Sound answers, written blind (pass 41, sound41): eighty lines a good practitioner writes,
spread over the nine tools and their typed questions, in varied voices (a child's and a
parent's words quoted, phone-short answers, pasted paragraphs, British and Australasian/North
American spellings and terms, numbers and dates, relatives by role, services with who does
what by when). Written before reading any rule in flows/checks or flows/nudges.py; each row is
(tool:question, line), run through the real check of the question it would be typed at.
"""

from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import asked_s

SOUND_BLIND: tuple[tuple[str, str], ...] = (
    # mapping
    ("mapping:worst_harm",
     "On 3 March Dad punched Mum in the face in the kitchen while Leo (4) was standing in the "
     "doorway; Leo hid under the table and wet himself."),
    ("mapping:recent_harm",
     "Last Friday night, Mum was too drunk to stand and the baby was left in the same nappy "
     "until her nan came round at 10am Saturday."),
    ("mapping:harm_pattern",
     "About once a fortnight since the summer holidays, more often on weekends after payday."),
    ("mapping:harm_impact",
     "Amy (9) says \"my tummy hurts when Daddy shouts\" and has missed 12 days of school this "
     "term."),
    ("mapping:danger_behaviour",
     "Dad hits Mum when he has been drinking, sometimes while the children are in the room."),
    ("mapping:danger_impact",
     "Leo could be hit by something thrown or be badly hurt trying to protect his mum."),
    ("mapping:family_view",
     "Mum says \"he's never touched the kids and he's stopped drinking since Christmas\"."),
    ("mapping:goal_doing",
     "Dad will not drink when he is looking after the children, and will leave the house to "
     "calm down instead of shouting."),
    ("mapping:goal_child",
     "Leo will go to bed without hearing shouting and will say his home is quiet."),
    ("mapping:goal_how_long",
     "Six months, including Christmas and New Year."),
    ("mapping:strengths",
     "Mum gets both children to school on time every day, with their lunches packed."),
    ("mapping:existing_safety",
     "In January Mum took the children to her sister's when Dad came home drunk."),
    ("mapping:trusted_adults",
     "Her nan: picks the girls up from school every Tuesday and Thursday and rings Mum each "
     "evening."),
    ("mapping:next_steps",
     "The social worker will visit Dad at home by 14 March to talk about the safety plan."),
    ("mapping:first_sign",
     "Dad ringing his sister instead of going to the pub when he gets angry."),
    ("mapping:grey_areas",
     "We don't know whether Dad still has a key to the house; Mum says he doesn't."),
    ("mapping:house_worries",
     "\"When Mummy cries on the stairs\""),
    ("mapping:house_good",
     "\"Going to the park with Grandad on Sundays\""),
    ("mapping:complicating",
     "Mum has no money left by the third week of the month and the gas meter runs out."),
    ("mapping:child_view_how",
     "I saw Leo at his nursery on 2 March with his key worker there; we used drawings."),
    # harm matrix
    ("harm_matrix:danger_behaviour",
     "Mum leaves Kai, who is 2, alone in the flat while she goes to the shop."),
    ("harm_matrix:harm_impact",
     "Kai has a burn on his left hand from the kettle and screams when Mum leaves the room."),
    ("harm_matrix:harm_worst",
     "Kai was found by a neighbour on the balcony of the 4th floor flat, alone, at 11pm."),
    ("harm_matrix:harm_frequency",
     "Three times that we know of since August; the last was on Sunday."),
    ("harm_matrix:harm_history",
     "Since Kai was born in 2022; the health visitor first raised it in May last year."),
    ("harm_matrix:harm_complicating",
     "Mum works night shifts at the care home and has no one to mind Kai."),
    ("harm_matrix:harm_accepted_detail",
     "Mum said \"I was only gone five minutes, he was asleep\"."),
    ("harm_matrix:child_vulnerability",
     "Kai is 2 and cannot open the door or call anyone for help."),
    ("harm_matrix:danger_who",
     "The health visitor, the nursery manager and Kai's grandmother."),
    ("harm_matrix:danger_impact",
     "Kai could fall from the balcony or be burned again and no one would know for hours."),
    # three houses
    ("three_houses:house_worries",
     "\"Dad yells at Mom and I hide in my closet\""),
    ("three_houses:house_good",
     "\"My teacher Miss P lets me feed the class fish\""),
    ("three_houses:house_dreams",
     "\"I want my dad to stop drinking beer and to play soccer with me\""),
    ("three_houses:worker_noticed",
     "She drew her brother bigger than her dad and went quiet when I asked about bedtime."),
    ("three_houses:session_when",
     "Tuesday 4 March after school, in the library at her primary school."),
    ("three_houses:present",
     "Her class teacher stayed for the first ten minutes, then it was just the two of us."),
    # wellbeing
    ("wellbeing:worry_what",
     "Jade (6) is often hungry at kindergarten and has worn the same clothes for a week."),
    ("wellbeing:worry_impact",
     "Jade could get ill from not eating, and other children are starting to leave her out."),
    ("wellbeing:family_view",
     "Mom says \"money is tight since I lost my job, but they always get dinner\"."),
    ("wellbeing:goal_doing",
     "Mom will pack Jade a lunch every school day and wash her clothes twice a week."),
    ("wellbeing:goal_child",
     "Jade will have breakfast before school and clean clothes to wear."),
    ("wellbeing:unmet_needs",
     "Glasses: Jade hasn't had an eye test since she was three."),
    ("wellbeing:harder",
     "Mom's car broke down in January, so the school run takes an hour by bus."),
    ("wellbeing:strengths",
     "Mom reads with Jade every night and they go to the library on Saturdays."),
    ("wellbeing:coped",
     "When Mom was in hospital in 2023 her sister moved in for a month and kept the routine."),
    ("wellbeing:next_steps",
     "The school nurse will book Jade an eye test by Friday 21 March."),
    ("wellbeing:child_view_how",
     "Her teacher talked with Jade during art on Monday, with a feelings chart."),
    # contextual
    ("contextual:harm_outside",
     "Two older boys have been giving Ryan (14) cannabis and asking him to carry bags to the "
     "train station."),
    ("contextual:harm_signs",
     "Ryan said \"they're my mates, they look after me\" and has a new phone he won't explain."),
    ("contextual:yp_strengths",
     "Ryan is brilliant at fixing bikes and cares a lot about his little sister."),
    ("contextual:peer_worries",
     "The boys he meets at the skate park are 17 and 18 and one carries a knife."),
    ("contextual:peer_strengths",
     "His friend Sam from football, who he has known since Year 3."),
    ("contextual:school_strengths",
     "His form tutor Mr H sees him every morning at 8.30 and texts Mum if he is late."),
    ("contextual:area_worries",
     "The underpass by the station after dark, where the older boys wait."),
    ("contextual:area_strengths",
     "The youth club on Elm Road on Wednesday evenings, run by Dee who he trusts."),
    ("contextual:online_worries",
     "Men he doesn't know send him Snapchat messages offering money for 'jobs'."),
    ("contextual:home_safety",
     "His stepdad drives him to football practice and picks him up so he isn't on the bus."),
    # success
    ("success:vision",
     "\"Living in my own flat with a dog and working as a mechanic\""),
    ("success:own_goals",
     "Pass driving theory test by the summer"),
    ("success:what_helps",
     "Her aunt takes her to the driving lessons every Saturday morning."),
    ("success:belonging",
     "\"At my nan's house, and at the boxing gym with Coach T\""),
    ("success:their_people",
     "The aunt, who she can ring at any time."),
    ("success:their_worries",
     "\"I'm scared I'll end up like my mum and lose my kids\""),
    ("success:success_goal",
     "Getting to college three days a week and cooking her own tea."),
    ("success:goal_support",
     "Her personal adviser, Tom, will meet her every Monday at 10 to plan the week."),
    ("success:goal_first_step",
     "She will fill in the college application with Tom on Monday 10 March."),
    # reflection
    ("reflection:what_happened",
     "Mia (7) came to school with a bruise on her cheek and said \"Mummy's boyfriend pushed "
     "me into the door\"."),
    ("reflection:going_well",
     "Her grandma collects Mia from school every day and Mia is always clean and fed."),
    ("reflection:needs_to_happen",
     "I will ring the children's services front door today before 3pm and tell the head."),
    # supervision
    ("supervision:group_question",
     "How do we keep Dad involved when Mum says she doesn't want him at meetings?"),
    ("supervision:worries",
     "The CPS caseworker found the 3 children home alone on two evenings in February; the "
     "oldest, 8, was cooking on the stove."),
    ("supervision:child_words",
     "\"I look after the little ones when Mum goes out\" (the eldest, who is 8)"),
    ("supervision:working_well",
     "Mum has been at every visit and has kept all three children's dentist appointments."),
    ("supervision:needs",
     "Mum to name two adults who can babysit by next Friday; I will meet them by the 20th."),
    ("supervision:what_worked",
     "Sitting at the kitchen table with Mum and drawing the week out on paper."),
    ("supervision:difference",
     "Mum spotted herself that Thursday nights are when she goes out and asked her whānau "
     "to help."),
    # contribution
    ("contribution:worries",
     "Twice this month Ella came to nursery in a wet nappy from the night before and was "
     "very hungry."),
    ("contribution:working_well",
     "Ella's dad brings her in every morning and always tells us how she slept."),
    ("contribution:needs_to_happen",
     "I can offer Ella a free breakfast place from Monday; the nursery manager will tell Dad "
     "today."),
    ("contribution:child_said",
     "\"Daddy makes me toast\" (while we were playing kitchens)"),
)

# Blind, on the code as it was (658a304): 7 of the 80 asked. Three were the checks' mistakes,
# fixed by a family each (the tests below): "Kai is 2 and cannot call anyone for help" read as
# the services' calls; "Getting to college three days a week and cooking her own tea", the
# doing the goal's question asks for, asked for a "will"; "His stepdad drives him to football
# practice and picks him up so he isn't on the bus" asked as a strength, not existing safety.
# Four were right and are rewritten above: two full names ("Miss Patel", "Mr Hale", now
# "Miss P", "Mr H"), and two child's words framed by the writer ('The eldest said "..."',
# 'Ella said "..." when we were playing kitchens'), which the summary would quote whole.
# Fitted: 0 of the 80 asked. Held out (below): 2 of 20 asked on the base, 0 of 20 fitted.


def test_the_blind_set_is_as_written() -> None:
    assert len(SOUND_BLIND) == 80
    assert len({line for _, line in SOUND_BLIND}) == 80


@pytest.mark.parametrize(("where", "line"), SOUND_BLIND)
def test_a_sound_answer_is_let_through(where: str, line: str) -> None:
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


def test_a_child_who_cannot_call_anyone_for_help_is_not_the_services_calling() -> None:
    for line in ("Kai is 2 and cannot call anyone for help.",
                 "She is 4 and would not know how to phone someone for help.",
                 "He is 6 and can't ring a neighbour for help."):
        assert asked_s("harm_matrix", "child_vulnerability", line) is None


def test_a_goal_said_as_the_doing_its_question_asks_for_is_not_asked_for_a_will() -> None:
    assert asked_s("success", "success_goal",
                   "Getting to college three days a week and cooking her own tea.") is None
    assert asked_s("mapping", "goal_doing",
                   "Collecting T from school every day and putting her to bed by 8.") is None
    # what stops, or no doing at all, is still asked for what will happen
    for line in ("Stopping drinking.", "Not shouting at T.", "Being happy."):
        reply = asked_s("success", "success_goal", line)
        assert reply is not None
        assert "what will happen" in reply


def test_a_goal_said_as_a_doing_of_the_work_is_asked_as_its_will_is() -> None:
    """"Managing his anger" is asked as "Dad will manage his anger" is, quoting the word typed."""
    reply = asked_s("mapping", "goal_doing", "Managing his anger.")
    assert reply is not None
    assert reply.startswith('"Managing" says what professionals want')
    assert asked_s("mapping", "goal_doing", "Dad will manage his anger.") is not None


def test_an_arrangement_kept_for_what_it_keeps_the_young_person_from_is_existing_safety() -> None:
    for line in ("His stepdad drives him to football practice and picks him up so he isn't on "
                 "the bus.",
                 "Mum walks her to school so that she never goes past the station.",
                 "Nan picks him up so he's not walking past the park."):
        assert asked_s("contextual", "home_safety", line) is None
    # what it keeps them from is where they would be, or with whom: not a mood
    reply = asked_s("contextual", "home_safety", "Dad takes him out so he isn't bored.")
    assert reply is not None
    assert "Who stepped in" in reply
    # only hoped for, it is still asked who stepped in
    reply = asked_s("contextual", "home_safety", "Dad will drive him so he isn't on the bus.")
    assert reply is not None
    assert "Who stepped in" in reply


# Held out: twenty sound answers written after the fixes, before any was run (the families
# fixed and others, at other questions and in other voices).
HELD_OUT: tuple[tuple[str, str], ...] = (
    ("harm_matrix:child_vulnerability",
     "Ruby is 18 months old, can't talk yet and would not be able to ring someone for help."),
    ("mapping:harm_impact",
     "Josh (11) told his teacher \"I can't sleep because I listen for Dad's car\"."),
    ("wellbeing:goal_doing",
     "Taking Noah to the GP when he is poorly and giving him his inhaler twice a day."),
    ("supervision:goal_doing",
     "Mum and her partner will check the baby every hour when she is in her cot in the day."),
    ("contextual:home_safety",
     "Her aunt collects her from college every Friday so she isn't waiting at the bus "
     "station."),
    ("mapping:existing_safety",
     "When Dad came home drunk on New Year's Eve, Mum took the kids to her mum's for the "
     "night."),
    ("mapping:trusted_adults",
     "The aunt: has Mia to stay every second weekend and rings the social worker if she is "
     "worried."),
    ("mapping:next_steps",
     "Mum will book the dentist for both boys by the end of April and tell the school."),
    ("wellbeing:worry_what",
     "Since Christmas, Tyler (5) has been picked up late from kindergarten four times, once "
     "at 6.45pm."),
    ("three_houses:house_dreams",
     "\"For Mum to stop being sad and for us to get a dog\""),
    ("success:their_people",
     "Her nan, who lives two streets away and always answers her phone."),
    ("contextual:peer_strengths",
     "The girls from her netball team, who walk home with her on Tuesdays."),
    ("reflection:going_well",
     "Dad walks the twins to school every morning and chats to the teacher at the gate."),
    ("supervision:worries",
     "Twice in March the neighbour heard the baby crying for over an hour while Mom was "
     "asleep on the couch."),
    ("contribution:needs_to_happen",
     "As the school nurse I can see Ava every Wednesday at lunch from next week and will let "
     "Mum know by phone."),
    ("harm_matrix:harm_frequency",
     "Every weekend Dad has the children; the last time was Saturday 8 March."),
    ("wellbeing:family_view",
     "Dad says \"we're doing our best, the kids just won't go to bed\"."),
    ("mapping:goal_child",
     "Sophie will sleep in her own bed and say her house feels calm."),
    ("success:goal_first_step",
     "Jordan will ring the college with his carer on Thursday to ask about the bricklaying "
     "course."),
    ("contextual:area_strengths",
     "The library on the high street, where the staff know her and she does homework until "
     "Mum finishes work at 5."),
)


def test_the_held_out_set_is_as_written() -> None:
    assert len(HELD_OUT) == 20


@pytest.mark.parametrize(("where", "line"), HELD_OUT)
def test_a_held_out_sound_answer_is_let_through(where: str, line: str) -> None:
    flow_id, step_id = where.split(":")
    assert asked_s(flow_id, step_id, line) is None


@pytest.mark.parametrize(("line", "word"), [
    ("Attending all appointments.", "Attending"), ("Engaging with services", "Engaging"),
    ("working with the drug service", "working"), ("Accessing support", "Accessing")])
def test_a_goal_said_as_a_doing_of_the_work_without_a_will_names_the_word(
        line: str, word: str) -> None:
    """"Attending all appointments" as a goal was told goals say "what will happen, not only
    what will stop", though it stops nothing: it is asked as "Dad will attend all
    appointments" is, naming the word, at each tool's goal question."""
    for flow_id, step_id in (("mapping", "goal_doing"), ("success", "success_goal")):
        reply = asked_s(flow_id, step_id, line)
        assert reply is not None
        assert reply.startswith(f'"{word}" says what professionals want'), reply
    # what will stop, still asked as before
    reply = asked_s("mapping", "goal_doing", "Stopping drinking")
    assert reply is not None
    assert "not only what will stop" in reply
