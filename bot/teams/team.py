"""Who may use the bot: the admins named in the settings, members who joined by invite, and
partners answering one contribution. Free of Telegram, so the rules are tested directly."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from bot.teams.codes import code_hash, looks_like_code
from bot.teams.invites import SERVER
from bot.wording import seen_as
from flows.answers import clean_line
from flows.render import format_date
from flows.shown import start_shown
from storage.teams import MEMBER_ALREADY, Invite, Member, Standing, TeamStore

Who = Literal["admin", "member", "partner", "stranger"]

JOINED = (
    "Welcome, {name}. You're now a member: this bot walks you through Signs of Safety style "
    "tools (the safety mapping and others) one question at a time, and hands you a summary "
    "for a meeting or a referral. It keeps your drafts, encrypted, until you finish or "
    "discard them, then only as long as its retention rules say; /privacy tells you more. "
    "It is based on the framework, not an official product. /new starts a tool."
)
ALREADY = "You're already a member, so that link wasn't needed (it is still there for "\
    "whoever it was meant for). /start shows your drafts and the tools."
ALREADY_ADMIN = ("You're an admin already, so that link wasn't needed (it is still there for "
                 "whoever it was meant for). /start shows your drafts and the tools.")
IN_ALREADY = ("You're already a member, so you don't need a link. /start shows your drafts "
              "and the tools.")
BAD_LINK = ("That link can't be used: it has expired, been used already or withdrawn, or it "
            "isn't one of this bot's. Please ask whoever sent it for a new one.")
TOO_MANY = "That's several links in a short time. Please wait a minute and try again."
NO_LONGER = ("You're no longer on this team: an admin has removed your access, so the bot "
             "can't do anything for you now. If you think that's a mistake, ask an admin for "
             "a new invite.")


@dataclass(frozen=True)
class Joined:
    """The outcome of opening a link: what to say, and the invite if one was used."""

    text: str
    invite: Invite | None = None


class Team:
    """Membership rules over the team tables; admins come from SOSBOT_ALLOWED_USERS."""

    def __init__(self, teams: TeamStore, admins: frozenset[int]) -> None:
        self.teams = teams
        self.admins = admins

    async def who(self, user_id: int) -> Who:
        """What this user may do (one read for anyone who is not an admin by the settings)."""
        if user_id in self.admins:
            return "admin"
        return _who(await self.teams.standing(user_id))

    async def admits(self, user_id: int) -> bool:
        """The gate's question: may this user use the bot at all?"""
        return await self.who(user_id) != "stranger"

    async def refusal(self, user_id: int) -> str | None:
        """What the gate tells someone it refuses whom the team knows (a member an admin
        removed); None for a stranger, who hears what every stranger hears."""
        return NO_LONGER if await self.teams.was_removed(user_id) else None

    async def is_admin(self, user_id: int) -> bool:
        return await self.who(user_id) == "admin"

    async def is_member(self, user_id: int) -> bool:
        """Whether this user is on the team: an admin (by the settings or made one) or a
        member, not a partner or a stranger."""
        return await self.who(user_id) in ("admin", "member")

    async def open_link(self, payload: str) -> Invite | None:
        """The invite a link's payload opens, if it can still be used."""
        if not looks_like_code(payload):
            return None
        return await self._vouched(await self.teams.open_invite(code_hash(payload), time.time()))

    async def join(self, user_id: int, name: str, payload: str,
                   first_name: str | None = None) -> Joined:
        """Use a colleague's invite (`first_name`: as Telegram gives it, kept apart from the
        whole `name`); a bad, used or expired code stores nothing."""
        if not looks_like_code(payload):
            return Joined(BAD_LINK)
        now = time.time()
        invite = await self._vouched(await self.teams.open_invite(code_hash(payload), now))
        if invite is None and await self.is_member(user_id):
            # Spent, expired or withdrawn: a member's own link opened again, say.
            spent = await self.teams.invite(code_hash(payload))
            if spent is not None and spent.kind == "colleague":
                return Joined(IN_ALREADY)
        if invite is None or invite.kind != "colleague":
            return Joined(BAD_LINK)
        who = await self.who(user_id)
        if who == "admin":
            # An admin opening an admin's link (the one they made, to see it works) would
            # spend its use on themselves and leave the colleague it was for refused.
            return Joined(ALREADY_ADMIN)
        if who == "member" and invite.role == "member":
            # Let in meanwhile, through another instance, maybe by this very link's last use:
            # "it is still there" only if it is.
            still = await self.teams.open_invite(code_hash(payload), now)
            return Joined(ALREADY if still is not None else IN_ALREADY)
        removed = await self.teams.removed_at(user_id)
        if removed is not None and invite.created_at <= removed:
            # A link made before an admin removed them (the one they joined with, sent to
            # several colleagues): removal is not undone by it; a new invite lets them back.
            return Joined(NO_LONGER)
        used = await self.teams.join(invite.code_hash, user_id, name, now, first_name)
        if used is None and await self.is_member(user_id):
            return Joined(IN_ALREADY)  # its last use went on them, through another instance
        if used is None:
            return Joined(BAD_LINK)
        if used == MEMBER_ALREADY:
            return Joined(ALREADY)  # let in meanwhile by another instance: nothing spent
        return Joined(JOINED.format(name=name), used)

    async def _vouched(self, invite: Invite | None) -> Invite | None:
        """The invite, while whoever made it may still use the bot. An admin taken off
        SOSBOT_ALLOWED_USERS no longer lets anyone in with the links they handed out (a
        member's go when they are removed, `TeamStore.remove_member`); a link made on the
        server with `sosbot invite` stands."""
        if invite is None or invite.created_by == SERVER \
                or await self.is_member(invite.created_by):
            return invite
        return None


