"""A blind review of the wording checks in the twenty-ninth round, as a practice lead would
test them: set D, lines a social worker, teacher, health visitor or police officer (UK
council English, some Scottish, Australian, New Zealand and US usage) types on a phone, each
sent at the question of a real tool where it would be typed (the safety mapping's three
columns, the Harm Matrix, My Three Houses and Signs of Success), through the real engine and
its real reminders. A flawed line should be asked about once; a sound one let through.

Set D was written after reading only which question runs which check (the flows' `checks:`)
and how the earlier review drove them, BEFORE any rule's word list or pattern (committed as
9a09c6b before anything was run on it).

Set D, blind, on the code as it was (7cc5d4a): flawed caught 61/65, sound flagged 2/65.
Missed: "ongoing work with mum re: her drinking" as a next step, "gran - supportive" in the
safety network, "T appeared anxious when talking about home" kept as a child's own words,
and "leaving care team will support as needed". Flagged: "mum doesn't agree dad is a risk,
she says he's never touched the kids" (the worry the family disputes, at the family's view)
and "the 12yo rang nan when mum passed out and nan came and got them" (existing safety read
as a strength). After the six fixes below (FITTED: each widened to its shape): 65/65, 0/65.
Fresh lines for the fixes (below), written before the fixes: of the 13 flawed, 4 were asked
about before (1 with the question meant) and 13 after (12 with the question meant; "regular
input from family support" is asked about a word of the list, as before); of the 15 sound,
6 were asked about before (the disputed labels, the parent who passed out) and 0 after.

Found after that, on other wordings of set D's caught lines: "Kayden said he likes playing
xbox with his uncle" was kept as the child's words (set D's line was caught only by the
full name in it); fixed as a seventh shape (its fresh lines: 3 of 3 flawed asked about after,
0 before; 0 of 3 sound flagged, before and after). Left alone: "the personal adviser to
support the young person with housing" is asked about, but as what someone is like (the
claim check) rather than what they will do and by when.
"""

from __future__ import annotations

import copy
from functools import cache

import pytest
from builders import EngineChat
from review_sets import ReviewSet, review_tests
from test_language_twentyseventh import WORDS

from flows.checks.plain_language import find_wording
from flows.draft import Draft
from flows.nudges import nudger
from flows.replies import Nudge
from tests.test_walk_seventeenth import FLOWS, reach

NUDGE = nudger()

# ---- set D: (tool, question) -> (flawed lines, sound lines) ----------------------------------

