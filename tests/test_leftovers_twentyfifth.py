"""The twenty-fifth pass over defects earlier passes saw and left: each pinned by a test that
failed on the code as it was."""

from __future__ import annotations

import asyncio
import shlex
import subprocess
import time
from pathlib import Path

import pytest
from conftest import run_sosbot, sosbot_command, sosbot_env

from bot.teams.invites import SERVER, invite_colleague
from flows.draft import Draft
from flows.loader import load_flows
from storage import open_store
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.telegram_world import (
    PRACTITIONER,
    ErrorCollector,
    World,
    bot_settings,
    bot_world,
    running_bot,
    shown,
)
from tests.test_attacks_twentythird import a_chat_database
from tests.test_former_admins import LEAVER, STAYER, partner_link
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach

# --- 1. a partner already answering through a dropped admin's link ------------------------------

PARTNER = 6262
KEPT, DROPPED, MEMBER = 4101, 4102, 4103
LEAD, SAM = 4_000_000_001, 5_000_000_002
__all__ = ["bot"]  # the fixture


@pytest.mark.e2e
async def test_a_contribution_under_way_via_a_dropped_admins_link_is_sent_none_told_to_review(
        tmp_path: Path) -> None:
    """A partner was answering through an admin's link when the admin was taken off
    SOSBOT_ALLOWED_USERS. The partner could send it (they were let in while the link was
    good) and the admin was then told "/review shows it", which they can no longer use. The
    contribution is still sent and kept with the mapping; the admin is told nothing while
    they are off the list, and the partner is told the lead can't be reached through the
    bot just now. Put back on the list, the admin's /review shows it."""
    db = tmp_path / "bot.db"
    both = f"{LEAVER},{STAYER}"
    async with BotApiServer() as server:  # one server, so Telegram's numbering goes on
        world = World(server, bot_settings(server, db, SOSBOT_ALLOWED_USERS=both),
                      ErrorCollector())
        async with running_bot(server, world.settings):
            code = await partner_link(world, LEAVER)
            await world.open_link(PARTNER, code)
            await world.tap("School", user=PARTNER)
            await world.answer("designated safeguarding lead", user=PARTNER)
            await world.answer("T came in hungry three times this month", user=PARTNER)
            await world.answer("Nan walks T to school", user=PARTNER)
            await world.answer("Breakfast club from Monday", user=PARTNER)
            await world.tap("4", user=PARTNER)
            await world.answer("Fed at nan's and at school", user=PARTNER)
            await world.answer("I make my own toast", user=PARTNER)
            await shown(world, PARTNER, "That's every question")
        before = len(world.texts(LEAVER))
        dropped = bot_settings(server, db, SOSBOT_ALLOWED_USERS=str(STAYER))
        async with running_bot(server, dropped):
            await world.tap("Send it to Tester", user=PARTNER)
            told = await shown(world, PARTNER, "It is locked now")
        assert world.texts(LEAVER)[before:] == []
        assert told.startswith("Thank you: it is saved with Tester's mapping."), told
        assert "can't be reached through this bot" in told
        async with running_bot(server, world.settings):
            await world.command("review", user=LEAVER)
            review = await shown(world, LEAVER, "Partners' contributions")
        assert "T came in hungry three times this month" in review


# --- 2. `sosbot invite --list` and the links that no longer let anyone in ----------------------


