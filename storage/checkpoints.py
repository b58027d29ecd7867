"""Folding the write-ahead log back into the database beside the commits, not inside one.

In WAL mode every commit appends to the `-wal` file, and SQLite's own rule folds the log
back into the database file (a checkpoint: the log's pages copied over, both files flushed
to the disk) inside whichever commit takes the log past 1,000 pages. That commit then takes
several times as long as the others (measured: p50 5.2 ms against 1.8 on a busy disk, one
commit in 170), and under the group commit (`storage.trips`) every turn that finished while
it ran waits for it too: a tail that had nothing to do with the answers being saved.

So a thread of its own here, on a connection of its own, runs a passive checkpoint every
`EVERY_TURNS` turns committed. A passive checkpoint never blocks a writer (commits go on
appending to the log while it copies) and gives up rather than wait for one. The log is
written again from its start only by a commit that finds all of it copied back; commits
landing while the thread copies leave a few pages uncopied, so it copies again at once, a
few times, while there are any (`CATCH_UP`). Under a load that never pauses, that moment
may not come: the store's own connection keeps SQLite's rule as a backstop
(`BACKSTOP_PAGES`), and by then its checkpoint has only the last pages to copy.

What the log holds is as safe in it as in the database file: nothing here bears on what is
kept. An erasure ends with a full checkpoint of its own (`Store.checkpoint`), which would be
refused at once while this thread's is under way: it takes `held` first, and this thread
waits for it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator

EVERY_TURNS = 50  # about 300 pages of the log, at the 6 or so pages an answer's turn writes
CATCH_UP = 3  # passes after the first while commits have landed behind it
BACKSTOP_PAGES = 2_000  # about 8 MB of log: the store's own commit folds it in, if not here

log = logging.getLogger(__name__)


class Checkpointer:
    """A thread that folds the log into `path` once enough turns have committed (`committed`,
    called on the event loop); started at the first checkpoint, stopped by `stop`."""

    def __init__(self, path: str, synchronous: str) -> None:
        self._path = path
        self._synchronous = synchronous
        self._every = EVERY_TURNS
        self._turns = 0
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._folding = threading.Lock()  # held while a checkpoint runs, here or the store's
        self.done = 0  # complete checkpoints: for the tests and the benchmark

    def committed(self, turns: int) -> None:
        """`turns` turns' writes have just reached the log; wake the thread every so often."""
        self._turns += turns
        if self._turns < self._every or self._stopping:
            return
        self._turns = 0
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sosbot-checkpoint",
                                            daemon=True)
            self._thread.start()
        self._wake.set()

    @contextlib.asynccontextmanager
    async def held(self) -> AsyncIterator[None]:
        """No checkpoint of this thread's runs inside: for one of the store's own, which
        SQLite would refuse at once while another is under way."""
        if not self._folding.acquire(blocking=False):
            taking = asyncio.ensure_future(asyncio.to_thread(self._folding.acquire))
            try:
                await asyncio.shield(taking)
            except asyncio.CancelledError:  # the lock is let go once it has been taken
                taking.add_done_callback(lambda _: self._folding.release())
                raise
        try:
            yield
        finally:
            self._folding.release()

    def stop(self) -> None:
        """Let a checkpoint under way finish, then end the thread (before the store's own
        connection closes, which removes the log only as the last one open)."""
        self._stopping = True
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            # A checkpoint flushes the log and the database as this connection's setting
            # says: the store's own.
            conn.execute(f"PRAGMA synchronous = {self._synchronous}")
        except sqlite3.Error as exc:
            log.warning("could not open %s to fold its write-ahead log back (%s); SQLite "
                        "folds it in every %d pages instead", self._path, exc, BACKSTOP_PAGES)
            return
        with contextlib.closing(conn):
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                with self._folding:
                    self._fold(conn)

    def _fold(self, conn: sqlite3.Connection) -> None:
        """Copy the log back, then again while commits landed behind the last pass (the log
        it reports is the one it found on starting), so the next commit can start it anew."""
        found = -1
        for _ in range(1 + CATCH_UP):
            try:
                ((busy, pages, copied),) = conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error as exc:  # tried again at the next wake
                log.warning("could not fold the write-ahead log of %s back (%s)", self._path,
                            exc)
                return
            if busy or copied < pages:
                return  # a reader holds the rest: the next wake takes it
            self.done += 1
            if pages <= found:  # nothing landed since the pass before (or the log restarted)
                return
            found = pages
