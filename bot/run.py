"""`sosbot run`: start the bot, keep it running, and say in one line why it cannot.

Every start-up failure ends in one line on standard error naming the cause and the fix, and
a non-zero exit; the token never appears in any output (the traceback, with the token
redacted, is logged only at DEBUG).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Awaitable, Callable, Sequence

from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application

from bot import stopping
from bot.addressed import ALLOWED_UPDATES
from bot.config import ConfigError, Settings, unit_settings, where_set
from bot.displaced import say_if_taken
from bot.flood import as_seconds
from bot.handlers import UNSAVED, HandedInAgain
from bot.logs import redact
from flows.errors import FlowError
from storage.errors import StorageError

log = logging.getLogger(__name__)

Serve = Callable[[Settings, asyncio.Event], Awaitable[None]]
# Telegram's Conflict while a webhook is set ("can't use getUpdates method while webhook is
# active; use deleteWebhook to delete the webhook first"), not another program polling.
WEBHOOK_SET = "webhook is active"
# How python-telegram-bot's message goes on when an error reply was not JSON (its body follows).
NOT_PARSED = ". Parsing the server response "
# python-telegram-bot's message when a reply of 200 was not JSON: a web page answered (a
# network's sign-in page, a proxy's), not Telegram, whatever the token
NOT_JSON = "Invalid server response"


def run_bot(settings: Settings, serve: Serve, *, needs: Sequence[str] = ()) -> int:
    """Run `serve` until SIGINT, SIGTERM, SIGHUP or SIGQUIT; 0 after a clean stop (one asked
    for while it was starting too: it does not start), else one line and 1 or 2.

    `needs`: one line per setting this mode lacks (each printed, and nothing started).
    """
    if not settings.telegram_bot_token:
        place = unit_settings() or ".env (see .env.example)"  # the unit reads no .env
        return _fail(f"TELEGRAM_BOT_TOKEN: missing. Ask @BotFather for a token and put it in "
                     f"{place}; `sosbot chat` works without one.", 2)
    for line in needs:
        _fail(line, 2)
    if needs:
        return 2

    if stopping.asked():  # asked to stop while starting: nothing is in hand yet
        return 0

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        # SIGHUP too: the terminal or SSH session `sosbot run` was started from has closed,
        # and updates already taken from Telegram are still to be saved and answered.
        for sig in stopping.STOPS:
            loop.add_signal_handler(sig, stop.set)
        for sig in stopping.IGNORED:
            loop.add_signal_handler(sig, log.warning, stopping.IGNORED_SAID, sig.name)
        if stopping.asked():  # in the moment before the loop took the signals over
            return
        await serve(settings, stop)

    try:
        asyncio.run(main())
    except Exception as exc:  # every failure becomes one line, never a traceback
        log.debug("start-up or run failed", exc_info=exc)
        return _fail(problem(exc, settings), 1, settings)
    return 0


def problem(exc: BaseException, settings: Settings) -> str:
    """The one line an operator reads for a failure: the cause, then the fix."""
    root = settings.api_root_shown
    if isinstance(exc, InvalidToken):
        # where it was set (never its value): .env, a shell's export and a unit's env file
        # may each hold one, and the old one is looked for in the wrong place
        where = where_set("TELEGRAM_BOT_TOKEN", settings._read_from, settings._file)
        where = f" ({where})" if where.startswith("set in ") else ""
        also = "" if root == "https://api.telegram.org" else f" and SOSBOT_API_ROOT ({root})"
        return f"Telegram rejected the token: check TELEGRAM_BOT_TOKEN{where}{also}."
    if isinstance(exc, BadRequest) and "webhook" in exc.message.lower():
        # Telegram answered (a 400): the address it was given is what it cannot use
        return (f"Telegram refused the webhook address SOSBOT_WEBHOOK_URL "
                f"({settings.webhook_url}): {said(exc)}; give your reverse proxy's public "
                "https:// address, one Telegram can resolve and reach.")
    if isinstance(exc, RetryAfter):
        # flood control, most often after restarts in quick succession: the token is fine
        return (f"Telegram asked the bot to pause for {as_seconds(exc.retry_after):.0f} s "
                "before calling it again (flood control: restarted many times in a row, or "
                "several instances starting at once?); start it again after that.")
    if isinstance(exc, TimedOut):
        return (f"Telegram's Bot API at {root} did not answer in time: check the network and "
                "SOSBOT_API_ROOT, then start again.")
    if isinstance(exc, NetworkError):
        return (f"Could not reach Telegram's Bot API at {root} ({said(exc)}): check the "
                "network and SOSBOT_API_ROOT, then start again.")
    if isinstance(exc, TelegramError) and exc.message == NOT_JSON:
        return (f"What answered at {root} is not Telegram's Bot API (its reply was not "
                "JSON: a web page, perhaps a proxy's or a network's sign-in page); check "
                "SOSBOT_API_ROOT and the network, then start again.")
    if isinstance(exc, TelegramError):
        return f"Telegram refused to start the bot ({said(exc)}); check TELEGRAM_BOT_TOKEN."
    if isinstance(exc, StorageError | FlowError | ConfigError):
        return " ".join(str(exc).split())
    if isinstance(exc, OSError):
        return (f"{exc.strerror or exc} ({type(exc).__name__}); check the settings that name "
                "files, addresses and ports (SOSBOT_DB, SOSBOT_LISTEN, SOSBOT_PORT).")
    return (f"stopped by an unexpected {type(exc).__name__}; run with SOSBOT_LOG_LEVEL=DEBUG "
            "to see where (the token is never shown).")


def said(exc: TelegramError) -> str:
    """What Telegram (or whatever answered for it) said, without the body of a reply that was
    not JSON: python-telegram-bot's message quotes it whole ("Bad Gateway (502). Parsing the
    server response b'...' failed"), and a proxy's error page, or a getUpdates reply cut
    short with everyone's messages in it, has no place in the log."""
    head, quoted, _ = exc.message.partition(NOT_PARSED)
    return f"{head}; its reply was not JSON" if quoted else exc.message


