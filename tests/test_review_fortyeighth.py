"""The forty-eighth pass's review of the forty-seventh's merged change, and of a newcomer's path.

- a member removed by an admin is no longer taken as a member from the moment the removal is
  committed: not for the few turns of the event loop before the removal's own code went on
  and forgot the standing kept for her (another update's gate, reading then, let her in);
- a start that writes the compiled patterns clears away the half-written files of a start
  killed while writing (about 7 MB each, kept for ever), not another's still being written.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
import time
from pathlib import Path

from flows.flow import Flow
from storage.teams import TeamStore
from tests.test_start_fortyseventh import written
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


def test_a_start_clears_the_half_written_cache_of_a_start_killed_while_writing(
        tmp_path: Path) -> None:
    """A start killed while writing the compiled patterns (the unit's stop timeout, the
    out-of-memory killer, a power cut) left its temporary file in the cache folder, and each
    such kill another. The next start that writes the file takes away one left from a day
    ago, and keeps one being written now by an instance starting beside it."""
    killed = tmp_path / ".patterns-k1ll3d"
    killed.write_bytes(b"sosbot compiled patterns 1\n" + b"\0" * 4096)
    a_day_ago = time.time() - 24 * 3600
    os.utime(killed, (a_day_ago, a_day_ago))
    beside = tmp_path / ".patterns-b3s1d3"
    beside.write_bytes(b"sosbot compiled patterns 1\n")

    written(tmp_path, r"\bmum\b")

    assert not killed.exists()
    assert beside.exists()
    assert len(list(tmp_path.glob("patterns-*.bin"))) == 1
