"""`sosbot run --webhook`: real processes on 127.0.0.1, posted to as Telegram posts.

The local Bot API server plays Telegram's API (setWebhook, the replies); the test plays
Telegram's webhook delivery: it posts each update with the secret header and, like Telegram,
counts an update delivered only when it got a 2xx for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import signal
import socket
import sqlite3
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import pytest
from aiohttp.http_exceptions import BadHttpMessage

from bot.config import Settings
from bot.keys import require_key
from bot.logs import NoRequestContents
from storage.store import Store
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.conftest import sosbot_command, sosbot_env
from tests.processes import HANG_GUARD, free_port, kill, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, run_env
from tests.test_run_command import closed_cleanly

pytestmark = pytest.mark.e2e
SECRET = "webhook-secret_0123456789abcdef"
PUBLIC_URL = "https://bot.example.org/telegram/updates"


@dataclass
class Instance:
    """One `sosbot run --webhook` process and how to reach it."""

    server: BotApiServer
    db: Path
    port: int
    extra: dict[str, str] = field(default_factory=dict)
    child: asyncio.subprocess.Process | None = None
    stderr: str = ""
    public: str = PUBLIC_URL  # SOSBOT_WEBHOOK_URL; the test posts to its path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{urlsplit(self.public).path}"

    async def start(self) -> None:
        before = len(self.server.calls_to("setWebhook"))
        env = sosbot_env(**run_env(self.db, self.server.root, **{
            "SOSBOT_WEBHOOK_URL": self.public, "SOSBOT_WEBHOOK_SECRET": SECRET,
            "SOSBOT_LISTEN": "127.0.0.1", "SOSBOT_PORT": str(self.port), **self.extra}))
        self.child = await asyncio.create_subprocess_exec(
            *sosbot_command("run", "--webhook"), cwd=self.db.parent, env=env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        await self.server.wait_for(lambda: len(self.server.calls_to("setWebhook")) > before,
                                   timeout=HANG_GUARD)

    async def post(self, update: dict[str, Any], secret: str | None = SECRET) -> int:
        """Post one update as Telegram does; the HTTP status, or 0 if no answer came."""
        headers = {} if secret is None else {"X-Telegram-Bot-Api-Secret-Token": secret}
        try:
            async with aiohttp.ClientSession() as session, session.post(
                    self.url, json=update, headers=headers,
                    timeout=aiohttp.ClientTimeout(total=HANG_GUARD)) as response:
                return response.status
        except aiohttp.ClientError:
            return 0

    async def post_body(self, body: bytes) -> int:
        """Post raw bytes with the right secret, as JSON; the HTTP status."""
        headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET,
                   "Content-Type": "application/json"}
        async with aiohttp.ClientSession() as session, session.post(
                self.url, data=body, headers=headers,
                timeout=aiohttp.ClientTimeout(total=HANG_GUARD)) as response:
            return response.status

    async def health(self) -> int:
        async with aiohttp.ClientSession() as session, session.get(
                f"http://127.0.0.1:{self.port}/healthz") as response:
            return response.status

    async def stop(self, sig: int = signal.SIGTERM) -> int:
        assert self.child is not None
        self.stderr += await stop(self.child, sig)
        assert self.child.returncode is not None
        return self.child.returncode

    async def kill(self) -> None:
        """Make sure the process is gone: a failed test leaves no bot listening."""
        if self.child is not None:
            await kill(self.child)


@contextlib.asynccontextmanager
async def instance(server: BotApiServer, db: Path) -> AsyncIterator[Instance]:
    bot = Instance(server, db, free_port())
    await bot.start()
    try:
        yield bot
    finally:
        await bot.kill()


async def stored_answers(db: Path) -> list[dict[str, Any]]:
    """Every draft's answers, read with the bot's own key."""
    settings = Settings(_env_file=None, SOSBOT_DATA_KEY=TEST_KEY)  # type: ignore[call-arg]
    async with await Store.open(db, sealer=require_key(settings)) as store:
        drafts = [await store.load_draft(PRACTITIONER, info.id)
                  for info in await store.list_drafts(PRACTITIONER)]
    return [dict(d.answers) for d in drafts if d is not None]


async def open_a_draft(bot: Instance) -> None:
    """/start, tap the reflection tool, give a label: the bot asks Question 1."""
    server = bot.server
    assert await bot.post(server.take_update(server.send_command(PRACTITIONER, "start"))) == 200
    menu = server.chat(PRACTITIONER)[-1]  # already there: the 200 came after the reply
    tap = server.press_button(PRACTITIONER, menu.message_id, "n:reflection")
    assert await bot.post(server.take_update(tap)) == 200
    assert await bot.post(server.take_update(server.send_text(PRACTITIONER, "KB-12"))) == 200
    assert "Question 1" in server.texts(PRACTITIONER)[-1]


async def test_an_update_is_acknowledged_only_once_handled_and_a_wrong_secret_changes_nothing(
        tmp_path: Path) -> None:
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        assert server.webhook == {"url": PUBLIC_URL, "secret_token": SECRET}
        [call] = server.calls_to("setWebhook")
        assert not call.get("drop_pending_updates")  # a restart keeps what Telegram holds
        assert await bot.health() == 200
        await open_a_draft(bot)
        sent = len(server.chat(PRACTITIONER))
        for secret in (None, "wrong", SECRET[:-1]):
            update = server.take_update(server.send_text(PRACTITIONER, "school"))
            assert await bot.post(update, secret=secret) == 403
        assert len(server.chat(PRACTITIONER)) == sent  # no reply to a forged post
        assert await bot.post({"not": "an update"}) == 400
        assert await bot.stop() == 0
    assert await stored_answers(tmp_path / "bot.db") == [{}]  # the forged "school" is nowhere
    assert "Traceback" not in bot.stderr
    assert DEFAULT_TOKEN.split(":")[1] not in bot.stderr
    assert SECRET not in bot.stderr
    assert closed_cleanly(tmp_path / "bot.db")


async def test_a_process_killed_before_acknowledging_loses_nothing_when_telegram_resends(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        async with instance(server, db) as bot:
            await open_a_draft(bot)
            answer = server.take_update(server.send_text(PRACTITIONER, "school"))
            server.hang("sendMessage", times=None)  # the answer is saved; its reply never goes
            posting = asyncio.create_task(bot.post(answer))
            await server.wait_for(lambda: server.calls_to("sendMessage")[-1].get("text", "")
                                  .find("Question 2") >= 0, timeout=HANG_GUARD)
            await bot.stop(signal.SIGKILL)
            assert await posting == 0  # never acknowledged: Telegram will send it again
            server.clear_faults()
        async with instance(server, db) as bot:
            assert await bot.post(answer) == 200  # Telegram's resend
            assert await bot.post(answer) == 200  # and a replay of it
            assert await bot.stop() == 0
    [answers] = await stored_answers(db)
    assert list(answers.values()).count("school") == 1


async def test_sigterm_finishes_the_update_in_hand_then_stops_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server, instance(server, db) as bot:
        await open_a_draft(bot)
        server.hang("sendMessage", seconds=1.0)  # a slow reply keeps the update in hand
        posting = asyncio.create_task(bot.post(
            server.take_update(server.send_text(PRACTITIONER, "school"))))
        await server.wait_for(lambda: "Question 2" in str(
            server.calls_to("sendMessage")[-1].get("text")), timeout=HANG_GUARD)
        assert await bot.stop() == 0
        assert await posting == 200
        assert "Question 2" in server.texts(PRACTITIONER)[-1]
    assert closed_cleanly(db)
    [answers] = await stored_answers(db)
    assert "school" in answers.values()


@pytest.mark.parametrize(("env", "named"), [
    ({}, ["SOSBOT_WEBHOOK_URL", "SOSBOT_WEBHOOK_SECRET"]),
    ({"SOSBOT_WEBHOOK_SECRET": SECRET}, ["SOSBOT_WEBHOOK_URL"]),
    ({"SOSBOT_WEBHOOK_URL": "http://bot.example.org/x"},
     ["SOSBOT_WEBHOOK_URL", "SOSBOT_WEBHOOK_SECRET"]),
    ({"SOSBOT_WEBHOOK_URL": PUBLIC_URL, "SOSBOT_WEBHOOK_SECRET": "has spaces"},
     ["SOSBOT_WEBHOOK_SECRET"]),
    ({"SOSBOT_WEBHOOK_URL": PUBLIC_URL, "SOSBOT_WEBHOOK_SECRET": SECRET, "SOSBOT_PORT": "0"},
     ["SOSBOT_PORT"]),
])
async def test_each_missing_or_wrong_webhook_setting_is_one_line_naming_it(
        tmp_path: Path, env: dict[str, str], named: list[str]) -> None:
    child = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.cli", "run", "--webhook", cwd=tmp_path,
        env=sosbot_env(TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, SOSBOT_DATA_KEY=TEST_KEY, **env),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    lines = stderr.decode().strip().splitlines()
    assert child.returncode == 2
    assert [line.split(":")[1].strip() for line in lines] == named
    assert stdout == b""
    assert not (tmp_path / "sosbot.db").exists()


async def test_a_port_already_in_use_is_one_line(tmp_path: Path) -> None:
    async with BotApiServer() as server:
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            port = taken.getsockname()[1]
            child = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot.cli", "run", "--webhook", cwd=tmp_path,
                env=sosbot_env(TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, SOSBOT_DATA_KEY=TEST_KEY,
                               SOSBOT_ALLOWED_USERS=str(PRACTITIONER),
                               SOSBOT_API_ROOT=server.root, SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                               SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port)),
                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
            _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    [line] = stderr.decode().strip().splitlines()
    assert child.returncode == 1
    assert "SOSBOT_PORT" in line
    assert server.calls_to("setWebhook") == []  # Telegram is not pointed at a dead address


async def test_a_button_press_delivered_twice_is_handled_once_without_an_error(
        tmp_path: Path) -> None:
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        assert await bot.post(server.take_update(server.send_command(PRACTITIONER, "start")))\
            == 200
        menu = server.chat(PRACTITIONER)[-1]
        tap = server.take_update(server.press_button(PRACTITIONER, menu.message_id,
                                                     "n:reflection"))
        assert await bot.post(tap) == 200
        texts = server.texts(PRACTITIONER)
        assert await bot.post(tap) == 200  # Telegram's resend, or the proxy's retry
        assert server.texts(PRACTITIONER) == texts  # no second prompt, no "Sorry"
        assert await bot.stop() == 0
    assert "ERROR" not in bot.stderr


NOT_UPDATES = {
    "a list": b"[1,2]",
    "a string": b'"x"',
    "null": b"null",
    "a number": b"7",
    "nesting too deep to read": b"[" * 50_000 + b"]" * 50_000,
    "an update id that is not a number": b'{"update_id": "x", "message": null}',
    "a message of the wrong shape": b'{"update_id": 5, "message": [1]}',
    "a date no clock reaches": b'{"update_id": 6, "message": {"message_id": 1, "date": 1e20, '
                               b'"chat": {"id": 4242, "type": "private"}, "text": "hi"}}',
    "an update id beyond 64 bits": b'{"update_id": 36893488147419103232}',
    "a user id beyond 64 bits": b'{"update_id": 7, "message": {"message_id": 1, "date": 1, '
                                b'"chat": {"id": 4242, "type": "private"}, "text": "hi", '
                                b'"from": {"id": 9223372036854775808, "is_bot": false, '
                                b'"first_name": "T"}}}',
    "a chat id that is a list": b'{"update_id": 8, "message": {"message_id": 1, "date": 1, '
                                b'"chat": {"id": [4242], "type": "private"}, "text": "hi", '
                                b'"from": {"id": 4242, "is_bot": false, "first_name": "T"}}}',
}


async def test_a_post_that_is_not_an_update_is_refused_in_one_line_and_the_bot_goes_on(
        tmp_path: Path) -> None:
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        for body in NOT_UPDATES.values():
            assert await bot.post_body(body) == 400
        assert server.chat(PRACTITIONER) == []  # nobody was answered
        await open_a_draft(bot)  # and the next real update is handled as usual
        assert await bot.stop() == 0
    refused = [re.search(r"not a Telegram update \(\w+\)(?: \((\d+) more such posts refused "
                         r"since the last line\))?$", line)
               for line in bot.stderr.splitlines() if "not a Telegram update" in line]
    assert all(refused)  # each kind in a line, the rest of that kind counted at the stop
    assert sum(int(m.group(1)) if m.group(1) else 1 for m in refused if m) == len(NOT_UPDATES)
    assert "Traceback" not in bot.stderr
    assert "ERROR" not in bot.stderr


async def test_an_invite_button_delivered_twice_makes_one_invite_and_shows_its_link(
        tmp_path: Path) -> None:
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        invite = server.take_update(server.send_command(PRACTITIONER, "invite"))
        assert await bot.post(invite) == 200
        choose = server.chat(PRACTITIONER)[-1]
        tap = server.take_update(server.press_button(PRACTITIONER, choose.message_id, "t:ic"))
        assert await bot.post(tap) == 200
        assert await bot.post(tap) == 200  # Telegram's resend: the press is answered already
        texts = server.texts(PRACTITIONER)
        assert sum("?start=" in t for t in texts) == 1
        assert not any("Sorry" in t for t in texts)
        assert await bot.stop() == 0
    with sqlite3.connect(tmp_path / "bot.db") as db:
        assert db.execute("SELECT count(*) FROM invites").fetchone()[0] == 1
    assert "ERROR" not in bot.stderr


async def send_raw(port: int, data: bytes, *, wait: bool) -> None:
    """Write bytes to the server as a client would, read its answer if `wait`, and hang up."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(data)
    await writer.drain()
    if wait:
        await asyncio.wait_for(reader.read(), HANG_GUARD)
    writer.close()
    await writer.wait_closed()


