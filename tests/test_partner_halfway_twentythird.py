"""A partner's link opened while the database failed for a moment (twenty-third round, the
review of the first fix): no answer of theirs is left outside the lead's mapping, and the
partner is never left with nothing to do."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from storage.contributions import ContributionStore
from storage.errors import StorageError
from storage.store import Store
from tests.telegram_world import World, bot_world, shown
from tests.test_teams_partners_e2e import (
    ADMIN,
    LEAD,
    contribute,
    lead_with_a_mapping,
    partner_link,
)

pytestmark = pytest.mark.e2e
PARTNER = 7878
FULL = "Cannot save to bot.db: the disk is full (simulated)."
AGAIN = "open the link again"


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def partner_drafts(db: Path) -> list[tuple[object, ...]]:
    return rows(db, "SELECT id, parent_id, status FROM drafts WHERE user_id = ?", PARTNER)


async def erase_the_mapping(world: World, db: Path) -> None:
    await world.command("delete", user=LEAD)
    await world.tap("Yes, erase everything", user=LEAD)
    assert rows(db, "SELECT count(*) FROM drafts WHERE user_id = ?", LEAD) == [(0,)]


async def answer_and_send(world: World) -> None:
    await contribute(world, PARTNER)
    await shown(world, PARTNER, "Send your contribution to Tester now?")
    await world.tap("Send it to Tester", user=PARTNER)
    assert "Sent to Tester" in world.texts(PARTNER)[-1], world.texts(PARTNER)[-4:]


async def test_a_link_whose_draft_was_saved_but_not_noted_as_theirs_leaves_nothing_behind(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The partner's draft was saved and the note that it is theirs, for this mapping, was
    not: they were told "Sorry ... send /show", answered every question in that draft, were
    never offered "Send it to ...", and their answers about the child outlived the lead's
    erasure of the mapping. Now the draft and the note are saved together or not at all, and
    the partner is told to open their link again, which works."""
    db, real_link, failed = tmp_path / "bot.db", ContributionStore.set_working, []

    async def link_failing_once(self: ContributionStore, *args: str) -> None:
        if not failed:
            failed.append(True)
            raise StorageError(FULL)
        await real_link(self, *args)

    async with bot_world(db, no_errors=False, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        code = await partner_link(world, "Health")
        monkeypatch.setattr(ContributionStore, "set_working", link_failing_once)
        await world.open_link(PARTNER, code)
        monkeypatch.setattr(ContributionStore, "set_working", real_link)
        assert failed
        said = world.texts(PARTNER)
        assert said, said
        assert AGAIN in said[-1], said
        assert not any("/show" in text for text in said), said
        assert partner_drafts(db) == []
        assert rows(db, "SELECT count(*) FROM contributions") == [(0,)]

        await world.open_link(PARTNER, code)
        await shown(world, PARTNER, "Question 1 of")
        await contribute(world, PARTNER)
        await shown(world, PARTNER, "Send your contribution to Tester now?")
        drafts = partner_drafts(db)
        assert len(drafts) == 1, drafts
        assert drafts[0][1] is not None, drafts
        await erase_the_mapping(world, db)
        assert partner_drafts(db) == []


async def test_a_link_whose_draft_failed_to_save_says_to_open_it_again(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The partner's draft failed to save: the "Sorry" sent them to /show, which said they
    had no draft and to send /new, which a partner may not. They are told to open their link
    again, and that works."""
    db, real_save, failed = tmp_path / "bot.db", Store.save, []

    async def save_failing_once(self: Store, *args: object, **kwargs: object) -> None:
        if not failed:
            failed.append(True)
            raise StorageError(FULL)
        await real_save(self, *args, **kwargs)  # type: ignore[arg-type]

    async with bot_world(db, no_errors=False, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        code = await partner_link(world, "School")
        monkeypatch.setattr(Store, "save", save_failing_once)
        await world.open_link(PARTNER, code)
        monkeypatch.setattr(Store, "save", real_save)
        assert failed
        said = world.texts(PARTNER)
        assert said, said
        assert AGAIN in said[-1], said
        assert not any("/show" in text or "/new" in text for text in said), said
        assert [b for m in world.messages(PARTNER) for row in m.buttons for b in row] == []
        await world.open_link(PARTNER, code)
        await shown(world, PARTNER, "Question 1 of")
        await answer_and_send(world)


async def test_a_draft_left_unnoted_by_an_earlier_fault_is_noted_at_the_partners_next_word(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A draft saved and never noted as the partner's (by a version that saved them apart):
    whatever the partner sends next notes it, so they are offered "Send it to ..." and their
    answers go with the mapping."""
    db = tmp_path / "bot.db"

    async def not_noted(self: ContributionStore, *args: str) -> bool:
        return True  # as a version that saved them apart reported it

    async with bot_world(db, no_errors=False, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        code = await partner_link(world, "Health")
        with monkeypatch.context() as patched:
            patched.setattr(ContributionStore, "set_working", not_noted)
            await world.open_link(PARTNER, code)
        await shown(world, PARTNER, "Question 1 of")
        assert [d[1] for d in partner_drafts(db)] == [None]
        await contribute(world, PARTNER)
        await shown(world, PARTNER, "Send your contribution to Tester now?")
        drafts = partner_drafts(db)
        assert len(drafts) == 1, drafts
        assert drafts[0][1] is not None, drafts
        await world.open_link(PARTNER, code)  # carries on in it, no second draft
        assert len(partner_drafts(db)) == 1
        await erase_the_mapping(world, db)
        assert partner_drafts(db) == []
        assert rows(db, "SELECT count(*) FROM answers a JOIN drafts d ON d.id = a.draft_id "
                        "WHERE d.user_id = ?", PARTNER) == [(0,)]


async def half_linked_with_no_draft(world: World, db: Path) -> None:
    """The partner's link spent, and neither a draft of theirs nor the note of one."""
    await lead_with_a_mapping(world)
    code = await partner_link(world, "School")
    await world.open_link(PARTNER, code)
    await shown(world, PARTNER, "Question 1 of")
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys = ON")  # as sosbot keeps them: the session lets go
        conn.execute("UPDATE contributions SET working_draft = NULL")
        conn.execute("DELETE FROM answers WHERE draft_id IN (SELECT id FROM drafts "
                     "WHERE user_id = ?)", (PARTNER,))
        conn.execute("DELETE FROM drafts WHERE user_id = ?", (PARTNER,))


async def test_a_link_spent_with_no_draft_asks_the_first_question_at_the_next_word(
        tmp_path: Path) -> None:
    """The link spent and no draft (saved apart by an earlier version, or gone): whatever
    the partner sends next starts their answers, not "You have no draft open. /new ..."."""
    db = tmp_path / "bot.db"
    async with bot_world(db, no_errors=False, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await half_linked_with_no_draft(world, db)
        before = len(world.texts(PARTNER))
        await world.command("show", user=PARTNER)
        await shown(world, PARTNER, "Question 1 of")
        said = "\n".join(world.texts(PARTNER)[before:])
        assert "/new" not in said, said
        assert "no draft" not in said, said
        await answer_and_send(world)


async def test_a_partner_with_no_draft_who_withdraws_is_withdrawn(tmp_path: Path) -> None:
    """The review: with no draft, /delete was let through and its "Yes, withdraw it" was
    not: the tap made a new draft and the withdrawal never ran. The Yes withdraws (and the
    No changes nothing, making no draft)."""
    db = tmp_path / "bot.db"
    async with bot_world(db, no_errors=False, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await half_linked_with_no_draft(world, db)
        await world.command("delete", user=PARTNER)
        await shown(world, PARTNER, "Withdraw your contribution")
        await world.tap("No", user=PARTNER)
        assert "nothing has been changed" in world.texts(PARTNER)[-1], world.texts(PARTNER)[-3:]
        assert partner_drafts(db) == []
        await world.command("delete", user=PARTNER)
        await shown(world, PARTNER, "Withdraw your contribution")
        await world.tap("Yes, withdraw it", user=PARTNER)
        assert "Withdrawn" in world.texts(PARTNER)[-1], world.texts(PARTNER)[-3:]
        assert rows(db, "SELECT count(*) FROM contributions") == [(0,)]
        assert partner_drafts(db) == []
        assert any("has been withdrawn" in text for text in world.texts(LEAD))


async def test_a_mapping_erased_while_a_partners_draft_is_made_takes_nothing_of_theirs(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The review: the lead's erasure committed between the partner's repair reading the
    contribution and making their draft; the draft was noted for no row, kept outside any
    mapping, and they were welcomed to a mapping that was gone. Now nothing of the turn
    stands, and they are told the mapping was closed."""
    from bot.teams.partners import Partners

    db, real = tmp_path / "bot.db", Partners._start

    async def start_after_erasure(self: Partners, *args: object) -> object:
        with sqlite3.connect(db) as conn:  # the lead's erasure, committed in between
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("DELETE FROM drafts WHERE user_id = ?", (LEAD,))
        return await real(self, *args)  # type: ignore[arg-type]

    async with bot_world(db, no_errors=False, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await half_linked_with_no_draft(world, db)
        monkeypatch.setattr(Partners, "_start", start_after_erasure)
        before = len(world.texts(PARTNER))
        await world.say("hello", user=PARTNER)
        said = world.texts(PARTNER)[before:]
        assert said, said
        assert "has closed the safety mapping" in said[-1], said
        assert not any("Hello." in text or "Question" in text for text in said), said
        assert partner_drafts(db) == []
        assert rows(db, "SELECT count(*) FROM contributions") == [(0,)]
