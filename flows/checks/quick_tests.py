"""Writes `text.NEEDLES_FILE`: the quick test of every shipped wording rule, worked out once;
and `text.SHARED_FILE`: every shipped word class's alternation with its common starts shared.

Run `python -m flows.checks.quick_tests` after changing a rule (tests/test_quick_tests.py
says when it is due). Without it the bot still works: a rule the file lacks has its test
worked out when it is read, which is slower to start, never less right.
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from flows.checks import text
from flows.regex import compile_all


def shipped_patterns() -> list[tuple[str, int]]:
    """Every pattern (and its flags) the shipped checks ask `text.needles` about, once all
    are read: the danger statement and safety goal checks and the bundled word list too."""
    from flows.checks.words import load_word_list
    from flows.nudges import statement_checks

    statement_checks()
    load_word_list()
    return sorted(text.asked())


def shipped_alone() -> dict[str, list[Any] | None]:
    """Every shipped rule's second quick test (`text.words_alone`), worked out, by the digest
    of its pattern."""
    from flows.checks.labels import RULES

    return {text.needles_key(rule.source, re.IGNORECASE):
            text.alone_entry(text.alone_worked_out(rule.source, re.IGNORECASE))
            for rule in RULES}


def checked_words(keys: list[tuple[str, int]]) -> set[str]:
    """The words `respell` reads slips of: those the rules are known by (`text.known_by`),
    of seven letters or more."""
    from flows.checks.respell import checked_words, long_enough

    known = json.loads(text.needles_file({key: text.known_by(*key) for key in keys}))
    return {word for word in checked_words(known) if long_enough(word)}


def main() -> int:
    keys = shipped_patterns()
    tests = {key: text.worked_out(*key) for key in keys}
    # (not the words of the parts of a pattern, which are the whole pattern's)
    checked = checked_words([key for key in keys if key not in text.parts()])
    text.NEEDLES_FILE.write_text(text.needles_file(tests, shipped_alone(), checked),
                                 encoding="utf-8")
    print(f"{len(tests)} quick tests written to {text.NEEDLES_FILE}")
    compile_all()  # the quick tests' indexes too, as `sosbot run` builds them at start
    text.SHARED_FILE.write_text(text.shared_file(), encoding="utf-8")
    print(f"{len(text.asked_alternations())} alternations written to {text.SHARED_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
