"""The thirty-seventh pass's leftovers, each met as a practitioner on a phone would meet it,
through the real Application (tests/memory_botapi.py) on real databases. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_input_model import USER, at_a_nudged_answer, running, said

HELD = "police, mum's sister, HV"  # held back by the reminder about "HV"
SECOND = "T could be hit or hurt trying to protect mum"  # typed past the reminder
THIRD = "Nan picks T up from school every day"  # typed on, past the question of where
FOURTH = "Mum rang the school herself on Monday"


# --- lines typed on while the bot asks where the line before them goes ------------------------


async def test_lines_typed_on_while_asked_where_are_held_and_go_on_after_the_choice(
        tmp_path: Path, database: str) -> None:
    """Asked "Is that your new answer to it, or is it for the next question?", a social
    worker called away typed on, and each line after it was refused ("I haven't saved ...
    First, please tell me where your line before it goes") until she scrolled up to the
    buttons. Each line is kept now, in order and in the draft (a restart keeps it), with
    the buttons shown again below it; the choice then places them all."""
    async with at_a_nudged_answer(tmp_path, database) as bot:
        await bot.say(SECOND)
        assert "or is it for the next question" in said(bot)[-1]
        await bot.say(THIRD)
        await bot.say(FOURTH)
        shown = said(bot)
        assert not any("haven't saved" in t for t in shown)
        assert f'I\'ve kept "{FOURTH}" too, waiting after "{SECOND}"' in shown[-2]
        assert f'you wrote "{SECOND}" and 2 more lines after it, kept too' in shown[-1]
        assert bot.button("It's for the next question")  # the buttons below the last line
        assert "who" not in await bot.answers()
        flows = {bot.conversation.flow(d.flow_id).id: bot.conversation.flow(d.flow_id)
                 for d in [await bot.conversation.active(USER)] if d is not None}
        updates = bot.updates
    async with running(flows, database, updates) as bot:  # a restart: nothing held is lost
        await bot.say("/show")
        assert "and 2 more lines after it" in said(bot)[-1]
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, SECOND, THIRD)
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.status == "completed" or draft.current != "after"
        assert any(f'I haven\'t saved "{FOURTH}"' in t for t in said(bot)[-3:])  # past the end


@pytest.mark.parametrize(("typed", "who", "could"), [
    ("new answer", SECOND, THIRD),
    ("it's my new answer", SECOND, THIRD),
    ("Replace it", SECOND, THIRD),
    ("next question", HELD, SECOND),
    ("for the next one", HELD, SECOND),
    ("the first one", HELD, THIRD),
    ("keep the first", HELD, THIRD),
])
async def test_the_choice_said_in_words_places_the_lines_held(
        tmp_path: Path, typed: str, who: str, could: str) -> None:
    """Typed, not tapped: "new answer", "next question", "the first one" or "replace it"
    is the choice (they were refused, or would have been held as lines)."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say(typed)
        answers = await bot.answers()
        assert (answers["who"], answers.get("could")) == (who, could)
        assert typed not in [str(v) for v in answers.values()]


async def test_a_command_before_the_choice_says_every_line_not_saved(tmp_path: Path) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say("/skip")
        assert (await bot.answers())["who"] == HELD
        assert any(f'Your other lines were not saved: "{SECOND}", "{THIRD}"' in t
                   for t in said(bot))
