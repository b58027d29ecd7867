"""A council's operator and its practitioners, thirty-fourth pass: what a partner was asked
lapsing as its buttons do, a long summary Telegram refused part of, `sosbot chat` beside
instances serving a PostgreSQL database, and the `sosbot keys` commands' words.

Each pinned through the real parts: the real Application with the Bot API in memory
(`tests/memory_botapi.py`), real SQLite files in tmp_path or a throwaway PostgreSQL
(`tests/postgres_server.py`, skipped where PostgreSQL is absent).
"""

from __future__ import annotations

import asyncio
import io
import time
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from telegram.error import NetworkError
from telegram.request import RequestData

from bot import cli
from bot.config import load_settings
from bot.keys import local_key as keys_of
from bot.services import open_services
from bot.teams.invites import invite_colleague
from bot.views import TOOL_END
from flows.flow import Flow
from flows.loader import load_flows
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster
from tests.test_attacks_thirtysecond import the_officers_part_answered
from tests.test_attacks_thirtythird import redeliveries, summaries_with_export
from tests.test_deploy_thirtyfirst import key_and_env, webhook_bot
from tests.test_deploy_thirtythird import two_instances
from tests.test_telegram_handlers import USER, Bot, bot, buttons_of, start_reflection
from tests.test_walk_thirtyfirst import PC, said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL_PART,
    LEAD2,
    SAM,
    answers,
    opens,
    team,
    two_families,
)

__all__ = ["bot", "team"]  # the fixtures

LATER_S = 3 * 24 * 3600  # three days on


def days_later(monkeypatch: pytest.MonkeyPatch) -> None:
    """The partners' clock three days on (the withdraw question's time is theirs)."""
    now = time.time() + LATER_S
    monkeypatch.setattr("bot.teams.partners.time", SimpleNamespace(time=lambda: now))


def sent_to_lead(*bots: Bot) -> int:
    return sum("has sent" in t for b in bots for t in said_to(b, USER))


# --- 1. "Withdraw your contribution?" lapses as its buttons do --------------------------------

