"""The thirty-sixth review: the thirty-fifth pass's change read with fresh eyes, each new rule
tried on lines it was not written with. Each test of a defect failed on the code as it was,
through the real engine and the real flows."""

from __future__ import annotations

import pytest

from bot.teams.partners import _WHAT_I_SENT
from tests.growth import LINEAR_AT_MOST, growth
from tests.test_review_language_twentyninth import asked, reply_to
from tests.test_walk_thirtyfirst import sent_at

# --- a number sent with words that only sound like the other end of the scale ----------------


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("2 - low mood, mum not coping", 2, "low mood, mum not coping"),
    ("1, low income and no food in the house", 1, "low income and no food in the house"),
    ("2 - low school attendance, missing most Mondays", 2,
     "low school attendance, missing most Mondays"),
    ("8 - high level of support from nan, who lives next door", 8,
     "high level of support from nan, who lives next door"),
    ("9 - high attendance at school and happy there", 9,
     "high attendance at school and happy there"),
])
def test_a_number_whose_words_are_not_a_grade_is_saved_with_them(typed: str, number: int,
                                                                  why: str) -> None:
    """'8 - high risk' is asked about once (10 is the safe end); but a police officer's
    "2 - low mood, mum not coping" was told 'You sent 2 with "low mood", but 10 is the safe
    end of this scale, so low mood sits near 10', as if low mood were a low risk, and "8 -
    high level of support from nan" was told high support sits near 0. Only a grade ("high",
    "high risk", "low risk") is asked about; these are saved, the number and why."""
    chat = sent_at("contribution", "partner_scale", typed)
    assert not any("safe end" in said for said in chat.notices()), chat.notices()
    assert chat.draft.answers["partner_scale"] == number
    assert why in str(chat.draft.answers.get("partner_scale_why", "")) or (
        chat.draft.pending is not None and why in str(chat.draft.pending.value))


@pytest.mark.parametrize(("typed", "sits"), [
    ("8 - high", "near 0"), ("9, high because dad is back home", "near 0"),
    ("8 high risk of harm from dad", "near 0"), ("1 - low", "near 10"),
    ("2, low risk now", "near 10"), ("9 - very high level of risk", "near 0"),
    ("9 - high levels of concern", "near 0")])
def test_a_grade_beside_a_number_at_the_other_end_is_still_asked_about(typed: str,
                                                                        sits: str) -> None:
    chat = sent_at("contribution", "partner_scale", typed)
    assert "partner_scale" not in chat.draft.answers
    assert sits in chat.notices()[0]


# --- two people's numbers: the names before each read once -------------------------------------


def test_a_long_line_with_two_numbers_at_a_scale_is_read_once() -> None:
    """"K says 7, S says 6" is read as two people's numbers by the word before each; that
    word was looked for from every letter of the line, each time reading to the end of its
    word: a pasted line of one long run of letters with two numbers in it (a key, a picture
    as text, piped into `sosbot chat`, where a line has no length limit) took time growing
    with the square of its length, every other answer waiting."""
    def line(size: int) -> object:
        return sent_at("success", "success_scale_young_person",
                       "4 before, 6 after " + "a" * size)
    assert growth(line, 1000) < LINEAR_AT_MOST


def test_two_peoples_numbers_by_initial_are_still_read_as_two() -> None:
    chat = sent_at("success", "success_scale_young_person", "K says 7, S says 6")
    assert "success_scale_young_person" not in chat.draft.answers
    assert "two people's numbers" in chat.notices()[0]


# --- the child's own opening at the houses ------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("three_houses", "house_worries", "When I go to dad's, he says he will hurt mummy"),
    ("three_houses", "house_worries", "While I was in bed, he said that he was going to kill "
     "her"),
    ("mapping", "house_worries", "When I stay at dads, she says she wants to die"),
    ("three_houses", "house_good", "At my nan's house, she says she loves having us"),
])
def test_the_childs_own_opening_with_someone_else_speaking_is_kept(
        flow_id: str, step_id: str, line: str) -> None:
    """At the houses, "When I go to dad's, he says he will hurt mummy" (the child's own
    words: what dad says when she goes there) was answered 'This answer is kept as their own
    words ... so "When I go to dad's, he says" would read as what they said too', as if the
    worker had written "When I spoke with Amelia, she told me that she ...": the child's "I"
    in the opening was read as the writer's. An opening in the first person is the writer's
    only where it tells of the writer meeting, seeing or asking the child."""
    assert asked(flow_id, step_id, line) is None, line


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("three_houses", "house_worries", "When I spoke with Amelia in her bedroom, she told me "
     "that she is frightened when they argue"),
    ("mapping", "house_worries", "When I visited on Tuesday, he said he hates going to his "
     "dad's"),
    ("three_houses", "house_dreams", "When I asked T about home, she said she wants her own "
     "room"),
    ("three_houses", "house_good", "On my visit to school, he said that he likes his teacher"),
])
def test_the_writers_own_opening_is_still_asked_to_go(flow_id: str, step_id: str,
                                                      line: str) -> None:
    assert "would read as what they said too" in reply_to(flow_id, step_id, line)


