"""The forty-fourth pass's store leftovers, on both engines (SQLite, and a throwaway
PostgreSQL where one can be started). Each test of a defect failed on the code as it was."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest

from flows.flow import Flow
from storage import keyring
from storage.sql import SqlStore
from tests.test_teams_fortyfirst import PRIYA, SAM, _members, _open_draft


async def test_a_list_of_drafts_read_as_one_of_them_is_handed_over_is_read_whole(
        engine_store: SqlStore, flows: Mapping[str, Flow],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Priya handed FM-3 to Sam just as Sam handed KB-7 to her; her hand-over lists Sam's
    drafts first. On PostgreSQL that list read Sam's drafts in one statement and their keys
    in the next, each seeing what had committed when it began: KB-7's hand-over committed
    between the two, its key had gone to Priya, and her hand-over failed with "its draft
    has no key" (seen once in a full run). A read now sees the database as it was when it
    began, all through: KB-7 is listed as Sam's still, and both hand-overs land."""
    chat = await _members(engine_store, flows)
    await _open_draft(engine_store, SAM, "kb7", "KB-7")
    loaded = keyring.Keyring._loaded
    handing: list[asyncio.Task[object]] = []

    async def keys_read_after_the_hand_over(self: keyring.Keyring) -> dict[str, bytes]:
        if self.user_id == SAM and not handing:
            handing.append(asyncio.ensure_future(chat.hand_over(SAM, "kb7", PRIYA)))
            # SQLite's one writer may wait for this read to end: let it, a moment at most
            await asyncio.wait(handing, timeout=1)
        return await loaded(self)

    monkeypatch.setattr(keyring.Keyring, "_loaded", keys_read_after_the_hand_over)
    listed = await engine_store.list_drafts(SAM, status=None)
    monkeypatch.setattr(keyring.Keyring, "_loaded", loaded)
    assert [(info.id, info.label) for info in listed] == [("kb7", "KB-7")]
    outcome, _ = await asyncio.wait_for(handing[0], 30)  # type: ignore[misc]
    assert outcome == "handed"
    assert [info.label for info in await engine_store.list_drafts(PRIYA, status=None)] == ["KB-7"]
    assert await engine_store.list_drafts(SAM, status=None) == []
