"""Teams end to end: the bot polls the local Bot API server; an admin, colleagues and
strangers play it as people would."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.telegram_world import (
    COLLEAGUE,
    NAV,
    PRACTITIONER,
    STRANGER,
    World,
    bot_world,
    link_sent,
    shown,
)

pytestmark = pytest.mark.e2e
ADMIN = PRACTITIONER
NEWCOMER = 5151


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as the_world:
        yield the_world


def scope_of(call: dict[str, Any]) -> dict[str, Any]:
    """The command scope a setMyCommands call gave (the default scope when none)."""
    scope = call.get("scope") or {}
    return dict(json.loads(scope) if isinstance(scope, str) else scope)


def count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def open_link(world: World, user: int, code: str, first_name: str = "Tester") -> str:
    """Open the deep link: the bot's last reply."""
    await world.open_link(user, code, first_name)
    return world.texts(user)[-1]


async def colleague_link(world: World) -> str:
    await world.command("invite", user=ADMIN)
    await world.tap("A colleague", user=ADMIN)
    return await link_sent(world, ADMIN)


async def test_an_admin_invites_a_colleague_who_joins_and_starts_a_mapping(world: World) -> None:
    code = await colleague_link(world)
    welcome = await open_link(world, NEWCOMER, code, "Sam")
    assert "Welcome, Sam" in welcome
    assert "/privacy" in welcome
    await world.open_tool("Safety mapping", "TB-7", user=NEWCOMER)
    assert "Question 1 of" in world.texts(NEWCOMER)[-1]


async def test_a_stranger_whose_link_fails_hears_only_the_refusal_and_nothing_is_stored(
        world: World) -> None:
    code = await colleague_link(world)
    await open_link(world, NEWCOMER, code)
    members = count(world.settings.db, "members")
    for payload in (code, "A" * 32, "not-a-code"):
        world.server.send_command(STRANGER, "start", payload)
        await world.server.wait_idle()
    world.server.send_command(STRANGER, "new")
    await world.server.wait_idle()
    [refusal] = world.texts(STRANGER)  # as any stranger is told: once, again in an hour
    assert "administrator" in refusal
    assert str(STRANGER) in refusal
    assert count(world.settings.db, "members") == members
    assert count(world.settings.db, "sessions") == 0


async def test_a_member_is_told_why_a_link_cant_be_used(world: World) -> None:
    code = await colleague_link(world)
    await open_link(world, NEWCOMER, code)
    assert "can't be used" in await open_link(world, NEWCOMER, "A" * 32)
    assert "already a member" in await open_link(world, NEWCOMER, await colleague_link(world))


async def test_an_admin_removes_a_member_who_loses_access_and_their_drafts(
        world: World) -> None:
    await open_link(world, NEWCOMER, await colleague_link(world), "Sam")
    await world.open_tool("Pre-referral", "QR-1", user=NEWCOMER)
    assert count(world.settings.db, "drafts") == 1
    await world.command("members", user=ADMIN)
    listing = world.texts(ADMIN)[-1]
    assert "Sam, joined" in listing
    await world.tap("Remove Sam", user=ADMIN)
    assert await shown(world, ADMIN, "lose access at once")
    await world.tap("Yes, remove", user=ADMIN)
    assert await shown(world, ADMIN, "Removed Sam")
    assert count(world.settings.db, "drafts") == 0
    await world.command("resume", user=NEWCOMER)
    assert "no longer on this team" in world.texts(NEWCOMER)[-1]


async def test_a_removed_member_pressing_an_old_button_is_told_they_are_off_the_team(
        world: World) -> None:
    await open_link(world, NEWCOMER, await colleague_link(world), "Sam")
    await world.open_tool("Safety mapping", "TB-7", user=NEWCOMER)
    question, data = world.with_button("A child protection conference", user=NEWCOMER)
    await world.command("members", user=ADMIN)
    await world.tap("Remove Sam", user=ADMIN)
    await world.tap("Yes, remove", user=ADMIN)
    before = len(world.texts(NEWCOMER))
    mark = len(world.server.calls)
    world.server.press_button(NEWCOMER, question.message_id, data)
    await world.settle(mark)
    [told] = world.texts(NEWCOMER)[before:]
    assert "You're no longer on this team" in told
    assert "TB-7" not in told
    assert str(NEWCOMER) not in told  # not the stranger's reply
    mark = len(world.server.calls)
    again = world.server.press_button(NEWCOMER, question.message_id, data)
    await world.settle(mark)
    assert len(world.texts(NEWCOMER)) == before + 1  # told once an hour, like a stranger ...
    notice = world.server.answer_for(again)  # ... and the press itself says it meanwhile
    assert notice is not None
    assert "no longer on this team" in str(notice.get("text"))
    assert count(world.settings.db, "drafts") == 0


