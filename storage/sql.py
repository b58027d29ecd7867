"""The store written once in SQL both engines speak (`storage.statements`); each engine
supplies its transactions. Retention and key rotation are in `storage.upkeep`."""

from __future__ import annotations

import contextlib
import json
from collections.abc import AsyncIterator, Callable, Iterable, Mapping, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from contextvars import ContextVar
from types import MappingProxyType, TracebackType
from typing import Any, Self

from flows.draft import Draft, Status
from storage.contract import DraftInfo, Session
from storage.crypto import key_id_of
from storage.errors import KeyProblem, SealError, StorageError
from storage.handover import Caps, label_digests, move
from storage.instances import Instance
from storage.keyring import (
    DRAFT_HEADER,
    DRAFT_KEY,
    Keyring,
    as_json,
    key_place,
    open_json,
    open_text,
    seal_json,
    seal_text,
    state_json,
)
from storage.migrations import KEYS_VERSION, META_VERSION
from storage.sealing import PlainSealer, Sealer, where
from storage.standings import Standings
from storage.statements import (
    ANSWER_DELETE,
    ANSWER_UPSERT,
    DRAFT_SELECT,
    DRAFT_UPDATE,
    DRAFT_UPSERT,
    KEY_CHECK,
    LIST_DRAFTS,
    META_UPSERT,
    NOTED_UPTO,
    SESSION_UPSERT,
    SHOWN,
    SHOWN_LAST,
    SHOWN_OR_STALE,
    SPEND,
    SPEND_LINK,
    STALE_SHOWN,
    TURN_START,
    Tx,
)
from storage.turn import SqlTurn
from storage.upkeep import Upkeep


