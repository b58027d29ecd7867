"""Errors raised for broken flow files.

FlowError
 └─ carries one or more FlowProblem(file, line, field, message)

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
        return f"{where}:{field} {self.message}"


class FlowError(Exception):
    """A flow file could not be loaded; `problems` says where and why."""

    def __init__(self, problems: list[FlowProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))
