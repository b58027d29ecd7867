"""One pattern behind jargon: the wording it finds, the family it is in, and its question."""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.checks.text import Needles, needles

_I = re.IGNORECASE


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern, the name it is reported under, its question, and the family it is in."""

    name: str
    kind: str
    question: str
    pattern: re.Pattern[str]
    needles: Needles

    def may_match(self, folded: str) -> bool:
        """False when the text (as `text.fold` gives it) cannot match: none of the words every
        match holds are in it."""
        return self.needles.found_in(folded)


def rule(name: str, kind: str, question: str, pattern: str) -> Rule:
    """A rule matching `pattern` ignoring case, with the quick test read from the pattern."""
    return Rule(name, kind, question, re.compile(pattern, _I), needles(pattern, _I))
