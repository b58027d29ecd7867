"""AES-GCM sealing of stored values, and the ring of data keys it uses.

A sealed value is `01 | len(id) | id | nonce(12) | ciphertext+tag`. The associated data is
the value's place (user, draft, field) plus that header, so a value copied into another row,
another draft or another field, or given another key id, fails to open. The first key of a
ring seals; every key of the ring opens, which is how `sosbot keys rotate` re-encrypts and
how a retired key is known to be unused before it is dropped.

Keys are written `id:base64` (or bare base64, whose id is derived from the key), one a line
in a key file or comma-separated in `SOSBOT_DATA_KEY`.
"""

from __future__ import annotations

import base64
import binascii
import errno
import hashlib
import hmac
import os
import re
import secrets
import stat
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import KeyProblem, SealError
from storage.filelock import user_name

VERSION = 1
NONCE_SIZE = 12
KEY_SIZE = 32
KEY_ID = re.compile(r"[A-Za-z0-9_-]{1,32}")


@dataclass(frozen=True)
class DataKey:
    """One 256-bit key and the id stored in every value it seals."""

    id: str
    secret: bytes

    def __repr__(self) -> str:  # never show the secret, even in a traceback
        return f"DataKey(id={self.id!r})"

    def line(self) -> str:
        """The key as one `id:base64` line for a key file."""
        return f"{self.id}:{base64.b64encode(self.secret).decode()}"


def new_key(key_id: str | None = None) -> DataKey:
    """A fresh random key; its id is the date-free random tag unless one is given."""
    return DataKey(key_id or f"k{secrets.token_hex(4)}", secrets.token_bytes(KEY_SIZE))


def parse_keys(text: str, source: str, *, no_key: str = "") -> list[DataKey]:
    """Keys from `id:base64` entries separated by commas or lines; `#` starts a comment. A
    problem names where it is: the line of a file of several lines (one pasted wrong after a
    rotation), or the place of a key in a list of several on one line."""
    keys: list[DataKey] = []
    where: dict[str, str] = {}
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        entries = [e.strip() for e in line.split("#", 1)[0].split(",") if e.strip()]
        for place, entry in enumerate(entries, 1):
            of = f", key {place} of {len(entries)}" if len(entries) > 1 else ""
            at = source + (f", line {number}" if len(lines) > 1 else "") + of
            try:
                key = _parse_key(entry, at)
            except KeyProblem as problem:
                if len(lines) < 2:
                    raise
                raise KeyProblem(str(problem), line=number, unlined=str(problem).replace(
                    at, source + of, 1)) from None
            keys.append(key)
            where.setdefault(key.id, at.removeprefix(source).removeprefix(", "))
    if not keys:
        raise KeyProblem(f"{source} holds no key.{no_key}")
    ids = [k.id for k in keys]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        first = f" (first at {where[twice[0]]})" if where[twice[0]] else ""
        raise KeyProblem(f"{source} uses the key id {twice[0]!r} twice{first}.")
    return keys


def _parse_key(entry: str, source: str) -> DataKey:
    key_id, sep, encoded = entry.rpartition(":")
    try:
        secret = base64.b64decode(encoded.strip(), validate=True)
    except (binascii.Error, ValueError):
        secret = b""
    if len(secret) != KEY_SIZE:
        raise KeyProblem(f"{source}: a key must be the base64 of {KEY_SIZE} random bytes "
                         "(`sosbot keys new` makes one).")
    key_id = key_id.strip() if sep else _derived_id(secret)
    if key_id == "draft":  # marks values sealed by a draft's own key (storage.keyring)
        raise KeyProblem(f"{source}: the key id 'draft' is reserved; give this key another id.")
    if not KEY_ID.fullmatch(key_id):
        raise KeyProblem(f"{source}: the key id {key_id!r} must be 1 to 32 letters, digits, "
                         "'-' or '_'.")
    return DataKey(key_id, secret)


def _derived_id(secret: bytes) -> str:
    return "k" + hashlib.sha256(b"sosbot key id|" + secret).hexdigest()[:8]


