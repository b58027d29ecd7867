"""The SQLite engine: one aiosqlite connection, one process, users' turns side by side.

SQLite is the embedded default (`sqlite:///path`, or SOSBOT_DB). One process uses a database
at a time (`storage.filelock`), so this process alone writes it, and whoever holds a user's
lock (`storage.locks`) alone writes that user's rows. A transaction of several awaited
statements holds `_lock`, the connection, because aiosqlite does not keep coroutines that
share a connection out of each other's transactions.

A user's turn (`_TurnTx`) does not hold the connection while it works. Until it writes, each
of its reads is one statement on a second, read-only connection (`_reader`), run on the event
loop's own thread: the rows it reads are the user's, nothing else writes them meanwhile, and
in WAL mode a read sees every commit made before it. Its writes are held back and sent in one
trip with BEGIN IMMEDIATE and COMMIT, together with those of the other turns that finished
while the previous commit was on the disk (`storage.trips.GroupCommit`). So the checks, the
engine and the waits for the event loop of one user's turn no longer keep every other
user's turn waiting (the tail of the paced benchmark was that queue). A turn that must read
what it has written, or rows beside the drafts that other users write (`storage.teams`),
opens its transaction at that statement and holds the connection from there to its commit,
as every turn once did.

Each statement sent on its own would be a trip to aiosqlite's thread and back through the
event loop. So a transaction sends its BEGIN with its first statement, and the writes whose
outcome nobody reads (`Tx.later`) with its next statement or its COMMIT. That one batching
call uses aiosqlite's `Connection._execute` (run a function on the connection's thread), the
method all its public ones go through. The group commit puts its work on that thread's queue
itself (`_tx`, what `_execute` fills) and is answered by a callback on the event loop, not a
future awaited in a chain of them: every link of such a chain is a round of the loop, under
load each a wait behind the other updates. Everything else is aiosqlite's public API.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import sqlite3
import stat
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, cast

import aiosqlite

from storage import DEFAULT_BUSY_MS, filelock
from storage.contract import DraftInfo, PurgeReport, Reminder, Session
from storage.crypto import key_id_of
from storage.errors import (
    CorruptDatabase,
    FileGone,
    LogGone,
    StorageError,
    from_sqlite,
    recognised,
)
from storage.locks import Gate, UserLocks
from storage.migrations import MIGRATIONS, already_there, half_applied, statements_for
from storage.sealing import PlainSealer, Sealer
from storage.shares import key_old_digests, unkeyed_digests
from storage.sql import SqlStore, _update_key
from storage.standings import Standings
from storage.statements import (
    ANSWER_DELETE,
    ANSWER_UPSERT,
    DRAFT_UPDATE,
    DRAFT_UPSERT,
    HANDLED,
    KEY_CHECK,
    SESSION_UPSERT,
    TURN_ANSWERS,
    TURN_HEAD,
    Tx,
)
from storage.trips import (
    GroupCommit,
    Statement,
    in_order,
    not_flushed,
    roll_back_if_open,
    whole,
)

__all__ = ["DraftInfo", "PurgeReport", "Reminder", "Session", "Store"]

Synchronous = Literal["OFF", "NORMAL", "FULL", "EXTRA"]


log = logging.getLogger(__name__)

# sqlite3 binds a whole number, a float, a text and a bytearray as they are, and looks every
# other parameter up among the adapters, then asks its protocol to adapt it (an exception made
# and dropped) before binding it as it is: each sealed value (bytes) and NULL of every write,
# about 1.8 thousand instructions apiece. Named here, they bind as before, at a look-up's
# cost: `bytes` gives a bytes value back itself, an empty dict's `get` None for None (both
# in C). bytes and NoneType are not among the types whose adapting would make sqlite3 look
# up every parameter (int, float, str, bytearray). For every connection of the process:
# what they bind is unchanged.
sqlite3.register_adapter(bytes, bytes)
_NOTHING: dict[object, None] = {}
sqlite3.register_adapter(type(None), _NOTHING.get)

def sqlite_files(path: Path) -> tuple[Path, ...]:
    """A SQLite database's file and the journal files SQLite keeps beside it."""
    return (path, *(Path(f"{path}{end}") for end in ("-wal", "-shm", "-journal")))


