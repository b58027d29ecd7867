"""What a review of the twenty-third round's new wording rules and scale handling found:
each test failed on the code as it was."""

from __future__ import annotations

import pytest

from flows.checks.plain_language import find_wording
from flows.checks.words import WordList, load_word_list
from flows.loader import load_flows
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()
WORDS: WordList = load_word_list()


def flagged(text: str) -> list[str]:
    return [h.text for h in find_wording(text, WORDS)]


def blamed(text: str) -> list[str]:
    """Only the wording that puts harm on the child (a sentence may be asked about as a
    whole for other reasons)."""
    return [h.text for h in find_wording(text, WORDS) if h.kind == "blame"]


# 1. A share of the responsibility for harm is asked about when the writer puts it on a child.
@pytest.mark.parametrize("plain", [
    "Dad is also responsible for this because he knew mum was hitting Amy and did nothing.",
    "Mum and dad are jointly responsible for it and both signed the safety plan on 3 March.",
    "Kai said he feels he is partly responsible for what happened to his little sister.",
    "The school nurse says Amy (15) is now partly responsible for her own medication and takes "
    "her inhaler at lunch.",
    "Amy is partly responsible for her own medication now and takes her inhaler at lunch.",
    "Dad knew what was going on so he is also responsible for what happened to the children.",
    "Her stepdad is just as responsible for it as mum is.",
])
def test_responsibility_said_of_an_adult_or_in_someones_own_words_is_left_alone(
        plain: str) -> None:
    assert not blamed(plain), blamed(plain)


@pytest.mark.parametrize("blaming", [
    "Ffion sent the pictures herself so she is partly responsible for what happened",
    "Cerys (14) is equally responsible for the messages",
    "He is partly responsible for the abuse as he kept going back to the flat.",
    "Dad hit Jay but Jay is partly responsible for it because he wound him up.",
    "The girl is also responsible for what happened.",
])
def test_responsibility_put_on_a_child_is_still_asked_about(blaming: str) -> None:
    assert [t for t in blamed(blaming) if "responsible" in t], flagged(blaming)


# 2. Contact with an older adult is about the young person, not a parent's own support.
@pytest.mark.parametrize("plain", [
    "Mum has regular contact with an older woman from her church who she phones when she "
    "feels low.",
    "Dad has regular contact with older men from his AA group who meet him every Tuesday.",
    "Mum said she has regular contact with an older woman from the Women's Institute.",
    "Her nan has regular contact with older people at the lunch club on Wednesdays.",
])
def test_a_parents_own_contact_with_older_adults_is_left_alone(plain: str) -> None:
    assert not [t for t in flagged(plain) if "contact" in t], flagged(plain)


@pytest.mark.parametrize("euphemism", [
    "Megan has regular contact with an older male she met online.",
    "Mum is worried that Amy has regular contact with older men.",
    "She is having contact with an adult male.",
    "Mum is out at work and her daughter has ongoing contact with older men.",
])
def test_a_young_persons_contact_with_older_adults_is_still_asked_about(euphemism: str) -> None:
    assert [t for t in flagged(euphemism) if "contact" in t], flagged(euphemism)


# 3. A line with a number that belongs with the answer before keeps the way back to it.
@pytest.mark.parametrize("typed", ["and again on 3 May", "Dad hit him 3 times",
                                   "she was 4 when it started", "also seen 4 times",
                                   "Mum would go for 7", "went 2 times",
                                   "and then again on 3 May"])
def test_a_line_with_a_number_for_the_answer_before_still_points_back(typed: str) -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert "worry_scale" not in chat.draft.answers
    # (offered since the fifty-first walk: /back adds it there, tests/test_walk_fiftyfirst)
    assert [r for r in chat.replies if "/back" in getattr(r, "text", "")], chat.replies


@pytest.mark.parametrize("typed", ["a low 3", "a strong 4", "a high 6",
                                   "a good 7", "low 3"])
