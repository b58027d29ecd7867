"""Answer values, how they read back to a person, and the view templates use."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Union

from flows.checks.text import words
from flows.regex import on_first_use
from flows.shown import start_shown

if TYPE_CHECKING:
    from flows.flow import FlowStep

Value = Union[str, int, list[str], None]  # noqa: UP007 - a runtime alias, used in isinstance-free code

YES_NO_LABELS = {"yes": "Yes", "no": "No"}
# The places on a 0-10 scale in words, each with its digits: "five" is "5".
NUMBER_WORDS = {word: str(n) for n, word in enumerate(
    ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"))}
# "+ left a bruise": words added at the end of a written answer already given, not replacing
# it (the rest of a note sent in two messages). A space, then the words, must follow:
# "+44..." and "+ve drug test" (case notes' "positive") are answers; "+ 3 call outs" and
# "+ & ..." add.
ADD = on_first_use(r"\+\s+([^\s+].*)", re.DOTALL)
LONE_SURROGATE = on_first_use("[\ud800-\udfff]")
CONTROL = on_first_use("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Line breaks of other kinds, each a line break, not dropped with the control characters,
# which ran the words on each side together ("Monday\vshe" was "Mondayshe"): Word's own
# (a vertical tab, Shift+Enter), a carriage return alone or before a line feed, a page
# break, the separators of files, groups and records, NEL, and Unicode's own line and
# paragraph separators (U+2028, U+2029: notes copied from a web page or a Mac's Pages).
OTHER_LINE_BREAK = on_first_use("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# A terminal's escape sequence (colour, clearing the screen, moving the cursor) whole, not
# only its ESC: "[2J" left behind would be noise in a report.
# A function key too: F1 to F4 are ESC O and a letter (the Linux console's F1 to F5, ESC [ [
# and a letter), and the letter was left behind ("P" saved for F1 pressed at a question).
TERMINAL_ESCAPE = on_first_use("\x1b(?:\\[\\[[A-E]|\\[[0-?]*[ -/]*[@-~]"
                               "|\\][^\x07\x1b]*(?:\x07|\x1b\\\\)?|O[ -~]|[0-~])"
                               "|\x9b[0-?]*[ -/]*[@-~]")
# Direction marks, overrides and isolates, invisible spaces and operators, and annotation
# marks: they can turn the text shown after them around, or hide what was written. (The
# zero-width joiner and non-joiner are kept: emoji and Persian words are built with them.)
# Also what draws nothing and means nothing to a reader: the old shaping marks, shorthand
# and musical format characters, and tag characters, which spell out words no screen shows
# but any program reading the text does ("mum is coping" hid "dad hits her" in them). Tags
# that name a black flag's country or region (Scotland's is "gbsct", then the cancel tag)
# are its flag, and are kept (`flag`, matched first and put back).
HIDDEN_FORMAT = on_first_use("(?P<flag>\U0001f3f4[\U000e0030-\U000e0039\U000e0061-\U000e007a]"
                             "{2,6}\U000e007f)"
                             "|[\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064"
                             "\u2066-\u206f\ufeff\ufff9-\ufffb\U0001bca0-\U0001bca3"
                             "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")


def _unhidden(text: str) -> str:
    """`text` without what `HIDDEN_FORMAT` finds, its flags kept."""
    return HIDDEN_FORMAT.sub(lambda found: found["flag"] or "", text)


def without_hidden(text: str) -> str:
    """`text` without its invisible format characters (`HIDDEN_FORMAT`). None of them is
    ASCII, so a text all in ASCII (most lines typed) is given back as it is, unsearched."""
    return text if text.isascii() else _unhidden(text)


RLM = "\u200f"  # the right-to-left mark: a letter of no script, written right to left


def in_its_direction(text: str) -> str:
    """`text` to be shown after words in English on a line of a chat message, which has no
    markup for direction: a right-to-left mark after each of its lines that ends in Arabic, Hebrew
    or another such script, so the full stop or bracket after those words stays at their
    end as they read, not carried to the far end of the English line."""
    if text.isascii():
        return text
    return "\n".join(_marked(line) for line in text.split("\n"))


def quotes_in_direction(text: str) -> str:
    """`text`, a sentence of the bot's quoting what someone typed, with `in_its_direction`'s
    mark inside each quotation that ends in Arabic, Hebrew or another such script: the
    sentence is laid out left to right, so the quote's full stop was drawn before its first
    word, as it reads. An English quote (a question's title) is left as it is."""
    if text.isascii():
        return text
    return _QUOTATION.sub(lambda quoted: f'"{_marked(quoted.group(1))}"', text)


_QUOTATION = on_first_use(r'"([^"\n]+)"')


def quotes_joined_in_direction(words: str, closing: str = "\u201d") -> str:
    """A child's words as `voiced` gives them, quotes side by side joined by the summary's
    `closing` and opening marks, with `in_its_direction`'s mark before each of those closing
    marks that ends a quote in Arabic, Hebrew or another such script: a quote in Arabic
    before one in English had its full stop drawn at its first word. (The mark at the
    words' end is the caller's: the one after them is the summary's.)"""
    if words.isascii() or closing not in words:
        return words
    *quotes, last = words.split(closing)
    return "".join(in_its_direction(quote) + closing for quote in quotes) + last


def ended_in_direction(text: str) -> str:
    """What a person typed, for a document that lays it out in its own direction (HTML's
    `dir="auto"`, Word's `w:rtl` run): begun in English, it reads left to right, so it takes
    `in_its_direction`'s marks (its full stop after Arabic words was drawn before the first
    of them); begun in Arabic or Hebrew, it is laid out right to left, and left as it is."""
    return text if reads_right_to_left(text) else in_its_direction(text)


def words_in_direction(words: str) -> str:
    """A child's words as `voiced` gives them, to be put in the summary's quotation marks on
    a line laid out left to right: `quotes_joined_in_direction`'s marks, and
    `in_its_direction`'s at the end of each line that ends in Arabic, Hebrew or another such
    script (begun in English, "told me: <her words in Arabic>." had its full stop drawn
    before her first word). Words that begin in such a script are laid out right to left
    by the caller (marks round the quotation marks, `dir`, `w:rtl`): their joins alone."""
    joined = quotes_joined_in_direction(words)
    return joined if reads_right_to_left(words) else in_its_direction(joined)


def _marked(line: str) -> str:
    shown = line.rstrip()  # before spaces at its end, which a message cut there drops
    if _last_direction(line) == "L" or shown.endswith(RLM):  # (marked once already)
        return line
    return shown + RLM + line[len(shown):]


def _last_direction(text: str) -> str:
    return next((kind for c in reversed(text) if (kind := unicodedata.bidirectional(c)) in
                 ("L", "R", "AL")), "L")


def reads_right_to_left(text: str) -> bool:
    """Whether `text` is laid out right to left on its own: its first letter with a
    direction of its own (Unicode's rule P2) is Hebrew, Arabic or another such script."""
    if text.isascii():  # no ASCII character is written right to left (every question's)
        return False
    for c in text:
        if (kind := unicodedata.bidirectional(c)) in ("L", "R", "AL"):
            return kind != "L"
    return False


# Characters that draw nothing though they are no space or format character: the Hangul
# fillers and the blank Braille pattern (how "invisible" names are typed in chat apps).
BLANK = frozenset("\u115f\u1160\u2800\u3164\uffa0")
# Marks drawn on the character before them: with no character to mark, nothing is drawn.
MARKS = frozenset({"Mn", "Me"})


def clean(text: str) -> str:
    """Typed text as it can be stored and shown: trimmed, control characters dropped (line
    breaks of other kinds, `OTHER_LINE_BREAK`, made line feeds), lone
    surrogates (undecodable bytes, a malformed message) shown as the replacement character,
    and nothing at all when no visible character is left (zero-width spaces, Hangul fillers
    or marks with nothing to mark, alone)."""
    if text.isascii() and text.isprintable():
        # (most typed answers, three times a turn: no surrogate, escape, format or control
        # character, nor line break of any kind, can be in it, and no letter of it is blank)
        return text.strip()
    text = LONE_SURROGATE.sub("\ufffd", text)
    text = CONTROL.sub("", OTHER_LINE_BREAK.sub("\n", _unhidden(
        TERMINAL_ESCAPE.sub("", text)))).strip()
    if all(ch.isspace() or ch in BLANK or unicodedata.category(ch) in MARKS | {"Cf"}
           for ch in text):
        return ""
    return text


def for_terminal(text: str) -> str:
    """Text as a terminal may be given it: what `clean` takes out of typed text (escape
    sequences, control characters, direction overrides) taken out, lines and indents kept.
    For what is shown from storage, which may hold what no typed answer does now: a draft
    saved by an older sosbot, or a database written by something else."""
    return CONTROL.sub("", OTHER_LINE_BREAK.sub("\n", _unhidden(
        TERMINAL_ESCAPE.sub("", text))))


# Tabs in a saved answer (notes pasted from a table or a form): at a line's start after the
# export's own indent (its spaces kept), and any run of them within a line, with the spaces
# around it.
_TAB_INDENT = on_first_use(r"^( *)[\t ]*\t[\t ]*", re.MULTILINE)
_TAB_RUN = on_first_use(r" *\t[\t ]*")


def untabbed(text: str) -> str:
    """Text for a document laid out with spaces (the text export, a Word table's cell): each
    run of tabs within a line one space, none at a line's start (where the document's own
    indent stands). A tab there moved the line off its indent, and one pasted into a case
    record moves to its next field or column."""
    if "\t" not in text:
        return text
    return _TAB_RUN.sub(" ", _TAB_INDENT.sub(r"\1", text))


# A pasted list's own marks ("• ", "- ", "1. ", "2) "): each line of the list is an item of
# the summary's own list, so the email's bullet or number is not part of the words.
LIST_MARK = on_first_use(r"^(?:[•·◦▪‣●○*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


# A notes app's mark before a line copied from it: a bullet no one types by hand, or any
# list mark with a tab after it. Before a child's words it is the notes', never theirs ("- 2
# more sleeps" may be: a hyphen is kept there).
NOTES_MARK = on_first_use(r"(?:[•·◦▪‣●○]\s|(?:[•·◦▪‣●○*\-–—]|\(?\d{1,2}[.)]|\(?[a-z][.)])\t)")


def unmarked(line: str) -> str:
    """A line of a pasted list without its bullet or number (the line itself if that is all
    there is)."""
    return LIST_MARK.sub("", line, count=1) or line


def pasted_list(text: str) -> tuple[str, ...]:
    """An answer pasted as a list, every line with its bullet or number ("• nan walks her
    in\n• breakfast club"): its lines without the marks; () for anything else."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not all(LIST_MARK.match(line) for line in lines):
        return ()
    return tuple(unmarked(line) for line in lines)


# Lines sent in one message at a list, unmarked, that are one item: the line before stops
# mid-phrase (a comma, "and", "the"), the line after carries on ("and ...", "because ...",
# "She ..."), or a long line stops mid-sentence (an email's paragraph, wrapped).
# (Not "in", "on" or "her", which end items: "nan walks her in", "dad hit her".)
_RUNS_ON = on_first_use(r"(?:[,;:&+(/\-–—]|\b(?:and|or|but|because|the|a|an|to|of|from|that"
                        r"|which|who|when|his|their|its|is|was|are|were|has|had|have|will|would"
                        r"|not|very|than|if|my|our|your))$", re.IGNORECASE)
_CARRIES_ON = on_first_use(r"(?:(?:and|or|but|because|cos|so|which|who|whose|where|then|as|when"
                           r"|that|than|to|with|while|although|though|if|unless|until|since|plus"
                           r"|also|etc"
                           # a sentence about the one before: "Mum has stopped drinking." /
                           # "She goes to AA weekly." is one thought, not two items
                           r"|he|she|they|it|this|these|those)\b|[&+(\-–—,;:.])",
                           re.IGNORECASE)
WRAPPED = 45  # characters: a line this long, not ending a sentence, is a paragraph wrapped
_ENDS_SENTENCE = on_first_use(r"[.!?…][\"'”’)\]]*$")
_SENTENCE_IN = on_first_use(r"\w\w[.!?]\s+[A-Z]")  # "protective. She": a sentence ends in the line
DONE_WORDS = frozenset({"done", "finished", "that's all", "thats all", "no more", "end"})
# A list answered "none": nothing (more) to add.
NOTHING = on_first_use(r"(?:(?:none|nothing|no|nope|nil|n[/.]?a|not really)(?: (?:really|at all|"
                       r"else|more|known|yet|that i know of|i know of))?|[-–—]+)")
# A command typed without its slash, as the whole of what was typed; or with a key beside the
# slash in its place ("-skip", ":back": "/" sits between them on an iPhone's keyboard), or "#".
BARE_COMMAND = on_first_use(r"[-:#]?(?:(?:go )?back|undo(?: (?:it|that|this))?|skip(?: (?:it"
                            r"|this|this one|that|for now))?|help)")
_WORDS = r"[a-z'’-]+(?: [a-z'’-]+){0,4}"  # a word or a few, as a question names them
# Asking what to write, as people new to the bot do ("um what do I put here", "what am I
# meant to write", "idk what to put"): each was saved as the answer, and every later answer
# went one question down.
# (typed in a hurry too: "wat do i put hear", "whta do i wirte")
_PUT = r"(?:put|write|wirte|wrte|say|type|answer|enter|fill in|add)"
_WHAT = r"(?:what|wat|wot|waht|whta|wht)"
_LEAD_IN = (r"(?:(?:um+|erm+|er+|uh+|hm+|ok(?:ay)?|so|sorry|soz|oh|right|well|hi|hey|idk|dunno)"
            r"[,.]* )*")
_WHAT_TO_PUT = (
    _LEAD_IN + r"(?:" + _WHAT + r" (?:do|should|shall|can|would|must) (?:i|we) " + _PUT
    + r"|" + _WHAT + r" (?:am i|are we) (?:meant|supposed|expected) to " + _PUT
    + r"|" + _WHAT + r" (?:do|would) you (?:want|need) (?:me|us) to " + _PUT
    + r"|" + _WHAT + r" goes(?= (?:here|hear|in))"
    + r"|(?:i['’]?m |i am )?(?:not sure|unsure|no idea|idk|i (?:don['’]?t|do not) know|dunno)"
    r" what (?:to|i should|i['’]?m (?:meant|supposed) to|i (?:need|have) to) " + _PUT + r")"
    r"(?: (?:here|hear|in here|in this(?: one| box| bit| question)?|for (?:this|that)(?: one"
    r"| question| bit)?|to (?:this|that)(?: one| question)?|now|then|exactly))*\?*")
_WELSH_ASKS = (r"(?:(?:sori|sorry),? )?(?:(?:beth|be)(?: yw| ydy| ['’]?di| ydi) (?:hwn|hyn|hynna"
               r"|hon)|beth mae (?:hyn|hwn|hynna|hon) yn (?:ei )?(?:olygu|feddwl)"
               r"|(?:dwi|dw i|dydw i) ddim yn deall(?: (?:hyn|hwn|y cwestiwn))?"
               r"|sa i['’]n deall(?: (?:hyn|hwn|y cwestiwn))?|helpwch fi|help plis)\?*")
# Read as /help: a line that asks what the question means ("?", "what do I put here?").
LOST = on_first_use(r"help (?:me|please|pls)|\?+|(?:sorry,? )?(?:what|eh|huh|pardon)\?+"
                    r"|what (?:does|do) (?:this|that|it|you) mean\?*"
                    # ... in Welsh, as staff switching between the two ask it: "beth yw
                    # hwn?" (what is this?), "beth mae hyn yn ei olygu?" (what does this
                    # mean?), "dwi ddim yn deall" (I don't understand)
                    r"|" + _WELSH_ASKS +
                    r"|" + _WHAT_TO_PUT +
                    r"|(?:sorry,? )?(?:i )?(?:don['’]?t|do not) (?:understand|get it)"
                    r"(?: (?:this|that|the|what you mean)(?: question)?)?\?*"
                    r"|not sure what (?:you mean|to (?:put|write|say))\?*"
                    # "i don't get what you mean by this", "not sure what you're asking"
                    r"|" + _LEAD_IN + r"(?:i )?(?:don['’]?t|do not|dont) (?:get|understand|know)"
                    r" what (?:you|u) (?:mean|want|are asking|['’]?re asking)"
                    r"(?: (?:by|with|in) (?:this|that|it)(?: question| one| bit)?)?\?*"
                    r"|" + _LEAD_IN + r"(?:i['’]?m )?not sure what (?:you|u)(?: are|['’]?re| r) "
                    r"(?:asking|after)(?: (?:for|here|me))?\?*"
                    # ... or whether what was written will do: "is this ok?", 'is "mum
                    # neglects the kids" ok?', "would that do?"
                    r"|" + _LEAD_IN + r"(?:is|would|will|does) (?:this|that|it|my answer"
                    r"|\"[^\"]{1,120}\"|“[^”]{1,120}”)(?: be)? (?:ok(?:ay)?|alright|all right"
                    r"|right|fine|enough|good enough|do|work|what you (?:want|need|mean|are after)"
                    r"|what you['’]re after)\?+")
# Unsure what the question wants, then the answer after it: "not sure what you want here -
# KB has been late a lot". The note to the bot, saved, went into the record.
UNSURE_FIRST = on_first_use(
    r"(?:(?:sorry|soz|um+|erm|hmm|ok|okay)[,.!]*\s+)*(?:i['’]?m\s+|i\s+am\s+)?(?:not\s+"
    r"(?:really\s+|totally\s+|quite\s+)?sure|unsure|idk|i\s+don['’]?t\s+know|dunno)\s+what\s+"
    r"(?:you\s+(?:want|need|mean|are\s+after)|you['’]re\s+after|to\s+(?:put|write|say))"
    r"(?:\s+(?:here|for\s+this(?:\s+one)?|in\s+this(?:\s+one)?))?"
    r"(?:\s*[-\u2013\u2014,:;.!?]+\s*|\s+(?:but|so)\s+)",
    re.IGNORECASE)
# Read as /help at a written question, not at a list (where "What is the father's role?" is
# one of the things not known yet): what a word in the question means ("what does caregiver
# behaviour mean?", "what's a danger statement?", "what is meant by severity?").
# (... "here", or "in this question", after it: "what does harm mean here?" was saved as
# the answer)
_HERE = r"(?: (?:here|in this(?: one| question| bit| box| context)?|for this(?: one| question)?))?"
WORD_MEANING = on_first_use(_LEAD_IN + r"(?:" + _WHAT + r" (?:does|do) " + _WORDS + r" mean"
                            + _HERE + r"\?*"
                            r"|" + _WHAT + r" (?:do (?:you|u)|does (?:it|this|that)) mean by "
                            + _WORDS + r"\?*"
                            r"|" + _WHAT + r" is meant by " + _WORDS + _HERE + r"\?*"
                            r"|" + _WHAT + r"(?:['’]?s| is) (?:a|an|the) " + _WORDS + _HERE
                            + r"\?+"
                            # "can you explain what a safety goal is?"
                            r"|(?:can|could) (?:you|u) (?:explain|tell me) what (?:an? |the )?"
                            + _WORDS + r" (?:is|are|means?)\?*"
                            # ... or where one word of the tools ends and another begins:
                            # "whats the difference between harm and danger?", "what counts
                            # as harm?", "is a strength the same as safety?"
                            r"|what counts as " + _WORDS + _HERE + r"\?+"
                            r"|is (?:an? |the )?" + _WORDS + r" the same (?:thing )?as " + _WORDS
                            + r"\?+"
                            # ... or which it wants: "do u want the most recent or worst?"
                            r"|do (?:you|u) (?:want|mean|need) " + _WORDS + r"(?: or "
                            + _WORDS + r")?\?+)")


def moves_a_list_on(typed: str) -> bool:
    """Whether a line typed at a list question does something other than add an item: ends
    the list ("done", "none", "nothing else") or is a command typed without its slash
    ("back", "skip")."""
    text = clean(typed).lower()
    return text in DONE_WORDS or bool(NOTHING.fullmatch(text.strip(" .!"))
                                      or BARE_COMMAND.fullmatch(text.strip(" .!")))


def _alone(line: str) -> str:
    """A line of a list message as read on its own: no bullet, lower case, no closing stop."""
    return unmarked(line).lower().strip(" .!")


def _as_items(lines: list[str]) -> str:
    """Lines to add as a list's items: one line without its bullet (no longer a pasted
    list), or the lines as they are."""
    return unmarked(lines[0]) if len(lines) == 1 else "\n".join(lines)


def items_then_nothing(text: str) -> str | None:
    """Lines sent in one message at a list whose last line says there is nothing more
    ("Nan walks her in" then "n/a", "none" or "-", bulleted or not): the lines before it, to
    be added as the items (one line without its bullet); None for anything else."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # Every such line at the end at once: one at a time, each rest read again as if sent
    # anew, a thousand empty rows of a form ("-") went deeper than Python goes.
    end = len(lines)
    while end > 1 and NOTHING.fullmatch(_alone(lines[end - 1])):
        end -= 1
    if len(lines) < 2 or end == len(lines):
        return None
    return _as_items(lines[:end])


# Only a filler, written above the items of a list sent in one message ("N/A", then the items
# after all): not an item, nor part of one. Not "no" or "nothing", which a child may have said.
_FILLER = on_first_use(r"(?:n[/.]?a\.?|none|nil|not applicable)(?: ?[:–—-])?|[-–—]+")


def is_filler(line: str) -> bool:
    """Whether a line is only a filler ("N/A", "none", "-"), as written above a list's items."""
    return bool(_FILLER.fullmatch(_alone(clean(line))))


def items_after_filler(text: str) -> str | None:
    """Lines sent in one message at a list whose first line is only a filler ("N/A" or
    "none", bulleted or not) and whose later lines are items: those lines (one line without
    its bullet); None for anything else."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = 0  # every filler above the items at once, as `items_then_nothing` does below
    while start < len(lines) - 1 and _FILLER.fullmatch(_alone(lines[start])):
        start += 1
    if len(lines) < 2 or start == 0:
        return None
    rest = lines[start:]
    if all(NOTHING.fullmatch(_alone(line)) for line in rest):
        return None
    return _as_items(rest)


_DASHES = on_first_use(r"[-–—]+")


def listed_lines(text: str) -> tuple[str, ...]:
    """The items of a list sent in one message: each line of a pasted list without its
    bullet (`pasted_list`), or each line typed on a line of its own ("nan walks her in" then
    "breakfast club", as a phone's Enter key leaves them); () for one item: a single line, a
    paragraph wrapped over lines, or lines with a command or "done" among them."""
    if marked := pasted_list(text):
        return marked
    # A line of dashes between items only separates them ("-" on its own says "nothing more")
    lines = [line.strip() for line in text.splitlines()
             if line.strip() and not _DASHES.fullmatch(line.strip())]
    if len(lines) < 2 or any(line.startswith("/") or re.fullmatch(r"[-–−]\s*\d{1,2}", line)
                             or moves_a_list_on(line) for line in lines):
        return ()
    for before, after in itertools.pairwise(lines):
        if _RUNS_ON.search(before) or _CARRIES_ON.match(after) \
                or (not _ENDS_SENTENCE.search(before) and not _starts_an_item(after, before)
                    and (len(before) >= WRAPPED or _SENTENCE_IN.search(before))):
            # A long line that stops mid-sentence is a paragraph wrapped, whatever the line
            # after starts with ("... that she takes" / "Kai to school ..."); so is a line
            # with a sentence ending in it that stops mid-sentence ("Nan is protective. She
            # lives" / "nearby").
            return ()
    return tuple(lines)


# A line that starts an item of its own after a long one without a full stop: it starts with
# a capital ("Nan has them every Saturday"), as a line pasted from a list does; not with a
# word that goes on about the line before ("They engaged well with the plan").
_CAPITAL_START = on_first_use(r"(?!(?:I|She|He|They|It|We|You|His|Her|Their|Its|This|That"
                              r"|These|Those|There|Then|Also|Both)\b)[A-Z][a-z'’]")
_DAY_OR_MONTH = (r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?|January|February|March|April"
                 r"|May|June|July|August|September|October|November|December")
# The end of a line a wrapped sentence carries over: a small word ("with", "her", "said"), a
# figure, someone and what they do ("that she takes" / "Kai to school"), or a capitalised
# word other than a day or a month ("the Family" / "Centre" is one name).
_CARRIED_OVER = on_first_use(
    r"(?i:\b(?:with|for|in|on|at|by|about|into|onto|over|after|before|since|until|till|up"
    r"|out|off|her|him|them|she|he|they|we|i|me|us|said|told|says|asked|called|named|like|as"
    r"|so|then|also|both|all|every|each|some|any|no|more|most|this|these|those|there|where"
    r"|how|what|why|through|without|between|under|near|next)"
    r"|\b(?:she|he|they|it|who|we|i|you)\s+[\w'’]+|\d)$"
    rf"|\b(?!(?:{_DAY_OR_MONTH})$)[A-Z][\w'’]*$")


def _starts_an_item(after: str, before: str) -> bool:
    """Whether `after`, below a long line `before` that stops without a full stop, is an
    item of its own rather than the rest of a sentence wrapped."""
    return bool(_CAPITAL_START.match(after)) and not _CARRIED_OVER.search(before.rstrip())


# A run of spaces, tabs or line breaks longer than any layout of a few words needs: a table's
# empty cells, or a key held down. Many readers of a choice or a number look along the spaces
# after each word, so a run of thousands was read thousands of times over: "5" and 4,000
# spaces before a word, at a scale, held every practitioner's reply for five seconds.
_LONG_GAP = on_first_use(r"\s{9,}")


def gaps_folded(text: str) -> str:
    """`text` with each long run of spaces or line breaks (`_LONG_GAP`) one space, or a blank
    line where it broke a line: a line read for an option or a number, never one saved as
    written."""
    return _LONG_GAP.sub(lambda gap: "\n\n" if "\n" in gap.group() else " ", text)


def clean_line(text: str) -> str:
    """`clean` text on one line, each run of spaces and line breaks one space: a case label as
    it is stored, and as it is looked up (`/resume`, `sosbot export`)."""
    return " ".join(clean(text).split())


def position(typed: str) -> int:
    """A position in a list or menu as typed ("3"), or 0 for anything else: a run of digits
    too long for any list is never turned into a number (Python refuses past 4,300)."""
    return int(typed) if typed.isdecimal() and len(typed) < 6 else 0


def is_answered(value: Value) -> bool:
    """True when a value holds something (a skip or an empty list does not)."""
    return value not in (None, "", [])


# A typed answer that only says there is nothing to say, or it is not known: drafted into a
# statement or goal it would read "Dad will stop drinking. No." in a conference report.
_NOTHING_TO_SAY = on_first_use(
    r"(?:(?:i['’]?m |i am |i have |i['’]?ve |i )?"  # "I'm not sure", "I have no idea"
    r"(?:no(?:pe)?|nah|none|nothing|n/?a|n/?k|n\.k\.?|nil|not applicable|not (?:sure|known|yet)"
    r"|unsure|unknown|(?:don['’]?t|do not) know|dunno|dk|idk|tbc|tbd"
    r"|no (?:idea|clue)|not a clue|can['’]?t say)"
    r"(?: yet| at (?:present|the moment|this stage))?"
    r"|\?+|-+)[\s.!]*", re.IGNORECASE)


# Words of having told something already, and where: "(I) put that above", "said already".
_TOLD = (r"(?:put|said|answered|covered|mentioned|written|wrote|stated|explained|included"
         r"|given|noted|described|detailed)")
_TOLD_WHAT = r"(?:\s+(?:that|this|it|all\s+(?:that|this)))?"
_TOLD_WHERE = (r"(?:above|before|earlier|previously|already|(?:in|on)\s+(?:my|the)\s+(?:last"
               r"|previous|earlier|other)\s+(?:answer|question|one|box))")
_TOLD_WHO = (r"(?:(?:i|i'?ve|i\s+have|it'?s|it\s+is|that'?s|that\s+is|it\s+was|that\s+was"
             r"|it'?s\s+been)\s+)?")
# An answer that only points at another ("see above", "same", "ditto"): the summary sorts
# answers into columns, with other people's between them, so what it points at moves.
_POINTS_ELSEWHERE = on_first_use(
    r"(?:(?:it'?s|it is|that'?s|that is)\s+)?(?:the\s+)?same(?:\s+as\s+(?:above|before"
    r"|previous(?:ly)?|earlier|last\s+time|the\s+last(?:\s+one)?|the\s+one\s+(?:above|before)))?"
    r"|(?:as|see|refer\s+to)\s+(?:above|before|previous(?:ly)?|earlier)|as\s+per\s+above"
    r"|see\s+(?:my\s+)?(?:answer|notes?)\s+above|ditto"
    # ... or at the last time it was asked: "ditto from last month", "same as last visit" (set AG)
    r"|(?:ditto|(?:the\s+)?same(?:\s+as)?)\s+(?:from\s+|as\s+(?:at\s+)?|at\s+)?(?:the\s+|my\s+"
    r"|our\s+)?(?:last|previous)\s+(?:month|week|visit|meeting|supervision|session|review"
    r"|core\s+group|conference)"
    # ... said as a practitioner says it: "I put that above", "already said", "as I said
    # above", "see my previous answer" ("said" or "I put that" alone points nowhere)
    r"|" + _TOLD_WHO + r"(?:(?:already|just)\s+" + _TOLD + _TOLD_WHAT + r"(?:\s+" + _TOLD_WHERE
    + r")?|" + _TOLD + _TOLD_WHAT + r"\s+" + _TOLD_WHERE + r")"
    r"|as\s+(?:i\s+|i'?ve\s+|i\s+have\s+)?" + _TOLD + r"\s+" + _TOLD_WHERE
    + r"|(?:see|in)\s+(?:my\s+|the\s+)?(?:previous|last|earlier|other)\s+(?:answer|question"
    r"|one|box)", re.IGNORECASE)
# ... or at something said or written outside the tool: "as discussed on the phone", "as per
# my email", "see referral". Nobody reading the summary at a meeting has it.
_ELSEWHERE_THING = (r"(?:discussion|conversation|call|phone\s+call|chat|e-?mails?|referral"
                    r"|(?:case\s+)?notes|report|chronology|records?|attach(?:ed|ment)"
                    r"|strategy(?:\s+meeting)?|strat|meeting|minutes|assessment|form|file|system"
                    r"|chron|visit|session|supervision|review|core\s+group)")
# ... said of which one or whose: "see attached strat minutes", "see the latest police
# report", "refer to the full assessment" (set AG)
_ELSEWHERE_OF = (r"(?:(?:attached|enclosed|latest|recent|full|initial|last|previous|strat"
                 r"|strategy|police|school|gp|health|medical|cp|conference|core\s+group|case"
                 r"|my|our)\s+){0,2}")
# ... said with a word or two first that tells nothing ("please see my email", "dunno really,
# see my email", "not much tbh - see referral"), or as having sent it already ("I've emailed
# it to you", "it's all in my email"): the summary read "School, DSL: Please see my email".
_POINTER_LEAD = (r"(?:(?:please|pls|plz|kindly)\s+|(?:dunno|idk|not\s+sure|not\s+much|nothing"
                 r"(?:\s+(?:much|new|more))?)(?:\s+(?:really|tbh|to\s+add|to\s+say))*"
                 r"\s*[,;:.\u2013\u2014-]+\s*)?")
_POINTS_OUTSIDE = on_first_use(
    _POINTER_LEAD
    + r"(?:as\s+(?:(?:previously|already|we|i)\s+)*discussed|as\s+per\s+(?:(?:our|my|the|your"
    r"|previous|earlier|last)\s+)*" + _ELSEWHERE_THING
    + r"|(?:see|refer\s+to|(?:(?:it'?s|its|it\s+is)\s+)?(?:all\s+)?in)\s+"
    r"(?:(?:my|our|the|your|previous|earlier|last)\s+)*" + _ELSEWHERE_OF + _ELSEWHERE_THING
    + r"|(?:i'?ve|i\s+have|i)\s+(?:already\s+)?(?:e-?mailed|sent)(?:\s+(?:it|this|that|them"
    r"|everything|the\s+details))?(?:\s+(?:to\s+)?(?:you|the\s+social\s+worker|the\s+sw))?"
    r"(?:\s+(?:by|in\s+an?)\s+e-?mail)?)"
    r"(?:\s+(?:on|at|in|over|with|by|of|from|to)\s+(?:the\s+|my\s+|our\s+|your\s+)?(?:phone"
    r"|call|telephone|meeting|strat(?:egy)?(?:\s+meeting)?|core\s+group|conference|e-?mail"
    r"|you|yourself|teams|visit|referral|mash|hub|front\s+door|sw|social\s+worker))?"
    r"(?:\s+(?:today|yesterday|earlier|last\s+week|this\s+morning|this\s+afternoon))?"
    r"(?:\s+(?:of|on|from|dated|sent(?:\s+on)?))?"  # its date cut off: "see my email of 3/12"
    # ... or said to be there: "all on the system", "its in the chronology", "details on file"
    r"|(?:(?:it|its|it'?s|it\s+is|all|everything|details?|more|the\s+rest)\s+)?(?:is\s+|are\s+)?"
    r"(?:all\s+)?(?:on|in)\s+(?:(?:my|our|the|your|previous|earlier|last)\s+)*"
    + _ELSEWHERE_THING + r"(?:\s+(?:already|too))?",
    re.IGNORECASE)
# What a pointer is said with, adding nothing: "see chronology, too many to list", "same as
# last time, nothing new" (set AF). Each part of such an answer points, or is one of these.
_NOTHING_ADDED = on_first_use(
    r"(?:(?:far\s+|way\s+)?too\s+(?:many|much)|lots|loads)\s+(?:(?:incidents|things|concerns)\s+)?"
    r"to\s+(?:list|go\s+into|write(?:\s+(?:here|out|down))?|mention|put\s+(?:here|down))"
    r"|nothing\s+(?:new|more|else|further)(?:\s+to\s+(?:add|say|report))?|no\s+change",
    re.IGNORECASE)
# (It opens with a look at the character there, not ignoring case: a match can open with only
# these, and `re` tried the rest at every letter of an answer.)
_PARTS = on_first_use(r"(?-i:(?=[\s,;+&aA]))"
                      r"\s*(?:[,;+&]|\band\b|\s[-\u2013\u2014]\s)\s*(?:and\s+)?", re.IGNORECASE)


def _parts(said: str) -> list[str]:
    """An answer's parts, as `_pointing_parts` reads them ("same as last time", "see notes")."""
    return [p.strip(" .!") for p in _PARTS.split(said) if p.strip(" .!")]


def _pointing_parts(parts: list[str], points: Callable[[str], bool]) -> bool:
    """Whether an answer of `parts` ("same as last time, see previous notes") is only
    pointers and words that add nothing, one of them a pointer `points` reads."""
    # (loops, not generators: at every written answer of more than one part)
    if len(parts) < 2:
        return False
    for part in parts:
        if points(part):
            break
    else:
        return False
    for part in parts:
        if not (points(part) or _POINTS_ELSEWHERE.fullmatch(part)
                or _POINTS_OUTSIDE.fullmatch(part) or _NOTHING_ADDED.fullmatch(part)):
            return False
    return True
# ... with only a date or a day beside it: "28/11 as above", "as above, 28/11", "Tues 28th Nov
# - see above", "Last Friday, as above": the date says when, and nothing of what happened.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_A_DAY = (r"(?:on\s+)?(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?"
          rf"|\d{{1,2}}(?:st|nd|rd|th)(?:\s+(?:of\s+)?{_MONTH})?(?:\s+\d{{2,4}})?"
          rf"|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{2,4}})?|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
          r"|(?:last\s+|this\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?"
          rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?{_MONTH})?)?"
          r"|yesterday|today|last\s+(?:night|week))")
