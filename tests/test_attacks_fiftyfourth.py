"""The fifty-fourth pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend): see the end of this docstring, filled in as the
pass goes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.test_attacks_fiftythird import a_terminal_draft
from tests.test_attacks_thirteenth import run_closed

CLOSED = ("sosbot: standard output is closed, so what this command printed was shown to no "
          "one (anything it changed stays changed); run it with its output to a terminal, a "
          "file or a pipe to read it.")


def said(result: subprocess.CompletedProcess[bytes]) -> list[str]:
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    return result.stderr.decode().splitlines()


# --- commands whose output is what they are for, started with standard output closed --------


@pytest.mark.parametrize("command", [("keys", "list"), ("invite", "--list"), ("flows", "list"),
                                     ("keys", "new")])
def test_a_listing_with_standard_output_closed_says_it_was_shown_to_no_one(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`sosbot keys list >&-` (a script, a service's ExecStartPre) printed nothing and ended
    with 0, as if there were nothing to list: an operator checking which keys are in use
    read "none". Now it says on standard error that its output went nowhere, and fails."""
    db = a_terminal_draft(tmp_path)
    where = ("--db", str(db)) if command[0] != "flows" and command != ("keys", "new") else ()
    result = run_closed(tmp_path, ">&-", *command, *where)
    assert said(result) == [CLOSED]
    assert result.returncode == 1


def test_a_purge_with_standard_output_closed_erases_and_says_its_report_went_nowhere(
        tmp_path: Path) -> None:
    """The erasure is done (a cron job's `>&-` must not stop retention), and the report it
    printed is said to have gone nowhere, with status 1 so that cron mails the operator."""
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, ">&-", "purge", "--db", str(db))
    assert said(result)[-1:] == [CLOSED]
    assert result.returncode == 1


def test_a_listing_to_an_open_output_is_as_it_was(tmp_path: Path) -> None:
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, "", "keys", "list", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert b"value(s)" in result.stdout
    assert said(result) == []
