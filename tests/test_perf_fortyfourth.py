"""The forty-fourth pass's quick-test index changes nothing a practitioner sees.

`NeedleIndex` tells which wording rules an answer may set off. It looked for every test word
at every character of the answer (one regex of about 2,700 words, tried at each place); it
now splits the answer at its spaces once and reads the test words inside each word, the
words seen lately kept. The tests here hold the index as it was (copied below) and ask both
the same of the lines the language tests hold and of thousands of random strings, then
check corpus lines through the bot's wording check with each; and the cut stays cut.
"""

from __future__ import annotations

import ast
import functools
import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest

from flows import nudges
from flows.checks import labels, plain_language
from flows.checks.text import NeedleIndex, Needles, _shared_of, fold, mask_quotes, needle_sets
from flows.checks.words import WordList, load_word_list
from tests.test_perf_fortyfirst import corpus_lines

TESTS = Path(__file__).resolve().parent


class IndexAsItWas:
    """`NeedleIndex` before this pass: the longest test word at every character."""

    def __init__(self, tests: Sequence[Needles]) -> None:
        # grouped as before (unchanged this pass); only the looking up differs
        self._always, keyed, owners = needle_sets(tests)
        self._passed = {word: frozenset(n for end in range(1, len(word) + 1)
                                        for n in owners.get(word[:end], ()))
                        for word in owners}
        self._direct = {word: frozenset(i for n in found for i, rest in keyed.get(n, ())
                                        if not rest) for word, found in self._passed.items()}
        self._keyed = {word: tuple((i, rest) for n in found for i, rest in keyed.get(n, ())
                                   if rest) for word, found in self._passed.items()}
        words = sorted(map(re.escape, owners), key=lambda form: (-len(form), form))
        self._longest = re.compile(
            "(?=(" + _shared_of(words)[0] + "))" if owners else "(?!)")

    def passing(self, folded: str) -> list[int]:
        words = set(self._longest.findall(folded))
        passed = set(self._always)
        found: set[int] = set()
        for word in words:
            found |= self._passed[word]
            passed |= self._direct[word]
        for word in words:
            for i, rest in self._keyed[word]:
                if rest <= found:
                    passed.add(i)
        return sorted(passed)


def council_list() -> WordList:
    """A council's list on top of the shipped one, with a term of two words and a mark."""
    own = WordList(terms=[{"term": "chaotic household", "question": "What did you see?"},
                          {"term": "non-engagement", "question": "What was missed?"}])
    return own.added_to(load_word_list())


def held_lines() -> list[str]:
    """Every line the language tests hold: the corpora, and each string of eight characters
    or more written in the review and check test files."""
    return list(_held_lines())


