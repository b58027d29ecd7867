"""What the engine gives back: plain values that each front end renders.

Inputs                          Replies
  Text(text)                      Question   ask a step (with its buttons' nonce)
  Pick(value, nonce)              Answered   a question is done: show its answer
  Command(name, arg, nonce)       Notice     info, a problem, help, a note, a stale button
                                  Nudge      a one-time "are you sure?" about an answer
                                  Review     numbered answers so far
                                  SummaryReply  the three-column summary
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from flows.schema import ScaleSpec

if TYPE_CHECKING:
    from flows.summary import Summary

CommandName = Literal[
    "back", "skip", "help", "review", "edit", "summary", "pause", "done", "accept", "keep",
    "show",
]
COMMANDS: tuple[CommandName, ...] = (
    "back", "skip", "help", "review", "edit", "summary", "pause", "done", "accept", "keep",
    "show",
)


@dataclass(frozen=True)
class Text:
    """Something the practitioner typed."""

    text: str


@dataclass(frozen=True)
class Pick:
    """A button: a choice value, a scale number, yes or no."""

    value: str
    nonce: int | None = None


@dataclass(frozen=True)
class Command:
    """A command, typed (`/back`) or from a button (which carries a nonce)."""

    name: CommandName
    arg: str = ""
    nonce: int | None = None


Input = Text | Pick | Command


@dataclass(frozen=True)
class Question:
    """One step to ask; `again` means it was asked before (after a problem, or a list item)."""

    draft_id: str
    step_id: str
    number: int
    total: int
    section: str
    ask: str
    type: str
    nonce: int
    required: bool
    can_back: bool
    choices: tuple[tuple[str, str], ...] = ()
    scale: ScaleSpec | None = None
    selected: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    max_items: int = 0
    suggestion: str | None = None
    current_answer: str | None = None
    child_voice: bool = False
    again: bool = False


@dataclass(frozen=True)
class Answered:
    """The question asked with `nonce` now has this answer."""

    step_id: str
    nonce: int
    ask: str
    answer: str


NoticeKind = Literal["info", "problem", "help", "note", "stale", "saved"]


@dataclass(frozen=True)
class Notice:
    text: str
    kind: NoticeKind = "info"


@dataclass(frozen=True)
class Nudge:
    """A one-time reminder about an answer: keep it as it is, or type it again."""

    text: str
    kind: str
    nonce: int
    answer: str
    draft_id: str = ""


@dataclass(frozen=True)
class ReviewItem:
    number: int
    step_id: str
    section: str
    title: str
    answer: str


@dataclass(frozen=True)
class Review:
    label: str
    flow_title: str
    items: tuple[ReviewItem, ...]
    nonce: int
    draft_id: str = ""


@dataclass(frozen=True)
class SummaryReply:
    summary: Summary
    final: bool
    draft_id: str = ""
    nonce: int = 0


Reply = Question | Answered | Notice | Nudge | Review | SummaryReply
