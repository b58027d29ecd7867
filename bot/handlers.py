"""Thin python-telegram-bot handlers: a Telegram update in, a conversation input out, replies back.

Nothing here logs message text. The conversation commits every change before it returns,
so by the time a reply is sent the answer is already safe.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import replace
from typing import Any, NoReturn

from telegram import (
    CallbackQuery,
    InputFile,
    MaybeInaccessibleMessage,
    Message,
    MessageOriginUser,
    Update,
)
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError, TimedOut
from telegram.ext import ApplicationHandlerStop, ContextTypes

from bot import sending, views
from bot.addressed import elsewhere
from bot.buttons import read_button
from bot.conversation import Conversation, RepliedTo
from bot.flood import as_seconds
from bot.logs import user_ref
from bot.pastes import Piece
from bot.ratelimit import Limiter
from bot.redelivery import WAITS_S, Owed, Redelivery, not_delivered
from bot.shape import misshapen
from bot.strangers import Strangers
from bot.turns import sender
from bot.wording import AskLabel, Confirm, ConversationReply, Menu, seen_as
from flows.answers import clean_line, excerpt
from flows.commands import find, split, unknown
from flows.draft import Draft
from flows.regex import on_first_use
from flows.replies import (
    Answered,
    Command,
    Confirmation,
    Input,
    Notice,
    Nudge,
    Question,
    Review,
    Stale,
    SummaryReply,
    Text,
)
from storage.contract import Noted, Store
from storage.errors import StorageError, Unavailable

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE

STRANGER = ("Sorry, this bot is only open to practitioners on its list. Your Telegram user id "
            "is {id}: send it to your administrator if you should have access. If a colleague "
            "asked you to add to their safety mapping, the link you had can't be used any more "
            "(it has been used, withdrawn or closed): ask them for a new one if they still "
            "need your part.")
PRIVATE_ONLY = "I only work in private chats, so that case details stay between you and me."
TEXT_ONLY = ("I can only read text, please: photos, voice notes, stickers and files aren't "
             "stored. Type your answer instead.")
TEXT_ONLY_DRAWN = ("I can only read text, please: photos, voice notes, stickers and files "
                   "aren't stored. If that was the {speaker}'s drawing, keep it with your own "
                   "records, and type here only what the {speaker} said or wrote about it, in "
                   "their words.")
# ... and the words sent with a later photo of the same album, added to that note.
DRAWN_WORDS = 'Nor are the words sent with the photos ("{caption}").'
# Another kind of message after the note, before anything else ("a voice note after a
# photo"): answered, in one line, rather than met with silence as if it had been heard.
TEXT_ONLY_TOO = "That {kind} isn't stored either: please type your answer to the question above."
# A location or a contact card is none of the kinds TEXT_ONLY names: she could not tell
# whether the address or the number was kept.
TEXT_ONLY_NAMED = ("I can only read text, please: that {kind} isn't stored. Type your answer "
                   "instead.")
_NAMED_KINDS = frozenset({"location", "contact"})
TEXT_ONLY_CAPTION = ("I can only read text, please: photos, voice notes, stickers and files "
                     "aren't stored, and nor are the words sent with them (\"{caption}\"). "
                     "Send your answer as a message of its own.")
# "/export text" (or "word", "html") names one kind of document, not a draft: only that one
# is sent. A GP asking for the text to paste into a referral form was sent all three.
ONE_FORMAT = {"text": "txt", "txt": "txt", "plain text": "txt", "word": "docx", "docx": "docx",
              "html": "html", "web page": "html"}
EXPORT_GONE = ("That draft is no longer kept, so that Export button has nothing to send. "
               "/drafts lists the drafts you have.")
EDITED = ("I don't read edited messages, so your earlier answer stands. To change an answer, "
          "use /review and tap Edit.")
# ... of a line sent while the question on the screen was asked, which has no answer yet: the
# line answered nothing ("what do you mean?" read as /help, a refused /skip), and "your
# earlier answer stands" had her believe the question answered.
EDITED_UNANSWERED = ("I don't read edited messages, and the question above has no answer "
                     "saved yet: send your answer to it as a new message.")
EDITED_HELD = ("I don't read edited messages, and your answer to this question isn't saved "
               "yet: send the corrected answer as a new message, or use the buttons above.")
# ... while asked where a line goes: a line sent now is kept after the others, for a question
# after (sent as the corrected answer, it was saved there too)
EDITED_CHOOSING = ("I don't read edited messages, so your lines stand as you first sent them. "
                   "First choose with the buttons above where your line goes; then, to change "
                   "an answer, /review lists them.")
EDITED_NONE = ("I don't read edited messages, and you have no draft open, so nothing was "
               "saved from it. /new starts one, /resume picks up an earlier one.")
EDITED_NONE_SAVED = ("I don't read edited messages, and you have no draft open, so nothing was "
                     "saved from it. None is saved either: /new starts one.")
# The words sent with a photo (or a file) edited: they were never an answer ("your earlier
# answer stands" told her the first words were kept). An edit with no words is `_moved`.
EDITED_CAPTION = ("I don't read edited messages, and the words sent with a photo or file "
                  "aren't stored either (\"{caption}\"), so nothing of it was saved. Type your "
                  "answer as a message of its own.")
EDITED_LABEL = ("I don't read edited messages, so this draft is still labelled \"{label}\". "
                "To label it differently, send /cancel (nothing is answered yet) and start it "
                "again.")
LABEL_GIVEN_S = 300  # a label is typed this long at most before its draft is made
FORWARDED_OWN = ("That is one of my own messages sent back to me, so I haven't saved it as an "
                 "answer.")
FORWARDED_COMMAND = ("That is a forwarded message, so I haven't run the command in it. Type "
                     "the command yourself if you want it.")
VIA_BOT = ("That came through another bot (one of the bots you can call by typing @ and its "
           "name), so I haven't saved it: answers need to be in your own words. Please type "
           "it yourself.")
UNKNOWN_COMMAND = "I don't know that command. The menu button shows the ones I have."
UNKNOWN_THEN = "The menu button shows the ones I have."
SORRY = ("Sorry, something went wrong on my side. Everything you had answered before is safe. "
         "Send /show to see the question we are on before you answer again.")
# An album's photos come within a second or two of each other: the words sent with them are
# held to add to its one note this long at most, then let go (nothing typed is kept for later)
ALBUM_WORDS_S = 30
UNSAVED = "unsaved"  # bot_data: the webhook's `Unsaved`, or polling's `HandedInAgain`
# On an update's context: the draft whose /review list was sent in answer to it, which the
# partners' parts that follow it are of (`bot.teams`); unset where the words after /review
# named no draft, or several ("/review kbb" showed the open mapping's parts, another family's).
REVIEWED = "sosbot_reviewed"
SLOW_DOWN = ("That's a lot of messages at once, so I haven't saved this one, nor will I save "
             "the next ones for a moment. Please wait a moment and send them again; I'll say "
             "how many weren't saved.")
# The first message taken after a run the rate limit refused: how many were not saved.
DROPPED = ("I didn't save the {n} messages you sent from the one I answered \"That's a lot "
           "of messages at once\" until this one. Please send again whatever in them you "
           "need saved, one answer at a time (/review shows what is saved).")
DROPPED_ONE = ("I didn't save the message I answered \"That's a lot of messages at once\". "
               "Please send it again if you need it saved (/review shows what is saved).")
TEAM_COMMANDS = frozenset({"invite", "members", "share", "handover"})  # answered by bot/teams
COMMAND_SHAPE = on_first_use(r"/[A-Za-z][A-Za-z0-9_]{0,31}(?:@\w+)?")  # as Telegram marks one
STALE_TOAST = "That button is from an earlier question, so nothing was changed."
Exporter = Callable[[int], Awaitable[list[tuple[str, bytes]]]]
"""A user id -> (file name, bytes) for each document of that user's open draft."""


Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