def check_location(path: Path) -> None:
    """Refuse, naming it, a path no database file can be at: a folder, a device or other
    special file, or a folder that cannot be made (a file stands in its way); make the
    folder otherwise. Before anything else is made for the database (its key file)."""
    _refuse_folder(path)
    if path.is_symlink() and not path.exists():
        # a disk not mounted, a file moved: a new database there would fail only after its
        # key file was made, naming neither the link nor where it points
        raise StorageError(f"Cannot use {path} as the database: it is a link to "
                           f"{os.readlink(path)}, which is not there; correct the link, or "
                           "give the database file's own path.")
    if path.exists() and not path.is_file():
        raise StorageError(f"Cannot use {path} as the database: it is not a plain file (a "
                           "device or a pipe); give a file name.")
    _refuse_in_the_way(path)
    filelock.refuse_if_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = next((p for p in reversed((path.parent, *path.parent.parents))
                        if p.exists() and not p.is_dir()), None)
        why = f"{blocker} is a file, not a folder" if blocker else exc.strerror
        raise StorageError(f"Cannot create the database {path}: {why}.") from None


FOREIGN = "The database {path} is not a sosbot database (it holds other tables); it has been " \
    "left as it is."


def refuse_foreign(path: Path) -> None:
    """Refuse, naming it, a file that is not a sosbot database: another program's SQLite
    tables, or not SQLite at all. Read only; for the commands that would otherwise blame a
    missing key for it (a file this cannot read is left to opening it to report)."""
    if not path.is_file() or path.stat().st_size == 0:
        return
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            (version,) = db.execute("PRAGMA user_version").fetchone()
            tables = db.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE "
                                "'sqlite_%' LIMIT 1").fetchall()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise CorruptDatabase(f"The database {path} is not a sosbot database (nor any "
                                  "SQLite database); it has been left as it is.") from None
        return
    if version == 0 and tables:
        raise CorruptDatabase(FOREIGN.format(path=path))


def sealed_with(path: Path) -> str | None:
    """The id of the data key a sosbot database's answers are sealed with, read from its key
    check (read only); None when it has none (new, empty, from before answers were
    encrypted, or not one that can be read here)."""
    check = key_check(path)
    return key_id_of(check) if check is not None else None


def key_check(path: Path) -> bytes | None:
    """A sosbot database's key check as stored, sealed (read only); None as `sealed_with`."""
    if not path.is_file() or path.stat().st_size == 0:
        return None
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as db:
            rows = db.execute("SELECT value FROM meta WHERE name = ?", (KEY_CHECK,)).fetchall()
    except sqlite3.DatabaseError:
        return None
    return bytes(rows[0][0]) if rows else None


def _refuse_in_the_way(path: Path) -> None:
    """A folder (or a device, a pipe) under the name of a file SQLite keeps beside the
    database (a backup unpacked there, `mkdir` by mistake) was refused naming the database
    alone, as "it cannot be opened; check the path and permissions", "read-only" or "the
    disk reported an error": it is named, and what to do."""
    for beside in sqlite_files(path)[1:]:
        if beside.exists() and not beside.is_file():
            kind = "a folder" if beside.is_dir() else "not a plain file"
            raise StorageError(
                f"Cannot open the database {path}: {beside} beside it is {kind}, where "
                "SQLite keeps a file of its own while the database is open; move it away "
                "and start again.")


def _refuse_folder(path: Path) -> None:
    if path.is_dir():
        raise StorageError(f"Cannot open the database {path}: it is a folder; give a file "
                           "name.")


def refuse_planted(path: Path) -> None:
    """An empty file another user made under the database's name (in a shared folder) would
    stay theirs to read, whatever its mode: it is not taken as the database."""
    try:
        found = path.stat()
    except OSError:
        return
    if stat.S_ISREG(found.st_mode) and found.st_size == 0 \
            and found.st_uid not in (os.geteuid(), 0):
        raise StorageError(f"Cannot use the database {path}: it is an empty file another user "
                           "made, who could read what is saved in it; remove it, or give "
                           "another name.")


