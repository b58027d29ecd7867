"""Team rows in both engines: what joining, partners' links and erasure rely on holds in
SQLite and in a real PostgreSQL cluster (`tests/postgres_server.py`), with a real data key."""

from __future__ import annotations

import time
from collections.abc import Mapping

from bot.teams.codes import code_hash
from bot.teams.conversation import TeamConversation
from bot.teams.invites import invite_colleague, invite_partner
from flows.draft import Draft
from flows.flow import Flow
from flows.replies import Command, Text
from storage.contributions import ContributionStore
from storage.sql import SqlStore
from storage.teams import Standing, TeamStore

NOW = 1_800_000_000.0
LEAD, PARTNER = 4_000_000_001, 5_000_000_002  # Telegram ids beyond 32 bits


async def test_a_colleague_joins_once_and_is_listed_by_name(engine_store: SqlStore) -> None:
    teams = TeamStore(engine_store)
    made = await invite_colleague(teams, LEAD, now=NOW)
    assert await teams.join(code_hash(made.code), PARTNER, "Sam Okafor", NOW + 1) is not None
    assert await teams.join(code_hash(made.code), PARTNER + 1, "Someone", NOW + 2) is None
    assert [(m.user_id, m.name, m.role) for m in await teams.members()] == [
        (PARTNER, "Sam Okafor", "member")]
    assert await teams.forget_spent(NOW + 3) == 1


async def test_a_partner_sends_once_and_the_contribution_goes_with_the_mapping(
        engine_store: SqlStore) -> None:
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    lead = Draft(id="lead1", user_id=LEAD, flow_id="mapping", flow_version=1, label="TB-7")
    await engine_store.save(lead, (), new=True)
    made = await invite_partner(teams, LEAD, "lead1", agency="School", label="TB-7",
                                lead_name="Jo", now=NOW)
    invite = await contributions.claim(code_hash(made.code), PARTNER, NOW + 1)
    assert invite is not None
    assert invite.about == {"for": "School", "label": "TB-7", "lead": "Jo",
                            "flow": "contribution"}
    assert await contributions.claim(code_hash(made.code), PARTNER + 1, NOW + 2) is None
    working = Draft(id="part1", user_id=PARTNER, flow_id="contribution", flow_version=1,
                    label="TB-7", answers={"worries": "hungry"})
    await engine_store.save(working, working.answers, new=True)
    await contributions.set_working(invite.code_hash, "part1")
    assert (await teams.standing(PARTNER)).answering
    assert await contributions.send(invite, {"flow": "contribution", "answers": {"a": "b"}})
    [(listed, sent)] = await contributions.for_draft("lead1")
    assert sent is not None
    assert sent.body == {"flow": "contribution", "answers": {"a": "b"}}
    assert await contributions.set_included("lead1", listed.short_id, False)
    assert await engine_store.delete_draft(LEAD, "lead1")
    assert await contributions.for_draft("lead1") == []
    assert await engine_store.list_drafts(PARTNER) == []
    assert not (await teams.standing(PARTNER)).contributed


async def test_a_members_delete_erases_membership_invites_and_contributions_in_its_turn(
        engine_store: SqlStore, flows: Mapping[str, Flow]) -> None:
    chat = TeamConversation(engine_store, flows, admins=frozenset({LEAD}))
    teams, contributions = chat.contributions.teams, chat.contributions
    made = await invite_colleague(teams, LEAD)
    assert await teams.join(code_hash(made.code), PARTNER, "Sam Okafor", time.time())
    await invite_colleague(teams, PARTNER)  # a link of theirs, not used yet
    lead = Draft(id="lead1", user_id=LEAD, flow_id="mapping", flow_version=1, label="TB-7")
    await engine_store.save(lead, (), new=True)
    link = await invite_partner(teams, LEAD, "lead1", agency="School", label="TB-7",
                                lead_name="Jo")
    invite = await contributions.claim(link.invite.code_hash, PARTNER, time.time())
    assert invite is not None
    assert await contributions.send(invite, {"flow": "contribution", "answers": {"a": "b"}})
    await chat.handle(PARTNER, Command("delete"))
    await chat.handle(PARTNER, Text("yes"))
    assert await teams.members() == []
    assert await teams.standing(PARTNER) == Standing(None, False, False)
    assert await teams.invites(time.time()) == []  # theirs withdrawn; the admin's used
    [(listed, sent)] = await contributions.for_draft("lead1")  # the lead's link stays
    assert listed.created_by == LEAD
    assert sent is None
