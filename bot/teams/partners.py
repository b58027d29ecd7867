"""Partners in Telegram: a lead's link for one mapping, the partner's answers, sending them,
withdrawing them, and what the lead sees. A partner who is not a member can answer their one
contribution and nothing else; once it is sent it is locked."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Sequence
from html import escape, unescape
from typing import Literal

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, User
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import redelivery, sending, views
from bot.buttons import for_question
from bot.logs import user_ref
from bot.session import CONFIRM_STANDS_S, UserState, user_state
from bot.session_commands import MAX_KEPT, MAX_UNFINISHED, bare_label, names_a_label
from bot.teams.codes import code_hash, deep_link, looks_like_code
from bot.teams.combined import part_of
from bot.teams.conversation import (
    WITHDRAW_PAGE,
    Listed,
    TeamConversation,
    listed_parts,
    withdraw_buttons,
)
from bot.teams.invites import invite_partner
from bot.teams.review import contributions_review, what_was_sent
from bot.teams.team import BAD_LINK, Team, told_name
from bot.teams.texts import (
    AGAIN,
    ALREADY_PART,
    ALREADY_SENT,
    ANSWER_IT_NO,
    ANSWER_IT_Q,
    ANSWER_IT_YES,
    ANSWERING_AGAIN,
    ANSWERING_AGAIN_READY,
    ARRIVED,
    ARRIVED_FINISHED,
    BUSY,
    CLOSED,
    CLOSED_UNNAMED,
    EXPIRED,
    EXPIRED_UNNAMED,
    EXPIRED_WHICH,
    INCLUDED,
    INVITE_FINISHED,
    INVITE_NOT_OPEN,
    INVITE_NOT_YOURS,
    LED_BEFORE,
    LEFT_FOR_THEM,
    LEFT_OUT,
    LINK_TOO_MANY_KEPT,
    LINK_TOO_MANY_UNFINISHED,
    LOCKED,
    NO_PART_LEFT,
    NOT_SENT_YET,
    NOTHING_CHANGED,
    NOTHING_TO_SEND,
    OPEN_FAILED,
    OTHER_MAPPING,
    OWN_LINK,
    OWN_SPENT,
    OWN_WITHDRAWN,
    PART_GONE,
    PARTNER_BACK,
    PARTNER_BACK_READY,
    PARTNER_LINK,
    PARTNER_ONLY,
    PARTNER_PRIVACY,
    PARTNER_WELCOME,
    READY,
    SENT,
    SENT_BEFORE,
    SENT_THANKS,
    SENT_UNTOLD,
    STOP_CAME,
    STOP_LAPSED,
    STOP_Q,
    STOPPED,
    STOPPED_PARTNER,
    TAKEN_OVER,
    TOO_MANY_LINKS,
    WHICH_AGENCY,
    WITHDRAW_ALL_KEPT_Q,
    WITHDRAW_ALL_TAP,
    WITHDRAW_LAPSED,
    WITHDRAW_LAPSED_NAMED,
    WITHDRAW_LAPSED_TYPED,
    WITHDRAW_LAST_PART,
    WITHDRAW_Q,
    WITHDRAW_TAP,
    WITHDRAW_WHICH_PAGE,
    WITHDRAW_WHICH_Q,
    WITHDRAWN,
    WITHDRAWN_ALL_KEPT,
    WITHDRAWN_KEPT,
    WITHDRAWN_ONE,
)
from bot.wording import ConversationReply, seen_as
from flows import engine
from flows.answers import Value, excerpt, in_its_direction, quotes_in_direction
from flows.closing_words import Closing, closing_word
from flows.commands import CommandSpec, find, nearest, spec, split, unknown
from flows.draft import Draft, new_draft_id
from flows.flow import Flow
from flows.regex import on_first_use
from flows.replies import Question
from storage.contract import OwedNotice, Store
from storage.errors import StorageError
from storage.handover import LED_BEFORE as HANDED_ON
from storage.handover import TakerFull
from storage.store import Session
from storage.teams import Invite, Standing

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
ALWAYS = frozenset({"privacy", "about"})
BOUND_BUTTONS = frozenset({"a", "c", "e", "d"})


# Links one mapping may have, answered or waiting: each is a button of /review's one message
# (Telegram takes at most 100 in a message), and no mapping has so many partners.
MAX_PARTNER_LINKS = 40


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text[:60], callback_data=data)


def _service_chosen(flow: Flow, service: str | None) -> dict[str, Value]:
    """The service the lead chose for the link, as the partner's current answer to which
    service they answer for (to keep, or change if the link reached someone else)."""
    if not flow.has_step("agency"):
        return {}
    chosen = next((c.value for c in flow.step("agency").spec.choices if c.label == service), None)
    return {"agency": chosen} if chosen is not None else {}


def first_name(user: User) -> str:
    """A lead's first name as a partner is told it, cleaned as typed text is."""
    return told_name(user.first_name or "") or "your colleague"


