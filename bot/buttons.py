"""What an inline button carries (at most 64 bytes of callback data), written and read here.

`kind:draft:nonce:value` for buttons bound to a question, so a tap on a button from an
earlier question, or another draft, is refused as stale by the conversation:
  a  an answer (choice value, scale number, yes/no)   c  a command from the table
  e  edit an answer from a review (`@` and its step)  x  export that draft
`y|d:kind:draft:token` for yes or no to one "are you sure?", and `kind:value` for buttons
outside a draft:  n  start a tool   r  resume a draft   m  more drafts (from the Nth)
                  k  ask to discard a draft (offered when "/cancel sup" names several)
                  s  a draft's summary, v  its answers (when "/summary KT" names several).
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.commands import find
from flows.replies import Command, Confirmation, Input, Pick


@dataclass(frozen=True)
class Pressed:
    """A button press as an input, and the draft its button belonged to (None: any)."""

    given: Input
    draft_id: str | None = None


def for_question(kind: str, draft_id: str, nonce: int | None, value: str = "") -> str:
    return f"{kind}:{draft_id}:{'' if nonce is None else nonce}:{value}"


def for_confirm(yes: bool, kind: str, draft_id: str, token: str) -> str:
    return f"{'y' if yes else 'd'}:{kind}:{draft_id}:{token}"


# The buttons outside a draft, by kind: the command each gives, with the rest of its data.
_OUTSIDE = {"n": "new", "r": "resume", "m": "drafts", "k": "cancel", "s": "summary",
            "v": "review"}


def read_button(data: str) -> Pressed | None:
    """The input a button's data means; None for data no button of ours carries."""
    kind, _, rest = data.partition(":")
    if kind in _OUTSIDE:
        return Pressed(Command(_OUTSIDE[kind], rest, chosen=True))
    parts = rest.split(":", 2)
    if len(parts) != 3:
        return None
    if kind in ("y", "d"):
        return Pressed(Confirmation(kind == "y", *parts))
    draft_id, nonce, value = parts[0], parts[1], parts[2]
    if kind == "x":  # under a summary: that draft's documents, whichever draft is open now
        return Pressed(Command("export", draft_id))
    if not nonce.isdecimal():
        return None
    if kind == "a":
        return Pressed(Pick(value, int(nonce)), draft_id)
    if kind == "e":
        return Pressed(Command("edit", value, int(nonce)), draft_id)
    found = find(value) if kind == "c" else None
    if found is None or found.scope == "session":
        return None
    return Pressed(Command(found.name, nonce=int(nonce)), draft_id)
