"""The fifty-fifth pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_sosbot
from tests.in_process import sosbot_here

NAMED_AS_KEY = ("has the name of its own data key's file (sosbot.key beside the database, by "
                "default); give the database another name (sosbot.db, say), or set "
                "SOSBOT_KEY_FILE.")


@pytest.mark.parametrize("how", ["env", "--db"])
def test_a_database_named_sosbot_key_is_refused_before_a_key_is_written_into_it(
        tmp_path: Path, how: str) -> None:
    """An operator set SOSBOT_DB=sosbot.key (or `--db sosbot.key`): the first chat wrote the
    new data key into that file, the key file's default name beside the database, then said
    the database was damaged. Now nothing is made and the line says why."""
    (tmp_path / ".env").write_text("SOSBOT_DB=sosbot.key\n" if how == "env" else "")
    args = ("chat", "--flow", "reflection") + (("--db", "sosbot.key") if how == "--db" else ())
    done = sosbot_here(*args, cwd=tmp_path, input="KB-1\n")
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"sosbot: The database sosbot.key {NAMED_AS_KEY}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_sosbot_run_with_its_database_named_sosbot_key_says_why_in_one_line(
        tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SOSBOT_DB=sosbot.key\n")
    done = run_sosbot("run", cwd=tmp_path, env={
        "TELEGRAM_BOT_TOKEN": "123:" + "A" * 35, "SOSBOT_API_ROOT": "http://127.0.0.1:9"})
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"sosbot: The database sosbot.key {NAMED_AS_KEY}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_a_database_named_sosbot_key_still_opens_with_the_key_in_the_environment(
        tmp_path: Path) -> None:
    """With SOSBOT_DATA_KEY set, no key file is read or made: that name harms nothing."""
    key = run_sosbot("keys", "new").stdout.strip()
    env = {"SOSBOT_DATA_KEY": key}
    done = sosbot_here("chat", "--flow", "reflection", "--db", "sosbot.key", cwd=tmp_path,
                       input="KB-1\n", env=env)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sosbot.key"]


RELATIVE = "a relative path is read from the folder the command runs in"


@pytest.mark.parametrize("command", [("purge",), ("keys", "list"), ("invite", "--list")])
def test_a_relative_database_not_found_is_named_whole_with_where_it_was_looked_for(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """The bot's settings in /etc/sosbot/main.env held `SOSBOT_DB=sosbot.db`, which the
    service reads in its working folder. An operator ran `sosbot purge --env-file
    etc/main.env` from her home folder and was told only "there is no database at
    sosbot.db", and looked for it beside the settings file, where it was. The line now names
    the whole path looked at, and why there."""
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "main.env").write_text("SOSBOT_DB=sosbot.db\n")
    (tmp_path / "etc" / "sosbot.db").touch()
    done = sosbot_here(*command, "--env-file", "etc/main.env", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"sosbot: there is no database at sosbot.db ({tmp_path}/sosbot.db: {RELATIVE}). Use "
        "--db or SOSBOT_DB to point at the bot's database (`sosbot run` or `sosbot chat` "
        "makes it when first started)."]


def test_an_invite_into_a_new_relative_database_names_the_file_it_made(
        tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    key = run_sosbot("keys", "new").stdout.strip()
    (tmp_path / "etc" / "main.env").write_text(f"SOSBOT_DB=sosbot.db\nSOSBOT_DATA_KEY={key}\n")
    done = sosbot_here("invite", "--env-file", "etc/main.env", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (f"sosbot: there was no database at sosbot.db ({tmp_path}/sosbot.db: {RELATIVE}), "
            "so a new one was made") in done.stderr
    assert (tmp_path / "sosbot.db").is_file()


def test_an_export_from_a_relative_database_not_there_names_it_whole(tmp_path: Path) -> None:
    done = sosbot_here("export", "KB-1", "--db", "cases/x.db", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"sosbot: there is no database at cases/x.db ({tmp_path}/cases/x.db: {RELATIVE}). "
        "Use --db or SOSBOT_DB to point at the one `sosbot chat` used."]
