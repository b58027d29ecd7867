"""The thirty-fifth review's second reader: the merged change read with fresh eyes where
helpers' work meets. Each test of a defect failed on the code as it was, through the real
parts (the real Application over tests/memory_botapi.py, the real flows, SQLite files)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.ratelimit import RateLimiter
from bot.session_commands import _ABOUT_OPEN, _OPEN_ONE
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Question, Text
from storage.store import Store
from tests.builders import build_flow, list_step, section, text
from tests.growth import LINEAR_AT_MOST, growth
from tests.test_attacks_thirtythird_b import button_texts, handed_in_again
from tests.test_console import typed_then_end
from tests.test_leftovers_thirtyfifth import BRUISE, an_answer_the_database_failed, two_drafts
from tests.test_telegram_handlers import USER, Bot, age_drafts_of, answers_of, bot, running
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtythird_b import DSL, DSL_PART, answers, link, opens, team

FLOWS = load_flows()

__all__ = ["bot", "team"]  # the fixtures

# --- words after /summary, /review, /export or /cancel read once -------------------------------


def test_words_after_summary_that_name_no_draft_are_read_in_a_moment() -> None:
    """"/summary it it it ... zz" (words after /summary that name no draft) was read along
    every way "it" could be taken, twice over for each "it": thirty of them held every
    practitioner's replies up for hours. The words are read once."""
    for words in (_ABOUT_OPEN, _OPEN_ONE):
        assert growth(lambda n, words=words: words.fullmatch("it " * n + "zz"), 5) \
            < LINEAR_AT_MOST


async def test_summary_of_many_its_and_no_draft_says_none_is_called_that(bot: Bot) -> None:
    said_before = await two_drafts(bot)
    await bot.say("/summary " + "it " * 40 + "zz")
    said = " ".join(bot.texts()[said_before:])
    assert "None of your drafts is called" in said
    assert "Group supervision preparation</b>: Sup-KT" not in said


# --- two people's numbers at the young person's or the child's number -------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("success", "success_scale_young_person", "K says 7, S says 6"),
    ("success", "success_scale_young_person", "K says 7 but S says 6"),
    ("mapping", "safety_scale_child", "she says 4, dad says 6"),
])
def test_two_peoples_numbers_named_by_initial_are_asked_as_two_views(
        flow_id: str, step_id: str, typed: str) -> None:
    """"K says 7, S says 6" at the young person's number was asked "Which is it now?", as
    if her number had changed, where "mum 2, dad 6" at a parent's is asked for that
    person's number alone: two people named by an initial or "she" were not read as two
    people. Both are asked for the young person's (or the child's) number alone."""
    chat = sent_at(flow_id, step_id, typed)
    said = " ".join(chat.notices())
    assert "Which is it now?" not in said
    assert "two people's numbers" in said
    assert f'Send only the number for "{FLOWS[flow_id].step(step_id).title}"' in said
    assert step_id not in chat.draft.answers
    assert chat.asked == step_id


@pytest.mark.parametrize("typed", ["She said 4 last week, she says 6 now",
                                   "I said 4 before, I'd give 6 after"])
