"""The terminal chat: the same conversation as Telegram, one line at a time.

Works at a keyboard and with answers piped in, one per line; everything the user reads goes
to standard output, and answers are shown exactly as typed (no HTML escaping here).
"""

from __future__ import annotations

import asyncio
import contextlib
import difflib
import errno
import io
import itertools
import os
import re
import select
import signal
import sys
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from bot import stopping
from bot.conversation import Conversation, as_typed
from bot.wording import BY_ID, LEAVE, AskLabel, Confirm, ConversationReply, Menu, header_label
from flows.answers import (
    DONE_WORDS,
    clean,
    for_terminal,
    is_filler,
    items_after_filler,
    listed_lines,
    moves_a_list_on,
    position,
    unmarked,
)
from flows.commands import TABLE, WORDLESS, find, spec, split, unknown
from flows.engine_words import MSG as ENGINE_MSG
from flows.moves import BARE
from flows.regex import on_first_use
from flows.render import render_text
from flows.replies import (
    ACCOUNT,
    ADDS_BACK,
    ANOTHER,
    CONTINUES,
    DICTATED,
    UNFINISHED,
    Answered,
    Command,
    Input,
    Notice,
    Nudge,
    Question,
    Review,
    Stale,
    SummaryReply,
    Text,
)
from flows.step_commands import MSG as STEP_MSG
from storage.errors import StorageError, Unavailable

CONSOLE_USER = 0
PARTNERS_END = ("That's the end of the partner's part. In Telegram a partner sends it to the "
                "lead from here; this try stays in this chat only. /review and /edit N change "
                "an answer; /new starts a draft of another tool.")
# What a line typed after it is told (a partner in Telegram is told to change an answer "before
# you send them")
PARTNERS_DONE = ("You've answered every question of the partner's part; nothing here is sent "
                 "to anyone. /review and /edit N change an answer; /new starts a draft of "
                 "another tool.")
ADDRESSED = ("{word} names a bot, and this is the terminal chat, so I haven't acted on it or "
             "saved it. Send {name} on its own here.")
_COMMAND_LIKE = on_first_use(r"/[A-Za-z][A-Za-z0-9_]*(?:@\w+)?")
# What leaves any terminal program, typed without a slash: "q" as `less`, `man` and a pager
# are left, vi's ":q" and ":wq", and "bye" or "logout" as a shell or an FTP prompt is.
_LEAVING = on_first_use(r"quit|exit|quit\(\)|exit\(\)|q|:q!?|:wq!?|:x|bye|goodbye|log ?out")
# Of those, what a child may have said, written down as their words: kept as theirs there.
_SAID_BY_A_CHILD = on_first_use(r"q|bye|goodbye")
# What a terminal sends for the arrow keys, Home, End and Delete (with Ctrl or Shift too): a
# line read as the terminal hands it over cannot be edited with them, and with them taken
# out the words are not in the order meant ("her arm", seven left and "left " is "armleft").
# A Mac's Option-arrows (a word at a time) are ESC b and ESC f; rxvt's Shift- and
# Ctrl-arrows end in a small letter.
# Alt-Backspace (a word at a time, as a shell takes it) is ESC and a Backspace.
_CURSOR_KEY = on_first_use(r"\x1b(?:\[[0-9;]*[ABCDFHabcd~]|O[ABCDFHabcd]|[bf\x08\x7f])")
# The function keys: F1 to F4 as ESC O and a letter (with Shift or Ctrl, ESC [ 1 ; n and
# it), the Linux console's F1 to F5 as ESC [ [ and a letter, the rest as ESC [ number ~.
_FUNCTION_KEY = on_first_use(r"\x1b(?:O[P-S]|\[\[[A-E]|\[1;[0-9]+[P-S]"
                             r"|\[(?:1[1-9]|2[0-4])[0-9;]*~)")
FUNCTION_KEYS = ("The function keys (F1 and the others) do nothing here, so I haven't saved that "
                 "line. /help says what you can type here.")
# Esc pressed before typing ("^[Dad hit mum"): taken out with the letter after it, as an
# escape sequence, it saved "ad hit mum". Not an ESC that starts a colour or a window title
# (ESC [, ESC ]), which comes in lines pasted from a coloured terminal or a chat log and is
# taken out of them whole.
_ESC_KEY = on_first_use(r"\x1b(?![\[\]])")
ESC_KEY = ("The Esc key does nothing here (nor does Alt with a letter), so I haven't saved "
           "that line. Type it again; to leave, type /quit (or press Ctrl-D): every answer is "
           "saved as you give it.")
ARROW_KEYS = ("The arrow keys don't move the cursor here (nor does Alt-Backspace take out a "
              "word), so I haven't saved that line. Type it again (Backspace mends a slip).")
# Asking for help at a menu, typed without a slash: "help", "?", "help me", "help please".
_ASKING_HELP = on_first_use(r"(?:help(?:\s+(?:me|please))?|\?+)[\s?!.]*")
# Asking the chat how to leave it ("how do I get out?", "how can i quit", "how to exit"): a
# newcomer's question at any prompt, never an answer.
_HOW_TO_LEAVE = on_first_use(
    r"(?:(?:how|where)\s+(?:do|can|would|should)\s+i\s+|how\s+to\s+|can\s+i\s+)"
    r"(?:get\s+out|leave|exit|quit|stop|close|end|escape|log\s*out|log\s*off|get\s+off)"
    r"(?:\s+(?:of|from|this|here|it|the\s+chat|the\s+program|sosbot|now|please|pls))*[\s?!.]*")
# A question asked at a menu of tools or drafts, none of which is one ("how do I get out?",
# "what do I do", "how does this work?"): a newcomer's, answered with the help.
_ASKING = on_first_use(r"[^?]*\?[\W_]*|(?:how|what|where|why|which)\b[^?]*")
# Questions whose answer is read from what was typed, not kept as typed.
_READ_AS = frozenset({"one", "several", "yes_no", "scale"})


_WORDS = on_first_use(r"[^\W\d_]+")  # a menu option's words, to choose it by
# "Continue" before a draft's label typed at the drafts menu, as the menu shows it.
_CONTINUE = on_first_use(r"^(?:continue|resume|open)\b\s*", re.IGNORECASE)
# Commands that save or settle an answer to the question on the screen, or move to another
# of the open draft's: at a menu none is open yet (/back at the list of drafts opened the
# newest, unchosen, and took it back a question).
_ACTS_ON_A_QUESTION = frozenset({"skip", "done", "accept", "keep", "next", "replace", "back",
                                 "edit"})
# ... of which these only show a question of the open draft again, saving nothing.
_MOVES_IN_A_DRAFT = frozenset({"back", "edit"})


# Reminders kept in a row for one piped line: more than any answer brings (each check asks
# once), so one coming back after that is going round, not moving on.
_KEPT_AT_MOST = 12

def _folded(text: str) -> str:
    return " ".join(text.casefold().strip(" .!").split())


def _visible_lines(text: str) -> str:
    """The lines of a paste that show something, trimmed: not the lines of only spaces,
    terminal escapes or invisible characters among them."""
    return "\n".join(shown for line in text.splitlines() if (shown := clean(line)))