class Partners:
    """Partners' links and contributions, for the team handlers."""

    def __init__(self, conversation: TeamConversation, team: Team | None = None) -> None:
        self.conversation = conversation
        self.team = team
        self.contributions = conversation.contributions
        self.store = conversation.store
        # Whether a partner was asked "Withdraw your contribution?" since they were last
        # offered Send (a "yes" typed then is to withdrawing, never to sending: it sent the
        # part instead), and whether their offer to send is owed (Telegram refused it): both
        # in the database, with their session (`UserState`), for any instance to read.

    # --- the lead -------------------------------------------------------------------------

    async def contributing_flow(self, user_id: int) -> tuple[Draft, Flow] | None:
        """The lead's open draft and the flow partners answer for it, if its tool takes any."""
        draft = await self.conversation.active(user_id)
        flows = self.conversation.flows
        lead_flow = flows.get(draft.flow_id) if draft else None
        ref = lead_flow.spec.contributions if lead_flow else None
        if draft is None or ref is None or ref not in flows or draft.status != "in_progress":
            return None
        return draft, flows[ref]

    async def ask_agency(self, user_id: int) -> tuple[str, InlineKeyboardMarkup | None]:
        found = await self.contributing_flow(user_id)
        if found is None:
            return PARTNER_ONLY_LEAD, None
        draft, flow = found
        choices = flow.step("agency").spec.choices if flow.has_step("agency") else ()
        rows = [[_button(c.label, f"t:ia:{draft.id}:{c.value}")] for c in choices]
        rows = rows or [[_button("A partner", f"t:ia:{draft.id}:partner")]]
        return WHICH_AGENCY, InlineKeyboardMarkup(rows)

    async def not_open(self, user_id: int, words: str) -> str | None:
        """What to say to "/invite KB-7" when KB-7 is not the mapping open (a link for the
        open one, another family's, was a tap away); None when it is, or the words name no
        case ("/invite school")."""
        if not names_a_label(words):
            return None
        found = await self.contributing_flow(user_id)
        if found is not None and bare_label(found[0].label) == bare_label(words):
            return None
        named = {d.status: d.label for d in await self.conversation.drafts(user_id, status=None)
                 if bare_label(d.label) == bare_label(words) and self._takes_parts(d.flow_id)}
        if not named.keys() & {"in_progress", "completed"}:
            # (a Signs of Wellbeing "KB-7" open: sent to /resume KB-7, open already, in turn)
            return INVITE_NOT_YOURS.format(label=words)
        if "in_progress" not in named:
            return INVITE_FINISHED.format(label=named["completed"])
        return INVITE_NOT_OPEN.format(
            label=words, open=f" (\"{found[0].label}\" is)" if found is not None else "")

    async def finished_open(self, user_id: int) -> str | None:
        """What to say to /invite when the mapping open is one she has finished (it offered
        her no partner, or told her to open a safety mapping, with hers open)."""
        draft = await self.conversation.active(user_id)
        if draft is None or draft.status != "completed" or not self._takes_parts(draft.flow_id):
            return None
        return INVITE_FINISHED.format(label=draft.label)

    async def make_link(self, lead: User, draft_id: str, agency: str, username: str) -> str:
        found = await self.contributing_flow(lead.id)
        if (found is None or found[0].id != draft_id) \
                and (handed := await self._handed(lead.id, draft_id=draft_id)):
            return handed
        if found is not None and found[0].id != draft_id:
            return OTHER_MAPPING.format(label=found[0].label)
        if found is None:
            return PARTNER_ONLY_LEAD
        draft, flow = found
        labels = {c.value: c.label for c in flow.step("agency").spec.choices} \
            if flow.has_step("agency") else {}
        name = labels.get(agency, "A partner")
        parts, waiting = await self.conversation.parts(draft.id, draft.label)
        if len(parts) + len(waiting) >= MAX_PARTNER_LINKS:
            return TOO_MANY_LINKS.format(label=draft.label, n=len(parts) + len(waiting))
        made = await invite_partner(self.contributions.teams, lead.id, draft.id, agency=name,
                                    label=draft.label, lead_name=first_name(lead),
                                    flow=flow.id)
        log.info("a partner link was made (%s)", user_ref(lead.id))
        return PARTNER_LINK.format(agency=name, label=draft.label,
                                   link=deep_link(username, made.code))

    async def show_to_lead(self, update: Update, context: Context, reviewed: str) -> None:
        """After /review of a mapping (`reviewed`, the draft whose list was sent), finished
        or not: what partners sent, and who has not answered, with a Stop button for each
        link that can still bring a part (a link opened by the wrong person could still send
        into a finished mapping, and nothing showed it there, nor offered to stop it)."""
        user = update.effective_user
        draft = await self.conversation.active(user.id) if user else None
        if user is None or draft is None or draft.id != reviewed or draft.status == "discarded" \
                or not self._takes_parts(draft.flow_id):
            return
        finished = draft.status == "completed"
        parts, waiting = await self.conversation.parts(draft.id, draft.label,
                                                       finished=finished)
        if not parts and not waiting:
            return
        for html, keyboard in contributions_review(parts, waiting, finished=finished):
            await context.bot.send_message(user.id, html, parse_mode=ParseMode.HTML,
                                           reply_markup=keyboard)

    async def _member(self, user_id: int) -> bool:
        """Whether this person is on the team (an admin or a member), not only a partner."""
        return self.team is not None and await self.team.is_member(user_id)

    async def button(self, user: User, what: str, value: str, context: Context
                     ) -> tuple[str, InlineKeyboardMarkup | None]:
        """A lead's or a partner's button (`t:ip`, `t:ia`, `t:cx`, `t:ps`, `t:pw`, `t:pk`)."""
        if what in ("ps", "pw", "pk", "pa", "pz"):
            await self.conversation.note_pending(user.id, withdraw_asked=False)  # answered
        if what == "ip":
            return await self.ask_agency(user.id)
        if what == "ia":
            draft_id, _, agency = value.partition(":")
            return await self.make_link(user, draft_id, agency, context.bot.username), None
        if what == "cx":
            return await self.include(user.id, value), None
        if what == "cz":
            return await self.ask_stop(user.id, value)
        if what == "cy":
            short_id, _, asked_at = value.partition(":")
            if not withdraw_still_asked(asked_at):
                return STOP_LAPSED, None
            return await self.stop(user, short_id, context), None
        if what == "pn":  # "No, leave it for them", to a partner's link opened on the team
            return LEFT_FOR_THEM, None
        if what == "ps":
            return await self.send(user, context, pressed=True), None
        if what == "pv":
            return await self.more_to_withdraw(user.id, value)
        if what == "pa":  # a member's "Withdraw all my parts": asked once more
            return await self.ask_withdraw_all(user.id, value)
        if what == "pz":
            if not withdraw_still_asked(value):
                return WITHDRAW_LAPSED, None
            return await self.withdraw_all_kept(user, context), None
        asked, _, only = value.partition(":")  # "Yes, withdraw it": when, and which one
        if what == "pw" and not withdraw_still_asked(asked):
            return WITHDRAW_LAPSED, None
        if what == "pw" and (await self.contributions.teams.standing(user.id)).contributed:
            return await self.withdraw(user, context, only or None), None
        return NOTHING_CHANGED, None

    async def _open_link(self, lead: int, short_id: str) -> tuple[Invite, str] | None:
        """The lead's link of that short id, to a mapping of theirs (finished or not), while
        no part has come by it, and the service it was made for. Any such mapping, not only
        the one open: "Stop the Police link" in FM-3's /review, tapped once KB-2 was opened,
        said "nothing has been changed" and left the link working for the wrong person."""
        for draft_id in await self._mappings(lead):
            for invite, sent in await self.contributions.for_draft(draft_id):
                if invite.short_id == short_id and invite.created_by == lead \
                        and sent is None and not invite.withdrawn:
                    return invite, (invite.about or {}).get("for", "partner's")
        return None

    async def _mappings(self, lead: int) -> list[str]:
        """The lead's drafts, under way or finished, that partners contribute to, the one
        open first: a button in one's /review is pressed with another family's open, as
        often as not; and a part may still come into a finished mapping."""
        found = await self.contributing_flow(lead)
        drafts = [found[0].id] if found is not None else []
        return drafts + [info.id for info in await self.conversation.drafts(lead, status=None)
                         if info.id not in drafts and info.status != "discarded"
                         and self._takes_parts(info.flow_id)]

    def _takes_parts(self, flow_id: str) -> bool:
        """Whether partners contribute to drafts of this tool (a safety mapping's)."""
        flow = self.conversation.flows.get(flow_id)
        return flow is not None and flow.spec.contributions in self.conversation.flows

    async def ask_stop(self, lead: int, short_id: str
                       ) -> tuple[str, InlineKeyboardMarkup | None]:
        """"Stop the Police link for "FM-3"?", with Yes (standing two minutes, as every "are
        you sure?" before an erasure) and No."""
        found = await self._open_link(lead, short_id)
        if found is None:
            return await self._not_stopped(lead, short_id), None
        return STOP_Q.format(name=found[1], label=_label_of(found[0])), InlineKeyboardMarkup([[
            _button("Yes, stop it", f"t:cy:{short_id}:{int(time.time())}"),
            _button("No", "t:pk")]])

    async def stop(self, lead: User, short_id: str, context: Context) -> str:
        """Stop the link: nobody can open it, and a part being answered through it is erased
        in its partner's turn; they are told."""
        found = await self._open_link(lead.id, short_id)
        if found is None:
            return await self._not_stopped(lead.id, short_id)
        invite, name = found
        await self.contributions.teams.withdraw(invite.code_hash)
        partner = await self.contributions.answered_by(invite.code_hash)
        if partner is not None:
            async with self.store.turn(partner):
                await self.contributions.stop(invite.code_hash, partner)
            about = invite.about or {}
            try:
                await context.bot.send_message(partner, quotes_in_direction(
                    STOPPED_PARTNER.format(lead=about.get("lead") or "The colleague who sent it",
                                           label=about.get("label", "")) + taken_over(invite)))
            except TelegramError:
                log.warning("could not tell a partner their link was stopped (%s)",
                            user_ref(partner))
        log.info("a lead stopped a partner's link (%s)", user_ref(lead.id))
        return STOPPED.format(name=name, label=_label_of(invite))

    async def _link(self, lead: int, short_id: str) -> tuple[Invite, bool] | None:
        """The lead's link of that short id to a mapping of theirs, and whether a part has
        come by it."""
        for draft_id in await self._mappings(lead):
            for invite, sent in await self.contributions.for_draft(draft_id):
                if invite.short_id == short_id and invite.created_by == lead:
                    return invite, sent is not None
        return None

    async def _handed(self, lead: int, *, short_id: str = "", draft_id: str = ""
                      ) -> str | None:
        """What to say to a button of a mapping the lead has handed to a colleague since
        (its draft, or the short id of one of its links): to whom and when; None when they
        have not. "Alright, nothing has been changed" left the giver thinking a link he
        meant to stop still worked, under his name."""
        for handed in user_state(await self.store.session(lead)).handovers:
            if handed[1] == draft_id or (short_id and any(
                    invite.short_id == short_id
                    for invite, _ in await self.contributions.for_draft(handed[1]))):
                return await self.conversation.handed_draft(lead, handed[1])
        return None

    async def _not_stopped(self, lead: int, short_id: str) -> str:
        """Why a link was not stopped: its mapping was handed over, its part came meanwhile,
        or nothing to say."""
        found = await self._link(lead, short_id)
        if found is None or not found[1]:
            return await self._handed(lead, short_id=short_id) or NOTHING_CHANGED
        return STOP_CAME.format(name=(found[0].about or {}).get("for", "partner's"),
                                label=_label_of(found[0]))

    async def include(self, lead: int, value: str) -> str:
        short_id, _, flag = value.partition(":")
        for draft_id in await self._mappings(lead):
            if await self.contributions.set_included(draft_id, short_id, flag == "1"):
                return INCLUDED if flag == "1" else LEFT_OUT
        # its link is kept, its part gone: withdrawn since /review showed it
        if await self._link(lead, short_id) is not None:
            return PART_GONE
        return await self._handed(lead, short_id=short_id) or NOTHING_CHANGED

    # --- the partner ----------------------------------------------------------------------

    async def open_link(self, message: Message, user: User, invite: Invite, code: str = "",
                        *, confirmed: bool = False, update_id: int | None = None
                        ) -> str | None:
        """Claim a partner's link and ask the first question of the contribution; when the
        link can't be used, why (for the caller to say: a stranger is only refused, but
        OPEN_FAILED is said to anyone); "" when the update that opens it (`update_id`) opened
        it already, sent twice to two instances at once, and was answered by the other.
        Someone on the team who does not lead the mapping
        (an admin, a colleague) is asked first, with its `code` on the Yes, unless
        `confirmed` (that Yes): the link works once, and is the partner's it was sent to."""
        if user.id == invite.created_by:
            return OWN_LINK
        if led_before(invite, user.id):
            return LED_BEFORE.format(label=_label_of(invite))
        answering = await self.contributions.answering(user.id)
        if answering is not None and update_id is not None \
                and await self.store.was_handled(user.id, update_id):
            return ""  # opened by this very update, on the other instance
        if answering is not None:
            return await self._busy(message, user.id, answering.invite)
        if await self.contributions.has_part(user.id, invite.draft_id):
            return ALREADY_PART
        flow = self._flow_for(invite)
        if flow is None or invite.draft_id is None:
            return BAD_LINK
        if (full := await self._full(user.id, invite)) is not None:
            return full
        if not confirmed and await self._member(user.id):
            await self._ask_to_answer(message, user.id, invite, code)
            return None
        return await self._begin(message.get_bot(), message.chat_id, user.id, invite, flow,
                                 claim=True, update_id=update_id)

    async def _ask_to_answer(self, message: Message, user_id: int, invite: Invite, code: str
                             ) -> None:
        """"That is Jo's link for a partner (School) to add what they know to "FM-3". ...
        Answer it yourself?", to someone on the team: an admin opening it to see that it
        works, or a colleague it was forwarded to, spent the one use the school's DSL then
        found gone ("That link can't be used"). A colleague answering as a partner (early
        help, say) taps Yes. Its Yes carries the code (her chat has the link already) and
        when it was asked: it stands two minutes, as every team yes-or-no; a "yes" typed
        under it is pointed to the buttons (`TeamConversation.team_pointer`)."""
        about = invite.about or {}
        now = int(time.time())
        await message.reply_text(
            quotes_in_direction(ANSWER_IT_Q.format(lead=about.get("lead") or "A colleague",
                                                   agency=about.get("for") or "a partner",
                                                   label=about.get("label") or "a mapping")),
            reply_markup=InlineKeyboardMarkup([[_button(ANSWER_IT_YES, f"t:pj:{now}:{code}"),
                                                _button(ANSWER_IT_NO, "t:pn")]]))
        await self.conversation.turned_aside(user_id, ("answer", time.time(), "", 0))

    async def _full(self, user_id: int, invite: Invite) -> str | None:
        """Why no draft is made for the link, when the user keeps as many drafts as anyone
        can (a member's own, as /new refuses one past them): a part is a draft of theirs
        too, and link after link went past both without end."""
        kept = [d for d in await self.conversation.drafts(user_id, status=None)
                if d.status != "discarded"]
        unfinished = sum(d.status == "in_progress" for d in kept)
        if unfinished >= MAX_UNFINISHED:
            return self._refused(user_id, invite, TakerFull(kept=False, held=unfinished))
        if len(kept) >= MAX_KEPT:
            return self._refused(user_id, invite, TakerFull(kept=True, held=len(kept)))
        return None

    def _refused(self, user_id: int, invite: Invite, full: TakerFull) -> str:
        """What a link refused past the caps says (`_full`; or counted again as its draft
        was saved, `_begin`: a colleague's hand-over to them landed in between)."""
        log.info("a partner link was refused: too many drafts (%s)", user_ref(user_id))
        if full.kept:
            return LINK_TOO_MANY_KEPT.format(n=full.held, label=_label_of(invite),
                                             days=self.conversation.retention()[1])
        return LINK_TOO_MANY_UNFINISHED.format(n=full.held, label=_label_of(invite))

    async def _busy(self, message: Message, user_id: int, held: str) -> str | None:
        """A second link opened while a part is under way (another family's, say): which
        part, that this link is left as it was, and the question they are on, labelled, so
        that what they type next is not taken for the new family's (it went into the part
        under way). A member discards a part with /cancel (their /delete erases them)."""
        invite = await self.contributions.teams.invite(held)
        about = (invite.about if invite is not None else None) or {}
        label = about.get("label") or "a mapping"
        member = await self._member(user_id)
        busy = quotes_in_direction(BUSY.format(
            label=label, lead=about.get("lead") or "a colleague",
            drop=f"discard it with /cancel {label}" if member else "withdraw it with /delete"))
        await self._show_where(message.get_bot(), message.chat_id, user_id, busy)
        return None

    async def _begin(self, bot: Bot, chat_id: int, user_id: int, invite: Invite, flow: Flow,
                     *, claim: bool = False, update_id: int | None = None) -> str | None:
        """Claim the link (with `claim`), make the draft a partner answers in for it and note
        it as theirs, all in one transaction; then welcome them and ask the first question.
        When that transaction failed (a full disk, a lock), nothing of it stands: the link
        is not spent, and OPEN_FAILED tells them to open it again, which comes back here (a
        "Sorry" sent them to /show, which has nothing to show someone with no draft). When
        the lead erased the mapping meanwhile, nothing of it stands either, and they are told
        the mapping was closed (not welcomed to it). The update that opens it (`update_id`)
        is noted with the claim: sent again to another instance at once, it waits for this
        turn and finds it handled (""), not the link spent ("You're already answering")."""
        about = invite.about or {}
        try:
            async with self.store.turn(user_id, update_id) as unit:
                if unit.handled:
                    return ""
                if claim and await self.contributions.claim(invite.code_hash, user_id,
                                                            time.time()) is None:
                    return BAD_LINK
                await unit.note()
                replies = await self._start(user_id, invite, flow, unit.session)
        except TakerFull as full:  # a colleague's hand-over landed since `_full` counted
            return self._refused(user_id, invite, full)
        except MappingGone:
            log.info("a partner's mapping was erased as their draft was made (%s)",
                     user_ref(user_id))
            return closed_text(about.get("label", ""), about.get("lead", ""))
        except Exception as exc:  # said to the partner; logged as the error handler does
            log.error("a partner link could not be opened (%s): %s", user_ref(user_id),
                      " ".join(str(exc).split()) if isinstance(exc, StorageError)
                      else type(exc).__name__)
            return OPEN_FAILED
        if claim:
            log.info("a partner link was used (%s)", user_ref(user_id))
        if replies is None:  # their draft was there: the question they are on
            replies = await self.conversation.asked_again(user_id)
        await bot.send_message(chat_id, quotes_in_direction(PARTNER_WELCOME.format(
            lead=about.get("lead", "A colleague"), label=about.get("label", "a mapping"),
            taken=taken_over(invite))))
        await self._ask(bot, chat_id, user_id, replies)
        return None

    async def _start(self, user_id: int, invite: Invite, flow: Flow, before: Session
                     ) -> Sequence[ConversationReply] | None:
        """In the partner's turn: the draft they answer in for the link, noted as theirs
        (None: it was there already, to be asked again), or a new one and its first
        question. Of their session `before`, the notes of drafts they handed to a colleague
        are kept (a member's /resume of one names the hand-over); the rest was of the draft
        open before."""
        if await self.contributions.relink(invite.code_hash, flow.id) is not None:
            return None
        about = invite.about or {}
        draft = Draft(id=new_draft_id(), user_id=user_id, flow_id=flow.id,
                      flow_version=flow.version, label=about.get("label", "a mapping"),
                      answers=_service_chosen(flow, about.get("for")))
        outcome = engine.start(flow, draft)
        await self.store.save(outcome.draft, {*outcome.changed, *draft.answers},
                              session=UserState(user_id, draft.id, handovers=user_state(
                                  before).handovers).stored(), new=True,
                              caps=(MAX_UNFINISHED, MAX_KEPT))  # as /new counts them
        if not await self.contributions.set_working(invite.code_hash, draft.id):
            raise MappingGone  # the lead's erasure came first: nothing of this turn stands
        return outcome.replies

    async def carry_on(self, update: Update, user: User) -> None:
        """Before the gate, for a partner answering a contribution with no draft noted as
        theirs (an open that failed half way, when the draft and the note of it were saved
        apart): the draft they have for it is noted now, so that the update goes on to it,
        and "Send it to ..." is offered and the lead's erasure takes it; with none, their
        answers start here, at the first question. /delete and the Yes or No it asks are
        let through: withdrawing needs no draft."""
        answering = await self.contributions.answering(user.id)
        if answering is None or answering.working_draft is not None:
            return
        invite = await self.contributions.teams.invite(answering.invite)
        flow = self._flow_for(invite) if invite is not None else None
        chat = update.effective_chat
        if invite is None or flow is None or chat is None \
                or await self.contributions.relink(invite.code_hash, flow.id) is not None \
                or _refusal(update, True) == "delete" or _withdraw_answer(update):
            return
        if update.callback_query is not None:
            await sending.quietly(update.callback_query.answer())
        problem = await self._begin(update.get_bot(), chat.id, user.id, invite, flow)
        if problem is not None:
            await chat.send_message(quotes_in_direction(problem))
        raise ApplicationHandlerStop

    async def reopened(self, message: Message, user: User, payload: str) -> bool:
        """A partner's link opened again by whoever it is theirs to know: the partner
        answering it (to carry on, from their email), who is asked the question they are on;
        the partner who sent it, told it arrived (not that the link "can't be used", which
        sent them to ask for another, as if it had not); the lead who made it. False for
        anyone else, and for a link that is no partner's."""
        if not looks_like_code(payload):
            return False
        answering = await self.contributions.answering(user.id)
        if answering is not None and answering.invite == code_hash(payload):
            claimed = await self.contributions.teams.invite(answering.invite) \
                if answering.working_draft is None else None  # it failed half way
            flow = self._flow_for(claimed) if claimed is not None else None
            if claimed is not None and flow is not None:
                problem = await self._begin(message.get_bot(), message.chat_id, user.id,
                                            claimed, flow)
                if problem is not None:
                    await message.reply_text(quotes_in_direction(problem))
                return True
            await self._show_where(message.get_bot(), message.chat_id, user.id,
                                   ANSWERING_AGAIN, ANSWERING_AGAIN_READY)
            return True
        spent = await self.contributions.teams.invite(code_hash(payload))
        if spent is None or spent.kind != "partner":
            return False
        about = spent.about or {}
        if spent.created_by == user.id:
            await message.reply_text(OWN_WITHDRAWN if spent.withdrawn else OWN_SPENT)
            return True
        if await self.contributions.sent_by(user.id, spent.code_hash) \
                and (await self.contributions.teams.standing(user.id)).contributed:
            await message.reply_text(quotes_in_direction(SENT_BEFORE.format(
                label=about.get("label", ""), lead=about.get("lead", "the lead"))))
            return True
        return False

    async def _ask(self, bot: Bot, chat_id: int, user_id: int,
                   replies: Iterable[ConversationReply]) -> None:
        """Send a partner the question (and what comes with it), noting it reached them, so
        that a typed answer is taken for it."""
        for reply in replies:
            shown_in = None
            for shown in views.render(reply):
                shown_in = await sending.send(bot, chat_id, shown.html, shown.keyboard)
            if isinstance(reply, Question):
                await self.conversation.delivered(user_id, reply.draft_id, reply.nonce,
                                                  shown_in)

    async def _show_where(self, bot: Bot, chat_id: int, user_id: int, intro: str,
                          ready: str | None = None) -> None:
        """Where a partner coming back is: `intro` and the question under way; or, every
        question answered and nothing sent, `ready` (a text naming {lead}; `intro` without
        it) and the offer to send (shown their answers with a Review button only, under
        "Here is the question we're on", they took it as sent, and the lead never had it)."""
        answered = await self._answered(user_id)
        if answered is None or not await self._part_open(user_id, answered[0]):
            await bot.send_message(chat_id, intro)
            await self._ask(bot, chat_id, user_id, await self.conversation.asked_again(user_id))
            return
        invite = answered[1]
        lead = (invite.about or {}).get("lead", "the lead") if invite else "the lead"
        await bot.send_message(chat_id, intro if ready is None else ready.format(lead=lead))
        await self._offer_now(bot, user_id, answered)

    def _flow_for(self, invite: Invite) -> Flow | None:
        flow_id = (invite.about or {}).get("flow", "contribution")
        return self.conversation.flows.get(flow_id)

    async def restrict(self, update: Update, standing: Standing) -> None:
        """Before the gate, for someone who is only a partner: their one contribution only."""
        if _asks(update, "privacy") and update.effective_user is not None:
            await _say(update, await self.privacy(update.effective_user.id))
            raise ApplicationHandlerStop
        refusal = _refusal(update, standing.answering)
        if refusal is None:
            return
        if refusal == "delete":
            await self.ask_withdraw(update)
        elif refusal == "partner" and _plain_start(update) and update.effective_chat \
                and update.effective_user:
            # /start on coming back to the bot hours later: where they were, as opening
            # their link again shows it (it was a list of commands, /resume among them)
            chat, user = update.effective_chat, update.effective_user
            await self._show_where(update.get_bot(), chat.id, user.id, PARTNER_BACK,
                                   PARTNER_BACK_READY)
        elif refusal == "locked" and update.effective_user is not None and update.effective_chat \
                and _asks_what_was_sent(update) \
                and (copy := await self.what_was_sent(update.effective_user.id)):
            if update.callback_query is not None:
                await sending.quietly(update.callback_query.answer())
            for html in copy:  # /review, /summary, "what did I send?": their own part again
                await sending.send(update.get_bot(), update.effective_chat.id, html)
        elif refusal == "locked" and (closing := _closing(update)) is not None:
            await _say(update, SENT_THANKS[closing])
        elif refusal == "locked" and update.effective_user is not None:
            await _say(update, await self.locked(update.effective_user.id))
        elif refusal == "partner" and (meant := _slip_of_theirs(update)) is not None:
            # "/sumary" by a partner: she was told her link lets her do nothing else, and
            # took it that her summary was not hers to see
            await _say(update, unknown(meant, ""))
        else:
            await _say(update, PARTNER_ONLY)
        raise ApplicationHandlerStop

    async def privacy(self, user_id: int) -> str:
        """What is kept of a partner's, and who sees it, naming the lead and the mapping."""
        abouts = [invite.about or {} for invite, _ in await self.contributions.parts_of(user_id)]
        leads = list(dict.fromkeys(str(a.get("lead") or "the lead") for a in abouts))
        labels = [f"\"{a.get('label', '')}\"" for a in abouts]
        return PARTNER_PRIVACY.format(
            lead=leads[0] if len(leads) == 1 else "the colleagues who sent you the links",
            mappings="mapping" if len(labels) == 1 else "mappings",
            it="it" if len(labels) == 1 else "them",
            labels=" and ".join(labels) or "the case")

    async def what_was_sent(self, user_id: int) -> list[str]:
        """Each part the partner has sent, as they sent it (their own answers only), for
        them to read again; empty if none is kept."""
        sent = {invite.code_hash for invite, done in await self.contributions.parts_of(user_id)
                if done}
        shown: list[str] = []
        for invite, flow_id, answers in await self.contributions.answers_of(user_id):
            about = invite.about or {}
            part = part_of(self.conversation.flows, invite.short_id,
                           {"flow": flow_id, "answers": answers}, True, _label_of(invite)) \
                if invite.code_hash in sent else None
            if part is not None:
                lines = what_was_sent(part, str(about.get("lead", "the lead")),
                                      _label_of(invite))
                lines[-1] += escape(taken_over(invite), quote=False)  # who the lead is now
                shown += lines
        return shown

    async def locked(self, user_id: int) -> str:
        """That what they sent is locked, naming the mapping it went to: with another
        family's part closed since, "Your contribution has been sent" read as that one."""
        labels = [f"\"{(invite.about or {}).get('label', '')}\""
                  for invite, sent in await self.contributions.parts_of(user_id) if sent]
        return LOCKED.format(to=f" to {' and '.join(labels)}" if labels else "")

    async def _answered(self, user_id: int) -> tuple[Draft, Invite | None] | None:
        """The partner's draft once every question is answered (not sent yet), and its
        invite; None before then."""
        answering = await self.contributions.answering(user_id)
        if answering is None or answering.working_draft is None:
            return None
        draft = await self.store.load_draft(user_id, answering.working_draft)
        if draft is None or draft.status != "completed":
            return None
        return draft, await self.contributions.teams.invite(answering.invite)

    async def typed_send(self, update: Update) -> bool:
        """Whether this is "send" or "yes, send it" typed when "Send your contribution to
        ... now?" is asked, which sends it as the button does (it was answered "I haven't
        saved "send""); not any other line, nor before every question is answered."""
        message, user = update.message, update.effective_user
        if message is None or user is None or not typed_by_them(message) \
                or not says_send(message.text or ""):
            return False
        if not names_send(message.text or "") \
                and (await self.conversation.pending(user.id)).withdraw_standing(time.time()):
            return False
        return await self._answered(user.id) is not None

    async def typed_yes_to_withdraw(self, update: Update) -> bool:
        """A "yes" typed under "Withdraw your contribution ...?", or a part named under
        "Which do you want to withdraw?" ("KB-2", "both", "the second one"): asked again,
        with its buttons (an erasure is a button's, as every "are you sure?" before one),
        and nothing sent, nor saved as an answer to the part under way (it was)."""
        message, user = update.message, update.effective_user
        if message is None or user is None or not typed_by_them(message):
            return False
        text = message.text or ""
        yes = says_send(text) and not names_send(text)
        if not yes and not await self._names_a_part(user.id, text):
            return False
        pending = await self.conversation.pending(user.id)
        if pending.withdraw_asked is None:
            return False
        if not pending.withdraw_standing(time.time()):
            # Lapsed, as its buttons have: the question is let go. A "yes" to the offer to
            # send, standing still, is not taken as one to sending either (the withdraw
            # question was the last asked): both are said, and Send offered again; anything
            # else is the answer it reads as.
            await self.conversation.note_pending(user.id, withdraw_asked=False)
            if not yes:
                # a part named ("KB-2", "both"): no answer to the question under way (it was
                # saved there, in the lead's summary)
                await _say(update, WITHDRAW_LAPSED_NAMED.format(typed=excerpt(text)))
                return True
            answered = await self._answered(user.id)
            if answered is None:
                return False
            await _say(update, WITHDRAW_LAPSED_TYPED)
            await self._offer(update.get_bot(), user.id, *answered)
            return True
        if not yes:
            await _say(update, WITHDRAW_TAP.format(typed=excerpt(text)))
        await self.ask_withdraw(update)
        return True

    async def _names_a_part(self, user_id: int, text: str) -> bool:
        """Whether a typed line reads as a reply to "Which do you want to withdraw?": one of
        the partner's parts by its case label, or "both", "all of them", "the second one"."""
        words = [w for w in seen_as(text).replace("\"", " ").split() if w not in _AROUND_PART]
        if not words or len(words) > 4:
            return False
        if all(w in _WHICH_WORDS for w in words):
            return len(await self.contributions.parts_of(user_id)) > 1
        said = "".join(words).replace("-", "")
        parts = await self.contributions.parts_of(user_id)
        return len(parts) > 1 and any(
            said == seen_as((invite.about or {}).get("label", "")).replace("-", "")
            .replace(" ", "") for invite, _ in parts)

    async def ask_withdraw(self, update: Update) -> None:
        """Ask "Withdraw your contribution ...?" with its Yes and No. The Yes carries when it
        was asked: like every "are you sure?" before an erasure, it stands two minutes
        (`withdraw_still_asked`)."""
        user = update.effective_user
        asked = int(time.time())
        if user is not None:
            await self.conversation.note_pending(user.id, withdraw_asked=asked)
        parts = await self.contributions.parts_of(user.id) if user is not None else []
        if len(parts) < 2:
            # the Yes names the part asked about: a second family's link opened before it is
            # tapped (two minutes) is another part, which the question never named
            only = f":{parts[0][0].short_id}" if parts else ""
            await _say(update, WITHDRAW_Q, InlineKeyboardMarkup([[
                _button("Yes, withdraw it", f"t:pw:{asked}{only}"), _button("No", "t:pk")]]))
            return
        # Parts for several families (two leads' mappings): which one, or all of them. The
        # Yes withdrew every one while the question said "your contribution".
        await _say(update, *withdraw_page(listed_parts(parts), asked, 0))

    async def more_to_withdraw(self, user_id: int, start: str
                               ) -> tuple[str, InlineKeyboardMarkup | None]:
        """The next page of "Which do you want to withdraw?" (`start`: its first part's
        place), asked anew: it stands two minutes from now."""
        parts = await self.contributions.parts_of(user_id)
        if not parts:  # withdrawn meanwhile (another phone), or erased with their mapping
            return NO_PART_LEFT, None
        asked = int(time.time())
        member = await self._member(user_id)
        if not member:  # a partner's: a line typed now may be her reply to it
            # (an admin by the settings has no member's role, and her next answer was taken
            # for a reply to it, the list shown again as a partner's)
            await self.conversation.note_pending(user_id, withdraw_asked=asked)
        else:
            # a member's /delete answered by "Withdraw one part only": a "yes" typed under
            # the list erased everything of hers, as a yes to "Erase everything?"
            await self.conversation.let_go_of_delete(user_id)
        listed = listed_parts(parts)
        if len(parts) == 1:  # the others withdrawn meanwhile: the one left, as /delete asks
            no = _button("No", "t:pk")
            only = f"t:pw:{asked}:{listed[0][0]}"
            if not member:
                # a partner's one part: everything of theirs goes with it (`withdraw`)
                return WITHDRAW_Q, InlineKeyboardMarkup([[_button("Yes, withdraw it", only),
                                                          no]])
            return WITHDRAW_LAST_PART.format(part=named_parts(listed)), InlineKeyboardMarkup(
                [[_button(withdraw_buttons(listed)[0], only)], [no]])
        first = int(start) if start.isdecimal() and len(start) < 6 else 0
        return withdraw_page(listed, asked, first, member=member)

    async def offer_to_send(self, update: Update, context: Context) -> None:
        """After an answer: once the partner has answered everything, offer to send it."""
        user = update.effective_user
        if user is None:
            return
        answered = await self._answered(user.id)
        if answered is None or not await self._part_open(user.id, answered[0]):
            return
        await self._offer_now(context.bot, user.id, answered)

    async def _offer_now(self, bot: Bot, user_id: int, answered: tuple[Draft, Invite | None]
                         ) -> None:
        """The offer to send, noted as what a "yes" typed next answers."""
        # and the offer owed, if it was, is made here
        await self.conversation.note_pending(user_id, withdraw_asked=False, offer_owed=False)
        await self._offer(bot, user_id, *answered)

    async def _part_open(self, user_id: int, part: Draft) -> bool:
        """Whether the partner's part is what she has open: a social worker answering a
        colleague's link, back at a draft of her own, was offered to send the part under
        every one of her own questions."""
        active = await self.conversation.active(user_id)
        return active is None or active.id == part.id

    async def offer_again(self, user_id: int, bot: Bot) -> bool:
        """The offer to send, when Telegram refused its message (`bot.redelivery`): sent
        again while every question is still answered and nothing has been sent."""
        if not (await self.conversation.pending(user_id)).offer_owed:
            return False  # never owed, or made since (on any instance)
        answered = await self._answered(user_id)
        if answered is not None:
            await self._offer(bot, user_id, *answered)
        await self.conversation.note_pending(user_id, offer_owed=False)
        return answered is not None

    async def _offer(self, bot: Bot, user_id: int, draft: Draft, invite: Invite | None) -> None:
        """"Send it to ...?" with its buttons; owed until Telegram takes it."""
        lead = (invite.about or {}).get("lead", "the lead") if invite else "the lead"
        keyboard = InlineKeyboardMarkup([[
            _button(f"Send it to {lead}", "t:ps"),
            _button("Change an answer", for_question("c", draft.id, draft.nonce,
                                                      "review"))]])
        try:
            await bot.send_message(user_id, READY.format(
                lead=lead, taken=taken_over(invite) if invite else ""), reply_markup=keyboard)
        except TelegramError:
            try:
                await self.conversation.note_pending(user_id, offer_owed=True)
            except StorageError as exc:  # the error handler hears of Telegram's refusal
                log.warning("%s; the offer to send is not noted as owed (%s)",
                            " ".join(str(exc).split()), user_ref(user_id))
            raise

    async def send(self, user: User, context: Context, *, pressed: bool = False) -> str:
        """Lock and send the partner's answers to the lead, and tell the lead. A Send button
        pressed while an answer is being changed (the part is not finished) sends nothing
        and says so, with the question asked again below: "Your contribution has been sent"
        told them it had gone, and the lead never had it. Pressed by someone with no part
        waiting, it says nothing was sent ("has been sent" only once it has); `pressed` again
        once it has gone, that it has (told it could not be changed, she had only tapped
        twice)."""
        answering = await self.contributions.answering(user.id)
        invite = await self.contributions.teams.invite(answering.invite) if answering else None
        draft = None
        if answering is not None and answering.working_draft is not None:
            draft = await self.store.load_draft(user.id, answering.working_draft)
        if invite is not None and draft is not None and draft.status != "completed":
            await context.bot.send_message(user.id, NOT_SENT_YET)
            await self._ask(context.bot, user.id, user.id,
                            await self.conversation.asked_again(user.id))
            return ""  # said above, before the question
        if invite is None or draft is None:
            contributed = (await self.contributions.teams.standing(user.id)).contributed
            if answering is None and contributed:
                return ALREADY_SENT if pressed else await self.locked(user.id)
            return NOTHING_TO_SEND
        body = {"flow": draft.flow_id, "version": draft.flow_version, "answers": draft.answers}
        # the mapping's lead as the part is saved: it may have been handed over since the
        # invite was read, and the part goes to, and is told to, whoever has it now
        leading = await self.contributions.send(invite, body)
        if leading is None:
            return await self.locked(user.id)
        await self.store.delete_draft(user.id, draft.id)
        if leading != invite.created_by:  # handed over since: the lead named as it is now
            invite = await self.contributions.teams.invite(invite.code_hash) or invite
        about = invite.about or {}
        lead = about.get("lead", "the lead")
        if not await self._lead_can_review(leading):
            # An admin taken off the settings since the partner was let in: the
            # contribution is kept with their mapping (theirs again if they are put back),
            # but they are not told to /review, which they can no longer use (SECURITY.md).
            log.info("a contribution came for a lead who can no longer use the bot (%s)",
                     user_ref(leading))
            return SENT_UNTOLD.format(lead=lead) + taken_over(invite)
        mapping = await self.store.load_draft(leading, invite.draft_id) \
            if invite.draft_id else None
        arrived = ARRIVED_FINISHED if mapping is not None and mapping.status == "completed" \
            else ARRIVED
        await self._tell_lead(context, leading, arrived.format(  # (in the summary's direction)
            name=in_its_direction(self._name(draft)),
            label=in_its_direction(about.get("label", ""))),
            sent=(user.id, invite.draft_id))
        return SENT.format(lead=lead) + taken_over(invite)  # (a Send button named the giver)

    async def _lead_can_review(self, lead: int) -> bool:
        """Whether the lead may still use /review: an admin by the settings or a member."""
        return self.team is None or await self.team.is_member(lead)

    def _name(self, draft: Draft) -> str:
        from bot.teams.combined import attribution

        flow = self.conversation.flows.get(draft.flow_id)
        return attribution(flow, draft.answers) if flow else "A partner"

    async def withdraw(self, user: User, context: Context, only: str | None = None) -> str:
        """Erase the partner's contribution and everything about them, or with `only` (an
        invite's short id) that one contribution alone; tell each lead who it was from, as
        the partner named their service and role."""
        parts = await self.contributions.parts_of(user.id)
        member = await self._member(user.id)
        if only is not None and parts and all(invite.short_id == only for invite, _ in parts) \
                and not member:
            only = None  # their one part: everything of theirs goes, as the question said
        if only is None and member:
            # never offered a member (`withdraw_page`): a button shown before, erasing her
            # own drafts with her parts
            return NOTHING_CHANGED
        withdrawing = [invite.about or {} for invite, _ in parts
                       if only is None or invite.short_id == only]
        leads = {about.get("lead") or "the colleague who sent you the link"
                 for about in withdrawing}
        # the colleague now leading a mapping handed over, named with who they are
        taken = {taken_over(invite) for invite, _ in parts
                 if only is None or invite.short_id == only}
        again = AGAIN.format(lead=next(iter(leads)) if len(leads) == 1
                             else "the colleague who sent you the link")
        again += taken.pop() if len(leads) == 1 and len(taken) == 1 else ""
        told = await self.conversation.withdraw_parts(user.id, only=only, keep=member)
        await self.tell_withdrawn(context, told)
        if only is None:
            return WITHDRAWN + again
        if member and told:
            # a button of their /delete: that question is answered, nothing else erased
            await self.conversation.let_go_of_delete(user.id)
        done = WITHDRAWN_KEPT if member else WITHDRAWN_ONE
        return done.format(label=withdrawing[0].get("label", "")) + again \
            if told and withdrawing else NOTHING_CHANGED

    async def ask_withdraw_all(self, user_id: int, asked: str
                               ) -> tuple[str, InlineKeyboardMarkup | None]:
        """"Withdraw and erase all 40 parts ...?", a member's, from her list of parts (shown
        two minutes ago at most), with a Yes standing two minutes from now, and No."""
        if not await self._member(user_id):
            # never offered a partner who is no member (her /delete withdraws all of hers):
            # a forged one asked her in a member's words ("your place on the team stays"),
            # and its Yes changed nothing
            return NOTHING_CHANGED, None
        if not withdraw_still_asked(asked):
            return WITHDRAW_LAPSED, None
        parts = await self.contributions.parts_of(user_id)
        if not parts:  # withdrawn meanwhile (another phone), or erased with their mapping
            return NO_PART_LEFT, None
        now = int(time.time())
        # a "yes" typed to it is hers to tap (`typed_yes_to_withdraw_all`), not an answer
        await self.conversation.note_pending(user_id, withdraw_asked=now)
        return WITHDRAW_ALL_KEPT_Q.format(n=len(parts)), InlineKeyboardMarkup([[
            _button("Yes, withdraw all my parts", f"t:pz:{now}"), _button("No", "t:pk")]])

    async def typed_yes_to_withdraw_all(self, update: Update) -> bool:
        """A member's "yes" typed under "Withdraw and erase all 40 parts ...?" (two minutes
        at most): said to be the button's, and asked again with its buttons. It was saved as
        her answer to the question of her own draft, and nothing said. Any other line is her
        answer, as before. (Her session is read only for a line that says yes alone.)"""
        message, user = update.message, update.effective_user
        text = (message.text or "") if message is not None else ""
        if message is None or user is None or self.team is None \
                or not typed_by_them(message) or not says_send(text) or names_send(text):
            return False
        pending = await self.conversation.pending(user.id)
        if pending.withdraw_asked is None or not await self.team.is_member(user.id):
            return False
        if not pending.withdraw_standing(time.time()):
            await self.conversation.note_pending(user.id, withdraw_asked=False)
            return False  # lapsed, as its button has: the answer it reads as
        await _say(update, WITHDRAW_ALL_TAP.format(typed=excerpt(text)))
        await _say(update, *await self.ask_withdraw_all(user.id, str(int(pending.withdraw_asked))))
        return True

    async def withdraw_all_kept(self, user: User, context: Context) -> str:
        """A member's every part withdrawn, each lead told; her own drafts and membership
        stay (`withdraw`'s `keep`)."""
        if not await self._member(user.id):
            return NOTHING_CHANGED  # a partner's "all of them" is `withdraw`'s
        parts = await self.contributions.parts_of(user.id)
        if not parts:
            return NO_PART_LEFT
        told = await self.conversation.withdraw_parts(user.id, keep=True)
        await self.tell_withdrawn(context, told)
        await self.conversation.let_go_of_delete(user.id)  # her /delete is answered
        return WITHDRAWN_ALL_KEPT.format(n=len(parts))

    async def tell_withdrawn(self, context: Context, told: list[tuple[int, str]]) -> None:
        """Tell each lead a contribution to their mapping was withdrawn: only a lead still on
        the team (an admin by the settings, or a member), who may still read the mapping;
        an admin since taken off SOSBOT_ALLOWED_USERS is told nothing of the team's drafts."""
        for lead, text in told:
            if await self._lead_can_review(lead):
                await self._tell_lead(context, lead, text)

    async def _tell_lead(self, context: Context, lead: int, text: str, tries: int = 0,
                         sent: tuple[int, str | None] | None = None) -> None:
        """Tell the lead; a message Telegram did not take (a 5xx, flood control, out of
        reach) is sent again once it takes messages again, as a question is
        (`bot.redelivery`: the same pauses, held in the job queue only, dropped at a stop).
        `sent`: the partner and mapping of a contribution it says has come, not said once
        it is withdrawn (the lead told that meanwhile), and sent to whoever leads the mapping
        then (handed over meanwhile: the giver no longer has the case). Nor is anything sent
        again to a lead who can no longer use the bot (removed meanwhile). Nothing of what was
        said is logged."""
        if tries and sent is not None:
            now_leading = await self.contributions.lead_of(*sent)
            if now_leading is None:
                return
            lead = now_leading
        if tries and not await self._lead_can_review(lead):
            log.info("a lead's notice of a contribution is not sent again: they can no longer "
                     "use the bot (%s)", user_ref(lead))
            return  # removed meanwhile: a partner's name and a label are no longer theirs
        try:
            await context.bot.send_message(lead, quotes_in_direction(text))
            return
        except TelegramError as exc:
            wait = redelivery.not_delivered(exc)
        queue = context.application.job_queue
        if wait is None or queue is None or tries >= len(redelivery.WAITS_S):
            log.warning("could not tell a lead about a contribution (%s)", user_ref(lead))
            return
        log.info("a lead's notice of a contribution did not reach Telegram (%s): it is sent "
                 "again in %.0f s", user_ref(lead), max(wait, redelivery.WAITS_S[tries]))
        queue.run_once(self._tell_lead_again, when=max(wait, redelivery.WAITS_S[tries]),
                       data=(lead, text, tries + 1, sent), name="lead notice")

    async def _tell_lead_again(self, context: Context) -> None:
        data = context.job.data if context.job is not None else None
        if isinstance(data, tuple) and len(data) == 4:
            lead, text, tries, sent = data
            await self._tell_lead(context, lead, text, tries, sent)


