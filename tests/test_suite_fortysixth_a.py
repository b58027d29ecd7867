"""The forty-sixth pass ran most `sosbot` commands of the process-heavy test files in the
test's own process (tests/in_process.py): what they see there is what the real command, a
child process, prints, saves and exits with; `sosbot run` is never run there."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_sosbot
from tests.in_process import sosbot_here

ANSWERS = "KB-1\nSchool or college\nSaw a bruise\n/review\n/nonsense\n"


@pytest.mark.parametrize("args", [
    ("chat", "--flow", "reflection", "--db", "DB"), ("flows", "list"), ("chat", "--flow"),
    ("keys", "list", "--db", "DB"), ("export", "KB-9", "--db", "DB")])
def test_a_command_run_here_says_and_exits_as_the_real_one(tmp_path: Path,
                                                          args: tuple[str, ...]) -> None:
    outcomes = []
    for how, start in (("child", run_sosbot), ("here", sosbot_here)):
        folder = tmp_path / how
        folder.mkdir()
        done = start(*(str(folder / "t.db") if a == "DB" else a for a in args), input=ANSWERS,
                     cwd=folder)
        outcomes.append((done.returncode, done.stdout.replace(str(folder), "F"),
                         done.stderr.replace(str(folder), "F"),
                         sorted(p.name for p in folder.iterdir())))
    assert outcomes[0] == outcomes[1]


def test_sosbot_run_is_never_run_in_the_tests_process(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="process of its own"):
        sosbot_here("run", cwd=tmp_path)
