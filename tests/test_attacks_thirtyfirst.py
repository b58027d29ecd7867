"""The thirty-first round of attacks: hostile and faulty input against the transport
(resent updates, getUpdates replies the bot cannot read), the team's buttons and links, and
the terminal chat. Each pinned by a test that failed on the code as it was, through the real
parts: the real Application with the Bot API in memory (`tests.test_telegram_handlers`), the
polling bot against the local Bot API server (`tests.botapi_server`), and the terminal
chat's own driver."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.error import NetworkError
from telegram.ext import Application

from bot.app import build_application
from bot.config import Settings, load_settings
from bot.polling import STUCK_PAUSE, SkippingBot
from bot.run import PollingTrouble, problem
from bot.teams.invites import invite_colleague
from flows.errors import FlowError
from flows.flow import Flow
from flows.loader import load_flow
from storage.teams import TeamStore
from tests.builders import write_yaml
from tests.memory_botapi import BOT_USER, MemoryRequest
from tests.telegram_world import PRACTITIONER, bot_world, start_a_draft
from tests.test_attacks_thirtieth import GOOD, QUESTION_2, SECRET, CannedReply, polled
from tests.test_telegram_handlers import (
    KEY,
    USER,
    Bot,
    a_partner_on_a_mapping,
    bot,
    running,
    start_reflection,
    texts_to,
)

__all__ = ["bot"]  # the fixture


# --- 1. /members and /invite sent again by Telegram -------------------------------------------

async def test_members_sent_again_by_telegram_is_shown_once(bot: Bot) -> None:
    """Telegram posts an update again when the bot was slow to answer it (a webhook), or a
    second instance on the database reads it too: the members list came twice, each with
    its Remove buttons. The same update is answered once; a new /members is answered."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, 20_001, "Ali", time.time())
    members = bot.updates.text(USER, "/members")
    await bot.feed(members)
    await bot.feed(members)
    assert sum(t.startswith("<b>Members</b>") for t in bot.texts()) == 1
    await bot.say("/members")
    assert sum(t.startswith("<b>Members</b>") for t in bot.texts()) == 2


async def test_the_invite_menu_sent_again_by_telegram_is_shown_once(bot: Bot) -> None:
    invite = bot.updates.text(USER, "/invite")
    await bot.feed(invite)
    await bot.feed(invite)
    assert sum(t == "Whom would you like to invite?" for t in bot.texts()) == 1
    await bot.say("/invite")
    assert sum(t == "Whom would you like to invite?" for t in bot.texts()) == 2


# --- 2. an update with no id polling can move past ---------------------------------------------

def nested(depth: int) -> dict[str, object]:
    """A message nested `depth` deep: no update Telegram sends (its deepest is a dozen)."""
    held: object = SECRET
    for _ in range(depth):
        held = {"a": held}
    return {"a": held}


@pytest.mark.parametrize("given", ["nested 900 deep, no id", "an id that is no number"])
async def test_an_update_with_no_usable_id_is_moved_past_and_the_next_is_answered(
        tmp_path: Path, given: str, caplog: pytest.LogCaptureFixture) -> None:
    """The last update of a getUpdates reply with no id to move past (nested hundreds deep
    with its id left out, or `"update_id": "7"`; no update Telegram sends, but another make
    of Bot API server or something between may): polling asked for the same reply again at
    once, for ever (the local server saw a getUpdates every few milliseconds, each logging
    the skip) until someone wrote; with "7", python-telegram-bot's polling stopped for
    good, and nobody was answered again. The update is taken as the one after the last
    (Telegram's ids go up one at a time), so the next poll moves past it; the next answer
    is saved; the log says what was skipped, never what it held."""
    async with bot_world(tmp_path / "bot.db") as world:
        await start_a_draft(world.server)
        if given.startswith("nested"):
            world.server.inject_update({"update_id": None, "message": nested(900)})
        else:
            world.server.inject_update({"update_id": "7", "message": {
                "message_id": 90, "date": 1, "text": SECRET,
                "chat": {"id": PRACTITIONER, "type": "private"},
                "from": {"id": PRACTITIONER, "is_bot": False, "first_name": "T"}}})
        await world.server.wait_for(lambda: world.server.pending_updates == 0)
        await world.say("School or college")
        assert "Question 2 of" in world.texts()[-1]
    assert "no usable id" in caplog.text
    assert SECRET not in caplog.text


BAD = '{"update_id": "x", "message": {"message_id": 1, "date": 1}}'


