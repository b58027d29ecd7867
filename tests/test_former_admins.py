"""An admin taken off SOSBOT_ALLOWED_USERS: the links they handed out stop letting people in,
while a link made on the server and another admin's link still work. The bot polls the local
Bot API server, on one SQLite file kept across two starts with different settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.teams.invites import SERVER, invite_colleague
from storage import open_store
from storage.crypto import AesGcmSealer, parse_keys
from storage.teams import TeamStore
from tests.telegram_world import PRACTITIONER, TEST_KEY, World, bot_world, link_sent

pytestmark = pytest.mark.e2e
LEAVER, STAYER = PRACTITIONER, 4040
NEWCOMER, PARTNER, LATECOMER, THIRD = 5151, 6161, 7171, 8181


def members(db: Path) -> set[int]:
    with sqlite3.connect(db) as conn:
        return {int(row[0]) for row in conn.execute("SELECT user_id FROM members")}


async def colleague_link(world: World, admin: int) -> str:
    await world.command("invite", user=admin)
    await world.tap("A colleague", user=admin)
    return await link_sent(world, admin)


async def partner_link(world: World, lead: int) -> str:
    await world.open_tool("Safety mapping", "TB-7", user=lead)
    await world.tap("A child protection conference", user=lead)
    await world.command("invite", user=lead)
    await world.tap("A partner to contribute to this mapping", user=lead)
    await world.tap("School", user=lead)
    return await link_sent(world, lead)


async def server_link(db: Path) -> str:
    """What `sosbot invite` makes: a link no admin in Telegram made."""
    store = await open_store(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "test key")))
    try:
        return (await invite_colleague(TeamStore(store), SERVER)).code
    finally:
        await store.close()


async def test_links_of_an_admin_taken_off_the_settings_no_longer_let_anyone_in(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    both = f"{LEAVER},{STAYER}"
    async with bot_world(db, SOSBOT_ALLOWED_USERS=both) as world:
        leaver_colleague = await colleague_link(world, LEAVER)
        leaver_partner = await partner_link(world, LEAVER)
        stayer_colleague = await colleague_link(world, STAYER)
    from_server = await server_link(db)

    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(STAYER)) as world:
        # (its updates numbered on from the first world's, as Telegram's are: a number the
        # bot has marked handled is an update it has had)
        world.server.numbers_on_from(1_000)
        # (this server knows the stayer's chat, as Telegram does: told when Ana joins)
        world.server.send_command(STAYER, "start", "")
        for user, code in ((NEWCOMER, leaver_colleague), (PARTNER, leaver_partner)):
            await world.open_link(user, code)
            [refusal] = world.texts(user)  # as any stranger whose link fails is told
            assert "only open to practitioners on its list" in refusal
        await world.open_link(LATECOMER, stayer_colleague, "Ana")
        assert "Welcome, Ana" in world.texts(LATECOMER)[-1]
        await world.open_link(THIRD, from_server, "Bo")
        assert "Welcome, Bo" in world.texts(THIRD)[-1]
        # The admin opening their own partner link: a stranger now, told what strangers are
        # told, not that the link "has been used" and that /review shows it.
        before = len(world.texts(LEAVER))
        await world.open_link(LEAVER, leaver_partner)
        [refusal] = world.texts(LEAVER)[before:]
        assert "only open to practitioners on its list" in refusal
    assert members(db) == {LATECOMER, THIRD}

    # Put back on the list, the admin's links work again: nothing was spent or erased.
    async with bot_world(db, SOSBOT_ALLOWED_USERS=both) as world:
        world.server.numbers_on_from(2_000)
        world.server.send_command(LEAVER, "start", "")  # (its chat known: told of Cy)
        await world.open_link(NEWCOMER, leaver_colleague, "Cy")
        assert "Welcome, Cy" in world.texts(NEWCOMER)[-1]
    assert members(db) == {LATECOMER, THIRD, NEWCOMER}