# --- Victoria Park, the park, said as what it is -----------------------------------------------

PARKS_SAID_OF = [
    "Albert Park is where the older lads hang out after dark and sell weed",
    "Victoria Park has a skate park where D meets the older lads",
    "Victoria Park was where he was found at 2am on 3 Nov",
    "D goes to Victoria Park, the one by the canal, most evenings",
    "D goes to Victoria Park, the one near her school, most evenings",
    "Alexandra Park is very dark at night and has no CCTV",
]


@pytest.mark.parametrize("typed", PARKS_SAID_OF)
def test_the_park_said_to_be_somewhere_is_saved_as_the_place_it_is(typed: str) -> None:
    """At the places that worry a youth worker, "Albert Park is where the older lads hang
    out after dark" was answered "Part of this looks like a full name ("Albert Park"). Please
    use initials or a role instead", and held back, as if the park were a person: "is",
    "has" and "was" after the name, and "the" after its comma, had been made to mean a
    person ("Victoria Park said ...", "Victoria Park, the family support worker"). The park
    said of as a place is saved."""
    chat = sent_at("contextual", "area_worries", typed)
    assert "full name" not in " ".join(str(getattr(r, "text", "")) for r in chat.replies)
    assert chat.draft.answers["area_worries"] == [typed]


@pytest.mark.parametrize("typed", [
    "Mum's friend Victoria Park has the children on Fridays",
    "Victoria Park has the children on Fridays",
    "Victoria Park is mum's friend and has them after school",
    "Victoria Park will pick the kids up from school",
    "Victoria Park, a neighbour, has the kids after school",
    "Spoke to Victoria Park, the youth worker",
    "Victoria Park said she would help with the school run"])
def test_the_person_named_like_the_park_is_still_asked_for_initials(typed: str) -> None:
    chat = sent_at("contextual", "area_worries", typed)
    assert '"Victoria Park"' in " ".join(str(getattr(r, "text", "")) for r in chat.replies)
    assert "area_worries" not in chat.draft.answers


# --- lines read once, however long ----------------------------------------------------------


def test_an_answer_ending_but_she_was_is_read_once() -> None:
    """An answer ending "but she was" is looked at for a denial before it ("said she wasn't
    drinking, but she was"): the denial's "...n't" was looked for from every letter, each
    time reading to the end of its word, so an answer of one long run of letters before it
    took time growing with the square of its length."""
    assert growth(lambda n: sent_at("mapping", "worst_harm", "a" * n + " but she was"),
                  900) < LINEAR_AT_MOST


def test_a_locked_partners_message_is_read_once_for_asking_what_they_sent() -> None:
    """A partner whose part is sent and locked, asking "what did I send?", is shown it; a
    message of theirs with many a "see" and "i" and no "sent" was read again from each
    "see" to its end."""
    assert growth(lambda n: _WHAT_I_SENT.fullmatch("see i " * n), 150) < LINEAR_AT_MOST
    for asks in ("what did I send?", "can I see what I sent", "show me my answers"):
        assert _WHAT_I_SENT.fullmatch(asks) is not None
    assert _WHAT_I_SENT.fullmatch("I see, thanks") is None


# --- the young person's number, with a count in their words -----------------------------------

YOUNG = "success_scale_young_person"


@pytest.mark.parametrize(("typed", "why"), [
    ("K says 7, I've been in my flat 2 months now", "I've been in my flat 2 months now"),
    ("K says 7 because she has had 3 interviews", "because she has had 3 interviews"),
    ("K says 7 - clean for two months", "clean for two months"),
    ("K says 7 out of 10, she has been clean for two months",
     "she has been clean for two months"),
])
def test_the_young_persons_number_with_a_count_in_her_words_is_kept_with_them(
        typed: str, why: str) -> None:
    """'K says 7 🙂 "I'm doing way better"' is kept, her 7 with her words as why, so that
    "S gives it a 6", the carer's number sent next, goes to the carer. But with a count in
    her words ("I've been in my flat 2 months now", "3 interviews") it was refused ("Please
    send one whole number"), or asked "I can see two numbers there (7 and 10) ... Which is
    it now?", as if the count were another place on the scale; and the carer's 6 sent next
    was saved as the young person's. Only another number on the scale ("S says 6", "S 6",
    "she said 5 last month") makes it two."""
    chat = sent_at("success", YOUNG, typed)
    assert chat.draft.answers[YOUNG] == 7
    assert chat.draft.answers[f"{YOUNG}_why"] == why
    assert chat.asked == "success_scale_carer"
    chat.send("S gives it a 6")
    assert chat.draft.answers["success_scale_carer"] == 6
    assert chat.draft.answers[YOUNG] == 7


