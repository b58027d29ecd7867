"""Erasure keys: each practitioner's drafts sealed under keys of their own.

Every draft gets a random 256-bit key when it is first saved; its label, position and answers
are sealed under that key, and the key itself is sealed under the data key and stored in
`user_keys` (user id, draft id). Erasing a draft (/cancel, retention) or a practitioner
(/delete, removal) deletes those rows, so the values left anywhere else (a backup, a
`pg_dump`, PostgreSQL's dead rows and WAL, SQLite's free pages) can no longer be opened with
the keys the live database holds. A copy of the key row itself survives in a backup until the
data key that sealed it is retired (`sosbot keys rotate`, then `keys retire`): rotating
re-seals only these small key rows, so it is quick enough to do routinely.
"""

from __future__ import annotations

import json
import secrets
from typing import TYPE_CHECKING, Any

from storage.crypto import KEY_SIZE, AesGcmSealer, DataKey, header_of
from storage.errors import SealError
from storage.sealing import PlainSealer, Sealer, where

if TYPE_CHECKING:
    from storage.opened import OpenedAnswers
    from storage.statements import Tx

DRAFT_KEY = "draft"  # the key id inside values sealed by a draft's own key (reserved)
DRAFT_HEADER = header_of(DRAFT_KEY)  # what every value a draft's own key seals starts with


def key_place(user_id: int, draft_id: str) -> bytes:
    return where(user_id, draft_id, "key")


async def erase_key(tx: Tx, opened: OpenedAnswers, user_id: int, draft_id: str) -> None:
    """A draft's key deleted in `tx`, with the draft, and nothing of it left opened here."""
    opened.forget(user_id, draft_id)
    await tx.run("DELETE FROM user_keys WHERE user_id = ? AND draft_id = ?", (user_id, draft_id))


# One encoder for every value sealed: `json.dumps` with options builds a new one each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def as_json(data: Any) -> str:
    return _ENCODER.encode(data)


class _Quoted(dict[Any, str]):
    """Texts as JSON strings, each written once: a draft's state is mostly its history of
    question ids, the same few hundred texts saved again at every answer. (Only the history
    is read through it: the notes told, a line's checksum in each, are rarely the same.)"""

    def __missing__(self, value: Any) -> str:
        text = _ENCODER.encode(value)
        if type(value) is str and len(self) < _QUOTED_KEPT:  # (1 == True: texts alone kept)
            self[value] = text
        return text


_QUOTED_KEPT = 4096
_QUOTED = _Quoted()
_STATE_KEYS = ("history", "nonce", "pending", "nudged", "return_to")


def state_json(state: dict[str, Any]) -> str:
    """A draft's state (`Draft.state`) as `as_json` writes it, the same text. At every answer
    the encoder built itself afresh (`JSONEncoder.iterencode`) and wrote each question id of
    the history again: about twice the work of this for a state of twenty answers."""
    if type(state) is not dict or tuple(state) != _STATE_KEYS:
        return as_json(state)
    history, nonce, pending, nudged, return_to = state.values()
    if type(history) is not list or type(nudged) is not list or type(nonce) is not int:
        return as_json(state)
    quoted = _QUOTED.__getitem__
    try:
        return (f'{{"history":[{",".join(map(quoted, history))}],"nonce":{int.__repr__(nonce)},'
                f'"pending":{"null" if pending is None else as_json(pending)},'
                f'"nudged":[{",".join(map(_ENCODER.encode, nudged))}],'
                f'"return_to":{"null" if return_to is None else as_json(return_to)}}}')
    except TypeError:  # an item that is no dict's key (a list, a dict): the encoder's own way
        return as_json(state)


def seal_json(sealer: Sealer, user_id: int, draft_id: str, name: str, data: Any) -> bytes:
    return seal_text(sealer, user_id, draft_id, name, as_json(data))


def seal_text(sealer: Sealer, user_id: int, draft_id: str, name: str, text: str) -> bytes:
    """A value already written as JSON, sealed."""
    return sealer.seal(text.encode(), where(user_id, draft_id, name))


