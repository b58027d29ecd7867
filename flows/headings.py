"""Headings of the mapping's other columns typed inside one answer.

A practitioner with the mapping already written up elsewhere pastes it whole at the first
question that asks for any of it: "Worries: dad hit mum on Friday ... Working well: nan
collects K from nursery ... Needs to happen: dad to stay at his brother's". Saved, every part
is filed under this question's column, and what is working well reads in the summary as a
worry. The headings are read where a heading stands: at the start of the answer or of a
line (after a bullet or a number), or after the end of a sentence, with a colon, a dash or a
question mark after them, or alone on their line.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows.regex import on_first_use
from flows.schema import ColumnKey

if TYPE_CHECKING:
    from flows.flow import Flow, FlowStep

# The words each column goes by, as practitioners head their notes: the framework's own
# questions, the older names ("strengths", "concerns"), the houses and the other tools'
# columns ("What's helping?", "What are we working towards?"); the houses as children and
# workers call them too ("Worry house", "Good things house", "Dream house", "House of wishes").
_WHAT = r"(?:what(?:'s|’s|\s+is|\s+are)?\s+)?"
_HEADS: dict[ColumnKey, str] = {
    "worried": (r"worr(?:y|ies)|concerns?|dangers?|harms?|risks?|complicating\s+factors"
                r"|(?:what\s+)?(?:are\s+)?we(?:'re|’re|\s+are)?\s+worried\s+about"
                r"|worr(?:y|ies)\s+house|house\s+of\s+worr(?:y|ies)"
                r"|" + _WHAT + r"getting\s+in\s+the\s+way"),
    "working_well": (_WHAT + r"(?:working|going)\s+well|strengths?|(?:existing\s+)?safety"
                     r"|protective\s+factors|positives|good(?:\s+things)?(?:\s+house)?"
                     r"|house\s+of\s+good(?:\s+things)?|" + _WHAT + r"helping"),
    "needs_to_happen": (_WHAT + r"needs?\s+to\s+happen|next\s+steps?|actions?"
                        r"|(?:safety\s+|wellbeing\s+)?goals?|(?:the\s+)?plan"
                        r"|(?:dreams?|wish(?:es)?)(?:\s+house)?"
                        r"|house\s+of\s+(?:dreams?|wishes)|" + _WHAT + r"would\s+help"
                        r"|(?:what\s+)?(?:are\s+)?we(?:'re|’re|\s+are)?\s+working\s+towards"),
}
# Where a heading stands, the heading (one column's group each), and the colon or dash that
# makes it one ("Working well:", "- Needs to happen -", "Strengths –"), or the end of its
# line ("What are we worried about?" over the bullets under it), or its question mark with
# the answer after it on its line ("What's working well? Nan has K every Saturday."); then
# (not taken, so that a heading among them is read too) the first words under it, to quote
# back.
# A report's headings come numbered ("1. Concerns", "2) Strengths"), in bold as a word
# processor or a chat's markdown writes it ("**Strengths:**", "__Worries__"), or as a
# markdown heading ("## Next steps"): the number and the marks are the heading's, not the
# words of the part before it or under it.
_NUMBERED = r"(?:(?:\d{1,2}|[a-h])[.)][ \t]*|\(\d{1,2}\)[ \t]*|\#{1,4}[ \t]*)?"
_BOLD = r"(?:\*\*|__)?"
# The parts of a report that are no column's ("none"), and end the part before them: a
# partner's number ("Scale: 4 - ...", "Scaling 4/10"), the child's voice, the grey areas.
_NO_COLUMN = (r"(?:(?:safety|wellbeing|overall)\s+)?scal(?:e|ing)|(?:my|your|our)\s+number"
              r"|(?:in\s+)?(?:the\s+)?child(?:'s|’s)\s+(?:voice|words|views?)"
              r"|voice\s+of\s+the\s+child|grey\s+areas?")
_WORDS = ("(?:" + "|".join(f"(?P<{column}>{words})" for column, words in _HEADS.items())
          + f"|(?P<none>{_NO_COLUMN})" + ")")
_HEADING = on_first_use(
    r"(?:\A|(?<=\n)|(?<=[.;!?]\s))[ \t]*(?:[-*•‣◦][ \t]*)?" + _NUMBERED + _BOLD + _WORDS
    + r"(?:\?[ \t]+(?=\S)|\??" + _BOLD + r"[ \t]*(?::|[-–—](?=[ \t]|\n|\Z)|(?=\n)"
    + r"|(?=\d{1,2}[ \t]*(?:/|out[ \t]+of)[ \t]*10\b))" + _BOLD + ")"
    + r"[ \t]*(?=(?P<under>[^\n]{0,40}))",
    re.IGNORECASE)
# A heading straight after another on its line, with its colon: a form's box left empty,
# flattened into one line ("Working well: Needs to happen: nurse to see K"). Read only as
# another column's, and not a word a worry may be about (`_headings`, `_TOPIC`): "Worries:
# risk - ..." and "Worries: Safety: ..." are worries about risk and safety.
_NEXT_HEADING = on_first_use(_BOLD + _WORDS + r"\??" + _BOLD + r"[ \t]*:" + _BOLD
                             + r"[ \t]*(?=(?P<under>[^\n]{0,40}))", re.IGNORECASE)
MAPPED: frozenset[ColumnKey] = frozenset(_HEADS)


def _column(found: re.Match[str]) -> ColumnKey:
    return next(key for key in (*MAPPED, "none") if found.group(key) is not None)


def _headings(text: str) -> list[re.Match[str]]:
    """Every heading in `text`, in order: where a heading stands (`_HEADING`), and each
    heading of another column right after one (`_NEXT_HEADING`)."""
    found: list[re.Match[str]] = []
    for heading in _HEADING.finditer(text):
        if found and heading.start() < found[-1].end():
            continue  # within the heading before it
        found.append(heading)
        while (after := _NEXT_HEADING.match(text, found[-1].end())) is not None \
                and _column(after) != _column(found[-1]) \
                and not _TOPIC.fullmatch(after[_column(after)]):  # "Worries: Safety: ..."
            found.append(after)
    return found
# The words a column goes by that are also what an answer may be about ("Safety - she doesn't
# feel safe", "Risk: ...", "Dreams - I have bad dreams"): alone at an answer's start, with no
# other heading in it, they head no other column.
_TOPIC = on_first_use(r"(?:existing\s+)?safety|risks?|harms?|dangers?|(?:the\s+)?plan|actions?"
                      r"|(?:safety\s+|wellbeing\s+)?goals?|dreams?|wish(?:es)?|good|"
                      + _NO_COLUMN, re.IGNORECASE)


def other_columns(text: str, column: ColumnKey) -> list[str]:
    """The parts of `text` headed as another column than `column` (each as its heading and
    first words, "Working well: nan collects K from..."); none when `column` is not one of
    the three, or every heading is its own."""
    return [shown for _, shown in _other_parts(text, column)]


def no_column_parts(text: str, column: ColumnKey) -> list[str]:
    """Those of `other_columns` headed as no column ("Scale: 4", "Child's voice: ...")."""
    return [shown for under, shown in _other_parts(text, column) if under == "none"]


_HEADING_MARKS = ":-–—\n?"  # one of them is in every heading `_headings` finds


def _other_parts(text: str, column: ColumnKey) -> list[tuple[ColumnKey, str]]:
    """`other_columns`, each with the column it is headed as ("none": a number, the child's
    voice)."""
    if column not in MAPPED:
        return []
    for mark in _HEADING_MARKS:  # (a loop, not a generator: at every written answer)
        if mark in text:
            break
    else:
        return []
    headings = _headings(text)
    if len(headings) == 1 and not text[:headings[0].start()].strip() \
            and _TOPIC.fullmatch(next(word for word in headings[0].groups()[:4] if word)):
        # "Safety - K told me she doesn't feel safe walking home", "Plan: older boys told K
        # ...": a word a column goes by, heading the answer alone, is what it is about
        return []
    parts = []
    for n, found in enumerate(headings):
        if found.group(column) is not None:
            continue  # this question's own column, headed as it is
        under = found.group("under")
        stop = headings[n + 1].start() if n + 1 < len(headings) else len(text)
        body = text[found.end():stop].strip()
        if not body:
            continue  # a heading with nothing under it files nothing ("Strengths:" over the
            # next heading, or at the end)
        heading, more = found.group(), len(under) == 40
        if not under.strip():  # alone on its line: the first words of the line under it
            # ("Good things:" over "- my dog Max" said nothing of what would go there)
            first = body.split("\n", 1)[0].lstrip(" \t-*•‣◦")
            heading, under, more = heading.rstrip() + " ", first[:40], len(first) > 40
        shown = " ".join((heading + under).replace("**", "").replace("__", "").split()
                         ).strip(" -*•‣◦")  # spaced out as a table is: one space each
        if more:  # cut at a word's end, the rest shown to run on
            shown = shown.rsplit(" ", 1)[0].rstrip(" ,;") + "..."
        parts.append((_column(found), shown))
    return parts


def headed_elsewhere(flow: Flow, step: FlowStep, text: str) -> list[str]:
    """`other_columns` of an answer to `step`, where the tool asks about another of the
    three columns (a tool of worries alone, the harm matrix, has nowhere else to put
    "Safety: ..."): none otherwise."""
    parts = other_columns(text, step.column)  # (most answers: no heading, read at once)
    if parts and any(other.column in MAPPED and other.column != step.column
                     for other in flow.steps):
        return parts
    return []


# Which kind of question a part headed as no column's is for (`_NO_COLUMN`, by its heading).
_SCALE_PART = on_first_use(r"[^:]{0,20}?(?:scal(?:e|ing)|number)", re.IGNORECASE)
_VOICE_PART = on_first_use(r"[^:]{0,20}?(?:child(?:'s|’s)|voice\s+of)", re.IGNORECASE)
_GREY_PART = on_first_use(r"[^:]{0,10}?grey", re.IGNORECASE)


def asked_at(flow: Flow, step: FlowStep, part: str) -> FlowStep | None:
    """The question of `flow` that asks for `part` (one of `no_column_parts` of an answer to
    `step`): a scale for "Scale: 4", the child's own words for "Child's voice: ..." (not
    where they are asked already), the grey areas for "Grey areas: ..."; None when no
    question of the tool fits."""
    if _SCALE_PART.match(part):
        fits = [s for s in flow.steps if s.kind.widget == "scale"]
        return next((s for s in fits if s.column == "none"), fits[0] if fits else None)
    if _VOICE_PART.match(part):
        return None if step.spec.voice == "child" else next(
            (s for s in flow.steps if s.spec.voice == "child"), None)
    if _GREY_PART.match(part):
        return next((s for s in flow.steps if "grey" in s.id), None)
    return None


QUOTED = 4  # parts quoted back at most; a report's other columns are two or three


def quoted(parts: list[str]) -> str:
    """`parts` (`other_columns`) as a reminder quotes them: each once, and where there are
    more than `QUOTED`, how many more (a table's rows pasted as hundreds of headings were
    quoted whole, a reply longer than the answer and than a message may be)."""
    once = list(dict.fromkeys(parts))
    said = ", ".join(f'"{part}"' for part in once[:QUOTED])
    more = len(once) - QUOTED
    return said + (f" and {more} more part{'s' * (more > 1)}" if more > 0 else "")


def parts_by_column(text: str, column: ColumnKey) -> dict[ColumnKey, str]:
    """`text` cut where each heading stands: what is under each column's headings, the
    headings left out, and what comes before the first one as `column`'s (several parts of
    one column joined by a blank line); under "none", what is headed as no column's (a
    number, the child's voice)."""
    cuts = [(found.start(), found.end(), _column(found)) for found in _headings(text)]
    parts: dict[ColumnKey, list[str]] = {column: [text[:cuts[0][0]] if cuts else text]}
    for n, (_, end, under) in enumerate(cuts):
        stop = cuts[n + 1][0] if n + 1 < len(cuts) else len(text)
        parts.setdefault(under, []).append(text[end:stop])
    joined = {key: "\n\n".join(p.strip() for p in pieces if p.strip())
              for key, pieces in parts.items()}
    return {key: said for key, said in joined.items() if said}


