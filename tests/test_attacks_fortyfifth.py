"""The forty-fifth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, as an outside checker replaying attacks would. Each test
of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import run_env

PUBLIC_URL = "https://bot.council.example/telegram/updates"
SECRET = "0123456789abcdef0123"


async def _answer(port: int, request: bytes) -> bytes:
    """What the webhook's port sends back to `request`, to the end (it closes after)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), HANG_GUARD)
    writer.close()
    return answer


# --- the webhook naming its software -----------------------------------------------------------


@pytest.mark.e2e
async def test_the_webhook_does_not_name_its_software_and_versions(tmp_path: Path) -> None:
    """Anyone who found SOSBOT_PORT (a proxy that passes the header on, or the port left open)
    read "Server: Python/3.11 aiohttp/3.x" on every answer, /healthz's, a wrong path's, a
    refused post's: which versions to look up known flaws for. No answer names them now."""
    port = free_port()
    env = run_env(tmp_path / "bot.db", "", SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                  SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port))
    async with BotApiServer() as server:
        env["SOSBOT_API_ROOT"] = server.root
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.webhook, HANG_GUARD)
            close = b"Host: bot\r\nConnection: close\r\n"
            answers = [await _answer(port, request) for request in (
                b"GET /healthz HTTP/1.1\r\n" + close + b"\r\n",
                b"GET /wp-login.php HTTP/1.1\r\n" + close + b"\r\n",
                b"GET /telegram/updates HTTP/1.1\r\n" + close + b"\r\n",
                b"POST /telegram/updates HTTP/1.1\r\n" + close
                + b"X-Telegram-Bot-Api-Secret-Token: guess\r\nContent-Length: 2\r\n\r\n{}")]
            log = await stop(child)
    assert [a.split(b" ", 2)[1] for a in answers] == [b"200", b"404", b"405", b"403"]
    for answer in answers:
        head = answer.split(b"\r\n\r\n")[0].lower()
        assert b"aiohttp" not in head and b"python" not in head
    assert "Traceback" not in log
