"""The thirtieth round of attacks: hostile and faulty input against the transport (polling,
webhook resends), exports, key files and the terminal chat, and the last round's leftovers.
Each pinned by a test that failed on the code as it was, through the real parts: the
polling bot reading Telegram's reply bytes, the real Application with the Bot API in memory
(`tests.test_telegram_handlers`), the key files as `sosbot` reads them, and the terminal
chat's own driver."""

from __future__ import annotations

import io
import logging
import os
import time
import warnings
from dataclasses import replace
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.error import TelegramError

from bot.config import load_settings
from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.keys import load_keys, local_key
from bot.logs import setup_logging
from bot.polling import SkippingBot, UpdatesRequest
from flows.export import FORMATS, export_filename
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Command, Text
from storage.crypto import key_file_text, new_key
from storage.store import Store
from tests.memory_botapi import BOT_USER
from tests.summaries import mapping_summary
from tests.test_console import typed_then_end
from tests.test_leaks import logged
from tests.test_telegram_handlers import USER, Bot, bot, sharing_among, start_reflection

FLOWS = load_flows()
SECRET = "what the child said 3f9d"
__all__ = ["bot", "logged"]  # the fixtures


# --- 1. a getUpdates reply Python cannot read -------------------------------------------

class CannedReply(UpdatesRequest):
    """The request `sosbot run` polls on, answered with these bytes instead of Telegram's."""

    def __init__(self, payload: bytes) -> None:
        super().__init__()
        self.payload = payload

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        return 200, self.payload


def polled(payload: bytes) -> SkippingBot:
    request = CannedReply(payload)
    return SkippingBot("123456789:" + "a" * 35, request=request, get_updates_request=request)


def nested(depth: int) -> str:
    return '{"a": ' * depth + f'"{SECRET}"' + "}" * depth


GOOD = ('{"update_id": 6, "message": {"message_id": 9, "date": 1, "text": "School", '
        '"chat": {"id": 5, "type": "private"}, '
        '"from": {"id": 5, "is_bot": false, "first_name": "P"}}}')


@pytest.mark.parametrize("depth", [900, 5000])
async def test_an_update_nested_hundreds_deep_is_skipped_and_polling_goes_on(
        depth: int, caplog: pytest.LogCaptureFixture) -> None:
    """An update nested ~900 deep (no update Telegram sends; another make of Bot API server,
    or something between) made reading the reply raise RecursionError: python-telegram-bot
    logged it as CRITICAL and asked for the same reply again, for ever, and nobody was
    answered. It is skipped by its id (acknowledged: the next poll moves past it), the
    update beside it is read, and the log names the id, never what the update held."""
    payload = (f'{{"ok": true, "result": [{{"update_id": 5, "message": {nested(depth)}}}, '
               f'{GOOD}]}}').encode()
    with caplog.at_level(logging.INFO):
        updates = await polled(payload).get_updates(offset=5, timeout=0)
    assert [u.update_id for u in updates] == [5, 6]
    assert updates[0].message is None  # empty: no handler takes it
    assert updates[1].message is not None
    assert updates[1].message.text == "School"
    assert "skipped update 5" in caplog.text
    assert SECRET not in caplog.text


async def test_a_reply_cut_short_is_logged_without_the_messages_it_held(
        logged: pytest.CaptureFixture[str]) -> None:
    """A getUpdates reply cut short on the way (a proxy timing out mid-body) is not JSON:
    python-telegram-bot logged it whole at ERROR ("Can not load invalid JSON data: ..."),
    everyone's messages in it. The fact is logged; what it held is not."""
    setup_logging("INFO")
    payload = (f'{{"ok": true, "result": [{{"update_id": 5, "message": {{"text": '
               f'"{SECRET}", "chat": {{"id"').encode()
    with pytest.raises(TelegramError):
        await polled(payload).get_updates(offset=5, timeout=0)
    err = logged.readouterr().err
    assert "not JSON" in err
    assert SECRET not in err


# --- 2. exports of labels that differ only in their marks ------------------------------

def test_labels_differing_in_a_space_or_a_slash_export_under_different_names() -> None:
    """"KB 12", "KB/12" and "KB-12" are three drafts (three children), and their exports of
    one day were all "sosbot-KB-12-mapping-<day>": `sosbot export -o folder/` wrote each
    over the one before, and in Telegram's downloads three files had one name. Each has a
    name of its own, still of letters, digits and hyphens only; "KB-12" keeps its plain one."""
    labels = ["KB 12", "KB/12", "KB-12", "KB.12", "KB--12"]
    summary = mapping_summary()
    for fmt in FORMATS:
        names = [export_filename(replace(summary, label=label), fmt)
                 for label in labels]
        assert len(set(names)) == len(labels), names
        assert all(name.replace("-", "").replace(".", "").isalnum() for name in names)
        assert names[2].startswith("sosbot-KB-12-mapping-")


# --- 3. a key file's copy left by a write that was killed ----------------------------------

