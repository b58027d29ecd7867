"""The thirty-seventh pass's last leftovers, each met as a practitioner would meet it, through
the real Application (tests/memory_botapi.py) or the real terminal chat, on real SQLite files
and real flow YAML. Each test of a defect failed on the code as it was; the others guard what
the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

from tests.test_input_model import at_a_nudged_answer, said
from tests.test_leftovers_thirtyseventh import FOURTH, HELD, SECOND, THIRD

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
