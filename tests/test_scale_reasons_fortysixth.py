"""A number's reason that says only how someone is doing or how the writer sees it ("shes
doing amazing", "on the fence", "she's doing OK really"), typed without its number: at the
question for why, or after the number at the scale itself. Typed with the number at the
question for why ("8 - shes doing amazing"), set AF's reasons were asked what was seen; typed
these two ways, the ways a practitioner mostly types them, they were saved unasked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_walk_fortyfifth import at_the_terminal
from tests.test_walk_thirtyfirst import held_and_asked, sent_at

ASKED = "says what you make of things, but not yet what happened"


def test_a_number_with_how_she_is_doing_at_the_scale_is_asked_what_was_seen(
        tmp_path: Path) -> None:
    """Preparing a conference on her phone, a social worker answered the overall scale
    with "8 - shes doing amazing". The 8 was saved, and "shes doing amazing" as why: the
    summary said nothing of what anyone had seen. The 8 is saved, and she is asked
    what she saw, before the reason is kept."""
    shown = at_the_terminal(tmp_path / "chat.db", "mapping", "safety_scale",
                            "8 - shes doing amazing")
    said = shown[shown.rindex("Taking all the worries together"):]
    assert "I've saved 8 as the number" in said
    assert f'"shes doing amazing" {ASKED}' in said
    assert 'and "shes doing amazing" as why' not in said


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "safety_scale_why", "shes doing amazing"),
    ("mapping", "safety_scale_why", "on the fence"),
    ("mapping", "safety_scale_why", "she's doing OK really"),
    ("mapping", "safety_scale_why", "no new concerns"),
    ("supervision", "my_scale_why", "gut feeling is things are better"),
    ("harm_matrix", "harm_scale_why_1", "she is much more settled now")])
def test_a_reason_that_is_only_a_view_is_asked_what_was_seen(flow_id: str, step_id: str,
                                                              typed: str) -> None:
    assert ASKED in held_and_asked(flow_id, step_id, typed)


@pytest.mark.parametrize("typed", [
    "no new concerns from school, K has been in every day and on time",
    "she's doing OK really. Mum has stopped drinking and K has been at school every day",
    "dad has kept every contact since June and K says she feels safe with him"])
def test_a_reason_that_goes_on_to_what_was_seen_is_saved(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_why", typed)
    assert chat.draft.answers["safety_scale_why"] == typed
