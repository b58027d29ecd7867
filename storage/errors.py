"""Storage errors.

StorageError          the database cannot be used; the message says which file and why
 ├─ CorruptDatabase   the file is damaged or is not a sosbot database; it is left untouched
 ├─ DatabaseInUse     another sosbot process holds the database
 ├─ NewerSchema       a newer sosbot changed the schema while this one served
 ├─ SealError         a stored value does not decrypt: wrong key, or altered or moved bytes
 └─ KeyProblem        no data key, or a key or key file that cannot be used
"""

from __future__ import annotations

import contextlib


class StorageError(Exception):
    """The database cannot be used; the message is one sentence an operator can act on."""


class Unavailable(StorageError):
    """The database cannot be used for now, whatever the work (PostgreSQL stopped, restarting
    or out of reach, its disk full, a standby; an SQLite file on a full disk, gone read-only,
    locked by another program past the wait, or failing to read or write): the same work may
    succeed once it is back, so a webhook post is answered with an error for Telegram to send
    it again, and polling hands the update in again later (`bot.handlers.Unsaved`). Any other
    StorageError may be the update's own (a value that no longer opens), sent again in vain."""


class FileGone(StorageError):
    """The SQLite file sosbot opened, or its write-ahead log, was removed or replaced while
    open: nothing more is saved (`storage.store`). Raised where a turn ends, not only where
    it begins, so even work that shows what the database holds is refused then."""


class LogGone(FileGone, Unavailable):
    """The write-ahead log removed or replaced: out of reach until the restart, not the
    update's fault (Telegram sends it again then)."""


class CorruptDatabase(StorageError):
    """The file is damaged or not ours; we never overwrite it."""


class DatabaseInUse(StorageError):
    """Another sosbot process has the database open (SQLite allows one)."""


class SettingsDiffer(StorageError):
    """Another instance serving on the database runs with a setting that must agree set
    otherwise (`storage.instances`)."""


class NewerSchema(StorageError):
    """A newer sosbot changed the database's schema, which this one does not know."""


class LacksPrivilege(StorageError):
    """The database user may not do what sosbot asked of the database (PostgreSQL)."""


class SealError(StorageError):
    """A value failed to decrypt or authenticate."""


class KeyProblem(StorageError):
    """The data keys are missing, malformed or unsafely stored; the message says what to do.
    `line`: the line of a text of several lines the key is on, when one key is at fault;
    `unlined`: the message without that line named, for a caller that names it its own way
    (the line of a settings file the key is on)."""

    def __init__(self, message: str, *, line: int | None = None, unlined: str = "") -> None:
        super().__init__(message)
        self.line = line
        self.unlined = unlined or message


class RotatedMeanwhile(KeyProblem, Unavailable):
    """A key rotation ran beside this serving instance (PostgreSQL had dropped its lock):
    nothing was written with the old key; the instance stops, and the work is done again
    once it is started with the rotated key file."""


_CAUSES = (
    ("SQLITE_FULL", Unavailable, "the disk holding it is full; free some space"),
    ("SQLITE_READONLY", Unavailable, "it is read-only; check the file's permissions and mount"),
    ("SQLITE_BUSY", Unavailable, "another program holds a lock on it; stop that program "
     "(only one sosbot may use a database)"),
    ("SQLITE_LOCKED", Unavailable, "another program holds a lock on it; stop that program"),
    ("SQLITE_CORRUPT", CorruptDatabase, "it is damaged; restore it from a backup"),
    ("SQLITE_NOTADB", CorruptDatabase, "it is damaged or not a sosbot database; restore it "
     "from a backup"),
    ("SQLITE_IOERR", Unavailable, "the disk reported an error; check the disk"),
    ("SQLITE_CANTOPEN", StorageError, "it cannot be opened; check the path and permissions"),
)


def recognised(exc: Exception) -> bool:
    """Whether an sqlite3 error has one of the causes named above."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    return any(name.startswith(prefix) for prefix, _, _ in _CAUSES)


def from_sqlite(exc: Exception, path: str, doing: str) -> StorageError:
    """One sentence for an operator from an sqlite3 error: which file, what failed, what to do.
    `doing` "open": opening the database itself ("Could not open the database X", not "open
    the database in the database X")."""
    name = str(getattr(exc, "sqlite_errorname", "") or "")
    what = f"open the database {path}" if doing == "open" else f"{doing} in the database {path}"
    for prefix, kind, advice in _CAUSES:
        if name.startswith(prefix):
            limit = _file_size_limit() if prefix == "SQLITE_IOERR" else None
            if limit is not None:  # a write past it fails as a disk's error does
                advice = (f"a file may have reached this process's file size limit ({limit} "
                          "bytes, set by `ulimit -f` in the shell it started from or "
                          "LimitFSIZE= in its systemd unit): raise or remove the limit; if "
                          "that is not it, check the disk")
            return kind(f"Could not {what}: {advice} ({exc}).")
    return StorageError(f"Could not {what} ({exc}).")


def _file_size_limit() -> int | None:
    """The largest file this process may write, in bytes, when it has such a limit; a write
    past it fails with EFBIG, which SQLite reports as "disk I/O error"."""
    with contextlib.suppress(ImportError, OSError, ValueError):
        import resource

        soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if soft != resource.RLIM_INFINITY:
            return int(soft)
    return None
