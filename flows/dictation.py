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

_I = re.IGNORECASE
# A word before a spoken mark that makes it an ordinary noun: "a full stop", "her new line".
_NOUN_BEFORE = (r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bto\s)(?<!\bno\s)(?<!\bher\s)"
                r"(?<!\bhis\s)(?<!\bmy\s)(?<!\bour\s)(?<!\btheir\s)(?<!\byour\s)(?<!\bany\s)")
# (pattern, mark): each spoken mark after a word (not at the start of the answer).
_MARKS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rf"(?<=[\w\"”.?!,])\s*,?\s+{_NOUN_BEFORE}{spoken}\b{after}", _I), mark)
    for spoken, after, mark in (
        (r"full\s+stop", r"(?!\s+(?:to|on|at|sign|of)\b)", "."),
        (r"(?:new|next)\s+(?:line|paragraph)",
         r"(?!\s+(?:manager|managers|of|to|at|in|for|on|from|with)\b)", "\n"),
        (r"question\s+mark", r"(?!\s+(?:over|about|on|against|hangs?|hanging)\b)", "?"),
        (r"exclamation\s+(?:mark|point)", "", "!"),
        (r"comma", r"(?=\s+\w)", ","),
    ))
# A quote opened and closed in words: "quote dad hit me unquote", "open quote ... end quote".
_QUOTE = re.compile(r"\b(?:open\s+)?quote\s+(?P<said>[^\n]+?)\s+(?:unquote|end\s+quote"
                    r"|close\s+quote|quote\s+end)\b", _I)
# The first letter after a sentence's end, as a sentence starts.
_AFTER_END = re.compile(r"([.?!]\s+|\n)([a-z])")


def tidied(text: str) -> str | None:
    """The answer with its spoken punctuation as marks, or None when it has none."""
    out = _QUOTE.sub(lambda m: f'"{m.group("said").strip(" ,")}"', text)
    for pattern, mark in _MARKS:
        out = pattern.sub(mark if mark != "\n" else ".\n", out)
    if out == text:
        return None
    out = re.sub(r"([.?!])\s*\.\n", r"\1\n", out)  # "... full stop new line": one stop
    out = re.sub(r'([.?!,])(["”]?)(?=[^\s"”\n])', r"\1\2 ", out)  # a space after each mark
    out = re.sub(r"[ \t]*\n[ \t]*", "\n", out)
    out = _AFTER_END.sub(lambda m: m.group(1) + m.group(2).upper(), out)
    return out.strip()
