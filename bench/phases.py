"""Where each update's time goes: a per-update breakdown by phase, for the bench only.

`instrument(conversation)` wraps, in this process, the calls an update goes through: the
gate (allow-list and rate limiter), the store's reads ("load") and writes ("commit"), the
engine, the answer checks, rendering the replies, the Bot API calls (python-telegram-bot
building the request and decoding Telegram's answer), and every trip to aiosqlite's thread,
split three ways: queued behind other work for the thread, running on it, and waiting for
the event loop to resume the update once the thread is done; and, on SQLite, waiting for
the store's one unit of work at a time (another user's turn). The receipt of the question
just sent is not waited for (`storage.store.Store._receipt`): it is no phase of the update.
Garbage collection is timed through `gc.callbacks`. Phases are exclusive: time in a nested
phase is not counted again in the one around it. What no phase covers ("other") is
python-telegram-bot's dispatch, the handlers' own glue, and waits nothing above names.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import importlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import aiosqlite
from telegram.ext import ExtBot

from bot import sending, views
from bot.conversation import Conversation
from bot.handlers import Handlers
from flows import engine

# A turn's wait for the group commit, split four ways (`_group_commits`).
COMMIT_WAIT = ("commit_queue", "commit_thread", "commit_handback", "commit_resume")
PHASES = ("arrival", "decode", "gate", "store_wait", "load", "engine", "checks", "commit",
          "render", "bot_api", "db_queue", "db_thread", "loop_wait", *COMMIT_WAIT, "gc",
          "other")
LOADS = ("session", "load_draft", "was_handled", "list_drafts", "draft", "active", "drafts")
COMMITS = ("save", "save_session", "delete_draft", "delete_user")
# The store's classes, by the names each version of storage/ gives them (missing ones skipped).
STORE_CLASSES = (("storage.store", "Store"), ("storage.sql", "SqlStore"),
                 ("storage.sql", "SqlTurn"))
BOT_CALLS = ("send_message", "edit_message_text", "answer_callback_query", "send_document")
SENDING = ("send", "edit", "answer")  # bot.sending: the conversation's own calls
clock = time.perf_counter


class Breakdown:
    """One update's time per phase (seconds), kept exclusive with a stack of open phases."""

    __slots__ = ("open", "rounds", "spent", "trips")

    def __init__(self) -> None:
        self.trips = 0  # trips to aiosqlite's thread
        self.rounds = 0  # rounds of the event loop from the update's start to its end
        self.spent: dict[str, float] = dict.fromkeys(PHASES, 0.0)
        self.open: list[list[Any]] = []  # [phase, start, time spent in nested phases]

    def enter(self, phase: str) -> None:
        self.open.append([phase, clock(), 0.0])

    def leave(self) -> float:
        phase, start, nested = self.open.pop()
        took: float = clock() - start
        self.spent[phase] += took - nested
        if self.open:
            self.open[-1][2] += took
        return took

    def add(self, phase: str, seconds: float) -> None:
        """Time inside the open phase that belongs to `phase` instead."""
        self.spent[phase] += seconds
        if self.open:
            self.open[-1][2] += seconds


CURRENT: ContextVar[Breakdown | None] = ContextVar("bench_breakdown", default=None)
ROUNDS = [0]  # rounds the event loop has run since `count_rounds`


def count_rounds(loop: asyncio.AbstractEventLoop) -> Callable[[], None]:
    """Count the event loop's rounds (`ROUNDS`): each time an update waits for something,
    it waits for the loop to run everything else ready first, so an update's rounds are how
    often it queued. Wraps the pure-Python loop's own step; returns what undoes it."""
    step = loop._run_once  # type: ignore[attr-defined]

    def counted() -> None:
        ROUNDS[0] += 1
        step()

    loop._run_once = counted  # type: ignore[attr-defined]
    return functools.partial(delattr, loop, "_run_once")


@contextmanager
def phase(name: str) -> Iterator[None]:
    breakdown = CURRENT.get()
    if breakdown is None:
        yield
        return
    breakdown.enter(name)
    try:
        yield
    finally:
        breakdown.leave()


