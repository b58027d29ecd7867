"""The thirty-seventh pass's second review: lines typed while the bot asks "Is that your new
answer to it, or is it for the next question?" (held, then typed on once she chooses), met as
a practitioner on a phone meets them, through the real Application (tests/memory_botapi.py)
on a real SQLite file. Each test of a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import build_flow, section, text
from tests.test_input_model import USER, at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import HELD, SECOND, THIRD

NEXT = "It's for the next question"
PRIVATE = "Her aunt Sarah Jones at 14 Acacia Road, Leeds LS6 2AB picks her up"
FOURTH = "Mum rang the school herself on Monday"


@pytest.mark.parametrize("reply", ["yes", "No.", "ok", "👍"])
async def test_yes_or_no_to_where_the_line_goes_is_not_saved_as_a_later_answer(
        tmp_path: Path, reply: str) -> None:
    """Asked whether her line was a new answer or for the next question, a practitioner
    replied "yes" and typed on: the "yes" was held as a line of hers and, once she tapped
    the button, saved as the answer to the question after ("Question after?: yes"), her
    real line after it refused past the end. It says neither, so it is not kept, and she
    is told to choose; her lines go where she meant."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(reply)
        assert f'I haven\'t saved "{reply}", which doesn\'t say where' in said(bot)[-2]
        await bot.say(THIRD)
        await bot.tap(bot.button(NEXT))
        assert await bot.answers() == {"who": HELD, "could": SECOND, "after": THIRD}



async def test_suggested_wording_used_while_lines_wait_says_those_lines_were_not_saved(
        tmp_path: Path) -> None:
    """At a question with suggested wording, her answer held by a reminder, she typed two
    lines on ("I've kept ... too ... the lines after it go on in order"), then sent /use.
    The suggestion was saved, and both lines vanished with not a word: only "I've used the
    suggested wording instead of the version you typed". She is told now which lines were
    not saved, and none of them is left in the draft."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", **checked), text("statement", draft="words", **checked),
        text("after"), column="worried"), templates={"words": "{{ a.who | clause }} is worried."})
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "The school.", HELD, SECOND, THIRD, "/use"):
            await bot.say(line)
        assert await bot.answers() == {"who": "The school.", "statement": "The school is worried."}
        assert f'were not saved: "{SECOND}", "{THIRD}"' in " ".join(said(bot)[-3:])
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.pending is None


async def test_a_line_typed_on_and_held_by_a_reminder_is_not_rewritten_by_the_next(
        tmp_path: Path) -> None:
    """Lines held while she chose went on after "It's for the next question". One of them,
    with a name and an address in it, was held by the privacy reminder ("Type it again to
    change it"), and the next held line, typed long before that reminder was asked, was
    taken as its rewrite: "I haven't saved "Her aunt Sarah Jones ...": your new line takes
    its place", and that line, meant for the question after, saved as this one's answer.
    The lines after it now wait for her: she is told which were not saved, and the
    reminder is the last thing asked."""
    checked = {"checks": ["plain_language"]}
    flow = build_flow(tmp_path, section(
        "s", text("who", **checked), text("could"), text("after", checks=["privacy"]),
        text("last"), text("end"), column="worried"))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, SECOND, PRIVATE, FOURTH):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        assert await bot.answers() == {"who": HELD, "could": SECOND}
        shown = said(bot)
        assert f'I haven\'t saved the lines you typed after it: "{FOURTH}"' in shown[-2]
        assert "Sarah Jones" in shown[-1]  # the privacy reminder, asked last
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert (draft.current, draft.pending and draft.pending.later) == ("after", ())
        await bot.say("Her aunt (SJ) picks her up")  # the reminder answered, as it asks
        await bot.say(FOURTH)
        assert (await bot.answers())["last"] == FOURTH
