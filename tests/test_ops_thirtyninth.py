"""The thirty-ninth pass's operations and teams leftovers, each met as an operator at a
terminal or a practitioner on a phone would meet it: the real CLI in a subprocess, the real
Application (tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on
the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_sosbot

TOKEN = "123456789:" + "a" * 35
SECRET = "s" * 32


# --- a bad webhook address stops only run --webhook -------------------------------------------


@pytest.mark.parametrize(("url", "said", "where"), [
    ("http://bot.council.example/telegram", "must be the public https:// address Telegram "
     "posts updates to", "set in .env, line 2"),
    ("https://bot.council.example:8080/telegram", "has the port 8080, and Telegram posts only "
     "to 443, 80, 88 or 8443; give your reverse proxy's public address", "set in .env, line 2"),
    # Docker's --env-file keeps the quotation marks, which .env's reader takes off
    ('"https://bot.council.example/telegram"', "is in quotation marks", "set in the environment"),
])
def test_a_bad_webhook_url_stops_only_run_webhook(tmp_path: Path, url: str, said: str,
                                                  where: str) -> None:
    """An operator who tried the webhook behind a proxy on port 8080 (or wrote http://) went
    back to polling and left SOSBOT_WEBHOOK_URL in .env: `sosbot chat`, `sosbot keys list`
    and `sosbot export` each said "SOSBOT_WEBHOOK_URL: has the port 8080 ..." and did
    nothing, for a setting they never use. They work now; `run --webhook` still refuses it,
    naming the setting, its line in .env and what is wrong."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_WEBHOOK_URL={url}\n"
                                   f"SOSBOT_WEBHOOK_SECRET={SECRET}\n")
    env = {"SOSBOT_WEBHOOK_URL": url} if where.endswith("environment") else {}
    made = run_sosbot("chat", "--flow", "reflection", input="KB-1\nSchool or college\n",
                      cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    assert "SOSBOT_WEBHOOK_URL" not in made.stderr
    listed = run_sosbot("keys", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    exported = run_sosbot("export", "KB-1", cwd=tmp_path, env=env)
    assert exported.returncode == 0, exported.stderr
    assert "School or college" in exported.stdout
    webhook = run_sosbot("run", "--webhook", cwd=tmp_path, env={**env, "TELEGRAM_BOT_TOKEN": TOKEN})
    assert webhook.returncode == 2
    [line] = webhook.stderr.splitlines()
    assert line.startswith(f"sosbot: SOSBOT_WEBHOOK_URL: {said}")
    assert line.endswith(f"({where})")