def fails_closed(handler: Handler) -> Handler:
    """A handler that decides whether an update goes on (the gate, the teams' check before
    it), stopping the update when it fails. python-telegram-bot reports a handler's fault
    and goes on to the next handlers: a gate whose database read failed for a moment let a
    stranger's /start through to the tools, and a partner past their one contribution."""

    async def closed(update: Update, context: Context) -> None:
        try:
            await handler(update, context)
        except ApplicationHandlerStop:
            raise
        except Exception as exc:
            await context.application.process_error(update, exc)
            if update.callback_query is not None:  # the "Sorry" says why; stop the spinner
                await sending.quietly(sending.answer(context.bot, update.callback_query.id))
            raise ApplicationHandlerStop from None

    return closed


def reported(handler: Handler) -> Handler:
    """A handler whose fault is reported and the update goes on, as python-telegram-bot does
    with a handler in a group of its own (unless the error handler stops it)."""

    async def going_on(update: Update, context: Context) -> None:
        try:
            await handler(update, context)
        except ApplicationHandlerStop:
            raise
        except Exception as exc:
            if await context.application.process_error(update, exc):
                raise ApplicationHandlerStop from None

    return going_on


def in_sequence(*handlers: Handler) -> Handler:
    """The handlers every update goes through before its own, one after the other, each
    waiting for the one before and any of them able to stop the update, as when each had a
    group of python-telegram-bot's to itself: one group, where five made python-telegram-bot
    copy, walk, ask and call a handler five times an update."""

    async def each(update: Update, context: Context) -> None:
        for handler in handlers:
            await handler(update, context)

    return each


async def first_time(store: Store, user_id: int, update_id: int, *,
                     reading: bool = False) -> bool:
    """Note an update as handled, as the conversation notes the updates it saves; False when
    it was noted before: Telegram sent it again (a webhook's reply it found slow, polling
    after a crash), in this instance or another on the same database. Noted before the
    work, so work that saves nothing (documents sent, a list of colleagues shown) is done
    at most once. `reading`: work that only reads goes ahead when the note cannot be
    written (a database gone read-only or full): /export is how a practitioner takes their
    work away then, and a resend meanwhile acts twice."""
    try:
        async with store.turn(user_id, update_id) as turn:
            if turn.handled:
                return False
            await turn.note()
    except StorageError as exc:
        if not reading:
            raise
        log.warning("%s (update %s); acted on, not noted as handled", " ".join(
            str(exc).split()), update_id)
    return True


class Unsaved:
    """Updates the database failed for, in webhook mode: the post is answered with an error
    (not 200) so that Telegram sends the update again, and the practitioner is told once,
    not at every try (`told`, the last few thousand, forgotten once one is handled)."""

    KEEP = 5000

    def __init__(self) -> None:
        self.failed: set[int] = set()
        self.told: dict[int, None] = {}

    def fail(self, update_id: int) -> bool:
        """Note that `update_id` was not saved; whether to tell the practitioner now."""
        self.failed.add(update_id)
        if update_id in self.told:
            return False
        self.told[update_id] = None
        if len(self.told) > self.KEEP:
            del self.told[next(iter(self.told))]
        return True

    def settled(self, update_id: int) -> bool:
        """Whether `update_id` was handled (saved) this time; forgets it either way."""
        if update_id in self.failed:
            self.failed.discard(update_id)
            return False
        self.told.pop(update_id, None)
        return True

    def again(self, update: Update, context: Context) -> str:
        """What becomes of an update the database failed: in webhook mode, Telegram sends it
        again (the post is not acknowledged); the words for the log."""
        return "not acknowledged, so Telegram sends it again"


