"""Thin python-telegram-bot handlers: a Telegram update in, a conversation input out, replies back.

Nothing here logs message text. The conversation commits every change before it returns,
so by the time a reply is sent the answer is already safe.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from telegram import CallbackQuery, InputFile, Message, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import views
from bot.conversation import Act, ActName, Conversation, ConversationInput, ConversationReply
from bot.logs import user_ref
from bot.ratelimit import RateLimiter
from flows.replies import COMMANDS, Answered, Command, Notice, Pick, Question, Text
from storage.errors import StorageError

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

STRANGER = ("Sorry, this bot is only open to practitioners on its list. Your Telegram user id "
            "is {id}: send it to your administrator if you should have access.")
PRIVATE_ONLY = "I only work in private chats, so that case details stay between you and me."
TEXT_ONLY = ("I can only read text, please: photos, voice notes, stickers and files aren't "
             "stored. Type your answer instead.")
EDITED = ("I don't read edited messages, so your earlier answer stands. To change an answer, "
          "use /review and tap Edit.")
UNKNOWN_COMMAND = "I don't know that command. The menu button shows the ones I have."
SORRY = ("Sorry, something went wrong on my side. Your answers so far are safe; please send "
         "that again.")
SLOW_DOWN = "That's a lot of messages at once. Please wait a moment and send that again."
STALE_TOAST = "That button is from an earlier question, so nothing was changed."
Exporter = Callable[[int], Awaitable[list[tuple[str, bytes]]]]
"""A user id -> (file name, bytes) for each document of that user's open draft."""
ACTS: tuple[ActName, ...] = ("start", "new", "resume", "cancel", "delete", "privacy", "about")


@dataclass
class QuestionRef:
    """Where the current question's message is, so it can show its answer once given."""

    chat_id: int
    message_id: int
    nonce: int


