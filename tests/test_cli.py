"""The `sosbot` command line: version, help on every command, and `flows list` / `check`."""

from __future__ import annotations

import argparse
import os
import re
import tomllib
from collections.abc import Iterator, Mapping
from pathlib import Path

import pytest
from builders import write_yaml
from conftest import REPO, run_sosbot
from in_process import sosbot_here

from bot import __version__, cli
from flows import loader
from flows.flow import Flow
from flows.loader import load_flows

BROKEN = """\
id: broken
version: one
title: Broken
description: A flow with problems.
scale: {low: Unsafe., high: Safe.}
sections:
  - id: s
    title: S
    steps:
      - id: a
        type: text
        ask: Question a?
        help: Help a.
        colour: red
"""


def commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()
             ) -> Iterator[tuple[str, ...]]:
    """Every command and sub-command the parser knows, found by walking it."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name)
                yield from commands(sub, (*prefix, name))


ALL_COMMANDS = sorted(commands(cli._parser()))


def test_version(tmp_path: Path) -> None:
    result = run_sosbot("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"sosbot {__version__}"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["version"] == __version__
    assert project["scripts"]["sosbot"] == "bot.cli:main"


def test_no_command_prints_the_help() -> None:
    result = run_sosbot()
    assert result.returncode == 0
    assert result.stdout.startswith("usage: sosbot")
    for name in ("chat", "flows"):
        assert name in result.stdout


def test_the_commands_the_issue_names_exist() -> None:
    assert {("chat",), ("flows",), ("flows", "list"), ("flows", "check")} <= set(ALL_COMMANDS)


@pytest.mark.parametrize("command", ALL_COMMANDS, ids=" ".join)
def test_every_command_has_help(command: tuple[str, ...],
                                capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        cli.main([*command, "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: sosbot {' '.join(command)}")
    described = out.split("\n\n")[1].strip()
    assert described, out
    assert not described.startswith(("positional", "options")), out  # a description first


def test_help_in_a_child_process_too() -> None:
    result = run_sosbot("chat", "--help")
    assert result.returncode == 0
    assert "--flow ID" in result.stdout
    assert "--db PATH" in result.stdout


# --- flows list ----------------------------------------------------------------------------


def test_flows_list_prints_id_tab_title_per_line(flows: Mapping[str, Flow]) -> None:
    result = sosbot_here("flows", "list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [f"{f.id}\t{f.title}" for f in flows.values()]
    assert all(line.count("\t") == 1 for line in lines)


# --- flows check ---------------------------------------------------------------------------


def test_flows_check_of_the_built_in_flows_passes() -> None:
    result = sosbot_here("flows", "check")
    assert result.returncode == 0, result.stdout
    assert re.fullmatch(r"\d+ flow file\(s\) OK\n", result.stdout)
    assert int(result.stdout.split()[0]) == len(load_flows())


def test_flows_check_of_a_good_file_passes(tmp_path: Path) -> None:
    good = write_yaml(tmp_path, BROKEN.replace("version: one", "version: 1")
                      .replace("        colour: red\n", ""), "good.yaml")
    result = sosbot_here("flows", "check", str(good))
    assert (result.returncode, result.stdout) == (0, "1 flow file(s) OK\n")


def test_a_file_that_is_not_a_flow_or_word_list_is_refused_without_its_lines_copied_out(
        tmp_path: Path) -> None:
    """A password file named by mistake (SOSBOT_WORDS=/etc/shadow): the error, which may
    reach a log, names the file and line but does not quote what is written there."""
    secret = "ops:$6$Qm9vYmFy$Zm9vYmFyYmF6cXV4:19700:0:99999:7:::"
    named = tmp_path / "shadow"
    named.write_text(f"{secret}\nnobody:*:19700:0:99999:7:::\n")
    for result in (sosbot_here("flows", "check", str(named)),
                   sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                               env={"SOSBOT_WORDS": str(named)})):
        assert result.returncode != 0
        shown = result.stdout + result.stderr
        assert f"{named}:" in shown
        assert "Qm9vYmFy" not in shown
        assert "ops:" not in shown
    named.with_name("one").write_text(f"{secret}\n")
    one_line = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                           env={"SOSBOT_WORDS": str(named.with_name("one"))})
    assert one_line.stderr.strip().endswith(
        ":1: (a line that is not a field): not a flow or word list field: is this the right "
        "file?")


def test_flows_check_of_a_broken_file_prints_file_line_message_and_exits_1(
        tmp_path: Path) -> None:
    broken = write_yaml(tmp_path, BROKEN, "broken.yaml")
    result = sosbot_here("flows", "check", str(broken))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines == [
        f"{broken}:2: version: Input should be a valid integer, unable to parse string as an "
        "integer",
        f"{broken}:14: sections[0].steps[0].colour: unknown field (check the spelling)",
    ]


def test_flows_check_reports_every_file(tmp_path: Path) -> None:
    one = write_yaml(tmp_path, BROKEN, "one.yaml")
    two = write_yaml(tmp_path, "id: [unclosed\n", "two.yaml")
    missing = tmp_path / "missing.yaml"
    result = sosbot_here("flows", "check", str(one), str(two), str(missing))
    assert result.returncode == 1
    pattern = re.compile(r"^(?P<file>[^:]+):((?P<line>\d+):)? .+$")
    files = []
    for line in result.stdout.splitlines():
        match = pattern.match(line)
        assert match, line
        files.append(match["file"])
    assert set(files) == {str(one), str(two), str(missing)}
    assert "cannot read file" in result.stdout


def test_a_broken_flow_stops_start_up_naming_file_line_and_field(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    broken = write_yaml(tmp_path, BROKEN, "broken.yaml")
    monkeypatch.setattr(loader, "load_flows", lambda: load_flows([broken]))
    code = cli.main(["chat", "--db", str(tmp_path / "x.db")])
    assert code == 1
    err = capsys.readouterr().err
    assert f"{broken}:14: sections[0].steps[0].colour:" in err
    assert not (tmp_path / "x.db").exists()  # stopped before touching the database


# --- settings from the environment -------------------------------------------------------------


@pytest.mark.parametrize("level", ["DEBUG", "debug", " Info ", "warning"])
def test_sosbot_log_level_takes_any_case_and_logs_never_reach_stdout(
        level: str, flows: Mapping[str, Flow]) -> None:
    # one level in the real process, whose standard output is a pipe; the rest here, alike
    ran = run_sosbot if level == "DEBUG" else sosbot_here
    result = ran("flows", "list", env={"SOSBOT_LOG_LEVEL": level})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{f.id}\t{f.title}" for f in flows.values()]


def test_a_wrong_setting_stops_start_up_naming_it_on_one_line() -> None:
    result = sosbot_here("flows", "list", env={"SOSBOT_LOG_LEVEL": "loud"})
    assert result.returncode == 2
    named = [line for line in result.stderr.splitlines() if "SOSBOT_LOG_LEVEL" in line]
    assert len(named) == 1
    assert result.stdout == ""


def test_a_developer_env_file_does_not_leak_into_tests(tmp_path: Path) -> None:
    assert Path.cwd() == tmp_path
    assert not any(name.startswith("SOSBOT_") for name in os.environ)


def test_flows_check_finds_what_start_up_would_refuse_across_files(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    good = BROKEN.replace("version: one", "version: 1").replace("        colour: red\n", "")
    one = write_yaml(tmp_path, good, "one.yaml")
    twin = write_yaml(tmp_path, good, "twin.yaml")
    monkeypatch.setattr(loader, "flow_files", lambda: [one, twin])
    assert cli.main(["flows", "check"]) == 1
    assert capsys.readouterr().out == f"{twin}:1: id: flow id 'broken' is used twice\n"