class HandedInAgain(Unsaved):
    """`Unsaved` while polling. Telegram counts an update as taken once the next poll goes
    out, which is at once, before it is handled: an update the database failed (a full
    disk, a file gone read-only, a lock held too long) was lost, only the apology sent. It
    is handed in again after a pause, and again further apart while the database still
    fails it (`WAITS_S`, about half an hour in all), and then saved as if just sent; the
    practitioner is told once. Kept in this process only: an update still waiting when the
    bot stops is lost, as before. Once its sender has sent another update that was
    handled (a message with text, a button: not an edit or a photo, which change nothing and
    after which the answer was lost), it is not: the apology told them to look with /show
    and answer again, and
    handed in after what they sent since, it was answered as if it came after that (an
    answer typed again, a draft opened meanwhile). Their updates that failed alike (the
    two halves of a long paste) are handed in again in the order they came."""

    def __init__(self, waits: tuple[float, ...] | None = None) -> None:
        super().__init__()
        self.waits = WAITS_S if waits is None else waits
        self.tries: dict[int, int] = {}
        self.waiting: set[int] = set()  # handed in again soon (once, however many failed)
        self.held: dict[int, int] = {}  # an update to be handed in again: its sender
        self.since: dict[int, set[int]] = {}  # the sender of one held: their updates since

    def passed(self, update: Update) -> bool:
        """Whether `update` goes on to be handled: not one handed in again after its sender
        sent another that was handled. Called for every update, first."""
        user = sender(update)
        if user is None or user not in self.since:
            return True
        if self.held.pop(update.update_id, None) is None:
            if _written(update):
                self.since[user].add(update.update_id)
            return True
        stale = self._overtaken(user, update.update_id)
        if user not in self.held.values():
            del self.since[user]
        if stale:
            self.tries.pop(update.update_id, None)
        return not stale

    def nothing_done(self, update: Update) -> None:
        """`update` (a button of an earlier question, a message the rate limit refused)
        changed nothing: it does not stand for an update held (the answer was dropped after
        it, and lost)."""
        user = sender(update)
        if user is not None and user in self.since:
            self.since[user].discard(update.update_id)

    def _overtaken(self, user: int, update_id: int) -> bool:
        """Whether an update of `user`'s newer than `update_id` was handled (not held)."""
        return any(later > update_id and later not in self.held
                   for later in self.since.get(user, ()))

    def again(self, update: Update, context: Context) -> str:
        self.failed.discard(update.update_id)  # nothing here asks `settled`
        if update.update_id in self.waiting:
            return "handed in again already"
        user = sender(update)
        if user is not None and self._overtaken(user, update.update_id):
            return "not handed in again: its sender has sent another since"
        tries = self.tries.pop(update.update_id, 0)
        queue = context.application.job_queue
        if tries >= len(self.waits) or queue is None:
            return "given up: the practitioner was asked to send it again"
        self.tries[update.update_id] = tries + 1
        if len(self.tries) > self.KEEP:
            del self.tries[next(iter(self.tries))]
        self.waiting.add(update.update_id)
        if user is not None:
            self.held[update.update_id] = user
            self.since.setdefault(user, set())
        queue.run_once(self._hand_in, when=self.waits[tries], data=update,
                       name="handed in again")
        return f"handed in again in {self.waits[tries]:g} s"

    async def _hand_in(self, context: Context) -> None:
        update = context.job.data if context.job is not None else None
        if isinstance(update, Update):
            self.waiting.discard(update.update_id)
            user = sender(update)
            if user is not None and self._overtaken(user, update.update_id):
                self.tries.pop(update.update_id, None)
                log.info("update %s is not handed in again: its sender has written since, "
                         "and that was saved", update.update_id)
                return
            await context.application.update_queue.put(update)


def _nothing_done(update: Update, context: Context) -> None:
    """A press that changed nothing (`HandedInAgain.nothing_done`)."""
    unsaved = context.bot_data.get(UNSAVED)
    if isinstance(unsaved, HandedInAgain):
        unsaved.nothing_done(update)


def _written(update: Update) -> bool:
    """Whether `update` is one its sender wrote or tapped that may act as things stand (a
    message with text, a button): told "Sorry ... before you answer again", they did (/new
    reflection, a label, an answer), and an update held, acted on minutes later, asked out
    of the blue for a second draft's label, or took the next answer as another question's.
    An edit of a message, a photo or a sticker changes nothing: after one, the held answer
    was dropped, and lost (the edit was even told "your earlier answer stands")."""
    message = update.message
    return update.callback_query is not None or (message is not None
                                                 and message.text is not None)


def _one_format(words: str) -> tuple[str, str] | None:
    """The kind of document `/export`'s words name ("text", "word", "html"), alone or at
    either end of a draft's name ("KB-12 text", "word KB-12"), and the rest of the words;
    None where they name none."""
    said = " ".join(words.split())
    if (kind := ONE_FORMAT.get(said.casefold().strip(" ."))) is not None:
        return kind, ""
    for name in sorted(ONE_FORMAT, key=len, reverse=True):
        for rest in (_without(said, name, at_end=True), _without(said, name, at_end=False)):
            if rest:
                return ONE_FORMAT[name], rest
    return None


def _without(said: str, name: str, *, at_end: bool) -> str:
    """`said` without the word(s) `name` at its end (or start), or "" where it is not
    there as a whole word."""
    folded = said.casefold().strip(" .")
    if at_end and folded.endswith(" " + name):
        return said.strip(" .")[:-len(name)].strip()
    if not at_end and folded.startswith(name + " "):
        return said.strip(" .")[len(name):].strip()
    return ""


