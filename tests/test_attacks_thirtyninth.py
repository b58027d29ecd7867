"""The thirty-ninth pass's attacks on the real `sosbot run` (polling and webhook), its
Application and `sosbot chat`. Each test of a defect failed on the code as it was."""

from __future__ import annotations

import html
from pathlib import Path

from bot.session_commands import MAX_UNFINISHED
from tests.builders import build_flow, section, text
from tests.test_input_model import running
from tests.test_telegram_handlers import USER

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
        for n in range(MAX_UNFINISHED):
            await bot.say(f"/new {flow.id}")
            await bot.say(f"KB-{n}")
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