def test_a_number_with_a_leaning_is_asked_for_the_number_alone(typed: str) -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert "worry_scale" not in chat.draft.answers
    assert not [n for n in chat.notices() if "/back" in n], chat.notices()


# 4. A number that counts meetings or visits is not a place on the scale.
@pytest.mark.parametrize(("typed", "named"), [
    ("3 before the 2 meetings, 6 after", "two numbers there (3 and 6)"),
    ("4 at first, then 6 after 3 visits, now 5", "three numbers there (4, 6 and 5)"),
    ("started at 3, went to 6 and ended on 5 after 2 meetings",
     "three numbers there (3, 6 and 5)"),
    ("2 before the 3 home visits, 5 afterwards", "two numbers there (2 and 5)"),
])
def test_a_count_of_meetings_is_not_named_as_a_place_on_the_scale(typed: str, named: str) -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert "worry_scale" not in chat.draft.answers
    assert [n for n in chat.notices() if named in n], chat.notices()


# 5. "non-accidental", "cumulative harm" and a placement breakdown, said with what happened.
@pytest.mark.parametrize("plain", [
    "The paediatrician said the bruises on both upper arms are non-accidental and look like "
    "fingertip marks.",
    "The placement broke down on 3 May after Kai hit the carer with a chair; the carer asked "
    "for him to move and he now lives at Oak House.",
    "The cumulative harm is that he has missed 40 school days and been sent to school hungry "
    "most mornings since September.",
])
def test_the_words_told_with_what_happened_are_left_alone(plain: str) -> None:
    assert flagged(plain) == []


@pytest.mark.parametrize("bare", [
    "The doctor thinks it was non-accidental.",
    "There is cumulative harm.",
    "The placement broke down.",
    "There was a placement breakdown.",
    "Query NAI.",
])
def test_the_words_alone_are_still_asked_about(bare: str) -> None:
    assert flagged(bare), bare


# 6. A child going along with a procedure is what they did.
@pytest.mark.parametrize("plain", [
    "Kai co-operated with the nurse who took his bloods and held his arm still.",
    "Amy cooperated with the nurse at the medical and lay still while she looked at her back.",
])
def test_a_child_cooperating_with_a_procedure_told_with_what_they_did_is_plain(
        plain: str) -> None:
    assert flagged(plain) == []


@pytest.mark.parametrize("process", [
    "Mum has co-operated with the social worker.",
    "Dad is cooperative with the youth offending team.",
    "Kai co-operated with the nurse.",
])
def test_cooperating_with_a_service_with_nothing_done_is_still_asked_about(process: str) -> None:
    assert flagged(process), process


# 7. A place judged for the children with the reason that says what is there.
@pytest.mark.parametrize("plain", [
    "It is not a good place for the kids to play because the road is busy.",
    "There is not a safe space for the children to play, so they play on the landing.",
])
def test_a_place_judged_with_what_is_there_is_plain(plain: str) -> None:
    assert flagged(plain) == []


@pytest.mark.parametrize("vague", [
    "It's not a great environment for a baby.",
    "The flat isn't a safe place for the kids.",
    "It is not a good place for the kids because it is not good for them.",
])
def test_a_place_judged_alone_is_still_asked_about(vague: str) -> None:
    assert flagged(vague), vague


@pytest.mark.parametrize("bare", [
    "The injury was non-accidental",
    "Placement breakdown on Friday",
    "There is a pattern of cumulative harm and the children are living with it daily",
])
def test_a_time_or_the_injury_itself_is_not_what_happened(bare: str) -> None:
    """Held corpus lines: a time, or the injury the word already names, is not what was
    seen or done."""
    assert flagged(bare), bare