def test_invite_list_shows_a_dropped_admins_links_as_dormant_saying_why(tmp_path: Path) -> None:
    """`sosbot invite --list` listed the links of an admin taken off SOSBOT_ALLOWED_USERS as
    open, though they let no one in: an operator checking what is open was misled. They are
    listed as dormant now, saying why; the links of an admin still on the list, a member's
    and the server's are listed as before."""
    db = tmp_path / "bot.db"
    assert run_sosbot("chat", "--db", str(db), input="").returncode == 0

    async def make() -> dict[str, str]:
        store = await open_store(db, exclusive=False)
        try:
            teams = TeamStore(store)
            member = await invite_colleague(teams, SERVER)
            await teams.join(member.invite.code_hash, MEMBER, "Mo", time.time())
            return {who: (await invite_colleague(teams, who_id)).invite.short_id
                    for who, who_id in (("kept", KEPT), ("dropped", DROPPED),
                                        ("member", MEMBER), ("server", SERVER))}
        finally:
            await store.close()

    finally_made = asyncio.run(make())
    listed = run_sosbot("invite", "--list", "--db", str(db),
                        env={"SOSBOT_ALLOWED_USERS": str(KEPT)})
    assert listed.returncode == 0, listed.stderr
    lines = {line.split("\t")[0]: line for line in listed.stdout.splitlines()}
    assert lines[finally_made["dropped"]].endswith(
        f"\tdormant: made by {DROPPED}, who is not on SOSBOT_ALLOWED_USERS (nor a member) "
        "now, so it lets no one in unless they are put back")
    for open_one in ("kept", "member", "server"):
        assert "dormant" not in lines[finally_made[open_one]], lines


# --- 3. "n/a", "-" and the like after the items of a list ---------------------------------------

FLOWS = load_flows()


@pytest.mark.parametrize("typed", ["-", "–", "--", "n.a."])
def test_a_dash_or_n_a_after_items_ends_the_list_and_is_not_an_item(typed: str) -> None:
    """"Nan walks her in" and then "-" (or "n.a.") at "What is going well for the child?":
    "-" was added as a second item and the summary listed it. Like "none" or "n/a", it says
    there is nothing more, and the list is finished."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("Nan walks her in")
    chat.send(typed)
    assert chat.draft.answers["strengths"] == ["Nan walks her in"]
    assert chat.asked != "strengths"


@pytest.mark.parametrize("typed", ["Nan walks her in\nn/a",
                                   "Nan walks her in\nBreakfast club\nNone",
                                   "- Nan walks her in\n- Breakfast club\n- N/A",
                                   "Nan walks her in\n-"])
def test_n_a_on_the_last_line_of_a_list_sent_in_one_message_is_not_an_item(typed: str) -> None:
    """Items typed on lines of one message with "n/a" (or "none", "-") on the last line: it
    was saved inside the item ("Nan walks her in n/a"), or as an item of its own after a
    bulleted list. The items are saved without it, and the list is finished."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(typed)
    items = [line.lstrip("- ") for line in typed.splitlines()[:-1]]
    assert chat.draft.answers["strengths"] == items
    assert chat.asked != "strengths"


# --- 4. `sosbot export -o /dev/stdout` with standard output appended to a file -----------------


