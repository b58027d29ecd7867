"""Work sent to aiosqlite's thread in one trip: a statement or several, a whole transaction,
or the writes of several users' turns committed together (`GroupCommit`).

Every trip costs a hand-over to the thread and back through the event loop, and every
COMMIT at `synchronous = FULL` waits for the disk (fsync). When many practitioners answer
at once, the turns that finish while one commit is on the thread are committed together in
the next: one trip and one fsync for all of them, each still all or nothing, so one turn's
failure undoes only its own writes. No turn waits for company: the first goes at
once, and the others gather only while the thread is busy anyway. Each turn is answered
only once its commit is on disk, so nothing acknowledged is ever lost.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import sqlite3
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import aiosqlite

from storage.merged import merged

Statement = tuple[str, tuple[Any, ...]]
T = TypeVar("T")


def in_order(conn: sqlite3.Connection, held: list[Statement], last: Statement,
             fetch: bool) -> Any:
    """On aiosqlite's thread: the statements held back, then `last` (its rows, or how many
    rows it changed).

    One cursor for the trip's statements: `conn.execute` makes a cursor of its own for each
    and drops it (about 1.3 thousand instructions a statement); a cursor's `execute` starts
    each statement afresh (its rows, row count and description), so the last statement's
    outcome is read as it was."""
    cursor = conn.cursor()
    for sql, params in held:
        cursor.execute(sql, params)
    cursor.execute(*last)
    return cursor.fetchall() if fetch else cursor.rowcount


def all_or_nothing(conn: sqlite3.Connection, statements: list[Statement]) -> None:
    """On aiosqlite's thread: a whole transaction, BEGIN to COMMIT, rolled back there if any
    statement fails, so no other trip ever runs inside it."""
    try:
        cursor = conn.cursor()  # (one for all of them, as `in_order`)
        for sql, params in statements:
            cursor.execute(sql, params)
    except BaseException:
        roll_back_if_open(conn)
        raise


def roll_back_if_open(conn: sqlite3.Connection) -> None:
    # SQLite rolls back by itself after some errors (a full disk); a second ROLLBACK would
    # then fail and hide the error that matters.
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


async def whole(connection: asyncio.Lock, trip: Awaitable[T]) -> T:
    """A trip that is a whole unit of work by itself (a read, BEGIN to COMMIT, a receipt),
    sent at once unless a transaction of several trips holds the connection.

    aiosqlite runs its trips one after another in the order they are sent, and sending is
    done before the first await inside `trip`: so a trip sent while `connection` is free
    runs before any transaction that takes it later. Taking the lock for such a trip would
    cost a hand-over through the event loop each time, and under load that queue (each
    waiter resumed only when the loop gets round to it) was most of an update's wait."""
    if connection.locked():
        async with connection:
            return await trip
    return await trip


def _alone(conn: sqlite3.Connection, writes: list[Statement]) -> BaseException | None:
    try:
        all_or_nothing(conn, [("BEGIN IMMEDIATE", ()), *writes, ("COMMIT", ())])
    except Exception as exc:  # handed to the turn that sent these writes
        return exc
    return None


def together(conn: sqlite3.Connection, turns: list[list[Statement]], *,
             unflushed: str | None = None) -> list[BaseException | None]:
    """On aiosqlite's thread: several turns' writes in one transaction, each turn all or
    nothing; returns each turn's failure (None: committed). With `unflushed`,
    all of them are receipts (`GroupCommit.commit`): committed without waiting for the disk,
    then the connection's own `synchronous` setting, `unflushed`, is put back.

    If a statement fails, the batch is done again with each turn in a savepoint of its
    own: a turn whose statement fails is undone back to its savepoint and the others go on. If
    the transaction itself fails (its COMMIT, or an error after which SQLite has rolled
    everything back, such as a full disk), every turn is tried again alone, so each gets
    the outcome it would have had by itself."""
    if unflushed is None:
        return _together(conn, turns)
    with not_flushed(conn, unflushed):
        return _together(conn, turns)


@contextlib.contextmanager
def not_flushed(conn: sqlite3.Connection, synchronous: str) -> Iterator[None]:
    """On aiosqlite's thread: what is committed inside does not wait for the disk; then the
    connection's own setting, `synchronous`, is put back. In WAL mode such a commit still
    cannot be torn or reordered: a power cut can only drop it (and whatever else came after
    the last flushed commit); the next flushed commit takes it to the disk too."""
    conn.execute("PRAGMA synchronous = NORMAL")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA synchronous = {synchronous}")


def _together(conn: sqlite3.Connection, turns: list[list[Statement]]
              ) -> list[BaseException | None]:
    if len(turns) == 1:
        return [_alone(conn, turns[0])]
    # Almost every batch succeeds whole, so it is first tried without a savepoint per turn:
    # each statement on this thread gives up the interpreter's lock and waits to take it
    # back from a busy event loop, and the savepoints were half the statements of a batch.
    # If anything fails, it is all rolled back and done again turn by turn, as before. For
    # the same reason each kind of statement is written for all the turns at once, where
    # that stores the same rows (`storage.merged`).
    writes = merged(turns)
    if writes is None:
        writes = [statement for turn in turns for statement in turn]
    try:
        all_or_nothing(conn, [("BEGIN IMMEDIATE", ()), *writes, ("COMMIT", ())])
    except Exception:
        return _each_in_a_savepoint(conn, turns)
    return [None] * len(turns)