def _hanging(text: str, indent: int) -> str:
    """An answer of several lines with its later lines under its first, not at the margin."""
    return text.replace("\n", "\n" + " " * indent)


@dataclass(frozen=True)
class Refusal:
    """A line the console answers itself, sending nothing on: why, in a sentence."""

    text: str
    mark: str = "! "  # "" for a line that tells, not one that refuses

# The commands worth listing here: the table's, less the ones a button or the flow offers.
HELP_LINE = "Commands: " + " ".join(
    f"/{row.name}{' N' if row.name == 'edit' else ''}" for row in TABLE
    if row.name not in ("start", "export", "invite", "share", "handover",
                        "done", "accept", "keep", "show",
                        "drafts", "next", "replace"))


PIPED_STOP = ("(Answers are being read from a file or pipe, and line {line} was not taken, "
              "so the chat stops here: the lines after it would have answered the wrong "
              "questions. The answers before it are saved, and `{command}` carries on from "
              "this question.)")
# Said on leaving when no draft is open (the label's prompt, the tool menu, after /cancel).
NONE_OPEN = "No draft is open. Run `{command}` again to start or resume one."
# Said on leaving a finished draft: nothing is left to carry on (it said "Run `sosbot chat`
# again to carry on", and a chat run again opened the menu of tools).
FINISHED = ('"{label}" is finished, and saved with its summary. To look at it again or change '
            "an answer, run `{command}` and type /resume {label}.")
# Said when the answers piped in end with the draft unfinished: not "run it again to carry
# on", as to someone at a keyboard, but where the script's lines ran out.
PIPED_END = ('The answers piped in ended before "{label}" was finished. Those given are '
             "saved, and `{command}` carries on from the next question.")
BACK_TO_QUESTION = "(/continue shows the question you were on.)"
PIPED_STOP_ERR = "sosbot: line {line} of the answers piped in was not taken; stopped there."
# The database could not take the line (another program holding a lock on it past the wait,
# a full disk, a file gone read-only): the chat ended with that one line, the answer typed
# gone, nothing saying it was not saved. The question stays on the screen to answer again.
NOT_SAVED = "{why} What you typed was not saved: type it again once that is put right."
# The database could not note that a question is on the screen (`Conversation.delivered`):
# a log record was printed in the middle of the chat, and the answer typed next refused as
# one to a question perhaps not seen. Said once; noted again before the next line is taken.
NOT_NOTED = "{why} The question above is on your screen all the same: type your answer as usual."
NOT_SAVED_ITEMS = "{why} These lines you pasted are not saved; send them again once that is " \
    "put right:\n{lines}"
NOT_SAVED_ERR = "sosbot: line {line} of the answers piped in was not saved: {why} Stopped there."
# A terminal (Linux's line discipline) hands a program at most this many bytes of a line and
# drops the rest of it: a line as long as that was most likely cut off.
TERMINAL_LINE = 4095
CUT_LINE = ("That line reached the most a terminal passes on in one line, so its end was cut "
            "off, and I haven't saved it. Paste a long answer with line breaks in it (the "
            "lines are kept together as one answer), or shorten it.")
PASTE_GAP = 0.05  # seconds: a line arriving sooner after the one before was pasted with it
PASTED = "(The {lines} lines you pasted are kept together, as one answer.)"
PASTED_ITEMS = "(The {lines} lines you pasted are added one item each.)"
NOT_ADDED = ("These lines you pasted are not saved yet; send them again once the question "
             "above is answered:\n{lines}")
NO_ROOM = ("The list is full, so these lines you pasted are not saved:\n{lines}\nYou can add "
           "them to another answer, or /review to change the list.")
_TAKE_OUT = on_first_use(r"-\s*\d+")


OUTPUT_GONE = ("sosbot: standard output was closed (read by `| head`?) before the answers "
               "piped in were all read; the rest are still read and saved, without showing "
               "the questions.")


def output_gone() -> None:
    """Standard output's reader has gone (`| head` stopped reading): what is printed from now
    on goes nowhere rather than failing again, at every print and at exit."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _nowhere() -> None:
    """The terminal has gone: what is still to be printed, to either output, goes nowhere
    rather than failing at every print and at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        output_gone()
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stderr.fileno())


UTF16 = ("sosbot: the answers piped in are UTF-16 text (as Windows PowerShell saves a file); "
         "save them as UTF-8 and try again. Nothing was saved.")


class Utf16(Exception):
    """Answers piped in as UTF-16: read as UTF-8, every other character would be a NUL."""


UNREADABLE = ("sosbot: standard input could not be read ({why}), so the chat stopped there; "
              "whatever was answered before it is saved.")


class Unreadable(Exception):
    """Standard input is there but cannot be read (opened for writing only, `0> file`; a
    terminal gone): said in one line, not a traceback."""


class CutLine(Exception):
    """A line the terminal cut short (see TERMINAL_LINE)."""


# `kill` (SIGTERM) or the terminal closing (SIGHUP) ended the chat without a word. Each turn
# is saved as it ends, so the chat stops at the next wait for a line, saying so.
STOPPED = ("Stopped ({name}): your answers so far are saved. Run `{command}` again to "
           "carry on.")
STOPPED_PIPED = ("sosbot: stopped ({name}) after line {line} of the answers piped in; the "
                 "answers up to it are saved, and `{command}` carries on from the next "
                 "question.")
# Ctrl-\ (SIGQUIT) too: it ended the chat at once, and where crash dumps are kept, wrote
# its memory (the answers open in the clear, the data key) to disk. And Ctrl-C (SIGINT)
# while an answer was being saved (waiting for a database another program held locked):
# it cancelled the save, and the chat said "Saved." of the answer it had lost; in `sosbot
# run`'s terminal chat it was dropped, and the chat went on as if it had not been pressed.
# At the wait for a line, `Console._read_line` gives Ctrl-C Python's own handler: the chat
# stops there at once, as before; pressed twice during a turn, the turn is not waited for.
_ENDS = tuple(sig for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None),
                              getattr(signal, "SIGQUIT", None))
              if sig is not None)