SET_D: dict[tuple[str, str], tuple[list[str], list[str]]] = {
    # What are we worried about? (the mapping)
    ("mapping", "worst_harm"): ([
        "DV incident at the wknd, police called, kids present",
        "ongoing neglect, home conditions v poor and mum not engaging",
        "the bairn was left unsupervised for a period of time",
        "she's been sexually exploited by older men, keeps going missing and putting herself "
        "at risk",
        "child was subject to a NAI per the ER doc",
    ], [
        "on 3/11 dad punched mum in the face in the kitchen while the kids (4 and 7) were "
        "watching tv next door, the 7yo told his teacher he hid under the table",
        "the wean was found by a neighbour wandering in the street at 11pm in just a nappy, "
        "mum was asleep and couldnt be woken",
        "a 23 year old man gave her vodka and drove her to a flat where other men had sex with "
        "her, she's 14",
    ]),
    ("mapping", "recent_harm"): ([
        "another incident on tues, dad kicked off again",
        "mom got physical with the kids again per the CPS report",
    ], [
        "last fri mum was drunk and asleep on the sofa by 8pm, the baby (9 months) was found "
        "crying in her cot at 7am in the same nappy with no bottle since tea time",
        "mom's boyfriend hit the 5yo with a belt on tuesday, the school nurse saw 3 red marks "
        "across his back",
    ]),
    ("mapping", "harm_pattern"): ([
        "escalating pattern of concerning behaviour over a number of months",
        "toxic trio present - DA, MH and substance misuse",
    ], [
        "police have been called 6 times since june, each time after dad had been drinking at "
        "the weekend, and its been more often since he lost his job",
    ]),
    ("mapping", "harm_impact"): ([
        "kids are traumatised and presenting with attachment issues",
        "J's behaviour has deteriorated and hes acting out in class",
    ], [
        "J (6) wets the bed most nights since the police came and told his teacher 'i dont want "
        "to go home if daddy's cross'",
        "the school nurse says L has lost 2kg since sept and comes in wearing the same clothes "
        "all week",
        "the 9yo told me 'i'm not scared of daddy anymore since he left' and is sleeping in his "
        "own bed again",
    ]),
    ("mapping", "danger_behaviour"): ([
        "mum's substance misuse and chaotic lifestyle",
        "dad is emotionally abusive towards the children",
        "14yo in a relationship w a 19 yr old, she says its consensual",
        "mum's partner is using ice and is volatile",
    ], [
        "mum leaves the 3 kids (2, 5 and 8) on their own in the flat at night to go to her "
        "boyfriend's, the 8yo said it happens 'loads'",
        "mum's partner uses ice most days and has punched holes in the walls with the kids in "
        "the room, the 10yo said hes scared of him",
        "older lads on the estate give him weed and make him hold knives and drugs for them, "
        "they beat him up when he lost a bag",
    ]),
    ("mapping", "complicating"): ([
        "mum has MH issues and poor engagement w services",
    ], [
        "mum has had no gas or electric for 2 wks since the meter ran out, she says she's too "
        "anxious to go to the shop",
        "dad works nights so there's no other adult at home when mum drinks",
    ]),
    ("mapping", "family_view"): ([
        "mum is in denial and minimising",
        "parents are uncooperative and hostile towards professionals",
    ], [
        "dad says he only pushed mum once and that she 'started it', mum agrees it happened "
        "but says it was more than once",
        "dad said 'i'm not an alcoholic, i just like a drink after work'",
        "mum doesn't agree dad is a risk, she says he's never touched the kids",
    ]),
    ("mapping", "danger_statement"): ([
        "worried about neglect",
        "SW and school worried about dad's drinking",
        "we are worried the children will suffer significant harm if things dont change",
        "police worried mum's partner is a risk to the kids",
    ], [
        "the school and the social worker are worried that dad will keep hitting mum when he's "
        "been drinking, and the kids could be hurt if they get in the way or grow up frightened "
        "at home",
        "Oranga Tamariki and the whānau are worried that dad will keep driving the tamariki "
        "around after drinking and they could be badly hurt or killed in a crash",
    ]),
    # What needs to happen? (the mapping)
    ("mapping", "goal_doing"): ([
        "dad to engage with the Caring Dads programme",
        "mum will not drink",
        "parents to work openly and honestly with professionals",
    ], [
        "dad will walk away and go to his brother's when he feels himself getting angry, "
        "instead of shouting or hitting",
        "mum's partner will text mum before he comes round and will only come when he's sober, "
        "so she can check",
    ]),
    ("mapping", "safety_goal"): ([
        "children will be safe and well looked after",
        "mum will protect the kids from dad",
    ], [
        "dad will be sober every time he looks after the kids and will have them in bed by 8, "
        "and gran and the school will see this every week for the next 6 months",
    ]),
    # What's working well? (the mapping)
    ("mapping", "strengths"): ([
        "mum loves the kids very much and there's a strong bond",
        "good support network",
        "dad presents as a caring and committed father",
        "the family are engaging well with early help",
    ], [
        "mum gets all 3 kids to school on time every day, attendance is 97% this term",
        "nan has the kids every wednesday after school and helps the 8yo with his reading",
        "dad took the baby to all her jabs and knows what she eats and when she sleeps",
        "mom set up a bedtime routine, bath at 7 and lights out by 8, and the kids told me "
        "they like it",
        "since dad moved out in june there have been no police call outs and the kids sleep "
        "through the night",
        "mum changed the locks and got a non-molestation order after dad threatened her",
    ]),
    ("mapping", "existing_safety"): ([
        "mum has a good relationship w her HV",
        "gran is very protective",
        "dad has engaged well with the drug service",
        "the kids attend school regularly",
        "whanau are supportive and want to help",
    ], [
        "when dad came home drunk on sat, mum took the kids to her sister's and stayed there "
        "till sunday",
        "the 12yo rang nan when mum passed out and nan came and got them",
        "dad has asked his brother to have the kids every time he's used, 3 times since may",
        "last time mum felt low she rang the crisis team and asked gran to have the baby for "
        "the night",
        "when dad got angry at the hui, his sister took the tamariki outside and rang their "
        "koro to pick them up",
    ]),
    ("mapping", "next_steps"): ([
        "refer to CAMHS",
        "s47 enquiries to continue",
        "arrange CIN review",
        "continue to monitor",
        "ongoing work with mum re: her drinking",
        "CSO to f/u with school",
    ], [
        "I'll visit on thurs 10th at 4pm and see the kids on their own",
        "dad will ring the men's project by friday to book his first session",
        "the school's safeguarding lead will check in with L every morning from monday",
        "I'll send my report to the children's reporter by the 20th",
        "dad will go to the GP on monday about his drinking and tell me how it went by wed",
        "dad will pick the kids up from nan's at 5 every friday, starting this week",
    ]),
    ("mapping", "trusted_adults"): ([
        "gran - supportive",
    ], [
        "nan: has the kids every weekend and will ring me if dad turns up drunk",
        "uncle P: will come round if mum texts the code word, any time day or night",
    ]),
    ("mapping", "plan_working"): ([
        "parents will be compliant with the plan",
    ], [
        "the school will ring me the same day if the kids come in hungry or late, and nan will "
        "tell me if dad turns up drunk",
    ]),
    ("mapping", "first_sign"): ([
        "mum engaging",
    ], [
        "dad picks the kids up sober and on time every friday for a month",
    ]),
    # The Harm Matrix
    ("harm_matrix", "danger_behaviour"): ([
        "mum fails to meet the children's basic needs",
    ], [
        "mum's partner grabs the kids by the neck and pushes them against the wall when they "
        "don't do what he says",
    ]),
    ("harm_matrix", "harm_impact"): ([
        "emotional harm, kids witnessed DV",
    ], [
        "since the hitting started T (9) won't get changed for PE and flinches when adults "
        "raise their hands near him",
    ]),
    ("harm_matrix", "harm_worst"): ([
        "there was a physical altercation between dad and his son",
    ], [
        "dad held the baby up by one arm and shook him when he wouldn't stop crying, mum saw "
        "it and rang 999",
    ]),
    ("harm_matrix", "harm_frequency"): ([
        "regularly, concerns are ongoing",
    ], [
        "about once a week, always on a fri or sat after dad's been to the pub; last time was "
        "sat 14th",
    ]),
    ("harm_matrix", "harm_history"): ([
        "long history of CSC involvement since 2017",
    ], [
        "school first noticed bruises in year 2 (2022), the first police call out was march "
        "2023",
    ]),
    ("harm_matrix", "harm_complicating"): ([
        "DA, AOD and homelessness",
    ], [
        "dad drinks 8-10 cans most days and mum has no family nearby to call on",
    ]),
    ("harm_matrix", "harm_accepted_detail"): ([
        "dad is not taking responsibility and shows no insight",
    ], [
        "dad said 'i smacked him cos he was being a little sod, my dad did it to me and i "
        "turned out fine'",
    ]),
    ("harm_matrix", "child_vulnerability"): ([
        "she's a vulnerable young person with additional needs",
    ], [
        "she's 2, can't talk yet and isn't at nursery so nobody outside the family sees her "
        "day to day",
    ]),
    ("harm_matrix", "danger_statement"): ([
        "the school is worried about dad's anger",
    ], [
        "the health visitor and nursery are worried that mum will keep leaving the baby in wet "
        "nappies for hours and not feeding her when she's low, and the baby could lose more "
        "weight and get ill",
        "Child Safety and the police are worried that mum's partner will keep using ice and "
        "hitting the kids when he's coming down, and they could be seriously hurt or killed",
    ]),
    # My Three Houses: the child's own words
    ("three_houses", "house_worries"): ([
        "she said she doesn't like it when daddy shouts",
        "T appeared anxious when talking about home",
        "mummy's boyfriend Jason Miller hurts me",
    ], [
        "daddy hits mummy when he drinks the beer and i hide in my room",
        "i dont like it when mummy is sleeping all day and i have to make my own tea",
        '"when mum\'s boyfriend comes round he shouts and i get scared"',
    ]),
    ("three_houses", "house_good"): ([
        "Kayden said he likes playing xbox with his uncle Darren Smith",
    ], [
        "my nana makes pancakes on saturdays",
    ]),
    ("three_houses", "house_dreams"): ([
        "she drew a picture of her and mummy at the beach",
    ], [
        "i want daddy to stop being angry and for us all to live together again",
    ]),
    ("three_houses", "worker_noticed"): ([
        "child presented as withdrawn with a flat affect",
    ], [
        "she went quiet and looked at the door when I asked about home, then asked if mum "
        "would be told",
        "he drew himself very small in the corner of the house of worries and said 'that's me "
        "hiding'",
    ]),
    # Signs of Success
    ("success", "what_helps"): ([
        "she's resilient and has lots of potential",
    ], [
        "she goes to college 4 days a week and hasn't missed a day since sept",
    ]),
    ("success", "others_worried"): ([
        "her PA is worried she's being exploited and making poor choices",
    ], [
        "her personal adviser is worried because a man in his 30s has been picking her up from "
        "college in a car",
    ]),
    ("success", "success_goal"): ([
        "YP to engage with PA and comply with pathway plan",
    ], [
        "she will have her own flat and pay her rent on time by next summer, with her personal "
        "adviser helping her set up the direct debit",
    ]),
    ("success", "goal_support"): ([
        "leaving care team will support as needed",
    ], [
        "her key worker will go with her to the bank next tuesday to open an account",
    ]),
    ("success", "goal_first_step"): ([
        "PA to support YP with housing",
    ], [
        "she'll ring the housing office on monday with her personal adviser there to help",
    ]),
}


