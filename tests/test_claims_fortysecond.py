"""README's and SECURITY.md's claims of the latest passes (thirty-ninth to forty-second), each
held against the real parts: the real Application (tests/memory_botapi.py) on real SQLite
files, and the real `sosbot` subprocess."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.handlers import SORRY
from flows.flow import Flow
from tests.test_attacks_thirtyfourth import locked
from tests.test_telegram_handlers import running, start_reflection

BUSY = "SOSBOT_BUSY_TIMEOUT_MS"


@pytest.mark.parametrize(("wait", "saved"), [("0", False), ("200", False), (None, True)],
                         ids=["set to 0: no wait", "set to 200 ms", "left out"])
async def test_the_bots_save_waits_out_another_programs_lock_as_long_as_the_setting_says(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch,
        wait: str | None, saved: bool) -> None:
    """README: an answer saved while another program holds the SQLite database's lock waits
    up to SOSBOT_BUSY_TIMEOUT_MS (5000 if left out), in the Telegram bot as in the chat.
    The lock is held one second: left out (5 s), the answer is saved and the next question asked;
    set to 200 ms or 0, the practitioner is told something went wrong and to look with /show,
    and nothing of the answer is saved meanwhile."""
    if wait is not None:
        monkeypatch.setenv(BUSY, wait)
    async with running(tmp_path, flows) as bot:
        await start_reflection(bot)
        await bot.say("School or college")
        assert "Question 2 of" in bot.texts()[-1]
        before = len(bot.texts())
        with locked(tmp_path / "bot.db"):
            answering = asyncio.create_task(bot.say("Seen a bruise on her arm"))
            await asyncio.sleep(1.0)
            answered_under_the_lock = answering.done()
        await answering
        said = bot.texts()[before:]
        review = len(bot.texts())
        await bot.say("/review")
        shown = "\n".join(bot.texts()[review:])
    assert answered_under_the_lock is not saved
    if saved:
        assert SORRY not in said and "Question 3 of" in said[-1]
        assert "Seen a bruise on her arm" in shown
    else:
        assert said == [SORRY]
        assert "Seen a bruise on her arm" not in shown
