"""The terminal chat's standard input and output: a line read as typed at a terminal or piped
in (its bytes read as text, however it was saved), the terminal's settings while the chat
runs, and an output whose reader has gone."""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import select
import sys
import weakref
from dataclasses import dataclass
from typing import Any, TextIO

from bot.chat_stops import ENDING, Stopped
from flows.regex import on_first_use

# A terminal (Linux's line discipline) hands a program at most this many bytes of a line and
# drops the rest of it: a line as long as that was most likely cut off.
TERMINAL_LINE = 4095
PASTE_GAP = 0.05  # seconds: a line arriving sooner after the one before was pasted with it


OUTPUT_GONE = ("sosbot: standard output was closed (read by `| head`?) before the answers "
               "piped in were all read; the rest are still read and saved, without showing "
               "the questions.")


def output_gone() -> None:
    """Standard output's reader has gone (`| head` stopped reading): what is printed from now
    on goes nowhere rather than failing again, at every print and at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def nowhere() -> None:
    """The terminal has gone: what is still to be printed, to either output, goes nowhere
    rather than failing at every print and at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        output_gone()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())

class Unreadable(Exception):
    """Standard input is there but cannot be read (opened for writing only, `0> file`; a
    terminal gone): said in one line, not a traceback."""


class CutLine(Exception):
    """A line the terminal cut short (see TERMINAL_LINE)."""


# Characters of a piped line read at most: far more than any answer takes (a question's
# max_length is at most 4,096), so a longer line is refused unread, as a line over the
# length limit is; and a file with no line breaks (`< /dev/zero`, a binary file) is not
# read whole into memory, which ended in a MemoryError traceback or the system's OOM killer.
PIPED_LINE = 65_536
LONG_PIPED_LINE = ("! Line {line} of the answers piped in is longer than any answer can be "
                   "(over 65,536 characters, or no line breaks at all), so it was not read.")


RECODED = ("sosbot: line {line} of the answers piped in is not UTF-8, so it was read as "
           "Windows text (cp1252): \"{text}\". If that is not what you wrote, save the file "
           "as UTF-8 and correct the answer with /review and /edit.")
NOT_TEXT = ("sosbot: line {line} of the answers piped in has bytes that are not text, saved "
            "as \ufffd; save the file as UTF-8 and correct the answer with /review and /edit.")
UNREAD = on_first_use("[\udc80-\udcff]")  # a byte UTF-8 could not read (surrogateescape)
# The same, of a line typed at a terminal that is not set to UTF-8 (PuTTY's "ISO-8859-1", a
# Windows console, a Latin-1 locale): "café" and "£200" came as one byte for "é" or "£".
TYPED_RECODED = ("What you typed is not UTF-8 text (the terminal is set to another "
                 "encoding), so I read it as Windows text: \"{text}\". If that is not what you "
                 "typed, set the terminal to UTF-8, then correct the answer with /review and "
                 "/edit.")
# Backspace as the terminal's key sends it, when the terminal rubs out with the other one
# (^H where it rubs out with ^?, or the reverse): it came in the line, and dropped with the
# control characters it left the slip it was pressed to mend ("Mum hiz^Ht" saved "Mum hizt").
_RUB_OUT = ("\x08", "\x7f")
RUB_OUT_KEY = on_first_use("(?<!\x1b)[\x08\x7f]")  # not Alt-Backspace's (_CURSOR_KEY)
TYPED_RUB_OUT = ("Your Backspace key sends {key}, which this terminal does not rub out with, "
                 "so I did: read as \"{text}\". To see it rub out on the screen too, run "
                 "`stty erase {key}` before `sosbot chat`.")
TYPED_NOT_TEXT = ("What you typed has characters I can't read (the terminal is not set to "
                  "UTF-8), so they are saved as \ufffd. Set the terminal to UTF-8, then "
                  "correct the answer with /review and /edit.")


class LongLine(Exception):
    """A piped line longer than PIPED_LINE: the answers end there."""


@dataclass
class _Piped:
    """What is read of a piped stream and not yet handed out as a line."""

    held: bytes = b""
    after_cr: bool = False  # the last line ended in a CR: an LF next is the rest of its CRLF


_PIPED: weakref.WeakKeyDictionary[TextIO, _Piped] = weakref.WeakKeyDictionary()
# A piped line's bytes read at most: every character of PIPED_LINE takes at most four.
_PIPED_BYTES = 4 * (PIPED_LINE + 1)


