"""The thirty-eighth pass's review of the thirty-seventh's change: each met as a practitioner
on a phone would meet it, through the real Application (tests/memory_botapi.py) on real
SQLite files and the real tools. Each test of a defect failed on the code as it was; the
others guard what the fix must leave alone."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from telegram import Update

from flows.flow import Flow
from flows.render import format_date
from tests.builders import build_flow, section, text
from tests.test_handover_thirtysixth import SAM, hands_over, team
from tests.test_input_model import USER, at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import HELD, SECOND
from tests.test_leftovers_thirtyseventh_b import labels
from tests.test_telegram_handlers import Bot, bot, button
from tests.test_walk_thirtythird_b import mapping, phone, read

__all__ = ["bot", "team"]  # the fixtures


# --- the tool's own name typed at its case label prompt ----------------------------------------


async def test_the_tools_own_name_at_its_label_prompt_is_not_offered_as_another_tool(
        bot: Bot) -> None:
    """She typed "harm matrix" under the menu, and, the label prompt slow to show, typed
    "Harm matrix" again: told "it is the name of a tool (Harm Matrix). To start that tool
    instead, send /new harm_matrix", the tool she was starting; sent, it asked for the
    label again. She is told it is the tool she is starting, and asked for its label."""
    await bot.say("harm matrix")
    await bot.say("Harm matrix")
    said = next(t for t in reversed(phone(bot)) if t.startswith("I haven't used"))
    assert "/new harm_matrix" not in said
    assert "instead" not in said
    assert "the tool you are starting" in said
    assert await labels(bot) == {}
    await bot.say("KB-7")
    assert await labels(bot) == {"KB-7": "harm_matrix"}


async def test_the_tools_own_name_sent_again_is_its_label(bot: Bot) -> None:
    """Guard: sent again, as the note says, it is the label after all."""
    await bot.say("harm matrix")
    await bot.say("Harm matrix")
    await bot.say("Harm matrix")
    assert await labels(bot) == {"Harm matrix": "harm_matrix"}


# --- a choice said in one word, asked where a line goes ----------------------------------------


@pytest.mark.parametrize(("typed", "who"), [
    ("new", SECOND), ("New.", SECOND),
    ("first", HELD), ("First!", HELD), ("old", HELD),
])
async def test_a_one_word_choice_is_taken_not_kept_as_a_line(
        tmp_path: Path, typed: str, who: str) -> None:
    """Asked "Is that your new answer to it, or is it for the next question?", a social
    worker replied "new" (or "first"), as "next" is taken: it was kept as one of her lines
    ('I've kept "new" too ... it goes on once you choose below'), and once she tapped a
    button it was saved as the answer to a later question ("What could happen: new"). It is
    her choice now, as "new answer" and "the first one" are."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(typed)
        answers = await bot.answers()
        assert answers["who"] == who
        assert typed not in [str(v) for v in answers.values()]
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.pending is None
        assert not any("too, after" in t for t in said(bot))


@pytest.mark.parametrize("typed", ["second", "the second one", "2nd", "last one", "Third?"])
async def test_a_place_among_the_buttons_said_alone_is_asked_about(
        tmp_path: Path, typed: str) -> None:
    """The buttons under "Is that your new answer to it, or is it for the next question?"
    have no numbers: "second" is the second button (the next question) to one practitioner
    and her second answer (the new one) to another. It was taken as "Use it instead",
    replacing the first answer. It is asked about now: nothing replaced, nothing kept as a
    line, and the choice is asked again."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(typed)
        assert "I can't tell which choice" in said(bot)[-2]
        answers = await bot.answers()
        assert "who" not in answers  # still waiting for the choice, neither line saved
        assert typed not in [str(v) for v in answers.values()]
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.pending is not None
        assert (draft.pending.earlier, draft.pending.value, draft.pending.later) == (
            HELD, SECOND, ())


async def test_a_one_word_line_that_is_no_choice_is_still_kept(tmp_path: Path) -> None:
    """Guard: "newborn" (a word, not a choice) is held as a line, as before."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say("newborn")
        assert 'I\'ve kept "newborn" too' in said(bot)[-2]


# --- an old Export button of a case handed over -----------------------------------------------


async def test_an_old_export_button_of_a_case_handed_over_names_the_hand_over(team: Bot) -> None:
    """Sam looked at KB-7's summary (/summary, its Export button below it), then handed
    KB-7 to Priya. Scrolling up before the meeting, he tapped that Export: "That draft is no
    longer kept, so that Export button has nothing to send", as if the case were erased,
    where it is Priya's. He is told to whom he handed it and when, and nothing is sent."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/summary", SAM)
    export = button(bot, "x:")
    await hands_over(bot)
    sent = len(bot.request.sent())
    await bot.tap(export, SAM)
    said = read(bot, SAM)
    assert "no longer kept" not in said
    assert f'You handed "KB-7" to Priya on {format_date(time.time())}' in said
    assert not [p for p in bot.request.sent()[sent:] if "document" in p]


async def test_an_export_button_of_a_case_erased_still_says_it_is_not_kept(team: Bot) -> None:
    """Guard: a case discarded (not handed over) is said to be no longer kept, as before."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/summary", SAM)
    export = button(bot, "x:")
    await bot.say("/cancel", SAM)
    await bot.tap(button(bot, "y:cancel:"), SAM)
    await bot.tap(export, SAM)
    assert read(bot, SAM).startswith("That draft is no longer kept")


