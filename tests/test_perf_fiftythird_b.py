"""The fifty-third pass's cuts to the work around an update (perf53b) change nothing a
practitioner sees.

Each test holds both halves, through the real bot, its real store and the shipped flows:
what the cut work was for still happens, and the work cut stays cut, counted.
"""

from __future__ import annotations

import pytest
from telegram import Update
from telegram.ext import TypeHandler

from bot.handlers import SORRY, UNSAVED, HandedInAgain
from tests.test_perf_thirtyseventh_b import counted
from tests.test_telegram_handlers import STRANGER, Bot, bot, counts
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["bot"]  # the fixture

WRITTEN = ("Mum will walk T to school each morning, and the class teacher has seen this every "
           "day for six weeks.")


# --- the handlers every update goes through first: one group of python-telegram-bot's ---------

async def test_the_first_handlers_run_in_one_group_and_still_stop_a_stranger(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stranger is still refused and nothing of theirs stored, a practitioner's answer
    still answered; and the handlers every update goes through first (handed in late, its
    topic, well formed, links and partners, the gate) are one handler of one group, asked
    once an update, where each had a group of its own: five asked and called an update."""
    await mapping(bot, "KB-7")
    asked: list[str] = []
    counted(monkeypatch, asked, (TypeHandler, "check_update"))
    await bot.say(WRITTEN)
    assert "Whose views are not in here yet" in read(bot)
    assert asked == ["check_update"] * 2  # the first handlers, then the teams' `after`: 6 before
    asked.clear()
    before = await counts(bot)
    await bot.say("my answer", user=STRANGER)
    assert str(STRANGER) in bot.texts()[-1]  # the gate's refusal
    assert await counts(bot) == before
    assert asked == ["check_update"]  # stopped at the gate: not on to the teams' `after`


class Broken(HandedInAgain):
    """Polling's list of updates to hand in again, failing when asked about an update."""

    def passed(self, update: Update) -> bool:
        raise RuntimeError("the list failed")


async def test_a_fault_in_the_first_handler_is_reported_and_the_update_goes_on(
        bot: Bot) -> None:
    """The first of the handlers every update goes through (is it one handed in late?)
    failing is reported, as python-telegram-bot reports a handler's fault (the practitioner
    is told something went wrong), and the update goes on to be answered, as it did when
    that handler had a group of its own: only the gate and the checks beside it stop an
    update when they fail."""
    await mapping(bot, "KB-7")
    bot.app.bot_data[UNSAVED] = Broken()
    before = len(bot.texts())
    await bot.say(WRITTEN)
    said = bot.texts()[before:]
    assert said[0] == SORRY
    assert "Whose views are not in here yet" in said[-1]
