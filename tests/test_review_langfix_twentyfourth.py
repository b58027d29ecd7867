"""What a review of the twenty-fourth round's widened wording and privacy rules found: each
test failed on the code as it was."""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_wording
from flows.checks.privacy import find_personal_data
from flows.checks.words import WordList, load_word_list
from flows.nudges import nudger

WORDS: WordList = load_word_list()
NUDGE = nudger(ready=False)


def flagged(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS)]


def blamed(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS) if h.kind == "blame"]


# 1. A child by first name stays a child when the grown-up's life told is someone else's.
@pytest.mark.parametrize("blaming", [
    "Amy is partly responsible for what happened because Mum let him back in",
    "Amy is partly responsible for it because her dad let him back into the house",
    "Jade is partly responsible for what happened because her nan let him back in",
])
def test_a_child_is_still_asked_about_when_another_adults_life_is_told(blaming: str) -> None:
    assert blamed(blaming), flagged(blaming)


@pytest.mark.parametrize("blaming", [
    "Sophie (15) is partly responsible for it, as she let him back into her room",
    "Jess, aged 15, is partly responsible for it because she let him back in",
    "Amy is partly responsible for this because she took him back to her flat",
])
def test_a_young_person_letting_someone_back_somewhere_is_still_a_child(blaming: str) -> None:
    assert blamed(blaming), flagged(blaming)


def test_a_parent_by_first_name_with_her_own_life_told_is_still_left_alone() -> None:
    assert not blamed("Kerry is partly responsible for this as she let him back in")


# 2. A bond called special is asked about between an outside adult and a young person only.
@pytest.mark.parametrize("plain", [
    "She has a special bond with her nan, they bake every Saturday",
    "Amy has a special connection with her baby brother and sings him to sleep",
    "Mum said the twins have a special bond",
    "Nan has a special bond with Amy and takes her swimming on Sundays",
    "Dad has a special closeness with his son since they started fishing together",
    "Her nan and Amy have a special bond",
])
def test_a_familys_own_special_bond_is_left_alone(plain: str) -> None:
    assert not [t for t in flagged(plain) if "special" in t], flagged(plain)


@pytest.mark.parametrize("euphemism", [
    "The coach had a special connection with Maisie",
    "He has a special bond with the girl next door",
    "The lodger has formed a special bond with Kayla (12)",
    "The youth leader has a special connection with her",
    "The youth pastor and Temi had a special connection",
    "A neighbour and the girl have formed a special attachment",
])
def test_an_outside_adults_special_bond_with_a_child_is_still_asked_about(
        euphemism: str) -> None:
    assert [t for t in flagged(euphemism) if "special" in t], flagged(euphemism)


# 3. A grown-up said to be able to care: "the" before them, and the nudge's example.
@pytest.mark.parametrize("claim", [
    "The grandparents are capable of meeting the children's needs",
    "Her grandparents are able to keep the kids safe",
    "The parents know how to look after the baby",
    "Granny is well able to mind the children",
])
def test_grown_ups_said_to_be_able_are_asked_about_after_the(claim: str) -> None:
    assert flagged(claim), claim


@pytest.mark.parametrize("plain", [
    "The school is able to provide breakfast club",
    "The nursery is able to look after him",
    "The Trust is able to provide a family support worker",
])
def test_a_service_said_to_be_able_is_left_alone(plain: str) -> None:
    assert not flagged(plain), flagged(plain)


@pytest.mark.parametrize("claim", ["Dad is able to look after the children",
                                   "The grandparents are capable of meeting their needs"])
def test_a_grown_up_said_to_be_able_is_asked_with_a_strength_as_the_example(claim: str) -> None:
    said = NUDGE("plain_language", claim)
    assert said is not None
    assert "Nan is supportive" in said, said
    assert "volatile" not in said, said