def test_one_persons_two_numbers_are_still_asked_which_is_now(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_child", typed)
    assert "Which is it now?" in " ".join(chat.notices())


# --- "back" at a child's own words, a day later ------------------------------------------------


async def test_back_at_a_childs_words_a_day_later_is_asked_about_again(
        tmp_path: Path, store: Store) -> None:
    """"back" typed at the child's own words is shown the question once, and sent again
    straight away it is kept as theirs. A day later at the same question, "back" again was
    kept at once, as the child's words, above what the child said: the note of being back
    from the first day never lapsed there, as notes of being back lapse at other questions.
    It is asked about again; typed twice in a row, it is still kept."""
    flow = build_flow(tmp_path, section(
        "words", list_step("worries", voice="child"), text("after"), column="worried"))
    talk = Conversation(store, {flow.id: flow}, surface="terminal", nudger=nudger())
    read = typed_then_end("KB-1", "back")
    assert await Console(talk, out=io.StringIO(), read=read).run(flow.id) == 0
    age_drafts_of(store.path, CONSOLE_USER, 1)  # the next day, at the question still open
    (info,) = await talk.drafts(CONSOLE_USER)
    said = await talk.handle(CONSOLE_USER, Text("back"))
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert not draft.answers.get("worries"), said
    assert any(isinstance(r, Question) and r.step_id == "worries" for r in said)
    await talk.handle(CONSOLE_USER, Text("back"))  # straight after: insisted on
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert draft.answers.get("worries") == ["back"]


# --- Victoria Park, the park, with a comma after it --------------------------------------------


PARKS = ["Mum took the kids to Victoria Park, where they played on the swings",
         "Picked up from Victoria Park, then went home",
         "Dad walks to Albert Park, has a drink there and comes home"]


@pytest.mark.parametrize("typed", PARKS)
def test_the_park_named_with_a_comma_after_it_is_still_a_park(typed: str) -> None:
    """Since "Victoria Park, the family support worker" is read as a person, the park
    gone to or come from with a comma after it ("Picked up from Victoria Park, then went
    home") was asked "Part of this looks like a full name ("Victoria Park"). Please use
    initials ...", where the day before it was saved as the place it is."""
    assert nudger()("privacy", typed) is None


def test_the_park_with_a_comma_after_it_is_saved_without_a_reminder() -> None:
    chat = sent_at("harm_matrix", "harm_complicating_1", PARKS[1])
    assert chat.draft.answers["harm_complicating_1"] == PARKS[1]
    assert "full name" not in " ".join(chat.notices())


@pytest.mark.parametrize("typed", ["Spoke to Victoria Park, the family support worker",
                                   "Went with Victoria Park, mum's friend, to the clinic"])
def test_a_person_with_who_they_are_after_the_comma_is_still_asked_for_initials(
        typed: str) -> None:
    said = nudger()("privacy", typed)
    assert said is not None
    assert '"Victoria Park"' in said


# --- "/review" with words naming no draft, a mapping with partners' parts open -----------------


async def test_review_naming_no_draft_shows_no_partners_part_of_the_open_mapping(
        team: Bot) -> None:
    """"/review kbb" (KB-2 mistyped) with FM-3 open was answered "None of your drafts is
    called "kbb", so I haven't shown or sent another in its place", and then, under it,
    what the school had sent for FM-3, another family, with a Stop button for its links:
    the very thing it said it had not shown. Nothing of FM-3's partners is shown."""
    bot = team
    await bot.say("/new mapping")
    await bot.say("FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/review")  # the open mapping: its parts are shown
    assert any("FM came in hungry" in said for said in said_to(bot, USER))
    before = len(said_to(bot, USER))
    await bot.say("/review kbb")
    said = " ".join(said_to(bot, USER)[before:])
    assert "None of your drafts is called" in said
    assert "FM came in hungry" not in said
    assert not any("Stop the" in text for text in button_texts(bot, USER)[-3:])


# --- a note of having to stop, sent again the next day after the draft is opened again ---------


async def test_a_note_sent_again_the_next_day_after_continue_is_a_note_again(
        tmp_path: Path, store: Store) -> None:
    """"sorry lunch duty" typed at a question is kept back as a note; sent again the next
    day it is a note again, not the answer insisted on. At the terminal (and after /resume
    in Telegram) the draft is opened first, which counted as a change to it: the note sent
    again straight after was saved as the answer ("What happened: sorry lunch duty")."""
    flow = build_flow(tmp_path, section("s", text("what_happened"), text("after"),
                                        column="worried"))
    talk = Conversation(store, {flow.id: flow}, surface="terminal", nudger=nudger())
    read = typed_then_end("KB-1", "sorry lunch duty")
    assert await Console(talk, out=io.StringIO(), read=read).run(flow.id) == 0
    age_drafts_of(store.path, CONSOLE_USER, 1)  # the next day
    out = io.StringIO()
    read = typed_then_end("1", "sorry lunch duty")
    assert await Console(talk, out=out, read=read).run(None) == 0
    (info,) = await talk.drafts(CONSOLE_USER)
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert "what_happened" not in draft.answers, out.getvalue()
    assert "reads as a note that you have to stop" in out.getvalue()


# --- an answer held to hand in again, and a message the rate limit refused after it -----------


async def test_an_answer_held_is_still_handed_in_after_a_message_the_rate_limit_refused(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """An answer the database failed is held, polling, to be handed in again; the message
    sent straight after it came past the rate limit and was answered "That's a lot of
    messages at once, so I haven't saved this one". Refused, it changed nothing, yet it
    counted as the practitioner having written since: the held answer was never handed in
    again, and lost. It is handed in and saved."""
    now = [0.0]
    limiter = RateLimiter(burst=4, per_minute=1, clock=lambda: now[0])
    async with running(tmp_path, flows, limiter=limiter) as bot:
        await an_answer_the_database_failed(bot)  # four messages: the burst
        await bot.say("and mum says he walked into a door")
        assert said_to(bot, USER)[-1].startswith("That's a lot of messages at once")
        now[0] += 600  # the bucket full again
        await handed_in_again(bot)
        assert (await answers_of(bot, "KB-1")).get("what_happened") == BRUISE
