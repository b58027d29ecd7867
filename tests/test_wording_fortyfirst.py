"""The forty-first pass's wording and answer-handling leftovers, each met through the real
flows (the real engine, the real nudger, the shipped flow files): where the worry came from
in the pre-referral reflection, a parent's number sent with their words in quotes, an account
typed before the yes it goes with, an agency's short form read as someone's initials at who
contributed, and a vague goal typed again with a word changed. Each test of a defect failed
on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from storage.store import Store
from tests.builders import EngineChat
from tests.test_console import at_the_terminal
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import FLOWS, sent_at

# --- a parent's number, and their own words in quotes as the reason ---------------------------


@pytest.mark.parametrize(("typed", "number", "why"), [
    ('8 - "I know when I\'ve had enough"', 8, '"I know when I\'ve had enough"'),
    ("7: 'we're doing fine'", 7, "'we're doing fine'"),
    # fresh
    ("6 “we are managing now, the kids are happy”", 6, "“we are managing now, the kids are happy”"),
    ("5, ‘I don’t drink when they are here’", 5, "‘I don’t drink when they are here’")])
def test_a_parents_number_with_their_quoted_words_keeps_both(typed: str, number: int,
                                                             why: str) -> None:
    """At a parent's own number a social worker typed mum's number and, in quotes, what mum
    said: '8 - "I know when I've had enough"'. It was refused ("Please send one whole number
    from 0 to 10") and pointed back to the answer before, as if the quote were no reason: one
    that opens with a quotation mark was not read as number and words. Both are kept now."""
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert chat.draft.answers["safety_scale_parent_1"] == number
    assert chat.draft.answers["safety_scale_parent_1_why"] == why
    assert f"and {why} as why" in " ".join(chat.notices())  # its marks, not doubled
    assert chat.asked != "safety_scale_parent_1"
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


def test_the_workers_own_number_with_a_quote_keeps_both() -> None:
    chat = sent_at("mapping", "safety_scale", '4 - "dad has moved out" (mum, 3 Dec)')
    assert chat.draft.answers["safety_scale"] == 4
    assert chat.draft.answers["safety_scale_why"] == '"dad has moved out" (mum, 3 Dec)'


@pytest.mark.parametrize("typed", ['8 - "', "7 '5'", '"8"'])
def test_a_quote_with_no_words_is_still_no_reason(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert "safety_scale_parent_1_why" not in chat.draft.answers


# --- a service by its short form at who contributed: no one's initials ---------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "short"), [
    ("mapping", "network", "Mum, police DV unit, class teacher", "DV unit"),
    # fresh
    ("mapping", "network", "Mum, the DA team and school", "DA team"),
    ("mapping", "views_missing", "Dad, and the LD nurse", "LD"),
    ("wellbeing", "consent_who", "School, the GP and the EY team", "EY"),
    ("mapping", "network", "Mum, JB and the DV worker", "DV worker")])
def test_a_service_by_its_short_form_in_a_record_is_asked_to_be_written_out(
        flow_id: str, step_id: str, typed: str, short: str) -> None:
    """At "Who has contributed to this picture?" a social worker wrote "Mum, police DV unit,
    class teacher", the line a chair reads first and the family reads in the summary. "SW,
    HV, DSL" there is asked to be written out; "DV unit" went through, as two capitals are
    read as someone's initials in a record. Letters before a unit, a team, a service or one
    of its workers are the service's short form, and are asked to be written out now."""
    chat = sent_at(flow_id, step_id, typed)
    nudges = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudges, chat.replies
    assert f'"{short}"' in nudges[0].text
    assert step_id not in chat.draft.answers


def test_a_service_written_out_as_asked_is_kept() -> None:
    chat = sent_at("mapping", "network", "Mum, police DV unit, class teacher")
    said = next(r for r in chat.replies if isinstance(r, Nudge)).text
    assert 'with "DV" after it in brackets' in said  # the letters, not "(DV unit)"
    written = "Mum, police domestic violence unit (DV), class teacher"
    assert sent_at("mapping", "network", written).draft.answers["network"] == written


@pytest.mark.parametrize("typed", [
    "Mum, JB, class teacher", "Mum (MP), class teacher", "Mum's partner (JB), nurse JB",
    "Mum, JB, nurse", "Mum (S), T (7), class teacher, health visitor, GP surgery",
    "Nan, IT team at mum's work"])