def _each_in_a_savepoint(conn: sqlite3.Connection, turns: list[list[Statement]]
                         ) -> list[BaseException | None]:
    failures: list[BaseException | None] = []
    try:
        conn.execute("BEGIN IMMEDIATE")
        for writes in turns:
            conn.execute("SAVEPOINT turn")
            try:
                for sql, params in writes:
                    conn.execute(sql, params)
            except Exception as exc:  # handed to the turn that sent these writes
                if not conn.in_transaction:
                    raise
                conn.execute("ROLLBACK TO turn")
                failures.append(exc)
            else:
                failures.append(None)
            conn.execute("RELEASE turn")
        conn.execute("COMMIT")
    except Exception:  # each turn is then tried alone
        roll_back_if_open(conn)
        return [_alone(conn, writes) for writes in turns]
    return failures


Waiting = list[tuple[list[Statement], "asyncio.Future[None]", bool]]

# How long a receipt waits for answers to be committed with. Alone, it is a trip to
# aiosqlite's thread of its own, and its hand-back a wake-up of the event loop: about as
# many as the answers' own. With 200 practitioners answering, answers come every few
# milliseconds, and most receipts ride with one; at a quiet time one goes alone, this late.
# Whoever needs one sooner (the user's next turn) sends it at once (`hurry`).
RECEIPT_WAIT = 0.02


class Landing(asyncio.Future[None]):
    """A turn's commit, done once its writes are on disk (or failed). Cancelling the task
    that waits for it does not cancel it: the task is cancelled once the commit has landed,
    so the user's lock is kept until then and their next turn cannot read the rows as they
    were before it. (`asyncio.shield` would do the same at the cost of a round of the event
    loop for every commit, each a wait behind every other update ready to run.)"""

    # What the turn was doing, when it is to be refused if the store refuses work by the
    # time its writes are sent (`GroupCommit.refusal`); None: never refused so.
    checked: str | None = None

    def cancel(self, msg: Any | None = None) -> bool:
        return False

    def stop(self) -> None:
        """The group commit was stopped before this turn's writes reached aiosqlite."""
        if not self.done():
            self.set_exception(asyncio.CancelledError())


async def settled(done: asyncio.Future[None]) -> None:
    """Wait for a commit asked of `GroupCommit`; a cancelled caller waits for it all the
    same (`Landing`)."""
    await done