def closed_text(label: str, lead: str) -> str:
    """A partner told the mapping they answer for was closed, by its label if it has one."""
    lead = lead or "The lead"
    return CLOSED.format(lead=lead, label=label) if label else CLOSED_UNNAMED.format(lead=lead)


def notice_text(notice: OwedNotice) -> str:
    part = notice.part
    if notice.kind == "closed":  # no label: erased without the key, or it was retired
        return closed_text(part.label, part.lead)
    which = EXPIRED_WHICH.format(label=part.label, lead=part.lead or "a colleague") \
        if part.label else EXPIRED_UNNAMED
    return EXPIRED.format(which=which)


async def tell_owed(bot: Bot, store: Store, notices: Iterable[OwedNotice]) -> int:
    """Tell partners that a mapping they answer or answered for was erased, by its lead or
    by retention. A notice is erased once Telegram has taken it, or refused it for good (the
    partner blocked the bot); one Telegram could not take now (out of reach, flood control)
    waits for the next retention run (`owed_before`). Returns how many wait. Nothing of
    what was said is logged. A send that timed out but reached the partner is sent again
    then: told twice rather than never."""
    waiting, given = 0, []
    for notice in notices:
        partner = notice.part.partner_id
        try:
            await bot.send_message(partner, quotes_in_direction(notice_text(notice)))
        except (Forbidden, BadRequest):
            log.warning("could not tell a partner that a mapping of theirs was erased: "
                        "Telegram refused (%s)", user_ref(partner))
        except TelegramError:
            waiting += 1
            log.warning("could not reach Telegram to tell a partner that a mapping of theirs "
                        "was erased; told at the next retention run (%s)", user_ref(partner))
            continue
        given.append(notice.id)
    await store.notices_given(given)
    return waiting


