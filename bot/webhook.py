"""Webhook mode: a small aiohttp server that Telegram (through a reverse proxy) posts updates to.

Telegram resends an update until it gets a 2xx for it, so the answer is sent only once the
update has been handled (its answer committed, its reply sent): a process stopped or killed
before then loses nothing, Telegram simply sends the update again. (python-telegram-bot's
own webhook server answers before handling, which would lose that update.)
"""

from __future__ import annotations

import asyncio
import errno
import hmac
import ipaddress
import json
import logging
import socket
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

from aiohttp import hdrs, web
from aiohttp.web_protocol import RequestPayloadError
from telegram import Update
from telegram.ext import Application

from bot.addressed import ALLOWED_UPDATES
from bot.config import ConfigError, Settings, where_set, where_to_fill
from bot.decoding import decode_update
from bot.displaced import say_if_taken
from bot.handlers import UNSAVED, Unsaved
from bot.shape import mended, unkeyed
from bot.webhook_runner import Runner
from storage.errors import StorageError

log = logging.getLogger(__name__)

CHECK_HEADER = "X-Telegram-Bot-Api-Secret-Token"
HEALTH_PATH = "/healthz"
HEALTH_WAIT = 10.0  # seconds /healthz waits for a read of the database (a purge may hold it)
# A post with another secret is what every post from Telegram gets while another instance
# (or another bot with this token) set the webhook last with a secret of its own: Telegram
# keeps one secret per bot, so the instances behind one webhook URL must share it.
REFUSED_OTHER = (
    "a post to the webhook with another secret than this instance's SOSBOT_WEBHOOK_SECRET was "
    "refused; if it came from Telegram, the webhook was set last by something with another "
    "secret: every instance behind this webhook URL needs the same SOSBOT_WEBHOOK_SECRET "
    "(restart them all with it)")
REFUSED_UNSIGNED = (
    "a post to the webhook without Telegram's secret header was refused (not from Telegram, "
    "or a proxy that drops the X-Telegram-Bot-Api-Secret-Token header)")
# Anyone who finds the public URL can post to it: a refused post is logged once a minute at
# most (each kind on its own), with how many went unlogged, not a line each.
REFUSED_EVERY = 60.0
MAX_UPDATE_BYTES = 1 << 20  # an update is a few kilobytes; refuse anything absurd unread
# Seconds for a post's body to arrive whole (SOSBOT_WEBHOOK_BODY_SECONDS): Telegram's (or
# nginx's) takes milliseconds.
BODY_WAIT = 10.0
# Seconds a connection may stay without a request under way (SOSBOT_WEBHOOK_IDLE_SECONDS): its
# headers still coming (a client sending them a byte at a time, or never ending them), or
# idle between posts.
# aiohttp has no header timeout, but arms its keep-alive timer as a connection opens and
# closes it when it fires with no request begun; left at aiohttp's hour, a few hundred such
# connections held the bot's file descriptors for that long.
HEADER_WAIT = 10.0
LINGER = 1.0  # seconds spent reading the rest of a post refused unread (a wrong secret)
STALLED = ("a post to the webhook did not arrive whole (%s) and was dropped; if this "
           "repeats, something other than Telegram or the proxy is posting to SOSBOT_PORT")
UNREADABLE = ("a post to the webhook whose body could not be read (%s: its compression or its "
              "chunks were not what its headers said) was refused (400); Telegram's posts are "
              "plain JSON, so a proxy in between is mangling them or something else is "
              "posting to SOSBOT_PORT")
TOO_LARGE = ("a post to the webhook over 1 MB was refused unread (413); Telegram's are a few "
             "kilobytes, so something else is posting to SOSBOT_PORT")
NOT_AN_UPDATE = "the webhook received a post that is not a Telegram update (%s)"
TELEGRAM_INTS = range(-(1 << 63), 1 << 63)  # every id and number Telegram sends fits 64 bits


def webhook_path(url: str) -> str:
    """The path sosbot serves: the path of the public webhook URL ("/" when it has none),
    decoded, as the web server compares it ("%20" is the space a request's path holds)."""
    return unquote(urlsplit(url).path) or "/"


