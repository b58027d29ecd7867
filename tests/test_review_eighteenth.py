"""The eighteenth review: a typed choice is never read as its opposite. Each test failed
on the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import build_flow, choice, section

from tests.test_walk_seventeenth import FLOWS, parsed


@pytest.mark.parametrize(("step", "typed"), [
    ("harm_likely_1", "impossible"),
    ("harm_likely_1", "im-possible"),
    ("harm_severity_1", "insignificant"),
    ("harm_severity_1", "insignficant"),
    ("harm_severity_1", "non-significant"),
    ("harm_severity_1", "nonsignificant"),
])
def test_a_word_turned_round_by_its_beginning_is_not_mended_into_the_option(
        step: str, typed: str) -> None:
    """A slip of a letter is read as the option it nearly spells, and "impossible" is
    "possible" but for two letters: at "how likely" it was saved as "Possible", and
    "insignificant" at "how severe" as "Significant: injury, or a clear effect on the
    child". Asked again instead."""
    assert parsed("harm_matrix", step, typed) is None


@pytest.mark.parametrize(("typed", "options"), [
    ("unlikely", ("very_likely", "likely", "possible")),
    ("unsafe to go home", ("safe_to_go_home", "not_sure")),
    ("safe to go home", ("unsafe_to_go_home", "not_sure")),
    ("disagree with the plan", ("agree_with_the_plan", "not_sure")),
    ("irresponsible", ("responsible", "not_sure")),
])
def test_a_negating_beginning_is_never_added_or_dropped_to_fit_an_option(
        tmp_path: Path, typed: str, options: tuple[str, ...]) -> None:
    """"unlikely" where the options are "Likely" and the like was saved as "Likely";
    "unsafe to go home" would be "Safe to go home". A typed word with "un", "dis", "ir" and
    the like put before an option's word, or taken off it, says the opposite."""
    flow = build_flow(tmp_path, section("s", choice("pick", *options)))
    step = flow.step("pick")
    assert step.kind.parse(flow, step, typed)[0] is None


@pytest.mark.parametrize(("step", "typed", "meant"), [
    ("harm_severity_1", "signficant", "significant"),
    ("harm_likely_1", "possibel", "possible"),
    ("harm_likely_1", "unlikley", "unlikely"),
    ("harm_likely_1", "very likly", "very_likely"),
])
def test_a_slip_of_a_letter_still_reads_as_its_option(step: str, typed: str, meant: str) -> None:
    assert parsed("harm_matrix", step, typed) == meant


def reflection_answer(typed: str) -> tuple[object, str | None]:
    flow = FLOWS["reflection"]
    step = flow.step("family_knows")
    return step.kind.parse(flow, step, typed)


@pytest.mark.parametrize("typed", ["told", "they agree"])
def test_an_option_that_says_no_is_not_offered_for_words_that_do_not(typed: str) -> None:
    """"told" at "Does the family know?" was answered "That could be more than one option:
    3 "Not told yet" or 4 "Not told: ..."", and "they agree" offered "They know and agree"
    or "They know, and don't agree": picking from that offer would save the opposite of
    what was typed."""
    value, problem = reflection_answer(typed)
    assert value is None
    assert problem is not None
    assert "Not told" not in problem
    assert "don't agree" not in problem


def test_know_alone_is_offered_both_options_that_say_they_know() -> None:
    """"know" says nothing of agreeing: both options where they know are offered, and neither
    where they were not told. (Until the thirty-second pass only "They know and agree" was,
    which a tap would have saved as agreeing when nobody had said so.)"""
    value, problem = reflection_answer("know")
    assert value is None
    assert problem is not None
    assert '1 "They know and agree" or 2 "They know, and don\'t agree"' in problem
    assert "Not told" not in problem


def test_words_that_say_no_still_offer_each_option_that_says_it() -> None:
    value, problem = reflection_answer("not told")
    assert value is None
    assert problem is not None
    assert '3 "Not told yet" or 4 "Not told: it could put the child at more risk"' in problem
