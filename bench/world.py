"""What every scenario shares: a simulated team's settings and the bot wired as `serve` wires it."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from contextlib import asynccontextmanager, contextmanager
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.app import build_application, settle_memory, settle_threads
from bot.config import Settings
from bot.conversation import Conversation
from bot.keys import require_key
from bot.ratelimit import RateLimiter
from bot.services import open_services
from flows.flow import Flow
from storage.crypto import new_key
from tests.memory_botapi import TOKEN, MemoryRequest

FIRST_USER = 100_000
AnyApp = Application[Any, Any, Any, Any, Any, Any]
# The real limiter, set as loose as settings allow: the benchmark sends faster than people do.
RATE_BURST, RATE_PER_MINUTE = 1000, 6000
PYTHON_GC_THRESHOLDS = (700, 10, 10)


def users(count: int, first: int = FIRST_USER) -> list[int]:
    """Telegram user ids for `count` practitioners."""
    return list(range(first, first + count))


def data_key() -> str:
    """A fresh data key line, as SOSBOT_DATA_KEY holds it."""
    return new_key("bench").line()


def settings(db: Path | str, allowed: Iterable[int], key: str | None = None) -> Settings:
    """Settings as `sosbot run` would read them, for a team of practitioners; `db` is a
    SQLite file, or a postgresql:// URL (SOSBOT_DATABASE_URL)."""
    where: dict[str, Any] = ({"SOSBOT_DATABASE_URL": db} if isinstance(db, str)
                             else {"SOSBOT_DB": str(db)})
    values: dict[str, Any] = {
        "TELEGRAM_BOT_TOKEN": TOKEN, "SOSBOT_ALLOWED_USERS": ",".join(map(str, allowed)),
        "SOSBOT_DATA_KEY": key or data_key(), "SOSBOT_RATE_BURST": RATE_BURST,
        "SOSBOT_RATE_PER_MINUTE": RATE_PER_MINUTE, **where}
    config = Settings(_env_file=None, **values)
    if isinstance(db, str) and target(config) != db:
        raise RuntimeError("this sosbot has no SOSBOT_DATABASE_URL (no PostgreSQL engine)")
    return config


def target(config: Settings) -> Path | str:
    """The database the bot opens: the URL if set, else the SQLite file."""
    database = getattr(config, "database", None)  # SOSBOT_DATABASE_URL, where supported
    found: Path | str = database() if callable(database) else config.db
    return found


@asynccontextmanager
async def running_bot(config: Settings, flows: Mapping[str, Flow], request: MemoryRequest, *,
                      tune_gc: bool = True) -> AsyncIterator[tuple[AnyApp, Conversation]]:
    """The bot as `serve` builds it (sealer, limiter, handlers), initialised, without polling."""
    limiter = RateLimiter(config.rate_burst, config.rate_per_minute)
    db: Any = target(config)  # a Path, or a URL where the store takes one
    sealer = require_key(config, db) if isinstance(db, Path) else require_key(config)
    async with open_services(config, db, flows, sealer=sealer) as conversation:
        app = build_application(config, conversation, request=request,
                                get_updates_request=MemoryRequest(record=False), limiter=limiter,
                                flood_control=False)
        if tune_gc:
            settle_memory()  # as `serve` does once started
        else:  # Python's defaults, to measure what settling is worth
            gc.unfreeze()
            gc.set_threshold(*PYTHON_GC_THRESHOLDS)
        switch = settle_threads()  # as `serve` does (the collector's row is the collector's)
        try:
            async with app:
                yield app, conversation
        finally:
            sys.setswitchinterval(switch)


class ErrorCount(logging.Handler):
    """Counts ERROR records, so a scenario that only looked fast because it failed is caught."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0
        self.first: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1
        self.first = self.first or record.getMessage()


@asynccontextmanager
async def counting_errors() -> AsyncIterator[ErrorCount]:
    """Count the ERROR records logged anywhere while the block runs."""
    handler = ErrorCount()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)


@contextmanager
def commits_not_flushed() -> Iterator[list[int]]:
    """SQLite stores opened inside commit without waiting for the disk (`synchronous =
    NORMAL`), which is not how sosbot runs: the bench's measure of what the flush adds to
    the tail. Yields the `synchronous` level each store opened inside reads back (1)."""
    from storage.store import Store

    opening = vars(Store)["open"]
    levels: list[int] = []

    async def open_unflushed(cls: type[Store], /, path: Any, **kwargs: Any) -> Store:
        store: Store = await opening.__func__(cls, path, **{**kwargs, "synchronous": "NORMAL"})
        for (level,) in await store._db.execute_fetchall("PRAGMA synchronous"):
            levels.append(int(level))
        return store

    setattr(Store, "open", classmethod(open_unflushed))  # noqa: B010 (a classmethod, swapped)
    try:
        yield levels
    finally:
        setattr(Store, "open", opening)  # noqa: B010