def make_private(path: Path) -> None:
    """A database (and its -wal and -shm) this user owns, readable by others (restored from
    a backup with the operator's umask, copied with `cp`), is made private, mode 600, as one
    sosbot creates, and the log says so in one line. The answers are sealed, but who uses the
    bot (user ids, members, times) is not. One another user owns is left (and named); so is
    another program's database, refused before this."""
    for name in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            found = name.stat()
        except OSError:
            continue
        mode = stat.S_IMODE(found.st_mode)
        if not stat.S_ISREG(found.st_mode) or not mode & (stat.S_IRWXG | stat.S_IRWXO):
            continue
        if found.st_uid != os.geteuid():
            log.warning("The database file %s can be read by other users (mode %o) and "
                        "belongs to another user, so sosbot cannot make it private: give it "
                        "to the user sosbot runs as (uid %d), mode 600.", name, mode,
                        os.geteuid())
            continue
        try:
            name.chmod(0o600)
        except OSError as exc:
            log.warning("The database file %s can be read by other users (mode %o), and "
                        "could not be made private (%s): run `chmod 600 %s`.", name, mode,
                        exc.strerror, name)
            continue
        log.warning("The database file %s could be read by other users (mode %o, as a copy "
                    "restored from a backup often is): it is now readable by its owner only "
                    "(mode 600).", name, mode)


def _cause(exc: StorageError) -> str:
    """The engine's own words in a StorageError's message (in its last brackets)."""
    text = str(exc).rstrip(".")
    return text[text.rfind("(") + 1:].rstrip(")") if text.endswith(")") else text


MOVED = ("Could not {doing} in {path}: the database file was removed or replaced while sosbot "
         "had it open, so nothing more is saved; put it back, or restart sosbot to use the "
         "file there now.")
WAL_GONE = ("Could not {doing} in {path}: its write-ahead log ({path}-wal) was removed or "
            "replaced while sosbot had it open, so nothing more is saved; restart sosbot now "
            "(stopping it writes what was saved before into the database file), and never "
            "remove the -wal file while sosbot runs.")


def _identity(path: str) -> tuple[int, int] | None:
    """The file at `path` as (device, inode); None for an in-memory database or no file."""
    if path == ":memory:" or path.startswith("file:"):
        return None
    try:
        info = os.stat(path)
    except OSError:
        return (-1, -1)  # never a file's: the file that was opened is gone
    return (info.st_dev, info.st_ino)


def _claim(path: Path, *, read_only: bool, exclusive: bool) -> tuple[int, int] | None:
    """Check a database path can be used, create the file if needed, and lock it."""
    if read_only:
        _refuse_folder(path)
        if not path.is_file():
            raise StorageError(f"Cannot open the database {path}: there is no such file.")
        return None
    check_location(path)
    try:
        # readable by its owner only; SQLite gives the -wal file the same mode
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        refuse_planted(path)
        if path.is_file() and path.stat().st_size == 0:
            # an empty file made beforehand (`touch sosbot.db`) becomes the database now:
            # as private as one sosbot creates (one with data in it once it is seen to be
            # sosbot's: `make_private`)
            with contextlib.suppress(OSError):
                path.chmod(0o600)
    except OSError as exc:
        raise StorageError(f"Cannot create the database {path}: {exc.strerror}.") from None
    return filelock.acquire(path) if exclusive else None


def _unflushed(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...],
               synchronous: str) -> list[Any]:
    """On aiosqlite's thread: one statement committed without waiting for the disk."""
    with not_flushed(conn, synchronous):
        return conn.execute(sql, params).fetchall()


def _reader(path: str) -> sqlite3.Connection:
    """A read-only connection for one-statement reads, used on the event loop's thread.

    A read of a user's rows takes tens of microseconds, far less than a trip to aiosqlite's
    thread and back; and that thread, stepping through a statement's rows, gives up and
    takes back the GIL at every row, waiting each time for the busy event loop to let go of
    it (up to the interpreter's switch interval, 5 ms): measured, a 40-row read took up to
    56 ms there under load, for 3 ms of its own work. Commits, which wait for the disk, stay
    on aiosqlite's thread."""
    conn = sqlite3.connect(_uri(path, read_only=True), uri=True, isolation_level=None)
    # It runs on the event loop: never wait there (a busy database is read on the thread).
    conn.execute("PRAGMA busy_timeout = 0")
    return conn


def _uri(path: str, *, read_only: bool) -> str:
    """A URI opening the file `path` names, whatever its name holds ("file:", "#", "?" and
    "%" included); read-only, or to read and write (made if missing)."""
    return Path(path).absolute().as_uri() + ("?mode=ro" if read_only else "")


_BUSY = (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)

# What a turn writes for an answer (the update marked handled, the draft and its answers, the
# session): rows no team standing is read from (`storage.standings`). A turn that writes
# anything else, or holds the connection (a team's rows written in it), forgets them all.
_NO_STANDING = frozenset({HANDLED, DRAFT_UPDATE, DRAFT_UPSERT, ANSWER_UPSERT, ANSWER_DELETE,
                          SESSION_UPSERT})


