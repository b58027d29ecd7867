"""The thirty-eighth pass's leftovers about lines held while the bot asks where a line goes,
each met as a practitioner would meet it, through the real Application
(tests/memory_botapi.py) or the real terminal chat, on real SQLite files and real flow YAML.
Each test of a defect failed on the code as it was; the others guard what the fixes must
leave alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from flows.flow import Flow
from storage.store import Store
from tests.builders import build_flow, section, text
from tests.test_console import at_the_terminal
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_input_model import at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyeighth import _mapping_with_a_scale, _versions
from tests.test_leftovers_thirtyeighth_b import not_acted_on_until_the_lines_are_placed
from tests.test_leftovers_thirtyseventh import HELD, SECOND, THIRD
from tests.test_telegram_handlers import Bot
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtythird_b import read

NEXT = "It's for the next question"

# --- /done or /skip with one line waiting ------------------------------------------------------


@pytest.mark.parametrize(("typed", "name"), [("/skip", "/skip"), ("/done", "/done"),
                                             ("skip", "/skip")])
async def test_done_or_skip_with_one_line_waiting_is_asked_about_first(
        tmp_path: Path, typed: str, name: str) -> None:
    """One line typed past the reminder, waiting for her choice, then /skip (or /done): the
    first answer was kept and the line named as not saved, where with two lines waiting
    she is asked first. One line is asked about the same way now, and her choice places it."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(typed)
        assert await bot.answers() == {}
        shown = said(bot)
        assert shown[-2] == (f'I haven\'t acted on {name} yet: your line "{SECOND}" is waiting '
                             "for your choice below of where it goes, and "
                             f"{name} now would leave it out. Choose first, then send {name} "
                             "again if you still need it.")
        assert "or is it for the next question" in shown[-1]
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (HELD, SECOND)


async def test_keep_with_one_line_waiting_still_names_it_not_saved(tmp_path: Path) -> None:
    """Guard: /keep is her choice to keep the first answer, and says the line is left out."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say("/keep")
        assert await bot.answers() == {"who": HELD}
        assert any(f'Your other line, "{SECOND}", was not saved' in t for t in said(bot))


# --- /back or /edit while lines wait -----------------------------------------------------------


def _with_a_question_before(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section(
        "s", text("child", title="Which child"),
        text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), text("after", title="Who helps"),
        text("last", title="Anything else")))


@pytest.mark.parametrize(("typed", "name"), [("/back", "/back"), ("back", "/back"),
                                             ("/edit 1", "/edit")])
async def test_back_or_edit_while_lines_wait_leaves_none_out_unasked(
        tmp_path: Path, typed: str, name: str) -> None:
    """Asked where her line goes, with another typed on, a social worker sent /back (or
    /edit 1) to fix the child's initial: her first answer was kept and both lines left out,
    named as not saved; moving lost what she had typed. She is asked first now, nothing is
    saved or dropped, and once she has chosen /back goes back as ever."""
    flow = _with_a_question_before(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "T (7)", HELD, SECOND, THIRD, typed):
            await bot.say(line)
        assert await bot.answers() == {"child": "T (7)"}
        await not_acted_on_until_the_lines_are_placed(bot, name)
        await bot.say("/edit 1")
        assert "Question child?" in said(bot)[-1]


async def test_at_the_terminal_back_with_one_line_waiting_is_asked_about(
        tmp_path: Path, store: Store) -> None:
    """At `sosbot chat` the same: /back asks first, and /next then places her line."""
    shown, draft = await at_the_terminal(store, _with_a_question_before(tmp_path), "T (7)",
                                         HELD, SECOND, "/back", "/next")
    assert (f'I haven\'t acted on /back yet: your line "{SECOND}" is waiting for your choice '
            "below") in shown
    assert "was not saved" not in shown
    assert (draft.answers["who"], draft.answers["could"]) == (HELD, SECOND)


async def test_back_with_no_line_waiting_still_keeps_the_answer_and_goes_back(
        tmp_path: Path) -> None:
    """Guard: /back under a reminder alone keeps the answer it holds, as before."""
    flow = _with_a_question_before(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "T (7)", HELD, "/back"):
            await bot.say(line)
        assert await bot.answers() == {"child": "T (7)", "who": HELD}
        assert "Question child?" in said(bot)[-1]


# --- a rewrite put in place while asked where a line goes: checked as any answer ------------

UNFINISHED = "police, mum's sister, health visitor and"  # sent before the rest of it


async def test_a_rewrite_typed_while_asked_where_is_checked_as_any_answer(
        tmp_path: Path) -> None:
    """Her answer held by the reminder about "HV", her next line asked where it goes, she
    wrote the answer out again, and her phone sent it before the rest: "... health visitor
    and". Put in place of her answer, it was saved as it stood once she chose, with none of
    the checks any answer has (sent at the question, it is asked whether more is to come).
    It is asked about now, and not put in place; her choice keeps the first answer."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(UNFINISHED)
        shown = said(bot)
        assert shown[-2] == (f'I haven\'t put "{UNFINISHED}" in place of your answer to "Who '
                             'is worried": it stops as if there is more to come. Send it '
                             "again whole (or as it is, to put it in place), or choose below.")
        assert shown[-1].startswith(f'I was still asking about your answer "{HELD}"')
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (HELD, SECOND)
        assert UNFINISHED not in answers.values()


