"""A young person met from school, at the gate or off the bus, in a goal: "D will be met from
school by his youth worker" was asked as if "be met" were needs met ("says what professionals
want, not what anyone will do"), though it says who will be where, and when (walk42 saw it and
left it). A meeting in person is a doing; "be met" with nothing after it is still asked."""
from __future__ import annotations

import pytest
from test_review_language_thirtyeighth import asked_s


@pytest.mark.parametrize("line", [
    "D will be met from school by his youth worker every Tuesday and Thursday",
    "K will be met at the school gate by her nan every day at 3.15",
    "J will be met off the bus by mum each evening",
    "T will be met outside college by his uncle on Fridays",
])
def test_a_young_person_met_in_person_is_not_asked_as_needs_met(line: str) -> None:
    for step in ("goal_doing", "goal_family"):
        reply = asked_s("contextual", step, line)
        assert reply is None or '"be met" says what professionals want' not in reply, reply


@pytest.mark.parametrize("line", ["His needs will be met", "D will be met",
                                  "Mum will ensure his needs will be met"])
def test_be_met_with_nothing_of_where_is_still_asked(line: str) -> None:
    reply = asked_s("contextual", "goal_doing", line)
    assert reply is not None, line
