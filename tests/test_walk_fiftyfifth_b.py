"""The fifty-fifth walk (b): the team side and the long life of a draft, as practitioners and
partners meet them on their phones, through the real Application (tests/memory_botapi.py) on
real SQLite files. Each test of a defect failed on the code as it was; the others guard what
the fixes must leave alone."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Mapping
from contextlib import closing
from pathlib import Path

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague
from flows.flow import Flow
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.test_telegram_handlers import KEY, USER, Bot, running
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    LEAD2,
    PC,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
)

KEYED = {"SOSBOT_DATA_KEY": KEY}  # the bot's key in `running`
STRANGER_JOINING = 8101  # whoever the operator's invite reached
RESTARTED = 100_000  # Telegram's update ids go on rising across the bot's restart

POLICE_PART = ("neighbourhood officer", "Police were called to shouting at the flat on 2 Nov",
               "Nan visits every day after school", "I will refer to the MASH by Fri 11 Dec",
               "3", "/skip", "/skip")


async def the_officer_answers_everything(bot: Bot) -> str:
    """The social worker's mapping FM-3 and its Police link, every question of which the
    officer has answered, the offer to send not taken yet: the link's code."""
    await mapping(bot, "FM-3")
    police = await link(bot, "police")
    await opens(bot, police, PC)
    await answers(bot, PC, POLICE_PART)
    assert read(bot, PC).startswith("That's every question. Send your contribution")
    return police


async def sends_and_the_lead_has_it(bot: Bot) -> None:
    await bot.tap(labelled(bot, "Send it to Practitioner"), user=PC)
    assert read(bot, PC).startswith("Sent to Practitioner, thank you.")
    assert "has sent a contribution to your mapping \"FM-3\"" in read(bot, USER)


# --- a partner back at the offer to send -------------------------------------------------------


