"""A mapping's summary with its partners' contributions: each in its column under the
partner's agency and role, their numbers beside the lead's, and who has not answered yet.

The result is an ordinary `Summary`, so the chat, the text, HTML and Word documents all show
the contributions without a template of their own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from flows.answers import Value, pasted_list
from flows.draft import Draft
from flows.flow import Flow
from flows.render import format_date
from flows.summary import Block, Entry, Summary, build_summary, unquoted

WAITING = "Partners invited who have not answered"
# In the record a chair reads first, beside "Who contributed" as the lead wrote it: the
# partners whose own part is in this mapping, so nobody has to find them in the columns.
SENT = "Partners who sent their part"
STARTED = "started, not sent yet"
# A link opened whose part is gone (withdrawn by the partner, or let go when an admin removed
# them): not "no answer yet", as if it had never been opened; it can't be opened again.
EMPTIED = "opened the link, nothing sent now"
# A link never opened that opens nothing now: not "no answer yet", as if one could still come
# (the lead waited for the police's part the day before conference).
LINK_EXPIRED = "the link expired before it was opened"
LINK_CLOSED = "not opened before the mapping was finished"
ANONYMOUS = "A partner"
# A partner's scale is titled for the partner ("Your number"); the lead reads it as theirs.
PARTNERS_NUMBER = "Partner's number"


@dataclass(frozen=True)
class Part:
    """One sent contribution, ready to place: who it is from and its own summary."""

    short_id: str
    name: str
    summary: Summary
    included: bool


def attribution(flow: Flow, answers: Mapping[str, Value]) -> str:
    """"School, designated safeguarding lead": the agency's label and the role given; the
    role alone when it starts with the agency's word ("Health visitor", "Police officer")."""
    agency, role = answers.get("agency"), answers.get("role")
    label = None
    if flow.has_step("agency") and isinstance(agency, str):
        label = {c.value: c.label for c in flow.step("agency").spec.choices}.get(agency)
    # On one line: it heads the partner's part of the lead's report, where a line break in
    # it would set the partner's words on a line of their own, read as the lead's.
    role = " ".join(role.split()) if isinstance(role, str) else None
    if label and role and role.split()[0].casefold() == label.split()[0].casefold():
        return role[0].upper() + role[1:]  # "Health visitor", not "Health, health visitor"
    parts = [p for p in (label, role) if p]
    return ", ".join(parts) or ANONYMOUS


def part_of(flows: Mapping[str, Flow], short_id: str, body: Mapping[str, Any],
            included: bool, label: str) -> Part | None:
    """A contribution's body (as sealed when sent) as a part; None if its flow is gone."""
    flow = flows.get(str(body.get("flow")))
    answers = body.get("answers")
    if flow is None or not isinstance(answers, dict):
        return None
    draft = Draft(id=short_id, user_id=0, flow_id=flow.id, flow_version=flow.version,
                  label=label, status="completed", answers=answers)
    return Part(short_id, attribution(flow, answers), _listed(build_summary(flow, draft)),
                included)


def _listed(summary: Summary) -> Summary:
    """A partner's answers pasted as a list ("• came in hungry\n• no coat", from an email)
    shown as the lead's own lists are, an item a line without the email's bullets: not
    "• • came in hungry" under the summary's own bullet."""
    def blocks(those: tuple[Block, ...]) -> tuple[Block, ...]:
        return tuple(replace(b, entries=tuple(_entry_listed(e) for e in b.entries))
                     for b in those)
    return replace(summary, other=blocks(summary.other), columns=tuple(
        replace(column, blocks=blocks(column.blocks)) for column in summary.columns))


def _entry_listed(entry: Entry) -> Entry:
    items = () if entry.items else pasted_list(entry.text)
    if not items:
        return entry
    return replace(entry, items=tuple(unquoted(i) for i in items) if entry.child_voice
                   else items)


class Waiting(NamedTuple):
    """A partner invited to a mapping who has not sent a contribution: their service, when
    they were invited, and whether they have opened the link and begun answering."""

    name: str
    invited_at: float
    started: bool = False
    emptied: bool = False
    short_id: str = ""  # the invite's, for the lead's button that stops the link
    closed: str = ""  # never opened, and it opens nothing now: LINK_EXPIRED or LINK_CLOSED

    @property
    def state(self) -> str:
        """Where their part is, as the lead's summary and /review say it."""
        return EMPTIED if self.emptied else STARTED if self.started \
            else self.closed or "no answer yet"


def combined(summary: Summary, parts: Sequence[Part], waiting: Sequence[Waiting]) -> Summary:
    """The lead's summary with the included parts and the partners still to answer."""
    shown = [p for p in parts if p.included]
    columns = tuple(
        replace(column, blocks=column.blocks + tuple(
            Block(p.name, entries) for p in shown if (entries := _entries(p.summary, column.key))))
        for column in summary.columns)
    scales = summary.scales + tuple(replace(scale, title=PARTNERS_NUMBER, section=p.name)
                                    for p in shown for scale in p.summary.scales)
    other = summary.other + tuple(Block(f"{p.name}: {block.title}", block.entries)
                                  for p in shown for block in p.summary.other)
    if waiting:
        other += (Block(WAITING, tuple(
            Entry("waiting", w.name, f"invited {format_date(w.invited_at)}, {w.state}")
            for w in waiting)),)
    return replace(summary, columns=columns, scales=scales, other=other,
                   record=_with_senders(summary.record, [p.name for p in shown]))


def _with_senders(record: tuple[Entry, ...], names: list[str]) -> tuple[Entry, ...]:
    """The record with the partners who sent their part, just after who contributed."""
    if not names:
        return record
    sent = Entry("partners_sent", SENT, "", items=tuple(names))
    after = next((i + 1 for i, e in enumerate(record) if e.step_id == "network"), len(record))
    return (*record[:after], sent, *record[after:])


def _entries(summary: Summary, key: str) -> tuple[Entry, ...]:
    return tuple(entry for column in summary.columns if column.key == key
                 for block in column.blocks for entry in block.entries)


