"""The Telegram application: handlers registered on a real python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest

from bot.config import ConfigError, Settings
from bot.conversation import Conversation
from bot.handlers import Exporter, Handlers
from bot.ratelimit import RateLimiter

log = logging.getLogger(__name__)

COMMANDS = (
    ("start", "Welcome, your drafts and the tools"),
    ("new", "Start a new draft"),
    ("resume", "Carry on with a draft"),
    ("back", "Go back one question"),
    ("skip", "Skip an optional question"),
    ("help", "Prompts and an example for this question"),
    ("review", "See and edit your answers"),
    ("summary", "The three-column summary so far"),
    ("export", "The summary as documents"),
    ("cancel", "Discard this draft"),
    ("delete", "Erase everything about me"),
    ("privacy", "What is kept, where, for how long"),
    ("about", "What this bot is (and isn't)"),
)


def build_application(settings: Settings, conversation: Conversation, *,
                      request: BaseRequest | None = None,
                      get_updates_request: BaseRequest | None = None,
                      exporter: Exporter | None = None,
                      limiter: RateLimiter | None = None) -> Application:  # type: ignore[type-arg]
    """The bot, ready to initialise: every handler, the error handler and the command menu."""
    if not settings.telegram_bot_token:
        raise ConfigError("TELEGRAM_BOT_TOKEN: missing. Ask @BotFather for a token and put it "
                          "in .env (see .env.example).")
    root = settings.api_root
    builder = (Application.builder().token(settings.telegram_bot_token)
               .base_url(f"{root}/bot").base_file_url(f"{root}/file/bot")
               .concurrent_updates(True))
    if request is not None:
        builder = builder.request(request)
    if get_updates_request is not None:
        builder = builder.get_updates_request(get_updates_request)
    app = builder.build()
    handlers = Handlers(conversation, settings.allowed_users, limiter=limiter, exporter=exporter)
    register(app, handlers)
    if not settings.allowed_users:
        log.warning("SOSBOT_ALLOWED_USERS is empty: the bot will refuse everyone until you "
                    "add practitioners' Telegram user ids")
    return app


def register(app: Application, handlers: Handlers) -> None:  # type: ignore[type-arg]
    """Wire the handlers: the gate first, then commands, answers, buttons and the rest."""
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(TypeHandler(Update, handlers.gate), group=-1)
    app.add_handler(MessageHandler(new_message & filters.COMMAND, handlers.command))
    app.add_handler(MessageHandler(new_message & filters.TEXT, handlers.text))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, handlers.edited))
    app.add_handler(MessageHandler(new_message, handlers.not_text))
    app.add_error_handler(handlers.error)


async def set_commands(app: Application) -> None:  # type: ignore[type-arg]
    """Fill the phone's command menu."""
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in COMMANDS])


async def serve(settings: Settings, stop: asyncio.Event, *,
                ready: asyncio.Event | None = None, poll_timeout: int = 10) -> None:
    """Run the bot in polling mode until `stop` is set; the database is closed on the way out."""
    from bot.exporting import exporter_for
    from bot.keys import require_key
    from bot.services import open_services
    from flows.loader import load_flows

    flows = load_flows()
    sealer = require_key(settings)
    limiter = RateLimiter(settings.rate_burst, settings.rate_per_minute)
    async with open_services(settings, settings.db, flows, sealer=sealer) as conversation:
        app = build_application(settings, conversation, exporter=exporter_for(conversation),
                                limiter=limiter)
        async with app:
            await set_commands(app)
            schedule_retention(app, conversation, settings)
            await app.start()
            assert app.updater is not None
            await app.updater.start_polling(poll_interval=0.0, timeout=poll_timeout,
                                            drop_pending_updates=False)
            log.info("polling for updates")
            if ready is not None:
                ready.set()
            await stop.wait()
            await app.updater.stop()
            await app.stop()


REMINDER = ("A reminder: your draft \"{label}\" ({title}) will be erased tomorrow under this "
            "bot's retention rules. /resume opens it if you want to finish or export it first.")


def schedule_retention(app: Application, conversation: Conversation,  # type: ignore[type-arg]
                       settings: Settings, *, every: float = 86_400.0) -> None:
    """Once a day: remind owners of drafts erased tomorrow, then erase what is past its time."""
    from storage.retention import due_reminders, mark_reminded, purge

    async def retention(context: object) -> None:
        now = time.time()
        store = conversation.store
        reminders = await due_reminders(store, settings, now)
        sent = []
        for reminder in reminders:
            title = conversation.flows[reminder.flow_id].title \
                if reminder.flow_id in conversation.flows else reminder.flow_id
            try:
                await app.bot.send_message(reminder.user_id, REMINDER.format(
                    label=reminder.label, title=title))
                sent.append(reminder)
            except TelegramError:
                log.warning("a retention reminder could not be sent")
        await mark_reminded(store, sent, now)
        report = await purge(store, settings, now)
        log.info("retention: %s", report)

    if app.job_queue is not None:
        app.job_queue.run_repeating(retention, interval=every, first=5.0, name="retention")


def run_polling(settings: Settings) -> int:
    """`sosbot run`: poll until SIGINT or SIGTERM, then close cleanly."""
    if not settings.telegram_bot_token:
        print("sosbot: TELEGRAM_BOT_TOKEN: missing. Ask @BotFather for a token and put it in "
              ".env (see .env.example); `sosbot chat` works without one.", file=sys.stderr)
        return 2

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(settings, stop)

    asyncio.run(main())
    return 0
