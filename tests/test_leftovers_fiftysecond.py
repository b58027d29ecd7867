"""Leftovers of the fifty-second pass: what earlier passes saw and left alone. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

import pytest
from conftest import run_sosbot, sosbot_command, sosbot_env

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


# --- `sosbot keys new --write` where a key file is there already -------------------------------


def chained(tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """`sosbot keys new --write && sosbot chat ...`, as a newcomer types it in a shell."""
    keys, chat = (shlex.join(sosbot_command(*args)) for args in (
        ("keys", "new", "--write"), ("chat", "--flow", "reflection")))
    return subprocess.run(["sh", "-c", f"{keys} && {chat}"], input="KB-2\n", text=True,
                          capture_output=True, cwd=tmp_path, env=sosbot_env(), timeout=120,
                          check=False)


def test_a_key_file_sosbot_uses_is_kept_and_the_command_after_it_runs(tmp_path: Path) -> None:
    """The README's "Try it" chat makes sosbot.key; "Use it in Telegram" step 2 then runs
    `sosbot keys new --write`. With the key kept, it ended with status 1, and whatever was
    chained after it with `&&` never ran."""
    tried = run_sosbot("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path)
    assert tried.returncode == 0, tried.stderr
    key = (tmp_path / "sosbot.key").read_bytes()
    result = chained(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "already exists" in result.stdout
    assert "nothing was written" in result.stdout
    assert 'Started "KB-2"' in result.stdout  # the chat after `&&` ran, with that key
    assert (tmp_path / "sosbot.key").read_bytes() == key


@pytest.mark.parametrize("spoiled", ["not a key at all\n", ""])
def test_a_key_file_sosbot_cannot_use_still_stops_the_commands_after_it(
        tmp_path: Path, spoiled: str) -> None:
    """Kept or not, a key file that is no key (emptied, overwritten) is the operator's to put
    right: status 1, nothing written, nothing after `&&` run."""
    path = tmp_path / "sosbot.key"
    path.write_text(spoiled)
    path.chmod(0o600)
    result = chained(tmp_path)
    assert result.returncode == 1
    assert "Started" not in result.stdout
    assert path.read_text() == spoiled
