"""The Telegram application: handlers registered on a real python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import functools
import gc
import logging
import os
import ssl
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
from telegram import BotCommand, LinkPreviewOptions, Update
from telegram.error import InvalidToken, RetryAfter, TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    Defaults,
    Job,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot import message_kinds, redelivery, sending
from bot.config import ConfigError, Settings
from bot.conversation import Conversation
from bot.flood import ChatFloodControl
from bot.handlers import Exporter, Handlers, fails_closed, in_sequence, reported
from bot.instances import Receiving
from bot.logs import FLOOD_REPORTED_ONCE, RATE_LIMITER_LOG
from bot.polling import UpdatesRequest
from bot.ratelimit import Limiter, RateLimiter, SharedRateLimiter
from bot.run import run_bot, start_polling
from bot.teams.conversation import TeamConversation
from bot.teams.handlers import TeamHandlers
from bot.teams.handover import Handing
from bot.teams.partners import NOTICE_GRACE_S, Partners, owed_before, tell_owed
from bot.teams.sharing import Sharing
from bot.teams.team import Team
from bot.turns import TurnsFirst, in_turn, sender
from flows import commands, nudges
from flows.commands import MENU
from flows.regex import compile_all, seal_cache, stop_cache, use_cache
from flows.regex_cache import default_folder
from storage import retention as retention_rules
from storage.contract import PurgeReport, Reminder, Store
from storage.errors import StorageError
from storage.locks import UserLocks
from storage.retention import LOG_LEFT
from storage.teams import TeamStore

# python-telegram-bot's documented opt-in: RetryAfter.retry_after as a timedelta, without the
# deprecation warning that reading it as seconds gives since v22.2.
os.environ.setdefault("PTB_TIMEDELTA", "1")
log = logging.getLogger(__name__)
# A 429 is retried once by the rate limiter (after the wait Telegram asks for, holding back
# only that chat: bot/flood.py); the retention job keeps what still fails due and tries again
# later.
FLOOD_RETRIES = 1
TOKEN_CHECK = 300.0  # seconds between asking Telegram whether the token still holds
# After the database refused a retention run: tried again this soon, not the next day.
RETENTION_RETRY_S = (300.0, 900.0, 1800.0, 3600.0)
YOUNG_OBJECTS = 10_000  # allocations between young collections (Python's default: 700)



class ForgetfulApplication(Application):  # type: ignore[type-arg]
    """python-telegram-bot's Application, noting no one who wrote, and taking each person's
    updates one at a time in the order they came.

    Without persistence, python-telegram-bot still adds the chat and user id of every update
    to two sets that only persistence ever empties: the id of everyone who ever wrote, a
    stranger who wrote once included, stayed in memory as long as the process ran. sosbot
    keeps its state in the database, never in `user_data` or `chat_data`: nothing to note.

    Updates are handled side by side (`concurrent_updates`), but one person's wait for each
    other, from before the first wait to the last reply sent. From the start: the gate reads
    the database (a member's or partner's standing, the shared rate of messages) before the
    turn, and a read that is slow for one message would let the next overtake it and answer
    its question; python-telegram-bot starts updates in the order they arrived. To the last
    reply: an answer typed while the previous reply is on its way is not mistaken for a
    resend after a reply that never arrived (`Conversation.delivered`), and a link tapped
    twice is opened once, the second tap finding the first's work done. While polling, the
    turn is taken before python-telegram-bot's place for the update (`bot.turns`), so one
    person's updates waiting for each other hold no place anyone else's could use.
    """

    __slots__ = ("_in_turn",)

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._in_turn = UserLocks()  # a lock per user only while in use: none kept per user gone

    async def process_update(self, update: object) -> None:
        try:
            user_id = sender(update)
            if user_id is None or in_turn(user_id):  # polling: `TurnsFirst` took the turn
                await super().process_update(update)
                return
            async with self._in_turn.held(user_id):
                await super().process_update(update)
        finally:
            commands.forget()  # the message's words, kept only while it is handled
            nudges.forget()  # ... and the answer the wording checks read last

    def _mark_for_persistence_update(self, *, update: object | None = None,
                                     job: Job[Any] | None = None) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)


def build_application(settings: Settings, conversation: Conversation, *,
                      request: BaseRequest | None = None,
                      get_updates_request: BaseRequest | None = None,
                      exporter: Exporter | None = None,
                      limiter: Limiter | None = None,
                      flood_control: bool = True) -> Application:  # type: ignore[type-arg]
    """The bot, ready to initialise: every handler, the error handler and the command menu.

    `flood_control=False` drops the throttle that keeps sends within Telegram's limits: only
    for the benchmark, which measures what the bot itself can do (bench/README.md).
    """
    if not settings.telegram_bot_token:
        raise ConfigError("TELEGRAM_BOT_TOKEN: missing. Ask @BotFather for a token and put it "
                          "in .env (see .env.example).")
    root = settings.api_root
    # The requests python-telegram-bot's builder would make: many sends at once, one poll.
    bot = sending.TopicBot(settings.telegram_bot_token, base_url=f"{root}/bot",
                      base_file_url=f"{root}/file/bot",
                      request=request or HTTPXRequest(
                          connection_pool_size=256, httpx_kwargs={"verify": trusted()}),
                      get_updates_request=get_updates_request or UpdatesRequest(
                          httpx_kwargs={"verify": trusted()}),
                      rate_limiter=ChatFloodControl(FLOOD_RETRIES) if flood_control
                      else None,
                      # A link in what the bot sends (a partner's answer in the lead's review,
                      # a name or a label) without Telegram's preview of the page, as
                      # `sending` sends each question and answer.
                      defaults=Defaults(link_preview_options=LinkPreviewOptions(
                          is_disabled=True)))
    logging.getLogger(RATE_LIMITER_LOG).addFilter(FLOOD_REPORTED_ONCE)  # once, however often
    app: Application = (  # type: ignore[type-arg]
        Application.builder().bot(bot).application_class(ForgetfulApplication)
        .concurrent_updates(TurnsFirst()).build())
    # for the webhook's /healthz, and for polling to ask whether an update it hands in
    # again was written over since (`bot.handlers.HandedInAgain`)
    app.bot_data["store"] = conversation.store
    rules = Team(TeamStore(conversation.store), settings.allowed_users)
    team = TeamHandlers(rules, MENU, conversation=conversation)
    if isinstance(conversation, TeamConversation):  # partners and sharing need its summaries
        team = TeamHandlers(rules, MENU, Partners(conversation, rules),
                            Sharing(rules, conversation), Handing(rules, conversation),
                            conversation=conversation)
    handlers = Handlers(conversation, settings.allowed_users, limiter=limiter, exporter=exporter,
                        admits=team.team.admits, refusal=team.team.refusal,
                        owed=team.owed)
    register(app, handlers, team)
    if not settings.allowed_users:
        log.warning("SOSBOT_ALLOWED_USERS is empty: no admins; only members (and their partners) "
                    "can use the bot, and `sosbot invite` makes the links to join")
    return app


@functools.cache
def trusted() -> ssl.SSLContext:
    """The certificates the bot's requests to Telegram trust, as httpx reads them by default
    (SSL_CERT_FILE or SSL_CERT_DIR where set, else certifi's), read once a process: each
    request read its own, a few tens of milliseconds of every start, twice, and of every bot
    a test starts in its process."""
    return httpx.create_ssl_context()


def limiter_for(settings: Settings, store: Store) -> Limiter:
    """The per-user rate limit: in memory for the one process SQLite allows, in the database
    when several instances may share it (a user's updates can reach any of them)."""
    burst, per_minute = settings.rate_burst, settings.rate_per_minute
    return SharedRateLimiter(store.spend, burst, per_minute) if store.shared \
        else RateLimiter(burst, per_minute)


def register(app: Application, handlers: Handlers,  # type: ignore[type-arg]
             team: TeamHandlers | None = None) -> None:
    """Wire the handlers: the gate first, then commands, answers, buttons and the rest."""
    new_message = filters.UpdateType.MESSAGE
    app.add_handler(TypeHandler(Update, in_sequence(
        reported(handlers.in_order),  # none handed in late
        reported(sending.in_topic),  # replies go there
        fails_closed(handlers.well_formed),
        *([] if team is None else [fails_closed(team.before_gate)]),  # links, partners
        fails_closed(handlers.gate))), group=-1)
    # (each kind of new message is `filters.UpdateType.MESSAGE & ...` in one call: every typed
    # answer is asked about each kind before text, `bot.message_kinds`)
    # A text sent through another bot (an inline bot's result): not the practitioner's words.
    app.add_handler(MessageHandler(message_kinds.VIA_BOT_TEXT, handlers.via_bot))
    # A forwarded message, before any command handler: someone else's words, never a command.
    app.add_handler(MessageHandler(message_kinds.FORWARDED_TEXT, handlers.forwarded))
    if team is not None:
        team.register(app)
        app.bot_data["team"] = team
    app.add_handler(MessageHandler(message_kinds.COMMAND, handlers.command))
    app.add_handler(MessageHandler(message_kinds.TEXT, handlers.text))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE, handlers.edited))
    # A change to the chat itself (a message pinned, an auto-delete timer, a wallpaper) is
    # nothing the person wrote: it is neither an answer nor a photo to say "text only" to.
    app.add_handler(MessageHandler(new_message & ~filters.StatusUpdate.ALL, handlers.not_text))
    app.add_error_handler(handlers.error)
    blocking(app)


