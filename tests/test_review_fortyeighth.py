"""The forty-eighth pass's review of the forty-seventh's merged change, and of a newcomer's path.

- a member removed by an admin is no longer taken as a member from the moment the removal is
  committed: not for the few turns of the event loop before the removal's own code went on
  and forgot the standing kept for her (another update's gate, reading then, let her in).
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from pathlib import Path

from flows.flow import Flow
from storage.teams import TeamStore
from tests.test_tail_fortyseventh import SAM, members_sam_and_priya
from tests.test_telegram_handlers import USER, running


def on_file(db: Path, user_id: int) -> bool:
    """Whether the database file, as committed, holds `user_id` as a member."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM members WHERE user_id = ?", (user_id,)).fetchone() \
            is not None
    finally:
        conn.close()


async def test_a_removed_member_is_not_taken_as_one_once_her_removal_is_committed(
        tmp_path: Path, flows: dict[str, Flow]) -> None:
    """Sam's standing is kept from his last message; an admin removes him. At every turn of
    the event loop while the removal runs, what the gate reads of Sam is what the database
    holds: once the file no longer has him as a member, nor does his standing."""
    async with running(tmp_path, flows, allowed=(USER,)) as bot:
        teams = await members_sam_and_priya(bot)
        await bot.say("/help", user=SAM)  # his standing read, and kept
        removing = asyncio.ensure_future(teams.remove_member(SAM, now=time.time()))
        seen: list[tuple[bool, bool]] = []
        while not removing.done():
            committed = on_file(bot.db, SAM)  # first: the standing read after it is as new
            member = (await TeamStore(bot.conversation.store).standing(SAM)).role is not None
            seen.append((committed, member))
            await asyncio.sleep(0)
        assert await removing

    assert (True, True) in seen  # read while the removal was under way, before its commit
    assert (False, True) not in seen  # never a member the database no longer holds
