"""The fifty-sixth pass's cuts to the danger statement check change nothing it finds.

Where a person starts (`danger_statement._ACTOR_AFTER`) and where a harm starts
(`_HARM_AT`) are asked at every non-word character and every space of a statement. Each
opened its long choice of words with one class a way (the letter and what `re` takes for
it), and `re` called a test for each of the 24 and 20 ways at every such place. Each way
now opens with a single character not ignoring case (`text.lettered_heads`), which `re`
passes over at a comparison, and the initial ("T") opens with its letter, not a look-back.
The tests here hold the new patterns against the old over the held lines, made lines and
random statements with the letters `re` folds swapped in, and pin, without timing
anything, the ways' first characters.
"""

from __future__ import annotations

import re
import sys

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import danger_statement as D
from flows.checks import text
from flows.checks.lexicon import HARM, NAME
from flows.checks.words import load_word_list
from tests.test_perf_fiftysecond_a import made_lines
from tests.test_perf_fiftythird_a import made
from tests.test_perf_fortyfourth import held_sample
from tests.test_perf_fortyninth import PEOPLE, random_statements

# `_ACTOR_AFTER` and `_HARM_AT` as they were written before this pass.
ACTOR_AFTER_BEFORE = (rf"\W(?=(?:{text.cased_heads(text.alternation(D._ACTOR_WORDS))}\b"
                      rf"|(?<![\w'’])[A-HJ-Z](?![\w'’])|{NAME}))")
HARM_AT_BEFORE = rf"\s(?={text.cased_heads(HARM)}\b)"

# People, harms and the letters `re` folds for their first letters, cased every way.
FIRSTS = [*PEOPLE, "ſhe", "ſomeone", "Kid", "KAYDEN", "ımam", "İmam", "ıt", "İ", "ı", "ſ",
          "K", "k", "I", "i", "T's", "’T", "'T", "T.", "hits", "HITS", "ſhouts", "Kicks",
          "Kicked", "ſlaps", "İgnores", "ıgnores", "punches", "the class teacher", "a",
          "Sunday school teacher", "SCOUT LEADERS", "’Mum", "é", "1", "_", "Ǆ", "ǅ"]


@pytest.fixture(scope="module")
def statements() -> list[str]:
    """A sample of the held lines (typed and as the statement check reads them), random
    statements, made lines with "ſ", "K", "ı" and "İ" swapped in, and made lines of
    people and harms opening with those letters."""
    lines = [*held_sample(), *random_statements(1000, 5601), *made_lines(1500, 5602),
             *made(FIRSTS, 1500, 5603)]
    return sorted({*lines, *map(D._masked, lines)})


@pytest.mark.parametrize(("name", "before"), [("_ACTOR_AFTER", ACTOR_AFTER_BEFORE),
                                              ("_HARM_AT", HARM_AT_BEFORE)],
                         ids=["people", "harms"])
def test_people_and_harms_start_where_they_started(name: str, before: str,
                                                   statements: list[str]) -> None:
    """Each finds the same spans as written before, over every statement."""
    now, was = getattr(D, name), re.compile(before, re.IGNORECASE)
    found = 0
    for line in statements:
        spans = [m.span() for m in now.finditer(line)]
        assert spans == [m.span() for m in was.finditer(line)], line
        found += len(spans)
    assert found > 3000, found


def _first_ops(pattern: re.Pattern[str]) -> list[list[object]]:
    """The first operation of each way of every choice in the pattern, as `re` parses it."""
    found: list[list[object]] = []

    def walk(items: object) -> None:
        for op, av in items:  # type: ignore[attr-defined]
            if op is re._constants.BRANCH:  # type: ignore[attr-defined]
                found.append([_head(way) for way in av[1]])
                for way in av[1]:
                    walk(way)
            elif op is re._constants.SUBPATTERN:  # type: ignore[attr-defined]
                walk(av[3])
            elif op is re._constants.ASSERT:  # type: ignore[attr-defined]
                walk(av[1])

    walk(re._parser.parse(pattern.pattern, pattern.flags))  # type: ignore[attr-defined]
    return found


