"""A user's unit of work over one open transaction (`storage.contract.Turn`)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import TYPE_CHECKING

from flows.draft import Draft, Status
from storage.contract import DraftInfo, Noted, Session
from storage.handover import Caps, forget_handovers, within_caps
from storage.keyring import Keyring, erase_key
from storage.statements import HANDLED, LONG_TEXT, NOTED_SELECT, NOTED_UPDATE

if TYPE_CHECKING:
    from storage.sql import DraftRows, SqlStore


class SqlTurn:
    """A `storage.contract.Turn` over one open transaction of a `SqlStore`."""

    def __init__(self, store: SqlStore, keys: Keyring, update_id: int | None, handled: bool,
                 session: Session) -> None:
        self.store = self._store = store
        self._keys, self._tx = keys, keys.tx
        self.user_id = keys.user_id
        self._update_id = update_id
        self.handled = handled
        self.session = session
        self.erased = False
        self._marked = False
        self._writes = self._tx.writes  # before the turn's own (a lock taken, say)
        # The open draft's rows, read with the session; good until this turn writes.
        self.prefetched: tuple[str, DraftRows] | None = None
        self._read: set[str] = set()  # drafts this turn found
        self._states: dict[str, bytes | None] = {}  # see SqlStore._read_draft

    async def _mark(self, now: float) -> None:
        self.prefetched = None
        if self._update_id is not None and not self._marked:
            await self._tx.later(HANDLED, (self.user_id, self._update_id, now))
            self._marked = True

    async def draft(self, draft_id: str) -> Draft | None:
        found = None
        if self.prefetched is not None and self.prefetched[0] == draft_id:
            found, self.prefetched = self.prefetched[1], None
        draft = await self._store._read_draft(self._keys, draft_id, found, self._states)
        if draft is not None:
            self._read.add(draft_id)
        return draft

    async def active(self) -> Draft | None:
        if self.session.active_draft is None:
            return None
        return await self.draft(self.session.active_draft)

    async def drafts(self, status: Status | None = None) -> list[DraftInfo]:
        return await self._store._list(self._keys, status)

    async def save(self, draft: Draft, changed: Iterable[str] = (), *, new: bool = False,
                   caps: Caps | None = None) -> None:
        assert draft.user_id == self.user_id
        if new and caps is not None:  # before anything of it is written: the turn goes on
            self._tx.serial()
            await within_caps(self._store, self._tx, self.user_id, caps)
        now = time.time()
        await self._mark(now)
        await self._store._write_draft(self._keys, draft, changed, now, new,
                                       draft.id in self._read, self._states)

    async def save_session(self, session: Session | None = None) -> None:
        if session is not None:
            assert session.user_id == self.user_id
            self.session = session
        now = time.time()
        await self._mark(now)
        await self._store._write_session(self._tx, self.session, now)

    @property
    def wrote(self) -> bool:
        return self._tx.writes > self._writes

    async def note(self) -> None:
        await self._mark(time.time())

    async def long_text(self, message_id: int, sent_at: float) -> None:
        if self.erased:  # nothing noted back about what this turn erased
            return
        await self._mark(time.time())
        await self._tx.later(LONG_TEXT, (message_id, sent_at, self.user_id))
        self.session.long_text = (message_id, sent_at)

    async def noted(self) -> Noted | None:
        rows = await self._tx.rows(NOTED_SELECT, (self.user_id,))
        if not rows or rows[0][0] is None:
            return None
        upto, kind, album = rows[0]
        return Noted(int(upto), str(kind), None if album is None else str(album))

    async def set_noted(self, noted: Noted) -> None:
        if self.erased:
            return
        await self._mark(time.time())
        await self._tx.run(NOTED_UPDATE, (noted.upto, noted.kind, noted.album, self.user_id))

    async def delete_draft(self, draft_id: str) -> bool:
        """Erase a draft, its answers and its key."""
        await self._mark(time.time())
        self.erased = True
        self._read.discard(draft_id)
        await erase_key(self._tx, self._store._opened, self.user_id, draft_id)
        await self._erase_children("= ?", draft_id)
        return await self._tx.run("DELETE FROM drafts WHERE id = ? AND user_id = ?",
                                  (draft_id, self.user_id)) > 0

    async def _erase_children(self, parent: str, param: object) -> None:
        """The keys of the drafts erased along with `parent`'s (a partner's unsent answers to
        a mapping, by ON DELETE CASCADE), in this transaction, as their own drafts' are: not
        left for the next purge; and nothing of them stays opened here."""
        for user_id, draft_id in await self._tx.rows(
                f"SELECT user_id, id FROM drafts WHERE parent_id {parent}",  # noqa: S608  # nosec B608
                (param,)):
            await erase_key(self._tx, self._store._opened, int(user_id), str(draft_id))

    async def delete_user(self) -> None:
        """Erase every row about this user, their keys first."""
        self.erased = True
        self.prefetched = None
        self._read.clear()
        self._store._opened.forget(self.user_id)
        await self._erase_children("IN (SELECT id FROM drafts WHERE user_id = ?)",
                                   self.user_id)
        for table in ("user_keys", "sessions", "drafts", "handled_updates", "rate_buckets",
                      "link_tries"):
            await self._tx.run(f"DELETE FROM {table} WHERE user_id = ?",  # noqa: S608  # nosec B608
                               (self.user_id,))
        await self._tx.run("DELETE FROM owed_notices WHERE partner_id = ?", (self.user_id,))
        # summaries colleagues sent them: their id is erased too, not only their own drafts
        await self._tx.run("DELETE FROM shares WHERE recipient = ?", (self.user_id,))
        # and colleagues' notes of the drafts they handed them (for /resume)
        await forget_handovers(self._tx, taker=self.user_id)
        self.session = Session(self.user_id)
