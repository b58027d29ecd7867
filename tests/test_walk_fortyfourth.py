"""The forty-fourth walk: a tired social worker preparing for a child protection conference
on her phone, and the partners she asks to add to her mapping, through the real Application
(polling the local Bot API server, tests/botapi_server.py, or answering it in memory,
tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.engine_words import MSG
from flows.replies import Command, Nudge
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import FLOWS, sent_at
from tests.test_walk_thirtythird_b import HV, link, mapping, phone, read, team

__all__ = ["team"]  # the fixture

BOT_LINK = "https://t.me/sosbot_test_bot?start="


def email(code: str) -> str:
    """The social worker's e-mail to a partner, as a phone's mail app copies it whole."""
    return (f"Hi Pat,\n\nCould you add what health knows about FM before conference on "
            f"Tuesday? It only takes ten minutes: {BOT_LINK}{code}\n\nThanks,\nJS, social "
            f"worker")


# --- a partner's link pasted inside the e-mail it came in --------------------------------------


async def test_an_email_pasted_whole_with_the_link_opens_it(team: Bot) -> None:
    """The health visitor could not tap the link in the e-mail on her work phone, so she
    copied the whole e-mail into the chat. She was told the bot is only for practitioners on
    its list, as if no link were in it. The link in it opens her part, as the link alone
    pasted does."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await bot.say(email(health), user=HV)
    assert "Practitioner has asked you to add what you know" in phone(bot, HV)[0]
    assert "Which kind of service are you answering for?" in read(bot, HV)


async def test_an_email_with_her_own_link_pasted_at_a_question_is_not_an_answer(
        team: Bot) -> None:
    """The social worker pasted the e-mail she had written to the health visitor into the
    chat, to check the link in it. It was saved as her answer to "Who has contributed to
    this picture?", so the summary for conference would have carried a working link to the
    family's mapping. It is read as the link, as the link alone pasted is."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await bot.say(email(health))
    assert read(bot).startswith("That is the link for a partner to your own mapping")
    await bot.say("/summary FM-3")
    assert health not in read(bot)


async def test_an_answer_naming_the_bots_web_address_without_a_code_is_still_an_answer(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await bot.say("Mum, dad, school; the school found us at https://t.me/sosbot_test_bot")
    assert "Who has contributed to this picture?" not in read(bot)
    await bot.say("/summary FM-3")
    assert "the school found us" in read(bot)


# --- a number for the scale, with its reason, typed one question early ------------------------


NEXT_STEPS = "I will ring the hub today and tell mum by 4pm"
GOAL = ("Dad will put the baby down in her cot and leave the room when he feels angry, and "
        "will ring his brother, every time, for the next six months")


@pytest.mark.parametrize(("flow_id", "step_id", "answer"), [
    ("reflection", "needs_to_happen", NEXT_STEPS),
    ("supervision", "safety_goal", GOAL),
    ("success", "goal_first_step_3", NEXT_STEPS),
    ("contribution", "needs_to_happen", NEXT_STEPS)])
@pytest.mark.parametrize("typed", ["4, not lower because nan is around",
                                   "6 because mum rang us herself",
                                   "3/10: the injury is new"])
def test_a_scales_number_and_reason_typed_a_question_early_is_asked_about(
        flow_id: str, step_id: str, answer: str, typed: str) -> None:
    """Tired, she read ahead to the scale and typed "4, not lower because nan is around" at
    "What do you think needs to happen next, and by whom?". It was saved there: her
    summary's next steps read "4, not lower because nan is around", and the scale, asked
    next, had none. It is held now, and she is told it reads as the scale's, which comes
    next; her next steps, typed then, are saved, and the scale is asked."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert "reads as a number on the scale" in nudge
    assert "the next question" in nudge
    chat.send(answer)
    assert chat.draft.answers[step_id] == answer
    assert FLOWS[flow_id].step(chat.asked).type == "scale"


def test_kept_it_stays_where_she_typed_it() -> None:
    chat = sent_at("reflection", "needs_to_happen", "4, not lower because nan is around")
    chat.send(Command("keep"))
    assert chat.draft.answers["needs_to_happen"] == "4, not lower because nan is around"


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "safety_scale_why", "3, not 2, because mum acted to protect T"),
    ("reflection", "what_happened", "3, a cut above her eye this morning"),
    ("reflection", "needs_to_happen", "2 things: I will call the hub today and tell mum"),
    ("reflection", "needs_to_happen", "999 called at 3pm: I will ring the hub after")])
def test_a_number_and_words_where_no_scale_comes_next_are_the_answer(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == typed


# --- back from a meeting hours later -------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "hi sorry got pulled into a strategy meeting, where was I?",
    "sorry, was called into a core group. where were we",
    "hi - got dragged into a home visit, where was i up to",
    "got pulled into a meeting, where was I"])
def test_back_from_a_meeting_she_was_pulled_into_she_is_shown_the_question(typed: str) -> None:
    """Called into a strategy meeting halfway through the harm questions, she came back
    that evening and typed "hi sorry got pulled into a strategy meeting, where was I?". It
    was taken as her answer to "When was the most recent time, and what happened?" and she
    was asked what happened at the strategy meeting, as if it were jargon in an answer. She
    is shown where she was now, as "hi sorry got called away, where was i" was."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert chat.asked == "recent_harm"
    assert "recent_harm" not in chat.draft.answers
    assert chat.draft.pending is None
    assert MSG["where_you_were"] in chat.notices()


@pytest.mark.parametrize("typed", [
    "Dad got pulled into a meeting at work and left T alone in the car",
    "T was dragged into the car by R on Friday"])
def test_what_happened_with_pulled_into_is_still_the_answer(typed: str) -> None:
    chat = sent_at("mapping", "recent_harm", typed)
    assert chat.draft.answers["recent_harm"] == typed
