"""/share: send a finished summary to a colleague who is a member, as a message to read and
the exported documents; nothing else of the draft is shared."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from html import escape

from telegram import Bot, InlineKeyboardMarkup, InputFile, User
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot import views
from bot.exporting import current_summary
from bot.logs import user_ref
from bot.teams.conversation import TeamConversation
from bot.teams.picking import Picking, colleagues, page_asked, pick
from bot.teams.team import Team, told_name
from flows.export import FORMATS, Format, export
from flows.replies import SummaryReply
from flows.summary import Summary
from storage.shares import fingerprint

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
NOT_FINISHED = ("/share sends a finished summary. Finish this draft first (/summary shows it "
                "so far), or /resume a finished one.")
NO_DRAFT = ("/share sends a finished summary to a colleague, and no draft is open now. Open "
            "a finished one first (/resume), then send /share.")
NOBODY = "There is no other member to share with yet. An admin's /invite adds colleagues."
# Admins named in the settings are not members (opening a colleague's link tells them they
# need none): the bot keeps no name for them to be chosen by, and may never have been opened
# by them, when Telegram lets it write to no one.
UNLISTED = ("Your team's admins (the people who invite and remove colleagues) aren't in "
            "this list: to send one of them this summary, /export it and forward them the "
            "documents.")
WHO = "Whom should I send the finished summary of \"{label}\" to? They get a copy to read and "\
    "the documents; nothing else of the draft."
SEND_TO = "Send to "
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


SHARING = Picking(SEND_TO, "sh", "sp", "/share", NOBODY, UNLISTED)


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
            return NOT_FINISHED if draft_id else NO_DRAFT, None
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
            return NOT_FINISHED if draft_id else NO_DRAFT
        if shown_for != draft_id:
            return OTHER_DRAFT
        if to not in members or to == sender.id:
            # One who left or was removed since the list was shown: others may be there
            return LEFT if members and to != sender.id else NOBODY
        parts = self._parts(summary, told_name(sender.first_name or "") or "A colleague")
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
        """The open draft's id ("" with none open) and, if it is finished, its summary."""
        draft = await self.conversation.active(user_id)
        if draft is None or draft.status != "completed":
            return "" if draft is None else draft.id, None
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
