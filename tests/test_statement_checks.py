"""Danger statements, safety goals, strength or safety, and a council's word list in the chat.

What a practice lead sends back, asked once in the conversation; and SOSBOT_WORDS used by
the terminal chat, or stopping it with one line when the file is broken.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from cases import nudges_seen, reach

from flows.checks.danger_statement import danger_statement_gaps
from flows.checks.plain_language import find_jargon
from flows.checks.safety import looks_like_safety
from flows.checks.safety_goal import safety_goal_gaps
from flows.checks.words import load_word_list
from flows.flow import Flow
from flows.nudges import nudger, plain_language
from flows.replies import Command
from tests.in_process import sosbot_here

WORDS = load_word_list()
GOOD_STATEMENT = ("The school and nan are worried that R hits mum when he has been drinking, "
                  "often while T is in the room. If nothing changes, T could be hurt trying to "
                  "protect her.")
GOOD_GOAL = ("R will leave the house and go to his brother's whenever he feels angry. Mum will "
             "text the social worker each week to say how it went. Everyone will need to see "
             "this for six months.")


@pytest.mark.parametrize("goal", [
    "Parents will engage with the plan.", "Mum will comply with the safety plan.",
    "The risk will be reduced.", "There will be no further incidents of DV.",
    "Dad to stop drinking and engage.", "Mum will work openly with professionals.",
    "Dad will attend all his appointments."])
def test_process_words_and_outcomes_are_not_what_anyone_will_do(goal: str) -> None:
    assert any(g.startswith("what the caregiver will do") for g in safety_goal_gaps(goal, WORDS))


def test_a_goal_names_who_sees_it_and_for_how_long() -> None:
    assert safety_goal_gaps(GOOD_GOAL, WORDS) == []
    gaps = safety_goal_gaps("Mum will take T to nan's whenever R has been drinking.", WORDS)
    assert gaps == ["who will see it, or how people will know", "for how long"]


def test_a_goal_asking_only_the_harmed_parent_to_act_is_sent_back() -> None:
    goal = ("Mum will keep the children away from R and call the police if he hits her. The "
            "social worker will visit weekly for six months.")
    assert safety_goal_gaps(goal, WORDS) == [
        "what the person causing the harm will do differently (only the parent being harmed is "
        "asked to act)"]


def test_a_goal_asking_only_the_exploited_child_to_act_is_sent_back() -> None:
    goal = ("D will stay away from the older boys and be home by 9pm every night, and the "
            "youth worker will check this for three months.")
    gaps = safety_goal_gaps(goal, WORDS)
    assert any("only the young person is asked to act" in g for g in gaps)
    shared = ("D will be home by 9pm and Mum will know where he is; the police will visit the "
              "park every weekend, and the youth worker will check this for three months.")
    assert safety_goal_gaps(shared, WORDS) == []


def test_a_danger_statement_needs_who_what_and_the_effect() -> None:
    assert danger_statement_gaps(GOOD_STATEMENT, WORDS) == []
    assert danger_statement_gaps("Dad hits Mum when he has been drinking.", WORDS) == [
        "who is worried", "what could happen to the child if nothing changes"]
    gaps = danger_statement_gaps("The police are worried about domestic abuse.", WORDS)
    assert "what an adult did or does, described as behaviour" in gaps
    assert any(g.startswith("what happened, instead of labels") for g in gaps)


@pytest.mark.parametrize("statement", [
    "The school and Nan are worried that Mum is often drunk and unable to wake up when the baby "
    "cries. If nothing changes, the baby could go hungry or be hurt.",
    "We are worried that if Dad continues to hit Mum, T will be hurt.",
    "The nursery is worried that A is being hit by his stepdad. A could be badly hurt.",
    "Everyone is worried that older boys give D money to carry knives, which means D could be "
    "stabbed."])
def test_a_statement_in_other_words_still_reads_as_complete(statement: str) -> None:
    assert danger_statement_gaps(statement, WORDS) == []


@pytest.mark.parametrize("statement", [
    "The school is worried that Mum will carry on leaving the children with her friend who "
    "uses heroin.",
    "The health visitor is worried that Mum and her partner will keep smoking cannabis in the "
    "bedroom.",
    "Police are worried that Mum's boyfriend will keep coming to the house at night.",
    "The social worker is worried that the parents will not take the baby to his appointments.",
    "Nan and I are worried that Dad'll keep turning up drunk at contact and shouting at Mum.",
    "We are worried that Dad will keep hitting Mum in the kitchen.",
    # Eighteenth round: "her" is the woman named before it, and no child is in it.
    "The police are worried that Mum's boyfriend will hit her again.",
    "The school is worried that mum's ex will strangle her again when he is drunk."])
def test_what_the_adults_will_go_on_doing_is_not_what_could_happen_to_the_child(
        statement: str) -> None:
    """"Will keep doing X" said of an adult is the behaviour: the statement still has to say
    what it could do to the child (corpus G's no_impact lines, in other words)."""
    assert "what could happen to the child if nothing changes" in danger_statement_gaps(
        statement, WORDS)


@pytest.mark.parametrize("statement", [
    "Police are worried that Mum's partner will hit her again and Kai will be hurt trying to "
    "stop him.",
    "The school is worried that Dad will hit him again and K will be too scared to go home.",
    "We are worried that Dad will hit Mum again and the children will see it and be scared to "
    "be at home.",
    "The health visitor is worried that Mum will keep propping Isla's bottle, which means she "
    "could choke.",
    "The school is worried that Dad will keep shouting at Ben, who is 7, and Ben will keep "
    "wetting himself at school.",
    "Police are worried that Mum will let Dad back in, and he could hurt her and the children.",
    "I am worried that Mum will keep forgetting Sam's inhaler, so Sam could have a bad asthma "
    "attack at school.",
    "The midwife is worried that Mum stops taking her medication. If this happens again, Mum "
    "could hurt the baby or leave her somewhere unsafe.",
    "Police are worried that Mum will leave Ruby (2) alone with her boyfriend, and that her "
    "boyfriend will badly hurt Ruby.",
    "The school is worried that Dad will keep drinking and that Dad will hit the children when "
    "he is drunk."])
def test_what_the_child_will_go_through_or_an_adult_could_do_is_the_impact(
        statement: str) -> None:
    assert danger_statement_gaps(statement, WORDS) == []


@pytest.mark.parametrize("goal", [
    "Dad will get Tyler to school by 8.50 every day. School will text Nan if he's late, and we "
    "want to see him in on time for the whole of next term.",
    "Dad will speak kindly to the boys, and the boys will tell their aunt at each visit how "
    "home feels, for the rest of the summer holidays.",
    "Dad will walk Kai to school every morning, and Kai will tell his teacher and his nan at "
    "their Friday chat how mornings have been, until Christmas.",
    "Mum will lock the door at night and tell her sister every weekend who has been round, "
    "until Christmas."])
def test_a_time_said_as_a_whole_term_and_telling_people_at_a_set_time_are_read(
        goal: str) -> None:
    assert safety_goal_gaps(goal, WORDS) == []


@pytest.mark.parametrize(("goal", "gap"), [
    ("Mum will tell the social worker each Sunday how things are.", "for how long"),
    ("Mum will keep the house clean for the whole of next term.",
     "who will see it, or how people will know")])
def test_telling_at_a_set_time_or_a_whole_term_alone_is_not_the_whole_goal(
        goal: str, gap: str) -> None:
    assert safety_goal_gaps(goal, WORDS) == [gap]



# Fifteenth round: a goal that runs until a named meeting decides, and in exploitation the
# people of the place acting there (contextual safeguarding).
@pytest.mark.parametrize("goal", [
    "Mum will keep the stair gate shut every day, and Nan will check it when she visits, until "
    "the family and the social worker agree at the June review that it can stop.",
    "Dad will only see the girls at the family centre, and the centre worker will write down "
    "each visit, until the court decides at the final hearing.",
    "The shop owner and the bus station staff will ring the police each time they see the men "
    "with Leah near the station, and her youth worker will check with them every fortnight, "
    "for the next 4 months.",
    "Security at the shopping centre will move the older lads on and ring Jay's mum whenever "
    "he is there with them, and the police will check the log every week for 6 months."])
def test_a_goal_ending_at_a_meeting_or_the_people_of_a_place_acting_is_read(goal: str) -> None:
    assert safety_goal_gaps(goal, WORDS) == []


@pytest.mark.parametrize(("goal", "gap"), [
    ("Mum will keep the stair gate shut, and Nan will check it at the June review.",
     "for how long"),
    ("The shop manager will keep the shop tidy and the social worker will check every week "
     "for 3 months.", "what the caregiver will do, as something people could see"),
    ("The social worker and the youth worker will meet Leah every week about the men in the "
     "park, for 3 months.", "what the caregiver will do, as something people could see")])
def test_an_open_end_or_a_place_with_no_exploitation_is_still_asked_about(
        goal: str, gap: str) -> None:
    assert gap in safety_goal_gaps(goal, WORDS)

def test_drinking_alone_is_not_the_behaviour_that_harms() -> None:
    gaps = danger_statement_gaps(
        "We are worried about Dad's drinking. If nothing changes the children could be hurt.",
        WORDS)
    assert gaps == ["what the adult does to the child or in front of them, not only what they "
                    "drink or take"]


def test_a_statement_that_blames_the_child_is_sent_back() -> None:
    gaps = danger_statement_gaps(
        "The school is worried that D is involved in county lines and making poor choices. "
        "He could be hurt.", WORDS)
    assert any("cause of their own harm" in g and '"making poor choices"' in g for g in gaps)


@pytest.mark.parametrize("text", [
    "Mum called the police when he kicked the door in.",
    "Mum took the children to gran's when he had been drinking.",
    "Mum never leaves the kids with dad when he has been drinking.",
    "She won't let him in when he is drunk, and rings her brother instead."])
def test_protective_action_when_the_danger_was_present_is_safety(text: str) -> None:
    assert looks_like_safety(text)


@pytest.mark.parametrize("text", [
    "Mum said she has never seen dad drunk.", "Mum loves the children and never shouts.",
    "Dad never leaves the house without saying goodbye."])
def test_a_never_without_the_danger_is_still_a_strength(text: str) -> None:
    assert not looks_like_safety(text)


def test_one_nudge_names_every_term_each_with_its_own_question() -> None:
    text = plain_language("Mum has poor engagement and DV concerns; referred to MASH.", WORDS)
    assert text is not None
    for term in ('"poor engagement"', '"DV"', '"concerns"', '"MASH"'):
        assert term in text
    mash = next(line for line in text.splitlines() if '"MASH"' in line)
    assert "which team" in mash
    assert "what was actually seen" not in mash


def test_a_claim_with_nothing_behind_it_is_asked_what_was_seen_or_heard() -> None:
    text = plain_language("Mum is juggling a lot at the moment.", WORDS)
    assert text is not None
    assert text.startswith('"Mum is juggling a lot at the moment" says what you make of things')
    assert "What did you see or hear, who did what, and when?" in text
    assert plain_language("Mum shouted at T and locked her in her room on Sunday.", WORDS) is None


def test_praise_with_nothing_behind_it_is_shown_a_strength_as_the_example() -> None:
    text = plain_language("Gran is really supportive of the family.", WORDS)
    assert text is not None
    assert text.startswith('"Gran is really supportive of the family" says what you make of')
    assert "Nan has had the children every Saturday since March" in text
    assert "Dad is volatile" not in text
    worry = plain_language("Mum is juggling a lot at the moment.", WORDS)
    assert worry is not None
    assert "Dad is volatile" in worry


def test_a_long_claim_among_other_terms_is_quoted_short_with_its_question() -> None:
    claim = ("Dad is quite a cold fish with the children and seems very distant from all of "
             "them whenever he is at home")
    text = plain_language(f"{claim}. Referred to MASH.", WORDS)
    assert text is not None
    [line] = [line for line in text.splitlines() if "cold fish" in line]
    assert line.startswith('• "Dad is quite a cold fish')
    assert line.endswith('…": What did you see or hear, who did what, and when?')
    assert claim not in text


@pytest.mark.parametrize("text", [
    "the dog was aggressive", "the home was neglected by the landlord",
    'Mum said she had "concerns" about the school', "Mum said ‘he is volatile’ and cried",
    "the health visitor (HV) came; the HV weighed the baby"])
def test_plain_words_that_look_like_jargon_are_left_alone(text: str) -> None:
    assert find_jargon(text, WORDS) == []


def test_every_flow_declares_the_checks_on_its_statements_and_goals(
        flows: Mapping[str, Flow]) -> None:
    seen = set()
    for flow in flows.values():
        for step in flow.steps:
            draft = step.spec.draft or ""
            wanted = ("danger_statement" if draft.endswith("statement") and "worry" not in draft
                      else "safety_goal" if draft.endswith("goal") else None)
            if wanted and step.role == "question":
                assert step.spec.checks is not None, (flow.id, step.id)
                # an early help family's goal is asked in a wellbeing goal's words
                asks = {"wellbeing_goal": "safety_goal"}
                assert wanted in {asks.get(c, c) for c in step.spec.checks}, (flow.id, step.id)
                seen.add(flow.id)
    assert {"mapping", "harm_matrix", "contextual", "supervision", "wellbeing"} <= seen


def test_a_weak_statement_is_asked_about_once_in_the_conversation(
        flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "danger_statement_1")
    chat.send("Dad hits Mum when he has been drinking.")
    [nudge] = nudges_seen(chat)
    assert nudge.kind == "danger_statement"
    assert "who is worried" in nudge.text
    chat.send(Command("keep"))
    assert chat.draft.answers["danger_statement_1"] == "Dad hits Mum when he has been drinking."


def test_a_strong_statement_and_goal_pass_without_a_nudge(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["mapping"], "danger_statement_1")
    chat.send(GOOD_STATEMENT)
    assert not nudges_seen(chat)
    assert chat.draft.answers["danger_statement_1"] == GOOD_STATEMENT
    chat = reach(flows["mapping"], "safety_goal_1")
    chat.send(GOOD_GOAL)
    assert not nudges_seen(chat)


def test_a_process_goal_is_asked_about_in_the_conversation(flows: Mapping[str, Flow]) -> None:
    chat = reach(flows["contextual"], "safety_goal_1")
    chat.send("D will engage with the youth worker.")
    # the goal's own question, not the word list's "what was offered, what happened" first
    # (tests/test_goal_checks_thirtyfirst.py)
    [nudge] = nudges_seen(chat)
    assert nudge.kind == "safety_goal"
    assert "for how long" in nudge.text
    assert '"engage with"' in nudge.text
    chat.send(Command("keep"))
    assert chat.draft.answers["safety_goal_1"] == "D will engage with the youth worker."


def test_the_nudger_knows_every_check_a_step_can_declare() -> None:
    nudge = nudger()
    assert nudge("danger_statement", "There is DV.") is not None
    assert nudge("safety_goal", "Mum will engage.") is not None
    assert nudge("danger_statement", GOOD_STATEMENT) is None


def test_the_terminal_chat_uses_a_councils_own_words(tmp_path: Path) -> None:
    own = tmp_path / "council.yaml"
    own.write_text("mode: add\nterms:\n  - term: front door\n"
                   "    question: Which team did you contact, and what did you ask?\n")
    typed = "TB-7\n1\nI passed it to the front door on Monday.\n"
    plain = sosbot_here("chat", "--flow", "reflection", "--db", str(tmp_path / "a.db"),
                        input=typed)
    council = sosbot_here("chat", "--flow", "reflection", "--db", str(tmp_path / "b.db"),
                          input=typed, env={"SOSBOT_WORDS": str(own)})
    assert plain.returncode == council.returncode == 0, council.stderr
    assert "Which team did you contact" not in plain.stdout
    assert "Which team did you contact, and what did you ask?" in council.stdout


def test_a_broken_council_list_stops_the_chat_with_one_line(tmp_path: Path) -> None:
    own = tmp_path / "council.yaml"
    own.write_text("mode: sometimes\nterms: []\n")
    result = sosbot_here("chat", "--flow", "reflection", "--db", str(tmp_path / "a.db"),
                         input="TB-7\n", env={"SOSBOT_WORDS": str(own)})
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"sosbot: SOSBOT_WORDS: {own}:1: mode: ")
    assert not (tmp_path / "a.db").exists()


