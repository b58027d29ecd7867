"""The thirty-eighth pass's leftovers (third part), each met as an operator at a terminal or
a practitioner on a phone would meet it: the real CLI in a subprocess, the real Application
(tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as
it was."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_sosbot

SHORT = {"SOSBOT_WEBHOOK_SECRET": "k9f2"}  # left in .env from a trial of the webhook
HELD = "Mum, dad, John Smith (07700 900123), school DSL"  # held back by the note on a name


# --- a short webhook secret stops only the webhook ----------------------------------------------


def test_a_short_webhook_secret_stops_only_run_webhook(tmp_path: Path) -> None:
    """An operator who once tried the webhook left `SOSBOT_WEBHOOK_SECRET=k9f2` in .env and
    went back to polling: `sosbot chat`, `sosbot keys list` and `sosbot export` each said
    "SOSBOT_WEBHOOK_SECRET: is 4 characters, short enough to guess" and did nothing, for a
    setting they never use. They work now; `run --webhook` still refuses it, naming it."""
    db = str(tmp_path / "sosbot.db")
    env = {**SHORT, "SOSBOT_DB": db}
    made = run_sosbot("chat", "--flow", "reflection", input="KB-1\nSchool or college\n",
                      cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    assert "SOSBOT_WEBHOOK_SECRET" not in made.stderr
    listed = run_sosbot("keys", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    exported = run_sosbot("export", "KB-1", cwd=tmp_path, env=env)
    assert exported.returncode == 0, exported.stderr
    assert "School or college" in exported.stdout
    webhook = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates"})
    assert webhook.returncode == 2
    assert webhook.stderr.splitlines() == [
        "sosbot: SOSBOT_WEBHOOK_SECRET: is 4 characters, short enough to guess by posting to "
        "the webhook; use at least 16 characters (`openssl rand -hex 32` makes 64)"]
    odd = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates",
        "SOSBOT_WEBHOOK_SECRET": "abc+" * 5})
    assert odd.returncode == 2
    assert "SOSBOT_WEBHOOK_SECRET: must be 16 to 256 characters" in odd.stderr