def blocking(app: Application) -> None:  # type: ignore[type-arg]
    """Each handler that waits for its update's handling to end (python-telegram-bot's
    default: every one of sosbot's, as `bot.defaults` sets nothing else) said to, outright.
    Left to the default, python-telegram-bot asks at every handler run, three an update,
    whether the bot's defaults say otherwise: an isinstance of the bot's class, an abstract
    base class (its check a call into Python each time, where a plain class's is not)."""
    for group in app.handlers.values():
        for handler in group:
            if handler.block:  # python-telegram-bot's default value reads as True
                handler.block = True


async def set_commands(app: Application) -> None:  # type: ignore[type-arg]
    """Fill the phone's command menu (and the admins' own, with /members)."""
    await app.bot.set_my_commands([BotCommand(name, text) for name, text in MENU])
    team = app.bot_data.get("team")
    if isinstance(team, TeamHandlers):
        await team.set_menus(app)


def settle_memory() -> None:
    """Once start-up is done: its objects (flows, templates, libraries) live as long as the
    process, so the collector stops walking them, and young objects are collected less often.
    Each update makes thousands of short-lived objects; at Python's defaults the collector
    took about 7 % of an update's CPU time (bench/HISTORY.md). The wording checks' patterns
    are compiled first, so that no practitioner's first answer waits for them (a command's
    short run compiles only those it uses: `flows.regex`). Those compiled before are read
    from the cache `started` set up, which is written now, before any update is read
    (`flows.regex_cache`).
    """
    compile_all()
    cache = seal_cache()
    if cache is not None:
        said = log.warning if cache.refused else log.info
        said("wording patterns: %d read from the cache in %s, %d compiled%s",
             cache.read_from_file, cache.folder, cache.compiled,
             f"; the cache file was refused: {cache.refused}" if cache.refused else "")
        if cache.unwritten:
            log.info("wording patterns: the cache in %s %s; they are compiled at each start",
                     cache.folder, cache.unwritten)
    gc.collect()
    gc.freeze()
    gc.set_threshold(YOUNG_OBJECTS, 10, 10)


