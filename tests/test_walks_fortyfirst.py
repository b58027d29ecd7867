"""The forty-first walk: an agency social worker in her first week; a child's social worker
doing My Three Houses with a 7-year-old on a tablet; a police officer giving a partner's
part in a hurry; a worker who changes her number on the scale and changes it again. Each test
of a defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.nudges import nudger
from flows.replies import Notice, Nudge
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import FLOWS, sent_at

# --- the agency social worker in her first week ----------------------------------------------


@pytest.mark.parametrize(("asked", "told"), [
    ("what is a harm matrix?", "Unpick one worry at a time"),
    ("whats the harm matrix", "Unpick one worry at a time"),
    ("what is a danger statement?", "what everyone fears will happen to the child")])
async def test_a_question_about_the_tool_at_the_case_label_is_answered(
        store: Store, flows: Mapping[str, Flow], asked: str, told: str) -> None:
    """An agency social worker in her first week, who had never used the framework, picked
    the Harm Matrix from the list and, asked for a case label, typed "what is a harm
    matrix?". She was told it read as a question and what a case label is, and asked for
    the label again: nothing said what the tool she had just picked is for. A question about
    a word of the tools is answered there now, before the label is asked for again."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("3", asked, "JT-1", "/quit")).run()
    said = out.getvalue()
    assert f'I haven\'t used "{asked}" as the case label' in said
    assert told in said.split(asked, 1)[1]
    (info,) = await talk.drafts(CONSOLE_USER)
    assert info.label == "JT-1"


async def test_any_other_question_at_the_case_label_is_told_what_a_label_is(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("3", "what do I put here?", "/quit")).run()
    assert "The case label is how you will find this draft again" in out.getvalue()


# --- the child's social worker, doing My Three Houses with a 7-year-old on a tablet ---------


@pytest.mark.parametrize("typed", [
    "[drew a big black cloud over the house]",
    "(drawing of dad with an angry face)",
    "drawing of dad with an angry face",
    "(picture of a monster under her bed)",
    "[she drew mummy crying]",
    "[picture: a rainbow]",
    "(drawing - mum crying)",
    "*drew a rainbow*"])
def test_a_drawing_described_in_brackets_is_asked_about(typed: str) -> None:
    """Doing My Three Houses with a 7-year-old on a tablet, the social worker typed the
    child's words as she said them, and between them what the child drew: "[drew a big black
    cloud over the house]", "(drawing of dad with an angry face)". Each was saved as the
    child's own words, and the summary put it in quotation marks as something she said.
    "she drew herself with nan", written without brackets, was asked about; a drawing noted
    in brackets, or as "drawing of ...", is asked about too."""
    chat = sent_at("three_houses", "house_worries", typed)
    assert chat.draft.answers.get("house_worries") in (None, [])
    assert any(isinstance(r, Nudge) and "what you saw in a drawing" in r.text
               for r in chat.replies)


@pytest.mark.parametrize("typed", [
    "wen dady shouts at mummy 😢",
    "I drew a picture of my dog biskit",
    "a drawing of my dog",
    "Drew is my best frend",
    "*hugs* from nanny",
    "my tummy hurts at nite (when dady is cross) 🤢"])
def test_the_childs_words_are_saved_as_they_are(typed: str) -> None:
    chat = sent_at("three_houses", "house_worries", typed)
    assert chat.draft.answers["house_worries"] == [typed]


# --- the police officer giving a partner's part, in a hurry ----------------------------------


@pytest.mark.parametrize("typed", ["send", "submit", "ok send it"])
def test_send_typed_at_the_partners_number_is_not_pointed_back(typed: str) -> None:
    """A police officer giving her part through a social worker's link answered in single
    words, and at "On a scale of 0 to 10, where do you put things for this child today?"
    typed "send", as if her part were done. She was told to send a whole number, and "If it
    belongs with your answer to "What needs to happen", /back goes back to it": her "send"
    as the rest of another answer. She is told now that nothing is sent yet, and the
    question is asked again."""
    chat = sent_at("contribution", "partner_scale", typed)
    said = " ".join(getattr(r, "text", "") for r in chat.replies)
    assert "Nothing is sent yet" in said
    assert "/back goes back" not in said
    assert chat.asked == "partner_scale"
    assert "partner_scale" not in chat.draft.answers