_DATED_POINTER = on_first_use(
    rf"(?:{_A_DAY}[\s,;:.\u2013\u2014-]+)?(?P<rest>.+?)(?:[\s,;:.\u2013\u2014-]+{_A_DAY})?",
    re.IGNORECASE)
# ... and read with no day after it: what `_DATED_POINTER` finds wherever no day can end
# the answer. (Its day after is tried at every space as its `rest` grows one letter at a
# time, about 125 k instructions for a list's 55-letter item: far the most of an item's
# update, whose answer ends with no day.)
_DATED_FIRST = on_first_use(rf"(?:{_A_DAY}[\s,;:.\u2013\u2014-]+)?(?P<rest>.+)", re.IGNORECASE)
# How an answer that ends with a day ends, read from its last letter back: a word (then at
# most one full stop), or a number after a date's stroke or after a word. The word must open
# as `_A_DAY`'s last words do (`_DAY_WORD`); `[a-z]` ignoring case is `_A_DAY`'s own letters.
_LAST_WORD_BACK = on_first_use(r"\.?([a-z]+)|\d+(?:[/.-]|\s+\.?([a-z]+))", re.IGNORECASE)
_DAY_WORD = on_first_use(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri"
                         r"|sat|sun|st|nd|rd|th|yesterday|today|night|week", re.IGNORECASE)