# How long the event loop may keep the GIL once aiosqlite's thread asks for it (Python's own
# default is 5 ms).
GIL_HAND_OVER = 0.00025


def settle_threads() -> float:
    """Let aiosqlite's thread have the GIL back within `GIL_HAND_OVER` of asking; returns
    the interval it replaces.

    A commit gives up the GIL and takes it back a dozen times (each statement, the disk,
    handing the result back). While the event loop is busy with other updates, each taking
    back waited for Python's switch interval, 5 ms: with the loop kept busy, a turn's commit
    took hundreds of milliseconds at the median, against about 10 at 0.25 ms
    (`bench/handover.py`, bench/README.md). The thread holds the GIL only for a few
    microseconds at a time, so handing over sooner costs the loop next to nothing."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(GIL_HAND_OVER)
    return before


@asynccontextmanager
async def started(settings: Settings, *, settle: bool = False,
                  stop: asyncio.Event | None = None, token_check: float = TOKEN_CHECK,
                  receiving: Receiving = "polling",
                  ) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """`_started`; with `settle`, the checks' patterns are read from the cache on disk where
    they are there as compiled at the last start (`flows.regex_cache`), and written once all
    are compiled (`settle_memory`)."""
    folder = default_folder(os.environ) if settle else None
    if folder is not None:
        use_cache(folder, writes=True)
    try:
        async with _started(settings, settle=settle, stop=stop, token_check=token_check,
                            receiving=receiving) as app:
            yield app
    finally:
        stop_cache()  # (sealed already, unless start-up failed before settling)


@asynccontextmanager
async def _started(settings: Settings, *, settle: bool = False,
                   stop: asyncio.Event | None = None, token_check: float = TOKEN_CHECK,
                   receiving: Receiving = "polling",
                   ) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The bot started (menu set, retention scheduled) over an open database; stopped and the
    database closed on the way out. Receiving updates (polling or webhook) is the caller's.

    `settle` (what `sosbot run` does, the process being the bot's own): `settle_memory` and
    `settle_threads` once started (the switch interval is put back on the way out). `stop`:
    set when Telegram rejects the token while running (checked every `token_check` seconds);
    the rejection is then raised on the way out, so the process ends with one line instead
    of idling (polling gives up on a rejected token, and Telegram stops posting to the
    webhook). `receiving`: the caller's way, refused beside instances serving the other way
    on a shared database (`bot.instances`).
    """
    from bot.exporting import exporter_for
    from bot.keys import require_key
    from bot.logs import use_ref_key
    from bot.services import open_services
    from flows.loader import load_flows

    flows = load_flows()
    sealer = require_key(settings, settings.database())
    use_ref_key(sealer.keys[0].secret)  # a user's reference in the logs: the same all day
    rejected: list[InvalidToken | StorageError] = []

    def lost(exc: StorageError) -> None:
        """A key rotated beside this instance (PostgreSQL had dropped its lock): every message
        would fail, so it stops, saying why in its last line (systemd starts it again)."""
        rejected.append(exc)
        if stop is not None:
            stop.set()
        else:
            log.error("%s", " ".join(str(exc).split()))

    async with open_services(settings, settings.database(), flows,
                             sealer=sealer, lost=lost, receiving=receiving) as conversation:
        app = build_application(settings, conversation, exporter=exporter_for(conversation),
                                limiter=limiter_for(settings, conversation.store))
        async with app:
            await set_commands(app)
            if stop is not None:
                watch_token(app, stop, rejected, every=token_check)
                flood = app.bot.rate_limiter
                if isinstance(flood, ChatFloodControl):  # a stop waits out no pause of Telegram's
                    flood.stop_waiting(stop)
            switch = sys.getswitchinterval()
            log.info("%s", started_line(settings, sealer.keys[0].id))
            try:
                if settle:
                    settle_memory()
                    settle_threads()
                await app.start()
                # Once its scheduler runs: scheduled before (and the wording checks compiled
                # in between took over five seconds on a busy server), the first run was
                # counted from the scheduler's start as a day on, and a bot restarted daily
                # never ran it.
                schedule_retention(app, conversation, settings)
                try:
                    yield app
                finally:
                    try:
                        if app.updater is not None and app.updater.running:
                            await app.updater.stop()
                    except InvalidToken as exc:  # polling had already given up on it
                        rejected.append(exc)
                    finally:
                        await app.stop()
            finally:
                sys.setswitchinterval(switch)
        if rejected:
            raise rejected[0]
    log.info("stopped; the database is closed")


