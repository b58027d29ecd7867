"""Retention and erasure: old drafts go, their owners are reminded once the day before, and
erasing a user leaves no row about them in any table."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.config import Settings, load_settings
from bot.teams.codes import code_hash
from bot.teams.conversation import TeamConversation
from bot.teams.invites import invite_colleague, invite_partner
from bot.teams.texts import DELETED_MEMBER, REJOIN_Q, WITHDRAW_TOO_Q
from bot.wording import Confirm
from flows.draft import Draft, Status
from flows.flow import Flow
from flows.replies import Command, Notice, Text
from storage.contributions import ContributionStore
from storage.crypto import AesGcmSealer, new_key
from storage.retention import DAY, due_reminders, erased_at, mark_reminded, purge
from storage.store import Session, Store
from storage.teams import TeamStore
from tests.conftest import run_sosbot

NOW = 2_000_000_000.0
SEALER = AesGcmSealer([new_key("k1")])


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(SOSBOT_DB=str(tmp_path / "r.db"), SOSBOT_DRAFT_DAYS="30",
                         SOSBOT_DONE_DAYS="14")


async def put(store: Store, draft_id: str, *, user: int = 1, days_ago: float,
              status: Status = "in_progress") -> None:
    """A draft last touched `days_ago` days before NOW."""
    draft = Draft(id=draft_id, user_id=user, flow_id="mapping", flow_version=1,
                  label=f"L-{draft_id}", status=status, answers={"s1": f"answer {draft_id}"})
    await store.save(draft, ["s1"], new=True)
    when = NOW - days_ago * DAY
    await store._db.execute("UPDATE drafts SET updated_at = ?, created_at = ? WHERE id = ?",
                            (when, when, draft_id))


async def ids(store: Store) -> set[str]:
    return {r[0] for r in await store._db.execute_fetchall("SELECT id FROM drafts")}


async def test_purge_erases_by_age_and_status(tmp_path: Path, settings: Settings) -> None:
    async with await Store.open(tmp_path / "r.db", sealer=SEALER) as store:
        await put(store, "fresh", days_ago=29.9)
        await put(store, "idle", days_ago=30.1)
        await put(store, "done_fresh", days_ago=13.9, status="completed")
        await put(store, "done_old", days_ago=14.1, status="completed")
        await put(store, "discarded_old", days_ago=14.1, status="discarded")
        report = await purge(store, settings, NOW)
        assert report.drafts == 3
        assert report.wal_cleared
        assert await ids(store) == {"fresh", "done_fresh"}
        assert (await store.table_counts())["answers"] == 2


async def test_purge_forgets_old_update_ids_and_empty_sessions(tmp_path: Path,
                                                               settings: Settings) -> None:
    async with await Store.open(tmp_path / "r.db", sealer=SEALER) as store:
        await store.save_session(Session(1), update=(1, 10))
        await store.save_session(Session(2), update=(2, 11))
        await put(store, "kept", user=2, days_ago=1)
        await store._db.execute("UPDATE handled_updates SET handled_at = ? WHERE update_id = 10",
                                (NOW - 3.5 * DAY,))
        await store._db.execute("UPDATE handled_updates SET handled_at = ? WHERE update_id = 11",
                                (NOW - 0.5 * DAY,))
        await store._db.execute("UPDATE sessions SET updated_at = ?", (NOW - 31 * DAY,))
        report = await purge(store, settings, NOW)
        assert (report.updates, report.sessions) == (1, 1)
        assert not await store.was_handled(1, 10)
        assert await store.was_handled(2, 11)
        assert (await store.session(2)).user_id == 2
        assert await store.table_counts() == {"drafts": 1, "answers": 1, "sessions": 1,
                                              "handled_updates": 1}


async def test_a_reminder_comes_once_the_day_before(tmp_path: Path, settings: Settings) -> None:
    async with await Store.open(tmp_path / "r.db", sealer=SEALER) as store:
        await put(store, "young", days_ago=28.5)
        await put(store, "due", user=2, days_ago=29.5)
        await put(store, "done_due", user=3, days_ago=13.2, status="completed")
        due = await due_reminders(store, settings, NOW)
        assert [(r.draft_id, r.user_id, r.label) for r in due] == [
            ("due", 2, "L-due"), ("done_due", 3, "L-done_due")]
        assert erased_at(due[0], settings) == pytest.approx(NOW + 0.5 * DAY)
        assert erased_at(due[1], settings) == pytest.approx(NOW + 0.8 * DAY)
        await mark_reminded(store, due, NOW)
        assert await due_reminders(store, settings, NOW + 0.25 * DAY) == []
        before = await store.load_draft(2, "due")
        assert before is not None
        assert before.updated_at == pytest.approx(NOW - 29.5 * DAY)  # reminding is not a touch


async def test_a_draft_touched_after_its_reminder_is_reminded_again_later(
        tmp_path: Path, settings: Settings) -> None:
    async with await Store.open(tmp_path / "r.db", sealer=SEALER) as store:
        await put(store, "d", days_ago=29.5)
        await mark_reminded(store, await due_reminders(store, settings, NOW), NOW)
        await put(store, "d", days_ago=-0.1)  # the practitioner came back after the reminder
        assert await due_reminders(store, settings, NOW + 0.1 * DAY) == []
        later = NOW + 29.6 * DAY
        assert [r.draft_id for r in await due_reminders(store, settings, later)] == ["d"]


async def test_purged_text_leaves_the_database_and_wal_files(tmp_path: Path,
                                                             settings: Settings) -> None:
    path = tmp_path / "plain.db"
    async with await Store.open(path) as store:  # unencrypted, so the bytes can be looked for
        await put(store, "canary-draft-7731", days_ago=40)
        files = [path, Path(f"{path}-wal")]
        assert any(b"canary-draft-7731" in f.read_bytes() for f in files if f.exists())
        await purge(store, settings, NOW)
        for f in files:
            if f.exists():
                assert b"canary-draft-7731" not in f.read_bytes(), f.name


def test_sosbot_purge_reports_what_it_erased(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with sqlite3.connect(db):
        pass
    result = run_sosbot("purge", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Erased 0 draft(s)" in result.stdout


async def test_sosbot_purge_says_how_many_partners_it_could_not_tell(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    async with await Store.open(db) as store:
        await put(store, "old", days_ago=(NOW - time.time()) / DAY + 40)  # by the clock
        teams = TeamStore(store)
        link = await invite_partner(teams, 1, "old", agency="School", label="L-old",
                                    lead_name="Jo")
        assert await ContributionStore(teams).claim(link.invite.code_hash, 7, time.time())
    result = run_sosbot("purge", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "Erased 1 draft(s)" in result.stdout
    assert "1 partner(s) had contributed to an erased mapping" in result.stdout
    assert "L-old" not in result.stdout + result.stderr


async def _all_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as db:
        tables = [r[0] for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        rows = {t: db.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    db.close()
    return rows


async def test_delete_through_the_conversation_leaves_nothing_about_the_user(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """41 joined with an admin's invite (so is an admin), made an invite of their own and sent
    a contribution to 42's mapping as a partner; /delete erases all of it."""
    path = tmp_path / "erase.db"
    async with await Store.open(path, sealer=SEALER) as store:
        chat = TeamConversation(store, flows, admins=frozenset({1}))
        teams = chat.contributions.teams
        joined = await invite_colleague(teams, 1, role="admin")
        assert await teams.join(code_hash(joined.code), 41, "Sam Okafor", time.time())
        await invite_colleague(teams, 41)
        for user in (41, 42):
            await chat.handle(user, Command("new", "mapping"), update_id=user * 100)
            await chat.handle(user, Text(f"U{user}"), update_id=user * 100 + 1)
            await chat.handle(user, Text("1"), update_id=user * 100 + 2)
        mapping = await chat.active(42)
        assert mapping is not None
        link = await invite_partner(teams, 42, mapping.id, agency="School", label="U42",
                                    lead_name="Jo")
        invite = await chat.contributions.claim(link.invite.code_hash, 41, time.time())
        assert invite is not None
        assert await chat.contributions.send(invite, {"answers": {"seen": "canary-41"}})
        asked = await chat.handle(41, Command("delete"), update_id=4103)
        said = await chat.handle(41, Text("yes"), update_id=4104)
    assert isinstance(asked[0], Confirm)
    assert REJOIN_Q in asked[0].text
    assert WITHDRAW_TOO_Q in asked[0].text
    assert said == [Notice(DELETED_MEMBER, "saved")]
    rows = await _all_rows(path)
    assert set(rows) >= {"drafts", "answers", "sessions", "handled_updates", "members",
                         "invites", "contributions"}
    drafts_of_42 = {r[0] for r in rows["drafts"]}
    for table, table_rows in rows.items():
        for row in table_rows:
            assert 41 not in row, (table, row)
            if table == "answers":
                assert row[0] in drafts_of_42
    assert {r[1] for r in rows["drafts"]} == {42}
    assert rows["members"] == []
    assert rows["contributions"] == []
    assert len(rows["invites"]) == 2  # the admin's (used) and 42's partner link: not 41's


async def test_delete_asks_plainly_of_someone_on_the_allow_list(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    async with await Store.open(tmp_path / "erase.db", sealer=SEALER) as store:
        chat = TeamConversation(store, flows, admins=frozenset({1}))
        asked = await chat.handle(1, Command("delete"))
        said = await chat.handle(1, Text("yes"))
    assert isinstance(asked[0], Confirm)
    assert asked[0].text == chat.words["delete_q"]  # no invite needed to come back
    assert said == [Notice(chat.words["deleted"], "saved")]
