"""The thirty-first walk, second half: a health visitor's Harm Matrix on two worries for a
baby, changed and gone back over, then carried into her safety mapping; a school's designated
safeguarding lead's three-minute pre-referral reflection between lessons and her mapping with
contextual factors for a 15-year-old; a social worker's group supervision preparation and
Signs of Wellbeing in `sosbot chat`; and the first half's leftovers (a hello at a choice, the
child's own number). Each test of a defect failed on the code as it was; the others guard
what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from storage.store import Store
from tests.builders import EngineChat
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import Bot, bot, button
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_twentyeighth import first_nudge
from tests.test_walk_twentyninth import labels_kept, shown

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


def said_back(chat: EngineChat) -> str:
    """Everything the last input was answered with, notes and reminders alike."""
    return " ".join(getattr(r, "text", "") for r in chat.replies)


# --- leftovers: a hello at a choice, a yes or no, or a scale ---------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("reflection", "safe_today", "back now, where was I?"),
    ("harm_matrix", "harm_severity_1", "hi"),
    ("success", "with_them", "sorry, got called away - where were we?"),
    ("reflection", "worry_scale", "back now, where was I?")])
def test_a_hello_at_a_choice_reads_as_the_hello_it_is(
        flow_id: str, step_id: str, typed: str) -> None:
    """Back from a lesson at "Is the child safe to go home today?", the designated
    safeguarding lead typed "back now, where was I?" and was told "I couldn't match that to
    one of the options" before the question again, as if she had answered it wrongly. It is
    greeted as at a written question."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    said = chat.notices()
    assert said[0].startswith("Hello again. Here is where you were")
    assert not any(("couldn't match" in s or "Please" in s or "haven't saved" in s)
                   for s in said)
    assert chat.asked == step_id


def test_called_away_alone_at_a_choice_is_not_asked_to_be_sent_again() -> None:
    """"I got called away" at a written question may be the answer, so it is taken when
    sent again; no option says it, so at a choice it is never offered as one."""
    chat = sent_at("reflection", "safe_today", "sorry I got called away")
    assert "send it again" not in " ".join(chat.notices())
    chat.send("sorry I got called away")
    assert chat.notices()[0].startswith("Hello again")
    assert "safe_today" not in chat.draft.answers


# --- leftovers: the child's own number ---------------------------------------------------------


CHILDS_NUMBERS = [("three_houses", "child_scale"), ("mapping", "safety_scale_child"),
                  ("success", "success_scale_young_person")]


@pytest.mark.parametrize(("flow_id", "step_id"), CHILDS_NUMBERS)
@pytest.mark.parametrize(("typed", "n"), [("she said 3", 3), ("he chose 4", 4),
                                          ("she gave it a 7", 7), ("T said three", 3)])
def test_the_childs_own_number_said_as_theirs_is_saved(
        flow_id: str, step_id: str, typed: str, n: int) -> None:
    """At My Three Houses' "If the child gave a number ..., what was it?", the social worker
    typed "she said 3" and was told "Here I can keep only the number, so your words were not
    saved. Send 3 if that's right", while the mapping's "What number did the child give?"
    took "she gave it a 7". Who gave it is what the question asks: it is saved."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == n


@pytest.mark.parametrize(("flow_id", "step_id"), CHILDS_NUMBERS)
@pytest.mark.parametrize(("typed", "who"), [("mum said 3", "mum"), ("Dad: 4", "dad"),
                                            ("her nan gave it a 6", "her nan"),
                                            ("his carer thinks 6", "his carer")])
def test_someone_elses_number_is_never_saved_as_the_childs(
        flow_id: str, step_id: str, typed: str, who: str) -> None:
    """"mum said 3" at the mapping's "What number did the child give?" was saved as the
    child's own number, printed beside the parents' as the child's; at My Three Houses it
    was offered back, "Send 3 if that's right". It is not saved, and the practitioner is
    told whose number it reads as and whose the question asks for."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    (said,) = chat.notices("problem")
    child = "young person" if "young_person" in step_id else "child"
    assert f'I haven\'t saved "{typed}". It reads as the number {who} gave' in said
    assert f"only for the number the {child} gave" in said
    assert "if that's right" not in said
    assert chat.asked == step_id


