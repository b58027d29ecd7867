"""Team rows in both engines: what joining, partners' links and erasure rely on holds in
SQLite and in a real PostgreSQL cluster (`tests/postgres_server.py`), with a real data key."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague, invite_partner
from flows.draft import Draft
from storage import open_store
from storage.contributions import ContributionStore
from storage.crypto import AesGcmSealer, new_key
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.postgres_server import PgCluster

SEALER = AesGcmSealer([new_key("teams")])
NOW = 1_800_000_000.0
LEAD, PARTNER = 4_000_000_001, 5_000_000_002  # Telegram ids beyond 32 bits


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Any) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/teams.db"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
async def store(database: str) -> AsyncIterator[SqlStore]:
    opened = await open_store(database, sealer=SEALER)
    try:
        yield opened
    finally:
        await opened.close()


async def test_a_colleague_joins_once_and_is_listed_by_name(store: SqlStore) -> None:
    teams = TeamStore(store)
    made = await invite_colleague(teams, LEAD, now=NOW)
    assert await teams.join(code_hash(made.code), PARTNER, "Sam Okafor", NOW + 1) is not None
    assert await teams.join(code_hash(made.code), PARTNER + 1, "Someone", NOW + 2) is None
    assert [(m.user_id, m.name, m.role) for m in await teams.members()] == [
        (PARTNER, "Sam Okafor", "member")]
    assert await teams.forget_spent(NOW + 3) == 1


async def test_a_partner_sends_once_and_the_contribution_goes_with_the_mapping(
        store: SqlStore) -> None:
    teams = TeamStore(store)
    contributions = ContributionStore(teams)
    lead = Draft(id="lead1", user_id=LEAD, flow_id="mapping", flow_version=1, label="TB-7")
    await store.save(lead, (), new=True)
    made = await invite_partner(teams, LEAD, "lead1", agency="School", label="TB-7",
                                lead_name="Jo", now=NOW)
    invite = await contributions.claim(code_hash(made.code), PARTNER, NOW + 1)
    assert invite is not None
    assert invite.about == {"for": "School", "label": "TB-7", "lead": "Jo",
                            "flow": "contribution"}
    assert await contributions.claim(code_hash(made.code), PARTNER + 1, NOW + 2) is None
    working = Draft(id="part1", user_id=PARTNER, flow_id="contribution", flow_version=1,
                    label="TB-7", answers={"worries": "hungry"})
    await store.save(working, working.answers, new=True)
    await contributions.set_working(invite.code_hash, "part1")
    assert (await teams.standing(PARTNER)).answering
    assert await contributions.send(invite, {"flow": "contribution", "answers": {"a": "b"}})
    [(listed, sent)] = await contributions.for_draft("lead1")
    assert sent is not None
    assert sent.body == {"flow": "contribution", "answers": {"a": "b"}}
    assert await contributions.set_included("lead1", listed.short_id, False)
    assert await store.delete_draft(LEAD, "lead1")
    assert await contributions.for_draft("lead1") == []
    assert await store.list_drafts(PARTNER) == []
    assert not (await teams.standing(PARTNER)).contributed
