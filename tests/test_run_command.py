"""`sosbot run` as an operator starts it: a real process polling the local Bot API server."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.conftest import sosbot_env
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, run_env, start_a_draft

pytestmark = pytest.mark.e2e


async def test_sigterm_stops_the_bot_cleanly_and_no_log_line_holds_the_token(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        env = run_env(db, server.root, SOSBOT_LOG_LEVEL="DEBUG")
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            await start_a_draft(server, "CANARY-LABEL")
            server.send_text(PRACTITIONER, "school")
            # A written answer is taken once its question is on the screen (one sent before
            # is said not to be saved: tests/test_attacks_nineteenth.py).
            await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            server.send_text(PRACTITIONER, "canary answer 51f0")
            await server.wait_for(lambda: "Question 3" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    assert "Traceback" not in log
    assert DEFAULT_TOKEN not in log
    assert DEFAULT_TOKEN.split(":")[1] not in log
    for text in ("not an official", "CANARY-LABEL", "canary answer 51f0"):
        assert text not in log  # neither the bot's messages nor the user's reach the log
    assert closed_cleanly(db)


SECRET = "what the child said 5e2a"


@pytest.mark.parametrize("broken", [
    {"message": {"message_id": 50, "date": 1, "chat": {"id": 5002, "type": "private"},
                 "from": {"id": 5002, "is_bot": False}, "text": SECRET}},  # no first_name
    {"message": {"message_id": 51, "date": "yesterday", "chat": {"id": 5002},
                 "text": SECRET}},  # no chat type, a date in words
    {"callback_query": {"id": "q", "from": {"id": 5002, "is_bot": False,
                                            "first_name": "B"}, "data": SECRET}},
    {"message": {"message_id": 52, "date": 1, "chat": {"id": 5002, "type": "private"},
                 "from": {"id": [5002], "is_bot": False, "first_name": "B"}, "text": SECRET}},
], ids=["sender without a name", "chat without a type", "press without chat_instance",
        "sender id that is a list"])
async def test_an_update_the_library_cannot_read_is_skipped_and_the_rest_answered(
        tmp_path: Path, broken: dict[str, object]) -> None:
    """One malformed update in a batch used to wedge polling for everyone and log the whole
    batch, other people's answers included."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        env = run_env(db, server.root)  # the default log level
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            await start_a_draft(server, "KB-12")
            bad = server.inject_update(broken)
            server.send_text(PRACTITIONER, "school")  # in the same batch as the broken one
            await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            server.send_text(PRACTITIONER, "canary answer 7c1d about the child")
            await server.wait_for(lambda: "Question 3" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    assert f"skipped update {bad}" in log
    assert "canary answer" not in log
    assert SECRET not in log  # python-telegram-bot's own report quotes the update it failed on
    assert "Traceback" not in log
    assert len(log.splitlines()) < 20  # one report, not one per retry


def closed_cleanly(db: Path) -> bool:
    """The write-ahead log was folded back in and the file passes its integrity check."""
    wal = Path(f"{db}-wal")
    with sqlite3.connect(db) as conn:
        healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    return healthy and (not wal.exists() or wal.stat().st_size == 0)


def test_run_without_a_token_says_how_to_get_one(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path,
                            env=sosbot_env(), capture_output=True, text=True,
                            timeout=HANG_GUARD, check=False)
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "TELEGRAM_BOT_TOKEN" in lines[0]
    assert "BotFather" in lines[0]
    assert not (tmp_path / "sosbot.db").exists()
