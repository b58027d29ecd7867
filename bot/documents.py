"""The `sosbot export` command: a terminal draft's summary as an HTML, Word or text file."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import errno
import os
import shlex
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from bot import keys
from bot.closed_output import output_closed
from bot.config import (
    Settings,
    at_home,
    control_problem,
    database_option,
    placed,
    unreachable,
)
from flows.answers import clean_line
from flows.export import ExportFile, Format, export
from storage import open_store
from storage.contract import DraftInfo
from storage.sealing import Sealer
from storage.store import sqlite_files

if TYPE_CHECKING:
    from flows.draft import Draft
    from flows.flow import Flow

BINARY: frozenset[Format] = frozenset({"docx"})


class ExportProblem(Exception):
    """The draft cannot be found or the file cannot be written; the message says why."""


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Carry out `sosbot export`; errors about storage and keys reach the caller."""
    if args.output == "-" or (args.output is not None and _is_standard_output(args.output)):
        # "-" is the usual spelling of standard output, not a file named "-"; /dev/stdout
        # (or another name for the file it is) is written as it is: opened anew and
        # emptied, a file the shell appends to (`>> notes.txt`) lost what it held.
        args.output = None
    if args.output is not None and not args.output.strip():  # `-o "$OUT"` with OUT unset
        print("sosbot: -o: is empty; give the file (or folder) to write to, or leave -o out "
              "to write to standard output.", file=sys.stderr)
        return 2
    if args.output is None and output_closed():  # started with `>&-`
        print("sosbot: standard output is closed, so the summary has nowhere to go; give -o "
              "FILE to write it to a file. Nothing was written.", file=sys.stderr)
        return 2
    fmt = _format(args.format, args.output)
    if fmt is None:
        return 2
    out: BinaryIO | None = sys.stdout.buffer if args.output is None else None
    if out is not None and fmt in BINARY and out.isatty():
        again = f"sosbot export {shlex.quote(args.draft)} --format {fmt}"
        print(f"sosbot: a .{fmt} file is binary and would garble the terminal. Add -o FILE, "
              f"or send it to a file: {again} > draft.{fmt}", file=sys.stderr)
        return 2
    db = database_option(args.db) if args.db is not None else settings.database()
    if isinstance(db, Path) and not db.exists():
        print(f"sosbot: there is no database at {placed(db)}. Use --db or SOSBOT_DB to point "
              "at the one `sosbot chat` used.", file=sys.stderr)
        return 1
    if isinstance(db, Path) and not db.is_file():  # "no database" there would be untrue
        print(f"sosbot: {db} is not a database file (a folder, a device or a pipe). Use --db "
              "or SOSBOT_DB to point at the one `sosbot chat` used.", file=sys.stderr)
        return 1
    sealer = keys.require_key(settings, db)
    try:
        from flows import engine
        from flows.step_commands import held_out

        draft = asyncio.run(_load(db, sealer, args.draft, settings.busy_timeout_ms))
        flow = _flow_of(draft)
        made = export(engine.summary(flow, draft), fmt)
        # an answer a reminder holds back is in no summary: said, as /export says it, or
        # the document pasted as the whole draft lacks it without a word; not what the
        # tool, updated since, no longer asks there (her next line lets it go: `settle`)
        held = held_out(flow, engine.settle(flow, draft).draft, "this document")
        if held is not None:
            print(f"sosbot: {held} (in `sosbot chat`)", file=sys.stderr)
        if out is not None:
            out.write(made.data)
            out.flush()
        else:
            path = _write(_target(args.output, made, _own_files(settings, db)), made)
            print(f"Wrote {path} ({len(made.data):,} bytes).", file=sys.stderr)
    except ExportProblem as exc:
        print(f"sosbot: {exc}", file=sys.stderr)
        return 1
    return 0


async def _load(db: Path | str, sealer: Sealer, wanted: str, busy_ms: int) -> Draft:
    from bot.console import CONSOLE_USER

    async with await open_store(db, sealer=sealer, exclusive=False, busy_ms=busy_ms) as store:
        infos = await store.list_drafts(CONSOLE_USER)
        info = find_draft(infos, wanted)
        draft = await store.load_draft(CONSOLE_USER, info.id)
    if draft is None:
        raise ExportProblem(f"the draft {info.id} has just gone; nothing was written.")
    return draft


def _flow_of(draft: Draft) -> Flow:
    from flows.loader import load_flows

    flow = load_flows().get(draft.flow_id)
    if flow is None:
        raise ExportProblem(f"the tool this draft used ({draft.flow_id}) is no longer "
                            "available, so its summary cannot be made.")
    return flow


