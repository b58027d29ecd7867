"""/share: send a finished summary to a colleague who is a member, as a message to read and
the exported documents; nothing else of the draft is shared."""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from html import escape

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, User
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import views
from bot.exporting import current_summary
from bot.logs import user_ref
from bot.teams.conversation import TeamConversation
from bot.teams.team import Team, told_apart
from flows.answers import clean_line
from flows.export import FORMATS, Format, export
from flows.replies import SummaryReply
from flows.summary import Summary
from storage.shares import fingerprint

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
NOT_FINISHED = ("/share sends a finished summary. Finish this draft first (/summary shows it "
                "so far), or /resume a finished one.")
NOBODY = "There is no other member to share with yet. An admin's /invite adds colleagues."
# Admins named in the settings are not members (opening a colleague's link tells them they
# need none): the bot keeps no name for them to be chosen by, and may never have been opened
# by them, when Telegram lets it write to no one.
UNLISTED = ("Your team's admins (the people who invite and remove colleagues) aren't in "
            "this list: to send one of them this summary, /export it and forward them the "
            "documents.")
WHO = "Whom should I send the finished summary of \"{label}\" to? They get a copy to read and "\
    "the documents; nothing else of the draft."
PAGE_OF = "Colleagues {first} to {last} of {count}."
PAGE_OF_NAMED = "Colleagues {first} to {last} of the {count} whose name has \"{name}\"."
FIND = "To find someone quicker, type {command} and part of their name."
FIND_MORE = "To find someone quicker, type {command} and more of their name."
NO_MATCH = "No colleague's name has \"{name}\" in it."
MORE = "More colleagues"
SEND_TO = "Send to "
BUTTON = 60  # characters of a button's text shown at most
WHEN = 32  # characters at most of " (joined 03 Dec 2026, #2)" after a name
PAGE = 10  # colleagues to a message: a short list on a phone
# "More colleagues" for a name carries the name (made plain ASCII) in its callback data, so
# any instance shows the same next page; Telegram takes at most 64 bytes of it.
CALLBACK_BYTES = 64
SHARED = ("{sender} has shared a finished summary with you: \"{label}\" ({title}). It is a "
          "copy to read: you can't change it, and nothing else of their draft is shared.")
SENT = "Sent to {name}: the summary and its documents."
SENT_BEFORE = ("You've already sent this summary to {name}, so I haven't sent it again. If "
               "you change an answer, you can send them the new version.")
SENDING = ("This summary is being sent to {name} now, so I haven't sent it again. If it "
           "hasn't all reached them in a few minutes, tap the button again.")
LEFT = ("That colleague is no longer a member, so nothing was sent. Send /share again to "
        "choose whom to send it to.")
OTHER_DRAFT = ("That list was for another draft than the one open now, so nothing was sent. "
               "Send /share again to choose whom to send this one to.")
FAILED = ("I couldn't deliver it to {name} (perhaps they haven't opened the bot yet). Nothing "
          "was shared.")
PARTLY = ("Only part of it reached {name}: Telegram stopped taking it after {sent} of its "
          "{total} messages and documents. Tap the button again to send it whole (the first "
          "part will come to them twice), or /export and forward them the documents.")


@dataclass(frozen=True)
class Picking:
    """What a list of colleagues to choose from is for (/share, /handover): each button's
    words and callback kind, "More colleagues"'s kind, the command that finds by name (none:
    the list is paged alone), and what is said when no one can be chosen."""

    button: str
    chosen: str
    more: str
    command: str
    nobody: str
    unlisted: str


SHARING = Picking(SEND_TO, "sh", "sp", "/share", NOBODY, UNLISTED)


