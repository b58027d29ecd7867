"""One sosbot process per SQLite database: an exclusive `flock` on the database file itself.

The lock belongs to the open file, so the kernel drops it when the process ends, however it
ends: a crash leaves nothing behind to clean up (unlike a pid file). Stores opened twice in
one process share the lock. SQLite's own locks are POSIX record locks, which `flock` does not
touch; the descriptor stays open until the last store of the process closes, because closing
any descriptor of a file would drop the process's POSIX locks on it.
"""

from __future__ import annotations

import fcntl
import os
from dataclasses import dataclass
from pathlib import Path

from storage.errors import DatabaseInUse, StorageError


@dataclass
class _Held:
    fd: int
    users: int


_HELD: dict[tuple[int, int], _Held] = {}


def refuse_if_read_only(path: Path) -> None:
    """Say plainly that a database cannot be written, before SQLite calls it unopenable."""
    folder = path.parent
    where = path if path.exists() else folder
    if not folder.exists():
        return
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        raise StorageError(f"The database {path} is read-only: its folder is on a read-only "
                           "file system; sosbot needs to write there (mount it read-write).")
    if not os.access(where, os.W_OK) or (path.exists() and not os.access(folder, os.W_OK)):
        raise StorageError(f"The database {path} is read-only: this user may not write to "
                           f"{where}; sosbot needs to write to the file and its folder (check "
                           "their owner and permissions).")


def acquire(path: Path) -> tuple[int, int]:
    """Take (or share, within this process) the lock on an existing database file."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise StorageError(f"Cannot open the database {path}: {exc.strerror}.") from None
    key = (info.st_dev, info.st_ino)
    held = _HELD.get(key)
    if held is not None:  # checked before opening: closing a descriptor drops POSIX locks
        held.users += 1
        return key
    try:
        fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    except OSError as exc:
        raise StorageError(f"Cannot open the database {path}: {exc.strerror}.") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise DatabaseInUse(f"The database {path} is in use by another sosbot process (`sosbot "
                            "run` or `sosbot chat`); stop that one first, or give this one "
                            "another database.") from None
    _HELD[key] = _Held(fd, 1)
    return key


def release(key: tuple[int, int]) -> None:
    """Give back one use of the lock; the last one closes the descriptor."""
    held = _HELD.get(key)
    if held is None:
        return
    held.users -= 1
    if held.users == 0:
        del _HELD[key]
        os.close(held.fd)