def test_an_export_to_dev_stdout_appended_to_a_file_keeps_what_the_file_held(
        tmp_path: Path) -> None:
    """`sosbot export KB-1 -o /dev/stdout >> notes.txt`: the export opened the file anew and
    emptied it, so the notes already in it were lost. /dev/stdout (or any name for the file
    standard output already is) is written as standard output is, after what the file held."""
    db = a_chat_database(tmp_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes from before\n")
    done = subprocess.run(
        f"{shlex.join(sosbot_command('export', 'KB-1', '--db', str(db), '-o', '/dev/stdout'))}"
        f" >> {shlex.quote(str(notes))}", shell=True, capture_output=True, text=True,
        cwd=tmp_path, env=sosbot_env(), timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    kept = notes.read_text()
    assert kept.startswith("my notes from before\n"), kept[:200]
    assert "KB-1" in kept


# --- 8. a share's claim forgotten only by whoever made it ---------------------------------------


async def test_a_failed_share_forgets_only_its_own_claim(engine_store: SqlStore) -> None:
    """Two instances of the bot share a database. One's send of a summary to a colleague
    failed while the other, the summary having changed meanwhile, claimed and sent the new
    one: the failed send's "forget my claim" erased the other's row, so the new summary,
    already sent whole, was sent again at the next tap. Each forgets only its own claim
    now (the summary it claimed, while still being sent), on SQLite and PostgreSQL."""
    teams = TeamStore(engine_store)
    await engine_store.save(Draft(id="done1", user_id=LEAD, flow_id="reflection",
                                  flow_version=1, label="KB-1"), (), new=True)
    assert await teams.claim_share("done1", SAM, b"first") == "claimed"  # this instance
    assert await teams.claim_share("done1", SAM, b"changed") == "claimed"  # the other
    await teams.shared("done1", SAM, b"changed")  # which arrived whole
    await teams.unclaim_share("done1", SAM, b"first")  # this one's send failed
    assert await teams.claim_share("done1", SAM, b"changed") == "sent"
    # its own claim, still being sent, is forgotten, so a tap sends it again
    assert await teams.claim_share("done1", SAM + 1, b"first") == "claimed"
    await teams.unclaim_share("done1", SAM + 1, b"first")
    assert await teams.claim_share("done1", SAM + 1, b"first") == "claimed"


# --- 5. /start and an answer arriving together ---------------------------------------------------

RACED = "Tuesday 8 December 2026"


@pytest.mark.e2e
@pytest.mark.parametrize("first", ["start", "answer"])
async def test_start_and_an_answer_arriving_together_lose_nothing_unsaid(
        tmp_path: Path, first: str) -> None:
    """/start and an answer sent together (two updates from one person in one poll, handled
    side by side): the answer is either saved to the question it was typed under, or said
    not to be saved with the question shown again. It is never saved to another question,
    nor dropped without a word."""
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(PRACTITIONER)) as world:
        await world.open_tool("Safety mapping", "TB-7")
        await world.tap("A child protection conference")
        asked = world.texts()[-1]
        mark = len(world.server.calls)
        if first == "start":
            world.server.send_command(PRACTITIONER, "start")
            world.server.send_text(PRACTITIONER, RACED)
        else:
            world.server.send_text(PRACTITIONER, RACED)
            world.server.send_command(PRACTITIONER, "start")
        await world.settle(mark)
        await world.server.wait_idle(quiet=0.5)
        said = world.texts()[len(world.texts()) - 6:]
        await world.command("resume")
        await world.command("review")
        review = world.texts()[-1]
        if RACED in review:  # saved: to the question it was typed under
            [line] = [line for line in review.splitlines() if RACED in line]
            assert "meeting" in line.lower(), review
            assert "haven't saved" not in "\n".join(said)
        else:
            assert any("haven't saved" in line for line in said), said
        assert asked.split("\n\n")[1] in "\n".join(world.texts())


# --- 6. a line typed while /start's menu is on the screen ---------------------------------------


async def hold_below_the_menu(bot: Bot, line: str) -> None:
    """A reflection at its first written question, /start's menu over it, and `line` typed
    there: held, with a button to keep it."""
    await bot.say("/new reflection")
    await bot.say("KB-1")
    await bot.say("School or college")
    await bot.say("/start")
    await bot.say(line)


async def test_a_line_typed_below_the_start_menu_can_be_kept_with_one_tap(bot: Bot) -> None:
    """Typed while /start's menu covered the question, a line was turned down ("I haven't
    saved what you just sent") and had to be typed again. It is still not saved unasked, but
    one tap keeps it as the answer to the question shown again; typed instead, another line
    is the answer and the first is let go."""
    await hold_below_the_menu(bot, "Seen a bruise on her arm")
    keep = next(b for b in bot.newest_buttons() if b["text"].startswith("Keep it as the answer"))
    assert "What worries you" in keep["text"]
    assert "haven&#x27;t saved" in "\n".join(bot.texts()[-3:])
    await bot.tap(keep["callback_data"])
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "Seen a bruise on her arm" in bot.texts()[-1]

    # at a choice, a line typed below the menu is only turned down: no option is kept unread
    await bot.say("/start")
    await bot.say("Nan collects her")
    assert not [b for b in bot.newest_buttons() if b["text"].startswith("Keep it as the")]
    assert "haven&#x27;t saved what you just sent" in "\n".join(bot.texts()[-3:])


async def test_a_line_typed_after_one_held_below_the_menu_is_the_answer(bot: Bot) -> None:
    """Typed below the menu, a line is held; the answer typed again instead is saved, and the
    first is let go (not kept beside it, nor asked about)."""
    await hold_below_the_menu(bot, "Seen a bruise")
    await bot.say("Seen a bruise on her arm on Monday")
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "What worries you</i>: Seen a bruise on her arm on Monday" in bot.texts()[-1]