class SqlStore(Upkeep):
    """Drafts, answers and sessions; the engine subclass opens transactions."""

    path: str
    shared: bool
    served_with: Mapping[str, str] = MappingProxyType({})  # see the contract
    _now_sql: str  # the database's clock, in Unix seconds, in the engine's words
    _sealer: Sealer
    # team standings kept between the writes that might change one (SQLite's one process)
    standings: Standings[Any] | None = None

    async def serving_records(self) -> list[bytes]:
        """Empty: a SQLite database is served by one process at a time (see the contract)."""
        return []

    def _transaction(self, doing: str, *, user_id: int | None = None, write: bool = True
                     ) -> AbstractAsyncContextManager[Tx]:
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError

    async def _autocommit(self, doing: str, sql: str, params: Sequence[Any]
                          ) -> list[Sequence[Any]]:
        """One statement, committed on its own, outside any user's lock."""
        raise NotImplementedError

    async def _receipt(self, user_id: int, doing: str, sql: str, params: Sequence[Any], *,
                       wait: bool = False) -> None:
        """A question's receipt, outside any user's lock: not worth waiting for the disk.
        Committed when this returns (`wait` or not): the user's next update may reach
        another instance."""
        await self._autocommit(doing, sql, params)

    async def _received(self, user_id: int) -> None:
        """Return once the user's question receipts sent so far have committed (the SQLite
        engine does not wait for them in `_receipt`)."""

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _turn_start(self, tx: Tx, user_id: int, update_id: int | None
                          ) -> tuple[Sequence[Any] | None, Sequence[tuple[str, bytes]]]:
        """A turn's first read (TURN_START, one trip): the session's row, with the open
        draft's own columns from column 7 (to `LONG_AT`), and the open draft's answers."""
        rows = await tx.rows(TURN_START, (user_id, _update_key(update_id), user_id, user_id))
        return _kinds(rows, 7)

    async def _read(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]:
        """One statement's rows, outside any turn."""
        async with self._transaction("read", write=False) as tx:
            return await tx.rows(sql, params)

    # --- the unit of work -------------------------------------------------------------------

    def turn(self, user_id: int, update_id: int | None = None
             ) -> AbstractAsyncContextManager[SqlTurn]:
        """One user's unit of work, holding that user's lock until it commits.

        While it is open, this store's calls about the same user from the same task (`save`,
        `load_draft`, `session`...) join it instead of opening transactions of their own, so
        code written as separate calls still reads and writes in this one transaction.
        """
        joined = self._joined(user_id)
        if joined is not None:
            # (two of three calls in a turn: given the open one as it is, without the frames
            # of a generator's context manager entered and left around it)
            return contextlib.nullcontext(joined)
        return self._own_turn(user_id, update_id)

    def _own_turn(self, user_id: int, update_id: int | None) -> _OwnTurn:
        return _OwnTurn(self, user_id, update_id)

    def _seal(self, user_id: int, draft_id: str, name: str, data: Any) -> bytes:
        """A value sealed under the data key itself (team rows; a draft's values use its
        own key, through `Keyring`)."""
        return seal_json(self._sealer, user_id, draft_id, name, data)

    def _open(self, user_id: int, draft_id: str, name: str, stored: bytes) -> Any:
        return open_json(self._sealer, user_id, draft_id, name, stored)

    def _joined(self, user_id: int) -> SqlTurn | None:
        """The turn this task has open on this store for this user, if any."""
        turn = _CURRENT.get()
        return turn if turn is not None and turn.store is self and turn.user_id == user_id \
            else None

    def _erasing(self) -> bool:
        """Mark the turn this task has open on this store as one that erases, so that it
        checkpoints once it commits, as `delete_draft` does; False when no turn is open (the
        caller then checkpoints after its own transaction)."""
        turn = _CURRENT.get()
        if turn is None or turn.store is not self:
            return False
        turn.erased = True
        return True

    async def _receiving(self, tx: Tx, taker: int) -> None:
        """Hand-overs to `taker` one at a time from here to the end of `tx` (their caps are
        counted in it: `storage.handover.move`). SQLite's write transaction is one at a time
        already (BEGIN IMMEDIATE, the one connection)."""

    def _in_turn(self) -> Tx | None:
        """The transaction of the turn this task has open on this store (whoever's), if
        any: rows kept beside the drafts (`storage.teams`) are written in it, at once with
        the turn, and never wait for it (on SQLite, the one connection would wait for ever).
        They are other users' rows too, so from here the turn is one serial transaction."""
        turn = _CURRENT.get()
        if turn is None or turn.store is not self:
            return None
        turn._tx.serial()
        return turn._tx

    def exclusive(self, job: str) -> AbstractAsyncContextManager[bool]:
        """Whether this instance may run `job` now (one instance at a time); see engines.
        `exclusive("alone")`: whether no instance serves on the database (`serving`)."""
        return _always()

    def serving(self, lost: Callable[[StorageError], None] | None = None,
                instance: Instance | None = None) -> AbstractAsyncContextManager[bool]:
        """Held while this process serves practitioners on the database (`sosbot run`,
        `sosbot chat`), so that what must have the database to itself (`keys rotate`) can
        tell; SQLite's file lock (`storage.filelock`) does that for one process already.
        `lost`: told when the instance can serve no longer (PostgreSQL: see its engine)."""
        return _always()

    # --- sealing ---------------------------------------------------------------------------

    async def _check_key(self, tx: Tx, version: int) -> bool:
        """Refuse a data key that did not seal this database, before any user meets it.

        The check value is sealed when the database is first opened with keys (for a database
        from before the check, once one of its stored values has opened with them). Returns
        whether it still has to be recorded (`_record_key_check`).
        """
        if isinstance(self._sealer, PlainSealer) or version < META_VERSION:
            return False
        rows = await tx.rows("SELECT value FROM meta WHERE name = ?", (KEY_CHECK,))
        if rows:
            self._refuse_unless_opens(bytes(rows[0][0]), where(0, "", KEY_CHECK))
            return False
        keys = await tx.rows("SELECT user_id, draft_id, sealed FROM user_keys LIMIT 1") \
            if version >= KEYS_VERSION else []
        if keys:
            user, draft, sealed = keys[0]
            self._refuse_unless_opens(bytes(sealed), key_place(int(user), str(draft)))
            return True
        sample = await tx.rows("SELECT user_id, id, label FROM drafts LIMIT 1")
        if sample and key_id_of(bytes(sample[0][2])) not in (None, DRAFT_KEY):
            user, draft, label = sample[0]
            self._refuse_unless_opens(bytes(label), where(int(user), str(draft), "label"))
        return True

    async def _record_key_check(self, tx: Tx) -> None:
        await tx.run(META_UPSERT, (KEY_CHECK, self._key_check()))

    def _refuse_unless_opens(self, stored: bytes, place: bytes) -> None:
        try:
            self._sealer.open(stored, place)
        except SealError:
            used = key_id_of(stored)
            known = used in {key.id for key in getattr(self._sealer, "keys", ())}
            why = "a different key with that id is configured" if known else \
                "that key is not configured"
            # the second instance of a council's, set up by the README's steps on its own
            # server, made a key of its own there (step 3)
            shared = (" Every instance on one database needs a copy of the same key file: copy "
                      "it from the server of the instance that made the database, rather than "
                      "making one with `sosbot keys new` on each.") if self.shared else ""
            raise KeyProblem(f"The data key does not fit the database {self.path}: it was "
                             f"sealed with the key {used!r} and {why}; set SOSBOT_DATA_KEY or "
                             f"SOSBOT_KEY_FILE to the key it was made with.{shared}") from None

    # --- drafts ------------------------------------------------------------------------------

    async def _write_draft(self, keys: Keyring, draft: Draft, changed: Iterable[str],
                           now: float, new: bool, read: bool = False,
                           states: dict[str, bytes | None] | None = None) -> None:
        """`read`: the draft was read in this turn, so it is updated, never inserted again
        (see DRAFT_UPDATE). `states`: the turn's, see `_read_draft`."""
        draft.updated_at = now
        if new:
            draft.created_at = draft.created_at or now
        u, d, tx = draft.user_id, draft.id, keys.tx
        sealer = await keys.sealer(d, create=True)
        state_data = draft.state()
        label_text, state_text = as_json(draft.label), state_json(state_data)
        label = self._opened.sealed_before(u, d, "label", label_text)
        if label is None or not label.startswith(DRAFT_HEADER):  # a data key's may be retired
            label = seal_text(sealer, u, d, "label", label_text)
        # The state is sealed afresh every time, changed or not: its new bytes are what tells
        # another turn, here or in another instance, that the answers may have changed.
        state = seal_text(sealer, u, d, "state", state_text)
        if read and not new:
            await tx.later(DRAFT_UPDATE, (draft.flow_version, label, draft.status, state, now,
                                          d, u))
        else:
            await tx.later(DRAFT_UPSERT, (d, u, draft.flow_id, draft.flow_version, label,
                                          draft.status, state, draft.created_at, now))
        for step_id in set(changed):
            if step_id not in draft.answers:
                await tx.later(ANSWER_DELETE, (d, step_id))
                self._opened.learn(u, d, step_id, None, None)
            else:
                value = draft.answers[step_id]
                sealed = seal_json(sealer, u, d, f"answer:{step_id}", value)
                await tx.later(ANSWER_UPSERT, (d, step_id, sealed, now))
                self._opened.learn(u, d, step_id, sealed, value)
        self._opened.sealed(u, d, "label", label, label_text, draft.label)
        self._opened.sealed(u, d, "state", state, state_text, state_data)
        after = states.get(d) if states is not None and read and not new else None
        whole = self._opened.wrote(u, d, state, after=after)
        if states is not None:
            states[d] = state if whole else None

    async def _read_draft(self, keys: Keyring, draft_id: str, found: DraftRows | None = None,
                          states: dict[str, bytes | None] | None = None) -> Draft | None:
        """A draft from its rows (DRAFT_SELECT's), read now unless `found` already.

        `states`, a turn's: per draft, its stored state as this turn last read or wrote it
        (None: not known), which the answers kept then went with (`storage.opened`)."""
        user_id = keys.user_id
        if found is None:
            head, rows = _kinds(await keys.tx.rows(
                DRAFT_SELECT, (draft_id, user_id, draft_id, user_id)), 1)
            if head is None:
                return None
            found = (head[1:], rows)
        (flow_id, label, version, status, state, created, updated, key), stored = found
        keys.know(draft_id, key, reading=True)
        sealer = await keys.sealer(draft_id)
        # The rows and the state are read together, after whatever this turn has written.
        answers = self._opened.answers(
            user_id, draft_id, stored,
            lambda step_id, value: open_json(sealer, user_id, draft_id, f"answer:{step_id}",
                                             value), state)
        if states is not None:
            states[draft_id] = bytes(state)

        def opened(name: str, stored_as: bytes) -> Any:
            return self._opened.parsed(user_id, draft_id, name, stored_as,
                                       lambda raw: open_text(sealer, user_id, draft_id, name, raw))

        draft = Draft(id=draft_id, user_id=user_id, flow_id=flow_id, flow_version=version,
                      label=opened("label", label), status=status, answers=answers,
                      created_at=created, updated_at=updated)
        draft.restore(opened("state", state))
        return draft

    async def _list(self, keys: Keyring, status: Status | None) -> list[DraftInfo]:
        user_id = keys.user_id
        sql, params = LIST_DRAFTS, (user_id, *([status] if status else []))
        if status is not None:
            sql += " AND d.status = ?"
        rows = await keys.tx.rows(sql + " ORDER BY d.updated_at DESC", params)
        return [DraftInfo(r[0], r[1], open_json(await keys.sealer(r[0]), user_id, r[0], "label",
                                                 r[2]), r[3], int(r[6]), r[4], r[5])
                for r in rows]

    async def _session(self, tx: Tx, user_id: int) -> Session:
        rows = await tx.rows("SELECT active_draft, state, question_message, delivered, asked_in, "
                             "long_text, long_text_at FROM sessions WHERE user_id = ?", (user_id,))
        return _session_of(user_id, *rows[0]) if rows else Session(user_id)

    @staticmethod
    async def _write_session(tx: Tx, session: Session, now: float) -> None:
        await tx.later(SESSION_UPSERT, (session.user_id, session.active_draft,
                                      json.dumps(session.state), now, session.question_message,
                                      session.delivered))

    # --- one-shot calls (each its own transaction) -----------------------------------------

    async def save(self, draft: Draft, changed: Iterable[str] = (), *,
                   session: Session | None = None,
                   update: tuple[int, int] | None = None, new: bool = False,
                   caps: Caps | None = None) -> bool:
        """Commit a draft's position and changed answers (and session, and update id) at once.

        Returns False, writing nothing, when `update` (user id, update id) was handled before.
        `caps`, for a `new` draft: `storage.handover.TakerFull`, nothing of it written, when
        its user holds that many drafts already (counted as a hand-over to them counts).
        """
        async with self.turn(draft.user_id, update[1] if update else None) as turn:
            if turn.handled:
                return False
            await turn.save(draft, changed, new=new, caps=caps)
            if session is not None:
                await turn.save_session(session)
        return True

    async def save_session(self, session: Session, *, update: tuple[int, int] | None = None
                           ) -> bool:
        """Commit a session (and the update that changed it); False if already handled."""
        async with self.turn(session.user_id, update[1] if update else None) as turn:
            if turn.handled:
                return False
            await turn.save_session(session)
        return True

    async def load_draft(self, user_id: int, draft_id: str) -> Draft | None:
        """A user's draft with its answers; None when it is not theirs or not there."""
        if (turn := self._joined(user_id)) is not None:
            return await turn.draft(draft_id)
        async with self._transaction("read", write=False) as tx:
            keys = Keyring(tx, self._sealer, user_id, self._opened)
            return await self._read_draft(keys, draft_id)

    async def list_drafts(self, user_id: int, *, status: Status | None = None) -> list[DraftInfo]:
        """A user's drafts, most recently touched first."""
        if (turn := self._joined(user_id)) is not None:
            return await turn.drafts(status)
        async with self._transaction("read", write=False) as tx:
            return await self._list(Keyring(tx, self._sealer, user_id, self._opened), status)

    def label_digests(self, label: str) -> tuple[str, ...]:
        return label_digests(self._sealer, label)

    async def session(self, user_id: int) -> Session:
        if (turn := self._joined(user_id)) is not None:
            return turn.session
        await self._received(user_id)
        async with self._transaction("read", write=False) as tx:
            return await self._session(tx, user_id)

    async def was_handled(self, user_id: int, update_id: int) -> bool:
        turn = self._joined(user_id)
        async with contextlib.nullcontext(turn._tx) if turn else self._transaction(
                "read", write=False) as tx:
            return bool(await tx.rows("SELECT 1 FROM handled_updates WHERE user_id = ? AND "
                                      "update_id = ?", (user_id, update_id)))

    async def shown(self, user_id: int, draft_id: str, nonce: int,
                    message_id: int | None = None, *, wait: bool = False) -> None:
        params = (nonce, message_id, nonce, message_id, message_id, user_id, draft_id, nonce)
        # another instance may have shown another question since, in either order
        # (`SHOWN_LAST`, `STALE_SHOWN`)
        stale = self.shared and message_id is not None
        shown, shown_params = (SHOWN_LAST, (*params, message_id, nonce)) if stale \
            else (SHOWN, params)
        withdraw = (user_id, message_id, message_id, draft_id, nonce)
        if (turn := self._joined(user_id)) is None:
            await self._receipt(user_id, "record a delivered question",
                                SHOWN_OR_STALE if stale else SHOWN,
                                (*shown_params, *withdraw) if stale else params, wait=wait)
            return
        if not await turn._tx.run(shown, shown_params):
            if stale and await turn._tx.run(STALE_SHOWN, withdraw):
                turn.session.delivered = None
        else:  # and what the turn holds, so it is not undone
            session = turn.session
            # as SHOWN sets it: the first message of this nonce's question
            session.asked_in = session.asked_in if session.delivered == nonce \
                and session.asked_in is not None else message_id
            session.delivered = nonce
            if message_id is not None:
                session.question_message = message_id

    async def noted_upto(self, user_id: int, message_id: int) -> None:
        await self._receipt(user_id, "note the last message of a note", NOTED_UPTO,
                            (message_id, user_id, message_id))

    async def spend(self, user_id: int, burst: int, per_minute: float,
                    now: float | None = None, *, links: bool = False) -> int:
        interval = 60.0 / per_minute
        ahead = (burst - 2) * interval  # the slack, (burst - 1) intervals, less one
        rows = await self._autocommit("count a user's tries of links" if links else
                                      "count a user's messages",
                                      (SPEND_LINK if links else SPEND).replace(
                                          "{now}", self._now_sql), (
                                          user_id, now, interval, ahead, interval, interval,
                                          ahead))
        return int(rows[0][0])

    async def delete_draft(self, user_id: int, draft_id: str) -> bool:
        """Erase one draft and its answers."""
        async with self.turn(user_id) as turn:
            return await turn.delete_draft(draft_id)

    async def delete_user(self, user_id: int) -> None:
        """Erase every row about a user, in every table."""
        async with self.turn(user_id) as turn:
            await turn.delete_user()

    async def hand_over(self, giver: int, draft_id: str, taker: int, lead: str = "",
                        caps: Caps | None = None) -> bool:
        async with self.turn(giver) as turn:
            tx = self._in_turn()  # the taker's rows too: one serial transaction
            assert tx is not None
            moved = await move(self, tx, giver, draft_id, taker, lead, caps)
            if moved:
                await turn.note()  # nothing it read of that draft before is used again
                # the giver's key row is erased: it and what it sealed leave the WAL too
                turn.erased = True
        return moved

    async def table_counts(self) -> dict[str, int]:
        """Rows per table (for /privacy, tests and the operator)."""
        counts = {}
        async with self._transaction("read", write=False) as tx:
            for table in ("drafts", "answers", "sessions", "handled_updates"):
                rows = await tx.rows(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names  # nosec B608
                counts[table] = int(rows[0][0])
        return counts


# A draft's own columns (DRAFT_SELECT's after its kind), and its answers (step, sealed value).
DraftRows = tuple[Sequence[Any], Sequence[tuple[str, bytes]]]
# Where TURN_HEAD's row has the session's mark of a long text, after the open draft's columns.
LONG_AT = 15


class _OwnTurn:
    """A user's own turn (`SqlStore.turn`): a class, not a generator's context manager, one
    being entered and left at almost every update. The turn is this task's (`_CURRENT`)
    from its first read until its transaction ends; an erasing turn checkpoints once it has
    committed."""

    __slots__ = ("_store", "_token", "_transaction", "_turn", "_update_id", "_user_id")

    def __init__(self, store: SqlStore, user_id: int, update_id: int | None) -> None:
        self._store, self._user_id, self._update_id = store, user_id, update_id

    async def __aenter__(self) -> SqlTurn:
        store, user_id, update_id = self._store, self._user_id, self._update_id
        self._transaction = transaction = store._transaction("save", user_id=user_id)
        tx = await transaction.__aenter__()
        try:
            head, answers = await store._turn_start(tx, user_id, update_id)
            assert head is not None  # the session's row is there, if only as NULLs
            seen, *stored = head[1:7]
            session = _session_of(user_id, *stored, *head[LONG_AT:LONG_AT + 2])
            handled = update_id is not None and bool(seen)
            keys = Keyring(tx, store._sealer, user_id, store._opened)
            turn = SqlTurn(store, keys, update_id, handled, session)
            if session.active_draft is not None and head[7] is not None:
                turn.prefetched = (session.active_draft, (head[7:LONG_AT], answers))
        except BaseException as exc:
            # as `async with` would: the transaction rolls back (and names the file)
            await transaction.__aexit__(type(exc), exc, exc.__traceback__)
            raise
        self._turn = turn
        self._token = _CURRENT.set(turn)
        return turn

    async def __aexit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                        traceback: TracebackType | None) -> bool:
        _CURRENT.reset(self._token)
        if await self._transaction.__aexit__(kind, exc, traceback):
            return True
        if exc is None and self._turn.erased:
            await self._store.erased_out_of_log()
        return False


