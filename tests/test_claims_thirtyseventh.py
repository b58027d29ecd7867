"""The thirty-seventh pass's claims in README.md, SECURITY.md and .env.example, each held
through the real parts: the real Application (tests/memory_botapi.py) on real SQLite
files, whose rows and bytes are read as they are; the real `sosbot purge` process."""

from __future__ import annotations

import html
import json
import logging
import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot import webhook
from bot.config import Settings
from bot.teams.invites import invite_colleague
from bot.teams.partners import MAX_PARTNER_LINKS
from flows.flow import Flow
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.conftest import run_sosbot
from tests.telegram_world import PRACTITIONER
from tests.test_deploy_thirtythird import sqlite_webhook
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_input_model import USER, at_a_nudged_answer, said
from tests.test_leftovers_thirtyseventh import SECOND, THIRD
from tests.test_telegram_handlers import KEY, bot
from tests.test_telegram_handlers import Bot as TelegramBot
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtythird_b import mapping, read
from tests.test_webhook import open_a_draft

__all__ = ["bot"]  # the fixture

DAY = 86_400.0


def sessions(path: Path) -> dict[int, dict[str, Any]]:
    """Every session row's state, as the file holds it."""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT user_id, state FROM sessions").fetchall()
    db.close()
    return {int(user): json.loads(state) for user, state in rows}


