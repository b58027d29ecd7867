"""An email signature pasted where the writer of a record is asked ("Written by"): the name
and role lines are who wrote it; the phone, email, web address, office address, sign-off,
phone footer and confidentiality notice under them are no part of the record."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.checks.privacy import find_personal_data
from flows.regex import on_first_use

# Each kind of line a signature carries besides who wrote it, in the words it is said back in.
_LINES = {
    # "Office:" and "Work:" also head a role ("Work: Youth worker, Zone 2"): a number there
    # is a phone's only with five digits or an extension after it
    "phone number": on_first_use(
        r"^(?:(?:tel|telephone|phone|mob|mobile|direct\s+line|ext)\b|[tm]\s*:).*\d"
        r"|^(?:office|work)\b.*(?:(?:\d[\s\-()]*){5}|\bext\b\W*\d)|(?:\d[\s\-()]*){7,}",
        re.IGNORECASE),
    "email address": on_first_use(r"\S@\S+\.\w|^e(?:-?mail)?\s*:", re.IGNORECASE),
    "web address": on_first_use(r"\bwww\.|https?://|^web(?:site)?\s*:", re.IGNORECASE),
    "office address": on_first_use(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"),
    "confidentiality notice": on_first_use(
        r"\b(?:confidential|disclaimer|privileged|intended\s+(?:solely|only|for)"
        r"|received\s+this\s+(?:e-?mail|message)|views\s+expressed|consider\s+the\s+environment"
        r"|virus|monitored|legally\s+protected|unauthori[sz]ed)\b", re.IGNORECASE),
    # any phone's or mail program's: "Sent from Outlook for iOS" as "Sent from my iPhone"
    "\"Sent from\" line": on_first_use(r"^(?:sent\s+from\s+\w|get\s+outlook\b)",
                                       re.IGNORECASE),
    "sign-off": on_first_use(
        r"^(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|wishes|thanks)[\s,.!]*$"
        r"|^(?:thanks|thank\s+you|best|all\s+the\s+best|with\s+(?:many\s+)?thanks|cheers"
        r"|yours\s+(?:sincerely|faithfully|truly))[\s,.!]*$", re.IGNORECASE),
    "pronouns": on_first_use(r"^\(?(?:pronouns\s*:?\s*)?(?:she|he|they)\s*/\s*(?:her|him|them)"
                                 r"(?:\s*/\s*\w+)?\)?$", re.IGNORECASE),
}
# A kept line's label, which the record's "Written by" says already: "Work: Youth worker"
_LABEL = on_first_use(r"^(?:work|office|role|job\s+title|position)\s*:\s*(?=\S)", re.IGNORECASE)
_LONGEST = 2000  # a signature is short: a longer paste is read as it is
# Parts of a signature put on one line between bars ("Lucy Marsh | Social Worker | Tel: ..."),
# each read as a line: read whole, a line holding a role and a phone number was left out
# with the number, and a signature all on one line was saved as typed, phone and email too.
_BARS = on_first_use(r"[^\S\n]+\|[^\S\n]+")  # (a no-break space too)


def signed_by(text: str, *, unnamed: bool = False,
              to_the_bot: Callable[[str], bool] | None = None) -> tuple[str, list[str]] | None:
    """Who wrote a record, out of an email signature pasted whole: its name and role lines
    joined as one line, and what was left out (in plain words, each kind once). A line's parts
    between bars are read as lines. `unnamed` (a partner's role, asked without her name)
    leaves out a line that is a full name too; `to_the_bot` says whether a first line is said
    to the bot ("hi", "skip", "?"), left off when name or role lines follow it. None when the
    text is one line with no bars in it, holds nothing a signature adds, or nothing else."""
    if len(text) > _LONGEST or ("\n" not in text and _BARS.search(text) is None):
        return None
    kept: list[str] = []
    left: list[str] = []
    for line in (part.strip(" \t|-–—•") for raw in text.splitlines()
                 for part in _BARS.split(raw)):
        if not line:
            continue
        kind = next((name for name, found in _LINES.items() if found.search(line)), None)
        if kind is None and unnamed and _a_name(line):
            kind = "name"
        if kind is None:
            kept.append(" ".join(_LABEL.sub("", line).split()).rstrip(" ,;"))
        elif kind not in left:
            left.append(kind)
    if len(kept) > 1 and to_the_bot is not None and to_the_bot(kept[0]):
        # "hi" or "skip" above the signature: kept, the role read "hi, School Nurse"
        del kept[0]
    if not left or not kept:
        return None
    return ", ".join(kept), left


# A name the privacy check leaves to the writer, with a title and initials: "Mrs J Smith"
_TITLED = on_first_use(r"(?:mrs|mr|ms|miss|mx|dr)\.?(?:\s+[A-Z]\.?)+\s+[A-Z][\w'-]+",
                       re.IGNORECASE)


def _a_name(line: str) -> bool:
    """The line is a full name and nothing else ("Jane Smith", "Ms Jane Smith-Jones,")."""
    line = line.rstrip(" ,;")
    return _TITLED.fullmatch(line) is not None or any(
        hit.kind == "full_name" and hit.span == (0, len(line)) for hit in find_personal_data(line))


def in_words(kinds: list[str]) -> str:
    """What was left out, as a sentence says it: "phone number, email address and
    confidentiality notice"."""
    return kinds[0] if len(kinds) == 1 else ", ".join(kinds[:-1]) + " and " + kinds[-1]
