"""Small text helpers shared by the checks: quoted words, sentences, overlapping matches."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_T = TypeVar("_T")

# Someone's own words in quotation marks: straight or curly, double or single. A single
# straight quote opens only after a space or bracket and closes only before a non-letter,
# so "Dad's" and "don't" inside a quote are apostrophes, not the end of it.
_QUOTED = re.compile(
    r"\"[^\"\n]*\"|“[^”\n]*”|‘(?:[^’\n]|’(?=\w))*’"
    r"|(?<![\w'])'(?=\S)(?:[^'\n]|'(?=\w))*(?<=\S)'(?!\w)")
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def words(spaced: str) -> frozenset[str]:
    """A set of words written one after another, as in a word list."""
    return frozenset(spaced.split())


def alternation(spaced: str) -> str:
    """A regex alternation of the words, longest first; `_` in a word stands for a space."""
    forms = sorted({w.replace("_", r"\s+") for w in spaced.split()}, key=len, reverse=True)
    return "(?:" + "|".join(forms) + ")"


_ESCAPE = re.compile(r"\\[A-Za-z]|[A-Za-z][?*]|[A-Za-z]\{0")  # escapes, optional letters
_LITERAL = re.compile(r"[A-Za-z]{3,}")


def needles(pattern: str) -> re.Pattern[str]:
    """A quick test for a regex: any lower-case letter run written in it, one of which every
    match contains (each alternative in the patterns it is used for spells out at least
    three letters in a row). Most answers hold none of a rule's words, and this search is
    far quicker than the rule itself."""
    return any_of(w.lower() for w in _LITERAL.findall(_ESCAPE.sub(" ", pattern)))


def any_of(literals: Iterable[str]) -> re.Pattern[str]:
    """A regex finding any of these literal strings."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(literals), key=len, reverse=True)))


def mask_quotes(text: str) -> str:
    """The text with everything inside quotation marks blanked out, keeping every offset.

    The child's or a parent's own words are theirs: no check asks them to be reworded.
    """
    return _QUOTED.sub(lambda m: " " * len(m.group()), text)


def sentences(text: str) -> list[str]:
    """The text's sentences (split at . ! ? ; and line breaks), blanks dropped."""
    return [s for s in _SENTENCE.split(text) if s.strip()]


def without_overlaps(items: list[_T], span: Callable[[_T], tuple[int, int]]) -> list[_T]:
    """Keep the earliest, then longest, of any overlapping matches."""
    kept: list[_T] = []
    end = -1
    for item in sorted(items, key=lambda i: (span(i)[0], -span(i)[1])):
        if span(item)[0] >= end:
            kept.append(item)
            end = span(item)[1]
    return kept