def keyed_digest(secret: bytes, purpose: bytes, data: bytes) -> str:
    """An HMAC-SHA-256 of `data` (hex) under a key derived from a data key's `secret` for one
    `purpose`, never the data key itself: a digest of something with few likely values (a
    case label, a short summary) that cannot be checked against guesses without the key."""
    return hmac.new(hmac.new(secret, purpose, hashlib.sha256).digest(), data,
                    hashlib.sha256).hexdigest()


def _refuse_planted(path: Path) -> None:
    """A key file another user made in a folder others can write to (a shared one) is theirs:
    they know the key, and sealing with it would keep nothing from them. (One in the service
    user's own folder, read by root's `sosbot purge` from cron, is the operator's.)"""
    found, folder = path.stat(), path.absolute().parent.stat()
    if found.st_uid not in (os.geteuid(), 0) and folder.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise KeyProblem(f"The key file {path} belongs to another user, in a folder others can "
                         "write to: they could know the key. Use a key file of your own.")


def _unreadable(path: Path, exc: PermissionError) -> str:
    """A key file this user may not read: whose it is, and what to type (`sudo sosbot keys
    new --write` before the bot's first start makes one root's)."""
    try:
        owner = os.stat(path).st_uid
    except OSError:  # its folder is shut: said as it is
        return f"Cannot read the key file {path}: {exc.strerror}."
    me = os.geteuid()
    if owner == me:
        return (f"Cannot read the key file {path}: its permissions do not let its owner read "
                f"it: `chmod 600 {path}`, then start sosbot again.")
    return (f"Cannot read the key file {path}: it belongs to the user {user_name(owner)}, and "
            f"sosbot runs as {user_name(me)} (made by a command run as another user, such as "
            f"`sudo sosbot keys new --write`?): give it to {user_name(me)} with `sudo chown "
            f"{user_name(me)} {path}` (it stays readable by its owner alone), then start "
            "sosbot again.")


def read_key_file(path: Path) -> list[DataKey]:
    """The keys in a key file, refusing one that its group or others could read."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise KeyProblem(f"The key file {path} is not a file (a folder or a device); point "
                             "SOSBOT_KEY_FILE at the key file the database was made with.")
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise KeyProblem(f"The key file {path} can be read by other users (mode "
                             f"{stat.S_IMODE(mode):o}); run `chmod 600 {path}` and start again.")
        _refuse_planted(path)
        text = path.read_text(encoding="utf-8-sig")  # a BOM from Notepad is no key
    except PermissionError as exc:
        raise KeyProblem(_unreadable(path, exc)) from None
    except OSError as exc:
        raise KeyProblem(f"Cannot read the key file {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise KeyProblem(f"The key file {path} is not a sosbot key file (it is not text); "
                         "point SOSBOT_KEY_FILE at the key file the database was made "
                         "with.") from None
    return parse_keys(text, f"The key file {path}", no_key=(
        " If it was emptied or lost, put back your copy of it (the database made with it "
        "cannot be read without it); if nothing was sealed with it yet, remove it and run "
        "`sosbot keys new --write`."))


def key_file_text(keys: Sequence[DataKey]) -> str:
    """What a key file holding these keys says, the first one current."""
    return ("# sosbot data keys: the first seals, all open. Keep a copy somewhere safe.\n"
            + "".join(f"{key.line()}\n" for key in keys))


def write_key_file(path: Path, keys: Sequence[DataKey]) -> None:
    """Replace a key file atomically, readable by its owner only; the first key is current."""
    replace_key_file(path, key_file_text(keys))


def replace_key_file(path: Path, text: str, mode: int = 0o600) -> None:
    """Replace a key file's whole text atomically: a reader sees the old file or the new one."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = _written_beside(path, text, mode)
        try:
            _keep_owner(path, temporary)
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise _unwritable(path, exc) from None
    _sync_folder(path.parent)


def create_key_file(path: Path, keys: Sequence[DataKey]) -> list[DataKey]:
    """Make a key file that does not exist yet, readable by its owner only, and return the
    keys it holds: these, or, when it exists already, the ones in it (never replaced).

    Two first runs at once must seal with the same key. The file is written whole under a
    temporary name, then linked to its own name, which fails if that name is taken: the
    one that loses reads the winner's key, complete before the link made it visible.
    """
    text = key_file_text(keys)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = _written_beside(path, text, 0o600)
    except OSError as exc:
        raise _unwritable(path, exc) from None
    try:
        try:
            os.link(temporary, path)
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            _create_in_place(path, text)
    except FileExistsError:
        return read_key_file(path)
    except OSError as exc:
        raise _unwritable(path, exc) from None
    finally:
        temporary.unlink(missing_ok=True)
    _sync_folder(path.parent)
    return list(keys)


