"""The thirty-second round of attacks: a hostile or careless user and a faulty network, on
the paths `sosbot run` and `sosbot chat` take. Each test of a defect failed on the code as
it was, through the real parts: the polling bot against the local Bot API server
(`tests.botapi_server`), the real Application with the Bot API in memory
(`tests.test_telegram_handlers`), and the terminal chat's own driver."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.telegram_world import bot_world
from tests.test_lost_reply_e2e import WORRY, answers, first_option, to_the_worry_question
from tests.test_telegram_handlers import bot

__all__ = ["bot"]  # the fixture


# --- 1. the next question refused by Telegram for a while -------------------------------------


@pytest.mark.parametrize(("code", "times"), [(502, 3), (429, 2)])
async def test_a_question_telegram_refused_reaches_the_phone_once_telegram_recovers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, times: int) -> None:
    """The answer was saved, then Telegram refused the next question's message for a while
    (a 502 from its servers, or "Too Many Requests: retry after 1" past the bot's own
    retry), and the apology with it. Nothing more came: the practitioner, looking at their
    answer with a tick, waited for a question that never arrived, until they thought of
    /show. The question is sent again once Telegram takes messages again, and the answer
    typed to it is saved as its answer."""
    monkeypatch.setattr("bot.redelivery.WAITS_S", (0.2, 0.3, 0.4))  # the pauses, shortened
    monkeypatch.setattr("bot.redelivery.MARGIN_S", 0.1)
    async with bot_world(tmp_path / "bot.db", no_errors=False) as world:
        await to_the_worry_question(world)
        world.server.fail("sendMessage", times=times, code=code)
        await world.say(WORRY)
        await world.server.wait_for(lambda: "Question 3 of" in world.texts()[-1])
        assert await answers(world) == {"referrer_role": "school", "what_happened": WORRY}
        await world.tap(first_option(world))
        assert len(await answers(world)) == 3
        assert WORRY not in " ".join(r.getMessage() for r in world.errors.records)
