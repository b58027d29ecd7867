"""The three-column summary of a draft, as plain values every renderer shares.

Read top down as a chair reads it: the record of the meeting (and anything to act on),
the three columns, then each worry (its danger statement, safety goal and scale side by
side), other details, and the scales with every person's own number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache

from flows.answers import (
    NOT_KNOWN,
    NUMBER_WORDS,
    Value,
    display,
    is_answered,
    nobodys_words,
    plainly,
)
from flows.checks.lexicon import ADULT, CHILD, INITIAL, NAME_RE, OBSERVER, PROFESSIONAL
from flows.draft import Draft
from flows.flow import Flow, FlowStep
from flows.regex import made_by, on_first_use
from flows.schema import ColumnKey
from flows.walk import Walk, walk

COLUMN_KEYS: tuple[ColumnKey, ...] = ("worried", "working_well", "needs_to_happen")
# What a summary says for a scale's reason that was skipped.
NOT_GIVEN = "not given"
# "who: number, why". A number that runs on into another ("6/7", "6.5", "4, 5 last time")
# is not one person's one number: the line is kept as it was written. "7/10" is a 7.
_NUMBER = on_first_use(r"^(?P<who>[^:]{1,80}?)\s*[:=–-]\s*(?:(?:about|around|roughly)\s+)?"
                       r"(?P<n>\d{1,2})(?:\s*(?:/|out\s+of)\s*10\b)?(?!\s*[/.,–-]\s*\d)\b"
                       r"[\s,.;:-]*(?P<why>.*)$", re.IGNORECASE)
# "school 4", "GP 3 - no new marks": who (a few words, none saying how the number came),
# then the number, with no colon between. "Nan thinks about a 6" is kept as said.
_BARE_NUMBER = on_first_use(
    r"^(?P<who>(?![^\d:,;]*\b(?:thinks?|said|says?|gave|gives?|puts?|would|is|was|at|about|around"
    r"|maybe|probably|a|an|or|and|but)\b)[^\W\d][^\d:,;]{0,40}?)\s+(?P<n>\d{1,2})"
    r"(?:\s*(?:/|out\s+of)\s*10)?(?:\s*$|\s*(?:[,;–-]|(?=\())\s*(?P<why>.*)$"
    r"|\s+(?P<said>(?:because|as|since|cos|coz|but|after|due)\b.*)$)", re.IGNORECASE)
# A later person's number on a line of several, with the reason straight after it, as
# dictated: "perinatal nurse 3 mum has only just started". Not a number that counts something
# ("GP 4 weeks ago", "nan 2 reasons"), nor a who that says how the number came.
_RUN_ON = on_first_use(
    r"^(?P<who>(?![^\d:,;]*\b(?:thinks?|said|says?|gave|gives?|puts?|would|is|was|at|about|around"
    r"|maybe|probably|a|an|or|and|but)\b)[^\W\d][^\d:,;]{0,40}?)\s+(?P<n>\d{1,2})"
    r"(?:\s*(?:/|out\s+of)\s*10)?\s+(?!(?:times?|x|days?|weeks?|wks?|months?|years?|yrs?"
    r"|hours?|hrs?|mins?|minutes?|nights?|kids|children|reasons?|of|am|pm|o['’]?clock|kg|g|cm"
    r"|percent|per|more|less|fewer|or|to|and|out)\b)(?P<why>[^\W\d].*)$", re.IGNORECASE)
# "LW said 3 on the faces", "mum gave 6": who, a word of saying, the number, and maybe why.
# Only a number the line ends at, or that a mark, the scale or a reason follows: "GP said 10
# days ago", "she said 3 times", "nan gave 2 reasons" count something else.
_SAID_NUMBER = on_first_use(
    r"^(?P<who>[^\W\d][^\d:,;]{0,40}?)\s+(?:said|says|gave|gives|put\s+it\s+at|puts\s+it\s+at"
    r"|scored\s+it|rated\s+it)\s+(?:an?\s+)?(?P<n>\d{1,2})(?:\s*(?:/|out\s+of)\s*10)?(?![\d/.,–-]\d)\b"
    r"(?=\s*(?:$|[,.;:()–-]|(?:on|using)\s+(?:the\s+|her\s+|his\s+|their\s+|my\s+)?(?:faces?"
    r"|scale|smiley|numbers?|wizard|ladder)\b|(?:because|as|since|cos|coz|but|after|due)\b))"
    r"[\s,.;:-]*(?P<why>.*)$", re.IGNORECASE)
# What `_BARE_NUMBER`, `_SAID_NUMBER` and `_RUN_ON` each need first: a number after some
# words, with no colon, comma or semicolon before it. Looked for alone, it passes by a line
# with none (a list of notes under "others' numbers"), where each of those patterns tried its
# look-ahead for "said", "thinks" and the rest at every word before giving up.
_NUMBER_FIRST = on_first_use(r"[^\d:,;]+\d")
# Where a second person's number starts inside one line: "HV: 5 - weight up, GP: 4".
# A full stop ends a reason: "Mum: 5, she says it is calmer. Dad: 8" is two people, not "she
# says it is calmer. Dad" giving 8.
_NEXT_VIEW = on_first_use(r"((?:[,;]|\.(?=\s))\s*)(?=[^\W\d][^:,;.]{0,40}:\s*\d{1,2}\s*"
                          r"(?:$|[,;.(–-]|/\s*10))")
# Between two people's bare numbers: a comma, or nothing but a space ("mum 6 JD 8").
_NEXT_BARE = on_first_use(r"([,;]\s*|(?<=\d)\s+(?=[^\W\d]))")
# A number said in words after who gave it: "school three, police two".
_WORDS = "|".join(NUMBER_WORDS)
_WORD_NUMBER = on_first_use(
    rf"(?<=[^\W\d]\s)({_WORDS})\b"
    r"(?=\s*(?:$|[,;.(–-]|/\s*10\b|out\s+of\b|(?:because|as|since|cos|but)\b"
    rf"|[^\W\d][\w'’]*\s+(?:\d|{_WORDS})\b))",
    re.IGNORECASE)
# Words of time or change before a number: "Dad 6, last time 3" is dad's 6 and why, not a
# second person called "last time".
_WHEN = on_first_use(r"\b(?:last|time|times|previous(?:ly)?|before|was|were|is|now|then|at\s+first"
                     r"|first|initially|originally|earlier|since|ago|up|down|from|rose|fell|dropped"
                     r"|went|gone|used|today|yesterday|week|weeks|month|months|year|years|day|days"
                     r"|morning|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                     r"|january|february|march|april|may|june|july|august|september|october"
                     r"|november|december|start|beginning|currently|recently|later|after)\b",
                     re.IGNORECASE)
_PERSON = on_first_use(rf"\b(?:{ADULT}|{CHILD}|{PROFESSIONAL}|{OBSERVER})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One answer: a question's short title and what was said (text or a list)."""

    step_id: str
    title: str
    text: str
    items: tuple[str, ...] = ()
    child_voice: bool = False
    # False when the heading above already says the title ("Next steps" over "Next steps"):
    # the answer is shown under the heading without its title repeated.
    titled: bool = True


