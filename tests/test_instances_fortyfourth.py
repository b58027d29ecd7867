"""Several instances on one database (the forty-fourth pass): a council runs `sosbot run`
more than once behind one webhook, and each of a practitioner's updates may reach any of
them. Two real Applications, each with its own store, on one SQLite file and on one
PostgreSQL database, with Telegram played in memory.

- a photo's note is said again after something the other instance answered since, and
  said once for an album or a run of photos, whichever instance takes each;
- the tries of invite codes are counted in the database (PostgreSQL), not by each instance;
- checked, and held as they were: a member removed, a partner's part sent and a link stopped
  on one instance are seen by the other at once (two bots run as `sosbot run` runs them).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot.handlers import TEXT_ONLY, TEXT_ONLY_TOO
from bot.teams.invites import invite_colleague
from flows.flow import Flow
from storage import open_store
from storage.contract import Noted, Session
from storage.crypto import AesGcmSealer
from storage.teams import TeamStore
from tests.postgres_server import PgCluster
from tests.telegram_world import World, bot_world, shown
from tests.test_instances_fortythird import at_the_schema_before, two_instances
from tests.test_teams_e2e import NEWCOMER, colleague_link
from tests.test_teams_e2e import open_link as open_colleague
from tests.test_teams_partners_e2e import (
    ADMIN,
    LEAD,
    POLICE,
    SCHOOL,
    WORRY,
    contribute,
    lead_with_a_mapping,
    partner_link,
)
from tests.test_teams_partners_e2e import open_link as open_partner
from tests.test_telegram_handlers import STRANGER, USER, no_errors, start_reflection

PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]


# --- a photo's note, when the other instance answered something since -----------------------


async def test_a_photo_after_a_text_the_other_instance_answered_gets_its_note_again(
        database: str, tmp_path: Path, flows: Mapping[str, Flow],
        caplog: pytest.LogCaptureFixture) -> None:
    """A practitioner sent a photo (one instance said "text only" and asked the question
    again), then typed on (the other instance answered), then sent another photo to the
    first instance, which still took its note for the last thing on her screen and said
    nothing. She is told again, and asked the question again, as one bot would."""
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(one)
        await one.feed(one.updates.message(USER, photo=PHOTO))
        assert one.texts()[-2] == TEXT_ONLY
        await two.say("/help")
        said = len(one.texts())
        await one.feed(one.updates.message(USER, photo=PHOTO))
        new = one.texts()[said:]
        assert new[:1] == [TEXT_ONLY]
        assert "Question 1 of" in new[-1]
    no_errors(caplog)


async def test_photos_one_after_another_on_one_instance_are_still_noted_once(
        database: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Nothing between them: the second photo is not answered with the whole note again."""
    async with two_instances(tmp_path, flows, database) as (one, _):
        await start_reflection(one)
        await one.feed(one.updates.message(USER, photo=PHOTO))
        said = len(one.texts())
        await one.feed(one.updates.message(USER, photo=PHOTO))
        assert one.texts()[said:] == []



async def test_an_albums_photos_spread_over_two_instances_get_one_note(
        database: str, tmp_path: Path, flows: Mapping[str, Flow],
        caplog: pytest.LogCaptureFixture) -> None:
    """Telegram sends each photo of an album as an update of its own, and the load balancer
    hands them to either instance: each instance said "text only" and asked the question
    again, so three photos of one album could bring two notes and two questions. One note
    and one question now, whichever instance takes each."""
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(one)
        said = len(one.texts())
        album = [one.updates.message(USER, media_group_id="album-9", photo=PHOTO)
                 for _ in range(3)]  # numbered together, as Telegram does, before any reply
        for n, update in enumerate(album):
            await (one, two)[n % 2].feed(update)
        new = one.texts()[said:]
        assert new[0] == TEXT_ONLY
        assert len(new) == 2, new
        # and the next photo on its own, after the album, is not answered with the whole note
        await two.feed(two.updates.message(USER, photo=PHOTO))
        assert len(one.texts()) == said + 2
    no_errors(caplog)


