"""The fifty-sixth pass's cuts to the danger statement check change nothing it finds.

Two patterns cost the most of what the check still did with the bench's short answer
once a person was found: whether an adult does anything (`danger_statement._ANY_DOING_ONCE`,
asked at each person) and what could happen to the child (`_MODAL`). The first asked
whether the word after a person is one of the long choices a deed must not be (the words
for a state, an adult or a child) before asking whether it has a deed's shape at all ("walks",
"grabbed", "shouting"); it now asks the shape first. The second tried every one of its ways
at every word its first class let through; each way now opens with its second letter as a
class, which `re` passes over. The tests here hold each against its form before this pass
over a sample of the held lines, made lines with the letters `re` folds swapped in and made
lines of their words, and pin, without timing anything, what is no longer done.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest

from bench.practitioner import ANSWER, OTHER_ANSWER
from bench.startup import LONG_ANSWER
from flows import nudges
from flows.checks import danger_statement as D
from flows.checks.words import load_word_list
from tests.test_perf_fiftyfifth_a import modal_lines
from tests.test_perf_fiftysecond_a import made_lines
from tests.test_perf_fortyfourth import held_sample

_C = re._constants  # type: ignore[attr-defined]
_NO_WORD_BEFORE = re.compile(r"(?<!\w)")

# `_MODAL` as it was written at the start of this pass.
MODAL_BEFORE = (
    rf"{D._MODAL_FIRST}(?<=\b.)(?:(?:(?<=c)(?:ould|ld|ud|an)|(?<=(?-i:c))(?-i:d)"
    r"|(?<=w)(?:d|ld|ud|ill|ould)|(?<=m)(?:ite|ight|ay)|(?<=i)s\s+likely\s+to"
    r"|(?<=a)(?:re\s+likely\s+to|t\s+risk\s+of)|(?<=l)ikely\s+to|(?<=['’])ll)"
    r"\s+(?:\w+\s+){0,2}?\w+"
    r"|(?<=w)hich\s+(?:means|is\s+making)\b"
    r"|(?<=r)(?<!\bthe\s.)(?<!\bthese\s.)(?<!\bthose\s.)(?<!\bany\s.)(?<!\bno\s.)"
    r"(?<!\bof\s.)(?<!\bits\s.)(?<!\btheir\s.)isks\s+(?:\w+\s+){0,2}?\w+)")

# `_ANY_DOING_ONCE` as it was built at the start of this pass: `_ANY_DOING`'s ways as one.
_WAYS = D._ANY_DOING.pattern.split("|" + D._DOER)
DOING_BEFORE = D._DOER + "(?:" + "|".join([_WAYS[0].removeprefix(D._DOER), *_WAYS[1:]]) + ")"

# What an adult does or leaves undone, as statements write it, the words a deed must not
# be, and the letters `re` folds.
DOING_WORDS = ["Mum", "mum", "Dad", "he", "She", "T", "K", "Kayden", "mum and dad", "(S)",
               "often", "sometimes", "really", "walks", "walked", "WALKS", "shouts", "grabbed",
               "is", "was", "keeps", "has been", "has", "had", "shouting", "drinking", "being",
               "doesn't", "does not", "didn't", "never", "get", "take", "his", "her", "the",
               "inhaler", "renewed", "fixed", "cope", "needs", "seems", "feels", "mums", "dads",
               "babies", "children", "kids", "sons", "boyfriends", "adults", "teachers",
               "ſhouts", "walKs", "ıs", "İs", "drınks", "hitting", "hits", "Mum's", "ed", "s"]


def doing_lines(count: int, seed: int) -> list[str]:
    """The words of what an adult does, run together or apart."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(DOING_WORDS) + rnd.choice(["", " ", " ", " ", ",", "\n", "."])
                    for _ in range(rnd.randint(1, 10))) for _ in range(count)]


@pytest.fixture(scope="module")
def statements() -> list[str]:
    """A sample of the held lines (typed and as the statement check reads them), made lines
    with "ſ", "K", "ı" and "İ" swapped in, and made lines of what could happen and of what
    an adult does."""
    lines = [*held_sample(), *made_lines(600, 5611), *modal_lines(1500, 5612),
             *doing_lines(1500, 5613)]
    return sorted({*lines, *map(D._masked, lines)})


