"""Answer values, how they read back to a person, and the view templates use."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Union

from flows.flow import FlowStep

Value = Union[str, int, list[str], None]  # noqa: UP007 - a runtime alias, used in isinstance-free code

YES_NO_LABELS = {"yes": "Yes", "no": "No"}


def is_answered(value: Value) -> bool:
    """True when a value holds something (a skip or an empty list does not)."""
    return value not in (None, "", [])


def display(step: FlowStep, value: Value) -> str:
    """An answer as a person reads it back, in plain text (no markup)."""
    if value is None:
        return "(skipped)"
    if step.type == "yes_no":
        return YES_NO_LABELS.get(str(value), str(value))
    if step.type in ("choice", "multi_choice"):
        labels = {c.value: c.label for c in step.spec.choices}
        picked = value if isinstance(value, list) else [str(value)]
        return ", ".join(labels.get(v, v) for v in picked)
    if isinstance(value, list):
        return "; ".join(value)
    return str(value)


class AnswerView(Mapping[str, str]):
    """What a draft template sees as `a`: answers by step id, as plain text.

    A known but unanswered step reads as "", so a template can test `{% if a.x %}`;
    an unknown id raises, so a typo in a template fails loudly in tests.
    """

    def __init__(self, known: Callable[[str], FlowStep | None], values: Callable[[str], Value],
                 resolve: Callable[[str], str] = lambda name: name) -> None:
        self._known = known
        self._values = values
        self._resolve = resolve

    def __getitem__(self, name: str) -> str:
        step_id = self._resolve(name)
        step = self._known(step_id)
        if step is None:
            raise KeyError(name)
        value = self._values(step_id)
        return display(step, value) if is_answered(value) else ""

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0
