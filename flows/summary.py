"""The three-column summary of a draft, as plain values every renderer shares."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flows.answers import Value, display, is_answered
from flows.draft import Draft
from flows.flow import Flow, FlowStep
from flows.schema import ColumnKey
from flows.walk import walk

COLUMN_KEYS: tuple[ColumnKey, ...] = ("worried", "working_well", "needs_to_happen")


@dataclass(frozen=True)
class Entry:
    """One answer: a question's short title and what was said (text or a list)."""

    step_id: str
    title: str
    text: str
    items: tuple[str, ...] = ()
    child_voice: bool = False


@dataclass(frozen=True)
class Block:
    """The answers of one section (or one copy of a repeated section)."""

    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Column:
    key: ColumnKey
    label: str
    blocks: tuple[Block, ...]

    @property
    def is_empty(self) -> bool:
        return not self.blocks


@dataclass(frozen=True)
class ScaleResult:
    """A scale answer with the meaning of both ends, so the number can be read alone."""

    step_id: str
    title: str
    section: str
    value: int | None
    min: int
    max: int
    low: str
    high: str
    reason: str | None
    others: tuple[str, ...]


@dataclass(frozen=True)
class Summary:
    flow_id: str
    flow_title: str
    flow_version: int
    label: str
    status: str
    columns: tuple[Column, ...]
    other: tuple[Block, ...]
    scales: tuple[ScaleResult, ...]
    updated_at: float

    @property
    def has_child_voice(self) -> bool:
        blocks = [b for c in self.columns for b in c.blocks] + list(self.other)
        return any(e.child_voice for b in blocks for e in b.entries)


def build_summary(flow: Flow, draft: Draft) -> Summary:
    """Gather the answers that apply into columns and scales; hidden answers are left out."""
    state = walk(flow, draft.answers)
    blocks: dict[ColumnKey, dict[str, list[Entry]]] = {k: {} for k in (*COLUMN_KEYS, "none")}
    scales: list[ScaleResult] = []
    for step in state.steps:
        value = state.values.get(step.id)
        if step.type == "scale" and step.role == "question":
            scales.append(_scale(flow, step, state.values))
            continue
        if step.parent and flow.step(step.parent).type == "scale":
            continue  # shown with its scale
        if not step.is_question or not step.spec.in_summary or not is_answered(value):
            continue
        items = tuple(value) if isinstance(value, list) and step.type == "list" else ()
        entry = Entry(step.id, step.title, display(step, value), items, step.spec.voice == "child")
        blocks[step.column].setdefault(step.section_title, []).append(entry)
    labels = flow.spec.columns
    columns = tuple(
        Column(key, getattr(labels, key), _blocks(blocks[key])) for key in COLUMN_KEYS
    )
    return Summary(flow.id, flow.title, flow.version, draft.label, draft.status, columns,
                   _blocks(blocks["none"]), tuple(scales), draft.updated_at)


def _blocks(by_title: dict[str, list[Entry]]) -> tuple[Block, ...]:
    return tuple(Block(title, tuple(entries)) for title, entries in by_title.items())


def _scale(flow: Flow, step: FlowStep, values: Mapping[str, Value]) -> ScaleResult:
    spec = flow.scale_of(step)
    value = values.get(step.id)
    reason = values.get(step.resolve(f"{step.spec.id}_why"))
    others = values.get(step.resolve(f"{step.spec.id}_others"))
    return ScaleResult(
        step.id, step.title, step.section_title, value if isinstance(value, int) else None,
        spec.min, spec.max, spec.low, spec.high,
        reason if isinstance(reason, str) and reason else None,
        tuple(others) if isinstance(others, list) else (),
    )