def post_head(length: int) -> bytes:
    return (f"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nX-Telegram-Bot-Api-Secret-Token: "
            f"{SECRET}\r\nContent-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
            ).encode()


async def test_requests_broken_off_or_not_http_are_one_line_each_naming_no_content(
        tmp_path: Path) -> None:
    words = b"Mum said he hit her"
    async with BotApiServer() as server:
        bot = Instance(server, tmp_path / "bot.db", free_port(),
                       extra={"SOSBOT_LOG_LEVEL": "DEBUG"})
        await bot.start()
        try:
            for _ in range(3):  # the sender hangs up halfway through its post
                await send_raw(bot.port, post_head(500) + b'{"update_id": 1, "message', wait=False)
            # a post longer than it said it was: the rest is read as a request that is not HTTP
            await send_raw(bot.port, post_head(2) + b"{}" + b'{"text": "' + words + b'"}\r\n\r\n',
                           wait=True)
            path = words.replace(b" ", b"/") + b"\xff"
            await send_raw(bot.port, b"GET /" + path + b" HTTP/1.1\r\n\r\n", wait=True)
            await open_a_draft(bot)  # and the bot goes on
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    dropped = [line for line in bot.stderr.splitlines() if "aiohttp" in line]
    assert len(dropped) == 5
    assert all(re.search(r"(DEBUG|WARNING) aiohttp.server: the webhook server dropped a request "
                         r"it could not serve \(\w+\)$", line) for line in dropped)
    assert "Traceback" not in bot.stderr
    assert "hit" not in bot.stderr


def _aiohttp_error(failure: BaseException) -> logging.LogRecord:
    try:
        raise failure
    except BaseException:
        return logging.LogRecord("aiohttp.server", logging.ERROR, __file__, 1,
                                 "Error handling request", (), sys.exc_info())


def test_a_request_the_sender_broke_is_one_line_but_a_bug_of_ours_keeps_its_traceback() -> None:
    """The sender's fault (bytes that are not HTTP, a post broken off) is a warning naming its
    kind; an error raised by sosbot's own webhook handler is left as aiohttp reported it,
    traceback and all, so that an operator can find the bug."""
    theirs = _aiohttp_error(BadHttpMessage("Mum said he hit her"))
    ours = _aiohttp_error(RuntimeError("a bug in the handler"))

    NoRequestContents().filter(theirs)
    NoRequestContents().filter(ours)

    assert (theirs.levelname, theirs.exc_info, theirs.getMessage()) == (
        "WARNING", None, "the webhook server dropped a request it could not serve "
        "(BadHttpMessage)")
    assert ours.levelname == "ERROR"
    assert ours.exc_info is not None
    assert ours.getMessage() == "Error handling request"
