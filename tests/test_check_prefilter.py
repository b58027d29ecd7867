"""Each check rule first asks a quick question (are any of its words in the answer?) and
runs its full pattern only when the answer is yes. The quick question is read from the
pattern itself; it must never say no to an answer the pattern would find."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.checks import lexicon, privacy
from flows.checks import text as text_module
from flows.checks.danger_statement import QUICK
from flows.checks.labels import QUICK as RULES_QUICK
from flows.checks.labels import RULES, Rule
from flows.checks.plain_language import find_blame, find_jargon
from flows.checks.text import NeedleIndex, Needles, fold, longest_first, mask_quotes, needles
from flows.checks.words import load_word_list
from tests.matching_texts import SEED, texts_for
from tests.test_language_check import CORPORA, corpus

WORDS = load_word_list(None)


def corpus_sample(every: int = 3) -> list[str]:
    """One in `every` of the corpus lines, each file's in turn: every line was tried when each
    quick test was written; a fixed share keeps each test able to fail at a share of its time
    (the texts drawn from each pattern below are new every run)."""
    return [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)
            ][::every]


# Texts drawn from each pattern (tests/matching_texts.py: new ones every run), until every way
# through each of its choices has been taken in a text it matches: every word of a 600-word
# choice, where Hypothesis's `from_regex` took three minutes of a worker for 12 random draws a
# rule. A fixed third of the corpus lines is also tried against every rule below, and
# tests/test_check_shortcuts.py tries generated texts.
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_a_text_the_rule_matches_always_passes_its_quick_test(rule: Rule) -> None:
    drawn = texts_for(compiled(rule.pattern), at_least=20)
    assert [text for text in drawn if not rule.may_match(fold(text))] == [], f"seed {SEED}"
    assert not drawn.short_of(), drawn.short_of()


def compiled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern compiled now (a module's patterns wait for their first use)."""
    return re.compile(pattern.pattern, pattern.flags)


@pytest.mark.parametrize("pattern", list(QUICK), ids=lambda p: p.pattern[:30])
def test_a_text_a_danger_statement_pattern_matches_passes_its_quick_test(
        pattern: re.Pattern[str]) -> None:
    drawn = texts_for(compiled(pattern), at_least=20, whole=True)
    assert [text for text in drawn if not QUICK[pattern].found_in(fold(text))] == [], \
        f"seed {SEED}"
    assert not drawn.short_of(), drawn.short_of()


def test_no_corpus_line_a_danger_statement_pattern_matches_is_hidden_by_its_quick_test() -> None:
    lines = [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)]
    hidden = [(p.pattern[:30], line) for line in lines for p, quick in QUICK.items()
              if p.search(mask_quotes(line)) and not quick.found_in(fold(mask_quotes(line)))]
    assert hidden == []
    assert sum(any(p.search(line) for p in QUICK) for line in lines) > 100  # they do match


def test_no_corpus_line_a_rule_matches_is_hidden_by_its_quick_test() -> None:
    """One corpus line in three (every corpus file's), as the checks read it: wherever a
    rule's pattern finds something, its quick test lets the line through."""
    lines = corpus_sample()
    assert len(lines) > 1000
    found = 0
    for line in lines:
        masked = mask_quotes(line)
        for rule in RULES:
            if rule.pattern.search(masked):
                found += 1
                assert rule.may_match(fold(masked)), (rule.name, line)
    assert found > 500


def test_the_quick_test_rules_out_most_rules_for_a_plain_answer() -> None:
    plain = ("Mum said she will make sure Kai gets to school on time and that his dad does not "
             "shout at him when he comes home late.")
    assert sum(rule.may_match(fold(plain)) for rule in RULES) <= len(RULES) // 4


@pytest.mark.parametrize(("pattern", "found", "missed"), [
    (r"\bimpact(?:s|ed)?\s+on\b", "it impacts on her", "it affects her"),
    (r"(?:is|was)\s+an?\s+(?:angry|loud)\s+man", "he is an angry man", "he is a man"),
    (r"\bout\s+of\s+control\b", "out of control", "out of contro"),
])
def test_the_quick_test_is_read_from_the_words_every_match_holds(
        pattern: str, found: str, missed: str) -> None:
    quick = needles(pattern)
    assert quick.found_in(fold(found))
    assert not quick.found_in(fold(missed))


@pytest.mark.parametrize("written", ["She is making poor choİces", "SHE IS MAKING POOR CHOICES",
                                     "She is making poor choıces", "She is making poor choiceſ"])
