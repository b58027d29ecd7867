"""The forty-eighth pass's cuts change nothing a practitioner is asked.

Which checks a step's answers get (`moves.checks_for`) was worked out again several times at
every answer, from the flow's and the step's specs. A loaded flow never changes: `Flow` and
`FlowStep` are frozen dataclasses, their specs frozen pydantic models, and nothing sets an
attribute of either after loading. The checks are now worked out once a step and kept on the
flow (`Flow.checks_by_step`). The tests here hold that nothing can change what they are
worked out from, that every step of every shipped flow is given what its specs give, a step
not of the flow its own, and that the work cut stays cut.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import pytest
from pydantic import ValidationError

from flows import moves
from flows.flow import Flow, FlowStep
from flows.loader import flow_files, load_flow


def fresh_flows() -> dict[str, Flow]:
    """The shipped flows read again (the tests' `load_flows` gives every test the same)."""
    return {flow.id: flow for flow in map(load_flow, flow_files())}


def test_a_loaded_flow_and_its_steps_cannot_be_changed(flows: Mapping[str, Flow]) -> None:
    """What a step's checks are worked out from (the flow's checks, the step's own, its voice,
    column, role, type and whether it is required) can be set by nobody once loaded."""
    for flow in flows.values():
        with pytest.raises(ValidationError):
            flow.spec.checks = ()  # type: ignore[misc]
        with pytest.raises(dataclasses.FrozenInstanceError):
            flow.steps = ()  # type: ignore[misc]
        assert isinstance(flow.steps, tuple)
        for step in flow.steps:
            for name, value in [("checks", ()), ("voice", "child"), ("required", False),
                                ("type", "note")]:
                with pytest.raises(ValidationError):
                    setattr(step.spec, name, value)
            for name, value in [("spec", step.spec), ("column", "worried"),
                                ("role", "others")]:
                with pytest.raises(dataclasses.FrozenInstanceError):
                    setattr(step, name, value)


def test_every_steps_checks_are_what_its_specs_give(flows: Mapping[str, Flow]) -> None:
    """Every step of every shipped flow, asked twice and in any order, is given the checks
    its specs give; the checks are worked out once a step."""
    fresh = fresh_flows()
    for flow_id, flow in fresh.items():
        steps = list(flow.steps)
        for step in [*steps, *reversed(steps)]:
            assert moves.checks_for(flow, step) == moves.checks_worked_out(flow, step)
            assert moves.checks_for(flow, step) == moves.checks_for(flows[flow_id],
                                                                    flows[flow_id].step(step.id))
    assert any("privacy" in moves.checks_for(flow, step)
               for flow in fresh.values() for step in flow.steps)


def test_the_checks_are_worked_out_once_a_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked at every answer, a step's checks are worked out at the first only."""
    flow = fresh_flows()["mapping"]
    worked: list[str] = []
    real = moves.checks_worked_out

    def counted(flow: Flow, step: FlowStep) -> tuple[str, ...]:
        worked.append(step.id)
        return real(flow, step)

    monkeypatch.setattr(moves, "checks_worked_out", counted)
    for _ in range(5):
        for step in flow.steps:
            moves.checks_for(flow, step)
    assert sorted(worked) == sorted(step.id for step in flow.steps)


def test_a_step_not_of_the_flow_is_given_its_own_checks() -> None:
    """A step with the id of one of the flow's but its own spec (a step the flow does not
    hold) is given its own checks, not those kept for the flow's step."""
    flow = fresh_flows()["mapping"]
    step = next(s for s in flow.steps if s.kind.checked and s.spec.checks is None
                and s.spec.voice != "child" and s.role == "question")
    assert moves.checks_for(flow, step) != ("dated",)
    other = dataclasses.replace(step, spec=step.spec.model_copy(update={"checks": ("dated",)}))
    assert moves.checks_for(flow, other) == ("dated",)
    assert moves.checks_for(flow, step) == moves.checks_worked_out(flow, step)