@pytest.mark.parametrize(("typed", "n"), [("mum said 5", 5), ("dad: 6", 6), ("she said 4", 4)])
def test_a_parents_number_still_takes_who_gave_it(typed: str, n: int) -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert chat.draft.answers["safety_scale_parent_1"] == n


@pytest.mark.parametrize("typed", ["3 on the faces", "I'd say 3", "she said 3 times"])
def test_the_childs_number_with_other_words_is_read_as_before(typed: str) -> None:
    chat = sent_at("three_houses", "child_scale", typed)
    assert "child_scale" not in chat.draft.answers or chat.draft.answers["child_scale"] == 3
    assert "only for the number" not in " ".join(chat.notices())


# --- the designated safeguarding lead's "thurs" --------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "held", "reply", "saved"), [
    ("contextual", "meeting_date", "thurs", "Thursday 10 December", "Thursday 10 December"),
    ("contextual", "meeting_date", "thurs 2pm", "10/12", "10/12 2pm"),
    ("three_houses", "session_when", "yesterday at school", "Thurs 3 Dec",
     "Thurs 3 Dec at school"),
    ("mapping", "meeting_date", "next tues, 10am", "8th Dec", "8th Dec, 10am")])
def test_the_date_sent_after_the_reminder_goes_in_place_of_the_day(
        flow_id: str, step_id: str, held: str, reply: str, saved: str) -> None:
    """Asked when the meeting is, the designated safeguarding lead typed "thurs", was asked
    to add the date, and sent "Thursday 10 December". It shares no word with "thurs", so she
    was asked whether it was her new answer or for the next question: one more tap between
    lessons for what she had been asked to send. Where the answer said more ("yesterday at
    school"), the date sent as asked replaced all of it once she chose. The date now goes in
    place of the day, and the rest of the answer stays."""
    chat = sent_at(flow_id, step_id, held)
    assert "names a day from today" in first_nudge(chat)
    chat.send(reply)
    assert chat.draft.answers[step_id] == saved
    assert "next question" not in said_back(chat)
    assert chat.asked != step_id


@pytest.mark.parametrize("reply", ["the social worker, the school and mum",
                                   "Thursday 10 December, in the school hall", "4"])
def test_a_line_that_is_more_than_a_date_is_read_as_before(reply: str) -> None:
    chat = sent_at("contextual", "meeting_date", "thurs")
    chat.send(reply)
    assert "meeting_date" not in chat.draft.answers
    assert "for the next question" in said_back(chat)


# --- the social worker's draft started by mistake ----------------------------------------------


async def a_draft_by_mistake(bot: Bot) -> None:
    """USER's supervision preparation "Sup-KP", then Signs of Wellbeing "WB-KP" started by
    mistake (she meant to carry on with the first)."""
    for said in ("/new supervision", "Sup-KP", "Thu 10 Dec, 2pm", "/new wellbeing", "WB-KP"):
        await bot.say(said)


@pytest.mark.parametrize("typed", ["/delete this one", "/delete this draft", "/delete it",
                                   "/delete draft"])
async def test_delete_this_one_asks_about_the_open_draft_alone(bot: Bot, typed: str) -> None:
    """To be rid of a draft started by mistake, the social worker typed "/delete this one"
    and was asked "Erase everything stored about you: every draft, every answer and your
    settings?": a yes would have erased her supervision preparation too. Words after /delete
    that name no draft mean the open one, as after /cancel."""
    await a_draft_by_mistake(bot)
    await bot.say(typed)
    assert 'Discard the draft "WB-KP"' in shown(bot)[-1]
    assert "Erase everything" not in shown(bot)[-1]
    await bot.tap(button(bot, "y:"))
    assert await labels_kept(bot) == ["Sup-KP"]


async def test_delete_alone_says_how_to_discard_only_the_open_draft(bot: Bot) -> None:
    await a_draft_by_mistake(bot)
    await bot.say("/delete")
    asked = shown(bot)[-1]
    assert asked.startswith("Erase everything stored about you")
    assert '(To discard only the draft "WB-KP", answer no and send /cancel.)' in asked
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons() if b["text"] == "No"))
    assert await labels_kept(bot) == ["Sup-KP", "WB-KP"]


