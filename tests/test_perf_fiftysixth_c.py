"""The fifty-sixth pass's start-up cut: `sosbot --help`, a command's `--help` and a mistyped
option are answered before the settings, the store and the checks are loaded, and the
operator's commands run from cron (`purge`, `keys`, `invite`) no longer load the word list's
checks nor the YAML reader they never use.

Before, every `sosbot` command imported pydantic, the settings, the store, cryptography and
the plain-language checks just to build its options: `sosbot --help` ran about 1,089 million
instructions (callgrind, bytecode compiled as an install has it), now about 243 million. What
each command loads is asserted here in a child process, as the installed command runs it; the
answers are the same as before.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import sosbot_env

from flows import errors
from flows.checks import words
from storage.store import Store

# What the settings, the store and the checks bring: each a good part of a start-up.
SETTINGS_AND_STORE = ("pydantic", "pydantic_settings", "bot.config", "storage", "cryptography",
                      "aiosqlite", "asyncio", "flows.answers")
# What only the commands that read a word list or a flow need.
WORD_LIST = ("flows.checks.words", "yaml", "flows.yamlfile")

# `sosbot ARGS` as the installed command runs it (`bot.cli.main`), then the modules it
# loaded of those above, on the last line of standard error.
PROBE = ("import sys\n"
         "from bot.cli import main\n"
         "try:\n"
         "    sys.exit(main(sys.argv[1:]))\n"
         "finally:\n"  # `--help` and a mistyped option exit inside argparse
         "    sys.stdout.flush()\n"
         f"    print(*[m for m in {SETTINGS_AND_STORE + WORD_LIST!r} if m in sys.modules],"
         " file=sys.stderr)\n")


def sosbot_loading(*args: str, cwd: Path) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """`sosbot ARGS` run to the end in a child process, and what it loaded of the above."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, env=sosbot_env(), cwd=cwd, timeout=120, check=False)
    return done, done.stderr.splitlines()[-1].split()


@pytest.mark.parametrize(("args", "said"), [
    (("--help",), "purge"),
    (("keys", "list", "--help"), "Show each key id and how many values it sealed."),
    (("invite", "--help"), "(default 7, at most 90)"),
    (("export", "--help"), "{html,docx,txt}"),
])
def test_help_comes_without_the_settings_the_store_or_the_checks(
        tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    done, loaded = sosbot_loading(*args, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(" ".join(("usage: sosbot", *args[:-1], "[-h]")))
    assert said in " ".join(done.stdout.split())
    assert "--db PATH" in done.stdout or args == ("--help",)
    assert loaded == []
    assert list(tmp_path.iterdir()) == []  # no database, no key file made


def test_a_mistyped_option_is_refused_before_anything_is_loaded(tmp_path: Path) -> None:
    """`sosbot purge --dbb x` from a crontab: argparse's usage and error, status 2, at once."""
    done, loaded = sosbot_loading("purge", "--dbb", "x", cwd=tmp_path)
    assert done.returncode == 2
    assert "sosbot: error: unrecognized arguments: --dbb x" in done.stderr
    assert loaded == []


async def test_purge_and_keys_list_run_without_the_word_lists_checks(tmp_path: Path) -> None:
    """The commands cron runs read the settings and the store, and not the word list's
    pydantic models, the checks' tables or the YAML reader, which only `chat`, `run`,
    `language-check` and the flows need."""
    db = tmp_path / "sosbot.db"
    await (await Store.open(db)).close()
    purged, loaded = sosbot_loading("purge", "--db", str(db), cwd=tmp_path)
    assert purged.returncode == 0, purged.stderr
    assert "Erased 0 draft(s), 0 idle session(s)" in purged.stdout
    assert [m for m in WORD_LIST if m in loaded] == []
    assert "bot.config" in loaded  # the settings are read, as before
    listed, loaded = sosbot_loading("keys", "list", "--db", str(db), cwd=tmp_path)
    assert listed.returncode == 1  # no key yet: refused as before, saying how to make one
    assert "No data key" in listed.stderr
    assert "sosbot keys new --write" in listed.stderr
    assert [m for m in WORD_LIST if m in loaded] == []


def test_a_broken_councils_word_list_still_stops_the_chat_first(tmp_path: Path) -> None:
    """Loaded later than before, the list is still read before the chat opens, and its
    problem still named by file, line and field, with nothing saved."""
    listed = tmp_path / "words.yaml"
    listed.write_text("terms:\n- term: DV\n  question: What did you see?\n- term: dv\n"
                      "  question: What happened?\n")
    done = subprocess.run([sys.executable, "-m", "bot.cli", "chat", "--db",
                           str(tmp_path / "bot.db"), "--flow", "reflection"],
                          input="KB-1\n", capture_output=True, text=True, cwd=tmp_path,
                          env=sosbot_env(SOSBOT_WORDS=str(listed)), timeout=120, check=False)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        f"sosbot: SOSBOT_WORDS: {listed}:4: terms[1].term: the term 'dv' is listed twice"]
    assert not (tmp_path / "bot.db").exists()
    assert done.stdout == ""


def test_the_word_lists_error_is_the_one_the_command_line_catches() -> None:
    """`sosbot` catches it without loading the checks; the checks raise the same class."""
    assert words.WordListError is errors.WordListError
    assert issubclass(errors.WordListError, errors.FlowError)
