"""`sosbot run` as an operator meets it when something is wrong: one true line, never the token.

Each case is the real `sosbot run` process (python -m bot.cli run) pointed at the local Bot API
server, or at nothing; of the settings it refuses before it starts, one each way in the real
process and the rest as far as the settings go in the test's own (tests/in_process.py).
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import load_settings
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.conftest import sosbot_env
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, run_env

pytestmark = pytest.mark.e2e
WRONG_TOKEN = "987654321:WRONG-token-that-is-well-formed_xyz"
CONFLICT = ("Conflict: terminated by other getUpdates request; make sure that only one bot "
            "instance is running")


def run(tmp_path: Path, *, here: bool = False, **env: str) -> subprocess.CompletedProcess[str]:
    """`sosbot run` with these settings; `here`: refused by them, as far as they go, in the
    test's own process (tests/in_process.py), what the process prints and exits with."""
    values = {"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "SOSBOT_DATA_KEY": TEST_KEY,
              "SOSBOT_ALLOWED_USERS": str(PRACTITIONER), "SOSBOT_DB": str(tmp_path / "bot.db"),
              **env}
    if here:
        return sosbot_here("run", cwd=tmp_path, env=values)
    return subprocess.run([sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path,
                          env=sosbot_env(**values), capture_output=True, text=True,
                          timeout=HANG_GUARD, check=False)


def assert_one_line(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    assert result.returncode not in (0, None), result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert result.stdout == ""
    for text in expected:
        assert text in lines[0]
    return lines[0]


def assert_no_token(output: str, token: str) -> None:
    assert token not in output
    assert token.split(":")[1] not in output


@pytest.fixture
async def server() -> BotApiServer:
    async with BotApiServer() as running:
        yield running  # type: ignore[misc]


async def test_a_wrong_token_is_one_line_and_shown_nowhere(
        tmp_path: Path, server: BotApiServer) -> None:
    result = await asyncio.to_thread(run, tmp_path, TELEGRAM_BOT_TOKEN=WRONG_TOKEN,
                                     SOSBOT_API_ROOT=server.root)
    line = assert_one_line(result, "Telegram rejected the token: check TELEGRAM_BOT_TOKEN")
    assert_no_token(line, WRONG_TOKEN)
    assert [e.status for e in server.errors] == [401]


async def test_at_debug_the_traceback_is_logged_without_the_token(
        tmp_path: Path, server: BotApiServer) -> None:
    result = await asyncio.to_thread(run, tmp_path, TELEGRAM_BOT_TOKEN=WRONG_TOKEN,
                                     SOSBOT_API_ROOT=server.root, SOSBOT_LOG_LEVEL="DEBUG")
    assert result.returncode == 1
    assert "Telegram rejected the token" in result.stderr.splitlines()[-1]
    assert "InvalidToken" in result.stderr  # the traceback is there for whoever debugs
    assert_no_token(result.stdout + result.stderr, WRONG_TOKEN)


def test_an_unreachable_api_root_is_one_line(tmp_path: Path) -> None:
    root = f"http://127.0.0.1:{free_port()}"
    result = run(tmp_path, SOSBOT_API_ROOT=root, SOSBOT_LOG_LEVEL="DEBUG")
    assert result.returncode == 1
    last = result.stderr.splitlines()[-1]
    assert last.startswith(f"sosbot: Could not reach Telegram's Bot API at {root}")
    assert "SOSBOT_API_ROOT" in last
    assert_no_token(result.stderr, DEFAULT_TOKEN)
    assert_one_line(run(tmp_path, SOSBOT_API_ROOT=root), "Could not reach", "SOSBOT_API_ROOT")


def test_a_login_in_the_api_root_is_shown_nowhere(tmp_path: Path) -> None:
    """A Bot API server behind a proxy that asks for a login: the one line names the server,
    not the password, at any log level."""
    port = free_port()
    root = f"http://relay-user:Relay-Pass-7731@127.0.0.1:{port}"
    for level in ("WARNING", "DEBUG"):
        result = run(tmp_path, SOSBOT_API_ROOT=root, SOSBOT_LOG_LEVEL=level)
        assert result.returncode == 1
        assert result.stderr.splitlines()[-1].startswith(
            f"sosbot: Could not reach Telegram's Bot API at http://127.0.0.1:{port} (")
        assert "Relay-Pass-7731" not in result.stdout + result.stderr
        assert_no_token(result.stderr, DEFAULT_TOKEN)


@pytest.mark.parametrize(("env", "named"), [
    ({"TELEGRAM_BOT_TOKEN": ""}, "TELEGRAM_BOT_TOKEN"),
    ({"TELEGRAM_BOT_TOKEN": "not-a-token"}, "TELEGRAM_BOT_TOKEN"),
    ({"SOSBOT_DATA_KEY": ""}, "SOSBOT_DATA_KEY"),
    ({"SOSBOT_DRAFT_DAYS": "0"}, "SOSBOT_DRAFT_DAYS"),
    ({"SOSBOT_API_ROOT": "api.telegram.org"}, "SOSBOT_API_ROOT"),
    ({"SOSBOT_ALLOWED_USERS": "4242,99999999999999999999999"}, "SOSBOT_ALLOWED_USERS"),
    ({"SOSBOT_ALLOWED_USERS": "0"}, "SOSBOT_ALLOWED_USERS"),
])
def test_each_wrong_setting_is_one_line_naming_it(
        tmp_path: Path, env: dict[str, str], named: str) -> None:
    # the first refused by the real process (its exit status too), and the data key, read
    # once the settings have let the start go on; the others here, alike
    here = env != {"TELEGRAM_BOT_TOKEN": ""} and named != "SOSBOT_DATA_KEY"
    line = assert_one_line(run(tmp_path, here=here, **env), named)
    assert line.startswith("sosbot: ")
    assert "Value error" not in line  # pydantic's words, not the operator's
    assert not (tmp_path / "bot.db").exists() or named == "SOSBOT_DATA_KEY"


@pytest.mark.parametrize("where", ["environment", ".env"])
def test_a_misspelt_setting_is_refused_naming_the_one_meant(tmp_path: Path, where: str) -> None:
    # SOSBOT_DRAFT_DAYS=7 misspelt used to be ignored: drafts were kept 30 days, unseen
    if where == ".env":
        (tmp_path / ".env").write_text("SOSBOT_DARFT_DAYS=7\n", encoding="utf-8")
    result = run(tmp_path, here=where == ".env",
                 **({"SOSBOT_DARFT_DAYS": "7"} if where == "environment" else {}))
    assert result.returncode == 2
    assert_one_line(result, "SOSBOT_DARFT_DAYS: not a setting sosbot knows (did you mean "
                    "SOSBOT_DRAFT_DAYS?)")
    assert not (tmp_path / "bot.db").exists()


def test_a_setting_in_lower_case_is_honoured_not_refused(monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    # pydantic reads it (case-insensitively); the check for misspelt names refused it anyway
    monkeypatch.setenv("sosbot_draft_days", "7")
    assert load_settings().draft_days == 7


def test_an_env_file_in_another_encoding_names_its_line(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"SOSBOT_LOG_LEVEL=INFO\n# caf\xe9 notes\n")
    line = assert_one_line(run(tmp_path), ".env:2:", "not UTF-8", "save it as UTF-8")
    assert "set it in the environment" not in line


async def test_a_polling_conflict_is_one_clear_line_and_the_bot_carries_on(
        tmp_path: Path, server: BotApiServer) -> None:
    server.fail("getUpdates", code=409, description=CONFLICT, times=3)
    env = run_env(tmp_path / "bot.db", server.root)
    async with sosbot_child("run", cwd=tmp_path, env=env) as child:
        await server.wait_for(lambda: len(server.calls_to("getUpdates")) > 3, HANG_GUARD)
        server.send_command(PRACTITIONER, "start")
        await server.wait_for(lambda: server.chat(PRACTITIONER), timeout=HANG_GUARD)
        log = await stop(child)
    assert child.returncode == 0, log
    assert [e.status for e in server.errors] == [409, 409, 409]
    assert "Traceback" not in log
    [line] = log.splitlines()
    assert "another program polling with this bot's token (Conflict)" in line
    assert "only one `sosbot run` may use a token" in line