def _update_key(update_id: int | None) -> int:
    return -1 if update_id is None else update_id  # no update: never one handled before


def _kinds(rows: list[Sequence[Any]], at: int) -> tuple[Sequence[Any] | None,
                                                       list[tuple[str, bytes]]]:
    """DRAFT_SELECT's or TURN_START's rows apart: the one of kind 0 (None if none), and the
    answers' (step, value), which kind 1 rows hold from column `at`."""
    head = None
    answers = []
    for row in rows:
        if row[0] == 0:
            head = row
        else:
            answers.append((row[at], row[at + 1]))
    return head, answers


def _session_of(user_id: int, active: str | None, state: str | None, message: int | None,
                delivered: int | None, asked_in: int | None, long_text: int | None = None,
                long_text_at: float | None = None) -> Session:
    """A session from its stored columns (as TURN_START and `_session` read them). Most
    sessions' state is empty, "{}" (nothing awaited): not parsed at every turn."""
    return Session(user_id, active, json.loads(state) if state and state != "{}" else {},
                   message, delivered,
                   asked_in, None if long_text is None or long_text_at is None
                   else (int(long_text), float(long_text_at)))


_CURRENT: ContextVar[SqlTurn | None] = ContextVar("sosbot_store_turn", default=None)


@asynccontextmanager
async def _always() -> AsyncIterator[bool]:
    yield True