# --- the worker who changes her number on the scale, then changes it again -------------------

REASON = "4 because nan is now in the plan, 5 if dad starts the programme"


def changed_mind(*numbers: str) -> list[str]:
    """The overall scale answered 4 with its reason, then, gone back to, each of `numbers`
    tapped in turn; what was said when the reason's question came again after the last."""
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.pick("4")
    chat.send(REASON)
    for number in numbers:
        while chat.asked != "safety_scale":  # back past the reason to the number
            chat.command("back")
        chat.pick(number)
    assert chat.asked == "safety_scale_why"
    assert chat.question.current_answer == REASON
    return [r.text for r in chat.replies if isinstance(r, Notice)]


def test_a_number_changed_by_going_back_says_the_reason_was_for_the_old_one() -> None:
    """A worker gave the overall scale 4, "4 because nan is now in the plan, 5 if dad starts
    the programme", then went back and tapped 5, then back again and tapped 3. Each time the
    question of why came again with her reason for 4 as its current answer, and nothing
    said it was written for another number: kept, the summary read "Score: 3 ... Why this
    number: 4 because ...". A reason opening with another number than the one now given
    says so now (one naming no number is shown to keep or change, as before)."""
    said = " ".join(changed_mind("5", "3"))
    assert REASON in said
    assert "given for 4" in said
    assert "now 3" in said


def test_the_same_number_tapped_again_says_nothing_of_the_reason() -> None:
    assert not any(REASON in n for n in changed_mind("4"))


# --- the manager mapping a group of young people at risk of exploitation ---------------------


@pytest.mark.parametrize(("typed", "quoted"), [
    ("JT, KM and LS have been seen getting into cars with older males outside Tesco Express "
     "on Ashby Rd most Fridays since Sept", '"getting into cars"'),
    ("KM hangs around with older lads from the Meadows estate", '"hangs around"'),
    ("LS keeps going off with men she met online", '"going off"')])
def test_the_words_asked_about_are_quoted_without_a_trailing_space(typed: str,
                                                                   quoted: str) -> None:
    """A manager mapping three young people at risk of exploitation wrote what had happened:
    "JT, KM and LS have been seen getting into cars with older males outside Tesco Express
    ...". She was asked about it as "You wrote "getting into cars ". ...", a space before the
    closing quotation mark, as if a word had been cut off. The words are quoted as written."""
    chat = sent_at("contextual", "harm_outside", typed)
    said = " ".join(r.text for r in chat.replies if isinstance(r, Nudge))
    assert quoted in said
    assert quoted[:-1] + ' "' not in said


# --- the health visitor, pasting the child's words from her notes app -----------------------


@pytest.mark.parametrize(("typed", "kept"), [
    ("• I’m hungry at nanny’s", "I’m hungry at nanny’s"),
    ("2.\tMummy is sad all the time", "Mummy is sad all the time"),
    ("-\tI don’t like the dark", "I don’t like the dark"),
    ("● “my tummy hurts”", "“my tummy hurts”")])
def test_a_notes_apps_bullet_before_the_childs_words_is_not_kept_as_theirs(typed: str,
                                                                            kept: str) -> None:
    """A health visitor, back from a home visit, copied what the 4-year-old had said from her
    notes app one line at a time: "• I’m hungry at nanny’s", then "2.<tab>Mummy is sad all
    the time". Each was kept as the child's words with the app's bullet, number and tab, and
    the summary, pasted into her report, read ""2.   Mummy is sad all the time" (child's
    words)". A bullet no one types by hand, or any list mark followed by a tab, is the notes
    app's, and is left out; the child's words are kept as they were said."""
    chat = sent_at("wellbeing", "house_worries", typed)
    assert chat.draft.answers["house_worries"] == [kept]