@dataclass(frozen=True)
class Block:
    """The answers of one section (or one copy of a repeated section)."""

    title: str
    entries: tuple[Entry, ...]
    # False when the column's heading says it ("What is working well" under "What's working
    # well?"): the answers are shown under the heading without the title said again.
    titled: bool = True


@dataclass(frozen=True)
class Column:
    key: ColumnKey
    label: str
    blocks: tuple[Block, ...]

    @property
    def is_empty(self) -> bool:
        return not self.blocks


@dataclass(frozen=True)
class View:
    """One person's own number on a scale (None when they gave none), and why."""

    who: str
    value: int | None
    reason: str = ""


@dataclass(frozen=True)
class ScaleResult:
    """A scale answer with the meaning of both ends, so the number can be read alone."""

    step_id: str
    title: str
    section: str
    value: int | None
    min: int
    max: int
    low: str
    high: str
    reason: str | None
    others: tuple[str, ...]
    views: tuple[View, ...] = ()
    missing: tuple[str, ...] = ()
    copy: str = ""  # which copy of a repeated section it is on ("worry 2"), else ""


@dataclass(frozen=True)
class Group:
    """One copy of a repeated section (a worry, a goal): its columns and scale together."""

    title: str
    columns: tuple[Column, ...]
    scales: tuple[ScaleResult, ...]