# The houses' names, as headings: "House of good things", "Good things", "Dream house", "Worries"
_HOUSE = on_first_use(r"(?:house\s+of\s+)?(?:good(?:\s+things)?|dreams?|wish(?:es)?|worr(?:y|ies))"
                      r"(?:\s+house)?", re.IGNORECASE)


def headed_as_houses(text: str, column: ColumnKey) -> bool:
    """Whether every part of `text` headed as another column than `column` is headed by a
    house's name ("Good things: ...", "House of dreams - ..."), not a column of a mapping
    ("Working well: ...", "Next steps: ..."), which is a practitioner's, not the child's."""
    return all(_HOUSE.fullmatch(next(word for word in found.groups()[:4] if word))
               for found in _headings(text) if found.group(column) is None)


# Headings naming another question of the same column, still to come, typed inside one
# answer: "Worst: ... Most recent: ..." at the mapping's worst time, which asks for the most
# recent time next; with the headings this question's own part may go by at the answer's start.
_WORST = r"(?:the\s+)?worst(?:\s+(?:time|incident|episode|one|ever))?"
_RECENT = (r"(?:the\s+)?(?:(?:(?:most\s+)?recent|latest)(?:\s+(?:time|incident|episode|one))?"
           r"|last\s+(?:time|incident|episode|one))")
