"""The lead's view of the contributions to their mapping, shown after /review."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.summary_html import quoted
from bot.teams.combined import PARTNERS_NUMBER, Part, Waiting
from bot.teams.texts import SENT_COPY, SENT_COPY_LOCKED
from bot.telegram_html import split_html
from flows.answers import in_its_direction
from flows.render import format_date
from flows.summary import NOT_GIVEN, Entry, Summary

HEADING = "<b>Partners' contributions</b>"
NONE_YET = "No partner has sent a contribution yet."
NO_REASON = " (no reason given)"
# Under the parts of a mapping still under way: a lead who needed a part put otherwise found
# only "Leave out", and typed the partner's words in herself, under her own name.
CHANGE_HOW = ("A part can't be changed once it is sent. To have one changed, ask whoever sent "
              "it to withdraw it (/delete, in their own chat with me), then send them a new "
              "link with /invite.")


def contributions_review(parts: Sequence[Part], waiting: Sequence[Waiting], *,
                         finished: bool = False
                         ) -> list[tuple[str, InlineKeyboardMarkup | None]]:
    """Messages listing each contribution (with a button to leave it out or put it back) and
    the partners who have not answered; while the mapping is not `finished` (a new link can
    still be made), how a part sent is changed."""
    lines = [HEADING]
    for part in parts:
        state = "in your summary" if part.included else "left out of your summary"
        lines += ["", f"<b>{_typed(part.name)}</b> <i>({state})</i>", *_answers(part.summary)]
    if not parts:
        lines += ["", NONE_YET]
    if waiting:
        lines += ["", "Not answered yet: " + "; ".join(
            f"{escape(w.name)} (invited {format_date(w.invited_at)}"
            + (f"; {w.state})" if w.started or w.emptied or w.closed else ")")
            for w in waiting)]
    if parts and not finished:
        lines += ["", escape(CHANGE_HOW)]
    rows = [[InlineKeyboardButton(
        (f"Leave out {p.name}" if p.included else f"Put {p.name} back")[:60],
        callback_data=f"t:cx:{p.short_id}:{0 if p.included else 1}")] for p in parts]
    # A link that can still bring an answer (not opened yet, or being answered): the lead
    # may stop it (sent to the wrong person, or forwarded to someone it was not meant for).
    open_links = [w for w in waiting if w.short_id and not w.emptied and not w.closed]
    rows += [[InlineKeyboardButton(stop_label(w, open_links)[:60],
                                   callback_data=f"t:cz:{w.short_id}")] for w in open_links]
    chunks = split_html("\n".join(lines))
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    return [(c, None) for c in chunks[:-1]] + [(chunks[-1], keyboard)]


def what_was_sent(part: Part, lead: str, label: str) -> list[str]:
    """A partner's own part as they sent it, for them to read again: their answers alone,
    and that it is locked (Telegram HTML, in messages short enough to send)."""
    lines = [SENT_COPY.format(lead=escape(lead), label=escape(in_its_direction(label))), "",
             f"<i>Sent as</i>: {_typed(part.name)}", *_answers(part.summary),
             "", escape(SENT_COPY_LOCKED.format(lead=lead))]
    return split_html("\n".join(lines))


def _answers(summary: Summary) -> list[str]:
    lines = [f"<i>{escape(e.title)}</i>:{_listed(e)}"
             for column in summary.columns for block in column.blocks for e in block.entries]
    lines += [f"<i>{escape(PARTNERS_NUMBER)}</i>: "
              + (f"{s.value} of {s.max}" if s.value is not None else "no number given")
              # a reason skipped is shown as such, not as if it were the reason ("4 of 10.
              # not given" read as though something else was not given)
              + (NO_REASON if s.reason == NOT_GIVEN else f". {_typed(_opening(s.reason))}"
                 if s.reason else "")
              for s in summary.scales]
    lines += [f"<i>{escape(e.title)}</i>: {_said(e.text)} (the child's own words)"
              if e.child_voice and not e.items else f"<i>{escape(e.title)}</i>:{_listed(e)}"
              for block in summary.other for e in block.entries]
    return lines


def _listed(entry: Entry) -> str:
    """An answer; one pasted as a list, an item a line as the lead's own lists are shown."""
    if not entry.items:
        return f" {_typed(entry.text)}"
    said = _said if entry.child_voice else _typed
    return "".join(f"\n   – {said(item)}" for item in entry.items)


def _said(text: str) -> str:
    """A child's words in quotation marks, after the name of the child who said them, in
    their direction as the lead's own summary shows them (`bot.summary_html.quoted`)."""
    return str(quoted(text))


def _opening(reason: str) -> str:
    """A reason as the sentence after "5 of 10." opens: "because x < y" with its capital,
    which the partner's own "Why this number: because ..." does not need."""
    return reason[:1].upper() + reason[1:]


def _typed(text: str) -> str:
    """An answer, escaped, with `in_its_direction`'s marks: after the title, in English,
    one ending in Arabic had its full stop drawn before its first word."""
    return escape(in_its_direction(text))




def stop_label(link: Waiting, links: Sequence[Waiting]) -> str:
    """"Stop the Police link"; with two such links, which one: when it was made, whether it
    was opened ("#2" alone, with nothing on the screen numbered, left a lead to guess which
    stopped the link opened by the wrong person), and its place among them."""
    def opened(w: Waiting) -> str:
        return "started" if w.started else "not opened"

    alike = [w for w in links if w.name == link.name]
    if len(alike) < 2:
        return f"Stop the {link.name} link"
    which = f" of {format_date(link.invited_at)}" \
        if len({format_date(w.invited_at) for w in alike}) > 1 else ""
    which += f" ({opened(link)})" if len({opened(w) for w in alike}) > 1 else ""
    same = [w for w in alike if format_date(w.invited_at) == format_date(link.invited_at)
            and opened(w) == opened(link)]
    if len(same) > 1:
        which += f", #{alike.index(link) + 1}"
    return f"Stop the {link.name} link{which}"
