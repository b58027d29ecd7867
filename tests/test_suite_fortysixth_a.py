"""The forty-sixth pass ran most `sosbot` commands of the process-heavy test files in the
test's own process (tests/in_process.py): what they see there is what the real command, a
child process, prints, saves and exits with; `sosbot run` is run there only as far as its
settings refusing it, never to its start."""

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


def test_sosbot_run_is_never_started_in_the_tests_process(tmp_path: Path) -> None:
    token = {"TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35, "SOSBOT_API_ROOT": "http://127.0.0.1:9"}
    with pytest.raises(ValueError, match="process of its own"):
        sosbot_here("run", cwd=tmp_path, env=token)
    with pytest.raises(ValueError, match="process of its own"):
        sosbot_here("run", cwd=tmp_path)  # no token: refused there, but only once it starts


@pytest.mark.parametrize("env", [{"SOSBOT_DRAFT_DAYS": "soon"}, {"SOSBOT_LOG_LEVEL": "LOUD"}])
def test_sosbot_run_refused_by_its_settings_here_says_and_exits_as_the_real_one(
        tmp_path: Path, env: dict[str, str]) -> None:
    here = sosbot_here("run", cwd=tmp_path, env=env)
    child = run_sosbot("run", cwd=tmp_path, env=env)
    assert here.returncode == child.returncode == 2
    assert here.stderr == child.stderr != ""
    assert here.stdout == child.stdout