@pytest.mark.parametrize("typed", ["- 2 more sleeps", "2. my dog", "* stars"])
def test_a_mark_a_child_may_type_is_kept(typed: str) -> None:
    chat = sent_at("wellbeing", "house_worries", typed)
    assert chat.draft.answers["house_worries"] == [typed]


# --- the agency social worker: who, sent before what they do ---------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("harm_matrix", "danger_behaviour_1", "dad"),
    ("harm_matrix", "danger_behaviour_1", "Mum's partner"),
    ("mapping", "danger_behaviour_1", "R"),
    ("mapping", "danger_behaviour_1", "mum and dad"),
    ("contextual", "danger_behaviour_1", "older males")])
def test_who_alone_at_what_the_adult_does_is_asked_about(flow_id: str, step_id: str,
                                                        typed: str) -> None:
    """In her first week, at the Harm Matrix's "What does the adult do, or fail to do?", an
    agency social worker typed "dad", then "Dad hits mum when he has been drinking": "dad"
    was saved as what the adult does, and her sentence went in as what it has done to the
    child, the question after. Who alone is asked about now, and the sentence after it is
    the answer."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    said = " ".join(r.text for r in chat.replies if isinstance(r, Nudge))
    assert f'"{typed}" says who' in said
    chat.send("Dad hits mum when he has been drinking, while JT (4) is in the room")
    assert chat.draft.answers[step_id].startswith("Dad hits mum")


@pytest.mark.parametrize("typed", ["Dad drinks every night and falls asleep",
                                   "R hits mum", "mum doesn't feed him"])
def test_what_the_adult_does_is_saved(typed: str) -> None:
    chat = sent_at("harm_matrix", "danger_behaviour_1", typed)
    assert chat.draft.answers["danger_behaviour_1"] == typed


def test_who_alone_kept_is_kept() -> None:
    chat = sent_at("harm_matrix", "danger_behaviour_1", "dad")
    chat.command("keep")
    assert chat.draft.answers["danger_behaviour_1"] == "dad"


@pytest.mark.parametrize("typed", ["no", "na", "unknown"])
def test_a_short_word_that_names_nobody_is_not_asked_as_who(typed: str) -> None:
    chat = sent_at("harm_matrix", "danger_behaviour_1", typed)
    assert "says who" not in " ".join(getattr(r, "text", "") for r in chat.replies)


# --- the child's social worker: the child's number, with the face she chose ------------------


@pytest.mark.parametrize(("typed", "number"), [("3 😊", 3), ("😢 2", 2), ("7/10 🙂👍", 7)])
def test_the_childs_number_with_the_face_she_chose_is_saved(typed: str, number: int) -> None:
    """At "If the child gave a number for how safe or happy they feel at home, what was
    it?", the social worker typed the 7-year-old's number with the face she had pointed to:
    "3 😊". She was told "Please send one whole number from 0 to 10", as if she had not.
    The number is saved now, and she is told the face is not kept with it."""
    chat = sent_at("three_houses", "child_scale", typed)
    assert chat.draft.answers["child_scale"] == number
    said = " ".join(chat.notices())
    assert f"I've saved {number}" in said
    assert chat.asked != "child_scale"


@pytest.mark.parametrize("typed", ["😢", "3 😊 5"])
def test_a_face_alone_or_two_numbers_are_not_saved(typed: str) -> None:
    chat = sent_at("three_houses", "child_scale", typed)
    assert "child_scale" not in chat.draft.answers


@pytest.mark.parametrize("typed", ["actually I'd put it at 5", "on second thoughts I'd say 5",
                                   "sorry, I would put it at 5", "make mine 5",
                                   "my number should be 5"])
def test_her_own_number_changed_at_the_parents_is_hers(typed: str) -> None:
    """Past her number (4) and its reason, at "What number does the parent or carer the child
    mainly lives with give?", the worker changed her mind and typed "actually I'd put it at
    5": it was saved as mum's number, 5, and her own stayed 4. Her own number said in the
    first person there is hers: it is changed, said so, and mum's number is asked again."""
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.pick("4")
    chat.send(REASON)
    assert chat.asked == "safety_scale_parent_1"
    chat.send(typed)
    assert chat.draft.answers["safety_scale"] == 5
    assert "safety_scale_parent_1" not in chat.draft.answers
    (said,) = chat.notices()
    assert said.startswith("I've changed your number from 4 to 5.")
    assert "was given for 4: /back goes to it" in said
    assert chat.draft.answers["safety_scale_why"] == REASON
    assert chat.asked == "safety_scale_parent_1"