@pytest.mark.parametrize("statement", [
    "K's gran is worried that Mum's boyfriend walks into the bathroom when K is showering. If "
    "nothing changes, K could be sexually abused.",
    "The nursery is worried that Dad arrives to collect M smelling of drink, and has driven her "
    "home like this. If nothing changes, M could be killed in a crash."])
def test_a_verb_outside_the_word_list_still_says_what_an_adult_does(statement: str) -> None:
    assert danger_statement_gaps(statement, WORDS) == []


@pytest.mark.parametrize("statement", [
    "We are worried that Mum is depressed and exhausted. The baby could go hungry.",
    "We are worried that Dad has bipolar disorder. The children might get hurt."])
def test_being_or_having_is_not_doing(statement: str) -> None:
    assert "what an adult did or does, described as behaviour" in danger_statement_gaps(
        statement, WORDS)


def test_a_statement_that_ends_on_harm_alone_is_vague() -> None:
    gaps = danger_statement_gaps("The social worker is worried that Dad hits Mum. If nothing "
                                 "changes, the children will be harmed.", WORDS)
    assert gaps == ["what could happen to the child, in plain words rather than a label"]


def test_a_goal_of_strategies_names_no_behaviour_and_an_aunt_is_an_adult() -> None:
    gaps = safety_goal_gaps("Mom will use positive parenting strategies and the caseworker will "
                            "check monthly for six months.", WORDS)
    assert gaps[0].startswith("what the caregiver will do")
    assert safety_goal_gaps("The children's aunt will sleep over every weekend for three months "
                            "and tell the social worker who came.", WORDS) == []


