"""The thirty-ninth pass's review of the thirty-eighth's change: each met as a practitioner on
a phone would meet it, through the real flows (the engine's chat on the shipped tools) or the
real Application (tests/memory_botapi.py) on real SQLite files. Each test of a defect failed
on the code as it was; the others guard what the fix must leave alone."""

from __future__ import annotations

import pytest

from tests.test_review_language_twentyninth import asked, reply_to

# --- a goal that says what someone does, with "less" in what it brings about -----------------


@pytest.mark.parametrize("typed", [
    "Nan collects T from school every day so mum has less to worry about",
    "Dad walks T to school every morning so T feels less anxious",
    "Mum checks in with the school each week so T is less isolated",
    "Mum keeps a diary of T's meals so there are fewer gaps",
    "Mum attends the parenting group because she feels less alone there",
    "Gran stays over on Fridays when mum is less able to cope"])
def test_a_doing_whose_outcome_is_less_is_not_told_it_only_says_what_will_stop(
        typed: str) -> None:
    """At "What will the adults be doing that shows the child is safe?" a team manager
    typed "Nan collects T from school every day so mum has less to worry about" and was
    told "Goals work best when they say what will happen, not only what will stop": the
    "less" of what nan's doing brings about was read as nan collecting T less. What is done
    less is read to the end of its own clause, not past "so", "because" or "when"."""
    reply = asked("supervision", "goal_doing", typed)
    assert reply is None or "not only what will stop" not in reply, reply


@pytest.mark.parametrize("typed", [
    "Dad takes drugs less so T is safe", "Dad goes to the pub less because of T",
    "Dad takes drugs less", "Mum goes out fewer nights a week"])
def test_a_goal_of_something_done_less_is_still_asked_what_will_happen(typed: str) -> None:
    assert "not only what will stop" in reply_to("supervision", "goal_doing", typed)
