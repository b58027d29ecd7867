"""A line offered to the answer before (`flows.asides.offer_to_add_back`), after an input.

She typed the rest of a written answer at the question after it, and was told it is not
saved there and that /back adds it. Whatever she sends next that leaves her on that question
with nothing changed (a refused /edit, a command she mistyped, an answer that is none of
this question's) leaves the offer as it was, as a look at the summary does. Once she moves
on without it (an answer, /skip, /done, an /edit to another question), she is told once
that the line was not added, and how to add it: it was dropped without a word, and the
practitioner took it for added, as the offer's /back had promised.
"""

from __future__ import annotations

from flows.answers import excerpt
from flows.draft import Draft, Pending
from flows.flow import Flow
from flows.moves import Outcome
from flows.replies import ADDS_BACK, Command, Input, Notice
from flows.walk import question_before

MSG = {
    "offer_dropped": 'I haven\'t added "{typed}" to your answer to "{title}", so those words '
    "are not saved. If they belong there, go back to that answer and send + and the words "
    "to add them at its end.",
    "offer_dropped_here": 'I haven\'t added "{typed}" to this answer, so those words are not '
    "saved. If they belong here, send + and the words to add them at its end.",
}


def offered(draft: Draft) -> Pending | None:
    """The line offered to the answer before at the question she is on, if any."""
    held = draft.pending
    if held is None or held.kind != ADDS_BACK or draft.status != "in_progress" \
            or held.step_id != draft.current:
        return None
    return held


def kept_or_named(flow: Flow, before: Draft, held: Pending, given: Input, out: Outcome
                  ) -> None:
    """After `given`: the offer `held` kept where she did not move, or named as not added
    where she moved on without taking it (/back takes it, and says what became of it)."""
    d = out.draft
    if (d.pending is not None and d.pending.kind == ADDS_BACK) \
            or (isinstance(given, Command) and given.name == "back"):
        return
    if d.pending is None and d.status == "in_progress" and d.current == held.step_id \
            and not out.changed:
        d.pending = held
        return
    earlier = question_before(flow, before.answers, held.step_id) \
        if flow.has_step(held.step_id) else None
    typed = excerpt(" ".join(str(held.value).split()))
    said = MSG["offer_dropped_here"].format(typed=typed) \
        if earlier is not None and d.current == earlier.id and d.status == "in_progress" \
        else MSG["offer_dropped"].format(typed=typed, title=(earlier or flow.step(
            held.step_id)).title)
    out.replies.insert(0, Notice(said, "problem"))
