"""The forty-second pass's leftovers, each as a practitioner meets it: the store on both
engines (SQLite, and a throwaway PostgreSQL where one can be started), the real Application
(tests/memory_botapi.py) on real SQLite files, and the real console driver. Each test of a
defect failed on the code as it was."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

from bot.session_commands import MAX_UNFINISHED
from flows.draft import Status
from flows.flow import Flow
from flows.replies import Command, Text
from storage.contract import DraftInfo
from storage.sql import SqlStore
from tests.store_data import unfinished_drafts
from tests.test_teams_fortyfirst import ALEX, PRIYA, _members, _open_draft

# --- her own /new as a colleague hands her a case, at the most drafts anyone keeps ----------


async def test_her_own_new_draft_and_a_hand_over_to_her_at_ninety_nine_land_one(
        engine_store: SqlStore, flows: Mapping[str, Flow]) -> None:
    """Priya had 99 unfinished drafts. She typed a new case's label as Alex handed her FM-3:
    the hand-over counted her drafts inside its transaction, her /new outside any, and both
    went, 101. Both count now under one lock in their own transaction: one lands, the other
    is refused and says why (her new draft is not started, or FM-3 stays Alex's)."""
    chat = await _members(engine_store, flows)
    await unfinished_drafts(chat, PRIYA, "reflection",
                            (f"P-{n}" for n in range(MAX_UNFINISHED - 1)))
    await _open_draft(engine_store, ALEX, "fm3", "FM-3")
    await chat.handle(PRIYA, Command("new", "reflection"))
    listed = chat.drafts
    handing: list[asyncio.Task[tuple[str, str | None]]] = []

    async def drafts_as_alex_hands(user_id: int, status: Status | None = "in_progress"
                                   ) -> list[DraftInfo]:
        """Her drafts as /new reads them, and Alex's hand-over landing just after (the
        moment the two raced: each read 99)."""
        found = await listed(user_id, status)
        if user_id == PRIYA and not handing:
            handing.append(asyncio.create_task(chat.hand_over(ALEX, "fm3", PRIYA)))
            await asyncio.wait(handing, timeout=5)
        return found

    chat.drafts = drafts_as_alex_hands  # type: ignore[method-assign]
    said = await chat.handle(PRIYA, Text("KB-9"))
    handed = await handing[0]
    chat.drafts = listed  # type: ignore[method-assign]
    mine = await chat.drafts(PRIYA)
    assert len(mine) == MAX_UNFINISHED, (handed, said)
    if handed[0] == "handed":
        assert "KB-9" not in [d.label for d in mine]
        assert "the most anyone can keep" in said[0].text  # type: ignore[union-attr]
    else:
        assert handed[0] == "full"
        assert len(await chat.drafts(ALEX)) == 1