async def test_a_partner_back_after_a_restart_at_the_offer_to_send_can_send(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """The police officer answered every question on his phone, then was called out before
    tapping Send. Next morning (the bot restarted overnight) he opened the chat and sent
    /start: "Welcome back. Here is the question we're on", and his answers with a Review
    button, no Send and no word that nothing had gone. He took it as sent; the social worker
    went to conference without it. He is told it has not been sent, and offered Send."""
    async with running(tmp_path, flows) as bot:
        await the_officer_answers_everything(bot)
    async with running(tmp_path, flows) as bot:
        bot.updates.next_id = RESTARTED
        await bot.say("/start", user=PC)
        back = phone(bot, PC)
        assert back[0] == ("Welcome back. Your answers are all saved, but they haven't been "
                           "sent: Practitioner has nothing of them until you send them.")
        assert "question we're on" not in back[0]
        assert back[-1].startswith("That's every question. Send your contribution to "
                                   "Practitioner now?")
        await sends_and_the_lead_has_it(bot)


async def test_a_partner_opening_the_link_again_at_the_offer_to_send_can_send(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Opened again from the email it came in, at the same point, the link said "The
    question we're on is below" over his answers, with no Send. It says they are not sent,
    and offers Send."""
    async with running(tmp_path, flows) as bot:
        police = await the_officer_answers_everything(bot)
        await bot.say(f"/start {police}", user=PC)
        again = phone(bot, PC)[-2:]
        assert again[0] == ("You've answered every question of this link already, but your "
                            "answers haven't been sent, so Practitioner doesn't have them yet.")
        assert again[1].startswith("That's every question. Send your contribution")
        await sends_and_the_lead_has_it(bot)


async def test_a_yes_typed_under_the_offer_made_again_sends_it(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """"yes" typed under the offer /start made again is taken as the Send it answers."""
    async with running(tmp_path, flows) as bot:
        await the_officer_answers_everything(bot)
        await bot.say("/start", user=PC)
        await bot.say("yes send it", user=PC)
        assert read(bot, PC).startswith("Sent to Practitioner, thank you.")


async def test_a_second_familys_link_opened_at_the_offer_to_send_offers_send(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """The school's DSL had answered every question of FM-3's part and not sent it when a
    second social worker's link, for KB-2, came. Opening it, she was told to "Finish and
    send "FM-3"", under which came her answers with a Review button: nothing to finish, and
    no Send. The offer to send FM-3's part comes under it now."""
    async with running(tmp_path, flows, allowed=(USER, LEAD2)) as bot:
        await mapping(bot, "FM-3")
        await opens(bot, await link(bot, "school"), DSL)
        await answers(bot, DSL, DSL_PART)
        await mapping(bot, "KB-2", LEAD2)
        kb = await link(bot, "school", LEAD2)
        await bot.say(f"/start {kb}", user=DSL)
        busy, offer = phone(bot, DSL)[-2:]
        assert busy.startswith('You\'re still answering your contribution to "FM-3"')
        assert offer.startswith("That's every question. Send your contribution to "
                                "Practitioner now?")
        await bot.tap(labelled(bot, "Send it to Practitioner"), user=DSL)
        assert 'has sent a contribution to your mapping "FM-3"' in read(bot, USER)
        await bot.say(f"/start {kb}", user=DSL)
        assert read(bot, DSL).startswith("[KB-2] Question 1 of 8")


@pytest.mark.parametrize("coming_back", ["/start", "link"])
async def test_a_partner_back_part_way_is_shown_the_question_as_before(
        tmp_path: Path, flows: Mapping[str, Flow], coming_back: str) -> None:
    """Part way through, /start or the link opened again shows the question under way, as
    before: the offer to send is only made once every question is answered."""
    async with running(tmp_path, flows) as bot:
        await mapping(bot, "FM-3")
        police = await link(bot, "police")
        await opens(bot, police, PC)
        await answers(bot, PC, POLICE_PART[:2])
        await bot.say("/start" if coming_back == "/start" else f"/start {police}", user=PC)
        shown = phone(bot, PC)
        assert "question we're on" in shown[-2]
        assert "What is going well for this child" in shown[-1]
        assert not [t for t in shown if "Send your contribution" in t]


# --- the operator's `sosbot invite --withdraw` of a link already used ----------------------------


def made_by_the_operator(db: Path, *, here: bool = False) -> tuple[str, str]:
    """`sosbot invite` on the server: the /start line a colleague sends, and its id (`here`:
    run in the test's own process, tests/in_process.py, where no bot runs in it)."""
    made = (sosbot_here if here else run_sosbot)("invite", "--db", str(db), env=KEYED)
    assert made.returncode == 0, made.stderr
    start = re.search(r"/start (\S+)", made.stdout)
    withdraw = re.search(r"--withdraw (\S+)", made.stderr)
    assert start is not None
    assert withdraw is not None
    return start.group(0), withdraw.group(1)


async def test_withdrawing_an_invite_already_used_says_it_keeps_no_one_out(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """An operator made an invite for a new starter and pasted it into the wrong email. She
    ran `sosbot invite --withdraw ID` and read "Withdrew 1 invite(s).", and took it that the
    wrong person was kept out; he had opened it an hour before and was a member, with every
    colleague's name a /share away. A used invite is not said to be withdrawn now: she is
    told whoever opened it has joined, and how to remove them."""
    db = tmp_path / "bot.db"
    async with running(tmp_path, flows, db=db) as bot:
        start, short_id = made_by_the_operator(db)
        await bot.say(start, user=STRANGER_JOINING)
        joined = await TeamStore(bot.conversation.store).members()
        assert [m.user_id for m in joined] == [STRANGER_JOINING]
    done = run_sosbot("invite", "--db", str(db), "--withdraw", short_id, env=KEYED)
    assert done.returncode == 1
    assert "Withdrew" not in done.stdout
    assert done.stderr.strip() == (
        f"sosbot: the invite {short_id} has been used already, so withdrawing it would keep "
        "no one out: whoever opened it has joined. /members in Telegram shows who joined, "
        "and Remove takes their access away; nothing was changed.")


def test_withdrawing_an_open_invite_still_withdraws_it(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    _, short_id = made_by_the_operator(db, here=True)
    done = sosbot_here("invite", "--db", str(db), "--withdraw", short_id, env=KEYED)
    assert (done.returncode, done.stdout.strip()) == (0, "Withdrew 1 invite(s).")
    again = sosbot_here("invite", "--db", str(db), "--withdraw", short_id, env=KEYED)
    assert (again.returncode, again.stdout, again.stderr.strip()) == (
        0, "", f"sosbot: the invite {short_id} was withdrawn already; nothing was changed.")
    assert sosbot_here("invite", "--list", "--db", str(db), env=KEYED).stdout.strip() == \
        "No open invites."


def test_withdrawing_an_invite_that_expired_says_it_lets_no_one_in(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    _, short_id = made_by_the_operator(db, here=True)
    with closing(sqlite3.connect(db)) as raw, raw:
        raw.execute("UPDATE invites SET expires_at = 1796083200")  # 1 Dec 2026, midnight
    done = sosbot_here("invite", "--db", str(db), "--withdraw", short_id, env=KEYED)
    assert (done.returncode, done.stdout, done.stderr.strip()) == (
        0, "", f"sosbot: the invite {short_id} expired on 01 Dec 2026 00:00 UTC, so it lets "
        "no one in already; nothing was changed.")


async def test_only_an_open_invite_is_withdrawn_in_either_engine(engine_store: SqlStore) -> None:
    """The storage under `--withdraw`, in SQLite and PostgreSQL: an open invite is
    withdrawn; one used up is left as it was, and is found by its id to say why."""
    teams = TeamStore(engine_store)
    now = time.time()
    used = await invite_colleague(teams, USER, now=now)
    assert await teams.join(code_hash(used.code), STRANGER_JOINING, "Ed", now + 1) is not None
    still = await invite_colleague(teams, USER, now=now)
    assert await teams.withdraw_open(used.invite.short_id, now + 2) == 0
    [named] = await teams.colleague_invites_named(used.invite.short_id)
    assert (named.uses_left, named.withdrawn) == (0, False)
    assert await teams.withdraw_open(still.invite.short_id, now + 2) == 1
    assert await teams.withdraw_open(still.invite.short_id, now + 3) == 0
    assert await teams.invites(now + 3) == []