def _may_end_with_a_day(said: str) -> bool:
    """Whether `said` could end with `_A_DAY` (never False where it does: it asks only what
    every way of `_A_DAY` ends with, a number after a stroke or a word, or a word)."""
    back = _LAST_WORD_BACK.match(said[::-1])
    if back is None:
        return False
    word = back[1] or back[2]
    return word is None or _DAY_WORD.match(word[::-1]) is not None


def _dated(said: str) -> re.Match[str] | None:
    """`_DATED_POINTER.fullmatch(said)` for a short answer (None for a long one), read with
    no day after it where none can end the answer: the same match, found far sooner."""
    if len(said) >= 60:
        return None
    pointer = _DATED_POINTER if _may_end_with_a_day(said) else _DATED_FIRST
    return pointer.fullmatch(said)
# A question asking for a date and nothing else: "When is the meeting?", "If this is for a
# meeting, when is it?", "When will this plan be looked at again?" (not "When was the most
# recent time, and what happened?", nor "When and where ...?").
_ONLY_WHEN = on_first_use(r"(?:if\s[^,?]*,\s*)?when\s+(?:is|was|will|are)\b[^?,]*\?",
                          re.IGNORECASE)
# "(The) same" alone, and a question it answers: one about change ("Has the number changed?
# If it has stayed the same...", "is it getting better or worse?"); so is "same as last
# time" or "as before", which there says it has not changed, pointing at no answer.
_SAME_ALONE = on_first_use(r"(?:(?:it'?s|it is|that'?s|that is)\s+)?(?:the\s+)?same"
                           r"(?:\s+as\s+(?:before|previous(?:ly)?|last\s+time))?",
                           re.IGNORECASE)