def started_line(settings: Settings, key_id: str) -> str:
    """What the log says at every start, once the database is open: the version, the engine
    and the database (a URL without its password, a file by its full path) and the current
    data key's id, so an operator reading the journal knows which database an instance
    serves and under what."""
    from bot import __version__
    from storage import is_postgres, shown

    target = settings.database()
    where = (f"the PostgreSQL database {shown(target)}" if is_postgres(str(target))
             else f"the SQLite database {Path(target).resolve()}")
    return f"sosbot {__version__} opened {where}, data key {key_id}"


def watch_token(app: Application, stop: asyncio.Event,  # type: ignore[type-arg]
                rejected: list[InvalidToken | StorageError], *, every: float) -> None:
    """Every `every` seconds, ask Telegram who the bot is; a rejected token stops the bot."""
    async def check(context: object) -> None:
        try:
            await app.bot.get_me()
        except InvalidToken as exc:
            log.error("Telegram rejected the token while running (revoked in @BotFather?): "
                      "stopping; set TELEGRAM_BOT_TOKEN to the new token and start again")
            rejected.append(exc)
            stop.set()
        except TelegramError:
            return  # network trouble: polling and the webhook report it themselves

    if app.job_queue is not None:
        app.job_queue.run_repeating(check, interval=every, first=every, name="token")


