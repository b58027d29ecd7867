"""Which steps apply to a draft, given its answers: the one pass the engine and summary share."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property

from flows.answers import Value
from flows.flow import Flow, FlowStep


@dataclass(frozen=True)
class Walk:
    """The steps that apply now, in flow order, and the answers they can see."""

    flow: Flow
    steps: tuple[FlowStep, ...]
    values: Mapping[str, Value]

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset([s.id for s in self.steps])

    @cached_property
    def questions(self) -> tuple[FlowStep, ...]:
        return tuple([s for s in self.steps if s.is_question])

    def after(self, step_id: str | None) -> list[FlowStep]:
        """Applicable steps after `step_id` in flow order (all of them for None)."""
        start = -1 if step_id is None else self.flow.index[step_id]
        return [s for s in self.steps if self.flow.index[s.id] > start]

    def question_before(self, step_id: str) -> FlowStep | None:
        """The applicable question just before `step_id` in flow order (what /back asks), or
        None on the first one. A question hidden by the answers so far is passed by."""
        index = self.flow.index
        limit = index[step_id]
        before = None
        for step in self.questions:  # in flow order: read up to `step_id`, not past it
            if index[step.id] >= limit:
                break
            before = step
        return before

    def progress(self, step_id: str) -> tuple[int, int]:
        """("question 4 of 12"): position among applicable questions, and their count.

        A required question still to come brings its follow-ups (they wait only for it to be
        answered), so they are counted from the start and the total does not jump later.
        """
        shown = self.ids
        waits = self._waiting_on_a_skip()
        values = self.values
        # (or a follow-up to come: its parent shown, required and not yet answered; asked
        # in line, not by a call, of every question the answers hide at every question shown,
        # each question's parent and whether it is required read once for the flow)
        ids = [question for question, parent, required in self.flow.question_parents
               if (question in shown and question not in waits)
               or (required and parent in shown and parent not in values)]
        return (ids.index(step_id) + 1 if step_id in ids else len(ids)), len(ids)

    def _waiting_on_a_skip(self) -> frozenset[str]:
        """The questions that apply only while one before them is not yet answered ("what
        have you seen of the child", asked when what the child said is skipped): counted
        once that one is passed, or the total drops as soon as it is answered."""
        # (answering any other question changes no condition)
        shown, values = self.ids, self.values
        open_ones = [s for s in self.flow.written_read_by_conditions
                     if s.id in shown and s.id not in values]
        if not open_ones:
            return frozenset()
        answered = dict(self.values)
        answered.update({s.id: ["an answer"] if s.kind.widget == "items" else "an answer"
                         for s in open_ones})
        return self.ids - walk(self.flow, answered).ids

    def answered(self) -> list[FlowStep]:
        """Applicable questions that have an answer or an explicit skip, in order."""
        return [s for s in self.questions if s.id in self.values]

    def first_open(self, before: str | None = None) -> FlowStep | None:
        """The first applicable question never answered nor skipped (before a step, if given)."""
        limit = None if before is None else self.flow.index.get(before)
        for step in self.questions:
            if limit is not None and self.flow.index[step.id] >= limit:
                return None
            if step.id not in self.values or step.kind.still_open(step, self.values[step.id]):
                return step
        return None


def walk(flow: Flow, answers: Mapping[str, Value]) -> Walk:
    """Decide which steps apply, in one forward pass.

    A condition can only read earlier steps (the loader checks this), and it reads a
    hidden step as unanswered, so answers left behind by a changed branch never leak
    into later conditions.
    """
    values: dict[str, Value] = {}
    shown: list[FlowStep] = []
    lookup = values.get
    for applies, steps, keys in flow.runs:  # a run's steps share their conditions
        if applies is not None and not applies(lookup):
            continue
        shown += steps
        for step_id, reason_id in keys:
            if step_id in answers:
                values[step_id] = answers[step_id]
                if reason_id is not None and reason_id in answers:
                    values[reason_id] = answers[reason_id]
    return Walk(flow, tuple(shown), values)
