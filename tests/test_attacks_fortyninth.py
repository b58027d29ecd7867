"""The forty-ninth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, and the last pass's leftovers. Each test of a defect
failed on the code as it was.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import TEST_KEY, run_env

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}
WRONG_TOKEN = "987654321:WRONG-token-that-is-well-formed_xyz"
PUBLIC_URL = "https://bot.council.example/telegram/updates"
SECRET = "0123456789abcdef0123"


async def _run_once(tmp_path: Path, env: dict[str, str]) -> tuple[int | None, str]:
    """`sosbot run` against the local Bot API server until it stops on its own."""
    async with BotApiServer() as server:
        async with sosbot_child("run", cwd=tmp_path,
                                env={**env, "SOSBOT_API_ROOT": server.root}) as child:
            _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    return child.returncode, stderr.decode()


# --- a token Telegram rejects: where it was set -------------------------------------------------


@pytest.mark.e2e
async def test_a_token_telegram_rejects_names_the_line_of_env_that_set_it(
        tmp_path: Path) -> None:
    """"Telegram rejected the token: check TELEGRAM_BOT_TOKEN." sent an operator with a
    .env, a shell's export and a unit's env file to guess which one held the old token. The
    line names where the token was set, as a wrong setting's line does, never the token."""
    (tmp_path / ".env").write_text(f"SOSBOT_LOG_LEVEL=WARNING\nTELEGRAM_BOT_TOKEN={WRONG_TOKEN}\n")
    env = {k: v for k, v in run_env(tmp_path / "bot.db", "").items()
           if k != "TELEGRAM_BOT_TOKEN"}
    status, stderr = await _run_once(tmp_path, env)
    said = stderr.strip().splitlines()[-1]
    assert status == 1
    assert said.startswith("sosbot: Telegram rejected the token: check TELEGRAM_BOT_TOKEN")
    assert "(set in .env, line 2)" in said, said
    assert WRONG_TOKEN.split(":")[1] not in stderr


@pytest.mark.e2e
async def test_a_token_telegram_rejects_under_systemd_names_the_units_env_file(
        tmp_path: Path) -> None:
    env = run_env(tmp_path / "bot.db", "", TELEGRAM_BOT_TOKEN=WRONG_TOKEN,
                  SOSBOT_SETTINGS_FROM="/etc/sosbot/second.env")
    status, stderr = await _run_once(tmp_path, env)
    said = stderr.strip().splitlines()[-1]
    assert status == 1
    assert "(set in the environment, from /etc/sosbot/second.env)" in said, said
    assert WRONG_TOKEN.split(":")[1] not in stderr
