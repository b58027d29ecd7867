"""The write-ahead log folded back into the database beside the commits, not inside one.

SQLite checkpoints by itself inside the commit that takes the log past 1,000 pages: that
commit copies them into the database file and flushes it (at `synchronous = FULL`, twice),
and every answer gathered behind it waits. In the paced benchmark that one commit was the
longest wait of all (91 ms, against a commit's usual half a millisecond), and the answers
queued behind it were most of the slowest 1 %.

Here a thread with a connection of its own checkpoints (PASSIVE) once a second while
anything was committed since its last look. In WAL mode a checkpoint copies pages while the
writer goes on appending to the log, and the thread holds the GIL only to start it: the copy
and the flushes run inside SQLite. The writer's own checkpoint is kept as a backstop, at
`BACKSTOP` pages, for a log that outgrows the thread (a machine too busy to run it).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import threading
from collections.abc import AsyncIterator
from pathlib import Path

EVERY = 1.0  # seconds between looks at the database while answers are being saved
BACKSTOP = 10_000  # pages in the log before the writer checkpoints inside a commit itself

log = logging.getLogger(__name__)


class Checkpointer:
    """A thread folding the log of the database at `path` back into it (`start`, `stop`).

    `aside()` keeps it from starting a checkpoint meanwhile: SQLite refuses a second
    checkpoint while one runs (it does not wait), so the store's own full checkpoint (after
    an erasure, at close) waits for this one's to end instead."""

    def __init__(self, path: str, synchronous: str, *, every: float | None = None) -> None:
        uri = Path(path).absolute().as_uri() + "?mode=rw"  # never creates the file
        self._conn = sqlite3.connect(uri, uri=True, isolation_level=None,
                                     check_same_thread=False)
        # A checkpoint flushes the log and the database as this connection's setting says.
        self._conn.execute(f"PRAGMA synchronous = {synchronous}")
        self._every = EVERY if every is None else every
        self._stopping = threading.Event()
        self._running = threading.Lock()  # held for each checkpoint, and by `aside`
        self._seen: int | None = None  # PRAGMA data_version at the last look
        self._failing = False
        self.folded = 0  # checkpoints that copied pages (read by the tests)
        self._thread = threading.Thread(target=self._run, name="sosbot-checkpoints",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        while not self._stopping.wait(self._every):
            with self._running:
                if self._stopping.is_set():
                    return
                self.fold()

    def fold(self) -> None:
        """One look: a checkpoint if anything was committed since the last look."""
        try:
            # Changes when another connection has committed since this one last asked.
            (version,) = self._conn.execute("PRAGMA data_version").fetchone()
            if version == self._seen:
                return
            self._seen = version
            busy, _, copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error as exc:
            if not self._failing:  # once, not once a second: the backstop still checkpoints
                log.warning("Could not fold the write-ahead log back into the database "
                            "(%s); SQLite will do it itself inside a later commit.", exc)
            self._failing = True
            return
        self._failing = False
        if not busy and copied > 0:
            self.folded += 1

    @contextlib.asynccontextmanager
    async def aside(self) -> AsyncIterator[None]:
        """No checkpoint of this thread's starts or runs inside."""
        if not self._running.acquire(blocking=False):
            taking = asyncio.ensure_future(asyncio.to_thread(self._running.acquire))
            try:
                await asyncio.shield(taking)
            except asyncio.CancelledError:  # the lock, once taken, is given back
                taking.add_done_callback(self._give_back)
                raise
        try:
            yield
        finally:
            self._running.release()

    def _give_back(self, taking: asyncio.Future[bool]) -> None:
        if not taking.cancelled() and taking.exception() is None:
            self._running.release()

    def stop(self) -> None:
        """End the thread (after the checkpoint under way, if any) and close its connection;
        blocking, so called through `asyncio.to_thread`. Safe to call twice."""
        self._stopping.set()
        if self._thread.is_alive():
            self._thread.join()
        self._conn.close()