def _read_now(reader: sqlite3.Connection, statement: Statement) -> list[Any] | None:
    """The statement's rows, read at once; None when the database is busy (rare in WAL
    mode: a reader waits only while the log is recovered), to be read on the thread."""
    try:
        return reader.execute(*statement).fetchall()
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in _BUSY:
            return None
        raise


async def _read_once(db: aiosqlite.Connection, connection: asyncio.Lock,
                     reader: sqlite3.Connection | None, statement: Statement) -> list[Any]:
    """One statement's rows outside any transaction: on `reader` at once, or (no reader, or
    the database busy) in one trip of its own to aiosqlite's thread (`whole`)."""
    if reader is not None and (rows := _read_now(reader, statement)) is not None:
        return rows
    return list(await whole(connection, db._execute(  # type: ignore[no-untyped-call]
        in_order, db._conn, [], statement, True)))


class _SqliteTx:
    """One transaction's statements, sent in as few trips as their order allows."""

    def __init__(self, db: aiosqlite.Connection, begin: str | None) -> None:
        self._db = db
        self._held: list[Statement] = [(begin, ())] if begin else []
        self.writes = 0

    async def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        self.writes += 1
        return int(await self._send((sql, tuple(params)), fetch=False))

    async def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        return list(await self._send((sql, tuple(params)), fetch=True))

    async def later(self, sql: str, params: Sequence[Any] = ()) -> None:
        self.writes += 1
        self._held.append((sql, tuple(params)))

    def serial(self) -> None:
        """Already one open transaction from its first statement."""

    async def finish(self, *, commit: bool) -> None:
        """COMMIT, after what is held; a read sends what it held (each statement its own)."""
        if commit:
            await self._send(("COMMIT", ()), fetch=False)
        elif self._held:
            last = self._held.pop()
            await self._send(last, fetch=False)

    async def rollback(self) -> None:
        """Undo whatever of the transaction reached the thread. Asked on the thread, after
        any trip still queued there (a cancelled update's BEGIN may yet run): the loop's
        view of `in_transaction` can be a trip behind."""
        self._held = []
        await self._db._execute(roll_back_if_open, self._db._conn)  # type: ignore[no-untyped-call]

    async def _send(self, last: Statement, *, fetch: bool) -> Any:
        held, self._held = self._held, []
        return await self._db._execute(  # type: ignore[no-untyped-call]  # untyped in aiosqlite
            in_order, self._db._conn, held, last, fetch)


class _TurnTx(_SqliteTx):
    """A user's turn on the shared connection (see the module docstring): reads taken one
    statement at a time (`_read_once`) until the turn writes, then its writes in one trip
    from BEGIN to COMMIT; the transaction opened early, holding the connection to the end,
    at the first statement whose outcome is read after a write (or any `run`), or once
    `serial` is asked for."""

    def __init__(self, db: aiosqlite.Connection, connection: asyncio.Lock,
                 reader: sqlite3.Connection | None, commits: GroupCommit,
                 standings: Standings[Any] | None = None, *,
                 still_there: Callable[[str], None] | None = None, doing: str = "save"
                 ) -> None:
        super().__init__(db, None)
        self._connection = connection
        self._commits = commits
        self._reader = reader
        # The database file and its log looked at once the turn's work is done, not as it
        # begins (`Store._still_there`): with its writes, by the group commit, once for all
        # the turns of a batch
        self._still_there = still_there
        self._doing = doing
        self._holding = False  # the connection, inside an open transaction
        self._serial = False
        self.standings = standings
        self.standings_changed = False  # a write that might change a team standing sent

    def _changing(self) -> None:
        """A write that might change a team standing is about to be sent (`Standings`)."""
        if not self.standings_changed:
            self.standings_changed = True
            if self.standings is not None:
                self.standings.writing()

    def serial(self) -> None:
        self._serial = True

    async def _send(self, last: Statement, *, fetch: bool) -> Any:
        if self._holding:
            return await super()._send(last, fetch=fetch)
        if fetch and not self._held and not self._serial:
            return await _read_once(self._db, self._connection, self._reader, last)
        await self._connection.acquire()
        if self._still_there is not None:
            try:
                self._still_there(self._doing)
            except BaseException:
                self._connection.release()
                raise
        self._holding = True
        self._changing()
        self._held.insert(0, ("BEGIN IMMEDIATE", ()))
        return await super()._send(last, fetch=fetch)

    async def finish(self, *, commit: bool) -> None:
        assert commit  # a turn always writes what it holds
        if self._holding:
            await super().finish(commit=True)  # a failure is `rollback`'s, still holding
            self._let_go()
        elif self._held:
            writes, self._held = self._held, []
            if any(sql not in _NO_STANDING for sql, _ in writes):
                self._changing()
            await self._commits.commit(
                writes, checked=None if self._still_there is None else self._doing)
        elif self._still_there is not None:  # nothing written: only what was read is shown
            self._still_there(self._doing)

    async def rollback(self) -> None:
        if not self._holding:
            self._held = []
            return
        try:
            await super().rollback()
        finally:
            self._let_go()

    def _let_go(self) -> None:
        self._holding = False
        self._connection.release()