async def test_a_yes_typed_days_after_the_withdraw_question_neither_withdraws_nor_sends(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Offered Send, the officer sent /delete and was asked "Withdraw your contribution
    ...?"; its buttons stand two minutes, but the question itself never lapsed in what was
    kept: a "yes" typed days later was still taken as one to withdrawing, and asked again
    with a Yes that withdraws. Now, once it has lapsed, the "yes" is told that the question
    was let go, nothing withdrawn nor sent, and Send is offered again: a "yes" to that
    sends the part."""
    await the_officers_part_answered(bot)
    await bot.say("/delete", user=PC)
    assert said_to(bot, PC)[-1].startswith("Withdraw your contribution")
    days_later(monkeypatch)
    before = len(said_to(bot, PC))
    await bot.say("yes", user=PC)
    said = said_to(bot, PC)[before:]
    assert said[0].startswith("The question whether to withdraw your contribution was asked "
                              "a while ago"), said
    assert "nothing has been withdrawn, and nothing sent" in said[0]
    assert said[-1].startswith("That's every question. Send your contribution")
    assert not any(d.startswith("t:pw") for d in bot.buttons())
    assert sent_to_lead(bot) == 0
    await bot.say("yes", user=PC)
    assert said_to(bot, PC)[-1].startswith("Sent to Practitioner"), said_to(bot, PC)[-1]
    assert sent_to_lead(bot) == 1


async def test_a_yes_typed_at_once_under_the_withdraw_question_is_still_asked_again(
        bot: Bot) -> None:
    """Within its two minutes the question stands: a typed "yes" is asked again with its
    buttons, nothing sent (as the thirty-third pass made it)."""
    await the_officers_part_answered(bot)
    await bot.say("/delete", user=PC)
    await bot.say("yes", user=PC)
    assert said_to(bot, PC)[-1].startswith("Withdraw your contribution")
    assert sent_to_lead(bot) == 0


async def test_the_withdraw_question_lapses_on_either_instance_of_one_postgresql(
        tmp_path: Path, flows: Mapping[str, Flow], pg_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two instances on PostgreSQL: the question asked on one, the late "yes" taken by the
    other, which reads when it was asked from the database."""
    async with two_instances(tmp_path, flows, pg_url, monkeypatch) as (one, two):
        await the_officers_part_answered(one)
        await one.say("/delete", user=PC)
        days_later(monkeypatch)
        await two.say("yes", user=PC)
        assert said_to(two, PC)[-1].startswith("That's every question. Send your contribution")
        assert any("asked a while ago" in t for t in said_to(two, PC)[-2:])
        await one.say("yes", user=PC)
        assert said_to(one, PC)[-1].startswith("Sent to Practitioner")
        assert sent_to_lead(one, two) == 1


# --- 2. a long summary whose middle part Telegram refused ---------------------------------------

SECOND_PART = "<b>What&#39;s working well?</b>"
LONG_REFLECTION = [
    "School",
    " ".join(f"On {d} Dec AB came in with a new bruise on her upper arm and said her dad had "
             "grabbed her when she would not go to bed; her teacher saw it at registration."
             for d in range(1, 23)),
    "yes", "They know and agree",
    " ".join(f"On {d} Dec nan collected AB from school at 3pm and gave her tea at her flat, "
             "and mum picked her up from there after work at 7pm." for d in range(1, 26)),
    " ".join(f"I will ring the hub by {d} Dec at noon and ask the school nurse to see AB "
             "before the end of that week, then tell mum what was agreed." for d in range(1, 23)),
]


async def test_a_long_summary_whose_middle_part_was_refused_comes_whole_once_in_order(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reflection's last answer, with long answers: its summary went in three messages,
    and Telegram refused the second (a 5xx). The summary was sent again from its first part:
    the practitioner had the first part twice, the summary out of order on the screen. Now
    what reached the phone is not sent again: the second part, then the third with its
    Export button, then the line after it, each once."""
    await middle_part_refused_then_sent_again(bot, monkeypatch)


async def test_a_long_summary_sent_again_goes_on_from_its_part_on_postgresql(
        tmp_path: Path, flows: Mapping[str, Flow], pg_url: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The same on PostgreSQL: how far the summary reached is kept in the database."""
    async with two_instances(tmp_path, flows, pg_url, monkeypatch) as (one, _):
        await middle_part_refused_then_sent_again(one, monkeypatch)


async def middle_part_refused_then_sent_again(bot: Bot, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    """The long reflection finished, the summary's second message refused once; then the
    tries waiting made, and what reached the phone compared with /summary's parts."""
    await start_reflection(bot)
    for said in LONG_REFLECTION:
        await bot.say(said)
    before = len(bot.request.sent())
    real = bot.request.do_request
    refused: list[str] = []

    async def second_part_refused(url: str, method: str, request_data: RequestData | None = None,
                                  *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        text = str(request_data.parameters.get("text", "")) if request_data else ""
        if not refused and text.startswith(SECOND_PART):
            refused.append(text)
            raise NetworkError("Bad Gateway")
        return await real(url, method, request_data, *args, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", second_part_refused)
        await bot.say("4 cos she said it")
    assert refused
    await redeliveries(bot)
    await redeliveries(bot)  # tried again: nothing more is owed
    got = [str(p["text"]) for p in bot.request.sent()[before + 1:]  # after "Saved ..."
           if not str(p["text"]).startswith("Sorry, something went wrong")]  # said at once
    middle = len(bot.request.sent())
    await bot.say("/summary")  # the same summary, asked for: its parts
    parts = [str(p["text"]) for p in bot.request.sent()[middle:]]
    assert len(parts) == 3
    assert parts[1].startswith(SECOND_PART)
    assert got == [*parts, TOOL_END], [t[:40] for t in got]
    assert summaries_with_export(bot) == 2  # the one at the end, and /summary's


# --- 3. `sosbot chat` beside instances serving one PostgreSQL database ------------------------

async def test_the_chat_beside_a_serving_instance_follows_its_retention_and_is_not_refused(
        pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """A council's bot serves on PostgreSQL with drafts kept 30 days; a practitioner opens
    `sosbot chat` on the same database from a shell whose settings say 60 (or none: the
    default). The chat was refused: "SOSBOT_DRAFT_DAYS (60 here, 30 there): ... drafts
    would be erased after either number of days, whichever instance runs the daily
    retention. Nothing was started", though a chat runs no retention; and a chat started
    first held the service's own restart to its number. The chat starts, and its /privacy
    says the days the serving instance erases drafts after; the bot restarted beside it
    with other days is not refused for the chat's."""
    url = pg_cluster.new_database()
    keys, _ = key_and_env(tmp_path, url)
    monkeypatch.chdir(tmp_path)
    for name, value in (("SOSBOT_DATABASE_URL", url), ("SOSBOT_KEY_FILE", str(keys)),
                        ("SOSBOT_DATA_KEY", ""), ("SOSBOT_DRAFT_DAYS", "60")):
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdin", io.StringIO("/privacy\n"))
    async with BotApiServer() as server:
        async with webhook_bot(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url,
                               SOSBOT_DATA_KEY="", SOSBOT_KEY_FILE=str(keys),
                               SOSBOT_DRAFT_DAYS=30):
            assert await asyncio.to_thread(cli.main, ["chat"]) == 0
        said = capsys.readouterr()
        assert "Nothing was started" not in said.err, said.err
        assert "drafts untouched for 30 days" in " ".join(said.out.split()), said.out
        # a chat open (as `_chat` opens it), the bot started with 45: not refused for it
        chat_settings = load_settings(None)
        async with open_services(chat_settings, url, load_flows(),
                                 sealer=keys_of(chat_settings, url), surface="terminal"), \
                webhook_bot(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url,
                            SOSBOT_DATA_KEY="", SOSBOT_KEY_FILE=str(keys),
                            SOSBOT_DRAFT_DAYS=45) as bot:
            assert await bot.health() == 200


# --- 4. the `sosbot keys` commands: the file, what happened, what next -------------------------

def keys_said(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """`sosbot keys ...` run as typed: its exit status and every line it wrote."""
    status = cli.main(["keys", *args])
    out = capsys.readouterr()
    return status, " ".join((out.out + out.err).split())


def test_keys_new_write_names_the_file_in_full_and_never_overwrites_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """README step 3: `cd /var/lib/sosbot && sudo -u sosbot sosbot keys new --write ...`.
    On PostgreSQL it said "Wrote the key k1 to sosbot.key", a name with no folder, and
    nothing of what to do next. It says the whole path, that it is readable only by the one
    who ran it and to keep a copy apart from the backups; one there already is said to be
    there, and to be what sosbot uses, nothing written, however readable it is."""
    monkeypatch.chdir(tmp_path)
    for name in ("SOSBOT_KEY_FILE", "SOSBOT_DATA_KEY", "SOSBOT_DB", "SOSBOT_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    status, said = keys_said(["new", "--write", "--db", "postgresql://sosbot@/sosbot"], capsys)
    made = tmp_path / "sosbot.key"
    assert status == 0
    assert f"to the key file {made}, readable only by you" in said, said
    assert "keep a copy of that file apart from the database's backups" in said
    before = made.read_bytes()
    status, said = keys_said(["new", "--write", "--db", "postgresql://sosbot@/sosbot"], capsys)
    assert status == 0  # one sosbot uses: kept, as asked
    assert f"The key file {made} already exists" in said, said
    assert "nothing was written" in said
    assert "sosbot keys rotate" in said
    made.chmod(0o644)  # a copy put back under root's umask: said, and not written over
    status, said = keys_said(["new", "--write", "--db", "postgresql://sosbot@/sosbot"], capsys)
    assert status != 0
    assert "can be read by other users" in said, said
    assert made.read_bytes() == before


def test_a_key_file_that_cannot_be_written_says_what_to_do(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Typed as a user who cannot write the folder (or with SOSBOT_KEY_FILE in a folder that
    is not there as a folder), it said only "Cannot write the key file ...: Permission
    denied.": now also that nothing was written and as whom to run it."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("SOSBOT_KEY_FILE", str(blocked / "sosbot.key"))
    monkeypatch.delenv("SOSBOT_DATA_KEY", raising=False)
    status, said = keys_said(["new", "--write", "--db", str(tmp_path / "sosbot.db")], capsys)
    assert status != 0
    assert f"Cannot write the key file {blocked / 'sosbot.key'}" in said, said
    assert "Nothing was written to it: run this as the user the bot runs as" in said


def test_rotate_and_retire_name_the_key_file_they_rewrote_and_say_to_copy_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """README: after every `sosbot keys rotate`, copy the key file to the other server and
    to where its copy is kept. `rotate` said only "Re-encrypted the keys of 3 value(s) with
    the key k2", and `retire` "Retired the key k1": neither that they had rewritten the key
    file, nor which, nor that the copies elsewhere were now out of date; a missing key
    file was "There is no key to rotate yet", without where it was looked for."""
    db = tmp_path / "sosbot.db"
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SOSBOT_DATA_KEY", raising=False)
    monkeypatch.delenv("SOSBOT_KEY_FILE", raising=False)
    status, said = keys_said(["rotate", "--db", str(db)], capsys)
    assert status != 0  # no database yet: nothing to rotate
    monkeypatch.setattr("sys.stdin", io.StringIO("KB-1\nSchool or college\n"))
    assert cli.main(["chat", "--flow", "reflection", "--db", str(db)]) == 0
    capsys.readouterr()
    key = tmp_path / "sosbot.key"
    first = key.read_text().split()[-1].split(":")[0]
    key.rename(tmp_path / "elsewhere.key")
    status, said = keys_said(["rotate", "--db", str(db)], capsys)
    assert status != 0
    assert f"no key file at {key}. Nothing was changed." in said, said
    (tmp_path / "elsewhere.key").rename(key)
    status, said = keys_said(["rotate", "--db", str(db)], capsys)
    assert status == 0, said
    assert f"The key file {key} now holds the new key" in said, said
    assert "copy it to every server that runs sosbot" in said
    assert f"`sosbot keys retire {first}`" in said
    status, said = keys_said(["retire", first, "--db", str(db)], capsys)
    assert status == 0, said
    assert f"Retired the key {first}: removed from the key file {key}." in said, said
    assert first not in key.read_text()
    status, said = keys_said(["retire", first, "--db", str(db)], capsys)
    assert f"There is no key {first!r} in the key file {key}: nothing was retired." in said


# --- 6. a team member with parts of colleagues' mappings withdraws one ---------------------------

async def test_a_member_with_parts_of_two_mappings_withdraws_one_by_its_button(
        team: Bot) -> None:
    """Sam, a social worker on the team who is also a school's contact, sent its part of
    FM-3 and of KB-2 through the links the two social workers made (a second link to the
    same mapping is refused: one part a mapping). To take FM-3's back she had only /delete:
    "Delete everything ...? What you sent to a colleague's mapping as a partner is withdrawn
    too.", both parts, her drafts and her membership with it; a partner who is not a
    member is asked which. The question now names each part, with a button for each beside
    Yes and No; FM-3's withdraws that part alone: KB-2's, and her membership, stay, FM-3's
    social worker alone is told, and a "yes" typed after it erases nothing."""
    bot = team
    teams = TeamStore(bot.conversation.store)
    await teams.join((await invite_colleague(teams, LEAD2)).invite.code_hash, SAM, "Sam",
                     time.time())
    for code in await two_families(bot):
        await opens(bot, code, SAM)
        await answers(bot, SAM, (*DSL_PART, "send"))
        assert said_to(bot, SAM)[-1].startswith("Sent to"), said_to(bot, SAM)[-1]
    await bot.say("/delete", user=SAM)
    asked = said_to(bot, SAM)[-1]
    assert "To withdraw only one part you contributed and keep everything else" in asked
    assert '"FM-3" for Practitioner, the School part (sent)' in asked, asked
    offered = [text for text, _ in buttons_of(bot.request.sent()[-1].get("reply_markup"))]
    assert offered == ['Withdraw "FM-3" only', 'Withdraw "KB-2" only',
                       "Yes, erase everything", "No"], offered
    await bot.tap(labelled(bot, 'Withdraw "FM-3" only'), user=SAM)
    said = said_to(bot, SAM)[-1]
    assert said.startswith('Withdrawn: your contribution to "FM-3" is erased'), said
    assert "your other contributions and your membership are as they were" in said
    await bot.say("yes", user=SAM)  # typed after: nothing more erased
    assert (await teams.standing(SAM)).role == "member"
    left = await bot.conversation.contributions.parts_of(SAM)  # type: ignore[attr-defined]
    assert [(invite.about or {}).get("label") for invite, _ in left] == ["KB-2"], left
    assert sum("has been withdrawn" in t for t in said_to(bot, USER)) == 1
    assert not any("has been withdrawn" in t for t in said_to(bot, LEAD2))