def test_letters_a_rule_reads_alike_when_ignoring_case_pass_its_quick_test_too(
        written: str) -> None:
    rule = next(r for r in RULES if r.pattern.search("she is making poor choices"))
    assert rule.pattern.search(written) is not None  # the rule itself reads it
    assert rule.may_match(fold(written))
    assert find_blame(written) or find_jargon(written, WORDS)


def test_a_pattern_with_no_certain_word_lets_everything_through() -> None:
    assert needles(r"\b[a-z]+(?:ed)?\b").found_in(fold("anything at all"))


def test_every_letter_a_rule_reads_as_one_of_its_words_folds_to_that_letter() -> None:
    """`fold` keeps one character for one, and gives one character for all those the regex
    engine reads alike ignoring case: checked over all of Unicode, for every character of
    every rule's words and of the word list."""
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(every)
    assert len(folded) == len(every)
    alphabet = {ch for rule in RULES for word in rule.needles.words for ch in word}
    alphabet |= {ch for term in WORDS.terms for form in (term.term, *term.variants)
                 for ch in form}
    assert len(alphabet) > 26
    for letter in sorted(alphabet):
        read_alike = re.compile(re.escape(letter), re.IGNORECASE)
        for match in read_alike.finditer(every):
            assert folded[match.start()] == fold(letter), (letter, match.group())


@pytest.mark.parametrize("written", ["The family are known to CİN services",
                                     "the family are known to cin services"])
def test_a_word_list_term_written_with_a_dotted_capital_still_passes_its_quick_test(
        written: str) -> None:
    assert [h.term for h in find_jargon(written, WORDS)] == ["CIN"]


def _one_by_one(tests: list[Needles], folded: str) -> list[int]:
    return [i for i, test in enumerate(tests) if test.found_in(folded)]


# Texts made of the tests' own words, whole and in pieces, among other letters: the index
# is asked about starts and words it holds, and about near misses.
PIECES = sorted({piece for rule in RULES for word in rule.needles.words
                 for piece in (word, word[:2], word[1:], word[:-1])}
                | {piece for *_, quick, _ in WORDS.matchers for word in quick.words
                   for piece in (word, word[:1], word[1:])} | {" ", "a", "x", ".", "İ"})


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_the_index_passes_exactly_the_tests_that_pass_one_by_one(pieces: list[str]) -> None:
    folded = fold("".join(pieces))
    rules = [rule.needles for rule in RULES]
    terms = [quick for *_, quick, _ in WORDS.matchers]
    assert RULES_QUICK.passing(folded) == _one_by_one(rules, folded)
    assert WORDS.quick.passing(folded) == _one_by_one(terms, folded)


def test_the_index_knows_one_letter_words_and_tests_with_no_words() -> None:
    tests = [Needles(("x",)), Needles(()), Needles(("ab", "q")), Needles(("abc",)),
             Needles(("",))]
    index = NeedleIndex(tests)
    for text, passing in (("", [1, 4]), ("x", [0, 1, 4]), ("zabz", [1, 2, 4]),
                          ("q abc", [1, 2, 3, 4])):
        assert index.passing(text) == passing == _one_by_one(tests, text)


def test_every_form_of_every_word_list_term_passes_its_quick_test() -> None:
    """Each term and variant as people write it: in a sentence, in capitals, and (for an
    abbreviation) with dots; whenever the term's pattern finds it, its quick test lets it
    through."""
    checked = 0
    for i, term in enumerate(WORDS.terms):
        for form in (term.term, *term.variants):
            dotted = ".".join(form) + "." if form.isupper() and form.isalpha() else form
            for written in (form, form.upper(), form.lower(), dotted):
                text = f"We saw that {written} again."
                if term.pattern.search(mask_quotes(text)):
                    checked += 1
                    assert i in WORDS.quick.passing(fold(text).replace(".", "")), (form, text)
    assert checked > len(WORDS.terms) * 2


def test_no_corpus_line_a_word_list_term_matches_is_hidden_by_its_quick_test() -> None:
    lines = corpus_sample(2)
    found = 0
    for line in lines:
        masked = mask_quotes(line)
        passing = WORDS.quick.passing(fold(masked).replace(".", ""))
        for i, (_, _, pattern, _, _) in enumerate(WORDS.matchers):
            if pattern.search(masked):
                found += 1
                assert i in passing, (WORDS.matchers[i][0], line)
    assert found > 100


# --- privacy: only names are looked for in an answer with no digit and no "@" -------------------


