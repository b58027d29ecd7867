"""A fresh-eyes review of pass 32's merged change: where the new reading of a correction sent
as a second message ("*meant tues", "scrap that", "should have said ...") meets a
practitioner's or a child's genuine answer. Each test of a defect failed on the code as it
was; the others guard what the fix must leave alone."""

from __future__ import annotations

import pytest

from flows.loader import load_flows
from storage.store import Store
from tests.test_console import at_the_terminal
from tests.test_telegram_handlers import Bot, answers_of, bot, button, start_reflection
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtysecond import NURSE, the_nurse_opens_the_link

__all__ = ["bot"]  # the fixture


@pytest.mark.parametrize("typed", ["Make it to school every day",
                                   "make it to all his CAMHS appts, mum to take him",
                                   "I should put in a referral to early help by fri",
                                   "I should say she is doing well at school now",
                                   "should read with him every night"])
def test_a_plan_worded_like_a_correction_is_the_answer(typed: str) -> None:
    """A health visitor, asked what needs to happen, typed "Make it to school every day" (a
    goal), or "I should put in a referral to early help by fri" (her own next step). Each
    was taken for a correction of the answer before ("change it to ...", "should have put
    ..."): not saved, and the bot went back to what is working well. Sent again there, it
    was refused again, so the answer could never be given in those words. It is the answer
    (or, for a goal without who and when, asked about as any such goal is)."""
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert "reads as a correction" not in " ".join(chat.notices())
    assert chat.draft.answers.get("needs_to_happen") == typed \
        or any(getattr(r, "answer", None) == typed for r in chat.replies)
    assert "working_well" in chat.draft.answers


def test_a_worry_starting_forget_that_is_the_answer() -> None:
    """"Forget that he is only 6, mum leaves him alone after school" read as "forget that"
    (the answer before taken back): the worry was not saved, and the bot went back to the
    partner's role."""
    typed = "Forget that he is only 6, mum leaves him alone after school"
    chat = sent_at("contribution", "worries", typed)
    assert chat.draft.answers["worries"] == typed
    assert chat.asked == "working_well"


def test_what_a_child_did_in_stars_is_kept_as_theirs() -> None:
    """Writing what the child said, a nurse put what they did as a chat does: "*hides under
    the bed*". As the child's words, only a line that says it is a correction ("*meant",
    "oops") is read as one, and a star did: the line was not saved, and the bot went back to
    the reason for her number."""
    chat = sent_at("contribution", "child_said", "*hides under the bed*")
    assert chat.draft.answers["child_said"] == "*hides under the bed*"


@pytest.mark.parametrize(("step", "typed"), [
    ("needs_to_happen", "oops, should have said tuesday"),
    ("needs_to_happen", "should read tues 15 dec"),
    ("worries", "scrap that, wrong date"),
    ("worries", "change that to every other weekend"),
    ("child_said", "*meant she hides under the bed"),
])
def test_corrections_are_still_read_as_corrections(step: str, typed: str) -> None:
    chat = sent_at("contribution", step, typed)
    assert step not in chat.draft.answers
    assert "reads as a correction of your answer" in chat.notices()[0]


async def test_the_nurses_own_next_step_reaches_the_record_through_telegram(bot: Bot) -> None:
    """Through the Telegram Application: the CAMHS nurse's next step, "I should put in a
    referral to early help by fri 11 dec", was answered "it reads as a correction of your
    answer to "What is working well"", and that question was asked again."""
    await the_nurse_opens_the_link(bot)
    step = "I should put in a referral to early help by fri 11 dec and see AB weekly"
    for said in ("camhs nurse", "AB has been cutting her arms since oct",
                 "AB comes to every appt and mum brings her every time", step):
        await bot.say(said, user=NURSE)
    told = " ".join(said_to(bot, NURSE)[-2:])
    assert "reads as a correction" not in told
    assert "number" in said_to(bot, NURSE)[-1].lower()


@pytest.mark.parametrize("typed", ["I need to update what I said to the school about attendance",
                                   "I want to correct my responses to the LA's letter"])
