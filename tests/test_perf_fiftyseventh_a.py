"""The fifty-seventh pass's cuts to what the bench's typed answers run change nothing found.

Traced over the bench's 408 updates (every pattern call of the answers the practitioner
types, replayed pattern by pattern under callgrind), the largest were not in the danger
statement's check: a list item read for a date before and after it (`answers.
_DATED_POINTER`, twice, trying a day at every space), the child's own words read for words
of the work (`nudges._WORK_WORDS`: two hundred ways ignoring case, each tried at every word),
the goal's "will" (`safety_goal._WILL`: a "will" tried after every letter of six words), an
answer's parts (`answers._PARTS`) and a sentence's words (`claims._tokens`). Each is held
here against its old form over held lines, made lines and random strings with the letters
`re` folds, and pinned, without timing anything, by its shape or by what it calls.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from bench.practitioner import ANSWER, ITEM, OTHER_ANSWER
from flows import answers as A
from flows import nudges
from flows.checks import claims, text
from flows.checks import safety_goal as S
from flows.checks.words import load_word_list
from tests.test_perf_fiftysecond_a import made_lines
from tests.test_perf_fortyfourth import held_sample, random_lines
from tests.test_perf_fortyninth import random_statements

# The forms before this pass.
DATED_BEFORE = re.compile(A._DATED_POINTER.pattern, re.IGNORECASE)
WORK_WORDS_BEFORE = re.compile(rf"\b(?:{nudges._WORK_WORDS_WAYS})\b", re.IGNORECASE)
WILL_BEFORE = re.compile(
    r"(?<![\w'’])(?P<who>[\w'’]+(?:\s+[\w'’]+){0,5}?)\s*(?:"
    + S._WILL.pattern.split(S._WILL_FIRST + "(?:", 1)[1], re.IGNORECASE)
PARTS_BEFORE = re.compile(r"\s*(?:[,;+&]|\band\b|\s[-\u2013\u2014]\s)\s*(?:and\s+)?",
                          re.IGNORECASE)
TOKEN_BEFORE = re.compile(r"[^\W_][\w'\-]*")

SWAPS = {"s": "ſ", "k": "K", "i": "ı", "S": "ſ", "K": "K", "I": "İ"}
DAYS = ["28/11", "3.4", "12-1-2024", "1st", "2nd", "28th", "28th of Nov", "3 may", "May 3",
        "Tues 28th Nov", "weds.", "Mon.", "last friday", "this sat", "yesterday", "today",
        "last night", "last week", "on 3/4", "JAN", "ſept", "ſat", "weeK", "nıght", "thİs",
        "12th 2024", "item 1", "item", "see above", "as above", "same", "see referral",
        "12", "2024", "4.", "Jan12", "on", "th", "ſt", "\u0661\u0662", "\u00b2", "T's"]
WILLS = ["she'll", "mum’ll", "o'will", "d'would", "'", "’", "will", "WILL", "wıll",
         "İs going to", "are going to", "agrees to", "would", "not", "never", "n't",
         "always", "stop", "mum", "dad's", "T", "I'll", "x'll", "ll", "willy", "ſhe'll"]
JOINS = ["", " ", " ", "  ", ", ", " - ", "; ", ".", " – ", "\n", "\t", "'", "’", "/", "!"]


def pieces(words: list[str], count: int, seed: int) -> Iterator[str]:
    """The words joined at random, some letters swapped for one `re` takes for them, and
    some lines upper-cased or case-swapped."""
    rnd = random.Random(seed)
    for _ in range(count):
        line = "".join(rnd.choice(words) + rnd.choice(JOINS) for _ in range(rnd.randint(1, 6)))
        line = "".join(SWAPS.get(c, c) if rnd.random() < 0.05 else c for c in line)
        yield line.upper() if rnd.random() < 0.2 else line.swapcase() \
            if rnd.random() < 0.2 else line


@pytest.fixture(scope="module")
def lines() -> list[str]:
    """Held lines (and as an answer is read for pointers), random statements and lines,
    made lines with "ſ", "K", "ı" and "İ" swapped in, and lines of days and of "will"."""
    made = [*held_sample(), *random_statements(800, 5701), *random_lines(800, 5702),
            *made_lines(800, 5703), *pieces(DAYS, 3000, 5704), *pieces(WILLS, 2000, 5705)]
    return sorted({*made, *map(A._said, made)})


class Counted:
    """A pattern whose calls are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name: str) -> Any:
        self.calls += 1
        return getattr(self.pattern, name)


