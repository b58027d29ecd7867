"""The quicker quick tests: a rule's ways (`Needles.ways`), the index that asks them all at
once, and the praise check's gate. Each must only ever say no to a text its pattern could
not find anything in; the corpora's findings themselves are checked in test_language_check."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from flows import dictation
from flows.checks import praise
from flows.checks.labels import RULES
from flows.checks.text import NeedleIndex, Needles, fold, mask_quotes, needles, sentences
from tests.test_language_check import CORPORA, corpus


def test_a_rule_read_as_ways_needs_a_word_of_each_set_of_one_way() -> None:
    quick = needles(r"\b(?:had|has)\s+a\s+(?:wobble|blip)\b|\bfalling\s+apart\b", re.I)
    assert quick.ways
    assert quick.found_in(fold("Mum has had a wobble"))
    assert quick.found_in(fold("things are FALLING apart"))
    assert not quick.found_in(fold("Nan has had T to stay overnight"))  # no wobble or blip
    assert not quick.found_in(fold("falling asleep"))


def test_a_way_with_nothing_known_lets_everything_through() -> None:
    assert needles(r"\b\w+\b|drunk").found_in(fold("anything"))


def test_every_letter_of_every_way_folds_to_itself() -> None:
    """The ways hold words the rules' single sets did not: each of their letters is one the
    regex engine reads alike only with letters that fold to it (see test_check_prefilter)."""
    letters = {ch for rule in RULES for way in rule.needles.ways for one in way
               for word in one for ch in word}
    known = {ch for rule in RULES for word in rule.needles.words for ch in word}
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    folded = fold(every)
    for letter in sorted(letters - known):
        for match in re.compile(re.escape(letter), re.IGNORECASE).finditer(every):
            assert folded[match.start()] == fold(letter), (letter, match.group())


WAYS = [Needles(("ab", "c"), ((("ab",), ("x", "yz")), (("c",),))),
        Needles(("q",), ((("q",), ("qr",)),)), Needles(("",)), Needles(()),
        Needles(("ab",))]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["ab", "a", "b", "c", "x", "yz", "y", "q", "qr", " "]),
                max_size=8))
def test_the_index_passes_exactly_the_tests_whose_ways_pass_one_by_one(
        pieces: list[str]) -> None:
    text = "".join(pieces)
    assert NeedleIndex(WAYS).passing(text) == [i for i, test in enumerate(WAYS)
                                               if test.found_in(text)]


def test_no_corpus_sentence_the_praise_check_reads_is_hidden_by_its_gate() -> None:
    read = 0
    lines = [case.text for path in sorted(CORPORA.glob("*.txt")) for case in corpus(path)]
    for line in [*lines, "Mum is a loving and caring mother", "Dad has been very supportive",
                 "Nan's amazing with them", "The parents are doing really well"]:
        for sentence in sentences(mask_quotes(line)):
            lowered = sentence.lower().replace("’", "'")
            if any(praise._SAID_OF.match(lowered, at) for at in range(len(lowered))):
                read += 1
                assert any(word in fold(lowered) for word in praise._SAID_OF_WORDS), sentence
    assert read >= 8


SPOKEN = ["she was hurt full stop", "dad left new line mum cried", "was it safe question mark",
          "go away exclamation mark", "he hit her comma then left",
          "he said quote go away unquote", "next paragraph the school rang",
          "a new line manager came"]


def test_the_dictation_quick_test_never_hides_spoken_punctuation() -> None:
    """`dictation.tidied` reads an answer only when it holds a spoken mark's word: with any
    one letter swapped for one the patterns read alike ignoring case ("ſtop", "lİne"), the
    answer is tidied just as it is without the quick test."""
    alike = "İıſKSTLIKstlik"
    for text in SPOKEN:
        for place in range(len(text)):
            for letter in alike:
                swapped = text[:place] + letter + text[place + 1:]
                assert dictation.tidied(swapped) == _tidied_without_quick_test(swapped), swapped


def _tidied_without_quick_test(text: str) -> str | None:
    kept = dictation._SPOKEN_WORDS
    dictation._SPOKEN_WORDS = ("",)  # every text holds ""
    try:
        return dictation.tidied(text)
    finally:
        dictation._SPOKEN_WORDS = kept
