"""The draft store: one aiosqlite connection, one unit of work at a time.

Every save is one transaction: the draft's position, the answers that changed, the user's
session and (when given) the update id that caused it, so a re-delivered update is seen as
handled exactly when its answer was committed.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypeVar

import aiosqlite

from flows.answers import Value
from flows.draft import Draft, Status
from storage.crypto import key_id_of
from storage.errors import CorruptDatabase, SealError, StorageError, from_sqlite
from storage.migrations import MIGRATIONS
from storage.sealing import PlainSealer, Sealer, where

Synchronous = Literal["OFF", "NORMAL", "FULL", "EXTRA"]
T = TypeVar("T")
HANDLED = "INSERT OR IGNORE INTO handled_updates VALUES (?, ?, ?)"
DRAFT_UPSERT = (
    "INSERT INTO drafts (id, user_id, flow_id, flow_version, label, status, state, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET flow_version = excluded.flow_version, "
    "status = excluded.status, state = excluded.state, "
    "updated_at = excluded.updated_at, label = excluded.label")
ANSWER_UPSERT = (
    "INSERT INTO answers VALUES (?, ?, ?, ?) ON CONFLICT (draft_id, step_id) "
    "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
ANSWER_DELETE = "DELETE FROM answers WHERE draft_id = ? AND step_id = ?"
SESSION_UPSERT = (
    "INSERT INTO sessions VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
    "active_draft = excluded.active_draft, state = excluded.state, "
    "updated_at = excluded.updated_at")


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


@dataclass(frozen=True)
class Reminder:
    """A draft that retention will erase soon, and whose owner has not yet been told."""

    user_id: int
    draft_id: str
    flow_id: str
    label: str
    status: Status
    updated_at: float


@dataclass(frozen=True)
class PurgeReport:
    """Rows erased by one retention pass; `wal_cleared` is False when a reader kept the WAL."""

    drafts: int
    sessions: int
    updates: int
    wal_cleared: bool


@dataclass
class Session:
    """Where a user is outside any one draft: the active draft and what we are waiting for."""

    user_id: int
    active_draft: str | None = None
    state: dict[str, Any] = field(default_factory=dict)


def _create_private(path: Path) -> None:
    """Create a new database file readable by its owner only (SQLite gives -wal the same)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass
    except OSError as exc:
        raise StorageError(f"Cannot create the database {path}: {exc.strerror}.") from None