@cache
def _reached(flow_id: str, step_id: str) -> Draft:
    """A draft of the tool answered (any reminder kept) up to the question (a question
    asked once per worry or goal: the first worry's, "danger_statement_1")."""
    flow = FLOWS[flow_id]
    if all(step.id != step_id for step in flow.steps):
        step_id += "_1"
    return reach(flow, step_id).draft


def asked(flow_id: str, step_id: str, line: str) -> str | None:
    """The reminder a practitioner is shown on sending `line` at the question, or None."""
    chat = EngineChat(FLOWS[flow_id], copy.deepcopy(_reached(flow_id, step_id)), nudger=NUDGE)
    chat.send(line)
    return next((r.text for r in chat.replies if isinstance(r, Nudge)), None)


def reply_to(flow_id: str, step_id: str, line: str) -> str:
    """The reminder `line` gets at the question (failing the test if it is let through)."""
    reply = asked(flow_id, step_id, line)
    assert reply is not None, line
    return reply


def _cases(flawed: bool) -> list[tuple[str, str, str]]:
    return [(flow_id, step_id, line) for (flow_id, step_id), lines in SET_D.items()
            for line in lines[0 if flawed else 1]]


globals().update(review_tests(ReviewSet(
    name="D", asked=asked, flawed=_cases(flawed=True), sound=_cases(flawed=False))))