def test_a_short_answer_is_read_for_a_date_as_before(lines: list[str]) -> None:
    """`_dated` finds what `_DATED_POINTER.fullmatch` found for every short line, the same
    span and the same rest; dates before and after are found."""
    told = 0
    for line in lines:
        was = DATED_BEFORE.fullmatch(line) if len(line) < 60 else None
        now = A._dated(line)
        assert (now and (now.span(), now.span("rest"))) == (was and (was.span(),
                                                                       was.span("rest"))), line
        told += bool(was and was["rest"] != line)
    assert told > 1000, told


@pytest.mark.parametrize("said", [ITEM.format(n=1), ITEM.format(n=2), "see above",
                                  "Nan has collected T from school every day"])
def test_an_answer_with_no_day_after_it_is_not_read_for_one(
        said: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's list items end with no day: the pattern that tries a day at every space is
    not asked (it was, twice: once for the answer, once again as `points_outside` reads it)."""
    counted = Counted(A._DATED_POINTER)
    monkeypatch.setattr(A, "_DATED_POINTER", counted)
    assert not A.points_elsewhere(said) or said == "see above"
    assert counted.calls == 0


def test_an_answer_ending_with_a_day_is_read_for_it_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """"As above, 28/11": read for its day once, and found pointing above, as before."""
    counted = Counted(A._DATED_POINTER)
    monkeypatch.setattr(A, "_DATED_POINTER", counted)
    assert A.points_elsewhere("see the referral, 28/11")
    assert counted.calls == 1
    assert A.points_elsewhere("as above, Tues 28th Nov")


def test_the_child_s_words_of_the_work_are_found_as_before(lines: list[str]) -> None:
    found = 0
    work = [*lines, *pieces(sorted(set(re.findall(r"[A-Za-z][a-z]+", nudges._WORK_WORDS_WAYS))),
                            4000, 5706)]
    for line in work:
        spans = [m.span() for m in nudges._WORK_WORDS.finditer(line)]
        assert spans == [m.span() for m in WORK_WORDS_BEFORE.finditer(line)], line
        found += len(spans)
    assert found > 1000, found


def _ways(pattern: str) -> list[Any]:
    """The ways of the pattern's first choice, as `re` parses them."""
    items = re._parser.parse(pattern, re.IGNORECASE)  # type: ignore[attr-defined]
    for op, av in items:
        if op is re._constants.BRANCH:  # type: ignore[attr-defined]
            return list(av[1])
    raise AssertionError(pattern)


def _opens_with_a_character(way: Any) -> bool:
    """Whether the way opens with one character not ignoring case (`(?-i:m)`)."""
    op, av = way[0]
    return op is re._constants.SUBPATTERN and av[2] == re.IGNORECASE \
        and len(av[3]) == 1 and av[3][0][0] is re._constants.LITERAL  # type: ignore[attr-defined]


def test_each_way_of_the_words_of_the_work_opens_with_its_character() -> None:
    """Every way opens with a character not ignoring case, one way a character, which `re`
    passes over at a comparison; before, over a hundred ways, each opening ignoring case (each
    tried at every word)."""
    now, was = _ways(nudges._WORK_WORDS.pattern), _ways(WORK_WORDS_BEFORE.pattern)
    assert all(map(_opens_with_a_character, now))
    assert len(now) <= 60
    assert len(was) > 100
    assert not any(map(_opens_with_a_character, was))


def test_lettered_ways_keeps_the_order_and_what_it_cannot_split() -> None:
    """A group a way opens with is written out way by way, a way's letters gathered under
    it in their order; a way opening with a class, a look-around or a repeated group is kept
    where it was, and a letter repeated kept whole."""
    assert text.lettered_ways(r"(?:my|our)\s+x|mum|s?x|\bfoo|(?:a|b)?c|dad|do") == (
        r"(?-i:m)(?:y\s+x|um)|(?-i:M)(?:y\s+x|um)|(?-i:o)ur\s+x|(?-i:O)ur\s+x"
        r"|s?x|\bfoo|(?:a|b)?c|(?-i:d)(?:ad|o)|(?-i:D)(?:ad|o)")
    assert text.lettered_ways("is") == "(?-i:i)s|(?-i:I)s|(?-i:\u0130)s|(?-i:\u0131)s"


def test_the_goal_s_will_is_found_as_before(lines: list[str]) -> None:
    """Each "will", who and the verb, as before (every group's span)."""
    found = 0
    for line in lines:
        regs = [m.regs for m in S._WILL.finditer(line)]
        assert regs == [m.regs for m in WILL_BEFORE.finditer(line)], line
        found += len(regs)
    assert found > 2000, found


def test_the_will_s_first_characters_are_its_ways() -> None:
    """Over every character there is, the look before the choice takes those `re` took for
    the first character of one of its ways, ignoring case."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(S._WILL_FIRST[3:-1], every, re.IGNORECASE) == re.findall(
        r"w|i|a|'|’", every, re.IGNORECASE)


def test_who_will_act_is_read_a_run_at_a_time() -> None:
    """Each word of who will act is a repeat of possessive runs (no "will" can start between
    two letters), and what follows is looked at before the choice of "will"s; before, a
    word was a run of letters `re` gave back one at a time."""
    constants = re._constants  # type: ignore[attr-defined]

    def who(pattern: str) -> Any:
        for op, av in re._parser.parse(pattern, re.IGNORECASE):  # type: ignore[attr-defined]
            if op is constants.SUBPATTERN and av[0] == 1:
                return av[3]
        raise AssertionError(pattern)

    def possessive(items: Any) -> bool:
        return any(op is constants.POSSESSIVE_REPEAT or possessive_in(av)
                   for op, av in items)

    def possessive_in(av: Any) -> bool:
        return any(possessive(sub) for sub in (av[-1] if isinstance(av, tuple) else [])
                   if isinstance(sub, re._parser.SubPattern))  # type: ignore[attr-defined]

    first_now, first_was = who(S._WILL.pattern)[0], who(WILL_BEFORE.pattern)[0]
    assert first_now[0] is constants.MAX_REPEAT
    assert possessive(first_now[1][2])
    assert first_was[0] is constants.MAX_REPEAT
    assert first_was[1][2][0][0] is constants.IN
    assert S._WILL_FIRST + r"(?:\bwill\b" in S._WILL.pattern


def test_an_answer_s_parts_are_split_as_before(lines: list[str]) -> None:
    parts = 0
    for line in [*lines, *pieces(["and", "AND", "band", ",", ";", "+", "&", " - ", "—", "x"],
                                 2000, 5707)]:
        split = A._PARTS.split(line)
        assert split == PARTS_BEFORE.split(line), line
        parts += len(split) - 1
    assert parts > 3000, parts


def test_an_answer_s_parts_open_with_a_look_at_the_character() -> None:
    """The split opens with a look, not ignoring case, at whether the character there can
    open a match (whitespace, a mark, an "a"): the same characters `re` took for them."""
    assert A._PARTS.pattern.startswith(r"(?-i:(?=[\s,;+&aA]))")
    assert not PARTS_BEFORE.pattern.startswith("(?-i:")
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(r"[\s,;+&aA]", every) == re.findall(r"\s|[,;+&]|a", every, re.IGNORECASE)


def test_a_sentence_s_words_are_the_tokens_they_were(lines: list[str]) -> None:
    rnd = random.Random(5708)
    ascii_lines = ["".join(chr(rnd.randrange(128)) for _ in range(rnd.randint(0, 30)))
                   for _ in range(3000)]
    for line in [*lines, *(line.lower().replace("’", "'") for line in lines), *ascii_lines]:
        assert claims._token_list(line) == TOKEN_BEFORE.findall(line), line


def test_an_ascii_sentence_is_not_searched_for_its_words(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bench's answers are ASCII: their words are split, `_TOKEN` not asked; a word with
    a letter outside ASCII still is."""
    counted = Counted(claims._TOKEN)
    monkeypatch.setattr(claims, "_TOKEN", counted)
    assert claims._tokens(ANSWER.lower())[:3] == ["mum", "will", "walk"]
    assert claims._tokens(OTHER_ANSWER.lower())
    assert counted.calls == 0
    assert claims._tokens("whānau will visit") == ["whānau", "will", "visit"]
    assert counted.calls == 1


@pytest.mark.parametrize("kind", ["own_words", "goal_wording", "safety_goal",
                                  "plain_language", "what_it_did_to_the_child"])
def test_the_nudger_replies_as_it_did(kind: str, lines: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the lines and the bench's answers: the nudger's reply to each is the one
    it gave with the old forms put back."""
    sample = [*lines[::13], ANSWER, OTHER_ANSWER, ITEM.format(n=1)]
    now = [nudges.nudger(load_word_list())(kind, line) for line in sample]
    monkeypatch.setattr(nudges, "_WORK_WORDS", WORK_WORDS_BEFORE)
    monkeypatch.setattr(S, "_WILL", WILL_BEFORE)
    monkeypatch.setattr(claims, "_token_list", TOKEN_BEFORE.findall)
    fresh = nudges.nudger(load_word_list())
    assert now == [fresh(kind, line) for line in sample]
    assert sum(reply is not None for reply in now) > 20
