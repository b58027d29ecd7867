"""Many coroutines sharing one store: single-trip work and multi-statement transactions mixed."""

from __future__ import annotations

import asyncio
from pathlib import Path

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
