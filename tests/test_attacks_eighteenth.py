"""The eighteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was."""

from __future__ import annotations

import pytest

from flows.loader import load_flows

FLOWS = load_flows()


def parsed(flow_id: str, step_id: str, typed: str) -> object:
    flow = FLOWS[flow_id]
    step = flow.step(step_id)
    value, _ = step.kind.parse(flow, step, typed)
    return value


@pytest.mark.parametrize(("flow", "step", "typed"), [
    ("harm_matrix", "harm_severity_1", "no significant"),
    ("harm_matrix", "harm_likely_1", "never likely"),
    ("harm_matrix", "harm_how_1", "not some of these"),
    ("success", "stage", "no care"),
    ("success", "stage", "isn't care"),
    ("mapping", "purpose", "no conference"),
    ("contribution", "agency", "not another service"),
])
def test_a_no_typed_before_an_option_is_not_mended_away_as_a_slip(
        flow: str, step: str, typed: str) -> None:
    """A typed choice a letter or two off an option is read as that option ("signficant").
    "no significant" at "how severe has the harm been?" is "significant" but for one short
    word, so it was saved as "Significant: injury, or a clear effect on the child", the
    opposite of what was typed; "never likely" became "Very likely" in the danger statement,
    "no care" "In care". A slip mends letters, never a "no", "not" or "never": asked again."""
    assert parsed(flow, step, typed) is None


@pytest.mark.parametrize(("flow", "step", "typed", "meant"), [
    ("harm_matrix", "harm_severity_1", "signficant", "significant"),
    ("harm_matrix", "harm_likely_1", "very likly", "very_likely"),
    ("success", "stage", "in kare", "in_care"),
    ("harm_matrix", "harm_how_1", "not sure", "unsure"),
    ("reflection", "safe_today", "dunno", "unsure"),
])
def test_a_slip_of_a_letter_is_still_the_option_it_nearly_spells(
        flow: str, step: str, typed: str, meant: str) -> None:
    assert parsed(flow, step, typed) == meant


@pytest.mark.parametrize("typed", [
    "No - he said he is not sure he can go home", "no, dont know where dad is tonight",
    "Yes, not sure about tomorrow though", "no idea where she will sleep, so no",
    "No, no idea"])
def test_an_answer_that_says_more_than_not_knowing_is_not_recorded_as_i_dont_know(
        typed: str) -> None:
    """"Is the child safe to go home today?" answered "No - he said he is not sure he can go
    home" was saved as "I don't know": any answer with "not sure", "don't know" or "no idea"
    somewhere in it was that option, so a No (and a Yes) was recorded as not knowing. Only
    an answer that says nothing but that is; the rest are asked again, as a yes with more
    words after it is."""
    assert parsed("reflection", "safe_today", typed) is None
    assert parsed("harm_matrix", "harm_how_1", typed) is None


@pytest.mark.parametrize("typed", [
    "not sure", "I'm not sure yet", "honestly, I don't know", "I really dont know",
    "Don't know.", "not sure at the moment", "dunno", "no idea", "unknown", "idk"])
def test_not_knowing_said_on_its_own_is_still_i_dont_know(typed: str) -> None:
    assert parsed("reflection", "safe_today", typed) == "unsure"
