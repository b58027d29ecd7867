"""The twenty-fourth round's wording fixes, from its blind corpus (Irish, Northern Irish,
Australian and US voices, refugee, Traveller and Roma families, disabled and teenage parents,
kinship care, faith, sport and online harm) and from items carried over: each test failed
on the code before the fix."""

from __future__ import annotations

import pytest
from conftest import run_sosbot

from flows.checks import claims, lexicon
from flows.checks.plain_language import find_wording
from flows.checks.privacy import find_personal_data
from flows.checks.words import WordList, load_word_list
from flows.nudges import privacy

WORDS: WordList = load_word_list()


def flagged(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS)]


def kinds(text: str) -> list[str]:
    return [h.kind for h in find_wording(text, WORDS)]


@pytest.mark.parametrize("flawed", [
    # a grown-up said to be able to care, with nothing seen
    "Nan is able to keep the children safe",
    "Chloe knows how to look after the baby properly",
    "Gran is more than capable of meeting their needs",
    # a claim with a promise or a wish joined after it is still the claim
    "Dad understands the worries and will make sure it doesn't happen again",
    "Mum is doing amazing and should be really proud of herself",
    # praise as a person likened to a treasure, or progress with any word of praise
    "Aunty Jo is an absolute star",
    "Chloe is a natural with the baby",
    "Gran has been a godsend",
    "Dad has made fantastic progress",
    "Mum has made remarkable progress",
    "Great visit today, the family were lovely",
    # a service's own name is no place, nor anyone of the family
    "The family have been cooperative with the Department",
    "Referral made to the family support service and Tusla notified",
    "The Meitheal process has commenced",
    # the harm put as the harmed parent's to stop, and a relationship called special
    "Mum continues to allow herself to be assaulted by her partner",
    "She lets herself get pushed around by him",
    "The coach and Maisie (14) have a special friendship",
    "He has a special bond with the girl next door",
])
def test_fresh_shapes_of_flawed_wording_are_asked_about(flawed: str) -> None:
    assert flagged(flawed), flawed


@pytest.mark.parametrize("sound", [
    "At 2am on Friday the PSNI found Ciara (14) in a flat with three men; she had taken tablets",
    "Dad, who is Deaf, told me through the BSL interpreter that he locks the bedroom door",
    "Nan is able to keep the children safe because she locks the door at night and keeps the key",
    "Dad is a rock for the kids: he got them up and to school every day last week",
    "Good visit today, Dad had made tea for the kids and the kitchen was clean",
    "Mum told the Garda that Dad hit her on Sunday",
    "Dad is calm and will take the kids to school on Monday",
    # the carried-over item: a parent by first name is a parent
    "Kerry is partly responsible for what happened because she let him back in",
    "Kerry is partly responsible for this as she left her kids with him",
])
def test_look_alikes_that_tell_what_happened_are_left_alone(sound: str) -> None:
    assert not flagged(sound), flagged(sound)


def test_a_child_by_first_name_is_still_asked_about_when_blamed() -> None:
    assert "blame" in kinds("Amy is partly responsible for the pictures she sent to her boyfriend")


@pytest.mark.parametrize(("check_as", "text"), [
    ("danger_statement", "Chloe's mum and the midwife are worried that Chloe's boyfriend takes her "
     "phone and keys and keeps her in the flat, and Chloe (16) and the baby could be cut off "
     "from help and hurt if he loses his temper"),
    ("safety_goal", "Mammy's boyfriend will move out and not come to the house, and Saoirse, her "
     "aunt and the Garda liaison will tell the social worker every fortnight for 6 months that "
     "no one has laid a hand on her"),
    ("safety_goal", "The club will have two adults at every training session and no coach will "
     "message a child alone, and Liam, his mum and the welfare officer will tell the social "
     "worker monthly for the season that no messages have come"),
])
def test_sound_statements_and_goals_are_not_sent_back(check_as: str, text: str) -> None:
    result = run_sosbot("language-check", "--as", check_as, input=text + "\n")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize(("text", "name"), [
    ("Mum is محمد الأحمد and dad works nights", "محمد الأحمد"),
    ("Иван Петров hit the child on Friday", "Иван Петров"),
    ("王小明 was seen at school with a bruise", "王小明"),
    ("Σοφία Παπαδοπούλου is the aunt", "Σοφία Παπαδοπούλου"),
])
def test_a_full_name_in_another_script_is_asked_to_be_initials(text: str, name: str) -> None:
    assert [h.text for h in find_personal_data(text)] == [name]
    reminder = privacy(text)
    assert reminder is not None
    assert name in reminder


@pytest.mark.parametrize("text", ["Mum said Привет to me", "Ivan hit him", "محمد الأحمد"])
def test_one_word_in_another_script_or_a_whole_answer_in_it_is_not_a_full_name(text: str) -> None:
    assert find_personal_data(text) == []


def test_the_mind_read_check_knows_every_family_adult_the_lexicon_does() -> None:
    assert set(lexicon.FAMILY_ADULTS.split()) <= claims._GROWN_UPS
