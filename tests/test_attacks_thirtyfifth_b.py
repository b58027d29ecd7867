"""The thirty-fifth round of attacks, second part: the real `sosbot run --webhook` process
posted to as Telegram and as something that is not Telegram. Each test of a defect failed
on the code as it was."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.processes import free_port
from tests.telegram_world import PRACTITIONER
from tests.test_webhook import SECRET, Instance, open_a_draft, post_head, stored_answers

pytestmark = pytest.mark.e2e


async def stalled_post(port: int, secret: str) -> asyncio.StreamWriter:
    """A post whose head says 500 bytes follow and whose body stops after a few: a sender
    gone quiet, or one holding the connection on purpose."""
    _, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(post_head(500).replace(SECRET.encode(), secret.encode())
                 + b'{"update_id": 1, "message": {"text": "Mum said')
    await writer.drain()
    return writer


async def test_posts_that_never_finish_do_not_hold_up_a_stop_and_name_no_content(
        tmp_path: Path) -> None:
    """`systemctl stop` (or a restart for an upgrade) waited 31 seconds for a post whose
    body never came with the right secret, and 10 for one with a wrong secret, while every
    practitioner's message waited at Telegram; the log said nothing of why. Now the bot
    stops at once, and says in one line, naming nothing the post held, that it dropped it."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        bot = Instance(server, db, free_port())
        await bot.start()
        try:
            stalled = [await stalled_post(bot.port, secret)
                       for secret in (SECRET, "wrong", SECRET)]
            await open_a_draft(bot)  # the practitioner is served meanwhile
            answer = server.take_update(server.send_text(PRACTITIONER, "school"))
            assert await bot.post(answer) == 200
            assert await bot.post(answer) == 200  # Telegram's resend: stored once
            await asyncio.sleep(0.5)  # the stalled posts are being read
            began = time.monotonic()
            assert await bot.stop() == 0
            took = time.monotonic() - began
        finally:
            await bot.kill()
        for writer in stalled:
            writer.close()
    assert took < 5.0, f"the bot took {took:.1f} s to stop"  # was 31 s
    [answers] = await stored_answers(db)
    assert list(answers.values()).count("school") == 1
    dropped = [line for line in bot.stderr.splitlines() if "did not arrive whole" in line]
    assert len(dropped) == 2, bot.stderr
    assert "Mum" not in bot.stderr
    assert "Traceback" not in bot.stderr
