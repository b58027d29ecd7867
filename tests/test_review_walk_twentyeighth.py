"""A fresh-eyes review of the twenty-eighth walk's fixes: near variants of what they handle
(a case label as the project shows them, notes' short forms for months) and ordinary answers
they now wrongly held or drafted badly. Each test failed on the walk's code as merged."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest

from bot.console import Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Notice, Nudge
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_walk_seventeenth import reach
from tests.test_walk_twentyeighth import drafted_goal, first_nudge

FLOWS = load_flows()


@pytest.mark.parametrize("typed", ["same as HV-A1", "see hv-a1", "Same as HV-A1's mapping"])
def test_an_answer_pointing_to_a_draft_by_a_label_like_hv_a1_is_asked_about(typed: str) -> None:
    """The chat's own example of a case label is "HV-A1" (letters, a dash, a letter and a
    number). "same as A-3" was asked about, but "same as HV-A1" was saved, and the baby's
    summary pointed at a draft nobody reading it has."""
    chat = reach(FLOWS["wellbeing"], "family")
    chat.send(typed)
    assert "family" not in chat.draft.answers
    assert "another draft" in first_nudge(chat)


@pytest.mark.parametrize(("step_id", "typed"), [
    ("family", "Same as in 2019"),  # the family as it was then
    ("goal_how_long_1", "as of 2024"),
    ("family", "see page 2"),  # of the referral
    ("family", "see para 4"),
    ("family", "as per s47"),  # the section 47 enquiry
    ("family", "see week 2"),
])
def test_a_year_a_page_or_a_section_is_not_taken_for_another_draft(step_id: str,
                                                                   typed: str) -> None:
    """"as of 2024", "see page 2" or "as per s47" were told they point "to another draft,
    which is not in this one's summary": the words before a number were read as a case
    label. They are saved as they were before."""
    chat = reach(FLOWS["wellbeing"], step_id)
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)
                and "another draft" in r.text], chat.replies


@pytest.mark.parametrize("typed", ["6 mths+", "3mths+", "12 mnths+", "6m+", "2 hrs+"])
def test_months_as_notes_shorten_them_with_a_plus_are_not_asked_for_the_rest(typed: str) -> None:
    """"6 months+" was whole, but "6 mths+", as notes write it, was told "Your answer stops
    at "6 mths+", as if there is more to come"."""
    chat = reach(FLOWS["wellbeing"], "goal_how_long_1")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)], chat.replies
    assert chat.draft.answers["goal_how_long_1"] == typed


@pytest.mark.parametrize(("how_long", "reads"), [
    ("ongoing support", "happening for ongoing support."),
    ("Ongoing support from nan", "happening for ongoing support from nan."),
    ("ongoing until the review", "happening on an ongoing basis until the review."),
    ("ongoing", "happening on an ongoing basis."),  # as the walk left it
])
def test_ongoing_before_a_noun_is_not_turned_into_on_an_ongoing_basis(how_long: str,
                                                                      reads: str) -> None:
    """"ongoing support" read "everyone will need to see this happening on an ongoing basis
    support." in the drafted goal."""
    assert drafted_goal(how_long).endswith(f"everyone will need to see this {reads}")


@pytest.mark.parametrize("typed", ["new", "New one", "a new one"])
async def test_at_the_drafts_menu_new_starts_a_new_draft_beside_a_label_starting_so(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    """With a draft labelled "Newt-1" beside another, "new" typed at the menu
    of unfinished drafts, for its "Start a new one", opened "Newt-1": the start of a label
    was tried before the menu's own words. A label's start now opens it only when the
    words typed name no other line of the menu (here "new" is asked again, as before the
    labels were read)."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    for label in ("Newt-1", "HV-B1"):
        await Console(talk, out=io.StringIO(), read=typed_then_end(label, "yes")).run("wellbeing")
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(typed)).run(None)
    assert "Back to" not in out.getvalue(), out.getvalue()


@pytest.mark.parametrize(("step_id", "typed"), [
    ("harm_impact_1", "I was dragged away"),  # what the child said
    ("harm_accepted_detail_1", "sorry, I got distracted"),  # what the parent said
    ("harm_accepted_detail_1", "Got distracted"),
])
def test_being_called_away_as_the_answer_is_kept_when_sent_again(step_id: str,
                                                                 typed: str) -> None:
    """Asked what the child has said, a social worker typed the child's words "I was
    dragged away"; asked what the parent said, "sorry, I got distracted". Each was taken for
    someone back from being called away and the question shown again, every time it was
    sent: the answer could never be saved. Without a hello or a "where was I", it is now
    shown again once, saying to send it again if it was the answer, and then kept."""
    chat = reach(FLOWS["harm_matrix"], step_id)
    chat.send(typed)
    assert step_id not in chat.draft.answers
    assert any("send it again" in r.text for r in chat.replies if isinstance(r, Notice))
    chat.send(typed)
    assert chat.draft.answers.get(step_id) == typed


@pytest.mark.parametrize("typed", ["same as the first one", "Same as the other one",
                                   "as the second one"])
def test_an_item_pointing_at_another_item_is_not_said_to_point_at_another_draft(
        typed: str) -> None:
    """At a list of strengths, "same as the first one" (the list's first item) was told it
    "points to another draft, which is not in this one's summary": "the first one" was read
    as another child's draft."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("Nan has the children every Saturday")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)
                and "another draft" in r.text], chat.replies


@pytest.mark.parametrize("typed", ["Hi - sorry, where was I?",
                                   "Sorry \u2014 got called away. Where was I?",
                                   "hi \U0001F44B where was I",
                                   "Hiya, sorry got called away \U0001F648"])
def test_a_hello_on_coming_back_with_a_dash_or_an_emoji_shows_the_question_again(
        typed: str) -> None:
    """"hi, sorry, where was I?" showed the question again, but with a dash (a phone makes
    " - " a long dash) or a waving hand it was saved as the answer, and the summary read
    "What's working well? ...: Hi - sorry, where was I?"."""
    chat = reach(FLOWS["contribution"], "working_well")
    chat.send(typed)
    assert chat.asked == "working_well"
    assert "working_well" not in chat.draft.answers


@pytest.mark.parametrize("again", ["that's it", "That is all", "done \u2705", "\u2705",
                                   "Done \U0001F44D"])
def test_the_end_of_a_list_typed_again_in_other_words_is_asked_about(again: str) -> None:
    """"done" or "that's all" typed again after a list was asked about, but "that's it",
    "That is all" or "done ✅" was saved as the answer to the next question, and the summary
    read "How the child's view was heard: that's it"."""
    chat = reach(FLOWS["wellbeing"], "house_dreams")
    chat.send("a puppy")
    chat.send("done")
    assert chat.asked == "child_view_how"
    chat.send(again)
    assert "child_view_how" not in chat.draft.answers
