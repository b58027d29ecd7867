"""Faults while the bot runs: a database that stops taking writes, Telegram's flood control.

Through the real `sosbot run` process, or the real Application polling the local Bot API
server, with the fault injected where it happens in life.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import sqlite3
import subprocess
import time
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import pytest
from telegram.error import InvalidToken
from telegram.ext import Application, Job

from bot.app import build_application, schedule_retention, serve
from bot.conversation import Conversation
from bot.keys import require_key
from bot.run import problem, start_polling
from bot.services import open_services
from flows.loader import load_flows
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import (
    PRACTITIONER,
    bot_settings,
    open_the_reflection,
    run_env,
    running_bot,
    start_a_draft,
)

pytestmark = pytest.mark.e2e


@contextlib.contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """Make files unwritable even for root (chattr +i), and writable again afterwards."""
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not installed: cannot make a file unwritable for root")
    done: list[Path] = []
    try:
        for path in paths:
            result = subprocess.run(["chattr", "+i", str(path)], capture_output=True,
                                    text=True, check=False)
            if result.returncode != 0:
                pytest.skip(f"chattr +i is not permitted here ({result.stderr.strip()})")
            done.append(path)
        yield
    finally:
        for path in done:
            subprocess.run(["chattr", "-i", str(path)], check=True)


async def test_a_database_that_stops_taking_writes_is_logged_and_the_bot_survives(
        tmp_path: Path, disk_path: Path) -> None:
    """The label given while the database takes no writes: one apology, one ERROR line that
    names the database, and the label kept once it takes writes again, handed in again by
    the bot itself (`bot.handlers.HandedInAgain`), which runs on.

    Both ends of the window the database takes no writes in are states, not pauses. It opens
    once the tap on the tool has done its last write (the label prompt noted as shown, after
    the prompt is sent): opened as the prompt came, a busy machine had that write fail too,
    with its own apology and line. It closes while the label's apology is on its way (the
    server holds it): the practitioner's turn lasts until it is sent, and the update handed
    in again waits for that turn, so it meets a database that takes writes. (Closed after a
    quiet moment instead, a busy machine kept it read-only past that try, 2 s on, which
    failed too and logged a second line.)"""
    db = disk_path / "bot.db"
    async with BotApiServer() as server:
        env = run_env(db, server.root)
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            await open_the_reflection(server)
            await until(lambda: label_prompt_noted(db), "the label prompt noted as shown")
            before = len(server.texts(PRACTITIONER))
            apology = server.hang("sendMessage")
            with immutable(db, Path(f"{db}-wal")):
                label = server.send_text(PRACTITIONER, "KB-12")
                await server.wait_for(lambda: apology.served, HANG_GUARD)
            server.let_go(apology)
            await server.wait_for(lambda: "Question 1" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            assert child.returncode is None  # still running
            log = await stop(child)
    assert child.returncode == 0, log
    sorry, started, *_, question = server.texts(PRACTITIONER)[before:]
    assert "Sorry" in sorry
    assert started == '✓ Started "KB-12": Pre-referral reflection.'  # the label kept, once
    assert "Question 1" in question
    assert sum("Sorry" in text for text in server.texts(PRACTITIONER)) == 1
    assert "Traceback" not in log
    # The update's own error (retention's first run, 5 s after start, may fall in the same
    # window on a slow machine, and fails too: its line names the job, not an update).
    lines = [line for line in log.splitlines() if "ERROR" in line and "(update " in line]
    assert len(lines) == 1, lines
    assert f"in the database {db}" in lines[0]  # the StorageError's own sentence, not a type
    assert f"(update {label}; handed in again in 2 s)" in lines[0]
    assert "KB-12" not in log


def label_prompt_noted(db: Path) -> bool:
    """Whether the practitioner's session row notes the case label prompt as shown: the
    last thing a tap on a tool writes, once the prompt has reached them."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as raw:
        row = raw.execute("SELECT state FROM sessions WHERE user_id = ?",
                          (PRACTITIONER,)).fetchone()
    return row is not None and "shown" in json.loads(row[0]).get("awaiting", {})