async def serve(settings: Settings, stop: asyncio.Event, *,
                ready: asyncio.Event | None = None, poll_timeout: int | None = None,
                settle: bool = False, token_check: float = TOKEN_CHECK) -> None:
    """Run the bot in polling mode until `stop` is set; the database is closed on the way out."""
    async with started(settings, settle=settle, stop=stop, token_check=token_check) as app:
        await start_polling(app, poll_timeout=poll_timeout or settings.poll_seconds)
        log.info("polling for updates")
        if ready is not None:
            ready.set()
        await stop.wait()


REMINDER = ("A reminder: your draft \"{label}\" ({title}) will be erased tomorrow under this "
            "bot's retention rules. To finish or export it first, send /resume {label}")
# A partner's part not sent yet: /export is not theirs (a partner's link answers only the
# part), and what matters is that it has not reached the colleague who asked for it.
REMINDER_PART = ("A reminder: your contribution for \"{label}\" will be erased tomorrow under "
                 "this bot's retention rules, and it has not been sent to {lead}. To finish "
                 "and send it first, send /resume {label}")
ERASED_UNREMINDED = ("Your draft \"{label}\" ({title}) has been erased under this bot's "
                     "retention rules: it had been kept as long as they allow, and a reminder "
                     "could not be sent in time. Nothing of it is kept.")


