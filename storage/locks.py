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
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class UserLocks:
    """One lock per user, kept only while someone holds it or waits for it.

    Not an `asyncio.Lock` a user (one was made, taken and dropped three times an update):
    a user's entry is there while their lock is held, with the futures of those waiting
    for it, first come first served; the one leaving hands it to the first still waiting."""

    def __init__(self) -> None:
        # each user whose lock is held: those waiting for it (None: nobody yet)
        self._held: dict[int, deque[asyncio.Future[None]] | None] = {}

    def held(self, user_id: int) -> _Held:
        """`async with locks.held(user_id):` one user's turn at a time."""
        return _Held(self, user_id)

    def _take(self, user_id: int) -> asyncio.Future[None] | None:
        """The user's lock at once (None), or the future that hands it over."""
        held = self._held
        if user_id not in held:
            held[user_id] = None
            return None
        waiting = held[user_id]
        if waiting is None:
            waiting = held[user_id] = deque()
        handed: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiting.append(handed)
        return handed

    def _give_back(self, user_id: int) -> None:
        """To the first still waiting, or to nobody: the user's entry goes."""
        waiting = self._held[user_id]
        while waiting:
            handed = waiting.popleft()
            if not handed.done():  # (a waiter cancelled meanwhile is passed over)
                handed.set_result(None)
                return
        del self._held[user_id]


class _Held:
    """A user's lock while held (a class, not a generator: three are taken per update)."""

    __slots__ = ("_locks", "_user_id")

    def __init__(self, locks: UserLocks, user_id: int) -> None:
        self._locks, self._user_id = locks, user_id

    async def __aenter__(self) -> None:
        handed = self._locks._take(self._user_id)
        if handed is None:
            return
        try:
            await handed
        except BaseException:
            if handed.done() and not handed.cancelled():  # handed over, then cancelled
                self._locks._give_back(self._user_id)
            else:  # cancelled while waiting: no longer a waiter
                waiting = self._locks._held.get(self._user_id)
                if waiting and handed in waiting:
                    waiting.remove(handed)
            raise

    async def __aexit__(self, *exc: object) -> None:
        self._locks._give_back(self._user_id)


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
        gate = self._gate
        if gate._open.is_set():  # most turns: entered without a coroutine of `enter`'s
            gate._turns += 1
            gate._idle.clear()
            return
        await gate.enter()

    async def __aexit__(self, *exc: object) -> None:
        self._gate.leave()