_ABOUT_CHANGE = on_first_use(r"\bchanged\b|\bsame\b|better\s+or\s+worse|\bdifferently\b",
                             re.IGNORECASE)


# An answer that only points at another child's draft ("same as A-3", "same as her
# brother", "see the other draft"): a second child's tool, started for a family already
# mapped, is read on its own, where the draft it points at is not.
_DRAFT_WORD = r"(?:\s+(?:draft|mapping|plan|one|answers?|notes?))?"
_ANOTHER_DRAFT = on_first_use(
    r"(?:(?:it'?s|it is|that'?s|that is)\s+)?(?:the\s+)?(?:same\s+as|as\s+per|as|see|ditto)"
    r"\s+(?:(?:for|in|with)\s+)?(?:(?:her|his|their|the|my)\s+)?(?:"
    r"(?:other|older|younger|big|little|first|second|elder|eldest|youngest)\s+(?:child|kid"
    r"|sibling|brother|sister|twin|baby|draft|mapping|plan|case)(?:'s)?" + _DRAFT_WORD
    # "the older one" is a child; "the first one" or "the other one" may be a list's item
    + r"|(?:older|younger|big|little|elder|eldest|youngest)\s+one(?:'s)?" + _DRAFT_WORD
    + r"|(?:sibling|brother|sister|twin)(?:'s)?" + _DRAFT_WORD
    + r"|(?:last|previous)\s+(?:draft|mapping|plan|case)"
    # a case label: initials with a number ("A-3", "KB12", "A (3)", "HV-A1"); not a year, a
    # page, a week or a section of the Act ("as of 2024", "see page 2", "as per s47")
    r"|(?!(?:of|in|at|on|by|to|from|since|age|aged|page|pg|pp?|para|week|wk|day|year|yr|term"
    r"|no|step|part|line|s)(?:[- ]?\d|[- ]?\())"
    r"[a-z]{1,4}(?:-[a-z]{1,2})?[- ]?(?:\d+|\(\d+\))[a-z]?(?:'s)?" + _DRAFT_WORD + ")",
    re.IGNORECASE)