def test_a_key_copy_left_by_a_killed_write_is_removed_at_the_next_start(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sosbot keys new --write` (or the chat's first run) writes the key under a temporary
    name, then gives it the key file's. Killed in between, the copy stayed beside the key
    file for good: key material nothing reads or removes. The next start removes it and
    says so; a copy still being written by another first run (a moment old) is left."""
    db = tmp_path / "sosbot.db"
    settings = load_settings(SOSBOT_DB=str(db))
    key = new_key()
    left = tmp_path / ".sosbot.key.0a1b2c3d.tmp"
    left.write_text(key_file_text([key]))
    left.chmod(0o600)
    an_hour_ago = time.time() - 3600
    os.utime(left, (an_hour_ago, an_hour_ago))
    writing = tmp_path / ".sosbot.key.99aa88bb.tmp"
    writing.write_text(key_file_text([key]))

    local_key(settings, db, say=io.StringIO())  # `sosbot chat`'s first run
    assert not left.exists()
    assert writing.exists()
    err = capsys.readouterr().err
    assert f"removed {left}" in err
    assert key.line() not in err
    assert load_keys(settings, db) is not None
    assert capsys.readouterr().err == ""  # said once


# --- 4. an update Telegram sends again ---------------------------------------------------

async def test_an_export_sent_again_by_telegram_sends_the_documents_once(bot: Bot) -> None:
    """Telegram posts an update to the webhook again when the bot was slow to answer (three
    documents take a while): the second /export sent the three documents again, and two
    instances on one database would each send them. The same update acts once."""
    await start_reflection(bot)
    await bot.say("School or college")
    export = bot.updates.text(USER, "/export")
    await bot.feed(export)
    sent = len(bot.request.sent("sendDocument"))
    assert sent == 3
    await bot.feed(export)
    assert len(bot.request.sent("sendDocument")) == sent
    await bot.say("/export")  # a new /export is a new update: sent again
    assert len(bot.request.sent("sendDocument")) == 2 * sent
    draft = await bot.conversation.active(USER)
    assert draft is not None
    pressed = bot.updates.button(USER, f"x:{draft.id}:0:")  # the summary's Export button
    await bot.feed(pressed)
    await bot.feed(pressed)
    assert len(bot.request.sent("sendDocument")) == 3 * sent


async def test_a_share_list_sent_again_by_telegram_is_shown_once(tmp_path: Path) -> None:
    async with sharing_among(tmp_path, {20_001: "Ali", 20_002: "Bea"}) as bot:
        share = bot.updates.text(USER, "/share")
        before = len(bot.request.sent())
        await bot.feed(share)
        await bot.feed(share)
        lists = [p for p in bot.request.sent()[before:] if p.get("reply_markup")]
        assert len(lists) == 1


# --- 5. a press on a message Telegram no longer shows the bot -----------------------------

async def test_a_press_on_an_old_message_is_answered_without_a_library_warning(bot: Bot) -> None:
    """A button pressed on a message Telegram no longer gives the bot (date 0, its text and
    topic left out) was said to print python-telegram-bot's warning about
    `InaccessibleMessage`. With python-telegram-bot 22 a press's message is read as a
    `Message` (date 0) whatever it holds: nothing warns, and the press is answered; the
    reply goes to the chat's main view, as Telegram does not say which topic it was in."""
    await start_reflection(bot)
    pressed = bot.updates.button(USER, bot.buttons()[0])
    pressed["callback_query"]["message"] = {"message_id": 1, "date": 0,  # type: ignore[index]
                                            "chat": {"id": USER, "type": "private"}}
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        await bot.feed(pressed)
    assert [str(w.message) for w in seen if "effective_message" in str(w.message)] == []
    assert bot.toasts()  # the press was answered, as any press is
    assert "Question 2 of" in bot.texts()[-1]


# --- 6. updates of kinds the bot does not handle, or sent on someone's behalf --------------

def _from_user() -> dict[str, object]:
    return {"id": USER, "is_bot": False, "first_name": "P"}


CHAT = {"id": USER, "type": "private"}
ODD: dict[str, dict[str, object]] = {
    "a reaction": {"message_reaction": {
        "chat": CHAT, "message_id": 3, "date": 1, "user": _from_user(),
        "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "\U0001F44D"}]}},
    "a channel's post": {"channel_post": {
        "message_id": 3, "date": 1, "chat": {"id": -100123, "type": "channel"},
        "text": SECRET}},
    "the bot blocked": {"my_chat_member": {
        "chat": CHAT, "from": _from_user(), "date": 1,
        "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True,
                                                         "first_name": "B"}},
        "new_chat_member": {"status": "kicked", "until_date": 0,
                            "user": {"id": 1, "is_bot": True, "first_name": "B"}}}},
    "a business message": {"business_message": {
        "message_id": 3, "date": 1, "chat": CHAT, "from": _from_user(), "text": SECRET,
        "business_connection_id": "bc1"}},
    "a press with huge data": {"callback_query": {
        "id": "q1", "from": _from_user(), "chat_instance": "1", "data": SECRET * 500,
        "message": {"message_id": 1, "date": 1, "chat": CHAT, "from": BOT_USER,
                    "text": "Q"}}},
    "a poll's answer": {"poll_answer": {"poll_id": "p", "user": _from_user(),
                                         "option_ids": [0],
                                         "option_persistent_ids": ["a"]}},
}


@pytest.mark.parametrize("update", ODD.values(), ids=ODD.keys())
async def test_an_update_of_a_kind_the_bot_does_not_handle_changes_and_logs_nothing(
        bot: Bot, update: dict[str, object], caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    await bot.say("School or college")
    before = (await bot.conversation.active(USER), len(bot.request.sent()))
    with caplog.at_level(logging.DEBUG, logger="bot"):
        await bot.app.process_update(Update.de_json({"update_id": 999, **update},
                                                    bot.app.bot))
    assert (await bot.conversation.active(USER), len(bot.request.sent())) == before
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert SECRET not in caplog.text


# --- 7. the question pasted back as its answer --------------------------------------------

QUESTION_2 = "What have you seen, heard or been told that worries you about this child?"


@pytest.mark.parametrize("typed", [QUESTION_2, QUESTION_2.lower().rstrip("?"),
                                   f"  {QUESTION_2}  "])
async def test_the_question_pasted_back_as_its_answer_is_not_saved(bot: Bot, typed: str) -> None:
    """The question copied from its message and sent as the answer (a long press on the
    wrong message) was saved, and the summary read "What worries you: What have you seen,
    heard or been told that worries you about this child?". It is not saved: the
    practitioner is told so, gently, and asked the question again."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.say(typed)
    said = [unescape(t) for t in bot.texts()]
    assert said[-2].startswith("I haven't saved that: it is the question itself")
    assert QUESTION_2 in said[-1]
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert len(draft.answers) == 1
    await bot.say("Seen a bruise on her arm")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert len(draft.answers) == 2


async def test_an_answer_that_only_uses_the_questions_words_is_saved(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.say(f"Teacher asked me: {QUESTION_2} I said the bruise")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert len(draft.answers) == 2


# --- 8. the console's numbers for /resume ----------------------------------------------------

@pytest.mark.parametrize("typed", ["/resume 2", "/continue 2"])
async def test_resume_with_the_number_the_console_menu_showed_opens_that_draft(
        tmp_path: Path, typed: str) -> None:
    """`sosbot chat` lists unfinished drafts by number ("2) Continue "KB-13" ..."), and a
    practitioner types "/resume 2" as the commands are typed: it said "I can't find that
    draft among yours", of the draft on the screen as 2."""
    out = io.StringIO()
    async with await Store.open(tmp_path / "c.db") as store:
        talk = Conversation(store, FLOWS, nudger=nudger(), surface="terminal")
        for number, label in enumerate(("KB-12", "KB-13")):
            await talk.handle(CONSOLE_USER, Command("new", "reflection"), update_id=2 * number)
            await talk.handle(CONSOLE_USER, Text(label), update_id=2 * number + 1)
        await Console(talk, out=out, read=typed_then_end(typed)).run()
    shown = out.getvalue()
    second = next(line for line in shown.splitlines() if line.strip().startswith("2)"))
    label = "KB-12" if "KB-12" in second else "KB-13"
    assert f'Back to "{label}"' in shown, shown
    assert "can't find" not in shown


# --- 9. a database made read-only while the bot runs ---------------------------------------

async def test_export_still_sends_the_documents_from_a_database_gone_read_only(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """A database that went read-only while the bot runs (a disk remounted after an error,
    a quota) can still be read: /export, which writes nothing of the case, is how the
    practitioner takes their work away meanwhile. Noting the update as handled, so that a
    resend acts once, must not stop it: the documents are sent, and the log says the note
    failed."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.conversation.store._db.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]
    await bot.say("/export")
    assert len(bot.request.sent("sendDocument")) == 3
    assert "read-only" in caplog.text


async def test_an_answer_to_a_database_gone_read_only_is_said_to_have_failed(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """With the database gone read-only, the question's receipt could not be written, and
    every answer typed was told "I'm not sure you saw the question below, so I haven't
    saved the message you just sent: please send your answer to it.", again at each try,
    never why; the operator's log had only warnings. It fails as a save fails: the
    practitioner is told something went wrong and their earlier answers are safe, the
    operator's log says the database is read-only, and nothing of the answer is saved."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.conversation.store._db.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]
    for _ in range(2):
        await bot.say("Seen a bruise on her arm")
        assert bot.texts()[-1].startswith("Sorry, something went wrong on my side")
    assert not any("not sure you saw" in unescape(t) for t in bot.texts())
    assert any(r.levelno >= logging.ERROR and "read-only" in r.getMessage()
               for r in caplog.records)
    await bot.conversation.store._db.execute("PRAGMA query_only = OFF")  # type: ignore[attr-defined]
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert len(draft.answers) == 1
    await bot.say("/show")  # as "Sorry" says; writable again, the answer is taken
    await bot.say("Seen a bruise on her arm")
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert len(draft.answers) == 2