class Handlers:
    """The bot's handlers, sharing one conversation and the allow-list."""

    def __init__(self, conversation: Conversation, allowed: frozenset[int], *,
                 limiter: Limiter | None = None,
                 exporter: Exporter | None = None,
                 admits: Callable[[int], Awaitable[bool]] | None = None,
                 refusal: Callable[[int], Awaitable[str | None]] | None = None,
                 owed: Owed | None = None) -> None:
        self.conversation = conversation
        self.allowed = allowed
        self._admits = admits  # members and partners, beside the allow-list (bot/teams)
        self._refusal = refusal  # what a removed member is told instead (bot/teams)
        self._limiter = limiter
        self._exporter = exporter
        # what someone is asked, sent again when Telegram did not take its message
        self._redelivery = Redelivery(conversation, self._deliver_again, owed)
        self._strangers = Strangers()
        self._groups = Strangers()  # group chats told "private chats only", by chat id
        # Those whose last update was not text and was answered with the note and the
        # question, with the kind it was and the id of the last message sent with them:
        # until they send something else, more of that kind is not answered again, and
        # another kind only in one line.
        self._noted: dict[int, tuple[str, int | None]] = {}
        # ... and of those, whose note answered an album (Telegram sends each photo of one
        # as an update of its own): the album's id, the note's chat and message, and the
        # words sent with its photos so far, quoted in that one note as each comes; and whose
        # drawing the note took them for (its words about keeping it are kept), if it did.
        self._albums: dict[int, tuple[str, int, int, list[str], str | None]] = {}
        # Those whose last update was an edit, with the message edited and what its note
        # said: the same message edited again, the same note is not sent again (a typo
        # mended twice got the same three lines twice), until they send something else.
        self._edit_noted: dict[int, tuple[int, str]] = {}

    # --- gate ---------------------------------------------------------------------------------

    async def in_order(self, update: Update, context: Context) -> None:
        """Before all else: an update polling hands in again (`HandedInAgain`) is dropped
        once its sender has sent another, which was answered as things then stood."""
        unsaved = context.bot_data.get(UNSAVED)
        if isinstance(unsaved, HandedInAgain) and not unsaved.passed(update):
            log.info("update %s not handed in again: its sender has sent another since",
                     update.update_id)
            raise ApplicationHandlerStop

    async def well_formed(self, update: Update, context: Context) -> None:
        """Before the gate (after `in_order` and `sending.in_topic`): an update with a field of
        a type Telegram never sends (a `text` that is a number, say) is answered as a photo
        is, or a press as a stale one, and goes no further. So does an update meant for
        someone else (`bot.addressed`), unanswered."""
        field = misshapen(update)
        if field is None:
            if _moved(update):
                raise ApplicationHandlerStop  # before the rate limit: nobody typed it
            meant_for = elsewhere(update, context.bot.username)
            if meant_for is not None:
                log.info("ignored update %s: it is meant for %s", update.update_id, meant_for)
                raise ApplicationHandlerStop
            return
        log.info("ignored update %s: its %s is not of the type Telegram sends",
                 "?" if field == "update_id" else update.update_id, field)
        query = update.callback_query
        if query is not None and isinstance(query.id, str):
            await sending.quietly(sending.answer(context.bot, query.id, STALE_TOAST))
        elif field == "message.text" and update.message is not None \
                and own_update(update, context.bot.id) \
                and await self._admitted(update.message.chat.id):
            await self.not_text(update, context)
        raise ApplicationHandlerStop

    async def gate(self, update: Update, context: Context) -> None:
        """Refuse groups, strangers and floods before any handler or storage sees them.

        Button presses stopped here are answered quietly, so the phone's spinner stops and
        an old or replayed press that Telegram no longer takes is no error. A group hears
        from the bot only when someone on the list writes there, at most once an hour.
        """
        chat, user = update.effective_chat, update.effective_user
        query = update.callback_query
        if user is None or chat is None:
            if query is not None:  # a press from an inline message: no chat of the bot's
                await sending.quietly(sending.answer(context.bot, query.id))
            raise ApplicationHandlerStop
        if chat.type == ChatType.PRIVATE and not own_update(update, context.bot.id):
            if query is not None:
                await sending.quietly(sending.answer(context.bot, query.id, STALE_TOAST))
            raise ApplicationHandlerStop
        if chat.type != ChatType.PRIVATE:
            if query is not None:
                await sending.quietly(sending.answer(context.bot, query.id))
            elif (update.message and update.message.text and self._groups.due(chat.id)
                  and await self._admitted(user.id) and self._groups.tell(chat.id)):
                # quoting the message it answers, unless it is gone: a group's own bot may
                # clear commands away at once, and a quote of a deleted message is refused
                await update.message.reply_text(PRIVATE_ONLY, allow_sending_without_reply=True)
            raise ApplicationHandlerStop
        if not await self._admitted(user.id):
            await self._refuse(update, context)
        verdict = await self._limiter.allow(user.id) if self._limiter is not None else None
        if verdict is not None and not verdict.allowed:
            # refused, it changed nothing: an answer held to hand in again still is
            _nothing_done(update, context)
            if query is not None:
                await sending.quietly(sending.answer(context.bot, query.id,
                                                     SLOW_DOWN if verdict.warn else None))
            elif verdict.warn:
                await _reply(update, SLOW_DOWN)
            raise ApplicationHandlerStop
        if verdict is not None and verdict.dropped:
            # said once, before this one is answered: not a line for each one dropped
            await sending.quietly(context.bot.send_message(chat.id, DROPPED.format(
                n=verdict.dropped) if verdict.dropped > 1 else DROPPED_ONE))
        if update.message is None or update.message.text is not None:
            self._noted.pop(user.id, None)  # something else since: the note may be due again
            self._albums.pop(user.id, None)
        if update.edited_message is None:
            self._edit_noted.pop(user.id, None)

    async def _admitted(self, user_id: int) -> bool:
        """On the allow-list, or let in by the team rules (a member, a partner)."""
        return user_id in self.allowed or bool(self._admits and await self._admits(user_id))

    async def _refuse(self, update: Update, context: Context) -> NoReturn:
        """A stranger's update: the refusal (once an hour at most), and nothing else. A
        member an admin removed is told that instead; a button they press meanwhile says it
        again in its notice."""
        chat, user, query = update.effective_chat, update.effective_user, update.callback_query
        if chat is None or user is None:
            if query is not None:  # a press with no chat to answer in: still stop its spinner
                await sending.quietly(sending.answer(context.bot, query.id))
            raise ApplicationHandlerStop
        if query is None and update.effective_message is None:
            raise ApplicationHandlerStop  # not written by them (blocking the bot, say)
        due = self._strangers.due(user.id)
        known = await self._refusal(user.id) if self._refusal and (due or query) else None
        if query is not None:
            await sending.quietly(sending.answer(context.bot, query.id,
                                                 None if due else known))
        if self._strangers.tell(user.id):
            log.info("refused updates from a user not on the allow-list (%s, %s); told them, "
                     "and will again in an hour at the earliest", user_ref(user.id),
                     "removed from the team" if known else "a stranger")
            await context.bot.send_message(chat.id, known or STRANGER.format(id=user.id))
        raise ApplicationHandlerStop

    # --- messages -----------------------------------------------------------------------------

    async def text(self, update: Update, context: Context) -> None:
        """A typed answer."""
        message = update.message
        if message is None or message.text is None:
            return
        if COMMAND_SHAPE.fullmatch(split(message.text)[0]):
            # A command Telegram did not mark as one (no bot_command entity: a hand-made
            # update, another Bot API server): still a command, never an answer.
            await self.command(update, context)
            return
        sent_as = _message_id(message)
        # read against the mark the text before left, in the answer's own turn (`bot.pastes`)
        piece = None if sent_as is None or not isinstance(message.date, dt.datetime) \
            else Piece.of(sent_as, message.date.timestamp(), message.text)
        await self._handle(update, context, Text(message.text), replied_to=replied_to(message),
                           sent_as=sent_as, piece=piece)

    async def forwarded(self, update: Update, context: Context) -> None:
        """A forwarded text: someone else's words (or the bot's own, sent back). Never a
        command or the answer to "are you sure?"; at a question, only the words of a written
        answer (`Conversation.handle`)."""
        message = update.message
        if message is None or message.text is None:
            return
        _, user_id = _chat_and_user(update)
        own = _forwarded_from(message) == context.bot.id
        if own or COMMAND_SHAPE.fullmatch(split(message.text)[0]):
            # The bot's own question or summary forwarded into this chat (the bot is at the
            # top of the list Telegram offers to forward to), or a command someone else
            # typed: not the practitioner's words, nor their command.
            if not await self._once(update):
                return
            asked = await self.conversation.asked_again(user_id)
            said = FORWARDED_OWN if own else FORWARDED_COMMAND
            await _reply(update, said + (" The question we're on is below." if asked
                                         else ""))
            await self._deliver(update, context, asked, None)
            return
        await self._handle(update, context, Text(message.text), forwarded=True,
                           sent_as=_message_id(message))

    async def via_bot(self, update: Update, context: Context) -> None:
        """A text sent through another bot (an inline bot's result: a search, a GIF's words,
        another bot's writing, sent with one tap on what it offered): not the practitioner's
        own words, so no answer, and no command of theirs either. Said, with the question."""
        if update.message is None or not await self._once(update):
            return
        _, user_id = _chat_and_user(update)
        asked = await self.conversation.asked_again(user_id)
        await _reply(update, VIA_BOT + (" The question we're on is below." if asked
                                        else ""))
        await self._deliver(update, context, asked, None)

    async def _once(self, update: Update) -> bool:
        """Note an update answered with a note alone (an edit, a message through another
        bot, the bot's own words sent back, a photo): False when Telegram sent it before,
        and the note went then (`first_time`)."""
        _, user_id = _chat_and_user(update)
        return await first_time(self.conversation.store, user_id, update.update_id,
                                reading=True)

    async def command(self, update: Update, context: Context) -> None:
        """A slash command, from anywhere in a draft."""
        if update.message is None or update.message.text is None:
            return
        word, arg = split(update.message.text)
        found, team = find(word), context.bot_data.get("team")
        named = word.lstrip("/").split("@")[0].lower()
        if named in TEAM_COMMANDS and team is not None:
            # Reached here only without its entity, which the team's own handlers look for.
            await getattr(team, named)(update, context)
        elif found is None:
            await _reply(update, unknown(word, UNKNOWN_THEN, arg))
        elif found.name == "export":
            await self.export(update, context, arg)
        else:
            await self._handle(update, context, Command(found.name, arg.strip()),
                               sent_as=_message_id(update.message))

    async def edited(self, update: Update, context: Context) -> None:
        """An edited message changes nothing; say so once."""
        message = update.edited_message
        if message is None or not await self._once(update):
            return
        _, user_id = _chat_and_user(update)
        draft = await self.conversation.active(user_id)
        if message.text is None:  # a photo's words changed: they were never an answer
            # quoted as a photo's words are (`not_text`), to copy into a message of its own
            said = EDITED_CAPTION.format(caption=excerpt(clean_line(message.caption or "")))
        elif draft is not None and await self._gave_the_label(user_id, draft, message):
            said = EDITED_LABEL.format(label=draft.label)
        elif draft is None:  # no answer stands, and /review has none to edit
            # nor /resume one to pick up, when none is kept (as "no draft open" says)
            kept = await self.conversation.drafts(user_id, status=None)
            said = EDITED_NONE if kept else EDITED_NONE_SAVED
        elif draft.pending is None:
            said = EDITED_UNANSWERED if await self._left_unanswered(user_id, draft, message) \
                else EDITED
        else:
            said = EDITED_CHOOSING if draft.pending.earlier is not None else EDITED_HELD
        if self._edit_noted.get(user_id) == (message.message_id, said):
            return  # said of this message already, nothing sent since
        await message.reply_text(said)
        self._edit_noted[user_id] = (message.message_id, said)
        if await self.conversation.confirming(user_id):
            # The note has passed "are you sure?" by, as a photo's note does: it is asked
            # again below it, and only the new one's yes (typed or tapped) erases.
            await self._deliver(update, context,
                                await self.conversation.asked_again(user_id), None)

    async def _left_unanswered(self, user_id: int, draft: Draft, message: Message) -> bool:
        """Whether the edited `message` was sent while the open draft's question on the screen
        was asked (after the message that first showed it), and that question still has no
        answer: nothing of the message stands as its answer."""
        if draft.current is None or draft.current in draft.answers \
                or await self.conversation.prompting(user_id):  # a label or a yes awaited
            return False
        asked_in, number = await self.conversation.asked_in(user_id), _message_id(message)
        if asked_in is None or number is None or number <= asked_in:
            return False
        # a question Telegram did not take is not on the screen: another one is, answered
        return not await self.conversation.undelivered(user_id)

    async def _gave_the_label(self, user_id: int, draft: Draft, message: Message) -> bool:
        """Whether the edited `message` is the one that gave the open draft its label: sent
        as the draft was made, before its first question showed, nothing answered since.
        (/review and Edit, the way to change an answer, do not change a label.)"""
        if draft.answers or len(draft.history) > 1 or not isinstance(message.date, dt.datetime):
            return False
        flow = self.conversation.flow(draft.flow_id)
        if flow is None or flow.spec.for_partners:  # a partner's part is opened by a link
            return False
        asked_in, number = await self.conversation.asked_in(user_id), _message_id(message)
        return asked_in is not None and number is not None and number < asked_in \
            and message.date.timestamp() >= draft.created_at - LABEL_GIVEN_S

    async def not_text(self, update: Update, context: Context) -> None:
        """Photos, voice notes, stickers, files: nothing is stored; what was asked is asked
        again below the note, so the buttons to answer it are at hand. Once for a run of
        them: an album of five photos gets one note and one question, not five of each.
        The run is this instance's to know; the same update sent again, whichever instance
        takes it, is noted once (`_once`)."""
        _, user_id = _chat_and_user(update)
        caption = update.effective_message.caption if update.effective_message else None
        # quoted as an answer is kept: no direction override to turn the note round
        words = clean_line(caption) if isinstance(caption, str) else ""
        kind = _not_text_kind(update.effective_message)
        album = update.effective_message.media_group_id if update.effective_message else None
        run = await self._run_of(update, user_id, kind, album)
        if run is None:
            return  # sent again by Telegram: noted the first time
        still, noted_kind = run
        if still:
            if words and await self._album_caption(context, user_id, album, words):
                return  # quoted in the album's one note (ten photos were ten notes)
            said = None
            if words:  # but words sent with this one are not kept either: said, quoted
                said = await _reply(update, TEXT_ONLY_CAPTION.format(caption=excerpt(words)))
            elif noted_kind != kind:  # a voice note after a photo: not heard
                noted_kind = kind
                said = await _reply(update, TEXT_ONLY_TOO.format(kind=kind))
            if said is not None:
                self._noted[user_id] = (noted_kind, said.message_id)
                await self.conversation.store.noted_upto(user_id, said.message_id)
                if words and album is not None:  # an album come after another photo's note
                    self._album_noted(user_id, album, said, words, None)
            return
        self._noted[user_id] = (kind, None)
        self._albums.pop(user_id, None)
        try:
            asked = await self.conversation.asked_again(user_id)
            # At a child's own words, a photo is most often of their drawing: what to do
            # with it (a description of it typed there would be filed as their words)
            own = next((r.speaker for r in asked if isinstance(r, Question) and r.child_voice),
                       None)
            note = await _reply(update, TEXT_ONLY_CAPTION.format(caption=excerpt(words)) if words
                                else TEXT_ONLY_DRAWN.format(speaker=own) if own
                                else TEXT_ONLY_NAMED.format(kind=kind) if kind in _NAMED_KINDS
                                else TEXT_ONLY)
            if album is not None and note is not None:
                self._album_noted(user_id, album, note, words, None if words else own)
            last = await self._deliver(update, context, asked, None)
            last = last if last is not None else note.message_id if note is not None else None
            self._noted[user_id] = (kind, last)
            if last is not None:
                await self.conversation.store.noted_upto(user_id, last)
        except BaseException:
            self._noted.pop(user_id, None)  # not shown after all: the next one tries again
            self._albums.pop(user_id, None)
            raise

    async def _run_of(self, update: Update, user_id: int, kind: str, album: str | None
                      ) -> tuple[bool, str] | None:
        """Note the update as handled (None when Telegram sent it before, and it was
        answered then); whether it goes on a run already answered with the note, by this
        instance or another on the database (`Noted`), and the kind that run was of. It is
        the run's newest now, or the start of a new one, in the same turn: a photo of the
        same album taken by the other instance meanwhile waits for it, and says nothing."""
        message = update.effective_message
        number = _message_id(message) if message is not None else None
        still = here = self._still_noted(user_id, message)
        was = self._noted[user_id][0] if here else kind
        try:
            async with self.conversation.store.turn(user_id, update.update_id) as turn:
                if turn.handled:
                    return None
                await turn.note()
                there = await turn.noted()
                going_on = there is not None and there.continues(number, album)
                if there is not None and going_on and not here:
                    was = there.kind
                still = here or going_on
                if still and there is not None:
                    await turn.set_noted(Noted(max(there.upto, number or 0), kind,
                                               there.album if going_on else album))
                elif not still and number is not None:
                    await turn.set_noted(Noted(number, kind, album))
        except StorageError as exc:  # answered all the same, as a photo always was
            log.warning("%s (update %s); answered, not noted as handled", " ".join(
                str(exc).split()), update.update_id)
        return still, was

    def _still_noted(self, user_id: int, message: Message | None) -> bool:
        """Whether this instance's note and question are still the last messages in the
        chat: `message` comes straight after the last of them (or after the photos answered
        since without a word), or belongs to the album its
        note answered. Anything since, such as a text another instance answered, took a
        message id between, and the note is due again."""
        noted = self._noted.get(user_id)
        if noted is None:
            return False
        number = _message_id(message) if message is not None else None
        album = self._albums.get(user_id)
        if noted[1] is None or number is None or number <= noted[1] + 1 or (
                album is not None and message is not None
                and message.media_group_id == album[0]):
            if noted[1] is not None and number is not None and number > noted[1]:
                self._noted[user_id] = (noted[0], number)  # this one is the last now
            return True
        del self._noted[user_id]
        self._albums.pop(user_id, None)
        return False

    def _album_noted(self, user_id: int, album: str, note: Message, words: str,
                     own: str | None) -> None:
        """`note` answered the album: the words sent with its later photos are added to it,
        until its photos have all come (`_album_done`)."""
        self._albums[user_id] = (album, note.chat_id, note.message_id,
                                 [words] if words else [], own)
        asyncio.get_running_loop().call_later(ALBUM_WORDS_S, self._album_done, user_id, album)

    def _album_done(self, user_id: int, album: str) -> None:
        """The album's photos have all come by now: the words sent with them are let go (a
        later one of it, if any, is answered with a note of its own)."""
        noted = self._albums.get(user_id)
        if noted is not None and noted[0] == album:
            del self._albums[user_id]

    async def _album_caption(self, context: Context, user_id: int, album: str | None,
                             words: str) -> bool:
        """Words sent with another photo of the album the note answered: added to the
        captions that note quotes, edited in place (one note for the album, every caption in
        it to copy). False, nothing done, for any other message, or when Telegram refused
        the edit (the words are then quoted in a note of their own, as before)."""
        noted = self._albums.get(user_id)
        if album is None or noted is None or noted[0] != album:
            return False
        _, chat_id, message_id, captions, own = noted
        quoted = '", "'.join(excerpt(caption) for caption in [*captions, words])
        # (a note about the child's drawing keeps what to do with it: the album's first
        # photo, with no words, was taken for it, and the words came with a later one)
        note = TEXT_ONLY_CAPTION.format(caption=quoted) if own is None else \
            TEXT_ONLY_DRAWN.format(speaker=own) + " " + DRAWN_WORDS.format(caption=quoted)
        try:
            await context.bot.edit_message_text(note, chat_id=chat_id, message_id=message_id)
        except TelegramError as exc:
            log.debug("an album's note could not be edited: %s", type(exc).__name__)
            return False
        captions.append(words)
        return True

    async def button(self, update: Update, context: Context) -> None:
        """An inline button: an answer, a command, a menu choice or a confirmation."""
        query = update.callback_query
        if query is None:
            return
        pressed = read_button(query.data or "")
        if pressed is None:
            _nothing_done(update, context)
            await sending.quietly(query.answer(STALE_TOAST))
            return
        exporting = isinstance(pressed.given, Command) and pressed.given.name == "export"
        if exporting and not await first_time(self.conversation.store, query.from_user.id,
                                              update.update_id, reading=True):
            await sending.quietly(sending.answer(context.bot, query.id))
            return  # sent again by Telegram: the documents went the first time
        replies = await self.conversation.handle(
            query.from_user.id, pressed.given, draft_id=pressed.draft_id,
            update_id=None if exporting else update.update_id)  # noted just above
        if any(isinstance(reply, Stale) for reply in replies):
            _nothing_done(update, context)
            await sending.quietly(sending.answer(context.bot, query.id, STALE_TOAST))
            return
        # A press Telegram sent again (a webhook resend) was answered the first time, and
        # Telegram refuses a second answer: that must not turn into "Sorry".
        await sending.quietly(sending.answer(context.bot, query.id))
        if exporting:
            # Export under an earlier draft's summary (another draft open since): that one's
            # documents, as "/export KB-12" sends them; none once it is discarded or erased.
            assert isinstance(pressed.given, Command)
            await self.export(update, context, pressed.given.arg, button=True, noted=True)
            return
        kept = isinstance(pressed.given, Command) and pressed.given.name in ("keep", "next",
                                                                           "replace")
        await self._deliver(update, context, replies, query, kept=kept)

    async def export(self, update: Update, context: Context, words: str = "", *,
                     noted: bool = False, button: bool = False) -> None:
        """Send the current draft's summary as documents; with `words` naming another draft
        ("/export KT-2"), that one's, opened first (the open draft's were sent). From a
        `button`, the words are its draft's id. Once for an update Telegram sends again
        (`noted`: the update is noted as handled already)."""
        chat_id, user_id = _chat_and_user(update)
        if not noted and not await first_time(self.conversation.store, user_id,
                                              update.update_id, reading=True):
            return  # sent again by Telegram: the documents went the first time
        if button and words and await self.conversation.load(user_id, words) is None:
            # handed to a colleague, it is kept, as theirs: said so ("no longer kept" read
            # as the case erased)
            handed = await self.conversation.handed_draft(user_id, words)
            await context.bot.send_message(chat_id, handed or EXPORT_GONE)
            return
        one = None if button else _one_format(words)
        if one is not None and seen_as(words) in {
                seen_as(d.label) for d in await self.conversation.drafts(user_id, status=None)}:
            one = None  # a draft's whole label that is or ends in such a word ("Fam Word")
        if one is not None:
            words = one[1]  # the draft named beside the kind ("/export KB-12 text"), or none
        opened = await self.conversation.open_named(user_id, words) if clean_line(words) \
            else []
        # several drafts go by those words: each button sends that one's documents (they
        # were "Continue" buttons, which opened it at its question and sent none)
        opened = [replace(r, action="export") if isinstance(r, Menu) else r for r in opened]
        await self._deliver(update, context, opened, None)
        if any(isinstance(r, Menu) or (isinstance(r, Notice) and r.kind == "problem")
               for r in opened):
            return  # several drafts go by those words (which, first), or none does
        files = await self._exporter(user_id) if self._exporter else []
        if one is not None:
            files = [f for f in files if f[0].endswith(f".{one[0]}")] or files
        if not files:
            await context.bot.send_message(chat_id, "There's no draft to export yet. /resume "
                                           "opens one, /new starts one.")
            return
        for filename, data in files:
            await context.bot.send_document(chat_id, InputFile(data, filename=filename))
        # the documents go below the open draft's question, as a menu does: a line typed
        # under them is not its answer
        await self.conversation.over_a_look(user_id)
        # an answer a reminder holds back is not in them: pasted into a referral form as the
        # whole draft, the documents lacked it without a word
        held = await self.conversation.held_out(user_id, "these documents")
        if held is not None:
            await context.bot.send_message(chat_id, f"{held} Once it is answered, /export "
                                           "sends the documents with it.")

    async def error(self, update: object, context: Context) -> None:
        """Log what failed (type and update id only) and tell the user their answers are safe."""
        error = context.error
        frame = error.__traceback__ if error else None
        while frame is not None and frame.tb_next is not None:
            frame = frame.tb_next
        where = f"{frame.tb_frame.f_code.co_filename}:{frame.tb_lineno}" if frame else "?"
        update_id = update.update_id if isinstance(update, Update) else None
        wait = not_delivered(error)
        if wait is not None and isinstance(update, Update):
            await self._send_again_later(update, context, wait)
        if isinstance(error, Forbidden):  # blocked by the user: nothing to fix, nobody to tell
            log.info("Telegram refused to deliver the reply to update %s (the person has "
                     "blocked the bot); the update itself was handled as usual", update_id)
            return
        if isinstance(error, BadRequest) and "chat not found" in error.message.lower():
            # the chat is gone (the person deleted it, or their account): an apology could
            # not reach it either, and there is nothing for an operator to mend
            log.info("Telegram no longer knows the chat of update %s, so its reply was not "
                     "delivered; the update itself was handled as usual", update_id)
            return
        if isinstance(error, RetryAfter | TimedOut):
            # The conversation commits before it replies, and a chat Telegram is holding back
            # (flood control, after the rate limiter's own retry) gets no apology on top.
            log.warning("a reply to update %s was not delivered (Telegram %s); what the update "
                        "changed was saved before replying, and /show asks the question again",
                        update_id, _refused(error))
            return
        unsaved = context.bot_data.get(UNSAVED)
        if isinstance(error, Unavailable) and isinstance(unsaved, Unsaved) \
                and isinstance(update, Update):
            # the database out of reach, not this update's own fault: it is tried again
            told = unsaved.fail(update.update_id)
            log.error("%s (update %s; %s)", " ".join(str(error).split()), update_id,
                      unsaved.again(update, context))
            if not told:
                return  # the practitioner was told at the first try
        elif isinstance(error, StorageError):  # one sentence for the operator; no answer text
            log.error("%s (%s)", " ".join(str(error).split()), _handling(update, context))
        else:
            log.error("%s while handling %s (at %s)", type(error).__name__,
                      _handling(update, context), where)
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is not None and chat.type == ChatType.PRIVATE:  # never into a group
            try:
                await context.bot.send_message(chat.id, SORRY)
            except TelegramError:
                log.warning("could not send the apology for update %s", update_id)

    # --- plumbing -----------------------------------------------------------------------------

    async def _send_again_later(self, update: Update, context: Context, wait: float) -> None:
        """A reply Telegram did not take (the answer before it saved): what the sender is
        asked is sent again once Telegram takes messages again (`bot.redelivery`); only
        for someone the bot serves, in their own chat."""
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None or chat.type != ChatType.PRIVATE or chat.id != user.id:
            return
        try:
            if not await self._admitted(user.id):
                return
        except StorageError:
            return  # logged where it failed; the next message asks again
        self._redelivery.schedule(context.application, update, wait)

    async def _deliver_again(self, update: Update, context: Context,
                             replies: list[ConversationReply]) -> None:
        await self._deliver(update, context, replies, None, again=True)

    async def _handle(self, update: Update, context: Context, given: Input, *,
                      replied_to: RepliedTo | None = None, forwarded: bool = False,
                      sent_as: int | None = None, piece: Piece | None = None) -> None:
        _, user_id = _chat_and_user(update)
        replies = await self.conversation.handle(user_id, given, update_id=update.update_id,
                                                 replied_to=replied_to, forwarded=forwarded,
                                                 sent_as=sent_as, piece=piece)
        await self._deliver(update, context, replies, None)

    async def _deliver(self, update: Update, context: Context, replies: list[ConversationReply],
                       query: CallbackQuery | None, *, kept: bool = False,
                       again: bool = False) -> int | None:
        """Send the replies; `kept`: the press was a note's Keep button; `again`: what
        Telegram refused before, sent again (`bot.redelivery`). Returns the id of the last
        message sent, if any was."""
        chat_id, user_id = _chat_and_user(update)
        last: int | None = None
        pressed = query.message if query is not None else None
        for reply in replies:
            if isinstance(reply, Review):
                vars(context)[REVIEWED] = reply.draft_id
            if isinstance(reply, Answered):
                await self._show_answer(context, chat_id, reply, pressed, kept)
                # A later answer in the same turn (/next: the line held beside the kept one
                # answers the next question) is not the pressed message's.
                pressed, kept = None, False
                continue
            shown_in = sent_id = None
            # A summary is made ready beside the event loop, not on it: one mapping's is
            # milliseconds, and one full of "<" and "&" most of a second, which everyone's
            # next reply would otherwise wait behind.
            messages = await asyncio.to_thread(views.render, reply) \
                if isinstance(reply, SummaryReply) else views.render(reply)
            ending = reply if isinstance(reply, SummaryReply) and reply.final \
                and not reply.for_partners else None
            done = await self.conversation.parts_shown(user_id, ending.draft_id, ending.nonce) \
                if ending is not None and again else 0
            for n, message in enumerate(messages, start=1):
                if n <= done:
                    continue  # reached the phone before Telegram refused the next part
                if message.edit_in_place and pressed is not None:
                    await sending.quietly(sending.edit(context.bot, chat_id,
                                                       pressed.message_id, message.html,
                                                       message.keyboard))
                    if isinstance(reply, Question):
                        shown_in = pressed.message_id  # that message shows it now
                    continue
                sent = await sending.send(context.bot, chat_id, message.html, message.keyboard)
                sent_id = last = sent
                if isinstance(reply, Question):
                    shown_in = sent  # the last part carries the buttons
                elif ending is not None and message.keyboard is not None:
                    # the summary at the end reached them, with its Export button: not sent
                    # again (`bot.redelivery`), though the line after it fails (it came twice)
                    await self.conversation.delivered(user_id, ending.draft_id, ending.nonce)
                elif ending is not None and n < len(messages) - 1:
                    # a part before the last (with its buttons): sent again, the summary
                    # goes on after it (the first part came twice, out of order)
                    await self.conversation.part_shown(user_id, ending.draft_id, ending.nonce,
                                                       n)
            if isinstance(reply, Question | Nudge):
                await self.conversation.delivered(user_id, reply.draft_id, reply.nonce, shown_in)
            elif isinstance(reply, Confirm | AskLabel) and sent_id is not None:
                # what a typed yes, no or label is read against (`Conversation.prompted`)
                await self.conversation.prompted(user_id, sent_id)
        return last

    async def _show_answer(self, context: Context, chat_id: int, reply: Answered,
                           pressed: MaybeInaccessibleMessage | None, kept: bool = False) -> None:
        """Put the answer into the question's message: the one pressed, or the one the
        conversation says showed it (in a private chat, the chat is the user's)."""
        html = views.answered(reply)
        if kept and pressed is not None and reply.message is not None \
                and pressed.message_id != reply.message:
            # Pressed under a note about the answer (its Keep button), not under the question:
            # the note says it was kept, the question's own message shows the answer once.
            await sending.quietly(sending.edit(context.bot, chat_id, pressed.message_id,
                                               views.KEPT))
            await sending.quietly(sending.edit(context.bot, chat_id, reply.message, html))
            return
        if pressed is not None:
            await sending.quietly(sending.edit(context.bot, chat_id, pressed.message_id, html))
        if reply.message is not None and not (
                pressed is not None and pressed.message_id == reply.message):
            await sending.quietly(sending.edit(context.bot, chat_id, reply.message, html))