_BY_QUESTION: dict[str, tuple[str, dict[str, str]]] = {
    "worst_harm": (_WORST, {"recent_harm": _RECENT}),
    # the Harm Matrix asks when the last time was with how often it happens: the part goes
    # there with its heading, one answer to a question of several
    "harm_worst": (_WORST, {"harm_frequency": _RECENT}),
}
_WITH_HEADING = frozenset({"harm_frequency"})
_REPEATED = on_first_use(r"(?P<base>.+?)(?P<n>_\d+)?")  # "harm_worst_2": a worry's own
_QUESTION_MARK = r"(?:\*\*|__)?[ \t]*(?::|[-–—](?=[ \t]|\n))(?:\*\*|__)?[ \t]*"
_QUESTION_HEADING = {
    step_id: (on_first_use(r"[ \t]*(?:[-*•‣◦][ \t]*)?(?:\*\*|__)?(?:" + own + ")"
                           + _QUESTION_MARK, re.IGNORECASE),
              on_first_use(r"(?:\A|(?<=\n)|(?<=[.;!?]\s))[ \t]*(?:[-*•‣◦][ \t]*)?(?:\*\*|__)?(?:"
                           + "|".join(f"(?P<{other}>{words})" for other, words in heads.items())
                           + ")" + _QUESTION_MARK, re.IGNORECASE))
    for step_id, (own, heads) in _BY_QUESTION.items()}


