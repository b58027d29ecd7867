"""Errors raised for broken flow files.

FlowError
 └─ carries one or more FlowProblem(file, line, field, message)
    └─ WordListError: the same, for the plain-language word list (flows.checks.words)

A practitioner's wrong answer is never an exception: the engine answers it with a
normal reply and asks again. These errors are for the operator who wrote a flow.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FlowProblem:
    """One thing wrong in a flow file, located as precisely as we can."""

    file: str
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.field}:" if self.field else ""
        return _shown(f"{where}:{field} {self.message}")


def _shown(text: str) -> str:
    """One line an operator's terminal shows as written: a control or invisible format
    character (an escape sequence in a field's name or a file's, a line break) is written as
    its code, as Python writes it, rather than acted on."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


class FlowError(Exception):
    """A flow file could not be loaded; `problems` says where and why."""

    def __init__(self, problems: list[FlowProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class WordListError(FlowError, ValueError):
    """The plain-language word list could not be loaded; `problems` says where and why.
    Here, beside FlowError, so that `sosbot` catches it without loading the checks."""
