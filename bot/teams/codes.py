"""Invite codes: random, URL-safe, short enough for a Telegram deep link, kept only as a hash.

A code is 32 characters of `A-Z a-z 0-9 _ -` (192 random bits), which is what a
`https://t.me/<bot>?start=<code>` link may carry (at most 64 such characters). The database
keeps only its SHA-256, so a copy of the database cannot be turned back into working links.
"""

from __future__ import annotations

import hashlib
import secrets
from re import IGNORECASE

from flows.answers import without_hidden
from flows.regex import on_first_use

CODE_BYTES = 24
CODE_SHAPE = on_first_use(r"[A-Za-z0-9_-]{32}")


def new_code() -> str:
    """A fresh invite code (192 random bits, 32 URL-safe characters)."""
    return secrets.token_urlsafe(CODE_BYTES)


def code_hash(code: str) -> str:
    """What the database keeps instead of the code."""
    return hashlib.sha256(b"sosbot invite|" + code.encode("utf-8")).hexdigest()


def looks_like_code(text: str) -> bool:
    """True for text shaped like one of our codes (anything else is refused unread)."""
    return CODE_SHAPE.fullmatch(text) is not None


# What a sentence or a paste puts around a code: none of it is in a code's alphabet.
_AROUND = ".,;:!?'\"()[]<>«»“”‘’"


def link_payload(text: str) -> str:
    """What follows /start as a code may be in it: without the invisible characters a paste
    or a right-to-left keyboard adds (a zero-width space, a direction mark), and without a
    full stop or quotation marks around it ("send /start CODE."), which no code holds."""
    payload = without_hidden(text).strip()
    bare = payload.strip(_AROUND)
    return bare if looks_like_code(bare) else payload


# Not inside a longer word or address on either side: "at.me/..." is no link, and a code
# runs to the end of its characters.
_PASTED_LINK = on_first_use(
    r"(?<![A-Za-z0-9_.-])(?:https?://)?(?:www\.)?(?:t|telegram)\.me/([A-Za-z0-9_]{1,64})"
    r"\?start=([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])",
    flags=IGNORECASE)


def pasted_link(text: str, bot_username: str | None) -> str | None:
    """The code of a link to this bot pasted as a message (copied from an email rather than
    tapped, alone or with the whole email around it), which is opened as a tap on it is;
    None for any other text, and for text holding links to two of this bot's codes (which
    one was meant is not known). It was saved as the answer to the question on the screen,
    a working link in the summary."""
    if bot_username is None or "start=" not in text:
        return None
    codes = {found.group(2) for found in _PASTED_LINK.finditer(without_hidden(text))
             if found.group(1).casefold() == bot_username.casefold()}
    return codes.pop() if len(codes) == 1 else None


def deep_link(bot_username: str, code: str) -> str:
    """The link that opens the bot and sends `/start <code>`."""
    return f"https://t.me/{bot_username}?start={code}"
