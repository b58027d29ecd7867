"""What the conversation may ask of a store, whatever engine keeps the data.

`Store` is the contract; `storage.store.Store` (SQLite) and `storage.postgres.PostgresStore`
fulfil it, and `tests/test_store_contract.py` runs one suite against both. A user's updates
go through `turn`: one transaction that holds that user's lock in the database, so two
instances serving the same user take turns, and everything read in it (the session, the
drafts, whether the update was handled) is still true when it commits.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from flows.draft import Draft, Status
from storage.errors import StorageError
from storage.instances import Instance
from storage.sealing import Sealer


@dataclass(frozen=True)
class DraftInfo:
    """A line in a practitioner's list of drafts."""

    id: str
    flow_id: str
    label: str
    status: Status
    answered: int
    created_at: float
    updated_at: float


@dataclass(frozen=True)
class Reminder:
    """A draft that retention will erase soon, and whose owner has not yet been told."""

    user_id: int
    draft_id: str
    flow_id: str
    label: str
    status: Status
    updated_at: float


@dataclass(frozen=True)
class ClosedPart:
    """A partner whose contribution retention erased with the mapping it was for, and what
    the lead's invite said of that mapping (its case label and the lead's first name; empty
    when no key was there to open it). A case label is the user's text: never log it."""

    partner_id: int
    label: str
    lead: str


NoticeKind = Literal["closed", "expired"]


@dataclass(frozen=True)
class OwedNotice:
    """A partner still to be told that a mapping they answer or answered for was erased: by
    its lead ("closed") or by retention ("expired"); kept until `notices_given`."""

    id: str
    kind: NoticeKind
    part: ClosedPart
    made_at: float  # Unix time


@dataclass(frozen=True)
class PurgeReport:
    """Rows erased by one retention pass; `wal_cleared` is False when a reader kept the WAL,
    or when clearing it failed (`wal_problem` then says why: a full disk). `closed`: the
    partners to tell, and `owed` the notices recorded for them, left out of the report's repr
    (it is logged)."""

    drafts: int
    sessions: int
    updates: int
    wal_cleared: bool
    wal_problem: str = field(default="", repr=False)
    closed: tuple[ClosedPart, ...] = field(default=(), repr=False)
    owed: tuple[OwedNotice, ...] = field(default=(), repr=False)  # a notice to each of them


@dataclass
class Session:
    """Where a user is outside any one draft: the active draft and what we are waiting for.

    `delivered` is the nonce of the open draft's question last seen to reach the user, and
    `question_message` the chat message showing it (Telegram's message id): both kept here,
    not in a process, so that any instance can act on them. `Store.shown` records them; a
    session write keeps them, unless it opens another draft (then they start over).
    """

    user_id: int
    active_draft: str | None = None
    state: dict[str, Any] = field(default_factory=dict)
    question_message: int | None = None
    delivered: int | None = None
    asked_in: int | None = None  # the first message that showed that question
    # The user's last text long enough to be the first part of a paste Telegram split: its
    # message id and when it was sent (Telegram's time). Written by `Turn.long_text`, which
    # a session write keeps.
    long_text: tuple[int, float] | None = None


@dataclass(frozen=True)
class Noted:
    """The note that something not text is not read, as last shown to a user: the id of
    the last message of it (or of the photos sent since, answered with nothing), what kind
    they were ("photo", "voice note") and the album its note answered, if it did."""

    upto: int
    kind: str
    album: str | None = None

    def continues(self, message_id: int | None, album: str | None) -> bool:
        """Whether a message comes straight after the note's run (nothing sent between),
        or belongs to the album it answered."""
        return message_id is None or message_id <= self.upto + 1 or (
            album is not None and album == self.album)


class Turn(Protocol):
    """One user's unit of work: read and write in one transaction, committed on exit.

    `handled` is True when the update was handled before (then write nothing). Each write
    records the update as handled in the same transaction.
    """

    handled: bool
    session: Session

    async def draft(self, draft_id: str) -> Draft | None: ...

    async def active(self) -> Draft | None: ...

    async def drafts(self, status: Status | None = None) -> list[DraftInfo]: ...

    async def save(self, draft: Draft, changed: Iterable[str] = (), *,
                   new: bool = False, caps: tuple[int, int] | None = None) -> None: ...

    async def save_session(self, session: Session | None = None) -> None: ...

    @property
    def wrote(self) -> bool:
        """Whether this turn has written anything so far (or held it back to write)."""
        ...

    async def note(self) -> None:
        """Record the update as handled, writing nothing else (work done outside the turn,
        such as a team's button, done at most once)."""
        ...

    async def long_text(self, message_id: int, sent_at: float) -> None:
        """Record the text this update brought as long enough to be the first part of a
        paste Telegram split (`Session.long_text`), on the user's session row if they have
        one, with the update as handled; asked last in a turn, after what it read."""
        ...

    async def noted(self) -> Noted | None:
        """The note on something not text last shown to the user (`Noted`), if any."""
        ...

    async def set_noted(self, noted: Noted) -> None:
        """Record `noted` on the user's session row if they have one, with the update as
        handled."""
        ...

    async def delete_draft(self, draft_id: str) -> bool: ...

    async def delete_user(self) -> None: ...


