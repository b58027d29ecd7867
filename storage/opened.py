"""Answers of recently used drafts, kept opened between turns.

A turn reads the whole draft, but between two turns only one answer changes, and an answer's
sealed bytes change exactly when it does (every sealing draws a new nonce). So each answer is
kept with the bytes it was opened from, and a turn opens only the rows whose bytes differ:
one or none instead of all forty. The bytes are compared with the row just read, so a row
written by another instance, altered or moved is opened (and its integrity checked) as
before.

Where reading the rows at all is worth sparing (SQLite's reader, on the event loop), the
draft's own row tells whether they changed: every change of an answer, here or in another
instance, goes with a write of the draft's state, sealed afresh. So the kept answers are
marked with the state's sealed bytes they were known to go with: read with the rows, or
written with them. While the draft's row still holds those bytes, the kept answers are its
answers and the rows are not read (`rows_if_unchanged`). A write that fails leaves the row
with its old bytes, which then match nothing kept. A row altered by hand, the draft's row
left as it was, is found when the draft is next read whole (SECURITY.md).

Only the most recently used drafts are kept, and an erased draft or user is forgotten here
at once; what another instance erases ages out with the least recently used.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeAlias, cast, overload

from flows.answers import Value
from storage.crypto import AesGcmSealer

DRAFTS_KEPT = 512  # about the drafts in use at once in a council's busiest hour

Frozen: TypeAlias = str | int | tuple[str, ...] | None  # a Value, a list kept as a tuple
Kept: TypeAlias = tuple[bytes, Frozen]
# A label or state kept as parsed (`_parsed_kept`), or not kept so (`_UNPARSED`)
Parsed: TypeAlias = "str | tuple[tuple[str, ...], int, tuple[str, ...], str | None] | object"
# A label or state as JSON with the bytes it was opened from or sealed to, and as parsed
Field: TypeAlias = tuple[bytes, str, Parsed]
_UNPARSED = object()


class _Kept:
    """One draft's kept answers, and the state's sealed bytes with which they are all of
    its answers (None: they may not be all); and its label and state as JSON, each with the
    bytes it was opened from or sealed to, and as parsed where that can be kept."""

    __slots__ = ("answers", "fields", "key", "state", "values")

    def __init__(self, answers: dict[str, Kept], state: bytes | None,
                 fields: dict[str, Field] | None = None,
                 key: tuple[bytes, AesGcmSealer] | None = None) -> None:
        self.answers, self.state = answers, state
        self.fields = fields if fields is not None else {}
        self.key = key  # the draft's key as stored, and its cipher (storage.keyring)
        # The answers' values (lists as tuples), and which are lists, while `answers` stays
        self.values: tuple[dict[str, Frozen], tuple[str, ...]] | None = None

    def thawed(self) -> dict[str, Value]:
        """The answers' values, each list one of its own (the engine may change it)."""
        if self.values is None:
            frozen = {step_id: value for step_id, (_, value) in self.answers.items()}
            self.values = (frozen, tuple(k for k, v in frozen.items() if isinstance(v, tuple)))
        values, lists = self.values
        found = cast(dict[str, Value], dict(values))  # its tuples are made lists below
        for step_id in lists:
            found[step_id] = list(cast(tuple[str, ...], values[step_id]))
        return found


class KeptRows(Sequence[tuple[str, bytes]]):
    """A draft's answer rows as kept (step id, sealed bytes), which `answers` takes back
    without going through them while they are still the ones kept."""

    def __init__(self, kept: dict[str, Kept]) -> None:
        self.kept = kept

    def __len__(self) -> int:
        return len(self.kept)

    def __iter__(self) -> Iterator[tuple[str, bytes]]:
        return ((step_id, sealed) for step_id, (sealed, _) in self.kept.items())

    @overload
    def __getitem__(self, i: int) -> tuple[str, bytes]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[str, bytes]]: ...

    def __getitem__(self, i: int | slice) -> tuple[str, bytes] | Sequence[tuple[str, bytes]]:
        return list(self)[i]


