"""Four waits of the running bot are settings (the fifty-third pass), each defaulting to the
wait it always had: how long a poll holds Telegram open, how long a webhook post's body and a
webhook connection with no request under way are waited for, and how long after a start the
first retention run comes. The suite sets them short where a test waited them out (the
webhook's body and idle waits, the poll under way when a webhook is set, the first retention
run); these tests hold that the bot reads them and that a bot leaving them out is unchanged."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot import webhook
from bot.app import serve, started
from bot.config import ConfigError, load_settings
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port
from tests.telegram_world import bot_settings

WAITS = {"SOSBOT_POLL_SECONDS": 10, "SOSBOT_WEBHOOK_BODY_SECONDS": 10.0,
         "SOSBOT_WEBHOOK_IDLE_SECONDS": 10.0, "SOSBOT_RETENTION_FIRST_SECONDS": 5.0}


def test_a_bot_that_sets_no_wait_waits_as_it_always_did(monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    for name in WAITS:
        monkeypatch.delenv(name, raising=False)
    settings = load_settings(SOSBOT_DB="x.db")
    assert {name: getattr(settings, field) for name, field in zip(WAITS, (
        "poll_seconds", "webhook_body_seconds", "webhook_idle_seconds",
        "retention_first_seconds"), strict=True)} == WAITS
    assert (webhook.BODY_WAIT, webhook.HEADER_WAIT) == (10.0, 10.0)


@pytest.mark.parametrize(("name", "value"), [("SOSBOT_POLL_SECONDS", "0"),
                                             ("SOSBOT_POLL_SECONDS", "51"),
                                             ("SOSBOT_WEBHOOK_BODY_SECONDS", "0"),
                                             ("SOSBOT_WEBHOOK_IDLE_SECONDS", "-1"),
                                             ("SOSBOT_RETENTION_FIRST_SECONDS", "soon")])
def test_a_wait_out_of_its_range_is_refused_by_name(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_settings(SOSBOT_DB="x.db", **{name: value})
    assert str(refused.value).startswith(name), refused.value


async def test_each_poll_asks_telegram_to_hold_it_open_as_long_as_set(tmp_path: Path) -> None:
    async with BotApiServer() as server:
        stop, ready = asyncio.Event(), asyncio.Event()
        settings = bot_settings(server, tmp_path / "bot.db", SOSBOT_POLL_SECONDS=2)
        task = asyncio.create_task(serve(settings, stop, ready=ready))
        await asyncio.wait_for(ready.wait(), HANG_GUARD)
        await server.wait_for(lambda: server.calls_to("getUpdates"), HANG_GUARD)
        stop.set()
        await asyncio.wait_for(task, HANG_GUARD)
    # (the stop's last call, which only tells Telegram what was handled, waits for nothing)
    polls = [float(call["timeout"]) for call in server.calls_to("getUpdates")]
    assert polls[0] == 2.0, polls
    assert set(polls) <= {2.0, 0.0}, polls


async def test_the_first_retention_run_comes_when_set(tmp_path: Path) -> None:
    async with BotApiServer() as server, started(bot_settings(
            server, tmp_path / "bot.db", SOSBOT_RETENTION_FIRST_SECONDS=300)) as app:
        assert app.job_queue is not None
        [job] = app.job_queue.get_jobs_by_name("retention")
        assert job.next_t is not None
        due = (job.next_t - datetime.now(UTC)).total_seconds()
    assert 240 < due <= 300


async def test_the_webhook_server_waits_for_a_body_and_an_idle_connection_as_set(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[webhook.WebhookServer] = []

    class Kept(webhook.WebhookServer):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            built.append(self)

    monkeypatch.setattr(webhook, "WebhookServer", Kept)
    async with BotApiServer() as server:
        settings = bot_settings(server, tmp_path / "bot.db",
                                SOSBOT_WEBHOOK_URL="https://bot.example.org/hook",
                                SOSBOT_WEBHOOK_SECRET="0123456789abcdef0123",
                                SOSBOT_PORT=free_port(), SOSBOT_WEBHOOK_BODY_SECONDS=3,
                                SOSBOT_WEBHOOK_IDLE_SECONDS=2.5)
        stop, ready = asyncio.Event(), asyncio.Event()
        task = asyncio.create_task(webhook.serve_webhook(settings, stop, ready=ready))
        await asyncio.wait_for(ready.wait(), HANG_GUARD)
        [hook] = built
        runner = hook._runner
        assert runner is not None
        idle = runner._kwargs["keepalive_timeout"]
        stop.set()
        await asyncio.wait_for(task, HANG_GUARD)
    assert (hook._body_wait, idle) == (3.0, 2.5)