# --- a line edited in Telegram while asked where a line goes ------------------------------------


async def test_a_line_edited_while_asked_where_it_goes_is_not_to_be_sent_again(
        tmp_path: Path) -> None:
    """Asked where her line goes, she fixed a typo in it with Telegram's Edit, and was told
    "send the corrected answer as a new message, or use the buttons above". Sent, the
    corrected line was kept after the first ("I've kept ... too") and, once she tapped "It's
    for the next question", saved as the answer to the question after: the same line at two
    questions. She is told now to choose first, and how to change an answer after."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        edited = bot.updates.edited(USER, SECOND.replace("hurt", "hurt badly"))
        await bot.app.process_update(Update.de_json(edited, bot.app.bot))
        told = said(bot)[-1]
        assert "as a new message" not in told
        assert "choose" in told
        assert "/review" in told


async def test_a_line_edited_under_a_reminder_is_still_to_be_sent_again(
        tmp_path: Path) -> None:
    """Guard: under a reminder alone (nothing asked where), a corrected answer sent as a new
    message is the rewrite the reminder asks for, as before."""
    async with at_a_nudged_answer(tmp_path) as bot:
        edited = bot.updates.edited(USER, "police, mum's sister, health visitor (HV)")
        await bot.app.process_update(Update.de_json(edited, bot.app.bot))
        assert "send the corrected answer as a new message" in said(bot)[-1]


# --- lines sent at once with a blank line between them, then /keep -----------------------------


async def test_keep_counts_the_lines_sent_not_the_blank_ones_between(tmp_path: Path) -> None:
    """After a reminder she sent three lines about last Tuesday at once, a blank line
    between each as a phone's paragraphs are, then /keep: "The 5 lines you sent after it
    were not saved", the blank ones counted. It says 3 now."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("Last Tuesday M left T alone overnight\n\nT is 4\n\n"
                      "He had no food since lunch")
        await bot.say("/keep")
        told = next(t for t in reversed(said(bot)) if t.startswith("✓ I've kept"))
        assert "The 3 lines you sent after it were not saved" in told


async def test_keep_after_one_paragraph_and_a_blank_line_names_that_line(
        tmp_path: Path) -> None:
    """Guard: one line and a blank one is one line, named as before."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("Last Tuesday M left T alone overnight\n\n")
        await bot.say("/keep")
        assert any('Your other line, "Last Tuesday M left T alone overnight", was not saved.'
                   in t for t in said(bot))


# --- an initial typed as the privacy reminder asks ----------------------------------------------


def named_flow(tmp_path: Path) -> Flow:
    """A question that asks who, read for names, and one after it."""
    return build_flow(tmp_path, section(
        "s", text("child", title="Which child is this about", checks=["privacy"]),
        text("after", title="Who helps")))


async def test_the_initial_the_privacy_reminder_asks_for_is_taken(tmp_path: Path) -> None:
    """At "Which child is this about" she wrote "Kayleigh Brown"; the reminder asked for
    initials instead ("mum", "T"), and she sent "K". Read as "ok" (or as said to the bot),
    it was refused: "First, please answer the reminder about your last line ... or type it
    again without the personal details", which she had, and "K" sent again was refused
    again. The initial is her answer now, in place of the name."""
    flow = named_flow(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "Kayleigh Brown", "K"):
            await bot.say(line)
        assert (await bot.answers()).get("child") == "K"
        assert not any("First, please answer the reminder" in t for t in said(bot))


@pytest.mark.parametrize("reply", ["ok", "k"])
async def test_ok_to_the_privacy_reminder_is_still_asked_again(tmp_path: Path,
                                                               reply: str) -> None:
    """Guard: "ok" (or "k") to it still asks again, the name kept nowhere."""
    flow = named_flow(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "Kayleigh Brown", reply):
            await bot.say(line)
        assert "child" not in await bot.answers()
        assert any("First, please answer the reminder" in t for t in said(bot))


async def test_an_old_continue_button_of_a_case_handed_over_names_the_hand_over(
        team: Bot) -> None:
    """Sam's list of drafts (/drafts) had "Continue KB-7"; he handed KB-7 to Priya, then
    tapped that button: "I can't find that draft among yours", as for a case that never was,
    where "/resume KB-7" names the hand-over. The button names it too."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/new reflection", SAM)
    await bot.say("FM-3", SAM)
    await bot.say("/drafts", SAM)
    (draft_id,) = [d.id for d in await bot.conversation.drafts(SAM) if d.label == "KB-7"]
    cont = button(bot, f"r:{draft_id}")
    await bot.say("/resume KB-7", SAM)
    await hands_over(bot)
    await bot.tap(cont, SAM)
    assert f'You handed "KB-7" to Priya on {format_date(time.time())}' in read(bot, SAM)
