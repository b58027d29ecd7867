"""Partners end to end, through the real Application and the local Bot API server: an admin
invites a colleague, who starts a mapping and invites two partners; one contributes, the other
never answers; links are misused; the lead's /delete leaves nothing behind."""

from __future__ import annotations

import asyncio
import base64
import sqlite3
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.teams.codes import new_code
from bot.teams.invites import DAY, invite_partner
from storage.crypto import AesGcmSealer, parse_keys
from storage.store import Store
from storage.teams import TeamStore
from tests.telegram_world import (
    PRACTITIONER,
    TEST_KEY,
    World,
    bot_world,
    link_sent,
    shown,
)

pytestmark = pytest.mark.e2e
ADMIN, LEAD, SCHOOL, POLICE, OTHER = PRACTITIONER, 5151, 6161, 7171, 8181
LEAD_ANSWER = "lead-only-canary: mum's partner grabbed T by the arm"
WORRY = "school-canary: T came in hungry three times this month"
CHILD = "Mummy cries at night and I make my own toast"
TEAM_TABLES = ("invites", "contributions", "members", "drafts", "answers")
PARTNER_INVITES = "invites WHERE kind = 'partner'"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as the_world:
        yield the_world


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in (*TEAM_TABLES, PARTNER_INVITES)}


async def open_link(world: World, user: int, code: str) -> str:
    """Open the deep link: all the bot has said to that person so far."""
    await world.open_link(user, code)
    return "\n".join(world.texts(user))


async def lead_with_a_mapping(world: World) -> None:
    await world.command("invite", user=ADMIN)
    await world.tap("A colleague", user=ADMIN)
    await open_link(world, LEAD, await link_sent(world, ADMIN))
    await world.open_tool("Safety mapping", "TB-7", user=LEAD)
    await world.tap("A child protection conference", user=LEAD)
    await world.answer(LEAD_ANSWER, user=LEAD)


async def partner_link(world: World, agency: str) -> str:
    await world.command("invite", user=LEAD)
    await world.tap("A partner to contribute to this mapping", user=LEAD)
    await world.tap(agency, user=LEAD)
    return await link_sent(world, LEAD)


async def contribute(world: World, user: int) -> None:
    await world.tap("School", user=user)
    await world.answer("designated safeguarding lead", user=user)
    await world.answer(WORRY, user=user)
    await world.answer("Nan walks T to school and stays to talk to staff", user=user)
    await world.answer("Breakfast club from Monday; the DSL checks in each Friday", user=user)
    await world.tap("4", user=user)
    await world.answer("Fed at nan's and at school; 5 if breakfast at home most days", user=user)
    await world.answer(CHILD, user=user)
    await shown(world, user, "That's every question")


async def test_a_partner_contributes_and_the_lead_sees_it_attributed_with_the_missing_one(
        world: World) -> None:
    await lead_with_a_mapping(world)
    school, police = await partner_link(world, "School"), await partner_link(world, "Police")
    assert school != police
    welcome = await open_link(world, SCHOOL, school)
    assert "Tester has asked you" in welcome
    assert "TB-7" in welcome
    await contribute(world, SCHOOL)
    seen = "\n".join(world.texts(SCHOOL))
    assert LEAD_ANSWER not in seen
    # nothing offered that a partner may not do: no Export, no "/new to start another"
    assert "end of this tool" not in seen
    assert "/new" not in seen
    assert "Export" not in [b["text"] for m in world.server.chat(SCHOOL) if m.buttons
                            for row in m.buttons for b in row]
    await world.tap("Send it to Tester", user=SCHOOL)
    assert "Sent to Tester" in world.texts(SCHOOL)[-1], world.texts(SCHOOL)[-6:]
    assert "School, designated safeguarding lead has sent a contribution" in \
        world.texts(LEAD)[-1]

    await world.command("review", user=LEAD)
    review = await shown(world, LEAD, "Partners' contributions")
    assert "School, designated safeguarding lead" in review
    assert WORRY in review
    assert CHILD in review
    assert "Not answered yet: Police" in review

    before = len(world.texts(LEAD))
    await world.command("summary", user=LEAD)
    summary = "\n".join(world.texts(LEAD)[before:])
    assert "School, designated safeguarding lead" in summary
    assert WORRY in summary
    assert "Partners invited who have not answered" in summary
    assert "Police" in summary
    await world.command("export", user=LEAD)
    text = next(d for d in world.server.documents(LEAD) if d.filename.endswith(".txt"))
    exported = text.content.decode()
    assert "School, designated safeguarding lead" in exported
    assert WORRY in exported
    assert "4 on a scale of 0 to 10" in exported
    assert "Police: invited" in exported
    assert CHILD in exported

    await world.tap("Leave out School, designated safeguarding lead", user=LEAD)
    assert "Left out" in world.texts(LEAD)[-1]
    before = len(world.texts(LEAD))
    await world.command("summary", user=LEAD)
    again = "\n".join(world.texts(LEAD)[before:])
    assert "TB-7" in again
    assert WORRY not in again


