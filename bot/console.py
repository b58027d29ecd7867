"""The terminal chat: the same conversation as Telegram, one line at a time.

Works at a keyboard and with answers piped in, one per line; everything the user reads goes
to standard output, and answers are shown exactly as typed (no HTML escaping here). How a
line is read (typed or piped in) is `bot.terminal_io`'s; what stops the chat, `bot.chat_stops`'.
"""

from __future__ import annotations

import asyncio
import difflib
import errno
import itertools
import re
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO

from bot import stopping
from bot.chat_stops import ENDING, ENDS, STOPPED, STOPPED_PIPED, Stopped, asked_to_end
from bot.conversation import Conversation, as_typed
from bot.terminal_io import (
    LONG_PIPED_LINE,
    NOT_TEXT,
    OUTPUT_GONE,
    RECODED,
    RUB_OUT_KEY,
    TYPED_NOT_TEXT,
    TYPED_RECODED,
    TYPED_RUB_OUT,
    UNREAD,
    CutLine,
    LongLine,
    Recoded,
    Unreadable,
    erasing_whole_characters,
    nowhere,
    output_gone,
    put_back,
    read_stdin,
    rubbed_out,
)
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
# Said of a line as long as a terminal passes on (`terminal_io.TERMINAL_LINE`).
CUT_LINE = ("That line reached the most a terminal passes on in one line, so its end was cut "
            "off, and I haven't saved it. Paste a long answer with line breaks in it (the "
            "lines are kept together as one answer), or shorten it.")
PASTED = "(The {lines} lines you pasted are kept together, as one answer.)"
PASTED_ITEMS = "(The {lines} lines you pasted are added one item each.)"
NOT_ADDED = ("These lines you pasted are not saved yet; send them again once the question "
             "above is answered:\n{lines}")
NO_ROOM = ("The list is full, so these lines you pasted are not saved:\n{lines}\nYou can add "
           "them to another answer, or /review to change the list.")
_TAKE_OUT = on_first_use(r"-\s*\d+")



UTF16 = ("sosbot: the answers piped in are UTF-16 text (as Windows PowerShell saves a file); "
         "save them as UTF-8 and try again. Nothing was saved.")


class Utf16(Exception):
    """Answers piped in as UTF-16: read as UTF-8, every other character would be a NUL."""


UNREADABLE = ("sosbot: standard input could not be read ({why}), so the chat stopped there; "
              "whatever was answered before it is saved.")


# "N/A" at the top of a piped list, then a line of words: the list's first item (N/A written
# above items, as in a message) or the next question's answer ("N/A" the whole answer, its
# empty line left out): nothing tells which, and either guess can misplace an answer.
FILLER_THEN_WORDS = ('! "{typed}" is at the top of a list with a line of words under it, and I '
                     "can't tell whether that line is one of the list's items or the answer to "
                     'the next question. Leave "{typed}" out above the items, or put an empty '
                     'line straight after "{typed}" when it is the whole answer.')


class FillerThenWords(Exception):
    """A piped "N/A" at the top of a list with a line of words under it (FILLER_THEN_WORDS)."""


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
        as_it_was = erasing_whole_characters() if self._read is read_stdin else None
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
            nowhere()
            return 128 + ENDING.asked if ENDING.asked else 0
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)
            ENDING.asked = 0
            if as_it_was is not None:
                put_back(as_it_was)

    @staticmethod
    def _listen_for_ends() -> dict[int, signal.Handlers | Callable[..., object] | int | None]:
        """SIGTERM and SIGHUP end the chat at its next wait for a line, not half way through
        a turn (a signal `nohup` or the caller set to be ignored stays ignored); SIGUSR1 and
        SIGUSR2 are ignored, as `sosbot run` ignores them."""
        previous: dict[int, signal.Handlers | Callable[..., object] | int | None] = {}
        if threading.current_thread() is not threading.main_thread():
            return previous
        for sig in ENDS:
            if signal.getsignal(sig) is not signal.SIG_IGN:
                previous[sig] = signal.signal(sig, asked_to_end)
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
            nowhere()

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
        ENDING.saving = True
        try:
            return await self.conversation.handle(CONSOLE_USER, given)
        finally:
            ENDING.saving = False

    def _read_line(self) -> str:
        """Wait for a line; Ctrl-C stops the wait (asyncio's own handler would not)."""
        if ENDING.asked:
            # asked during the turn: the lines piped in and read already are not answered
            # first (a whole file of them was, to its end, before the chat stopped)
            raise Stopped(ENDING.asked)
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
        if self.interactive and RUB_OUT_KEY.search(line):
            key = "^H" if "\x08" in line else "^?"
            line = (Recoded if isinstance(line, Recoded) else str)(rubbed_out(line))
            self.say("! " + TYPED_RUB_OUT.format(key=key, text=clean(line.rstrip("\n"))[:60]))
        if isinstance(line, Recoded) and self.interactive:
            self.say("! " + TYPED_RECODED.format(text=clean(line.rstrip("\n"))[:60]))
        elif isinstance(line, Recoded):
            print(RECODED.format(line=self._lines, text=clean(line.rstrip("\n"))[:60]),
                  file=sys.stderr, flush=True)
        elif UNREAD.search(line):
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
            return Refusal(unknown(word, HELP_LINE, arg))
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