async def test_a_members_own_delete_ends_their_membership_and_says_so_first(
        world: World) -> None:
    await open_link(world, NEWCOMER, await colleague_link(world), "Sam")
    await world.open_tool("Pre-referral", "QR-1", user=NEWCOMER)
    await world.command("delete", user=NEWCOMER)
    assert "you would need a new one" in world.texts(NEWCOMER)[-1]
    await world.tap("Yes, erase everything", user=NEWCOMER)
    assert await shown(world, NEWCOMER, "your membership too")
    for table in ("members", "drafts", "sessions"):
        assert count(world.settings.db, table) == 0, table
    await world.command("start", user=NEWCOMER)
    assert "administrator" in world.texts(NEWCOMER)[-1]
    await world.command("delete", user=ADMIN)  # on the allow-list: no invite to lose
    assert "new one" not in world.texts(ADMIN)[-1]


async def test_only_admins_see_members_and_have_it_in_their_menu(world: World) -> None:
    await open_link(world, NEWCOMER, await colleague_link(world))
    await world.command("members", user=NEWCOMER)
    assert "Only an admin" in world.texts(NEWCOMER)[-1]
    await world.command("invite", user=NEWCOMER)
    assert "open a safety mapping first" in world.texts(NEWCOMER)[-1]
    menus = {str(scope_of(c).get("chat_id", "default")): {x["command"] for x in c["commands"]}
             for c in world.server.calls_to("setMyCommands")}
    assert "members" in menus[str(ADMIN)]
    assert "members" not in menus["default"]
    assert "invite" in menus["default"]



async def finish_reflection(world: World, user: int) -> None:
    """Start the reflection and answer whatever it asks until it is finished."""
    await world.open_tool("Pre-referral", "QR-9", user=user)
    for _ in range(60):
        if any("That's the end of this tool" in t for t in world.texts(user)):
            return
        labels = world.question_buttons(user)
        options = [x for x in labels if x not in NAV]
        if "Keep it as it is" in labels:
            await world.tap("Keep it as it is", user=user)
        elif "Use this" in labels:
            await world.tap("Use this", user=user)
        elif options and all(o.isdigit() for o in options):
            await world.tap("3", user=user)
        elif options and "Done" not in options:
            await world.tap(options[0], user=user)
        else:
            await world.say("share-canary: a bruise on her arm, seen at clinic", user=user)
            if "Done" in [b["text"] for row in world.last(user).buttons for b in row]:
                await world.tap("Done", user=user)
    raise AssertionError("the reflection did not finish")


async def test_a_member_shares_a_finished_summary_with_a_colleague(world: World) -> None:
    await open_link(world, NEWCOMER, await colleague_link(world), "Sam")
    await open_link(world, COLLEAGUE, await colleague_link(world), "Ali")
    await world.command("share", user=NEWCOMER)
    assert "finished summary" in world.texts(NEWCOMER)[-1]
    await finish_reflection(world, NEWCOMER)
    await world.command("share", user=NEWCOMER)
    await world.tap("Send to Ali", user=NEWCOMER)
    await world.server.wait_for(lambda: "Sent to Ali" in world.texts(NEWCOMER)[-1])
    received = "\n".join(world.texts(COLLEAGUE))
    assert "shared a finished summary with you" in received
    assert "share-canary" in received
    documents = world.server.documents(COLLEAGUE)
    assert sorted(d.filename.rsplit(".", 1)[1] for d in documents) == ["docx", "html", "txt"]
    assert not any(m.buttons for m in world.messages(COLLEAGUE)[-4:])
    with sqlite3.connect(world.settings.db) as conn:
        assert conn.execute("SELECT count(*) FROM drafts WHERE user_id = ?",
                            (COLLEAGUE,)).fetchone()[0] == 0