def schedule_retention(app: Application, conversation: Conversation,  # type: ignore[type-arg]
                       settings: Settings, *, every: float = 86_400.0) -> None:
    """Once a day: remind owners of drafts erased tomorrow, then erase what is past its time.

    A reminder Telegram refuses for flood control (429) stays due and is tried again after
    the wait Telegram asked for, so no one's reminder is skipped. A draft this run erases
    is not said to go "tomorrow": its owner is told once it has gone.
    """
    reminders = Reminders(app, conversation, settings)
    failed = 0  # runs in a row the database refused

    async def retention(context: object) -> None:
        nonlocal failed
        report: PurgeReport | None = None
        try:
            async with conversation.store.exclusive("retention") as ours:
                if not ours:  # another instance on this database is running it now
                    return
                started = time.time()
                going = await reminders.send_due(erasing=started)
                report = await conversation.purge(settings, started)
                await reminders.tell_erased(going)
                # Committed: the partners of the mappings it erased are told, not before;
                # with them, those a run stopped (or Telegram out of reach) left untold.
                await tell_owed(app.bot, conversation.store, [
                    *report.owed, *await owed_before(conversation.store,
                                                     started - NOTICE_GRACE_S)])
        except asyncio.CancelledError:
            # The bot is stopping, and its scheduler cancels the jobs still running: an
            # erasure under way rolled back whole; the next start runs it again. Not an error.
            log.info("retention: stopped with the bot before it finished; it runs again at "
                     "the next start")
            return
        except StorageError as exc:
            # Left to the next daily run, drafts past their days were kept a day longer
            # (and the day after, while the fault lasts); the sentence is the operator's.
            wait = RETENTION_RETRY_S[min(failed, len(RETENTION_RETRY_S) - 1)]
            failed += 1
            done = "drafts past their days were not erased" if report is None else \
                f"{retention_said(report, sqlite=not conversation.store.shared)}, but the " \
                "notes owed after it were not all sent"
            log.error("retention: %s: %s; tried again in %.0f minutes", done,
                      " ".join(str(exc).split()), wait / 60)
            queue = app.job_queue
            if queue is not None and not queue.get_jobs_by_name("retention-retry"):
                queue.run_once(retention, when=wait, name="retention-retry",
                               job_kwargs={"misfire_grace_time": None})
            return
        failed = 0
        log.info("retention: %s", retention_said(report, sqlite=not conversation.store.shared))

    if app.job_queue is not None:
        # a run more than a second late (the event loop busy at the time) is run late, not
        # skipped to the next day, as the scheduler does by default
        app.job_queue.run_repeating(retention, interval=every,
                                    first=settings.retention_first_seconds, name="retention",
                                    job_kwargs={"misfire_grace_time": None})


def retention_said(report: PurgeReport, *, sqlite: bool) -> str:
    """A retention run in the log, in words: what it erased, and on SQLite whether the
    write-ahead log was cleared of it (PostgreSQL's WAL is the server's, never cleared here)."""
    said = (f"erased {report.drafts} draft(s), {report.sessions} idle session(s) and "
            f"{report.updates} old update id(s)")
    if not sqlite:
        return said
    if report.wal_problem:
        return f"{said}; {report.wal_problem} {LOG_LEFT}"
    return said + ("; the write-ahead log cleared" if report.wal_cleared else
                   "; part of the write-ahead log remains (another reader held it), cleared "
                   "at the next run")


