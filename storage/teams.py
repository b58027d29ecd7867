"""Members, invites and partners' contributions, in the same database as the drafts.

Invite codes are kept only as hashes. A partner's contribution is sealed for the mapping it
was invited to (the lead's user and draft are its associated data) and its row refers to
that draft with ON DELETE CASCADE, so whatever erases the draft (/cancel, /delete, retention,
removing the lead) erases the contributions too; so does a partner's unsent draft (its
`parent_id` names the mapping, ON DELETE CASCADE) until they send it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from typing import Any, Literal

from storage.contract import Store
from storage.shares import digests
from storage.sql import SqlStore
from storage.statements import OPEN, Tx

Role = Literal["admin", "member"]
# What noting a share found: it is this one's to send ("claimed"), the same summary was sent
# to them whole before ("sent"), or it is being sent now, by a tap a moment ago ("sending").
Claim = Literal["claimed", "sent", "sending"]
# Seconds a share's sending is taken to be under way. One begun longer ago than this and not
# noted as arrived was cut short (the bot stopped mid-send): tapped again, it is sent again.
SENDING_FOR = 300.0
Kind = Literal["colleague", "partner"]
AlreadyIn = Literal["member already"]
MEMBER_ALREADY: AlreadyIn = "member already"
NO_DRAFT = "-"
# A contribution made since its partner was last removed from the team (or never removed).
SINCE_REMOVED = ("NOT EXISTS (SELECT 1 FROM former_members f WHERE f.user_id = c.partner_id "
                 "AND c.updated_at <= f.removed_at)")
LIVE_DRAFT = ("(i.draft_id IS NULL OR EXISTS (SELECT 1 FROM drafts d WHERE d.id = i.draft_id "
              "AND d.status = 'in_progress'))")


@dataclass(frozen=True)
class Invite:
    """An invite as stored: the hash of its code, never the code."""

    code_hash: str
    kind: Kind
    role: Role
    created_by: int
    uses_left: int
    expires_at: float
    created_at: float
    draft_id: str | None = None
    about: dict[str, str] | None = None
    withdrawn: bool = False  # by `sosbot invite --withdraw`: it opens nothing any more

    @property
    def short_id(self) -> str:
        """How an operator names an invite to withdraw it (the start of its hash)."""
        return self.code_hash[:8]


@dataclass(frozen=True)
class Member:
    user_id: int
    name: str
    role: Role
    joined_at: float
    first_name: str | None = None  # as Telegram gave it; None: joined before it was kept


@dataclass(frozen=True)
class Contribution:
    """One partner's link to a mapping: answering (no body yet) or sent (a body)."""

    invite: str
    draft_id: str
    partner_id: int
    working_draft: str | None
    body: dict[str, Any] | None
    included: bool
    sent_at: float | None


@dataclass(frozen=True)
class Standing:
    """What the database says about a user who is not an admin by the settings."""

    role: Role | None
    answering: bool
    contributed: bool = False


