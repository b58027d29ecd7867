"""`sosbot ARGS` run to the end inside the test's own process, through `bot.cli.main` (all
the command does once Python has started): what `run_sosbot` gives, without the second or
more a child process spends starting. For what the command prints and saves; a test of what
only a process shows (a signal, the exit itself, a terminal, a pipe closed under it, bytes
that are not text) starts the real command instead. `sosbot run` is run here only as far as
its settings, to be refused by them; a run that would start is a process of its own."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping
from pathlib import Path

from bot import cli
from tests.conftest import sosbot_env


def sosbot_here(*args: str, input: str | None = None, cwd: Path | None = None,
                env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`sosbot ARGS` with `input` on standard input (none: at its end at once), in `cwd`,
    with the environment a child gets (`sosbot_env(**env)`): its status, standard output
    and standard error as `run_sosbot` returns them. The three streams are files, opened as
    Python opens a child's pipes (text over buffered bytes, not terminals)."""
    streams = Path(tempfile.mkdtemp(prefix="sosbot-here-"))
    try:
        (streams / "in").write_bytes((input or "").encode())
        with _environment(sosbot_env(**(env or {}))), _in(cwd or Path.cwd()), \
                _logging_put_back(), _standard_streams(streams), _never_started():
            try:
                status = cli.main(list(args))
            except SystemExit as exit:  # argparse's: a usage error, --help, --version
                status = exit.code if isinstance(exit.code, int) else 0 if exit.code is None \
                    else 1
        # as `text=True` reads a child's pipes: the locale's encoding, universal newlines
        out = (streams / "out").read_text()
        err = (streams / "err").read_text()
    finally:
        shutil.rmtree(streams, ignore_errors=True)
    return subprocess.CompletedProcess(["sosbot", *args], status, out, err)


@contextlib.contextmanager
def _never_started() -> Iterator[None]:
    """`sosbot run` may be refused here by its settings, but never start: starting settles the
    collector and the thread switching for good, for the rest of the test process."""
    def refused(*_: object, **__: object) -> int:
        raise ValueError("`sosbot run` got past its settings: start it as a process of its "
                         "own (run_sosbot)")

    was, cli._run = cli._run, refused  # type: ignore[assignment]
    try:
        yield
    finally:
        cli._run = was  # type: ignore[assignment]


@contextlib.contextmanager
def _environment(wanted: Mapping[str, str]) -> Iterator[None]:
    before = dict(os.environ)
    os.environ.clear()
    os.environ.update(wanted)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(before)


@contextlib.contextmanager
def _in(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


@contextlib.contextmanager
def _standard_streams(folder: Path) -> Iterator[None]:
    before = sys.stdin, sys.stdout, sys.stderr
    opened = [open(folder / "in"),  # noqa: SIM115 -- closed below
              open(folder / "out", "w"),  # noqa: SIM115
              open(folder / "err", "w", errors="backslashreplace")]  # noqa: SIM115
    sys.stdin, sys.stdout, sys.stderr = opened
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = before
        for stream in opened:
            stream.close()


@contextlib.contextmanager
def _logging_put_back() -> Iterator[None]:
    """The command sets up logging to its standard error (`bot.logs.setup_logging`): the
    test process's handlers and levels as they were, afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logger.level for name, logger in logging.root.manager.loggerDict.items()
              if isinstance(logger, logging.Logger)}
    try:
        yield
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in handlers:
            root.addHandler(handler)
        root.setLevel(level)
        for name, was in levels.items():
            logging.getLogger(name).setLevel(was)
