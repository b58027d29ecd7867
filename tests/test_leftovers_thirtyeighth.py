"""The thirty-seventh pass's last leftovers, each met as a practitioner would meet it, through
the real Application (tests/memory_botapi.py) or the real terminal chat, on real SQLite files
and real flow YAML. Each test of a defect failed on the code as it was; the others guard what
the fixes must leave alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from flows.flow import Flow
from storage.store import Store
from tests.builders import build_flow, scale, section, text
from tests.test_console import at_the_terminal
from tests.test_input_model import USER, at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import FOURTH, HELD, SECOND, THIRD
from tests.test_review_thirtyseventh_d import NEXT, SW, checked_flow

# --- /review while lines wait for the choice ------------------------------------------------


async def test_review_says_which_answer_waits_and_how_many_lines_with_it(
        tmp_path: Path) -> None:
    """Asked where her line goes, with two more typed on, a social worker sent /review to
    see what she had put: "No answers yet.", then the question again; nothing said that
    her answer and three lines were waiting, as /summary says. A line says so now."""
    async with at_a_nudged_answer(tmp_path) as bot:
        for line in (SECOND, THIRD, FOURTH):
            await bot.say(line)
        await bot.say("/review")
        shown = said(bot)
        assert shown[-2] == (f'Not in this review yet: "{HELD}", what you typed for "Who is '
                             f'worried", nor the 3 lines you typed after it, "{SECOND}" first. '
                             f'They wait for your choice of where "{SECOND}" goes: /continue '
                             "shows the question.")
        assert "or is it for the next question" in shown[-1]
        await bot.say("/summary")
        assert said(bot)[-2].startswith("Not in this summary yet: ")


async def test_review_with_one_line_waiting_names_that_line(tmp_path: Path) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say("/review")
        assert said(bot)[-2] == (f'Not in this review yet: "{HELD}", what you typed for "Who '
                                 f'is worried", nor the line you typed after it, "{SECOND}". It '
                                 "waits for your choice of where it goes: /continue shows the "
                                 "question.")


# --- lines the terminal sent together, in the notes of where they went ------------------------

TOGETHER = "Nan picks T up from school every day\nMum rang the school herself on Monday"


def _worries(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), text("after", title="Who helps"),
        text("last", title="Anything else"), column="worried"))


async def test_lines_sent_together_and_sent_on_are_named_as_lines(
        tmp_path: Path, store: Store) -> None:
    """At the terminal, two lines typed fast after a reminder reach the bot as one answer;
    /next said "taken your other line as the answer to "What could happen"", of two lines.
    They are named as the lines they are now, and as one answer."""
    shown, draft = await at_the_terminal(store, _worries(tmp_path), HELD, TOGETHER, "/next")
    assert "your other line" not in shown
    assert (f'I\'ve kept "{HELD}" as your answer to "Who is worried" and taken the 2 lines you '
            'sent after it, as one answer, as the answer to "What could happen" (/back to '
            "change either).") in shown
    assert draft.answers["could"] == TOGETHER


async def test_lines_sent_together_and_typed_on_are_named_as_lines(
        tmp_path: Path, store: Store) -> None:
    """Typed on while asked where her line goes, two lines sent together went on once she
    chose: "Your next line, "Nan picks ... Mum rang ...", is saved as the answer to "Who
    helps"". Said as lines now."""
    shown, draft = await at_the_terminal(store, _worries(tmp_path), HELD, SECOND, TOGETHER,
                                         "/review", "/next")
    assert "Your next line," not in shown
    assert f'you wrote "{SECOND}" and 2 more lines after it, kept too' in shown
    assert "nor the 3 lines you typed after it" in shown  # under /review
    assert ('Your next 2 lines, sent together, "Nan picks T up from school every day\nMum rang '
            'the school her...", are saved as one answer to "Who helps" (/edit 3 to change '
            "it).") in shown
    assert draft.answers["after"] == TOGETHER


# --- a part headed as no column, and the question of the tool that has it ---------------------


def _mapping_with_a_scale(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section("w", text("worries", title="What worries you"),
                                        column="worried"),
                      section("g", text("good", title="What is working well"),
                              column="working_well"),
                      section("j", scale("overall", title="Overall safety scale"),
                              column="none"))


async def test_a_part_headed_as_no_column_names_the_question_that_has_it(
        tmp_path: Path, store: Store) -> None:
    """A social worker pasted her notes with "Scale: 4 - police involved" under the worries:
    told that part "is headed as a part of its own, one this question does not ask for",
    she was not told where in the tool it goes. The question that asks for it is named."""
    shown, draft = await at_the_terminal(
        store, _mapping_with_a_scale(tmp_path),
        "Worries: dad hit mum on Friday\nScale: 4 - police involved", "sorry", "/keep")
    named = ('one this question does not ask for: "Scale: 4 - police involved". This tool asks '
             'for it at "Overall safety scale".')
    assert shown.count(named) == 2  # and in the note again, after "sorry"
    assert "Scale: 4" in str(draft.answers["worries"])  # kept all here, as she chose


async def test_a_part_no_question_of_the_tool_fits_names_none(
        tmp_path: Path, store: Store) -> None:
    """"Grey areas" in a tool with no question for them: nothing named, as before."""
    shown, _ = await at_the_terminal(
        store, _mapping_with_a_scale(tmp_path),
        "Worries: dad hit mum on Friday\nGrey areas: who else lives there", "/keep")
    assert 'not ask for: "Grey areas: who else lives there". Sent as it is' in shown
    assert "This tool asks" not in shown


# --- a rewrite typed while asked where the line after it goes ---------------------------------

REWRITE = "T could be hurt, the social worker says"


@asynccontextmanager
async def asked_where_the_line_after_sw_goes(tmp_path: Path) -> AsyncIterator[Any]:
    """HELD typed at who is worried and held by its reminder, SW and THIRD typed on, "for the
    next question" chosen: SW, at "What could happen", is held by the reminder about "SW",
    and THIRD asked where it goes."""
    flow = checked_flow(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SW, THIRD):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        yield bot


async def test_a_rewrite_typed_while_asked_where_replaces_the_answer_it_rewrites(
        tmp_path: Path) -> None:
    """Once she chose, her next line went to "What could happen" and was held by the
    reminder about "SW", and the line after it was asked where it goes. She typed her
    rewrite, as a reminder asks: it was held behind that line, "I've kept "T could be hurt,
    the social worker says" too", and saved under "Anything else", with "the SW says" left
    at "What could happen". It takes the place of the line it rewrites now, and the
    question of where the other line goes is asked again."""
    async with asked_where_the_line_after_sw_goes(tmp_path) as bot:
        await bot.say(REWRITE)
        shown = said(bot)
        assert shown[-2] == (f'I\'ve put "{REWRITE}" in place of "{SW}" as your answer to '
                             f'"What could happen": it is saved once you choose below where '
                             f'"{THIRD}" goes.')
        assert shown[-1].startswith(f'I was still asking about your answer "{REWRITE}"')
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, REWRITE, THIRD)
        assert "last" not in answers


async def test_a_line_unlike_the_answer_is_still_held_behind_the_line_asked_about(
        tmp_path: Path) -> None:
    """Guard: a line that is no rewrite of it is still held, and goes on after the choice."""
    async with asked_where_the_line_after_sw_goes(tmp_path) as bot:
        await bot.say(FOURTH)
        assert said(bot)[-2].startswith(f'✓ I\'ve kept "{FOURTH}" too')
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["could"], answers["after"], answers["last"]) == (SW, THIRD, FOURTH)


# --- a number alone typed while asked where a line goes ---------------------------------------


async def test_a_number_no_question_would_take_is_asked_about_not_held(
        tmp_path: Path) -> None:
    """Asked where her line goes, a social worker typed "2", meaning the second button: it
    was held as a line ("I've kept "2" too") and went on as the answer to "after", a
    question asking for words. No question it would go to takes a number, so it is not
    kept now: she is asked what she meant, and her choice places her line as before."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say("2")
        shown = said(bot)
        assert shown[-2] == ('I haven\'t kept "2": the question it would go to does not take '
                             "a number alone. If you meant one of the choices below, "
                             "choose it there (they have no numbers); if 2 is an answer, send "
                             "it again once you have chosen.")
        assert "kept too" not in shown[-1]
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (HELD, SECOND)
        assert "after" not in answers


