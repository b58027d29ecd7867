"""The twenty-seventh round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real Application polling the local Bot
API server as `sosbot run` does, or the real command (`sosbot ...` as a child process) where
the attack is on the process itself."""

from __future__ import annotations

from pathlib import Path

from tests.processes import HANG_GUARD
from tests.telegram_world import PRACTITIONER, STRANGER, bot_world

# More updates than python-telegram-bot handles at once (256 with `concurrent_updates`).
FLOOD = 300


async def test_one_persons_flood_behind_a_slow_reply_does_not_hold_up_everyone_else(
        tmp_path: Path) -> None:
    """A stranger wrote once, and Telegram was slow to take the bot's one reply to them (a
    few seconds); meanwhile a script sent 300 more messages from the same account. Each
    waited for the first, in turn, as one person's updates do, but each waited holding one
    of the 256 places python-telegram-bot handles updates in: the practitioner's /start found
    every place taken, and was answered only after the stranger's slow reply went. Now one
    person's updates wait for their turn without taking a place from anyone else."""
    async with bot_world(tmp_path / "bot.db") as world:
        world.server.hang("sendMessage", seconds=4.0)  # the stranger's notice, taken late
        world.server.send_text(STRANGER, "hello?")
        await world.server.wait_for(lambda: world.server.calls_to("sendMessage"), HANG_GUARD)
        for n in range(FLOOD):
            world.server.send_text(STRANGER, f"spam {n}")
        await world.server.wait_for(lambda: world.server.pending_updates == 0, HANG_GUARD)
        world.server.send_command(PRACTITIONER, "start")
        await world.server.wait_for(lambda: world.texts(PRACTITIONER), HANG_GUARD)
        assert world.texts(STRANGER) == [], "the practitioner waited for the stranger's reply"
        await world.server.wait_for(lambda: world.texts(STRANGER), HANG_GUARD)
        await world.server.wait_idle(quiet=0.3)
        assert len(world.texts(STRANGER)) == 1
