"""Texts a regex matches, drawn by walking the pattern as `re` parses it: far quicker than
Hypothesis's `from_regex` on the checks' long patterns (a draw there is hundreds of Hypothesis
choices), and steered so that every way through every choice (`a|b|c`) is taken in some text
the pattern matches, where random draws leave most of a 600-word choice untried.

Case is varied where the pattern ignores it, with every character the regex engine reads alike
(found by asking the engine over all of Unicode, not by `str.lower`); `\\s`, `\\w`, `\\d`, `.`
and character sets draw from letters, digits, spaces and marks well beyond ASCII. A look-ahead
or look-behind is written over the text around it; `\\b`, `(?!...)` and the like are left to
chance, and a text the pattern does not match is drawn again (never handed out)."""

from __future__ import annotations

import functools
import importlib
import os
import random
import re
from collections import Counter
from collections.abc import Iterator
from typing import Any

_PARSER: Any = importlib.import_module("re._parser")
_COMPILER: Any = importlib.import_module("re._compiler")
_C: Any = importlib.import_module("re._constants")

# New texts every run: a failure names the seed, and MATCHING_TEXTS_SEED=N draws them again.
# Where CI is set (`.ci/run` sets it), the same texts every run, as hypothesis draws the same
# examples there: a red CI run is then the code's, not an unlucky draw's.
CI_SEED = 20261207
SEED = int(os.environ.get("MATCHING_TEXTS_SEED")
           or (CI_SEED if os.environ.get("CI") else random.SystemRandom().randrange(2**32)))

# Characters a set, `.` or a class draws from (each set takes those of them it matches, and
# its own letters and range ends): ASCII, and what people paste, a phone types or `re` reads
# as a letter, a digit or a space outside ASCII.
POOL = "".join(chr(c) for c in range(32, 127)) + (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u2009\u200a\u2028\u2029"
    "\u202f\u205f\u3000"  # spaces `\s` reads
    "éÉèàçñøåÅüÜöäßẞłŁİıſKΩµÆæœŒǅǆﬁ"  # letters with a case of their own
    "αβΣσςЖжאب中한"
    "٣۴०१٠²½"  # digits and numbers of other scripts
    "’‘“”„«»—–…·•′″£€¢§¶©®°×÷"
    "\u0301\u200b\u200d\ufeff🙂👍🏽"
)
# Drawn texts leaving an optional part out (or taking it) that were not matched, before that
# way is given up: the text around it, or another part, may be what failed.
GIVE_UP = 8
# Where the pattern looks for something (`re.search`), the text around it.
BEFORE = ["", "", "", "Mum said ", "x ", "The ", "(", "“", "\n", "Dad's ", "1 ", "É"]
AFTER = ["", "", "", " today.", ".", "s", " and", "’", ")", " 12", "\n", "é"]


@functools.cache
def _every() -> str:
    return "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@functools.cache
def read_alike(char: str) -> tuple[str, ...]:
    """Every character `re` matches for `char` ignoring case (`char` among them)."""
    return tuple(m.group() for m in re.finditer(re.escape(char), _every(), re.IGNORECASE))