_NO_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS}


def _create_in_place(path: Path, text: str) -> None:
    """Create `path` exclusively and write it (FileExistsError when it exists). For a file
    system without hard links: the other process could read it half written, and would
    then stop with an error rather than make a key of its own."""
    _fill(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), text)


LEFTOVER_AGE_S = 60  # a copy younger than this may be another first run's, being written


def _temporary_name(path: Path, tag: str) -> Path:
    return path.with_name(f".{path.name}.{tag}.tmp")


def remove_leftover_copies(path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the copies of a key file a write left beside it when it was stopped (killed, or
    the machine lost power) between writing the copy and giving it the key file's name: key
    material on disk that nothing reads, nor ever removed. The ones removed, to say; a copy
    younger than `LEFTOVER_AGE_S` may be another first run's, still to be linked, and stays."""
    removed = []
    now = time.time() if now is None else now
    head, tail = f".{path.name}.", ".tmp"
    try:
        beside = [p for p in path.parent.iterdir()
                  if p.name.startswith(head) and p.name.endswith(tail)]
    except OSError:
        return []
    for copy in beside:
        tag = copy.name[len(head):-len(tail)]
        try:
            if len(tag) != 8 or tag.strip("0123456789abcdef") or not copy.is_file() \
                    or now - copy.lstat().st_mtime < LEFTOVER_AGE_S:
                continue
            copy.unlink()
        except OSError:
            continue
        removed.append(copy)
    return removed


def _keep_owner(path: Path, temporary: Path) -> None:
    """Root replacing the service user's key file (`sosbot keys rotate --env-file
    /etc/sosbot/main.env`, as the README has it) gives the new file to that user, as the
    old one was: a key file of root's, mode 600, is one the bot can no longer read."""
    try:
        found = path.stat()
    except FileNotFoundError:
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and found.st_uid != 0:
        os.chown(temporary, found.st_uid, found.st_gid)


def _written_beside(path: Path, text: str, mode: int) -> Path:
    """A new file beside `path`, holding `text`, flushed to the disk."""
    temporary = _temporary_name(path, secrets.token_hex(4))
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        _fill(fd, text)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _fill(fd: int, text: str) -> None:
    """Write `text` into a file just created, flushed to the disk, and close it."""
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


# No room for the key file (a full disk or quota, a file size limit): running it as another
# user, as a permission fault is mended, mends nothing
_NO_ROOM = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}


def _unwritable(path: Path, exc: OSError) -> KeyProblem:
    what = "free some space on its disk, or raise the file size limit (`ulimit -f`, " \
        "LimitFSIZE= in a systemd unit), then run this again" if exc.errno in _NO_ROOM else \
        _own_folder_shut(path.parent) or \
        "run this as the user the bot runs as, who owns the key file and its folder (`sudo " \
        "-u sosbot ...`), or set SOSBOT_KEY_FILE to a file in a folder that user can write"
    return KeyProblem(f"Cannot write the key file {path}: {exc.strerror or exc}. Nothing was "
                      f"written to it: {what}.")


def _own_folder_shut(folder: Path) -> str | None:
    """What to do when the key file's folder is this user's own and yet cannot be written
    (its permissions, or a read-only file system): running as the bot's user, which it
    already is (`keys rotate` as the service's user in a folder made mode 555), mends
    nothing. None otherwise."""
    try:
        info, system = folder.stat(), os.statvfs(folder)
    except OSError:
        return None
    if system.f_flag & os.ST_RDONLY:
        return f"its folder {folder} is on a read-only file system; mount it read-write, then " \
            "run this again"
    if info.st_uid != os.geteuid() or info.st_mode & stat.S_IWUSR:
        return None
    return (f"its folder {folder} belongs to {user_name(info.st_uid)}, the user this runs as, "
            f"but its permissions ({stat.S_IMODE(info.st_mode):04o}) do not let its owner "
            f"write to it: `chmod u+w {folder}`, then run this again")


