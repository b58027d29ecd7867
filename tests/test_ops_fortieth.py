"""The fortieth pass's operations and teams leftovers, each met as an operator at a terminal
or a practitioner on a phone would meet it: the real CLI in a subprocess, the real
Application (tests/memory_botapi.py) on real SQLite files (and PostgreSQL where the store's
contract is at stake). Each test of a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_sosbot

TOKEN = "123456789:" + "a" * 35
URL = "https://bot.council.example/telegram"


# --- a webhook secret refused names where it was set ------------------------------------------


@pytest.mark.parametrize(("secret", "said", "where"), [
    ("k9f2", "is 4 characters, short enough to guess by posting to the webhook; use at least "
     "16 characters (`openssl rand -hex 32` makes 64)", "set in .env, line 3"),
    ("abc+" * 5, "must be 16 to 256 characters, only A-Z, a-z, 0-9, _ and - (Telegram takes "
     "no others); `openssl rand -hex 32` makes one", "set in .env, line 3"),
    ("k9f2", "is 4 characters, short enough to guess", "set in the environment"),
])
def test_a_refused_webhook_secret_names_where_it_was_set(tmp_path: Path, secret: str,
                                                         said: str, where: str) -> None:
    """An operator's `run --webhook` stopped with "SOSBOT_WEBHOOK_SECRET: is 4 characters,
    short enough to guess ...", and nothing said where that secret came from: main.env,
    .env, or an Environment= line of the unit left from a test. The line names it now, as
    the refusal of SOSBOT_WEBHOOK_URL names its line: the file and line, or the
    environment."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_WEBHOOK_URL={URL}\n"
                                   f"SOSBOT_WEBHOOK_SECRET={secret}\n")
    env = {"TELEGRAM_BOT_TOKEN": TOKEN}
    if where.endswith("environment"):
        env["SOSBOT_WEBHOOK_SECRET"] = secret
    done = run_sosbot("run", "--webhook", cwd=tmp_path, env=env)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"sosbot: SOSBOT_WEBHOOK_SECRET: {said}")
    assert line.endswith(f"({where})")
