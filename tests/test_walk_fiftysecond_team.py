"""The fifty-second walk of the shared work (a team's invites, partners' parts, hand-overs,
an admin's Remove, several instances on one PostgreSQL), as the people who use it meet it on
their phones, through the real Application (tests/memory_botapi.py) on real SQLite files and,
where the engine matters, a throwaway PostgreSQL cluster. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from tests.test_handover_thirtysixth import PRIYA, SAM, team
from tests.test_telegram_handlers import USER, Bot, button
from tests.test_walk_fiftyfirst import ADD
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import read

__all__ = ["team"]  # the fixture


# --- an admin's Remove while a line waits to be added to the answer before ---------------------


async def sam_offered_a_line(bot: Bot) -> None:
    """Sam's reflection "KB-12" at "Is the child safe to go home today?", where the second
    half of his answer before landed and is offered to that answer (never saved)."""
    await bot.say("/new reflection", SAM)
    await bot.say("KB-12", SAM)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), SAM)
    await bot.say("Seen a bruise on her arm on Monday", SAM)
    await bot.say("left by dad's belt she said", SAM)
    assert labelled(bot, ADD)


async def removes_sam_handing_to_priya(bot: Bot) -> str:
    """The admin's Remove of Sam, his drafts handed to Priya first: what the admin is told."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    return read(bot, USER)


async def test_a_line_offered_to_the_answer_before_is_not_called_held_by_a_note(
        team: Bot) -> None:
    """Sam, leaving, had sent what worried him as two messages; the second reached "Is the
    child safe to go home today?" and was offered to his answer before, untapped. The admin
    removed him, his drafts handed to Priya first, and read that the answer Sam was giving
    "was held back by a note"; Priya read it "was waiting for their choice about a note on
    it". No note held anything: a line typed to add to his answer before was never saved.
    Both are told that now, and Priya that the answer before is as Sam last saved it."""
    bot = team
    await sam_offered_a_line(bot)
    done = await removes_sam_handing_to_priya(bot)
    assert done == ('Handed Sam\'s 1 draft to Priya. In "KB-12", a line Sam typed to add to '
                    "their answer before the question it is on was never saved, so it was not "
                    "passed on. Removed Sam: they can no longer use the bot.")
    told = read(bot, PRIYA)
    assert "note" not in told
    assert told.endswith('In "KB-12", a line Sam typed to add to their answer before the '
                         "question it is on was never saved, so it did not come with the "
                         "draft: that answer is as they last saved it.")
    [hers] = await bot.conversation.drafts(PRIYA)
    draft = await bot.conversation.load(PRIYA, hers.id)
    assert draft is not None
    assert draft.answers["what_happened"] == "Seen a bruise on her arm on Monday"
    assert draft.pending is None
