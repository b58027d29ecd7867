"""Small text helpers shared by the checks: quoted words, sentences, overlapping matches."""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from flows.regex import compiled, on_first_use, put_off

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
_T = TypeVar("_T")

# Someone's own words in quotation marks: straight or curly, double or single. A single
# straight quote opens only after a space or bracket and closes only before a non-letter,
# so "Dad's" and "don't" inside a quote are apostrophes, not the end of it.
#
# Read as one pattern, that is
#     "[^"\n]*"  |  “[^”\n]*”  |  ‘(?:[^’\n]|’(?=\w))*’
#     |  (?<![\w'])'(?=\S)(?:[^'\n]|'(?=\w))*(?<=\S)'(?!\w)
# but `re` would try each opening mark against the rest of its line, and a line of 4,000
# "'s " or "‘a " is 1,000 openings each read to the end (seconds on a long message).
# `_quote_spans` finds the same quotes in one pass: each opening mark reads on to where its
# quote must stop (`_STOPS`); when that is no quote, no opening of that kind before the stop
# can be one either, so none is read again.
# (`_OPENING` opens with one class, so `re` scans for the marks rather than trying its look-back
# at each letter: a straight quote is then held to what is before and after it.)
_OPENING = on_first_use(r"[\"“‘'](?:(?<!')|(?<![\w']')(?=\S))")
_STOPS = {'"': re.compile(r'["\n]'), "“": re.compile(r"[”\n]"),
          "‘": re.compile(r"’(?!\w)|\n"), "'": re.compile(r"'(?!\w)|\n")}
_CLOSING = {'"': '"', "“": "”", "‘": "’", "'": "'"}
_SPACE = on_first_use(r"\s")
_SENTENCE = on_first_use(r"(?<=[.!?;])\s+|\n+")
# One sentence, as `sentence_spans` reads them: a point between digits ("12.10.26", "2.30pm")
# is part of a date, a time or a number, not the end of a sentence. (Its letters are taken a
# run at a time, not one choice a letter: the same sentences, in about half the time.)
_SENTENCE_RUN = on_first_use(r"(?:[^.!?;\n]+|(?<=\d)\.(?=\d))+")


def words(spaced: str) -> frozenset[str]:
    """A set of words written one after another, as in a word list."""
    return frozenset(spaced.split())


def alternation(spaced: str) -> str:
    """A regex alternation of the words, longest first; `_` in a word stands for a space."""
    return longest_first(w.replace("_", r"\s+") for w in spaced.split())


# One piece of a form: `\s+`, an escaped character, or a character.
_PIECE = on_first_use(r"\\s\+|\\.|.", re.DOTALL)
_SPACES = r"\s+"
_SPECIAL = frozenset(".^$*+?{}[]|()\\")
# Each alternation `longest_first` wrote, and the flat one it stands for (`needles` reads that).
_FLAT: dict[str, str] = {}


def longest_first(forms: Iterable[str]) -> str:
    """A regex matching what `(?:form|form|...)` with the longest form first matches, and the
    same way, written with the forms' common starts shared: `(?:m(?:um(?:my|)|other)|dad)`
    for mummy, mother, mum and dad. Each form is characters, escaped characters and `\\s+`.

    A flat alternation makes `re` try every form at every place in the text: the danger
    statement's verbs are over 500 forms, and one search of a 100-character answer took
    400 µs. Shared, a place whose letter starts no form is passed over at once. Where one
    form is the start of another, the longer is tried first; forms that part at a piece
    cannot both match at one place (that is checked: two pieces that could read the same
    character, such as "H" and "h" or a space and `\\s+`, are refused), so their order does
    not matter."""
    flat = sorted(set(forms), key=lambda form: (-len(form), form))  # the same in any run
    shared, whole = _shared_of(flat)
    _FLAT[shared] = whole
    return shared


def any_of(words: Iterable[str]) -> str:
    """A regex finding any of these words (as written) anywhere in a text: searched, it
    answers what `any(word in text for word in words)` does, in one pass of `re` rather
    than a Python loop over the words."""
    return longest_first(map(re.escape, words))


SHARED_FILE = Path(__file__).with_name("alternations.json")
# Each flat alternation asked for in this process: its forms, and the shared one given.
_ASKED: dict[str, tuple[tuple[str, ...], str]] = {}


def _shared_of(flat: list[str]) -> tuple[str, str]:
    """`_sharing(flat)` and the flat alternation it stands for. The shipped ones (the word
    classes, and the words of the wording rules' quick tests) are read from `SHARED_FILE`:
    working them out was a tenth of every `sosbot` command's start-up and as much again at
    the first answer checked. Any other is worked out here."""
    whole = "(?:" + "|".join(flat) + ")"
    stored = _stored().get(alternation_key(whole))
    shared = stored if isinstance(stored, str) else _sharing(flat)
    _ASKED[whole] = (tuple(flat), shared)
    return shared, whole


def asked_alternations() -> dict[str, tuple[tuple[str, ...], str]]:
    """Each flat alternation asked for in this process so far: its forms, and the shared
    alternation given for it."""
    return dict(_ASKED)