# How long a lead's erasure has to send its own notices before retention may send them too.
NOTICE_GRACE_S = 600.0


async def owed_before(store: Store, made_before: float) -> list[OwedNotice]:
    """The notices a retention run sends besides its own: those left by an earlier run or by
    a lead's erasure that could not send them. Ones made since `made_before` are left to
    whoever made them, which is sending them now (so nobody is told twice)."""
    return [n for n in await store.owed_notices() if n.made_at < made_before]


class MappingGone(Exception):
    """The contribution a partner's draft was being made for is gone (the lead erased the
    mapping meanwhile); raised in their turn, so that none of it stands."""


PARTNER_ONLY_LEAD = ("To invite a partner, open the safety mapping they should contribute to "
                     "(/resume), then send /invite.")
Refusal = Literal["delete", "locked", "partner"]


def _refusal(update: Update, answering: bool) -> Refusal | None:
    """Why a partner may not do this (None: they may)."""
    query = update.callback_query
    if query is not None:
        kind = (query.data or "").split(":", 1)[0]
        if kind == "t" or (answering and kind in BOUND_BUTTONS):
            return None
        return "partner" if answering else "locked"
    message = update.message
    # The command word as the handlers read it (after any space, a tab or a no-break space
    # in front): " /new" is as much a command there as "/new" is.
    # A forwarded message is someone else's words, never a command (`Handlers.forwarded`).
    word = split(message.text)[0] if message is not None and message.text \
        and typed_by_them(message) else ""
    if word.startswith("/"):
        found = find(word)
        if found is not None and found.name == "delete":
            return "delete"
        if found is not None and (found.name in ALWAYS or (answering and _about_the_answers(
                found))):
            return None
        return "partner" if answering else "locked"
    return None if answering else "locked"