class GroupCommit:
    """Turns' writes ready while a commit is on the thread, committed together next.

    A batch is handed to aiosqlite's thread as soon as the thread is free, from the turn
    that asks (no task in between), and the thread hands the outcome straight back to the
    event loop, which answers each turn: from a turn's writes to its resuming, the loop is
    passed through once, not once per future in a chain. Under load every pass is a wait
    behind the other updates ready to run, and that wait was most of a paced update's tail.
    """

    def __init__(self, db: aiosqlite.Connection, connection: asyncio.Lock) -> None:
        self._db = db
        self._connection = connection
        self.synchronous = "FULL"  # the connection's own setting (the store sets it)
        self._waiting: Waiting = []
        self._on_thread: Waiting | None = None  # the batch aiosqlite's thread is committing
        self._sending: asyncio.Task[None] | None = None  # a batch waiting for the connection
        self._idle: list[asyncio.Future[None]] = []
        self._hurry = False  # receipts waiting alone are sent at once, not after RECEIPT_WAIT
        self._timer: asyncio.TimerHandle | None = None
        # The store's look at its files, asked once a batch as it is sent: None while it
        # takes writes, else what refuses a turn by what it was doing (its file removed).
        self.refusal: Callable[[], Callable[[str], BaseException] | None] | None = None
        # The event loop its turns wait on, looked up only when nothing is under way: asking
        # for the running loop is a system call (`getpid`, at every ask in Python 3.11), and
        # while a turn waits on this loop, no other loop can be the one asking.
        self._loop: asyncio.AbstractEventLoop | None = None

    async def commit(self, writes: list[Statement], *, flush: bool = True,
                     checked: str | None = None) -> None:
        """Commit one turn's writes (BEGIN and COMMIT are added); returns once they are on
        disk, or raises what made them fail (`ask`, then `settled`)."""
        await settled(self.ask(writes, flush=flush, checked=checked))

    def ask(self, writes: list[Statement], *, flush: bool = True, checked: str | None = None
            ) -> asyncio.Future[None]:
        """Queue one turn's writes for the next group commit, at once; the future is done
        when they are on disk (or failed).

        `checked`: what the turn was doing, to refuse it by if `refusal` refuses work as its
        writes are sent (a look made after the turn began, once for the whole batch).

        Not `flush`: a receipt, not worth waiting for the disk as an answer always is;
        committed with the next answers if any come within `RECEIPT_WAIT` (and flushed with
        them), or else without waiting for the disk (in WAL mode such a commit cannot be
        torn: a power cut can only drop it, and whatever else came after the last flushed
        commit)."""
        if self._loop is None or not (self._waiting or self._on_thread is not None
                                      or self._sending is not None):
            self._loop = asyncio.get_running_loop()
        done = Landing(loop=self._loop)
        if checked is not None:
            done.checked = checked
        self._waiting.append((writes, done, flush))
        if self._on_thread is None and self._sending is None:
            self._next()
        return done

    def hurry(self) -> None:
        """Send the receipts waiting for answers to ride with now (or once the commit under
        way lands): someone waits for one."""
        if not self._waiting:
            return
        self._hurry = True
        if self._on_thread is None and self._sending is None:
            self._next()

    def _wait_for_answers(self) -> None:
        if self._timer is None:
            self._timer = self._on_loop().call_later(RECEIPT_WAIT, self._waited)

    def _waited(self) -> None:
        self._timer = None
        self.hurry()

    async def idle(self) -> None:
        """Return once every commit asked for so far is done."""
        while self._on_thread is not None or self._sending is not None or self._waiting:
            self.hurry()
            waiter = asyncio.get_running_loop().create_future()
            self._idle.append(waiter)
            await waiter

    def _next(self) -> None:
        """Send the waiting turns' writes: now, unless a transaction of several trips holds
        the connection (a team's turn, an erasure), in which case once it lets go."""
        if not self._waiting:
            idle, self._idle = self._idle, []
            for waiter in idle:
                if not waiter.done():
                    waiter.set_result(None)
            return
        if not self._hurry and not any(flush for *_, flush in self._waiting):
            self._wait_for_answers()  # receipts alone: they may ride with the next answers
            return
        self._hurry = False
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._connection.locked():
            self._sending = self._on_loop().create_task(
                self._after_connection(), context=contextvars.Context())
            return
        batch, self._waiting = self._waiting, []
        try:
            conn = self._db._conn
            if not self._db._running:
                raise ValueError("Connection closed")
        except ValueError as exc:  # aiosqlite's word for a connection already closed
            self._landed(batch, [exc] * len(batch))
            return
        batch = self._not_refused(batch)
        if not batch:
            self._next()
            return
        self._on_thread = batch
        loop = self._on_loop()
        unflushed = None if any(flush for *_, flush in batch) else self.synchronous
        turns = [writes for writes, *_ in batch]

        def on_thread() -> None:
            try:
                failures: list[BaseException | None] = together(conn, turns, unflushed=unflushed)
            except BaseException as exc:  # the connection closed under it
                failures = [exc] * len(turns)
            with contextlib.suppress(RuntimeError):  # the event loop is gone: nobody waits
                loop.call_soon_threadsafe(self._landed, batch, failures)

        self._db._tx.put_nowait((None, on_thread))

    def _on_loop(self) -> asyncio.AbstractEventLoop:
        """The loop the waiting turns wait on (`ask` looked it up)."""
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        return self._loop

    def _not_refused(self, batch: Waiting) -> Waiting:
        """The batch less the turns `refusal` refuses now, each failed with what refuses it:
        asked once, if any turn of the batch is to be refused so."""
        if self.refusal is None or all(done.checked is None for _, done, _ in batch
                                       if isinstance(done, Landing)):
            return batch
        refuse = self.refusal()
        if refuse is None:
            return batch
        kept: Waiting = []
        for writes, done, flush in batch:
            doing = done.checked if isinstance(done, Landing) else None
            if doing is None:
                kept.append((writes, done, flush))
            elif not done.done():
                done.set_exception(refuse(doing))
        return kept

    def _landed(self, batch: Waiting, failures: list[BaseException | None]) -> None:
        """On the event loop: answer each turn of a batch, then send the next."""
        if self._on_thread is batch:
            self._on_thread = None
        for (_, done, _), failure in zip(batch, failures, strict=True):
            if done.done():
                continue
            if failure is None:
                done.set_result(None)
            else:
                done.set_exception(failure)
        if self._on_thread is None and self._sending is None:
            self._next()

    async def _after_connection(self) -> None:
        batch: Waiting = []
        try:
            async with self._connection:
                batch, self._waiting = self._not_refused(self._waiting), []
                if not batch:
                    return
                unflushed = None if any(flush for *_, flush in batch) else self.synchronous
                try:
                    failures = await self._db._execute(  # type: ignore[no-untyped-call]
                        functools.partial(together, unflushed=unflushed), self._db._conn,
                        [writes for writes, *_ in batch])
                except Exception as exc:  # the trip itself: the connection closed
                    failures = [exc] * len(batch)
                self._landed(batch, failures)
        except asyncio.CancelledError:  # its turns are told, else they would wait for ever
            for _, done, _ in batch + self._waiting:
                if isinstance(done, Landing):
                    done.stop()
            self._waiting = []
            raise
        finally:
            self._sending = None
            if self._on_thread is None:
                self._next()