@pytest.mark.parametrize("typed", ["/delete everything", "/delete my data", "/delete me"])
async def test_delete_everything_still_asks_to_erase_everything(bot: Bot, typed: str) -> None:
    await a_draft_by_mistake(bot)
    await bot.say(typed)
    assert shown(bot)[-1].startswith("Erase everything stored about you")


# --- the health visitor's Harm Matrix, carried into her mapping --------------------------------


async def a_harm_matrix_begun(bot: Bot) -> None:
    """USER's Harm Matrix "HV-3" for L (4 months), its first worry begun."""
    for said in ("/new harm_matrix", "HV-3", "JT, health visitor",
                 "mum (19), baby L (4 months), GP, maternal gran",
                 "Mum props the bottle in the cot and leaves L to feed alone"):
        await bot.say(said)


async def test_a_mapping_begun_beside_an_unfinished_harm_matrix_says_why_nothing_came_in(
        bot: Bot) -> None:
    """The health visitor went back over her Harm Matrix with /back, changed her mind about
    one worry, and started the safety mapping with the same label without going forward to
    its last question again: the Harm Matrix was not finished, nothing was brought in, and
    nothing said so. She would have typed both danger statements again, or thought them
    lost. It is said, with how to bring them in."""
    await a_harm_matrix_begun(bot)
    await bot.say("/new mapping")
    await bot.say("HV-3")
    said = " ".join(shown(bot)[-4:])
    assert 'Your Harm Matrix for "HV-3" isn\'t finished, so nothing from it is brought in ' \
        "here" in said
    assert "I've brought in" not in said


async def test_a_mapping_with_another_label_says_nothing_of_it(bot: Bot) -> None:
    await a_harm_matrix_begun(bot)
    await bot.say("/new mapping")
    await bot.say("HV-4")
    assert "isn't finished" not in " ".join(shown(bot)[-4:])


# --- the social worker's /edit while a reminder held her answer ---------------------------------


def test_an_edit_while_a_reminder_holds_the_answer_goes_on_after_it() -> None:
    """At Signs of Wellbeing's "Who is worried?", the social worker's "nursery and SW" was
    held back to write out "SW"; she typed /edit 2 to put right who the family had agreed to
    share with. The /edit kept "nursery and SW" as typed, and after answer 2 she was taken
    back to "Who is worried?" again, its answer shown: her next line, "B comes to nursery
    hungry on Mondays", meant for the next question, replaced it, and the worry statement
    began "B comes to nursery hungry on Mondays is worried that". The question after it is
    asked."""
    chat = reach(FLOWS["wellbeing"], "worry_who_1")
    chat.send("nursery and SW")
    assert "worry_who_1" not in chat.draft.answers
    chat.command("edit", "2")
    assert chat.asked == "consent_who"
    chat.send("mum, nan and the nursery")
    assert chat.asked == "worry_what_1"
    chat.send("B comes to nursery hungry on Mondays")
    assert chat.draft.answers["worry_who_1"] == "nursery and SW"
    assert chat.draft.answers["consent_who"] == "mum, nan and the nursery"


def test_an_edit_from_an_answered_question_still_comes_back_to_it() -> None:
    chat = reach(FLOWS["wellbeing"], "worry_what_1")
    chat.command("back")
    chat.command("edit", "2")
    chat.send("mum, nan and the nursery")
    assert chat.asked == "worry_who_1"


async def test_the_terminals_delete_this_one_and_a_hello_at_a_choice(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """In `sosbot chat`: group supervision preparation, then Signs of Wellbeing started by
    mistake; "back now, where was I?" at its first question (a yes or no), then "/delete this
    one" and yes. Only the wellbeing draft goes."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    await Console(talk, out=io.StringIO(), read=typed_then_end(
        "Sup-KP", "Thu 10 Dec 2pm", "KP, social worker")).run("supervision")
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(
        "WB-KP", "back now, where was I?", "/delete this one", "yes")).run("wellbeing")
    said = out.getvalue()
    assert "Hello. Here is the question we're on:" in said
    assert "couldn't match" not in said
    assert "Please answer yes or no" not in said
    assert 'Discard the draft "WB-KP"' in said
    assert "Erase everything" not in said
    assert [d.label for d in await talk.drafts(CONSOLE_USER)] == ["Sup-KP"]