def _said(text: str) -> str:
    """A typed answer as the pointer patterns read it: one space between words, the ends'
    full stops and the curly apostrophe left out."""
    return " ".join(text.replace("’", "'").strip(" .!").split())


def points_to_another_draft(text: str) -> bool:
    """Whether a typed answer only points at another child's draft ("same as A-3")."""
    return _ANOTHER_DRAFT.fullmatch(_said(text)) is not None


def _outside_read(said: str) -> str:
    """`said` (read by `_said`) as `points_outside` matches it: a short one without a date
    beside it ("28/11 - see referral")."""
    return _outside_of(said, _dated(said))


def _outside_of(said: str, dated: re.Match[str] | None) -> str:
    """`_outside_read(said)`, given `_dated(said)`."""
    return dated["rest"].strip(" .!,") if dated else said


def _only_outside(part: str) -> bool:
    return _POINTS_OUTSIDE.fullmatch(part) is not None


def points_outside(text: str) -> bool:
    """Whether a typed answer only points at a call, an email or a document outside the tool
    ("as discussed on the phone", "see referral")."""
    said = _outside_read(_said(text))
    return _only_outside(said) or _pointing_parts(_parts(said), _only_outside)


def points_elsewhere(text: str, asked: str = "") -> bool:
    """Whether a typed answer only points at another one ("see above", "same", "ditto"), or
    at another child's draft ("same as A-3"). `asked`: the question; one about change takes
    "the same" as its answer."""
    said = first = _said(text)
    if dated := _dated(said):
        rest = dated["rest"].strip(" .!")  # "28/11 as above": the date, and only a pointer
        if rest != said and _ONLY_WHEN.fullmatch(asked.strip()):
            return False  # ... but asked only when ("When is the meeting?"), the date answers
        said = rest

    def only_above(part: str) -> bool:
        return _POINTS_ELSEWHERE.fullmatch(part) is not None \
            and not (_SAME_ALONE.fullmatch(part) and _ABOUT_CHANGE.search(asked))

    if only_above(said):
        return True
    # What `points_to_another_draft` and `points_outside` would read of it, each read once,
    # and split into parts once where the two read the same words (a long answer always).
    again = _said(said)
    if _ANOTHER_DRAFT.fullmatch(again) is not None:
        return True
    # (read for its date once: most answers have none, and are read again as they were)
    outside = _outside_of(again, dated if again == first else _dated(again))
    if _only_outside(outside):
        return True
    parts = _parts(said)
    return _pointing_parts(parts if outside == said else _parts(outside), _only_outside) \
        or _pointing_parts(parts, only_above)


