"""The `when:` language reads the same whichever way round a comparison is written.

`step == 'yes'` (a step against a constant, most conditions in the flows) has a quicker path
than the general comparison; these pin that both give the same answer for every kind of
value a step can hold: unanswered (None), a choice, a number, a list. A comparison Python
could not make (a word against a number) is false, as one with an unanswered step is: a walk
evaluates every condition on every update, so raising would stop every answer of the draft.
"""

from __future__ import annotations

from typing import Any

import pytest

from flows.conditions import parse

VALUES: list[Any] = [None, "", "yes", "no", 0, 3, 7, [], ["yes"], ["no", "maybe"]]

MIRRORED = [  # (step first, constant first): the same test written both ways round
    ("a == 'yes'", "'yes' == a"),
    ("a != 'yes'", "'yes' != a"),
    ("a < 5", "5 > a"),
    ("a <= 3", "3 >= a"),
    ("a > 5", "5 < a"),
    ("a >= 3", "3 <= a"),
]


@pytest.mark.parametrize(("quick", "general"), MIRRORED)
@pytest.mark.parametrize("value", VALUES)
def test_a_step_against_a_constant_reads_the_same_either_way_round(
        quick: str, general: str, value: Any) -> None:
    look = {"a": value}.get

    assert parse(quick).holds(look) == parse(general).holds(look)


@pytest.mark.parametrize(("source", "value", "expected"), [
    ("a == 'yes'", "yes", True),
    ("a == 'yes'", None, False),       # unanswered is never equal to a choice
    ("a != 'not_yet'", None, True),    # ...and always different from one
    ("a > 0", None, False),            # nor bigger or smaller than a number
    ("a < 3", None, False),
    ("a >= 3", 3, True),
    ("a in 'yes no'", None, False),    # a step in a constant falls to the general path
    # a flow comparing a word with a number: false, not an error on every update
    ("a > 3", "yes", False),
    ("a <= 3", ["yes"], False),
    ("'yes' in a", 7, False),
    ("'yes' not in a", 7, True),
])
def test_a_step_against_a_constant_on_its_own(source: str, value: Any, expected: bool) -> None:
    assert parse(source).holds({"a": value}.get) is expected


def test_a_repeated_section_s_copy_reads_its_own_step() -> None:
    condition = parse("a == 'yes'").renamed({"a": "a_2"})

    assert condition.holds({"a": "no", "a_2": "yes"}.get)
    assert not condition.holds({"a": "yes", "a_2": "no"}.get)


@pytest.mark.parametrize(("value", "named"), [
    ("Daddy, until T says it's alright", True), ("Nan", True), ("Noel", True),
    ("no one", False), ("No-one.", False), ("nobody", False), ("none", False), ("n/a", False),
    ("", False), (None, False), ("no", False), ("Nope.", False), ("ok", False),
    ("okay!", False), ("she didn't name anyone", False), ("didnt", False),
    ("nobody named", False), ("No to Dad", True), ("ok not dad", True), ("Okonkwo", True),
    ("Kim", True), ("K", True)])
def test_named_is_answered_with_someone_in_it(value: Any, named: bool) -> None:
    assert parse("named(a)").holds({"a": value}.get) is named


def test_answered_stays_literal_so_a_choice_of_no_is_an_answer() -> None:
    assert parse("answered(a)").holds({"a": "no"}.get)
    assert parse("answered(a)").holds({"a": "no one"}.get)