@pytest.mark.parametrize("typed", ["K says 7, S 6", "K says 7, she said 5 last month",
                                   "K says 7 (was 5 in May)", "K says 7, carer says six"])
def test_another_place_on_the_scale_in_her_words_is_still_asked_about(typed: str) -> None:
    chat = sent_at("success", YOUNG, typed)
    assert YOUNG not in chat.draft.answers
    assert chat.asked == YOUNG


# --- "high" or "low" alone at a scale -------------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "place"), [
    ("three_houses", "child_scale", "high", "near 10"),
    ("mapping", "safety_scale", "very low", "near 0"),
    ("contribution", "partner_scale", "High", "near 10")])
def test_high_or_low_alone_is_told_both_ways_it_may_be_read(
        flow_id: str, step_id: str, typed: str, place: str) -> None:
    """At the child's number in the three houses (0 very unsafe or unhappy, 10 completely
    safe and happy), "high", typed for where the child put it, was answered 'this scale takes
    a number, and 10 is the safe end, so high sits near 0': read only as a risk grading, the
    child's high number was put at the unsafe end. "High" or "low" alone is told both ways:
    as a risk grading, and as a place on the scale."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    told = chat.notices()[0]
    assert f"as a place on this scale, it is {place}" in told
    assert "As a risk grading it sits" in told
    assert chat.asked == step_id


@pytest.mark.parametrize("typed", ["high risk", "DASH high", "medium", "graded low"])
def test_a_grade_said_as_one_is_told_where_it_sits_alone(typed: str) -> None:
    told = sent_at("contribution", "partner_scale", typed).notices()[0]
    assert "as a place on this scale" not in told
    assert "10 is the safe end" in told


# --- a place said to be rough, then what happened there ----------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "line"), [
    ("contextual", "area_worries", "The estate is rough. TJ was robbed at knifepoint there on "
     "3 Nov"),
    ("contextual", "area_worries", "The park is dangerous; older lads sell weed in the toilets "
     "most nights"),
    ("mapping", "complicating", "The area is really rough at night. On 2 March two men "
     "followed K home from the bus stop"),
])
def test_a_place_said_rough_then_what_happened_there_is_saved(flow_id: str, step_id: str,
                                                              line: str) -> None:
    """"the estate is rough, TJ was robbed at knifepoint there on 3 Nov" is saved; "The
    estate is rough. TJ was robbed at knifepoint there on 3 Nov", the same with a full stop,
    was asked "What happens there, and when ...?", the question its second sentence
    answers, and held back (typed on to the next question, the new line took its place)."""
    assert asked(flow_id, step_id, line) is None, line


@pytest.mark.parametrize("line", ["The estate is rough.", "The estate is rough. Lots going on.",
                                  "The area is dangerous. It is not safe for kids."])
def test_a_place_said_rough_with_nothing_that_happened_is_still_asked(line: str) -> None:
    assert "What happens there" in reply_to("contextual", "area_worries", line)


# --- one person's two numbers, named and then "she" ---------------------------------------------


@pytest.mark.parametrize(("step_id", "typed"), [
    ("safety_scale_parent_1", "Mum said 4 last week, she says 6 now"),
    ("safety_scale_child", "K said 4 last week, she says 6 now"),
    ("safety_scale_parent_1", "dad gave 3 at the last meeting and he says 5 today")])
def test_one_person_named_then_she_is_asked_which_number_is_now(step_id: str,
                                                                 typed: str) -> None:
    """"She said 4 last week, she says 6 now" at a parent's number is asked "Which is it
    now?"; "Mum said 4 last week, she says 6 now", mum named first, was told "I can see two
    people's numbers there ... Send only the number for "Parent or carer the child lives
    with" here; the others have questions of their own", as if "she" were someone else."""
    said = " ".join(sent_at("mapping", step_id, typed).notices())
    assert "Which is it now?" in said
    assert "two people's numbers" not in said


@pytest.mark.parametrize("typed", ["Dad says 6, she says 4", "she says 4, dad says 6"])
def test_someone_named_and_she_who_is_not_them_are_still_two_people(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_child", typed)
    assert "Which is it now?" not in " ".join(chat.notices())
    assert "safety_scale_child" not in chat.draft.answers
