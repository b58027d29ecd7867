"""Lines held while she chose where a line goes, once she chooses, go on in order: one is
held by a reminder and the next is asked where it goes. The reminder above that question
no longer tells her to type her answer again (a rewrite typed then was held behind the
other line, and saved at the wrong question)."""
from __future__ import annotations

from pathlib import Path

from flows.flow import Flow
from tests.builders import build_flow, section, text
from tests.test_input_model import running, said
from tests.test_leftovers_thirtyseventh import HELD, THIRD

NEXT = "It's for the next question"
SW = "T could be hurt, the SW says"  # reminded about "SW" at "What could happen"


def checked_flow(tmp_path: Path) -> Flow:
    """Four questions, the first two checked for plain language."""
    checked = {"checks": ["plain_language"]}
    return build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", **checked),
        text("could", title="What could happen", **checked),
        text("after", title="Who helps"), text("last", title="Anything else")))


async def test_a_reminder_above_the_question_of_where_does_not_ask_for_a_rewrite(
        tmp_path: Path) -> None:
    """She typed on past the reminder about "HV" and chose "It's for the next question".
    Her next line went to "What could happen" and was held by a reminder about "SW"; the
    line after it was asked about ("Is that your new answer to it, or is it for the next
    question?"). Above that question the reminder still said "Type it again to change it":
    the rewrite she typed was held behind the other line and saved under "Anything else",
    with "the SW says" left at "What could happen". The reminder now says to choose below
    first, and how to change the answer after; her choice places both lines as before."""
    flow = checked_flow(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SW, THIRD):
            await bot.say(line)
        before = len(said(bot))
        await bot.tap(bot.button(NEXT))
        shown = said(bot)[before:]
        note = next(t for t in shown if t.startswith('You wrote "SW"'))
        assert "Type it again" not in note
        assert "keep it as it is" not in note
        assert "first choose below where it goes" in note
        assert "/review" in note  # how to change "the SW says" after
        assert shown[-1].startswith(f'I was still asking about your answer "{SW}"')
        assert THIRD in shown[-1]
        assert "or is it for the next question" in shown[-1]
        await bot.tap(bot.button(NEXT))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, SW, THIRD)


async def test_a_reminder_with_nothing_typed_on_still_asks_for_a_rewrite(
        tmp_path: Path) -> None:
    """Guard: a reminder with no line behind it still says to type the answer again."""
    flow = checked_flow(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SW):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        assert said(bot)[-1].startswith('You wrote "SW"')
        assert "Type it again to change it, or keep it as it is." in said(bot)[-1]
        await bot.say("T could be hurt, the social worker says")
        assert (await bot.answers())["could"] == "T could be hurt, the social worker says"