class OpenedAnswers:
    """Per draft: each answer's sealed bytes and the value they opened to."""

    def __init__(self, drafts: int = DRAFTS_KEPT) -> None:
        self._drafts: OrderedDict[tuple[int, str], _Kept] = OrderedDict()
        self._size = drafts

    def answers(self, user_id: int, draft_id: str, rows: Iterable[tuple[str, bytes]],
                open_one: Callable[[str, bytes], Value], state: bytes | None = None
                ) -> dict[str, Value]:
        """The draft's answers from its rows, opening only those not kept as they are.
        `state`: the draft's state as stored, read with the rows (so they are all of its
        answers while it stays)."""
        before = self._drafts.pop((user_id, draft_id), None)
        if isinstance(rows, KeptRows) and before is not None and before.answers is rows.kept \
                and state is not None and before.state == state:
            # `rows_if_unchanged`'s own, the state still the one they went with: every one is
            # kept as it is
            self._keep((user_id, draft_id), before)
            return before.thawed()
        known = before.answers if before is not None else {}
        kept: dict[str, Kept] = {}
        found: dict[str, Value] = {}
        for step_id, stored in rows:
            hit = known.get(step_id)
            if hit is None or hit[0] != stored:
                sealed = bytes(stored)
                hit = (sealed, _frozen(open_one(step_id, sealed)))
            kept[step_id] = hit
            found[step_id] = _thawed(hit[1])
        self._keep((user_id, draft_id), _Kept(kept, None if state is None else bytes(state),
                                              *((before.fields, before.key) if before else ())))
        return found

    def key(self, user_id: int, draft_id: str, sealed: bytes) -> AesGcmSealer | None:
        """The draft's own cipher, if its key was opened here from these same bytes."""
        kept = self._drafts.get((user_id, draft_id))
        hit = kept.key if kept is not None else None
        return hit[1] if hit is not None and hit[0] == sealed else None

    def keep_key(self, user_id: int, draft_id: str, sealed: bytes, own: AesGcmSealer) -> None:
        """A draft's key just opened from `sealed`, kept while its draft is."""
        kept = self._drafts.get((user_id, draft_id))
        if kept is None:
            kept = _Kept({}, None)
            self._keep((user_id, draft_id), kept)
        kept.key = (sealed, own)

    def parsed(self, user_id: int, draft_id: str, name: str, stored: bytes,
               open_text: Callable[[bytes], str]) -> Any:
        """A draft's label or state, its JSON parsed: opened only if its bytes are not those
        kept, and parsed only if it is not kept parsed (as it is from the turn that wrote it:
        read again at the next turn, its JSON was parsed at every one). Called after
        `answers` for the same draft, which keeps its place."""
        kept = self._drafts.get((user_id, draft_id))
        hit = kept.fields.get(name) if kept is not None else None
        if hit is not None and hit[0] == stored:
            if hit[2] is not _UNPARSED:
                return _given(hit[2])
            text = hit[1]
        else:
            text = open_text(bytes(stored))
        data = json.loads(text)
        if kept is not None:
            kept.fields[name] = (bytes(stored), text, _parsed_kept(data))
        return data

    def sealed_before(self, user_id: int, draft_id: str, name: str, text: str) -> bytes | None:
        """The bytes a label or state is stored as, if it is still `text`: written again as
        they are, rather than sealed afresh."""
        kept = self._drafts.get((user_id, draft_id))
        hit = kept.fields.get(name) if kept is not None else None
        return hit[0] if hit is not None and hit[1] == text else None

    def sealed(self, user_id: int, draft_id: str, name: str, stored: bytes, text: str,
               data: Any = _UNPARSED) -> None:
        """A label or state just sealed: kept, to be read back unopened; and `data`, what
        `text` is the JSON of, kept to be read back unparsed where it can be."""
        kept = self._drafts.get((user_id, draft_id))
        if kept is not None:
            kept.fields[name] = (stored, text,
                                 _UNPARSED if data is _UNPARSED else _parsed_kept(data))

    def rows_if_unchanged(self, user_id: int, draft_id: str, state: bytes) -> KeptRows | None:
        """The draft's answer rows as kept, if the draft's row still holds the state they
        went with; None when they must be read."""
        kept = self._drafts.get((user_id, draft_id))
        if kept is None or kept.state is None or kept.state != state:
            return None
        return KeptRows(kept.answers)

    def learn(self, user_id: int, draft_id: str, step_id: str, sealed: bytes | None,
              value: Value) -> None:
        """An answer just sealed (`sealed` None: just deleted): the next turn need not open
        it (if its transaction fails, the row keeps other bytes and is opened as usual)."""
        kept = self._drafts.pop((user_id, draft_id), None) or _Kept({}, None)
        frozen = None if sealed is None else _frozen(value)
        if sealed is None:
            kept.answers.pop(step_id, None)
        else:
            kept.answers[step_id] = (sealed, frozen)
        if kept.values is not None:
            # changed as `answers` was, key for key, in the same order: not worked out again
            # from all of them at the next read (one answer changes per turn, of forty)
            values, lists = kept.values
            if sealed is None:
                values.pop(step_id, None)
            else:
                values[step_id] = frozen
            listed = isinstance(frozen, tuple)
            if listed != (step_id in lists):
                lists = (*(k for k in lists if k != step_id), *((step_id,) if listed else ()))
            kept.values = (values, lists)
        self._keep((user_id, draft_id), kept)

    def wrote(self, user_id: int, draft_id: str, state: bytes, *, after: bytes | None
              ) -> bool:
        """The draft's state, sealed afresh, written with the answers just learnt. `after`:
        the stored state this turn found the draft in (None: not known, or the draft is new
        to it). Only if what is kept went with that state is it all of the draft's answers
        once this write lands; returns whether it is taken to be."""
        kept = self._drafts.get((user_id, draft_id))
        whole = kept is not None and after is not None and kept.state == after
        if kept is not None:
            kept.state = state if whole else None
        return whole

    def forget(self, user_id: int, draft_id: str | None = None) -> None:
        """Drop a draft (or every draft of a user) being erased."""
        for key in [k for k in self._drafts if k[0] == user_id and draft_id in (None, k[1])]:
            del self._drafts[key]

    def clear(self) -> None:
        self._drafts.clear()

    def _keep(self, key: tuple[int, str], kept: _Kept) -> None:
        self._drafts[key] = kept
        while len(self._drafts) > self._size:
            self._drafts.popitem(last=False)