@dataclass(frozen=True)
class Summary:
    flow_id: str
    flow_title: str
    flow_version: int
    label: str
    status: str
    columns: tuple[Column, ...]
    other: tuple[Block, ...]
    scales: tuple[ScaleResult, ...]
    updated_at: float
    record: tuple[Entry, ...] = ()
    alerts: tuple[str, ...] = ()
    groups: tuple[Group, ...] = ()
    speaker: str = "child"  # whose own words the quoted answers are ("young person")

    @property
    def filled_columns(self) -> tuple[Column, ...]:
        """The columns this tool filled: one it does not use is not printed."""
        return tuple(c for c in self.columns if c.blocks)

    @property
    def all_scales(self) -> tuple[ScaleResult, ...]:
        return tuple(s for g in self.groups for s in g.scales) + self.scales

    @property
    def missing_views(self) -> tuple[str, ...]:
        """Whose number was asked for on some scale and not given, once each; where they
        gave one on another scale (one worry's of several), the scales they did not give
        one on ("Mum (worry 2)"): "no number yet from Mum" read as none at all."""
        missing: dict[str, dict[str, None]] = {}
        given: set[str] = set()
        for scale in self.all_scales:
            for who in scale.missing:
                missing.setdefault(who, {})[scale.copy or scale.title] = None
            given.update(view.who for view in scale.views
                         if view.value is not None and view.who not in scale.missing)
        return tuple(f"{who} ({_listed(list(where))})" if who in given else who
                     for who, where in missing.items())

    @property
    def has_child_voice(self) -> bool:
        columns = [*self.columns, *(c for g in self.groups for c in g.columns)]
        blocks = [b for c in columns for b in c.blocks] + list(self.other)
        entries = [e for b in blocks for e in b.entries] + list(self.record)
        return any(e.child_voice for e in entries)


def _alert(said: str, steps: list[FlowStep]) -> str:
    """A note for the record, once: from one worry of several it says which, and the same
    note from several says them all ("Harm (worry 1 and worry 3)"), not once a worry, which
    on a phone was the same four lines three times before anything of the case. Each copy is
    named as its part of the summary is ("Worry 3"), never in a plural made up from a
    flow's own word ("childs"); a note a part of the flow not repeated also gives is the
    case's, said as it is."""
    if any(s.instance is None for s in steps):
        return said
    copies: dict[str, dict[str, None]] = {}  # by section: its copies' names, once each
    for step in steps:
        item = step.section.repeat.item if step.section.repeat else ""
        copies.setdefault(step.section.id, {})[f"{item} {step.instance}"] = None
    titles = {step.section.id: step.section.title for step in steps}
    return "; ".join(f"{titles[section]} ({_listed(list(named))})"
                     for section, named in copies.items()) + f": {said}"


