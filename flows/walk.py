"""Which steps apply to a draft, given its answers: the one pass the engine and summary share."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise

from flows.answers import Value
from flows.flow import Flow, FlowStep

# Distinct sets of applying runs kept per flow (`Shown`): a flow's conditions allow a few
# dozen in practice; past this many, the rest are worked out at each walk, not kept.
SHOWN_KEPT = 256


@dataclass(frozen=True)
class Shown:
    """What one set of a flow's runs shows, the same at every walk that finds those runs
    applying: worked out once per flow and set (`shown_of`), not at every update's walk."""

    steps: tuple[FlowStep, ...]
    ids: frozenset[str]
    questions: tuple[FlowStep, ...]
    # `Walk.progress`'s candidates, in flow order: each question shown, or following up a
    # required one shown, with (its id, shown, a follow-up of a required one shown, parent)
    counted: tuple[tuple[str, bool, bool, str | None], ...]
    # for each step of the flow, shown or not: the question shown last before it (None: none)
    before: Mapping[str, FlowStep | None]
    # the answers a walk finding these steps keeps, in flow order: each step's id, and after
    # a person's own number the id of the reason given with it (`FlowStep.reason_id`)
    keys: tuple[str, ...] = ()
    # (that reason's id, its number's step id): kept only with its number answered
    reasons: tuple[tuple[str, str], ...] = ()
    # each step's place in the flow, rising (`Walk.after` starts where a place is passed);
    # None for steps not in flow order
    places: tuple[int, ...] | None = None


def shown_as(flow: Flow, steps: tuple[FlowStep, ...]) -> Shown:
    """The `Shown` of these steps of `flow` (in flow order)."""
    ids = frozenset([s.id for s in steps])
    counted = []
    for question, parent, required in flow.question_parents:
        follow = required and parent in ids
        if question in ids or follow:
            counted.append((question, question in ids, follow, parent))
    before: dict[str, FlowStep | None] = {}
    last = None
    for step in flow.steps:
        before[step.id] = last
        if step.is_question and step.id in ids:
            last = step
    reasons = tuple([(s.reason_id, s.id) for s in steps if s.role == "perspective"])
    keys = tuple([key for s in steps
                  for key in ((s.id, s.reason_id) if s.role == "perspective" else (s.id,))])
    places = tuple([flow.index[s.id] for s in steps])
    rising = all(a < b for a, b in pairwise(places))
    return Shown(steps, ids, tuple([s for s in steps if s.is_question]), tuple(counted),
                 before, keys, reasons, places if rising else None)


def shown_of(flow: Flow, runs: int) -> Shown:
    """The `Shown` of the runs of `flow` set in the bits of `runs` (bit i: `flow.runs[i]`)."""
    kept = flow.shown_by_runs
    found = kept.get(runs)
    if found is None:
        found = shown_as(flow, tuple([step for i, (_, steps, _) in enumerate(flow.runs)
                                      if runs >> i & 1 for step in steps]))
        if len(kept) < SHOWN_KEPT:
            kept[runs] = found
    return found


