"""Invite codes: random, URL-safe, short enough for a Telegram deep link, kept only as a hash.

A code is 32 characters of `A-Z a-z 0-9 _ -` (192 random bits), which is what a
`https://t.me/<bot>?start=<code>` link may carry (at most 64 such characters). The database
keeps only its SHA-256, so a copy of the database cannot be turned back into working links.
"""

from __future__ import annotations

import hashlib
import re
import secrets

CODE_BYTES = 24
CODE_SHAPE = re.compile(r"[A-Za-z0-9_-]{32}")


def new_code() -> str:
    """A fresh invite code (192 random bits, 32 URL-safe characters)."""
    return secrets.token_urlsafe(CODE_BYTES)


def code_hash(code: str) -> str:
    """What the database keeps instead of the code."""
    return hashlib.sha256(b"sosbot invite|" + code.encode("utf-8")).hexdigest()


def looks_like_code(text: str) -> bool:
    """True for text shaped like one of our codes (anything else is refused unread)."""
    return CODE_SHAPE.fullmatch(text) is not None


def deep_link(bot_username: str, code: str) -> str:
    """The link that opens the bot and sends `/start <code>`."""
    return f"https://t.me/{bot_username}?start={code}"