# ---- the fixes, each to a shape set D showed (each failing before its fix); the lines here
# are fresh wordings of the same shape, not set D's own, run for the first time with the fix ----

@pytest.mark.parametrize(("line", "question"), [
    ("continued support for mum around the drinking", "Who will do it, and by when?"),
    # (was asked what you make of things, of no one)
    ("further direct work with the kids re: feelings", "Who will do it, and by when?"),
    # (a word of the list was asked about first, a question of the past; since the
    # thirty-second review the work named alone is asked who will do it, and by when)
    ("regular input from family support", "Who will do it, and by when?"),
])
def test_a_next_step_named_as_more_of_the_work_is_asked_who_and_when(line: str,
                                                                     question: str) -> None:
    """Set D: "ongoing work with mum re: her drinking" as what happens next went through."""
    reply = reply_to("mapping", "next_steps", line)
    assert question in reply


@pytest.mark.parametrize("line", [
    "the family support worker will do direct work with the kids every tuesday from 12 jan",
    "mum will have more support from her sister, who comes on mondays and thursdays",
])
def test_more_of_the_work_with_who_and_when_is_left_alone(line: str) -> None:
    assert asked("mapping", "next_steps", line) is None


@pytest.mark.parametrize("line", [
    "ongoing support from nan with the school run",
    "regular visits from her aunty",
    "continued support from school with her reading",
])
def test_more_help_someone_gives_noted_as_a_strength_is_not_read_as_a_step(line: str) -> None:
    """What is going well, noted as help someone gives, is not asked who will do it."""
    assert [h.kind for h in find_wording(line, WORDS) if h.kind == "next step"] == []


@pytest.mark.parametrize("line", [
    "nan: very supportive",
    "uncle T - great with the kids",
    "neighbour (really helpful)",
])
def test_a_network_member_with_only_praise_after_them_is_asked_what_they_do(line: str) -> None:
    """Set D: "gran - supportive" in the safety network went through."""
    reply = reply_to("mapping", "trusted_adults", line)
    assert "not yet what you saw" in reply


