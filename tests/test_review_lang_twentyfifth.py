"""What a fresh-eyes review of the twenty-fifth round's wording rules found, with lines of
its own (not the round's corpus): each test failed on the code as it was."""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_wording
from flows.checks.privacy import find_personal_data
from flows.checks.words import WordList, load_word_list
from flows.nudges import plain_language

WORDS: WordList = load_word_list()


def flagged(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS)]


# 1. A home said to fall short: "isn't" is "is not", and conditions are a home's too.
@pytest.mark.parametrize("vague", [
    "The flat isn't ideal for a newborn",
    "The set-up isn't great",
    "Dad's place wasn't great for the kids",
    "The conditions are not ideal",
    "The arrangement is less than ideal",
    "The house isn't suitable for the baby",
    "The accommodation is not good enough for the kids",
    "It's not great for the baby",
])
def test_a_home_said_to_fall_short_is_asked_about_however_it_is_written(vague: str) -> None:
    assert flagged(vague), vague


def test_what_falls_short_said_straight_after_is_left_alone() -> None:
    assert not flagged("The flat is not suitable for the baby because the stairs have no gate "
                       "and the bedroom window does not shut")


def test_a_childs_own_not_great_reported_after_a_comma_is_left_alone() -> None:
    assert not flagged("That is not great, Kai said, when I asked about his new school")


def test_the_not_ideal_question_fits_more_than_a_home() -> None:
    said = plain_language("It is not great for the baby", WORDS)
    assert said is not None
    assert "the home" not in said


# 2. A service by its own name, told or worked with: one list for every rule, police forces
# and charities doing the work among them.
@pytest.mark.parametrize("told", [
    "Police Scotland informed",
    "Barnardo's were informed",
    "The NSPCC was contacted",
    "An Garda Síochána were notified",
    "The Jugendamt was notified",
])
def test_a_service_told_by_its_own_name_says_only_what_the_services_did(told: str) -> None:
    assert flagged(told), told


@pytest.mark.parametrize("worked", [
    "Dad has been honest with Barnardo's",
    "The family work closely with the Jugendamt",
    "Dad works well with Police Scotland",
    "The family work closely with the police",
    "Mum has been cooperative with the NSPCC",
    "Dad is very engaged with Oranga Tamariki",
])
def test_working_well_with_a_named_service_is_asked_about(worked: str) -> None:
    assert flagged(worked), worked


@pytest.mark.parametrize("job", [
    "Dad works with Tusla as a driver on weekdays",
    "Dad worked with Oranga Tamariki for ten years before the baby was born",
])
def test_a_parents_job_with_a_service_is_not_working_with_the_plan(job: str) -> None:
    assert not flagged(job), flagged(job)


# 3. Punishment softened: "when he disciplined", "took it too far", "went overboard".
@pytest.mark.parametrize("softened", [
    "Dad admitted he went a bit too far when he disciplined Kai",
    "Mum took it too far with the smacking",
    "Dad went overboard with the discipline",
    "Dad may have gone over the top when he told him off",
])
def test_punishment_said_to_go_too_far_is_asked_about_in_other_words(softened: str) -> None:
    assert flagged(softened), softened


# 4. A share of the blame put on a child: "shares the blame", "take some responsibility".
@pytest.mark.parametrize("blaming", [
    "Kai (14) shares the blame for the assault",
    "Amy (13) has to take some responsibility for what happened",
    "Jess, 15, needs to take her share of the responsibility for the pictures",
])
def test_a_child_given_a_share_of_the_blame_is_asked_about(blaming: str) -> None:
    assert flagged(blaming), blaming


@pytest.mark.parametrize("shared", [
    "Amy shares the responsibility for feeding the dog with her brother",
    "Mum takes some responsibility for what happened and has moved out of his flat",
])
def test_a_chore_shared_or_a_parent_owning_it_is_left_alone(shared: str) -> None:
    assert not [t for t in flagged(shared) if "responsib" in t.lower()], flagged(shared)