# A draft's state as `flows.draft.Draft.state` writes it; kept parsed while nothing is pending
# (a held answer's value may be a list, and is rare).
_STATE_KEYS = frozenset({"history", "nonce", "pending", "nudged", "return_to"})


def _parsed_kept(data: Any) -> Parsed:
    """A parsed label or state as kept: nothing of it that a reader could change shared with
    `data` (its lists as tuples); `_UNPARSED` for anything else, parsed at every read."""
    if type(data) is str:
        return data
    if type(data) is dict and data.keys() == _STATE_KEYS and data["pending"] is None:
        history, nonce, nudged, back = (data["history"], data["nonce"], data["nudged"],
                                        data["return_to"])
        if type(history) is list and type(nudged) is list and type(nonce) is int \
                and (back is None or type(back) is str):
            return (tuple(history), nonce, tuple(nudged), back)
    return _UNPARSED


def _given(kept: Parsed) -> Any:
    """What `json.loads` would give for a label or state kept parsed: lists of its own."""
    if type(kept) is str:
        return kept
    history, nonce, nudged, back = cast(tuple[tuple[str, ...], int, tuple[str, ...],
                                              str | None], kept)
    return {"history": list(history), "nonce": nonce, "pending": None, "nudged": list(nudged),
            "return_to": back}


def _frozen(value: Value) -> Frozen:
    return tuple(value) if isinstance(value, list) else value


def _thawed(frozen: Frozen) -> Value:
    # a list of its own for each draft read: the engine may change the one it is given
    return list(frozen) if isinstance(frozen, tuple) else frozen
