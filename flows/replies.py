"""The values that cross the engine's boundary: inputs in, plain replies out.

Inputs                              Replies
  Text(text)                          Question   ask a step (with its buttons' nonce)
  Pick(value, nonce)                  Answered   a question is done: show its answer
  Command(name, arg, nonce)           Notice     info, a problem, help, a note
  Confirmation(yes, kind, draft,      Stale      a button whose question has moved on
               token)                 Nudge      a one-time "are you sure?" about an answer
                                      Review     numbered answers so far
                                      SummaryReply  the three-column summary

A command's name is a row of `flows.commands.TABLE`. A button press is a Pick (matched by
its value, never read as typing) or a Command, carrying the nonce of the question it was
shown under; the conversation refuses it as Stale when that question has moved on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from flows.schema import ScaleSpec

if TYPE_CHECKING:
    from flows.questions import Widget
    from flows.summary import Summary


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
    """A command from the table, typed (`/back`) or from a button (which carries a nonce).
    `chosen`: a choice of a menu (a button, the terminal chat's numbered choice) whose `arg`
    names a draft by its id, never a command typed, whatever its words."""

    name: str
    arg: str = ""
    nonce: int | None = None
    chosen: bool = False


@dataclass(frozen=True)
class Confirmation:
    """Yes or no to an "are you sure?", from one of its buttons: kind, draft and token name
    the question it answers, and it counts only while that one is waiting. A typed yes or no
    is Text, which the conversation reads against whichever question is waiting."""

    yes: bool
    kind: str = ""
    draft_id: str = ""
    token: str = ""


Input = Text | Pick | Command | Confirmation


@dataclass(frozen=True)
class Question:
    """One step to ask; `again` means it was asked before (after a problem, or a list item)."""

    draft_id: str
    step_id: str
    number: int
    total: int
    section: str
    ask: str
    widget: Widget
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
    speaker: str = "child"  # whose words a child_voice question keeps ("young person")
    again: bool = False
    label: str = ""  # the draft's case label, to say which case the question is about


@dataclass(frozen=True)
class Answered:
    """The question asked with `nonce` now has this answer; `message` is where the front end
    showed that question (its own id, given back by the conversation), when known."""

    step_id: str
    nonce: int
    ask: str
    answer: str
    message: int | None = None

    def shown_in(self, message: int) -> Answered:
        """This answer, its question shown in `message` (`dataclasses.replace` goes through
        every field by name to the same end, at most updates)."""
        return Answered(self.step_id, self.nonce, self.ask, self.answer, message)


NoticeKind = Literal["info", "problem", "help", "note", "saved"]


@dataclass(frozen=True)
class Notice:
    """Something said about the input; `until_sent_again` when the input was held back, not
    saved, and sending it once more makes it the answer (a file or pipe, where nobody sends
    it again, takes it as written)."""

    text: str
    kind: NoticeKind = "info"
    until_sent_again: bool = False


@dataclass(frozen=True)
class Stale:
    """A button from a question, draft or confirmation that is no longer the one waiting:
    nothing was changed."""

    text: str = ("That button belongs to an earlier question, so I've left your answers as "
                 "they were.")


@dataclass(frozen=True)
class Nudge:
    """A one-time reminder about an answer: keep it as it is, or type it again."""

    text: str
    kind: str
    nonce: int
    answer: str
    draft_id: str = ""
    title: str = ""  # the question's, for a button that names it


# The kind of a Nudge asking whether a second line typed while the first answer was held is
# a new answer to the question (/keep) or the next question's (/next).
ANOTHER = "another"
# The kind of a Nudge about an answer that stops mid-sentence ("dad will"): the next line typed
# is added to it, as the rest of it.
UNFINISHED = "unfinished"
# The kind of a Nudge about a line that starts with "and", typed at a new question: the rest of
# the answer before (/back adds it there), or this question's answer (/keep).
CONTINUES = "continues"
# The kind of a Nudge about a line typed at a choice, a yes or no or a number that is none of
# them, straight after a written answer: most often that answer's second half, sent as a
# message of its own. /back adds it to the end of that answer; anything else lets it go.
ADDS_BACK = "adds_back"
# The kind of a Nudge about punctuation dictation wrote out as words ("full stop", "new line"):
# /use takes the answer with them as marks, /keep keeps it as typed.
DICTATED = "dictated"
# The kind of a Nudge about a line typed while a menu (/start) covered the question: not
# saved unasked, but /keep makes it the question's answer; typed instead, another line is.
COVERED = "covered"
# The kind of a Nudge about the writer's note that the child said nothing ("n/a", "LM didn't
# say anything to me") where the child's own words are kept: /skip leaves it out, /keep
# keeps it as their words.
SAID_NOTHING = "said_nothing"
# The kind of a Nudge about an answer holding parts headed as the mapping's other columns
# ("Working well: ..." pasted at a worry); and of one whose every such part has one question
# of its own still to come (/use puts each there).
COLUMNS = "columns"
COLUMNS_FILED = "columns_filed"
# The kind of a Nudge about an account typed at a partner's role question: /use keeps it for
# the written question to come (flows.role_answer), /keep as her role.
ACCOUNT = "account"
# What an Edit button of a review carries before its step's id ("/edit" with "@worries"):
# the answer it was shown beside, however many were given since.
BY_STEP = "@"


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
    for_partners: bool = False  # a partner's contribution: no export, no new tool, to send


Reply = Question | Answered | Notice | Stale | Nudge | Review | SummaryReply