# 5. Safety said of people with nothing they did, in other words.
@pytest.mark.parametrize("label", [
    "Nan and Grandad are safe people",
    "They are a strong safety network",
    "Uncle Rob is a trusted adult",
    "The whānau are a really good safety network",
])
def test_people_called_safe_or_trusted_with_nothing_they_did_are_asked_about(label: str) -> None:
    assert flagged(label), label


def test_the_safe_adult_question_fits_a_family_as_well_as_one_person() -> None:
    said = plain_language("The family are a safe network", WORDS)
    assert said is not None
    assert "the person" not in said


# 6. A name with an accent is a name, kept safe as any other.
@pytest.mark.parametrize("claim", [
    "Mum is focused on keeping Oisín safe",
    "Dad is committed to keeping Siân safe",
])
def test_a_name_with_an_accent_kept_safe_is_a_person(claim: str) -> None:
    assert flagged(claim), claim


# 7. Going along with a service, then a colon or a dash saying what it was, also when the
# word is the list's ("engaged") and not the compliance rule's.
@pytest.mark.parametrize("told", [
    "Dad engaged with the school - he went to all six meetings and rang when he missed one",
    "Mum engaged with the health visitor: she took the baby to be weighed every Tuesday",
])
def test_engagement_spelt_out_after_a_colon_or_a_dash_is_left_alone(told: str) -> None:
    assert not [t for t in flagged(told) if "engaged" in t.lower()], flagged(told)


@pytest.mark.parametrize("vague", [
    "Dad engaged with the school: he is doing well",
    "Mum engaged with the plan - she is cooperative",
])
def test_engagement_followed_by_more_judgement_is_still_asked_about(vague: str) -> None:
    assert [t for t in flagged(vague) if "engaged" in t.lower()], flagged(vague)


# 8. A police station, a park, a library or a corner shop in Korean or Chinese is a place.
@pytest.mark.parametrize("text", [
    "경찰서 kept Dad overnight",
    "인천대공원 is where the boys play after school",
    "시립도서관 has a homework club Kai goes to",
    "편의점 staff called Mum",
    "公安局 called Mum on Friday",
    "中山公园 is where Mum walks Kai after school",
])
def test_a_place_in_korean_or_chinese_is_not_a_name(text: str) -> None:
    assert find_personal_data(text) == [], find_personal_data(text)


@pytest.mark.parametrize(("text", "name"), [
    ("김민서 hit her sister", "김민서"),
    ("윤서 was left alone", "윤서"),
    ("黄园 took the boy", "黄园"),
])
def test_a_name_ending_as_a_place_word_might_is_still_found(text: str, name: str) -> None:
    assert [h.text for h in find_personal_data(text)] == [name]


# 9. More of the names a family's grown-ups go by, praised with nothing seen.
@pytest.mark.parametrize("praise", [
    "Yiayia is amazing with the children",
    "Babcia has been fantastic with the girls",
    "Mamó is great with the grandchildren",
    "Teta is so supportive of Mum",
])
def test_more_grandparents_by_the_familys_name_praised_are_asked_about(praise: str) -> None:
    assert flagged(praise), praise


# 10. Who someone is (where from, their faith, a disability) is no label: two words with a
# comma made the rule read more of them.
@pytest.mark.parametrize("fact", [
    "Mum is a Polish, Catholic woman",
    "Amy is a Black, Muslim girl",
    "Dad is a Muslim man",
    "He is a deaf, autistic boy",
    "She is a blind girl",
    "Dad is a disabled man",
    "Dad is a big, heavy man, 6 foot 3",
])
def test_who_someone_is_is_not_asked_about_as_a_label(fact: str) -> None:
    assert not flagged(fact), flagged(fact)


@pytest.mark.parametrize("label", [
    "He is a quiet, aggressive boy",
    "Mum is a Polish woman and a chaotic parent",
    "She was a needy, clingy child",
    # Every word with a capital (a phone's title case, a heading pasted): a capital tells
    # nothing there, and a judging word is still one.
    "Mum Is A Bad Mother",
    "Dad Is A Lazy, Selfish Father",
    "MUM IS A BAD MOTHER",
])
def test_a_judging_word_beside_who_someone_is_is_still_asked_about(label: str) -> None:
    assert flagged(label), label
