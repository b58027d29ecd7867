"""A loaded flow: the author's spec flattened into the ordered steps the engine walks.

Repeated sections are unrolled into numbered copies (`statement_1`, `statement_2`),
each copy after the first shown only after a yes to "another?"; a scale's follow-up
and "other people's numbers" become steps of their own. The engine then only ever
sees a flat, ordered tuple of steps with one condition each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from flows.conditions import Condition, Lookup
from flows.schema import ColumnKey, FlowSpec, ScaleSpec, SectionSpec, StepSpec

if TYPE_CHECKING:
    from flows.questions import QuestionType
    from flows.walk import Shown

StepRole = Literal["question", "follow_up", "others", "perspective", "another"]


@dataclass(frozen=True)
class FlowStep:
    """One step as the engine sees it, after unrolling."""

    id: str
    spec: StepSpec
    section: SectionSpec
    section_title: str
    column: ColumnKey
    conditions: tuple[Condition, ...] = ()
    local: Mapping[str, str] = field(default_factory=dict)
    role: StepRole = "question"
    parent: str | None = None
    instance: int | None = None
    scale: ScaleSpec | None = None
    loc: tuple[str | int, ...] = ()
    heading: str = ""

    @property
    def type(self) -> str:
        return self.spec.type

    @cached_property
    def kind(self) -> QuestionType:
        """What this step's type does with answers (see flows.questions)."""
        from flows.questions import TYPES  # the types read FlowStep too

        return TYPES[self.spec.type]

    @cached_property
    def applies(self) -> Callable[[Lookup], bool] | None:
        """Whether the step applies, given earlier answers; None: it always does."""
        # (a condition that is `True` as written, a section's or step's `when: True`, holds
        # whatever the answers: not called at every walk, a third of a walk's tests)
        tests = tuple(condition.test for condition in self.conditions
                      if not condition.always)
        if len(tests) <= 1:
            return tests[0] if tests else None

        def all_hold(lookup: Lookup) -> bool:
            for test in tests:  # noqa: SIM110 - a loop, not a generator: walked every update
                if not test(lookup):
                    return False
            return True
        return all_hold

    @cached_property
    def is_question(self) -> bool:
        return self.kind.widget != "none"

    @property
    def title(self) -> str:
        """A short name for review lists and summaries."""
        return self.spec.title or self.spec.ask

    @property
    def reason_id(self) -> str:
        """Where a person's reason for their own number is kept, when they gave one with it
        ("6, mum says R is staying away more"): beside the number, not a question asked."""
        return f"{self.id}_why"

    def resolve(self, name: str) -> str:
        """The full step id a name means from inside this step's section copy."""
        return self.local.get(name, name)