def _sync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def key_id_of(stored: bytes) -> str | None:
    """The id of the key that sealed a value; None when it is not an AES-GCM sealed value."""
    if len(stored) < 2 or stored[0] != VERSION:
        return None
    size = stored[1]
    key_id = stored[2:2 + size]
    if len(key_id) != size or not KEY_ID.fullmatch(key_id.decode("ascii", "replace")):
        return None
    return key_id.decode("ascii")


class AesGcmSealer:
    """Seals with the first key of a ring, opens with any of them."""

    def __init__(self, keys: Iterable[DataKey]) -> None:
        self.keys = tuple(keys)
        if not self.keys:
            raise KeyProblem("A key ring needs at least one key.")
        self._ciphers = {key.id: AESGCM(key.secret) for key in self.keys}
        # Each value starts with its key's header: read it as bytes, the way it is stored.
        self._by_header = {header_of(key.id): self._ciphers[key.id] for key in self.keys}
        # What seals (the first key), looked up once: two values or more are sealed an update
        self._sealing = (header_of(self.current), self._ciphers[self.current])

    @property
    def current(self) -> str:
        """The id of the key that seals new values."""
        return self.keys[0].id

    def seal(self, plaintext: bytes, where: bytes) -> bytes:
        header, cipher = self._sealing
        nonce = NONCES.take()
        return header + nonce + cipher.encrypt(nonce, plaintext, where + header)

    def open(self, stored: bytes, where: bytes) -> bytes:
        start = 2 + stored[1] if len(stored) > 1 else 0
        cipher = self._by_header.get(stored[:start])
        if cipher is not None:
            nonce, body = stored[start:start + NONCE_SIZE], stored[start + NONCE_SIZE:]
            try:
                return cipher.decrypt(nonce, body, where + stored[:start])
            except (InvalidTag, ValueError):
                pass  # said below, with the reason
        raise self._refusal(stored, where)

    def _refusal(self, stored: bytes, where: bytes) -> SealError:
        """Why a stored value did not open (`open` tried every way it could), naming the
        field."""
        place = _field(where)
        key_id = key_id_of(stored)
        if key_id is None:
            return SealError(f"The stored {place} is not encrypted: it was altered, or the "
                             "database is from before sosbot encrypted answers (then `sosbot "
                             "keys encrypt` encrypts it).")
        if key_id not in self._ciphers:
            return SealError(f"The stored {place} was encrypted with the key {key_id!r}, which "
                             "is not among the configured keys.")
        return SealError(f"The stored {place} failed its integrity check: it was altered "
                         "or moved from another row, so it was not used.")


class Nonces:
    """Fresh random nonces, drawn from the operating system many at a time.

    Each value sealed takes 12 bytes of the system's randomness; asked for one nonce at a
    time, that is a system call for each, two in most updates (an answer and the draft's
    position), and system calls are dear on a virtual machine (`bench/HISTORY.md`). So the
    bytes of `count` nonces are drawn at once and handed out in turn, each once: the lock
    keeps two threads from taking the same bytes, and a forked child forgets what its
    parent drew (the two would otherwise hand out the same nonces)."""

    def __init__(self, count: int = 256) -> None:
        self._size = NONCE_SIZE * count
        self._drawn = b""
        self._at = 0
        self._lock = threading.Lock()
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._forget)

    def take(self) -> bytes:
        with self._lock:
            at = self._at
            if at + NONCE_SIZE > len(self._drawn):
                self._drawn, at = os.urandom(self._size), 0
            self._at = at + NONCE_SIZE
            return self._drawn[at:at + NONCE_SIZE]

    def _forget(self) -> None:
        self._lock = threading.Lock()  # a thread of the parent may have held it
        self._drawn, self._at = b"", 0


NONCES = Nonces()


def header_of(key_id: str) -> bytes:
    """The bytes a value sealed with this key starts with."""
    raw = key_id.encode("ascii")
    return bytes([VERSION, len(raw)]) + raw


def _field(where: bytes) -> str:
    """The field named in associated data, without the user or draft id (they stay out of logs)."""
    name = where.rsplit(b"|", 1)[-1].decode("utf-8", "replace")
    return "answer" if name.startswith("answer:") else f"draft {name}"