def points_above(text: str, asked: str = "") -> bool:
    """Whether a typed answer only points at the answer just above it ("same as above",
    "ditto"): not "same as last time", which points at another meeting, nor "same as A-3",
    which points at another draft."""
    return points_elsewhere(text, asked) and not points_to_another_draft(text) \
        and not points_outside(text) \
        and re.search(r"last\s+time", text, re.IGNORECASE) is None


def excerpt(text: str, limit: int = 60) -> str:
    """A typed line as a message quotes it back: its first `limit` characters, then "...".
    Read aloud by a screen reader, a whole pasted note before the question is a long wait.
    A line typed in quotation marks (a child's words) loses them: quoted again, they read
    doubled (""I'm hungry"")). Cut between characters as they show, never inside one (a
    family emoji showed as another family, a flag as a lone letter)."""
    text = _unquoted(text)
    return text if len(text) <= limit else start_shown(text, limit) + "..."


def said_back(text: str) -> str:
    """A typed answer as a message quotes it back whole, in the message's own marks: without
    the marks typed round all of it (as `excerpt` quotes it, uncut)."""
    return _unquoted(text)


_QUOTE_PAIRS = {'"': '"', "“": "”", "”": "”", "'": "'", "‘": "’"}


def _unquoted(text: str) -> str:
    """`text` without the one pair of quotation marks around all of it, if it has them; or
    without the first and last double marks of quotes side by side ('"go away" and "leave
    mum alone"'), which the message's own marks then stand for."""
    if len(text) > 2 and _QUOTE_PAIRS.get(text[0]) == text[-1] and (
            text[0] == '"' or (text[0] not in text[1:-1] and text[-1] not in text[1:-1])):
        return text[1:-1]
    # ... in a phone's curly marks ('“go away” and “leave mum alone”'): as the plain-text
    # summary says them, the marks between them the message's own
    if text[:1] == "“" and text[-1:] == "”" and len(quotes := list(_ONE_QUOTE.finditer(text))) > 1 \
            and (joined := _quotes_joined(text, quotes, '""')) is not None and not joined[1]:
        return joined[0]
    return text