def _timed_async(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    @functools.wraps(fn)
    async def timed(*args: Any, **kwargs: Any) -> Any:
        with phase(name):
            return await fn(*args, **kwargs)
    return timed


def _timed(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    @functools.wraps(fn)
    def timed(*args: Any, **kwargs: Any) -> Any:
        with phase(name):
            return fn(*args, **kwargs)
    return timed


def _find(module: str, name: str) -> Any:
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _patch(owner: Any, names: tuple[str, ...], name: str, undo: list[Callable[[], None]],
           *, sync: bool = False, own: bool = False) -> None:
    """Time each method in `names` as phase `name` (with `own`, only those `owner` defines
    itself, so an inherited method is not wrapped twice)."""
    for attr in names:
        original = getattr(owner, attr, None)
        if original is None or (own and attr not in vars(owner)):
            continue
        setattr(owner, attr, (_timed if sync else _timed_async)(original, name))
        undo.append(functools.partial(setattr, owner, attr, original))


def _db_trips(undo: list[Callable[[], None]]) -> None:
    """Split each trip to aiosqlite's thread into queued, running and waiting for the loop."""
    original = aiosqlite.Connection._execute

    async def execute(self: aiosqlite.Connection, fn: Callable[..., Any], *args: Any,
                      **kwargs: Any) -> Any:
        breakdown = CURRENT.get()
        if breakdown is None:
            return await original(self, fn, *args, **kwargs)  # type: ignore[no-untyped-call]
        marks: list[float] = []

        def on_thread(*a: Any, **k: Any) -> Any:
            marks.append(clock())
            try:
                return fn(*a, **k)
            finally:
                marks.append(clock())

        submitted = clock()
        result = await original(self, on_thread, *args, **kwargs)  # type: ignore[no-untyped-call]
        resumed = clock()
        breakdown.trips += 1
        if len(marks) == 2:
            breakdown.add("db_queue", marks[0] - submitted)
            breakdown.add("db_thread", marks[1] - marks[0])
            breakdown.add("loop_wait", resumed - marks[1])
        return result

    aiosqlite.Connection._execute = execute  # type: ignore[method-assign]
    undo.append(functools.partial(setattr, aiosqlite.Connection, "_execute", original))


def _group_commits(undo: list[Callable[[], None]]) -> None:
    """A turn's writes go to the store's group commit (`storage.trips`), which sends them
    to aiosqlite's thread with other turns' writes: one trip, and the update's wait for it,
    from asking to the loop resuming it, split four ways:

    - *commit_queue*: until the thread starts on the batch the writes ride in (behind the
      batch under way and its hand-back, or waking the thread);
    - *commit_thread*: that batch on the thread (its statements, the COMMIT and its flush,
      and taking the GIL back from the loop between statements);
    - *commit_handback*: the thread done, until the loop runs the batch's outcome;
    - *commit_resume*: the outcome handed over, until the loop resumes the update.
    """
    trips = _find("storage.trips", "GroupCommit")
    if trips is None:
        return
    module: Any = importlib.import_module("storage.trips")
    together, landed, original = module.together, trips._landed, trips.commit
    on_thread: dict[int, tuple[float, float]] = {}  # a turn's writes: its batch on the thread
    handed: dict[int, tuple[float, float, float]] = {}  # a turn's future: ... and handed back

    def timed_together(conn: Any, turns: list[Any], **kwargs: Any) -> Any:
        start = clock()
        try:
            return together(conn, turns, **kwargs)
        finally:
            end = clock()
            for writes in turns:
                on_thread[id(writes)] = (start, end)

    def timed_landed(self: Any, batch: list[Any], failures: Any) -> None:
        now = clock()
        for writes, done, flush in batch:
            start, end = on_thread.pop(id(writes), (now, now))
            if flush:  # a receipt's is not waited for
                handed[id(done)] = (start, end, now)
        landed(self, batch, failures)

    async def commit(self: Any, writes: Any, **kwargs: Any) -> Any:
        breakdown = CURRENT.get()
        if breakdown is None:
            return await original(self, writes, **kwargs)
        breakdown.trips += 1
        asked = clock()
        done = self.ask(writes, **kwargs)
        try:
            return await module.settled(done)
        finally:
            resumed = clock()
            start, end, now = handed.pop(id(done), (resumed, resumed, resumed))
            for name, took in zip(COMMIT_WAIT, (start - asked, end - start, now - end,
                                                resumed - now), strict=True):
                breakdown.add(name, took)

    module.together = timed_together
    trips._landed = timed_landed
    trips.commit = commit
    undo.append(functools.partial(setattr, module, "together", together))
    undo.append(functools.partial(setattr, trips, "_landed", landed))
    undo.append(functools.partial(setattr, trips, "commit", original))


def _store_wait(conversation: Conversation, undo: list[Callable[[], None]]) -> None:
    """Time spent waiting for the SQLite store's one unit of work at a time: another user's
    turn (or a receipt) holding the connection. PostgreSQL's stores have no such lock."""
    lock = getattr(getattr(conversation, "_store", None), "_lock", None)
    if not isinstance(lock, asyncio.Lock):
        return
    # `async with lock` looks `acquire` up on the lock itself: this one is timed.
    lock.acquire = _timed_async(lock.acquire, "store_wait")  # type: ignore[method-assign]
    undo.append(functools.partial(delattr, lock, "acquire"))


def _gc(undo: list[Callable[[], None]]) -> None:
    started: list[float] = []
    main = threading.main_thread()

    def on_gc(stage: str, info: dict[str, Any]) -> None:
        if stage == "start":
            started[:] = [clock()]
        elif started:
            breakdown = CURRENT.get() if threading.current_thread() is main else None
            if breakdown is not None:
                breakdown.add("gc", clock() - started[0])

    gc.callbacks.append(on_gc)
    undo.append(functools.partial(gc.callbacks.remove, on_gc))


def instrument(conversation: Conversation) -> Callable[[], None]:
    """Wrap the calls of one update's path in timers; returns what undoes it."""
    undo: list[Callable[[], None]] = []
    for module, name in STORE_CLASSES:
        owner = _find(module, name)
        if owner is not None:
            _patch(owner, LOADS, "load", undo, own=True)
            _patch(owner, COMMITS, "commit", undo, own=True)
    team_store = _find("storage.teams", "TeamStore")
    if team_store is not None:  # the team gate's read of a user's standing, before the gate
        _patch(team_store, ("standing",), "load", undo, own=True)
    _patch(Handlers, ("gate",), "gate", undo)
    _patch(ExtBot, BOT_CALLS, "bot_api", undo)
    _patch(sending, SENDING, "bot_api", undo)
    _patch(engine, ("advance",), "engine", undo, sync=True)
    _patch(views, ("render",), "render", undo, sync=True)
    nudger = getattr(conversation, "_nudger", None)
    if nudger is not None:
        conversation._nudger = _timed(nudger, "checks")
        undo.append(functools.partial(setattr, conversation, "_nudger", nudger))
    _store_wait(conversation, undo)
    _db_trips(undo)
    _group_commits(undo)
    _gc(undo)

    def restore() -> None:
        for step in reversed(undo):
            step()
    return restore