def _fail(line: str, status: int, settings: Settings | None = None) -> int:
    print("sosbot: " + redact(line, settings.secrets if settings else ()), file=sys.stderr)
    return status


class PollingTrouble:
    """PTB's polling error callback: one clear line per kind of trouble, not a traceback loop.

    PTB retries on its own (waiting up to 30 s between tries); while the trouble lasts the
    line is repeated at most every `every` seconds.
    """

    def __init__(self, *, every: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.every = every
        self._clock = clock
        self._last: dict[str, float] = {}

    def __call__(self, exc: TelegramError) -> None:
        kind, line = self.describe(exc)
        now = self._clock()
        last = self._last.get(kind)
        if last is not None and now - last < self.every:
            return
        self._last[kind] = now
        log.error("%s", line)

    @staticmethod
    def describe(exc: TelegramError) -> tuple[str, str]:
        """A kind (to count repeats) and the line to log."""
        if isinstance(exc, Conflict) and WEBHOOK_SET in exc.message:
            # `sosbot run --webhook` (or another program) set a webhook for this token: the
            # updates go there, and this polling instance gets none while it is set
            return "webhook", (
                "Telegram refuses to be polled: a webhook is set for this bot's token "
                "(Conflict), by `sosbot run --webhook` or another program, and the updates "
                "go there, none to this instance. Run only one of them: stop the one with "
                "--webhook (then start this one again, which removes the webhook), or stop "
                "this one; retrying.")
        if isinstance(exc, Conflict):
            return "conflict", (
                "Telegram reports another program polling with this bot's token (Conflict): "
                "only one `sosbot run` may use a token, so stop the other one (or get a new "
                "token from @BotFather); retrying.")
        if isinstance(exc, NetworkError):
            return "network", (f"Telegram's Bot API cannot be reached ({said(exc)}); "
                               "retrying.")
        return type(exc).__name__, f"Polling for updates failed ({said(exc)}); retrying."


async def start_polling(app: Application, *, poll_timeout: int) -> None:  # type: ignore[type-arg]
    """Poll from where the last run stopped: updates that arrived meanwhile are kept. An
    update the database failed for now is handed in again later (`HandedInAgain`)."""
    assert app.updater is not None
    app.bot_data.setdefault(UNSAVED, HandedInAgain())
    await say_if_taken(app.bot)
    await app.updater.start_polling(poll_interval=0.0, timeout=poll_timeout,
                                    drop_pending_updates=False, error_callback=PollingTrouble(),
                                    allowed_updates=list(ALLOWED_UPDATES))
