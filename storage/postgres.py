"""The PostgreSQL engine (asyncpg): for a deployment with several instances on one database.

Every unit of work is a transaction on a pooled connection. A user's turn first takes
`pg_advisory_xact_lock(user id)`, so two instances handling the same user's updates take
turns, and the lock goes with the transaction (a crashed instance holds nothing). Migrations
run under their own advisory lock, so instances starting together migrate once. A job that
must run in one instance at a time (the daily retention) holds a session advisory lock for
as long as it runs; an instance that cannot get it skips the job.

An instance serving holds a shared session lock that `keys rotate` must have alone
(`serving`). PostgreSQL drops a session's locks with its connection (a restart, a failover,
`pg_terminate_backend`), so the lock alone cannot keep a rotation from running beside an
instance; two things make it hold. Every write while serving first takes the same lock,
shared, for its transaction, and reads the sealed key check a rotation rewrites: a rotation
can then neither run during the write nor have run unseen before it (a key check that no
longer opens with this instance's keys is refused, nothing written with the old key). And
the instance takes the serving lock again on a new connection as soon as the old one is
gone, so `keys rotate` is refused again, as the operator expects.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import ssl
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any

import asyncpg
from asyncpg.pool import PoolConnectionProxy

from storage import shown
from storage.crypto import key_id_of
from storage.errors import (
    CorruptDatabase,
    KeyProblem,
    LacksPrivilege,
    NewerSchema,
    RotatedMeanwhile,
    SettingsDiffer,
    StorageError,
    Unavailable,
)
from storage.instances import PREFIX, Instance, shown_in
from storage.migrations import MIGRATIONS, already_there, half_applied, statements_for
from storage.sealing import PlainSealer, Sealer, where
from storage.shares import key_old_digests
from storage.sql import SqlStore
from storage.statements import KEY_CHECK, META_UPSERT, Tx

log = logging.getLogger(__name__)

# Keys of the two-number advisory locks (a space apart from the one-number user locks).
LOCK_SPACE = 0x5050_7362  # "sosb"
JOBS = {"migrate": 1, "retention": 2, "alone": 3, "instances": 4}  # "alone": see `serving`
# The two-number advisory locks of hand-overs to one taker (`_receiving`): a space of their
# own, apart from the users' turns, so that two members handing to each other at once, each
# holding their own turn's lock, wait for nobody's.
RECEIVING_SPACE = 0x5050_7263  # "sosc"
PLACEHOLDER = re.compile(r"\?")
SERVING = (LOCK_SPACE, JOBS["alone"])
# A write while serving (`_fence`): the serving lock shared, then the user's lock, if any.
FENCE_LOCKS = "SELECT pg_advisory_xact_lock_shared(?, ?)"
FENCE_AND_USER_LOCKS = "SELECT pg_advisory_xact_lock_shared(?, ?), pg_advisory_xact_lock(?)"
# The server processes holding the serving lock: each serving instance's (`_hold_serving`)
SERVING_PIDS = ("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
                "classid = ? AND objid = ? AND objsubid = 2")
RETAKE_EVERY = 2.0  # seconds between tries to take the serving lock again, the server away


def _numbered(sql: str) -> str:
    """`?` placeholders as PostgreSQL's `$1, $2, ...` (our statements hold no literal `?`)."""
    count = iter(range(1, 10_000))
    return PLACEHOLDER.sub(lambda _: f"${next(count)}", sql)


# The server or the connection, not the work: the same work may succeed once it is back.
# asyncpg's InternalClientError ("cannot switch to state 15; another operation (2) is in
# progress") is a statement sent on a connection in the instant the server drops it (its
# "terminating connection" read, the close not yet): the statement was never sent, so a
# COMMIT it refuses committed nothing.
UNAVAILABLE = (OSError, asyncpg.InterfaceError, asyncpg.InternalClientError,
               asyncpg.exceptions.PostgresConnectionError,
               asyncpg.exceptions.OperatorInterventionError,  # shutting down, starting up
               asyncpg.exceptions.InsufficientResourcesError,  # disk full, too many clients
               asyncpg.exceptions.ObjectNotInPrerequisiteStateError,  # not accepting connections
               asyncpg.exceptions.ReadOnlySQLTransactionError,  # a standby
               asyncpg.exceptions.InvalidCatalogNameError,  # the database gone
               asyncpg.exceptions.InvalidAuthorizationSpecificationError,
               asyncpg.exceptions.InvalidPasswordError)