def _head(way: object) -> object:
    """The first operation of a way, looking into the groups it opens with (None: empty)."""
    while len(way):  # type: ignore[arg-type]
        op, av = way[0]  # type: ignore[index]
        if op is not re._constants.SUBPATTERN:  # type: ignore[attr-defined]
            return op
        way = av[3]
    return None


@pytest.mark.parametrize(("name", "before", "ways"), [
    ("_ACTOR_AFTER", ACTOR_AFTER_BEFORE, 24), ("_HARM_AT", HARM_AT_BEFORE, 20)],
    ids=["people", "harms"])
def test_each_way_of_the_words_opens_with_one_character(name: str, before: str,
                                                        ways: int) -> None:
    """The longest choice's ways each open with a character (a comparison for `re` to pass
    over), one for each character a first letter is taken for; before, each opened with a
    class (a call for each way at every place)."""
    literal = re._constants.LITERAL  # type: ignore[attr-defined]
    now = max(_first_ops(getattr(D, name)), key=len)
    was = max(_first_ops(re.compile(before, re.IGNORECASE)), key=len)
    assert len(was) == ways
    assert literal not in was
    assert set(now) == {literal}
    assert len(now) > 2 * ways


def test_an_initial_opens_with_its_letter() -> None:
    """Past the choice of words, the initial's way opens with a class of its letters, which
    `re` passes over at a word starting with none; before, with a look-back, tried always."""
    top = [ops for ops in _first_ops(D._ACTOR_AFTER) if len(ops) == 3]
    assert top
    assert top[0][1] is re._constants.IN  # type: ignore[attr-defined]
    was = [ops for ops in _first_ops(re.compile(ACTOR_AFTER_BEFORE, re.IGNORECASE))
           if len(ops) == 3]
    assert was[0][1] is re._constants.ASSERT_NOT  # type: ignore[attr-defined]


def test_the_initial_s_letters_are_those_re_took() -> None:
    """Over every character there is, the initial's first class takes those `re` took for
    `[A-HJ-Z]` ignoring case: no more, no fewer."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    first = D._INITIAL_FIRST[:D._INITIAL_FIRST.index("])") + 2]
    assert re.findall(first, every) == re.findall(r"[A-HJ-Z]", every, re.IGNORECASE)


def test_lettered_heads_leaves_what_it_cannot_split() -> None:
    """A single word, or groups in a row, are left as they are; a choice's ways opening with
    no ASCII letter are kept whole."""
    assert text.lettered_heads("mum") == "mum"
    assert text.lettered_heads("(?:a)(?:b)") == "(?:a)(?:b)"
    assert text.lettered_heads("(?:s(?:he|)|\\.x)") == (
        "(?:(?-i:s)(?:he|)|(?-i:S)(?:he|)|(?-i:\u017f)(?:he|)|\\.x)")


@pytest.mark.parametrize("kind", ["danger_statement", "plain_language"])
def test_the_nudger_replies_as_it_did(kind: str, statements: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the statements and the bench's answers: the nudger's reply to each is
    the one it gave with `_ACTOR_AFTER` and `_HARM_AT` as before."""
    sample = [*statements[::11], ANSWER, OTHER_ANSWER, LONG_ANSWER]
    now = [nudges.nudger(load_word_list())(kind, line) for line in sample]
    monkeypatch.setattr(D, "_ACTOR_AFTER", re.compile(ACTOR_AFTER_BEFORE, re.IGNORECASE))
    monkeypatch.setattr(D, "_HARM_AT", re.compile(HARM_AT_BEFORE, re.IGNORECASE))
    fresh = nudges.nudger(load_word_list())
    assert now == [fresh(kind, line) for line in sample]
    assert sum(reply is not None for reply in now) > 100
