"""A flagged word typed in a hurry, read as the word it is a slip of.

On a phone the words the checks look for are often mistyped: two letters swapped ("hygeine",
"safegaurding", "therapuetic"), a letter doubled ("dissclosure", "neglectfull") or a double
one typed once ("agressive", "inapropriate"). Each check reads an answer for whole words, so
a slip let the word through unasked while the same word spelt right is asked. The words read
are the checks' own quick-test words (`NEEDLES_FILE`'s "checked", those the rules are known by:
`text.known_by`), those of seven letters or more: every
slip of one of those of the kinds above is read as the word. Shorter words are left, where a
slip is as often another word ("from"/"form", "trail"/"trial"), and so is a slip that is
itself a word (one of the checks', or `_WORDS_OF_THEIR_OWN`: "complaint" is not a slip of
"compliant"). In a word of nine letters or more, a letter left out inside it ("engagment",
"minimsing") is read too, as is a plural in "-ies" typed "-ys" ("difficultys"): in words so
long such a slip is seldom another word (those that are, "addition" for "addiction", are in
`_WORDS_OF_THEIR_OWN`), though the first letter and the last two are kept, where a slip is
another form of the same word ("concern", "described"). A letter typed for another
("complient"), or left out of a shorter word ("selling"/"swelling"), is left: such a slip is
too often another real word ("enraged"/"engaged").
"""

from __future__ import annotations

import functools
import re
from typing import Any

from flows.checks.text import stored_needles, telling
from flows.regex import on_first_use

_SHORTEST = 7
# Words long enough that a letter left out of them is read as a slip.
_SHORTEST_LEFT_OUT = 9
# Slips that are words of their own (an English word list's, checked when this was written).
_WORDS_OF_THEIR_OWN = frozenset({
    "arising", "cations", "complaint", "nuclear", "starring",
    # a letter left out of a word of nine or more letters
    "addition", "alteration", "countess", "deceased", "descried", "lathering", "reveling",
    "scuffing", "simulation", "trashing", "underling"})
_LONG_WORD = on_first_use(rf"[A-Za-z]{{{_SHORTEST},}}")


def _slips_of(word: str) -> set[str]:
    """Every slip of `word` of the kinds this module reads: two letters side by side swapped,
    a letter doubled, and a double letter typed once; in a long word, a letter left out
    inside it, and "-ies" typed "-ys"."""
    found: set[str] = set()
    if len(word) >= _SHORTEST_LEFT_OUT:
        found.update(word[:at] + word[at + 1:] for at in range(1, len(word) - 2))
        if word.endswith("ies"):
            found.add(word[:-3] + "ys")
    for at in range(len(word) - 1):
        if word[at] != word[at + 1]:
            found.add(word[:at] + word[at + 1] + word[at] + word[at + 2:])
        else:
            found.add(word[:at] + word[at + 1:])
    for at in range(len(word)):
        found.add(word[:at] + word[at] + word[at:])
    return found


@functools.cache
def slips() -> dict[str, str]:
    """Each slip (`_slips_of`) of the checks' words of seven letters or more, and its word; a
    slip of two words, or one that is a word of the checks itself, is left out."""
    try:
        known = {word for word in stored_needles()["checked"] if long_enough(word)}
    except (OSError, ValueError, LookupError, TypeError):
        return {}
    found: dict[str, str] = {}
    twice: set[str] = set()
    for word in sorted(known):
        for slip in _slips_of(word):
            if slip in known or slip in _WORDS_OF_THEIR_OWN or len(slip) < _SHORTEST:
                continue
            if found.setdefault(slip, word) != word:
                twice.add(slip)
    for slip in twice:
        del found[slip]
    return found


def long_enough(word: str) -> bool:
    """Whether slips of a checked word are read: seven letters or more, all of them ASCII."""
    return len(word) >= _SHORTEST and word.isascii() and word.isalpha()


def checked_words(stored: Any) -> set[str]:
    """The words of the quick tests in `stored` (written as `NEEDLES_FILE` is) a rule is
    known by: each test's own words, and in each of its ways the most telling set and those
    of no word shorter than three letters. A way's further sets of short words ("ok", "is"
    and what goes with them, kept to rule out more answers) are not what the rules are known
    by, and a slip of one of their long words would read an answer as a word it never
    checked."""
    words, sets = stored["words"], stored["sets"]
    kept: set[int] = set()
    for own, ways in stored["needles"].values():
        kept.add(own)
        for way in ways:
            first = max(way, key=lambda n: telling(words[w] for w in sets[n]))
            kept.update(n for n in way
                        if n == first or min(len(words[w]) for w in sets[n]) >= 3)
    return {words[w] for n in kept for w in sets[n]}


def _mended(found: re.Match[str]) -> str:
    said = found.group()
    word = slips().get(said.lower())
    if word is None:
        return said
    return word.capitalize() if said[0].isupper() else word


def respelt(text: str) -> str:
    """`text` with each slip of a checked word (`slips`) written as the word."""
    found = slips()
    # (most answers hold no slip: looked for at once, not word by word through `_mended`)
    if not found or found.keys().isdisjoint(map(str.lower, _LONG_WORD.findall(text))):
        return text
    return _LONG_WORD.sub(_mended, text)
