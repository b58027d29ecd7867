"""The thirty-ninth pass's attacks on the real `sosbot run` (polling and webhook), its
Application and `sosbot chat`. Each test of a defect failed on the code as it was."""

from __future__ import annotations

import html
from pathlib import Path

from bot.session_commands import MAX_KEPT, MAX_UNFINISHED
from tests.builders import build_flow, section, text
from tests.store_data import finished_drafts, unfinished_drafts
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, team
from tests.test_input_model import running
from tests.test_telegram_handlers import USER, Bot

__all__ = ["team"]  # the fixture

# --- one person's many drafts, reopened ------------------------------------------------------


async def test_a_finished_draft_is_not_reopened_past_a_hundred_unfinished(
        tmp_path: Path) -> None:
    """A hundred unfinished drafts is the most one person keeps (the thirty-eighth pass):
    /new past it is refused. But /edit of a finished draft made it unfinished again,
    whatever the count: drafts finished one after another (not capped) and then each edited
    went past the hundred without end, and with them every /new, /resume and menu of that
    person slowed the bot for everyone. Past the hundred, an edit of a finished draft is
    refused now and said why; the draft stays finished as it was."""
    flow = build_flow(tmp_path, section("s", text("who", title="Who is worried")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("DONE-1")
        await bot.say("Nan and the school")
        finished = await bot.conversation.drafts(USER, status="completed")
        assert [d.label for d in finished] == ["DONE-1"]
        await unfinished_drafts(bot.conversation, USER, flow.id,
                                (f"KB-{n}" for n in range(MAX_UNFINISHED)))
        assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED
        await bot.say("/resume DONE-1")
        await bot.say("/edit 1")
        said = html.unescape(" ".join(bot.texts()[-2:]))
        assert f"You have {MAX_UNFINISHED} unfinished drafts" in said, said
        assert '"DONE-1"' in said
        assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED
        assert [d.label for d in await bot.conversation.drafts(USER, status="completed")] \
            == ["DONE-1"]
        assert (await bot.answers())["who"] == "Nan and the school"
        await bot.say("/review")  # its Edit button, the same
        await bot.tap(bot.button("Edit 1"))
        assert f"You have {MAX_UNFINISHED} unfinished drafts" in html.unescape(bot.texts()[-1])
        assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED


async def test_drafts_kept_stop_at_five_hundred_finished_or_not(tmp_path: Path) -> None:
    """Finished drafts were not capped, and `/resume` or `/summary` of a label reads every
    draft its sender keeps, finished or not, each label opened with its own key: 1,500
    finished drafts of one person (a script finishing a short tool over and over, at the rate
    limit, for a day) made each such command of theirs take 0.3 to 0.4 seconds instead of
    0.05, holding every practitioner's next answer up, and nothing stopped it at 1,500.
    Five hundred drafts kept, finished or not, is the most now: /new past it is refused and
    said why, and one cancelled makes room."""
    flow = build_flow(tmp_path, section("s", text("who", title="Who is worried")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await finished_drafts(bot.conversation, USER, flow.id, MAX_KEPT)
        await bot.say(f"/new {flow.id}")
        await bot.say("KB-new")
        said = html.unescape(bot.texts()[-1])
        assert f"You keep {MAX_KEPT} drafts, finished or not" in said, said
        assert '"KB-new"' in said
        kept = await bot.conversation.drafts(USER, status=None)
        assert len(kept) == MAX_KEPT
        assert "KB-new" not in {d.label for d in kept}
        await bot.say("/cancel KB-3")
        await bot.tap(bot.button("Yes, discard it"))
        await bot.say(f"/new {flow.id}")
        await bot.say("KB-new")
        assert "KB-new" in {d.label for d in await bot.conversation.drafts(USER)}


async def test_a_colleague_keeping_five_hundred_drafts_is_handed_no_more(team: Bot) -> None:
    """/handover could push a colleague's drafts past the most anyone keeps, finished ones
    counted, as it could past the hundred unfinished: Sam is told Priya cannot take it, and
    it stays his."""
    await finished_drafts(team.conversation, PRIYA, "reflection", MAX_KEPT)
    await team.say("/new reflection", SAM)
    await team.say("KB-7", SAM)
    said = html.unescape(await hands_over(team))
    assert said.startswith('Priya can\'t take more drafts now, so "KB-7" is still yours'), said
    assert "cancel some they no longer need" in said
    assert [d.label for d in await team.conversation.drafts(SAM)] == ["KB-7"]
    assert len(await team.conversation.drafts(PRIYA, status=None)) == MAX_KEPT
