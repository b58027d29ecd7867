"""Logging set-up: standard error, no message text, no token, user ids as keyed references."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from flows.regex import on_first_use

# No \b at the start: in a Bot API URL the token follows "bot" directly (".../bot123:AA...").
TOKEN_SHAPE = on_first_use(r"(?<![0-9])[0-9]{5,12}:[A-Za-z0-9_-]{30,}")
# Kept at WARNING whatever the level: httpx logs URLs (which hold the token), and
# python-telegram-bot's DEBUG lines carry every update and request, with message text.
# The password in any URL's `user:password@`: one too short to redact by its value (below)
# is still never shown where a URL quotes it. The user name stays, to tell logins apart.
PASSWORD_IN_URL = on_first_use(r"(?<=://)([^\s/@:]*):[^\s/@]+@")
# The query of a web address (`https://cases.example/hook?key=...`): a reverse proxy may be
# set to let in only posts carrying a key there, and the address Telegram reports for the
# token (another deployment's) may hold one. Its values are hidden, its names kept, so that
# an operator still tells one address from another. It ends at what closes a quotation of it.
# A mark closing the sentence (".", ",", ";"...) after it stays outside, shown.
QUERY_IN_URL = on_first_use(r"(https?://[^\s?#]*\?)([^\s#)\]'\"<>]*[^\s#)\]'\"<>.,;:!?])",
                            re.IGNORECASE)
HIDDEN = "[hidden]"
NOISY = ("httpx", "httpcore", "apscheduler", "aiosqlite", "asyncio", "telegram")


def redact(text: str, secrets: Sequence[str] = ()) -> str:
    """`text` without anything shaped like a bot token, a URL's password or the values of a web
    address's query, nor any of `secrets` (or their halves: a token's secret part alone is as
    good as the token)."""
    text = PASSWORD_IN_URL.sub(r"\1:[password]@", TOKEN_SHAPE.sub("[token]", text))
    text = hidden_query(text)
    for secret in secrets:
        for part in (secret, secret.partition(":")[2]):
            if len(part) >= 8:
                text = text.replace(part, "[token]")
    return text


def hidden_query(text: str) -> str:
    """`text` with the values in any web address's query shown as [hidden] (a part with no
    "=" is a value alone: `?s3cret`)."""
    return QUERY_IN_URL.sub(lambda found: found.group(1) + _hidden(found.group(2)), text)


def _hidden(query: str) -> str:
    return "&".join(name + "=" + HIDDEN if sep else (HIDDEN if name else "")
                    for name, sep, _ in (part.partition("=") for part in query.split("&")))


class RedactTokens(logging.Filter):
    """Replace the configured token and anything shaped like one, wherever it is in a record."""

    def __init__(self, secrets: Sequence[str] = ()) -> None:
        super().__init__()
        self.secrets = tuple(s for s in secrets if s)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if clean != message:
            record.msg = clean
            record.args = ()
        if record.exc_info and not record.exc_text:  # a traceback can quote a URL
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.secrets)
        return True


REF_LABEL = b"sosbot log refs"
REF_DIGITS = 12
# The key of `user_ref`: until start-up sets it from the data key, one of this process's own.
_ref_key = {"secret": os.urandom(32)}


def use_ref_key(data_key: bytes | None) -> None:
    """Key `user_ref` with a secret derived from this deployment's data key, so one person
    has the same reference across restarts (and on every instance sharing the key) until
    the key is rotated; None: a random secret of this process's own."""
    _ref_key["secret"] = (hmac.new(data_key, REF_LABEL, hashlib.sha256).digest()
                          if data_key is not None else os.urandom(32))


def user_ref(user_id: int) -> str:
    """A short reference to a user for logs: HMAC-SHA256 of the id under a key that is not
    in the logs, so hashing every possible id does not lead back to it."""
    digest = hmac.new(_ref_key["secret"], str(user_id).encode(), hashlib.sha256).hexdigest()
    return digest[:REF_DIGITS]


UNREADABLE = "Received data was"  # in python-telegram-bot's message quoting a failed batch
# python-telegram-bot's message quoting a reply from Telegram that is not JSON (cut short by a
# proxy, say): a getUpdates reply holds everyone's messages, a sendMessage one a summary.
NOT_JSON = "Can not load invalid JSON data"
# python-telegram-bot's report that its last poll at a stop (confirming the updates taken)
# failed, with a traceback
LAST_POLL = "Error while calling `get_updates` one more time"
# asyncio's report of a failed poll nobody read, python-telegram-bot's polling loop having
# stopped at that moment
UNRETRIEVED_POLL = "polling_action_cb()"
# python-telegram-bot's report of a call before polling starts that failed for good
BOOTSTRAP = "Network Retry Loop (Bootstrap"