async def test_a_rewrite_asked_about_and_sent_again_as_it_is_takes_the_place(
        tmp_path: Path) -> None:
    """Sent again as it is, it is put in place, as an answer asked about once is kept."""
    async with at_a_nudged_answer(tmp_path) as bot:
        for line in (SECOND, UNFINISHED, UNFINISHED):
            await bot.say(line)
        assert said(bot)[-2].startswith(f'I\'ve put "{UNFINISHED}" in place of "{HELD}"')
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (UNFINISHED, SECOND)


async def test_a_rewrite_another_check_asks_about_is_asked_in_its_words(
        tmp_path: Path) -> None:
    """At a question of existing safety, her answer held for "HV" (the first check that
    asked), she wrote it out while asked where her next line goes. Typed at the question,
    the check of what was done to keep the child safe asks about it next; put in place, it
    was saved unasked. It is asked, in that check's words, and not put in place."""
    flow = build_flow(tmp_path, section(
        "s", text("safety", title="Safety already shown",
                  checks=["plain_language", "safety_action"]),
        text("could", title="What could happen"), text("after")))
    held, rewrite = "Nan is supportive and the HV visits", \
        "Nan is supportive and the health visitor visits"
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", held, SECOND, rewrite):
            await bot.say(line)
        told = said(bot)[-2]
        assert told.startswith(f'I haven\'t put "{rewrite}" in place of your answer to '
                               '"Safety already shown". That sounds like a real strength'), told
        assert told.endswith("Send it again changed (or as it is, to put it in place), or "
                             "choose below.")
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["safety"], answers["could"]) == (held, SECOND)


# --- a note re-asked about a part headed as no column names the question that has it --------

NAMED = ('one this question does not ask for: "Scale: 4 - police involved". This tool asks '
         'for it at "Overall safety scale".')
PASTED = "Worries: dad hit mum on Friday\nScale: 4 - police involved"


@pytest.mark.parametrize("typed", [
    "sorry baby clinic starting now",  # a note of having to stop, while the note waits
    "*Thursday not Friday",  # a correction, while the note waits
    "how do I change one of my answers",  # asked how to change an answer, while it waits
])
async def test_a_note_asked_again_still_names_the_question_that_has_the_part(
        tmp_path: Path, store: Store, typed: str) -> None:
    """The note about "Scale: 4 ..." pasted under the worries names the question of the tool
    that asks for it; shown again after a note of having to stop or a correction, it did
    not (those ways of asking it again had no tool to look in)."""
    shown, _ = await at_the_terminal(store, _mapping_with_a_scale(tmp_path), PASTED, typed,
                                     "/keep")
    assert shown.count(NAMED) == 2, shown