@functools.cache
def _chars(node: tuple[Any, ...], flags: int) -> tuple[str, ...]:
    """The characters of POOL (and the set's own) that one character item matches."""
    op, av = node
    own = ""
    if op is _C.IN:
        for kind, value in av:
            if kind is _C.LITERAL:
                own += chr(value)
            elif kind is _C.RANGE:
                own += chr(value[0]) + chr(value[1]) + chr((value[0] + value[1]) // 2)
    sub = _PARSER.SubPattern(_PARSER.State(), [(op, _frozen_back(av))])
    matcher = _COMPILER.compile(sub, flags)
    chars = tuple(dict.fromkeys(c for c in POOL + own if matcher.fullmatch(c)))
    return chars + (" ",) * (len(chars) // 3 if " " in chars else 0)  # as often as in text


def _frozen(av: Any) -> Any:
    """A node's value as a key for `_chars` (lists of tuples, as the parser gives them)."""
    return tuple(map(_frozen, av)) if isinstance(av, list) else av


def _frozen_back(av: Any) -> Any:
    return list(av) if isinstance(av, tuple) and av and isinstance(av[0], tuple) else av


def texts_for(pattern: re.Pattern[str], *, at_least: int, whole: bool = False
              ) -> MatchingTexts:
    """The texts drawn for `pattern` this run (from SEED and the pattern alone, so the same
    whichever tests ran before)."""
    return MatchingTexts(pattern, random.Random(f"{SEED}\0{pattern.pattern}"),
                         at_least=at_least, whole=whole)


class MatchingTexts:
    """Texts `pattern` matches (with text around them unless `whole`), from `rng`: at least
    `at_least`, and more until every way through every choice has been taken.

    Each choice's ways not yet taken in a text that matched are kept (`untried`); a draw takes
    one of them wherever it can, and an optional part or a repeat holding one is taken."""

    def __init__(self, pattern: re.Pattern[str], rng: random.Random, *, at_least: int = 20,
                 whole: bool = False) -> None:
        self.pattern = pattern
        self.rng = rng
        self.at_least = at_least
        self.whole = whole
        self._parsed = _PARSER.parse(pattern.pattern, pattern.flags)
        self._untried: dict[int, set[int]] = {}  # a choice's ways not yet in a matched text
        # Optional parts not yet left out (False) or taken (True) in a matched text, and how
        # many drawn texts doing so were not matched: after GIVE_UP, that way is given up
        # (`\b[^.]{0,9}\b` between two words is never left out).
        self._open_options: set[tuple[int, bool]] = set()
        self._options_failed: Counter[tuple[int, bool]] = Counter()
        self._left: dict[int, int] = {}  # each part's ways not yet tried, inside it
        self.ways = self._count(self._parsed)
        self.drawn = self.matched = 0

    @property
    def untried(self) -> int:
        """How many ways through the pattern's choices no matched text has taken yet."""
        return self._left[id(self._parsed)]

    def __iter__(self) -> Iterator[str]:
        """Matched texts until `at_least` are given and every way is tried, or (for a pattern
        the drawing cannot write well) many more texts than that have been drawn."""
        attempts = 10 * (self.ways + self.at_least) + 200
        while self.drawn < attempts and (self.matched < self.at_least or self.untried):
            text = self.draw()
            if text is not None:
                yield text

    def short_of(self) -> str:
        """What the texts given so far fell short of (nothing when they did all they should),
        said with the seed that draws them again."""
        if self.matched >= self.at_least and not self.untried:
            return ""
        return (f"{self.matched} of {self.drawn} texts drawn were matched, and {self.untried} "
                f"of {self.ways} ways through the choices never taken "
                f"(MATCHING_TEXTS_SEED={SEED})")

    def draw(self) -> str | None:
        """One text, or None when the pattern does not match the text drawn."""
        self.drawn += 1
        self._out: list[str] = []
        self._stack: list[int] = []
        self._picks: list[tuple[int, int, tuple[int, ...]]] = []
        self._options: list[tuple[tuple[int, bool], tuple[int, ...]]] = []
        self._over: list[tuple[int, int, str]] = []
        self._groups: dict[int, str] = {}
        self._shout = self.rng.random() < 0.1
        before = "" if self.whole else self.rng.choice(BEFORE)
        self._out.append(before)
        self._walk(self._parsed, self._parsed.state.flags)
        if not self.whole:
            self._out.append(self.rng.choice(AFTER))
        text = "".join(self._out)
        for at, direction, written in self._over:
            if direction < 0:
                start = at - len(written)
                text = written[:max(0, -start)] + text[:max(0, start)] + written[max(0, -start):] \
                    + text[at:]
            else:
                text = text[:at] + written + text[at + len(written):]
        matched = self.pattern.fullmatch(text) if self.whole else self.pattern.search(text)
        for option, stack in self._options:
            self._options_failed[option] += not matched
            if option in self._open_options \
                    and (matched or self._options_failed[option] >= GIVE_UP):
                self._open_options.discard(option)
                self._done(stack)
        if not matched:
            return None
        self.matched += 1
        for choice, way, stack in self._picks:
            untried = self._untried[choice]
            if way in untried:
                untried.discard(way)
                self._done(stack)
        return text

    def _done(self, stack: tuple[int, ...]) -> None:
        for part in stack:
            self._left[part] -= 1

    def _count(self, sub: Any) -> int:
        ways = 0
        for op, av in sub:
            if op is _C.BRANCH:
                self._untried[id(av[1])] = set(range(len(av[1])))
                ways += len(av[1]) + sum(self._count(way) for way in av[1])
            elif op is _C.SUBPATTERN:
                ways += self._count(av[3])
            elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
                if av[0] == 0:  # optional: left out, and taken, are two ways
                    self._open_options.update(((id(av), False), (id(av), True)))
                    ways += 2
                ways += self._count(av[2])
            elif op is _C.ATOMIC_GROUP:
                ways += self._count(av)
            elif op is _C.GROUPREF_EXISTS:
                ways += self._count(av[1]) + (self._count(av[2]) if av[2] else 0)
        self._left[id(sub)] = ways
        return ways

    def _length(self) -> int:
        return sum(map(len, self._out))

    def _walk(self, sub: Any, flags: int) -> None:
        self._stack.append(id(sub))
        for op, av in sub:
            self._item(op, av, flags)
        self._stack.pop()

    def _item(self, op: Any, av: Any, flags: int) -> None:
        rng = self.rng
        if op is _C.LITERAL:
            self._out.append(self._letter(chr(av), flags))
        elif op in (_C.IN, _C.NOT_LITERAL, _C.ANY):
            self._out.append(rng.choice(_chars((op, _frozen(av)), flags)))
        elif op is _C.BRANCH:
            self._walk(av[1][self._way(av[1])], flags)
        elif op is _C.SUBPATTERN:
            group, add, remove, sub = av
            start = self._length()
            self._walk(sub, (flags | add) & ~remove)
            if group:
                self._groups[group] = "".join(self._out)[start:]
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            least, most, sub = av
            times = least + rng.choice((0, 0, 0, 1, 1, 2, 3))
            times = min(times, most) if most != _C.MAXREPEAT else times
            if (least == 0 and (id(av), True) in self._open_options) or self._left.get(id(sub)):
                times = max(times, 1)
            elif (id(av), False) in self._open_options:
                times = 0
            if least == 0 and (id(av), bool(times)) in self._open_options:
                self._options.append(((id(av), bool(times)), tuple(self._stack)))
            for _ in range(times):
                self._walk(sub, flags)
        elif op is _C.ASSERT:
            direction, sub = av
            outer = self._out
            self._out = []
            self._walk(sub, flags)
            written, self._out = "".join(self._out), outer
            self._over.append((self._length(), direction, written))
        elif op is _C.ATOMIC_GROUP:
            self._walk(av, flags)
        elif op is _C.GROUPREF:
            self._out.append(self._groups.get(av, ""))
        elif op is _C.GROUPREF_EXISTS:
            group, yes, no = av
            if group in self._groups:
                self._walk(yes, flags)
            elif no:
                self._walk(no, flags)
        elif op not in (_C.AT, _C.ASSERT_NOT):
            raise NotImplementedError(f"no text drawn for {op}")

    def _way(self, ways: list[Any]) -> int:
        """Which of a choice's `ways` to take: one not yet taken in a matched text, or holding
        such a one, where there is one."""
        untried = self._untried.get(id(ways))
        if untried is None:  # inside a look-ahead: not counted
            return self.rng.randrange(len(ways))
        left = self._left
        open_ways = [n for n, way in enumerate(ways) if n in untried or left[id(way)]]
        way = self.rng.choice(open_ways) if open_ways else self.rng.randrange(len(ways))
        self._picks.append((id(ways), way, tuple(self._stack)))
        return way

    def _letter(self, char: str, flags: int) -> str:
        if not flags & re.IGNORECASE:
            return char
        if self._shout:
            return char.upper() if len(char.upper()) == 1 else char
        if self.rng.random() < 0.2:
            return self.rng.choice(read_alike(char))
        return char