async def pick(team: Team, user_id: int, draft_id: str, asked: str, picking: Picking,
               start: int = 0, name: str = "") -> tuple[str, InlineKeyboardMarkup | None]:
    """Offer the members other than `user_id` for the draft `draft_id` (`asked` says what
    for): those whose name has `name` in it (any casing), PAGE at a time from number
    `start` (counting from 0); admins named only in the settings are not among them."""
    members = await team.teams.members()
    others = [m for m in members if m.user_id != user_id]
    unlisted = team.admins - {m.user_id for m in members} - {user_id}
    if not others:
        nobody = picking.nobody
        return f"{nobody} {picking.unlisted}" if unlisted else nobody, None
    wanted = clean_line(name).casefold()  # said back, so cleaned as typed text is
    found = [m for m in others if wanted in " ".join(m.name.split()).casefold()]
    lines = [asked]
    if not found:  # everyone, a page at a time, after saying so
        lines.insert(0, NO_MATCH.format(name=wanted[:40]))
        found, wanted = others, ""
    if start >= len(found):  # some left the team since the last page was shown
        start = (len(found) - 1) // PAGE * PAGE
    page = found[start:start + PAGE]
    # Each button names the draft as well: tapped once another is open, it does nothing.
    # Two colleagues of the same name are told apart: a case sent to the wrong one is a
    # breach of its confidence.
    names = told_apart(others, BUTTON - len(picking.button))
    rows = [[InlineKeyboardButton(picking.button + names[m.user_id],
                                  callback_data=f"t:{picking.chosen}:{m.user_id}:{draft_id}")]
            for m in page]
    if len(found) > PAGE:
        shown = {"first": start + 1, "last": start + len(page), "count": len(found)}
        lines.append(PAGE_OF_NAMED.format(**shown, name=wanted[:40]) if wanted
                     else PAGE_OF.format(**shown))
        more = more_data(start + PAGE, wanted, picking.more) \
            if start + PAGE < len(found) else None
        if more is not None:
            rows.append([InlineKeyboardButton(MORE, callback_data=more)])
        if picking.command:  # a list no command finds in by name (Remove's) is paged alone
            lines.append((FIND_MORE if wanted else FIND).format(command=picking.command))
    if unlisted:
        lines.append(picking.unlisted)
    return " ".join(lines), InlineKeyboardMarkup(rows)


async def colleagues(team: Team, user_id: int) -> dict[int, str]:
    """The members other than `user_id`, by id, each named whole, as a message has room
    for (a button cuts them short), told apart where names are alike."""
    others = [m for m in await team.teams.members() if m.user_id != user_id]
    return told_apart(others, max((len(m.name) for m in others), default=0) + WHEN)


def page_asked(value: str) -> tuple[int, str]:
    """The start and the name a "More colleagues" button asks for (`more_data`'s value)."""
    start, _, name = value.partition(":")
    return int(start) if start.isdecimal() else 0, _name_from(name)