class TeamStore:
    """Team rows in a draft store's database, through its transactions and its sealer."""

    def __init__(self, store: Store) -> None:
        assert isinstance(store, SqlStore)  # team rows use the engines' shared SQL layer
        self.store = store

    @asynccontextmanager
    async def _tx(self, doing: str) -> AsyncIterator[Tx]:
        """A transaction of its own, or the user's turn when one is open (see `_in_turn`):
        then what is written here commits, or not, with the rest of that turn."""
        joined = self.store._in_turn()
        if joined is not None:
            yield joined
            return
        async with self.store._transaction(doing) as tx:
            yield tx

    @asynccontextmanager
    async def _erasing(self, doing: str) -> AsyncIterator[Tx]:
        """`_tx` for an erasure: once it commits (with the turn it joins, if any), the
        erased bytes leave the engine's log too (SQLite's WAL, by a checkpoint)."""
        in_turn = self.store._erasing()
        async with self._tx(doing) as tx:
            yield tx
        if not in_turn:
            await self.store.erased_out_of_log()

    async def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        if (joined := self.store._in_turn()) is not None:
            return await joined.rows(sql, params)
        return await self.store._read(sql, params)

    # --- invites ------------------------------------------------------------------------

    async def add_invite(self, invite: Invite) -> None:
        """Keep a new invite (its hash, never its code)."""
        about = None
        if invite.about is not None:
            owner, draft = self._invite_place(invite)
            about = self.store._seal(owner, draft, f"invite:{invite.code_hash}", invite.about)
        async with self._tx("save the invite") as tx:
            await tx.run(
                "INSERT INTO invites (code_hash, kind, role, created_by, draft_id, about, "
                "uses_left, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (invite.code_hash, invite.kind, invite.role, invite.created_by,
                 invite.draft_id, about, invite.uses_left, invite.expires_at,
                 invite.created_at))

    @staticmethod
    def _invite_place(invite: Invite) -> tuple[int, str]:
        return invite.created_by, invite.draft_id or NO_DRAFT

    async def open_invite(self, code_hash: str, now: float) -> Invite | None:
        """The invite with this hash if it can still be used, else None."""
        rows = await self._rows(
            f"SELECT * FROM invites i WHERE code_hash = ? AND {OPEN} AND {LIVE_DRAFT}",  # noqa: S608  # nosec B608
            (code_hash, now))
        return self._invite(rows[0]) if rows else None

    def _invite(self, row: Any) -> Invite:
        (code_hash, kind, role, created_by, draft_id, about, uses_left, expires_at,
         created_at, withdrawn) = tuple(row)
        invite = Invite(code_hash, kind, role, created_by, uses_left, expires_at, created_at,
                        draft_id, withdrawn=bool(withdrawn))
        if about is None:
            return invite
        owner, draft = self._invite_place(invite)
        opened = self.store._open(owner, draft, f"invite:{code_hash}", about)
        return replace(invite, about=opened)

    async def join(self, code_hash: str, user_id: int, name: str, now: float,
                   first_name: str | None = None) -> Invite | AlreadyIn | None:
        """Use a colleague invite: the user becomes a member, listed by `name`, their first
        name (as Telegram gives it) kept apart. None when it can't be used; MEMBER_ALREADY
        when they are a member already (with its role, or an admin) and so spend nothing: a
        second tap on the link that another instance let in first."""
        sealed = self.store._seal(user_id, NO_DRAFT, "member name", name)
        first = None if first_name is None else \
            self.store._seal(user_id, NO_DRAFT, "member first name", first_name)
        async with self._tx("join") as tx:
            # The spend comes first: it holds the invite's row (PostgreSQL) or the database
            # (SQLite) until this commits, so the membership read after it sees a join that
            # another instance made of the same link meanwhile.
            used = await tx.run(
                f"UPDATE invites SET uses_left = uses_left - 1 WHERE code_hash = ? "  # noqa: S608  # nosec B608
                f"AND kind = 'colleague' AND {OPEN}", (code_hash, now))
            if used == 0:
                return None
            role = next(iter(await tx.rows(
                "SELECT role FROM invites WHERE code_hash = ?", (code_hash,))))[0]
            had = await tx.rows("SELECT role FROM members WHERE user_id = ?", (user_id,))
            if had and next(iter(had))[0] in ("admin", role):
                await tx.run("UPDATE invites SET uses_left = uses_left + 1 WHERE code_hash = ?",
                             (code_hash,))
                return MEMBER_ALREADY
            await tx.run(
                "INSERT INTO members (user_id, name, role, joined_at, first_name) VALUES "
                "(?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, "
                "first_name = excluded.first_name, role = CASE WHEN members.role = 'admin' "
                "THEN 'admin' ELSE excluded.role END", (user_id, sealed, role, now, first))
            await tx.run("DELETE FROM former_members WHERE user_id = ?", (user_id,))
        return await self.invite(code_hash)

    async def invite(self, code_hash: str) -> Invite | None:
        """An invite whatever its state (used, expired or withdrawn)."""
        rows = await self._rows("SELECT * FROM invites WHERE code_hash = ?", (code_hash,))
        return self._invite(rows[0]) if rows else None

    async def withdraw(self, short_id: str) -> int:
        """Withdraw the invites whose hash starts with `short_id`, used or not (a lead's Stop
        of a partner's link someone opened); returns how many."""
        if not _an_id(short_id):
            return 0
        async with self._tx("withdraw the invite") as tx:
            return await tx.run(
                "UPDATE invites SET withdrawn = 1 WHERE substr(code_hash, 1, ?) = ? "
                "AND withdrawn = 0", (len(short_id), short_id))

    async def withdraw_open(self, short_id: str, now: float) -> int:
        """Withdraw the invites still open whose hash starts with `short_id`; returns how
        many. One used up or expired is left as it is (`colleague_invites_named` says which):
        `sosbot invite --withdraw` counted it as withdrawn, and an operator withdrawing a
        link sent to the wrong person was told it was, after that person had joined by it."""
        if not _an_id(short_id):
            return 0
        async with self._tx("withdraw the invite") as tx:
            return await tx.run(  # (OPEN, spelled out)
                "UPDATE invites SET withdrawn = 1 WHERE substr(code_hash, 1, ?) = ? AND "
                "withdrawn = 0 AND uses_left > 0 AND expires_at > ?",
                (len(short_id), short_id, now))

    async def colleague_invites_named(self, short_id: str) -> list[Invite]:
        """The colleague invites whose hash starts with `short_id`, open or not."""
        if not _an_id(short_id):
            return []
        return [self._invite(r) for r in await self._rows(
            "SELECT * FROM invites WHERE kind = 'colleague' AND substr(code_hash, 1, ?) = ?",
            (len(short_id), short_id))]

    async def invites(self, now: float) -> list[Invite]:
        """The colleague invites that can still be used, newest first."""
        rows = await self._rows(
            f"SELECT * FROM invites WHERE kind = 'colleague' AND {OPEN} "  # noqa: S608  # nosec B608
            "ORDER BY created_at DESC", (now,))
        return [self._invite(r) for r in rows]

    async def forget_spent(self, now: float) -> int:
        """Erase colleague invites that can no longer be used (partners' go with their draft)."""
        async with self._tx("erase spent invites") as tx:
            return await tx.run(
                "DELETE FROM invites WHERE kind = 'colleague' AND (expires_at < ? "
                "OR uses_left = 0 OR withdrawn = 1)", (now,))

    # --- summaries shared -----------------------------------------------------------------

    async def claim_share(self, draft_id: str, recipient: int, summary: bytes,
                          now: float | None = None) -> Claim:
        """Note that the summary whose `fingerprint` is `summary` is being sent to
        `recipient` ("claimed"), unless that very summary was sent to them whole before
        ("sent") or is being sent now ("sending"; not once SENDING_FOR has passed, when the
        bot must have stopped mid-send). One statement decides, so two taps at once claim it
        once. `now` None: the database's clock, which every instance shares whatever its own
        says (one a few minutes ahead would take another's send under way for one cut
        short, and send it again)."""
        kept = digests(self.store._sealer, summary)
        others = ", ".join("?" for _ in kept)
        # `others` is placeholders only; `at` a placeholder or the engine's own clock
        at = "?" if now is not None else self.store._now_sql
        clock = (now,) if now is not None else ()
        # a send begun before this was cut short (one parameter: PostgreSQL cannot type "? - ?")
        since, begun = ("?", now - SENDING_FOR) if now is not None else \
            (f"{self.store._now_sql} - ?", SENDING_FOR)
        async with self._tx("note the shared summary") as tx:
            claim = (f"INSERT INTO shares VALUES (?, ?, ?, {at}) ON CONFLICT (draft_id, "  # noqa: S608  # nosec B608
                     "recipient) DO UPDATE SET summary = excluded.summary, sending_since = "
                     f"excluded.sending_since WHERE shares.summary NOT IN ({others}) "
                     f"OR shares.sending_since <= {since}")
            if await tx.run(claim, (draft_id, recipient, kept[0], *clock, *kept, begun)) > 0:
                return "claimed"
            rows = await tx.rows("SELECT sending_since FROM shares WHERE draft_id = ? AND "
                                 "recipient = ?", (draft_id, recipient))
        return "sending" if rows and rows[0][0] is not None else "sent"

    async def shared(self, draft_id: str, recipient: int, summary: bytes) -> None:
        """Note that the share claimed for `summary` arrived whole: tapped again, it is not
        sent again."""
        async with self._tx("note the shared summary sent") as tx:
            await tx.run("UPDATE shares SET sending_since = NULL WHERE draft_id = ? AND "
                         "recipient = ? AND summary = ?",
                         (draft_id, recipient, digests(self.store._sealer, summary)[0]))

    async def unclaim_share(self, draft_id: str, recipient: int, summary: bytes) -> None:
        """Forget a share of `summary` that did not arrive whole, so that it can be sent
        again: only this claim, while it is still being sent. Another instance sharing the
        database may have claimed, or sent whole, a changed summary meanwhile; its row
        stands (forgotten, that summary would be sent again at the next tap)."""
        async with self._tx("forget the shared summary") as tx:
            await tx.run("DELETE FROM shares WHERE draft_id = ? AND recipient = ? AND "
                         "summary = ? AND sending_since IS NOT NULL",
                         (draft_id, recipient, digests(self.store._sealer, summary)[0]))

    # --- members ------------------------------------------------------------------------

    async def standing(self, user_id: int) -> Standing:
        """A user's role, and whether they are answering a partner's contribution. A
        contribution made before an admin removed them is still the lead's record, credited
        to them, but no longer a way in: removal ends their access (a link opened since is
        one, as anyone's is)."""
        kept = self.store.standings  # SQLite's one process only
        if kept is not None:
            found: Standing | None = kept.get(user_id)
            if found is not None:
                return found
            generation = kept.generation
        rows = await self._rows(
            f"SELECT (SELECT role FROM members WHERE user_id = ?), EXISTS (SELECT 1 FROM "  # noqa: S608  # nosec B608
            f"contributions c WHERE partner_id = ? AND sent_at IS NULL AND {SINCE_REMOVED}), "
            f"EXISTS (SELECT 1 FROM contributions c WHERE partner_id = ? AND {SINCE_REMOVED})",
            (user_id, user_id, user_id))
        role, answering, contributed = rows[0]
        standing = Standing(role, bool(answering), bool(contributed))
        if kept is not None:
            kept.keep(user_id, generation, standing)
        return standing

    async def members(self) -> list[Member]:
        """Every member, in the order they joined."""
        rows = await self._rows("SELECT user_id, name, role, joined_at, first_name FROM members "
                                "ORDER BY joined_at, user_id")
        return [Member(u, self.store._open(u, NO_DRAFT, "member name", name), role, joined,
                       None if first is None
                       else self.store._open(u, NO_DRAFT, "member first name", first))
                for u, name, role, joined, first in rows]

    async def remove_member(self, user_id: int, *, now: float | None = None) -> bool:
        """Take away a member's access and erase everything stored about them, the invites
        they made included (a link of theirs no longer lets anyone in). With `now` (an admin
        removing them), only that they were removed, and when, is kept (`was_removed`)."""
        async with self._tx("remove the member") as tx:
            changed = await tx.run("DELETE FROM members WHERE user_id = ?", (user_id,))
            removed = changed > 0
            await tx.run("DELETE FROM invites WHERE created_by = ?", (user_id,))
            if removed and now is not None:
                await tx.run(
                    "INSERT INTO former_members VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE "
                    "SET removed_at = excluded.removed_at", (user_id, now))
        await self.store.delete_user(user_id)
        return removed

    async def removed_at(self, user_id: int) -> float | None:
        """When an admin last removed this user from the team (lately), or None."""
        rows = await self._rows("SELECT removed_at FROM former_members WHERE user_id = ?",
                                (user_id,))
        return float(rows[0][0]) if rows else None

    async def was_removed(self, user_id: int) -> bool:
        """Whether an admin removed this user from the team (lately: retention forgets it)."""
        return bool(await self._rows(
            "SELECT 1 FROM former_members WHERE user_id = ?", (user_id,)))


def _an_id(short_id: str) -> bool:
    """Whether `short_id` can name an invite (the start of a hash, six hex digits or more)."""
    return len(short_id) >= 6 and all(c in "0123456789abcdef" for c in short_id)