def test_a_second_will_joined_by_and_is_the_same_persons_doing() -> None:
    goal = ("Nan will stop letting R's friends stay over and will ring Mum each night; the "
            "school will tell the social worker how R is every week for two months.")
    assert safety_goal_gaps(goal, WORDS) == []
    # A "will" with its own subject is still read as that subject's.
    gaps = safety_goal_gaps("Dad will not drink at home and the children will ring Nan; the "
                            "school will check every week for two months.", WORDS)
    assert gaps[0].startswith("what the caregiver will do")


@pytest.mark.parametrize("seen", ["the nurses will keep a chart", "the carers will log each one",
                                  "Gran will write each visit down"])
def test_writing_it_down_or_observers_in_the_plural_is_someone_seeing_it(seen: str) -> None:
    goal = f"Dad will give T her medicine at 8 every morning and {seen}, for three months."
    assert "who will see it, or how people will know" not in safety_goal_gaps(goal, WORDS)


def test_an_adult_who_plans_or_threatens_to_do_harm_is_doing_something() -> None:
    for plan in ("plan to take", "are threatening to send", "intend to take"):
        statement = (f"The school is worried that T's uncles {plan} her abroad to marry a man "
                     "she has never met. If this happens T could be raped and kept from school.")
        assert danger_statement_gaps(statement, WORDS) == [], plan