# 4. What a parent no longer lets happen is not blame.
@pytest.mark.parametrize("plain", [
    "Mum no longer allows herself to be pushed around: she called the police on Sunday",
    "Mum doesn't let herself get walked all over any more",
    "She would never let herself be hit again, she said",
])
def test_a_parent_who_no_longer_lets_herself_be_harmed_is_not_blamed(plain: str) -> None:
    assert not blamed(plain), blamed(plain)


@pytest.mark.parametrize("blaming", ["She let herself be manipulated by him",
                                     "Mum lets herself be threatened by him"])
def test_other_harms_put_as_hers_to_stop_are_asked_about(blaming: str) -> None:
    assert blamed(blaming), flagged(blaming)


@pytest.mark.parametrize("text", ["Amy allows herself to be used by older boys",
                                  "Jay (15) lets himself get exploited by the gang"])
def test_a_young_person_said_to_let_themselves_be_harmed_is_asked_what_the_adults_did(
        text: str) -> None:
    said = NUDGE("plain_language", text)
    assert said is not None
    assert "A child cannot agree to abuse" in said, said


def test_a_mother_said_to_let_herself_be_harmed_is_still_asked_his_actions() -> None:
    said = NUDGE("plain_language", "Mum continues to allow herself to be assaulted by him")
    assert said is not None
    assert "Write his actions" in said, said


# 5. A promise that says when, where or what is the plan, not the claim before it.
@pytest.mark.parametrize("plain", [
    "Nan is supportive and will have the kids on Saturdays",
    "The kids are happy and will stay with Nan until Friday",
    "Mum is doing well and should keep going to the group on Tuesdays",
])
def test_a_claim_joined_to_a_told_plan_is_left_alone(plain: str) -> None:
    assert not flagged(plain), flagged(plain)


@pytest.mark.parametrize("claim", [
    "Mum is loving and will always put the kids first",
    "Dad is committed, and he will do whatever it takes",
    "Dad understands the worries and will make sure it doesn't happen again",
])
def test_a_claim_joined_to_a_bare_promise_is_still_asked_about(claim: str) -> None:
    assert flagged(claim), claim


# 6. The danger ahead, whoever may lose their temper.
@pytest.mark.parametrize("ahead", [
    "If Mum's partner loses his temper again the baby could be hurt",
    "The baby could be hurt if her partner ever loses his temper",
    "If Mark loses his temper the kids might get hurt",
])
def test_losing_a_temper_as_the_danger_ahead_is_left_alone(ahead: str) -> None:
    assert not flagged(ahead), flagged(ahead)


@pytest.mark.parametrize("euphemism", [
    "Dad loses his temper when he drinks",
    "Mum is worried the kids could get hurt when he loses his temper",
    "Dad lost his temper on Friday and the kids were upstairs",
])
def test_losing_a_temper_that_happens_is_still_asked_about(euphemism: str) -> None:
    assert flagged(euphemism), euphemism


# 7. Words and places in another script are not full names.
@pytest.mark.parametrize("text", [
    "The family fled from 北京 last year and Mum speaks Mandarin",
    "Dad wrote 我爱你 on the card",
    "Amy calls her 妈妈 when she is upset",
    "Mum wrote 안녕하세요 on the card",
    "Mum says الحمد لله when she is worried",
    "They lived in Санкт Петербург before they came",
    "The family say שבת שלום on Fridays",
    'Mum sang "שבת שלום" with them',
])
def test_words_and_places_in_another_script_are_not_full_names(text: str) -> None:
    assert find_personal_data(text) == [], text


@pytest.mark.parametrize(("text", "name"), [
    ("Mum said 王小明 hit her", "王小明"),
    ("Mum said Иван Петров hit her", "Иван Петров"),
    ("Mum said 王小明 and his brother hit her", "王小明"),
    ("Dad is 김 민준 and works nights", "김 민준"),
    ("Mum (אנה כהן) came to the meeting", "אנה כהן"),
])
def test_a_full_name_in_another_script_is_still_found(text: str, name: str) -> None:
    assert [h.text for h in find_personal_data(text)] == [name]