# What the driver raises for the server, the connection or the statement
DRIVER_ERRORS = (OSError, asyncpg.PostgresError, asyncpg.InterfaceError,
                 asyncpg.InternalClientError)


def _problem(exc: BaseException, where: str, doing: str) -> StorageError:
    """One sentence for an operator from a driver error: which database, what failed, and
    what to check."""
    name = type(exc).__name__
    if isinstance(exc, asyncpg.exceptions.InvalidPasswordError | asyncpg.exceptions.
                  InvalidAuthorizationSpecificationError):
        advice = ("the server turned down the user name or password; check them in the "
                  "database URL, and that the user may log in from here (pg_hba.conf)")
    elif isinstance(exc, asyncpg.exceptions.InvalidCatalogNameError):
        advice = ("the server has no database of that name; check the name at the end of "
                  "the database URL, or create it (createdb)")
    elif isinstance(exc, asyncpg.exceptions.InsufficientPrivilegeError):
        advice = "the database user lacks a privilege; grant it"
    elif isinstance(exc, asyncpg.exceptions.ReadOnlySQLTransactionError):
        advice = "the server is read-only (a standby?); point sosbot at the primary"
    elif isinstance(exc, asyncpg.exceptions.DiskFullError):
        advice = "the server's disk is full; free some space"
    elif isinstance(exc, asyncpg.exceptions.ClientConfigurationError):
        # asyncpg's own reading of the URL (or of a PG* variable) refused it: the server
        # never heard of it
        advice = "the database URL's options (or a PG... variable) are not ones it can use"
    elif isinstance(exc, ssl.SSLError):  # an OSError, but the server may be reachable
        advice = ("TLS failed: check the certificate and key files the database URL names "
                  "(sslrootcert, sslcert, sslkey) and the server's certificate")
    elif isinstance(exc, (OSError, asyncpg.exceptions.ConnectionDoesNotExistError,
                          asyncpg.exceptions.CannotConnectNowError,
                          asyncpg.InternalClientError)):
        advice = ("the server cannot be reached; check that it is running, and the host and "
                  "port in the database URL")
    else:
        advice = "see the server's log"
    message = str(exc).splitlines()[0] if str(exc) else name
    what = "connect to" if doing == "connect" else f"{doing} in"
    kind = (Unavailable if isinstance(exc, UNAVAILABLE) else
            LacksPrivilege if isinstance(exc, asyncpg.exceptions.InsufficientPrivilegeError)
            else StorageError)
    return kind(f"Could not {what} the database {where}: {advice} ({message}).")


def _identifier(name: str) -> str:
    """A name as psql reads it: as it is when plain, else in double quotes."""
    if re.fullmatch(r"[a-z_][a-z0-9_$]*", name):
        return name
    return '"' + name.replace('"', '""') + '"'


class _PgTx:
    def __init__(self, conn: PoolConnectionProxy[asyncpg.Record]) -> None:
        self._conn = conn
        self.writes = 0

    async def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        self.writes += 1
        status = await self._conn.execute(_numbered(sql), *params)
        last = status.rsplit(" ", 1)[-1]
        return int(last) if last.isdigit() else 0

    async def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return [tuple(row) for row in await self._conn.fetch(_numbered(sql), *params)]

    async def later(self, sql: str, params: Sequence[Any] = ()) -> None:
        await self.run(sql, params)

    def serial(self) -> None:
        """A transaction from its first statement, holding the user's lock."""