class Stopped(Exception):
    """SIGTERM, SIGHUP, SIGQUIT or SIGINT came (during a turn): the chat ends at the wait
    for a line, nothing half done."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@dataclass
class _Ending:
    """A stop asked for (its signal), and whether the chat is waiting for a line now, when
    nothing is half done and it can end at once."""

    asked: int = 0
    waiting: bool = False
    saving: bool = False  # a line is being saved (`Console._handle`)


_ENDING = _Ending()


def _asked_to_end(signum: int, frame: object) -> None:
    again = _ENDING.asked == signum == signal.SIGINT
    _ENDING.asked = signum
    if _ENDING.waiting:
        raise Stopped(signum)
    if again:  # Ctrl-C a second time: a turn that does not end is not waited for
        # ... said not to be saved only while it is: once saved (the next question being
        # shown), it was said lost, and typed again the next time
        raise Abandoned if _ENDING.saving else KeyboardInterrupt


class Abandoned(KeyboardInterrupt):
    """Ctrl-C pressed again while a line was being saved: the chat stops without it."""

    said = ("Stopped: what you typed last was still being saved when Ctrl-C was pressed "
            "again, and is not saved; the answers before it are. Run the same command again "
            "to carry on.")


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
_UNREAD = on_first_use("[\udc80-\udcff]")  # a byte UTF-8 could not read (surrogateescape)
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
_RUB_OUT_KEY = on_first_use("(?<!\x1b)[\x08\x7f]")  # not Alt-Backspace's (_CURSOR_KEY)
TYPED_RUB_OUT = ("Your Backspace key sends {key}, which this terminal does not rub out with, "
                 "so I did: read as \"{text}\". To see it rub out on the screen too, run "
                 "`stty erase {key}` before `sosbot chat`.")
TYPED_NOT_TEXT = ("What you typed has characters I can't read (the terminal is not set to "
                  "UTF-8), so they are saved as \ufffd. Set the terminal to UTF-8, then "
                  "correct the answer with /review and /edit.")


class LongLine(Exception):
    """A piped line longer than PIPED_LINE: the answers end there."""


# "N/A" at the top of a piped list, then a line of words: the list's first item (N/A written
# above items, as in a message) or the next question's answer ("N/A" the whole answer, its
# empty line left out): nothing tells which, and either guess can misplace an answer.
FILLER_THEN_WORDS = ('! "{typed}" is at the top of a list with a line of words under it, and I '
                     "can't tell whether that line is one of the list's items or the answer to "
                     'the next question. Leave "{typed}" out above the items, or put an empty '
                     'line straight after "{typed}" when it is the whole answer.')


class FillerThenWords(Exception):
    """A piped "N/A" at the top of a list with a line of words under it (FILLER_THEN_WORDS)."""


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
    _ENDING.waiting = True
    try:
        if _ENDING.asked:  # came while the turn before was being saved
            raise Stopped(_ENDING.asked)
        while not select.select([fd], [], [], 0.25)[0]:
            task = asyncio.current_task() if _loop_running() else None
            if task is not None and task.cancelling():
                raise KeyboardInterrupt
    except (OSError, ValueError):
        return
    finally:
        _ENDING.waiting = False


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


def _erasing_whole_characters() -> list[Any] | None:
    """Set the terminal on standard input, if it is one and its text is UTF-8 (as the locale
    says), to take out whole characters at Backspace; its settings as they were, to put back
    (`_put_back`), or None when nothing was changed."""
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


def _put_back(as_it_was: list[Any]) -> None:
    """The terminal's settings as `_erasing_whole_characters` found them (if it is still
    there)."""
    import termios

    fd, before = as_it_was
    with contextlib.suppress(OSError, ValueError, termios.error):
        termios.tcsetattr(fd, termios.TCSANOW, before)


def _rubbed_out(line: str) -> str:
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


class Console:
    """Reads lines, drives the conversation, prints the replies."""

    def __init__(self, conversation: Conversation, *, out: TextIO | None = None,
                 read: Callable[[], str] | None = None, interactive: bool | None = None,
                 command: str = "sosbot chat") -> None:
        if conversation.surface != "terminal":
            raise ValueError("the terminal chat needs a conversation worded for the terminal "
                             "(surface='terminal')")
        self.conversation = conversation
        self._unnoted: list[ConversationReply] = []  # on the screen, not noted in the database
        self._told_unnoted = False
        # the command that opened the chat, said when it ends: `sosbot run` opens it too
        # before there is a token (it said "Run `sosbot chat` again", never typed)
        self.command = command
        self.out = out if out is not None else sys.stdout  # the one now, not at import
        self._read = read or read_stdin
        # Answers piped in cannot reply to a nudge: each line is the next question's answer.
        self.interactive = interactive if interactive is not None else (
            read is not None or (sys.stdin is not None and sys.stdin.isatty()))
        self._options: list[Input] = []
        self._option_shown: list[str] = []  # each option as the menu shows it
        self._option_labels: list[str] = []  # each draft's case label, folded ("" for others)
        # The drafts the last menu of drafts numbered, by id, each with its folded label:
        # "/resume 2" is the draft it showed as 2 (while no draft is labelled "2").
        self._numbered: list[tuple[str, str]] = []
        self._drafts_menu = False  # the menu on the screen is of drafts
        self._draft_labels: list[str] = []  # ... and their labels, as it shows them
        self._new_flow: str | None = None
        self._next: dict[str, str | None] = {}
        self._lines = 0  # lines read so far, to name the one a piped chat stopped at
        self._widget = ""  # the kind of answer the question on the screen takes
        self._asked_here = False  # a draft's question has been shown this sitting
        self._listed = 0  # the items of the list on the screen, when it is one
        self._child = False  # whether the question on the screen keeps a child's own words
        self._ahead: str | None = None  # a piped line read ahead, to be read next
        self._ended = False  # the end of the piped input was met reading ahead
        self._asking = ""  # and its step
        self._typed = ""  # the last line typed as an answer
        self._held = False  # a reminder about an answer is on the screen
        # "Are you sure? Type yes or no" or the case label's prompt waits: what is typed
        # answers that, not the question shown above it.
        self._prompted = False

    def say(self, text: str = "") -> None:
        try:
            # a saved answer or label shown again never carries an escape into the terminal
            print(for_terminal(text), file=self.out, flush=True)
        except BrokenPipeError:
            # Answers piped in are a script of what to save: the lines not yet read are
            # answers too, and stopping here (with status 0) would drop them unsaid.
            if self.interactive or self.out is not sys.stdout:
                raise
            output_gone()
            print(OUTPUT_GONE, file=sys.stderr, flush=True)

    async def run(self, flow_id: str | None = None) -> int:
        """Offer to continue or start, then chat until the input ends or the user leaves."""
        previous = self._listen_for_ends()
        as_it_was = _erasing_whole_characters() if self._read is read_stdin else None
        try:
            return await self._chat(flow_id)
        except BrokenPipeError:
            # Whoever read the output has gone (`| head`); every answer is already saved.
            if self.out is sys.stdout:  # so that flushing it at exit does not fail again
                output_gone()
            return 0
        except Stopped as stop:
            self._stopped(stop.signum)
            return 128 + stop.signum
        except OSError as error:
            if error.errno != errno.EIO or self.out is not sys.stdout:
                raise
            # The terminal has gone (closed, its SIGHUP not yet here): there is no one to
            # tell, and every answer is already saved, as at Ctrl-D.
            _nowhere()
            return 128 + _ENDING.asked if _ENDING.asked else 0
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            _ENDING.asked = 0
            if as_it_was is not None:
                _put_back(as_it_was)

    @staticmethod
    def _listen_for_ends() -> dict[int, signal.Handlers | Callable[..., object] | int | None]:
        """SIGTERM and SIGHUP end the chat at its next wait for a line, not half way through
        a turn (a signal `nohup` or the caller set to be ignored stays ignored); SIGUSR1 and
        SIGUSR2 are ignored, as `sosbot run` ignores them."""
        previous: dict[int, signal.Handlers | Callable[..., object] | int | None] = {}
        if threading.current_thread() is not threading.main_thread():
            return previous
        for sig in _ENDS:
            if signal.getsignal(sig) is not signal.SIG_IGN:
                previous[sig] = signal.signal(sig, _asked_to_end)
        for sig in stopping.IGNORED:  # no use here either: at their default, each ended the chat
            previous[sig] = signal.signal(sig, signal.SIG_IGN)
        return previous

    def _stopped(self, signum: int) -> None:
        """Say that the chat stopped and the answers are kept, where anyone can read it: the
        terminal may have closed (SIGHUP), and then it is said to no one."""
        name = signal.Signals(signum).name
        try:
            if self.interactive:
                self.say()
                self.say(STOPPED.format(name=name, command=self.command))
            elif self._lines:
                print(STOPPED_PIPED.format(name=name, line=self._lines,
                                           command=self.command), file=sys.stderr,
                      flush=True)
            else:
                print(f"sosbot: stopped ({name}) before reading any of the answers piped in; "
                      "nothing was saved.", file=sys.stderr, flush=True)
        except OSError:
            _nowhere()

    async def _chat(self, flow_id: str | None) -> int:
        replies = await self._opening(flow_id)
        on_screen: list[ConversationReply] = []
        while True:
            if any(not isinstance(r, Notice | Stale) for r in replies):
                # what a line typed next answers, to show again
                on_screen = [r for r in replies if not isinstance(r, Notice | Stale)]
            self._show(replies)
            await self._receipts(replies)
            try:
                line = self._past_filler(self._read_line())
            except Utf16:
                print(UTF16, file=sys.stderr, flush=True)
                return 1
            except Unreadable as error:
                self.say()
                print(UNREADABLE.format(why=error), file=sys.stderr, flush=True)
                return 1
            except CutLine:
                self.say("! " + CUT_LINE)
                replies = []
                continue
            except FillerThenWords as filler:
                self.say(FILLER_THEN_WORDS.format(typed=clean(str(filler))))
                self.say(PIPED_STOP.format(line=self._lines - 1, command=self.command))
                print(PIPED_STOP_ERR.format(line=self._lines - 1), file=sys.stderr, flush=True)
                return 1
            except LongLine:
                self._lines += 1
                self.say(LONG_PIPED_LINE.format(line=self._lines))
                self.say(PIPED_STOP.format(line=self._lines, command=self.command))
                print(PIPED_STOP_ERR.format(line=self._lines), file=sys.stderr, flush=True)
                return 1
            except EOFError:
                self.say()
                self.say(await self._leaving(
                    f"Your answers are saved. Run `{self.command}` again to carry on.",
                    input_ended=True))
                return 0
            given = self._parse(line)
            if isinstance(given, Refusal):
                self.say(given.mark + given.text)
                if not self.interactive:
                    # A mistyped command (/skp) or a line a menu cannot take answered nothing:
                    # read on, each later line would answer the question before its own.
                    self.say(PIPED_STOP.format(line=self._lines, command=self.command))
                    print(PIPED_STOP_ERR.format(line=self._lines), file=sys.stderr, flush=True)
                    return 1
                replies = []
                continue
            if isinstance(given, Command) and given.name == "quit":
                self.say(await self._leaving(f"Saved. Run `{self.command}` again to carry on."))
                return 0
            # Lines pasted at "are you sure?" or at the label's prompt are its answer, never
            # items of the list question shown above it, nor an answer kept together. Asked
            # of the conversation, not read from the screen: a look at /privacy or /about
            # leaves the prompt waiting with only a note shown after it.
            self._prompted = self.interactive and isinstance(given, Text) \
                and "\n" in given.text.strip() and await self.conversation.prompting(CONSOLE_USER)
            if isinstance(given, Text) and (items := self._items_pasted(given.text)):
                # "One per line" at a list: each pasted line is an item, as if typed in turn.
                self.say(PASTED_ITEMS.format(lines=len(items)))
                try:
                    replies = await self._add_items(items)
                except Unavailable as error:  # not one of them saved
                    self.say("! " + NOT_SAVED.format(why=error))
                    self._told_unnoted = True  # the lock is said: not again for the question
                    replies = on_screen
                continue
            seen = _visible_lines(given.text) if isinstance(given, Text) else ""
            if self.interactive and "\n" in seen and not self._prompted \
                    and self._widget not in _READ_AS:
                # With a reminder on the screen, lines at a list are still added an item
                # each (the line it is about is kept): said as they are saved. (Not at a
                # choice, a scale or a yes or no: what is taken from them is said instead.)
                # "N/A" above them is dropped: one line left is an item, said as it is added.
                # Counted as they show: a line of spaces, an escape or an invisible character
                # is no line the writer sees.
                below = items_after_filler(seen) if self._widget == "items" else None
                split = listed_lines(below or seen) if self._widget == "items" else ()
                if split or below is None:
                    self.say(PASTED_ITEMS.format(lines=len(split)) if split else
                             PASTED.format(lines=seen.count("\n") + 1))
            if isinstance(given, Command) and spec(given.name).leaves \
                    and await self.conversation.active(CONSOLE_USER) is None:
                # at a menu or the label's prompt: nothing to carry on
                self.say(NONE_OPEN.format(command=self.command))
                return 0
            self._typed = given.text if isinstance(given, Text) else ""
            await self._noted()
            try:
                replies = await self._handle(given)
            except Unavailable as error:
                if not self.interactive:
                    print(NOT_SAVED_ERR.format(line=self._lines, why=error), file=sys.stderr,
                          flush=True)
                    return 1
                self.say("! " + NOT_SAVED.format(why=error))
                self._told_unnoted = True  # the lock is said: not again for the question
                replies = on_screen
                continue
            if isinstance(given, Command) and given.name in ("summary", "review") \
                    and (draft := await self.conversation.active(CONSOLE_USER)) is not None \
                    and draft.status == "in_progress":
                # The question scrolled away above a summary: say how to see it again. A line
                # typed next is not saved to it, off the screen (a team manager's own view,
                # typed under the summary, was saved as "Who contributed").
                replies = [*replies, Notice(BACK_TO_QUESTION)]
                # (/review, a list of the answers ending at the question, is answered straight
                # on from, as in Telegram)
                if self.interactive and given.name == "summary":
                    await self.conversation.over_a_look(CONSOLE_USER)
            if not self.interactive and isinstance(given, Text) and _sent_twice(replies):
                # A file's line that is the line before's answer again (or "help me", read as
                # /help) was written so, not sent twice by a phone: it is this question's
                # answer, as sending it again says.
                replies = await self._handle(given)
            if not self.interactive and _answers(given) and (
                    _refused(replies) or (isinstance(given, Text) and _helped(replies))):
                # Nobody is there to type it again: the next line was written for the next
                # question, and taken here it would answer this one, and every line after
                # it the question before its own. /skip, /done or /use turned down (where an
                # answer is needed, or nothing is suggested) is the same as an empty line, and
                # so is an /edit, /resume or /new naming nothing there is.
                self._show(replies)
                self.say(PIPED_STOP.format(line=self._lines, command=self.command))
                print(PIPED_STOP_ERR.format(line=self._lines), file=sys.stderr, flush=True)
                return 1
            if isinstance(given, Command) and spec(given.name).leaves:
                # The engine's "/resume carries on" is the bot's to say: here the chat ends.
                self._show([r for r in replies
                            if not (isinstance(r, Notice) and r.text == STEP_MSG["paused"])])
                self.say(await self._leaving(
                    f"Saved. Run `{self.command}` again to carry on from this question."))
                return 0
            kept = 0
            while not self.interactive and any(isinstance(r, Nudge) for r in replies):
                # Nobody can answer the nudge, and the next line belongs to the next question:
                # keep the answer as written, as /keep would. Keeping it may bring the next
                # check's nudge (each is asked once), which is kept the same way; one that
                # comes back however often it is kept stops the chat, as a refusal does.
                self._show(replies)
                await self._receipts(replies)  # /keep answers the reminder now on the screen
                if kept == _KEPT_AT_MOST:
                    self.say(PIPED_STOP.format(line=self._lines, command=self.command))
                    print(PIPED_STOP_ERR.format(line=self._lines), file=sys.stderr, flush=True)
                    return 1
                kept += 1
                self.say("(Answers are being read from a file or pipe, so it was kept as it is.)")
                replies = await self._handle(Command("keep"))

    async def _leaving(self, carry_on: str, *, input_ended: bool = False) -> str:
        """What to say as the chat ends (at the end of input, /quit or /pause): `carry_on` for
        a draft left half done, unless the answers piped in ran out before its end."""
        draft = await self.conversation.active(CONSOLE_USER)
        if draft is None or draft.status == "discarded":  # after /cancel, say
            return NONE_OPEN.format(command=self.command)
        label = header_label(clean(draft.label))
        if draft.status == "completed":
            return FINISHED.format(label=label, command=self.command)
        if input_ended and not self.interactive and self._lines:  # (none: nothing given)
            return PIPED_END.format(label=label, command=self.command)
        return carry_on

    def _items_pasted(self, text: str) -> list[str]:
        """The lines of a paste at a list question, one item each; [] for anything else (a
        single line, a reminder, "are you sure?" or the label's prompt on the screen, or a line
        that is a command or takes an item out)."""
        if self._widget == "items":  # "N/A" above the items: not one of them
            text = items_after_filler(text) or text
        # A line of only escapes or invisible characters (a colour reset copied from a
        # terminal) is no item, nor the empty line that ends the list: passed over, as the
        # bot passes it over in a message.
        lines = [line.strip() for line in text.splitlines() if clean(line)]
        # A line that would end the list or go back ("none", "done", "back") moves the
        # questions on under the lines after it: the paste stays one answer.
        if not self.interactive or self._widget != "items" or self._held or self._prompted \
                or len(lines) < 2 or any(line.startswith("/") or _TAKE_OUT.fullmatch(line)
                       or moves_a_list_on(line) for line in lines):
            return []
        # Lines that are one item as the bot reads them (a paragraph wrapped by the email
        # it was copied from, a sentence about the one before) stay one answer here too.
        return [unmarked(line) for line in lines] if listed_lines(text) else []

    async def _add_items(self, items: list[str]) -> list[ConversationReply]:
        """Add pasted lines one at a time; a line that brings a reminder or is refused stops
        there, and the lines after it are named, not saved, to send again."""
        replies: list[ConversationReply] = []
        said: list[ConversationReply] = []  # what was said of a line before the last
        listing = self._asking  # the list question the paste was made at
        for at, item in enumerate(items):
            self._typed = item
            try:
                replies = await self._handle(Text(item))
            except Unavailable as error:
                if not at:
                    raise
                # those before it are saved: the rest are named, to send again
                lines = "\n".join(f"  {shown}" for line in items[at:] if (shown := clean(line)))
                self._show(said + replies)
                self.say("! " + NOT_SAVED_ITEMS.format(why=error, lines=lines))
                self._told_unnoted = True  # the lock is said: not again for the question
                return []
            rest = items[at + 1:]
            stopped = any(isinstance(r, Nudge) or (isinstance(r, Notice) and r.kind == "problem")
                          for r in replies)
            moved_on = not any(isinstance(r, Question) and r.widget == "items"
                               and r.step_id == listing for r in replies)  # or the list is full
            if rest and (stopped or moved_on):
                # Said back as they show: an escape sequence pasted with them (from a web
                # page, a chat log) would clear the screen or set the clipboard.
                lines = "\n".join(f"  {shown}" for line in rest if (shown := clean(line)))
                if stopped:  # said under the question it asks again, which it names
                    self._show(said + replies)
                    self.say(NOT_ADDED.format(lines=lines))
                    return []
                # Said before the next question, not under it, where the answer to that
                # question is typed as soon as it is read and the note goes unseen.
                head = said + list(itertools.takewhile(
                    lambda r: isinstance(r, Notice | Answered | Stale), replies))
                self._show(head)
                self.say("! " + NO_ROOM.format(lines=lines))
                return replies[len(head) - len(said):]
            if rest:  # "That is already in the list" of a line, said before the next is added
                said += [r for r in replies if isinstance(r, Notice)]
        return said + replies

    def _past_filler(self, line: str) -> str:
        """The line to take, at a list read from a file or pipe whose first line is only
        "N/A" (or "none", "-"): the list's lines run to the empty line that ends it, as the
        question asks. With only its empty line (or /done, or "done"), it is the list's
        answer, and that line ends the list with it rather than answering the next question.
        With a line of words under it, FillerThenWords: items under a dropped "N/A", or the
        next answer after an "N/A" whose empty line was left out, and no way to tell."""
        if self.interactive or self._widget != "items" or self._listed or self._held \
                or not is_filler(line):
            return line
        try:
            after = self._read_line()
        except EOFError:
            self._ended = True
            return line
        word = split(clean(after))[0]
        ends = not word or (word.startswith("/") and (found := find(word)) is not None
                            and found.name == "done") \
            or clean(after).lower().strip(" .!") in DONE_WORDS  # "done" in words, as /done
        if ends and moves_a_list_on(line):
            return line  # its list's end, written with it
        if ends or word.startswith("/"):  # read next, as written ("- n/a" alone is an item)
            self._ahead = after
            return line
        raise FillerThenWords(line)

    async def _handle(self, given: Input) -> list[ConversationReply]:
        """Hand a line to the conversation, noting that it is being saved meanwhile."""
        _ENDING.saving = True
        try:
            return await self.conversation.handle(CONSOLE_USER, given)
        finally:
            _ENDING.saving = False

    def _read_line(self) -> str:
        """Wait for a line; Ctrl-C stops the wait (asyncio's own handler would not)."""
        if _ENDING.asked:
            # asked during the turn: the lines piped in and read already are not answered
            # first (a whole file of them was, to its end, before the chat stopped)
            raise Stopped(_ENDING.asked)
        if self._ahead is not None:
            line, self._ahead = self._ahead, None
            return line
        if self._ended:
            raise EOFError
        if threading.current_thread() is not threading.main_thread():
            return self._counted()
        previous = signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            task = asyncio.current_task()
            if task is not None and task.cancelling():  # Ctrl-C came just before the swap
                raise KeyboardInterrupt
            return self._counted()
        finally:
            if previous is not None:
                signal.signal(signal.SIGINT, previous)

    def _counted(self) -> str:
        line = self._read()
        if self._lines == 0 and not self.interactive and _utf16(line):
            raise Utf16
        self._lines += 1
        if self.interactive and _RUB_OUT_KEY.search(line):
            key = "^H" if "\x08" in line else "^?"
            line = (Recoded if isinstance(line, Recoded) else str)(_rubbed_out(line))
            self.say("! " + TYPED_RUB_OUT.format(key=key, text=clean(line.rstrip("\n"))[:60]))
        if isinstance(line, Recoded) and self.interactive:
            self.say("! " + TYPED_RECODED.format(text=clean(line.rstrip("\n"))[:60]))
        elif isinstance(line, Recoded):
            print(RECODED.format(line=self._lines, text=clean(line.rstrip("\n"))[:60]),
                  file=sys.stderr, flush=True)
        elif _UNREAD.search(line):
            if self.interactive:
                self.say("! " + TYPED_NOT_TEXT)
            else:
                print(NOT_TEXT.format(line=self._lines), file=sys.stderr, flush=True)
        return line

    async def _opening(self, flow_id: str | None) -> list[ConversationReply]:
        drafts = await self.conversation.drafts(CONSOLE_USER)
        if flow_id is not None and not self.conversation.has_flow(flow_id):
            self.say(f"There is no tool called {flow_id!r}. `sosbot flows list` shows them.")
            flow_id = None
        self._new_flow = flow_id
        if drafts and flow_id is None:
            self._next = {d.id: await self.conversation.next_question(CONSOLE_USER, d.id)
                          for d in drafts}
            return [Menu(tuple(drafts), (), True, self.conversation.flow_titles())]
        if flow_id is not None:
            return await self._handle(Command("new", flow_id))
        return [Menu((), self.conversation.flow_choices(), True)]

    # --- reading --------------------------------------------------------------------------

    def _parse(self, line: str) -> Input | Refusal:
        text = line.rstrip("\n")
        if self.interactive and _FUNCTION_KEY.search(text):
            return Refusal(FUNCTION_KEYS)
        if self.interactive and _CURSOR_KEY.search(text):
            return Refusal(ARROW_KEYS)
        if self.interactive and _ESC_KEY.search(text):
            return Refusal(ESC_KEY)
        stripped = text.strip()
        word, arg = split(stripped)
        found = find(word) if word.startswith("/") else None
        if found is not None and "@" in word:
            # "/skip@otherbot", pasted from a Telegram group: another bot's command (this chat
            # is none), so neither run nor saved as the answer
            return Refusal(ADDRESSED.format(word=word, name=word.split("@")[0]))
        picked = self._numbered_draft(arg) if found is not None \
            and found.name in ("resume", "show") else None
        if picked is not None:
            # "/resume 2" (or "/continue 2") after a menu listing drafts "1) Continue ...,
            # 2) Continue ...": it said "I can't find that draft among yours", of the draft
            # listed as 2.
            self._options = []
            return Command("resume", picked)
        if found is not None and self._options and found.name in _MOVES_IN_A_DRAFT \
                and self._asked_here:
            # /back or /edit under the list /resume (or /new) showed, a draft's question on
            # the screen before it: that draft is still the one open, as in Telegram, and the
            # list is left for it ("Nothing is open yet" said of the draft she had just left).
            return Command(found.name, arg)
        if found is not None and self._options and found.name in _ACTS_ON_A_QUESTION:
            # A menu is on the screen, and the question this would answer is not: "/use" at
            # the drafts menu took a drafted statement its writer had not seen this sitting.
            return Refusal(f"Nothing is open yet, so {word} has nothing to act on. Type the "
                           f"number of your choice, from 1 to {len(self._options)}, first.")
        if found is not None:
            return Command(found.name, arg)
        if _COMMAND_LIKE.match(word):
            # A command's shape at the start of the first word, as Telegram marks one: "/skip."
            # (a full stop a phone's keyboard or a habit adds) is a command not known, never
            # an answer that reads "/skip." in the summary.
            return Refusal(unknown(word, HELP_LINE))
        # ("bye" or "Q" written as a child's own words is theirs: it left the chat, and it
        # and every line after it were not saved)
        leaving = stripped.lower().rstrip(" .!")
        childs_words = self._child and not self._options  # kept as the child said them
        if _LEAVING.fullmatch(leaving) and not (childs_words
                                                 and _SAID_BY_A_CHILD.fullmatch(leaving)):
            # "quit" or "exit", as any terminal program is left: saved, it was the answer
            # ("What worries you: quit") and the next question came instead.
            return Command("quit")
        if self.interactive and not childs_words and _HOW_TO_LEAVE.fullmatch(stripped.lower()):
            # "how do I get out?", asked of the chat: saved, it was the answer to the question
            # on the screen ("Written by: how do i get out?"), and the next question came. (A
            # child's "How do I get out of here?" or "how can I stop it" is theirs: refused
            # there, it could never be saved, and the next line became their words.)
            said = clean(stripped)[:60]
            return Refusal(LEAVE if self._options
                           else f'I haven\'t saved "{said}" as an answer. {LEAVE}')
        if self._options and self._drafts_menu and self.interactive \
                and (_ASKING_HELP.fullmatch(stripped.lower())
                     or (_ASKING.fullmatch(clean(stripped).lower())
                         and not 1 <= self._option_typed(clean(stripped)) <= len(self._options))):
            # "where was I?" or "help" under the menu of drafts, back after days: the help of
            # a question not on the screen was shown (the open draft's), and no way on. A
            # word of the tools asked about is told, as under the menu of tools.
            said = clean(stripped)
            return Refusal(self.conversation.meaning(said) or self._carry_on(), mark="")
        if self._options and self.interactive and _ASKING_HELP.fullmatch(stripped.lower()):
            # "help" at the menu of tools, a newcomer's first word: not a line to refuse.
            return Command("help")
        if self._options:
            # A menu is on the screen: a line is one of its numbers, never an answer to the
            # question of a draft the menu has not opened yet. Read as it shows, without
            # the invisible characters a keyboard or a file puts in (the mark Notepad saves
            # at the start of a UTF-8 file, before the first line's "2"), as a command is.
            said = clean(stripped)  # shown back: no terminal escapes or control characters
            number = self._option_typed(said)
            if 1 <= number <= len(self._options):
                chosen = self._options[number - 1]
                self._options = []
                return chosen
            if self.interactive and _ASKING.fullmatch(said.lower()):
                # refused, it was told only to type a number; "what is a danger statement?"
                # is told what one is
                return Command("help", said)
            # Said when a line was typed, which may be an answer to the "Next question:"
            # the menu shows: it has gone nowhere, and they need to know to type it again.
            unsaved = (f'I haven\'t saved "{said[:60]}{"..." if len(said) > 60 else ""}"'
                       " as an answer. " if said else "")
            fits = self._fits(said)
            if len(fits) > 1:
                # "mapping", which two tools' names hold: which it could be, not only "type
                # the number or its name" (its name was typed)
                shown = [f"{n}) {self._option_shown[n - 1]}" for n in fits]
                could = f"{', '.join(shown[:-1])} or {shown[-1]}"
                return Refusal(f"{unsaved}That could be {could}: type its number.")
            return Refusal(f"{unsaved}Type the number of your choice, from 1 to "
                           f"{len(self._options)}, or its name, or a command such as /help.")
        return Text(text)

    def _option_typed(self, said: str) -> int:
        """The number of the menu's option `said` chooses, by its number, its draft's label
        or its words; 0 for none."""
        number = position(said)
        if not 1 <= number <= len(self._options):
            number = self._labelled(said) or self._named(said) \
                or self._labelled(said, starts=True)
        return number

    def _carry_on(self) -> str:
        """How to carry on from the menu of drafts: every answer is saved, and which number
        opens which draft where it was left."""
        which = (f'Type 1 to carry on with "{self._draft_labels[0]}"'
                 if len(self._draft_labels) == 1
                 else "Type the number of a draft to carry on with it")
        new = [n for n, shown in enumerate(self._option_shown, start=1)
               if shown == "Start a new one"]
        return (f"Every answer you gave is saved. {which} at its next question, shown under "
                f"it" + (f"; {new[0]} starts a new one." if new else "."))

    def _numbered_draft(self, typed: str) -> str | None:
        """The id of the draft the last menu of drafts showed as number `typed`; None when
        `typed` is no such number, or is a draft's own label there."""
        said = clean(typed.strip())
        number = position(said)
        if not 1 <= number <= len(self._numbered) \
                or any(label == _folded(said) for _, label in self._numbered):
            return None
        return self._numbered[number - 1][0]

    def _labelled(self, typed: str, *, starts: bool = False) -> int:
        """The number of the draft whose case label is typed ("hv-a1", "Continue HV-A1"),
        or with `starts` (tried after the menu's words, so "new" is "Start a new one" beside
        a draft "Newt-1") whose label alone starts with it, as /resume takes it; 0
        otherwise."""
        said = _folded(_CONTINUE.sub("", typed.strip()).strip(" \"'“”‘’"))
        if not said:
            return 0
        if starts and any(not self._option_labels[n - 1] for n in self._fits(typed)):
            return 0  # "new" names "Start a new one", even with a draft "Newt-1" there
        found = [n for n, label in enumerate(self._option_labels, 1)
                 if label and (label.startswith(said) and len(said) >= 2 if starts
                               else label == said)]
        return found[0] if len(found) == 1 else 0

    def _named(self, typed: str) -> int:
        """The number of the one option whose words hold every word typed (of three letters
        or more), each maybe with a slip ("reflection", "pre referal"), or 0 when none or
        several do."""
        fits = self._fits(typed)
        return fits[0] if len(fits) == 1 else 0

    def _fits(self, typed: str) -> list[int]:
        """The numbers of the options whose words hold every word typed, as `_named`."""
        # (without what a message says around a name: "the harm matrix", "... please")
        words = [word for word in _WORDS.findall(as_typed(typed)) if len(word) >= 3]
        options = (_WORDS.findall(shown.casefold()) for shown in self._option_shown)
        return [n for n, option in enumerate(options, 1) if words and all(
            difflib.get_close_matches(word, option, n=1, cutoff=0.8) for word in words)]

    # --- showing --------------------------------------------------------------------------

    async def _receipts(self, replies: list[ConversationReply]) -> None:
        """Tell the conversation which question (or "are you sure?", or label prompt) is now
        on the screen; a terminal has no message ids, so a prompt's is 0. One the database
        cannot note is said in a plain line (once), and noted before the next line is
        taken (`_noted`)."""
        self._unnoted = []
        for reply in replies:
            try:
                if isinstance(reply, Question | Nudge):
                    await self.conversation.delivered(CONSOLE_USER, reply.draft_id,
                                                      reply.nonce)
                elif isinstance(reply, Confirm | AskLabel):
                    # failing (a full disk), it ended the chat at "are you sure?" or the
                    # label's prompt, the line typed before it saved
                    await self.conversation.prompted(CONSOLE_USER, 0)
            except StorageError as error:
                self._unnoted = [reply]
                if not self._told_unnoted:
                    self._told_unnoted = True
                    self.say("! " + NOT_NOTED.format(why=error))
                continue
        if not self._unnoted:
            self._told_unnoted = False

    async def _noted(self) -> None:
        """The question the database could not note as on the screen, noted now, before
        the line typed to it is taken (then read as its answer, not refused as an answer
        to a question perhaps not seen)."""
        if self._unnoted:
            await self._receipts(self._unnoted)

    def _show(self, replies: list[ConversationReply]) -> None:
        for reply in replies:
            self._show_one(reply)

    def _show_one(self, reply: ConversationReply) -> None:
        # A menu's numbers pick from it until something else asks for input: a line the
        # conversation only answers with a notice ("no draft open", help) leaves the menu
        # standing, so a mistyped choice can simply be typed again.
        if not isinstance(reply, Notice | Stale | Menu):
            self._options = []
        if isinstance(reply, Nudge):
            self._held = True
        if isinstance(reply, Menu | AskLabel | Confirm):
            # a prompt of the chat's own, where "bye" leaves: not a child's words, whatever
            # the question before kept ("bye" there started a draft labelled "bye")
            self._child = False
        if isinstance(reply, Question):
            self._question(reply)
        elif isinstance(reply, Notice):
            text = reply.text.removesuffix(STEP_MSG["finished_partner"])
            if text != reply.text:  # the partner's part, tried here: nothing is sent
                text += PARTNERS_DONE
            elif reply.text.endswith(STEP_MSG["closing_partner_fine"]):  # "thanks" there
                text = reply.text.removesuffix(STEP_MSG["closing_partner_fine"]) + PARTNERS_DONE
            self.say(("! " if reply.kind == "problem" else "") + text)
        elif isinstance(reply, Stale):
            self.say(reply.text)
        elif isinstance(reply, Nudge) and reply.kind == ANOTHER:
            self.say(reply.text)
            self.say("Type /replace to use it instead, /next if it's for the next question, "
                     "or /keep to keep your first answer.")
        elif isinstance(reply, Nudge) and reply.kind in (CONTINUES, DICTATED, ADDS_BACK):
            self.say(reply.text)
        elif isinstance(reply, Nudge) and reply.kind == ACCOUNT:
            self.say(reply.text)
            self.say("Type /use to keep it for that question, or type just your role.")
        elif isinstance(reply, Nudge) and reply.kind == UNFINISHED:
            self.say(reply.text)
            self.say("Send the rest, or /keep to keep it as it is.")
        elif isinstance(reply, Nudge) and reply.kind == BARE:
            self.say(reply.text)
            self.say("Type your answer to it instead, or /keep to keep it as it is.")
        elif isinstance(reply, Nudge):
            self.say(reply.text)
            self.say("Type your answer again to change it, or /keep to keep it as it is.")
        elif isinstance(reply, Review):
            self._review(reply)
        elif isinstance(reply, SummaryReply):
            self.say()
            self.say(render_text(reply.summary))
            if reply.final:
                self.say(PARTNERS_END if reply.for_partners else
                         "That's the end of this tool. /review and /edit N change an answer; "
                         "/new starts another draft.")
        elif isinstance(reply, Menu):
            self._menu(reply)
        elif isinstance(reply, AskLabel):
            self.say(reply.text)
        elif isinstance(reply, Confirm):
            self.say(reply.text + " Type yes or no.")
        elif isinstance(reply, Answered) and self._typed and self._widget in _READ_AS \
                and _folded(self._typed) != _folded(reply.answer):
            # The person can see what they typed; a choice or number typed in their own words
            # ("2 I guess", "yeah", "about five") is shown as the answer it was taken as.
            self.say(f"(Taken as: {reply.answer})")

    def _question(self, q: Question) -> None:
        self._widget, self._asking, self._listed = q.widget, q.step_id, len(q.items)
        self._asked_here = True
        self._child = q.child_voice
        self._held = False
        if not q.again or q.widget != "items":
            self.say()
            case = f" · {header_label(clean(q.label))}" if clean(q.label) else ""
            self.say(f"[Question {q.number} of {q.total} · {q.section}{case}]")
            self.say(q.ask)
        for number, (_, label) in enumerate(q.choices, start=1):
            tick = "[x] " if q.widget == "several" and _ in q.selected else ""
            self.say(f"  {number}) {tick}{label}")
        if q.widget == "several":
            self.say("Send the numbers of all that apply, separated by commas (e.g. 1,3).")
        if q.scale is not None:
            self.say(f"  {q.scale.min} = {q.scale.low}")
            self.say(f"  {q.scale.max} = {q.scale.high}")
            self.say(f"Send a whole number from {q.scale.min} to {q.scale.max}.")
        if q.widget == "items" and q.items and not q.again:
            for number, item in enumerate(q.items, start=1):
                self.say(f"  {number}. " + _hanging(item, len(str(number)) + 4))
            self.say(f"(To take one out, send - and its number: -{len(q.items)}.)")
        if q.widget == "items":
            count = len(q.items)
            self.say(f"({count} so far. Send the next one, or an empty line or /done to finish.)"
                     if count else "(One per line; an empty line or /done when you've finished.)")
        if q.suggestion:
            self.say(f"Suggested: {q.suggestion}")
            self.say("Type /use to keep it, or type your own version.")
        if q.current_answer is not None:
            self.say(f"Current answer: {_hanging(q.current_answer, 2)} (/skip keeps it)")
        elif not q.required and (not q.again or q.widget != "items") and not q.items:
            # asked again after a refused answer too: that is when a way on is needed. Not
            # with items already given: /skip keeps them, it does not leave them out.
            self.say("(Optional: /skip to leave it out.)")

    def _review(self, review: Review) -> None:
        self.say()
        self.say(f"{review.flow_title}: {review.label}")
        if not review.items:
            self.say("No answers yet.")
        for item in review.items:
            self.say(f"{item.number}. {item.title}: "
                     f"{_hanging(item.answer, len(str(item.number)) + 2)}")
        self.say("Type /edit N to change answer N.")

    def _menu(self, menu: Menu) -> None:
        self._options = []
        self._option_shown = []
        self._option_labels = []
        titles = menu.flow_titles or {}
        self.say()
        self._drafts_menu = bool(menu.drafts)
        self._draft_labels = [info.label for info in menu.drafts]
        if menu.drafts:
            self._numbered = [(info.id, _folded(info.label)) for info in menu.drafts]
            self.say(menu.heading or ("You have unfinished drafts:" if len(menu.drafts) > 1
                                      else "You have an unfinished draft:"))
            verb = {"cancel": "Discard", "summary": "Summary of",
                    "review": "Answers in"}.get(menu.action, "Continue")
            for info in menu.drafts:
                answers = f"{info.answered} answer{'' if info.answered == 1 else 's'}"
                chosen = BY_ID + info.id if menu.action == "cancel" else info.id
                self._offer(Command(menu.action, chosen, chosen=True),
                            f"{verb} \"{info.label}\" "
                            f"({titles.get(info.flow_id, info.flow_id)}, {answers})",
                            label=info.label)
                if self._next.get(info.id):
                    self.say(f"     Next question: {self._next[info.id]}")
            if menu.heading is None and (menu.welcome or menu.flows):
                # the chat's opening menu and /drafts: not "which of your drafts?" (/resume,
                # or words two labels share), which asks only that
                self._offer(Command("new", self._new_flow or ""), "Start a new one")
            return
        if menu.welcome:
            self.say("sosbot: Signs of Safety style tools, one question at a time. Based on the "
                     "framework; not an official product. Use initials, never full names.")
        self.say("Which tool would you like to use?")
        for choice in menu.flows:
            minutes = f" (about {choice.minutes} min)" if choice.minutes else ""
            self._offer(Command("new", choice.id), choice.title, minutes)
        self.say(HELP_LINE)

    def _offer(self, chosen: Input, shown: str, aside: str = "", label: str = "") -> None:
        """One numbered line of a menu, chosen by its number or by the words of `shown` (or
        a draft's by its case label)."""
        self._options.append(chosen)
        self._option_shown.append(shown)
        self._option_labels.append(_folded(label))
        self.say(f"  {len(self._options)}) {shown}{aside}")


def _utf16(line: str) -> bool:
    """Whether the first line piped in is UTF-16 (its byte order mark, or a NUL before or
    after every character), which nothing else a person types is."""
    if line.startswith(("\udcff\udcfe", "\udcfe\udcff")):  # the mark, bytes not UTF-8
        return True
    text = line.rstrip("\n")
    return len(text) >= 2 and text.count("\0") * 2 >= len(text) - 1


# Commands that stand for the current question's answer, as an empty line or a line typed do,
# and those that choose what the next line answers (/edit 3, /resume KB-2, /new mapping).
_AIMING = frozenset({"skip", "done", "accept", "edit", "resume", "new"})


def _answers(given: Input) -> bool:
    """Whether a line read answers the current question (typed, or /skip, /done, /use) or
    chooses the question the next line answers (/edit, /resume, /new): turned down, the
    lines after it would answer questions they were not written for."""
    return isinstance(given, Text) or (isinstance(given, Command) and (
        given.name in _AIMING or (given.name in WORDLESS and bool(given.arg.strip()))))


def _sent_twice(replies: list[ConversationReply]) -> bool:
    """Whether a written answer was held back until it is sent again: as the answer before
    sent again, as a bare "yes" where who or what is asked, or as words ("help me") read as
    /help."""
    return any(isinstance(r, Notice) and r.until_sent_again for r in replies)


def _helped(replies: list[ConversationReply]) -> bool:
    """Whether a line was read as /help ("?", "what do I put here?") or as a hello ("hi,
    where was I?"): from a file, the question is still to be answered, and the next line was
    written for the next one."""
    return any(isinstance(r, Notice) and (r.kind == "help"
                                          or r.text in (ENGINE_MSG["where_you_were"],
                                                        ENGINE_MSG["hello_first"]))
               for r in replies)


def _refused(replies: list[ConversationReply]) -> bool:
    """Whether the conversation turned the input down (said why, and asked again)."""
    return any((isinstance(r, Notice) and r.kind == "problem")
               or (isinstance(r, Nudge) and r.kind == ADDS_BACK) for r in replies)
