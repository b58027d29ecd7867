"""The fiftieth pass's review of the forty-ninth's merged change and of the operator's path.
Each test failed on main as it was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import sosbot_env
from tests.in_process import sosbot_here
from tests.telegram_world import TEST_KEY

# Counts the opens of one file while `sosbot ARGS` runs in this child process
_COUNTING = """
import os, sys
name = sys.argv[1]
opened = []
def hook(event, args):
    if event == "open" and isinstance(args[0], (str, bytes, os.PathLike)) \\
            and os.path.basename(os.fsdecode(args[0])) == name:
        opened.append(args[0])
sys.addaudithook(hook)
from bot.cli import main
status = main(sys.argv[2:])
print(f"opened {len(opened)}", file=sys.stderr)
sys.exit(status)
"""


def _opens(name: str, *args: str, cwd: Path, env: dict[str, str]
           ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _COUNTING, name, *args], input="KB-1\n",
                          capture_output=True, text=True, cwd=cwd, env=sosbot_env(**env),
                          timeout=120, check=False)


_SETTINGS = ("SOSBOT_DB=bot.db\n"
             "SOSBOT_DATABASE_URL=sqlite:///other.db\n"
             "SOSBOT_DRAFT_DAYS=20\n")


def test_the_folders_env_is_read_once_at_start(tmp_path: Path) -> None:
    """`.env` was opened and parsed about six times before a command began (its lines, its
    ${VAR}s, pydantic's read, the unknown names, a setting set twice, the notes), each a
    separate read that could see another file than the one before. Read once now; every
    note is said as before."""
    (tmp_path / ".env").write_text(_SETTINGS, encoding="utf-8")
    done = _opens(".env", "chat", "--flow", "reflection", cwd=tmp_path,
                  env={"SOSBOT_DATA_KEY": TEST_KEY, "SOSBOT_DRAFT_DAYS": "25"})
    assert done.returncode == 0, done.stderr
    assert "SOSBOT_DATABASE_URL (set in .env, line 2) is the database used" in done.stderr
    assert "SOSBOT_DRAFT_DAYS is set in the environment and in .env, line 3" in done.stderr
    assert "opened 1" in done.stderr, done.stderr


def test_an_env_file_is_read_once_at_start(tmp_path: Path) -> None:
    """The same for the file --env-file names (read whole twice, then again for each retention
    setting `purge` says the source of)."""
    (tmp_path / "main.env").write_text(_SETTINGS, encoding="utf-8")
    made = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={"SOSBOT_DATA_KEY": TEST_KEY,
                           "SOSBOT_DATABASE_URL": "sqlite:///other.db"})
    assert made.returncode == 0, made.stderr
    done = _opens("main.env", "purge", "--env-file", "main.env", cwd=tmp_path, env={})
    assert done.returncode == 0, done.stderr
    assert "Retention applied" in done.stdout
    assert "SOSBOT_DATABASE_URL (set in main.env, line 2) is the database used" in done.stderr
    assert "opened 1" in done.stderr, done.stderr


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_an_env_that_cannot_be_read_is_an_operator_error(tmp_path: Path) -> None:
    """A `.env` that opens but fails as it is read (here a link to a file that answers
    every read with an input/output error, as a failing disk or a network share's does):
    a traceback from python-dotenv's parser, naming neither the file nor what to do."""
    (tmp_path / ".env").symlink_to("/proc/self/mem")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 2
    assert done.stderr.startswith("sosbot: .env: could not be read (Input/output error)"), \
        done.stderr
    assert done.stderr.count("\n") == 1


def test_an_at_sign_in_the_databases_password_is_said_to_need_encoding(tmp_path: Path) -> None:
    """README's PostgreSQL step puts `postgresql://sosbot:PASSWORD@HOST/sosbot` in main.env;
    a generated password holding "@" was read by the driver as ending there, so `sosbot
    invite` (and the bot) said the server "cannot be reached" and to check the host, which
    was right. Refused at start now, saying how to write it; the password is not shown."""
    done = sosbot_here("invite", cwd=tmp_path, env={
        "SOSBOT_DATABASE_URL": "postgresql://sosbot:pa@ss1@127.0.0.1/sosbot"})
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("sosbot: SOSBOT_DATABASE_URL: ")
    assert "%40" in done.stderr
    assert "cannot be reached" not in done.stderr
    assert "ss1" not in done.stderr  # nothing of the password


def test_readme_step_two_makes_the_settings_file_where_no_folder_was(tmp_path: Path) -> None:
    """Step 2 of the council deployment said to copy main.env.example to
    /etc/sosbot/main.env, and no step made /etc/sosbot: `cp` said "No such file or
    directory". Its command, run as written (the folder moved under tmp_path), makes the
    file, mode 600."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    step = readme.split("## Deploy for a council", 1)[1].split("\n2. ", 1)[1].split("\n3. ")[0]
    command = next(part for part in " ".join(step.split()).split("`")
                   if "main.env.example /etc/sosbot/main.env" in part)
    command = command.replace(" -o root -g root", "").replace("/etc/", f"{tmp_path}/etc/")
    done = subprocess.run(command, shell=True, cwd=Path(__file__).parents[1],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    made = tmp_path / "etc" / "sosbot" / "main.env"
    assert made.stat().st_mode & 0o777 == 0o600
