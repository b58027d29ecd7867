"""The wording rules' quick tests are read from a file at start-up, never worked out again,
and the file can only make start-up slower, never a check less right.

Each test runs in a fresh Python, as `sosbot` starts: what this process has already read
(other tests' own word lists) would blur what a starting bot asks for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

# Reads every shipped check, as `sosbot run` does, and says which patterns' quick tests
# were worked out at start-up and which the file holds wrongly.
_READ_ALL = """
import json, sys
from flows.checks import text
{before}
worked = []
real = text.worked_out
text.worked_out = lambda pattern, flags=0: worked.append((pattern, flags)) or real(pattern, flags)
from flows.checks import quick_tests
shipped = quick_tests.shipped_patterns()
wrong = [p for p, f in shipped if text.needles(p, f) != real(p, f)]
from flows.nudges import nudger
nudge = nudger()
print(json.dumps({"shipped": len(shipped), "worked": worked, "wrong": wrong,
                  "flagged": nudge("plain_language", "{answer}")}))
"""
_FLAWED = "Mum has no insight and the home is chaotic."


def _read_all(before: str = "", answer: str = _FLAWED) -> dict[str, Any]:
    script = _READ_ALL.replace("{before}", before).replace("{answer}", answer)
    # Each run's own string hashes: the file must not depend on the order of a set.
    env = {**os.environ, "PYTHONHASHSEED": "random"}
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True,
                          text=True, timeout=120, check=True, env=env)
    read: dict[str, Any] = json.loads(done.stdout)
    return read


def test_a_starting_bot_works_out_no_quick_test_and_the_file_holds_each_right() -> None:
    read = _read_all()
    assert read["shipped"] > 300
    assert read["worked"] == [], (
        "rules changed since the quick tests were written: run "
        "`python -m flows.checks.quick_tests` and commit flows/checks/needles.json")
    assert read["wrong"] == []
    assert read["flagged"]


def test_without_the_file_every_quick_test_is_worked_out_and_the_checks_find_the_same() -> None:
    with_file = _read_all()
    without = _read_all("text.NEEDLES_FILE = text.Path('/nonexistent/needles.json')")
    assert len(without["worked"]) == without["shipped"]
    assert without["wrong"] == []
    assert without["flagged"] == with_file["flagged"]


def test_a_damaged_file_is_passed_over_not_trusted(tmp_path: Path) -> None:
    broken = tmp_path / "needles.json"
    broken.write_text('{"words": ["x"], "sets": [[0, 7]], "needles": {"a": [0, []]}}')
    read = _read_all(f"text.NEEDLES_FILE = text.Path({str(broken)!r})")
    assert read["wrong"] == []
    assert read["worked"]
    assert read["flagged"]
