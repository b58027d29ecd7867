"""The forty-sixth pass's cut to the wording checks changes nothing a practitioner sees.

A rule's quick test (`text.needles`) reads the ways a match may go, each with the sets of
words it must hold one of. A way was tested by its most telling set and at most two more
holding no word shorter than three letters, so "(?:it|this) is not (?:ok|ideal|good)" was
let through by "it" or "this" alone, and a 940-character search ran on almost every answer
to find nothing. Sets of two-letter words ("ok", "is") are now kept as well.

The tests here read each quick test as it was from the one now (the same sets, less those
this pass keeps: `as_it_was`, checked against tests worked out the old way when written),
and hold that every answer the old test let through and the new one does not is one its
pattern finds nothing in; that the nudger asks exactly what it asked of held answers; that
the table of slips (`respell`) is the same; and that the cut stays cut.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest

from flows import nudges
from flows.checks import labels, plain_language, respell
from flows.checks import text as text_module
from flows.checks.quick_tests import shipped_patterns
from flows.checks.text import NeedleIndex, Needles, fold, mask_quotes, telling
from flows.checks.words import load_word_list
from tests.test_perf_fortyfourth import held_lines, held_sample, random_lines


def as_it_was(test: Needles) -> Needles:
    """The quick test as this pass found it: in each way, the most telling set and those of
    no word shorter than three letters."""
    ways = set()
    for way in test.ways:
        first = max(way, key=telling)
        ways.add(tuple(one for one in way if one is first or min(map(len, one)) >= 3))
    return Needles(test.words, tuple(sorted(ways)))


def read_as(line: str) -> list[tuple[str, str]]:
    """The texts the checks search for an answer (quotes masked or not), each with the texts
    its quick tests are asked about: folded, and with dots taken out (the word list's)."""
    masked = fold(mask_quotes(line))
    return [(mask_quotes(line), masked), (mask_quotes(line), masked.replace(".", "")),
            (line, fold(line))]


def test_an_answer_a_quick_test_no_longer_lets_through_is_one_its_pattern_finds_nothing_in(
) -> None:
    """Over a fixed sample of the lines the language tests hold (`held_sample`) and 300
    random strings, for every pattern the shipped checks ask a quick test of: where the test
    as it was let a text through and the one now does not, the pattern finds nothing in the
    answer. A fifth of what was let through is not now."""
    keys = shipped_patterns()
    now = [text_module.needles(*key) for key in keys]
    before = [as_it_was(test) for test in now]
    changed = [i for i, (a, b) in enumerate(zip(now, before, strict=True)) if a != b]
    assert len(changed) > 100
    index_now = NeedleIndex([now[i] for i in changed])
    index_before = NeedleIndex([before[i] for i in changed])
    compiled = {i: re.compile(*keys[i]) for i in changed}
    let_through = kept_out = 0
    for line in [*held_sample(), *random_lines(300, 4601)]:
        # (each way read once, counted as often as it is read: a line with no quote and no
        # point is read the same three ways)
        for (read, folded), ways in Counter(read_as(line)).items():
            passed = set(index_now.passing(folded))
            was = set(index_before.passing(folded))
            assert passed <= was, line
            for n in was - passed:
                pattern = compiled[changed[n]]
                assert pattern.search(read) is None, (keys[changed[n]][0][:60], line)
            let_through += len(was) * ways
            kept_out += len(was - passed) * ways
    assert kept_out > let_through // 5


def test_the_table_of_slips_is_read_from_the_words_it_was() -> None:
    """`respell` reads the slips of the rules' words from the quick tests' file: the words it
    reads are those of the tests as they were, not the short sets' words kept now."""
    now = json.loads(text_module.NEEDLES_FILE.read_text(encoding="utf-8"))
    # (the shipped rules the file holds: a test before this one in the same process may have
    # asked about patterns of its own, a word list's, which the file never holds)
    # (the tests as the rules were known by before the forty-eighth pass's common words:
    # `known_by`, whose long words the file keeps for `respell`)
    stored = json.loads(text_module.needles_file(
        {key: as_it_was(text_module.known_by(*key)) for key in shipped_patterns()
         if text_module.needles_key(*key) in now["needles"]
         and key not in text_module.parts()}))  # (a part's words are its whole pattern's)
    assert set(now["checked"]) == {word for word in stored["words"] if respell.long_enough(word)}
    assert respell.respelt("Mum has poor hygeine") == "Mum has poor hygiene"


@pytest.mark.parametrize("kind", ["plain_language", "danger_statement"])
def test_the_nudger_asks_every_held_answer_what_it_asked(
        kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the held lines (one in 30), checked as an answer and as a danger
    statement: the nudger asks exactly what it asked with the quick tests as they were."""
    words = load_word_list()
    lines = held_lines()[::30]
    nudge = nudges.nudger(words)
    now = [nudge(kind, line) for line in lines]
    monkeypatch.setattr(plain_language, "QUICK",
                        NeedleIndex([as_it_was(rule.needles) for rule in labels.RULES]))
    monkeypatch.setattr(words, "_quick",
                        NeedleIndex([as_it_was(quick) for *_, quick, _ in words.matchers]))
    before = [nudge(kind, line) for line in lines]
    assert now == before
    assert sum(reply is not None for reply in now) > len(lines) // 10


def test_a_rule_a_plain_answer_gives_no_reason_to_read_is_not_read() -> None:
    """"It is not ideal" is read only where an answer says one of the words it ends on: a
    plain answer about school passes over it."""
    rule = next(r for r in labels.RULES if r.name == "not ideal")
    plain = fold("Mum will walk T to school each morning, and it is something the class "
                 "teacher has seen this every day for six weeks.")
    assert as_it_was(rule.needles).found_in(plain)
    assert not rule.may_match(plain)
    assert rule.may_match(fold("The flat is not ideal for a baby."))