class Recoded(str):
    """A piped line that was not UTF-8, read as Windows text (cp1252, as Notepad's "ANSI"
    saves a file: ’, £ and é are one byte each)."""


def piped_line(stream: TextIO) -> str:
    """One line of piped input ("" at its end), read only so far: LongLine past PIPED_LINE
    characters, where a file with no line breaks would have been read whole into memory.

    A line may end as on Linux ("\n"), Windows ("\r\n") or an old Mac ("\r"): answers
    saved with "\r" alone were one line, each answer run into the next ("KB" and "Saw a
    bruise" saved as the label "KBSaw a bruise"). A line ended by "\r" is handed out at
    once, not when the next character comes to show whether it is "\r\n": a script that
    writes a line and waits for the reply would wait for ever. Read as bytes, so a line
    that is not UTF-8 can be read as Windows text instead (see Recoded)."""
    raw = getattr(stream, "buffer", None)
    if not isinstance(raw, io.BufferedIOBase):  # text with no bytes under it (a test's)
        line = stream.readline(PIPED_LINE + 1)  # the line break too, if it is no longer
        if len(line) > PIPED_LINE and not line.endswith("\n"):
            raise LongLine
        return line
    state = _PIPED.setdefault(stream, _Piped())
    line = _decoded(_line_bytes(raw, state))
    if len(line.rstrip("\n")) > PIPED_LINE:
        raise LongLine
    return line


def _line_bytes(raw: io.BufferedIOBase, state: _Piped) -> bytes:
    """The next line's bytes, its end ("\r", "\n" or "\r\n") as one "\n"."""
    while True:
        if state.after_cr and state.held:
            state.held = state.held.removeprefix(b"\n")
            state.after_cr = False
        ends = [at for at in (state.held.find(b"\r"), state.held.find(b"\n")) if at >= 0]
        if ends:
            end = min(ends)
            line, state.after_cr = state.held[:end] + b"\n", state.held[end:end + 1] == b"\r"
            state.held = state.held[end + 1:]
            return line
        if len(state.held) > _PIPED_BYTES:
            raise LongLine
        with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
            _wait_for_input(raw.fileno())  # none to wait on: a test's stream, just read
        more = raw.read1(65_536)
        if not more:  # the end: a last line with no line break after it, or nothing
            line, state.held, state.after_cr = state.held, b"", False
            return line
        state.held += more


def _wait_for_input(fd: int) -> None:
    """Wait until `fd` has bytes (or has ended), a quarter of a second at a time, so a
    Ctrl-C is acted on while no line comes. A read that blocks could miss it for ever: once
    in about fifteen runs on a busy machine, SIGINT reached the chat waiting for a piped
    line and it waited on (the test killing it half way hung). Between waits, an interrupt
    asyncio's handler took (the task cancelled) is raised here, and one still pending runs
    its handler. A descriptor select cannot wait on (a Windows pipe) is just read."""
    ENDING.waiting = True
    try:
        if ENDING.asked:  # came while the turn before was being saved
            raise Stopped(ENDING.asked)
        while not select.select([fd], [], [], 0.25)[0]:
            task = asyncio.current_task() if _loop_running() else None
            if task is not None and task.cancelling():
                raise KeyboardInterrupt
    except (OSError, ValueError):
        return
    finally:
        ENDING.waiting = False


def _loop_running() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


