"""One pattern behind jargon: the wording it finds, the family it is in, and its question."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from flows.checks.text import Needles, WordsAlone, needles, words_alone
from flows.regex import compiled, on_first_use

_I = re.IGNORECASE


@dataclass(frozen=True)
class Rule:
    """One pattern, the name it is reported under, its question, and the family it is in."""

    name: str
    kind: str
    question: str
    source: str
    needles: Needles
    # A soft word that a sentence saying what was done makes plain: "firm with them at
    # bedtime, and she reads them a story" tells the reader what the firmness is.
    plain_when_told: bool = False
    # Words that make the wording plain wherever they are in its sentence: a punishment
    # "at school", or said with what it was ("grounded", "sent to his room").
    unless_said: re.Pattern[str] | None = None
    # Wording asked about only when said of a child: the person it is said of (the nearest
    # one named before it, a pronoun standing for whom its sentence is about) is not a
    # parent or another adult of the family ("Dad is also responsible for this").
    of_a_child: bool = False
    # Wording that is plain when said of a child (not of an adult of the family) in a
    # sentence that says what was done: a child co-operating with a nurse, told with what
    # they did.
    plain_when_told_of_a_child: bool = False
    # Wording that only what happens makes plain, not when: "the park is dangerous at night"
    # says no more than without "at night"; "... men sell drugs there" does.
    plain_when_seen: bool = False

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """The pattern, ignoring case, compiled when a text first passes its quick test:
        most rules wait long for one, and compiling them all cost every `sosbot` command a
        third of a second at start-up."""
        return compiled(self.source, _I)

    @functools.cached_property
    def alone(self) -> WordsAlone | None:
        """The words standing alone a match holds (`text.WordsAlone`, shipped in the quick
        tests' file), read when a text first passes the rule's quick test; None: none known."""
        return words_alone(self.source, _I)

    def may_match(self, folded: str) -> bool:
        """False when the text (as `text.fold` gives it) cannot match: none of the words every
        match holds are in it."""
        return self.needles.found_in(folded)


def rule(name: str, kind: str, question: str, pattern: str, *,
         plain_when_told: bool = False, unless_said: str = "",
         of_a_child: bool = False, plain_when_told_of_a_child: bool = False,
         plain_when_seen: bool = False) -> Rule:
    """A rule matching `pattern` ignoring case, with the quick test read from the pattern."""
    return Rule(name, kind, question, pattern, needles(pattern, _I),
                plain_when_told, on_first_use(unless_said, _I) if unless_said else None,
                of_a_child, plain_when_told_of_a_child, plain_when_seen)
