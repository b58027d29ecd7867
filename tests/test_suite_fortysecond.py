"""What `sosbot chat` does before it shows its first question: nothing a terminal never
uses (python-telegram-bot, the word list's patterns for words no answer has held)."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

from flows.checks.plain_language import find_jargon
from flows.checks.words import WORD_LIST_PATH, _read
from tests.conftest import REPO, run_sosbot
from tests.terminal import exported


def _imported(stderr: str) -> set[str]:
    """The modules a process imported, read from what `-X importtime` wrote."""
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and line.count("|") == 2}


def test_the_terminal_chat_answers_without_importing_python_telegram_bot(
        tmp_path: Path) -> None:
    """A newcomer's first `sosbot chat`: the menu, a case label and two answers, one of them
    checked for wording; python-telegram-bot (and httpx and rich under it), a sixth of the
    start-up, is never imported, and the answers are kept."""
    db = tmp_path / "chat.db"
    chat = run_sosbot("chat", "--flow", "reflection", "--db", str(db),
                      input="KB-1\n1\nDad shouted at K when the DV worker visited on Monday.\n",
                      env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert chat.returncode == 0, chat.stderr[-2000:]
    assert "Question 3 of 8" in chat.stdout  # both answers taken
    imported = _imported(chat.stderr)
    assert {"bot.console", "bot.services", "flows.checks.words"} <= imported
    assert not {name for name in imported if name.split(".")[0] in ("telegram", "httpx")}
    assert "Dad shouted at K when the DV worker visited on Monday." in exported(db, "KB-1")


def _compiled(pattern: re.Pattern[str]) -> bool:
    return isinstance(pattern, re.Pattern) or "_compiled" in vars(pattern)


def test_the_word_list_compiles_a_terms_pattern_only_for_an_answer_that_may_hold_it() -> None:
    """Loading the list compiles none of its ~100 patterns (a tenth of every start-up); an
    answer compiles only those whose quick test it passes, and still finds the term."""
    words = _read(WORD_LIST_PATH)
    assert len(words.terms) > 50
    assert not [t.term for t in words.terms if _compiled(t.pattern)]
    hits = find_jargon("Mum has a CIN plan.", words)
    assert [h.term for h in hits] == ["CIN"]
    compiled = [t.term for t in words.terms if _compiled(t.pattern)]
    assert "CIN" in compiled
    assert len(compiled) < len(words.terms) // 10


# Reads every shipped check as `sosbot run` does (in a fresh Python, as `sosbot` starts):
# which word classes' alternations were worked out, and which the file holds wrongly.
_READ_ALL = """
import json
from flows.checks import text
{before}
worked = []
real = text._sharing
def sharing(forms):
    forms = list(forms)
    worked.append("|".join(forms))
    return real(forms)
text._sharing = sharing
import bot.cli, bot.console, bot.services
from flows.nudges import nudger, statement_checks
from flows.checks.words import load_word_list
from flows.checks.labels import QUICK
statement_checks()
QUICK.ready()  # the quick tests' indexes as well, as `sosbot run` reads them at start
load_word_list().quick.ready()
asked = text.asked_alternations()
wrong = [flat[:40] for flat, (forms, shared) in asked.items() if real(forms) != shared]
print(json.dumps({"asked": len(asked), "worked": len(set(worked)), "wrong": wrong,
                  "shared": sorted(shared for _, shared in asked.values()),
                  "flagged": nudger()("danger_statement", "Dad hit K and shouted at Mum.")}))
"""


@functools.cache
def _read_all(before: str = "") -> dict[str, Any]:
    done = subprocess.run([sys.executable, "-c", _READ_ALL.replace("{before}", before)],
                          cwd=REPO, capture_output=True, text=True, timeout=120, check=True)
    read: dict[str, Any] = json.loads(done.stdout)
    return read


def test_a_starting_bot_works_out_no_word_class_and_the_file_holds_each_right() -> None:
    """The verbs, people and places the checks read, and the words of their quick tests, are
    written with their common starts shared; the shipped ones are read from a file, not
    worked out at every start (a tenth of `sosbot chat`'s, and as much again at its first
    answer), and each stored one is the one worked out from its forms."""
    read = _read_all()
    assert read["asked"] > 30
    assert read["worked"] == 0, (
        "word classes changed since the file was written: run "
        "`python -m flows.checks.quick_tests` and commit flows/checks/alternations.json")
    assert read["wrong"] == []
    assert read["flagged"]


def test_without_the_file_every_word_class_is_worked_out_and_reads_the_same() -> None:
    with_file = _read_all()
    without = _read_all("text.SHARED_FILE = text.Path('/nonexistent/alternations.json')")
    assert without["worked"] == without["asked"] == with_file["asked"]
    assert without["shared"] == with_file["shared"]
    assert without["flagged"] == with_file["flagged"]


def test_a_damaged_file_is_passed_over_not_trusted(tmp_path: Path) -> None:
    for n, broken in enumerate(('{"052a4adf6bd034546e9861f4": 7}', "{not json")):
        # a path of its own for each: `_read_all` keeps what each script read
        damaged = tmp_path / f"alternations{n}.json"
        damaged.write_text(broken)
        read = _read_all(f"text.SHARED_FILE = text.Path({str(damaged)!r})")
        assert read["wrong"] == []
        assert read["worked"] == read["asked"]
        assert read["flagged"]
