"""Team rows in both engines: what joining, partners' links and erasure rely on holds in
SQLite and in a real PostgreSQL cluster (`tests/postgres_server.py`), with a real data key."""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import replace

import pytest

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


async def keys_of(store: SqlStore, user_id: int) -> list[str]:
    async with store._transaction("read", write=False) as tx:
        rows = await tx.rows("SELECT draft_id FROM user_keys WHERE user_id = ?", (user_id,))
    return sorted(str(d) for (d,) in rows)


def kept_opened(store: SqlStore, user_id: int) -> list[str]:
    """The drafts of `user_id` whose answers this process keeps opened between turns."""
    return [draft for who, draft in store._opened._drafts if who == user_id]


async def partner_answering(store: SqlStore, draft_id: str) -> ContributionStore:
    """The lead's mapping `lead1` and a partner answering a link to it in `draft_id`."""
    teams = TeamStore(store)
    contributions = ContributionStore(teams)
    await store.save(Draft(id="lead1", user_id=LEAD, flow_id="mapping", flow_version=1,
                           label="TB-7"), (), new=True)
    made = await invite_partner(teams, LEAD, "lead1", agency="Police", label="TB-7",
                                lead_name="Jo", now=NOW)
    assert await contributions.claim(code_hash(made.code), PARTNER, NOW + 1) is not None
    working = Draft(id=draft_id, user_id=PARTNER, flow_id="contribution", flow_version=1,
                    label="TB-7", answers={"worries": "hit-with-a-belt"})
    await store.save(working, working.answers, new=True)
    await contributions.set_working(code_hash(made.code), draft_id)
    assert await store.load_draft(PARTNER, draft_id) is not None  # opened, and kept so
    assert draft_id in await keys_of(store, PARTNER)
    return contributions


async def test_a_partners_unsent_answers_lose_their_key_with_the_mapping(
        engine_store: SqlStore) -> None:
    """SECURITY.md: erasing a draft deletes its key in the same transaction. A partner's
    unsent answers go with the lead's mapping, and so does the key they were sealed with,
    whether the lead cancels the mapping or erases everything with /delete."""
    await partner_answering(engine_store, "part1")
    assert await engine_store.delete_draft(LEAD, "lead1")
    assert await keys_of(engine_store, PARTNER) == []
    assert not kept_opened(engine_store, PARTNER)
    assert await engine_store.load_draft(PARTNER, "part1") is None

    await engine_store.save(Draft(id="mine", user_id=PARTNER, flow_id="mapping",
                                  flow_version=1, label="KB-1"), (), new=True)
    await partner_answering(engine_store, "part2")
    assert await keys_of(engine_store, PARTNER) == ["mine", "part2"]
    await engine_store.delete_user(LEAD)
    assert await keys_of(engine_store, PARTNER) == ["mine"]  # their own mapping is theirs


async def test_a_removed_members_unsent_answers_lose_their_key(engine_store: SqlStore) -> None:
    contributions = await partner_answering(engine_store, "part1")
    await contributions.let_go(PARTNER)
    assert await keys_of(engine_store, PARTNER) == []
    assert not kept_opened(engine_store, PARTNER)
    assert await engine_store.load_draft(PARTNER, "part1") is None
    assert await contributions.answering(PARTNER) is None


async def test_a_summary_is_shared_once_until_it_changes_and_is_erased_with_either_side(
        engine_store: SqlStore) -> None:
    teams = TeamStore(engine_store)
    await engine_store.save(Draft(id="done1", user_id=LEAD, flow_id="reflection",
                                  flow_version=1, label="KB-1"), (), new=True)
    first, changed, now = b"first", b"changed", 1_000_000.0
    assert await teams.claim_share("done1", PARTNER, first, now) == "claimed"
    # tapped again while it is being sent, and once it arrived whole
    assert await teams.claim_share("done1", PARTNER, first, now + 1) == "sending"
    await teams.shared("done1", PARTNER, first)
    assert await teams.claim_share("done1", PARTNER, first, now + 2) == "sent"
    assert await teams.claim_share("done1", PARTNER + 1, first, now) == "claimed"  # another
    assert await teams.claim_share("done1", PARTNER, changed, now) == "claimed"
    await teams.unclaim_share("done1", PARTNER, changed)  # it did not arrive whole
    assert await teams.claim_share("done1", PARTNER, changed, now) == "claimed"
    # a send cut short (the bot stopped mid-send) is sent again once a send has had its time
    assert await teams.claim_share("done1", PARTNER, changed, now + 299) == "sending"
    assert await teams.claim_share("done1", PARTNER, changed, now + 301) == "claimed"
    await engine_store.delete_user(PARTNER)
    assert await teams.claim_share("done1", PARTNER, changed, now) == "claimed"
    await engine_store.delete_user(LEAD)
    assert await teams._rows("SELECT * FROM shares") == []


async def test_a_partners_link_is_spent_with_their_draft_noted_or_not_at_all(
        engine_store: SqlStore) -> None:
    """Opening a partner's link claims it, saves their draft and notes it as theirs in one
    turn: when the note fails, neither the claim nor the draft stands. A draft an earlier
    version saved and never noted is noted when asked (`relink`), and goes with the mapping;
    a draft of theirs from before the claim never is."""
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    await engine_store.save(Draft(id="lead1", user_id=LEAD, flow_id="mapping", flow_version=1,
                                  label="TB-7"), (), new=True)
    await engine_store.save(Draft(id="before", user_id=PARTNER, flow_id="contribution",
                                  flow_version=1, label="KB-1"), (), new=True)
    made = await invite_partner(teams, LEAD, "lead1", agency="School", label="TB-7",
                                lead_name="Jo")
    hashed = code_hash(made.code)
    working = Draft(id="part1", user_id=PARTNER, flow_id="contribution", flow_version=1,
                    label="TB-7", answers={"worries": "hungry"})

    async def opened_and_not_noted() -> None:
        async with engine_store.turn(PARTNER):
            assert await contributions.claim(hashed, PARTNER, time.time()) is not None
            await engine_store.save(working, working.answers, new=True)
            raise RuntimeError("the note failed")

    with pytest.raises(RuntimeError):
        await opened_and_not_noted()
    assert not (await teams.standing(PARTNER)).answering
    assert [d.id for d in await engine_store.list_drafts(PARTNER)] == ["before"]

    assert await contributions.claim(hashed, PARTNER, time.time()) is not None
    assert await contributions.relink(hashed, "contribution") is None
    working = replace(working, created_at=time.time())  # made once the link was claimed
    await engine_store.save(working, working.answers, new=True)  # saved, never noted
    assert await contributions.relink(hashed, "mapping") is None
    assert await contributions.relink(hashed, "contribution") == "part1"
    assert await contributions.relink(hashed, "contribution") == "part1"
    assert (await contributions.answering(PARTNER)).working_draft == "part1"  # type: ignore[union-attr]
    assert await engine_store.delete_draft(LEAD, "lead1")
    assert [d.id for d in await engine_store.list_drafts(PARTNER)] == ["before"]
