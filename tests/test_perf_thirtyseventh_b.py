"""The thirty-seventh pass's cost cuts (b) change nothing a practitioner sees.

Each cut takes work out of an update's path, and each test holds both halves: what the
practitioner is shown or what is saved stays as it was, and the work cut stays cut (a count
of the calls made, through the real bot, its real store and the shipped flows).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import flows.asides
from bot import conversation
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtythird_b import mapping, phone, read

__all__ = ["bot"]  # the fixture

SAID = "Dad shouted at mum in front of the children last night"
REPEATED = "it is the same as your answer to \"Who contributed\""


def counted(monkeypatch: pytest.MonkeyPatch, calls: list[str],
            *where: tuple[Any, str]) -> None:
    """Each of `where`'s functions, still doing its work, noted in `calls` when called."""
    for module, name in where:
        real: Callable[..., Any] = getattr(module, name)

        def noting(*args: Any, _real: Callable[..., Any] = real, _name: str = name,
                   **kwargs: Any) -> Any:
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, noting)


# --- the look for the answer before sent again, made once per answer --------------------------

async def test_an_answer_sent_again_is_held_back_after_one_look_for_it(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Who has contributed" answered, then the same words sent again at "whose views are
    not in here yet": held back, as before, and the earlier answers looked through once for
    it, not once by the bot and again by the engine."""
    await mapping(bot, "KB-7")
    await bot.say(SAID)
    calls: list[str] = []
    counted(monkeypatch, calls, (conversation, "repeats_answer_before"),
            (flows.asides, "repeats_answer_before"))
    await bot.say(SAID)
    assert calls == ["repeats_answer_before"]
    assert any(REPEATED in said for said in phone(bot)[-3:])
    assert "Whose views are not in here yet" in read(bot)


async def test_an_answer_written_before_its_question_showed_is_still_told_apart(
        bot: Bot) -> None:
    """A line older than the question now shown (message ids only grow in a chat): the
    answer before sent twice is still the engine's to hold back ("it is the same as your
    answer to ..."), and any other line is still not saved ("you sent it before the
    question below")."""
    await mapping(bot, "KB-7")
    await bot.say(SAID)
    await bot.feed(older(bot, SAID))
    assert any(REPEATED in said for said in phone(bot)[-3:])
    await bot.feed(older(bot, "Mum says she will call the police next time"))
    assert any("before the question below" in said for said in phone(bot)[-3:])


def older(bot: Bot, text: str) -> dict[str, Any]:
    """A typed line, written before any question the bot has sent (the chat's first id)."""
    update = bot.updates.text(USER, text)
    update["message"]["message_id"] = 1
    return update

