"""Telegram handlers for teams: opening an invite link, /invite and /members.

Opening a link runs before the allow-list gate (a newcomer is not yet on it); /invite and
/members run after it, beside the other commands. Callback data is `t:<what>[:<value>]`.
"""

from __future__ import annotations

import logging
import re
import time
from html import escape

from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
    User,
)
from telegram.constants import ChatType
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    TypeHandler,
    filters,
)

from bot import sending
from bot.conversation import Conversation
from bot.handlers import REVIEWED, TEAM_COMMANDS, first_time, own_update
from bot.logs import user_ref
from bot.ratelimit import Limiter, RateLimiter, SharedRateLimiter
from bot.session import CONFIRM_STANDS_S, TeamAsked
from bot.teams.codes import deep_link, link_payload, looks_like_code, pasted_link
from bot.teams.conversation import closed_parts
from bot.teams.handover import HAND_FIRST, Handing, Leaving, drafts_said, tell
from bot.teams.invites import SERVER, invite_colleague
from bot.teams.partners import Partners, tell_owed, typed_by_them, withdraw_still_asked
from bot.teams.sharing import Sharing
from bot.teams.team import BAD_LINK, TOO_MANY, Team, joined_day, told_apart
from bot.teams.texts import ANSWER_IT_LAPSED, OPEN_FAILED
from flows.answers import clean_line, quotes_in_direction
from flows.commands import split
from storage.teams import Standing

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
ADMIN_COMMANDS = (("members", "Who has joined; remove someone"),)
CHOOSE = "Whom would you like to invite?"
NOT_ADMIN = "Only an admin can do that."
NOT_MEMBER = "Only members can share summaries."
NOT_MEMBER_HANDING = "Only members can hand drafts over."
HANDING_ACTIONS = frozenset({"ho", "hp", "hy", "hn"})
# A partner's buttons about sending or withdrawing their part: /delete's own, among them.
WITHDRAWING = frozenset({"ps", "pw", "pk", "pv"})
NO_MAPPING = ("To invite a partner to contribute, open a safety mapping first (/resume or "
              "/new), then send /invite.")
COLLEAGUE_LINK = ("Here is a link for one colleague. It works once, for 7 days; opening it "
                  "makes them a member. Send it to them privately (email or a message):\n\n{link}")
JOINED_BY_YOUR_LINK = "{name} has just joined the team with the invite link you made."
MEMBERS_SHOWS = "/members shows everyone who has joined."
NO_MEMBERS = "Nobody has joined by invite yet. /invite makes a link for a colleague."
REMOVE_Q = ("Remove {name}? They lose access at once, and every draft of theirs is erased. "
            "This can't be undone.")
# Said before REMOVE_Q's last sentence when their mappings have partners' parts: a lead leaving
# (the case going to a colleague) took the partners' parts with them, unannounced.
REMOVE_PARTS = ("That includes {mappings} with what {partners} sent or were answering for {it}; "
                "the partners are told it was closed. If a colleague is taking the case over, "
                "ask {name} to /export {it} (or /share {it} once finished) first.")
# ... its last sentence where the drafts can be handed to a colleague first (the button over
# the question): that way the partners' parts go with the case, and the partners hear nothing.
REMOVE_PARTS_HANDING = ("That includes {mappings} with what {partners} sent or were answering "
                        "for {it}; on Yes, remove, the partners are told it was closed. If a "
                        "colleague is taking the case over, \"{button}\" passes {it} to them "
                        "with the partners' parts, and the partners are told nothing.")
# Where their drafts can be handed over (the button over the question): what each way does,
# not only that Yes erases (the leaver, on sick leave say, is not asked to /export anything).
REMOVE_Q_HANDING = ("Remove {name}? They lose access at once. Yes, remove erases every draft "
                    "of theirs ({drafts}); \"{button}\" passes each to a colleague you choose, "
                    "whole, and then removes {name}. This can't be undone.")
REMOVED = "Removed {name}: they can no longer use the bot, and their drafts are erased."
REMOVED_AFTER = "Removed {name}: they can no longer use the bot."
LEFT_TAKER = ("That colleague is no longer a member, so nothing was handed over and nobody "
              "was removed. Send /members again to choose.")
GONE = "That person is no longer a member."
NO_ONE = "That button doesn't name anyone on this team, so nothing has been changed."
NOT_YOURSELF = ("That's you, so nobody has been removed. To leave the team and erase your own "
                "drafts, send /delete.")
MORE_DRAFTS = ("{name} has {drafts} now ({had} when you were asked), so nobody has been "
               "removed.")
REMOVE_LAPSED = ("That question was asked a while ago, so I've let it go: nobody has been "
                 "removed. Send /members again if you still want to remove them.")