# A second review of langfix23.
# 1. Unwanted or sexualised attention, advances or contact is what an adult does: asked about
#    whoever the sentence is about, not only when said of a child.
@pytest.mark.parametrize("euphemism", [
    "Mum's boyfriend has had sexualised contact with Amy.",
    "Grandad has sexualised contact with his granddaughter.",
    "Dad showed unwanted interest in her.",
    "Her uncle made sexual advances towards her.",
    "Dad's friend made unwanted advances to Amy.",
])
def test_an_adults_unwanted_advances_are_asked_about_whoever_the_subject(
        euphemism: str) -> None:
    assert [t for t in flagged(euphemism)
            if any(w in t for w in ("contact", "interest", "advances"))], flagged(euphemism)


# 2. A reason that is itself a judgement does not say what is in the place.
@pytest.mark.parametrize("vague", [
    "It's not a safe place for the kids because the house is unsuitable.",
    "It's not a good environment for a baby as the family has many needs.",
    "It's not a good home for a baby because there is a lot of chaos.",
    "It's not a safe place for the children since the home is unstable.",
])
def test_a_place_judged_with_a_judgement_for_a_reason_is_still_asked_about(vague: str) -> None:
    assert [t for t in flagged(vague) if "not a" in t], flagged(vague)


@pytest.mark.parametrize("plain", [
    "The flat is not a safe place for the kids because there is broken glass on the floor.",
    "It's not a safe place for a toddler because the balcony door has no lock.",
])
def test_a_place_judged_with_what_was_seen_there_is_plain(plain: str) -> None:
    assert flagged(plain) == []


# 3. An event said only to have come about, with a count or a time, is not what was seen.
@pytest.mark.parametrize("bare", [
    "Placement breakdown happened twice.",
    "Placement breakdown occurred in May.",
    "Placement breakdown took place on Friday.",
])
def test_a_term_said_only_to_have_happened_is_still_asked_about(bare: str) -> None:
    assert flagged(bare), bare


def test_a_term_with_what_happened_beside_it_is_plain() -> None:
    assert flagged("Placement breakdown happened after Kai punched his foster carer.") == []


# 4. Only the child's own words about themselves are theirs; someone else's view that puts
#    the harm on the child is still asked about.
@pytest.mark.parametrize("blaming", [
    "According to school, Amy is partly responsible for what happened.",
    "Mum says Kai is partly responsible for what happened.",
    "School says she is partly responsible for what happened.",
    "Her teacher thinks Amy is partly responsible for the abuse.",
])
def test_someone_elses_view_putting_the_harm_on_a_child_is_still_asked_about(
        blaming: str) -> None:
    assert [t for t in blamed(blaming) if "responsible" in t], flagged(blaming)


@pytest.mark.parametrize("own", [
    "Amy feels she is partly responsible for what happened.",
    "She told me she is partly responsible for the abuse.",
    "Amy blames herself and says she is partly responsible for what happened.",
])
def test_a_childs_own_words_about_themselves_are_left_alone(own: str) -> None:
    assert not blamed(own), blamed(own)


# 5. A word ending in s after a number is not always a counted noun, and a hedged number is
#    meant for the scale.
@pytest.mark.parametrize(("typed", "named"), [
    ("4 versus 6", "two numbers there (4 and 6)"),
    ("3 goes up to 6", "two numbers there (3 and 6)"),
    ("4 becomes 6", "two numbers there (4 and 6)"),
    ("4, 6 thanks to the new routine", "two numbers there (4 and 6)"),
    ("4 for months, 7 for weeks", "two numbers there (4 and 7)"),
])
def test_a_verb_after_a_number_does_not_make_it_a_count(typed: str, named: str) -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert "worry_scale" not in chat.draft.answers
    assert [n for n in chat.notices() if named in n], chat.notices()


@pytest.mark.parametrize("typed", ["a 4 or so", "prob a 4", "4 or thereabouts",
                                   "maybe 4 at a push"])
def test_a_hedged_number_is_asked_for_the_number_alone(typed: str) -> None:
    # (taken as the number since the thirty-second walk, as "about 4" and "probably a 4"
    # were: never pointed back to the answer before)
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send(typed)
    assert chat.draft.answers["worry_scale"] == 4
    assert not [n for n in chat.notices() if "/back" in n], chat.notices()