async def test_a_voice_note_after_a_photo_on_the_other_instance_gets_one_line(
        database: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(one)
        await one.feed(one.updates.message(USER, photo=PHOTO))
        said = len(one.texts())
        await two.feed(two.updates.message(USER, voice={"file_id": "v", "file_unique_id": "v",
                                                        "duration": 3}))
        assert one.texts()[said:] == [TEXT_ONLY_TOO.format(kind="voice note")]


async def test_a_database_of_before_is_brought_up_to_date_and_notes_an_album_once(
        database: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """A database as sosbot left it before this pass (schema 13), upgraded as it opens."""
    await at_the_schema_before(database, 13)
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(two)
        said = len(one.texts())
        album = [one.updates.message(USER, media_group_id="album-5", photo=PHOTO)
                 for _ in range(2)]
        await one.feed(album[0])
        await two.feed(album[1])
        assert len(one.texts()) == said + 2

# --- the tries of invite codes, counted once for every instance ------------------------------


async def test_codes_guessed_across_two_instances_are_held_to_one_count_of_tries(
        pg_url: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Someone off the team tries made-up invite codes, their messages spread over two
    instances. Each instance counted its own tries, so two instances let twice as many
    guesses be looked up. The tries are counted in the database now (PostgreSQL, which
    instances share): past the few allowed, even a right code is not looked at, whichever
    instance takes it."""
    async with two_instances(tmp_path, flows, pg_url) as (one, two):
        made = await invite_colleague(TeamStore(one.conversation.store), USER)
        for n in range(6):
            bot = (one, two)[n % 2]
            await bot.feed(bot.updates.text(STRANGER, f"/start {'x' * 31}{n}"))
        await two.feed(two.updates.text(STRANGER, f"/start {made.code}"))
        said = [str(p["text"]) for p in one.request.sent() if p["chat_id"] == STRANGER]
        assert not any("Welcome" in text for text in said), said
        assert STRANGER not in [m.user_id for m in
                                await TeamStore(one.conversation.store).members()]


# --- a team's doings on one instance, seen on the other at once (two `sosbot run`) ---------


@asynccontextmanager
async def two_runs(pg_cluster: PgCluster, tmp_path: Path, admin: int, *,
                   second_errors: bool = False) -> AsyncIterator[tuple[World, World]]:
    """Two bots run as `sosbot run` runs them, on one PostgreSQL database, each polling a
    Telegram of its own: what one does, the other reads from the database alone.
    `second_errors`: the second's Telegram may refuse a message into a chat only the first
    has (a notice to a lead who wrote to the first alone)."""
    url = pg_cluster.new_database()
    async with bot_world(tmp_path / "one.db", SOSBOT_ALLOWED_USERS=str(admin),
                         SOSBOT_DATABASE_URL=url) as one, \
            bot_world(tmp_path / "two.db", SOSBOT_ALLOWED_USERS=str(admin),
                      SOSBOT_DATABASE_URL=url, no_errors=not second_errors) as two:
        yield one, two


@pytest.mark.e2e
async def test_a_member_removed_on_one_instance_is_turned_away_by_the_other_at_once(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    async with two_runs(pg_cluster, tmp_path, ADMIN) as (one, two):
        code = await colleague_link(one)
        two.server.send_command(ADMIN, "start", "")  # (its server knows the admin's chat)
        assert "Welcome" in await open_colleague(two, NEWCOMER, code, "Sam")
        await two.open_tool("Pre-referral", "QR-1", user=NEWCOMER)
        await one.command("members", user=ADMIN)
        await one.tap("Remove Sam", user=ADMIN)
        await one.tap("Yes, remove", user=ADMIN)
        assert await shown(one, ADMIN, "Removed Sam")
        await two.command("resume", user=NEWCOMER)
        assert "no longer on this team" in two.texts(NEWCOMER)[-1]


@pytest.mark.e2e
async def test_a_partners_part_sent_on_one_instance_is_in_the_leads_summary_on_the_other(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    async with two_runs(pg_cluster, tmp_path, ADMIN, second_errors=True) as (one, two):
        await lead_with_a_mapping(one)
        school, police = await partner_link(one, "School"), await partner_link(one, "Police")
        assert "has asked you to add" in await open_partner(two, SCHOOL, school)
        await contribute(two, SCHOOL)
        await two.tap("Send it to Tester", user=SCHOOL)
        assert "Sent to Tester" in two.texts(SCHOOL)[-1]
        before = len(one.texts(LEAD))
        await one.command("summary", user=LEAD)
        summary = "\n".join(one.texts(LEAD)[before:])
        assert WORRY in summary
        assert "School, designated safeguarding lead" in summary
        # a link stopped on the first instance is refused by the second
        await one.command("review", user=LEAD)
        await shown(one, LEAD, "Partners' contributions")
        await one.tap("Stop the Police link", user=LEAD)
        await one.tap("Yes, stop it", user=LEAD)
        said = await open_partner(two, POLICE, police)
        assert "has asked you to add" not in said
        # the second's Telegram refused only the notices into the lead's chat, not its own
        assert {str(e.params.get("chat_id")) for e in two.server.errors} <= {str(LEAD)}
        assert [r.getMessage() for r in two.errors.records] == []


# --- the store contract, both engines -----------------------------------------------------------


async def test_a_notes_mark_is_read_by_the_other_store_and_only_moves_on(
        database: str, sealer: AesGcmSealer) -> None:
    """Left in one turn, read in the other instance's; its last message moves on, never
    back; no row is made for it, and /delete erases it with the session."""
    first, second = [await open_store(database, sealer=sealer) for _ in range(2)]
    try:
        async with first.turn(7, 1) as turn:
            await turn.set_noted(Noted(100, "photo", "album-1"))
        assert (await first.table_counts())["sessions"] == 0  # nothing open: no row made
        await first.save_session(Session(7, state={"k": "v"}))
        async with first.turn(7, 2) as turn:
            assert await turn.noted() is None
            await turn.set_noted(Noted(100, "photo", "album-1"))
        await first.noted_upto(7, 103)
        await first.noted_upto(7, 102)  # an earlier one, come late: not back
        await first.session(7)  # the mark's last message committed (SQLite's rides along)
        async with second.turn(7, 3) as turn:
            assert await turn.noted() == Noted(103, "photo", "album-1")
            turn.session.state = {"k": "w"}
            await turn.save_session()  # a session write keeps it
        async with first.turn(7, 4) as turn:
            assert await turn.noted() == Noted(103, "photo", "album-1")
            await turn.delete_user()
        assert (await second.table_counts())["sessions"] == 0
    finally:
        for store in (first, second):
            await store.close()


def test_a_message_goes_on_a_notes_run_straight_after_it_or_in_its_album() -> None:
    noted = Noted(10, "photo", "album-1")
    assert noted.continues(11, None)
    assert noted.continues(9, None)  # an album's photo, numbered before the note
    assert not noted.continues(12, None)  # a message came between
    assert noted.continues(15, "album-1")
    assert not noted.continues(15, "album-2")
    assert noted.continues(None, None)  # no number to tell: as before, said once