DECLINED = "Alright, nothing has been changed."
MORE_MEMBERS = "More members"
REMOVE = "Remove "
BUTTON = 60  # characters of a button's text shown at most
WHEN = 32  # characters at most of " (joined 03 Dec 2026, #2)" after a name
ADMIN_ACTIONS = frozenset({"ic", "mr", "my", "mn", "mp", "mh", "mq", "mt", "mk"})
PAGE = 20  # members to a message, each with a Remove button (Telegram allows 100 buttons)
STANDING = "sosbot_team_standing"  # the reader's standing, kept on this update's context
RESENT = "sosbot_team_resent"  # set on this update's context: Telegram sent it before


def _is_review(update: Update) -> bool:
    if update.callback_query is not None:
        return (update.callback_query.data or "").endswith(":review")
    text = update.message.text if update.message is not None else None
    return text is not None and text.split(" ", 1)[0].split("@")[0] == "/review"


def _button(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text[:BUTTON], callback_data=data)


def display_name(user: User) -> str:
    """The name a member is listed by: their Telegram display name, cleaned as typed text is
    (a direction override in it would turn the list around it)."""
    return clean_line(" ".join(p for p in (user.first_name, user.last_name) if p))[:64] \
        or "Someone"


class TeamHandlers:
    """Joining by link, invites and the members list."""

    def __init__(self, team: Team, commands: tuple[tuple[str, str], ...] = (),
                 partners: Partners | None = None, sharing: Sharing | None = None,
                 handing: Handing | None = None, *,
                 conversation: Conversation | None = None) -> None:
        self.team = team
        self.conversation = conversation  # whose "are you sure?" a team command lets go
        self.partners = partners
        self.sharing = sharing
        self.handing = handing
        self.leaving = Leaving(handing) if handing is not None else None
        self._commands = commands
        # Deep links are tried a handful of times at most: enough for a mistyped one. Counted
        # in the database where instances share it (PostgreSQL), so that they do not each
        # allow that many guesses; in memory for the one process SQLite allows, where a
        # stranger's made-up code leaves no row.
        store = team.teams.store

        async def spend(user_id: int, burst: int, per_minute: float, now: float | None) -> int:
            return await store.spend(user_id, burst, per_minute, now, links=True)

        self._tries: Limiter = SharedRateLimiter(spend, 5, 3) if store.shared \
            else RateLimiter(5, 3)

    def register(self, app: Application) -> None:  # type: ignore[type-arg]
        """Add these handlers; call before the general command and button handlers.
        (`before_gate` is one of the handlers every update goes through first: `bot.app`.)"""
        # New messages only: python-telegram-bot's commands also match an edited message,
        # which these would ignore, leaving it unanswered (edits are told they are not read).
        new_message = filters.UpdateType.MESSAGE
        # One handler for the four commands: python-telegram-bot asks each handler of the
        # group in turn whether an update is its own, so four asked at every update.
        app.add_handler(CommandHandler(sorted(TEAM_COMMANDS), self.command, filters=new_message))
        app.add_handler(TeamButtons(self.button, pattern=r"^t:"))
        app.add_handler(TypeHandler(Update, self.after), group=1)
        if app.job_queue is not None:
            app.job_queue.run_repeating(self._forget_spent, interval=86_400.0, first=60.0,
                                        name="spent invites")

    async def _forget_spent(self, context: Context) -> None:
        """Once a day: spent colleague invites are erased (nothing of them is needed)."""
        count = await self.team.teams.forget_spent(time.time())
        log.info("erased %d spent invite(s)", count)

    async def set_menus(self, app: Application) -> None:  # type: ignore[type-arg]
        """Give each admin named in the settings the admins' menu (a per-chat command scope)."""
        for admin in sorted(self.team.admins):
            await self.admin_menu(app, admin)

    async def admin_menu(self, app: Application, chat_id: int) -> None:  # type: ignore[type-arg]
        menu = [BotCommand(n, t) for n, t in (*self._commands, *ADMIN_COMMANDS)]
        try:
            await app.bot.set_my_commands(menu, scope=BotCommandScopeChat(chat_id))
        except TelegramError:  # an admin who has never opened the bot has no chat yet
            log.info("no admin menu yet for %s", user_ref(chat_id))

    # --- before the gate: opening a link ------------------------------------------------------

    async def before_gate(self, update: Update, context: Context) -> None:
        """`/start <code>` (or the link pasted) joins or opens a partner's link; a partner may
        do only their part."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None or chat.type != ChatType.PRIVATE \
                or not own_update(update, context.bot.id):
            return  # the gate refuses what is not the sender's own
        message = update.message
        # split as any command is: at a no-break space or a line break too (a line copied
        # from an email), the word read without a direction mark before it
        text = (message.text or "") if message else ""
        command, rest = split(text)
        payload = link_payload(rest) if command.split("@")[0].lower() == "/start" \
            else pasted_link(text, context.bot.username) or ""
        if message is not None and payload and typed_by_them(message) \
                and await self._a_link(user.id, payload):  # forwarded: someone else's
            opened = await self._open_link(message, user, payload, context,
                                           update.update_id)
            if opened:
                raise ApplicationHandlerStop
            return  # a stranger's link that failed: the gate refuses them like any stranger
        standing = await self.team.teams.standing(user.id)
        vars(context)[STANDING] = standing
        if (standing.answering or _is_review(update)) \
                and await self.team.teams.store.was_handled(user.id, update.update_id):
            vars(context)[RESENT] = True  # answered the first time: `after` adds nothing
        if standing.contributed and message is not None and self.partners is not None \
                and await self.partners.typed_yes_to_withdraw_all(update):
            raise ApplicationHandlerStop  # a member's "yes" to withdrawing all her parts
        if standing.answering and self.partners is not None:
            await self.partners.carry_on(update, user)
            if message is not None and await self.partners.typed_yes_to_withdraw(update):
                raise ApplicationHandlerStop
            if message is not None and await self.partners.typed_send(update):
                if await self._first_press(user.id, update.update_id):  # once, if sent again
                    await message.reply_text(quotes_in_direction(
                        await self.partners.send(user, context)))
                raise ApplicationHandlerStop
        partner_only = user.id not in self.team.admins and standing.role is None
        if partner_only and standing.contributed and self.partners is not None:
            await self.partners.restrict(update, standing)

    async def _a_link(self, user_id: int, payload: str) -> bool:
        """Whether `/start <payload>` opens a link: anything after /start from a stranger;
        from someone the bot already admits, only what is shaped like one of its codes. A
        link from an intranet page, `?start=sosbot`, is a plain /start for them, not "That
        link can't be used"."""
        return looks_like_code(payload) or not await self.team.admits(user_id)

    async def _open_link(self, message: Message, user: User, payload: str,
                         context: Context, update_id: int) -> bool:
        """Use a link: True when it was used or the bot said why not; False when it failed
        for a stranger, who then hears only the refusal every stranger hears (tries beyond
        the few allowed are still not even looked at). A link Telegram sends again (a
        webhook resend, polling after a crash) was answered the first time: it is not
        opened again, which would tell the new member their link "can't be used"."""
        admitted = await self.team.admits(user.id)
        if admitted and await self._opened_before(user.id, update_id):
            return True
        if admitted:
            await self._turned_aside(context, message.chat_id, user.id)
        verdict = await self._tries.allow(user.id)
        if not verdict.allowed:
            return await self._failed(message, user, TOO_MANY if verdict.warn else None)
        invite = await self.team.open_link(payload)
        # A link opened again is only news to whom the bot still serves: an admin taken off
        # the settings is told nothing of the links they made, as any stranger is not.
        if invite is None and self.partners is not None and admitted \
                and not await self._opened_now(user.id, update_id) \
                and await self.partners.reopened(message, user, payload):
            return True
        if invite is not None and invite.kind == "partner" and self.partners is not None:
            problem = await self.partners.open_link(message, user, invite, payload,
                                                    update_id=update_id)
            if problem == BAD_LINK and (await self._opened_now(user.id, update_id)
                                        or await self.partners.reopened(message, user,
                                                                        payload)):
                return True  # claimed meanwhile by their own tap, on another instance
            if problem is None:
                await self._note_opened(user.id, update_id)
            elif problem == OPEN_FAILED:  # to anyone: opening it again is their way on
                await message.reply_text(quotes_in_direction(problem))
                return True
            return not problem or await self._failed(message, user, problem, update_id)
        # Joined in the turn of this update, noted with it: the same update sent again to
        # another instance at once waits for it, and finds it handled.
        async with self.team.teams.store.turn(user.id, update_id) as turn:
            if turn.handled:
                return True
            joined = await self.team.join(user.id, display_name(user), payload,
                                          clean_line(user.first_name or "")[:64] or None)
            if joined.invite is not None:
                await turn.note()
        log.info("an invite link was opened (%s, %s)", user_ref(user.id),
                 "used" if joined.invite else "refused")
        if joined.invite is None:
            return await self._failed(message, user, joined.text, update_id)
        await message.reply_text(quotes_in_direction(joined.text))
        if joined.invite.role == "admin":
            await self.admin_menu(context.application, user.id)
        await self._tell_inviter(context.bot, joined.invite.created_by, user)
        return True

    async def _tell_inviter(self, bot: Bot, inviter: int, user: User) -> None:
        """Tell whoever made the link that a colleague has joined by it: their name only, as
        Telegram gives it (a manager sent links to three new starters and could not tell who
        had joined without /members)."""
        if inviter in (SERVER, user.id):
            return  # (a link made with `sosbot invite`: nobody in Telegram to tell)
        told = JOINED_BY_YOUR_LINK.format(name=display_name(user)) + (
            " " + MEMBERS_SHOWS if await self.team.who(inviter) == "admin" else "")
        try:
            await tell(bot, inviter, told)
        except TelegramError:
            log.warning("could not tell %s that a colleague joined by their link",
                        user_ref(inviter))

    async def _answer_link(self, message: object, user: User, value: str) -> str:
        """The Yes (`<asked at>:<code>`) to answering a partner's link oneself (someone on
        the team: `Partners.open_link`): the link opened as if its code were typed, checked
        again (and counted towards the tries of links, as one typed is); what to say ("":
        said already)."""
        asked, _, code = value.partition(":")
        if self.partners is None or not isinstance(message, Message) \
                or not withdraw_still_asked(asked):
            return ANSWER_IT_LAPSED
        if not (await self._tries.allow(user.id)).allowed:
            return TOO_MANY
        invite = await self.team.open_link(code)
        if invite is not None and invite.kind == "partner":
            problem = await self.partners.open_link(message, user, invite, code, confirmed=True)
            if problem != BAD_LINK:
                return problem or ""
        # spent meanwhile (by her own tap on another phone, or by its partner), or stopped
        if looks_like_code(code) and await self.partners.reopened(message, user, code):
            return ""
        return BAD_LINK

    async def _opened_before(self, user_id: int, update_id: int) -> bool:
        async with self.team.teams.store.turn(user_id, update_id) as turn:
            return turn.handled

    async def _opened_now(self, user_id: int, update_id: int) -> bool:
        """Whether this very update opened a link meanwhile, sent twice by Telegram and taken
        by another instance at the same moment (which noted it with its claim, or as it let
        them in): all was said there. Read only where this one found the link spent or the
        part under way, which that instance's commit, noted with it, is why."""
        return await self.team.teams.store.was_handled(user_id, update_id)

    async def _note_opened(self, user_id: int, update_id: int) -> None:
        """Note the update that opened a link, once it let its opener in (a stranger's
        refused link leaves no row behind)."""
        async with self.team.teams.store.turn(user_id, update_id) as turn:
            await turn.note()

    async def _failed(self, message: Message, user: User, problem: str | None,
                      update_id: int | None = None) -> bool:
        """Say why a link can't be used, to someone who may use the bot; False otherwise.
        Nothing is said where the update (`update_id`) opened it on another instance."""
        if not await self.team.admits(user.id):
            return False
        if update_id is not None and await self._opened_now(user.id, update_id):
            return True
        if problem is not None:
            await message.reply_text(quotes_in_direction(problem))
        return True

    async def owed(self, user_id: int, context: Context) -> bool:
        """What a partner is owed when Telegram refused it (`bot.redelivery`): the offer to
        send, sent again; True when it was."""
        return self.partners is not None and await self.partners.offer_again(user_id,
                                                                            context.bot)

    async def after(self, update: Update, context: Context) -> None:
        """After the conversation: tell partners a mapping they worked on was erased; offer a
        partner to send; show a lead the contributions."""
        standing = vars(context).get(STANDING)
        if self.partners is None or not isinstance(standing, Standing):
            return
        if (user := update.effective_user) is not None:  # (read once: at every update)
            closed = self.partners.conversation.closed_for_partners(user.id)
            if closed:
                await tell_owed(context.bot, self.partners.conversation.store, closed)
            withdrawn = self.partners.conversation.withdrawn_for_leads(user.id)
            if withdrawn:  # a member's /delete withdrew a contribution of theirs
                await self.partners.tell_withdrawn(context, withdrawn)
        if vars(context).get(RESENT):
            return  # sent again by Telegram: the offer, or the contributions, went before
        if standing.answering:
            await self.partners.offer_to_send(update, context)
        elif _is_review(update) and isinstance(reviewed := vars(context).get(REVIEWED), str):
            await self.partners.show_to_lead(update, context, reviewed)

    # --- after the gate: /invite and /members -------------------------------------------------

    async def command(self, update: Update, context: Context) -> None:
        """/invite, /members, /share or /handover, its word read as python-telegram-bot's
        `CommandHandler` read it to match: after the slash, before any "@bot", in any case."""
        message = update.effective_message
        if message is None or not message.text or not message.entities:
            return
        word = message.text[1:message.entities[0].length].split("@")[0].lower()
        answer = {"invite": self.invite, "members": self.members, "share": self.share,
                  "handover": self.handover}.get(word)
        if answer is not None:
            await answer(update, context)

    async def invite(self, update: Update, context: Context) -> None:
        """Offer the invites this user may make."""
        message, user = update.message, update.effective_user
        if message is None or user is None:
            return
        if not await self._first_reading(user.id, update.update_id):
            return  # sent again by Telegram: the menu was shown the first time
        await self._turned_aside(context, message.chat_id, user.id)
        words = clean_line(" ".join(context.args or ()))[:40]
        if words and self.partners is not None \
                and (not_open := await self.partners.not_open(user.id, words)):
            await message.reply_text(quotes_in_direction(not_open))
            return
        rows = []
        if await self.team.is_admin(user.id):
            rows.append([_button("A colleague", "t:ic")])
        if self.partners and await self.partners.contributing_flow(user.id):
            rows.append([_button("A partner to contribute to this mapping", "t:ip")])
        finished = await self.partners.finished_open(user.id) if self.partners else None
        if not rows:
            await message.reply_text(quotes_in_direction(finished or NO_MAPPING))
            return
        await message.reply_text(quotes_in_direction(f"{finished}\n\n{CHOOSE}")
                                 if finished else CHOOSE, reply_markup=InlineKeyboardMarkup(rows))

    async def share(self, update: Update, context: Context) -> None:
        """Members: send a finished summary to a colleague."""
        message, user = update.message, update.effective_user
        if message is None or user is None or self.sharing is None:
            return
        if not await self._first_reading(user.id, update.update_id):
            return  # sent again by Telegram: the list was shown the first time
        await self._turned_aside(context, message.chat_id, user.id, covering=True)
        text, keyboard = await self.sharing.choose(user.id, name=" ".join(context.args or ()))
        await message.reply_text(quotes_in_direction(text), reply_markup=keyboard)

    async def handover(self, update: Update, context: Context) -> None:
        """Members: hand the open draft to a colleague taking the case."""
        message, user = update.message, update.effective_user
        if message is None or user is None or self.handing is None:
            return
        if not await self._first_reading(user.id, update.update_id):
            return  # sent again by Telegram: the list was shown the first time
        await self._turned_aside(context, message.chat_id, user.id, covering=True)
        if not await self.team.is_member(user.id):
            await message.reply_text(NOT_MEMBER_HANDING)
            return
        text, keyboard = await self.handing.choose(user.id, name=" ".join(context.args or ()))
        await message.reply_text(quotes_in_direction(text), reply_markup=keyboard)

    async def members(self, update: Update, context: Context) -> None:
        """Admins: who has joined, each with a Remove button, a page at a time."""
        message, user = update.message, update.effective_user
        if message is None or user is None:
            return
        if not await self._first_reading(user.id, update.update_id):
            return  # sent again by Telegram: the list was shown the first time
        await self._turned_aside(context, message.chat_id, user.id, covering=True)
        if not await self.team.is_admin(user.id):
            await message.reply_text(NOT_ADMIN)
            return
        html, keyboard = await self._members_page(0, user.id)
        await send(context.bot, message.chat_id, html, keyboard)

    async def _members_page(self, start: int, viewer: int
                            ) -> tuple[str, InlineKeyboardMarkup | None]:
        """Members from number `start` on (counting from 0), as HTML, with their buttons: a
        Remove for each but the admin viewing it (whose own way out is /delete)."""
        listed = await self.team.teams.members()
        if not listed:
            return escape(NO_MEMBERS), None
        if start >= len(listed):  # some were removed since the last page was shown
            start = (len(listed) - 1) // PAGE * PAGE
        page = listed[start:start + PAGE]
        heading = "<b>Members</b>"
        if len(listed) > PAGE:
            heading += f" {start + 1} to {start + len(page)} of {len(listed)}"
        lines = [f"{n}. {escape(m.name)}{' (admin)' if m.role == 'admin' else ''}, joined "
                 f"{joined_day(m.joined_at)}" for n, m in enumerate(page, start + 1)]
        names = told_apart(listed, BUTTON - len(REMOVE))  # two called Ali: which is which
        rows = [[_button(REMOVE + names[m.user_id], f"t:mr:{m.user_id}")] for m in page
                if m.user_id != viewer]
        if start + PAGE < len(listed):
            rows.append([_button(MORE_MEMBERS, f"t:mp:{start + PAGE}")])
        return "\n".join([heading, *lines]), InlineKeyboardMarkup(rows) if rows else None

    async def button(self, update: Update, context: Context) -> None:
        """The team buttons: invites, removing a member, and partners' contributions.

        Each press is done once: one Telegram sends again (a webhook resend) is only
        answered. The press is answered quietly after the work, so that an old one Telegram
        no longer takes still gets its reply (an invite's link, above all)."""
        query, user, chat = update.callback_query, update.effective_user, update.effective_chat
        if query is None or user is None or chat is None:
            return
        if not await self._first_press(user.id, update.update_id):
            await sending.quietly(sending.answer(context.bot, query.id))
            return
        what, _, value = (query.data or "").removeprefix("t:").partition(":")
        if what not in WITHDRAWING:
            await self._turned_aside(context, chat.id, user.id)
        elif self.conversation is not None:  # ("No" to stopping a link among them)
            await self.conversation.team_answered(user.id)
        if what in ADMIN_ACTIONS and not await self.team.is_admin(user.id):
            html, keyboard = escape(NOT_ADMIN), None
        elif what == "pj":  # "Yes, I'll answer it", to a partner's link opened on the team
            html, keyboard = escape(quotes_in_direction(
                await self._answer_link(query.message, user, value))), None
        elif what == "mp":
            html, keyboard = await self._members_page(int(value) if value.isdecimal() else 0,
                                                      user.id)
        else:
            text, keyboard = await self._pressed(user, what, value, context)
            html = escape(quotes_in_direction(text))
            if self.conversation is not None and (asking := _asked_by(keyboard)) is not None:
                # a yes or no typed under it is pointed to these buttons (`team_pointer`)
                await self.conversation.turned_aside(user.id, asking)
        await sending.quietly(sending.answer(context.bot, query.id))
        if html:  # nothing when what was pressed said it all itself
            await send(context.bot, chat.id, html, keyboard)

    async def _pressed(self, user: User, what: str, value: str, context: Context
                       ) -> tuple[str, InlineKeyboardMarkup | None]:
        """Do what a button (other than a page of members) asks: what to say, as text."""
        if what in ADMIN_ACTIONS:
            return await self._admin_action(user.id, what, value, context)
        if what in ("sh", "sp") and self.sharing is not None:
            if not await self.team.is_member(user.id):
                return NOT_MEMBER, None
            if what == "sp":  # the next page of colleagues (of those a name found)
                return await self.sharing.more(user.id, value)
            return await self.sharing.send(user, value, context), None
        if what in HANDING_ACTIONS and self.handing is not None:
            return await self._handing(user, what, value, context)
        if self.partners is not None:
            return await self.partners.button(user, what, value, context)
        return DECLINED, None

    async def _handing(self, user: User, what: str, value: str, context: Context
                       ) -> tuple[str, InlineKeyboardMarkup | None]:
        """/handover's buttons: a colleague chosen, the next page, Yes and No."""
        assert self.handing is not None
        if not await self.team.is_member(user.id):
            return NOT_MEMBER_HANDING, None
        if what == "hp":
            return await self.handing.more(user.id, value)
        if what == "ho":
            return await self.handing.confirm(user.id, value)
        if what == "hy":
            return await self.handing.hand(user, value, context.bot), None
        return DECLINED, None

    async def _turned_aside(self, context: Context, chat_id: int, user_id: int, *,
                            covering: bool = False) -> None:
        """A team command, button or link while "are you sure?" (discard, erase everything)
        or a new draft's case label waits: it is let go, and said in a line, as at any
        command of the conversation's; so is a team yes-or-no question shown before, without
        a word (its buttons still work while they stand). "are you sure?" stood, so a "yes"
        typed next, to "Hand "KB-7" to Priya?" say, erased everything; the label prompt
        stood, so it started a new draft labelled "yes". `covering`: a list of colleagues (/share,
        /handover) or of members, below the open draft's question, where a name typed next
        is meant for the list (`Conversation.turned_aside`); not /invite's menu or a link's
        reply, after which the lead goes on answering."""
        if self.conversation is not None and (said := await self.conversation.turned_aside(
                user_id, covering=covering)) is not None:
            await sending.send(context.bot, chat_id, escape(quotes_in_direction(said)))

    async def _first_reading(self, user_id: int, update_id: int) -> bool:
        """Note a command that only shows something (/invite's menu, /members, /share's
        list) as handled; False when it was before, in this instance or another on the same
        database. Shown all the same when the note cannot be written (`first_time`)."""
        return await first_time(self.team.teams.store, user_id, update_id, reading=True)

    async def _first_press(self, user_id: int, update_id: int) -> bool:
        """Note this press as handled (`bot.handlers.first_time`); False when it was before."""
        return await first_time(self.team.teams.store, user_id, update_id)

    async def _admin_action(self, admin: int, what: str, value: str, context: Context
                            ) -> tuple[str, InlineKeyboardMarkup | None]:
        if what == "ic":
            made = await invite_colleague(self.team.teams, admin)
            link = deep_link(context.bot.username, made.code)
            return COLLEAGUE_LINK.format(link=link), None
        if what == "mn":  # "No" to removing someone: nothing to look up
            return DECLINED, None
        to, start = 0, 0
        if what in ("mt", "mk"):  # a colleague chosen for the leaver's drafts, then the leaver
            taker, _, value = value.partition(":")
            to = int(taker) if _user_id(taker) else 0
        if what == "mq":  # the next page of colleagues for them
            value, _, page = value.rpartition(":")
            start = int(page) if page.isdecimal() and len(page) < 9 else 0
        wanted, _, asked = value.partition(":")
        had = None  # how many drafts they had when "Yes, remove" was asked (from its data)
        if what == "my" and asked.count(":") == 2:
            asked, _, counted = asked.rpartition(":")
            had = int(counted) if counted.isdecimal() and len(counted) < 9 else None
        if not _user_id(wanted):  # 0, -5, 10**30: no button of ours names such an id
            return NO_ONE, None
        if wanted == str(admin):  # a Remove of one's own (from before it was left out)
            return NOT_YOURSELF, None
        member = await self._member(wanted)
        if member is None:
            return GONE, None
        user_id, name, joined = member
        if what == "mr":
            # The Yes names the membership (when they joined) and when it was asked, like the
            # conversation's "are you sure?": a Yes tapped days later, or after the person
            # left and joined again, erases nothing.
            asked_now = f"{user_id}:{joined}:{int(time.time())}"
            drafts = await self.leaving.drafts_of(user_id) if self.leaving is not None else []
            row = [_button("Yes, remove", f"t:my:{asked_now}:{len(drafts)}"),
                   _button("No", "t:mn:0")]
            rows = [row]
            if drafts:
                rows.insert(0, [_button(HAND_FIRST, f"t:mh:{asked_now}")])
            return await self._remove_question(user_id, name, len(drafts)), \
                InlineKeyboardMarkup(rows)
        if not _still_asked(asked, joined):
            return REMOVE_LAPSED, None
        if had is not None and self.leaving is not None \
                and (has := len(await self.leaving.drafts_of(user_id))) > had:
            # handed one meanwhile (or began one): the Yes did not cover it; asked again,
            # with the hand-over to a colleague offered
            text, keyboard = await self._admin_action(admin, "mr", wanted, context)
            return MORE_DRAFTS.format(name=name, drafts=drafts_said(has),
                                      had=drafts_said(had) if had else "none") + f" {text}", \
                keyboard
        if self.leaving is not None and what in ("mh", "mq"):
            return await self.leaving.choose(user_id, name, asked, start)
        if self.leaving is not None and what == "mt":
            return await self.leaving.confirm(user_id, name, to, joined)
        handed = None
        if self.leaving is not None and what == "mk":
            done = await self.leaving.hand_all(user_id, name, to, context.bot)
            if done is None:  # that colleague left meanwhile: nothing moved, nor removed
                return LEFT_TAKER, None
            handed, every = done
            if not every:  # left part-way: the rest stay the leaver's, and so do they
                return handed, None
        if what in ("my", "mk"):
            store = self.team.teams.store
            owed, unsent = [], []
            # The removed member's turn: their erasure and what their partners are owed
            # commit together (the admin's press is in no turn of its own by now).
            async with store.turn(user_id):
                closed = await self.partners.contributions.partners_of(user_id) \
                    if self.partners is not None else []
                if self.partners is not None:  # the parts they were writing: erased below
                    unsent = await self.partners.conversation.unsent_for_leads(user_id)
                removed = await self.team.teams.remove_member(user_id, now=time.time())
                if removed:
                    owed = await store.owe("closed", closed_parts(closed))
                    if self.partners is not None:  # a link they were answering: no way in
                        await self.partners.contributions.let_go(user_id)
            if removed:
                log.info("an admin removed a member (%s)", user_ref(user_id))
                await tell_owed(context.bot, store, owed)
                if self.partners is not None and unsent:
                    await self.partners.tell_withdrawn(context, unsent)
                if handed is not None:
                    return f"{handed} {REMOVED_AFTER.format(name=name)}".lstrip(), None
                return REMOVED.format(name=name), None
            # Removed meanwhile: the same Yes tapped twice, each tap taken by an instance of
            # its own at once. "Alright, nothing has been changed" (a No's words) read as the
            # removal undone, and the drafts this tap handed over went unsaid.
            if handed:
                return f"{handed} {REMOVED_AFTER.format(name=name)}", None
            return GONE, None
        return DECLINED, None

    async def _remove_question(self, user_id: int, name: str, handing: int = 0) -> str:
        """"Remove ...?", saying what of partners' goes with their mappings (`handing`: how
        many drafts of theirs can be handed over first, which keeps all that with the case)."""
        asked = REMOVE_Q_HANDING.format(name=name, button=HAND_FIRST,
                                        drafts=drafts_said(handing)) \
            if handing else REMOVE_Q.format(name=name)
        closed = await self.partners.contributions.partners_of(user_id) \
            if self.partners is not None else []
        if not closed:
            return asked
        mappings = len({invite.draft_id for _, invite in closed})
        partners = len(closed)
        parts = (REMOVE_PARTS_HANDING if handing else REMOVE_PARTS).format(
            name=name, mappings=f"{mappings} safety mapping{'s' if mappings > 1 else ''}",
            partners=f"{partners} partner{'s' if partners > 1 else ''}",
            it="them" if mappings > 1 else "it", button=HAND_FIRST)
        first, _, last = asked.rpartition(" This can't")
        return f"{first} {parts} This can't{last}"

    async def _member(self, value: str) -> tuple[int, str, int] | None:
        """The member a button names: their id, whole name and when they joined (whole
        seconds)."""
        wanted = int(value)
        members = await self.team.teams.members()
        found = [m for m in members if m.user_id == wanted]
        # whole, as a message has room for, with the day they joined where names are alike
        names = told_apart(members, max((len(m.name) for m in members), default=0) + WHEN)
        return (wanted, names[wanted], int(found[0].joined_at)) if found else None