class Store(Protocol):
    """The contract both engines fulfil (see the module docstring)."""

    path: str
    shared: bool
    """True when several instances may use the database at once (then nothing a user's next
    update needs may live in one process: see `spend`)."""

    served_with: Mapping[str, str]
    """What the instances already serving on a shared database showed of their settings (a
    number of days, by setting: `storage.instances`) when this one began to serve (`serving`);
    empty where none served, and on SQLite."""

    def turn(self, user_id: int, update_id: int | None = None
             ) -> AbstractAsyncContextManager[Turn]: ...

    def exclusive(self, job: str) -> AbstractAsyncContextManager[bool]: ...

    def serving(self, lost: Callable[[StorageError], None] | None = None,
                instance: Instance | None = None) -> AbstractAsyncContextManager[bool]: ...

    async def serving_records(self) -> list[bytes]:
        """The settings recorded by each instance serving on a shared database now (as
        `storage.instances.Instance.record` wrote them); empty on SQLite."""
        ...

    async def close(self) -> None: ...

    async def save(self, draft: Draft, changed: Iterable[str] = (), *,
                   session: Session | None = None, update: tuple[int, int] | None = None,
                   new: bool = False, caps: tuple[int, int] | None = None) -> bool:
        """`caps` (unfinished, kept), for a `new` draft: `storage.handover.TakerFull`,
        nothing of the draft written, when its user holds that many already, counted in the
        save's transaction as a hand-over to them counts (`hand_over`)."""
        ...

    async def load_draft(self, user_id: int, draft_id: str) -> Draft | None: ...

    async def list_drafts(self, user_id: int, *, status: Status | None = None
                          ) -> list[DraftInfo]: ...

    async def delete_draft(self, user_id: int, draft_id: str) -> bool: ...

    async def delete_user(self, user_id: int) -> None: ...

    async def hand_over(self, giver: int, draft_id: str, taker: int, lead: str = "",
                        caps: tuple[int, int] | None = None) -> bool:
        """Make the giver's draft the taker's (/handover), in one transaction (the giver's
        turn, joined if open): every value sealed again under the taker, never stored
        unsealed, and the partners' parts of a mapping with it; its links name `lead` (the
        taker's name, if given) as the lead a partner sends to. False, changing nothing,
        when the giver has no such draft of their own. `caps` (unfinished, kept): the most
        drafts the taker may hold, counted in that transaction, one hand-over to a taker at
        a time; `storage.handover.TakerFull` when they hold as many, nothing changed."""
        ...

    def label_digests(self, label: str) -> tuple[str, ...]:
        """A case label as a hand-over's note keeps it: keyed digests, the current data
        key's first (`storage.handover.label_digests`); none without a data key."""
        ...

    async def session(self, user_id: int) -> Session: ...

    async def save_session(self, session: Session, *, update: tuple[int, int] | None = None
                           ) -> bool: ...

    async def was_handled(self, user_id: int, update_id: int) -> bool: ...

    async def shown(self, user_id: int, draft_id: str, nonce: int,
                    message_id: int | None = None, *, wait: bool = False) -> None:
        """The question with `nonce` of the open draft `draft_id` reached the user (in chat
        message `message_id`, when it has one of its own); nothing if that draft is no
        longer open. One statement, without the user's lock. `wait`: returns once it is
        committed, raising StorageError if it cannot be (the terminal says so itself)."""
        ...

    async def noted_upto(self, user_id: int, message_id: int) -> None:
        """The note on something not text last shown (`Noted`) now ends at `message_id`
        (the question sent after it, a one-line note): one statement, without the user's
        lock, as a question's receipt; nothing when it ends later already."""
        ...

    async def spend(self, user_id: int, burst: int, per_minute: float,
                    now: float | None = None, *, links: bool = False) -> int:
        """One input against the user's rate, in the database: how many inputs in a row were
        refused, this one included; 0 or less: go ahead, after minus that many refused in a
        row. Timed by the database's clock unless `now` (Unix seconds) is given. `links`:
        against their tries of invite codes instead, a bucket of its own."""
        ...

    async def table_counts(self) -> dict[str, int]: ...

    async def checkpoint(self) -> bool: ...

    async def purge(self, *, idle_before: float, done_before: float, updates_before: float
                    ) -> PurgeReport: ...

    async def owe(self, kind: NoticeKind, parts: Iterable[ClosedPart]) -> list[OwedNotice]:
        """Record that these partners are to be told (in the turn under way, if any, so the
        notices commit with the erasure)."""
        ...

    async def owed_notices(self) -> list[OwedNotice]:
        """The partners not told yet that a mapping they worked on was erased."""
        ...

    async def notices_given(self, notice_ids: Iterable[str]) -> None:
        """The partners were told (or can never be): their notices are erased."""
        ...

    async def due_reminders(self, *, idle_before: float, done_before: float
                            ) -> list[Reminder]: ...

    async def mark_reminded(self, draft_ids: Iterable[str], now: float, *,
                            owners: Mapping[str, int] | None = None) -> None:
        """Record that these drafts' owners were told. With `owners` (draft id: the user
        reminded), only a draft still theirs: one handed over since the reminder was read
        is its new owner's to be reminded of."""
        ...

    async def reseal(self, sealer: Sealer, *, plaintext: bool = False,
                     bare: Callable[[str], str] | None = None) -> int: ...

    async def key_usage(self) -> Counter[str]: ...
