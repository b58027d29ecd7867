"""`SOSBOT_LOG_FORMAT=json`: a council's log collector reads one JSON object per line, holding
no more than the text lines do (no token, no message text)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.logs import setup_logging
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.conftest import sosbot_env
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, run_env, start_a_draft

CANARY = "Zebedee-canary saw the bruise on her arm"


def entries(stderr: str) -> list[dict[str, str]]:
    """Every line of `stderr` read as JSON (a line that is not fails the test)."""
    return [json.loads(line) for line in stderr.splitlines() if line.strip()]


@pytest.mark.e2e
async def test_a_running_bot_logs_one_json_object_per_line_without_what_was_typed(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        env = run_env(db, server.root, SOSBOT_LOG_FORMAT="JSON", SOSBOT_LOG_LEVEL="INFO")
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await start_a_draft(server)
            server.send_text(PRACTITIONER, "school")
            await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            server.send_text(PRACTITIONER, CANARY)
            await server.wait_for(lambda: "Question 3" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    logged = entries(log)
    assert {"time", "level", "logger", "message"} <= set(logged[0])
    assert logged[0]["time"].endswith("Z")
    messages = [e["message"] for e in logged]
    assert any("polling for updates" in m for m in messages), messages
    assert any("stopped" in m for m in messages), messages
    assert "Zebedee" not in log
    assert DEFAULT_TOKEN.split(":")[1] not in log


def test_a_traceback_is_one_string_of_the_entry_with_the_token_redacted(
        capsys: pytest.CaptureFixture[str]) -> None:
    token = "123456789:SECRETsecretSECRETsecretSECRETsecret12"
    setup_logging("INFO", secrets=(token,), form="json")
    try:
        raise RuntimeError(f"the call to /bot{token}/getMe failed")
    except RuntimeError:
        logging.getLogger("sosbot.test").exception("a request failed")
    logging.getLogger("sosbot.test").info("plain")
    first, second = entries(capsys.readouterr().err)
    assert first["level"] == "ERROR"
    assert first["message"] == "a request failed"
    assert "RuntimeError" in first["exception"]
    assert "Traceback" in first["exception"]
    assert "SECRET" not in json.dumps(first)
    assert second == {**second, "level": "INFO", "message": "plain"}
    assert "exception" not in second
    setup_logging()


def test_an_unknown_log_format_is_refused_naming_the_setting(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, capture_output=True, text=True,
        env=sosbot_env(TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, SOSBOT_LOG_FORMAT="xml"),
        timeout=HANG_GUARD, check=False)
    assert result.returncode == 2
    assert "SOSBOT_LOG_FORMAT" in result.stderr
    assert "text" in result.stderr
    assert "json" in result.stderr