def _closing(update: Update) -> Closing | None:
    """The closing word ("thanks", "ok") a partner typed, or None."""
    message = update.message
    return closing_word(message.text) if message is not None and message.text \
        and typed_by_them(message) else None


# Yes to "Send your contribution to ... now?", typed: "send", "send it", "yes send it now",
# "ok submit", "yes please". The words alone, so that an answer is never read as it.
_YES_WORDS = frozenset({"yes", "yep", "yeah", "yea", "y", "ok", "okay", "sure", "please",
                        "pls", "go", "ahead"})
_SEND_WORDS = frozenset({"send", "submit"})
_AROUND = frozenset({"it", "this", "now", "my", "answers", "part", "contribution", "thanks",
                     "thank", "you", "ta", "them", "please", "pls"})


_MARKS = on_first_use(r"[^\w\s]")
# A reply to "Which do you want to withdraw?": the words around a part's label ("withdraw
# KB-2 only"), and those that choose among the parts without one ("both", "the second one").
_AROUND_PART = frozenset({"withdraw", "only", "just", "please", "pls", "the", "one", "erase",
                          "delete", "remove", "for"})
# (not a bare number: the question under way may be a scale)
_WHICH_WORDS = frozenset({"both", "all", "of", "them", "either", "first", "second", "third",
                          "last", "1st", "2nd", "3rd"})


