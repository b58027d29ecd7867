"""Answers one tool hands to another: a finished Harm Matrix's danger statements, say.

A flow lists the tools it `takes_from`; when a draft of it starts under the same case label
as a finished draft of one of those, the answers whose step ids and types match are copied
in, and so are the pairs the flow names in `carries` (the Harm Matrix's worst time fills the
mapping's). They then show as current answers, to keep with /skip or replace.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flows.answers import Value, is_answered, points_above
from flows.flow import Flow, FlowStep
from flows.walk import walk


@dataclass(frozen=True)
class Carried:
    """What one tool hands another: the answers, and how many in the child's own words were
    held back because the child did not agree to share them (`shares_child_words_when`)."""

    answers: dict[str, Value]
    withheld: int = 0


def carried_answers(source: Flow, answers: Mapping[str, Value], target: Flow) -> Carried:
    """The source's applicable answers that fit a step of the same id and type in the target,
    less the child's own words when the source says the child did not agree to share them."""
    carried: dict[str, Value] = {}
    withheld = 0
    state = walk(source, answers)
    shared = source.sharing is None or source.sharing.holds(state.values.get)
    renamed = {theirs: mine for mine, theirs in target.spec.carries.get(source.id, {}).items()}
    above: str | None = None
    for step in state.steps:
        value = state.values.get(step.id)
        if isinstance(value, str) and step.type == "text":
            # "same as above": in another tool the line above is a different one, so it is
            # carried as the words it pointed to
            value = above if above is not None and points_above(value, step.spec.ask) else value
            above = value
        wanted_id = renamed.get(step.id, step.id)
        if is_answered(value) and target.has_step(wanted_id):
            wanted = target.step(wanted_id)
            if not _fits(step, wanted, value, renamed=step.id in renamed):
                continue
            if step.spec.voice == "child" and not shared:
                withheld += 1
                continue
            carried[wanted_id] = value
            why = answers.get(step.reason_id)
            if step.role == "perspective" and wanted.role == "perspective" \
                    and isinstance(why, str) and why:
                # the reason a parent gave with their number comes with it
                carried[wanted.reason_id] = why
    return Carried(carried, withheld)


def _fits(given: FlowStep, wanted: FlowStep, value: Value, *, renamed: bool) -> bool:
    if given.kind is not wanted.kind or (given.role != wanted.role and not renamed):
        return False
    return wanted.kind.fits(wanted, value)