@pytest.mark.parametrize(("batch", "offset", "ids"), [
    ([GOOD, BAD, BAD], 6, [6, 8]),  # two after update 6: the second is update 8
    ([BAD, BAD], 40, [41]),  # nothing before them: the first is the offset asked for
    ([BAD, GOOD], 5, [6]),  # one after it moves past it: nothing to add
])
async def test_the_last_update_with_no_id_is_taken_as_the_one_its_place_says(
        batch: list[str], offset: int, ids: list[int]) -> None:
    payload = f'{{"ok": true, "result": [{", ".join(batch)}]}}'.encode()
    updates = await polled(payload).get_updates(offset=offset, timeout=0)
    assert [u.update_id for u in updates] == ids


async def test_with_no_id_to_count_from_polling_waits_before_asking_again(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The first poll since the start (offset 0) getting only an update with no id: there
    is nothing to count from, and nothing may be confirmed by guess. Polling waits a moment
    before asking again (it asked at once, for ever), saying so once."""
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("bot.polling.asyncio.sleep", wait)
    bot_ = polled(f'{{"ok": true, "result": [{BAD}]}}'.encode())
    for _ in range(3):
        assert await bot_.get_updates(offset=0, timeout=0) == ()
    assert waits == [STUCK_PAUSE] * 3
    assert caplog.text.count("no id to count from") == 1


# --- 3. an error reply from something between the bot and Telegram --------------------------

class ErrorPage(CannedReply):
    """The request `sosbot run` polls on, answered with an error status and these bytes (a
    proxy's error page, or a Bot API server failing part way through a reply)."""

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return 502, self.payload


async def test_an_error_reply_that_is_not_json_is_logged_without_what_it_held(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A getUpdates answered 502 with a body that is not JSON (a proxy's error page, or a
    reply cut short with everyone's messages in it): python-telegram-bot's error quotes the
    whole body, and `sosbot run` logged it as it was ("Telegram's Bot API cannot be reached
    (Bad Gateway (502). Parsing the server response b'...' failed)"), every ten minutes
    while it lasted, and said it on standard error when it came at the start. The status
    is said; the body is not."""
    payload = (f'{{"ok": true, "result": [{{"update_id": 5, "message": {{"text": '
               f'"{SECRET}", "chat": {{"id"').encode()
    request = ErrorPage(payload)
    bot_ = SkippingBot("123456789:" + "a" * 35, request=request, get_updates_request=request)
    with pytest.raises(NetworkError) as caught:
        await bot_.get_updates(offset=5, timeout=0)
    with caplog.at_level(logging.INFO):
        PollingTrouble()(caught.value)
    said = " ".join(r.getMessage() for r in caplog.records if r.name == "bot.run")
    assert "Bad Gateway (502)" in said
    assert "not JSON" in said
    assert SECRET not in said
    line = problem(caught.value, load_settings(SOSBOT_DB=str(tmp_path / "b.db")))
    assert "Bad Gateway (502)" in line
    assert SECRET not in line


# --- 4. a flow file whose choices read alike ------------------------------------------------

def test_two_choices_with_the_same_words_name_the_file_line_and_field(tmp_path: Path) -> None:
    """Two choices of one question labelled alike ("School or college", "school or
    college") were two buttons nobody could tell apart, and typing the words always chose
    the first; `sosbot flows check` said the file was OK."""
    path = write_yaml(tmp_path, """\
        id: tiny
        version: 1
        title: Tiny
        description: A flow for a test.
        scale:
          low: Unsafe.
          high: Safe.
        sections:
          - id: s
            title: S
            steps:
              - id: where
                type: choice
                ask: Where do you work?
                choices:
                  - {value: school, label: School or college}
                  - {value: health, label: Health}
                  - {value: college, label: school or  college}
        """)
    with pytest.raises(FlowError) as caught:
        load_flow(path)
    [problem] = caught.value.problems
    assert (problem.file, problem.line) == (str(path), 16)  # where the choices begin
    assert problem.field == "sections[0].steps[0].choices"
    assert "choices[0] and choices[2] have the same label" in problem.message


# --- 5. a look, or an answer refused, sent again by Telegram ----------------------------------

async def answered_once(bot: Bot, update: dict[str, object]) -> int:
    """Feed `update` twice, as Telegram sends one again: the messages it was answered with,
    the same however many times it came."""
    before = len(bot.request.sent())
    await bot.feed(update)
    once = len(bot.request.sent()) - before
    assert once > 0
    await bot.feed(update)
    assert len(bot.request.sent()) - before == once
    return once


@pytest.mark.parametrize("typed", ["/review", "/summary", "/help", "/drafts",
                                   "What have you seen, heard or been told that worries you "
                                   "about this child?"])
async def test_a_look_or_a_refused_answer_sent_again_by_telegram_is_answered_once(
        bot: Bot, typed: str) -> None:
    """Telegram sends an update again when the bot was slow to answer it (a webhook), and a
    second instance on the database may take the second one: a look at the answers, the
    summary, the help or the drafts, and an answer refused ("I haven't saved that: it is
    the question itself"), wrote nothing, so nothing said it was answered, and it was
    answered twice: the review, the summary, the note and the question came again. A new
    update of the same words is answered again."""
    await start_reflection(bot)
    await bot.say("School or college")
    before = len(bot.request.sent())
    once = await answered_once(bot, bot.updates.text(USER, typed))
    await bot.say(typed)
    assert len(bot.request.sent()) - before == 2 * once


async def test_the_partners_contributions_are_shown_once_for_a_review_sent_again(
        bot: Bot) -> None:
    """The lead's /review of a mapping is followed by what partners sent and who has not
    answered: sent again by Telegram, both came twice."""
    await a_partner_on_a_mapping(bot)
    review = bot.updates.text(USER, "/review")
    await bot.feed(review)
    await bot.feed(review)
    assert sum("Partners' contributions" in t for t in texts_to(bot, USER)) == 1


async def test_a_look_at_the_summary_still_comes_from_a_database_gone_read_only(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Noting a look as handled must not cost it where nothing can be written: the summary
    is shown, and the log says the note failed."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.conversation.store._db.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]
    await bot.say("/summary")
    assert "School or college" in bot.texts()[-1]
    assert "not noted as handled" in caplog.text


def _edited(bot: Bot) -> dict[str, object]:
    return bot.updates.edited(USER, "Seen a bruise on her leg")


def _via_bot(bot: Bot) -> dict[str, object]:
    return bot.updates.text(USER, "a GIF's words", via_bot={
        "id": 999, "is_bot": True, "first_name": "gif", "username": "gif"})


def _forwarded_own(bot: Bot) -> dict[str, object]:
    return bot.updates.text(USER, QUESTION_2, forward_origin={
        "type": "user", "date": 1, "sender_user": BOT_USER})


@pytest.mark.parametrize("made", [_edited, _via_bot, _forwarded_own],
                         ids=["an edit", "through another bot", "the bot's own, forwarded"])
async def test_a_message_answered_with_a_note_and_sent_again_is_answered_once(
        bot: Bot, made: Any) -> None:
    """An edit ("I don't read edited messages..."), a message through another bot, the
    bot's own question forwarded back: each answered with a note (and the question again),
    and, sent again by Telegram, answered again."""
    await start_reflection(bot)
    await bot.say("School or college")
    await answered_once(bot, made(bot))


@asynccontextmanager
async def another_instance(bot: Bot) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """A second instance on `bot`'s database (and Bot API): its own Application and handlers,
    so its own memory, as a second `sosbot run` behind one webhook has."""
    settings = Settings(_env_file=None,  # type: ignore[call-arg]
                        TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,
                        SOSBOT_ALLOWED_USERS=str(USER), SOSBOT_DATA_KEY=KEY)
    other = build_application(settings, bot.conversation, request=bot.request,
                              get_updates_request=MemoryRequest(record=False))
    async with other:
        yield other


@pytest.mark.parametrize("kind", ["a photo", "/members"])
async def test_an_update_sent_again_to_another_instance_is_answered_once(
        tmp_path: Path, flows: Mapping[str, Flow], kind: str) -> None:
    """A photo is answered with a note and the question again, once for a run of them; the
    run was kept in the memory of the instance that took it, so the same update sent again
    and taken by another instance on the database (a webhook behind two) was noted again.
    /members likewise, whichever instance takes it."""
    async with running(tmp_path, flows) as bot, another_instance(bot) as other:
        await start_reflection(bot)
        update = bot.updates.message(USER, photo=[{"file_id": "p", "file_unique_id": "u",
                                                   "width": 1, "height": 1}]) \
            if kind == "a photo" else bot.updates.text(USER, "/members")
        before = len(bot.request.sent())
        await bot.feed(update)
        once = len(bot.request.sent()) - before
        assert once > 0
        await other.process_update(Update.de_json(update, other.bot))
        assert len(bot.request.sent()) - before == once