def test_initials_and_plain_short_forms_in_a_record_go_through(typed: str) -> None:
    chat = sent_at("mapping", "network", typed)
    assert chat.draft.answers["network"] == typed


# --- the pre-referral reflection: "Somewhere else" says where ---------------------------------


def test_somewhere_else_is_asked_where_under_the_same_number_and_the_summary_says_it() -> None:
    """A housing officer making a referral chose "Somewhere else" at "Where do you work with
    this child?": the summary's record, which tells the hub who is reflecting, said only
    "Your role: Somewhere else", and nothing asked where. It asks now, in one short question
    under the same number ("Question 1 of 8" still: the tool is a three-minute reflection),
    and the record says what she wrote."""
    flow = FLOWS["reflection"]
    chat = EngineChat(flow)
    chat.start()
    first = chat.question
    chat.pick("other")
    assert chat.asked == "referrer_role_other"
    assert (chat.question.number, chat.question.total) == (1, first.total)
    chat.send("Housing officer for the family's block")
    assert chat.asked == "what_happened"
    assert (chat.question.number, chat.question.total) == (2, first.total)
    record = render_text(build_summary(flow, chat.draft)).split("SCALING")[0]
    assert "Housing officer for the family's block" in record


async def test_at_the_terminal_somewhere_else_is_question_1_and_the_summary_says_where(
        store: Store) -> None:
    """The same in `sosbot chat`: the choice typed, the follow-up asked as question 1 still,
    and what she wrote kept and printed in her summary's record."""
    shown, draft = await at_the_terminal(store, FLOWS["reflection"], "Somewhere else",
                                         "Sports coach at the leisure centre")
    assert shown.count("[Question 1 of 8") == 2
    assert "[Question 1 of 9" not in shown
    assert "[Question 2 of 8" in shown
    assert draft.answers["referrer_role_other"] == "Sports coach at the leisure centre"


def test_the_mappings_something_else_is_asked_under_the_same_number() -> None:
    """(The mapping's "Something else" meeting, asked which since the last pass, moved the
    count on: "Question 1 of 38", then "Question 2 of 39".)"""
    chat = reach(FLOWS["mapping"], "purpose")
    total = chat.question.total
    chat.pick("other")
    assert (chat.asked, chat.question.number, chat.question.total) == ("purpose_other", 1, total)
    chat.send("Discharge planning meeting on the maternity ward")
    assert (chat.question.number, chat.question.total) == (2, total)


@pytest.mark.parametrize(("value", "label"), [
    ("school", "School or college"), ("early_years", "Nursery or early years"),
    ("community", "Youth work, a charity or a community group")])
def test_a_role_with_a_button_asks_nothing_more(value: str, label: str) -> None:
    chat = EngineChat(FLOWS["reflection"])
    chat.start()
    assert (value, label) in chat.question.choices
    chat.pick(value)
    assert chat.asked == "what_happened"
    assert chat.question.number == 2


# --- an account typed with the yes it goes with ----------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "opened", "account"), [
    ("mapping", "harm_happened",
     "R has pushed mum 3 times since September in front of KB, yes", "worst_harm",
     "R has pushed mum 3 times since September in front of KB"),
    # fresh
    ("wellbeing", "consent",
     "we spoke to mum and she is happy for the school and the GP to know, yes",
     "consent_who", "we spoke to mum and she is happy for the school and the GP to know"),
    ("mapping", "harm_happened",
     "Yes - on 28 Nov R pushed mum into the kitchen door while KB watched", "worst_harm",
     "on 28 Nov R pushed mum into the kitchen door while KB watched"),
    ("wellbeing", "consent", "No. Mum wants to talk it through with dad first",
     "consent_plan", "Mum wants to talk it through with dad first")])