def test_a_step_worded_like_asking_to_change_an_answer_is_saved_when_sent_again(
        typed: str) -> None:
    """A health visitor's next step, "I need to update what I said to the school about
    attendance", read as asking the bot how to change an answer: she was told about /back
    and /review, and sent again it was turned down again, however often. Told once, sent
    again it is the answer, as a note of having to stop is."""
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert "needs_to_happen" not in chat.draft.answers
    assert "To change an answer, /back" in chat.notices()[0]
    assert "send it again" in " ".join(chat.notices())
    chat.send(typed)
    assert chat.draft.answers.get("needs_to_happen") == typed \
        or any(getattr(r, "answer", None) == typed for r in chat.replies)


REST = "and why does mum leave him on his own at night?"


@pytest.mark.parametrize(("flow_id", "step_id"), [("reflection", "safe_today"),
                                                  ("mapping", "harm_happened"),
                                                  ("contribution", "partner_scale")])
def test_a_question_sent_as_the_rest_of_a_written_answer_says_the_way_back(
        flow_id: str, step_id: str) -> None:
    """A worry sent in two messages, the second a question ("and why does mum leave him on
    his own at night?"), put that second half at the choice, the yes or no or the number
    after it. There it was read as /help, and the way back to the worry ("If it belongs with
    your answer to ..., /back goes back to it"), said of any other line typed there, was
    not: the second half was lost from the worry. The help is shown with the way back."""
    chat = sent_at(flow_id, step_id, REST)
    assert step_id not in chat.draft.answers
    assert "If it belongs with your answer to" in chat.notices()[0]
    assert "/back goes back to it" in chat.notices()[0]


@pytest.mark.parametrize("typed", ["?", "help", "what does harm mean?"])
def test_asking_for_help_at_a_choice_is_still_only_the_help(typed: str) -> None:
    chat = sent_at("mapping", "harm_happened", typed)
    assert "If it belongs with" not in " ".join(chat.notices())
    assert "as /help" in chat.notices()[0]


async def test_the_rest_of_a_worry_as_a_question_in_telegram_says_the_way_back(
        bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(button(bot, "a:"))
    await bot.say("Mum leaves K (4) alone at night to go to the pub")
    await bot.say(REST)
    told = " ".join(bot.texts()[-3:])
    assert "If it belongs with your answer to" in told
    assert REST not in str(await answers_of(bot, "KB-12"))


@pytest.mark.parametrize("said", ["bye", "Q", "Goodbye!"])
async def test_bye_as_a_childs_words_at_the_terminal_is_theirs(store: Store, said: str) -> None:
    """In `sosbot chat`, "bye" (or "q", as a pager is left) now leaves the chat. Written as
    what the child said, it left it: the child's words and the answers typed after them
    were not saved. There it is the child's words; elsewhere it still leaves."""
    _, draft = await at_the_terminal(store, load_flows()["supervision"], "3 dec 2026",
                                     "JS social worker", "how to keep K safe at contact",
                                     "Dad shouts at K when he has been drinking", said,
                                     "K is seen weekly at school and smiles when she talks")
    assert draft.answers["child_words"] == said
    assert draft.answers["working_well"] == "K is seen weekly at school and smiles when she talks"


async def test_bye_at_a_practitioners_question_still_leaves(store: Store) -> None:
    _, draft = await at_the_terminal(store, load_flows()["supervision"], "3 dec 2026", "bye",
                                     "JS social worker")
    assert "author" not in draft.answers


def test_a_number_then_a_note_of_stopping_does_not_say_the_note_was_saved_as_why() -> None:
    """The nurse typed "5 - sorry clinic now" at her number. She was told "I've saved 5 as
    the number, and "sorry clinic now" as why", and straight after "I haven't saved "sorry
    clinic now" as an answer": the reason was not saved, whatever the first line said."""
    chat = sent_at("contribution", "partner_scale", "5 - sorry clinic now")
    assert chat.draft.answers["partner_scale"] == 5
    assert "partner_scale_why" not in chat.draft.answers
    said = " ".join(chat.notices())
    assert 'and "sorry clinic now" as why' not in said
    assert "Your reason was not saved" in said
