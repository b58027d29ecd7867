"""The fifty-fifth pass's cuts to the word list's patterns, the harm-to-the-child check and
`one_check` change nothing they find.

Each term of the word list was searched with a pattern opening with two look-backs, which
`re` tries at every place of a text ("DA", "LA", "CLA", "GA": over 30,000 instructions each
in the bench's 100-character answer); it now opens with a class of the characters a match
can begin with, which `re` scans for. What could be the child, at the four questions about
what the harm did to the child, was one pattern of several hundred ways tried at every place
(about 300,000 instructions for the bench's answer); it is now read a word at a time.
`one_check`, entered at every answer checked, is a small class rather than a generator. The
tests hold each against what it replaced, over the language corpora, made lines and made
council terms with the letters `re` folds, and pin each cut by its shape or a count.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from flows import nudges
from flows.checks import to_the_child
from flows.checks import words as W
from flows.checks.text import fold, one_check
from flows.checks.words import Term, load_word_list

CORPUS = Path(__file__).parent / "language"
# What could be the child, as it was written before this pass.
CHILD_BEFORE = re.compile(
    r"\b(?:child(?:ren)?['’]?s?|kids?['’]?s?|bab(?:y|ies)['’]?s?|infants?|toddlers?|sons?"
    r"|daughters?|young\s+(?:person|people)|yp|teen(?:ager)?s?|boys?|girls?|twins|siblings?"
    r"|brothers?|sisters?|eldest|youngest|oldest|middle\s+one|little\s+(?:ones?|uns)"
    r"|wee\s+ones?|pupils?|students?|unborn|newborn|foetus|fetus"
    r"|\d{1,2}\s*(?:yrs?|years?|y\.?o|months?|mths?|weeks?|wks?)(?:[\s-]*olds?)?|olds?"
    r"|(?:mokopuna|tamariki|bairn(?:s|)|wean(?:s|))"  # (`alternation(KIN_CHILDREN)`)
    r"|he|she|him|her|hers|his|they|them|their|theirs|themselves|himself|herself|i|me|my"
    r"|we|us|our|you|your|it|its|one)\b", re.IGNORECASE)
FOLDS = {"s": "ſ", "k": "\u212a", "i": "ıİ", "S": "ſ", "K": "\u212a", "I": "İı"}
SEPARATORS = ["", " ", "  ", ".", "-", "'", "’", "s", "S", "'s", "\n", "\u00a0", "_", "x", "é",
              "1", "12", "/", "–", ",", "(", "no ", "any ", "local "]


def corpus_lines(every: int = 1) -> list[str]:
    lines = [line for path in sorted(CORPUS.rglob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[::every]


def made(pieces: list[str], count: int, seed: int) -> list[str]:
    """The pieces run together or apart, some letters' case changed, some swapped for one
    `re` takes for them when it ignores case ("ſ" for "s"), some followed by a dot."""
    rnd = random.Random(seed)
    lines = []
    for _ in range(count):
        line = "".join(rnd.choice(SEPARATORS) + rnd.choice(pieces)
                       for _ in range(rnd.randint(1, 5))) + rnd.choice(SEPARATORS)
        out = []
        for c in line:
            draw = rnd.random()
            if draw < 0.07 and c in FOLDS:
                c = rnd.choice(FOLDS[c])
            elif draw < 0.18:
                c = c.swapcase()
            elif draw < 0.22 and c.isalpha():
                c += "."
            out.append(c)
        lines.append("".join(out))
    return lines


def written_before(term: Term) -> re.Pattern[str]:
    """The term's pattern as `Term` wrote it before this pass."""
    forms = sorted({term.term, *term.variants,
                    *(W.american(f) for f in (term.term, *term.variants))},
                   key=lambda f: (-len(f), f))
    body = "|".join(W._form_pattern(form) for form in forms)
    acronym = all(W._ACRONYM.fullmatch(f) for f in forms)
    plural = r"(?:['’]s|(?-i:s))?" if acronym else r"(?:['’]s|s)?"
    unless = "|".join(re.escape(w) for w in term.unless_followed_by)
    tail = rf"(?!{W._SEP}+(?:{unless})(?!\w))" if unless else ""
    head = "".join(r"(?<!\b" + r"\s".join(map(re.escape, w.split())) + r"\s)"
                   for w in term.unless_preceded_by)
    flags = 0 if term.match_case else re.IGNORECASE
    return re.compile(rf"{head}(?<!\w)(?<!\w\.)(?:{body}){plural}(?!\w){tail}", flags)


