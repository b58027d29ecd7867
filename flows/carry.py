"""Answers one tool hands to another: a finished Harm Matrix's danger statements, say.

A flow lists the tools it `takes_from`; when a draft of it starts under the same case label
as a finished draft of one of those, the answers whose step ids and types match are copied
in, and so are the pairs the flow names in `carries` (the Harm Matrix's worst time fills the
mapping's). They then show as current answers, to keep with /skip or replace.
"""

from __future__ import annotations

from collections.abc import Mapping

from flows.answers import Value, is_answered
from flows.flow import Flow, FlowStep
from flows.walk import walk


def carried_answers(source: Flow, answers: Mapping[str, Value], target: Flow) -> dict[str, Value]:
    """The source's applicable answers that fit a step of the same id and type in the target."""
    carried: dict[str, Value] = {}
    state = walk(source, answers)
    renamed = {theirs: mine for mine, theirs in target.spec.carries.get(source.id, {}).items()}
    for step in state.steps:
        value = state.values.get(step.id)
        wanted_id = renamed.get(step.id, step.id)
        if is_answered(value) and target.has_step(wanted_id):
            wanted = target.step(wanted_id)
            if _fits(step, wanted, value, renamed=step.id in renamed):
                carried[wanted_id] = value
    return carried


def _fits(given: FlowStep, wanted: FlowStep, value: Value, *, renamed: bool) -> bool:
    if given.kind is not wanted.kind or (given.role != wanted.role and not renamed):
        return False
    return wanted.kind.fits(wanted, value)