def find_draft(infos: list[DraftInfo], wanted: str) -> DraftInfo:
    """The one draft with this id, else with this label exactly, else the one the label
    means as `/resume` finds it at the chat (in any casing, the start of it, or some of
    its parts: `labels_meant`), the label typed cleaned as a label is when it is stored."""
    from bot.session_commands import labels_meant  # the chat's: not for `keys` or `purge`

    live = [d for d in infos if d.status != "discarded"]
    label = clean_line(wanted)
    by_id, exactly = [d for d in live if d.id == wanted], [d for d in live if d.label == label]
    meant, whole = labels_meant(live, label) if label else ([], True)
    for matches, said in ((by_id, "are labelled"), (exactly, "are labelled"),
                          (meant, "are labelled" if whole else "have labels that start "
                           "with or hold")):
        if len(matches) == 1:
            return matches[0]
        if matches:
            # each with its label: found by the start of one, the labels differ
            ids = ", ".join(f"{d.id} ({d.label}, {d.flow_id}, {d.status.replace('_', ' ')})"
                            for d in matches)
            raise ExportProblem(f"{len(matches)} drafts {said} {wanted!r}; give the id "
                                f"of the one you want: {ids}.")
    known = "; ".join(f"{d.label} (id {d.id})" for d in live) or "none yet"
    raise ExportProblem(f"no terminal draft has the id or label {wanted!r}. Your drafts: "
                        f"{known}.")


def _own_files(settings: Settings, db: Path | str) -> dict[Path, str]:
    """sosbot's own files, which an export must never replace, and what each one is."""
    own = {keys.key_file(settings, db): "the data key file"}
    if isinstance(db, Path):
        database, *journals = sqlite_files(db)
        own[database] = "the database"
        own |= dict.fromkeys(journals, "one of the database's files")
    return own


# What a file name's ending says it holds: `-o case.docx` without --format was plain text
# under a Word name, which Word refused as damaged.
ENDINGS: dict[str, tuple[Format, str]] = {
    ".html": ("html", "a web page"), ".htm": ("html", "a web page"),
    ".docx": ("docx", "a Word document"), ".txt": ("txt", "plain text")}


# Endings of documents the export cannot make, which no reader opens as the text it would
# write there: "Wrote case.pdf", and a PDF reader refused the file as damaged.
NOT_WRITTEN = frozenset({".pdf", ".odt"})


def _format(asked: Format | None, output: str | None) -> Format | None:
    """The export's format: --format's, else the one -o's name ends in, else text. None,
    said, when the two disagree (`--format txt -o case.docx`) or the name asks for a kind
    of document the export cannot make (`-o case.pdf`)."""
    typed = _bare_ending(output) or os.path.splitext(output or "")[1]
    ending = typed.lower()
    if ending in NOT_WRITTEN:
        print(f"sosbot: -o {output} ends in {typed}, a kind of document export cannot write; "
              "give a name ending in .docx (a Word document), .html (a web page) or .txt "
              "(plain text). Nothing was written.", file=sys.stderr)
        return None
    named = ENDINGS.get(ending)
    if asked is None:
        return named[0] if named is not None else "txt"
    if named is not None and named[0] != asked:
        print(f"sosbot: -o {output} ends in {ending}, {named[1]}, but --format is {asked}; "
              f"give --format {named[0]}, or a name ending in .{asked}. Nothing was written.",
              file=sys.stderr)
        return None
    return asked


def _bare_ending(output: str | None) -> str | None:
    """The ending a name is made of alone (`-o .docx`, `-o notes/.html`), which asks for that
    kind of document named for the draft; None for any other name. (Python reads ".docx" as
    a name with no ending: a text file called ".docx", hidden, was written.)"""
    name = os.path.basename(output or "")
    return name if name.lower() in ENDINGS or name.lower() in NOT_WRITTEN else None


def _is_standard_output(given: str) -> bool:
    """Whether `given` names what standard output already is (`/dev/stdout`, or the file
    the shell sent it to)."""
    if output_closed():  # closed (`>&-`): a file that is there is not it
        return False
    try:
        return os.path.samestat(os.stat(given), os.fstat(sys.stdout.fileno()))
    except (OSError, ValueError):  # no such file, or no standard output to compare with
        return False


def _target(given: str, made: ExportFile, own: dict[Path, str]) -> Path:
    """The file `-o` names: in a folder, one named for the draft; never one of sosbot's own.
    A leading `~` is the home folder, as for --db (the shell leaves it in `-o=~/x.html`)."""
    if (pasted := control_problem(given)) is not None:  # "case\n.html": a name in two lines
        raise ExportProblem(f"-o: {pasted}. Nothing was written.")
    path = Path(at_home(given, "-o"))
    problem = unreachable(str(path))
    if problem:  # `is_dir` below would end in a traceback
        raise ExportProblem(f"-o: {given} {problem}. Nothing was written.")
    if path.is_dir():
        path /= made.filename
    elif _bare_ending(given) is not None:  # `-o .docx`: in that folder, named for the draft
        path = path.parent / made.filename
    elif given.endswith(("/", os.sep)):
        raise ExportProblem(f"there is no folder {given}; make it first, or give a file name. "
                            "Nothing was written.")
    for file, what in own.items():
        if path.resolve() == file.resolve() or (path.exists() and file.exists()
                                                and path.samefile(file)):
            raise ExportProblem(f"{given} is {what}; writing the export there would destroy "
                                "it. Choose another file: nothing was written.")
    return path