class Store(SqlStore):
    """Drafts, answers and sessions in one SQLite file."""

    shared = False  # one process at a time (storage.filelock)
    _now_sql = "((julianday('now') - 2440587.5) * 86400.0)"

    def __init__(self, db: aiosqlite.Connection, path: str, sealer: Sealer) -> None:
        self._db = db
        self.path = path
        self._sealer = sealer
        self._lock = asyncio.Lock()  # the connection
        self._commits = GroupCommit(db, self._lock)
        self._commits.refusal = self._gone
        self._receipts: dict[int, asyncio.Future[None]] = {}  # each user's, until committed
        self._reader: sqlite3.Connection | None = None
        self._users = UserLocks()
        self._gate = Gate()
        self.standings = Standings()
        self._file_lock: tuple[int, int] | None = None
        # the file opened, by its absolute path, and as (device, inode)
        self._file: tuple[str, tuple[int, int] | None] = (os.path.abspath(path), None)
        # its write-ahead log as (device, inode), once opened in WAL mode (None: not checked)
        self._wal: tuple[int, int] | None = None
        self._busy_ms = DEFAULT_BUSY_MS  # how long a write waits for another program's lock

    @classmethod
    async def open(cls, path: str | Path, *, sealer: Sealer | None = None,
                   synchronous: Synchronous = "FULL", read_only: bool = False,
                   busy_ms: int = DEFAULT_BUSY_MS, exclusive: bool = True) -> Store:
        """Open (creating if needed) and migrate a database; refuse a damaged one.

        `busy_ms` is how long a write waits for another program's lock before it fails.
        `exclusive` (not for `read_only`) refuses the database while another sosbot process
        has it, and keeps it so until `close`.
        """
        name = str(path)
        lock = None
        if name != ":memory:":
            lock = _claim(Path(name), read_only=read_only, exclusive=exclusive)
        try:
            # By URI, so that SQLite reads no name as a URI of its own: "file:cases.db" (given
            # as ./file:cases.db) opened cases.db, not the file locked and made mode 600
            uri = name if name == ":memory:" else _uri(name, read_only=read_only)
            db = await aiosqlite.connect(uri, isolation_level=None, uri=name != ":memory:")
        except sqlite3.Error as exc:
            if lock is not None:
                filelock.release(lock)
            raise StorageError(f"Cannot open the database {name}: {exc}.") from None
        store = cls(db, name, sealer or PlainSealer())
        store._file_lock = lock
        store._file = (store._file[0], lock or _identity(name))
        try:
            await store._prepare(synchronous, read_only, busy_ms)
            if name != ":memory:":
                store._reader = _reader(name)
            if store._file[1] is not None and not read_only:
                # SQLite keeps the log while any connection has the database open: another
                # sosbot command opening and closing it leaves it, a checkpoint truncates it
                wal = _identity(f"{store._file[0]}-wal")
                store._wal = wal if wal != (-1, -1) else None
        except BaseException:
            await store.close()
            raise
        return store

    async def _prepare(self, synchronous: Synchronous, read_only: bool, busy_ms: int) -> None:
        try:
            rows = await self._db.execute_fetchall("PRAGMA quick_check")
        except sqlite3.DatabaseError as exc:
            if recognised(exc) and not isinstance(from_sqlite(exc, "", ""), CorruptDatabase):
                raise from_sqlite(exc, self.path, "open") from None
            raise CorruptDatabase(f"The database {self.path} is damaged or is not a sosbot "
                                  f"database ({exc}); it has been left as it is.") from None
        problems = [r[0] for r in rows if r[0] != "ok"]
        if problems:
            first = " ".join(problems[0].split())  # SQLite's report runs over several lines
            raise CorruptDatabase(f"The database {self.path} failed its integrity check "
                                  f"({first}); it has been left as it is.")
        self._busy_ms = int(busy_ms)
        pragmas = ["foreign_keys = ON", f"busy_timeout = {int(busy_ms)}", "secure_delete = ON",
                   f"synchronous = {synchronous}"]
        if not read_only:
            pragmas.insert(0, "journal_mode = WAL")
        self._commits.synchronous = synchronous
        try:
            version = await self._version()
            self._check_ours(version, await self._db.execute_fetchall(
                "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' LIMIT 1"))
            if not read_only and self.path != ":memory:":
                make_private(Path(self.path))  # sosbot's own: before the -wal takes its mode
            # one trip for all of them (each statement is a trip to aiosqlite's thread)
            await self._db.executescript("".join(f"PRAGMA {p};" for p in pragmas))
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, "prepare the tables") from None
        if not read_only and version < len(MIGRATIONS):
            await self._migrate(version)
            version = len(MIGRATIONS)
        async with self._transaction("check the data key", write=False) as tx:
            unrecorded = await self._check_key(tx, version)
            unkeyed = version == len(MIGRATIONS) and not read_only \
                and await unkeyed_digests(tx, self._sealer)
        if unrecorded and not read_only:
            async with self._transaction("record the key check") as tx:
                await self._record_key_check(tx)
        if unkeyed:
            async with self._transaction("key the shared summaries' digests") as tx:
                await key_old_digests(tx, self._sealer)

    async def _version(self) -> int:
        (version,) = next(iter(await self._db.execute_fetchall("PRAGMA user_version")))
        return int(version)

    def _check_ours(self, version: int, tables: Iterable[object]) -> None:
        """Refuse a database from a newer sosbot, or one holding someone else's tables."""
        if version > len(MIGRATIONS):
            raise StorageError(f"The database {self.path} was made by a newer sosbot "
                               f"(schema {version}); upgrade sosbot to use it.")
        if version == 0 and list(tables):
            raise CorruptDatabase(FOREIGN.format(path=self.path))

    async def _migrate(self, version: int) -> None:
        for number, migration in enumerate(MIGRATIONS[version:], start=version + 1):
            try:
                async with self._transaction("prepare the tables") as tx:
                    for statement in statements_for("sqlite", migration):
                        await tx.run(statement)
                    await tx.run(f"PRAGMA user_version = {number}")
            except StorageError as exc:
                if not already_there(str(exc)):
                    raise
                # each migration in a transaction of its own: those before it stand
                raise StorageError(half_applied(self.path, number - 1, number, _cause(exc))
                                   ) from None

    async def close(self) -> None:
        """Checkpoint, close and give back the file lock, once the turns under way are done;
        safe to call twice. While another program holds the database, closing waits for its
        lock once at most: the last checkpoint is given what is left of one busy timeout
        after what was under way (a question's receipt that waited it out, say); it waited
        it out again, twice the wait before `sosbot chat` gave the prompt back."""
        began = asyncio.get_running_loop().time()
        async with self._gate.alone():
            await self._commits.idle()  # receipts are not turns: the gate does not wait for them
            async with self._lock:
                if self._reader is not None:  # first: the last connection closed removes the WAL
                    self._reader.close()
                    self._reader = None
                waited = int((asyncio.get_running_loop().time() - began) * 1000)
                with contextlib.suppress(sqlite3.Error, ValueError):
                    await self._db.executescript(
                        f"PRAGMA busy_timeout = {max(0, self._busy_ms - waited)};"
                        "PRAGMA wal_checkpoint(TRUNCATE);")
                await self._db.close()
        if self._file_lock is not None:
            filelock.release(self._file_lock)
            self._file_lock = None

    def _transaction(self, doing: str = "save", *, user_id: int | None = None,
                     write: bool = True) -> AbstractAsyncContextManager[_SqliteTx]:
        """One unit of work; any sqlite3 error becomes one StorageError naming the file.

        With `user_id`, that user's turn: it holds the user's lock, and the connection only
        for its trips (`_TurnTx`). Any other write waits for the turns under way to finish
        and runs alone on the connection, in one transaction (BEGIN IMMEDIATE). A read runs
        its statements without BEGIN, holding the connection: no other unit of work of this
        process runs meanwhile, and no other process writes (`storage.filelock`); each
        statement is a trip to aiosqlite's thread, so fewer is faster under load.
        """
        if user_id is not None:
            return _UsersTransaction(self, doing, user_id)
        return self._alone(doing, write)

    @asynccontextmanager
    async def _alone(self, doing: str, write: bool) -> AsyncIterator[_SqliteTx]:
        """`_transaction` for a unit of work that is not a user's turn."""
        self._still_there(doing)
        async with contextlib.AsyncExitStack() as held:
            if write:
                await held.enter_async_context(self._gate.alone())
            await held.enter_async_context(self._lock)
            tx = _SqliteTx(self._db, "BEGIN IMMEDIATE" if write else None)
            standings = self.standings if write else None
            if standings is not None:
                standings.writing()
            try:
                yield tx
                await tx.finish(commit=write)
            except BaseException as exc:
                await tx.rollback()
                if isinstance(exc, sqlite3.Error):
                    raise from_sqlite(exc, self.path, doing) from None
                raise
            finally:
                if standings is not None:
                    standings.written()
                elif tx.writes and self.standings is not None:
                    self.standings.changed()

    def _still_there(self, doing: str) -> None:
        """Refuse to go on when the database file or its log was removed or replaced since
        it was opened (`_gone`)."""
        gone = self._gone()
        if gone is not None:
            raise gone(doing)

    def _gone(self) -> Callable[[str], FileGone] | None:
        """What refuses a unit of work (by what it was doing) when the database file was
        removed, or replaced (a backup moved over it), since it was opened: SQLite would go
        on writing to the file no name leads to, saying every answer was saved, and all of
        them were lost at the next start. None while both are there.

        Two paths looked up, dear system calls on a virtual machine: a user's turn is looked
        at once its work is done, with the turns committed beside it (`GroupCommit`), once
        for all of them: every turn of a batch began before that look."""
        where, opened = self._file
        if opened is not None and _identity(where) != opened:
            return lambda doing: FileGone(MOVED.format(path=self.path, doing=doing))
        # Nor when its write-ahead log was (`rm sosbot.db-wal`, as a restore does once the
        # bot is stopped): every commit went on into the log no name leads to, each answer
        # said to be saved, and a crash or a kill lost all of them (the tables too, when
        # they were still only in the log); any other sosbot command read the database
        # without them, and wrote a log of its own beside the bot's. Out of reach until the
        # restart, not the update's fault: Telegram sends it again then.
        if self._wal is not None and _identity(f"{where}-wal") != self._wal:
            return lambda doing: LogGone(WAL_GONE.format(path=self.path, doing=doing))
        return None

    async def _autocommit(self, doing: str, sql: str, params: Sequence[Any]
                          ) -> list[Sequence[Any]]:
        """One statement committed on its own, without waiting for the disk (SQLite's rate
        limit is kept in memory: nothing calls this in `sosbot run`)."""
        try:
            return list(await whole(self._lock, self._db._execute(  # type: ignore[no-untyped-call]
                _unflushed, self._db._conn, sql, tuple(params), self._commits.synchronous)))
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, doing) from None

    async def _receipt(self, user_id: int, doing: str, sql: str, params: Sequence[Any], *,
                       wait: bool = False) -> None:
        """A question's receipt: committed with the answers of the turns finishing at the
        same time, or else on its own without waiting for the disk (`GroupCommit.commit`);
        losing it to a power cut costs a question shown again.

        Sent, not waited for: the question is on the user's screen already, and the update
        that showed it need not wait for a commit to end (nor hold the user's place in the
        front end meanwhile). Sessions are written by this process alone (`sosbot invite`,
        beside it, writes invites only), so whatever reads the session next waits for it
        here: the user's next turn (`_transaction`), so an answer typed the instant the
        question arrived is read as an answer to it, not to a question never seen; and a
        read of the session outside a turn (`_received`). One that fails is logged (the
        question is then taken as not seen, and asked again). `wait` (the terminal chat): it
        is waited for, and one that fails raises StorageError, for the chat to say in a line
        of its own, not as a log record in the middle of the chat."""
        recording = self._commits.ask([(sql, tuple(params))], flush=False)
        if wait:
            self._commits.hurry()  # not left waiting for answers to ride with
            try:
                await recording
            except sqlite3.Error as exc:
                raise from_sqlite(exc, self.path, doing) from None
            except ValueError:  # aiosqlite's, for a connection already closed
                raise StorageError(f"Could not {doing} in {self.path}: the database was "
                                   "closed.") from None
            return
        self._receipts[user_id] = recording
        recording.add_done_callback(functools.partial(self._recorded, user_id, doing))

    def _recorded(self, user_id: int, doing: str, recording: asyncio.Future[None]) -> None:
        if self._receipts.get(user_id) is recording:
            del self._receipts[user_id]
        failure = None if recording.cancelled() else recording.exception()
        if failure is None or isinstance(failure, asyncio.CancelledError):
            return
        if isinstance(failure, sqlite3.Error):
            said = str(from_sqlite(failure, self.path, doing))
        else:  # aiosqlite's ValueError for a connection already closed
            said = f"Could not {doing} in {self.path}: the database was closed."
        log.warning("%s The question will be asked again.", said)

    async def _received(self, user_id: int) -> None:
        receipt = self._receipts.get(user_id)
        if receipt is None or receipt.done():  # most turns: it landed long ago
            return
        self._commits.hurry()  # not left waiting for answers to ride with
        # Awaited itself, not through `asyncio.wait` (a round of the event loop more, each
        # a wait behind every other update ready to run); its outcome is `_recorded`'s.
        try:
            with contextlib.suppress(Exception):  # a failure is `_recorded`'s to log
                await receipt
        except asyncio.CancelledError:
            failed = receipt.done() and not receipt.cancelled() and receipt.exception()
            if not isinstance(failed, asyncio.CancelledError):  # this task's own
                raise

    async def _turn_start(self, tx: Tx, user_id: int, update_id: int | None
                          ) -> tuple[Sequence[Any] | None, Sequence[tuple[str, bytes]]]:
        """On the reader, the session's row and the answers are two reads but no trip: read
        apart, the answers come without the session's columns padded beside each (about
        half the time of TURN_START's one result). The turn holds the user's lock, so no
        other unit of work writes these rows between the two."""
        if self._reader is None:
            return await super()._turn_start(tx, user_id, update_id)
        (head,) = await tx.rows(TURN_HEAD, (user_id, _update_key(update_id), user_id))
        if head[2] is not None and head[11] is not None:
            # Unchanged since this instance last read or wrote it: the answers kept are its
            # answers, and their rows need not be read again (storage.opened).
            kept = self._opened.rows_if_unchanged(user_id, head[2], head[11])
            if kept is not None:
                return head, kept
        answers = await tx.rows(TURN_ANSWERS, (user_id,))
        return head, cast(list[tuple[str, bytes]], answers)  # sqlite3's rows are tuples

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """One statement's rows, outside any turn (`_read_once`)."""
        try:
            return await _read_once(self._db, self._lock, self._reader, (sql, tuple(params)))
        except sqlite3.Error as exc:
            raise from_sqlite(exc, self.path, "read") from None

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