@functools.cache
def _held_lines() -> tuple[str, ...]:
    # (read once a run: a dozen perf files ask for them, some several times)
    lines = set(corpus_lines())
    for path in [*TESTS.glob("test_review_language*.py"), *TESTS.glob("test_*check*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and len(node.value) >= 8:
                lines.add(node.value)
    return tuple(sorted(lines))


# One held line in this many is read by the tests that ask a rewritten step and its old form
# the same of each line. Reading all 15,000 was the proof when each step was rewritten (run
# `held_sample(1)` to search them all again); in the suite a fixed share, spread over the
# sorted lines (the corpora's and the test files' alike), keeps each test able to fail on a
# regression at a fraction of its time, and each still counts its hits so it cannot pass
# having read nothing that matters.
HELD_EVERY = 6


def held_sample(every: int = HELD_EVERY) -> list[str]:
    """One in `every` of `held_lines`, the same ones every run."""
    return held_lines()[::every]


def random_lines(count: int, seed: int) -> list[str]:
    """Strings of test words, words of the corpora and marks, cut and joined at random: test
    words running into one another, across tabs and line breaks, and letters `re` folds."""
    rnd = random.Random(seed)
    test_words = sorted({word for test in labels.QUICK._tests for word in test.words})
    words = [w for line in corpus_lines()[::7] for w in line.split()]
    marks = [" ", "  ", "\t", "\n", "-", "'", "’", ".", ",", "İ", "ſ", "K", "ǅ", "\u00a0", ""]
    lines = []
    for _ in range(count):
        pieces = [rnd.choice(test_words) if rnd.random() < 0.5 else rnd.choice(words)
                  for _ in range(rnd.randint(0, 10))]
        line = "".join(piece + rnd.choice(marks) for piece in pieces)
        lines.append("".join(c if rnd.random() > 0.04 else rnd.choice(marks) for c in line))
    return lines


def indexes() -> list[tuple[str, NeedleIndex, IndexAsItWas]]:
    lists = [("rules", labels.QUICK._tests), ("word list", load_word_list().quick._tests),
             ("council list", council_list().quick._tests)]
    return [(name, NeedleIndex(tests), IndexAsItWas(tests)) for name, tests in lists]


def read_as_the_checks_read(line: str) -> list[str]:
    """The line as the rules' index and the word list's are given it."""
    folded = fold(mask_quotes(line))
    return [fold(line), folded, folded.replace(".", "")]


@pytest.mark.parametrize("lines", ["held", "random"])
def test_the_index_passes_the_tests_it_passed(lines: str) -> None:
    """Over a fixed sample of the lines the language tests hold (as typed, with quotes masked,
    and without points, as the checks read them) and 2,000 random strings, each index (the
    rules', the word list's, a council's list added) passes exactly the tests it passed before,
    in order; and many lines pass some."""
    texts = held_sample() if lines == "held" else random_lines(2000, 44)
    assert len(texts) >= 2000
    # (each text read once: a line without quotes or points is read the same three ways)
    read = dict.fromkeys(folded for line in texts for folded in read_as_the_checks_read(line))
    for _, index, as_it_was in indexes():
        for folded in read:
            assert index.passing(folded) == as_it_was.passing(folded), folded
        assert sum(bool(index.passing(fold(line))) for line in texts) > len(texts) // 4


def test_a_test_word_with_a_space_in_it_is_found_across_the_answers_words() -> None:
    """A rule's word with a space or a mark in it ("the roof", "co-operate") is found across
    two words of the answer as before, not when the space is a tab or a line break, and a
    word seen in an earlier answer reads the same in the next."""
    index = NeedleIndex(labels.QUICK._tests)
    as_it_was = IndexAsItWas(labels.QUICK._tests)
    texts = ["dad hit the roof when k came home late", "dad hit the\troof", "the\nroof",
             "mum will co-operate with the plan", "mum will co operate",
             "she has her own worst enemy", "own worst enemy", "the roof the roof"]
    for folded in texts:
        assert index.passing(folded) == as_it_was.passing(folded), folded
    assert index.passing(texts[0]) != index.passing(texts[1])


class Kept:
    """An index that keeps every text it is asked about and the tests it passed."""

    def __init__(self, index: NeedleIndex) -> None:
        self.index = index
        self.passed: dict[str, list[int]] = {}

    def passing(self, folded: str) -> list[int]:
        passed = self.index.passing(folded)
        self.passed[folded] = list(passed)
        return passed


def test_corpus_lines_get_the_same_reply_through_the_wording_check(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """One corpus line in three sent through the bot's wording check (the one most typed
    answers get) is given the same reminder, or none, with the indexes as they were.

    The check is run once: every text either index is asked about is asked of it as it was
    too, and passes the same tests. Nothing else of the check is changed by the old indexes,
    so with them it would give every line the same reminder."""
    lines = corpus_lines()[::3]
    words = load_word_list()
    rules, listed = Kept(plain_language.QUICK), Kept(words.quick)
    monkeypatch.setattr(plain_language, "QUICK", rules)
    monkeypatch.setitem(words.__pydantic_private__ or {}, "_quick", listed)
    nudge = nudges.nudger(words)
    now = [nudge("plain_language", line) for line in lines]
    for kept in (rules, listed):
        as_it_was = IndexAsItWas(kept.index._tests)
        assert {folded: as_it_was.passing(folded) for folded in kept.passed} == kept.passed
        assert len(kept.passed) > len(lines) // 2
    assert sum(1 for said in now if said) > len(lines) // 3


def test_a_word_read_once_is_not_read_again() -> None:
    """A word of an answer is looked through for test words once: the next answers that use
    it (answers use the same words again and again) read what was found in it, and only a
    new word is looked through."""
    index = NeedleIndex(labels.QUICK._tests)
    index.passing("mum will walk t to school each morning")
    read = index._in_word.cache_info().misses
    index.passing("each morning mum will walk t to school")
    assert index._in_word.cache_info().misses == read
    index.passing("each morning nan will walk t to school")
    assert index._in_word.cache_info().misses == read + 1