# The Yes buttons of a team's yes-or-no questions: what each asks, as `TeamAsked` reads it.
_YES_BUTTONS = {"hy": "handover", "my": "remove", "mk": "leaving", "cy": "stop"}


def _asked_by(keyboard: InlineKeyboardMarkup | None) -> TeamAsked | None:
    """The team's yes-or-no question a reply's buttons ask (`UserState.team_asked`), read
    from its Yes button's data: "t:hy:<to>:<draft>:<at>", "t:my:<member>:...",
    "t:mk:<to>:<leaver>:...", "t:cy:<link>:<at>" (a partner's link stopped); None for any
    other buttons."""
    for row in keyboard.inline_keyboard if keyboard is not None else ():
        for key in row:
            data = key.callback_data if isinstance(key.callback_data, str) else ""
            what, _, value = data.removeprefix("t:").partition(":")
            kind = _YES_BUTTONS.get(what) if data.startswith("t:") else None
            first, _, rest = value.partition(":")
            second = rest.partition(":")[0]
            if kind == "stop":
                return kind, time.time(), first, 0
            if kind is None or not _user_id(first):
                continue
            if kind == "handover":
                return kind, time.time(), second, int(first)
            if kind == "remove":
                return kind, time.time(), "", int(first)
            if _user_id(second):
                return kind, time.time(), first, int(second)
    return None