async def test_misused_links_are_refused_and_store_nothing(world: World) -> None:
    await lead_with_a_mapping(world)
    school, police = await partner_link(world, "School"), await partner_link(world, "Police")
    await open_link(world, SCHOOL, school)
    await contribute(world, SCHOOL)
    await world.tap("Send it to Tester", user=SCHOOL)
    expired = await an_expired_link(world)
    await world.command("review", user=LEAD)
    await shown(world, LEAD, "Partners' contributions")
    before = counts(world.settings.db)
    assert "already contributed" in await open_link(world, SCHOOL, police)
    assert "can't be used" in (await open_link(world, SCHOOL, expired)).splitlines()[-1]
    for code in (school, expired, new_code(), "../../etc"):
        world.server.send_command(OTHER, "start", code)
        await world.server.wait_idle()
    world.server.send_command(OTHER, "review")
    await world.server.wait_idle()
    [refusal] = world.texts(OTHER)  # a stranger hears only what every stranger hears
    assert "administrator" in refusal
    await world.command("review", user=SCHOOL)
    assert "It is locked now" in world.texts(SCHOOL)[-1]  # what they sent, theirs alone
    await world.command("new", user=SCHOOL)
    _, data = world.with_button("Edit 1", user=LEAD)
    mark = len(world.server.calls)
    world.server.press_button(SCHOOL, world.last(SCHOOL).message_id, data, allow_missing=True)
    await world.settle(mark)
    assert LEAD_ANSWER not in "\n".join(world.texts(SCHOOL) + world.texts(OTHER))
    assert counts(world.settings.db) == before
    assert "has asked you" in await open_link(world, POLICE, police)  # still works for Police


async def an_expired_link(world: World) -> str:
    """A link the lead made eight days ago (as if; the clock is the test's)."""
    sealer = AesGcmSealer(parse_keys(TEST_KEY, "test key"))
    async with await Store.open(world.settings.db, sealer=sealer) as store:
        drafts = await store.list_drafts(LEAD)
        made = await invite_partner(TeamStore(store), LEAD, drafts[0].id, agency="Housing",
                                    label="TB-7", lead_name="Tester", now=time.time() - 8 * DAY)
    return made.code


async def test_the_leads_delete_leaves_no_contribution_anywhere(world: World) -> None:
    await lead_with_a_mapping(world)
    school = await partner_link(world, "School")
    await partner_link(world, "Police")
    await open_link(world, SCHOOL, school)
    await contribute(world, SCHOOL)
    await world.tap("Send it to Tester", user=SCHOOL)
    assert counts(world.settings.db)["contributions"] == 1, world.texts(SCHOOL)[-5:]
    assert not await secrets_in(world.settings.db), "a contribution is stored encrypted"
    await world.command("delete", user=LEAD)
    await world.tap("Yes, erase everything", user=LEAD)
    left = counts(world.settings.db)
    assert left == {**left, "contributions": 0, PARTNER_INVITES: 0, "drafts": 0, "answers": 0}
    assert not await secrets_in(world.settings.db)


async def test_partners_are_told_when_the_lead_cancels_the_mapping_they_work_on(
        world: World) -> None:
    await lead_with_a_mapping(world)
    school, police = await partner_link(world, "School"), await partner_link(world, "Police")
    await open_link(world, SCHOOL, school)
    await contribute(world, SCHOOL)
    await world.tap("Send it to Tester", user=SCHOOL)
    await open_link(world, POLICE, police)
    await world.tap("Police", user=POLICE)  # part-way: one answer given
    await world.command("cancel", user=LEAD)
    await world.tap("Yes, discard it", user=LEAD)
    for partner in (SCHOOL, POLICE):
        told = await shown(world, partner, "has closed the safety mapping")
        assert 'Tester has closed the safety mapping for "TB-7"' in told
        assert "nothing more is needed from you" in told
    assert counts(world.settings.db)["contributions"] == 0
    before = len(world.texts(SCHOOL))
    await world.command("start", user=LEAD)  # a later turn of the lead tells nobody again
    await world.server.wait_for(lambda: len(world.texts(LEAD)) > 0)
    assert all("has closed" not in t for t in world.texts(SCHOOL)[before:])


async def test_partners_are_told_when_the_lead_is_removed_from_the_team(world: World) -> None:
    await lead_with_a_mapping(world)
    await open_link(world, SCHOOL, await partner_link(world, "School"))
    await world.tap("School", user=SCHOOL)
    await world.command("members", user=ADMIN)
    await world.tap("Remove Tester", user=ADMIN)
    await world.tap("Yes, remove", user=ADMIN)
    told = await shown(world, SCHOOL, "has closed the safety mapping")
    assert '"TB-7"' in told


