"""What `sosbot chat` does before it shows its first question: nothing a terminal never
uses (python-telegram-bot, the word list's patterns for words no answer has held)."""

from __future__ import annotations

import re
from pathlib import Path

from flows.checks.plain_language import find_jargon
from flows.checks.words import WORD_LIST_PATH, _read
from tests.conftest import run_sosbot
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