class WebhookServer:
    """Serve `path` (updates, secret checked) and /healthz on `listen`:`port`."""

    def __init__(self, app: Application, *, path: str, secret: str,  # type: ignore[type-arg]
                 listen: str, port: int, read_from: Path | None = None,
                 body_wait: float = BODY_WAIT, header_wait: float = HEADER_WAIT) -> None:
        self.app, self.path, self.listen, self.port = app, path, listen, port
        self._body_wait, self._header_wait = body_wait, header_wait
        self._read_from = read_from  # the settings' --env-file, for where_set
        self._secret = secret.encode()
        self._runner: web.AppRunner | None = None
        self.handled = 0
        self._unsaved = app.bot_data.setdefault(UNSAVED, Unsaved())
        self._closing = asyncio.Event()
        self._refused: dict[str, tuple[float, int]] = {}  # kind: when last logged, since

    def _log_refused(self, why: str) -> None:
        """Log a refused post's `why`, once in REFUSED_EVERY seconds, counting the rest."""
        now = time.monotonic()
        logged, since = self._refused.get(why, (-REFUSED_EVERY, 0))
        if now - logged < REFUSED_EVERY:
            self._refused[why] = (logged, since + 1)
            return
        self._refused[why] = (now, 0)
        _log_refused_since(why, since)

    async def start(self) -> None:
        """Listen; an address or port that cannot be listened on is a ConfigError naming
        SOSBOT_LISTEN or SOSBOT_PORT."""
        web_app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        # The path as written: add_post would read "{x}" in it as a pattern, matching no post.
        updates = web.PlainResource(self.path)
        web_app.router.register_resource(updates)
        updates.add_route("POST", self._update)
        web_app.router.add_get(HEALTH_PATH, self._health)
        web_app.on_response_prepare.append(_unnamed)
        # No access log: the path is harmless but the log would be one line per message.
        # A post refused unread is drained for LINGER seconds, not aiohttp's 10, so one
        # sent on purpose without an end cannot hold up a stop.
        self._runner = Runner(web_app, handle_signals=False, access_log=None,
                                shutdown_timeout=30.0, lingering_time=LINGER,
                                keepalive_timeout=self._header_wait)
        await self._runner.setup()
        try:
            await web.TCPSite(self._runner, self.listen, self.port).start()
        except OSError as exc:
            await self.stop()
            said = listen_problem(exc, self.listen, self.port)
            # where the setting named first was set: a second instance's env file is a copy
            # of the first's, and the port left as it was there is looked for in the first
            name = said.split(":", 1)[0].split(" and ", 1)[0]
            where = where_set(name, self._read_from)
            if not where.startswith("set in "):  # left at its default
                where = f"its default; {where_to_fill(name, self._read_from)}"
            raise ConfigError(f"{said} ({where})") from None
        log.info("webhook server listening on %s:%s%s", self.listen, self.port, self.path)
        if any(_every_interface(address) for address in self._runner.addresses):
            log.warning("SOSBOT_LISTEN: %s listens on every network interface: anyone who can "
                        "reach this machine on port %s can post to the bot past the proxy "
                        "and its TLS; set SOSBOT_LISTEN=127.0.0.1 unless the proxy runs on "
                        "another machine", self.listen, self.port)

    async def stop(self) -> None:
        """Stop accepting; updates being handled are finished and answered first, and a post
        whose body is still coming is dropped (Telegram sends it again)."""
        self._closing.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        for why, (_, since) in self._refused.items():
            if since:  # the last of a flood, not said yet
                _log_refused_since(why, since)
        self._refused.clear()

    async def _health(self, request: web.Request) -> web.Response:
        """200 while the bot runs and can read its database; 503 otherwise. A database
        gone (PostgreSQL stopped or out of reach, the SQLite file removed) fails every
        practitioner's message, so monitoring must hear of it."""
        if not self.app.running:
            return web.json_response({"ok": False}, status=503)
        store = self.app.bot_data.get("store")
        try:
            if store is not None:
                await asyncio.wait_for(store.was_handled(0, 0), HEALTH_WAIT)
        except (StorageError, TimeoutError) as exc:
            why = "did not answer in time" if isinstance(exc, TimeoutError) else str(exc)
            log.warning("/healthz: the database cannot be read: %s", why)
            return web.json_response({"ok": False, "database": False}, status=503)
        return web.json_response({"ok": True, "handled": self.handled})

    async def _update(self, request: web.Request) -> web.Response:
        # as the bytes that came: a header of bytes that are not UTF-8 (anyone can send
        # one) failed here with a traceback at ERROR for each post
        given = request.headers.get(CHECK_HEADER, "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(given, self._secret):
            self._log_refused(REFUSED_OTHER if given else REFUSED_UNSIGNED)
            return web.json_response({"ok": False}, status=403)
        if not self.app.running:
            return web.json_response({"ok": False}, status=503)  # Telegram will resend
        try:
            body = await self._body(request)
        except RequestPayloadError as exc:  # said to be gzip and not, chunks of no size
            self._log_refused(UNREADABLE % _kind(exc))
            # the rest is unreadable too: not drained (aiohttp would report it as a
            # traceback at ERROR), and the connection closed with the answer
            request.content.feed_eof()
            response = web.json_response({"ok": False}, status=400)
            response.force_close()
            return response
        if body is None:
            return web.json_response({"ok": False}, status=503)  # Telegram will resend
        update = self._read(body)
        if update is None:
            return web.json_response({"ok": False}, status=400)
        await self.app.process_update(update)  # handled and committed before the 200
        if not self._unsaved.settled(update.update_id):
            # the database failed it (PostgreSQL out of reach, say): Telegram sends it again
            return web.json_response({"ok": False}, status=503)
        self.handled += 1
        return web.json_response({"ok": True})

    async def _body(self, request: web.Request) -> bytes | None:
        """The post's body; None (logged in one line naming no content) when it has not
        come whole within `body_wait` seconds, or the bot is stopping while it is still
        coming: a post that never ends held a stop up for 30 seconds."""
        reading = asyncio.ensure_future(request.read())
        closing = asyncio.ensure_future(self._closing.wait())
        try:
            await asyncio.wait({reading, closing}, timeout=self._body_wait,
                               return_when=asyncio.FIRST_COMPLETED)
        finally:
            closing.cancel()
            whole = reading.done()
            if not whole:
                reading.cancel()
        if whole:
            try:
                return reading.result()
            except web.HTTPRequestEntityTooLarge:  # answered 413, read no further
                self._log_refused(TOO_LARGE)
                raise
        self._log_refused(STALLED % ("the bot is stopping" if self._closing.is_set()
                                     else f"not within {self._body_wait:g} s"))
        return None

    def _read(self, body: bytes) -> Update | None:
        """The update a post holds, or None (logged in one line naming no content).

        Telegram posts one JSON object with an integer update_id. A list, a string, null,
        nesting too deep to read or fields of the wrong type come from something else (a
        proxy gone wrong, or someone holding the secret), so the answer is 400, as for
        text that is not JSON: the sender learns it was refused. Telegram's resending
        does not come into it, since Telegram never sends such a post. So is a number no
        database column holds (it would fail only once the update was being handled).
        """
        try:
            data = mended(json.loads(body))
            if not isinstance(data, dict) or type(data.get("update_id")) is not int:
                raise TypeError("not an update object")
            if not _fits_64_bits(data):
                raise OverflowError("a number Telegram never sends")
            update = decode_update(data, self.app.bot)
            if unkeyed(update) is not None:
                raise TypeError("an id of a type Telegram never sends")
            return update
        except Exception as exc:  # whatever python-telegram-bot cannot read, as in polling
            # Only a sender holding the secret gets this far; still a line a minute at most
            # for each kind, as for the forged posts before the secret is checked.
            self._log_refused(NOT_AN_UPDATE % type(exc).__name__)
            return None


async def _unnamed(request: web.Request, response: web.StreamResponse) -> None:
    """Answer without aiohttp's "Server: Python/3.11 aiohttp/3.x" header: it told anyone who
    found the port which versions to look up known flaws for. (A request too malformed to
    route never comes here: bot.webhook_runner answers it.)"""
    response.headers.popall(hdrs.SERVER, None)


def _kind(exc: RequestPayloadError) -> str:
    """The kind of an unreadable body, named by what aiohttp found wrong (its own
    exception's class: its message may quote the bytes)."""
    cause = exc.__cause__
    return type(cause).__name__ if cause is not None else type(exc).__name__


def _log_refused_since(why: str, since: int) -> None:
    log.warning("%s%s", why, f" ({since} more such posts refused since the last line)"
                if since else "")


def _every_interface(address: object) -> bool:
    """Whether a listening socket's address is the wildcard (0.0.0.0 or ::, however
    SOSBOT_LISTEN wrote it: "0", "::0")."""
    host = address[0] if isinstance(address, tuple) and address else None
    try:
        return isinstance(host, str) and ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return False


def listen_problem(exc: OSError, listen: str, port: int) -> str:
    """Why the webhook server cannot listen on `listen`:`port`, naming the setting to
    change (the C library's words alone, "Name or service not known", named none)."""
    if isinstance(exc, socket.gaierror):
        return (f"SOSBOT_LISTEN: {listen} is not an address to listen on ({exc.strerror}); "
                "give the address alone, such as 127.0.0.1 (a proxy on this machine) or "
                "0.0.0.0 (every address): the port goes in SOSBOT_PORT.")
    if exc.errno == errno.EADDRNOTAVAIL:
        return (f"SOSBOT_LISTEN: {listen} is not an address of this machine; give one it "
                "has, such as 127.0.0.1 (a proxy on this machine) or 0.0.0.0 (every address).")
    if exc.errno == errno.EADDRINUSE:
        return (f"SOSBOT_PORT: {port} is in use by another program (another bot, or the proxy "
                "itself); stop that program, or give another port and point the proxy at it.")
    if exc.errno == errno.EACCES and port < 1024:
        return (f"SOSBOT_PORT: {port} is below 1024, which only the system's administrator "
                "may listen on; give a port from 1024 up (8080, say) and point the proxy at it.")
    return (f"SOSBOT_LISTEN and SOSBOT_PORT: cannot listen on {listen} port {port} "
            f"({exc.strerror or exc}); correct them.")


def _fits_64_bits(data: object) -> bool:
    """Every integer in the JSON value `data` fits a signed 64-bit integer."""
    todo = [data]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
        elif isinstance(item, int) and item not in TELEGRAM_INTS:
            return False
    return True


async def serve_webhook(settings: Settings, stop: asyncio.Event, *,
                        ready: asyncio.Event | None = None, settle: bool = False) -> None:
    """Serve Telegram's posts until `stop` is set, then finish what is in hand and close.

    The webhook stays registered when the bot stops, so Telegram keeps the updates that
    arrive meanwhile and sends them once it is back (nothing pending is dropped).
    """
    from bot.app import started

    assert settings.webhook_url is not None
    assert settings.webhook_secret is not None
    secret = settings.webhook_secret.get_secret_value()
    async with started(settings, settle=settle, stop=stop, receiving="webhook") as app:
        server = WebhookServer(app, path=webhook_path(settings.webhook_url), secret=secret,
                               listen=settings.listen, port=settings.port,
                               read_from=settings._read_from,
                               body_wait=settings.webhook_body_seconds,
                               header_wait=settings.webhook_idle_seconds)
        await server.start()
        try:
            await say_if_taken(app.bot, settings.webhook_url)
            await app.bot.set_webhook(settings.webhook_url, secret_token=secret,
                                      drop_pending_updates=False,
                                      allowed_updates=list(ALLOWED_UPDATES))
            log.info("webhook set; serving updates")
            if ready is not None:
                ready.set()
            await stop.wait()
        finally:
            await server.stop()