def test_what_could_happen_is_found_where_it_was(statements: list[str]) -> None:
    """`_MODAL` finds the same spans as written before, over every statement."""
    before = re.compile(MODAL_BEFORE, re.IGNORECASE)
    found = 0
    for line in statements:
        now = [m.span() for m in D._MODAL.finditer(line)]
        assert now == [m.span() for m in before.finditer(line)], line
        found += len(now)
    assert found > 1500, found


def test_what_an_adult_does_is_found_where_it_was(statements: list[str]) -> None:
    """`_ANY_DOING_ONCE` matches where and as it did, at every place of every statement
    a match can start (after no letter, digit or `_`: both open with `(?<!\\w)`)."""
    assert DOING_BEFORE.startswith(r"(?<!\w)")
    before = re.compile(DOING_BEFORE, re.IGNORECASE)
    found = 0
    for line in statements:
        for at in (m.start() for m in _NO_WORD_BEFORE.finditer(line)):
            now = D._ANY_DOING_ONCE.match(line, at)
            then = before.match(line, at)
            assert (now and now.span()) == (then and then.span()), (line, at)
            found += now is not None
    assert found > 800, found


def _opens_with_a_class(items: Any) -> bool:
    """Whether what is parsed opens with a class or a letter `re` checks before trying it
    (through groups), or with a choice each of whose ways does."""
    op, arg = items[0]
    if op is _C.SUBPATTERN:
        return _opens_with_a_class(arg[3])
    if op is _C.BRANCH:
        return all(_opens_with_a_class(way) for way in arg[1])
    return op in (_C.IN, _C.LITERAL)


def _modal_ways(pattern: str) -> Any:
    """`_MODAL`'s choice of ways, parsed: what follows its first class and `(?<=\\b.)`."""
    parsed = re._parser.parse(pattern, re.IGNORECASE)  # type: ignore[attr-defined]
    assert [op for op, _ in parsed.data[:2]] == [_C.SUBPATTERN, _C.ASSERT]
    return parsed.data[2:]


def test_each_way_of_what_could_happen_opens_with_a_class() -> None:
    """Past its first letter, each way of `_MODAL` opens with a class of its second letter,
    which `re` passes over when the letter at hand is another; written before, each opened
    with a look-back of its first letter, and every way was tried at every word."""
    assert _opens_with_a_class(_modal_ways(D._MODAL.pattern))
    assert not _opens_with_a_class(_modal_ways(MODAL_BEFORE))


def test_a_deeds_shape_is_asked_before_the_words_it_must_not_be() -> None:
    """In `_ANY_DOING_ONCE`, each look-ahead of the words a deed must not be (with the long
    choices of a state's verbs, the adults and the children) follows a look-ahead of the
    deed's shape, so a word of no such shape ("will", "to") is not read against them;
    built before, the long choices came first."""
    now = D._ANY_DOING_ONCE.pattern
    assert now.count(f"(?={D._DEED_SHAPE}){D._DEED}") == 1
    assert now.count(f"(?={D._GOING_ON_SHAPE}){D._GOING_ON}") == 1
    assert now.count(f"(?!{D._NOT_DOING}") == 3
    assert DOING_BEFORE.count(f"(?={D._DEED_SHAPE})") == 0
    assert DOING_BEFORE.count(f"(?={D._GOING_ON_SHAPE})") == 0
    assert now.replace(f"(?={D._DEED_SHAPE})", "", 1).replace(
        f"(?={D._GOING_ON_SHAPE})", "", 1) == DOING_BEFORE


def test_the_nudger_replies_as_it_did(statements: list[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A sample of the statements and the bench's answers: the nudger's reply to each as a
    danger statement is the one it gave with `_MODAL` and `_ANY_DOING_ONCE` as they were."""
    sample = [*statements[::15], ANSWER, OTHER_ANSWER, LONG_ANSWER]
    now = [nudges.nudger(load_word_list())("danger_statement", line) for line in sample]
    monkeypatch.setattr(D, "_MODAL", re.compile(MODAL_BEFORE, re.IGNORECASE))
    monkeypatch.setattr(D, "_ANY_DOING_ONCE", re.compile(DOING_BEFORE, re.IGNORECASE))
    fresh = nudges.nudger(load_word_list())
    assert now == [fresh("danger_statement", line) for line in sample]
    assert sum(reply is not None for reply in now) > 50
