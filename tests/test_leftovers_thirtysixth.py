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
from test_review_language_twentyninth import asked, reply_to

from bot.ratelimit import SharedRateLimiter, Verdict
from bot.teams.invites import invite_partner
from bot.teams.partners import tell_owed
from flows.answers import NUMBER_WORDS
from storage.contract import ClosedPart
from storage.retention import DAY
from storage.sql import SqlStore
from tests.botapi_html import parse_telegram_html, utf16_len
from tests.botapi_server import MESSAGE_LIMIT
from tests.botapi_server import _check_markup as check_markup
from tests.memory_botapi import buttons_of
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtythird_b import LEAD2, PC, mapping, team

__all__ = ["team"]  # the fixtures


# --- a place said dangerous, with a time but nothing of what happens there ------------------

AT_A_TIME = [
    ("contextual", "area_worries", "The park is very dangerous at night"),
    ("contextual", "area_worries", "the estate is rough after dark"),
    ("mapping", "complicating", "the street is dangerous on Friday nights"),
    ("contextual", "home_worries", "the park near nan's is unsafe in the evenings"),
]
WHAT_HAPPENS_THERE = [
    ("contextual", "area_worries", "Men sell drugs in the park at night and one offered K a "
     "lift"),
    ("contextual", "area_worries", "the park is dangerous at night, men sell drugs there and "
     "one offered K a lift"),
    ("contextual", "area_worries", "the park near nan's is unsafe since the men selling drugs "
     "started sitting by the swings"),
    ("mapping", "complicating", "the estate is rough: on 2 and 9 march older lads threw stones "
     "at k on the way home from school"),
    ("contextual", "area_worries", "the area is dangerous, 3 stabbings this year"),
]


@pytest.mark.parametrize(("flow_id", "step_id", "line"), AT_A_TIME)
def test_a_place_said_dangerous_at_a_time_is_asked_what_happens_there(
        flow_id: str, step_id: str, line: str) -> None:
    """"The park is very dangerous at night" was let through, as telling what happened ("at
    night" is a when), while "the estate is rough" was asked: a time says no more of what
    happens there than none."""
    assert "What happens there" in reply_to(flow_id, step_id, line)


@pytest.mark.parametrize(("flow_id", "step_id", "line"), WHAT_HAPPENS_THERE)
def test_a_place_said_dangerous_with_who_does_what_there_is_let_through(
        flow_id: str, step_id: str, line: str) -> None:
    """"... is unsafe since the men selling drugs started sitting by the swings" was asked
    'You wrote "is unsafe". What did the person actually do', as if the park were a person."""
    assert asked(flow_id, step_id, line) is None, line


def test_a_person_near_a_place_is_still_a_person() -> None:
    assert "What did the person actually do" in reply_to(
        "mapping", "complicating", "the kids at dad's are unsafe")


# --- a parent's number typed after who gave it ---------------------------------------------


@pytest.mark.parametrize("typed", ["mum 5", "Mum 5", "dad seven", "mum about 5"])
def test_a_parents_number_typed_after_who_gave_it_is_their_number(typed: str) -> None:
    """"mum 5" at a parent's number was refused ("Please send one whole number from 0 to
    10"), where "mum says 5" was saved as 5."""
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert [a.answer for a in chat.answered if a.step_id == "safety_scale_parent_1"] == \
        [str(NUMBER_WORDS.get(typed.split()[-1], typed.split()[-1]))]
    assert chat.asked == "safety_scale_parent_2"


@pytest.mark.parametrize("typed", ["mum 5 dad 6", "soon 5"])
def test_two_peoples_numbers_or_a_word_before_a_number_are_not_taken(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert not [a for a in chat.answered if a.step_id == "safety_scale_parent_1"]


# --- children present in the flat ------------------------------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id"), [("contribution", "worries"),
                                                  ("mapping", "complicating")])
@pytest.mark.parametrize("line", ["2 children present in the flat",
                                  "kids were in the flat when police arrived",
                                  "mum was at flat"])
def test_children_present_in_the_flat_is_a_fact(flow_id: str, step_id: str,
                                                line: str) -> None:
    """A police officer's "2 children present in the flat" was asked "says what you make of
    things, but not yet what happened", "flat" read as a flat mood."""
    assert asked(flow_id, step_id, line) is None, line


@pytest.mark.parametrize("line", ["Mum is flat", "mum was in a flat mood"])
def test_a_flat_mood_is_still_asked(line: str) -> None:
    assert asked("mapping", "complicating", line) is not None


# --- a young person's aim, asked what they will be doing -------------------------------------


@pytest.mark.parametrize(("line", "who"), [("K will engage with her PA", "K"),
                                           ("Kayla will be supported to access education",
                                            "Kayla"),
                                           ("The young person will comply with her care plan",
                                            "the young person")])
def test_a_young_persons_aim_is_asked_what_they_will_be_doing(line: str, who: str) -> None:
    """A personal adviser's success goal "K will engage with her PA" was asked "What will
    the adult be doing that people could see?", with an example of a dad's anger."""
    reply = reply_to("success", "success_goal", line)
    assert f"What will {who} be doing that people could see?" in reply
    assert "adult" not in reply


@pytest.mark.parametrize("line", ["Dad will engage with services", "I will engage with her"])
def test_an_adults_aim_is_still_asked_what_the_adult_will_be_doing(line: str) -> None:
    assert "What will the adult be doing" in reply_to("success", "success_goal", line)


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
    nothing. Every message Telegram takes now, every part is named and has its button (a
    page of them at a time, since the thirty-ninth pass: `tests/test_ops_thirtyninth.py`),
    and one tapped withdraws that part alone."""
    bot = team
    labels = await forty_parts(bot, who)
    before = len(bot.request.sent())
    await bot.say("/delete", user=who)
    if who == USER:  # a member: their parts behind one button beside "erase everything"
        await bot.tap(dict(buttons_of(bot.request.sent()[-1]["reply_markup"]))[
            "Withdraw one part only"], user=who)
    said, buttons = "", {}
    for _ in range(6):  # five pages, and back to the first
        sent = [p for p in bot.request.sent()[before:] if int(str(p["chat_id"])) == who]
        assert all(telegram_takes(p) <= 12 for p in sent)
        said += unescape(" ".join(str(p["text"]) for p in sent))
        buttons.update(buttons_of(sent[-1]["reply_markup"]))
        before = len(bot.request.sent())
        await bot.tap(next(data for text, data in buttons_of(sent[-1]["reply_markup"])
                           if text.startswith(("More", "Back"))), user=who)
    assert all(f'"{label}" for {LONG_LEAD}' in said for label in labels)
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