async def until(holds: Callable[[], bool], what: str) -> None:
    """Look again every few milliseconds until `holds()`; fail naming `what` after
    HANG_GUARD (a guard against a hang, not a claim about speed)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + HANG_GUARD
    while not holds():
        assert loop.time() < deadline, f"never: {what}"
        await asyncio.sleep(0.005)


async def test_a_reminder_held_back_by_flood_control_is_sent_once_later(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with retention_due(db, 29.5) as (server, _conversation, _app, job):
        # Telegram says "retry after 1 s" to this send and to its retry.
        server.fail("sendMessage", code=429, retry_after=1, times=2)
        await job.callback(None)  # type: ignore[arg-type]
        await server.wait_for(lambda: reminders(server), timeout=HANG_GUARD)
        await job.callback(None)  # type: ignore[arg-type]
        await server.wait_idle()
    assert len(reminders(server)) == 1
    assert "KB-12" in reminders(server)[0]
    assert [e.status for e in server.errors] == [429, 429]


@contextlib.asynccontextmanager
async def retention_due(db: Path, days_ago: float) -> AsyncIterator[
        tuple[BotApiServer, Conversation, Application, Job]]:  # type: ignore[type-arg]
    """A bot polling the local Bot API server, with PRACTITIONER's draft last changed
    `days_ago` days ago (drafts are kept 30) and the daily retention job scheduled, not yet
    run: the server, the conversation, the application and the job."""
    async with BotApiServer() as server:
        settings = bot_settings(server, db, SOSBOT_DRAFT_DAYS=30)
        async with open_services(settings, db, load_flows(),
                                 sealer=require_key(settings)) as conversation:
            app = build_application(settings, conversation)
            async with app:
                await app.start()
                await start_polling(app, poll_timeout=1)
                try:
                    await start_a_draft(server)
                    with sqlite3.connect(db) as raw:
                        raw.execute("UPDATE drafts SET updated_at = ?",
                                    (time.time() - days_ago * 86_400,))
                    schedule_retention(app, conversation, settings)
                    assert app.job_queue is not None
                    [daily] = app.job_queue.get_jobs_by_name("retention")
                    yield server, conversation, app, daily
                finally:
                    assert app.updater is not None
                    await app.updater.stop()
                    await app.stop()


def reminders(server: BotApiServer) -> list[str]:
    return [t for t in server.texts(PRACTITIONER) if "erased tomorrow" in t]


async def test_messages_sent_while_the_bot_is_stopped_are_answered_after_a_restart(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        settings = bot_settings(server, db)
        async with running_bot(server, settings):
            await start_a_draft(server)
        server.send_text(PRACTITIONER, "school")  # while no bot is running
        async with running_bot(server, settings):
            await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                                  timeout=HANG_GUARD)
    assert not any(call.get("drop_pending_updates") for call in server.calls_to("deleteWebhook"))


async def test_a_token_revoked_while_running_stops_the_bot_with_the_reason(
        tmp_path: Path) -> None:
    # Polling gives up on a rejected token and Telegram stops posting to the webhook: without
    # the check, the process would idle on as if all were well.
    async with BotApiServer() as server:
        settings = bot_settings(server, tmp_path / "bot.db")
        halt, ready = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(serve(settings, halt, ready=ready, poll_timeout=1,
                                         token_check=0.2))
        await asyncio.wait_for(ready.wait(), HANG_GUARD)
        server.token = "987654321:" + "x" * 35  # revoked in @BotFather: a new one was issued
        with pytest.raises(InvalidToken):
            await asyncio.wait_for(task, HANG_GUARD)
    assert problem(InvalidToken("Unauthorized"), settings).startswith(
        "Telegram rejected the token: check TELEGRAM_BOT_TOKEN")
