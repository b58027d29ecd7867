"""Logging set-up: standard error, no message text, no token, user ids hashed."""

from __future__ import annotations

import hashlib
import logging
import re
import sys

# No \b at the start: in a Bot API URL the token follows "bot" directly (".../bot123:AA...").
TOKEN_SHAPE = re.compile(r"(?<![0-9])[0-9]{5,12}:[A-Za-z0-9_-]{30,}")
# Kept at WARNING whatever the level: httpx logs URLs (which hold the token), and
# python-telegram-bot's DEBUG lines carry every update and request, with message text.
NOISY = ("httpx", "httpcore", "apscheduler", "aiosqlite", "asyncio", "telegram")


class RedactTokens(logging.Filter):
    """Replace anything shaped like a bot token, wherever it appears in a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if TOKEN_SHAPE.search(message):
            record.msg = TOKEN_SHAPE.sub("[token]", message)
            record.args = ()
        if record.exc_info and not record.exc_text:  # a traceback can quote a URL
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = TOKEN_SHAPE.sub("[token]", record.exc_text)
        if record.stack_info:
            record.stack_info = TOKEN_SHAPE.sub("[token]", record.stack_info)
        return True


def user_ref(user_id: int) -> str:
    """A stable, non-reversible reference to a user for logs."""
    return hashlib.sha256(f"sosbot-user:{user_id}".encode()).hexdigest()[:10]


def setup_logging(level: str = "WARNING") -> None:
    """Send logs to standard error at `level`, with tokens redacted and chatty libraries quiet."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level.upper())
    for name in NOISY:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
