"""The forty-fourth pass's start-up cuts change nothing an operator or a flow author sees.

`sosbot --help`, `keys new` and `purge` answer as before without loading the flows engine,
jinja2 or the flow loader, which only the commands that read flows need; a drafting template
shared by several steps is still checked against each step's own earlier answers. The tests'
own files are kept in memory where the machine has room for them.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from builders import write_yaml
from conftest import _in_memory, sosbot_env
from test_loader import VALID, broken, edited, only

from storage.store import Store

# What only the commands that read flows need: each a good part of a start-up.
FLOW_MACHINERY = ("flows.engine", "flows.loader", "jinja2", "bot.session_commands",
                  "bot.wording")

# `sosbot ARGS` as the installed command runs it (`bot.cli.main`), then the modules it
# loaded of FLOW_MACHINERY, on the last line of standard error.
PROBE = ("import sys\n"
         "from bot.cli import main\n"
         "try:\n"
         "    sys.exit(main(sys.argv[1:]))\n"
         "finally:\n"  # `--help` exits inside argparse
         "    sys.stdout.flush()\n"
         f"    print(*[m for m in {FLOW_MACHINERY!r} if m in sys.modules], file=sys.stderr)\n")


def sosbot_loading(*args: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """`sosbot ARGS` run to the end in a child process, and what it loaded of FLOW_MACHINERY."""
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                          text=True, env=sosbot_env(), timeout=120, check=False)
    return done, done.stderr.splitlines()[-1].split()


@pytest.mark.parametrize("args", [("--help",), ("keys", "new")])
def test_help_and_a_new_key_come_without_loading_the_flows(args: tuple[str, ...]) -> None:
    done, loaded = sosbot_loading(*args)
    assert done.returncode == 0, done.stderr
    assert ("usage: sosbot" in done.stdout) if args == ("--help",) else done.stdout.strip()
    assert loaded == []


async def test_purge_erases_as_before_without_loading_the_flows(tmp_path: Path) -> None:
    db = tmp_path / "sosbot.db"
    await (await Store.open(db)).close()
    done, loaded = sosbot_loading("purge", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert "Erased 0 draft(s), 0 idle session(s)" in done.stdout
    assert loaded == []


def test_a_template_shared_by_two_steps_is_checked_against_each_ones_earlier_answers(
        tmp_path: Path) -> None:
    """Parsed once, the template reading `a.a` is fine on the second step and refused on
    the first, where `a` is not yet answered."""
    source = (edited(edited(VALID, 19, insert="        draft: t"), 15, insert="        draft: t")
              + "templates:\n  t: '{{ a.a }} and {{ a.a }}'\n")
    problem = only(broken(write_yaml(tmp_path, source)))
    assert (problem.line, problem.field) == (16, "sections[0].steps[0].draft")
    assert "a.a" in problem.message


@pytest.mark.skipif(not _in_memory(Path("/dev/shm"))
                    or os.environ.get("TMPDIR", "/dev/shm") != "/dev/shm",
                    reason="no room in memory here, or TMPDIR chosen by whoever runs the tests")
def test_the_tests_files_and_the_commands_they_run_are_kept_in_memory(tmp_path: Path) -> None:
    """Their stores commit without waiting for a disk: the suite in less time, the same
    SQLite files, read and written as in service."""
    assert tmp_path.resolve().is_relative_to("/dev/shm")
    assert sosbot_env()["TMPDIR"] == "/dev/shm"