def _who(standing: Standing) -> Who:
    if standing.role is not None:
        return standing.role
    return "partner" if standing.contributed else "stranger"


def joined_day(timestamp: float) -> str:
    """The day a member joined, as the members list shows it."""
    return format_date(timestamp or time.time())


def told_apart(members: Sequence[Member], room: int) -> dict[int, str]:
    """Each member's name in at most `room` characters (a button's), by user id, each told
    apart from the others': two colleagues both called "Ali" (or whose names are alike up to
    where a button cuts them off) each have the day they joined after it and, where that is
    the same day too, their place among those alike in the order they joined. A name cut
    short ends in "…"."""
    shown = {m.user_id: cut(m.name, room) for m in members}
    alike: dict[str, list[Member]] = {}
    for member in members:
        alike.setdefault(seen_as(shown[member.user_id]), []).append(member)
    for same in (group for group in alike.values() if len(group) > 1):
        days = [joined_day(m.joined_at) for m in same]
        for n, (member, day) in enumerate(zip(same, days, strict=True), 1):
            tag = f" (joined {day}{f', #{n}' if days.count(day) > 1 else ''})"
            shown[member.user_id] = cut(member.name, max(room - len(tag), 2)) + tag
    return shown


# Characters of a person's name in a line that tells it (a lead's name to a partner, a
# giver's to a taker, a sender's above a shared summary).
NAME_ROOM = 32


def told_name(name: str) -> str:
    """A name as a line tells it: cleaned as typed text is, and cut to `NAME_ROOM` between
    characters as they show (a name ending in a family emoji past the cut showed another
    family, and a joiner left hanging); "" for none."""
    return start_shown(clean_line(name), NAME_ROOM).rstrip()


def cut(name: str, room: int) -> str:
    """A name in at most `room` characters, "…" at its end where it was cut (between
    characters as they show: never inside a joined emoji, a flag or an accented letter)."""
    return name if len(name) <= room else start_shown(name, room - 1).rstrip() + "…"
