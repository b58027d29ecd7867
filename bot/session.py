"""What the conversation is waiting for, as a typed value, and its stored form.

The store keeps a session's state as a JSON object and knows nothing of what it means; this
module is the only place that reads or writes that object.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from storage.store import Session

ConfirmKind = Literal["cancel", "delete"]


@dataclass(frozen=True)
class AwaitLabel:
    """A case label for a new draft of this tool; `shown`: the chat message that asked for
    it, once the front end reports it delivered (`Conversation.prompted`)."""

    flow_id: str
    shown: int | None = None
    # the id of the tool whose name was typed as the label and asked about ("three
    # houses"): that name sent again is the label she means
    named: str = ""


# How long a yes-or-no question about erasing stands: a "yes" typed later, for something
# else or in another sitting, must not erase anything. Two minutes is time to read the
# question and answer it; a yes meant for it comes at once.
CONFIRM_STANDS_S = 2 * 60


@dataclass(frozen=True)
class AwaitConfirm:
    """Yes or no to discarding one draft (cancel) or everything (delete, draft_id "");
    `shown`: the chat message that asks it, once the front end reports it delivered."""

    kind: ConfirmKind
    draft_id: str
    token: str = field(default_factory=lambda: secrets.token_hex(3))
    asked_at: float = field(default_factory=time.time)
    shown: int | None = None

    def lapsed(self, now: float | None = None) -> bool:
        """Asked too long ago (or at an unknown time) to act on."""
        age = (time.time() if now is None else now) - self.asked_at
        return not 0 <= age <= CONFIRM_STANDS_S


Awaiting = AwaitLabel | AwaitConfirm | None
# A team's yes-or-no question with buttons, shown last (/handover's "Hand "KB-7" to Priya?",
# /members' "Remove Sam?", "Hand Sam's drafts to Priya, then remove Sam?", "Stop the Police
# link for "FM-3"?", a partner's link opened on the team's "Answer it yourself?"): what it
# was ("handover", "remove", "leaving", "stop" or "answer"), when, what it was about (the
# draft handed over, the colleague a leaver's drafts go to, the link, or "") and the
# colleague it named (the taker, the one removed; 0 for a link). Ids only, nothing of the
# case (nor a link's code).
TeamAsked = tuple[str, float, str, int]
# A draft handed to a colleague: when, its id, the colleague's, its label's keyed digest.
Handover = tuple[float, str, int, str]


@dataclass
class UserState:
    """A user's place outside any one draft: the open draft, what is awaited, and which
    question of the open draft was last seen to reach them (its nonce, and the chat message
    that shows it). Both belong to the draft that was open: the store forgets them when
    another is opened."""

    user_id: int
    active_draft: str | None = None
    awaiting: Awaiting = None
    delivered: int | None = None
    question_message: int | None = None
    asked_in: int | None = None  # the first message that showed the question delivered
    # The open draft whose question a menu (/start, /drafts) was shown below: a line typed
    # next was not written to that question, which is off the screen.
    covered: str | None = None
    # The draft just opened (/resume, a menu, its label), nothing typed to it since: a
    # correction typed now was meant for the draft left, not the answer before in this one.
    opened: str | None = None
    # When a partner was asked "Withdraw your contribution ...?" since they were last offered
    # Send: a "yes" typed while it stands is to withdrawing, never to sending; once it has
    # lapsed (`withdraw_standing`), as its buttons have, it is not. And a partner whose offer
    # to send Telegram refused, owed it (`bot.redelivery`). Kept here, not in a process, so
    # that whichever instance takes their next update knows.
    withdraw_asked: float | None = None
    offer_owed: bool = False
    # The summary at the end that went in several messages: its draft, its nonce and how
    # many of its messages reached the phone before Telegram refused one. Sent again
    # (`bot.redelivery`), it goes on from there: nothing twice, nothing left out.
    parts_shown: tuple[str, int, int] | None = None
    # When the user handed the draft open to a colleague (/handover), till another is open:
    # a line typed next was meant for its question, and is said to be not saved for that.
    # Only the time is kept, nothing of the case.
    handed: float | None = None
    # The drafts the user handed to a colleague (/handover), newest last: when, the draft's
    # id, the colleague's, and a keyed digest of its label ("" if noted without one). No
    # label: one asked for by /resume is compared with the digest, and the draft (the
    # colleague's now) read only when they match, to say to whom it went. Each is erased
    # after the draft days, and by the colleague's /delete or removal
    # (`storage.handover.forget_handovers`).
    handovers: tuple[Handover, ...] = ()
    # A team's yes-or-no question shown last (`TeamAsked`): a "yes" typed under it is pointed
    # to its buttons, never saved as the open draft's answer nor taken for anything else.
    team_asked: TeamAsked | None = None

    def team_standing(self, now: float) -> bool:
        """Whether that team question was asked within the time its buttons stand."""
        return self.team_asked is not None \
            and 0 <= now - self.team_asked[1] <= CONFIRM_STANDS_S

    def withdraw_standing(self, now: float) -> bool:
        """Whether "Withdraw your contribution ...?" was asked within the time an "are you
        sure?" stands (`CONFIRM_STANDS_S`)."""
        return self.withdraw_asked is not None \
            and 0 <= now - self.withdraw_asked <= CONFIRM_STANDS_S

    def stored(self) -> Session:
        """The form the store saves."""
        state: dict[str, Any] = {}
        if isinstance(self.awaiting, AwaitLabel):
            state["awaiting"] = {"label": self.awaiting.flow_id}
            if self.awaiting.named:
                state["awaiting"]["named"] = self.awaiting.named
        elif isinstance(self.awaiting, AwaitConfirm):
            state["awaiting"] = {"confirm": self.awaiting.kind,
                                 "draft": self.awaiting.draft_id, "token": self.awaiting.token,
                                 "at": self.awaiting.asked_at}
        if self.awaiting is not None and self.awaiting.shown is not None:
            state["awaiting"]["shown"] = self.awaiting.shown
        if self.covered is not None:
            state["covered"] = self.covered
        if self.opened is not None:
            state["opened"] = self.opened
        if self.withdraw_asked is not None:
            state["withdraw_asked"] = self.withdraw_asked
        if self.offer_owed:
            state["offer_owed"] = True
        if self.parts_shown is not None:
            state["parts_shown"] = list(self.parts_shown)
        if self.handed is not None and self.active_draft is None:
            state["handed"] = self.handed
        if self.team_asked is not None:
            state["team_asked"] = list(self.team_asked)
        if self.handovers:
            state["handovers"] = [list(handed) if handed[3] else list(handed[:3])
                                  for handed in self.handovers]
        return Session(self.user_id, self.active_draft, state, self.question_message,
                       self.delivered, self.asked_in)


