"""Wiring: the store, the flows and the answer checks, put together once for any front end."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

from bot.config import Settings
from bot.conversation import Conversation
from bot.instances import Receiving, retention, this_instance
from bot.teams.conversation import TeamConversation
from bot.wording import Surface
from flows.checks.words import load_word_list
from flows.flow import Flow
from flows.nudges import label_check, nudger
from storage import open_store
from storage.errors import StorageError
from storage.sealing import Sealer
from storage.sql import SqlStore


@asynccontextmanager
async def open_services(settings: Settings, db: Path | str, flows: Mapping[str, Flow], *,
                        sealer: Sealer | None = None, surface: Surface = "telegram",
                        lost: Callable[[StorageError], None] | None = None,
                        receiving: Receiving | None = None) -> AsyncIterator[Conversation]:
    """Open the database and yield a ready conversation, worded for `surface`; always closes
    the database.

    A broken SOSBOT_WORDS file stops here, before the database is opened (WordListError).
    The conversation expects delivery receipts: both front ends report each question shown.
    `lost`: told if the database can no longer be served with this key (`Store.serving`).
    `receiving`: how `sosbot run` takes updates, which every instance must share.
    """
    words = load_word_list(settings.words)
    store = await open_store(db, sealer=sealer, busy_ms=settings.busy_timeout_ms)
    try:
        # `keys rotate` is refused while any instance serves; on a database several share,
        # an instance whose settings differ from a serving one's where they must agree is too
        instance = this_instance(settings, sealer, flows, telegram=surface == "telegram",
                                 receiving=receiving) if store.shared else None
        async with store.serving(lost, instance):
            # a chat runs no retention: it says what the instances serving beside it apply
            days = (settings.draft_days, settings.done_days) if surface == "telegram" \
                else retention(settings, store.served_with)
            yield TeamConversation(store, flows, nudger=nudger(words, ready=surface == "telegram"),
                                   label_check=label_check, retention=days,
                                   receipts=True, surface=surface,
                                   admins=settings.allowed_users)
    finally:
        await _closed(store)


async def _closed(store: SqlStore) -> None:
    """Close the store to its end, even when the task closing it is cancelled meanwhile, and
    pass the cancel on after. Ctrl-C as `sosbot chat` closed a SQLite database (asyncio
    cancels the task) cut the close short: its last checkpoint was never done, and the last
    answers were left in its side file (`-wal`), missing from a copy of the file alone.
    PostgreSQL's close is left to be cancelled: asyncpg then ends its wait for connections
    still in use, and what they committed is kept."""
    if store.shared:
        await store.close()
        return
    closing = asyncio.ensure_future(store.close())
    cancelled = False
    while not closing.done():
        try:
            await asyncio.shield(closing)
        except asyncio.CancelledError:
            cancelled = True
    closing.result()
    if cancelled:
        raise asyncio.CancelledError
