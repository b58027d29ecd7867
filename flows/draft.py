"""A practitioner's draft: one walk through one flow for one case label."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import Any, Literal

from flows.answers import Value

Status = Literal["in_progress", "completed", "discarded"]
END = "__end__"


@dataclass(frozen=True)
class Pending:
    """An answer held back while the practitioner decides on a nudge about it."""

    step_id: str
    kind: str
    value: Value
    # A line typed while a nudge held `earlier` back, unlike it: a new answer to the question,
    # or the next question's answer? The practitioner is asked (flows.engine, ANOTHER).
    earlier: Value = None
    # Lines typed after `value` while that was still asked (in order): held too, not refused,
    # and typed on after the choice, as if sent after it.
    later: tuple[str, ...] = ()


@dataclass
class Draft:
    """Everything the engine needs to carry on; the store saves it after each input."""

    id: str
    user_id: int
    flow_id: str
    flow_version: int
    label: str
    status: Status = "in_progress"
    answers: dict[str, Value] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    nonce: int = 0
    pending: Pending | None = None
    nudged: list[str] = field(default_factory=list)
    return_to: str | None = None
    created_at: float = 0.0
    updated_at: float = 0.0

    @property
    def current(self) -> str | None:
        return self.history[-1] if self.history and self.status == "in_progress" else None

    def copy(self) -> Draft:
        """A copy whose containers can change without touching this one."""
        # Not `dataclasses.replace`, which runs __init__ again: drafts are copied a few times
        # in every update.
        copied = object.__new__(Draft)
        copied.__dict__.update(self.__dict__, answers=dict(self.answers),
                               history=list(self.history), nudged=list(self.nudged))
        return copied

    def state(self) -> dict[str, Any]:
        """The walk's position as JSON-ready data (answers are stored apart)."""
        pending = self.pending
        return {
            "history": self.history,
            "nonce": self.nonce,
            "pending": None if pending is None else
            {"step_id": pending.step_id, "kind": pending.kind, "value": pending.value,
             **({} if pending.earlier is None else {"earlier": pending.earlier}),
             **({"later": list(pending.later)} if pending.later else {})},
            "nudged": self.nudged if len(self.nudged) <= PER_LINE_KEPT
            else _newest_per_line(self.nudged),
            "return_to": self.return_to,
        }

    def restore(self, state: dict[str, Any]) -> None:
        """Take back a position saved by `state()`."""
        self.history = list(state.get("history", []))
        self.nonce = int(state.get("nonce", 0))
        pending = state.get("pending")
        self.pending = Pending(**{**pending, "later": tuple(pending.get("later", ()))}) \
            if pending else None
        self.nudged = list(state.get("nudged", []))
        self.return_to = state.get("return_to")


# The notes told once for each line typed (a note of having to stop, a question about the
# tool, ...), each remembered by a checksum of its line so that the same line sent again is
# taken as the answer. Only the newest are saved: lines of that kind without end at one
# question (a script, a message repeated with its count) grew the draft by each, and every
# turn saved it whole again. One older than them, sent again, is told again.
_PER_LINE = (":stopping:", ":tool:", ":held_note:", ":change:", ":wrong_tool:", ":lost:",
             ":away:", ":wrong_end:", ":their_why:")
PER_LINE_KEPT = 30


def _newest_per_line(nudged: list[str]) -> list[str]:
    per_line = [n for n, key in enumerate(nudged) if any(kind in key for kind in _PER_LINE)]
    dropped = set(per_line[:-PER_LINE_KEPT])
    return [key for n, key in enumerate(nudged) if n not in dropped]


def new_draft_id() -> str:
    """A short random id, unguessable and safe in callback data."""
    return secrets.token_hex(6)
