"""Leftovers of the fifty-second pass: what earlier passes saw and left alone. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest
from conftest import run_sosbot

from bot import cli
from storage import shown, shown_whole
from tests.telegram_world import TEST_KEY

# --- a database URL's password, said by one piece --------------------------------------------


@pytest.mark.parametrize("name", ["pass%77ord", "%70assword", "PASS%57ORD", "%50%61ssword"])
def test_a_password_parameter_with_its_name_percent_encoded_is_never_shown(
        tmp_path: Path, name: str) -> None:
    """libpq and asyncpg decode a parameter's name before reading it, so `?pass%77ord=` sets
    the password; the error saying the server cannot be reached quoted it whole."""
    url = f"postgresql://sos@/none?{name}=hunter2&port=1&host={tmp_path}"
    env = {"SOSBOT_DATABASE_URL": url, "SOSBOT_DATA_KEY": TEST_KEY}
    result = run_sosbot("purge", cwd=tmp_path, env=env)
    assert result.returncode == 1
    assert f"postgresql://sos@/none?port=1&host={tmp_path}" in result.stderr
    assert "hunter2" not in result.stdout + result.stderr


@pytest.mark.parametrize("url", ["postgresql://sos:s3cret@db.example/sosbot",
                                 "postgresql://sos:@db.example/sosbot",
                                 "postgresql://sos:s3/cret@db.example/sosbot",
                                 "postgresql://db.example/sosbot?pass%77ord=s3cret",
                                 "postgresql://db.example/sosbot?sslmode=require&PASSWORD=s3",
                                 "postgresql://[::1/sosbot",
                                 "postgresql://sos:s3cret@[::1/sosbot"])
def test_the_command_to_run_again_and_the_messages_agree_on_what_is_secret(url: str) -> None:
    """`sosbot chat` said its `--db` again only when nothing in it was secret, read by a URL
    parser of its own beside `shown`'s: now both are `shown`'s reading, and a URL that
    cannot be read is not said again either."""
    assert shown_whole(url) is None
    assert cli._again("sosbot chat", url) == "sosbot chat"
    assert "s3" not in shown(url)


@pytest.mark.parametrize("db", ["postgresql://db.example/sosbot?sslmode=require",
                                "postgresql://sos@db.example:5433/sosbot",
                                "/cases/minutes?password=none.db", "sqlite:///cases.db"])
def test_a_database_with_nothing_secret_is_named_in_the_command_to_run_again(db: str) -> None:
    """A file's path is never a URL, whatever it holds ("?password" was taken for a URL's
    query and the path left out of the command that carries on)."""
    assert shown_whole(db) == db
    assert cli._again("sosbot chat", db) == f"sosbot chat --db {shlex.quote(db)}"
