"""Who may use the SQLite store at once, inside its one process: one turn per user, any number
of users' turns side by side, and upkeep (purge, re-sealing, team rows written outside a turn)
alone.

Held by `storage.store.Store` around a turn's whole unit of work, while the connection itself
is taken only for each trip to the database. The bot's own per-user order (`bot.app`,
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

    def held(self, user_id: int) -> _Held:
        """`async with locks.held(user_id):` one user's turn at a time."""
        return _Held(self._locks, user_id)


class _Held:
    """A user's lock while held (a class, not a generator: three are taken per update)."""

    __slots__ = ("_entry", "_locks", "_user_id")

    def __init__(self, locks: dict[int, tuple[asyncio.Lock, list[int]]], user_id: int) -> None:
        self._locks, self._user_id = locks, user_id
        self._entry: tuple[asyncio.Lock, list[int]] | None = None

    async def __aenter__(self) -> None:
        self._entry = entry = self._locks.get(self._user_id) or self._locks.setdefault(
            self._user_id, (asyncio.Lock(), [0]))
        entry[1][0] += 1
        try:
            await entry[0].acquire()
        except BaseException:  # cancelled while waiting: no longer a waiter
            self._left()
            raise

    async def __aexit__(self, *exc: object) -> None:
        assert self._entry is not None
        self._entry[0].release()
        self._left()

    def _left(self) -> None:
        assert self._entry is not None
        users = self._entry[1]
        users[0] -= 1
        if not users[0]:
            del self._locks[self._user_id]


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

    def turn(self) -> _Passing:
        """`async with gate.turn():` a turn, side by side with the others."""
        return _Passing(self)

    async def enter(self) -> None:
        while not self._open.is_set():
            await self._open.wait()
        self._turns += 1
        self._idle.clear()

    def leave(self) -> None:
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


class _Passing:
    """A turn through the gate (a class, not a generator: one is taken per update)."""

    __slots__ = ("_gate",)

    def __init__(self, gate: Gate) -> None:
        self._gate = gate

    async def __aenter__(self) -> None:
        await self._gate.enter()

    async def __aexit__(self, *exc: object) -> None:
        self._gate.leave()
