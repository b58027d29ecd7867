"""The statement, goal and privacy checks skip work they can tell is wasted: a reader whose
words are absent, and the places inside a word where no match can start. Each shortcut must
find exactly what the longer way finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.checks import danger_statement, privacy, safety_goal
from flows.checks.text import fold, mask_quotes
from tests.test_language_check import CORPORA, corpus

LINES = [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)]
# Words, names, numbers and the marks around them that the shortcuts' reasoning turns on.
PIECES = sorted({*" ".join(LINES).split()[:3000:7], "Mum'll", "he’ll", "co-parent", "will",
                 "would", "Lily", "may", "May", "Evans", "MR.", "Dr", "O'Brien", "D’Souza",
                 "Mary-Jane", "Watson", "Khan", "born", "DOB:", "d.o.b", "12/03/2015", "Road",
                 "road", "14", "SW1A", "1AA", "ls1", "4ap", "07700", "900123", "943", "476",
                 "5919", "@", "x@y.com", "ı", "Zoë", "Seán", "Łukasz", "Núñez", "ÉMILE",
                 "García", "Ólafsson", "Ñ",
                 "ſ", "K", "İ", "'", "’", "-", ",", ".", "(2)", "aged", "son", "Ava"})
TEXTS = st.lists(st.sampled_from(PIECES), max_size=14).flatmap(
    lambda words: st.lists(st.sampled_from([" ", "  ", "\u00a0", "", "\n", ", "]),
                           min_size=len(words), max_size=len(words)).map(
        lambda gaps: "".join(w + g for w, g in zip(words, gaps, strict=True))))


def _unguarded(pattern: re.Pattern[str], guard: str, by: str = "") -> re.Pattern[str]:
    source = pattern.pattern
    assert guard in source
    return re.compile(source.replace(guard, by), pattern.flags)


_WORD_START = r"(?<!\w)(?:"
# Each pattern read only where a word starts, and the same pattern read everywhere.
GUARDED = [
    (safety_goal._WILL, _unguarded(safety_goal._WILL, r"(?<![\w'’])")),
    *[(p, re.compile(p.pattern[len(_WORD_START):-1], p.flags))
      for p in (safety_goal._SEES, safety_goal._HOW_LONG, safety_goal._DOMESTIC,
                safety_goal._A_CHILDS_NAME)],
    *[(p, _unguarded(p, r"(?<!\w)(?:\b", r"(?:\b")) for p in (
        danger_statement._BEHAVIOUR, danger_statement._CHAINED, danger_statement._BY_ADULT,
        danger_statement._SUBSTANCE_USE, danger_statement._ANY_DOING)],
]


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[object, ...]]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_the_word_start_patterns_are_what_they_say() -> None:
    for pattern, _ in GUARDED[1:5]:
        assert pattern.pattern.startswith(_WORD_START)
        assert pattern.pattern.endswith(")")


def test_reading_only_where_words_start_finds_the_same_in_every_corpus_line() -> None:
    for fast, slow in GUARDED:
        for line in LINES:
            assert _found(fast, line) == _found(slow, line), (fast.pattern[:30], line)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
def test_reading_only_where_words_start_finds_the_same(text: str) -> None:
    for fast, slow in GUARDED:
        assert _found(fast, text) == _found(slow, text), fast.pattern[:30]


def _privacy_shortcuts_hold(text: str) -> None:
    """Whatever a privacy reader finds, the quick test that lets it run passes."""
    folded = fold(text)
    if list(privacy._names(text)):
        assert privacy._NAME_START.search(text)
    if privacy._DOB.search(text) or privacy._DOB_LOOSE.search(text):
        assert privacy._DOB_WORD.search(folded)
    if privacy._ADDRESS.search(text):
        assert privacy._STREET_WORD.search(text)
    if list(privacy._lower_addresses(text)):
        assert privacy._LOWER_STREET.found_in(folded)
    if privacy.POSTCODE.search(text):
        assert privacy._LETTER_DIGIT.search(folded)
    if privacy._EMAIL.search(text):
        assert "@" in text
    if list(privacy._phones(text)) or list(privacy._nhs_numbers(text)):
        assert len(privacy._DIGIT.findall(text)) >= 7
    if not text.isascii():
        return
    assert text.lower() == folded


def test_no_corpus_line_loses_personal_data_to_a_quick_test() -> None:
    for line in LINES:
        _privacy_shortcuts_hold(line)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
def test_no_text_loses_personal_data_to_a_quick_test(text: str) -> None:
    _privacy_shortcuts_hold(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("Lily may Evans stayed over", "full_name"), ("MR. SMITH came", "full_name"),
    ("Dr O'Brien rang", "full_name"), ("Mx D’Souza", "full_name"),
    ("Mary-Jane Watson", "full_name"), ("John\u00a0Smith", "full_name"),
    ("Nan’s bırthday is 3 May 2015", "date_of_birth"), ("ring Nan on 955 1234", "phone"),
    ("14 Elm Road", "address"), ("lives at 9 acacia avenue", "address"),
])
def test_the_quick_tests_let_through_what_they_must(text: str, kind: str) -> None:
    assert kind in {h.kind for h in privacy.find_personal_data(text)}


def _danger_shortcut_holds(text: str) -> None:
    masked = mask_quotes(text)
    for pattern in danger_statement.QUICK:
        if pattern.search(masked):
            assert danger_statement._may_hold(pattern, fold(masked)), (pattern.pattern[:60], text)


def test_the_danger_statements_quick_searches_pass_whatever_their_patterns_find() -> None:
    for line in LINES:
        _danger_shortcut_holds(line)


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=TEXTS)
def test_no_text_a_danger_pattern_finds_is_skipped_by_its_quick_search(text: str) -> None:
    _danger_shortcut_holds(text)