@pytest.mark.parametrize("statement", [
    "Nursery staff are worried that Darren shook baby Poppy hard when she would not settle on "
    "Tuesday night. If this happens again Poppy could be brain damaged or die.",
    "The health visitor is worried that on 3 May Kayleigh-Anne threw a mug at Ryan while "
    "Freddie (2) sat on the floor between them. If nothing changes Freddie could be cut or "
    "burnt and grow up frightened."])
def test_an_adult_named_by_first_name_is_someone_doing_something(statement: str) -> None:
    assert danger_statement_gaps(statement, WORDS) == []


def test_a_capital_that_starts_a_sentence_or_names_a_service_is_not_a_person() -> None:
    gaps = danger_statement_gaps("Police and Health are worried. The home is chaotic. If "
                                 "nothing changes Poppy could be hurt.", WORDS)
    assert "what an adult did or does, described as behaviour" in gaps


@pytest.mark.parametrize("adult", [
    "there will always be a sober adult looking after the girls",
    "there will always be one safe grown-up adult (Nan or Aunt Jo) staying over with them",
    "there will be at least one carer who is watching Poppy",
    "there will always be a sober adult in the house looking after the girls"])
def test_there_will_be_an_adult_doing_something_is_what_a_caregiver_will_do(adult: str) -> None:
    goal = f"For six months {adult}, and the social worker will visit unannounced to see it."
    assert safety_goal_gaps(goal, WORDS) == []