def typed_by_them(message: Message) -> bool:
    """Whether a message holds its sender's own words: not forwarded, and not sent through
    another bot (an inline bot's result, sent with one tap on what it offered), which
    `Handlers.via_bot` answers as neither an answer nor a command. A "Send" or "yes" from a
    quick-replies bot sent a partner's contribution to the lead."""
    return message.forward_origin is None and message.via_bot is None


def names_send(text: str) -> bool:
    """Whether a typed line says send or submit in so many words (not only "yes")."""
    return any(word in _SEND_WORDS for word in _MARKS.sub(" ", text.casefold()).split())


def says_send(text: str) -> bool:
    """Whether a typed line only says to send the partner's part, or yes to sending it."""
    words = _MARKS.sub(" ", text.casefold()).split()
    if not words or len(words) > 6:
        return False
    if any(word in _SEND_WORDS for word in words):
        return all(word in _SEND_WORDS | _YES_WORDS | _AROUND for word in words)
    return words[0] in _YES_WORDS and all(word in _YES_WORDS for word in words)


def _withdraw_answer(update: Update) -> bool:
    """Whether this is a tap on the Yes or the No of "Withdraw your contribution?" (which,
    like /delete, needs no draft of theirs)."""
    query = update.callback_query
    data = (query.data or "") if query is not None else ""
    return data in ("t:pk", "t:pw") or data.startswith(("t:pw:", "t:pv:", "t:pa:", "t:pz:"))


