"""The plain-language word list: the words and abbreviations a council asks about.

The built-in list is `flows/data/plain_language.yaml`. A council's own file (SOSBOT_WORDS,
or `sosbot language-check --words FILE`) has the same format and says whether it adds to
the built-in list (`mode: add`, the default) or replaces it (`mode: replace`).

Errors: WordListError (a FlowError and a ValueError) names file, line and field.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Annotated, Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator
from pydantic_core import ErrorDetails

from flows import yamlfile
from flows.checks.text import DATA_DIR, NeedleIndex, Needles, needles, telling
from flows.errors import WordListError as WordListError  # raised here, defined there
from flows.regex import on_first_use

WORD_LIST_PATH = DATA_DIR / "plain_language.yaml"
Text = Annotated[str, Field(min_length=1)]
_SEP = r"[\s\-‐‑–]"
_ACRONYM = on_first_use(r"[A-Z]{2,6}")
Matcher = tuple[str, str, re.Pattern[str], Needles, bool]


class ListedTwice(ValueError):
    """A term listed again, at `index` of the terms: named there, not at the list's top
    (in a council's list of hundreds, "terms" left the operator to search for it)."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


class Term(BaseModel):
    """One word or abbreviation to ask about, with the question the bot asks."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    term: Text
    variants: list[Text] = []
    question: Text
    unless_followed_by: list[Text] = []
    unless_preceded_by: list[Text] = []
    match_case: bool = False
    only_about_people: bool = False
    plain_when_told: bool = False
    plain_when_seen: bool = False
    _pattern: re.Pattern[str] = PrivateAttr()
    _needles: Needles = PrivateAttr()
    _capitals: bool = PrivateAttr(default=False)

    @field_validator("term", "variants")
    @classmethod
    def _has_letters(cls, value: str | list[str]) -> str | list[str]:
        for word in [value] if isinstance(value, str) else value:
            if not re.search(r"\w", word):
                raise ValueError(f"{word!r} has no letters or digits to match")
        return value

    def model_post_init(self, context: Any, /) -> None:
        """Compile the matcher once, when the list is loaded."""
        forms = sorted({self.term, *self.variants, *(american(f) for f in
                                                      (self.term, *self.variants))},
                       key=lambda f: (-len(f), f))
        bodies = [_form_pattern(form) for form in forms]
        body = "|".join(bodies)
        acronym = all(_ACRONYM.fullmatch(f) for f in forms)
        # An upper-case S after an abbreviation is a different abbreviation (CP vs CPS).
        plural = r"(?:['’]s|(?-i:s))?" if acronym else r"(?:['’]s|s)?"
        unless = "|".join(re.escape(w) for w in self.unless_followed_by)
        tail = rf"(?!{_SEP}+(?:{unless})(?!\w))" if unless else ""
        # One look-behind per word, each of fixed width: "no concerns", "no further concerns".
        head = "".join(r"(?<!\b" + r"\s".join(map(re.escape, w.split())) + r"\s)"
                       for w in self.unless_preceded_by)
        flags = 0 if self.match_case else re.IGNORECASE
        # Compiled at its first search: the quick test below passes over most terms for any
        # one answer, and compiling all of them was a tenth of every `sosbot chat`'s start.
        # (the quick test is read from the pattern as written plainly: `opened_by_a_class`
        # writes the same matches in a way `re` searches quicker)
        plainly = rf"{head}(?<!\w)(?<!\w\.)(?:{body}){plural}(?!\w){tail}"
        opened = opened_by_a_class(head, forms, bodies, bool(flags))
        self._pattern = on_first_use(
            plainly if opened is None else rf"{opened}{plural}(?!\w){tail}", flags)
        # A match holds the form's first word, or all of an abbreviation's letters once dots
        # are taken out ("D.V."): `may_match` is given the text that way. The words read from
        # the pattern itself are often more telling ("insight" for "no insight"); they hold
        # no dot, so are in the text with dots taken out as well.
        first = Needles.of(f if _ACRONYM.fullmatch(f) else re.split(r"\W", f)[0] for f in forms)
        read = needles(plainly, flags)
        dotted = any("." in word for way in (*read.ways, (read.words,)) for one in way
                     for word in one)
        self._needles = first if dotted or telling(first.words) >= telling(read.words) \
            else read
        # (matched as written, every form holding capitals side by side: so does each match)
        self._capitals = self.match_case and all(
            any(_ACRONYM.fullmatch(piece) or any(
                (a + b).isupper() for a, b in pairwise(piece)) for piece in re.split(_PIECES, form))
            for form in forms)

    @property
    def pattern(self) -> re.Pattern[str]:
        """The compiled whole-word matcher for the term and its variants."""
        return self._pattern

    def may_match(self, folded: str) -> bool:
        """False when the text (as `text.fold` gives it, dots taken out) cannot hold the
        term."""
        return self._needles.found_in(folded)

    @property
    def capitals_in_every_match(self) -> bool:
        """Whether every match holds two characters side by side, one a capital and the other
        no small letter nor space ("DV", "G.A"): matched as written, from capitals."""
        return self._capitals

    @property
    def matcher(self) -> Matcher:
        """Everything a check needs, as a plain tuple: answers are checked often."""
        return (self.term, self.question, self._pattern, self._needles, self.only_about_people)


class WordList(BaseModel):
    """The plain-language word list: a council may extend or replace it with its own."""

    model_config = ConfigDict(extra="forbid")

    mode: Literal["add", "replace"] = "add"
    plain_abbreviations: list[Text] | None = None
    terms: list[Term]
    _matchers: tuple[Matcher, ...] = PrivateAttr(default=())
    _told: frozenset[str] = PrivateAttr(default=frozenset())
    _seen: frozenset[str] = PrivateAttr(default=frozenset())
    _quick: NeedleIndex = PrivateAttr(default_factory=lambda: NeedleIndex([]))
    _plain: frozenset[str] = PrivateAttr(default=frozenset())
    _led: NeedleIndex = PrivateAttr(default_factory=lambda: NeedleIndex([]))

    def model_post_init(self, context: Any, /) -> None:
        """Keep the matchers and the plain abbreviations as plain values, read on every answer."""
        self._matchers = tuple(t.matcher for t in self.terms)
        self._quick = NeedleIndex([quick for *_, quick, _ in self._matchers])
        self._told = frozenset(t.term for t in self.terms if t.plain_when_told)
        self._seen = frozenset(t.term for t in self.terms if t.plain_when_seen)
        self._plain = frozenset(a.upper() for a in self.plain_abbreviations or ())
        self._led = NeedleIndex([t.matcher[3] for t in self.terms if led_by_capitals(t.term)
                                 and not t.capitals_in_every_match])

    def _derived(self) -> dict[str, Any]:
        """The values worked out in `model_post_init`, read at every answer. Read as
        `self._matchers`, each is found by pydantic's `__getattr__` after the usual look-up
        fails, raising and catching an error on the way: about ten times reading it here."""
        return self.__pydantic_private__ or {}

    @property
    def matchers(self) -> tuple[Matcher, ...]:
        """(term, question, pattern, quick test, only about people) for each term, in order."""
        return cast("tuple[Matcher, ...]", self._derived()["_matchers"])

    @property
    def plain_when_told(self) -> frozenset[str]:
        """The terms left alone in a sentence that says what happened."""
        return cast("frozenset[str]", self._derived()["_told"])

    @property
    def plain_when_seen(self) -> frozenset[str]:
        """The terms left alone in a sentence that says what was seen or done (a time alone
        does not)."""
        return cast("frozenset[str]", self._derived()["_seen"])

    @property
    def quick(self) -> NeedleIndex:
        """The terms' quick tests, in the order of `matchers`, asked all at once."""
        return cast("NeedleIndex", self._derived()["_quick"])

    @property
    def capitals_quick(self) -> NeedleIndex:
        """The quick tests of the terms a short form leads (`led_by_capitals`), but for those
        whose every match holds capitals side by side: a text passing none of them, with no
        such capitals, has none of those terms in it."""
        return cast("NeedleIndex", self._derived()["_led"])

    @field_validator("terms")
    @classmethod
    def _unique(cls, terms: list[Term]) -> list[Term]:
        seen: set[str] = set()
        for n, term in enumerate(terms):
            if term.term.lower() in seen:
                raise ListedTwice(n, f"the term {term.term!r} is listed twice")
            seen.add(term.term.lower())
        return terms

    @property
    def known_abbreviations(self) -> frozenset[str]:
        """Abbreviations families know (GP, NHS...): never asked about."""
        return cast("frozenset[str]", self._derived()["_plain"])

    def added_to(self, base: WordList) -> WordList:
        """This council list on top of `base`: its terms win over built-in ones of that name,
        and so do its plain abbreviations (CAMHS known to its families is not asked about)."""
        own = {t.term.lower() for t in self.terms}
        known = self.known_abbreviations
        kept = [t for t in base.terms if t.term.lower() not in own and t.term.upper() not in known]
        plain = [*(base.plain_abbreviations or ()), *(self.plain_abbreviations or ())]
        return WordList(mode="replace", plain_abbreviations=plain, terms=[*kept, *self.terms])


# British spellings an American (or Canadian) keyboard types otherwise: "behaviour" and
# "behavioural" as "behavior(al)", "sexualised" as "sexualized", "programme" as "program",
# "centre" as "center", "paediatric" as "pediatric", "judgement" as "judgment". "our" after
# at least three letters only, so "hour", "your" and "four" stay as they are.
_AMERICAN = ((re.compile(r"(?<=[a-z]{3})our(?=[a-z]*$)"), "or"),
             (re.compile(r"(?<=[a-z]{3})is(?=(?:e|es|ed|ing|ation|ations|er|ers)$)"), "iz"),
             (re.compile(r"(?<=[a-z]{2})ys(?=(?:e|es|ed|ing)$)"), "yz"),
             (re.compile(r"(?<=[a-z]{3})tre(?=s?$)"), "ter"),
             (re.compile(r"^programme(?=[sd]?$)"), "program"),
             (re.compile(r"^paed"), "ped"),
             (re.compile(r"^judgement"), "judgment"))


def american(form: str) -> str:
    """`form` as American spelling has it (the same form where nothing differs); a word in
    capitals is an abbreviation, left as it is."""
    words = re.split(r"(\W+)", form)
    for i, word in enumerate(words):
        if word.isupper():
            continue
        for british, spelt in _AMERICAN:
            word = british.sub(spelt, word.lower()) if british.search(word.lower()) else word
        words[i] = word
    return "".join(words)


def led_by_capitals(term: str) -> bool:
    """Whether a term's first word is a short form, two to six capitals ("DV", "DA course")."""
    first = term.split()[0] if term.strip() else ""
    return first.isupper() and 2 <= len(first) <= 6


# What a form's words are split at: each piece between is matched as written (an acronym's
# letters with or without dots between).
_PIECES = r"(\s+|-|/|['’]|\.)"


# The characters `re` takes for an ASCII letter when case is ignored, besides its two cases
# (Python's own folding: "İ" and "ı" are read as "i", the Kelvin sign as "k", "ſ" as "s").
_FOLDED_TO = {"i": "İı", "k": "\u212a", "s": "ſ"}


def opened_by_a_class(head: str, forms: list[str], bodies: list[str],
                      ignore_case: bool) -> str | None:
    """`{head}(?<!\\w)(?<!\\w\\.)(?:{body}|{body}...)` for the forms' patterns (`bodies`),
    matching the same, the same way, written to open with a class of the characters a match
    can begin with; None when a form does not begin with an ASCII letter or digit.

    A pattern opening with a look-back is tried at every place of the text: a short form such
    as "DA" cost one search about 35,000 instructions in a 100-character answer. Opened by
    a class read as written (`(?-i:...)`), `re` looks for the class's characters and tries
    the rest only there: the first character is taken, the look-backs are asked of the place
    before it (in a look-back of one character), and each form goes on from its second
    character once that first one is seen to be its own (read with the term's flags)."""
    firsts = [form[0] for form in forms]
    if not all(first.isascii() and first.isalnum() and body.startswith(first)
               for first, body in zip(firsts, bodies, strict=True)):
        return None
    opening = {c for first in firsts for c in (
        {first.lower(), first.upper(), *_FOLDED_TO.get(first.lower(), "")}
        if ignore_case else {first})}
    scanned = "".join(sorted(opening))
    scanned = scanned if len(scanned) == 1 else f"(?-i:[{scanned}])"
    same = len({first.lower() if ignore_case else first for first in firsts}) == 1
    before = rf"{head}(?<!\w)(?<!\w\.)" + (re.escape(firsts[0]) if same else ".")
    rests = [body[1:] if same else f"(?<={first}){body[1:]}"
             for first, body in zip(firsts, bodies, strict=True)]
    return rf"{scanned}(?<={before})(?:{'|'.join(rests)})"


def _form_pattern(form: str) -> str:
    out: list[str] = []
    for word in re.split(_PIECES, form):
        if not word:
            continue
        if word.isspace():
            out.append(_SEP + "+")
        elif word == "-":
            out.append(_SEP + "*")
        elif word == "/":
            out.append(r"\s*/\s*")
        elif word in "'’":
            out.append("['’]")
        elif word == ".":
            out.append(r"\.?")
        elif _ACRONYM.fullmatch(word):
            out.append(r"\.?".join(re.escape(ch) for ch in word))  # D.V. as well as DV
        else:
            out.append(re.escape(word))
    return "".join(out)


def load_word_list(path: Path | None = None) -> WordList:
    """The built-in list, or a council's file (added to or replacing the built-in one).

    Raises WordListError naming file, line and field when the file is broken.
    """
    if path is None or path.resolve() == WORD_LIST_PATH:
        return _builtin()
    own = _read(path)
    return own.added_to(_builtin()) if own.mode == "add" else own


def _at_the_copy(err: ErrorDetails) -> ErrorDetails:
    """A term listed twice, located at its second listing's `term:`."""
    twice = (err.get("ctx") or {}).get("error")
    if isinstance(twice, ListedTwice):
        return {**err, "loc": (*err["loc"], twice.index, "term")}
    return err


@cache
def _builtin() -> WordList:
    return _read(WORD_LIST_PATH)


def _read(path: Path) -> WordList:
    name = str(path)
    data, root = yamlfile.parse(yamlfile.read(path, WordListError), name, WordListError)
    unshowable = yamlfile.unshowable(name, data, root)
    if unshowable:
        raise WordListError(unshowable)
    try:
        return WordList.model_validate(data)
    except ValidationError as exc:
        # A misspelt field is also a missing one: name the misspelling first.
        errors = [_at_the_copy(err) for err in sorted(
            exc.errors(), key=lambda err: err["type"] != "extra_forbidden")]
        raise WordListError([yamlfile.problem(name, root, err) for err in errors]) from None