def test_an_account_typed_with_its_yes_is_the_answer_that_yes_asks_for(
        flow_id: str, step_id: str, typed: str, opened: str, account: str) -> None:
    """Asked "Has the family agreed to early help ...?", a family support worker typed what
    she had done and then her answer: "we spoke to mum and she is happy for the school and
    the GP to know, yes". Nothing was saved: "Please answer yes or no. If it is your answer
    to "Sharing agreed with", the question a yes asks next, answer Yes first and send it
    there", so she had to tap Yes and type it all again. The yes is saved now, and the rest
    is her answer to the question the yes asks next, as she meant, said in one line."""
    chat = sent_at(flow_id, step_id, typed)
    answer = "no" if typed.lower().startswith("no") else "yes"
    assert chat.draft.answers[step_id] == answer
    assert chat.draft.answers[opened] == account
    said = " ".join(chat.notices())
    assert f'I\'ve saved "{answer.capitalize()}", and "' in said
    assert "/back to change either" in said
    assert chat.asked not in (step_id, opened)


async def test_at_the_terminal_an_account_with_its_yes_is_saved_where_it_belongs(
        store: Store) -> None:
    shown, draft = await at_the_terminal(
        store, FLOWS["wellbeing"],
        "we spoke to mum and she is happy for the school and the GP to know, yes")
    assert draft.answers["consent"] == "yes"
    assert draft.answers["consent_who"] == ("we spoke to mum and she is happy for the school "
                                            "and the GP to know")
    assert "/back to change either" in shown
    assert "Please answer yes or no" not in shown


def test_an_account_a_reminder_asks_about_waits_there_with_the_yes_saved() -> None:
    chat = sent_at("mapping", "harm_happened",
                   "yes, dad was aggressive and volatile towards mum at the weekend")
    assert chat.draft.answers["harm_happened"] == "yes"
    assert "worst_harm" not in chat.draft.answers  # held by the reminder about its words
    assert [r for r in chat.replies if isinstance(r, Nudge)]
    assert "once you have answered the note about it below" in " ".join(chat.notices())
    assert chat.draft.pending is not None
    assert chat.draft.pending.step_id == "worst_harm"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("harm_happened", "mum said yes when I asked if he had hit her"),  # no answer of hers
    ("harm_happened", "no, but she has heard a lot of shouting at night"),  # no opens none
    ("harm_happened", "yes, ok thanks"),  # no account
])
def test_other_lines_at_a_yes_or_no_are_still_not_saved(step_id: str, typed: str) -> None:
    chat = sent_at("mapping", step_id, typed)
    assert step_id not in chat.draft.answers
    assert chat.asked == step_id


# --- a vague goal typed again much as it was -------------------------------------------------


def goal_typed_twice(first: str, second: str) -> EngineChat:
    chat = sent_at("mapping", "goal_doing_1", first)
    assert "goal_doing_1" not in chat.draft.answers  # the reminder, once
    chat.send(second)
    return chat


@pytest.mark.parametrize("second", [
    "Dad will engage fully with services",
    # fresh
    "Dad will engage with the services", "With services, dad will engage",
    "Dad will really engage with all services"])
def test_a_goal_typed_again_as_vague_is_asked_once_more_then_kept(second: str) -> None:
    """At what the adult will be doing, a social worker wrote "Dad will engage with
    services", was asked what dad will be doing that people could see, and typed "Dad will
    engage fully with services". It was kept without a word, as the reminder is shown once
    per question, and went into the safety goal as vague as it was. A second try much as the
    first (its words reordered, or a word or two added) is asked once more, in a short line
    naming what it still does not say; sent again, it is kept, with nothing more asked. (The
    very same words sent again are kept at once, as any answer sent again after a reminder
    is: `test_wording_fortieth`.)"""
    chat = goal_typed_twice("Dad will engage with services", second)
    assert "goal_doing_1" not in chat.draft.answers
    again = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert len(again) == 1
    assert "still reads much as before" in again[0]
    assert "how often or by when" in again[0]
    assert "what they will do that others could see" in again[0]
    chat.send(second)
    assert chat.draft.answers["goal_doing_1"] == second  # not a third time
    assert chat.asked == "goal_child_1"


@pytest.mark.parametrize("second", [
    "Dad will go to the behaviour change group every Tuesday and ring his brother when angry",
    "Dad will leave the house and ring his brother whenever he feels angry"])
def test_a_real_rewrite_of_the_goal_is_not_asked_again(second: str) -> None:
    chat = goal_typed_twice("Dad will engage with services", second)
    assert not any("still reads much as before" in r.text
                   for r in chat.replies if isinstance(r, Nudge))
