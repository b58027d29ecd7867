"""Folding the write-ahead log back into the database beside the commits, not inside one.

In WAL mode every commit appends to the `-wal` file, and SQLite's own rule folds the log
back into the database file (a checkpoint: the log's pages copied over, both files flushed
to the disk) inside whichever commit takes the log past 1,000 pages. That commit then takes
several times as long as the others (measured: p50 5.2 ms against 1.8 on a busy disk, one
commit in 170), and under the group commit (`storage.trips`) every turn that finished while
it ran waits for it too: a tail that had nothing to do with the answers being saved.

So the store's own connection keeps SQLite's rule only as a backstop, far out
(`BACKSTOP_PAGES`), and a thread of its own here, on a connection of its own, runs a passive
checkpoint every `EVERY_TURNS` turns committed. A passive checkpoint never blocks a writer
(commits go on appending to the log while it copies) and gives up rather than wait for one;
the next commit after a complete one starts the log again from its beginning. What the log
holds is as safe in it as in the database file, so nothing here bears on what is kept: the
erasures still end with their own full checkpoint (`Store.checkpoint`), which waits for this
one if it is under way.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading

EVERY_TURNS = 150  # about SQLite's 1,000 pages, at the 6 or so pages an answer's turn writes
BACKSTOP_PAGES = 10_000  # about 40 MB of log: a commit folds it in, if this thread has not


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
        self.done = 0  # checkpoints run (complete or not): for the tests and the benchmark

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
        except sqlite3.Error:  # the backstop folds the log in instead
            return
        with contextlib.closing(conn):
            # A checkpoint flushes the log and the database as this connection's setting
            # says: the store's own.
            conn.execute(f"PRAGMA synchronous = {self._synchronous}")
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stopping:
                    return
                with contextlib.suppress(sqlite3.Error):  # tried again at the next wake
                    conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
                self.done += 1