class Handlers:
    """The bot's handlers, sharing one conversation and the allow-list."""

    def __init__(self, conversation: Conversation, allowed: frozenset[int], *,
                 limiter: RateLimiter | None = None,
                 exporter: Exporter | None = None,
                 admits: Callable[[int], Awaitable[bool]] | None = None
                 ) -> None:
        self.conversation = conversation
        self.allowed = allowed
        self._admits = admits  # members and partners, beside the allow-list (bot/teams)
        self._limiter = limiter
        self._exporter = exporter
        # Message ids only (no text); after a restart, the old question simply keeps its buttons.
        self._questions: dict[int, QuestionRef] = {}

    # --- gate ---------------------------------------------------------------------------------

    async def gate(self, update: Update, context: Context) -> None:
        """Refuse groups, strangers and floods before any handler or storage sees them."""
        chat, user = update.effective_chat, update.effective_user
        if user is None or chat is None:
            raise ApplicationHandlerStop
        if chat.type != ChatType.PRIVATE:
            if update.message and update.message.text:
                await _reply(update, PRIVATE_ONLY)
            raise ApplicationHandlerStop
        if user.id not in self.allowed and not (self._admits and await self._admits(user.id)):
            log.info("refused an update from a user not on the allow-list (%s)", user_ref(user.id))
            if update.callback_query:
                await update.callback_query.answer()
            await context.bot.send_message(chat.id, STRANGER.format(id=user.id))
            raise ApplicationHandlerStop
        verdict = self._limiter.take(user.id) if self._limiter is not None else None
        if verdict is not None and not verdict.allowed:
            if update.callback_query:
                await update.callback_query.answer(SLOW_DOWN if verdict.warn else None)
            elif verdict.warn:
                await _reply(update, SLOW_DOWN)
            raise ApplicationHandlerStop

    # --- messages -----------------------------------------------------------------------------

    async def text(self, update: Update, context: Context) -> None:
        """A typed answer."""
        if update.message is not None and update.message.text is not None:
            await self._handle(update, context, Text(update.message.text))

    async def command(self, update: Update, context: Context) -> None:
        """A slash command, from anywhere in a draft."""
        if update.message is None or update.message.text is None:
            return
        word, _, arg = update.message.text[1:].partition(" ")
        name = word.split("@")[0].lower()
        if name == "export":
            await self.export(update, context)
            return
        given: ConversationInput
        if name in ACTS:
            given = Act(name, arg.strip())
        elif name in COMMANDS:
            given = Command(name, arg.strip())
        elif name == "use":
            given = Command("accept")
        else:
            await _reply(update, UNKNOWN_COMMAND)
            return
        await self._handle(update, context, given)

    async def edited(self, update: Update, context: Context) -> None:
        """An edited message changes nothing; say so once."""
        message = update.edited_message
        if message is not None:
            await message.reply_text(EDITED)

    async def not_text(self, update: Update, context: Context) -> None:
        """Photos, voice notes, stickers, files: nothing is stored."""
        await _reply(update, TEXT_ONLY)

    async def button(self, update: Update, context: Context) -> None:
        """An inline button: an answer, a command, a menu choice or a confirmation."""
        query = update.callback_query
        if query is None:
            return
        data = query.data or ""
        if data.startswith("x:"):
            await self._export_button(update, context, query, data)
            return
        given, draft_id = _parse_button(data)
        if given is None:
            await _quietly(query.answer(STALE_TOAST))
            return
        replies = await self.conversation.handle(query.from_user.id, given,
                                                 update_id=update.update_id, draft_id=draft_id)
        if len(replies) == 1 and isinstance(replies[0], Notice) and replies[0].kind == "stale":
            await _quietly(query.answer(STALE_TOAST))
            return
        # A press Telegram sent again (a webhook resend) was answered the first time, and
        # Telegram refuses a second answer: that must not turn into "Sorry".
        await _quietly(query.answer())
        await self._deliver(update, context, replies, query)

    async def export(self, update: Update, context: Context) -> None:
        """Send the current draft's summary as documents."""
        chat_id, user_id = _chat_and_user(update)
        files = await self._exporter(user_id) if self._exporter else []
        if not files:
            await context.bot.send_message(chat_id, "There's no draft to export yet. /resume "
                                           "opens one, /new starts one.")
            return
        for filename, data in files:
            await context.bot.send_document(chat_id, InputFile(data, filename=filename))

    async def _export_button(self, update: Update, context: Context, query: CallbackQuery,
                             data: str) -> None:
        draft = await self.conversation.active(query.from_user.id)
        if draft is None or data.split(":")[1] != draft.id:
            await query.answer(STALE_TOAST)
            return
        await query.answer()
        await self.export(update, context)

    async def error(self, update: object, context: Context) -> None:
        """Log what failed (type and update id only) and tell the user their answers are safe."""
        error = context.error
        frame = error.__traceback__ if error else None
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        where = f"{frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame else "?"
        update_id = update.update_id if isinstance(update, Update) else None
        if isinstance(error, StorageError):  # one sentence for the operator; no answer text
            log.error("%s (update %s)", " ".join(str(error).split()), update_id)
        else:
            log.error("%s while handling update %s (at %s)", type(error).__name__, update_id,
                      where)
        if isinstance(update, Update) and update.effective_chat is not None:
            try:
                await context.bot.send_message(update.effective_chat.id, SORRY)
            except TelegramError:
                log.warning("could not send the apology for update %s", update_id)

    # --- plumbing -----------------------------------------------------------------------------

    async def _handle(self, update: Update, context: Context, given: ConversationInput) -> None:
        _, user_id = _chat_and_user(update)
        replies = await self.conversation.handle(user_id, given, update_id=update.update_id)
        await self._deliver(update, context, replies, None)

    async def _deliver(self, update: Update, context: Context, replies: list[ConversationReply],
                       query: CallbackQuery | None) -> None:
        chat_id, user_id = _chat_and_user(update)
        for reply in replies:
            if isinstance(reply, Answered):
                await self._show_answer(context, user_id, reply, query)
                continue
            for message in views.render(reply):
                if message.edit_in_place and query is not None and query.message is not None:
                    await _quietly(query.edit_message_text(
                        message.html, parse_mode=ParseMode.HTML, reply_markup=message.keyboard))
                    continue
                sent = await context.bot.send_message(
                    chat_id, message.html, parse_mode=ParseMode.HTML,
                    reply_markup=message.keyboard, disable_web_page_preview=True)
                if isinstance(reply, Question):
                    self._questions[user_id] = QuestionRef(chat_id, sent.message_id, reply.nonce)

    async def _show_answer(self, context: Context, user_id: int, reply: Answered,
                           query: CallbackQuery | None) -> None:
        html = views.answered(reply)
        pressed = query.message if query is not None else None
        if isinstance(pressed, Message):
            await _quietly(pressed.edit_text(html, parse_mode=ParseMode.HTML))
        ref = self._questions.get(user_id)
        if ref is None or ref.nonce != reply.nonce:
            return
        del self._questions[user_id]
        if not isinstance(pressed, Message) or pressed.message_id != ref.message_id:
            await _quietly(context.bot.edit_message_text(
                html, chat_id=ref.chat_id, message_id=ref.message_id, parse_mode=ParseMode.HTML))


def _chat_and_user(update: Update) -> tuple[int, int]:
    """The chat and user ids (the gate has already stopped updates that lack them)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        raise ApplicationHandlerStop
    return chat.id, user.id


def _parse_button(data: str) -> tuple[ConversationInput | None, str | None]:
    kind, _, rest = data.partition(":")
    if kind in ("n", "r"):
        return Act("new" if kind == "n" else "resume", rest), None
    if kind in ("y", "d"):
        return Act("confirm" if kind == "y" else "decline", rest), None
    parts = rest.split(":", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return None, None
    draft_id, nonce, value = parts[0], int(parts[1]), parts[2]
    if kind == "a":
        return Pick(value, nonce), draft_id
    if kind == "e":
        return Command("edit", value, nonce), draft_id
    if kind == "c" and value in COMMANDS:
        return Command(value, nonce=nonce), draft_id
    return None, None


async def _reply(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text)


async def _quietly(action: Awaitable[object]) -> None:
    """Edits are cosmetic: an old or unchanged message must not break the conversation."""
    try:
        await action
    except BadRequest as exc:
        log.debug("edit skipped: %s", type(exc).__name__)
