"""The twenty-fifth round's wording fixes, from its blind corpus (Welsh, Scottish, New Zealand,
Canadian and Scandinavian voices, diaspora and faith households, military and farming
families, autism, young carers, pre-birth work, care leavers, exploitation, sextortion and
coercive control) and from items carried over: each test failed on the code before the fix."""

from __future__ import annotations

import pytest
from conftest import run_sosbot

from flows.checks.plain_language import find_wording
from flows.checks.privacy import find_personal_data
from flows.checks.words import WordList, load_word_list
from flows.nudges import plain_language

WORDS: WordList = load_word_list()


def flagged(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS)]


@pytest.mark.parametrize("flawed", [
    # a family's grown-up by the name the family uses, praised or said able with nothing seen
    "Da is well able to mind the young ones",
    "Mammy has been brilliant with the baby",
    "Dadi is able to meet the baby's needs",
    "Bibi has been fantastic with the little ones",
    "Abuela is amazing with the children",
    # a first name no list holds, as who is able or who is kept safe
    "Jo is able to care",
    "Ceri is able to care for the baby",
    "The family is committed to keeping Mariam safe",
    "The whānau are committed to keeping Aroha safe",
    # more than one treasure
    "The boys are absolute stars",
    "The girls are little angels",
    # agencies told, by their own names, and a report of concern lodged
    "Tusla were notified and the Garda informed",
    "Oranga Tamariki notified and a report of concern lodged",
    # two judging words with a comma; a home said to fall short with nothing in it
    "Isaac is a naughty, defiant boy",
    "The home is not ideal",
    "It is not great for the baby",
    "The flat is not ideal for a newborn",
    # punishment said to have gone further than meant
    "Dad may have gone too far with the discipline",
    "Dad may have overstepped with the discipline",
    # a child said to share the responsibility
    "Zain sent the images himself so he shares responsibility",
    # safety said of people, with nothing they did
    "The family are a safe network",
    "Gran is a safe adult",
    # going along with a service named by its own name
    "The family have worked well with Oranga Tamariki",
    "Mum has been open and honest with the barnevernet",
])
def test_fresh_shapes_of_flawed_wording_are_asked_about(flawed: str) -> None:
    assert flagged(flawed), flawed


@pytest.mark.parametrize("sound", [
    "Da minds the children after school every day until Mammy gets in from work at 6",
    "Mum took Aroha to Rotorua and kept her safe there for three nights",
    "The boys are stars on the rugby pitch: they train every Tuesday and Dad drives them there",
    "Leon is a tall, quiet boy who plays rugby on Saturdays",
    "It is not ideal, but Taid sleeps over on the nights Mam works so the girls are never alone",
    "Dad went too far with the joke about Mum's weight",
    "Mum and Dad share responsibility for the school run",
    "Gran is a safe adult: she took the kids to hers when Dad came home drunk on Friday",
    "Mum worked with the council to get the damp fixed and the baby's room is now dry",
    # compliance, then what it was after a colon
    "Dad cooperated with the police: he handed over the keys and left the house that night",
    "Mum has complied with the order: he has not been in the house since March, her neighbour says",
    # a listed word, then what it stands for
    "The neglect Kai describes is that he has had no hot meal for ten days",
    "Neglect: no food in the house for three days and the baby in the same nappy",
    # a condition, then what a parent does about it, joined by a semicolon
    "Ethan's autism means loud rooms hurt him; Dad brings his ear defenders to the shop",
])
def test_look_alikes_that_tell_what_happened_are_left_alone(sound: str) -> None:
    assert not flagged(sound), flagged(sound)


def test_she_letting_herself_be_hurt_with_no_one_named_gets_the_childs_question() -> None:
    said = plain_language("she lets herself get pushed around", WORDS)
    assert said is not None
    assert "A child cannot agree to abuse" in said


def test_a_goal_kept_for_a_number_of_tours_says_how_long_and_who_sees_it() -> None:
    goal = ("Dad will not drink in the house when he is on leave, and Mum and the welfare officer "
            "will say there have been no thrown things or shouting for the next two tours")
    result = run_sosbot("language-check", "--as", "safety_goal", input=goal + "\n")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("text", [
    "소망교회 runs the food bank Mum uses",
    "Mum said 她去超市 and left the kids",
    "The 永辉超市 manager rang the police",
])
def test_a_church_or_a_shop_in_chinese_or_korean_is_not_a_name(text: str) -> None:
    assert find_personal_data(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("김민준 hit his sister", "김민준"),
    ("Mum is 李华 and works at 华联超市", "李华"),
    ("王和平 hit the boy", "王和平"),
])
def test_a_name_in_chinese_or_korean_is_still_found(text: str, name: str) -> None:
    assert [h.text for h in find_personal_data(text)] == [name]