@dataclass(frozen=True)
class Walk:
    """The steps that apply now, in flow order, and the answers they can see."""

    flow: Flow
    steps: tuple[FlowStep, ...]
    values: Mapping[str, Value]
    # the steps' ids, questions and counted questions (`walk` gives the flow's own, kept)
    shown: Shown | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.shown is None:
            object.__setattr__(self, "shown", shown_as(self.flow, self.steps))

    @property
    def ids(self) -> frozenset[str]:
        return self.shown.ids  # type: ignore[union-attr]  # set in __post_init__

    @property
    def questions(self) -> tuple[FlowStep, ...]:
        return self.shown.questions  # type: ignore[union-attr]

    def after(self, step_id: str | None) -> list[FlowStep]:
        """Applicable steps after `step_id` in flow order (all of them for None)."""
        start = -1 if step_id is None else self.flow.index[step_id]
        places = self.shown.places  # type: ignore[union-attr]  # set in __post_init__
        if places is None:
            return [s for s in self.steps if self.flow.index[s.id] > start]
        return list(self.steps[bisect_right(places, start):])

    def question_before(self, step_id: str) -> FlowStep | None:
        """The applicable question just before `step_id` in flow order (what /back asks), or
        None on the first one. A question hidden by the answers so far is passed by."""
        return self.shown.before[step_id]  # type: ignore[union-attr]  # (once per flow's runs)

    def progress(self, step_id: str) -> tuple[int, int]:
        """("question 4 of 12"): position among applicable questions, and their count.

        A required question still to come brings its follow-ups (they wait only for it to be
        answered), so they are counted from the start and the total does not jump later.
        """
        waits = self._waiting_on_a_skip()
        values = self.values
        # (or a follow-up to come: its parent shown, required and not yet answered; which
        # questions are shown or follow up a required one shown is worked out once for the
        # flow's runs that apply, `Shown.counted`)
        ids = [question for question, is_shown, follows, parent in self.shown.counted  # type: ignore[union-attr]
               if (is_shown and question not in waits)
               or (follows and parent not in values and self._to_follow(question))]
        if step_id in ids:
            return ids.index(step_id) + 1, len(ids)
        before = self.shown.before.get(step_id)  # type: ignore[union-attr]
        if before is not None and before.id in ids and not self.flow.step(step_id).spec.counted:
            # a short follow-up of the question before ("Somewhere else": where?), asked
            # under its number, as part of it
            return ids.index(before.id) + 1, len(ids)
        return len(ids), len(ids)

    def _to_follow(self, question: str) -> bool:
        """Whether a follow-up of a question not yet answered will be asked once it is: its
        own condition besides that wait holds on the answers so far (a parent's number, asked
        only with the family's agreement, was counted without it, and the total dropped
        when the scale was answered)."""
        tests = self.flow.follow_up_tests.get(question, ())
        if not tests:
            return True
        look = self._as_if_written.get
        for test in tests:  # noqa: SIM110 - a loop, not a generator: at each question shown
            if not test(look):
                return False
        return True

    @cached_property
    def _as_if_written(self) -> Mapping[str, Value]:
        """The answers, with each written question some condition reads and not yet
        answered taken as answered, as `_waiting_on_a_skip` takes them: the child's own
        number is counted while what the child said may still be written down, and drops
        from the total when the last of it is skipped, not when the scale is answered."""
        shown, values = self.ids, self.values
        open_ones = [s for s in self.flow.written_read_by_conditions
                     if s.id in shown and s.id not in values]
        if not open_ones:
            return values
        answered = dict(values)
        answered.update({s.id: ["an answer"] if s.kind.widget == "items" else "an answer"
                         for s in open_ones})
        return answered

    def _waiting_on_a_skip(self) -> frozenset[str]:
        """The questions that apply only while one before them is not yet answered ("what
        have you seen of the child", asked when what the child said is skipped): counted
        once that one is passed, or the total drops as soon as it is answered."""
        # (answering any other question changes no condition)
        answered = self._as_if_written
        if answered is self.values:
            return frozenset()
        return self.ids - shown_now(self.flow, answered).ids  # (no answers kept: no walk)

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
    found = shown_now(flow, answers)
    values = {key: answers[key] for key in found.keys if key in answers}
    for reason_id, step_id in found.reasons:  # a reason goes with its number
        if reason_id in values and step_id not in answers:
            del values[reason_id]
    return Walk(flow, found.steps, values, found)


def shown_now(flow: Flow, answers: Mapping[str, Value]) -> Shown:
    """Which steps of `flow` the answers show (`walk`'s pass, without keeping its answers)."""
    # Only the answers some condition reads are gathered while the runs are tested (a
    # condition sees no others); the rest are taken at once from the steps found shown.
    seen: dict[str, Value] = {}
    runs = 0  # bit i set: `flow.runs[i]` applies
    bit = 1
    lookup = seen.get
    for applies, read in flow.walk_runs:  # a run's steps share their conditions
        if applies is None or applies(lookup):
            runs |= bit
            for step_id in read:
                if step_id in answers:
                    seen[step_id] = answers[step_id]
        bit <<= 1
    return flow.shown_by_runs.get(runs) or shown_of(flow, runs)


def question_before(flow: Flow, answers: Mapping[str, Value], step_id: str) -> FlowStep | None:
    """`walk(flow, answers).question_before(step_id)`: read from the steps shown alone, as
    a typed answer's asides ask it (the answers a walk keeps, and the walk, are not made)."""
    return shown_now(flow, answers).before[step_id]
