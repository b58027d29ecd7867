"""Headings of the mapping's other columns typed inside one answer.

A practitioner with the mapping already written up elsewhere pastes it whole at the first
question that asks for any of it: "Worries: dad hit mum on Friday ... Working well: nan
collects K from nursery ... Needs to happen: dad to stay at his brother's". Saved, every part
is filed under this question's column, and what is working well reads in the summary as a
worry. The headings are read where a heading stands: at the start of the answer or of a
line (after a bullet), or after the end of a sentence, with a colon or a dash after them.
"""

from __future__ import annotations

import re

from flows.regex import on_first_use
from flows.schema import ColumnKey

# The words each column goes by, as practitioners head their notes: the framework's own
# questions, the older names ("strengths", "concerns"), the houses and the other tools'
# columns ("What's helping?", "What are we working towards?").
_WHAT = r"(?:what(?:'s|’s|\s+is|\s+are)?\s+)?"
_HEADS: dict[ColumnKey, str] = {
    "worried": (r"worr(?:y|ies)|concerns?|dangers?|harms?|risks?|complicating\s+factors"
                r"|(?:what\s+)?(?:are\s+)?we(?:'re|’re|\s+are)?\s+worried\s+about"
                r"|house\s+of\s+worr(?:y|ies)|" + _WHAT + r"getting\s+in\s+the\s+way"),
    "working_well": (_WHAT + r"(?:working|going)\s+well|strengths?|(?:existing\s+)?safety"
                     r"|protective\s+factors|positives|good\s+things"
                     r"|house\s+of\s+good\s+things|" + _WHAT + r"helping"),
    "needs_to_happen": (_WHAT + r"needs?\s+to\s+happen|next\s+steps?|actions?"
                        r"|(?:safety\s+|wellbeing\s+)?goals?|(?:the\s+)?plan|dreams?|wishes"
                        r"|house\s+of\s+dreams|" + _WHAT + r"would\s+help"
                        r"|(?:what\s+)?(?:are\s+)?we(?:'re|’re|\s+are)?\s+working\s+towards"),
}
# Where a heading stands, the heading (one column's group each), and the colon or dash that
# makes it one ("Working well:", "- Needs to happen -", "Strengths –"), or the end of its
# line ("What are we worried about?" over the bullets under it); then (not taken, so
# that a heading among them is read too) the first words under it, to quote back.
_HEADING = on_first_use(
    r"(?:\A|(?<=\n)|(?<=[.;!?]\s))[ \t]*(?:[-*•‣◦]\s*)?(?:"
    + "|".join(f"(?P<{column}>{words})" for column, words in _HEADS.items())
    + r")\??[ \t]*(?::|[-–—](?=[ \t])|(?=\n))[ \t]*(?=(?P<under>[^\n]{0,40}))",
    re.IGNORECASE)
MAPPED: frozenset[ColumnKey] = frozenset(_HEADS)


def other_columns(text: str, column: ColumnKey) -> list[str]:
    """The parts of `text` headed as another column than `column` (each as its heading and
    first words, "Working well: nan collects K from..."); none when `column` is not one of
    the three, or every heading is its own."""
    if column not in MAPPED or not any(mark in text for mark in ":-–—\n"):
        return []
    parts = []
    headings = list(_HEADING.finditer(text))
    for n, found in enumerate(headings):
        if found.group(column) is not None:
            continue  # this question's own column, headed as it is
        under = found.group("under")
        stop = headings[n + 1].start() if n + 1 < len(headings) else len(text)
        if not text[found.end():stop].strip():
            continue  # a heading with nothing under it (a template's, left empty) files nothing
        shown = (found.group() + under).strip(" \t-*•‣◦")
        if len(under) == 40:  # cut at a word's end, the rest shown to run on
            shown = shown.rsplit(" ", 1)[0].rstrip(" ,;") + "..."
        parts.append(shown)
    return parts


def parts_by_column(text: str, column: ColumnKey) -> dict[ColumnKey, str]:
    """`text` cut where each heading stands: what is under each column's headings, the
    headings left out, and what comes before the first one as `column`'s (several parts of
    one column joined by a blank line)."""
    cuts = [(found.start(), found.end(), next(c for c in MAPPED if found.group(c) is not None))
            for found in _HEADING.finditer(text)]
    parts: dict[ColumnKey, list[str]] = {column: [text[:cuts[0][0]] if cuts else text]}
    for n, (_, end, under) in enumerate(cuts):
        stop = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        parts.setdefault(under, []).append(text[end:stop])
    joined = {key: "\n\n".join(p.strip() for p in pieces if p.strip())
              for key, pieces in parts.items()}
    return {key: said for key, said in joined.items() if said}