async def secrets_in(db: Path) -> list[str]:
    """Which of the partner's and the lead's words can be read in the database files."""
    found = []
    for path in (db, db.with_name(db.name + "-wal")):
        if path.exists():
            data = await asyncio.to_thread(path.read_bytes)
            found += [secret for secret in (WORRY, CHILD, LEAD_ANSWER)
                      if secret.encode() in data or base64.b64encode(secret.encode()) in data]
    return found


async def test_a_partner_withdraws_and_the_lead_is_told(world: World) -> None:
    await lead_with_a_mapping(world)
    await open_link(world, SCHOOL, await partner_link(world, "School"))
    await contribute(world, SCHOOL)
    await world.tap("Send it to Tester", user=SCHOOL)
    await world.command("delete", user=SCHOOL)
    await world.tap("Yes, withdraw it", user=SCHOOL)
    assert "Withdrawn" in world.texts(SCHOOL)[-1]
    assert "has been withdrawn" in world.texts(LEAD)[-1]
    assert "from School, designated safeguarding lead to" in world.texts(LEAD)[-1]
    assert counts(world.settings.db)["contributions"] == 0
    await world.command("review", user=SCHOOL)
    assert "administrator" in world.texts(SCHOOL)[-1]


async def test_a_partner_who_withdraws_before_sending_is_named_as_they_gave_it(
        world: World) -> None:
    await lead_with_a_mapping(world)
    await open_link(world, SCHOOL, await partner_link(world, "School"))
    await world.tap("School", user=SCHOOL)
    await world.answer("<b>Year 3</b> teacher & SENCo", user=SCHOOL)
    await world.command("delete", user=SCHOOL)
    await world.tap("Yes, withdraw it", user=SCHOOL)
    told = await shown(world, LEAD, "has been withdrawn")
    assert 'from School, <b>Year 3</b> teacher & SENCo to your mapping "TB-7"' in told


async def test_a_partners_number_reads_plainly_to_them_and_to_the_lead(world: World) -> None:
    await lead_with_a_mapping(world)
    await open_link(world, SCHOOL, await partner_link(world, "School"))
    await contribute(world, SCHOOL)
    read_back = "\n".join(world.texts(SCHOOL))
    assert "Your number: 4 of 10" in read_back
    assert "(Your number)" not in read_back
    await world.tap("Send it to Tester", user=SCHOOL)
    before = len(world.texts(LEAD))
    await world.command("summary", user=LEAD)
    summary = "\n".join(world.texts(LEAD)[before:])
    assert "Partner's number (School, designated safeguarding lead): 4 of 10" in summary
    assert "Your number" not in summary


async def test_guessing_links_is_slowed_down(world: World) -> None:
    for _ in range(6):  # five tries at once, then one "wait" ...
        await world.command("start", new_code(), user=ADMIN)
    world.server.send_command(ADMIN, "start", new_code())  # ... and then silence
    await world.server.wait_idle()
    replies = world.texts(ADMIN)
    assert sum("can't be used" in r for r in replies) == 5
    assert sum("wait a minute" in r for r in replies) == 1
    assert len(replies) == 6


async def test_a_stranger_guessing_links_is_slowed_down_and_hears_only_the_refusal(
        world: World) -> None:
    await lead_with_a_mapping(world)
    good = await partner_link(world, "School")
    for _ in range(6):
        world.server.send_command(OTHER, "start", new_code())
    await world.server.wait_idle()
    world.server.send_command(OTHER, "start", good)  # past the tries: not even looked at
    await world.server.wait_idle()
    [refusal] = world.texts(OTHER)
    assert "administrator" in refusal
    assert counts(world.settings.db)["contributions"] == 0
    assert "has asked you to add what you know" in await open_link(world, SCHOOL, good)


async def test_a_partner_changes_an_answer_before_sending_and_then_it_is_locked(
        world: World) -> None:
    await lead_with_a_mapping(world)
    await open_link(world, SCHOOL, await partner_link(world, "School"))
    await contribute(world, SCHOOL)
    await world.tap("Change an answer", user=SCHOOL)
    await world.tap("Edit 3", user=SCHOOL)
    await world.answer("school-canary: T came in hungry on four days this month", user=SCHOOL)
    def offered() -> int:
        return sum("That's every question" in t for t in world.texts(SCHOOL))

    while offered() < 2:  # the later answers are kept as they were
        if "Keep" not in world.question_buttons(SCHOOL):
            await world.server.wait_for(lambda: offered() >= 2)
            break
        await world.tap("Keep", user=SCHOOL)
    await world.tap("Send it to Tester", user=SCHOOL)
    await world.command("review", user=LEAD)
    review = await shown(world, LEAD, "Partners' contributions")
    assert "on four days this month" in review
    await world.command("back", user=SCHOOL)
    assert "sent, so it can't be changed" in world.texts(SCHOOL)[-1]