def on_disk(path: Path) -> bytes:
    """The database file's bytes and its write-ahead log's."""
    wal = Path(f"{path}-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def holds(value: Any, wanted: int) -> bool:
    """Whether a JSON value holds the number `wanted` anywhere in it."""
    if isinstance(value, dict):
        return any(holds(v, wanted) for v in value.values())
    if isinstance(value, list):
        return any(holds(v, wanted) for v in value)
    return value == wanted and not isinstance(value, bool)


async def handed_kb7(bot: TelegramBot) -> str:
    """Sam opens KB-7, hands it to Priya, and opens FM-3: KB-7's draft id."""
    await mapping(bot, "KB-7", SAM)
    kb7 = await bot.conversation.active(SAM)
    assert kb7 is not None
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
    await mapping(bot, "FM-3", SAM)
    return kb7.id


# --- what is kept for /resume's note of a hand-over -------------------------------------------


async def test_a_colleagues_delete_leaves_no_note_of_what_was_handed_to_them(
        tmp_path: Path, flows: Mapping[str, Flow], database: str) -> None:
    """SECURITY.md: "/delete ... erases every row about the user in every table". Sam
    handed KB-7 to Priya; Priya sent /delete: her id, and her draft's, stayed in Sam's
    session row (the note /resume reads), in the clear, with when she took the case."""
    async with running_team(tmp_path, flows, db=database) as bot:
        await sam_and_priya_join(bot)
        kb7 = await handed_kb7(bot)
        store = bot.conversation.store
        assert holds((await store.session(SAM)).state, PRIYA)  # the note, while of use
        await bot.say("/delete", PRIYA)
        await bot.say("yes", PRIYA)
        assert "erased" in read(bot, PRIYA).lower()
        state = (await store.session(SAM)).state
        assert not holds(state, PRIYA), state
        assert kb7 not in json.dumps(state)
        await bot.say("/resume KB-7", SAM)
        assert read(bot, SAM).startswith("I can't find that draft among yours")
    if database.startswith("sqlite"):
        path = Path(database.removeprefix("sqlite:///"))
        assert not holds(sessions(path)[SAM], PRIYA)
        assert f'"{kb7}", {PRIYA}]'.encode() not in on_disk(path)


async def test_removing_the_colleague_leaves_no_note_of_what_was_handed_to_them(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """(The same when an admin removes Priya: the note named her after it.)"""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await handed_kb7(bot)
        await bot.say("/members")
        await bot.tap(f"t:mr:{PRIYA}")
        await bot.tap(next(d for d in bot.buttons() if d.startswith("t:my:")))
        assert "Removed Priya" in read(bot)
        assert not holds((await bot.conversation.store.session(SAM)).state, PRIYA)


async def test_a_hand_over_is_not_kept_longer_than_an_untouched_draft(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """CHANGELOG: "the last ten hand-overs, no longer than an untouched draft is kept". The
    note was only left unread after the draft days: it stayed in Sam's session row for as
    long as he used the bot. The daily run (here `sosbot purge`) erases it now."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        kb7 = await handed_kb7(bot)
        fm3 = await bot.conversation.active(SAM)
        assert fm3 is not None
        assert (await hands_over(bot)).startswith('Handed "FM-3" to Priya')
        await mapping(bot, "AB-1", SAM)  # Sam works on: his session stays
        path = bot.db
    with sqlite3.connect(path) as db:  # KB-7 handed over 31 days ago
        state = json.loads(db.execute("SELECT state FROM sessions WHERE user_id = ?",
                                      (SAM,)).fetchone()[0])
        state["handovers"] = [[at - 31 * DAY if draft == kb7 else at, draft, *rest]
                              for at, draft, *rest in state["handovers"]]
        db.execute("UPDATE sessions SET state = ? WHERE user_id = ?", (json.dumps(state), SAM))
    db.close()
    result = run_sosbot("purge", "--db", str(path), env={"SOSBOT_DATA_KEY": KEY})
    assert result.returncode == 0, result.stderr
    assert [draft for _, draft, *_ in sessions(path)[SAM]["handovers"]] == [fm3.id]
    assert f'"{kb7}", {PRIYA}]'.encode() not in on_disk(path)  # KB-7 is Priya's, still


def test_the_webhook_secret_is_16_to_256_characters_of_telegrams_own() -> None:
    """.env.example: "16 to 256 of A-Z a-z 0-9 _ -"; SECURITY.md: one under 16 characters is
    refused at the start of `run --webhook`. The start-up line for a secret of other
    characters said "1 to 256"."""
    def secret(value: str) -> str | None:
        settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                            SOSBOT_DATA_KEY=KEY, SOSBOT_WEBHOOK_SECRET=value,
                            SOSBOT_WEBHOOK_URL="https://bot.council.example/telegram")
        return "\n".join(settings.webhook_problems()) or None

    assert "is 15 characters" in (secret("a" * 15) or "")
    assert secret("a" * 16) is None
    assert secret("aZ09_-" * 42 + "abcd") is None  # 256
    # the line for a secret too long, or with a character Telegram refuses, said "1 to 256",
    # and the secret cut to fit was then refused as too short
    for wrong in ("a" * 257, "abc+"):
        assert "must be 16 to 256 characters, only A-Z, a-z, 0-9, _ and -" in (
            secret(wrong) or "")


# --- lines held while the bot asks where a line goes ------------------------------------------


async def test_twenty_lines_are_held_while_the_bot_asks_where_a_line_goes_and_no_more(
        tmp_path: Path) -> None:
    """README: "Until one is chosen, another line typed ... is kept too, in order" held
    twenty lines at most: the twenty-first was not saved, said nowhere in the README. What
    is held is sealed with the draft's position, never in the clear."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        assert "or is it for the next question" in said(bot)[-1]
        for n in range(1, 21):
            await bot.say(f"line {n} typed on")
            assert f'I\'ve kept "line {n} typed on" too' in said(bot)[-2]
        await bot.say("line 21 typed on")
        assert said(bot)[-2].startswith('I haven\'t saved "line 21 typed on". First, please '
                                        "tell me where your line before it goes")
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.pending is not None
        assert draft.pending.later == tuple(f"line {n} typed on" for n in range(1, 21))
    # held in the draft's position, sealed as the rest of it (SECURITY.md's table)
    assert b"typed on" not in on_disk(tmp_path / "bot.db")


# --- a mapping's partners' links ----------------------------------------------------------------


async def make_link(bot: TelegramBot) -> str:
    """/invite, A partner, School: what the lead is told."""
    await bot.say("/invite")
    await bot.tap("t:ip")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    return html.unescape(bot.texts()[-1])


async def test_a_link_stopped_leaves_room_for_another_as_the_refusal_says(
        bot: TelegramBot) -> None:
    """SECURITY.md: "a mapping takes 40 partners' links, answered or waiting"; the refusal
    says to stop one no longer needed, then make this one: a stopped link no longer counts."""
    await bot.say("/new mapping")
    await bot.say("TB-7")
    for _ in range(MAX_PARTNER_LINKS):
        assert "start=" in await make_link(bot)
    assert MAX_PARTNER_LINKS == 40
    refused = await make_link(bot)
    assert "has 40 partners' links already, answered or waiting" in refused
    assert "start=" not in refused
    await bot.say("/review")
    stop = next(b["callback_data"] for b in bot.newest_buttons()
                if b["callback_data"].startswith("t:cz:"))
    await bot.tap(stop)
    await bot.tap(next(d for d in bot.buttons() if d.startswith("t:cy:")))
    assert "start=" in await make_link(bot)
    assert "start=" not in await make_link(bot)  # 40 again


# --- the webhook's door ------------------------------------------------------------------------


async def test_forged_posts_are_logged_once_a_while_each_kind_with_the_count_since(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
        ) -> None:
    """SECURITY.md: a post without the secret "is logged once a minute at most, with how many
    more were refused since"; CHANGELOG: each kind (another secret, or none) on its own. The
    real web server and Application in this process, on a clock the test moves: the minute
    passes between the two floods, never within one (with the minute made a real second, a
    busy machine taking longer than that over the first flood logged a line too many)."""
    clock = SimpleNamespace(now=10_000.0)
    monkeypatch.setattr(webhook, "time", SimpleNamespace(monotonic=lambda: clock.now))
    async with BotApiServer() as server, sqlite_webhook(server, tmp_path / "bot.db") as (
            bot, _):
        await open_a_draft(bot)
        with caplog.at_level(logging.DEBUG):
            for n in range(16):
                update = server.take_update(server.send_text(PRACTITIONER, f"forged {n}"))
                assert await bot.post(update, secret="w" * 64 if n < 6 else None) == 403
            first = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
            clock.now += webhook.REFUSED_EVERY + 1  # a minute on
            for secret in (None, "w" * 64, None, None, None):
                update = server.take_update(server.send_text(PRACTITIONER, "forged again"))
                assert await bot.post(update, secret=secret) == 403
        assert "Question 1" in server.texts(PRACTITIONER)[-1]  # nothing answered them
    refused = [r.getMessage() for r in caplog.records if "refused" in r.getMessage()]
    assert first == [webhook.REFUSED_OTHER, webhook.REFUSED_UNSIGNED]
    assert refused[2:] == [
        f"{webhook.REFUSED_UNSIGNED} (9 more such posts refused since the last line)",
        f"{webhook.REFUSED_OTHER} (5 more such posts refused since the last line)",
        # the last of a flood are counted when the bot stops: they were never said before
        f"{webhook.REFUSED_UNSIGNED} (3 more such posts refused since the last line)"]
    assert "forged" not in caplog.text
    assert "w" * 64 not in caplog.text  # nor the secret a forger tried


async def test_the_last_ten_hand_overs_are_kept_for_resume_and_no_more(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """CHANGELOG: only the time, the draft's id, the colleague's and a keyed digest of the
    label are kept, for the last ten hand-overs: an eleventh pushes the first out of Sam's
    session row."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        for n in range(11):
            await mapping(bot, f"KB-{n}", SAM)
            assert (await hands_over(bot)).startswith(f'Handed "KB-{n}" to Priya')
        state = (await bot.conversation.store.session(SAM)).state
        assert [len(h) for h in state["handovers"]] == [4] * 10
        assert {to for _, _, to, _ in state["handovers"]} == {PRIYA}
        await bot.say("/resume KB-0", SAM)
        assert read(bot, SAM).startswith("I can't find that draft among yours")
        await bot.say("/resume KB-1", SAM)
        assert read(bot, SAM).startswith('You handed "KB-1" to Priya on ')
        path = bot.db
    assert b"KB-" not in on_disk(path)  # no label in the clear, Sam's note included


async def test_the_daily_run_forgets_old_hand_overs_on_each_engine(
        tmp_path: Path, flows: Mapping[str, Flow], database: str) -> None:
    """(The same, through the bot's own daily run, on SQLite and on PostgreSQL.)"""
    async with running_team(tmp_path, flows, db=database) as bot:
        await sam_and_priya_join(bot)
        kb7 = await handed_kb7(bot)
        assert (await hands_over(bot)).startswith('Handed "FM-3" to Priya')
        await mapping(bot, "AB-1", SAM)
        store = bot.conversation.store
        session = await store.session(SAM)
        session.state["handovers"] = [[at - 31 * DAY if draft == kb7 else at, draft, *rest]
                                      for at, draft, *rest in session.state["handovers"]]
        assert await store.save_session(session)  # KB-7 handed over 31 days ago
        await bot.conversation.purge(SimpleNamespace(draft_days=30, done_days=14), time.time())
        kept = (await store.session(SAM)).state["handovers"]
        assert len(kept) == 1
        assert kept[0][1] != kb7
        await bot.say("/resume KB-7", SAM)
        assert read(bot, SAM).startswith("I can't find that draft among yours")
        await bot.say("/resume FM-3", SAM)
        assert read(bot, SAM).startswith('You handed "FM-3" to Priya on ')


# --- the pickers' word on admins ---------------------------------------------------------------


async def test_an_admin_who_joined_is_listed_and_not_said_to_be_missing(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """README: admins named only in the bot's settings are not members and can't be chosen,
    and /share says so. Ann, an admin who also joined with an invite, is a member and listed,
    yet the same message said "Your team's admins ... aren't in this list"."""
    ann = 7003
    async with running_team(tmp_path, flows, allowed=(USER, ann)) as bot:
        await sam_and_priya_join(bot)
        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER)
        assert await teams.join(made.invite.code_hash, ann, "Ann", time.time())
        await mapping(bot, "KB-7", SAM)
        await bot.say("/handover", SAM)
        offered = read(bot, SAM)
        assert "Hand to Ann" in [b["text"] for b in bot.newest_buttons()]
        assert "Your team's admins" not in offered
        assert ("Some of your team's admins (the people who invite and remove colleagues) "
                "aren't in this list") in offered
    async with running_team(tmp_path / "alone", flows) as bot:  # USER alone is unlisted
        await sam_and_priya_join(bot)
        await mapping(bot, "KB-7", SAM)
        await bot.say("/handover", SAM)
        assert "Your team's admins (the people who invite" in read(bot, SAM)


async def test_once_the_colleagues_copy_is_erased_resume_cannot_find_it(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """CHANGELOG: "once Priya's copy is erased, /resume says it can't find it, as before"."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await handed_kb7(bot)
        await bot.say("/resume KB-7", PRIYA)
        await bot.say("/cancel", PRIYA)
        await bot.say("yes", PRIYA)
        assert not [d for d in await bot.conversation.drafts(PRIYA) if d.label == "KB-7"]
        await bot.say("/resume KB-7", SAM)
        assert read(bot, SAM).startswith("I can't find that draft among yours")


async def test_removing_a_member_with_drafts_and_no_partners_says_what_each_button_does(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """CHANGELOG: with drafts but no partners, Remove said only "every draft of theirs is
    erased", over the button that hands them to a colleague."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await mapping(bot, "KB-7", SAM)
        await mapping(bot, "FM-3", SAM)
        await bot.say("/members")
        await bot.tap(f"t:mr:{SAM}")
        assert read(bot).startswith(
            'Remove Sam? They lose access at once. Yes, remove erases every draft of theirs '
            '(2 drafts); "Hand their drafts to a colleague first" passes each to a colleague '
            "you choose, whole, and then removes Sam.")


async def test_back_before_the_choice_leaves_no_line_out(tmp_path: Path) -> None:
    """/back before the choice kept the first answer and named every line as not saved; it
    is asked about first now (tests/test_held_thirtyninth.py): nothing saved, none left out."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say("/back")
        assert not any("not saved" in t for t in said(bot)[-3:]), said(bot)[-3:]
        assert await bot.answers() == {}
        assert "and one more line after it" in said(bot)[-1]