@pytest.mark.parametrize("thing", ["there will be no further incidents",
                                   "there will be a plan in place",
                                   "there will always be food in the house",
                                   "there will always be an adult safeguarding plan in place",
                                   "there will be a parent training course for Mum"])
def test_there_will_be_a_thing_is_not_anyone_doing_anything(thing: str) -> None:
    goal = f"For six months {thing}, and the social worker will visit unannounced to see it."
    assert safety_goal_gaps(goal, WORDS)[0].startswith("what the caregiver will do")


def test_a_parent_named_by_first_name_is_the_caregiver_acting() -> None:
    goal = ("Whenever Darren has been drinking, Shannon will take Poppy to her mother's house "
            "for the night, and her mother will text the social worker each time, until the "
            "review in March.")
    assert safety_goal_gaps(goal, WORDS) == []


@pytest.mark.parametrize("child", ["Tyler (9)", "Tyler, 9,", "Tyler aged 9", "her son Tyler"])
def test_a_name_the_goal_shows_is_a_childs_is_not_the_caregiver(child: str) -> None:
    goal = (f"When Darren is angry, Shannon says {child} will keep out of the kitchen, and the "
            "school will ask Tyler about it every Monday for ten weeks.")
    assert safety_goal_gaps(goal, WORDS)[0].startswith("what the caregiver will do")


