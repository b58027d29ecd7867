"""How a summary shared with a colleague (`shares`) is remembered: a keyed digest of it.

The bot keeps, for each summary sent with /share, a digest of what was sent, so that a
second tap on its button does not send it again while a changed summary is sent afresh. A
plain SHA-256 of a summary could be checked against a guess of what it says (a short one,
with a known case label, has few likely versions), so the digest is an HMAC-SHA-256 under a
key derived from the data key: of no use to anyone holding the database without the key.
With several data keys configured (after a rotation) a digest under any of them is
recognised; without a data key (nothing is sealed then) the plain SHA-256 is kept.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from storage.crypto import keyed_digest

if TYPE_CHECKING:
    from storage.sealing import Sealer
    from storage.statements import Tx

KEYED = "hmac-sha256:"  # how a keyed digest starts; a plain SHA-256 (hex) has no prefix
_LABEL = b"sosbot: the digest of a shared summary"


def fingerprint(text: str) -> bytes:
    """A summary's SHA-256, the input to its keyed digest."""
    return hashlib.sha256(text.encode()).digest()


def _keyed(secret: bytes, print_: bytes) -> str:
    return KEYED + keyed_digest(secret, _LABEL, print_)


def digests(sealer: Sealer, print_: bytes) -> tuple[str, ...]:
    """The digest a summary is kept as now (first), then those it may have been kept as
    under the other data keys configured."""
    keys = getattr(sealer, "keys", ())
    if not keys:
        return (print_.hex(),)
    return tuple(_keyed(key.secret, print_) for key in keys)


async def unkeyed_digests(tx: Tx, sealer: Sealer) -> bool:
    """Whether any digest is kept plain that `key_old_digests` would key."""
    return bool(getattr(sealer, "keys", ())) and bool(await tx.rows(
        "SELECT 1 FROM shares WHERE summary NOT LIKE ? LIMIT 1", (KEYED + "%",)))


async def key_old_digests(tx: Tx, sealer: Sealer) -> int:
    """Key the plain digests kept before (by an older sosbot, or before a data key was set),
    under the current data key: a plain SHA-256 is the input of the keyed digest, so each is
    converted without the summary. Returns how many were converted."""
    keys = getattr(sealer, "keys", ())
    if not keys:
        return 0
    rows = await tx.rows("SELECT draft_id, recipient, summary FROM shares "
                         "WHERE summary NOT LIKE ?", (KEYED + "%",))
    for draft_id, recipient, plain in rows:
        try:
            print_ = bytes.fromhex(str(plain))
        except ValueError:
            continue  # not a digest this code wrote: left alone
        await tx.run("UPDATE shares SET summary = ? WHERE draft_id = ? AND recipient = ?",
                     (_keyed(keys[0].secret, print_), draft_id, recipient))
    return len(rows)
