"""The thirty-sixth pass's leftovers: small things the passes before left alone, each found
as a practitioner would meet it. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone."""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from html import unescape
from pathlib import Path

import pytest

from bot.ratelimit import SharedRateLimiter, Verdict
from bot.teams.invites import invite_partner
from bot.teams.partners import tell_owed
from storage.contract import ClosedPart
from storage.retention import DAY
from storage.sql import SqlStore
from tests.botapi_html import parse_telegram_html, utf16_len
from tests.botapi_server import MESSAGE_LIMIT
from tests.botapi_server import _check_markup as check_markup
from tests.memory_botapi import buttons_of
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtythird_b import LEAD2, PC, mapping, team

__all__ = ["team"]  # the fixtures


# --- a member's /delete with dozens of parts sent to colleagues' mappings ----------------------

LONG_LEAD = "Dr Alexandra Montgomery-Fitzwilliam, Designated Safeguarding Lead"


async def forty_parts(bot: Bot, who: int) -> list[str]:
    """LEAD2's mapping, and forty parts `who` sent to it (a school's DSL over a year, each
    for a family of its own label); the labels."""
    await mapping(bot, "FM-3", LEAD2)
    draft = await bot.conversation.active(LEAD2)
    assert draft is not None
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    labels = [f"Family-{n:02d}-Northside-CP" for n in range(40)]
    for n, label in enumerate(labels):
        link = await invite_partner(contributions.teams, LEAD2, draft.id,
                                    agency=f"School {n}", label=label, lead_name=LONG_LEAD)
        invite = await contributions.claim(link.invite.code_hash, who, time.time())
        assert invite is not None
        assert await contributions.send(invite, {"flow": "contribution", "answers": {
            "agency": "school", "role": "DSL", "worries": f"came in hungry ({n})"}})
    return labels


def telegram_takes(sent: dict[str, object]) -> int:
    """Checks a sendMessage call as Telegram would (the text at most 4,096 characters once its
    HTML is read, the buttons within Telegram's limits); the number of buttons."""
    text = str(sent["text"])
    shown = parse_telegram_html(text)[0] if sent.get("parse_mode") == "HTML" else text
    assert utf16_len(shown) <= MESSAGE_LIMIT, utf16_len(shown)
    markup = check_markup(sent.get("reply_markup"))  # raises Telegram's error if refused
    return sum(len(row) for row in markup["inline_keyboard"]) if markup else 0


@pytest.mark.parametrize("who", [USER, PC])
async def test_delete_with_forty_parts_fits_telegram_and_names_every_part(
        team: Bot, who: int) -> None:
    """A school's DSL who had sent her part of forty families' mappings over a year sent
    /delete: the question naming each part, to withdraw one alone, was one message of over
    5,000 characters, which Telegram refuses ("message is too long"): she was answered
    nothing. It comes in as many messages as it needs, every part named, a button for each
    under the last, and one tapped withdraws that part alone."""
    bot = team
    labels = await forty_parts(bot, who)
    before = len(bot.request.sent())
    await bot.say("/delete", user=who)
    sent = [p for p in bot.request.sent()[before:] if int(str(p["chat_id"])) == who]
    assert len(sent) > 1
    counts = [telegram_takes(p) for p in sent]
    assert counts[:-1] == [0] * (len(sent) - 1)  # the buttons under the last
    said = unescape(" ".join(str(p["text"]) for p in sent))
    assert all(f'"{label}" for {LONG_LEAD}' in said for label in labels)
    buttons = dict(buttons_of(sent[-1]["reply_markup"]))
    assert all(f'Withdraw "{label}" only' in buttons for label in labels)
    await bot.tap(buttons[f'Withdraw "{labels[7]}" only'], user=who)
    if "Yes, withdraw it" in dict(buttons_of(bot.request.sent()[-1].get("reply_markup"))):
        await bot.tap(dict(buttons_of(bot.request.sent()[-1]["reply_markup"]))[
            "Yes, withdraw it"], user=who)
    left = await bot.conversation.contributions.parts_of(who)  # type: ignore[attr-defined]
    assert sorted((i.about or {})["label"] for i, _ in left) == labels[:7] + labels[8:]


# --- a flood's count of dropped messages, kept through the daily clean-up ---------------------


async def test_the_count_of_messages_dropped_outlasts_the_clean_up_until_said(
        engine_store: SqlStore) -> None:
    """Notes pasted a line a message, late on a Friday: the ones past the limit were not
    saved, and the next message taken was to say how many. The night's clean-up erased every
    rate past its time, the count with it, and on Monday the practitioner was told nothing
    of the messages lost. The count is kept until said (on either engine)."""
    now = [1000.0]
    shared = SharedRateLimiter(engine_store.spend, 3, 60, clock=lambda: now[0])
    verdicts = [await shared.allow(5) for _ in range(8)]
    assert verdicts[3:] == [Verdict(False, True)] + [Verdict(False)] * 4
    await engine_store.purge(idle_before=0.0, done_before=0.0, updates_before=now[0] + DAY)
    now[0] += 3 * DAY
    assert await shared.allow(5) == Verdict(True, dropped=5)


async def test_a_count_never_said_goes_when_an_untouched_draft_would(
        engine_store: SqlStore) -> None:
    now = [1000.0]
    shared = SharedRateLimiter(engine_store.spend, 3, 60, clock=lambda: now[0])
    for _ in range(5):
        await shared.allow(6)
    await engine_store.purge(idle_before=now[0] + DAY, done_before=0.0,
                             updates_before=now[0] + DAY)
    now[0] += 40 * DAY
    assert await shared.allow(6) == Verdict(True)


# --- a notice owed to a partner, erased and checkpointed ----------------------------------------


async def test_a_notice_given_leaves_the_write_ahead_log(team: Bot) -> None:
    """A partner told that a mapping she worked on was erased: the owed notice (the case's
    label and the lead's name, sealed) was deleted, but its bytes stayed in the database's
    write-ahead log until some later erasure, against SECURITY.md's "every erasure ends with a
    checkpoint". They leave the files once she is told."""
    bot = team
    store = bot.conversation.store
    await store.checkpoint()
    owed = await store.owe("expired", [ClosedPart(PC, "FM-3", "Jo")])
    with closing(sqlite3.connect(f"file:{bot.db}?mode=ro", uri=True)) as db:
        sealed = bytes(db.execute("SELECT body FROM owed_notices").fetchone()[0])
    files = [bot.db, Path(f"{bot.db}-wal")]
    assert any(sealed in f.read_bytes() for f in files if f.exists())
    assert await tell_owed(bot.app.bot, store, owed) == 0
    assert said_to(bot, PC)[-1].startswith("The safety mapping for \"FM-3\" that Jo asked")
    for f in files:
        if f.exists():
            assert sealed not in f.read_bytes(), f.name
