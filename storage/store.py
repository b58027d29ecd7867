"""The draft store: one aiosqlite connection, one unit of work at a time.

Every save is one transaction: the draft's position, the answers that changed, the user's
session and (when given) the update id that caused it, so a re-delivered update is seen as
handled exactly when its answer was committed.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import aiosqlite

from flows.answers import Value
from flows.draft import Draft, Status
from storage.errors import CorruptDatabase, StorageError
from storage.migrations import MIGRATIONS
from storage.sealing import PlainSealer, Sealer, where

Synchronous = Literal["OFF", "NORMAL", "FULL", "EXTRA"]


@dataclass(frozen=True)
class DraftInfo:
    """A line in a practitioner's list of drafts."""

    id: str
    flow_id: str
    label: str
    status: Status
    answered: int
    created_at: float
    updated_at: float


@dataclass
class Session:
    """Where a user is outside any one draft: the active draft and what we are waiting for."""

    user_id: int
    active_draft: str | None = None
    state: dict[str, Any] = field(default_factory=dict)


class Store:
    """Drafts, answers and sessions in one SQLite file."""

    def __init__(self, db: aiosqlite.Connection, path: str, sealer: Sealer) -> None:
        self._db = db
        self.path = path
        self._sealer = sealer
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path, *, sealer: Sealer | None = None,
                   synchronous: Synchronous = "FULL", read_only: bool = False) -> Store:
        """Open (creating if needed) and migrate a database; refuse a damaged one."""
        name = str(path)
        if name != ":memory:" and not read_only:
            Path(name).parent.mkdir(parents=True, exist_ok=True)
        uri = f"file:{name}?mode=ro" if read_only else name
        try:
            db = await aiosqlite.connect(uri, isolation_level=None, uri=read_only)
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot open the database {name}: {exc}.") from None
        store = cls(db, name, sealer or PlainSealer())
        try:
            await store._prepare(synchronous, read_only)
        except BaseException:
            await db.close()
            raise
        return store

    async def _prepare(self, synchronous: Synchronous, read_only: bool) -> None:
        try:
            rows = await self._db.execute_fetchall("PRAGMA quick_check")
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(f"The database {self.path} is damaged or is not a sosbot "
                                  f"database ({exc}); it has been left as it is.") from None
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise CorruptDatabase(f"The database {self.path} failed its integrity check "
                                  f"({problems[0]}); it has been left as it is.")
        pragmas = ["foreign_keys = ON", "busy_timeout = 5000", "secure_delete = ON",
                   f"synchronous = {synchronous}"]
        if not read_only:
            pragmas.insert(0, "journal_mode = WAL")
        try:
            for pragma in pragmas:
                await self._db.execute(f"PRAGMA {pragma}")
            if not read_only:
                await self._migrate()
        except sqlite3.Error as exc:
            raise StorageError(f"Cannot use the database {self.path}: {exc}.") from None

    async def _migrate(self) -> None:
        (version,) = (await self._db.execute_fetchall("PRAGMA user_version"))[0]
        if version > len(MIGRATIONS):
            raise StorageError(f"The database {self.path} was made by a newer sosbot "
                               f"(schema {version}); upgrade sosbot to use it.")
        for number, statements in enumerate(MIGRATIONS[version:], start=version + 1):
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                for statement in statements:
                    await self._db.execute(statement)
                await self._db.execute(f"PRAGMA user_version = {number}")
                await self._db.execute("COMMIT")
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise

    async def close(self) -> None:
        """Checkpoint and close; safe to call twice."""
        async with self._lock:
            try:
                await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except (sqlite3.Error, ValueError):
                pass
            await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @asynccontextmanager
    async def _transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        async with self._lock:
            await self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                await self._db.execute("ROLLBACK")
                raise
            await self._db.execute("COMMIT")

    async def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        async with self._lock:
            return list(await self._db.execute_fetchall(sql, tuple(params)))

    # --- sealing ----------------------------------------------------------------------------

    def _seal(self, user_id: int, draft_id: str, name: str, data: Any) -> bytes:
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        return self._sealer.seal(raw, where(user_id, draft_id, name))

    def _open(self, user_id: int, draft_id: str, name: str, stored: bytes) -> Any:
        return json.loads(self._sealer.open(bytes(stored), where(user_id, draft_id, name)))

    # --- drafts -------------------------------------------------------------------------------

    async def save(self, draft: Draft, changed: Iterable[str] = (), *,
                   session: Session | None = None,
                   update: tuple[int, int] | None = None, new: bool = False) -> bool:
        """Commit a draft's position and changed answers (and session, and update id) at once.

        Returns False, writing nothing, when `update` (user id, update id) was handled before.
        """
        now = time.time()
        draft.updated_at = now
        if new:
            draft.created_at = draft.created_at or now
        u, d = draft.user_id, draft.id
        async with self._transaction() as db:
            if update is not None:
                cursor = await db.execute(
                    "INSERT OR IGNORE INTO handled_updates VALUES (?, ?, ?)", (*update, now))
                if cursor.rowcount == 0:
                    return False
            await db.execute(
                "INSERT INTO drafts (id, user_id, flow_id, flow_version, label, status, state, "
                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (id) DO UPDATE SET flow_version = excluded.flow_version, "
                "status = excluded.status, state = excluded.state, "
                "updated_at = excluded.updated_at, label = excluded.label",
                (d, u, draft.flow_id, draft.flow_version, self._seal(u, d, "label", draft.label),
                 draft.status, self._seal(u, d, "state", draft.state()), draft.created_at, now))
            for step_id in set(changed):
                await self._write_answer(db, draft, step_id, now)
            if session is not None:
                await self._write_session(db, session, now)
        return True

    async def _write_answer(self, db: aiosqlite.Connection, draft: Draft, step_id: str,
                            now: float) -> None:
        if step_id not in draft.answers:
            await db.execute("DELETE FROM answers WHERE draft_id = ? AND step_id = ?",
                             (draft.id, step_id))
            return
        value = self._seal(draft.user_id, draft.id, f"answer:{step_id}", draft.answers[step_id])
        await db.execute(
            "INSERT INTO answers VALUES (?, ?, ?, ?) ON CONFLICT (draft_id, step_id) "
            "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (draft.id, step_id, value, now))

    async def load_draft(self, user_id: int, draft_id: str) -> Draft | None:
        """A user's draft with its answers; None when it is not theirs or not there."""
        rows = await self._read(
            "SELECT flow_id, flow_version, label, status, state, created_at, updated_at "
            "FROM drafts WHERE id = ? AND user_id = ?", (draft_id, user_id))
        if not rows:
            return None
        flow_id, version, label, status, state, created, updated = rows[0]
        answers: dict[str, Value] = {}
        for step_id, value in await self._read(
                "SELECT step_id, value FROM answers WHERE draft_id = ?", (draft_id,)):
            answers[step_id] = self._open(user_id, draft_id, f"answer:{step_id}", value)
        draft = Draft(id=draft_id, user_id=user_id, flow_id=flow_id, flow_version=version,
                      label=self._open(user_id, draft_id, "label", label), status=status,
                      answers=answers, created_at=created, updated_at=updated)
        draft.restore(self._open(user_id, draft_id, "state", state))
        return draft

    async def list_drafts(self, user_id: int, *, status: Status | None = None) -> list[DraftInfo]:
        """A user's drafts, most recently touched first."""
        sql = ("SELECT d.id, d.flow_id, d.label, d.status, d.created_at, d.updated_at, "
               "(SELECT count(*) FROM answers a WHERE a.draft_id = d.id) "
               "FROM drafts d WHERE d.user_id = ?")
        params: list[Any] = [user_id]
        if status is not None:
            sql += " AND d.status = ?"
            params.append(status)
        rows = await self._read(sql + " ORDER BY d.updated_at DESC", params)
        return [DraftInfo(r[0], r[1], self._open(user_id, r[0], "label", r[2]), r[3], r[6],
                          r[4], r[5]) for r in rows]

    async def delete_draft(self, user_id: int, draft_id: str) -> bool:
        """Erase one draft and its answers."""
        async with self._transaction() as db:
            cursor = await db.execute("DELETE FROM drafts WHERE id = ? AND user_id = ?",
                                      (draft_id, user_id))
            deleted = cursor.rowcount > 0
        await self.checkpoint()
        return deleted

    async def delete_user(self, user_id: int) -> None:
        """Erase every row about a user, in every table."""
        async with self._transaction() as db:
            await db.execute("DELETE FROM sessions WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM drafts WHERE user_id = ?", (user_id,))
            await db.execute("DELETE FROM handled_updates WHERE user_id = ?", (user_id,))
        await self.checkpoint()

    async def checkpoint(self) -> None:
        """Fold the WAL back into the database so deleted bytes leave the -wal file too."""
        async with self._lock:
            await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    # --- sessions and updates -------------------------------------------------------------

    async def session(self, user_id: int) -> Session:
        rows = await self._read(
            "SELECT active_draft, state FROM sessions WHERE user_id = ?", (user_id,))
        if not rows:
            return Session(user_id)
        return Session(user_id, rows[0][0], json.loads(rows[0][1]))

    async def save_session(self, session: Session, *, update: tuple[int, int] | None = None
                           ) -> bool:
        """Commit a session (and the update that changed it); False if already handled."""
        now = time.time()
        async with self._transaction() as db:
            if update is not None:
                cursor = await db.execute(
                    "INSERT OR IGNORE INTO handled_updates VALUES (?, ?, ?)", (*update, now))
                if cursor.rowcount == 0:
                    return False
            await self._write_session(db, session, now)
        return True

    async def _write_session(self, db: aiosqlite.Connection, session: Session, now: float
                             ) -> None:
        await db.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
            "active_draft = excluded.active_draft, state = excluded.state, "
            "updated_at = excluded.updated_at",
            (session.user_id, session.active_draft, json.dumps(session.state), now))

    async def was_handled(self, user_id: int, update_id: int) -> bool:
        rows = await self._read(
            "SELECT 1 FROM handled_updates WHERE user_id = ? AND update_id = ?",
            (user_id, update_id))
        return bool(rows)

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (for /privacy, tests and the operator)."""
        counts = {}
        for table in ("drafts", "answers", "sessions", "handled_updates"):
            rows = await self._read(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names
            counts[table] = int(rows[0][0])
        return counts
