"""The twenty-second round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the bot polling the local Bot API server as
`sosbot run` does, or the real command (`sosbot ...` as a child process) where the attack is
on the process itself."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sosbot

from tests.telegram_world import PRACTITIONER, TEST_KEY, bot_world

# --- an admin's link opened by an admin ------------------------------------------------------


async def test_an_admin_opening_an_admins_link_leaves_it_for_whoever_it_was_for(
        tmp_path: Path) -> None:
    """An admin made a link for a second admin (`sosbot invite --admin`) and opened it
    themselves, to see it worked before sending it. They were told "Welcome... You're now a
    member", the link's one use was spent on them (a member link opened the same way is left
    alone, saying so), they were listed under /members with a Remove button, and the
    colleague it was for was refused as a stranger."""
    from tests.test_teams_e2e import NEWCOMER, count
    from tests.test_teams_e2e import open_link as opened

    db, admin = tmp_path / "bot.db", PRACTITIONER
    made = run_sosbot("invite", "--admin", "--db", str(db), cwd=tmp_path,
                      env={"SOSBOT_DATA_KEY": TEST_KEY})
    code = made.stdout.split()[1]
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(admin)) as world:
        said = await opened(world, admin, code, "Boss")
        assert "admin already" in said
        assert "still there for whoever it was meant for" in said
        assert count(db, "members") == 0
        assert "Welcome, Sam" in await opened(world, NEWCOMER, code, "Sam")
        await world.command("members", user=admin)
        listed = world.texts(admin)[-1]
        assert "Sam (admin)" in listed
        assert "Boss" not in listed