class Reminders:
    """The retention reminders, sent one run at a time (a retry never overlaps the daily run)."""

    def __init__(self, app: Application, conversation: Conversation,  # type: ignore[type-arg]
                 settings: Settings) -> None:
        self.app, self.conversation, self.settings = app, conversation, settings
        self._lock = asyncio.Lock()
        self._tries = 0  # retries in a row of reminders Telegram did not take

    async def _text(self, reminder: Reminder, title: str) -> str:
        """The reminder; a partner's unsent part names the colleague it is for."""
        conversation = self.conversation
        if isinstance(conversation, TeamConversation):
            answering = await conversation.contributions.answering(reminder.user_id)
            if answering is not None and answering.working_draft == reminder.draft_id:
                invite = await conversation.contributions.teams.invite(answering.invite)
                lead = ((invite.about if invite is not None else None) or {}).get("lead")
                return REMINDER_PART.format(label=reminder.label,
                                            lead=lead or "the colleague who asked for it")
        return REMINDER.format(label=reminder.label, title=title)

    async def send_due(self, *, erasing: float | None = None) -> list[tuple[Reminder, str]]:
        """Send the reminders now due; what Telegram holds back is retried after its wait,
        and what it did not take (a 5xx, out of reach, no answer in time) soon after, as a
        refused question is (`bot.redelivery`'s pauses): left to the next daily run, it was
        sent as the draft was erased. `erasing`: the time the erasure that follows goes by;
        the drafts it erases are not said to go "tomorrow" but returned, for `tell_erased`."""
        async with self._lock:
            wait: float | None = None
            slowed = False
            due = await self.conversation.reminders_due(self.settings, time.time())
            # all of them before any is sent: a send that stops the loop (Telegram out of
            # reach) left those after it to be erased untold
            going = [(reminder, title) for reminder, title in due if erasing is not None
                     and retention_rules.erased_at(reminder, self.settings) <= erasing]
            erased = {reminder.draft_id for reminder, _ in going}
            for reminder, title in due:
                if reminder.draft_id in erased:
                    continue
                try:
                    await self.app.bot.send_message(reminder.user_id,
                                                    await self._text(reminder, title))
                except TelegramError as exc:
                    wait = redelivery.not_delivered(exc)
                    if wait is not None:  # Telegram asked the bot to pause, or took nothing:
                        slowed = isinstance(exc, RetryAfter)
                        break  # the rest stay due
                    log.warning("a retention reminder could not be sent")
                    continue
                await self.conversation.mark_reminded([reminder], time.time())
        if wait is None or self.app.job_queue is None:
            self._tries = 0
            return going
        if slowed:
            log.warning("Telegram asked the bot to slow down: the remaining reminders are "
                        "sent in %.0f s", wait)
        elif self._tries >= len(redelivery.WAITS_S):
            log.warning("the retention reminders still did not reach Telegram; those still "
                        "due are sent at the next daily run")
            self._tries = 0
            return going
        else:
            wait = max(wait, redelivery.WAITS_S[self._tries])
            self._tries += 1
            log.warning("a retention reminder did not reach Telegram: the remaining "
                        "reminders are sent again in %.0f s", wait)
        self.app.job_queue.run_once(self._retry, when=wait, name="retention-reminders")
        return going

    async def tell_erased(self, erased: list[tuple[Reminder, str]], tries: int = 0) -> None:
        """Tell the owners of drafts erased before they could be reminded (the bot stopped
        for days, or the days were shortened) that they are gone, once they are. What
        Telegram did not take (flood control, a 5xx, out of reach) is sent again soon after,
        as a reminder is, while the process runs: dropped, the owner found the draft gone
        with no word of why."""
        for n, (reminder, title) in enumerate(erased):
            if await self.conversation.load(reminder.user_id, reminder.draft_id) is not None:
                continue  # kept after all: changed since the run began
            try:
                await self.app.bot.send_message(reminder.user_id, ERASED_UNREMINDED.format(
                    label=reminder.label, title=title))
            except TelegramError as exc:
                wait = redelivery.not_delivered(exc)
                if wait is None:
                    log.warning("a note that a draft was erased could not be sent")
                    continue
                self._tell_later(erased[n:], wait, tries)
                return

    def _tell_later(self, rest: list[tuple[Reminder, str]], wait: float, tries: int) -> None:
        queue = self.app.job_queue
        if queue is None or tries >= len(redelivery.WAITS_S):
            log.warning("notes that drafts were erased did not reach Telegram: %d not sent",
                        len(rest))
            return
        wait = max(wait, redelivery.WAITS_S[tries])
        log.warning("a note that a draft was erased did not reach Telegram: sent again in "
                    "%.0f s", wait)
        queue.run_once(self._tell_again, when=wait, data=(rest, tries + 1),
                       name="retention-erased")

    async def _tell_again(self, context: Any) -> None:
        rest, tries = context.job.data
        await self.tell_erased(rest, tries)

    async def _retry(self, context: object) -> None:
        # Like the daily run, in one instance at a time: if another instance holds the
        # retention lock now, its run sends what is still due.
        async with self.conversation.store.exclusive("retention") as ours:
            if ours:
                await self.send_due()


def run_polling(settings: Settings) -> int:
    """`sosbot run`: poll until SIGINT or SIGTERM, then close cleanly."""
    return run_bot(settings, functools.partial(serve, settle=True))


def run_webhook(settings: Settings) -> int:
    """`sosbot run --webhook`: serve Telegram's posts until SIGINT or SIGTERM."""
    from bot.webhook import serve_webhook

    return run_bot(settings, functools.partial(serve_webhook, settle=True),
                   needs=settings.webhook_problems())
