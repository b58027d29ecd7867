"""The forty-seventh pass's cut to the wording checks changes nothing a practitioner sees.

"A person labelled" ("Mum is a difficult parent") was searched for in almost every answer
naming a mum, a dad or a boy: its quick test (`text.needles`) never looks for "a", a letter
of nearly every text, and the search of its 5,000-character pattern found nothing. Every
match of its first two ways holds "a" or "an" standing alone between spaces, and few answers
do: a rule with a way like that now has a second test (`text.WordsAlone`, `Rule.alone`),
each branch at the pattern's top tested by its words alone, or else by its own quick test.

The tests here hold that a rule the second test passes over finds nothing, over every line
the language tests hold and random strings of the rules' words with tabs, line breaks and
letters `re` folds; that the nudger asks exactly what it asked without the test; and that
the cut stays cut.
"""

from __future__ import annotations

import random
import re

import pytest

from flows import nudges
from flows.checks import labels
from flows.checks.plain_language import find_wording
from flows.checks.rule import Rule
from flows.checks.text import fold, mask_quotes, words_alone
from flows.checks.words import load_word_list
from tests.test_perf_fortyfourth import held_lines, held_sample

# Texts made to sit at the edges of the test: "a" beside tabs, line breaks, a no-break space
# and marks, written in capitals, or inside a word.
EDGES = [
    "Mum is\ta\ndifficult mum.", "Dad is a\u00a0nasty man", "He is\u00a0a nasty man",
    "MUM IS A BAD MOTHER", "She was an angry girl", "he was a-hostile man",
    "she was (a) bad mum", "it is 'a' bad dad", "Dad isa bad man", "Mum is a\u2003bad mum",
    "Mum is a bad, bad mum", "Mum is  A  very  bad  mum", "Dad is an\u2028aggressive man",
    "He is ān angry boy", "Mum is\x1ca bad mum", "Mum is a\x85bad mum",
    "Mum is a İrresponsible mother", "He is a ſtroppy boy",
]


def random_lines(count: int, seed: int) -> list[str]:
    """Strings of the words the rules' second tests look for alone, the rules' own words and
    words of the corpora, joined by spaces, tabs, line breaks, marks or nothing."""
    rnd = random.Random(seed)
    alone = sorted({word for rule in labels.RULES if rule.alone
                    for words, _ in rule.alone.branches for word in words})
    rule_words = sorted({word for test in labels.QUICK._tests for word in test.words})
    corpus = [w for line in held_lines()[::11] for w in line.split()]
    marks = [" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "-", ",", ".", "'", ""]
    lines = []
    for _ in range(count):
        pieces = [rnd.choice(alone if rnd.random() < 0.4 else rule_words
                             if rnd.random() < 0.5 else corpus)
                  for _ in range(rnd.randint(1, 12))]
        lines.append("".join(piece + rnd.choice(marks) for piece in pieces))
    return lines


def read_as(line: str) -> list[tuple[str, str]]:
    """The texts the rules search for an answer, each with the folded text their tests read."""
    return [(text, fold(text)) for text in {mask_quotes(line), line}]


def test_a_rule_the_words_alone_pass_over_finds_nothing() -> None:
    """Over a fixed sample of the lines the language tests hold, the edge cases and 500
    random strings: a rule whose second test a text fails finds nothing in it. Most of the
    texts "a person labelled" was searched in are passed over."""
    tested = {i for i, rule in enumerate(labels.RULES) if rule.alone is not None}
    assert len(tested) > 50
    compiled = {i: re.compile(labels.RULES[i].source, re.IGNORECASE) for i in tested}
    passed_over = searched = 0
    labelled_over = labelled = 0
    for line in [*held_sample(), *EDGES, *random_lines(500, 4701)]:
        for read, folded in read_as(line):
            tokens = frozenset(folded.split())
            for i in tested.intersection(labels.QUICK.passing(folded)):
                rule = labels.RULES[i]
                assert rule.alone is not None
                searched += 1
                labelled += rule.name == "a person labelled"
                if not rule.alone.found_in(tokens, folded):
                    assert compiled[i].search(read) is None, (rule.name, line)
                    passed_over += 1
                    labelled_over += rule.name == "a person labelled"
    assert passed_over > searched // 10
    assert labelled_over > labelled // 2


def test_the_edge_cases_are_found_as_before() -> None:
    """Labels written across tabs, line breaks and other spaces are still asked about."""
    words = load_word_list()
    for text in ["Mum is\ta\ndifficult mum.", "He is\u00a0a nasty man", "MUM IS A BAD MOTHER",
                 "Mum is a\u2003bad mum", "Dad is an\u2028awkward man"]:
        assert [h.term for h in find_wording(text, words)] == ["a person labelled"], text


@pytest.mark.parametrize("kind", ["plain_language", "danger_statement", "what_is_working"])
def test_the_nudger_asks_every_held_answer_what_it_asked(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the held lines (one in 12) and the edge cases, checked as an answer, a
    danger statement and a strength: the nudger asks exactly what it asked without the
    second test."""
    lines = [*held_lines()[::12], *EDGES]
    nudge = nudges.nudger(load_word_list())
    now = [nudge(kind, line) for line in lines]
    monkeypatch.setattr(Rule, "alone", property(lambda rule: None))
    before = [nudge(kind, line) for line in lines]
    assert now == before
    assert sum(reply is not None for reply in now) > len(lines) // 10


def test_a_plain_answer_naming_mum_is_not_searched_for_a_label() -> None:
    """"Mum will walk T to school ..." names Mum, which lets "a person labelled" through its
    quick test; with no "a" standing alone, its search is passed over."""
    rule = next(r for r in labels.RULES if r.name == "a person labelled")
    plain = fold("Mum will walk T to school each morning, and the class teacher has seen "
                 "this every day for six weeks.")
    assert rule.may_match(plain)
    assert rule.alone is not None
    assert not rule.alone.found_in(frozenset(plain.split()), plain)
    labelled = fold("Mum is a difficult parent.")
    assert rule.alone.found_in(frozenset(labelled.split()), labelled)


def test_the_words_alone_are_read_only_between_spaces() -> None:
    """What a pattern holds between two whitespace items of its own is a word alone; next
    to a mark, an optional space or a word boundary it is not, and a branch that refers to
    another's group leaves the pattern to its search."""
    both = words_alone(r"\bis\s+(?:a|an)\s+[a-z]+\s+mum\b|\bfoo\w+", re.IGNORECASE)
    assert both is not None
    assert [sorted(words) for words, _ in both.branches] == [["a", "an"], []]
    assert words_alone(r"\bis\s*a\s+bad", re.IGNORECASE) is None
    assert words_alone(r"\bis\s+a\b", re.IGNORECASE) is None
    assert words_alone(r"\bis[\s-]+a\s+bad", re.IGNORECASE) is None
    assert words_alone(r"\bis\s+(?:a|)\s+bad", re.IGNORECASE) is None
    assert words_alone(r"(?P<w>x)\s+a\s+|(?P=w)", re.IGNORECASE) is None
    assert words_alone(r"(?x) is \s+ a \s+ bad", 0) is None


def test_the_file_holds_every_rules_second_test_as_its_pattern_gives_it() -> None:
    """The second tests are read from the quick tests' file at start, not worked out at the
    first answers (about 0.4 s for every rule): each there as its pattern gives it."""
    from flows.checks import text

    for rule in labels.RULES:
        key = text.needles_key(rule.source, re.IGNORECASE)
        assert key in text._shipped_alone(), rule.name
        assert text._shipped_alone()[key] == text.alone_worked_out(rule.source,
                                                                   re.IGNORECASE), rule.name