def _asks(update: Update, name: str) -> bool:
    """Whether this is the command `name`, typed by the partner."""
    message = update.message
    if update.callback_query is not None or message is None or not message.text \
            or not typed_by_them(message):
        return False
    found = find(split(message.text)[0])
    return found is not None and found.name == name


def _plain_start(update: Update) -> bool:
    """Whether this is /start typed or tapped in the menu (any words after it no link)."""
    message = update.message
    if update.callback_query is not None or message is None or not message.text \
            or not typed_by_them(message):
        return False
    found = find(split(message.text)[0])
    return found is not None and found.name == "start"


# Asking to see what was sent: "what did I send?", "can I see what I sent", "show me my
# answers" (only read from a partner whose part is sent and locked).
# (From the first of those words only: tried again from each, a line of many of them was
# read to its end as many times.)
_WHAT_I_SENT = on_first_use(r"(?>.*?\b(?:what|see|show|view|check|copy)\b).*\bi\s+(?:sent|send"
                            r"|submitted|wrote|put)\b.*|.*\bmy\s+(?:answers|contribution|part)\b.*",
                            re.IGNORECASE | re.DOTALL)


def _asks_what_was_sent(update: Update) -> bool:
    """Whether a locked partner's message asks to see their part: /review, /summary, /show,
    or words asking what they sent; or the Review button beside Send, tapped once it has gone
    (it said only that the part could not be changed)."""
    query = update.callback_query
    if query is not None:
        return (query.data or "").startswith("c:") and (query.data or "").endswith(":review")
    message = update.message
    if message is None or not message.text or not typed_by_them(message):
        return False
    word = split(message.text)[0]
    if word.startswith("/"):
        found = find(word)
        return found is not None and found.name in ("review", "summary", "show")
    return _WHAT_I_SENT.fullmatch(message.text.strip()) is not None