class Store:
    """Drafts, answers and sessions in one SQLite file."""

    def __init__(self, db: aiosqlite.Connection, path: str, sealer: Sealer) -> None:
        self._db = db
        self.path = path
        self._sealer = sealer
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: str | Path, *, sealer: Sealer | None = None,
                   synchronous: Synchronous = "FULL", read_only: bool = False,
                   busy_ms: int = 5000) -> Store:
        """Open (creating if needed) and migrate a database; refuse a damaged one.

        `busy_ms` is how long a write waits for another program's lock before it fails.
        """
        name = str(path)
        if name != ":memory:" and not read_only:
            _create_private(Path(name))
        uri = f"file:{name}?mode=ro" if read_only else name
        connection = aiosqlite.connect(uri, isolation_level=None, uri=read_only)
        try:
            db = await connection
        except sqlite3.Error as exc:
            # aiosqlite stops its worker thread without waiting for it; unless we wait, the
            # thread may report to an event loop already closed (a traceback on stderr).
            await asyncio.to_thread(connection._thread.join)
            raise StorageError(f"Cannot open the database {name}: {exc}.") from None
        store = cls(db, name, sealer or PlainSealer())
        try:
            await store._prepare(synchronous, read_only, busy_ms)
        except BaseException:
            await db.close()
            raise
        return store

    async def _prepare(self, synchronous: Synchronous, read_only: bool, busy_ms: int) -> None:
        try:
            rows = await self._db.execute_fetchall("PRAGMA quick_check")
        except sqlite3.DatabaseError as exc:
            raise CorruptDatabase(f"The database {self.path} is damaged or is not a sosbot "
                                  f"database ({exc}); it has been left as it is.") from None
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            raise CorruptDatabase(f"The database {self.path} failed its integrity check "
                                  f"({problems[0]}); it has been left as it is.")
        pragmas = ["foreign_keys = ON", f"busy_timeout = {int(busy_ms)}", "secure_delete = ON",
                   f"synchronous = {synchronous}"]
        if not read_only:
            pragmas.insert(0, "journal_mode = WAL")
        try:
            await self._check_ours()  # before the pragmas write anything to the file
            for pragma in pragmas:
                await self._db.execute(f"PRAGMA {pragma}")
            if not read_only:
                await self._migrate()
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, "prepare the tables") from None

    async def _version(self) -> int:
        (version,) = next(iter(await self._db.execute_fetchall("PRAGMA user_version")))
        return int(version)

    async def _check_ours(self) -> None:
        """Refuse a database from a newer sosbot, or one holding someone else's tables."""
        version = await self._version()
        if version > len(MIGRATIONS):
            raise StorageError(f"The database {self.path} was made by a newer sosbot "
                               f"(schema {version}); upgrade sosbot to use it.")
        if version == 0 and list(await self._db.execute_fetchall(
                "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")):
            raise CorruptDatabase(f"The database {self.path} is not a sosbot database (it "
                                  "holds other tables); it has been left as it is.")

    async def _migrate(self) -> None:
        version = await self._version()
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
            with contextlib.suppress(sqlite3.Error, ValueError):
                await self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            await self._db.close()

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @asynccontextmanager
    async def _transaction(self, doing: str = "save") -> AsyncIterator[aiosqlite.Connection]:
        """One write transaction; any sqlite3 error becomes one StorageError naming the file."""
        async with self._lock:
            try:
                await self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise from_sqlite(exc, self.path, doing) from None
            try:
                yield self._db
                await self._db.execute("COMMIT")
            except BaseException as exc:
                await self._rollback()
                if isinstance(exc, sqlite3.Error):
                    raise from_sqlite(exc, self.path, doing) from None
                raise

    async def _rollback(self) -> None:
        # SQLite rolls back by itself after some errors (a full disk); a second ROLLBACK
        # would then fail and hide the error that matters.
        if self._db.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                await self._db.execute("ROLLBACK")

    async def _read(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        await self._turn()
        try:
            return list(await self._db.execute_fetchall(sql, tuple(params)))
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, "read") from None

    async def _on_thread(self, work: Callable[[sqlite3.Connection], T], doing: str) -> T:
        """Run `work` on aiosqlite's own thread in one trip.

        Each awaited statement is a round trip to that thread, and under load each trip waits
        for the event loop and the GIL: a save sent as five statements held the lock for five
        trips (bench/README.md). aiosqlite has no public call for this; `_execute` is how its
        own methods queue work (the version is pinned below 0.23).
        """
        await self._turn()
        try:
            conn = self._db._conn
            # aiosqlite leaves `_execute` unannotated: the result is `work`'s.
            result: T = await self._db._execute(work, conn)  # type: ignore[no-untyped-call]
            return result
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, doing) from None

    async def _turn(self) -> None:
        """Wait while a transaction of several awaited statements (`_transaction`) is open.

        aiosqlite runs queued work one item at a time, in order, so work that is one item (a
        read, `_on_thread`) cannot interleave with other such work and needs no lock while it
        runs; it must only not be queued inside someone's open transaction. Callers queue
        their item right after this returns, with no await in between: nothing else runs
        between the check and the queueing.
        """
        while self._lock.locked():
            async with self._lock:
                pass

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
        row = (d, u, draft.flow_id, draft.flow_version, self._seal(u, d, "label", draft.label),
               draft.status, self._seal(u, d, "state", draft.state()), draft.created_at, now)
        answers = [self._answer_statement(draft, step_id, now) for step_id in set(changed)]
        session_row = None if session is None else self._session_row(session, now)

        def work(conn: sqlite3.Connection) -> bool:
            conn.execute("BEGIN IMMEDIATE")
            try:
                if update is not None and conn.execute(HANDLED, (*update, now)).rowcount == 0:
                    conn.execute("COMMIT")
                    return False
                conn.execute(DRAFT_UPSERT, row)
                for sql, params in answers:
                    conn.execute(sql, params)
                if session_row is not None:
                    conn.execute(SESSION_UPSERT, session_row)
                conn.execute("COMMIT")
            except BaseException:
                # SQLite may already have rolled back (a full disk); see `_rollback`.
                if conn.in_transaction:
                    with contextlib.suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                raise
            return True

        return await self._on_thread(work, "save")

    def _answer_statement(self, draft: Draft, step_id: str, now: float
                          ) -> tuple[str, tuple[Any, ...]]:
        if step_id not in draft.answers:
            return ANSWER_DELETE, (draft.id, step_id)
        value = self._seal(draft.user_id, draft.id, f"answer:{step_id}", draft.answers[step_id])
        return ANSWER_UPSERT, (draft.id, step_id, value, now)

    async def load_draft(self, user_id: int, draft_id: str) -> Draft | None:
        """A user's draft with its answers; None when it is not theirs or not there."""
        def work(conn: sqlite3.Connection) -> tuple[Any, list[Any]] | None:
            row = conn.execute(
                "SELECT flow_id, flow_version, label, status, state, created_at, updated_at "
                "FROM drafts WHERE id = ? AND user_id = ?", (draft_id, user_id)).fetchone()
            if row is None:
                return None
            return row, conn.execute("SELECT step_id, value FROM answers WHERE draft_id = ?",
                                     (draft_id,)).fetchall()

        found = await self._on_thread(work, "read")
        if found is None:
            return None
        (flow_id, version, label, status, state, created, updated), rows = found
        answers: dict[str, Value] = {}
        for step_id, value in rows:
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

    async def checkpoint(self) -> bool:
        """Fold the WAL back into the database so deleted bytes leave the -wal file too.

        Returns False when another reader kept part of the WAL (the next checkpoint clears it).
        """
        async with self._lock:
            try:
                rows = await self._db.execute_fetchall("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                raise from_sqlite(exc, self.path, "clear the write-ahead log") from None
        busy = next(iter(rows), (0,))[0]
        return not busy

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
        await db.execute(SESSION_UPSERT, self._session_row(session, now))

    @staticmethod
    def _session_row(session: Session, now: float) -> tuple[Any, ...]:
        return (session.user_id, session.active_draft, json.dumps(session.state), now)

    async def was_handled(self, user_id: int, update_id: int) -> bool:
        rows = await self._read(
            "SELECT 1 FROM handled_updates WHERE user_id = ? AND update_id = ?",
            (user_id, update_id))
        return bool(rows)

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (for /privacy, tests and the operator)."""
        counts = {}
        for table in ("drafts", "answers", "sessions", "handled_updates"):
            rows = await self._read(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names  # nosec B608
            counts[table] = int(rows[0][0])
        return counts

    # --- retention --------------------------------------------------------------------------

    async def purge(self, *, idle_before: float, done_before: float, updates_before: float
                    ) -> PurgeReport:
        """Erase drafts untouched since `idle_before`, finished ones since `done_before`,
        updates handled before `updates_before` and sessions left with nothing; then
        checkpoint, so the erased bytes leave the WAL file as well as the database."""
        async with self._transaction("erase old drafts") as db:
            drafts = await db.execute(
                "DELETE FROM drafts WHERE (status = 'in_progress' AND updated_at < ?) "
                "OR (status != 'in_progress' AND updated_at < ?)", (idle_before, done_before))
            sessions = await db.execute(
                "DELETE FROM sessions WHERE updated_at < ? AND NOT EXISTS "
                "(SELECT 1 FROM drafts d WHERE d.user_id = sessions.user_id)", (idle_before,))
            updates = await db.execute("DELETE FROM handled_updates WHERE handled_at < ?",
                                       (updates_before,))
            counts = drafts.rowcount, sessions.rowcount, updates.rowcount
        return PurgeReport(*counts, wal_cleared=await self.checkpoint())

    async def due_reminders(self, *, idle_before: float, done_before: float) -> list[Reminder]:
        """Drafts last touched before these times whose owner has not been reminded since."""
        rows = await self._read(
            "SELECT user_id, id, flow_id, label, status, updated_at FROM drafts "
            "WHERE ((status = 'in_progress' AND updated_at < ?) "
            "OR (status != 'in_progress' AND updated_at < ?)) "
            "AND (reminded_at IS NULL OR reminded_at < updated_at) "
            "ORDER BY user_id, updated_at", (idle_before, done_before))
        return [Reminder(u, d, f, self._open(u, d, "label", label), status, updated)
                for u, d, f, label, status, updated in rows]

    async def mark_reminded(self, draft_ids: Iterable[str], now: float) -> None:
        """Record that these drafts' owners were told; leaves `updated_at` as it was."""
        async with self._transaction("record reminders") as db:
            await db.executemany("UPDATE drafts SET reminded_at = ? WHERE id = ?",
                                 [(now, d) for d in draft_ids])

    # --- keys -------------------------------------------------------------------------------

    async def reseal(self, sealer: Sealer, *, plaintext: bool = False) -> int:
        """Re-encrypt every stored value with `sealer`, in one transaction; returns how many.

        Values are opened with this store's sealer, which then becomes `sealer`. With
        `plaintext`, values stored without encryption (by a sosbot from before it encrypted)
        are taken as they are: only for the one-time `sosbot keys encrypt`.
        """
        count = 0
        async with self._transaction("re-encrypt the stored values") as db:
            for d, u, label, state in await db.execute_fetchall(
                    "SELECT id, user_id, label, state FROM drafts"):
                fresh = (self._reseal(sealer, u, d, "label", label, plaintext),
                         self._reseal(sealer, u, d, "state", state, plaintext))
                await db.execute("UPDATE drafts SET label = ?, state = ? WHERE id = ?",
                                 (*fresh, d))
                count += 2
            for d, u, step, value in await db.execute_fetchall(
                    "SELECT a.draft_id, d.user_id, a.step_id, a.value FROM answers a "
                    "JOIN drafts d ON d.id = a.draft_id"):
                await db.execute("UPDATE answers SET value = ? WHERE draft_id = ? AND "
                                 "step_id = ?",
                                 (self._reseal(sealer, u, d, f"answer:{step}", value,
                                               plaintext), d, step))
                count += 1
        self._sealer = sealer
        return count

    def _reseal(self, sealer: Sealer, user_id: int, draft_id: str, name: str,
                stored: bytes, plaintext: bool) -> bytes:
        place, stored = where(user_id, draft_id, name), bytes(stored)
        if plaintext and key_id_of(stored) is None:
            try:
                json.loads(stored)
            except ValueError:
                raise SealError(f"A stored {name.split(':')[0]} is neither encrypted nor "
                                "readable; nothing was changed.") from None
            return sealer.seal(stored, place)
        return sealer.seal(self._sealer.open(stored, place), place)

    async def key_usage(self) -> Counter[str]:
        """How many stored values each key id sealed ("unencrypted" for plain values)."""
        rows = await self._read("SELECT label FROM drafts UNION ALL SELECT state FROM drafts "
                                "UNION ALL SELECT value FROM answers")
        return Counter(key_id_of(bytes(blob)) or "unencrypted" for (blob,) in rows)