def says_nothing(text: str) -> bool:
    """Whether a typed answer only says "no", "none", "n/a" or "don't know"."""
    return bool(_NOTHING_TO_SAY.fullmatch(text.strip()))


# What a summary says for a typed answer that only says it is not known, or that there is
# nothing: a chair reads "not known yet", not "idk" (a child's own words stay as said).
NOT_KNOWN = "not known yet"
_NOT_KNOWN = on_first_use(
    r"(?:not (?:sure|known)|unsure|unknown|(?:i )?(?:don['’]?t|do not|dont) know(?: yet)?|dunno"
    r"|i?dk|n/?k|n\.k\.?|tbc|tbd|no (?:idea|clue)|not a clue|can['’]?t say|\?+)[\s.!]*",
    re.IGNORECASE)
_DOES_NOT_APPLY = on_first_use(r"(?:n/?a|not applicable)[\s.!]*", re.IGNORECASE)
_SAID_NO = on_first_use(r"(?:nope|nah)[\s.!]*", re.IGNORECASE)
_NO_WORD = on_first_use(r"(?:nil|-+)[\s.!]*", re.IGNORECASE)


def plainly(text: str) -> str | None:
    """What a summary shows for a typed answer that says nothing, in plain words: "idk" as
    "not known yet", "n/a" as "does not apply", "nah" as "no", "-" as "none"; "no", "none"
    and "not yet" as typed (a question may ask "Has the family ...?"). None for any other
    answer."""
    said = text.strip()
    if not says_nothing(said):
        return None
    if _NOT_KNOWN.fullmatch(said):
        return NOT_KNOWN
    if _DOES_NOT_APPLY.fullmatch(said):
        return "does not apply"
    if _SAID_NO.fullmatch(said):
        return "no"
    return "none" if _NO_WORD.fullmatch(said) else said.rstrip(" .!").lower()


def nobodys_words(text: str) -> str | None:
    """What a summary shows for "n/a", "nil" or "-" typed where someone's own words are
    kept ("does not apply", "none"): nobody says them, so they are not quoted as said. None
    for anything else, "no" and "nothing" too, which a child may say."""
    said = text.strip()
    if _DOES_NOT_APPLY.fullmatch(said):
        return "does not apply"
    return "none" if _NO_WORD.fullmatch(said) else None


def display(step: FlowStep, value: Value) -> str:
    """An answer as a person reads it back, in plain text (no markup)."""
    if value == [] and step.kind.widget == "several":
        return "none of these"  # finished with none chosen, as "choose all that fit, or none"
    return step.kind.show(step, value) if is_answered(value) else "(skipped)"


def display_with_reason(step: FlowStep, value: Value, answers: Mapping[str, Value]) -> str:
    """`display`, with the reason a person gave with their own number beside it ("6 (mum
    says R is staying away more)"): wherever their number is shown, so is why."""
    shown = display(step, value)
    why = answers.get(step.reason_id) if step.role == "perspective" else None
    return f"{shown} ({why})" if isinstance(why, str) and why else shown


