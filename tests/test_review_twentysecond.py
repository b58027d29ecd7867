"""The twenty-second review: long messages that stalled the checks, and what it found the
round's rules said wrongly (the sentences themselves are held in
tests/language/twentysecond_review_*.txt, see test_held_corpora).

A message may be 4,096 characters, and a practitioner may paste several: no check may take
seconds on one. Each input below took seconds before (quadratic in its length). The tests
check how the work grows with its input (`tests/growth.py`), not how long it takes, so a
busy machine passes them as a quiet one does."""

from __future__ import annotations

import random
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.checks.safety_goal import safety_goal_gaps
from flows.checks.text import mask_quotes
from flows.checks.words import load_word_list
from tests.growth import LINEAR_AT_MOST, growth, ratio

WORDS = load_word_list()


def _repeated(unit: str, length: int, before: str = "") -> str:
    return before + (unit * (length // len(unit) + 1))[:length]


# What `mask_quotes` blanked when it was one pattern: the linear reading must blank the same.
_AS_ONE_PATTERN = re.compile(
    r"\"[^\"\n]*\"|“[^”\n]*”|‘(?:[^’\n]|’(?=\w))*’"
    r"|(?<![\w'])'(?=\S)(?:[^'\n]|'(?=\w))*(?<=\S)'(?!\w)")


def _one_pattern(text: str) -> str:
    return _AS_ONE_PATTERN.sub(lambda m: " " * len(m.group()), text)


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", " ", "'", "'", '"', "“", "”", "‘", "’", "’", "\n",
                                 ".", "_", "\t", "é", "-", "("]), max_size=30))
def test_quotes_are_blanked_as_the_one_pattern_blanked_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert mask_quotes(text) == _one_pattern(text)


@pytest.mark.parametrize("text", [
    "K said 'dad hit me' and cried.", "Mum's friend said 'don't tell, it's Dad's' to her.",
    "She said ‘I’m scared’s what she said’ then left", "‘one ‘two’ three", "“a” and “b",
    "He said \"no\" and 'no'", "rock 'n' roll", "'tis", "the kids' rooms 'were' tidy",
    "'a' 'b 'c' d'", "K said 'no\nmore' then", "it ' s", "'' and ''x'",
])
def test_quotes_people_write_are_blanked_as_before(text: str) -> None:
    assert mask_quotes(text) == _one_pattern(text)


@pytest.mark.parametrize("unit", ["'s ", "x 'y ", "'d rather ", "‘a ", "“a "])
def test_blanking_quotes_in_a_long_message_is_one_pass(unit: str) -> None:
    # 20,000 characters of these took 0.6 to 4.5 seconds: every opening mark was read on to
    # the end of the line.
    assert growth(lambda length: mask_quotes(_repeated(unit, length)), 5_000) < LINEAR_AT_MOST


@pytest.mark.parametrize(("unit", "before"), [
    ("will end the ", ""), ("would rather ", "Mum "), ("'d rather ", "Mum"),
])
def test_a_long_goal_is_read_once_not_once_for_every_will(unit: str, before: str) -> None:
    # 40,000 characters took 5 to 7 seconds: each "will" searched back to the last full stop
    # and read the whole goal again for words of exploitation.
    def read(length: int) -> object:
        return safety_goal_gaps(_repeated(unit, length, before), WORDS, labels=False)

    assert growth(read, 10_000) < LINEAR_AT_MOST


def test_a_goal_naming_many_adults_does_not_build_a_pattern_for_each() -> None:
    # 1,500 different names took 4.5 seconds: a new pattern was compiled for each.
    # Against the same goal naming one adult 1,500 times: a pattern built per name is paid
    # for each new name, so the different names would take many times as long.
    rng = random.Random(1)
    names = ["".join(rng.choice(string.ascii_lowercase) for _ in range(6)).title()
             for _ in range(1500)]

    def goal(of: list[str]) -> str:
        return " ".join(f"{name} will end the relationship with Dean." for name in of)

    many, one = goal(names), goal([names[0]] * len(names))
    assert ratio(lambda: safety_goal_gaps(one, WORDS, labels=False),
                 lambda: safety_goal_gaps(many, WORDS, labels=False), under=3) < 3


@pytest.mark.parametrize(("goal", "only_harmed"), [
    ("Kelly will end the relationship with Dean and call the police if he comes round, and "
     "the social worker will check every week for 6 months", True),
    ("Mary-Jane will end the relationship with Dean, and the social worker will check every "
     "week for 6 months", True),
    ("Kelly will end the relationship with Dean and Dean will not come to the house, and the "
     "social worker will check every week for 6 months", False),
    ("Kelly will take the children to school and Dean will not hit her, and the social "
     "worker will check every week for 6 months", False),
])
def test_a_named_adult_only_keeping_herself_safe_is_still_read_as_the_one_harmed(
        goal: str, only_harmed: bool) -> None:
    gaps = safety_goal_gaps(goal, WORDS, labels=False)
    assert any("only the parent being harmed" in gap for gap in gaps) == only_harmed


def test_a_long_run_of_spaces_after_a_name_in_a_goal_is_read_once() -> None:
    # 20,000 spaces took about 7 seconds: each way a child's age may follow a name read the
    # spaces again from every place in them.
    def read(spaces: int) -> object:
        goal = "Dean hit Kelly. Kelly" + " " * spaces + "will end the relationship"
        return safety_goal_gaps(goal, WORDS, labels=False)

    assert growth(read, 5_000) < LINEAR_AT_MOST
