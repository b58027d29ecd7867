"""Making invites: a colleague's (to become a member) and a partner's (to one mapping)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.teams.codes import code_hash, new_code
from bot.teams.limits import DEFAULT_DAYS, MAX_DAYS, MAX_USES
from storage.teams import Invite, Role, TeamStore

DAY = 86_400.0
SERVER = 0  # `created_by` for invites made on the server rather than by an admin in Telegram


@dataclass(frozen=True)
class NewInvite:
    """A code to hand out once (it is not kept) and the invite stored for it."""

    code: str
    invite: Invite


async def invite_colleague(teams: TeamStore, created_by: int, *, role: Role = "member",
                           days: int = DEFAULT_DAYS, uses: int = 1,
                           now: float | None = None) -> NewInvite:
    """An invite that makes whoever opens it a member (or an admin), `uses` times."""
    if not 1 <= days <= MAX_DAYS:
        raise ValueError(f"an invite lasts 1 to {MAX_DAYS} days")
    if not 1 <= uses <= MAX_USES:
        raise ValueError(f"an invite can be used 1 to {MAX_USES} times")
    at = time.time() if now is None else now
    code = new_code()
    invite = Invite(code_hash(code), "colleague", role, created_by, uses, at + days * DAY, at)
    await teams.add_invite(invite)
    return NewInvite(code, invite)


async def invite_partner(teams: TeamStore, lead: int, draft_id: str, *, agency: str,
                         label: str, lead_name: str, flow: str = "contribution",
                         now: float | None = None) -> NewInvite:
    """A single-use invite to contribute to one mapping, for 7 days or until it is finished."""
    at = time.time() if now is None else now
    code = new_code()
    about = {"for": agency, "label": label, "lead": lead_name, "flow": flow}
    invite = Invite(code_hash(code), "partner", "member", lead, 1, at + DEFAULT_DAYS * DAY, at,
                    draft_id, about)
    await teams.add_invite(invite)
    return NewInvite(code, invite)