def parts_by_question(step_id: str, text: str) -> tuple[str, dict[str, str]]:
    """`text`, an answer to `step_id`, cut where a heading names a question still to come
    ("Most recent: ..." at the worst time): this question's part (its own heading left
    out), and under each such question's id what is headed for it (with its heading where
    that question asks more than the heading says); no parts where the question has no
    such headings, or none is typed."""
    named = _REPEATED.fullmatch(step_id)
    assert named is not None
    base, n = named["base"], named["n"] or ""
    if base not in _QUESTION_HEADING or not any(mark in text for mark in ":-–—"):
        return text, {}
    own, others = _QUESTION_HEADING[base]
    cuts = [(found.start(), found.end(), next(k for k, v in found.groupdict().items() if v))
            for found in others.finditer(text)]
    if not cuts:
        return text, {}
    mine = text[:cuts[0][0]]
    if (opened := own.match(mine)) is not None:
        mine = mine[opened.end():]
    parts: dict[str, list[str]] = {}
    for at, (start, end, under) in enumerate(cuts):
        stop = cuts[at + 1][0] if at + 1 < len(cuts) else len(text)
        body = text[end:stop].strip()
        parts.setdefault(under + n, []).append(
            text[start:stop].strip() if body and under in _WITH_HEADING else body)
    return mine.strip(), {key: "\n\n".join(p for p in said if p)
                          for key, said in parts.items() if any(said)}
