"""The store's housekeeping, shared by both engines: retention and key rotation."""

from __future__ import annotations

import functools
import json
import logging
import secrets
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any

from storage.contract import ClosedPart, NoticeKind, OwedNotice, PurgeReport, Reminder
from storage.crypto import key_id_of
from storage.errors import SealError, StorageError
from storage.handover import forget_handovers, redigest_handovers
from storage.keyring import DRAFT_KEY, Keyring, key_place, open_json, seal_json
from storage.opened import OpenedAnswers
from storage.sealing import PlainSealer, Sealer, where
from storage.statements import (
    ALL_VALUES,
    DATA_KEY_VALUES,
    DUE_REMINDERS,
    FORMER_MEMBERS_DELETE,
    KEY_CHECK,
    META_UPSERT,
    OLD_DRAFTS_DELETE,
    OLD_DRAFTS_PARTNERS,
    ORPHAN_KEYS_DELETE,
    Tx,
)

log = logging.getLogger(__name__)


class Upkeep:
    """Retention and rotation over a store's transactions (mixed into `SqlStore`)."""

    _sealer: Sealer

    @functools.cached_property
    def _opened(self) -> OpenedAnswers:
        """Answers kept opened between turns (`storage.opened`)."""
        return OpenedAnswers()

    def _transaction(self, doing: str, *, user_id: int | None = None, write: bool = True
                     ) -> AbstractAsyncContextManager[Tx]:
        raise NotImplementedError

    def _in_turn(self) -> Tx | None:
        raise NotImplementedError

    async def checkpoint(self) -> bool:
        """Make erased bytes leave the engine's log (SQLite's WAL); True when done."""
        return True

    async def erased_out_of_log(self) -> bool:
        """`checkpoint`, once an erasure has committed. One that fails (a full disk: folding
        the log back into the database file can need the file to grow) undoes nothing: the
        erasure stands, and was said to have failed ("not saved", the question asked again
        of a draft already gone). The operator is told in one line; the next checkpoint (the
        next erasure, the daily retention run, closing) clears the log. False then."""
        try:
            return await self.checkpoint()
        except StorageError as exc:
            log.warning("%s The erasure itself was saved; what it erased leaves the write-ahead "
                        "log at the next checkpoint (the next erasure, the daily retention "
                        "run, or stopping sosbot).", " ".join(str(exc).split()))
            return False

    def _key_check(self, sealer: Sealer | None = None) -> bytes:
        return (sealer or self._sealer).seal(KEY_CHECK.encode(), where(0, "", KEY_CHECK))

    async def purge(self, *, idle_before: float, done_before: float, updates_before: float
                    ) -> PurgeReport:
        """Erase drafts untouched since `idle_before`, finished ones since `done_before`,
        updates handled before `updates_before`, sessions left with nothing and members
        removed before `idle_before` (`storage.teams.TeamStore.was_removed`); then
        checkpoint, so the erased bytes leave the WAL file as well as the database. The
        report names the partners whose contributions went with an erased mapping: read in
        the same transaction, so they are exactly those erased, once it has committed. Each
        is owed a message (`owed_notices`), written in that transaction too; a notice
        nobody could deliver since `idle_before` is erased."""
        async with self._transaction("erase old drafts") as tx:
            partners = await tx.rows(OLD_DRAFTS_PARTNERS, (idle_before, done_before))
            closed = tuple(self._closed_part(row) for row in partners)
            await tx.run("DELETE FROM owed_notices WHERE made_at < ?", (idle_before,))
            owed = await self._owe(tx, "expired", closed)
            drafts = await tx.run(OLD_DRAFTS_DELETE, (idle_before, done_before))
            sessions = await tx.run(
                "DELETE FROM sessions WHERE updated_at < ? AND NOT EXISTS "
                "(SELECT 1 FROM drafts d WHERE d.user_id = sessions.user_id)", (idle_before,))
            updates = await tx.run("DELETE FROM handled_updates WHERE handled_at < ?",
                                   (updates_before,))
            await tx.run(FORMER_MEMBERS_DELETE, (idle_before, idle_before))
            await forget_handovers(tx, before=idle_before)
            await tx.run(ORPHAN_KEYS_DELETE)
            # a bucket whose time is past is full again: it holds nothing worth keeping, but
            # for how many messages of a flood were dropped and not yet said (`refused` > 0),
            # kept until said, or as long as an untouched draft
            await tx.run("DELETE FROM rate_buckets WHERE due < ? AND (refused <= 0 OR due < ?)",
                         (updates_before, idle_before))
            # tries of invite codes, once full again for as long as an update id is kept
            await tx.run("DELETE FROM link_tries WHERE due < ?", (updates_before,))
        if drafts:
            self._opened.clear()  # which ones went is not known here
        try:
            cleared, problem = await self.checkpoint(), ""
        except StorageError as exc:
            # committed: the erasure stands (said as failed, the drafts were said kept), and
            # the next checkpoint clears the log once there is room (`erased_out_of_log`)
            cleared, problem = False, " ".join(str(exc).split())
        return PurgeReport(drafts, sessions, updates, wal_cleared=cleared, wal_problem=problem,
                           closed=closed, owed=tuple(owed))

    async def owe(self, kind: NoticeKind, parts: Iterable[ClosedPart]) -> list[OwedNotice]:
        parts = list(parts)
        if not parts:
            return []
        joined = self._in_turn()
        if joined is not None:
            return await self._owe(joined, kind, parts)
        async with self._transaction("record the partners to tell") as tx:
            return await self._owe(tx, kind, parts)

    async def _owe(self, tx: Tx, kind: NoticeKind, parts: Iterable[ClosedPart]
                   ) -> list[OwedNotice]:
        owed = []
        for part in parts:
            notice = OwedNotice(secrets.token_hex(8), kind, part, time.time())
            body = b""
            if part.label and not isinstance(self._sealer, PlainSealer):
                body = seal_json(self._sealer, part.partner_id, notice.id, "notice",
                                 {"label": part.label, "lead": part.lead})
            await tx.later("INSERT INTO owed_notices VALUES (?, ?, ?, ?, ?)",
                           (notice.id, part.partner_id, kind, body, notice.made_at))
            owed.append(notice)
        return owed

    async def owed_notices(self) -> list[OwedNotice]:
        """The partners not told yet that a mapping they worked on was erased, oldest first;
        one whose notice cannot be opened here is told without the case's name."""
        async with self._transaction("read", write=False) as tx:
            rows = await tx.rows("SELECT id, partner_id, kind, body, made_at FROM owed_notices "
                                 "ORDER BY made_at, id")
        owed = []
        for notice_id, partner, kind, body, made_at in rows:
            part = self._part(int(partner), int(partner), str(notice_id), "notice", body)
            owed.append(OwedNotice(str(notice_id), kind, part, float(made_at)))
        return owed

    async def notices_given(self, notice_ids: Iterable[str]) -> None:
        given = list(notice_ids)
        if not given:
            return
        async with self._transaction("erase the notices given") as tx:
            for notice_id in given:
                await tx.later("DELETE FROM owed_notices WHERE id = ?", (notice_id,))
        await self.erased_out_of_log()  # the case's label and the lead's name leave the WAL too

    def _closed_part(self, row: Sequence[Any]) -> ClosedPart:
        partner, code, lead, draft_id, about = row
        return self._part(int(partner), lead, draft_id, f"invite:{code}", about)

    def _part(self, partner: int, user_id: int, draft_id: str, name: str,
              stored: bytes | None) -> ClosedPart:
        """A partner with the case label and lead's name sealed in `stored`; both empty when
        nothing is stored or it cannot be opened here (`sosbot purge` erases without the
        key)."""
        opened: Any = {}
        if stored:
            try:
                opened = open_json(self._sealer, user_id, draft_id, name, bytes(stored))
            except (StorageError, ValueError):
                opened = {}
        if not isinstance(opened, dict):
            opened = {}
        return ClosedPart(partner, str(opened.get("label", "")), str(opened.get("lead", "")))

    async def due_reminders(self, *, idle_before: float, done_before: float) -> list[Reminder]:
        """Drafts last touched before these times whose owner has not been reminded since."""
        async with self._transaction("read", write=False) as tx:
            rows = await tx.rows(DUE_REMINDERS, (idle_before, done_before))
            found = []
            for u, d, f, label, status, updated in rows:
                sealer = await Keyring(tx, self._sealer, u).sealer(d)
                found.append(Reminder(u, d, f, open_json(sealer, u, d, "label", label), status,
                                      updated))
        return found

    async def mark_reminded(self, draft_ids: Iterable[str], now: float, *,
                            owners: Mapping[str, int] | None = None) -> None:
        """Record that these drafts' owners were told; leaves `updated_at` as it was."""
        async with self._transaction("record reminders") as tx:
            for draft_id in draft_ids:
                if owners is not None and draft_id in owners:
                    await tx.run("UPDATE drafts SET reminded_at = ? WHERE id = ? AND "
                                 "user_id = ?", (now, draft_id, owners[draft_id]))
                    continue
                await tx.run("UPDATE drafts SET reminded_at = ? WHERE id = ?", (now, draft_id))

    # --- keys ----------------------------------------------------------------------------------

    async def reseal(self, sealer: Sealer, *, plaintext: bool = False,
                     bare: Callable[[str], str] | None = None) -> int:
        """Seal every draft key with `sealer`, in one transaction; returns how many values
        those keys protect. With `bare` (how the bot reads a case label), the hand-over
        notes' label digests are made again under its current key
        (`storage.handover.redigest_handovers`).

        Keys are opened with this store's sealer, which then becomes `sealer`. Values sealed
        directly with a data key (by a sosbot from before draft keys) move under their
        draft's key. With `plaintext`, values stored without encryption (by a sosbot from
        before it encrypted) are taken as they are: only for the one-time `keys encrypt`.
        """
        async with self._transaction("re-encrypt the stored values") as tx:
            for u, d, sealed in await tx.rows("SELECT user_id, draft_id, sealed FROM user_keys"):
                secret = self._sealer.open(bytes(sealed), key_place(u, d))
                await tx.run("UPDATE user_keys SET sealed = ? WHERE user_id = ? AND "
                             "draft_id = ?", (sealer.seal(secret, key_place(u, d)), u, d))
            values = await tx.rows(ALL_VALUES)
            rings: dict[int, Keyring] = {}
            for u, d, name, stored in values:
                if key_id_of(bytes(stored)) == DRAFT_KEY:
                    continue
                keys = rings.setdefault(u, Keyring(tx, sealer, u))
                fresh = (await keys.sealer(d, create=True)).seal(
                    self._plain(u, d, name, bytes(stored), plaintext), where(u, d, name))
                if name.startswith("answer:"):
                    await tx.run("UPDATE answers SET value = ? WHERE draft_id = ? AND "
                                 "step_id = ?", (fresh, d, name.removeprefix("answer:")))
                else:
                    await tx.run(f"UPDATE drafts SET {name} = ? WHERE id = ?",  # noqa: S608 - label or state  # nosec B608
                                 (fresh, d))
            for select, update in DATA_KEY_VALUES:
                for u, d, name, stored, row in await tx.rows(select):
                    plain = self._plain(u, d, name, bytes(stored), plaintext)
                    await tx.run(update, (sealer.seal(plain, where(u, d, name)), row))
            if bare is not None:
                await redigest_handovers(tx, sealer, bare)
            await tx.run(META_UPSERT, (KEY_CHECK, self._key_check(sealer)))
        self._sealer = sealer
        return len(values)

    def _plain(self, user_id: int, draft_id: str, name: str, stored: bytes,
               plaintext: bool) -> bytes:
        """A value sealed with a data key (or, with `plaintext`, stored plain), opened."""
        if plaintext and key_id_of(stored) is None:
            try:
                json.loads(stored)
            except ValueError:
                raise SealError(f"A stored {name.split(':')[0]} is neither encrypted nor "
                                "readable; nothing was changed.") from None
            return stored
        return self._sealer.open(stored, where(user_id, draft_id, name))

    async def key_usage(self) -> Counter[str]:
        """How many stored values each data key protects, through their draft's key or
        directly ("unencrypted" for plain values)."""
        async with self._transaction("read", write=False) as tx:
            values = await tx.rows(ALL_VALUES)
            keys = {(u, d): key_id_of(bytes(s)) for u, d, s in await tx.rows(
                "SELECT user_id, draft_id, sealed FROM user_keys")}
            for select, _ in DATA_KEY_VALUES:
                values += [(u, d, n, v) for u, d, n, v, _ in await tx.rows(select)]
        usage: Counter[str] = Counter()
        for u, d, _, stored in values:
            used = key_id_of(bytes(stored))
            if used == DRAFT_KEY:
                used = keys.get((u, d))
            usage[used or "unencrypted"] += 1
        return usage
