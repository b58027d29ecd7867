"""Claims of README.md and SECURITY.md about this pass's last merges, held to the code."""
from __future__ import annotations

import time
from pathlib import Path

from flows.render import format_date
from tests.builders import build_flow, section, text
from tests.test_handover_thirtysixth import SAM, hands_over
from tests.test_input_model import running, said
from tests.test_leftovers_thirtyseventh import team_on  # noqa: F401  (the fixture)
from tests.test_review_thirtyseventh_d import NEXT
from tests.test_telegram_handlers import Bot as TelegramBot
from tests.test_walk_thirtythird_b import mapping, phone


async def test_cancel_with_a_label_handed_over_names_the_hand_over(
        team_on: TelegramBot) -> None:  # noqa: F811
    """SECURITY.md: the giver's note of a hand-over is read by /cancel of its label too
    (as by /resume, /summary and /export): it names to whom, offers nothing to discard,
    and shows the open draft's question again."""
    bot = team_on
    await mapping(bot, "KB-7", SAM)
    await hands_over(bot)
    await mapping(bot, "FM-3", SAM)
    await bot.say("/cancel KB-7", SAM)
    shown = "\n".join(phone(bot, SAM)[-2:])
    assert f'You handed "KB-7" to Priya on {format_date(time.time())}' in shown
    assert "Discard the draft" not in shown  # nothing offered to discard
    assert phone(bot, SAM)[-1].startswith("[FM-3]")  # the open draft's question, again


async def test_a_name_reminder_with_lines_typed_on_still_asks_for_a_rewrite(
        tmp_path: Path) -> None:
    """README.md: an answer the reminder about a full name is about is not saved until it is
    answered, by /keep or by typing it again. With a line typed on behind it, that reminder
    (unlike the one about jargon, above the question of where a line goes) still asks for
    the rewrite, and the line typed on is named as not saved."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen", checks=["privacy"]),
        text("after", title="Who helps"), text("last", title="Anything else")))
    named = "Jane Smith's teacher could see T hurt"
    later = "Nan picks T up from school every day"
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", "police, mum's sister, HV", named, later):
            await bot.say(line)
        await bot.tap(bot.button(NEXT))
        shown = said(bot)
        assert shown[-1].startswith("Part of this looks like a full name")
        assert "Type it again to change it" in shown[-1]
        assert f'I haven\'t saved your lines after it: "{later}"' in shown[-2]
        assert "could" not in await bot.answers()
        await bot.say("T's teacher could see T hurt")
        assert (await bot.answers())["could"] == "T's teacher could see T hurt"
