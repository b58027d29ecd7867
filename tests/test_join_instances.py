"""A link tapped twice at once, each tap reaching another instance on one database.

Within one instance a person's links are opened one at a time (tests/test_attacks_twentythird.py);
two instances each checked that the newcomer was not a member yet, then both spent a use: a
link for two let in one colleague and turned the second away, and a single-use link told the
newcomer it "can't be used" beside the welcome. Joining now decides in the database, in the
transaction that spends the use, so it holds across instances and in both engines."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague
from bot.teams.team import ALREADY, BAD_LINK, IN_ALREADY, Team
from storage import open_store
from storage.crypto import AesGcmSealer
from storage.sql import SqlStore
from storage.teams import MEMBER_ALREADY, TeamStore
from tests.postgres_server import PgCluster
from tests.telegram_world import bot_world
from tests.test_teams_partners_e2e import ADMIN as LEAD_ADMIN
from tests.test_teams_partners_e2e import SCHOOL, lead_with_a_mapping, partner_link

ADMIN, SAM, JO = 1, 7, 8


async def test_a_second_join_by_the_same_person_spends_nothing(engine_store: SqlStore) -> None:
    """What the second instance does once its own checks have passed: the store itself sees
    the newcomer joined meanwhile, and the link's other use stays for the colleague."""
    teams = TeamStore(engine_store)
    made = await invite_colleague(teams, ADMIN, uses=2)
    assert await teams.join(code_hash(made.code), SAM, "Sam", 1e9 + 1) is not None
    assert await teams.join(code_hash(made.code), SAM, "Sam", 1e9 + 2) == MEMBER_ALREADY
    assert await teams.join(code_hash(made.code), JO, "Jo", 1e9 + 3) is not None
    assert [(m.user_id, m.role) for m in await teams.members()] == [
        (SAM, "member"), (JO, "member")]


@pytest.mark.parametrize("uses", [1, 2])
async def test_two_taps_on_two_instances_welcome_once_and_refuse_no_one(
        pg_cluster: PgCluster, sealer: AesGcmSealer, uses: int) -> None:
    """Several instances share PostgreSQL (one SQLite file serves one instance)."""
    url = pg_cluster.new_database()
    first, second = [await open_store(url, sealer=sealer) for _ in range(2)]
    try:
        made = await invite_colleague(TeamStore(first), ADMIN, uses=uses)
        teams = [Team(TeamStore(store), frozenset({ADMIN})) for store in (first, second)]
        said = await asyncio.gather(*(t.join(SAM, "Sam", made.code) for t in teams))
        texts = [j.text for j in said]
        assert sum("Welcome, Sam" in t for t in texts) == 1, texts
        # a link spent on them says so; one with a use left says it is still there
        assert (IN_ALREADY if uses == 1 else ALREADY) in texts, texts
        assert BAD_LINK not in texts, texts
        if uses == 2:  # the link's other use is still there for the colleague
            assert "Welcome, Jo" in (await teams[0].join(JO, "Jo", made.code)).text
    finally:
        await first.close()
        await second.close()


async def test_a_partner_link_tapped_on_two_instances_is_never_called_unusable(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """The partner's first tap claimed the link on one instance; the second, on the other,
    found it claimed and said "That link can't be used ... ask whoever sent it for a new one"
    under the welcome. It is the link opened again by whoever it let in: carry on."""
    url = pg_cluster.new_database()
    async with bot_world(tmp_path / "one.db", SOSBOT_ALLOWED_USERS=str(LEAD_ADMIN),
                         SOSBOT_DATABASE_URL=url) as one, \
            bot_world(tmp_path / "two.db", SOSBOT_ALLOWED_USERS=str(LEAD_ADMIN),
                      SOSBOT_DATABASE_URL=url) as two:
        await lead_with_a_mapping(one)
        code = await partner_link(one, "School")
        for world in (one, two):
            world.server.send_command(SCHOOL, "start", code)
        for world in (one, two):
            await world.server.wait_idle(quiet=0.4)
        said = one.texts(SCHOOL) + two.texts(SCHOOL)
        assert sum("has asked you to add" in text for text in said) == 1, said
        assert not any("can't be used" in text for text in said), said


async def test_a_single_use_link_spent_on_them_by_another_instance_is_not_said_to_be_there(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """The second instance found the link open, then the first let the newcomer in with its
    only use before the second asked who they were: it said the link "is still there for
    whoever it was meant for", of a link spent on them (seen once in a full run of the
    test above)."""
    url = pg_cluster.new_database()
    first, second = [await open_store(url, sealer=sealer) for _ in range(2)]
    try:
        made = await invite_colleague(TeamStore(first), ADMIN, uses=1)
        late = TeamStore(second)
        looked = late.open_invite

        async def then_the_other_instance_joins(*args: object) -> object:
            found = await looked(*args)  # type: ignore[arg-type]
            await Team(TeamStore(first), frozenset({ADMIN})).join(SAM, "Sam", made.code)
            return found

        late.open_invite = then_the_other_instance_joins  # type: ignore[method-assign]
        joined = await Team(late, frozenset({ADMIN})).join(SAM, "Sam", made.code)
        assert joined.text == IN_ALREADY
    finally:
        await first.close()
        await second.close()