def assert_found_alike(term: Term, texts: list[str]) -> int:
    before = written_before(term)
    now = term.pattern
    found = 0
    for text in texts:
        spans = [m.span() for m in before.finditer(text)]
        assert [m.span() for m in now.finditer(text)] == spans, (term.term, text)
        found += len(spans)
    return found


def test_each_term_of_the_list_finds_what_it_found() -> None:
    """Every term of the shipped list, over every 10th corpus line and lines made of its own
    forms and the words it is left alone beside: the same matches as the pattern written
    before."""
    words = load_word_list()
    corpus = ["\n".join(corpus_lines(10))]
    found = 0
    for n, term in enumerate(words.terms):
        pieces = [term.term, *term.variants, *term.unless_followed_by, *term.unless_preceded_by,
                  "worker", "the", "a", "under", "list", "about"]
        found += assert_found_alike(term, corpus + made(pieces, 120, 5500 + n))
    assert found > 2500


def made_terms(count: int, seed: int) -> Iterator[Term]:
    """Terms a council might write: short forms, words joined by spaces, dashes, slashes,
    apostrophes and dots, some opening with a mark, an accent or a letter `re` folds."""
    rnd = random.Random(seed)

    def word() -> str:
        return "".join(rnd.choice("adgiklsceo") for _ in range(rnd.randint(1, 5)))

    def form() -> str:
        if rnd.random() < 0.3:
            return "".join(rnd.choice("ADGIKLSC") for _ in range(rnd.randint(2, 4)))
        made = word()
        for _ in range(rnd.randint(0, 2)):
            made += rnd.choice([" ", "-", "/", "'", "."]) + rnd.choice([word(), "DA", "K"])
        if rnd.random() < 0.15:
            made = rnd.choice(["'", "-", "(", "é", "1", "ſ", "İ", "K", "iT", "Sk"]) + made
        return made

    for _ in range(count):
        forms = sorted({form() for _ in range(rnd.randint(1, 4))})
        yield Term(term=forms[0], variants=forms[1:], question="What?",
                   match_case=rnd.random() < 0.4,
                   unless_followed_by=rnd.sample(["team", "a", "Da", "list"], rnd.randint(0, 2)),
                   unless_preceded_by=rnd.sample(["no", "any", "no further", "an"],
                                                 rnd.randint(0, 2)))


def test_a_councils_terms_find_what_they_found() -> None:
    """Made terms (short forms and words, matched as written or not, with words they are left
    alone after or before), each over lines made of its forms: the same matches."""
    found = opened = 0
    for n, term in enumerate(made_terms(150, 5510)):
        pieces = [term.term, *term.variants, *term.unless_followed_by,
                  *term.unless_preceded_by, "x", "no", "an"]
        found += assert_found_alike(term, made(pieces, 60, 5600 + n))
        opened += not term.pattern.pattern.startswith(("(?<", "(?:"))
    assert found > 2000
    assert opened > 100


