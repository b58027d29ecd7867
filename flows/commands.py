"""The command table: every command once, read by the engine, the conversation, both front
ends and the phone's command menu.

Scope says who answers a command: `question` and `draft` ones go to the engine (about the
question being asked, or the open draft as a whole), `session` ones to the conversation
(menus, drafts, erasure). A command a front end answers itself (`export`) is still a row
here, so the menu and the parsers know it; so are the team commands (`invite`, `share`,
answered by bot/teams). Adding a command is one row and one handler.
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from typing import Literal

from flows.answers import without_hidden
from flows.regex import on_first_use

Scope = Literal["question", "draft", "session"]


@dataclass(frozen=True)
class CommandSpec:
    """One command: its name, who answers it, other words for it, and its menu line."""

    name: str
    scope: Scope
    menu: str | None = None  # the phone's command menu; None keeps it out of the menu
    aliases: tuple[str, ...] = ()
    confirm: bool = False  # asks "are you sure?" before it acts
    leaves: bool = False  # the terminal chat ends after it


TABLE: tuple[CommandSpec, ...] = (
    CommandSpec("start", "session", "Welcome, your drafts and the tools", aliases=("menu",)),
    CommandSpec("new", "session", "Start a new draft"),
    CommandSpec("resume", "session", "Carry on with a draft"),
    CommandSpec("back", "question", "Go back one question", aliases=("undo",)),
    CommandSpec("skip", "question", "Skip an optional question"),
    CommandSpec("help", "question", "Prompts and an example for this question"),
    CommandSpec("review", "draft", "See and edit your answers"),
    CommandSpec("summary", "draft", "The three-column summary so far"),
    CommandSpec("export", "draft",
                "The summary as documents (or just one: /export text, word or html)"),
    CommandSpec("invite", "session", "Invite a colleague, or a partner to this mapping"),
    CommandSpec("share", "session", "Send a finished summary to a colleague"),
    CommandSpec("handover", "session", "Hand this draft to a colleague"),
    CommandSpec("cancel", "session", "Discard this draft", confirm=True),
    CommandSpec("delete", "session", "Erase everything about me", confirm=True),
    CommandSpec("privacy", "session", "What is kept, where, for how long"),
    CommandSpec("about", "session", "What this bot is (and isn't)"),
    CommandSpec("edit", "draft"),
    CommandSpec("pause", "question", aliases=("stop",), leaves=True),
    CommandSpec("done", "question"),
    CommandSpec("accept", "question", aliases=("use",)),
    CommandSpec("keep", "question"),
    CommandSpec("next", "question"),
    CommandSpec("replace", "question"),
    CommandSpec("show", "question", aliases=("continue",)),
    CommandSpec("drafts", "session"),
    CommandSpec("quit", "session", aliases=("exit", "q"), leaves=True),
)

# Commands that move a question on or keep an answer, and take nothing after their name:
# words typed after one ("/skip don't know", "/back and her aunt") are no part of it.
WORDLESS = frozenset({"back", "skip", "done", "accept", "keep", "next", "replace"})

_BY_WORD = {word: spec for spec in TABLE for word in (spec.name, *spec.aliases)}
ENGINE_COMMANDS: tuple[str, ...] = tuple(
    spec.name for spec in TABLE if spec.scope != "session" and spec.name != "export")
MENU: tuple[tuple[str, str], ...] = tuple((s.name, s.menu) for s in TABLE if s.menu)


def split(text: str) -> tuple[str, str]:
    """A typed command line as its word and the rest: split at any space, a tab or a no-break
    space included (a pasted line), not only at " ". The word is read as it shows: without
    the invisible characters a keyboard or a paste can put in it (a direction mark, which
    right-to-left keyboards add, or a zero-width space), and in plain letters where a
    keyboard gave full-width ones ("／skip"), so that it is the command it looks like, never
    an answer that reads "/skip"."""
    global _last  # one entry, replaced whole
    last = _last
    if last is not None and last[0] is text:
        # the same message's text, split a moment ago: each update's is split by the check
        # that it is meant for this bot, the team's gate and the handler, one after another
        return last[1]
    found = _split(text)
    _last = (text, found)
    return found


# The text split last (the very object, not an equal one), and its split: let go of at the
# end of each update (`forget`), so no one's words stay here after their message is handled.
_last: tuple[str, tuple[str, str]] | None = None


def forget() -> None:
    """Let go of the text split last."""
    global _last
    _last = None


def _split(text: str) -> tuple[str, str]:
    word, *rest = text.strip().split(maxsplit=1) or [""]
    seen = without_hidden(word)
    if seen != word and not seen and rest:  # the invisible characters were a word of their own
        word, *rest = rest[0].split(maxsplit=1)
        seen = without_hidden(word)
    plain = _as_latin(unicodedata.normalize("NFKC", seen if seen.isascii()
                                            else _JOINERS.sub("", seen)))
    plain, rest = _slashed(plain, rest)
    if _SLASHED.fullmatch(plain):
        word = plain
    joined = _JOINED_NUMBER.fullmatch(word)
    if joined and not rest and find(word) is None and find(joined["word"]) is not None:
        return joined["word"] + (joined["bot"] or ""), joined["number"]  # "/edit2" is /edit 2
    return word, rest[0] if rest else ""


_SLASHED = on_first_use(r"/[A-Za-z][A-Za-z0-9_]*(?:@\w+)?")  # a command's word, in plain letters
# What draws nothing inside a word and is kept in answers (the joiners build emoji and
# Persian words; a soft hyphen, a grapheme joiner and the variation selectors only change how
# what is next to them is drawn), but is never part of a command's plain letters:
# "/sum\u200dmary" from a paste, or "/summary\ufe0f" from an emoji keyboard, shows as
# /summary, and was saved as her answer reading "/summary" in the record. Dropped only from
# the word read as a command: one that is then no command's shape is kept as it came.
_JOINERS = on_first_use("[\u00ad\u034f\u180b-\u180f\u200c\u200d\ufe00-\ufe0f]")


def _slashed(plain: str, rest: list[str]) -> tuple[str, list[str]]:
    """A command typed with its slash doubled or the wrong way round, read as the command:
    one rule for any run of slashes and backslashes before its word ("//skip",
    "\\skip", "\\\\skip" from a phone's long-press, "\\/skip"), and for a run alone with the
    command after a space ("/ skip", "// skip"). A practitioner typing one of these means
    the command, which the slash alone would have been; saved, it stood in the record as her
    answer ("Who contributed: \\\\skip"). A word no command has is read as a command only
    alone ("//bakc" is asked whether she meant /back); with words after it, it stays her
    answer."""
    word = plain.lstrip("/\\")
    if word == plain:
        return plain, rest
    if not word:  # the run alone: "/ skip", "\ skip", "/ skip."
        # (the command read as it shows, as the word with its slash is: "/ skip\ufe0f")
        after = _JOINERS.sub("", without_hidden(rest[0])).rstrip(_ENDS) if rest else ""
        if after and find(after) is not None and _SLASHED.fullmatch("/" + after):
            return "/" + after, []
        return plain, rest
    slashed = "/" + word
    if _SLASHED.fullmatch(slashed) and (find(slashed) is not None or not rest):
        return slashed, rest
    ended = slashed.rstrip(_ENDS)
    if ended != slashed and not rest and _SLASHED.fullmatch(ended) and find(ended) is not None:
        return ended, rest  # "/skip." or "/back?": a phone's full stop, or a question
    return plain, rest


_ENDS = ".,;:!?…"  # what a sentence's end puts after a command typed alone

# Cyrillic and Greek letters drawn as Latin ones are: a keyboard switched to another alphabet
# mid-word ("/сancel": Cyrillic "с" is on the key of Latin "c") or a pasted "/bасk" shows
# as the command, and was saved as her answer, reading "/back" in the record.
_LOOKALIKES = str.maketrans({
    # Cyrillic
    "\u0430": "a", "\u0441": "c", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0445": "x",
    "\u0443": "y", "\u0455": "s", "\u0456": "i", "\u0458": "j", "\u0501": "d", "\u04bb": "h",
    "\u04cf": "l", "\u051b": "q", "\u051d": "w", "\u0410": "A", "\u0412": "B", "\u0415": "E",
    "\u041a": "K", "\u041c": "M", "\u041d": "H", "\u041e": "O", "\u0420": "P", "\u0421": "C",
    "\u0422": "T", "\u0425": "X", "\u0405": "S", "\u0406": "I", "\u0408": "J",
    # Greek
    "\u03bf": "o", "\u03b9": "i", "\u03bd": "v", "\u0391": "A", "\u0392": "B", "\u0395": "E",
    "\u0396": "Z", "\u0397": "H", "\u0399": "I", "\u039a": "K", "\u039c": "M", "\u039d": "N",
    "\u039f": "O", "\u03a1": "P", "\u03a4": "T", "\u03a5": "Y", "\u03a7": "X",
})


def _as_latin(word: str) -> str:
    """A command's word typed with letters of another alphabet that look like its own, read
    as the command; any other word as it is (a word in Cyrillic is an answer)."""
    latin = word.translate(_LOOKALIKES)
    if latin == word or not latin.startswith(("/", "\\")):
        return word
    bare = latin.lstrip("/\\").rstrip(_ENDS)
    known = find(bare) is not None and _SLASHED.fullmatch("/" + bare)
    joined = _JOINED_NUMBER.fullmatch("/" + bare)  # "/еdit2", read as "/edit2" is
    return latin if known or (joined and find(joined["word"]) is not None) else word


_JOINED_NUMBER = on_first_use(r"(?P<word>/[A-Za-z]+)(?P<number>\d{1,3})(?P<bot>@\w+)?")


def find(word: str) -> CommandSpec | None:
    """The command a typed word names (`/Use@sosbot` and `use` both mean accept)."""
    return _BY_WORD.get(word.lstrip("/").split("@")[0].lower())


def spec(name: str) -> CommandSpec:
    """The row of a command known by its name."""
    return _BY_WORD[name]


# The commands a typing slip is read against: those a person types at a question.
_SLIPPED = tuple(spec.name for spec in TABLE if spec.menu or spec.scope != "session")


def nearest(word: str) -> str | None:
    """The command a mistyped word most likely meant ("/bakc", "/skp", "/reveiw"), or None:
    only offered, never run."""
    typed = word.lstrip("/").split("@")[0].lower()
    close = difflib.get_close_matches(typed, _SLIPPED, n=1, cutoff=0.7) if len(typed) > 2 else []
    return close[0] if close else None


def unknown(word: str, then: str, arg: str = "") -> str:
    """What to say to a command nobody knows: the one it may have meant, with what was typed
    after it (`arg`: "/edti 3" may mean "/edit 3", as /edit alone asks which), then `then`."""
    meant = nearest(word)
    if meant is None:
        return "I don't know that command. " + then
    after = " ".join(arg.split())[:40] if spec(meant).scope != "question" else ""
    return f"I don't know that command. Did you mean /{meant}{' ' + after if after else ''}?"