def alternation_key(whole: str) -> str:
    """A flat alternation's name in `SHARED_FILE`: a digest of it."""
    return hashlib.blake2b(whole.encode(), digest_size=12).hexdigest()


@functools.cache
def _stored() -> dict[str, Any]:
    """`SHARED_FILE`'s alternations by the digest of the flat one each stands for."""
    try:
        stored = json.loads(SHARED_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # missing or unreadable: every alternation is worked out instead
    return stored if isinstance(stored, dict) else {}


def shared_file() -> str:
    """`SHARED_FILE`'s text for every alternation asked for in this process, each worked
    out again (never read from the file)."""
    worked = {alternation_key(whole): _sharing(forms) for whole, (forms, _) in _ASKED.items()}
    return json.dumps(dict(sorted(worked.items())), ensure_ascii=False, indent=0) + "\n"


@dataclass
class _Node:
    """Forms sharing a start: the pieces that may follow it, whether a form ends here, and
    the length of the longest form through here."""

    next: dict[str, _Node] = field(default_factory=dict)
    ends: bool = False
    longest: int = 0


def _sharing(forms: Iterable[str]) -> str:
    root = _Node()
    for form in forms:
        node = root
        for piece in _PIECE.findall(form):
            node = node.next.setdefault(_literal(piece, form), _Node())
            node.longest = max(node.longest, len(form))
        node.ends = True
    return "(?:" + _shared(root, "") + ")"


def _literal(piece: str, form: str) -> str:
    """A piece as the character it reads (`\\s+` kept as it is)."""
    if piece == _SPACES:
        return piece
    if piece.startswith("\\") and not piece[1].isalnum():
        return piece[1]
    if len(piece) == 1 and piece not in _SPECIAL:
        return piece
    raise ValueError(f"{form!r}: a form to share is letters, escaped characters and \\s+, "
                     f"not {piece!r}")


def _shared(node: _Node, start: str) -> str:
    """The alternation for the forms after `start`, longest first, the form ending here
    (if one does) last."""
    pieces = sorted(node.next, key=lambda p: (-node.next[p].longest, p))
    for i, one in enumerate(pieces):
        for other in pieces[i + 1:]:
            if _alike(one, other) and _clash(node.next[one], node.next[other]):
                raise ValueError(f"forms starting {start + one!r} and {start + other!r} could "
                                 "read the same text: write them alike")
    ways = [_written(piece) + _group(node.next[piece], start + piece) for piece in pieces]
    if node.ends:
        ways.append("")
    return "|".join(ways)


def _clash(one: _Node, other: _Node) -> bool:
    """Whether forms after two pieces reading the same character could match one text to
    different lengths (then the shorter might be tried first)."""
    if (one.ends and other.next) or (other.ends and one.next):
        return True
    return any(_clash(one.next[a], other.next[b])
               for a in one.next for b in other.next if _alike(a, b))


def _alike(one: str, other: str) -> bool:
    if _SPACES in (one, other):
        return (one if other == _SPACES else other).isspace()
    return fold(one) == fold(other)


def _written(piece: str) -> str:
    return piece if piece == _SPACES else re.escape(piece)


def _group(node: _Node, start: str) -> str:
    ways = len(node.next) + node.ends
    if ways == 1 and node.ends:
        return ""
    if ways == 1:
        return _shared(node, start)
    return "(?:" + _shared(node, start) + ")"


# The standard library's own regex parser (no public equivalent): it reads a pattern into
# the tree `re` compiles, which is what tells which words every match must contain.
_PARSER: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")
# Letters `re` takes for one another when it ignores case though their lower cases differ
# ("ſ" and "s", "ı" and "i"), from the standard library's own table (no public equivalent).
_EXTRA_CASES: dict[int, tuple[int, ...]] = importlib.import_module("re._casefix")._EXTRA_CASES
_BEFORE_LOWER = {0x130: "i"}  # "İ": the one letter whose lower case is two characters
_AFTER_LOWER = {code: chr(min(code, *alike)) for code, alike in _EXTRA_CASES.items()
                if min(code, *alike) != code}


def fold(text: str) -> str:
    """The text with case taken out the way `re` ignores it, one character for one: a word a
    rule finds ignoring case is in `fold(text)` as `fold(word)`."""
    if text.isascii():  # the tables hold no ASCII letter: lower case alone, and far quicker
        return text.lower()
    return text.translate(_BEFORE_LOWER).lower().translate(_AFTER_LOWER)


@dataclass(frozen=True, slots=True)
class Needles:
    """A rule's quick test: words (folded), one of which every match of the rule holds; none
    known means any text may match. `ways`, when known, is a stricter test the words follow
    from: every match goes one of these ways, and holds a word of each set of words of its
    way (a match of "(?:had|has) a (?:wobble|blip)|falling apart" holds "had" or "has" and
    "wobble" or "blip", or else "falling" and "apart")."""

    words: tuple[str, ...]
    ways: tuple[tuple[tuple[str, ...], ...], ...] = ()

    @classmethod
    def of(cls, words: Iterable[str]) -> Needles:
        """The quick test for these words, folded, less each one holding another ("hit" is
        in any text "hits" is in): the same test, with fewer words to look for."""
        return cls(_fewest(words))

    def found_in(self, folded: str) -> bool:
        """Whether the text (as `fold` gives it) passes the test."""
        if self.ways:
            return any(all(any(word in folded for word in one) for one in way)
                       for way in self.ways)
        return not self.words or any(word in folded for word in self.words)


def _fewest(words: Iterable[str]) -> tuple[str, ...]:
    return _fewest_of(frozenset(words))


# Reading the rules asks this of the same sets of words again and again (a 680-word choice
# inside a larger one, read for each way through it): a third of start-up, before it was kept.
@functools.lru_cache(maxsize=4096)
def _fewest_of(words: frozenset[str]) -> tuple[str, ...]:
    kept: list[str] = []
    for word in sorted({fold(w) for w in words}, key=lambda w: (len(w), w)):
        if not any(k in word for k in kept):
            kept.append(word)
    return tuple(kept)


class NeedleIndex:
    """Many quick tests asked of one text at once: which of them it passes, a word of the
    text at a time instead of a look for each test word at every character.

    A test word with no space in it is in a text only inside one of its words (what lies
    between spaces). The text is split into its words once; the test words inside each are
    read from the words seen lately (answers use the same words again and again), and a new
    one by one regex of every test word with their common starts shared (`longest_first`),
    which finds at each place the longest test word starting there: any other starting there
    is a start of that one, so each stands for the sets of words holding it or any of its
    starts. A test word with a space in it ("the roof", " own ") is looked for in the whole
    text when its longest piece is in one of the text's words. A way is then looked at only
    when its most telling set is found."""

    def __init__(self, tests: Sequence[Needles]) -> None:
        self._tests = tests
        self._built = False
        put_off(self)

    def ready(self) -> None:
        if not self._built:
            self._build()
            self._built = True

    def _build(self) -> None:
        """Made at the first text asked about, not at import: the shared regex of every
        word takes a fifth of a second to build and compile, which commands that check no
        answer would pay for nothing."""
        self._always, self._keyed, owners = needle_sets(self._tests)
        spanning = [word for word in owners if word.split() != [word]]
        # Each word with a space by its longest piece (none: looked for in every text).
        runs = {word: max(word.split(), key=len, default="") for word in spanning}
        self._unanchored = tuple(word for word, run in runs.items() if not run)
        lettered = {word for word in owners if word not in runs} | {r for r in runs.values() if r}
        passed = {word: frozenset(n for end in range(1, len(word) + 1)
                                  for n in owners.get(word[:end], ()))
                  for word in [*lettered, *spanning]}
        self._spanning = {word: self._found({word}, passed) for word in spanning}
        forms = sorted(map(re.escape, lettered), key=lambda form: (-len(form), form))
        longest = compiled("(?=(" + _shared_of(forms)[0] + "))" if forms else "(?!)")
        spans = {word: tuple(s for s, run in runs.items() if run and word.startswith(run))
                 for word in lettered}

        def in_word(word: str) -> _Found | None:
            found = set(longest.findall(word))
            return self._found(found, passed, tuple(s for w in found for s in spans[w])) \
                if found else None

        # Words recur from answer to answer (`claims` keeps its readings of them too).
        self._in_word = functools.lru_cache(maxsize=8192)(in_word)

    def _found(self, words: set[str], passed: dict[str, frozenset[int]],
               spans: tuple[str, ...] = ()) -> _Found:
        """What finding these words tells (`_Found`), with the words with a space in them
        to look for in the whole text, which they may be part of."""
        found = frozenset(n for word in words for n in passed[word])
        return (found,
                frozenset(i for n in found for i, rest in self._keyed.get(n, ()) if not rest),
                tuple((i, rest) for n in found for i, rest in self._keyed.get(n, ()) if rest),
                spans)

    def passing(self, folded: str) -> list[int]:
        """The positions of the tests the text (as `fold` gives it) passes, in order."""
        self.ready()
        parts = [part for part in map(self._in_word, set(folded.split())) if part]
        parts += [self._spanning[word] for part in parts for word in part[3] if word in folded]
        parts += [self._spanning[word] for word in self._unanchored if word in folded]
        if not parts:
            return sorted(self._always)
        found = frozenset().union(*[part[0] for part in parts])
        passed = set(self._always.union(*[part[1] for part in parts]))
        for part in parts:
            for i, rest in part[2]:
                if rest <= found:
                    passed.add(i)
        return sorted(passed)


# What a word in a text tells: the sets of test words found (`NeedleIndex`), the tests a
# way of one set passes, the other ways whose most telling set is among them (with the sets
# they need besides), and the words with a space or a mark in them to look for.

def needle_sets(tests: Sequence[Needles]) -> tuple[
        frozenset[int], dict[int, list[tuple[int, frozenset[int]]]], dict[str, set[int]]]:
    """How `NeedleIndex` groups its tests' words: the tests every text passes (no words to
    find); for each set of words (by its number), the tests whose most telling set it is,
    each with the numbers of its way's other sets; and for each word, the sets holding it."""
    always: set[int] = set()
    sets: dict[tuple[str, ...], int] = {}
    keyed: dict[int, list[tuple[int, frozenset[int]]]] = {}
    for i, test in enumerate(tests):
        for way in test.ways or (((test.words,),) if test.words else ()):
            way = tuple(one for one in way if "" not in one)
            if not way:
                always.add(i)
                continue
            ids = [sets.setdefault(one, len(sets)) for one in way]
            key = ids[max(range(len(way)), key=lambda n: telling(way[n]))]
            keyed.setdefault(key, []).append((i, frozenset(ids) - {key}))
        if not test.ways and not test.words:
            always.add(i)
    owners: dict[str, set[int]] = {}
    for one, n in sets.items():
        for word in one:
            owners.setdefault(word, set()).add(n)
    return frozenset(always), keyed, owners

_Found = tuple[frozenset[int], frozenset[int], tuple[tuple[int, frozenset[int]], ...],
               tuple[str, ...]]



# A pattern read as ways (`Needles.ways`) is read as at most this many: past it, a choice
# of ways is taken as one set of words (the choice's words of `_required`).
_MOST_WAYS = 64
# A way is tested by its few most telling sets of words, none besides the first holding a
# word of one letter (found in almost every text). Sets of two-letter words ("ok", "is")
# are kept: "(?:it|this)\s+is\s+not\s+(?:ok|ideal|good)", let through by "it" alone, was
# a search of 940 characters for almost every answer; a word more to find costs far less.
_TELLING = 3
_SHORTEST = 2


def needles(pattern: str, flags: int = 0, *, part: bool = False) -> Needles:
    """A quick test for a regex: literal words, one of which every match of it contains (read
    from the parsed pattern: each alternative's most telling run of letters), and the ways
    its matches may go (`Needles.ways`). Most answers hold none of a rule's words, and a few
    substring tests are far quicker than the rule itself, or than one regex search for the
    words. Case is folded alike in both (`fold`), never by lower-casing alone: "İ".lower() is
    two characters, and a rule ignoring case still reads "choİces" as "choices".

    The shipped rules' tests are read from `NEEDLES_FILE` (`python -m flows.checks.quick_tests`
    writes it): working them out was about half of every `sosbot` command's start-up. A
    pattern not in it (an edited rule, an operator's own word list) is worked out here.
    `part`: the pattern is a part of another, tried alone for speed (`parts`)."""
    key = (pattern, flags)
    if part:
        _PARTS.add(key)
    known = _asked.get(key)
    if known is None:
        known = _shipped().get(needles_key(pattern, flags)) or worked_out(pattern, flags)
        _asked[key] = known
    return known


NEEDLES_FILE = Path(__file__).with_name("needles.json")
# Every pattern this process has asked `needles` about, with its test.
_asked: dict[tuple[str, int], Needles] = {}


# The patterns asked about as parts of another, tried one by one for speed (the shapes of
# praise): their words are the whole pattern's, whose slips `respell` already reads.
_PARTS: set[tuple[str, int]] = set()


def parts() -> frozenset[tuple[str, int]]:
    """The patterns `needles` has been asked about as parts of another pattern."""
    return frozenset(_PARTS)


def asked() -> dict[tuple[str, int], Needles]:
    """The patterns (and flags) `needles` has been asked about in this process so far."""
    return dict(_asked)


def needles_key(pattern: str, flags: int) -> str:
    """The pattern's name in `NEEDLES_FILE`: a digest of it and its flags (as a number:
    `re.IGNORECASE` is written "re.IGNORECASE", and is 2)."""
    return hashlib.blake2b(f"{int(flags)}\0{pattern}".encode(), digest_size=12).hexdigest()


@functools.cache
def stored_needles() -> Any:
    """`NEEDLES_FILE` as read, once a process (the quick tests here, and the checked words
    `respell` reads slips of); an error reading it is raised to each caller, which passes
    over the file."""
    return json.loads(NEEDLES_FILE.read_text(encoding="utf-8"))


@functools.cache
def _shipped() -> dict[str, Needles]:
    """The file's tests by digest. It names each word once, and each set of words (many
    rules share the same long choices) once, by position: a tenth of the size otherwise."""
    try:
        stored = stored_needles()
        words = stored["words"]
        sets = [tuple(words[n] for n in one) for one in stored["sets"]]
        return {key: Needles(sets[own], tuple(tuple(sets[n] for n in way) for way in ways))
                for key, (own, ways) in stored["needles"].items()}
    except (OSError, ValueError, LookupError, TypeError):
        return {}  # missing or unreadable: every test is worked out instead


def needles_file(tests: dict[tuple[str, int], Needles],
                 alone: dict[str, list[Any] | None] | None = None,
                 checked: Iterable[str] | None = None) -> str:
    """`NEEDLES_FILE`'s text for these patterns' tests (as `_shipped` reads it), the rules'
    second tests by the digest of their patterns (`alone_entry`, as `words_alone` reads
    them), and the checked words `respell` reads slips of (`known_by`'s)."""
    words: dict[str, int] = {}
    sets: dict[tuple[str, ...], int] = {}

    def named(one: tuple[str, ...]) -> int:
        return sets.setdefault(one, len(sets))

    found = {needles_key(pattern, flags): [named(test.words), [list(map(named, way))
                                                               for way in test.ways]]
             for (pattern, flags), test in sorted(tests.items())}
    table = [[words.setdefault(word, len(words)) for word in one] for one in sets]
    written: dict[str, Any] = {"words": list(words), "sets": table,
                               "needles": dict(sorted(found.items()))}
    if alone is not None:
        written["alone"] = dict(sorted(alone.items()))
    if checked is not None:
        written["checked"] = sorted(set(checked))
    return json.dumps(written, ensure_ascii=False, separators=(",", ":")) + "\n"


def worked_out(pattern: str, flags: int = 0) -> Needles:
    """`needles`, read from the pattern itself, never from `NEEDLES_FILE`."""
    return _worked_out(pattern, flags, _telling_required)


def known_by(pattern: str, flags: int = 0) -> Needles:
    """The quick test as it was worked out before a common word counted as short
    (`_COMMON`): the words a rule is known by, whose slips `respell` reads (its table of
    slips stays what it was; `quick_tests` writes them into `NEEDLES_FILE`)."""
    return _worked_out(pattern, flags, telling)


Telling = Callable[[Iterable[str]], tuple[int, int]]


def _worked_out(pattern: str, flags: int, key: Telling) -> Needles:
    for shared in sorted(_FLAT, key=lambda s: (-len(s), s)):
        pattern = pattern.replace(shared, _FLAT[shared])  # its forms' words, not their starts
    parsed = _PARSER.parse(pattern, flags)
    words = _fewest(_required(parsed, key) or ())
    ways = tuple(sorted({tuple(sorted(way)) for way in map(_reduced, _ways(parsed, key))}))
    if not words or () in ways:
        return Needles(words)
    return Needles(words, ways)


def _reduced(way: list[frozenset[str]]) -> frozenset[tuple[str, ...]]:
    """A way's most telling sets of words (`_TELLING`), each with fewest words, less any set
    another one implies."""
    sets = {_fewest(one) for one in way}
    sets = {one for one in sets
            if not any(other != one and all(any(w in word for w in one) for word in other)
                       for other in sets)}
    best = sorted(sorted(sets), key=telling, reverse=True)  # ties alike in every process
    return frozenset(one for n, one in enumerate(best)
                     if n == 0 or (n < _TELLING and min(map(len, one)) >= _SHORTEST))


def telling(words: Iterable[str]) -> tuple[int, int]:
    """How seldom a text holds one of the words: the longest shortest word, then the fewest."""
    words = tuple(words)
    return min(map(len, words), default=0), -len(words)


def _ways(sequence: Any, key: Telling) -> list[list[frozenset[str]]]:
    """The ways a match of a parsed sequence may go: each the sets of words it must hold one
    of each of (a way with no sets: nothing known)."""
    ways: list[list[frozenset[str]]] = [[]]
    run = ""
    for op, arg in [*sequence, (None, None)]:
        if op is _C.LITERAL:
            run += chr(arg)
            continue
        if run:
            ways = [[*way, frozenset([run])] for way in ways]
            run = ""
        if op is _C.SUBPATTERN:
            inner = _ways(arg[-1], key)
        elif op is _C.BRANCH:
            inner = _choice(arg[1], key)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            inner = _ways(arg[2], key)
        else:
            continue
        if all(len(way) == 1 for way in inner):  # one word of many: one set
            inner = [[frozenset(word for way in inner for word in way[0])]]
        if len(ways) * len(inner) > _MOST_WAYS:
            found = _required([(op, arg)], key)
            inner = [[found] if found else []]
        ways = [[*way, *more] for way in ways for more in inner]
    return ways


def _choice(branches: list[Any], key: Telling) -> list[list[frozenset[str]]]:
    """The ways of a choice: each branch's own, but those of the branches with most ways
    taken as one set of words (`_required`) while they are more than `_MOST_WAYS` in all."""
    each = [_ways(branch, key) for branch in branches]
    for n in sorted(range(len(each)), key=lambda n: -len(each[n])):
        if sum(map(len, each)) <= _MOST_WAYS:
            break
        found = _required(branches[n], key)
        each[n] = [[found] if found else []]
    return [way for ways in each for way in ways]


def _required(sequence: Any, key: Telling) -> frozenset[str] | None:
    """Strings one of which every match of a parsed sequence contains (None: none known),
    the most telling by `key`."""
    choices: list[frozenset[str]] = []
    run = ""
    for op, arg in sequence:
        if op is _C.LITERAL:
            run += chr(arg)
            continue
        if run:
            choices.append(frozenset([run]))
            run = ""
        found = None
        if op is _C.SUBPATTERN:
            found = _required(arg[-1], key)
        elif op is _C.BRANCH:
            branches = [_required(branch, key) for branch in arg[1]]
            found = frozenset(w for b in branches if b for w in b) \
                if all(branches) else None
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _required(arg[2], key)
        if found:
            choices.append(found)
    if run:
        choices.append(frozenset([run]))
    # the most selective: the longest shortest word, then the fewest words; a word of
    # nearly every text ("and", "with") counted as short as two letters
    return max(choices, key=key, default=None)


# Words of three letters or more found in nearly every answer: a rule's quick test that
# looks for one lets almost every text through ("a bit hit and miss" by "and" alone, from
# its "on and off", where "off" is as sure and far rarer).
_COMMON = frozenset({"and", "the", "with", "for", "that", "this", "was", "are", "not", "you",
                     "but", "his", "her", "him", "she", "they", "have", "has", "from",
                     "will", "been", "were", "had", "all", "one", "our"})


def _telling_required(words: Iterable[str]) -> tuple[int, int]:
    """`telling`, with a common word (`_COMMON`) read as two letters long."""
    words = tuple(words)
    return min((2 if word.strip() in _COMMON else len(word) for word in words),
               default=0), -len(words)


def may_quote(text: str) -> bool:
    """Whether the text holds a mark `_OPENING` opens a quote with. Most answers hold none,
    and skip the search (and the masking's copy of the text) altogether."""
    return '"' in text or "'" in text or "“" in text or "‘" in text


def mask_quotes(text: str) -> str:
    """The text with everything inside quotation marks blanked out, keeping every offset.

    The child's or a parent's own words are theirs: no check asks them to be reworded.
    """
    if not may_quote(text) or not _OPENING.search(text):
        return text
    pieces: list[str] = []
    done = 0
    for start, end in _quote_spans(text):
        pieces += [text[done:start], " " * (end - start)]
        done = end
    return "".join(pieces) + text[done:]


def _quote_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where each quote is (`_OPENING`, `_STOPS`), from its opening mark to its closing one."""
    passed = dict.fromkeys(_STOPS, 0)  # openings of each kind before this cannot open a quote
    at = 0
    while opening := _OPENING.search(text, at):
        start = opening.start()
        mark = text[start]
        at = start + 1
        if start < passed[mark]:
            continue
        stop = _STOPS[mark].search(text, at)
        end = stop.start() if stop else len(text)  # the first place the quote must end
        passed[mark] = end
        close = _CLOSING[mark]
        if end < len(text) and text[end] == close and (
                mark != "'" or not _SPACE.match(text, end - 1)):
            at = end + 1
        elif mark == "‘" and (end := text.rfind(close, at, end)) >= 0:
            at = end + 1  # "‘…’s …": the last ’ before the line ends closes it
        else:
            continue
        yield start, at


def sentence_spans(masked: str) -> Iterator[tuple[int, int]]:
    """Where each sentence of the text starts and ends (split at . ! ? ; and line breaks),
    its surrounding spaces left out; blanks skipped."""
    memo = _SPLIT.get()
    if memo is None:
        return iter(_sentence_spans(masked))
    found = memo.get(masked)
    if found is None:
        found = memo[masked] = _sentence_spans(masked)
    return iter(found)


def _sentence_spans(masked: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for m in _SENTENCE_RUN.finditer(masked):
        run, at = m.group(), m.start()
        start = at + len(run) - len(run.lstrip())
        end = at + len(run.rstrip())
        if end > start:
            spans.append((start, end))
    return tuple(spans)


def sentence_start(masked: str, n: int) -> int | None:
    """Where the text's sentence after the first `n` starts, as `sentence_spans` splits it;
    None when it has no more than `n`. The text is split no further than that sentence:
    4,000 characters of one-letter sentences are 2,000, and splitting them all to find where
    the 301st starts took four times as long as splitting the 300 read."""
    memo = _SPLIT.get()
    found = None if memo is None else memo.get(masked)
    if found is not None:
        return found[n][0] if n < len(found) else None
    spans: list[tuple[int, int]] = []
    for m in _SENTENCE_RUN.finditer(masked):  # (as `_sentence_spans` reads them)
        run, at = m.group(), m.start()
        start = at + len(run) - len(run.lstrip())
        end = at + len(run.rstrip())
        if end > start:
            if len(spans) == n:
                return start
            spans.append((start, end))
    if memo is not None:  # split to its end: kept as `sentence_spans` keeps it
        memo[masked] = tuple(spans)
    return None


# One answer's wording check splits it into sentences in about ten places (each rule that
# reads a sentence at a time): inside `one_check`, split once, the same spans for each. Kept
# for that check only (its own context: another practitioner's check on the same thread is
# another task), and nothing of the answer is kept after it.
_SPLIT: ContextVar[dict[str, tuple[tuple[int, int], ...]] | None] = ContextVar(
    "sosbot_sentences", default=None)


class _OneCheck:
    """While one check reads one answer: its sentences are split once (`sentence_spans`).
    A class, not a `contextmanager`: entered at every answer checked, whose generator cost
    three more Python frames each time."""

    __slots__ = ("_token",)

    def __enter__(self) -> None:
        self._token = _SPLIT.set({})

    def __exit__(self, *_: object) -> None:
        _SPLIT.reset(self._token)


one_check = _OneCheck


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


@dataclass(frozen=True, slots=True)
class WordsAlone:
    """A second quick test for a rule with a way that holds a word standing alone between
    spaces (`\\s+(?:a|an)\\s+`: "is a difficult mum"): every match goes one of `branches`
    (the pattern's choices at its top), and a branch's match holds one of its `alone` words
    as a whole word of the text, or else (a branch with none) passes its own quick test.
    "a" is in nearly every text as a letter of a word and `needles` never looks for it; as
    a word alone it is in few answers."""

    branches: tuple[tuple[frozenset[str], Needles], ...]

    def found_in(self, tokens: frozenset[str], folded: str) -> bool:
        """Whether a text whose words (`folded.split()`) are `tokens` passes the test."""
        return any(not alone.isdisjoint(tokens) if alone else test.found_in(folded)
                   for alone, test in self.branches)


def words_alone(pattern: str, flags: int = 0) -> WordsAlone | None:
    """`WordsAlone` for a pattern; None when no branch of it holds a word standing alone, or
    the pattern cannot be read a branch at a time. The shipped rules' are read from
    `NEEDLES_FILE` (its "alone", which `python -m flows.checks.quick_tests` writes); any other
    is worked out here."""
    stored = _shipped_alone()
    key = needles_key(pattern, flags)
    return stored[key] if key in stored else alone_worked_out(pattern, flags)


@functools.cache
def _shipped_alone() -> dict[str, WordsAlone | None]:
    try:
        return {key: None if entry is None else WordsAlone(tuple(
                    (frozenset(alone), Needles(tuple(own), tuple(
                        tuple(tuple(one) for one in way) for way in ways)))
                    for alone, own, ways in entry))
                for key, entry in stored_needles().get("alone", {}).items()}
    except (OSError, ValueError, LookupError, TypeError, AttributeError):
        return {}  # missing or unreadable: each is worked out instead


def alone_entry(found: WordsAlone | None) -> list[Any] | None:
    """`found` as `NEEDLES_FILE` holds it."""
    return None if found is None else [
        [sorted(alone), list(test.words), [[list(one) for one in way] for way in test.ways]]
        for alone, test in found.branches]


def alone_worked_out(pattern: str, flags: int = 0) -> WordsAlone | None:
    """`words_alone`, read from the pattern itself, never from `NEEDLES_FILE`."""
    if _FLAGS_FIRST.match(pattern):  # flags for the whole pattern: not read a branch at a time
        return None
    branches = top_branches(pattern)
    try:
        parsed = [_PARSER.parse(branch, flags) for branch in branches]
    except re.error:  # a branch referring to another's group: read as one
        return None
    alone = [_alone_in(branch.data) for branch in parsed]
    if not any(alone):
        return None
    tests = [Needles(()) if words else _worked_out(branch, flags, _telling_required)
             for words, branch in zip(alone, branches, strict=True)]
    if sum(sum(len(one) for way in test.ways for one in way) if test.ways else len(test.words)
           for test in tests) > _MOST_WORDS:
        return None  # the other branches' tests would cost more than the search they spare
    # (the branches with words alone first: a text holding one is let through at once)
    return WordsAlone(tuple(sorted(zip(alone, tests, strict=True), key=lambda b: not b[0])))


def top_branches(pattern: str) -> list[str]:
    """The pattern split at each `|` outside brackets and character sets."""
    branches: list[str] = []
    depth, start, at, in_set = 0, 0, 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            at += 1 + (pattern[at + 1:at + 2] == "^")
            at += pattern[at:at + 1] == "]"  # a "]" first in a set is one of its characters
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*branches, pattern[start:]]


# Besides its capital, the characters `re` takes for an ASCII letter when it ignores case
# ("İ" and "ı" for "i", the Kelvin sign for "k", the long s for "s"; the tests hold this
# against every character there is).
_ALSO_TAKEN_FOR = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def taken_for(letter: str) -> str:
    """A class, not ignoring case, of every character `re` takes for the ASCII letter when
    it ignores case: `(?-i:[kK\u212a])` for "k"."""
    lower = letter.lower()
    return f"(?-i:[{lower}{lower.upper()}{_ALSO_TAKEN_FOR.get(lower, '')}])"


def cased_heads(choice: str) -> str:
    """A choice `longest_first` wrote, for a pattern ignoring case, with each way's first
    letter written as `taken_for` it: it matches what the choice matches, and the same way.
    `re` passes over a way whose first character is not the one at hand without trying it
    when the way opens with a class or a letter not ignoring case; one ignoring case it
    tries (so at a word, every way of a long choice was tried in turn)."""
    if not choice.startswith("(?:") or top_branches(choice) != [choice] \
            or len(_PARSER.parse(choice, re.IGNORECASE)) != 1:
        return choice  # not one group (a single word, or groups in a row)
    ways = top_branches(choice[3:-1])
    return "(?:" + "|".join(taken_for(way[0]) + way[1:] if way[:1].isascii()
                            and way[:1].isalpha() else way for way in ways) + ")"


def lettered_heads(choice: str) -> str:
    """`cased_heads`, with a way for each character `re` takes for a way's first letter,
    opening with that character not ignoring case (`(?-i:m)um|(?-i:M)um` for "mum"): the
    same matches, the same way (no two of a letter's ways can start at one place). `re`
    passes over a way opening with a character not the one at hand at a comparison; over
    one opening with a class, at a call (about 60 instructions) a way, at every place a
    long choice is tried."""
    if not choice.startswith("(?:") or cased_heads(choice) == choice:
        return choice
    return "(?:" + "|".join(_lettered(way) for way in top_branches(choice[3:-1])) + ")"


def _lettered(way: str) -> str:
    """A way of a choice, one way for each character `re` takes for its first letter."""
    if not (way[:1].isascii() and way[:1].isalpha()):
        return way
    lower = way[0].lower()
    return "|".join(f"(?-i:{char}){way[1:]}"
                    for char in lower + lower.upper() + _ALSO_TAKEN_FOR.get(lower, ""))


def lettered_ways(ways: str) -> str:
    """`lettered_heads` for a choice written by hand (its ways, without the group around
    them): each way opening with a group (`(?:my|our)\\s+needs`) is first written as one way
    for each of the group's (`my\\s+needs|our\\s+needs`), which `re` tries in the same order;
    each way opening with a letter then opens with each character `re` takes for it, not
    ignoring case, and the ways opening with one character are gathered under it
    (`(?-i:m)(?:y\\s+needs|um)`): at any place only the ways of the character there can
    match, in the order they had. A way opening otherwise (a class, a look-around, a group
    repeated) is kept whole where it was, and tried at every place as before."""
    out: list[str] = []
    under: dict[str, list[str]] = {}  # the ways since the last one kept whole, by character
    for char, rest in (way for whole in top_branches(ways) for way in _lettered_way(whole)):
        if char is None:
            out.extend(_gathered(under))
            under = {}
            out.append(rest)
        else:
            under.setdefault(char, []).append(rest)
    return "|".join([*out, *_gathered(under)])


def _gathered(under: dict[str, list[str]]) -> list[str]:
    return [f"(?-i:{char})" + (rests[0] if len(rests) == 1 else f"(?:{'|'.join(rests)})")
            for char, rests in under.items()]


def _lettered_way(way: str) -> list[tuple[str | None, str]]:
    """The ways `way` is written as: each a character it opens with and the rest, or None
    and the way kept whole."""
    if way.startswith("(?:"):
        end = _group_end(way)
        if way[end:end + 1] not in ("?", "*", "+", "{"):
            rest = way[end:]
            return [one for inner in top_branches(way[3:end - 1])
                    for one in _lettered_way(inner + rest)]
        return [(None, way)]
    if not (way[:1].isascii() and way[:1].isalpha()) or way[1:2] in ("?", "*", "+", "{"):
        return [(None, way)]  # (a letter repeated, too, is kept as it is)
    lower = way[0].lower()
    return [(char, way[1:]) for char in lower + lower.upper() + _ALSO_TAKEN_FOR.get(lower, "")]


def _group_end(pattern: str) -> int:
    """Where the group `pattern` opens with ends (the index after its ")")."""
    depth, at, in_set = 0, 0, False
    while True:
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            at += 1 + (pattern[at + 1:at + 2] == "^")
            at += pattern[at:at + 1] == "]"
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return at + 1
        at += 1


# At most this many forms are read for the words between two spaces.
_MOST_FORMS = 64
# A rule's branches with no word alone are tested by their quick tests: at most this many
# words in all, or the rule is left to its search.
_MOST_WORDS = 16
_FLAGS_FIRST = re.compile(r"\(\?[aiLmsux]+\)")


def _alone_in(sequence: list[Any]) -> frozenset[str]:
    """The words (folded) one of which a match of the parsed sequence holds standing alone:
    what it matches between two of its own whitespace items, when that is one of a few
    fixed words; none known: empty."""
    found: list[frozenset[str]] = []
    for n, item in enumerate(sequence):
        if not _a_space(item):
            continue
        for end in range(n + 2, len(sequence)):
            if _a_space(sequence[end]):
                forms = _forms(sequence[n + 1:end])
                if forms and "" not in forms and not any(
                        char.isspace() for form in forms for char in form):
                    found.append(frozenset(map(fold, forms)))
                break
    return max(found, key=telling, default=frozenset())


def _a_space(item: tuple[Any, Any]) -> bool:
    """Whether a parsed item matches one or more whitespace characters, nothing else."""
    op, arg = item
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        return bool(arg[0] >= 1 and len(arg[2]) == 1 and _a_space(arg[2][0]))
    if op is _C.IN:
        return bool(arg == [(_C.CATEGORY, _C.CATEGORY_SPACE)])
    return bool(op is _C.LITERAL and chr(arg).isspace())


def _forms(sequence: Any) -> set[str] | None:
    """Every text the parsed sequence matches, when it is a few fixed ones; else None."""
    forms = {""}
    for op, arg in sequence:
        if op is _C.LITERAL:
            more: set[str] | None = {chr(arg)}
        elif op is _C.BRANCH:
            more = set()
            for branch in arg[1]:
                one = _forms(branch)
                if one is None:
                    return None
                more |= one
        elif op is _C.SUBPATTERN:  # (a group's number or flags change no text it matches)
            more = _forms(arg[-1])
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and (arg[0], arg[1]) == (0, 1):
            inner = _forms(arg[2])
            more = None if inner is None else inner | {""}
        else:
            more = None
        if more is None:
            return None
        forms = {done + form for done in forms for form in more}
        if len(forms) > _MOST_FORMS:
            return None
    return forms
