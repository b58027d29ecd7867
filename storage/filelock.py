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
import pwd
import stat
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
    if not folder.exists():
        return
    if os.statvfs(folder).f_flag & os.ST_RDONLY:
        raise StorageError(f"The database {path} is read-only: its folder is on a read-only "
                           "file system; sosbot needs to write there (mount it read-write).")
    files = [p for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]
    blocked = next((p for p in files if not os.access(p, os.W_OK)), None)
    if blocked is None and not os.access(folder, os.W_OK):
        blocked = folder
    if blocked is not None:
        raise StorageError(not_writable(path, blocked))


def not_writable(path: Path, blocked: Path) -> str:
    """Why sosbot may not write to the database `path` (`blocked`: the file, its folder, or
    SQLite's -wal or -shm file beside it): whose it is, the user sosbot runs as, and what
    to type. A database made by `sudo sosbot invite` before the bot's first start is
    root's, and the service's user was told only to "check the owner and permissions"."""
    info = os.stat(blocked)
    owner, me = user_name(info.st_uid), user_name(os.geteuid())
    name = f"The database {path}" if blocked == path else (
        f"{blocked} (the {'folder' if blocked == path.parent else 'journal'} of the database "
        f"{path.name})")
    if info.st_uid != os.geteuid():
        return (f"{name} belongs to the user {owner}, and sosbot runs as {me}, which may not "
                "write to it (made by a command run as another user, such as `sudo sosbot "
                f"invite` before the bot's first start?): give it to {me} with `sudo chown "
                f"{me} {blocked}`, then start sosbot again.")
    mode = stat.S_IMODE(info.st_mode)
    if mode & stat.S_IWUSR:
        # the permissions allow it, so `chmod u+w` (what was said) changes nothing: an
        # immutable file (`chattr +i`, set by a backup tool or by hand) is the usual cause
        return (f"{name} cannot be written, although it belongs to {me}, the user sosbot runs "
                f"as, and its permissions ({mode:04o}) allow it: it may be marked immutable "
                f"(`lsattr {blocked}` shows an i; `sudo chattr -i {blocked}` clears it), or a "
                "security policy forbids it. Then start sosbot again.")
    return (f"{name} belongs to {me}, the user sosbot runs as, but its permissions "
            f"({mode:04o}) do not let its owner write to it: `chmod u+w "
            f"{blocked}`, then start sosbot again.")


def user_name(uid: int) -> str:
    """The account a file's owner id names, as `ls -l` shows it."""
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a number no account has (a file copied from another machine)
        return f"number {uid}"


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