class _UsersTransaction:
    """`Store._transaction` for a user's turn: a class, not a generator's context manager
    (one is entered at almost every update). Holds the user's lock and a place through the
    gate from the user's last receipt landing to the end; commits what the turn held, or
    rolls it back and names the file for an sqlite3 error."""

    __slots__ = ("_doing", "_held", "_passing", "_store", "_tx", "_user_id")

    def __init__(self, store: Store, doing: str, user_id: int) -> None:
        self._store, self._doing, self._user_id = store, doing, user_id

    async def __aenter__(self) -> _SqliteTx:
        store = self._store
        self._held = held = store._users.held(self._user_id)
        await held.__aenter__()
        try:
            await store._received(self._user_id)
            self._passing = passing = store._gate.turn()
            await passing.__aenter__()
        except BaseException:
            await held.__aexit__(None, None, None)
            raise
        self._tx = _TurnTx(store._db, store._lock, store._reader, store._commits,
                           store.standings, still_there=store._still_there, doing=self._doing)
        return self._tx

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        traceback: TracebackType | None) -> bool:
        try:
            if exc is None:
                try:
                    await self._tx.finish(commit=True)
                except BaseException as failed:
                    await self._failed(failed)
                    raise
            else:
                await self._failed(exc)
        finally:
            if self._tx.standings_changed and self._tx.standings is not None:
                self._tx.standings.written()
            await self._passing.__aexit__(None, None, None)
            await self._held.__aexit__(None, None, None)
        return False

    async def _failed(self, exc: BaseException) -> None:
        """Roll back; an sqlite3 error is raised again as one StorageError naming the file."""
        await self._tx.rollback()
        if isinstance(exc, sqlite3.Error):
            raise from_sqlite(exc, self._store.path, self._doing) from None