def _slip_of_theirs(update: Update) -> str | None:
    """The command typed, where it is no command and most likely meant one a partner may use
    ("/sumary", "/reveiw"); None otherwise."""
    message = update.message
    word = split(message.text)[0] if message is not None and message.text else ""
    if not word.startswith("/") or find(word) is not None:
        return None
    meant = nearest(word)
    return word if meant is not None and (meant in ALWAYS or _about_the_answers(spec(meant))) \
        else None


def _about_the_answers(spec: CommandSpec) -> bool:
    """Commands about the question or the open draft (not its export), and /resume."""
    return (spec.scope != "session" and spec.name != "export") or spec.name == "resume"


def named_parts(listed: Sequence[Listed]) -> str:
    """The parts as the question to withdraw them names them."""
    return "; ".join(f"\"{label}\" for {lead} ({'sent' if sent else 'not sent yet'})"
                     for _, label, lead, sent, _ in listed)


def withdraw_page(listed: Sequence[Listed], asked: int, start: int, *, member: bool = False
                  ) -> tuple[str, InlineKeyboardMarkup]:
    """"Which do you want to withdraw?", naming the parts from the `start`th (WITHDRAW_PAGE
    of them, each with its button; every one when they fit on one page), a button to the
    next ones, and "Withdraw all of them" (not for a `member`) and No."""
    start = start if 0 <= start < len(listed) else 0
    page = range(start, min(start + WITHDRAW_PAGE, len(listed)))
    named = named_parts([listed[n] for n in page])
    buttons = withdraw_buttons(listed)  # told apart among all of them, not one page's
    rows = [[_button(buttons[n], f"t:pw:{asked}:{listed[n][0]}")] for n in page]
    if len(listed) <= WITHDRAW_PAGE:
        asked_which = WITHDRAW_WHICH_Q.format(parts=named)
    else:
        asked_which = WITHDRAW_WHICH_PAGE.format(n=len(listed), first=page.start + 1,
                                                 last=page.stop, parts=named)
        following = page.stop if page.stop < len(listed) else 0
        more = (f"More ({following + 1} to {min(following + WITHDRAW_PAGE, len(listed))} of "
                f"{len(listed)})" if following else "Back to the first ones")
        rows.append([_button(more, f"t:pv:{following}")])
    # A partner's "all of them" erases everything of theirs (`Partners.withdraw`); a member
    # came here from /delete's "Withdraw one part only", and it erased her own drafts too.
    # Hers, "Withdraw all my parts", asks once more and keeps her drafts (`withdraw_all_kept`).
    rows.append([_button("Withdraw all my parts (my own drafts stay)", f"t:pa:{asked}")]
                if member else
                [_button("Withdraw all of them", f"t:pw:{asked}"), _button("No", "t:pk")])
    if member:
        rows.append([_button("No", "t:pk")])
    return asked_which, InlineKeyboardMarkup(rows)


async def _say(update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
    """Plain text, in several messages where it is longer than Telegram takes ("Which do you
    want to withdraw?" naming dozens of parts), the buttons under the last."""
    if update.callback_query is not None:
        await sending.quietly(update.callback_query.answer())
    chat = update.effective_chat
    if chat is not None:
        pieces = [unescape(m.html) for m in views.parts(escape(quotes_in_direction(text),
                                                            quote=False))]
        for piece in pieces[:-1]:
            await chat.send_message(piece)
        await chat.send_message(pieces[-1], reply_markup=keyboard)


def led_before(invite: Invite, user_id: int) -> bool:
    """Whether `user_id` led the mapping a link is for before it was handed over (made the
    link, or was handed it): no more theirs to open as a partner than the lead's own."""
    before: object = (invite.about or {}).get(HANDED_ON)
    return isinstance(before, list) and user_id in before


def taken_over(invite: Invite) -> str:
    """What a partner is told of the colleague their part now goes to, when the mapping was
    handed on since its link was made (and not back to the one who made it): "" otherwise."""
    about = invite.about or {}
    before: object = about.get(HANDED_ON)
    if not (isinstance(before, list) and before and before[0] != invite.created_by
            and about.get("lead")):
        return ""
    return TAKEN_OVER.format(lead=about["lead"], label=about.get("label", ""))


def _label_of(invite: Invite) -> str:
    """The case label of the mapping a link was made for."""
    return str((invite.about or {}).get("label", ""))


def withdraw_still_asked(asked: str) -> bool:
    """Whether a "Yes, withdraw it" was asked within the time an "are you sure?" stands (one
    without the time is from before the Yes carried it)."""
    return asked.isdecimal() and len(asked) < 20 \
        and 0 <= time.time() - int(asked) <= CONFIRM_STANDS_S
