"""Every example in the README runs: its shell commands and its flow file.

The shell examples are taken from the README itself and run with bash, `sosbot` being this
checkout's `python -m bot.cli`. Installing with pip would change the shared interpreter, so
an install step is checked against pyproject.toml instead, and the test command is run as
far as collecting the suite (running it in full from inside itself would never end).
"""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from conftest import REPO, run_sosbot, sosbot_command, sosbot_env

from tests.terminal import Terminal

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```(\w*)\n(.*?)^```", README, flags=re.M | re.S)
SHELL = [code for lang, code in BLOCKS if lang == "sh"]
INSTALL = re.compile(r"python -m pip install -e (\S+) && ")


def runnable(code: str, folder: Path) -> str:
    """A README command as bash can run it here: this checkout, a scratch folder."""
    # The README's /tmp/ first, so that a Python or checkout under /tmp stays where it is.
    code = code.replace("\\\n", " ").replace("/tmp/", f"{folder}/")
    extra = INSTALL.search(code)
    if extra:
        check_installable(shlex.split(extra[1])[0])
        code = INSTALL.sub("", code)
    sosbot = " ".join(shlex.quote(part) for part in sosbot_command())
    code = re.sub(r"(^|\|\s*|&&\s*)sosbot ", rf"\g<1>{sosbot} ", code, flags=re.M)
    # Collected once, here (-n 0): two workers would each collect the whole suite again.
    # Its asserts are not rewritten (--assert=plain): every module is still imported and every
    # test found, and rewriting 15,000 asserts anew (no bytecode written here) was more than
    # half of the collection's CPU.
    tests = shlex.quote(str(REPO / "tests"))
    return re.sub(r"python -m pytest$", f"{shlex.quote(sys.executable)} -m pytest "
                  f"--collect-only -q -n 0 -p no:cacheprovider --assert=plain {tests}",
                  code.strip(), flags=re.M)


def check_installable(target: str) -> None:
    """`pip install -e TARGET` would install sosbot with its `sosbot` command and extras."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["scripts"]["sosbot"] == "bot.cli:main"
    extras = re.fullmatch(r"\.(?:\[(\w+)\])?", target)
    assert extras, f"the README installs {target!r}, not this checkout"
    if extras[1]:
        assert extras[1] in project["optional-dependencies"]


def run(code: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-o", "pipefail", "-c", runnable(code, folder)],
                          capture_output=True, text=True, cwd=folder, env=sosbot_env(),
                          stdin=subprocess.DEVNULL, timeout=600, check=False)


def test_the_readme_has_the_examples_these_tests_run() -> None:
    assert len(SHELL) == 3
    assert SHELL[0].strip().endswith("&& sosbot run")  # the bot's own command, no token yet
    assert "| sosbot chat --flow reflection" in SHELL[1]
    assert "python -m pytest" in SHELL[2]


def test_try_it_opens_the_tools_at_a_terminal_and_ends_cleanly_at_ctrl_d(tmp_path: Path) -> None:
    """`sosbot run` with no token, typed at a terminal, as a newcomer tries it."""
    with Terminal(argv=["bash", "-c", runnable(SHELL[0], tmp_path)], cwd=tmp_path) as terminal:
        note = terminal.wait_for(b"no TELEGRAM_BOT_TOKEN yet")
        terminal.wait_for(b"Which tool would you like to use?", note)
        terminal.wait_for(b"> ")
        terminal.end()
    assert terminal.child.returncode == 0
    assert (tmp_path / "sosbot.db").is_file()


def test_the_piped_example_lands_every_answer_on_its_own_question(tmp_path: Path) -> None:
    done = run(SHELL[1], tmp_path)
    assert done.returncode == 0, done.stderr
    summary = done.stdout[done.stdout.index("Pre-referral reflection: KB-1"):]
    for line in ("Your role: School or college", "Safe to go home today: Yes, as far as I know",
                 "The family knows: They know and agree",
                 "What worries you: Seen a bruise on her arm",
                 "Going well, and who helps: Nan collects her",
                 "Next, and by whom: I will call the hub today",
                 "How safe the child is: 6 on a scale of 0 to 10"):
        assert line in summary
    assert "Finished" in summary
    assert (tmp_path / "demo.db").is_file()


def test_the_test_command_collects_the_whole_suite(tmp_path: Path) -> None:
    done = run(SHELL[2], tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr
    assert re.search(r"\d+ tests? collected", done.stdout)


@pytest.mark.parametrize("code", [c for lang, c in BLOCKS if lang == "yaml"])
def test_the_flow_example_is_a_valid_flow(tmp_path: Path, code: str) -> None:
    path = tmp_path / "example.yaml"
    path.write_text(code, encoding="utf-8")
    done = run_sosbot("flows", "check", str(path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 flow file(s) OK" in done.stdout
