"""The thirty-eighth walk: a newly qualified social worker's first mapping before a
conference, asking what words mean, going back twice and editing; a school's designated
safeguarding lead invited as a partner; a health visitor's Harm Matrix pasted from her notes;
a child's worker's My Three Houses in the child's own spelling, with emoji; a team manager
scaling a case in group supervision; a police officer's contextual mapping. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from flows.flow import Flow
from flows.replies import Nudge
from storage.store import Store
from tests.test_console import at_the_terminal
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_twentyeighth import first_nudge

# --- the newly qualified social worker: what a word of the tools means, mid-draft -----------


@pytest.mark.parametrize(("step_id", "typed", "said"), [
    ("recent_harm", "what does danger statement mean?",
     "fears will happen to the child if nothing changes"),
    ("harm_happened", "what is a safety goal?", "what the family will be doing"),
    ("harm_pattern", "what does grey areas mean?", "what we don't know yet")])
def test_a_word_of_the_tools_asked_about_mid_draft_is_explained(step_id: str, typed: str,
                                                                said: str) -> None:
    """A newly qualified social worker at "When was the most recent time, and what happened?"
    typed "what does danger statement mean?". She was told it was read as /help and shown
    the help of the question on the screen, about the latest example, which said nothing of
    danger statements. The word she asked about is explained, the question's help still
    follows, and nothing is saved."""
    chat = sent_at("mapping", step_id, typed)
    told = " ".join(chat.notices())
    assert said in told
    assert step_id not in chat.draft.answers
    assert chat.draft.current == step_id


async def test_the_word_is_explained_at_the_terminal_and_the_answer_then_saved(
        store: Store, flows: Mapping[str, Flow]) -> None:
    shown, draft = await at_the_terminal(
        store, flows["mapping"], "1", "12 December", "JH, social worker",
        "what does danger statement mean?", "Mum (S), class teacher, health visitor")
    assert "fears will happen to the child if nothing changes" in shown
    assert draft.answers["network"] == "Mum (S), class teacher, health visitor"


@pytest.mark.parametrize("typed", ["what does mum mean by that?", "what is a bruise?"])
def test_a_question_of_no_word_of_the_tools_is_the_help_alone(typed: str) -> None:
    chat = sent_at("mapping", "recent_harm", typed)
    assert "danger statement says" not in " ".join(chat.notices())


# --- the newly qualified social worker: /back once too often --------------------------------

WORST = "R pushed S into the wall while T (6) was in the room on 28/11, T was screaming"
REWRITE = ("R pushed S against the kitchen wall on 28/11 while T (6) watched from the "
           "doorway; T screamed and hid under her bed")
TO_HARM = ("1", "12 December", "JH, social worker", "/skip", "/skip", "/skip", "/skip",
           "/skip", "/skip", "Social worker at school on 2/12, T chose to draw", "yes",
           WORST)


async def test_a_rewrite_typed_one_question_too_far_back_is_pointed_on_to_its_question(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """She typed /back twice from "When was the most recent time?" to rewrite the worst time,
    one question too far: at "Has the child already been hurt or harmed ...? (Current
    answer: Yes)" she sent her new worst time. She was told it was not saved and "If it
    belongs with your answer to "How the child's view was heard" ("SW at school on 2/12, T
    chose to draw"), /back goes back to it", an answer it has nothing to do with. She is
    pointed on to the worst time, the answer after this one that it rewrites, and /skip
    takes her there with Yes kept."""
    shown, draft = await at_the_terminal(store, flows["mapping"], *TO_HARM, "/back", "/back",
                                         REWRITE, "/skip", REWRITE)
    told = shown[shown.index("I haven't saved"):]
    told = told[:told.index("\n")]
    assert "How the child's view was heard" not in told
    assert '"The worst time"' in told
    assert draft.answers["harm_happened"] == "yes"
    assert draft.answers["worst_harm"] == REWRITE


async def test_the_rest_of_the_answer_before_is_still_pointed_back_to(
        store: Store, flows: Mapping[str, Flow]) -> None:
    shown, _ = await at_the_terminal(store, flows["mapping"], *TO_HARM[:-2],
                                     "and her nan was there too")
    assert "How the child's view was heard" in shown


# --- the child's worker: how the child was, typed among the child's words ------------------


@pytest.mark.parametrize("typed", ["she hid her face when talking about daddy",
                                   "T cried when I asked about home",
                                   "he froze when we talked about mummy's boyfriend",
                                   "she hid under the table during the session"])
def test_what_the_child_did_while_talking_is_asked_about_as_the_workers_words(
        typed: str) -> None:
    """A child's worker writing up T's (7) houses typed "she hid her face when talking about
    daddy" among the house of worries. It was saved without a word, and the summary read
    “she hid her face when talking about daddy” (the child's own words). What the child did
    while talking, as the worker saw it, is asked about once, as "she seemed scared when
    talking about daddy" is."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert "is how the child seemed to you, in your words" in " ".join(
        r.text for r in chat.replies if isinstance(r, Nudge))


@pytest.mark.parametrize("typed", ["mummy hid her face when daddy shouted",
                                   "I cried when daddy shouted at mummy",
                                   "she cried when daddy shouted"])
def test_the_childs_own_words_of_hiding_or_crying_are_kept_as_theirs(typed: str) -> None:
    chat = sent_at("three_houses", "house_worries", typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


# --- the team manager: the number changed, typed at the question of why --------------------


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("no actually 5", 5, None), ("make that 3 - dad back in hse per school", 3,
                                 "dad back in hse per school"),
    ("sorry, 5 not 4", 5, None), ("actually a 6, mum has kept every appt", 6,
                                  "mum has kept every appt"),
    ("change it to 2", 2, None)])
def test_a_number_changed_at_the_question_of_why_changes_the_number(
        typed: str, number: int, why: str | None) -> None:
    """In group supervision a team manager put the case at 4, then typed "no actually 5" and
    "make that 3 - dad back in hse per school". The scale stayed at 4, "no actually 5" was
    saved as why it is 4, and the next line as how the number has moved: the summary read
    "Your scale: 4. Why this number: no actually 5". The number is changed, said so, and the
    words after it are why; with none, the question of why is asked again."""
    chat = sent_at("supervision", "my_scale", "4")
    assert chat.asked == "my_scale_why"
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == number
    assert f"from 4 to {number}" in " ".join(chat.notices())
    if why is None:
        assert "my_scale_why" not in chat.draft.answers
        assert chat.asked == "my_scale_why"
    else:
        assert chat.draft.answers["my_scale_why"] == why


@pytest.mark.parametrize("typed", ["actually 5 incidents since June, and dad denies them",
                                   "no - mum has had 3 calls from him", "T is 5 and at school"])
def test_a_reason_with_a_number_in_it_is_the_reason(typed: str) -> None:
    chat = sent_at("supervision", "my_scale", "4")
    chat.send(typed)
    assert chat.draft.answers["my_scale"] == 4
    assert "from 4 to" not in " ".join(chat.notices())


# --- the school's designated safeguarding lead, as a partner --------------------------------


@pytest.mark.parametrize("typed", ["sorry have to go, will finish tomorrow",
                                   "got to go - will finish this tomorrow",
                                   "will finish tomorrow", "back tomorrow"])
def test_a_note_of_finishing_tomorrow_is_not_saved_as_the_answer(typed: str) -> None:
    """A school's designated safeguarding lead, halfway through her part, typed "sorry have
    to go, will finish tomorrow" at "What needs to happen next". It was saved as what needs
    to happen, and the next day the social worker's summary would have read it among the
    school's steps. It is kept back once, as "will finish later" is."""
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert "needs_to_happen" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


@pytest.mark.parametrize("typed", ["mum will finish the course tomorrow",
                                   "dad has to go to court tomorrow"])
def test_what_the_family_will_do_tomorrow_is_the_answer(typed: str) -> None:
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert chat.draft.answers["needs_to_happen"] == typed


@pytest.mark.parametrize("typed", ["KB's nan picks her up every day and she is always clean",
                                   "mum says she is fine", "nan picks her up every day"])
def test_a_line_with_no_number_is_not_read_as_someone_elses_number(typed: str) -> None:
    """Coming back the next day, the DSL sent what is working well at "On a scale of 0 to
    10, where do you put things ...?": "KB's nan picks her up every day and she is always
    clean". She was told "It reads as the number KB's nan gave, and this question is for
    your own number", of a line with no number in it. She is told a number is what the
    question takes, and where the words may belong."""
    chat = sent_at("contribution", "partner_scale", typed)
    (told,) = [r.text for r in chat.replies if isinstance(r, Nudge)]  # offered to add back
    assert "reads as the number" not in told
    assert "whole number from 0 to 10" in told
    assert '"What needs to happen"' in told  # the answer before, where the words may belong


@pytest.mark.parametrize("typed", ["mum says 6", "nan gave it a seven", "Dad: 4"])
def test_someone_elses_number_is_still_asked_about(typed: str) -> None:
    chat = sent_at("contribution", "partner_scale", typed)
    assert "reads as the number" in chat.notices()[0]


@pytest.mark.parametrize(("typed", "kept"), [
    ("not sure what you want here - KB has been late a lot", "KB has been late a lot"),
    ("Not sure what to put but KB has been late 6 times", "KB has been late 6 times"),
    ("idk what you want here, KB is often hungry", "KB is often hungry"),
    ("sorry not sure what you're after: KB came in with a bruise on 1/12",
     "KB came in with a bruise on 1/12")])
def test_a_note_of_being_unsure_before_the_answer_is_left_out_of_it(typed: str,
                                                                    kept: str) -> None:
    """Unsure what to write, the DSL typed "not sure what you want here - KB has been late a
    lot". All of it was saved, and the social worker's summary read "School: not sure what
    you want here - KB has been late a lot". The note to the bot is left out, said so, and
    the rest is the answer."""
    chat = sent_at("contribution", "worries", typed)
    assert chat.draft.answers["worries"] == kept
    assert "I've left out" in " ".join(chat.notices())


@pytest.mark.parametrize("typed", ["not sure what to put", "mum is not sure what to put in "
                                   "the letter to school", "not sure what you want here?"])
def test_being_unsure_alone_or_about_someone_else_is_not_cut(typed: str) -> None:
    chat = sent_at("contribution", "worries", typed)
    assert "I've left out" not in " ".join(chat.notices())
    assert chat.draft.answers.get("worries") in (None, typed)


def test_a_childs_own_unsure_words_are_kept_whole() -> None:
    typed = "I don't know what to say but daddy is scary"
    chat = sent_at("three_houses", "house_worries", typed)
    assert "I've left out" not in " ".join(chat.notices())


# --- the health visitor: her notes pasted whole, with her email sign-off ---------------------

NOTES = ("Notes 3/12/26:\n- Mum (SJ) said dad shakes the baby when he cries at night\n"
         "- Baby A (4 months) had bruise on his ear on 1/12\n- Dad denies\nKind regards\nKL\n"
         "Health Visitor | Northside Health Centre")


def test_notes_pasted_with_an_email_sign_off_are_asked_to_come_without_it() -> None:
    """A health visitor pasted her notes from an email at "What does the adult do, or fail
    to do?": their sign-off ("Kind regards", her initials, "Health Visitor | Northside
    Health Centre") was saved with them, and the Harm Matrix's summary read her signature as
    what the adult does. She is told it ends with an email sign-off that would go into the
    record, and asked to send it without it."""
    told = first_nudge(sent_at("harm_matrix", "danger_behaviour_1", NOTES))
    assert "sign-off" in told
    assert '"Kind regards"' in told


@pytest.mark.parametrize("typed", [
    "Dad shakes A when he cries.\nMum said thanks to the nurse and left",
    "- mum: best wishes card from nursery\n- dad denies",
    "Dad shouts at A at night\nRegards to mum were passed on by the GP"])
def test_lines_without_a_sign_off_are_not_asked_about_one(typed: str) -> None:
    chat = sent_at("harm_matrix", "danger_behaviour_1", typed)
    assert "sign-off" not in " ".join(r.text for r in chat.replies if isinstance(r, Nudge))


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("4, no actually 5", 5, None), ("4 - make that 5", 5, None),
    ("4 no actually 3 - dad back in the house", 3, "dad back in the house")])
def test_a_number_changed_in_the_same_line_is_the_one_saved(typed: str, number: int,
                                                             why: str | None) -> None:
    """Typed at the scale itself, "4, no actually 5" was told "I've saved 4 as the number.
    Your reason was not saved: see below", and only then changed to 5. The number meant is
    saved straight away, with no word of a reason lost."""
    chat = sent_at("supervision", "my_scale", typed)
    assert chat.draft.answers["my_scale"] == number
    told = " ".join(chat.notices())
    assert "not saved" not in told
    assert chat.draft.answers.get("my_scale_why") == why
