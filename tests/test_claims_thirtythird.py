"""Claims in README.md, SECURITY.md, bench/README.md and .ci/run that no test held until the
thirty-third pass.

The README's two set-up commands tried on a fresh machine (a fresh clone and venv under
/tmp): the test command's own README test failed there, reading the Python it runs under
/tmp as the README's scratch folder. `.ci/run`'s pip-audit step, which printed "No known
vulnerabilities found" having audited nothing, now says NOT CHECKED. Then protections of
SECURITY.md and the README no test held through the real parts.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_readme import README, SHELL, run
from tests.test_review_claims_twentyfifth import STUB_QUIET

ROOT = Path(__file__).resolve().parent.parent
SECURITY = (ROOT / "SECURITY.md").read_text(encoding="utf-8")


@pytest.fixture
def python_under_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This Python, reached through a venv-like folder under /tmp, as a newcomer's fresh
    venv there is (`python3 -m venv /tmp/venv`)."""
    home = Path(tempfile.mkdtemp(prefix="sosbot-venv-", dir="/tmp"))
    try:
        python = home / "bin" / "python"
        python.parent.mkdir()
        python.symlink_to(sys.executable)
        monkeypatch.setattr(sys, "executable", str(python))
        yield python
    finally:
        shutil.rmtree(home)


def test_the_readmes_piped_example_runs_from_a_python_in_a_venv_under_tmp(
        python_under_tmp: Path, tmp_path: Path) -> None:
    """README, "Test it": `python -m pip install -e '.[test]' && python -m pytest` on a fresh
    machine. With the venv under /tmp, the README's own test of its piped example rewrote the
    Python's path as if it were the example's `/tmp/demo.db`, and failed ("No such file or
    directory"): the suite failed on a fresh machine for a reason of its own."""
    done = run(SHELL[1], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "How safe the child is: 6 on a scale of 0 to 10" in done.stdout
    assert (tmp_path / "demo.db").is_file()


SKIPPED = {"dependencies": [
    {"name": "aiohttp", "skip_reason": "Dependency not found on PyPI and could not be audited: "
     "aiohttp (3.14.5)"},
    {"name": "jinja2", "skip_reason": "Dependency not found on PyPI and could not be audited: "
     "jinja2 (3.1.6)"}], "fixes": []}
AUDITED = {"dependencies": [
    {"name": "aiohttp", "version": "3.14.5", "vulns": []},
    {"name": "jinja2", "version": "3.1.6", "vulns": []}], "fixes": []}
VULNERABLE = {"dependencies": [
    {"name": "aiohttp", "version": "3.14.5", "vulns": [
        {"id": "PYSEC-2026-1", "fix_versions": ["3.14.6"], "aliases": [], "description": ""}]},
    {"name": "jinja2", "skip_reason": "Dependency not found on PyPI and could not be audited: "
     "jinja2 (3.1.6)"}], "fixes": []}

# Stands in for Python in .ci/run: pip-audit writes the report it is given (and says what
# pip-audit says), .ci/audit_verdict.py runs for real, every other step does nothing.
AUDIT_STUB = """#!/usr/bin/env bash
if [ "$1 $2" = "-m pip_audit" ]; then
    while [ $# -gt 0 ]; do [ "$1" = "-o" ] && cp "$REPORT" "$2"; shift; done
    echo "No known vulnerabilities found"
    exit "$AUDIT_STATUS"
fi
case "$1" in *audit_verdict.py) exec "$REAL_PYTHON" "$@";; esac
"""


def ci_with_pip_audit(tmp_path: Path, report: dict[str, object],
                      status: int) -> subprocess.CompletedProcess[str]:
    """.ci/run carried out with pip-audit giving `report` and exiting `status`."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name, text in (("python", AUDIT_STUB), ("apt-get", STUB_QUIET),
                       ("chromium", "#!/bin/sh\n")):
        (stubs / name).write_text(text, encoding="utf-8")
        (stubs / name).chmod(0o755)
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    given = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHON")}
    given.update(PATH=f"{stubs}{os.pathsep}{os.environ['PATH']}", TMPDIR=str(tmp_path),
                 REPORT=str(tmp_path / "report.json"), AUDIT_STATUS=str(status),
                 REAL_PYTHON=sys.executable, CALLS=str(tmp_path / "calls.txt"))
    return subprocess.run(["bash", str(REPO / ".ci" / "run")], capture_output=True, text=True,
                          env=given, timeout=120, check=False, cwd=tmp_path)


def test_ci_says_pip_audit_checked_nothing_rather_than_no_known_vulnerabilities(
        tmp_path: Path) -> None:
    """README, "Test it", and SECURITY.md, "Supply chain": where pip-audit cannot reach its
    vulnerability service, CI's output says so. It said "No known vulnerabilities found" and
    passed, having audited none of sosbot's dependencies."""
    done = ci_with_pip_audit(tmp_path, SKIPPED, 0)
    assert done.returncode == 0, done.stderr
    assert "pip-audit: NOT CHECKED: none of the 2 run-time dependencies" in done.stdout
    assert "No known vulnerabilities" not in done.stdout + done.stderr
    assert "NOT CHECKED" in README
    assert "NOT CHECKED" in SECURITY


def test_ci_says_what_pip_audit_audited_and_fails_on_a_known_vulnerability(
        tmp_path: Path) -> None:
    """SECURITY.md, "Supply chain": a known vulnerability in a run-time dependency fails the
    run, naming it, and a package it could not audit beside it is said NOT CHECKED."""
    for case in ("audited", "vulnerable"):
        (tmp_path / case).mkdir()
    audited = ci_with_pip_audit(tmp_path / "audited", AUDITED, 0)
    assert audited.returncode == 0, audited.stderr
    assert "pip-audit: 2 of 2 run-time dependencies audited, no known vulnerabilities." \
        in audited.stdout
    done = ci_with_pip_audit(tmp_path / "vulnerable", VULNERABLE, 1)
    assert done.returncode != 0
    assert "pip-audit: aiohttp 3.14.5: PYSEC-2026-1" in done.stdout
    assert "pip-audit: NOT CHECKED for 1 of 2 run-time dependencies: jinja2." in done.stdout
    assert "pip-audit: FAILED: 1 of 2 run-time dependencies have known vulnerabilities." \
        in done.stdout
