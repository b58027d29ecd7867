"""The pure engine, driven like a chat: one input in, replies and the changed draft out."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import (
    EngineChat,
    build_flow,
    choice,
    list_step,
    new_draft,
    note,
    scale,
    section,
    step,
    text,
    walk_through,
    yes_no,
)

from bot import views
from flows import engine
from flows.flow import Flow
from flows.render import render_text
from flows.replies import Nudge, Review, Text
from flows.summary import build_summary


@pytest.fixture
def flow(tmp_path: Path) -> Flow:
    """name, hurt (yes/no), details (only after yes), extra (optional), colour, pets, things,
    score: one of each kind of question."""
    return build_flow(
        tmp_path,
        section("about", text("name"), yes_no("hurt"),
                text("details", when="hurt == 'yes'", column="worried"),
                text("extra", required=False), column="worried"),
        section("more", choice("colour", "red", "green", "blue"),
                choice("pets", "cat", "dog", "fish", multi=True, required=False),
                list_step("things", max_items=3), scale("score"), column="working_well"),
    )


@pytest.fixture
def chat(flow: Flow) -> EngineChat:
    chat = EngineChat(flow)
    chat.start()
    return chat


def answer_up_to(chat: EngineChat, step_id: str, **answers: str) -> None:
    """Answer with the given text (or a default) until `step_id` is asked."""
    defaults = {"name": "T", "hurt": "no", "details": "D", "extra": "E", "colour": "red",
                "pets": "1", "score": "4"}
    while chat.asked != step_id:
        current = chat.asked
        if current == "things":
            chat.send("a thing")
            chat.command("done")
            continue
        chat.send(answers.get(current, defaults[current]))


# --- asking, one question at a time ----------------------------------------------------------


def test_start_asks_the_first_question_numbered_against_the_applicable_total(
        chat: EngineChat) -> None:
    q = chat.question
    assert (q.step_id, q.number, q.total) == ("name", 1, 7)  # details does not apply yet
    assert q.ask == "Question name?"
    assert not q.can_back


def test_a_yes_that_opens_a_branch_adds_its_question_to_the_count(chat: EngineChat) -> None:
    chat.send("T")
    chat.pick("yes")
    assert (chat.asked, chat.question.number, chat.question.total) == ("details", 3, 8)


def test_a_no_skips_the_branch_and_the_count_leaves_it_out(chat: EngineChat) -> None:
    chat.send("T")
    chat.pick("no")
    assert (chat.asked, chat.question.number, chat.question.total) == ("extra", 3, 7)


def test_each_accepted_answer_is_reported_and_marked_changed(chat: EngineChat) -> None:
    chat.send("  Tom's mum  ")
    assert [(a.step_id, a.answer) for a in chat.answered] == [("name", "Tom's mum")]
    assert chat.changed == {"name"}
    assert chat.draft.answers["name"] == "Tom's mum"


def test_note_steps_are_shown_but_not_counted_as_questions(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", text("a"), note("n", ask="Read this first."),
                                        text("b")))
    chat = EngineChat(flow)
    chat.start()
    chat.send("x")
    assert "Read this first." in chat.notices("note")
    assert (chat.asked, chat.question.number, chat.question.total) == ("b", 2, 2)


def test_a_note_an_edited_answer_brings_is_said_before_going_back(tmp_path: Path) -> None:
    """Changing "safe to go home" to no, with /edit, says the note that answer brings (call
    999), as answering it on the way through does, then goes back to where they were."""
    flow = build_flow(tmp_path, section(
        "s", yes_no("safe"), note("stop", ask="Stop here and call 999.", when="safe == 'no'"),
        text("b"), text("c")))
    chat = EngineChat(flow)
    chat.start()
    chat.pick("yes")
    chat.send("x")
    assert "Stop here and call 999." not in chat.notices("note")
    chat.command("edit", "1")
    chat.pick("no")
    assert "Stop here and call 999." in chat.notices("note")
    assert chat.asked == "c"


def test_an_edit_that_closes_a_branch_says_which_answers_it_left_out(chat: EngineChat) -> None:
    """Changing "hurt" from yes to no with /edit closes "details": the practitioner is told
    that answer is out of the summary, and that it comes back with yes."""
    answer_up_to(chat, "colour", hurt="yes", details="a bruise on his arm")
    chat.command("edit", "2")
    chat.pick("no")
    (said,) = [n for n in chat.notices("note") if "left" in n]
    assert '"Question details?"' in said
    assert "come back" in said
    assert "details" not in _reviewed(chat)
    chat.command("edit", "2")
    chat.pick("yes")  # the answer was kept: yes brings it back, nothing to type again
    assert _reviewed(chat)["details"] == "a bruise on his arm"


def _reviewed(chat: EngineChat) -> dict[str, str]:
    """The answers /review lists, by step."""
    (listed,) = [r for r in chat.command("review") if isinstance(r, Review)]
    return {item.step_id: item.answer for item in listed.items}


def test_editing_the_list_on_screen_then_done_goes_on_to_the_next_question(
        tmp_path: Path) -> None:
    """/review then /edit of the list being filled, then /done: the next list is asked, so
    the items typed next are not filed under the list before (My Three Houses' dreams went
    into its good things)."""
    flow = build_flow(tmp_path, section("s", text("name"), list_step("good", max_items=5),
                                        list_step("dreams", max_items=5), text("end")))
    chat = EngineChat(flow)
    chat.start()
    chat.send("T")
    chat.send("cuddles")
    chat.command("review")
    chat.command("edit", "2")
    assert chat.asked == "good"
    chat.command("done")
    assert chat.asked == "dreams"
    chat.send("a dog")
    assert chat.draft.answers["good"] == ["cuddles"]
    assert chat.draft.answers["dreams"] == ["a dog"]


def test_an_edit_that_closes_nothing_says_nothing_about_it(chat: EngineChat) -> None:
    answer_up_to(chat, "colour", hurt="yes")
    chat.command("edit", "1")
    chat.send("Another name")
    assert not [n for n in chat.notices("note") if "left" in n]


def test_help_shows_the_step_help_and_changes_nothing(chat: EngineChat) -> None:
    before = chat.draft.copy()
    chat.command("help")
    assert chat.notices("help") == ["Help for name."]
    assert chat.draft.answers == before.answers
    assert chat.draft.nonce == before.nonce


def test_pause_says_the_answers_are_saved_and_keeps_the_place(chat: EngineChat) -> None:
    chat.send("T")
    chat.command("pause")
    assert chat.notices("saved")
    chat.show()
    assert chat.asked == "hurt"


# --- bad input: a friendly reason and the same question ----------------------------------


@pytest.mark.parametrize(("step_id", "typed", "reason"), [
    ("name", "", "needs an answer"),
    ("name", "   ", "needs an answer"),
    ("name", "x" * 10_000, "10000 characters"),
    ("hurt", "maybe", "yes or no"),
    ("colour", "purple", "couldn't match"),
    ("colour", "4", "couldn't match"),
    ("pets", "1,9", "couldn't match"),
    ("score", "11", "from 0 to 10"),
    ("score", "-1", "from 0 to 10"),
    ("score", "5.5", "from 0 to 10"),
    ("score", "lots", "from 0 to 10"),
])
def test_bad_input_gets_a_reason_and_the_same_question_again(
        chat: EngineChat, step_id: str, typed: str, reason: str) -> None:
    answer_up_to(chat, step_id)
    before = dict(chat.draft.answers)
    chat.send(typed)
    assert any(reason in n for n in chat.notices("problem")), chat.replies
    assert chat.asked == step_id
    assert chat.question.again
    assert chat.draft.answers == before
    assert not chat.changed


def test_an_over_long_answer_can_be_shortened_and_nothing_before_it_is_lost(
        chat: EngineChat) -> None:
    answer_up_to(chat, "extra")
    chat.send("y" * 10_000)
    chat.send("shorter")
    assert chat.draft.answers["extra"] == "shorter"
    assert chat.draft.answers["name"] == "T"


# --- choices, multi-choice, lists and scales ---------------------------------------------


@pytest.mark.parametrize("typed", ["2", "green", "Green", "GREEN.", " 2 "])
def test_a_choice_is_answered_by_number_or_label(chat: EngineChat, typed: str) -> None:
    answer_up_to(chat, "colour")
    chat.send(typed)
    assert chat.draft.answers["colour"] == "green"
    assert chat.asked == "pets"


@pytest.mark.parametrize(("typed", "chosen"), [
    ("not sure tbh", "unsure"), ("dont know", "unsure"), ("I don’t know", "unsure"),
    ("idk", "unsure"), ("no idea", "unsure"),
    ("yes as far as i know", "yes"), ("No, or they have been seriously hurt!", "no"),
    ("conferance", "conference"), ("core grp", "core_group"),
])
def test_a_choice_typed_as_a_phone_types_it_is_the_one_it_can_only_mean(
        tmp_path: Path, typed: str, chosen: str) -> None:
    flow = build_flow(tmp_path, section("s", step("safe", "choice", choices=[
        {"value": "yes", "label": "Yes, as far as I know"},
        {"value": "no", "label": "No, or they have been seriously hurt"},
        {"value": "unsure", "label": "I don't know"},
        {"value": "conference", "label": "A child protection conference"},
        {"value": "core_group", "label": "A core group meeting"}]), text("after")))
    chat = EngineChat(flow)
    chat.start()
    chat.send(typed)
    assert chat.draft.answers["safe"] == chosen
    assert chat.asked == "after"


@pytest.mark.parametrize(("typed", "chosen"), [
    ("v likely", "very_likely"), ("very likley", "very_likely"), ("vv likely", "very_likely"),
    ("Likely.", "likely"), ("unlikley", "unlikely"),
    # two letters the wrong way round are one option's word, not nearly two options
    ("likley", "likely"), ("v unlikely", None), ("not v likely", None),
])
def test_a_likelihood_typed_in_shorthand_is_never_read_as_a_weaker_one(
        tmp_path: Path, typed: str, chosen: str | None) -> None:
    """"v likely" was recorded as "Likely": a typed word that is nearly two options is
    neither, and the question is asked again."""
    flow = build_flow(tmp_path, section("s", step("again", "choice", choices=[
        {"value": "very_likely", "label": "Very likely"}, {"value": "likely", "label": "Likely"},
        {"value": "possible", "label": "Possible"}, {"value": "unlikely", "label": "Unlikely"}]),
        text("after")))
    chat = EngineChat(flow)
    chat.start()
    chat.send(typed)
    assert chat.draft.answers.get("again") == chosen
    assert chat.asked == ("after" if chosen else "again")


@pytest.mark.parametrize("typed", ["now", "nope", "maybe", "yes or no", "grp"])
def test_a_choice_typed_that_could_mean_none_or_several_is_asked_again(
        chat: EngineChat, typed: str) -> None:
    answer_up_to(chat, "colour")
    chat.send(typed)
    assert "colour" not in chat.draft.answers
    assert chat.asked == "colour"
    assert chat.question.again


def test_a_choice_button_carries_its_value(chat: EngineChat) -> None:
    answer_up_to(chat, "colour")
    chat.pick("blue")
    assert chat.draft.answers["colour"] == "blue"


@pytest.mark.parametrize(("typed", "chosen"), [
    ("1,3", ["cat", "fish"]),
    ("3, 1", ["cat", "fish"]),
    ("dog,Fish", ["dog", "fish"]),
    ("2,2", ["dog"]),
    ("1,2,3", ["cat", "dog", "fish"]),
    ("1 3", ["cat", "fish"]), ("1 and 3", ["cat", "fish"]), ("3&1", ["cat", "fish"]),
])
def test_multi_choice_takes_several_numbers_or_labels(
        chat: EngineChat, typed: str, chosen: list[str]) -> None:
    answer_up_to(chat, "pets")
    chat.send(typed)
    assert chat.draft.answers["pets"] == chosen
    assert chat.asked == "things"


def test_multi_choice_buttons_toggle_and_done_finishes(chat: EngineChat) -> None:
    answer_up_to(chat, "pets")
    nonce = chat.question.nonce
    chat.pick("fish")
    chat.pick("cat")
    chat.pick("fish")
    assert chat.question.selected == ("cat",)
    assert chat.question.nonce == nonce  # the same message's buttons stay live
    chat.command("done")
    assert chat.draft.answers["pets"] == ["cat"]
    assert chat.asked == "things"


def test_a_list_collects_items_until_done(chat: EngineChat) -> None:
    answer_up_to(chat, "things")
    chat.send("first")
    assert chat.asked == "things"
    assert chat.question.again
    chat.send("second")
    assert chat.question.items == ("first", "second")
    chat.send("done")
    assert chat.draft.answers["things"] == ["first", "second"]
    assert chat.asked == "score"


def test_an_item_filed_under_the_wrong_list_can_be_taken_out_by_its_number(
        chat: EngineChat) -> None:
    # A practitioner's walk: "nan is very supportive" typed under the wrong list could not
    # be taken out short of discarding the whole draft.
    answer_up_to(chat, "things")
    for item in ("first", "nan is very supportive"):  # the list holds three at most
        chat.send(item)
    chat.send("-2")
    chat.send("third")
    chat.send("−1")
    assert chat.draft.answers["things"] == ["third"]
    chat.send("first")
    chat.send("- 7")
    assert "There's no item 7 here: the list has 2." in [getattr(r, "text", "")
                                                         for r in chat.replies]
    shown = "".join(m.html for m in views.question_messages(chat.question))
    assert "1. third\n2. first" in shown
    assert "(-2)" in shown
    chat.send("-2")
    assert 'I\'ve taken out item 2, "first".' in [getattr(r, "text", "") for r in chat.replies]
    chat.send("done")
    assert chat.draft.answers["things"] == ["third"]
    assert chat.asked == "score"


def test_coming_back_to_a_list_half_done_shows_the_question_itself(chat: EngineChat) -> None:
    answer_up_to(chat, "things")
    chat.send("first")
    assert chat.question.again  # straight after an item: a short "added" line will do
    nonce = chat.question.nonce

    chat.command("show")  # what /resume and a restart ask

    assert chat.question.step_id == "things"
    assert not chat.question.again
    assert chat.question.items == ("first",)
    assert chat.question.nonce == nonce  # its buttons still work
    shown = views.question_messages(chat.question)
    assert chat.question.ask in shown[-1].html


def test_a_list_moves_on_by_itself_when_full(chat: EngineChat) -> None:
    answer_up_to(chat, "things")
    for item in ("a", "b", "c"):
        chat.send(item)
    assert chat.draft.answers["things"] == ["a", "b", "c"]
    assert chat.asked == "score"


def test_a_required_list_needs_one_item(chat: EngineChat) -> None:
    answer_up_to(chat, "things")
    chat.command("done")
    assert any("at least one" in n for n in chat.notices("problem"))
    assert chat.asked == "things"


def test_an_optional_list_done_with_nothing_in_it_reads_back_as_skipped(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", list_step("things", required=False),
                                        text("after")))
    chat = EngineChat(flow)
    chat.start()
    chat.command("done")
    assert [(a.step_id, a.answer) for a in chat.answered] == [("things", "(skipped)")]
    assert chat.asked == "after"
    review = chat.command("review")
    assert [i.answer for r in review if isinstance(r, Review) for i in r.items] == [
        "(skipped)"]


@pytest.mark.parametrize("typed", ["0", "10", "7"])
def test_a_scale_takes_any_whole_number_within_its_bounds(chat: EngineChat, typed: str) -> None:
    answer_up_to(chat, "score")
    chat.send(typed)
    assert chat.draft.answers["score"] == int(typed)
    assert chat.finished


@pytest.mark.parametrize(("typed", "kept"), [
    ("seven", 7), ("about 5", 5), ("7ish", 7), ("6/10", 6), ("maybe a 4", 4), ("Ten", 10)])
def test_a_scale_typed_as_people_type_it_keeps_its_number(
        chat: EngineChat, typed: str, kept: int) -> None:
    answer_up_to(chat, "score")
    chat.send(typed)
    assert chat.draft.answers["score"] == kept


@pytest.mark.parametrize(("typed", "told"), [
    ("6/7", "Pick the one that fits best, 6 or 7"),
    ("between 3 and 4", "Pick the one that fits best, 3 or 4"),
    ("6.5", "Pick the one that fits best, 6 or 7"),
    ("10+", "The scale stops at 0 and 10"),
    ("11", "The scale stops at 0 and 10"),
    ("n/a", "A number is needed here"),
    ("don't know", "A number is needed here"),
    ("blue", "Please send one whole number from 0 to 10")])
def test_a_scale_answer_that_is_not_one_number_says_what_to_send(
        chat: EngineChat, typed: str, told: str) -> None:
    answer_up_to(chat, "score")
    chat.send(typed)
    assert "score" not in chat.draft.answers
    assert chat.asked == "score"
    assert any(told in n for n in chat.notices("problem"))


def scale_then_why(tmp_path: Path) -> EngineChat:
    """A chat started on a scale `s`, its why `s_why`, then a question `z`."""
    chat = EngineChat(build_flow(tmp_path, section(
        "s", scale("s", follow_up={"ask": "Why?", "help": "Because."}), text("z"))))
    chat.start()
    return chat


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("3 - drew a sad face", 3, "drew a sad face"),
    ("4, because mum rang the school", 4, "because mum rang the school"),
    ("about 6: R is staying at his brother's", 6, "R is staying at his brother's"),
    ("seven because the bruises have stopped", 7, "because the bruises have stopped"),
    ("3, not 2, because R has stayed away", 3, "not 2, because R has stayed away")])
def test_a_scale_number_typed_with_its_reason_keeps_both_in_their_places(
        tmp_path: Path, typed: str, number: int, why: str) -> None:
    chat = scale_then_why(tmp_path)
    chat.send(typed)
    assert chat.draft.answers["s"] == number
    assert chat.draft.answers["s_why"] == why
    assert chat.asked == "z"
    assert any(f'saved {number} as the number, and "{why}" as why' in n
               for n in chat.notices("saved"))


def test_a_reason_held_by_a_reminder_is_not_said_to_be_saved(tmp_path: Path) -> None:
    chat = EngineChat(build_flow(tmp_path, section(
        "s", scale("s", follow_up={"ask": "Why?", "help": "Because.", "title": "Why"},
                   checks=["privacy"]), text("z"))),
        nudger=lambda kind, text: "Initials?" if "Smith" in text else None)
    chat.start()
    chat.send("3 - John Smith stays over")
    assert chat.draft.answers == {"s": 3}
    assert chat.asked == "s_why"
    assert chat.notices("saved") == [
        'I\'ve saved 3 as the number. Your reason, "John Smith stays over", goes under "Why" '
        "once you have answered the note about it below."]
    assert next(r for r in chat.replies if isinstance(r, Nudge)).text == "Initials?"
    chat.command("keep")
    assert chat.draft.answers["s_why"] == "John Smith stays over"


def test_a_line_for_the_next_question_held_by_a_reminder_there_is_not_said_to_be_taken(
        tmp_path: Path) -> None:
    # A wording reminder: one from the privacy check is kept only by /keep (the line after
    # it is its rewrite, tests/test_review_privacy_eighteenth.py).
    chat = EngineChat(build_flow(tmp_path, section(
        "s", text("a", checks=["plain_language"]), text("b", checks=["plain_language"]),
        text("z"))),
        nudger=lambda kind, text: "Initials?" if "Smith" in text or "Jones" in text else None)
    chat.start()
    chat.send("Mary Jones rang")
    chat.send("Smith family moved away in May")  # unlike the held line: asked which
    chat.command("next")
    assert chat.draft.answers == {"a": "Mary Jones rang"}
    assert chat.asked == "b"
    assert any("Your other line goes under" in n for n in chat.notices("saved"))


def test_a_reason_typed_with_the_number_after_the_why_was_skipped_fills_it(
        tmp_path: Path) -> None:
    chat = scale_then_why(tmp_path)
    chat.send("4")
    chat.command("skip")
    chat.command("back")
    chat.command("back")
    assert chat.asked == "s"
    chat.send("5 - mum rang the school")
    assert chat.draft.answers["s"] == 5
    assert chat.draft.answers["s_why"] == "mum rang the school"


def test_a_reason_in_brackets_is_kept_without_the_closing_bracket(tmp_path: Path) -> None:
    chat = scale_then_why(tmp_path)
    chat.send("3 (mum says it feels worse)")
    assert chat.draft.answers["s_why"] == "mum says it feels worse"


@pytest.mark.parametrize("typed", ["6-7 torn between them", "6.5 - mostly", "12 - very safe"])
def test_a_scale_line_whose_number_does_not_fit_saves_neither_part(
        tmp_path: Path, typed: str) -> None:
    chat = scale_then_why(tmp_path)
    chat.send(typed)
    assert "s" not in chat.draft.answers
    assert "s_why" not in chat.draft.answers
    assert chat.asked == "s"
    assert chat.notices("problem")


def test_a_reason_with_no_question_for_it_is_not_saved_and_the_number_is_asked_again(
        tmp_path: Path) -> None:
    chat = EngineChat(build_flow(tmp_path, section("s", scale("s"), text("z"))))
    chat.start()
    chat.send("5 - dad says so")
    assert "s" not in chat.draft.answers
    assert chat.asked == "s"
    assert any("your words were not saved. Send 5" in n for n in chat.notices("problem"))


def test_a_reason_typed_again_at_an_edited_scale_replaces_the_why_given_for_the_old_number(
        tmp_path: Path) -> None:
    chat = scale_then_why(tmp_path)
    for line in ("4", "mum rang", "Z"):
        chat.send(line)
    chat.command("edit", "1")
    assert chat.asked == "s"
    chat.send("5 - something new")
    assert chat.draft.answers["s"] == 5
    assert chat.draft.answers["s_why"] == "something new"
    assert any('replaces the reason you gave before, "mum rang"' in n
               for n in chat.notices("saved"))


def test_an_optional_scale_left_unknown_points_to_skip(tmp_path: Path) -> None:
    chat = EngineChat(build_flow(tmp_path, section("s", scale("s", required=False),
                                                   text("z"))))
    chat.start()
    chat.send("not sure")
    assert any("/skip leaves this one out" in n for n in chat.notices("problem"))
    assert chat.asked == "s"


def test_a_scale_question_carries_both_ends_and_their_meaning(chat: EngineChat) -> None:
    answer_up_to(chat, "score")
    bounds = chat.question.scale
    assert bounds is not None
    assert (bounds.min, bounds.max, bounds.low, bounds.high) == (
        0, 10, "Very unsafe.", "Safe enough to close.")


# --- back ------------------------------------------------------------------------------


def test_back_asks_the_previous_question_with_its_answer(chat: EngineChat) -> None:
    chat.send("T")
    chat.command("back")
    assert chat.asked == "name"
    assert chat.question.current_answer == "T"
    assert chat.draft.answers["name"] == "T"


def test_back_on_the_first_question_says_so_and_stays(chat: EngineChat) -> None:
    chat.command("back")
    assert chat.asked == "name"
    assert any("first question" in n for n in chat.notices("problem"))


def test_back_passes_by_a_question_that_does_not_apply(chat: EngineChat) -> None:
    answer_up_to(chat, "colour", hurt="no")
    chat.command("back")
    assert chat.asked == "extra"
    chat.command("back")
    assert chat.asked == "hurt"  # details was never shown, so back passes it by


def test_changing_an_answer_after_back_takes_the_new_branch(chat: EngineChat) -> None:
    answer_up_to(chat, "extra", hurt="no")
    chat.command("back")
    chat.send("yes")
    assert chat.asked == "details"


def test_back_several_times_then_forward_again_keeps_every_answer(chat: EngineChat) -> None:
    answer_up_to(chat, "pets")
    for _ in range(3):
        chat.command("back")
    assert chat.asked == "hurt"
    chat.command("skip")
    chat.command("skip")
    chat.command("skip")
    assert chat.asked == "pets"
    assert chat.draft.answers == {"name": "T", "hurt": "no", "extra": "E", "colour": "red"}


# /back after /edit: a practitioner pressing Back expects the question before the one on the
# screen (as "Question 5 of 7" becomes "Question 4 of 7"), never the place /edit came from.


def test_back_after_an_edited_answer_asks_the_question_before_the_one_on_the_screen(
        chat: EngineChat) -> None:
    answer_up_to(chat, "pets", hurt="no")
    chat.command("edit", "1")
    chat.send("R")
    assert chat.asked == "pets"
    chat.command("back")
    assert chat.asked == "colour"
    assert chat.question.current_answer == "Red"
    assert chat.draft.answers == {"name": "R", "hurt": "no", "extra": "E", "colour": "red"}


def test_back_straight_after_edit_asks_the_question_before_the_edited_one(
        chat: EngineChat) -> None:
    answer_up_to(chat, "pets", hurt="no")
    chat.command("edit", "3")
    assert chat.asked == "extra"
    chat.command("back")
    assert chat.asked == "hurt"  # not pets, where the edit began
    assert chat.draft.answers == {"name": "T", "hurt": "no", "extra": "E", "colour": "red"}
    chat.command("skip")  # keeps "no": the edit still returns to where it began
    assert chat.asked == "pets"


def test_back_twice_after_an_edit_goes_back_one_question_each_time(chat: EngineChat) -> None:
    answer_up_to(chat, "pets", hurt="no")
    chat.command("edit", "1")
    chat.send("R")
    seen = []
    for _ in range(4):
        chat.command("back")
        seen.append(chat.asked)
    assert seen == ["colour", "extra", "hurt", "name"]
    chat.command("back")
    assert chat.asked == "name"
    assert any("first question" in n for n in chat.notices("problem"))
    for _ in range(4):
        chat.command("skip")
    assert chat.asked == "pets"
    assert chat.draft.answers == {"name": "R", "hurt": "no", "extra": "E", "colour": "red"}


def test_back_on_the_first_question_after_an_edit_says_so_and_the_edit_still_returns(
        chat: EngineChat) -> None:
    answer_up_to(chat, "colour")
    chat.command("edit", "1")
    assert not chat.question.can_back
    chat.command("back")
    assert chat.asked == "name"
    assert any("first question" in n for n in chat.notices("problem"))
    chat.send("R")
    assert chat.asked == "colour"
    assert chat.question.can_back
    assert chat.draft.answers == {"name": "R", "hurt": "no", "extra": "E"}


def test_back_after_an_edit_that_opened_a_branch_goes_through_the_new_question(
        chat: EngineChat) -> None:
    answer_up_to(chat, "pets", hurt="no")
    chat.command("edit", "2")
    chat.send("yes")
    chat.send("what happened")
    assert chat.asked == "pets"
    chat.command("back")
    chat.command("back")
    chat.command("back")
    assert chat.asked == "details"
    assert chat.question.current_answer == "what happened"


# --- skip ------------------------------------------------------------------------------


def test_skip_leaves_out_an_optional_question(chat: EngineChat) -> None:
    answer_up_to(chat, "extra")
    chat.command("skip")
    assert chat.asked == "colour"
    assert "extra" in chat.draft.answers
    assert chat.draft.answers["extra"] is None


def test_an_empty_line_skips_an_optional_question(chat: EngineChat) -> None:
    answer_up_to(chat, "extra")
    chat.send("")
    assert chat.asked == "colour"


def test_skip_refuses_a_required_question(chat: EngineChat) -> None:
    chat.command("skip")
    assert any("needs an answer" in n for n in chat.notices("problem"))
    assert chat.asked == "name"
    assert chat.draft.answers == {}


def test_skip_on_an_answered_question_keeps_its_answer(chat: EngineChat) -> None:
    answer_up_to(chat, "colour")
    chat.command("back")
    chat.command("back")
    assert chat.asked == "hurt"
    chat.command("skip")
    assert chat.draft.answers["hurt"] == "no"
    chat.command("skip")  # extra: optional, answered "E"
    assert chat.draft.answers["extra"] == "E"
    assert chat.asked == "colour"


def test_a_skipped_question_is_out_of_the_summary_and_says_skipped_in_review(
        chat: EngineChat) -> None:
    answer_up_to(chat, "extra")
    chat.command("skip")
    chat.command("review")
    review = next(r for r in chat.replies if isinstance(r, Review))
    assert [(i.step_id, i.answer) for i in review.items][-1] == ("extra", "(skipped)")
    text = render_text(build_summary(chat.flow, chat.draft))
    assert "Question extra" not in text


# --- review and edit ---------------------------------------------------------------------


def test_review_numbers_the_answers_so_far(chat: EngineChat) -> None:
    answer_up_to(chat, "colour", hurt="yes")
    chat.command("review")
    review = next(r for r in chat.replies if isinstance(r, Review))
    assert [(i.number, i.step_id, i.answer) for i in review.items] == [
        (1, "name", "T"), (2, "hurt", "Yes"), (3, "details", "D"), (4, "extra", "E")]
    assert review.label == "T1"


def test_edit_asks_that_question_then_returns_to_where_you_were(chat: EngineChat) -> None:
    answer_up_to(chat, "pets")
    chat.command("edit", "1")
    assert chat.asked == "name"
    assert chat.question.current_answer == "T"
    chat.send("R")
    assert chat.draft.answers["name"] == "R"
    assert chat.asked == "pets"


def test_edit_that_opens_a_branch_asks_the_new_question_first(chat: EngineChat) -> None:
    answer_up_to(chat, "pets", hurt="no")
    chat.command("edit", "2")
    chat.send("yes")
    assert chat.asked == "details"
    chat.send("what happened")
    assert chat.asked == "pets"


@pytest.mark.parametrize("arg", ["0", "9", "x", ""])
def test_edit_of_a_number_not_in_the_review_says_so(chat: EngineChat, arg: str) -> None:
    answer_up_to(chat, "extra")
    chat.command("edit", arg)
    said = "no answer number" if arg else "Send /edit with its number"  # "" names none
    assert any(said in n for n in chat.notices("problem"))
    chat.show()
    assert chat.asked == "extra"


def test_edit_after_finishing_changes_the_answer_and_finishes_again(flow: Flow) -> None:
    chat = walk_through(flow)
    assert chat.draft.status == "completed"
    chat.command("edit", "1")
    assert chat.draft.status == "in_progress"
    chat.send("Changed")
    assert chat.finished
    assert chat.draft.answers["name"] == "Changed"
    assert "Changed" in render_text(build_summary(flow, chat.draft))


def test_input_after_finishing_changes_nothing(flow: Flow) -> None:
    chat = walk_through(flow)
    answers = dict(chat.draft.answers)
    chat.send("more text")
    chat.command("back")
    assert chat.draft.answers == answers
    assert chat.draft.status == "completed"


# --- hidden answers ------------------------------------------------------------------------


def test_an_answer_hidden_by_a_changed_branch_stays_in_the_draft_but_not_the_summary(
        chat: EngineChat) -> None:
    answer_up_to(chat, "colour", hurt="yes", details="He pushed her")
    chat.command("edit", "2")
    chat.send("no")
    assert chat.draft.answers["details"] == "He pushed her"  # kept
    summary_text = render_text(build_summary(chat.flow, chat.draft))
    assert "He pushed her" not in summary_text
    chat.command("review")
    review = next(r for r in chat.replies if isinstance(r, Review))
    assert "details" not in [i.step_id for i in review.items]


def test_a_hidden_answer_comes_back_when_its_branch_opens_again(chat: EngineChat) -> None:
    answer_up_to(chat, "colour", hurt="yes", details="He pushed her")
    chat.command("edit", "2")
    chat.send("no")
    chat.command("edit", "2")
    chat.send("yes")
    assert "He pushed her" in render_text(build_summary(chat.flow, chat.draft))


# --- buttons and their nonce ---------------------------------------------------------------


def test_every_new_question_gets_a_new_nonce(chat: EngineChat) -> None:
    first = chat.question.nonce
    chat.send("T")
    assert chat.question.nonce > first


# Buttons of earlier questions are refused by the conversation: see test_conversation.


def test_typed_text_carries_no_nonce_and_is_never_stale(chat: EngineChat) -> None:
    chat.send(Text("T"))
    assert chat.asked == "hurt"


# --- suggested wording and nudges ----------------------------------------------------------


def test_a_draft_template_suggests_wording_that_can_be_accepted(tmp_path: Path) -> None:
    flow = build_flow(
        tmp_path, section("s", text("who"), text("statement", draft="words")),
        templates={"words": "{{ a.who | clause }} is worried."},
    )
    chat = EngineChat(flow)
    chat.start()
    chat.send("The school.")
    assert chat.question.suggestion == "The school is worried."
    chat.command("accept")
    assert chat.draft.answers["statement"] == "The school is worried."


def test_a_nudge_holds_the_answer_until_kept(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", text("a", checks=["privacy"]), text("b")))
    chat = EngineChat(flow, nudger=lambda kind, text: "Initials?" if "Smith" in text else None)
    chat.start()
    chat.send("John Smith")
    nudge = next(r for r in chat.replies if isinstance(r, Nudge))
    assert nudge.text == "Initials?"
    assert "a" not in chat.draft.answers
    chat.command("keep")
    assert chat.draft.answers["a"] == "John Smith"
    assert chat.asked == "b"


def test_taking_an_item_out_while_a_name_is_held_asks_about_the_name_first(
        tmp_path: Path) -> None:
    # An attack replayed: "-1" at a privacy reminder kept the held item, name and all,
    # unasked, before taking item 1 out.
    flow = build_flow(tmp_path, section("s", list_step("a", checks=["privacy"]), text("b")))
    chat = EngineChat(flow, nudger=lambda kind, text: "Initials?" if "Smith" in text else None)
    chat.start()
    chat.send("nan has the boys on Sundays")
    chat.send("John Smith collects them from school")
    chat.send("-1")
    assert chat.draft.answers["a"] == ["nan has the boys on Sundays"]
    assert any("answer the reminder about your last line" in n for n in chat.notices("problem"))
    assert next(r for r in chat.replies if isinstance(r, Nudge)).text == "Initials?"
    chat.send("JS collects them from school")
    chat.send("-1")
    assert chat.draft.answers["a"] == ["JS collects them from school"]


def test_a_line_for_the_next_question_that_does_not_fit_it_is_said_not_saved(
        tmp_path: Path) -> None:
    # A reviewer's finding: /next's line refused by the next question (a choice) was said
    # to be "taken as the answer" to it, and was gone.
    chat = EngineChat(build_flow(tmp_path, section(
        "s", text("a", checks=["plain_language"]), choice("b", "yes", "no"), text("z"))),
        nudger=lambda kind, text: "Initials?" if "Jones" in text else None)
    chat.start()
    chat.send("Mary Jones rang")
    chat.send("she could hear shouting behind the door")
    chat.command("next")
    assert chat.draft.answers == {"a": "Mary Jones rang"}
    assert chat.asked == "b"
    saved = chat.notices("saved")
    assert saved
    assert "so it was not saved" in saved[0]
    assert chat.notices("problem")


def test_no_to_a_privacy_reminder_on_a_list_item_asks_again(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", list_step("a", checks=["privacy"]), text("b")))
    chat = EngineChat(flow, nudger=lambda kind, text: "Initials?" if "Smith" in text else None)
    chat.start()
    chat.send("John Smith is loud when he drinks")
    chat.send("no")
    assert "a" not in chat.draft.answers
    assert any("answer the reminder about your last line" in n
               for n in chat.notices("problem"))


def test_an_empty_line_after_a_bare_ok_is_no_answer_either(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section(
        "s", text("a", required=False, checks=["plain_language"]), text("b")))
    chat = EngineChat(flow)
    chat.start()
    chat.send("ok")
    assert "a" not in chat.draft.answers
    chat.send("")  # at the terminal: skip this one
    assert chat.draft.answers["a"] is None
    assert chat.asked == "b"


@pytest.mark.parametrize("typed", ["KK", "K", "TA"])
def test_initials_are_an_answer_not_a_bare_ok(tmp_path: Path, typed: str) -> None:
    flow = build_flow(tmp_path, section("s", text("a", checks=["plain_language"]), text("b")))
    chat = EngineChat(flow)
    chat.start()
    chat.send(typed)
    assert chat.draft.answers["a"] == typed


def test_a_bare_ok_is_kept_where_a_step_checks_nothing_or_is_the_childs_words(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section(
        "s", text("a", checks=[]), text("c", voice="child", checks=["plain_language"]),
        text("b")))
    chat = EngineChat(flow)
    chat.start()
    chat.send("ok")
    chat.send("ok")
    assert chat.draft.answers == {"a": "ok", "c": "ok"}


def test_a_nudge_is_shown_once_and_retyping_replaces_the_answer(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", text("a", checks=["privacy"]), text("b")))
    chat = EngineChat(flow, nudger=lambda kind, text: "Initials?")
    chat.start()
    chat.send("John Smith")
    chat.send("JS")
    assert chat.draft.answers["a"] == "JS"
    assert chat.asked == "b"


# --- a flow that changed since the draft was saved --------------------------------------------


def test_reconcile_keeps_answers_whose_steps_still_exist(tmp_path: Path) -> None:
    v1 = build_flow(tmp_path, section("s", text("a"), text("b"), text("c"), text("d")))
    chat = EngineChat(v1)
    chat.start()
    for answer in ("A", "B", "C"):
        chat.send(answer)
    v2 = build_flow(tmp_path, section("s", text("a"), text("new"), text("c"), text("d")),
                    version=2)
    fitted = engine.reconcile(v2, chat.draft)
    assert fitted.draft.flow_version == 2
    assert fitted.draft.answers == {"a": "A", "c": "C"}
    assert "b" in fitted.changed  # so the store deletes it
    assert fitted.draft.nonce > chat.draft.nonce  # old buttons are stale now
    resumed = EngineChat(v2, fitted.draft)
    resumed.show()
    assert resumed.asked == "new"  # added before where they were, and never answered
    resumed.send("N")
    assert resumed.asked == "d"
    resumed.send("D")
    assert resumed.finished
    assert resumed.draft.answers == {"a": "A", "c": "C", "new": "N", "d": "D"}


def test_reconcile_when_the_current_question_was_removed_asks_the_next_open_one(
        tmp_path: Path) -> None:
    v1 = build_flow(tmp_path, section("s", text("a"), text("b"), text("c")))
    chat = EngineChat(v1)
    chat.start()
    chat.send("A")
    assert chat.asked == "b"
    v2 = build_flow(tmp_path, section("s", text("a"), text("c")), version=2)
    fitted = engine.reconcile(v2, chat.draft)
    resumed = EngineChat(v2, fitted.draft)
    resumed.show()
    assert resumed.asked == "c"
    assert resumed.draft.answers == {"a": "A"}


def test_reconcile_of_the_same_version_changes_nothing(flow: Flow) -> None:
    draft = new_draft(flow)
    fitted = engine.reconcile(flow, draft)
    assert fitted.draft == draft
    assert not fitted.changed


def test_the_total_counts_a_scale_follow_up_before_the_scale_is_answered(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section(
        "s", text("a"), scale("s", follow_up={"ask": "Why?", "help": "Because."}), text("z")))
    chat = EngineChat(flow)
    seen = [(q.number, q.total) for q in [chat.start()[-1]]]
    for answer in ("A", "4", "why", "Z"):
        chat.send(answer)
        if not chat.finished:
            seen.append((chat.question.number, chat.question.total))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_an_optional_scale_counts_its_follow_up_once_answered(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section(
        "s", scale("s", required=False, follow_up={"ask": "Why?", "help": "Because."}),
        text("z")))
    chat = EngineChat(flow)
    chat.start()
    assert (chat.question.number, chat.question.total) == (1, 2)
    chat.send("4")
    assert (chat.asked, chat.question.number, chat.question.total) == ("s_why", 2, 3)


def test_a_number_whose_reason_was_skipped_says_so_in_the_summary(tmp_path: Path) -> None:
    # A practitioner's walk (Harm Matrix): the reason for the number was skipped and the
    # summary gave the number alone; a chair sends that back, so the gap is shown.
    flow = build_flow(tmp_path, section(
        "s", scale("score", follow_up={"ask": "Why?", "help": "Say why."}), column="worried"))
    chat = EngineChat(flow)
    chat.start()
    chat.send("2")
    chat.command("skip")
    (scored,) = build_summary(flow, chat.draft).scales
    assert (scored.value, scored.reason) == (2, "not given")
    assert "Why this number: not given" in render_text(build_summary(flow, chat.draft))


def test_a_reason_not_yet_asked_for_is_not_said_to_be_missing(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section(
        "s", scale("score", follow_up={"ask": "Why?", "help": "Say why."}), column="worried"))
    chat = EngineChat(flow)
    chat.start()
    chat.send("2")
    assert chat.asked == "score_why"
    (scored,) = build_summary(flow, chat.draft).scales
    assert (scored.value, scored.reason) == (2, None)
