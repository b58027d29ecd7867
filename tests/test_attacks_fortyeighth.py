"""The forty-eighth pass's attacks on the real `sosbot run` (polling the local Bot API
server, and webhook mode) and `sosbot chat`, and the last pass's operations leftovers. Each
test of a defect failed on the code as it was.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_sosbot
from tests.telegram_world import TEST_KEY

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}
TOKEN = {"TELEGRAM_BOT_TOKEN": "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}
PUBLIC_URL = "https://bot.council.example/telegram/updates"


# --- a webhook setting missing: which file to fill ------------------------------------------------


def test_a_missing_webhook_secret_under_systemd_names_the_env_file_to_fill(
        tmp_path: Path) -> None:
    """`sosbot@main` stopped with "SOSBOT_WEBHOOK_SECRET: missing; set a random secret ..."
    and nothing said where: main.env, second.env, .env or a unit's Environment= line. The
    file the unit reads its settings from is named now, as it is for a wrong secret."""
    done = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **KEYED, **TOKEN, "SOSBOT_WEBHOOK_URL": PUBLIC_URL, "SOSBOT_DB": str(tmp_path / "b.db"),
        "SOSBOT_SETTINGS_FROM": "/etc/sosbot/main.env"})
    assert done.returncode == 2
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_WEBHOOK_SECRET: missing; set a random secret")
    assert said.endswith("(set it in /etc/sosbot/main.env)")


def test_a_webhook_secret_left_empty_in_env_is_named_at_its_line(tmp_path: Path) -> None:
    """main.env.example's `SOSBOT_WEBHOOK_SECRET=` left as it is: the line is named."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=b.db\nSOSBOT_WEBHOOK_URL={PUBLIC_URL}\n"
                                   "SOSBOT_WEBHOOK_SECRET=\n")
    done = run_sosbot("run", "--webhook", cwd=tmp_path, env={**KEYED, **TOKEN})
    assert done.returncode == 2
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_WEBHOOK_SECRET: missing; set a random secret")
    assert said.endswith("(empty in .env, line 3)")


def test_missing_webhook_settings_with_no_settings_file_say_where_they_go(
        tmp_path: Path) -> None:
    done = run_sosbot("run", "--webhook", cwd=tmp_path,
                      env={**KEYED, **TOKEN, "SOSBOT_DB": str(tmp_path / "b.db")})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "SOSBOT_WEBHOOK_URL", "SOSBOT_WEBHOOK_SECRET"]
    for line in lines:
        assert line.endswith("(set it in .env in the folder sosbot starts in, or in the "
                             "environment)"), line


def test_a_missing_token_under_systemd_names_the_env_file_not_dot_env(tmp_path: Path) -> None:
    """"put it in .env" sent the operator of `sosbot@second` to a file the unit never reads."""
    done = run_sosbot("run", cwd=tmp_path, env={
        **KEYED, "SOSBOT_DB": str(tmp_path / "b.db"),
        "SOSBOT_SETTINGS_FROM": "/etc/sosbot/second.env"})
    assert done.returncode == 2
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: TELEGRAM_BOT_TOKEN: missing. Ask @BotFather for a token")
    assert "put it in /etc/sosbot/second.env" in said
    assert ".env (see" not in said