def _listed(names: list[str]) -> str:
    """"a", "a and b", "a, b and c"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def build_summary(flow: Flow, draft: Draft) -> Summary:
    """Gather the answers that apply into columns and scales; hidden answers are left out."""
    state = walk(flow, draft.answers)
    record: list[Entry] = []
    alerts: dict[str, list[FlowStep]] = {}
    main: dict[str, dict[str, list[Entry]]] = {}
    groups: dict[tuple[str, int], dict[str, dict[str, list[Entry]]]] = {}
    scales: dict[tuple[str, int] | None, list[ScaleResult]] = {}
    for step in state.steps:
        key = (step.section.id, step.instance) if step.instance is not None else None
        if not step.is_question:
            if step.column == "record":
                alerts.setdefault(step.spec.recorded or step.spec.ask, []).append(step)
            continue
        if step.kind.widget == "scale" and step.role == "question":
            scales.setdefault(key, []).append(_scale(flow, step, state))
            continue
        entry = _entry(step, state)
        if entry is None:
            continue
        if step.column == "record":
            record.append(entry)
            continue
        target = main if key is None else groups.setdefault(key, {})
        target.setdefault(step.column, {}).setdefault(step.heading, []).append(entry)
    return Summary(
        flow.id, flow.title, flow.version, draft.label, draft.status,
        _columns(flow, main, keep_empty=True), _blocks(main.get("none", {})),
        tuple(scales.get(None, [])), draft.updated_at, tuple(record),
        tuple(_alert(said, steps) for said, steps in alerts.items()),
        tuple(_group(flow, key, blocks, scales.get(key, [])) for key, blocks in groups.items()),
        flow.spec.speaker,
    )


def _entry(step: FlowStep, state: Walk) -> Entry | None:
    """What a step adds to the summary; None when it adds nothing."""
    value = state.values.get(step.id)
    if step.parent and state.flow.step(step.parent).kind.widget == "scale":
        return None  # shown with its scale
    if not step.is_question or not step.spec.in_summary or not is_answered(value):
        return None
    whole = step.resolve(step.spec.part_of) if step.spec.part_of else None
    if whole and is_answered(state.values.get(whole)):
        return None  # the drafted statement says it all; its parts would repeat it
    items = tuple(value) if isinstance(value, list) and step.kind.widget == "items" else ()
    said = items[0] if len(items) == 1 else value if isinstance(value, str) else ""
    if step.spec.voice == "child" and (nobodys := nobodys_words(said)):
        return Entry(step.id, step.title, nobodys)  # "n/a": no one's words, not quoted
    if step.spec.voice == "child":  # the summary puts the child's words in quotation marks
        return Entry(step.id, step.title, unquoted(display(step, value)),
                     tuple(unquoted(i) for i in items), child_voice=True)
    shown = plainly(value) if step.kind.widget == "text" and isinstance(value, str) else None
    return Entry(step.id, step.title, shown or display(step, value), items)


_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“"}


def unquoted(said: str) -> str:
    """The child's words without the quotation marks typed around the whole of them, so the
    summary's own are not doubled (`"I don't like the dark"`), nor when a full stop follows
    the closing mark (`"I don't like the dark".`). An emoji or a note after the marks
    (`‘my rabbit’ 🐰`) stays after the summary's marks: the words come back in plain double
    marks, which `flows.answers.voiced` reads so. Left as typed when the marks close an
    earlier quote (two quotes side by side) or are the only characters."""
    text = said.strip()
    close = _PAIRS.get(text[:1])
    end = text.rfind(close) if close is not None else -1
    after = text[end + 1:].strip()
    if close is None or end < 2 or (after and _AFTER_QUOTE.fullmatch(after) is None):
        return said
    inner = text[1:end]
    if close in ("'", "’"):  # also an apostrophe: only a mark at a word's edge ends a quote
        if re.search(r"['’](?=\s|[.,;:!?]|$)|(?:^|\s)['‘]", inner):
            return said
    elif text[:1] in inner or close in inner:
        return said
    # a full stop or comma after the marks is the writer's; not a face's eyes (":(", ";)")
    kept = _WRITERS_STOP.sub("", after).strip()
    if not kept or kept[0] in "!?":  # "why does daddy shout"?: the child's question
        return inner + kept
    return f'"{inner}" {kept}' if '"' not in inner else said


# What may follow a quote's closing mark and still leave the whole of it quoted: marks and
# emoji, no letters or digits ("they said "go away" to me" is more than a quote).
_AFTER_QUOTE = on_first_use(r"[^\w'‘’\"“”«»„]+")
# The writer's own full stop, comma or colon straight after the closing mark.
_WRITERS_STOP = on_first_use(r"^[.,;:]+(?=\s|$)")


def _columns(flow: Flow, by_column: Mapping[str, dict[str, list[Entry]]], *,
             keep_empty: bool) -> tuple[Column, ...]:
    labels = flow.spec.columns
    columns = tuple(Column(key, label, _headed(label, _blocks(by_column.get(key, {}))))
                    for key in COLUMN_KEYS for label in (getattr(labels, key),))
    return columns if keep_empty else tuple(c for c in columns if c.blocks)


def _group(flow: Flow, key: tuple[str, int], by_column: Mapping[str, dict[str, list[Entry]]],
           scales: list[ScaleResult]) -> Group:
    section = next(s for s in flow.spec.sections if s.id == key[0])
    item = section.repeat.item if section.repeat else section.title
    columns = _columns(flow, by_column, keep_empty=False)
    if by_column.get("none"):
        columns += (Column("none", "Other details", _blocks(by_column["none"])),)
    return Group(f"{item[:1].upper()}{item[1:]} {key[1]}", columns, tuple(scales))


def _headed(label: str, blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A column's blocks, the first shown without its title where the column's heading says
    it (a later one keeps its own: its answers are not the block's above)."""
    if blocks and _restates(blocks[0].title, label):
        return (replace(blocks[0], titled=False), *blocks[1:])
    return blocks