class NoUpdateContents(logging.Filter):
    """python-telegram-bot's report of a batch it could not read quotes the batch: every
    message in it. Keep the fact, drop the contents. Its tracebacks at a stop while polls
    fail are one line, or none where the failure was said already."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.startswith("telegram") and UNREADABLE in str(record.msg):
            record.msg = ("Telegram sent updates python-telegram-bot could not read; sosbot "
                          "reads them one by one and skips the unreadable ones")
            record.args = ()
            record.exc_info = record.exc_text = None
        elif record.name.startswith("telegram") and LAST_POLL in str(record.msg):
            # a traceback in the journal at every stop while Telegram refuses polls (a
            # webhook set, another poller, the network down): one line says what it means
            failure = record.exc_info[1] if record.exc_info else None
            record.msg = ("stopping: the last poll, which tells Telegram the updates taken "
                          "are done, failed (%s); any of them Telegram sends again after the "
                          "restart is recognised and not answered twice")
            record.args = (type(failure).__name__ if failure else "an error",)
            record.exc_info = record.exc_text = None
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        elif record.name.startswith("telegram") and record.levelno >= logging.ERROR \
                and BOOTSTRAP in record.getMessage():
            # a call before polling starts (the webhook's removal) failed, with a
            # traceback: it stops the start, which `sosbot run` says in its one line
            return False
        elif record.name == "asyncio" and UNRETRIEVED_POLL in str(record.msg):
            # python-telegram-bot's polling loop, stopped as a poll failed, leaves that poll's
            # error unread: asyncio reports it with a traceback at the stop. The failure was
            # said already (bot.run.PollingTrouble), as it came.
            return False
        elif record.name.startswith("telegram") and NOT_JSON in str(record.msg):
            record.msg = ("Telegram's reply was not JSON (cut short on the way?); python-"
                          "telegram-bot treats it as a failed request")
            record.args = ()
            record.exc_info = record.exc_text = None
        return True


def _request_failures() -> tuple[type[BaseException], ...]:
    """What reading a request raises when the sender is at fault: bytes that are not HTTP,
    or the sender gone mid-post."""
    from aiohttp.http_exceptions import HttpProcessingError

    return HttpProcessingError, ConnectionError, EOFError, TimeoutError


class NoRequestContents(logging.Filter):
    """aiohttp's report of a request the webhook server could not serve (the sender gone
    mid-post, bytes that are not HTTP) is a traceback whose message can quote what was sent.
    Keep the kind of failure, in one line, at most a warning: the sender's fault, not ours.
    An error of sosbot's own webhook handler keeps its traceback, as any bug of ours does."""

    def filter(self, record: logging.LogRecord) -> bool:
        failure = record.exc_info[1] if record.exc_info else None
        if record.name.startswith("aiohttp") and isinstance(failure, _request_failures()):
            record.msg = "the webhook server dropped a request it could not serve (%s)"
            record.args = (type(failure).__name__,)
            record.exc_info = record.exc_text = None
            if record.levelno > logging.WARNING:
                record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


class FloodReportedOnce(logging.Filter):
    """python-telegram-bot's rate limiter logs a 429 that outlasts its retries as an error,
    with a traceback, and raises it on (under `bot.flood`, which does the retrying, every
    429 it sees): whoever sent the message reports it then (one warning that the answer is
    saved, a reminder kept due), so its own record is dropped.
    A filter on the rate limiter's logger, so that it holds whoever set up the logging."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno >= logging.ERROR and "maximum of" in str(record.msg))


FLOOD_REPORTED_ONCE = FloodReportedOnce()
RATE_LIMITER_LOG = "telegram.ext.AIORateLimiter"


class JsonLines(logging.Formatter):
    """One JSON object per record, on one line, for a log collector: the time (UTC, ISO
    8601), level, logger and message, and a traceback as one string. It formats what the
    handler's filters left, so it holds no more than the text lines do."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": datetime.fromtimestamp(record.created, UTC)
                 .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                 "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = record.stack_info
        return json.dumps(entry, ensure_ascii=True)


TEXT_LINES = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: str = "WARNING", secrets: Sequence[str] = (),
                  form: str = "text") -> None:
    """Send logs to standard error at `level`, with tokens redacted and chatty libraries quiet;
    `form` "json" writes each record as one JSON object per line (`JsonLines`)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines() if form == "json" else logging.Formatter(TEXT_LINES))
    handler.addFilter(RedactTokens(secrets))
    handler.addFilter(NoUpdateContents())
    handler.addFilter(NoRequestContents())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in NOISY:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