def own_update(update: Update, bot_id: int) -> bool:
    """Whether a private chat's update is the sender's own: in their chat with the bot (a
    private chat's id is the user's), and a press on one of the bot's own messages. Telegram
    sends no other; a hand-made one is refused, so that nothing is said in another chat."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.id != user.id:
        return False
    query = update.callback_query
    pressed = query.message if query is not None else None
    author = pressed.from_user if isinstance(pressed, Message) else None
    return author is None or author.id == bot_id


def _moved(update: Update) -> bool:
    """Whether the update is a live location moving: Telegram sends the message that shared
    it, edited, each time the sender moves, for as long as it is live (hours). Nobody typed
    it, and its first showing had the note photos get; an edit with no words is not told
    "I don't read edited messages" (nor is an answer said to stand) each time."""
    edited = update.edited_message
    return edited is not None and edited.text is None and edited.caption is None


def replied_to(message: Message) -> RepliedTo | None:
    """The message of this chat that `message` replies to (Telegram's Reply), with the draft
    and question its buttons were for, if it has buttons of ours; None when it replies to
    nothing (a reply to another chat's message, `external_reply`, is not one of ours)."""
    earlier = message.reply_to_message
    if earlier is None or not isinstance(earlier.message_id, int) \
            or isinstance(earlier.message_id, bool):
        return None
    markup = earlier.reply_markup
    rows = markup.inline_keyboard if markup is not None else ()
    for row in rows:
        for button in row:
            data = button.callback_data
            pressed = read_button(data) if isinstance(data, str) else None
            given = pressed.given if pressed is not None else None
            nonce = getattr(given, "nonce", None)
            if pressed is not None and pressed.draft_id and isinstance(nonce, int):
                return RepliedTo(earlier.message_id, pressed.draft_id, nonce)
            if isinstance(given, Confirmation) and given.token:
                return RepliedTo(earlier.message_id, token=given.token)
    return RepliedTo(earlier.message_id)


def _message_id(message: Message) -> int | None:
    """The message's id in its chat (they only grow), when it is one."""
    given = message.message_id
    return given if isinstance(given, int) and not isinstance(given, bool) else None


def _forwarded_from(message: Message) -> int | None:
    """The id of the user (or bot) whose message this is a forward of, when Telegram says."""
    origin = message.forward_origin
    if isinstance(origin, MessageOriginUser) and isinstance(origin.sender_user.id, int):
        return origin.sender_user.id
    return None


def _chat_and_user(update: Update) -> tuple[int, int]:
    """The chat and user ids (the gate has already stopped updates that lack them)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        raise ApplicationHandlerStop
    return chat.id, user.id


def _handling(update: object, context: Context) -> str:
    """What an error came from, for its log line: the update, or the scheduled job."""
    if isinstance(update, Update):
        return f"update {update.update_id}"
    if context.job is not None:
        return f"the scheduled job {context.job.name}"
    return "no update"


def _refused(error: RetryAfter | TimedOut) -> str:
    """How Telegram turned a reply away, for the log."""
    if isinstance(error, TimedOut):
        return "did not answer in time"
    return f"refused it for flood control, retry after {as_seconds(error.retry_after):.0f} s"


async def _reply(update: Update, text: str) -> Message | None:
    if update.effective_message is not None:
        return await update.effective_message.reply_text(text)
    return None


def _not_text_kind(message: Message | None) -> str:
    """What a message that is not text is, as its sender would call it."""
    if message is None:
        return "message"
    if message.voice or message.audio or message.video_note:
        return "voice note"
    return next((name for name, there in (
        ("photo", message.photo), ("video", message.video), ("sticker", message.sticker),
        ("file", message.document), ("location", message.location or message.venue),
        ("contact", message.contact)) if there), "message")
