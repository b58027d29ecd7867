"""The forty-second pass's attacks on the real `sosbot run` (polling and webhook, against the
local Bot API server) and `sosbot chat` (piped and on a pseudo-terminal), as an outside
checker replaying attacks would. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
"""

from __future__ import annotations

import asyncio
import re
import signal
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port, sosbot_child
from tests.telegram_world import PRACTITIONER, run_env, start_a_draft
from tests.test_webhook import Instance, open_a_draft, post_head

CANARY = b"Mum said he hit her"


# --- a webhook post whose body cannot be read ----------------------------------------------------


async def _answer_to(port: int, request: bytes) -> bytes:
    """The status line the webhook server answers `request` with (b"" if none came)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        await writer.drain()
        return await asyncio.wait_for(reader.readline(), HANG_GUARD)
    finally:
        writer.close()


UNREADABLE_BODIES = {
    # said to be gzip, not gzip: a proxy that compressed twice, or a sender testing the server
    "not gzip": post_head(len(b"\x1f\x8b" + CANARY)).replace(
        b"Content-Type", b"Content-Encoding: gzip\r\nContent-Type") + b"\x1f\x8b" + CANARY,
    "not deflate": post_head(len(CANARY)).replace(
        b"Content-Type", b"Content-Encoding: deflate\r\nContent-Type") + CANARY,
}


@pytest.mark.e2e
async def test_a_post_whose_body_cannot_be_read_is_refused_in_one_line(tmp_path: Path) -> None:
    """A post with the right secret said its body was gzip (or deflate) and it was not: the
    bot answered 500 and logged two tracebacks at ERROR for each ("Error handling request",
    "Unhandled exception"), as if sosbot had a bug. Now it is a 400, and one warning naming
    no content; the bot goes on."""
    async with BotApiServer() as server:
        bot = Instance(server, tmp_path / "bot.db", free_port(),
                       extra={"SOSBOT_LOG_LEVEL": "DEBUG"})
        await bot.start()
        try:
            for request in UNREADABLE_BODIES.values():
                answer = await _answer_to(bot.port, request)
                assert re.match(rb"HTTP/1\.[01] 400 ", answer), answer[:40]
            await open_a_draft(bot)  # and the next real update is handled as usual
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    assert "Traceback" not in bot.stderr
    assert "ERROR" not in bot.stderr
    assert CANARY.decode() not in bot.stderr
    refused = [line for line in bot.stderr.splitlines() if "WARNING" in line]
    assert len(refused) == len(UNREADABLE_BODIES), refused
    assert all(re.search(r"could not be read \(ContentEncodingError: ", line)
               for line in refused), refused


# --- a signal the operator sent for something else ----------------------------------------------


@pytest.mark.e2e
async def test_sigusr1_or_sigusr2_sent_to_the_bot_does_not_kill_it(tmp_path: Path) -> None:
    """An operator sent the bot SIGUSR1 (to reopen its log, as nginx and many daemons take it)
    or SIGUSR2: it died of it at once, with whatever update it had in hand and the database
    open, and said nothing (systemd's "status=10/USR1"); a polling bot's update in hand was
    never answered. sosbot has no use for either: it says so in one line and goes on, and the
    practitioner's answer sent next is taken as usual."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server, \
            sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
        await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
        await start_a_draft(server)
        child.send_signal(signal.SIGUSR1)
        child.send_signal(signal.SIGUSR2)
        server.send_text(PRACTITIONER, "School or college")
        await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                              timeout=HANG_GUARD)
        child.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    log = stderr.decode()
    assert child.returncode == 0, log
    assert "Traceback" not in log
    for name in ("SIGUSR1", "SIGUSR2"):
        assert len([line for line in log.splitlines()
                    if f"{name} ignored" in line and "SIGTERM stops" in line]) == 1, log
