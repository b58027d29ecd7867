"""Answers of recently used drafts, kept opened between turns.

A turn reads the whole draft, but between two turns only one answer changes, and an answer's
sealed bytes change exactly when it does (every sealing draws a new nonce). So each answer is
kept with the bytes it was opened from, and a turn opens only the rows whose bytes differ:
one or none instead of all forty. Nothing is trusted that the database does not hold now:
the bytes are compared with the row just read, so a row written by another instance, altered
or moved is opened (and its integrity checked) as before.

Only the most recently used drafts are kept, and an erased draft or user is forgotten here
at once; what another instance erases ages out with the least recently used.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable

from flows.answers import Value

DRAFTS_KEPT = 512  # about the drafts in use at once in a council's busiest hour

Kept = tuple[bytes, "str | int | tuple[str, ...] | None"]


class OpenedAnswers:
    """Per draft: each answer's sealed bytes and the value they opened to."""

    def __init__(self, drafts: int = DRAFTS_KEPT) -> None:
        self._drafts: OrderedDict[tuple[int, str], dict[str, Kept]] = OrderedDict()
        self._size = drafts

    def answers(self, user_id: int, draft_id: str, rows: Iterable[tuple[str, bytes]],
                open_one: Callable[[str, bytes], Value]) -> dict[str, Value]:
        """The draft's answers from its rows, opening only those not kept as they are."""
        known = self._drafts.pop((user_id, draft_id), {})
        kept: dict[str, Kept] = {}
        found: dict[str, Value] = {}
        for step_id, stored in rows:
            hit = known.get(step_id)
            if hit is None or hit[0] != stored:
                sealed = bytes(stored)
                hit = (sealed, _frozen(open_one(step_id, sealed)))
            kept[step_id] = hit
            found[step_id] = _thawed(hit[1])
        self._keep((user_id, draft_id), kept)
        return found

    def learn(self, user_id: int, draft_id: str, step_id: str, sealed: bytes,
              value: Value) -> None:
        """An answer just sealed: the next turn need not open it (if its transaction fails,
        the row keeps other bytes and is opened as usual)."""
        key = (user_id, draft_id)
        draft = self._drafts.pop(key, {})
        draft[step_id] = (sealed, _frozen(value))
        self._keep(key, draft)

    def forget(self, user_id: int, draft_id: str | None = None) -> None:
        """Drop a draft (or every draft of a user) being erased."""
        for key in [k for k in self._drafts if k[0] == user_id and draft_id in (None, k[1])]:
            del self._drafts[key]

    def clear(self) -> None:
        self._drafts.clear()

    def _keep(self, key: tuple[int, str], kept: dict[str, Kept]) -> None:
        self._drafts[key] = kept
        while len(self._drafts) > self._size:
            self._drafts.popitem(last=False)


def _frozen(value: Value) -> str | int | tuple[str, ...] | None:
    return tuple(value) if isinstance(value, list) else value


def _thawed(frozen: str | int | tuple[str, ...] | None) -> Value:
    # a list of its own for each draft read: the engine may change the one it is given
    return list(frozen) if isinstance(frozen, tuple) else frozen
