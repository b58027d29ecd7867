"""Many coroutines sharing one store: single-trip work and multi-statement transactions mixed."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from flows.draft import Draft
from storage.store import Session, Store

USERS = range(1, 41)


def _draft(user: int) -> Draft:
    return Draft(id=f"d{user}", user_id=user, flow_id="tiny", flow_version=1, label=f"T{user}",
                 history=["a"])


async def _practitioner(store: Store, user: int) -> None:
    draft = _draft(user)
    for step in range(5):
        draft.answers[f"s{step}"] = f"answer {step} of {user}"
        assert await store.save(draft, [f"s{step}"], update=(user, step), new=step == 0)
        loaded = await store.load_draft(user, draft.id)
        assert loaded is not None
        assert loaded.answers == draft.answers
        assert await store.was_handled(user, step)
        await store.save_session(Session(user, draft.id, {"n": step}))  # several statements
    if user % 4 == 0:
        assert await store.delete_draft(user, draft.id)  # several statements and a checkpoint


async def test_interleaved_saves_reads_and_transactions_stay_consistent(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "busy.db") as store:
        await asyncio.gather(*(_practitioner(store, user) for user in USERS))

        counts = await store.table_counts()
        kept = [u for u in USERS if u % 4]
        assert counts["drafts"] == len(kept)
        assert counts["answers"] == 5 * len(kept)
        assert counts["handled_updates"] == 5 * len(USERS)
        for user in kept:
            loaded = await store.load_draft(user, f"d{user}")
            assert loaded is not None
            assert len(loaded.answers) == 5
            assert (await store.session(user)).state == {"n": 4}


async def test_work_queued_during_an_open_transaction_waits_for_it(tmp_path: Path) -> None:
    async with await Store.open(tmp_path / "busy.db") as store:
        for user in (1, 2):
            await store.save(_draft(user), [], new=True)
        erasing = asyncio.create_task(store.delete_user(1))  # BEGIN, three DELETEs, COMMIT
        await asyncio.sleep(0)  # it now holds the lock, its BEGIN queued

        second = _draft(2)
        second.answers["s1"] = "kept"
        assert await store.save(second, ["s1"], update=(2, 7))
        loaded = await store.load_draft(2, "d2")
        await erasing

        assert loaded is not None
        assert loaded.answers == {"s1": "kept"}
        assert await store.load_draft(1, "d1") is None
        assert (await store.table_counts())["drafts"] == 1


async def test_an_update_cancelled_while_its_first_statement_waits_leaves_no_open_transaction(
        tmp_path: Path) -> None:
    """A turn sends BEGIN with its first read. Cancelled while that trip still waits for the
    database thread (busy with other work), it must not leave the connection inside a
    transaction that every later answer would then fail to start."""
    async with await Store.open(tmp_path / "busy.db") as store:
        # Keep aiosqlite's thread busy, so the turn's first trip waits in its queue.
        busy = asyncio.ensure_future(store._db._execute(time.sleep, 0.3))  # type: ignore[no-untyped-call]
        first = asyncio.ensure_future(store.save(_draft(1), new=True, update=(1, 1)))
        await asyncio.sleep(0.05)
        first.cancel()
        with pytest.raises(asyncio.CancelledError):
            await first
        await busy

        assert await store.save(_draft(2), ["s0"], update=(2, 1), new=True)
        assert await store.load_draft(2, "d2") is not None
        assert await store.load_draft(1, "d1") is None  # the cancelled save left nothing
