"""`sosbot` pointed at PostgreSQL by SOSBOT_DATABASE_URL, as an operator would run it."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage import shown
from tests.botapi_server import DEFAULT_TOKEN
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.postgres_server import PgCluster
from tests.telegram_world import TEST_KEY


def test_the_terminal_chat_keeps_a_draft_in_postgresql_and_carries_on(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    env = {"SOSBOT_DATABASE_URL": pg_cluster.new_database(), "SOSBOT_DATA_KEY": TEST_KEY}
    first = sosbot_here("chat", "--flow", "reflection", input="PG-1\nschool\n", cwd=tmp_path,
                        env=env)
    assert first.returncode == 0, first.stderr
    again = sosbot_here("chat", input="1\n", cwd=tmp_path, env=env)
    assert again.returncode == 0, again.stderr
    assert 'Continue "PG-1"' in again.stdout
    assert not list(tmp_path.glob("*.db"))  # nothing went to a SQLite file
    listed = sosbot_here("keys", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("ktest (current)")
    purged = sosbot_here("purge", cwd=tmp_path, env=env)
    assert purged.returncode == 0, purged.stderr
    assert "Erased 0 draft(s)" in purged.stdout


def test_an_unreachable_postgresql_is_one_line(tmp_path: Path) -> None:
    env = {"SOSBOT_DATABASE_URL": f"postgresql://nobody@/none?host={tmp_path}&port=1",
           "SOSBOT_DATA_KEY": TEST_KEY}
    result = sosbot_here("chat", "--flow", "reflection", input="", cwd=tmp_path, env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot be reached" in lines[0]


def test_a_database_url_sosbot_does_not_know_is_named(tmp_path: Path) -> None:
    result = sosbot_here("chat", input="", cwd=tmp_path,
                         env={"SOSBOT_DATABASE_URL": "mysql://x@y/z"})
    assert result.returncode == 2
    assert "SOSBOT_DATABASE_URL" in result.stderr


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql://sos:hunt/er2@db.example/sos", "postgresql://sos@db.example/sos cannot be read"),
    ("postgresql://sos:hunter2@[::1/sos", "postgresql://sos@[::1/sos cannot be read"),
    ("postgresql://sos@/none?password=hunter2&port=1&host=HOST",
     "postgresql://sos@/none?port=1&host=HOST: the server cannot be reached"),
])
@pytest.mark.parametrize("command", ["chat", "purge", "run"])
def test_a_password_in_the_database_url_is_never_shown(tmp_path: Path, url: str, said: str,
                                                        command: str) -> None:
    url, said = url.replace("HOST", str(tmp_path)), said.replace("HOST", str(tmp_path))
    env = {"SOSBOT_DATABASE_URL": url, "SOSBOT_DATA_KEY": TEST_KEY,
           "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "SOSBOT_LOG_LEVEL": "DEBUG"}
    # `sosbot run` is a process of its own (it settles the collector, takes the signals)
    start = run_sosbot if command == "run" else sosbot_here
    result = start(command, input="", cwd=tmp_path, env=env)
    assert result.returncode == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("sosbot:")]
    assert said in line
    assert "hunt" not in result.stdout + result.stderr  # at DEBUG, tracebacks included


def test_a_rotation_that_cannot_reach_postgresql_names_it_without_the_password(
        tmp_path: Path) -> None:
    url = f"postgresql://sos:hunter2@/none?host={tmp_path}&port=1"
    env = {"SOSBOT_DATABASE_URL": url}
    assert sosbot_here("keys", "new", "--write", cwd=tmp_path, env=env).returncode == 0
    key_before = (tmp_path / "sosbot.key").read_bytes()
    result = sosbot_here("keys", "rotate", cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert f"postgresql://sos@/none?host={tmp_path}&port=1" in result.stderr
    assert "Nothing was rotated" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr
    assert (tmp_path / "sosbot.key").read_bytes() == key_before


@pytest.mark.parametrize(("url", "said"), [
    ("postgresql://db.example/sos?password=hunt@er2", "postgresql://db.example/sos"),
    ("postgresql://sos@db.example/sos?password=hunt@er2&port=1",
     "postgresql://sos@db.example/sos?port=1"),
    ("postgresql://sos:hunt@er2@db.example/sos?Password=hunt@er3",
     "postgresql://sos@db.example/sos"),
])
def test_a_password_parameter_holding_an_at_sign_is_never_shown(url: str, said: str) -> None:
    # the "@" in the parameter used to be taken for the one after the user name
    assert shown(url) == said