class AnswerView(Mapping[str, str]):
    """What a draft template sees as `a`: answers by step id, as plain text.

    A known but unanswered step reads as "", so a template can test `{% if a.x %}`;
    an unknown id raises, so a typo in a template fails loudly in tests.
    """

    def __init__(self, known: Callable[[str], FlowStep | None], values: Callable[[str], Value],
                 resolve: Callable[[str], str] = lambda name: name) -> None:
        self._known = known
        self._values = values
        self._resolve = resolve

    def __getitem__(self, name: str) -> str:
        step_id = self._resolve(name)
        step = self._known(step_id)
        if step is None:
            raise KeyError(name)
        value = self._values(step_id)
        if not is_answered(value) or (isinstance(value, str) and says_nothing(value)):
            return ""
        if isinstance(value, str) and (items := pasted_list(value)):
            # a list pasted with its bullets, as a drafted sentence reads a list's items:
            # "worried that • up till 11pm • missed 9 sessions" read wrong in a report
            return "; ".join(item.rstrip(" .;,") for item in items)
        return display(step, value)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


# Which child said the words, written before them in a family of several: "Nia: dad shouts",
# "Siôn (11): I put my headphones on". A name or initials, capitalised, then a colon. Not a
# word a child may start with themselves ("I:", "Mummy: sad", "Baby: crying"): those stay
# inside the quotation marks, as typed.
_SPEAKER = on_first_use(r"(?P<who>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?"
                        r"(?:\s*\(\s*\d{1,2}\s*\))?)\s*:\s+(?P<said>\S.*)", re.DOTALL)
_NOT_SPEAKERS = words("""i me my we you he she it they mum mummy mam mammy mom mommy mother
    dad daddy da tata papa mama father nan nana nanny gran granny grandma grandad grandpa taid
    nain uncle aunt auntie aunty sister brother baby child kid boy girl teacher miss sir note
    notes nb ps""")


# A child's words quoted after the writer's note of how they were heard: "through the
# interpreter: "I miss my nan"", "(via the interpreter) "...", "in Arabic - "..."". Only a note
# of how: "she said "..."", "Dad told me "..."" is the child's own report of what an adult
# said, and stays inside the quotation marks, the adult's words as the child quoted them.
# Double marks only: a single one is also an apostrophe.
_HEARD = on_first_use(
    r"\s*(?:[(\[][^()\[\]\n]+[)\]]\s*[:,\-–—]?"
    r"|(?:through|via|in|using|translated|interpreted|signed|written|typed|heard|by|on|over"
    r"|with)\b[^\n\"“”:]{0,60}?\s*[:,\-–—])\s*", re.IGNORECASE)
# A word of speaking, or the child's "I", in the note makes it a sentence of the child's:
# "in the car he said:", "with my nan -".
_SPEAKING = on_first_use(r"\b(?:said|says|say|told|tells|tell|asked|asks|shouted|shouts|yelled"
                         r"|screamed|whispered|replied|goes|went|explained|wrote|called|cried"
                         r"|i|me|my|we|us|our)\b", re.IGNORECASE)
# A note set apart after the quote: a bracket or a dash, or emoji alone (""when daddy
# shouts" \U0001F622", as a phone adds them), kept after the marks the summary puts round it.
# (a face typed as text is an emoji too: "I miss my nan" :( )
_NOTE_START = on_first_use(r"\s*[(\[\-–—]|[\s\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+$"
                           r"|(?:\s*(?:[:;=]['’]?-?[()\[\]DPpOo/\\|*3]|<3))+\s*$")
_ONE_QUOTE = on_first_use(r'"(?P<a>[^"\n]+)"|“(?P<b>[^“”\n]+)”')


def voiced(said: str, marks: str = "“”") -> tuple[str, str, str]:
    """(what goes before the quotation marks, the words, what goes after) for a child's
    words: the name of the child who said them ("Nia: dad shouts"), and a note of the
    writer's around one quote in the answer ("through the interpreter: "I miss my nan"",
    ""tata krzyczy" (dad shouts at mum)"), stay outside the marks the summary puts round the
    child's words (the marks typed round the words after a name too: "Nia: "dad shouts""); the
    rest is the words as typed. Several quotes side by side (""go away" and "leave mum
    alone"") lose their first and last marks to the summary's, and the marks between them
    are the summary's `marks` (opening, closing)."""
    who, words = whose(said)
    before = f"{who}: " if who else ""
    quotes = list(_ONE_QUOTE.finditer(words))
    if len(quotes) > 1 and (side_by_side := _quotes_joined(words, quotes, marks)):
        return before, *side_by_side
    if len(quotes) != 1:
        return before, words, ""
    found = quotes[0]
    frame, note = words[:found.start()], words[found.end():].rstrip()
    # Only a frame that says how they were heard ("via mum:", "(through the interpreter)"),
    # and a note set apart ("(dad shouts)", "- in Polish"): "I don't like it when "the man"
    # comes" is all the child's, the quote theirs too, and so is "she said "you are bad"".
    heard = frame.strip() and (not _HEARD.fullmatch(frame) or _SPEAKING.search(frame))
    if heard or (note and not _NOTE_START.match(note)):
        return before, words, ""
    return before + frame, found["a"] or found["b"] or "", note


# What may stand between quotes side by side: ""go away" and "leave mum alone"", ""a" & "b"";
# in Welsh, ""cer o 'ma" a "gad lonydd i mam""; in Arabic and Hebrew "and" and "or" (و, أو;
# ו, או), which may be written onto the next word's mark (و"...").
_JOINER = on_first_use(r"\s*(?:[,;/&+\u060c\u061b]\s*)?(?:(?:and|or|then|also|a|ac|neu|wedyn"
                       r"|hefyd)\s+|(?:\u0648|\u0623\u0648|\u0627\u0648|\u062b\u0645|\u05d5"
                       r"|\u05d0\u05d5)\s*)?", re.IGNORECASE)


def _quotes_joined(words: str, quotes: list[re.Match[str]], marks: str
                   ) -> tuple[str, str] | None:
    """(the words, a note after them) of an answer that is only quotes side by side, the
    marks between them `marks`; None when words of the writer's stand around or among them
    ("she said "stop" and I said "no"" is a sentence of the child's, kept as typed)."""
    note = words[quotes[-1].end():].rstrip()
    if words[:quotes[0].start()].strip() or (note and not _NOTE_START.match(note)):
        return None
    gaps = [words[a.end():b.start()] for a, b in itertools.pairwise(quotes)]
    if not all(_JOINER.fullmatch(gap) for gap in gaps):
        return None
    said = [q["a"] or q["b"] or "" for q in quotes]
    joined = said[0] + "".join(f"{marks[1]}{gap}{marks[0]}{part}"
                               for gap, part in zip(gaps, said[1:], strict=True))
    return joined, note


def whose(said: str) -> tuple[str, str]:
    """(who said them, the words) for a child's words written after their name ("Nia: dad
    shouts" is Nia's "dad shouts"); ("", the words as typed) when no name leads them."""
    found = _SPEAKER.fullmatch(said.strip())
    if found is None:
        return "", said
    who = found["who"]
    names = re.sub(r"\(.*\)", "", who).split()
    if not all(name[:1].isupper() for name in names) \
            or any(name.casefold() in _NOT_SPEAKERS for name in names):
        return "", said
    return who, found["said"]