@dataclass(frozen=True)
class Flow:
    """A validated flow, ready for the engine."""

    spec: FlowSpec
    steps: tuple[FlowStep, ...]
    source: str
    # `shares_child_words_when`, parsed: None hands the child's words on as any answer.
    sharing: Condition | None = None
    index: Mapping[str, int] = field(init=False)

    # Per step: whether its conditions are its previous step's (a section's steps share
    # theirs). A condition never reads its own step, so the previous step's verdict holds
    # for it too and `walk` does not test them again: in `mapping`, 42 tests instead of 171.
    same_conditions: tuple[bool, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "index", {s.id: i for i, s in enumerate(self.steps)})
        read = [tuple(c.reading for c in step.conditions) for step in self.steps]
        object.__setattr__(self, "same_conditions", tuple(
            i > 0 and read[i] == read[i - 1] for i in range(len(read))))

    @cached_property
    def runs(self) -> tuple[tuple[Callable[[Lookup], bool] | None, tuple[FlowStep, ...],
                                  tuple[tuple[str, str | None], ...]], ...]:
        """The steps in flow order, cut where their conditions change (`same_conditions`):
        each run's conditions, its steps, and each step's id with where a person's reason
        for their own number is kept (None: no such reason). `walk` reads a run at once,
        every update, rather than each step's conditions and role in turn."""
        runs: list[tuple[Callable[[Lookup], bool] | None, list[FlowStep],
                         list[tuple[str, str | None]]]] = []
        for step, same in zip(self.steps, self.same_conditions, strict=True):
            if not same:
                runs.append((step.applies, [], []))
            runs[-1][1].append(step)
            runs[-1][2].append((step.id, step.reason_id if step.role == "perspective"
                                else None))
        return tuple((applies, tuple(steps), tuple(keys)) for applies, steps, keys in runs)

    @cached_property
    def walk_runs(self) -> tuple[tuple[Callable[[Lookup], bool] | None, tuple[str, ...]], ...]:
        """`runs` as `flows.walk.walk` reads them: each run's conditions, and its steps some
        condition reads (`read_by_conditions`), the only answers a condition can see; the
        rest of the answers are taken once it is known which runs apply."""
        read = self.read_by_conditions
        return tuple((applies, tuple(step.id for step in steps if step.id in read))
                     for applies, steps, _ in self.runs)

    @cached_property
    def shown_by_runs(self) -> dict[int, Shown]:
        """What each set of `runs` found applying shows (`flows.walk.shown_of`), kept as
        walks come across them: bits of the runs that apply to `Shown`."""
        return {}

    @cached_property
    def checks_by_step(self) -> dict[str, tuple[FlowStep, tuple[str, ...]]]:
        """Each step's checks (`flows.moves.checks_for`) by its id, with the step, kept as
        they are first worked out: a loaded flow's steps and their specs are frozen."""
        return {}

    @cached_property
    def questions(self) -> tuple[FlowStep, ...]:
        """The steps that ask something, in order (the rest are notes)."""
        return tuple(step for step in self.steps if step.is_question)

    @cached_property
    def question_parents(self) -> tuple[tuple[str, str | None, bool], ...]:
        """Each question's id, the question it follows up (None: none) and whether that one
        is required: what `Walk.progress` reads of every question, at every question shown."""
        return tuple((s.id, s.parent, s.parent is not None and s.parent in self.index
                      and self.step(s.parent).spec.required) for s in self.questions
                     if s.spec.counted)  # (one asked under the number before it: not counted)

    @cached_property
    def follow_up_tests(self) -> dict[str, tuple[Callable[[Lookup], bool], ...]]:
        """Each follow-up's conditions of its own, beside its parent's and the wait for its
        parent's answer (a parent's number, asked only with the family's agreement): what
        `Walk.progress` tests of one still to come. Most have none."""
        found: dict[str, tuple[Callable[[Lookup], bool], ...]] = {}
        for step in self.questions:
            if step.parent is None or step.parent not in self.index:
                continue
            theirs = self.step(step.parent).conditions
            found[step.id] = tuple(c.test for c in step.conditions if c not in theirs
                                   and step.parent not in c.step_ids())
        return found

    @cached_property
    def written_read_by_conditions(self) -> tuple[FlowStep, ...]:
        """The questions answered in words (a text or a list) that some step's condition
        reads, in order: those `Walk.progress` asks of whether one is still open."""
        read = self.read_by_conditions
        return tuple(s for s in self.questions
                     if s.id in read and s.kind.widget in ("text", "items"))

    @cached_property
    def read_by_conditions(self) -> frozenset[str]:
        """The step ids some step's condition reads: an answer to any other step changes
        no step's showing."""
        return frozenset(name for step in self.steps for condition in step.conditions
                         for name in condition.step_ids())

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def version(self) -> int:
        return self.spec.version

    @property
    def title(self) -> str:
        return self.spec.title

    def step(self, step_id: str) -> FlowStep:
        return self.steps[self.index[step_id]]

    def has_step(self, step_id: str) -> bool:
        return step_id in self.index

    def holds(self, answer_id: str) -> bool:
        """Whether a draft's answer under `answer_id` has a place in this flow: a step's, or
        the reason a person gave with their own number (`FlowStep.reason_id`)."""
        if answer_id in self.index:
            return True
        number = answer_id.removesuffix("_why")
        return number != answer_id and number in self.index \
            and self.step(number).role == "perspective"

    def scale_of(self, step: FlowStep) -> ScaleSpec:
        return step.scale or self.spec.scale
