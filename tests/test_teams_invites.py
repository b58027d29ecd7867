"""Invite codes and members, on a real SQLite file: only hashes kept, expiry, uses, withdrawal."""

from __future__ import annotations

import asyncio
import re
import sqlite3
import time
from pathlib import Path

import pytest

from bot.teams.codes import code_hash, deep_link, looks_like_code, new_code
from bot.teams.invites import DAY, invite_colleague, invite_partner
from flows.draft import Draft
from storage.contract import ClosedPart
from storage.contributions import ContributionStore
from storage.crypto import AesGcmSealer, new_key
from storage.migrations import LATEST
from storage.sql import SqlStore
from storage.store import Store
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.conftest import sosbot_command, sosbot_env
from tests.test_telegram_handlers import KEY

ADMIN = 1
NOW = 1_800_000_000.0
START_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}")


def members_in(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM members").fetchone()[0])


def test_codes_fit_a_telegram_start_link_and_carry_at_least_128_random_bits() -> None:
    codes = {new_code() for _ in range(1000)}
    assert len(codes) == 1000
    for code in codes:
        assert START_PAYLOAD.fullmatch(code)
        assert looks_like_code(code)
        assert len(code) * 6 >= 128  # base64 characters carry 6 bits each
    link = deep_link("sosbot_test_bot", "abc")
    assert link == "https://t.me/sosbot_test_bot?start=abc"


async def test_the_database_keeps_only_the_hash_of_a_code(store: Store) -> None:
    made = await invite_colleague(TeamStore(store), ADMIN, now=NOW)
    await store.checkpoint()
    data = await asyncio.to_thread(Path(store.path).read_bytes)
    assert made.code.encode() not in data
    assert code_hash(made.code).encode() in data


async def test_a_colleague_joins_once_with_a_single_use_code(store: Store) -> None:
    teams = TeamStore(store)
    made = await invite_colleague(teams, ADMIN, now=NOW)
    assert await teams.join(code_hash(made.code), 7, "Sam Okafor", NOW + 60) is not None
    assert await teams.join(code_hash(made.code), 8, "Someone Else", NOW + 120) is None
    assert [(m.user_id, m.name, m.role) for m in await teams.members()] == [
        (7, "Sam Okafor", "member")]
    assert (await teams.standing(8)).role is None


async def test_expired_withdrawn_and_forged_codes_store_nothing(store: Store) -> None:
    teams = TeamStore(store)
    expired = await invite_colleague(teams, ADMIN, days=1, now=NOW)
    withdrawn = await invite_colleague(teams, ADMIN, uses=5, now=NOW)
    assert await teams.withdraw(withdrawn.invite.short_id) == 1
    for code, at in ((expired.code, NOW + DAY + 1), (withdrawn.code, NOW + 1),
                     (new_code(), NOW + 1)):
        assert await teams.join(code_hash(code), 7, "Sam", at) is None
    assert await teams.members() == []
    assert members_in(Path(store.path)) == 0


async def test_an_admin_invite_makes_an_admin_and_uses_run_out(store: Store) -> None:
    teams = TeamStore(store)
    made = await invite_colleague(teams, ADMIN, role="admin", uses=2, now=NOW)
    for user in (7, 8):
        assert await teams.join(code_hash(made.code), user, f"User {user}", NOW) is not None
    assert await teams.join(code_hash(made.code), 9, "User 9", NOW) is None
    assert {m.user_id: m.role for m in await teams.members()} == {7: "admin", 8: "admin"}
    assert await teams.invites(NOW) == []


async def test_a_removed_member_loses_access_and_their_drafts(store: Store) -> None:
    teams = TeamStore(store)
    made = await invite_colleague(teams, ADMIN, now=NOW)
    await teams.join(code_hash(made.code), 7, "Sam", NOW)
    draft = Draft(id="d7", user_id=7, flow_id="mapping", flow_version=1, label="TB-7",
                  answers={"a": "canary-removed-member"})
    await store.save(draft, draft.answers, new=True)
    assert await teams.remove_member(7)
    assert (await teams.standing(7)).role is None
    assert not await teams.was_removed(7)  # not by an admin: nothing at all is kept
    assert await store.list_drafts(7) == []
    data = await asyncio.to_thread(Path(store.path).read_bytes)
    assert b"canary-removed-member" not in data


async def test_a_member_an_admin_removed_is_known_as_such_until_retention_or_rejoining(
        store: Store) -> None:
    teams = TeamStore(store)
    made = await invite_colleague(teams, ADMIN, uses=2, now=NOW)
    await teams.join(code_hash(made.code), 7, "Sam", NOW)
    assert await teams.remove_member(7, now=NOW)
    assert await teams.was_removed(7)
    assert not await teams.was_removed(8)
    await store.purge(idle_before=NOW, done_before=0.0, updates_before=0.0)
    assert await teams.was_removed(7)  # kept as long as an untouched draft
    await teams.join(code_hash(made.code), 7, "Sam", NOW)
    assert not await teams.was_removed(7)  # back on the team
    assert await teams.remove_member(7, now=NOW)
    await store.purge(idle_before=NOW + 1, done_before=0.0, updates_before=0.0)
    assert not await teams.was_removed(7)


async def test_a_removal_is_remembered_while_the_link_they_joined_with_is_still_open(
        store: Store) -> None:
    """A link for several colleagues, open 90 days, does not let a removed member back
    (`bot.teams.team`) only while their removal is remembered: retention used to forget it
    after 30 days, and the same link let them in again."""
    teams = TeamStore(store)
    made = await invite_colleague(teams, ADMIN, uses=5, days=90, now=NOW)
    await teams.join(code_hash(made.code), 7, "Sam", NOW)
    assert await teams.remove_member(7, now=NOW)
    await store.purge(idle_before=NOW + 31 * DAY, done_before=0.0, updates_before=0.0)
    assert await teams.removed_at(7) == NOW  # the link is open for 59 days more
    await store.purge(idle_before=NOW + 91 * DAY, done_before=0.0, updates_before=0.0)
    assert not await teams.was_removed(7)  # the link expired before the retention window


async def test_a_fresh_database_reaches_the_teams_schema_and_reopening_changes_nothing(
        tmp_path: Path) -> None:
    path = tmp_path / "t.db"
    for _ in range(2):
        async with await Store.open(path):
            pass
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == LATEST
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    assert {"members", "invites", "contributions"} <= names


async def _sosbot(*args: str, env: dict[str, str]) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        *sosbot_command(*args), env=sosbot_env(**env), stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode or 0, out.decode(), err.decode()


async def test_sosbot_invite_prints_a_deep_link_with_the_bot_name_from_telegram(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        env = {"TELEGRAM_BOT_TOKEN": server.token, "SOSBOT_API_ROOT": server.root,
               "SOSBOT_DB": str(db), "SOSBOT_DATA_KEY": KEY}
        status, out, err = await _sosbot("invite", "--admin", "--days", "3", "--uses", "2",
                                         env=env)
    assert status == 0, err
    link = out.strip()
    assert link.startswith("https://t.me/sosbot_test_bot?start=")
    code = link.rsplit("=", 1)[1]
    assert looks_like_code(code)
    assert "joins as an admin" in err
    assert "2 time(s)" in err
    async with await Store.open(db) as store:
        invite = await TeamStore(store).open_invite(code_hash(code), time.time())
    assert invite is not None
    assert invite.role == "admin"
    assert invite.uses_left == 2


async def test_sosbot_invite_says_why_there_is_no_link_when_telegram_refuses_the_token(
        tmp_path: Path) -> None:
    async with BotApiServer() as server:
        env = {"TELEGRAM_BOT_TOKEN": "123456:" + "A" * 35, "SOSBOT_API_ROOT": server.root,
               "SOSBOT_DB": str(tmp_path / "bot.db"), "SOSBOT_DATA_KEY": KEY}
        status, out, err = await _sosbot("invite", env=env)
    assert status == 0, err
    assert out.startswith("/start ")  # the code still works, sent to the bot by hand
    assert "Telegram did not give the bot's name" in err
    assert "No TELEGRAM_BOT_TOKEN" not in err


async def test_sosbot_invite_lists_and_withdraws_without_a_token(tmp_path: Path) -> None:
    env = {"SOSBOT_DB": str(tmp_path / "bot.db"), "SOSBOT_DATA_KEY": KEY}
    status, out, err = await _sosbot("invite", env=env)
    assert status == 0
    assert out.startswith("/start ")
    short_id = err.split("--withdraw ", 1)[1].split()[0]  # a note on the new database follows
    status, out, _ = await _sosbot("invite", "--list", env=env)
    assert short_id in out
    assert "member" in out
    assert (await _sosbot("invite", "--withdraw", short_id, env=env))[0] == 0
    status, out, _ = await _sosbot("invite", "--list", env=env)
    assert out.strip() == "No open invites."
    status, _, err = await _sosbot("invite", "--days", "0", env=env)
    assert status == 2
    assert "--days" in err


async def test_a_partner_link_works_once_and_not_after_the_mapping_is_finished(
        store: Store) -> None:
    teams, contributions = TeamStore(store), ContributionStore(TeamStore(store))
    draft = Draft(id="lead1", user_id=ADMIN, flow_id="mapping", flow_version=1, label="TB-7")
    await store.save(draft, (), new=True)
    first = await invite_partner(teams, ADMIN, "lead1", agency="School", label="TB-7",
                                 lead_name="Jo", now=NOW)
    second = await invite_partner(teams, ADMIN, "lead1", agency="Police", label="TB-7",
                                  lead_name="Jo", now=NOW)
    assert await contributions.claim(code_hash(first.code), 7, NOW + 1) is not None
    assert await contributions.claim(code_hash(first.code), 8, NOW + 2) is None
    draft.status = "completed"
    await store.save(draft, ())
    assert await contributions.claim(code_hash(second.code), 8, NOW + 3) is None
    assert [c is None for _, c in await contributions.for_draft("lead1")] == [True, True]


async def test_a_partners_unsent_answers_go_with_the_mapping(store: Store) -> None:
    teams = TeamStore(store)
    contributions = ContributionStore(teams)
    lead = Draft(id="lead2", user_id=ADMIN, flow_id="mapping", flow_version=1, label="TB-7")
    await store.save(lead, (), new=True)
    made = await invite_partner(teams, ADMIN, "lead2", agency="School", label="TB-7",
                                lead_name="Jo", now=NOW)
    assert await contributions.claim(code_hash(made.code), 7, NOW + 1) is not None
    working = Draft(id="part7", user_id=7, flow_id="contribution", flow_version=1,
                    label="TB-7", answers={"worries": "unsent-canary"})
    await store.save(working, working.answers, new=True)
    await contributions.set_working(code_hash(made.code), "part7")
    assert await store.delete_draft(ADMIN, "lead2")
    assert await store.list_drafts(7) == []
    assert await contributions.answering(7) is None
    data = await asyncio.to_thread(Path(store.path).read_bytes)
    assert b"unsent-canary" not in data


async def test_spent_colleague_invites_are_forgotten_and_open_ones_kept(store: Store) -> None:
    teams = TeamStore(store)
    used = await invite_colleague(teams, ADMIN, now=NOW)
    await teams.join(code_hash(used.code), 7, "Sam", NOW)
    await invite_colleague(teams, ADMIN, days=1, now=NOW)
    kept = await invite_colleague(teams, ADMIN, days=30, now=NOW)
    assert await teams.forget_spent(NOW + 2 * DAY) == 2
    assert [i.code_hash for i in await teams.invites(NOW + 2 * DAY)] == [kept.invite.code_hash]
    assert [m.user_id for m in await teams.members()] == [7]


@pytest.mark.parametrize("erase", ["cancel", "retention"])
async def test_a_sent_contribution_goes_with_the_mapping(store: Store, erase: str) -> None:
    teams = TeamStore(store)
    contributions = ContributionStore(teams)
    lead = Draft(id="lead3", user_id=ADMIN, flow_id="mapping", flow_version=1, label="TB-7")
    await store.save(lead, (), new=True)
    made = await invite_partner(teams, ADMIN, "lead3", agency="School", label="TB-7",
                                lead_name="Jo", now=NOW)
    invite = await contributions.claim(code_hash(made.code), 7, NOW + 1)
    assert invite is not None
    assert await contributions.send(invite, {"answers": {"worries": "sent-canary"}})
    if erase == "cancel":
        assert await store.delete_draft(ADMIN, "lead3")
    else:
        report = await store.purge(idle_before=time.time() + 1, done_before=0.0,
                                   updates_before=0.0)
        assert report.drafts == 1
        assert report.closed == (ClosedPart(7, "TB-7", "Jo"),)  # to be told, by the bot
        assert "TB-7" not in repr(report)  # the report is logged
    assert await contributions.for_draft("lead3") == []
    assert (await teams.standing(7)).contributed is False
    data = await asyncio.to_thread(Path(store.path).read_bytes)
    assert b"sent-canary" not in data


async def test_retention_owes_each_partner_a_message_until_it_is_given(
        engine_store: SqlStore) -> None:
    """Written in the erasing transaction, sealed, and kept until sent (or the partner's own
    /delete): a crash after the erasure, or Telegram out of reach, cannot leave them untold."""
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    for partner, label in ((7, "TB-7"), (8, "KB-8")):
        lead = Draft(id=f"lead{partner}", user_id=ADMIN, flow_id="mapping", flow_version=1,
                     label=label)
        await engine_store.save(lead, (), new=True)
        made = await invite_partner(teams, ADMIN, lead.id, agency="School", label=label,
                                    lead_name="Jo", now=NOW)
        assert await contributions.claim(code_hash(made.code), partner, NOW + 1) is not None

    report = await engine_store.purge(idle_before=time.time() + 1, done_before=0.0,
                                      updates_before=0.0)
    owed = await engine_store.owed_notices()

    assert {n.part for n in owed} == set(report.closed) == {
        ClosedPart(7, "TB-7", "Jo"), ClosedPart(8, "KB-8", "Jo")}
    if isinstance(engine_store, Store):
        data = await asyncio.to_thread(Path(engine_store.path).read_bytes)
        assert b"KB-8" not in data  # sealed
    assert {n.id for n in owed} == {n.id for n in report.owed}
    await engine_store.notices_given([next(n.id for n in owed if n.part.partner_id == 7)])
    await engine_store.delete_user(8)
    assert await engine_store.owed_notices() == []


async def test_a_notice_owed_moves_to_the_new_key_when_the_data_key_rotates(
        engine_store: SqlStore) -> None:
    """Else `keys retire` would let the old key go while a notice still needed it, and the
    partner would be told of "" by "The lead"."""
    await engine_store.owe("closed", [ClosedPart(7, "TB-7", "Jo")])
    assert (await engine_store.key_usage())["engine"] == 1

    await engine_store.reseal(AesGcmSealer([new_key("fresh")]))

    assert await engine_store.key_usage() == {"fresh": 1}
    [owed] = await engine_store.owed_notices()
    assert owed.part == ClosedPart(7, "TB-7", "Jo")
