"""Punctuation a phone's dictation wrote out as words: "he said quote dad hit me unquote full
stop new line ...". Read into a report as it was, "full stop" and "new line" sit in the
middle of the sentences; `tidied` gives the answer with them as marks, for the practitioner
to take or leave.

Only spoken marks that cannot be ordinary words where they stand are read: "came to a full
stop", "a new line manager", "a question mark over his care" and "a comma" are left alone,
and a quote is read only when it is closed ("quote ... unquote").
"""

from __future__ import annotations

import re

from flows.checks.text import fold
from flows.regex import on_first_use

_I = re.IGNORECASE
# A word before a spoken mark that makes it an ordinary noun: "a full stop", "her new line".
_NOUN_BEFORE = (r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bto\s)(?<!\bno\s)(?<!\bher\s)"
                r"(?<!\bhis\s)(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)(?<!\byour\s)(?<!\bany\s)")
# The marks a spoken mark becomes, while the answer is tidied: kept apart from the marks
# typed, so a typed one next to a spoken one ("stop. full stop", "full stop, and") is
# dropped, and the marks already in the answer ("e.g.", "£10,000", "...") are not touched.
_SAID = {".": "\ue000", "?": "\ue001", "!": "\ue002", ",": "\ue003"}
_SAID_MARK = "[" + "".join(_SAID.values()) + "]"
_SAID_END = "[" + _SAID["."] + _SAID["?"] + _SAID["!"] + "]"
# (pattern, mark): each spoken mark after a word (not at the start of the answer).
_MARKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<=[\w\"”.?!,{_SAID_MARK[1:-1]}])(?:\s*+,)?\s++{_NOUN_BEFORE}{spoken}\b{after}",
                _I), mark)
    for spoken, after, mark in (
        (r"full\s+stop", r"(?!\s+(?:to|on|at|sign|of)\b)", "."),
        (r"(?:new|next)\s+(?:line|paragraph)",
         r"(?!\s+(?:manager|managers|of|to|at|in|for|on|from|with)\b)", "\n"),
        (r"question\s+mark", r"(?!\s+(?:over|about|on|against|hangs?|hanging)\b)", "?"),
        (r"exclamation\s+(?:mark|point)", "", "!"),
        (r"comma", r"(?=\s+\w)", ","),
    ))
# ", full stop." (", full stop, and we agreed", ", full stop" at the end): said for emphasis,
# with its own marks typed round it. Not a mark: kept out of the way while the rest is read.
_EMPHATIC = on_first_use(r"(?<=,)(\s*full)(\s+)(stop\b)(?=\s*(?:[.?!,;:]|$))", _I)
_KEPT = "\ue010"
# A quote opened and closed in words: "quote dad hit me unquote", "open quote ... end quote";
# not "a quote for the boiler", and never past another "quote" (the one that opens it).
_QUOTE = on_first_use(rf"\b{_NOUN_BEFORE}(?<!\bfor\s)(?<!\bthis\s)(?<!\bthat\s)"
                      r"(?<!\banother\s)(?:open\s+)?quote\s+"
                      r"(?P<said>(?:(?!\bquote\b)[^\n])*?\S)\s+(?:unquote|end\s+quote"
                      r"|close\s+quote|quote\s+end)\b", _I)


def _emphasis_kept(text: str) -> str:
    """`text` with each ", full stop" said for emphasis held together (`_KEPT` for its
    space), so that no spoken-mark pattern reads it; `tidied` gives the space back."""
    return _EMPHATIC.sub(lambda m: m.group(1) + m.group(2).replace(" ", _KEPT) + m.group(3),
                         text)


_SPOKEN_WORDS = ("stop", "line", "paragraph", "mark", "exclamation", "comma", "quote")


def tidied(text: str) -> str | None:
    """The answer with its spoken punctuation as marks, or None when it has none."""
    # Every spoken mark holds one of these words: most answers hold none, and these few
    # substring tests are far quicker than the patterns (about 50 µs on a short answer).
    folded = fold(text)
    for word in _SPOKEN_WORDS:  # (a loop, not a generator: at every written answer)
        if word in folded:
            break
    else:
        return None
    out = _emphasis_kept(text)
    out = _QUOTE.sub(lambda m: f'"{m.group("said").strip(" ,")}"', out)
    for pattern, mark in _MARKS:
        out = pattern.sub(_SAID[mark] if mark != "\n" else _SAID["."] + "\n", out)
    out = out.replace(_KEPT, " ")
    if out == text:
        return None
    # A spoken mark next to a typed one, or to another ("stop. full stop", "full stop, and",
    # "full stop new line"): one mark, never ". ." or ". ,".
    out = re.sub(rf"([.?!])[ \t]*{_SAID_MARK}", r"\1", out)
    out = re.sub(rf"({_SAID_MARK})[ \t]*[.,{_SAID_MARK[1:-1]}]", r"\1", out)
    out = re.sub(rf"({_SAID_MARK})[ \t]*[.,{_SAID_MARK[1:-1]}]", r"\1", out)
    out = re.sub(rf'({_SAID_MARK})(["”]?)(?=[^\s"”\n])', r"\1\2 ", out)  # a space after
    out = re.sub(r"\n[ \t]+", "\n", re.sub(r"(?<![ \t])[ \t]+(?=\n)", "", out))
    # The first letter after a spoken sentence's end, as a sentence starts.
    out = re.sub(rf"({_SAID_END}\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), out)
    for mark, stands_in in _SAID.items():
        out = out.replace(stands_in, mark)
    return out.strip()


def spoken_marks(text: str) -> list[str]:
    """The spoken marks `tidied` reads in `text`, as said and in the order first said
    ("comma", "full stop", "quote", "unquote"), each once: the note about them quotes these,
    not marks that were never dictated. (Read only when that note is shown.)"""
    found: list[tuple[int, str]] = []
    out = _emphasis_kept(text)
    for quote in _QUOTE.finditer(out):
        found.append((quote.start(), " ".join(out[quote.start():quote.start("said")].split())))
        found.append((quote.end("said"), " ".join(out[quote.end("said"):quote.end()].split())))
    for pattern, _ in _MARKS:
        found += [(m.start(), " ".join(m.group().strip(" ,").split()).lower())
                  for m in pattern.finditer(out)]
    said: list[str] = []
    for _, words in sorted(found):
        if words.lower() not in said:
            said.append(words.lower())
    return said