def _cut_short(path: Path, fd: int, *, made_now: bool) -> str:
    """Leave nothing of an export that did not fit (a full disk, a quota): the part written
    would pass for the whole, its end missing. A file made for it is removed, one it was
    replacing (emptied before writing) is left empty. What was done, to say."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
    if made_now:
        with contextlib.suppress(OSError):
            path.unlink()
            return "Nothing was written."
    return "The file is left empty, so that no part of the case passes for the whole."


def _write(path: Path, made: ExportFile) -> Path:
    """Write the export, a new file readable by its owner only (mode 600), as the database
    and the key file are: it holds the case in the clear. A file of the user's own that was
    there keeps the mode it had (they chose it); one another user owns (made beforehand, in
    a shared folder, under the name the export would take) is refused before anything is
    written to it, since its owner could read it, and so is anything but a file."""
    # Not truncated on opening: what the file is, and whose, is checked first. O_NONBLOCK:
    # opening a named pipe nobody reads from would otherwise wait for ever.
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NONBLOCK", 0)
    # A link is followed only when it is the user's own: one another user planted under the
    # export's name would point it at a file of the user's (their shell's start-up file) and
    # have the case written over it.
    with contextlib.suppress(OSError):
        if not (stat.S_ISLNK((link := os.lstat(path)).st_mode) and link.st_uid in (_me(), 0)):
            flags |= getattr(os, "O_NOFOLLOW", 0)
    made_now = not os.path.lexists(path)
    with contextlib.suppress(OSError):  # a device with no disk in it is refused the same way
        _refuse_unless_file(path, os.stat(path))
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        if exc.errno == errno.ENXIO:  # a named pipe with no reader
            raise ExportProblem(f"{path} is a pipe that nothing reads from; give a file "
                                "name. Nothing was written.") from None
        if exc.errno == errno.ELOOP:
            raise ExportProblem(f"{path} is a link another user made; choose a file of your "
                                "own (or a new name). Nothing was written.") from None
        raise ExportProblem(f"cannot write {path}: {exc.strerror or exc}.") from None
    try:
        found = os.fstat(fd)
        _refuse_unless_file(path, found)
        if found.st_uid not in (_me(), 0):
            raise ExportProblem(f"{path} belongs to another user, who could read the case in "
                                "it; choose a file of your own (or a new name). Nothing was "
                                "written.")
        os.set_blocking(fd, True)
        if stat.S_ISREG(found.st_mode):
            os.ftruncate(fd, 0)
        rest = memoryview(made.data)
        try:
            while rest:
                rest = rest[os.write(fd, rest):]
        except OSError as exc:
            raise ExportProblem(f"cannot write {path}: {exc.strerror or exc}. "
                                f"{_cut_short(path, fd, made_now=made_now)}"
                                if stat.S_ISREG(found.st_mode) else
                                f"cannot write {path}: {exc.strerror or exc}.") from None
    except OSError as exc:
        raise ExportProblem(f"cannot write {path}: {exc.strerror or exc}.") from None
    finally:
        if fd >= 0:
            os.close(fd)
    return path


def _refuse_unless_file(path: Path, found: os.stat_result) -> None:
    """Only a file takes an export (or /dev/null, which keeps nothing; standard output is
    `-o -`). A disk (`-o /dev/sdb`, meant for the folder it is mounted on) would have the
    case written over the start of it, its partition table and file system; any other
    device (/dev/kmsg, a printer, a serial line, a terminal) or a pipe or socket would carry
    the case, in the clear, somewhere no erasure reaches and nobody chose to keep it."""
    mode = found.st_mode
    if stat.S_ISREG(mode):
        return
    if stat.S_ISBLK(mode):
        raise ExportProblem(f"{path} is a disk, not a file: writing the export there would "
                            "overwrite what the disk holds. Give a file name (or a folder on "
                            "the disk, once it is mounted). Nothing was written.")
    with contextlib.suppress(OSError):
        if os.path.samestat(found, os.stat(os.devnull)):
            return
    what = "a pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else \
        "a device"
    raise ExportProblem(f"{path} is {what}, not a file: an export is written only to a file, "
                        "or to standard output with -o - (or no -o). Give a file name. "
                        "Nothing was written.")


def _me() -> int:
    """This process's user, whose own files an export may replace (root's too: the system)."""
    return os.geteuid() if hasattr(os, "geteuid") else 0