def open_json(sealer: Sealer, user_id: int, draft_id: str, name: str, stored: bytes) -> Any:
    return json.loads(open_text(sealer, user_id, draft_id, name, stored))


def open_text(sealer: Sealer, user_id: int, draft_id: str, name: str, stored: bytes) -> str:
    # decoded here: json.loads would first guess the encoding of bytes, for every value
    return sealer.open(bytes(stored), where(user_id, draft_id, name)).decode()


class DraftSealer:
    """Seals with a draft's own key; opens values sealed by it or (older ones) by a data key."""

    def __init__(self, own: AesGcmSealer | None, data: Sealer) -> None:
        self._own, self._data = own, data

    @property
    def has_own(self) -> bool:
        """Whether the draft has a key of its own (new values are sealed with it)."""
        return self._own is not None

    def seal(self, plaintext: bytes, where: bytes) -> bytes:
        assert self._own is not None
        return self._own.seal(plaintext, where)

    def open(self, stored: bytes, where: bytes) -> bytes:
        if not stored.startswith(DRAFT_HEADER):
            return self._data.open(stored, where)
        if self._own is None:
            raise SealError("A stored value failed its integrity check: its draft has no key "
                            "(the draft was erased, or its row was altered or moved), so it was "
                            "not used.")
        return self._own.open(stored, where)


class Keyring:
    """One user's draft keys within one transaction: read once, made on first need."""

    def __init__(self, tx: Tx, data: Sealer, user_id: int,
                 opened: OpenedAnswers | None = None) -> None:
        self.tx, self._data, self.user_id = tx, data, user_id
        self._keys: dict[str, bytes] = {}
        self._all = False
        self._sealers: dict[str, DraftSealer] = {}  # a turn reads, then writes, one draft
        self._opened = opened

    def know(self, draft_id: str, sealed: bytes | None, *, reading: bool = False) -> None:
        """A draft's sealed key, read along with the draft (a trip saved); None: it has none.

        With `opened`, a key read as the same bytes as at its last turn is not opened again:
        its cipher is kept with the draft's opened answers (`reading`: the draft is being
        read whole, so they are kept), and goes when they do. Keys only listed are not kept."""
        if sealed is None or isinstance(self._data, PlainSealer):
            return
        own = self._opened.key(self.user_id, draft_id, sealed) if self._opened else None
        if own is None:
            secret = self._data.open(bytes(sealed), key_place(self.user_id, draft_id))
            own = AesGcmSealer([DataKey(DRAFT_KEY, secret)])
            if self._opened is not None and reading:
                self._opened.keep_key(self.user_id, draft_id, bytes(sealed), own)
        secret = own.keys[0].secret
        if self._keys.get(draft_id) != secret:
            self._sealers[draft_id] = DraftSealer(own, self._data)
        self._keys[draft_id] = secret

    async def sealer(self, draft_id: str, *, create: bool = False) -> Sealer:
        if isinstance(self._data, PlainSealer):
            return self._data
        made = self._sealers.get(draft_id)
        if made is not None and (made.has_own or not create):
            return made
        keys = self._keys if draft_id in self._keys else await self._loaded()
        secret = keys.get(draft_id)
        if secret is None and create:
            secret = secrets.token_bytes(KEY_SIZE)
            sealed = self._data.seal(secret, key_place(self.user_id, draft_id))
            await self.tx.later("INSERT INTO user_keys VALUES (?, ?, ?)",
                                 (self.user_id, draft_id, sealed))
            keys[draft_id] = secret
        own = AesGcmSealer([DataKey(DRAFT_KEY, secret)]) if secret is not None else None
        made = self._sealers[draft_id] = DraftSealer(own, self._data)
        return made

    async def _loaded(self) -> dict[str, bytes]:
        if not self._all:
            rows = await self.tx.rows("SELECT draft_id, sealed FROM user_keys WHERE user_id = ?",
                                       (self.user_id,))
            for d, sealed in rows:
                self.know(str(d), sealed)
            self._all = True
        return self._keys