# --- the tool updated under lines waiting, and /handover before her next line ----------------


@asynccontextmanager
async def the_tool_updated_under_sams_held_lines(tmp_path: Path) -> AsyncIterator[Bot]:
    """Sam's answer in "TB-7" and two lines after it wait for his choice of where they go;
    the tool is updated (the question they were for taken out) and the bot restarted: the
    bot as it runs then."""
    before, after = _versions(tmp_path, text("could", title="What could happen"),
                              text("after"))
    async with running_team(tmp_path, {before.id: before}) as bot:
        await sam_and_priya_join(bot)
        for line in (f"/new {before.id}", "TB-7", HELD, SECOND, THIRD):
            await bot.say(line, SAM)
        updates = bot.updates
    async with running_team(tmp_path, {after.id: after}) as bot:
        bot.updates = updates
        yield bot


async def test_handover_after_the_tool_was_updated_under_held_lines_settles_them(
        tmp_path: Path) -> None:
    """Sam's answer and two lines waited for his choice of where they go; the tool was
    updated (the question they were for taken out) and the bot restarted. His first message
    after was /handover, for Priya to take the case: "An answer of yours in "TB-7" is
    waiting for your choice about my note on it, so nothing was handed over", for lines the
    tool no longer asks for, let go and named only at his next line. They are let go and
    named at the /handover now, once, and the case is offered to Priya as any other."""
    async with the_tool_updated_under_sams_held_lines(tmp_path) as bot:
        await bot.say("/handover", SAM)
        offered = read(bot, SAM)
        assert offered.startswith("This tool was updated while your lines waited for your "
                                  "choice of where they go, and the question they were for "
                                  f'has changed, so I haven\'t saved them: "{HELD}", '
                                  f'"{SECOND}", "{THIRD}".'), offered
        assert 'Whom should I hand "TB-7"' in offered
        told = await hands_over(bot)
        assert "nothing was handed over" not in told
        theirs = await bot.conversation.drafts(PRIYA)
        assert [d.label for d in theirs] == ["TB-7"]
        draft = await bot.conversation.load(PRIYA, theirs[0].id)
        assert draft is not None
        assert draft.pending is None
        assert not {HELD, SECOND, THIRD} & set(map(str, draft.answers.values()))
        await bot.say("/handover", SAM)  # named once: nothing is open to hand now
        assert "This tool was updated" not in read(bot, SAM)


async def test_handover_with_an_answer_still_held_is_still_refused(tmp_path: Path) -> None:
    """Guard: an answer a note still holds (the tool as it was) is still to be answered."""
    before, _ = _versions(tmp_path, text("could"))
    async with running_team(tmp_path, {before.id: before}) as bot:
        await sam_and_priya_join(bot)
        for line in (f"/new {before.id}", "TB-7", HELD, SECOND, "/handover"):
            await bot.say(line, SAM)
        assert read(bot, SAM).startswith('An answer of yours in "TB-7" is waiting')


async def test_export_after_the_tool_was_updated_does_not_say_the_lines_wait(
        tmp_path: Path) -> None:
    """With a question put before the one her lines waited at, /export sent the documents
    and "Not in these documents yet: ... They wait for your choice", of lines her next
    line would let go as no longer asked for there. Nothing is said to wait now."""
    before, after = _versions(tmp_path, text("first", title="First"),
                              text("who", title="Who is worried", checks=["plain_language"]),
                              text("could", title="What could happen"), text("after"))
    async with running_team(tmp_path, {before.id: before}) as bot:
        for line in (f"/new {before.id}", "TB-7", HELD, SECOND, THIRD):
            await bot.say(line)
        updates = bot.updates
    async with running_team(tmp_path, {after.id: after}) as bot:
        bot.updates = updates
        await bot.say("/export")
        assert bot.request.sent("sendDocument")
        assert not any("Not in these documents yet" in t for t in said(bot)), said(bot)
