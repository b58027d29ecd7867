"""A question Telegram did not take, sent again once it takes messages again.

The answer before it was saved first (the conversation commits before it replies), but the
next question's message failed: Telegram answered 5xx, or "retry after N" past the flood
control's own retry, or did not answer in time. Nothing reached the phone, or only the
apology; the practitioner, waiting for a question that never came, had to guess that /show
would bring it. The question (or a new draft's label prompt) is sent again after a pause,
and again, further apart, while Telegram still refuses it, until it is shown or the person
has written since (and been asked again then). Nothing of what is asked is logged.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import Application, ContextTypes

from bot.conversation import Conversation
from bot.flood import as_seconds
from bot.logs import user_ref
from bot.wording import ConversationReply
from storage.errors import StorageError

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
# Seconds before each try: soon after a moment's trouble, then further apart, the last
# five minutes on from the one before (about half an hour in all).
WAITS_S = (2.0, 5.0, 10.0, 20.0, 40.0, 80.0, 160.0, 300.0, 300.0, 300.0, 300.0, 300.0)
MARGIN_S = 1.0  # past the wait Telegram asks for
Deliver = Callable[[Update, Context, list[ConversationReply]], Awaitable[None]]
# What else a person is owed when nothing of the conversation is (a partner's offer to send,
# `bot.teams`): True when it was sent.
Owed = Callable[[int, Context], Awaitable[bool]]


def not_delivered(error: object) -> float | None:
    """The pause before trying again when `error` says a message did not reach Telegram;
    None for any other error (a refusal for good, a fault of the bot's own)."""
    if isinstance(error, RetryAfter):
        return as_seconds(error.retry_after) + MARGIN_S
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        return WAITS_S[0]  # a 5xx, the connection lost, or no answer in time
    return None


class Redelivery:
    """At most one try waiting per person, in the application's job queue (dropped when the
    bot stops: the next start has nothing of it, and the person's next message asks again)."""

    def __init__(self, conversation: Conversation, deliver: Deliver,
                 owed: Owed | None = None) -> None:
        self._conversation = conversation
        self._deliver = deliver
        self._owed = owed
        self._waiting: set[int] = set()

    def schedule(self, app: Application[Any, Any, Any, Any, Any, Any], update: Update,
                 wait: float, tries: int = 0) -> None:
        """Try to show `update`'s sender what they are asked in `wait` seconds."""
        user = update.effective_user
        if user is None or app.job_queue is None or tries >= len(WAITS_S) \
                or (tries == 0 and user.id in self._waiting):
            return
        self._waiting.add(user.id)
        log.info("what %s is asked did not reach Telegram: it is sent again in %.0f s",
                 user_ref(user.id), wait)
        app.job_queue.run_once(self._try, when=wait, data=(update, tries),
                               name="redelivery")

    async def _try(self, context: Context) -> None:
        data = context.job.data if context.job is not None else None
        if not isinstance(data, tuple):
            return
        update, tries = data
        if not isinstance(update, Update) or update.effective_user is None \
                or not isinstance(tries, int):
            return
        user_id = update.effective_user.id
        again: float | None = None
        try:
            asked = await self._conversation.undelivered(user_id)
            if asked:
                await self._deliver(update, context, asked)
            if asked or (self._owed is not None and await self._owed(user_id, context)):
                log.info("what %s is asked reached them at the %s try", user_ref(user_id),
                         _nth(tries + 2))
        except StorageError as exc:
            log.warning("%s; what %s is asked is not sent again", " ".join(str(exc).split()),
                        user_ref(user_id))
        except Exception as exc:  # said in one line, never the text sent
            again = not_delivered(exc)
            if again is None:
                log.warning("what %s is asked could not be sent again (%s)", user_ref(user_id),
                            type(exc).__name__)
        finally:
            self._waiting.discard(user_id)
        if again is not None and tries + 1 < len(WAITS_S):
            self.schedule(context.application, update, max(again, WAITS_S[tries + 1]),
                          tries + 1)
        elif again is not None:
            log.warning("what %s is asked still did not reach Telegram; it is asked again "
                        "when they next write", user_ref(user_id))


def _nth(n: int) -> str:
    return {2: "second", 3: "third"}.get(n, f"{n}th")