def test_an_abbreviation_is_asked_to_be_written_out_not_what_was_seen() -> None:
    nudge = plain_language("sw to visit on tues", WORDS)
    assert nudge is not None
    assert nudge.startswith('You wrote "sw".')
    assert "Written out, it reads plainly" in nudge
    assert "what was actually seen or heard" not in nudge
    label = plain_language("Mum has poor engagement.", WORDS)
    assert label is not None
    assert "what was actually seen or heard" in label


@pytest.mark.parametrize("role", ["PK, family support worker", "AB, early help worker",
                                  "JS, wellbeing lead at the school"])
def test_initials_and_a_job_title_are_someone_not_a_claim(role: str) -> None:
    assert find_jargon(role, WORDS) == []
    assert plain_language(role, WORDS) is None


def test_an_abstract_note_with_no_one_in_it_is_still_asked_about() -> None:
    nudge = plain_language("lots of support needs and instability", WORDS)
    assert nudge is not None
    assert "says what you make of things" in nudge


def test_a_substance_and_what_could_happen_to_the_child_is_not_the_behaviour() -> None:
    # "K could be hurt or frightened" is what K could go through, not something an adult does.
    gaps = danger_statement_gaps(
        "The school is worried about dad's cannabis and that K could be hurt or frightened.", WORDS)
    assert gaps == ["what the adult does to the child or in front of them, not only what they "
                    "drink or take"]
    assert danger_statement_gaps(
        "The school is worried that dad gets drunk and shouts at K, and that K could be hurt or "
        "frightened.", WORDS) == []


def test_an_injury_an_adult_caused_is_the_behaviour_when_no_one_says_how() -> None:
    assert danger_statement_gaps(
        "The paediatrician is worried that one of the adults at home caused the bruises on baby "
        "M (5 months), and that M could be hurt again.", WORDS) == []
    assert "what an adult did or does, described as behaviour" in danger_statement_gaps(
        "The paediatrician is worried about the bruises on baby M (5 months), and that M could "
        "be hurt again.", WORDS)


def test_going_to_a_course_is_the_services_part_not_what_will_change() -> None:
    gaps = safety_goal_gaps("Dad will go to the anger course and work with the youth worker "
                            "until the review.", WORDS)
    assert any(g.startswith("what the caregiver will do") for g in gaps)
    assert safety_goal_gaps("Mum will go to swimming classes with L every Saturday, and Nan "
                            "will check with L on Sundays, for 3 months.", WORDS) == []


@pytest.mark.parametrize("goal", [
    # a rating on a scale, telling someone on a set day, or the young person's own words
    "Dad will read with J at bedtime every night for 3 months, and J will score his week out of "
    "10 with his teacher every Friday.",
    "Mum will make T a packed lunch every school day this term, and T will tell his form tutor "
    "on Mondays what he ate at the weekend.",
    'Jo (15) says: "I\'ll be home by 10 and I\'ll text my nan every night where I am", for the '
    "next 3 months, and her nan will fetch her whenever she asks.",
    # the people of a place, listed first
    "The park warden, the police community support officers (PCSOs) and the youth workers will "
    "be at the park on Friday nights and ring the police about any adult with R, for the next "
    "3 months.",
    # the one who will stop hurting is the person causing the harm
    "Mum will calm B down with a story instead of smacking him, every night for 6 months, and "
    "Nan will say what she sees."])
def test_how_people_will_know_and_who_will_change_read_in_other_words(goal: str) -> None:
    assert safety_goal_gaps(goal, WORDS) == [], goal