def _decoded(data: bytes) -> str:
    """A line's text: UTF-8; a line of UTF-8 but for a few bytes, those bytes as Windows
    text; else Windows text where every byte is a character of it; else UTF-8 with the bytes
    it cannot read kept as lone surrogates, which the answer cleaning shows as a
    replacement character. UTF-16 (a NUL in it, or its mark) is left
    to be recognised as such (see _utf16)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\0" not in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        read = data.decode("utf-8", "surrogateescape")
        if any(ch > "\x7f" and not "\udc80" <= ch <= "\udcff" for ch in read):
            # UTF-8 but for a few bytes (quotation marks pasted from an old Windows program
            # into a UTF-8 line): read whole as Windows text, the "é" typed was "Ã©"
            return Recoded("".join(map(_windows, read)))
        with contextlib.suppress(UnicodeDecodeError):
            return Recoded(data.decode("cp1252"))
    return data.decode("utf-8", "surrogateescape")


# The terminal setting by which Backspace takes out a whole UTF-8 character, not its last
# byte (Linux's value where Python's termios lacks the name): a pseudo-terminal is made
# without it (`docker exec -it`, `kubectl exec -it`, `script`), and Backspace over "é" left
# half of it in the line, read as another encoding ("cafÃe" saved for "cafe").
_IUTF8 = 0o40000


def erasing_whole_characters() -> list[Any] | None:
    """Set the terminal on standard input, if it is one and its text is UTF-8 (as the locale
    says), to take out whole characters at Backspace; its settings as they were, to put back
    (`put_back`), or None when nothing was changed."""
    try:
        import termios
    except ImportError:  # no terminal settings to change (Windows)
        return None
    flag = getattr(termios, "IUTF8", _IUTF8 if sys.platform == "linux" else 0)
    stream = sys.stdin
    if not flag or stream is None or not stream.isatty() \
            or (stream.encoding or "").lower().replace("-", "") != "utf8":
        return None
    try:
        fd = stream.fileno()
        before = termios.tcgetattr(fd)
        if before[0] & flag:
            return None
        termios.tcsetattr(fd, termios.TCSANOW, [before[0] | flag, *before[1:]])
    except (OSError, ValueError, termios.error):
        return None
    return [fd, before]


def put_back(as_it_was: list[Any]) -> None:
    """The terminal's settings as `erasing_whole_characters` found them (if it is still
    there)."""
    import termios

    fd, before = as_it_was
    with contextlib.suppress(OSError, ValueError, termios.error):
        termios.tcsetattr(fd, termios.TCSANOW, before)


def rubbed_out(line: str) -> str:
    """A typed line with each Backspace in it (^H or ^?) applied, as the terminal would have:
    the character before it taken out (none across a line break of a pasted answer)."""
    kept: list[str] = []
    for at, ch in enumerate(line):
        if ch not in _RUB_OUT or (at and line[at - 1] == "\x1b"):  # Alt-Backspace: refused
            kept.append(ch)
        elif kept and kept[-1] != "\n":
            kept.pop()
    return "".join(kept)


def _windows(ch: str) -> str:
    """A byte UTF-8 could not read (a lone surrogate) as Windows text, where it is a
    character there; any other character as it is."""
    if not "\udc80" <= ch <= "\udcff":
        return ch
    try:
        return bytes([ord(ch) - 0xDC00]).decode("cp1252")
    except UnicodeDecodeError:
        return ch


def read_stdin() -> str:
    """One line from standard input, after a "> " prompt.

    Not `input()`: it drops the last character of a line ended with Ctrl-D instead of Enter
    (it assumes a newline is there), so "abc" then Ctrl-D would be saved as "ab". Bytes that
    are not UTF-8 (binary garbage piped in) are kept as lone surrogates, which the answer
    cleaning turns into a visible replacement character.
    """
    try:
        sys.stdout.write("> ")
        sys.stdout.flush()
    except BrokenPipeError:
        if sys.stdin is None or sys.stdin.isatty():
            raise  # someone typing, who can no longer see the questions: the chat ends
        output_gone()  # answers piped in: each is still the next question's answer
        print(OUTPUT_GONE, file=sys.stderr, flush=True)
    if sys.stdin is None:  # started with standard input closed (`<&-`): no line will come
        raise EOFError
    try:
        return _stdin_line()
    except OSError as error:
        raise Unreadable(error.strerror or type(error).__name__) from error


def _stdin_line() -> str:
    """One line as `read_stdin` reads it, from a terminal or from answers piped in."""
    if sys.stdin.isatty():
        # A terminal hands over a line at Enter, or what is typed so far at Ctrl-D. Lines
        # already waiting behind it were pasted with it (nobody types the next line within
        # PASTE_GAP): they are one answer, not the answers to the questions after it.
        fd = sys.stdin.fileno()
        _wait_for_input(fd)
        data = os.read(fd, 65_536)
        while data.endswith(b"\n") and select.select([fd], [], [], PASTE_GAP)[0]:
            more = os.read(fd, 65_536)
            if not more:
                break
            data += more
        if any(len(part) >= TERMINAL_LINE for part in data.split(b"\n")):
            raise CutLine
        line = _decoded(data)  # as a piped line: a terminal not set to UTF-8 sends Latin-1
    else:
        line = piped_line(sys.stdin)
    if not line:
        raise EOFError
    return line
