"""The wording checks' patterns as Python compiled them, kept on disk between starts.

Compiling the checks' patterns (some tens of kilobytes each) was most of `sosbot run`'s
start-up: about four seconds on a quiet 2-core machine, every restart of every instance. What
Python's compiler makes of a pattern (`re._compiler.compile`: the parse, then the program it
hands to `_sre.compile`) depends only on the pattern's text, its flags and the Python that
compiled it, so the programs are kept in a file and handed to `_sre.compile` again, which
gives a pattern equal to `re.compile`'s (`Pattern.__eq__` compares the programs).

Safe as a cache must be:
- Each entry is keyed by its pattern's exact text and flags, and the file by the Python that
  wrote it (its version and build, and the bytes of its `re` package): a changed pattern is
  compiled again, a file from another Python is never read.
- It holds the patterns of the code and the word lists, written only by `sosbot run` before it
  reads its first update, so no practitioner's words can be in it (`seal`).
- A file that is not whole (its checksum), not the current user's, or writable by others is
  refused, and its patterns compiled as before; so is an entry `_sre` refuses.
- Written to a temporary file and renamed over the old one: instances starting at once each
  read a whole file, and the last to write wins (each writes the patterns it uses, so two
  versions side by side in a rolling deploy recompile only the patterns they differ by); a
  temporary file a start killed while writing left is taken away by a start an hour on.
  Nothing is written when nothing changed, and a folder that cannot be written (a read-only
  install) only means the patterns are compiled at each start, as before.
- Only while `re._compiler.compile` is the function this copies (Python 3.11 to 3.13): on
  another Python nothing is read or written.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # the regex engine, as re uses it
import array
import contextlib
import functools
import hashlib
import inspect
import json
import os
import re
import stat
import sys
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

MAGIC = b"sosbot compiled patterns 1\n"
# The source of `re._compiler.compile` in Python 3.11, 3.12 and 3.13, which `_program` repeats.
COMPILER_SOURCE = "0abaabe8e5892dad"
# A pattern shorter than this is compiled, not read from the file, where nothing is written.
SHORT = 200
# A temporary file older than this was left by a start killed while writing it (one being
# written by an instance starting beside this one is seconds old).
ABANDONED_S = 3600
# A file larger than this is not read: the shipped patterns make about 7 MB.
MAX_BYTES = 256 * 1024 * 1024

Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def default_folder(environ: Mapping[str, str]) -> Path | None:
    """Where the cache lives: systemd's CacheDirectory (the first, if several), else
    $XDG_CACHE_HOME/sosbot, else ~/.cache/sosbot; None when there is no home to put it in."""
    given = environ.get("CACHE_DIRECTORY", "").split(":")[0]
    if given and Path(given).is_absolute():
        return Path(given)
    xdg = environ.get("XDG_CACHE_HOME", "")
    if xdg and Path(xdg).is_absolute():
        return Path(xdg) / "sosbot"
    home = environ.get("HOME", "")
    return Path(home) / ".cache" / "sosbot" if home and Path(home).is_absolute() else None


def _compiler_source() -> str:
    from re import _compiler  # type: ignore[attr-defined]

    try:
        return hashlib.sha256(inspect.getsource(_compiler.compile).encode()).hexdigest()[:16]
    except (OSError, TypeError):  # no source shipped: the cache stays off
        return ""


def python_key() -> str:
    """What the compiled programs depend on besides the patterns: this Python and its `re`."""
    digest = hashlib.sha256()
    for part in (sys.version, sys.implementation.cache_tag, sys.byteorder, _sre.MAGIC,
                 _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, sys.maxunicode):
        digest.update(f"{part}\n".encode())
    for path in sorted(Path(re.__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


def _program(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile(pattern, flags)` hands to `_sre.compile`, after the pattern."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, \
        tuple(indexgroup)


def _made(pattern: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, groupindex, indexgroup = entry
    made: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return made


class PatternCache:
    """Compiled patterns read from, and written to, one file in `folder`. `writes`: this
    process compiles every pattern at start-up (`sosbot run`) and writes them at `seal`."""

    def __init__(self, folder: Path, *, writes: bool = False) -> None:
        self.folder = folder
        self.writes = writes
        self.read_from_file = 0  # patterns made from the file's programs
        self.compiled = 0  # patterns compiled here (not in the file, or the file refused)
        self.refused = ""  # why the file was not read, if it was there and was not
        self.unwritten = ""  # why it was not written, if it could not be
        self._lock = threading.Lock()
        self._loaded: dict[tuple[str, int], tuple[Any, ...]] | None = None
        self._blob = memoryview(b"")
        # What `seal` writes: each pattern used, with its program as bytes
        self._used: dict[tuple[str, int], tuple[Any, ...]] = {}
        self._sealed = not writes

    @functools.cached_property
    def on(self) -> bool:
        """Whether this Python compiles as `_program` does (worked out at the first use)."""
        return _compiler_source() == COMPILER_SOURCE \
            and array.array("I").itemsize == _sre.CODESIZE

    @functools.cached_property
    def key(self) -> str:
        return python_key() if self.on else ""

    @property
    def path(self) -> Path:
        return self.folder / f"patterns-{self.key}.bin"

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """`re.compile(pattern, flags)`, from the file's program when it holds one."""
        flags = int(flags)
        # Reading only: a short pattern compiles in well under a millisecond, and a chat's
        # start compiles only short ones, so it does not wait for the file to be read.
        if (not self.writes and len(pattern) < SHORT) or not isinstance(pattern, str) \
                or flags & re.DEBUG or not self.on:
            return re.compile(pattern, flags)
        with self._lock:
            made = self._from_file(pattern, flags)
            if made is not None:
                return made
            out_flags, code, groups, groupindex, indexgroup = _program(pattern, flags)
            self.compiled += 1
            made = _made(pattern, (out_flags, code, groups, groupindex, indexgroup))
            if not self._sealed:
                self._used[(pattern, flags)] = (out_flags, array.array("I", code).tobytes(),
                                                groups, groupindex, indexgroup)
            return made

    def _from_file(self, pattern: str, flags: int) -> re.Pattern[str] | None:
        if self._loaded is None:
            self._loaded = self._load()
        found = self._loaded.get((pattern, flags))
        if found is None:
            return None
        try:
            out_flags, groups, groupindex, indexgroup, offset, count = found
            program = self._blob[offset * 4:(offset + count) * 4]
            code = array.array("I")
            code.frombytes(program)
            made = _made(pattern, (out_flags, code.tolist(), groups, dict(groupindex),
                                   tuple(indexgroup)))
        except (RuntimeError, TypeError, ValueError, OverflowError):  # not a program
            self.refused = "an entry was not a pattern's program"
            return None
        self.read_from_file += 1
        if not self._sealed:
            self._used[(pattern, flags)] = (out_flags, program, groups, groupindex, indexgroup)
        return made

    def _load(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        try:
            data = self._read()
        except OSError:  # none there, or none this process may read: compiled, as before
            return {}
        except (ValueError, KeyError, TypeError) as exc:
            self.refused = str(exc) or type(exc).__name__
            return {}
        return data

    def _read(self) -> dict[tuple[str, int], tuple[Any, ...]]:
        fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as file:
            found = os.fstat(file.fileno())
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:
                raise ValueError("not a regular file of a cache's size")
            if found.st_uid != os.geteuid() or found.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
                raise ValueError("not this user's alone (owner, or writable by others)")
            raw = file.read()
        if not raw.startswith(MAGIC):
            raise ValueError("not a cache of compiled patterns")
        digest_ends = raw.index(b"\n", len(MAGIC))
        body = memoryview(raw)[digest_ends + 1:]
        if hashlib.sha256(body).hexdigest().encode() != raw[len(MAGIC):digest_ends]:
            raise ValueError("not whole (its checksum differs)")
        head_ends = raw.index(b"\n", digest_ends + 1)
        index = json.loads(raw[digest_ends + 1:head_ends])
        if index["python"] != self.key:
            raise ValueError("written by another Python")
        blob = memoryview(raw)[head_ends + 1:]
        if len(blob) != index["words"] * 4:
            raise ValueError("its programs are not the length it says")
        self._blob = blob
        return {(pattern, flags): tuple(rest) for pattern, flags, *rest in index["entries"]}

    def seal(self) -> None:
        """Write the patterns used so far, if they are not what the file holds, and let go of
        the file; patterns compiled after this are compiled as `re.compile` does and never
        written (the bot is about to read practitioners' words). A folder that cannot be
        written is said in `refused`, never raised."""
        with self._lock:
            if self._sealed:
                return
            self._sealed = True
            unchanged = self.compiled == 0 and self._loaded is not None \
                and self._loaded.keys() == self._used.keys()
            try:
                if self.on and self._used and not unchanged:
                    self._write()
                if self.on:
                    self._tidy()
            except OSError as exc:
                self.unwritten = f"could not be written ({exc.strerror or exc})"
            finally:
                self._used.clear()
                self._loaded, self._blob = {}, memoryview(b"")

    def _write(self) -> None:
        entries, words = [], 0
        blob = bytearray()
        for (pattern, flags), (out_flags, program, groups, groupindex, indexgroup) in \
                self._used.items():
            count = len(program) // 4
            entries.append([pattern, flags, out_flags, groups, groupindex, list(indexgroup),
                            words, count])
            blob += program
            words += count
        # (ASCII: a pattern may hold a lone surrogate, "[\ud800-\udfff]", which UTF-8 cannot)
        head = json.dumps({"python": self.key, "words": words, "entries": entries}).encode()
        hashed = hashlib.sha256(head + b"\n")
        hashed.update(blob)
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".patterns-", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(MAGIC + hashed.hexdigest().encode() + b"\n" + head + b"\n")
                file.write(blob)
            os.replace(temporary, self.path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for older in self.folder.glob("patterns-*.bin"):  # another Python's, now unread
            if older != self.path:
                older.unlink(missing_ok=True)

    def _tidy(self) -> None:
        """Take away the temporary files of starts killed while writing (megabytes each), at
        every start that writes the patterns or finds them as they were: a restart seconds
        after the kill finds its leftover too new, and the starts after it write nothing."""
        for left in self.folder.glob(".patterns-*"):
            with contextlib.suppress(OSError):
                if time.time() - left.stat().st_mtime > ABANDONED_S:
                    left.unlink()
