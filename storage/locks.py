"""Who may use the SQLite store at once, inside its one process: one turn per user, any number
of users' turns side by side, and upkeep (purge, re-sealing, team rows written outside a turn)
alone.

Held by `storage.store.Store` around a turn's whole unit of work, while the connection itself
is taken only for each trip to the database. The bot's own per-user order (`bot.handlers`,
`bot.conversation`) uses `UserLocks` too, so nothing is kept for each person who ever wrote.
Nothing here awaits on the way out, so a cancelled task cannot leave a lock held.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class UserLocks:
    """One lock per user, kept only while someone holds it or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, list[int]]] = {}

    @asynccontextmanager
    async def held(self, user_id: int) -> AsyncIterator[None]:
        lock, users = self._locks.setdefault(user_id, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:
                yield
        finally:
            users[0] -= 1
            if not users[0]:
                del self._locks[user_id]


class Gate:
    """Turns pass side by side; a job that must see no turn half done waits for the open ones
    to finish, and keeps new ones out until it is done (so a stream of turns cannot starve
    it)."""

    def __init__(self) -> None:
        self._turns = 0
        self._jobs = asyncio.Lock()
        self._open = asyncio.Event()
        self._open.set()
        self._idle = asyncio.Event()
        self._idle.set()

    @asynccontextmanager
    async def turn(self) -> AsyncIterator[None]:
        while not self._open.is_set():
            await self._open.wait()
        self._turns += 1
        self._idle.clear()
        try:
            yield
        finally:
            self._turns -= 1
            if not self._turns:
                self._idle.set()

    @asynccontextmanager
    async def alone(self) -> AsyncIterator[None]:
        async with self._jobs:
            self._open.clear()
            try:
                while self._turns:
                    await self._idle.wait()
                yield
            finally:
                self._open.set()