async def test_a_number_for_the_scale_after_is_held_and_goes_there(tmp_path: Path) -> None:
    """With a scale next in line, "3" is its answer: held, and saved there after the choice."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), scale("safe", title="How safe")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SECOND, "3"):
            await bot.say(line)
        assert said(bot)[-2].startswith('✓ I\'ve kept "3" too')
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["could"], answers["safe"]) == (SECOND, 3)


# --- the tool updated while lines wait for the choice -----------------------------------------


def _versions(tmp_path: Path, *steps: dict[str, Any]) -> tuple[Flow, Flow]:
    """The nudged tool as it was (who, could, after), and as updated to `steps`."""
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    first = build_flow(tmp_path / "v1", section("s", _WHO, text("could", title="What could happen"),
                                                text("after")))
    return first, build_flow(tmp_path / "v2", section("s", *steps), version=2)


_WHO = text("who", title="Who is worried", checks=["plain_language"])


@pytest.mark.parametrize("updated", [
    [text("could", title="What could happen"), text("after")],  # "who" taken out
    [text("first", title="First"), _WHO, text("could", title="What could happen"),
     text("after")],  # a question put before it
])
async def test_lines_waiting_when_the_tool_is_updated_are_named_not_lost(
        tmp_path: Path, updated: list[dict[str, Any]]) -> None:
    """Asked where her line goes, with another typed on, a social worker went to a visit;
    the tool was updated and the bot restarted before she came back. Her answer and both
    lines were gone without a word: the question they waited at was taken out (or a new
    one put before it, and her next line saved there as the held ones were let go). Each
    is named now, to send again at its question, and nothing is saved in their place."""
    before, after = _versions(tmp_path, *updated)
    async with running({before.id: before}, tmp_path / "bot.db") as bot:
        for line in (f"/new {before.id}", "TB-7", HELD, SECOND, THIRD):
            await bot.say(line)
        updates = bot.updates
    async with running({after.id: after}, tmp_path / "bot.db", updates) as bot:
        await bot.say("/show")
        told = next(t for t in said(bot) if t.startswith("This tool was updated"))
        assert told == ("This tool was updated while your lines waited for your choice of "
                        "where they go, and the question they were for has changed, so I "
                        f'haven\'t saved them: "{HELD}", "{SECOND}", "{THIRD}". Send each you '
                        "need again at its question.")
        assert "or is it for the next question" not in said(bot)[-1]
        await bot.say(FOURTH)
        assert FOURTH in (await bot.answers()).values()
        assert sum(t.startswith("This tool was updated") for t in said(bot)) == 1  # once
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.pending is None


async def test_lines_waiting_when_the_tool_gains_a_question_after_still_wait(
        tmp_path: Path) -> None:
    """Guard: with their question where it was, the lines still wait for her choice."""
    before, after = _versions(tmp_path, _WHO, text("could", title="What could happen"),
                              text("after"), text("more"))
    async with running({before.id: before}, tmp_path / "bot.db") as bot:
        for line in (f"/new {before.id}", "TB-7", HELD, SECOND, THIRD):
            await bot.say(line)
        updates = bot.updates
    async with running({after.id: after}, tmp_path / "bot.db", updates) as bot:
        await bot.say("/show")
        assert not any(t.startswith("This tool was updated") for t in said(bot))
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, SECOND, THIRD)