@pytest.mark.parametrize(("typed", "theirs"), [("mum said 5", 5), ("5", 5),
                                               ("she'd put it at 6", 6)])
def test_the_parents_number_is_still_theirs(typed: str, theirs: int) -> None:
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.pick("4")
    chat.send(REASON)
    chat.send(typed)
    assert chat.draft.answers["safety_scale"] == 4
    assert chat.draft.answers["safety_scale_parent_1"] == theirs


def test_her_own_number_said_again_at_the_parents_is_left_as_it_is() -> None:
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.pick("4")
    chat.send(REASON)
    chat.send("actually I'd put it at 4")
    assert chat.draft.answers["safety_scale"] == 4
    assert "safety_scale_parent_1" not in chat.draft.answers
    assert "Your own number is 4 already, so I've left it as it is." in chat.notices()


# --- the practitioner back after three days, at the terminal ---------------------------------


@pytest.mark.parametrize("asked", ["where was I?", "help", "what was I doing",
                                   "how does this work?"])
async def test_a_question_at_the_menu_of_drafts_says_how_to_carry_on(
        store: Store, flows: Mapping[str, Flow], asked: str) -> None:
    """Three days after starting a Harm Matrix at the terminal, a practitioner ran `sosbot
    chat` again and, under "You have an unfinished draft: 1) Continue "KB-7" ...", typed
    "where was I?". She was shown the help of a question that was not on the screen ("Name
    who, and the behaviour you could see or hear ... R shouts at mum ..."), and again for
    "help" and "what was I doing". She is told now that her answers are saved and which
    number carries on with her draft; the menu stays."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    await Console(talk, out=io.StringIO(), read=typed_then_end("3", "KB-7", "SW", "mum")).run()
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(asked, "1", "/quit")).run()
    said = out.getvalue().split(asked, 1)[-1]
    assert "Name who, and the behaviour" not in said.split("Back to")[0]
    assert 'Type 1 to carry on with "KB-7"' in said
    assert 'Back to "KB-7": Harm Matrix.' in said


async def test_a_word_asked_about_at_the_menu_of_drafts_is_still_told(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    await Console(talk, out=io.StringIO(), read=typed_then_end("3", "KB-7", "SW", "mum")).run()
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("what is a danger statement?", "/quit")
                  ).run()
    assert "what everyone fears will happen to the child" in out.getvalue()


@pytest.mark.parametrize("typed", ["no, 4 after all", "4 after all", "back to 4",
                                   "sorry go back to 4", "no stick with 4"])
def test_her_number_changed_back_at_the_why_is_the_number(typed: str) -> None:
    """A worker gave the overall scale 4, typed "actually 3" at the question of why (her
    number became 3), then changed her mind again: "no, 4 after all". That was saved as her
    reason, and the summary read "Score: 3 ... Why this number: no, 4 after all". A number
    changed back is her number now, and the question of why is asked again."""
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.pick("4")
    chat.send("actually 3")
    assert chat.draft.answers["safety_scale"] == 3
    chat.send(typed)
    assert chat.draft.answers["safety_scale"] == 4
    assert "safety_scale_why" not in chat.draft.answers
    assert "I've changed your number from 3 to 4." in chat.notices()
    assert chat.asked == "safety_scale_why"


@pytest.mark.parametrize("typed", ["4 after all the work mum has done, not higher yet",
                                   "back to school has helped"])
def test_a_reason_that_only_looks_like_it_is_saved(typed: str) -> None:
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.pick("3")
    chat.send(typed)
    assert chat.draft.answers["safety_scale"] == 3
    assert not any("changed your number" in n for n in chat.notices())