class PostgresStore(SqlStore):
    """Drafts, answers and sessions in a PostgreSQL database shared by any number of instances."""

    shared = True
    _now_sql = "CAST(extract(epoch FROM now()) AS DOUBLE PRECISION)"

    def __init__(self, pool: asyncpg.Pool, url: str, sealer: Sealer) -> None:
        self._pool = pool
        self.path = shown(url)
        self._sealer = sealer
        self._checked: bytes | None = None  # the key check seen while serving (`_fence`)

    @classmethod
    async def open(cls, url: str, *, sealer: Sealer | None = None, pool_size: int = 10
                   ) -> PostgresStore:
        """Connect, migrate (once, whichever instance comes first) and check the data key."""
        try:
            pool = await asyncpg.create_pool(url, min_size=1, max_size=pool_size)
        except DRIVER_ERRORS as exc:
            raise _problem(exc, shown(url), "connect") from None
        except (ValueError, IndexError):  # asyncpg could not read the URL (an empty
            # server in a list: IndexError); its message may quote the password
            raise StorageError(
                f"The database URL {shown(url)} cannot be read: check its host, port and "
                "database name, and write any : / @ ? # in the password percent-encoded "
                "(%3A %2F %40 %3F %23).") from None
        store = cls(pool, url, sealer or PlainSealer())
        try:
            await store._prepare()
        except LacksPrivilege as exc:
            owner = await store._not_the_owner()
            await store.close()
            raise LacksPrivilege(f"{exc} {owner}" if owner else str(exc)) from None
        except BaseException:
            await store.close()
            raise
        return store

    async def _not_the_owner(self) -> str:
        """Whose the database is, when not the database user's (who then may not make tables
        in it), and the statement that gives it over; nothing otherwise."""
        try:
            row = await self._pool.fetchrow(
                "SELECT current_user, current_database(), pg_get_userbyid(datdba) "
                "FROM pg_database WHERE datname = current_database()")
        except DRIVER_ERRORS:
            return ""
        if row is None or row[0] == row[2]:
            return ""
        user, name, owner = row
        return (f"The database {name} is {owner}'s, not {user}'s, so {user} may not make "
                f"sosbot's tables in it: as the postgres user, run ALTER DATABASE "
                f"{_identifier(name)} OWNER TO {_identifier(user)}.")

    async def close(self) -> None:
        """Close every pooled connection; safe to call twice."""
        await self._pool.close()

    async def _prepare(self) -> None:
        async with self._transaction("prepare the tables") as tx:
            await tx.run("SELECT pg_advisory_xact_lock(?, ?)", (LOCK_SPACE, JOBS["migrate"]))
            await tx.run("CREATE TABLE IF NOT EXISTS sosbot_schema (version INTEGER NOT NULL)")
            rows = await tx.rows("SELECT version FROM sosbot_schema")
            version = int(rows[0][0]) if rows else 0
            await self._check_ours(tx, version)
            if 0 < version < len(MIGRATIONS):
                await self._refuse_beside_older(tx, version)
            if not rows:
                await tx.run("INSERT INTO sosbot_schema VALUES (0)")
            for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
                for statement in statements_for("postgresql", migration):
                    try:
                        await tx.run(statement)
                    except asyncpg.PostgresError as exc:
                        if not already_there(str(exc)):
                            raise
                        # every migration from `version` is in this transaction, undone
                        raise StorageError(half_applied(self.path, version, number, str(exc))
                                           ) from None
                await tx.run("UPDATE sosbot_schema SET version = ?", (number,))
            if await self._check_key(tx, len(MIGRATIONS)):
                await self._record_key_check(tx)
            await key_old_digests(tx, self._sealer)

    async def _check_ours(self, tx: _PgTx, version: int) -> None:
        if version > len(MIGRATIONS):
            raise StorageError(f"The database {self.path} was made by a newer sosbot "
                               f"(schema {version}); upgrade sosbot to use it.")
        if version == 0 and await tx.rows(
                "SELECT 1 FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename != 'sosbot_schema'"):
            raise CorruptDatabase(f"The database {self.path} is not a sosbot database (it "
                                  "holds other tables); it has been left as it is.")

    async def _refuse_beside_older(self, tx: _PgTx, version: int) -> None:
        """No migration while an instance of an older sosbot serves on the database (it holds
        the serving lock): it would go on reading and writing a schema it does not know."""
        older = await tx.rows("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND "
                              "granted AND mode = 'ShareLock' AND classid = ? AND objid = ? "
                              "AND objsubid = 2", SERVING)
        if older[0][0]:
            raise StorageError(
                f"The database {self.path} is at schema {version}, and this sosbot would "
                f"change it to schema {len(MIGRATIONS)} while an older sosbot is serving on it "
                "(`sosbot run` or `sosbot chat`, on this server or another), which does not "
                "know the new schema. Nothing was changed: stop every instance of the older "
                "sosbot (systemctl stop sosbot@main sosbot@second), then start the upgraded "
                "ones.")

    @asynccontextmanager
    async def _transaction(self, doing: str = "save", *, user_id: int | None = None,
                           write: bool = True) -> AsyncIterator[_PgTx]:
        """A transaction on a pooled connection; with `user_id`, holding that user's lock.

        A read (not `write`) sees the database as it was at its first statement, all through
        (REPEATABLE READ, READ ONLY: never refused for what others write meanwhile): under
        READ COMMITTED a draft's row and its key, read in two statements, could straddle a
        hand-over that moved both."""
        try:
            async with self._pool.acquire() as conn, conn.transaction(
                    isolation=None if write else "repeatable_read", readonly=not write):
                tx = _PgTx(conn)
                fenced = write and self._checked is not None
                if fenced:  # the serving lock, then the user's, in one trip (`_fence`)
                    await tx.run(FENCE_LOCKS if user_id is None else FENCE_AND_USER_LOCKS,
                                 SERVING if user_id is None else (*SERVING, user_id))
                    await self._fence(tx)
                elif user_id is not None:
                    await tx.run("SELECT pg_advisory_xact_lock(?)", (user_id,))
                yield tx
        except DRIVER_ERRORS as exc:
            raise _problem(exc, self.path, doing) from None

    async def _receiving(self, tx: Tx, taker: int) -> None:
        """Hand-overs to `taker` one at a time, to the end of `tx` (their caps counted in it,
        under READ COMMITTED: each count reads what the one before it committed). Taken only
        inside a giver's turn, and no other lock after it: no two wait for each other. The
        key is the id's low 31 bits (an id beyond them shares its lock: a wait, no more)."""
        await tx.run("SELECT pg_advisory_xact_lock(?, ?)", (RECEIVING_SPACE, taker & 0x7FFF_FFFF))

    async def _autocommit(self, doing: str, sql: str, params: Sequence[Any]
                          ) -> list[Sequence[Any]]:
        try:
            return [tuple(row) for row in await self._pool.fetch(_numbered(sql), *params)]
        except DRIVER_ERRORS as exc:
            raise _problem(exc, self.path, doing) from None

    async def _fence(self, tx: _PgTx) -> None:
        """While serving, the serving lock taken for this write (so no rotation runs during
        it): no rotation ran since the data key was checked, or KeyProblem (see the module's
        docstring)."""
        # read after the lock, in a statement of its own: a statement reads the database as
        # it was when it began, before a rotation it waited for had committed
        rows = await tx.rows("SELECT value FROM meta WHERE name = ?", (KEY_CHECK,))
        now = bytes(rows[0][0]) if rows else None
        if now is not None and now != self._checked:
            try:  # rewritten: by a rotation, or by `keys encrypt` with these same keys
                self._refuse_unless_opens(now, where(0, "", KEY_CHECK))
            except KeyProblem as exc:
                raise RotatedMeanwhile(
                    f"The data key was rotated (`sosbot keys rotate`) while this instance "
                    f"served, which PostgreSQL let happen once it had dropped the instance's "
                    f"connection; nothing was written with the old key. {exc} Copy the "
                    "rotated key file here and start the instance again.") from None
            self._checked = now

    async def _hold_serving(self, instance: Instance | None = None
                            ) -> PoolConnectionProxy[asyncpg.Record]:
        """A pooled connection holding the serving lock (shared), the data key checked
        after taking it: a rotation this waited for re-sealed everything under a key this
        instance may not have, refused now in one line, not at every practitioner's message."""
        try:
            conn = await self._pool.acquire()
        except DRIVER_ERRORS as exc:
            raise _problem(exc, self.path, "start serving") from None
        try:
            try:
                await conn.execute("SELECT pg_advisory_lock_shared($1, $2)", *SERVING)
                pid = int(await conn.fetchval("SELECT pg_backend_pid()"))
                await self._still_ours(conn)
            except DRIVER_ERRORS as exc:
                raise _problem(exc, self.path, "start serving") from None
            async with self._transaction("check the data key", write=False) as tx:
                await self._check_key(tx, len(MIGRATIONS))
                if not isinstance(self._sealer, PlainSealer):
                    rows = await tx.rows("SELECT value FROM meta WHERE name = ?", (KEY_CHECK,))
                    self._checked = bytes(rows[0][0]) if rows else b""
            if instance is not None:
                await self._agree(instance, pid)
        except BaseException:
            await self._let_go(conn)
            raise
        return conn

    async def _still_ours(self, conn: PoolConnectionProxy[asyncpg.Record]) -> None:
        """The schema is still the one this sosbot knows, read on the connection holding the
        serving lock (NewerSchema otherwise). An upgraded sosbot migrates only while no
        instance holds that lock (`_refuse_beside_older`); one could between this instance's
        `_prepare` and its taking the lock, or while PostgreSQL had dropped the connection
        holding it."""
        async with conn.transaction():  # read committed: the read sees the migration
            # waits for a migration under way (it holds this lock alone until it commits)
            await conn.execute("SELECT pg_advisory_xact_lock_shared($1, $2)", LOCK_SPACE,
                               JOBS["migrate"])
            version = int(await conn.fetchval("SELECT version FROM sosbot_schema") or 0)
        if version > len(MIGRATIONS):
            raise NewerSchema(
                f"The database {self.path} was changed to schema {version} by a newer sosbot "
                "since this one opened it, and this sosbot does not know that schema: it "
                "serves nothing more. Upgrade it as the other instances were (systemctl stop, "
                "pip install, systemctl start).")

    async def _agree(self, instance: Instance, pid: int) -> None:
        """Refuse to serve beside an instance whose settings differ where they must agree
        (`storage.instances`); record this instance's for the next one to start."""
        async with self._transaction("compare the instances' settings") as tx:
            await tx.run("SELECT pg_advisory_xact_lock(?, ?)", (LOCK_SPACE, JOBS["instances"]))
            serving = {int(row[0]) for row in await tx.rows(SERVING_PIDS, SERVING)}
            refused: list[str] = []
            served_with: dict[str, str] = {}
            for name, stored in await tx.rows("SELECT name, value FROM meta WHERE name LIKE ?",
                                              (PREFIX + "%",)):
                other = int(str(name).removeprefix(PREFIX))
                if other == pid or other not in serving:  # gone: its lock went with it
                    await tx.run("DELETE FROM meta WHERE name = ?", (name,))
                    continue
                served_with.update(shown_in(bytes(stored)))
                lines, warnings = instance.against(bytes(stored))
                refused += lines
                for line in warnings:
                    log.warning("%s", line)
            if refused:
                raise SettingsDiffer(refused[0])
            await tx.run(META_UPSERT, (f"{PREFIX}{pid}", instance.record()))
        self.served_with = served_with

    async def serving_records(self) -> list[bytes]:
        """The settings each instance serving on the database now recorded (`_agree`)."""
        async with self._transaction("read the serving instances' settings",
                                     write=False) as tx:
            serving = {int(row[0]) for row in await tx.rows(SERVING_PIDS, SERVING)}
            rows = await tx.rows("SELECT name, value FROM meta WHERE name LIKE ?",
                                 (PREFIX + "%",))
        return [bytes(value) for name, value in rows
                if str(name).removeprefix(PREFIX).isdecimal()
                and int(str(name).removeprefix(PREFIX)) in serving]

    async def _let_go(self, conn: PoolConnectionProxy[asyncpg.Record]) -> None:
        """Give the serving lock's connection back (the lock goes with the session: a
        connection the server dropped holds nothing)."""
        with contextlib.suppress(*DRIVER_ERRORS):
            if not conn.is_closed():
                await conn.execute("SELECT pg_advisory_unlock_shared($1, $2)", *SERVING)
        with contextlib.suppress(*DRIVER_ERRORS):
            await self._pool.release(conn)

    @asynccontextmanager
    async def serving(self, lost: Callable[[StorageError], None] | None = None,
                      instance: Instance | None = None) -> AsyncIterator[bool]:
        """Held (shared: any number of instances) while this instance serves, on a pooled
        connection of its own; `exclusive("alone")` is refused meanwhile, so `keys rotate`
        cannot re-seal what running instances, holding only the old key, must read. One
        waits here while a rotation runs. Taken again when the server drops that
        connection; `lost` hears of a rotation, or an instance started with other settings,
        meanwhile (the instance must stop). `instance`: this instance's settings, refused
        (SettingsDiffer) where they differ from a serving instance's (`storage.instances`)."""
        held: list[PoolConnectionProxy[asyncpg.Record] | None] = [
            await self._hold_serving(instance)]
        again: set[asyncio.Task[None]] = set()

        def dropped(_: object) -> None:
            task = asyncio.get_running_loop().create_task(retake())
            again.add(task)
            task.add_done_callback(again.discard)

        async def retake() -> None:
            gone, held[0] = held[0], None
            if gone is not None:
                await self._let_go(gone)
            log.warning("The database %s dropped this instance's connection; taking the lock "
                        "that keeps `sosbot keys rotate` from running beside it again", self.path)
            while True:
                try:
                    conn = await self._hold_serving(instance)
                except (KeyProblem, SettingsDiffer, NewerSchema) as exc:
                    if lost is not None:
                        lost(exc)
                    return
                except StorageError:
                    await asyncio.sleep(RETAKE_EVERY)  # the server still out of reach
                    continue
                conn.add_termination_listener(dropped)
                held[0] = conn
                return

        first = held[0]
        assert first is not None
        first.add_termination_listener(dropped)
        try:
            yield True
        finally:
            for task in list(again):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            self._checked = None
            if (conn := held[0]) is not None:
                conn.remove_termination_listener(dropped)
                await self._let_go(conn)

    @asynccontextmanager
    async def exclusive(self, job: str) -> AsyncIterator[bool]:
        """True while this instance alone runs `job`; False (run nothing) if another does."""
        key = (LOCK_SPACE, JOBS[job])
        try:
            async with self._pool.acquire() as conn:
                got = bool(await conn.fetchval("SELECT pg_try_advisory_lock($1, $2)", *key))
                try:
                    yield got
                finally:
                    if got:
                        await conn.execute("SELECT pg_advisory_unlock($1, $2)", *key)
        except DRIVER_ERRORS as exc:
            raise _problem(exc, self.path, f"run the {job} job") from None


async def sealed_with(url: str) -> str | None:
    """The id of the data key a PostgreSQL database's answers are sealed with, read from its
    key check; None when it has none, or cannot be reached (a key is often made before the
    database is): nothing is made or changed in it."""
    try:
        connection = await asyncpg.connect(url, timeout=10)
    except (OSError, TimeoutError, asyncpg.PostgresError, ValueError):
        return None
    try:
        value = await connection.fetchval("SELECT value FROM meta WHERE name = $1", KEY_CHECK)
    except asyncpg.PostgresError:  # no meta table: a database sosbot has not set up yet
        return None
    finally:
        await connection.close()
    return key_id_of(bytes(value)) if value is not None else None
