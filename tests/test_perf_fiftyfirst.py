"""The fifty-first pass's cuts to the work around each update (perf51b) change nothing a
practitioner sees.

Each test holds both halves, through the real bot, its real store and the shipped flows:
what the cut work was for still happens (the checks let go of an answer once its update is
handled; every handler waits for the one before it), and the work cut stays cut, counted.
"""

from __future__ import annotations

import abc
import gc
import weakref
from collections.abc import Callable
from typing import Any

import pytest
from telegram.ext import CommandHandler, ExtBot

from bot.teams.handlers import CHOOSE
from flows import nudges
from flows.nudges import nudger
from tests.test_perf_thirtyseventh_b import counted
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["bot"]  # the fixture

WRITTEN = ("Mum will walk T to school each morning, and the class teacher has seen this every "
           "day for six weeks.")


def kept_by(nudge: Callable[[str, str], str | None]) -> tuple[str, str, str | None]:
    """The answer a nudger keeps between the checks of one update (as typed, as read, its
    first sentences)."""
    assert nudge.__closure__ is not None
    cell = nudge.__closure__[nudge.__code__.co_freevars.index("last")]
    kept: tuple[str, str, str | None] = cell.cell_contents
    return kept


def the_nudger(the_bot: Bot) -> Callable[[str, str], str | None]:
    found: Callable[[str, str], str | None] = vars(the_bot.conversation)["_nudger"]
    return found


# --- the checks' answer let go of at the end of each update, without a WeakKeyDictionary -----

async def test_the_checks_keep_no_answer_once_its_update_is_handled(bot: Bot) -> None:
    """An answer the wording checks read is let go of as its update ends: no one's words stay
    with the checks until the next answer comes."""
    await mapping(bot, "KB-7")
    nudge = the_nudger(bot)
    read_during: list[str] = []
    real = nudges.forget

    def noting() -> None:
        read_during.append(kept_by(nudge)[0])
        real()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(nudges, "forget", noting)
        await bot.say(WRITTEN)
    assert read_during == [WRITTEN]  # the checks did read it during the update
    assert kept_by(nudge) == ("", "", None)
    assert "Whose views are not in here yet" in read(bot)


async def test_letting_go_goes_through_no_weak_dictionary(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The end of each update lets go of the checks' answer by a plain dict of weak
    references: going through a WeakKeyDictionary (its guard against removals, a generator)
    cost about twenty times the letting go."""
    await mapping(bot, "KB-7")
    walked: list[str] = []
    real = weakref.WeakKeyDictionary.values

    def values(self: weakref.WeakKeyDictionary[Any, Any]) -> Any:
        walked.append("values")
        return real(self)

    monkeypatch.setattr(weakref.WeakKeyDictionary, "values", values)
    await bot.say(WRITTEN)
    assert walked == []
    assert kept_by(the_nudger(bot)) == ("", "", None)


def test_a_nudger_no_longer_used_leaves_nothing_behind() -> None:
    """A nudger dropped (a terminal chat ended, a test's bot closed) takes its entry with it,
    and letting go of the others still works."""
    gc.collect()
    before = len(nudges._KEPT)
    kept, dropped = nudger(ready=False), nudger(ready=False)
    assert len(nudges._KEPT) == before + 2
    kept("privacy", "Ben told me on Monday.")
    assert kept_by(kept)[0] == "Ben told me on Monday."
    del dropped
    gc.collect()
    assert len(nudges._KEPT) == before + 1
    nudges.forget()
    assert kept_by(kept) == ("", "", None)


# --- every handler blocks, said outright -------------------------------------------------------

async def test_each_handler_waits_for_the_one_before_it_without_asking_the_defaults(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every handler still runs to its end before the next (python-telegram-bot's default,
    now said outright): and python-telegram-bot no longer asks, at each of the seven handlers
    an update goes through, whether the bot is an ExtBot whose defaults say otherwise (an
    abstract base class's isinstance, a call into Python each time)."""
    await mapping(bot, "KB-7")
    asked: list[type] = []
    real = abc.ABCMeta.__instancecheck__

    def instancecheck(cls: abc.ABCMeta, instance: Any) -> bool:
        if cls is ExtBot:
            asked.append(cls)
        return real(cls, instance)

    monkeypatch.setattr(abc.ABCMeta, "__instancecheck__", instancecheck)
    await bot.say(WRITTEN)
    monkeypatch.undo()
    assert asked == []
    assert "Whose views are not in here yet" in read(bot)
    assert all(handler.block is True
               for group in bot.app.handlers.values() for handler in group)


# --- the team's four commands, one handler ----------------------------------------------------

async def test_the_team_commands_are_answered_by_one_handler_asked_once_an_update(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """/invite, /members, /share and /handover are each answered as before, typed in capitals
    or with the bot's name too; and a typed answer is looked at by one command handler of
    the team's, not four (python-telegram-bot asks each handler of a group in turn)."""
    replies: dict[str, list[str]] = {}
    for typed in ("/invite", "/members", "/share", "/handover", "/Members@sosbot_test_bot",
                  "/INVITE"):
        before = len(bot.texts())
        await bot.say(typed)
        replies[typed] = bot.texts()[before:]
    assert replies["/invite"] == replies["/INVITE"]
    assert replies["/invite"][-1] == CHOOSE
    assert replies["/members"] == replies["/Members@sosbot_test_bot"]
    assert all(replies[typed] for typed in ("/members", "/share", "/handover"))
    assert len({replies[typed][-1] for typed in ("/invite", "/members", "/share",
                                                 "/handover")}) == 4
    await mapping(bot, "KB-7")
    asked: list[str] = []
    counted(monkeypatch, asked, (CommandHandler, "check_update"))
    await bot.say(WRITTEN)
    assert asked == ["check_update"]
    assert "Whose views are not in here yet" in read(bot)