class Sharing:
    """Finished summaries sent from one member to another."""

    def __init__(self, team: Team, conversation: TeamConversation) -> None:
        self.team = team
        self.conversation = conversation

    async def choose(self, user_id: int, start: int = 0, name: str = ""
                     ) -> tuple[str, InlineKeyboardMarkup | None]:
        """Offer the members a finished summary can go to: those whose name has `name` in
        it (any casing), PAGE at a time from number `start` (counting from 0)."""
        draft_id, summary = await self._finished(user_id)
        if summary is None:
            return NOT_FINISHED, None
        return await pick(self.team, user_id, draft_id, WHO.format(label=summary.label),
                          SHARING, start, name)

    async def more(self, user_id: int, value: str) -> tuple[str, InlineKeyboardMarkup | None]:
        """The page a "More colleagues" button asks for (`more_data`'s value)."""
        return await self.choose(user_id, *page_asked(value))

    async def send(self, sender: User, value: str, context: Context) -> str:
        """Send the sender's finished summary to the member `value` names (`<id>:<draft>`),
        if that draft is the one open (the button was offered for it)."""
        draft_id, summary = await self._finished(sender.id)
        members = await colleagues(self.team, sender.id)
        wanted, _, shown_for = value.partition(":")
        to = int(wanted) if wanted.isdecimal() else 0
        if summary is None:
            return NOT_FINISHED
        if shown_for != draft_id:
            return OTHER_DRAFT
        if to not in members or to == sender.id:
            # One who left or was removed since the list was shown: others may be there
            return LEFT if members and to != sender.id else NOBODY
        parts = self._parts(summary, clean_line(sender.first_name or "")[:32] or "A colleague")
        summary_print = _fingerprint(draft_id, summary)
        claim = await self.team.teams.claim_share(draft_id, to, summary_print)
        if claim != "claimed":
            return (SENDING if claim == "sending" else SENT_BEFORE).format(name=members[to])
        sent = 0
        try:
            for part in parts:
                await part(context.bot, to)
                sent += 1
        except TelegramError:
            await self.team.teams.unclaim_share(draft_id, to, summary_print)  # tapped again, sent
            log.warning("a shared summary could not be delivered (%s; %d of %d parts sent)",
                        user_ref(to), sent, len(parts))
            if sent:  # they have the start of it: "nothing was shared" would be untrue
                return PARTLY.format(name=members[to], sent=sent, total=len(parts))
            return FAILED.format(name=members[to])
        # Only now is it noted as arrived: a stop mid-send (a crash, a restart) leaves it
        # being sent, and a tap once that has lasted too long sends it again.
        await self.team.teams.shared(draft_id, to, summary_print)
        log.info("a summary was shared (%s to %s)", user_ref(sender.id), user_ref(to))
        return SENT.format(name=members[to])

    async def _finished(self, user_id: int) -> tuple[str, Summary | None]:
        """The open draft's id and, if it is finished, its summary."""
        draft = await self.conversation.active(user_id)
        if draft is None or draft.status != "completed":
            return "", None
        return draft.id, await current_summary(self.conversation, user_id)

    def _parts(self, summary: Summary, sender: str) -> list[Sending]:
        """What a shared summary is sent as, in order: the note saying who shared it, the
        summary's messages, and the documents, each sent by calling it with the bot and the
        recipient's chat."""
        note = escape(SHARED.format(sender=sender, label=summary.label,
                                    title=summary.flow_title))
        parts: list[Sending] = [_message(note)]
        parts += [_message(m.html) for m in views.summary(SummaryReply(summary, False))]
        parts += [_document(summary, fmt) for fmt in FORMATS]
        return parts


Sending = Callable[[Bot, int], Awaitable[object]]


def _message(html: str) -> Sending:
    async def send(bot: Bot, to: int) -> object:
        return await bot.send_message(to, html, parse_mode=ParseMode.HTML,
                                      disable_web_page_preview=True)
    return send


def _document(summary: Summary, fmt: Format) -> Sending:
    async def send(bot: Bot, to: int) -> object:
        made = await asyncio.to_thread(export, summary, fmt)
        return await bot.send_document(to, InputFile(made.data, filename=made.filename))
    return send


def _fingerprint(draft_id: str, summary: Summary) -> bytes:
    """What tells one summary of a draft from another (an answer changed, a partner's part
    arrived): kept only as a digest keyed from the data key (storage.shares)."""
    shown = "\0".join(m.html for m in views.summary(SummaryReply(summary, False)))
    return fingerprint(f"{draft_id}\0{shown}")


def more_data(start: int, name: str, kind: str = "sp") -> str | None:
    """The callback data of "More colleagues" from number `start`: `t:sp:<start>` (or of
    another `kind` of list), and for a name `:<the name in base64url>`. None when the name
    is too long to fit: then the person is asked for more of it instead (so long a name
    matching more than ten is unlikely)."""
    if not name:
        return f"t:{kind}:{start}"
    coded = base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")
    data = f"t:{kind}:{start}:{coded}"
    return data if len(data.encode()) <= CALLBACK_BYTES else None


def _name_from(coded: str) -> str:
    """The name `more_data` put in a button; "" (everyone) if it is not one."""
    try:
        return base64.urlsafe_b64decode(coded + "=" * (-len(coded) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""