def _blocks(by_title: Mapping[str, list[Entry]]) -> tuple[Block, ...]:
    return tuple(Block(title, _under(title, entries)) for title, entries in by_title.items())


def _under(heading: str, entries: list[Entry]) -> tuple[Entry, ...]:
    """A block's answers; the first one shown without its title when the heading says it."""
    if entries and _same_title(entries[0].title, heading):
        return (replace(entries[0], titled=False), *entries[1:])
    return tuple(entries)


# Titles and headings are the flow's own: each pair is worked out once a process, not at
# every summary (a finished flow's summary is built on the event loop).
@lru_cache(maxsize=1024)
def _same_title(title: str, heading: str) -> bool:
    """Whether a heading says an answer's title: "Danger statement (worry 1)" says
    "Danger statement", "Next steps" says "Next steps:"."""
    return _bare_title(title) == _bare_title(heading)


# Words a column's heading asks with ("What are we worried about?"), not what it is about.
_ASKING = frozenset(["what", "whats", "is", "are", "we", "about", "the", "to", "of"])


@lru_cache(maxsize=1024)
def _restates(title: str, heading: str) -> bool:
    """Whether a column's heading says a section's title, in other words or not: "What's
    working well?" says "What is working well" and "Working well", "What are we worried
    about?" says "Worries"; not "Worry statement"."""
    def stems(text: str) -> set[str]:
        folded = text.casefold().replace("'", "").replace("\u2019", "")
        return {w[:5] for w in re.findall(r"[a-z]+", folded) if w not in _ASKING}
    said = stems(title)
    return bool(said) and said <= stems(heading)


def _bare_title(title: str) -> str:
    return re.sub(r"\s*\([^()]*\)\s*$", "", title).strip(" :").casefold()


def _scale(flow: Flow, step: FlowStep, state: Walk) -> ScaleResult:
    spec = flow.scale_of(step)
    values = state.values
    value = values.get(step.id)
    why = step.resolve(f"{step.spec.id}_why")
    reason = values.get(why)
    if isinstance(value, int) and why in values and not reason:
        reason = NOT_GIVEN  # a reason skipped is sent back: the gap is shown
    elif isinstance(reason, str):
        reason = plainly(reason) or reason  # "idk": "not known yet"
    others_id = step.resolve(f"{step.spec.id}_others")
    others = values.get(others_id)
    listed = tuple(others) if isinstance(others, list) else ()
    asked = [s for s in state.steps if s.parent == step.id and s.role == "perspective"]
    views = [View(s.title, n, _their_reason(values.get(s.reason_id)))
             for s in asked if isinstance(n := values.get(s.id), int)]
    missing = tuple(s.title for s in asked if not isinstance(values.get(s.id), int))
    title = step.heading if step.spec.heading else step.title
    section = title if step.instance is not None else step.section_title  # a group names it
    return ScaleResult(
        step.id, title, section, value if isinstance(value, int) else None,
        spec.min, spec.max, spec.low, spec.high,
        reason if isinstance(reason, str) and reason else None,
        listed, tuple(views) + _others_views(state, others_id, listed), missing,
        f"{step.section.repeat.item} {step.instance}"
        if step.instance is not None and step.section.repeat else "",
    )


def _their_reason(reason: Value) -> str:
    """A person's reason given with their own number, as it reads in a report."""
    return (plainly(reason) or reason).strip() if isinstance(reason, str) else ""