def user_state(session: Session) -> UserState:
    """The typed view of a stored session (an unreadable part reads as nothing awaited)."""
    raw = session.state
    delivered = session.delivered
    if delivered is None and isinstance(raw.get("delivered"), int):  # where it was kept before
        delivered = raw["delivered"]
    covered, opened = raw.get("covered"), raw.get("opened")
    asked = raw.get("withdraw_asked")  # True: kept before the time was, so long ago
    asked = 0.0 if asked is True else asked if isinstance(asked, int | float) else None
    return UserState(session.user_id, session.active_draft, _awaiting(raw), delivered,
                     session.question_message, session.asked_in,
                     covered if isinstance(covered, str) else None,
                     opened if isinstance(opened, str) else None,
                     asked, raw.get("offer_owed") is True, _parts_shown(raw.get("parts_shown")),
                     handed if isinstance(handed := raw.get("handed"), int | float)
                     and not isinstance(handed, bool) else None, _handovers(raw.get("handovers")),
                     _team_asked(raw.get("team_asked")))


TEAM_ASKS = frozenset({"handover", "remove", "leaving", "stop", "answer"})


def _team_asked(raw: Any) -> TeamAsked | None:
    if isinstance(raw, list) and len(raw) == 4 and raw[0] in TEAM_ASKS \
            and isinstance(raw[1], int | float) and not isinstance(raw[1], bool) \
            and isinstance(raw[2], str) and isinstance(raw[3], int) \
            and not isinstance(raw[3], bool):
        return raw[0], float(raw[1]), raw[2], raw[3]
    return None


def _handovers(raw: Any) -> tuple[Handover, ...]:
    if not isinstance(raw, list):
        return ()
    return tuple((float(at), draft, to, digest) for at, draft, to, digest in (
        [*h, ""][:4] for h in raw if isinstance(h, list) and len(h) in (3, 4))
        if isinstance(at, int | float) and isinstance(draft, str) and isinstance(to, int)
        and not isinstance(to, bool) and isinstance(digest, str))


def _parts_shown(raw: Any) -> tuple[str, int, int] | None:
    if isinstance(raw, list) and len(raw) == 3 and isinstance(raw[0], str) \
            and all(isinstance(n, int) and not isinstance(n, bool) for n in raw[1:]):
        return raw[0], raw[1], raw[2]
    return None


def _awaiting(raw: dict[str, Any]) -> Awaiting:
    awaiting = raw.get("awaiting")
    if awaiting == "label" and isinstance(raw.get("flow"), str):  # written before 0.2
        return AwaitLabel(raw["flow"])
    if not isinstance(awaiting, dict):
        return None
    shown = awaiting.get("shown")
    shown = shown if isinstance(shown, int) and not isinstance(shown, bool) else None
    if isinstance(awaiting.get("label"), str):
        named = awaiting.get("named")
        return AwaitLabel(awaiting["label"], shown, named if isinstance(named, str) else "")
    kind, draft_id, token, at = (awaiting.get(k) for k in ("confirm", "draft", "token", "at"))
    if kind in ("cancel", "delete") and isinstance(draft_id, str) and isinstance(token, str):
        # kept before the time was: lapsed
        return AwaitConfirm(kind, draft_id, token, at if isinstance(at, int | float) else 0.0,
                            shown)
    return None
