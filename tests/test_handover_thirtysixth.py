"""Handing a case over (/handover): a social worker moving team or going on leave passes the
draft open now to the colleague taking the case. Through the store contract on SQLite and
PostgreSQL (every value sealed again under the new owner, in one transaction, nothing
stored unsealed), and through the real Application with tests/memory_botapi.py on real
SQLite files: the colleague picker, the confirmation, what each side is told, the
partners' parts that follow the mapping, and what was held for the giver."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague, invite_partner
from flows.draft import Pending
from flows.flow import Flow
from storage.contract import Session
from storage.contributions import ContributionStore
from storage.crypto import AesGcmSealer
from storage.sealing import where
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.store_data import CANARY, a_draft
from tests.test_store_contract import every_row

GIVER, TAKER, PARTNER = 4242, 7001, 5001


# --- the store contract, on both engines -------------------------------------------------


async def a_mapping_with_a_part(store: SqlStore) -> tuple[ContributionStore, str]:
    """GIVER's mapping "KB-7" (three answers, one held back by a reminder), with a School
    partner's part sent: the invite's code hash."""
    draft = a_draft(GIVER, "kb7", "KB-7")
    draft.answers = {"worries": f"{CANARY} worries", "good": ["school", "nan"], "score": 4}
    draft.history = list(draft.answers)
    draft.pending = Pending("next", "privacy", f"{CANARY} held")
    await store.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
    teams = TeamStore(store)
    contributions = ContributionStore(teams)
    made = await invite_partner(teams, GIVER, "kb7", agency="School", label="KB-7",
                                lead_name="Jo")
    code = code_hash(made.code)
    invite = await contributions.claim(code, PARTNER, time.time())
    assert invite is not None
    assert await contributions.send(invite, {"flow": "contribution",
                                             "answers": {"worries": f"{CANARY} school"}})
    return contributions, code


async def test_a_handed_over_draft_is_the_takers_sealed_for_them_alone(
        engine_store: SqlStore, database: str, sealer: AesGcmSealer) -> None:
    contributions, code = await a_mapping_with_a_part(engine_store)
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)

    assert await engine_store.load_draft(GIVER, "kb7") is None
    assert await engine_store.list_drafts(GIVER) == []
    moved = await engine_store.load_draft(TAKER, "kb7")
    assert moved is not None
    assert (moved.label, moved.answers["worries"], moved.answers["good"]) == \
        ("KB-7", f"{CANARY} worries", ["school", "nan"])
    assert moved.pending is not None and moved.history == ["worries", "good", "score"]
    assert [d.answered for d in await engine_store.list_drafts(TAKER)] == [3]
    # the partner's part and its invite, opened for the new lead
    (invite, part), = await contributions.for_draft("kb7")
    assert invite.created_by == TAKER and invite.about is not None
    assert part is not None and part.body is not None
    assert part.body["answers"]["worries"] == f"{CANARY} school"
    assert [p for p, _ in await contributions.partners_of(TAKER, "kb7")] == [PARTNER]
    assert await contributions.partners_of(GIVER) == []

    rows = await every_row(database)
    assert CANARY not in json.dumps(rows, default=str)  # nothing stored unsealed
    assert [(r["user_id"], r["draft_id"]) for r in rows["user_keys"]] == [(TAKER, "kb7")]
    # sealed for the taker: a value opened under the giver's name fails (bound to its owner)
    (about,) = [r["about"] for r in rows["invites"] if r["code_hash"] == code]
    with pytest.raises(Exception, match="integrity"):
        sealer.open(bytes(about), where(GIVER, "kb7", f"invite:{code}"))
    assert sealer.open(bytes(about), where(TAKER, "kb7", f"invite:{code}"))


async def test_a_hand_over_is_one_transaction_and_only_of_ones_own_draft(
        engine_store: SqlStore) -> None:
    await a_mapping_with_a_part(engine_store)
    with pytest.raises(RuntimeError):
        async with engine_store.turn(GIVER):
            assert await engine_store.hand_over(GIVER, "kb7", TAKER)
            raise RuntimeError("the turn failed after the move")
    assert await engine_store.load_draft(TAKER, "kb7") is None
    kept = await engine_store.load_draft(GIVER, "kb7")
    assert kept is not None and kept.answers["worries"] == f"{CANARY} worries"

    assert not await engine_store.hand_over(TAKER, "kb7", GIVER)  # not theirs
    assert not await engine_store.hand_over(GIVER, "kb7", GIVER)  # to themselves
    assert not await engine_store.hand_over(GIVER, "nothing", TAKER)
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)
    assert not await engine_store.hand_over(GIVER, "kb7", TAKER)  # a second tap: gone
    back = await engine_store.load_draft(TAKER, "kb7")
    assert back is not None and back.answers["score"] == 4
