"""Partners' contributions: claimed by opening a single-use link, sent once, erased with the
mapping they belong to (see `storage.teams` for the tables and why they cascade)."""

from __future__ import annotations

import time
from typing import Any

from storage.keyring import erase_key
from storage.statements import OPEN, Tx
from storage.teams import Contribution, Invite, TeamStore

CLAIM = (
    f"UPDATE invites SET uses_left = 0 WHERE code_hash = ? AND kind = 'partner' AND {OPEN} "  # noqa: S608  # nosec B608
    "AND EXISTS (SELECT 1 FROM drafts d WHERE d.id = invites.draft_id "
    "AND d.status = 'in_progress')")


class ContributionStore:
    """Contributions to mappings, through the team store's database and sealer."""

    def __init__(self, teams: TeamStore) -> None:
        self.teams = teams
        self.store = teams.store

    async def claim(self, code_hash: str, partner_id: int, now: float) -> Invite | None:
        """Use a partner's link: it is spent, and the partner may answer. None if it can't."""
        async with self.teams._tx("claim the link") as tx:
            if await tx.run(CLAIM, (code_hash, now)) == 0:
                return None
            # Parameters only in VALUES, where PostgreSQL takes their types from the columns.
            await tx.run(
                "INSERT INTO contributions (invite, draft_id, partner_id, updated_at) VALUES "
                "(?, (SELECT draft_id FROM invites WHERE code_hash = ?), ?, ?)",
                (code_hash, code_hash, partner_id, now))
        return await self.teams.invite(code_hash)

    async def set_working(self, invite: str, working_draft: str) -> bool:
        """Record the draft in which the partner is answering; it goes with the mapping.
        False when there is no contribution to note it in (the lead's erasure took it): the
        draft would go with no mapping."""
        async with self.teams._tx("save") as tx:
            return await self._note_working(tx, invite, working_draft)

    @staticmethod
    async def _note_working(tx: Tx, invite: str, working_draft: str) -> bool:
        if not await tx.run("UPDATE contributions SET working_draft = ? WHERE invite = ?",
                            (working_draft, invite)):
            return False
        await tx.run("UPDATE drafts SET parent_id = (SELECT draft_id FROM contributions "
                     "WHERE invite = ?) WHERE id = ?", (invite, working_draft))
        return True

    async def relink(self, invite: str, flow_id: str) -> str | None:
        """The draft a partner answers in for this unsent contribution; one of theirs for
        it that was saved and never noted as theirs (by a version that saved the two apart,
        when the note failed) is noted now, so that it goes with the mapping. None when
        there is neither: a draft for it is theirs to make."""
        async with self.teams._tx("save") as tx:
            found = await tx.rows("SELECT working_draft, partner_id, updated_at FROM "
                                  "contributions WHERE invite = ? AND sent_at IS NULL",
                                  (invite,))
            if not found:
                return None
            working, partner, claimed_at = found[0]
            if working is not None:
                return str(working)
            # made for this link: a draft of its flow, started since it was claimed, of no
            # mapping (a partner's own past answers are never taken for a mapping's)
            drafts = await tx.rows(
                "SELECT id FROM drafts WHERE user_id = ? AND flow_id = ? AND parent_id IS NULL "
                "AND status <> 'discarded' AND created_at >= ? ORDER BY created_at DESC",
                (partner, flow_id, claimed_at))
            if not drafts:
                return None
            draft_id = str(drafts[0][0])
            if not await self._note_working(tx, invite, draft_id):
                return None  # erased meanwhile: nothing to carry on in
        return draft_id

    async def answering(self, partner_id: int) -> Contribution | None:
        """The contribution a partner has claimed and not yet sent."""
        rows = await self.teams._rows(
            "SELECT * FROM contributions WHERE partner_id = ? AND sent_at IS NULL "
            "ORDER BY updated_at DESC", (partner_id,))
        return self._contribution(rows[0], None) if rows else None

    async def has_part(self, partner_id: int, draft_id: str | None) -> bool:
        """Whether this partner already contributes to this mapping (one part per person)."""
        rows = await self.teams._rows(
            "SELECT 1 FROM contributions WHERE partner_id = ? AND draft_id = ?",
            (partner_id, draft_id))
        return bool(rows)

    async def lead_of(self, partner_id: int, draft_id: str | None) -> int | None:
        """Who leads the mapping this partner contributes to now (handed over since, it may
        be another than invited them); None when they no longer contribute to it."""
        rows = await self.teams._rows(
            "SELECT d.user_id FROM contributions c JOIN drafts d ON d.id = c.draft_id WHERE "
            "c.partner_id = ? AND c.draft_id = ?", (partner_id, draft_id))
        return int(rows[0][0]) if rows else None

    async def sent_by(self, partner_id: int, invite: str) -> bool:
        """Whether this partner sent the contribution of this link (its hash)."""
        rows = await self.teams._rows(
            "SELECT 1 FROM contributions WHERE invite = ? AND partner_id = ? "
            "AND sent_at IS NOT NULL", (invite, partner_id))
        return bool(rows)

    def _contribution(self, row: Any, invite: Invite | None) -> Contribution:
        code, draft_id, partner, working, body, included, sent_at, _updated = tuple(row)
        opened = None
        if body is not None and invite is not None:
            opened = self.store._open(invite.created_by, draft_id, f"contribution:{code}", body)
        return Contribution(code, draft_id, partner, working, opened, bool(included), sent_at)

    async def send(self, invite: Invite, body: dict[str, Any]) -> int | None:
        """Seal the answers for the lead's mapping; from now on the partner can't change them.
        The lead they are sealed for, to be told (None: nothing sent): whoever leads the
        mapping as they are stored, not the one `invite` was read with, who may have handed
        it over since (`storage.handover`), sealed for them no one could open the part."""
        if invite.draft_id is None:
            return None
        async with self.teams._tx("send the contribution") as tx:
            # the row taken first: a hand-over under way (which takes the mapping's parts
            # first too) is waited for, and the lead read next is the one it leaves
            if not await tx.run("UPDATE contributions SET updated_at = ? WHERE invite = ? AND "
                                "sent_at IS NULL", (time.time(), invite.code_hash)):
                return None
            leads = await tx.rows("SELECT created_by FROM invites WHERE code_hash = ?",
                                  (invite.code_hash,))
            if not leads:
                return None
            lead = int(leads[0][0])
            sealed = self.store._seal(lead, invite.draft_id,
                                      f"contribution:{invite.code_hash}", body)
            await tx.run("UPDATE contributions SET body = ?, sent_at = ?, working_draft = NULL, "
                         "updated_at = ? WHERE invite = ?",
                         (sealed, time.time(), time.time(), invite.code_hash))
            return lead

    async def for_draft(self, draft_id: str) -> list[tuple[Invite, Contribution | None]]:
        """Each partner invited to a mapping, with their contribution once they sent it."""
        rows = await self.teams._rows(
            "SELECT * FROM invites WHERE draft_id = ? ORDER BY created_at", (draft_id,))
        invites = [self.teams._invite(r) for r in rows]
        sent = await self.teams._rows(
            "SELECT * FROM contributions WHERE draft_id = ? AND sent_at IS NOT NULL",
            (draft_id,))
        by_invite = {r[0]: r for r in sent}
        return [(i, self._contribution(by_invite[i.code_hash], i)
                 if i.code_hash in by_invite else None) for i in invites]

    async def answering_for(self, draft_id: str) -> set[str]:
        """The invites to a mapping whose partner opened the link and has not sent yet."""
        rows = await self.teams._rows(
            "SELECT invite FROM contributions WHERE draft_id = ? AND sent_at IS NULL",
            (draft_id,))
        return {str(r[0]) for r in rows}

    async def set_included(self, draft_id: str, short_id: str, included: bool) -> bool:
        """Put a sent contribution in the mapping's summary, or leave it out."""
        async with self.teams._tx("save") as tx:
            changed = await tx.run(
                "UPDATE contributions SET included = ? WHERE draft_id = ? "
                "AND substr(invite, 1, 8) = ? AND sent_at IS NOT NULL",
                (int(included), draft_id, short_id))
            return changed > 0

    async def partners_of(self, lead: int, draft_id: str | None = None
                          ) -> list[tuple[int, Invite]]:
        """Each partner answering or having sent a contribution to one of the lead's mappings
        (or to this one), with the invite they came by."""
        sql = ("SELECT c.partner_id, c.invite FROM contributions c JOIN drafts d ON d.id = "
               "c.draft_id WHERE d.user_id = ?")
        params: tuple[Any, ...] = (lead,)
        if draft_id is not None:
            sql, params = sql + " AND d.id = ?", (lead, draft_id)
        rows = await self.teams._rows(sql, params)
        return [(int(partner), found) for partner, code in rows
                if (found := await self.teams.invite(code)) is not None]

    async def answers_of(self, partner_id: int
                         ) -> list[tuple[Invite, str | None, dict[str, Any]]]:
        """Each of a partner's contributions: its invite, the flow and the answers so far
        (sent, or in the draft they are answering in)."""
        found = []
        for row in await self.teams._rows(
                "SELECT * FROM contributions WHERE partner_id = ?", (partner_id,)):
            invite = await self.teams.invite(row[0])
            if invite is None:
                continue
            part = self._contribution(row, invite)
            flow, answers = None, None
            if part.body is not None:
                flow, answers = part.body.get("flow"), part.body.get("answers")
            elif part.working_draft is not None:
                draft = await self.store.load_draft(partner_id, part.working_draft)
                flow, answers = (draft.flow_id, draft.answers) if draft else (None, None)
            found.append((invite, flow if isinstance(flow, str) else None,
                          answers if isinstance(answers, dict) else {}))
        return found

    async def parts_of(self, partner_id: int) -> list[tuple[Invite, bool]]:
        """The invite of each contribution a partner has (to one mapping or several), in the
        order they opened them, and whether it is sent."""
        rows = await self.teams._rows(
            "SELECT invite, sent_at FROM contributions WHERE partner_id = ? "
            "ORDER BY updated_at", (partner_id,))
        return [(invite, sent is not None) for code, sent in rows
                if (invite := await self.teams.invite(code)) is not None]

    async def answered_by(self, invite: str) -> int | None:
        """Who is answering this link's part and has not sent it, if anyone."""
        rows = await self.teams._rows(
            "SELECT partner_id FROM contributions WHERE invite = ? AND sent_at IS NULL",
            (invite,))
        return int(rows[0][0]) if rows else None

    async def stop(self, invite: str, partner_id: int) -> None:
        """Erase the unsent part answered through this link, with the draft it is answered
        in (its lead stopped the link): the partner's other parts, and they, stay."""
        async with self.teams._erasing("stop a partner's link") as tx:
            for (draft_id,) in await tx.rows(
                    "SELECT working_draft FROM contributions WHERE invite = ? AND "
                    "partner_id = ? AND sent_at IS NULL AND working_draft IS NOT NULL",
                    (invite, partner_id)):
                await erase_key(tx, self.store._opened, partner_id, str(draft_id))
            await tx.run("DELETE FROM drafts WHERE id IN (SELECT working_draft FROM "
                         "contributions WHERE invite = ? AND partner_id = ? AND "
                         "sent_at IS NULL)", (invite, partner_id))
            await tx.run("DELETE FROM contributions WHERE invite = ? AND partner_id = ? AND "
                         "sent_at IS NULL", (invite, partner_id))

    async def let_go(self, partner_id: int) -> None:
        """Erase the contributions a partner has claimed and not sent, with their answers so
        far (a member an admin removed): sent ones are the leads' records and stay."""
        async with self.teams._erasing("let go of the unsent contributions") as tx:
            # their drafts' keys with them, and nothing of them left opened in memory
            for (draft_id,) in await tx.rows(
                    "SELECT working_draft FROM contributions WHERE partner_id = ? AND "
                    "sent_at IS NULL AND working_draft IS NOT NULL", (partner_id,)):
                await erase_key(tx, self.store._opened, partner_id, str(draft_id))
            await tx.run("DELETE FROM drafts WHERE id IN (SELECT working_draft FROM "
                         "contributions WHERE partner_id = ? AND sent_at IS NULL)",
                         (partner_id,))
            await tx.run("DELETE FROM contributions WHERE partner_id = ? AND sent_at IS NULL",
                         (partner_id,))

    async def withdraw(self, partner_id: int, only: str | None = None, *,
                       keep: bool = False) -> list[Invite]:
        """Erase everything a partner contributed (sent or not); the invites it came from.
        With `only` (an invite's short id), that one contribution alone, with the draft they
        answer it in: what they gave to other families' mappings stays, and so do they
        while any is left (or, `keep`, a member, after it too: her own drafts are hers)."""
        rows = await self.teams._rows(
            "SELECT invite FROM contributions WHERE partner_id = ?", (partner_id,))
        invites = [i for (code,) in rows if (i := await self.teams.invite(code)) is not None]
        if only is not None:
            return await self._withdraw_one(partner_id, only, invites, keep)
        if keep:  # a member's every part: her own drafts and her membership stay
            async with self.teams._erasing("withdraw every contribution") as tx:
                for (draft_id,) in await tx.rows(
                        "SELECT working_draft FROM contributions WHERE partner_id = ? AND "
                        "working_draft IS NOT NULL", (partner_id,)):
                    await erase_key(tx, self.store._opened, partner_id, str(draft_id))
                await tx.run("DELETE FROM drafts WHERE id IN (SELECT working_draft FROM "
                             "contributions WHERE partner_id = ?)", (partner_id,))
                await tx.run("DELETE FROM contributions WHERE partner_id = ?", (partner_id,))
            return invites
        async with self.teams._tx("withdraw the contribution") as tx:
            await tx.run("DELETE FROM drafts WHERE id IN (SELECT working_draft FROM "
                         "contributions WHERE partner_id = ?)", (partner_id,))
            await tx.run("DELETE FROM contributions WHERE partner_id = ?", (partner_id,))
        await self.store.delete_user(partner_id)
        return invites

    async def _withdraw_one(self, partner_id: int, short_id: str, invites: list[Invite],
                            keep: bool) -> list[Invite]:
        """`withdraw` of the one contribution whose invite has this short id."""
        chosen = [i for i in invites if i.short_id == short_id]
        if not chosen:
            return []
        async with self.teams._erasing("withdraw one contribution") as tx:
            for (draft_id,) in await tx.rows(
                    "SELECT working_draft FROM contributions WHERE partner_id = ? AND "
                    "invite = ? AND working_draft IS NOT NULL",
                    (partner_id, chosen[0].code_hash)):
                await erase_key(tx, self.store._opened, partner_id, str(draft_id))
            await tx.run("DELETE FROM drafts WHERE id IN (SELECT working_draft FROM "
                         "contributions WHERE partner_id = ? AND invite = ?)",
                         (partner_id, chosen[0].code_hash))
            await tx.run("DELETE FROM contributions WHERE partner_id = ? AND invite = ?",
                         (partner_id, chosen[0].code_hash))
        # Nothing of theirs is left: nor is anything else. A member's own drafts and
        # membership stay (she is told "nothing else has been erased").
        if len(chosen) == len(invites) and not keep:
            await self.store.delete_user(partner_id)
        return chosen
