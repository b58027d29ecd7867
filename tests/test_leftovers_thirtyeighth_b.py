"""The thirty-eighth pass's second leftovers: lines typed on while the bot asks where a line
goes, each met as a practitioner would meet it, through the real Application
(tests/memory_botapi.py) or the real terminal chat, on real SQLite files and real flow
YAML. Each test of a defect failed on the code as it was; the others guard what the fixes
must leave alone."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from storage.store import Store
from tests.builders import build_flow, list_step, section, text
from tests.test_console import at_the_terminal
from tests.test_input_model import Bot, at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import HELD, SECOND, THIRD
from tests.test_walks_thirtyseventh_b import FIRST_GO, SECOND_GO, a_second_go_used_instead

NEXT = "It's for the next question"


async def not_acted_on_until_the_lines_are_placed(bot: Bot, name: str) -> None:
    """`name`, sent while the lines typed past a reminder (SECOND, THIRD) wait for the
    choice of where SECOND goes, is not acted on and says so, the choice asked again below
    it; choosing the next question places all three lines, HELD's too."""
    shown = said(bot)
    assert shown[-2] == (f'I haven\'t acted on {name} yet: "{SECOND}" and the line you '
                         "typed after it are waiting for your choice below of where "
                         f'"{SECOND}" goes, and {name} now would leave them out. Choose '
                         f"first, then send {name} again if you still need it.")
    assert "or is it for the next question" in shown[-1]
    await bot.tap(bot.button(NEXT))
    answers = await bot.answers()
    assert (answers["who"], answers["could"], answers["after"]) == (HELD, SECOND, THIRD)

# --- a second go at the line before, typed before the choice ----------------------------------


async def test_another_go_says_what_edit_does_and_that_the_line_stays(tmp_path: Path) -> None:
    """"It reads like another go at ...: if it is, /edit 1 puts it there": /edit 1 only asks
    that question again, and the line stayed saved at the question after. The note says
    what /edit does, and that the line stays where it is until she changes it."""
    async with a_second_go_used_instead(tmp_path) as (bot, told):
        assert "puts it there" not in told
        assert told.endswith(f'It reads like another go at "{FIRST_GO}": /edit 1 asks that '
                             "question again, for you to send it there. Until you change it "
                             "with /edit 2, it stays saved here too.")
        await bot.say("/edit 1")
        await bot.say(SECOND_GO)
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (SECOND_GO, SECOND_GO)  # as told


def _the_same_answer_before(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section(
        "s", text("dad", title="What dad says"),
        text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), text("after", title="Who helps")))


async def test_another_go_names_the_question_the_line_went_to_not_one_with_its_words(
        tmp_path: Path) -> None:
    """"Not known" was her answer to what dad says, and again the line she typed past the
    reminder, for "What could happen"; her next line had another go at it. Where that line
    went was found by its words: "/edit 1", dad's answer, not the one it went to."""
    flow = _the_same_answer_before(tmp_path)
    second_go = "Not known yet, police still deciding"
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "Not known", HELD, "Not known", second_go):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["dad"], answers["could"], answers["after"]) == (
            "Not known", "Not known", second_go)
        told = next(t for t in said(bot) if f'"{second_go}", is saved as' in t)
        assert 'another go at "Not known": /edit 3 asks that question again' in told
        assert "/edit 1" not in told


async def test_another_go_at_a_line_that_went_into_a_list_names_the_list(
        tmp_path: Path) -> None:
    """"None" typed past the reminder went to a list (ending it); the next line had another
    go at it, and no word said where the first had gone: searched for by its words, a
    list's items were never found."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        list_step("helps", title="Who helps", required=False),
        text("last", title="Anything else")))
    second_go = "None that mum will name"
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, "None", second_go):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["helps"], answers["last"]) == (["None"], second_go)
        told = next(t for t in said(bot) if f'"{second_go}", is saved as' in t)
        assert 'another go at "None": /edit 2 asks that question again' in told


# --- /done or /skip while lines typed on wait for the choice -----------------------------------


@pytest.mark.parametrize(("typed", "name"), [("/done", "/done"), ("/skip", "/skip"),
                                             ("skip", "/skip")])
async def test_done_or_skip_while_lines_wait_leaves_none_out_unasked(
        tmp_path: Path, typed: str, name: str) -> None:
    """Two lines typed on past the reminder, waiting for her choice, and then /done (meant to
    end the list she thought they had gone into) or /skip: the first answer was kept and
    both lines left out, named as not saved. Neither leaves them out now: she is told what
    it would do, asked again, and her choice places them all."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say(typed)
        assert await bot.answers() == {}
        await not_acted_on_until_the_lines_are_placed(bot, name)


async def test_at_the_terminal_done_while_lines_wait_then_next_places_them(
        tmp_path: Path, store: Store) -> None:
    """At `sosbot chat`, /done among the lines is asked about, and /next then places all."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        list_step("said", title="What the child said", voice="child", required=False),
        text("last", title="Anything else"), text("more"), column="worried"))
    shown, draft = await at_the_terminal(store, flow, HELD, "daddy shouts",
                                         "I hide under my bed", "/done", "/next",
                                         "I hide under my bed", "/done", "Nothing else")
    assert 'I haven\'t acted on /done yet: "daddy shouts" and the line you typed' in shown
    assert draft.answers["who"] == HELD
    assert draft.answers["said"] == ["daddy shouts", "I hide under my bed"]
    assert draft.answers["last"] == "Nothing else"


async def test_keep_while_lines_wait_still_keeps_the_first_answer(tmp_path: Path) -> None:
    """Guard: /keep is a choice of its own, said to leave them out, and still does."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say("/keep")
        assert await bot.answers() == {"who": HELD}
        assert any(f'"{SECOND}", "{THIRD}"' in t for t in said(bot))


# --- a choice typed with more words after it ----------------------------------------------------


@pytest.mark.parametrize(("typed", "rest"), [
    ("Child protection conference, 12 Dec", "12 Dec"),
    ("child protection conference: 12 Dec", "12 Dec"),
])
async def test_words_after_a_choice_taken_are_said_not_kept(
        store: Store, flows: Mapping[str, Flow], typed: str, rest: str) -> None:
    """Preparing a mapping, a social worker typed "Child protection conference, 12 Dec": the
    conference was saved and "12 Dec" left out without a word. The choice is still read as
    it was; what was not kept is said, to put where it fits."""
    shown, draft = await at_the_terminal(store, flows["mapping"], typed)
    assert draft.answers["purpose"] == "conference"
    assert (f'I haven\'t kept "{rest}" with your choice: only the option can be saved here. '
            "Put it in an answer where it fits.") in shown


@pytest.mark.parametrize("typed", ["A child protection conference", "1", "supervision"])
async def test_a_choice_typed_alone_says_nothing_left_out(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    shown, draft = await at_the_terminal(store, flows["mapping"], typed)
    assert "purpose" in draft.answers
    assert "I haven't kept" not in shown
