"""The texts tests/test_check_prefilter.py draws from the checks' patterns
(tests/matching_texts.py) catch the faults that test is there for: a quick test that has lost
one of its words, one that lower-cases where it should fold, a privacy quick test that knows
only ASCII digits. Each fault is planted here (the checks themselves are not touched), shown
to be a real fault by a text written by hand, and then found by the drawn texts, drawn as
that test draws them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest

from flows.checks import privacy
from flows.checks.labels import RULES, Rule
from flows.checks.text import fold
from tests.matching_texts import SEED, texts_for
from tests.test_check_prefilter import PRIVACY_PATTERNS, compiled


def rule_named(name: str) -> Rule:
    return next(rule for rule in RULES if rule.name == name)


def without(rule: Rule, lost: str) -> Callable[[str], bool]:
    """The rule's quick test with a fault: a text passes only when it holds one of the rule's
    words other than `lost`."""
    kept = [word for word in rule.needles.words if word != lost]
    return lambda text: rule.may_match(fold(text)) and any(w in fold(text) for w in kept)


def hidden(rule: Rule, quick: Callable[[str], bool]) -> Iterator[str]:
    """The texts drawn for the rule (as tests/test_check_prefilter.py draws them) that it
    matches and `quick` says no to."""
    return (text for text in texts_for(compiled(rule.pattern), at_least=20) if not quick(text))


@pytest.mark.parametrize(("name", "lost", "written"), [
    ("a label", "sly", "Dad is sly."),  # one word of 191, deep in a choice of 600 ways
    ("a label", "cagey", "She was cagey about it"),
    ("tanked up", "merry", "He was merry when I got there"),
    ("likes a drink", "tipsy", "Mum is so tipsy"),
    ("associating with", "wrong", "he is in with the wrong crowd"),
])
def test_a_quick_test_that_lost_one_of_its_words_is_caught(name: str, lost: str,
                                                          written: str) -> None:
    rule = rule_named(name)
    faulty = without(rule, lost)
    assert rule.pattern.search(written)
    assert rule.may_match(fold(written))
    assert not faulty(written)  # a real fault: an answer the rule finds is hidden
    assert next(hidden(rule, faulty), None) is not None, f"seed {SEED}"


def test_a_quick_test_that_lower_cases_instead_of_folding_is_caught() -> None:
    # "choİces" lower-cases to "choi̇ces" (a dotted i of two characters), which holds no
    # "choices"; the rule reads it ignoring case all the same.
    rule = rule_named("poor choices")
    written = "She is making poor choİces"
    assert rule.pattern.search(written)
    assert rule.may_match(fold(written))
    assert not rule.may_match(written.lower())  # a real fault
    assert any(next(hidden(r, lambda text, r=r: r.may_match(text.lower())), None)
               for r in RULES), f"seed {SEED}"


def test_a_privacy_quick_test_knowing_only_ascii_digits_is_caught() -> None:
    ascii_only = re.compile(r"[0-9@]")
    written = "ring ٠٧٧٠٠ ٩٠٠١٢٣"  # a phone number in Arabic digits
    assert [hit.text for hit in privacy.find_personal_data(written)] == ["٠٧٧٠٠ ٩٠٠١٢٣"]
    assert not ascii_only.search(written)  # a real fault: the check would skip it
    missed = []
    for pattern in PRIVACY_PATTERNS:
        for text in texts_for(compiled(pattern), at_least=60):
            found = pattern.search(text)
            if found and not ascii_only.search(found.group()):
                missed.append(found.group())
    assert missed != [], f"seed {SEED}"
    assert all(privacy._DIGIT_OR_AT.search(found) for found in missed)  # the real one passes


def test_the_drawn_texts_take_every_way_through_every_choice_and_are_all_matched() -> None:
    pattern = re.compile(r"\b(?:hit|slap(?:ped|s)?|punch(?:ed)?)\s+(?:him|her|them)\b"
                         r"(?!\s+back)", re.IGNORECASE)
    drawn = texts_for(pattern, at_least=5)
    texts = list(drawn)
    assert all(pattern.search(text) for text in texts)
    said = {fold(re.sub(r"\s+", " ", pattern.search(text).group())) for text in texts}
    verbs = {words.split()[0] for words in said}
    objects = {words.split()[1] for words in said}
    assert {"hit", "slap", "slapped", "slaps", "punch", "punched"} <= verbs, said
    assert objects == {"him", "her", "them"}, said
    assert not drawn.short_of()
