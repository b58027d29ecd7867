"""A second look at the twenty-fourth walk's fixes (tests/test_walk_twentyfourth.py), each
test failing on the code as the walk left it.

A line typed below a menu: the note that the open draft's question is off the screen is
kept until the question is shown again, and only until then. An answer that only points
elsewhere ("see above", "same"): written out as asked, it takes the pointer's place; a
question about change ("has it stayed the same?") takes "the same" as its answer. A drafted
danger statement reads "worried about" only when the answer has no verb of its own."""

from __future__ import annotations

from html import unescape

import pytest
from builders import EngineChat

from flows.answers import Value
from flows.carry import carried_answers
from flows.loader import load_flows
from flows.render import suggest
from flows.replies import Nudge
from flows.walk import walk
from tests.test_telegram_handlers import USER, Bot, bot, button, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

ASKED = "What have you seen, heard or been told"
ANSWER = "Saw a bruise on her arm this morning"


async def reflection_at_what_happened(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.tap(bot.buttons()[0])  # School or college


async def saved_answer(bot: Bot) -> object:
    draft = await bot.conversation.active(USER)
    assert draft is not None
    return draft.answers.get("what_happened")


async def test_an_answer_to_the_question_shown_again_after_a_label_given_up_is_saved(
        bot: Bot) -> None:
    """/start, then a new tool, then /cancel at its case label: "Alright, the new draft
    wasn't started" and the open draft's question, shown again. The answer typed to it was
    turned down as sent to a question off the screen, and had to be typed a second time."""
    await reflection_at_what_happened(bot)
    await bot.say("/start")
    await bot.tap(button(bot, "n:"))
    await bot.say("/cancel")
    assert ASKED in unescape(texts_to(bot, USER)[-1])
    await bot.say(ANSWER)
    assert await saved_answer(bot) == ANSWER


async def test_an_answer_to_the_question_shown_again_after_no_to_discard_is_saved(
        bot: Bot) -> None:
    await reflection_at_what_happened(bot)
    await bot.say("/drafts")
    await bot.say("/cancel")
    await bot.tap(button(bot, "d:cancel:"))  # No: the draft stays, its question shown
    assert ASKED in unescape(texts_to(bot, USER)[-1])
    await bot.say(ANSWER)
    assert await saved_answer(bot) == ANSWER


async def test_an_answer_to_the_question_shown_again_after_a_photo_is_saved(bot: Bot) -> None:
    await reflection_at_what_happened(bot)
    await bot.say("/start")
    await bot.feed(bot.updates.message(USER, voice={"file_id": "v", "file_unique_id": "v",
                                                    "duration": 3}))
    assert ASKED in unescape(texts_to(bot, USER)[-1])
    await bot.say(ANSWER)
    assert await saved_answer(bot) == ANSWER


@pytest.mark.parametrize("aside", ["/help", "/review"])
async def test_help_or_review_below_the_menu_does_not_put_the_question_back_on_screen(
        bot: Bot, aside: str) -> None:
    """/start, then /help (its prompts, not the question), then "hi": "hi" was saved under
    the question still off the screen, as the fix was meant to stop."""
    await reflection_at_what_happened(bot)
    await bot.say("/start")
    await bot.say(aside)
    await bot.say("hi")
    assert await saved_answer(bot) is None
    assert ASKED in unescape("\n".join(texts_to(bot, USER)[-2:]))
    await bot.say(ANSWER)
    assert await saved_answer(bot) == ANSWER


# --- an answer that only points elsewhere ----------------------------------------------------

FLOWS = load_flows()


def nudges(chat: EngineChat) -> list[Nudge]:
    return [r for r in chat.replies if isinstance(r, Nudge)]


def test_a_pointer_written_out_as_asked_at_a_list_takes_its_place() -> None:
    """Asked to write out "see above", a worker sent the strength it pointed to; the summary
    listed "see above" too, the very item the reminder had said would point at nothing."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("see above")
    assert nudges(chat)
    chat.send("Nan walks her to school every day")
    assert chat.draft.answers["strengths"] == ["Nan walks her to school every day"]


def test_a_pointer_written_out_as_asked_is_the_answer_without_another_question() -> None:
    """A school's safeguarding lead wrote out her "same" as asked, and was then asked whether
    it was her new answer or meant for the next question."""
    chat = reach(FLOWS["contribution"], "working_well")
    chat.send("same")
    chat.send("She comes in on time and has breakfast club")
    assert not nudges(chat)
    assert chat.draft.answers["working_well"] == "She comes in on time and has breakfast club"


@pytest.mark.parametrize("same", ["still the same", "the same", "Same.", "same as last time"])
def test_the_same_is_an_answer_where_the_question_asks_what_has_changed(same: str) -> None:
    """"Has the number changed since the case was last looked at? If it has stayed the
    same, since when ...": "still the same" was told it pointed to another answer. (Since
    the forty-third pass it is asked, once, the rest of the question: since when, and what
    has been tried; kept, it is the answer.)"""
    chat = reach(FLOWS["supervision"], "scale_moved")
    chat.send(same)
    [asked] = nudges(chat)
    assert "points to another answer" not in asked.text
    assert "Since when has it been there, and what has been tried?" in asked.text
    chat.command("keep")
    assert chat.draft.answers["scale_moved"] == same


@pytest.mark.parametrize("pattern", ["still the same", "same as last time", "the same"])
def test_a_pattern_that_is_the_same_is_carried_as_written(pattern: str) -> None:
    """The Harm Matrix's "How often, and is it getting better or worse?" answered "still the
    same" reached the mapping as the worst harm's words: the pointer words carried over from
    the Harm Matrix had grown to ones that do not point at the answer above."""
    answers: dict[str, Value] = {
        "danger_behaviour_1": "J smacks K when she cries", "harm_impact_1": "bruises on her arms",
        "harm_worst_1": "a black eye in March", "harm_frequency_1": pattern}
    carried = carried_answers(FLOWS["harm_matrix"], answers, FLOWS["mapping"])
    assert carried.answers["harm_pattern"] == pattern


def test_same_as_above_is_still_carried_as_the_words_above() -> None:
    answers: dict[str, Value] = {
        "danger_behaviour_1": "J smacks K when she cries", "harm_impact_1": "bruises on her arms",
        "harm_worst_1": "a black eye in March", "harm_frequency_1": "same as above"}
    carried = carried_answers(FLOWS["harm_matrix"], answers, FLOWS["mapping"])
    assert carried.answers["harm_pattern"] == "a black eye in March"


# --- "worried about" -------------------------------------------------------------------------

@pytest.mark.parametrize("behaviour", [
    "older lads picking him up outside school have threatened him with a knife",
    "men giving her alcohol at the park are also taking photos of her"])
def test_people_doing_something_then_a_verb_of_the_answers_own_read_after_that(
        behaviour: str) -> None:
    """"Older lads picking him up outside school have threatened him" is a whole clause:
    drafted, it read "... are worried about older lads picking him up outside school have
    threatened him", which no one could send to conference."""
    flow = FLOWS["contextual"]
    answers = {"harm_happened": "no", "harm_outside": "JD carries drugs for older lads",
               "danger_who_1": "me, the police and the school",
               "danger_behaviour_1": behaviour, "danger_impact_1": "JD could be stabbed"}
    said = suggest(flow, flow.step("danger_statement_1"), walk(flow, answers))
    assert said is not None
    assert f"worried that {behaviour}" in said