def _user_id(value: str) -> bool:
    """Whether a button's value can be a Telegram user id: a positive number that fits 64
    bits, in plain digits (not "٣", which int() would read as 3)."""
    return value.isascii() and value.isdecimal() and len(value) < 20 \
        and 0 < int(value) < 1 << 63


def _still_asked(asked: str, joined: int) -> bool:
    """Whether a "Yes, remove" (`<joined>:<asked>` after the member's id) is for this
    membership and was asked within the time an "are you sure?" stands."""
    was_joined, _, at = asked.partition(":")
    if not (was_joined.isdecimal() and at.isdecimal() and len(at) < 20):
        return False  # from before the Yes carried them, or not one of ours
    return int(was_joined) == joined and 0 <= time.time() - int(at) <= CONFIRM_STANDS_S


class TeamButtons(CallbackQueryHandler[Context, None]):
    """The `t:` buttons. A press that carries no data is left to the conversation's button
    handler (python-telegram-bot lets such a press through any pattern)."""

    def check_update(self, update: object) -> bool | object | None:
        """`CallbackQueryHandler.check_update` for a compiled pattern, matched by the pattern
        itself: `re.match` of a compiled pattern (what the library calls) asks `re`'s cache
        whether it is one first, at every press."""
        if not isinstance(update, Update) or not update.callback_query:
            return None
        data = update.callback_query.data
        if not data or not isinstance(data, str):
            return False
        pattern = self.pattern
        assert isinstance(pattern, re.Pattern)
        return pattern.match(data) or False


async def send(bot: Bot, chat_id: int, html: str,
               keyboard: InlineKeyboardMarkup | None = None) -> None:
    """Telegram HTML in as many messages as Telegram's limit needs, the buttons under the
    last (as `bot.sending` sends: no link previews)."""
    await sending.send_all(bot, chat_id, html, keyboard.to_dict() if keyboard else None)