def test_the_class_opening_a_term_holds_every_letter_re_takes_for_its_first() -> None:
    """`re`, ignoring case, takes "İ" and "ı" for "i", the Kelvin sign for "k", "ſ" for "s":
    every character it takes for an ASCII letter or digit is in the class a term opening
    with it opens with (read over every code point)."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for first in "abcdefghijklmnopqrstuvwxyz0123456789":
        taken = set(re.compile(first, re.IGNORECASE).findall(every))
        opened = W.opened_by_a_class("", [first], [first], True) or ""
        opening = re.match(r"\(\?-i:\[(.*?)\]\)|(\w)", opened)
        assert opening is not None, opened
        assert taken <= set(opening[1] or opening[2]), first


def test_every_term_of_the_list_opens_with_what_re_scans_for() -> None:
    """No term's pattern opens with a look-back (tried at every place): each opens with a
    letter or a class, read as written."""
    parse: Any = re._parser.parse  # type: ignore[attr-defined]
    for term in load_word_list().terms:
        first = parse(term.pattern.pattern, term.pattern.flags)[0]
        if first[0] is re._constants.SUBPATTERN:  # type: ignore[attr-defined]
            first = first[1][3][0]  # (?-i:[...])
        assert str(first[0]) in ("LITERAL", "IN"), (term.term, term.pattern.pattern)


def test_what_could_be_the_child_is_found_where_it_was() -> None:
    """Over every corpus line (as typed and cleaned of its quotes), lines made of the words
    for a child, the pronouns, the phrases and the ages, with letters `re` folds, and some
    not ASCII: the same answer as the pattern searched before."""
    pieces = [*to_the_child._CHILD_WORDS, "young person", "young  People", "middle one",
              "little uns", "wee one", "4 yr old", "18 month old", "12yo", "3y.o", "2 wks-old",
              "٤ years", "young", "middle", "little", "wee", "child's", "kids'", "babies’s",
              "mum", "dad", "the", "x", "he_", "ther", "youngs", "Kai", "he\u0345", "ΣHE"]
    lines = corpus_lines() + made(pieces, 6000, 5520)
    found = 0
    for line in lines:
        was = CHILD_BEFORE.search(line) is not None
        assert to_the_child.may_be_the_child(line) is was, line
        found += was
    assert 3000 < found < len(lines) - 1000


def test_re_and_fold_take_the_same_letters_for_the_childs_words() -> None:
    """`may_be_the_child` reads each run of letters of a text folded (`text.fold`) against
    words of ASCII letters: a character `re` takes for an ASCII letter or digit, ignoring
    case, is folded to it, and no other is, one character for one."""
    assert all(word.isascii() and word.isalpha() for word in to_the_child._CHILD_WORDS)
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    folded = fold(every)
    assert len(folded) == len(every)
    for first in "abcdefghijklmnopqrstuvwxyz0123456789":
        taken = {m.start() for m in re.compile(first, re.IGNORECASE).finditer(every)}
        assert {at for at, c in enumerate(folded) if c == first} == taken, first


def searched_with(call: Any) -> list[str]:
    """The patterns `re` searched, matched or read through while `call` ran."""
    seen: list[str] = []

    def note(frame: Any, event: str, arg: Any) -> None:
        if event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
            seen.append(arg.__self__.pattern)

    sys.setprofile(note)
    try:
        call()
    finally:
        sys.setprofile(None)
    return seen


@pytest.mark.parametrize("answer", [ANSWER, OTHER_ANSWER])
def test_the_bench_answers_are_not_searched_for_every_word_for_a_child(answer: str) -> None:
    """At what the harm did to the child, the bench's answers (an adult, and no word for a
    child) are read a word at a time: no pattern of the child's words is searched through
    them, as one was before."""
    assert to_the_child.only_the_adult(answer) is None  # ("T": the child by an initial)
    searched = searched_with(lambda: nudges.to_the_child(answer))
    assert searched
    assert not [p for p in searched if "toddlers" in p or "young" in p]


def test_one_check_is_entered_without_a_generator() -> None:
    """Entering and leaving `one_check` runs two Python calls (its `__enter__` and
    `__exit__`), not a `contextmanager`'s five or more."""
    calls: list[str] = []

    def note(frame: Any, event: str, arg: Any) -> None:
        if event == "call":
            calls.append(frame.f_code.co_name)

    sys.setprofile(note)
    try:
        with one_check():
            pass
    finally:
        sys.setprofile(None)
    assert calls == ["__enter__", "__exit__"]