@pytest.mark.parametrize("line", [
    "aunty - picks them up from school every day and stays till mum is home",
    "nan: will have the kids on fridays and ring me if mum's not home by 6",
])
def test_a_network_member_with_what_they_do_is_left_alone(line: str) -> None:
    assert asked("mapping", "trusted_adults", line) is None


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("three_houses", "house_worries", "she seemed upset when asked about dad"),
    ("three_houses", "house_good", "J became chatty when talking about his nan's dog"),
    ("mapping", "house_worries", "the child appeared tearful throughout"),
])
def test_the_workers_note_of_how_the_child_seemed_is_asked_before_it_is_theirs(
        flow_id: str, step_id: str, line: str) -> None:
    """Set D: "T appeared anxious when talking about home", typed as what the child put in
    the house of worries, was kept as the child's own words, in quotation marks."""
    reply = reply_to(flow_id, step_id, line)
    assert "kept as their own words" in reply or "kept as the child's own" in reply


@pytest.mark.parametrize("line", [
    "mummy seemed sad when daddy left",
    "he looked at me and i got scared",
    "i was upset when nana went home",
])
def test_a_childs_own_words_about_how_someone_seemed_are_kept(line: str) -> None:
    assert asked("three_houses", "house_worries", line) is None


@pytest.mark.parametrize(("step_id", "line"), [
    ("goal_support", "school will help where needed"),
    ("goal_support", "her foster carer will support her as and when required"),
    ("goal_first_step", "the personal adviser will offer support as appropriate"),
])
def test_help_given_only_as_needed_is_asked_what_and_when(step_id: str, line: str) -> None:
    """Set D: "leaving care team will support as needed" went through at "Who will help
    with this, and how?"."""
    reply = reply_to("success", step_id, line)
    assert "as needed" not in line or "as needed" in reply


@pytest.mark.parametrize("line", [
    "her foster carer will help her fill in the housing form on saturday",
    "school will give her a quiet room at lunch when she needs it",
    # asking for help is the step; or when it is given, and what, is said
    "she will ring her foster carer for help when needed",
    "she knows to ask her foster carer for support when needed",
    "her foster carer will step in as needed when she is low, and take her to her sister's",
])
def test_help_said_with_what_it_is_is_left_alone(line: str) -> None:
    assert asked("success", "goal_support", line) is None


@pytest.mark.parametrize("line", [
    "dad denies he is aggressive to the kids and says mum makes it up",
    "nan disputes that mum is a risk to the baby",
    "mum does not accept that she is neglectful, she says the house is always like this",
])
def test_a_label_the_family_disputes_is_their_view_not_the_writers(line: str) -> None:
    """Set D: "mum doesn't agree dad is a risk, she says he's never touched the kids", at
    "Does the family see this worry differently?", was asked what dad had done: the words
    are the worry she disputes."""
    assert asked("mapping", "family_view", line) is None


def test_a_label_that_is_the_writers_own_view_is_still_asked_about() -> None:
    assert asked("mapping", "family_view", "I think dad is a risk to the kids") is not None


@pytest.mark.parametrize("line", [
    "when dad collapsed on the kitchen floor the 9yo rang nan",
    "nan took the baby home with her when mum was out cold on the sofa",
    "when mum couldn't be woken, the eldest rang their aunt who came straight round",
])
def test_acting_when_a_parent_passed_out_is_existing_safety(line: str) -> None:
    """Set D: "the 12yo rang nan when mum passed out and nan came and got them" was told it
    sounded like a strength, not safety."""
    assert asked("mapping", "existing_safety", line) is None


@pytest.mark.parametrize(("step_id", "line"), [
    ("house_good", "Ruby said she wants to live with her dad again"),
    ("house_worries", "Leo told me his mum shouts when she's tired"),
    ("house_good", "Amelia (8) said she likes school because of her teacher"),
])
def test_the_workers_frame_with_the_childs_name_is_asked_before_it_is_theirs(
        step_id: str, line: str) -> None:
    """Found after set D's fixes: "Kayden said he likes playing xbox with his uncle" was
    kept as the child's own words, "Kayden said" and all, where "K said" is asked about."""
    reply = reply_to("three_houses", step_id, line)
    assert "kept as their own words" in reply


@pytest.mark.parametrize("line", [
    "Ruby said I can sleep over at hers",
    "Leo told me a secret and I promised not to tell",
    "Nana said we can get a puppy",
])
def test_a_child_telling_what_someone_named_said_to_them_is_kept(line: str) -> None:
    assert asked("three_houses", "house_good", line) is None