PRIVACY_PATTERNS = [p for _, p in privacy._PATTERNS] + [
    privacy._ADDRESS_LOWER, privacy._PHONE_RUN, privacy._NHS]


@pytest.mark.parametrize("pattern", PRIVACY_PATTERNS, ids=lambda p: p.pattern[:30])
def test_whatever_a_privacy_pattern_matches_holds_a_digit_or_an_at_sign(
        pattern: re.Pattern[str]) -> None:
    drawn = texts_for(compiled(pattern), at_least=60)
    found = [found.group() for text in drawn if (found := pattern.search(text))]
    assert [f for f in found if not privacy._DIGIT_OR_AT.search(f)] == [], f"seed {SEED}"
    assert not drawn.short_of(), drawn.short_of()


def test_no_corpus_line_with_personal_data_loses_it_to_the_quick_test() -> None:
    lines = [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)] + [
        "seen at 14 Elm Road", "born 3 March 2015", "ring 07700 900123", "t.b@example.org",
        "NHS 943 476 5919", "lives at flat 2, 9 acacia avenue", "postcode LS1 4AP"]
    for line in lines:
        if any(p.search(line) for p in PRIVACY_PATTERNS):
            assert privacy._DIGIT_OR_AT.search(line), line
    assert {h.kind for h in privacy.find_personal_data("seen at 14 Elm Road, ring 07700 "
                                                       "900123")} == {"address", "phone"}


# --- word classes written with their common starts shared (`longest_first`) ------------------

# Every alternation the checks build from a word list, with the flat one it stands for.
SHARED = sorted(text_module._FLAT.items())


def test_every_word_class_is_written_with_shared_starts() -> None:
    for name in ("ADULT", "CHILD", "HARM", "SUBSTANCE", "PROCESS"):
        assert getattr(lexicon, name) in text_module._FLAT, name
    assert len(SHARED) >= 15


@pytest.mark.parametrize(("shared", "flat"), SHARED, ids=lambda p: p[3:24])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_shared_alternation_finds_what_the_flat_one_finds_in_the_same_places(
        shared: str, flat: str, data: st.DataObject) -> None:
    """Texts made of the class's own forms, their starts and ends, spaces and capitals: the
    same matches, at the same places and as long, ignoring case and not."""
    forms = [f.replace(r"\s+", " ").replace("\\", "") for f in flat[3:-1].split("|")]
    pieces = st.sampled_from(forms) | st.sampled_from(forms).map(lambda f: f[:len(f) // 2]) \
        | st.sampled_from(forms).map(str.upper) | st.sampled_from([" ", "  ", "s", "ing", "."])
    text = "".join(data.draw(st.lists(pieces, max_size=8)))
    for flags in (0, re.IGNORECASE):
        fast, slow = re.compile(rf"\b{shared}", flags), re.compile(rf"\b{flat}", flags)
        assert [m.span() for m in fast.finditer(text)] == \
            [m.span() for m in slow.finditer(text)], text


def test_the_danger_statement_patterns_find_the_same_in_the_corpus_lines() -> None:
    """The statement check's long patterns, as written now and with every class flat: the same
    matches in one line of the corpora in three."""
    lines = corpus_sample()
    found = 0
    for pattern in QUICK:
        source = pattern.pattern
        for shared, flat in SHARED:
            source = source.replace(shared, flat)
        assert source != pattern.pattern
        flat_pattern = re.compile(source, pattern.flags)
        for line in lines:
            spans = [m.span() for m in pattern.finditer(line)]
            assert spans == [m.span() for m in flat_pattern.finditer(line)], line
            found += bool(spans)
    assert found > 100


@pytest.mark.parametrize("forms", [
    ["Abc", "ab", "abcd"],  # "A" and "a" read the same ignoring case, and "ab" ends early
    [r"a\s+bcdef", r"a\ bcde", r"a\s+b"],  # a space and \s+ read the same character
    ["colou?r", "colou"],  # not a literal form
], ids=["case", "spaces", "regex"])
def test_forms_the_shared_alternation_could_not_keep_longest_first_are_refused(
        forms: list[str]) -> None:
    with pytest.raises(ValueError, match=r"could read the same text|letters, escaped"):
        longest_first(forms)


def test_forms_alike_only_where_they_part_at_once_are_shared() -> None:
    shared = longest_first(["YP", r"young\s+people", "step-dad", r"step\-mum", "mum"])
    for text, found in (("the yp", "yp"), ("Young  People", "Young  People"),
                        ("a step-mum", "step-mum"), ("mummy", "mum")):
        assert re.search(shared, text, re.IGNORECASE).group() == found