def _others_views(state: Walk, others_id: str, listed: tuple[str, ...]) -> tuple[View, ...]:
    """The numbers listed for everyone else. "none" or "n/a" as the list's whole answer is
    nobody's number (left out), and "idk" is that the numbers are not known yet: neither
    is printed as if someone of that name gave no number ("Each person's number: idk")."""
    said = plainly(listed[0]) if len(listed) == 1 else None
    if said is None:
        return tuple(v for text in listed for v in _views(text))
    if said != NOT_KNOWN:
        return ()
    title = next((s.title for s in state.steps if s.id == others_id), others_id)
    return (View(title, None, said),)


def _views(text: str) -> list[View]:
    """The views in one line: each "who: number, why" (several people's numbers may share
    a line), or the line's words when it has no number."""
    text = _WORD_NUMBER.sub(lambda m: NUMBER_WORDS[m[1].lower()], text)
    parts = _people(_NEXT_VIEW, _NUMBER.match, text.strip(), lambda who: not _WHEN.search(who))
    if len(parts) > 1 and _NUMBER.match(parts[0].strip()):
        return [_view(part) for part in parts]
    # "mum 5, dad 8", and the two ways mixed on one line: "mum: 6, school nurse 4, LW said 3"
    parts = _people(_NEXT_BARE, _one_number, text.strip(), _reads_as_who)
    if len(parts) > 1 and all(_one_number(part.strip()) or (i and _run_on(part.strip()))
                              for i, part in enumerate(parts)):
        # A later person's reason may follow their number with no mark between, as
        # dictated: "GP 4, perinatal nurse 3 mum has only just started medication".
        return [_view(part, run_on=i > 0) for i, part in enumerate(parts)]
    return [_view(text)]


def _one_number(text: str) -> re.Match[str] | None:
    """One person's number, said as "who: number", "who number" or "who said number"."""
    return _NUMBER.match(text) or ((_BARE_NUMBER.match(text) or _SAID_NUMBER.match(text))
                                   if _NUMBER_FIRST.match(text) else None)


def _run_on(text: str) -> re.Match[str] | None:
    """`_RUN_ON`'s match of `text`, if it has the number that pattern needs."""
    return _RUN_ON.match(text) if _NUMBER_FIRST.match(text) else None


def _people(between: re.Pattern[str], number: Callable[[str], re.Match[str] | None],
            text: str, who: Callable[[str], bool]) -> list[str]:
    """A line cut where another person's number starts; a part whose "who" is no person
    ("last time 3") stays with the part before it, as that person's reason."""
    pieces = between.split(text)
    parts = [pieces[0]]
    for sep, part in zip(pieces[1::2], pieces[2::2], strict=True):
        match = number(part.strip())
        if match is not None and who(match["who"]):
            parts.append(part)
        else:
            parts[-1] += sep + part
    return parts


def _reads_as_who(who: str) -> bool:
    """Whether the words before a bare number name someone: a role or person word ("dad",
    "the child", "school"), a name or an initial, and no word of time or change."""
    if _WHEN.search(who):
        return False
    return bool(_PERSON.search(who) or NAME_RE.search(who) or INITIAL.search(who)
                or _SHORT_NAME.fullmatch(who.strip()))


# Initials or a service's short name: "JD", "YOT", "the GP".
_SHORT_NAME = on_first_use(r"(?:the\s+)?[A-Z]{2,6}")


def _view(text: str, *, run_on: bool = False) -> View:
    """A "who: number, why" line as a view; a line without a number keeps its words.
    `run_on`: the reason may follow the number with no mark between (a later person's on a
    line of several)."""
    match = _one_number(text.strip()) or (_run_on(text.strip()) if run_on else None)
    if match is None or (made_by(match, _SAID_NUMBER) and not _reads_as_who(match["who"])):
        return View(text.strip(), None)
    why = (match["why"] or match.groupdict().get("said") or "").strip()
    if why.startswith("(") and why.endswith(")"):  # "T: 3 (her faces scale)" is printed in ()
        why = why[1:-1].strip()
    return View(match["who"].strip(), int(match["n"]), why)
