"""Handlers through the real Application and process_update, with the Bot API in memory."""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import re
import sqlite3
import time
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager, closing
from dataclasses import dataclass, replace
from html import escape
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.error import NetworkError
from telegram.ext import Application
from telegram.request import RequestData

from bot.app import build_application, schedule_retention
from bot.config import Settings
from bot.conversation import Conversation
from bot.exporting import exporter_for
from bot.handlers import EDITED_UNANSWERED, PRIVATE_ONLY, SORRY, STALE_TOAST, TEXT_ONLY
from bot.keys import require_key
from bot.ratelimit import Limiter
from bot.services import open_services
from bot.teams.invites import invite_colleague
from bot.teams.partners import notice_text
from bot.telegram_html import visible_length
from bot.views import menu, question, question_messages
from bot.wording import FlowChoice, Menu
from flows.checks.words import load_word_list
from flows.commands import TABLE
from flows.draft import Draft
from flows.flow import Flow
from flows.moves import Outcome, ask
from flows.replies import Question
from flows.walk import Walk
from storage.contract import ClosedPart, DraftInfo, OwedNotice
from storage.teams import TeamStore
from tests.botapi_html import parse_telegram_html, trim, utf16_len
from tests.botapi_server import QUERY_TOO_OLD
from tests.builders import EngineChat, build_flow, list_step, section, text
from tests.memory_botapi import Call, MemoryRequest, Updates, buttons_of

USER = 4242
STRANGER = 777
KEY = "kh:" + base64.b64encode(bytes(32)).decode()


@dataclass
class Bot:
    app: Application  # type: ignore[type-arg]
    request: MemoryRequest
    updates: Updates
    conversation: Conversation
    db: Path | str

    async def feed(self, update: dict[str, object]) -> None:
        await self.app.process_update(Update.de_json(update, self.app.bot))

    async def say(self, text: str, user: int = USER) -> None:
        await self.feed(self.updates.text(user, text))

    async def tap(self, data: str, user: int = USER) -> None:
        await self.feed(self.updates.button(user, data))

    def texts(self) -> list[str]:
        return [str(p["text"]) for p in self.request.sent()]

    def toasts(self) -> list[str]:
        """What each button press was answered with (the small notice on the phone)."""
        return [str(p.get("text", "")) for p in self.request.sent("answerCallbackQuery")]

    def buttons(self) -> list[str]:
        """Callback data of the newest message that has buttons."""
        return [b["callback_data"] for b in self.newest_buttons()]

    def newest_buttons(self) -> list[dict[str, str]]:
        """The buttons of the newest message that has buttons."""
        for params in reversed(self.request.sent()):
            markup = params.get("reply_markup")
            if markup:
                rows = markup.to_dict()["inline_keyboard"] if hasattr(markup, "to_dict") else \
                    markup["inline_keyboard"]
                return [b for row in rows for b in row]
        return []


@asynccontextmanager
async def running(tmp_path: Path, flows: Mapping[str, Flow],
                  request: MemoryRequest | None = None, *,
                  allowed: Sequence[int] = (USER,),
                  flood_control: bool = True,
                  limiter: Limiter | None = None,
                  db: Path | str | None = None) -> AsyncIterator[Bot]:
    """The bot with these flows, USER on the allow-list (so an admin of the team too);
    without `flood_control`, its messages are not paced at Telegram's 30 a second; with
    `limiter`, each person's messages are limited by it; `db`: a database URL (a SQLite file
    in tmp_path unless given)."""
    db = db or tmp_path / "bot.db"
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                        SOSBOT_ALLOWED_USERS=",".join(map(str, allowed)), SOSBOT_DATA_KEY=KEY)
    request = request or MemoryRequest()
    async with open_services(settings, db, flows, sealer=require_key(settings, db)) \
            as conversation:
        app = build_application(settings, conversation, request=request,
                                get_updates_request=MemoryRequest(record=False),
                                exporter=exporter_for(conversation),
                                flood_control=flood_control, limiter=limiter)
        async with app:
            yield Bot(app, request, Updates(), conversation, db)


@pytest.fixture
async def bot(tmp_path: Path, flows: Mapping[str, Flow]) -> AsyncIterator[Bot]:
    async with running(tmp_path, flows) as the_bot:
        yield the_bot


async def start_reflection(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-12")


async def counts(bot: Bot) -> dict[str, int]:
    """Rows per table, read straight from the database file (the bot's own store stays open)."""
    with closing(sqlite3.connect(bot.db)) as db:
        return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("drafts", "answers", "sessions", "handled_updates")}


def no_errors(caplog: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


async def test_a_tool_starts_with_its_first_question_and_buttons(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    assert "Question 1 of" in bot.texts()[-1]
    assert any(data.startswith("a:") for data in bot.buttons())
    no_errors(caplog)


async def test_every_button_of_every_flow_fits_in_64_bytes(flows: Mapping[str, Flow]) -> None:
    for flow in flows.values():
        for step in flow.steps:
            draft = Draft(id="f" * 12, user_id=1, flow_id=flow.id, flow_version=flow.version,
                          label="T", nonce=999_998, history=["x", step.id])
            out = Outcome(draft)
            # the engine's own question (every step in view), then every button switched on
            ask(flow, out, step, walk_state=Walk(flow, flow.steps, {}))
            (asked,) = out.replies
            assert isinstance(asked, Question)
            q = replace(asked, required=False, can_back=True, suggestion="x",
                        current_answer="y")
            markup = question(q).keyboard
            assert markup is not None
            for row in markup["inline_keyboard"]:
                for b in row:
                    assert len(b["callback_data"].encode()) <= 64, (flow.id, step.id)


@pytest.mark.parametrize("kind", ["text", "command", "button", "edited", "photo", "sticker"])
async def test_a_stranger_is_refused_whatever_they_send(bot: Bot, kind: str) -> None:
    u = bot.updates
    update = {
        "text": lambda: u.text(STRANGER, "my answer"),
        "command": lambda: u.text(STRANGER, "/start"),
        "button": lambda: u.button(STRANGER, "n:mapping"),
        "edited": lambda: u.edited(STRANGER, "changed"),
        "photo": lambda: u.message(STRANGER, photo=[{"file_id": "p", "file_unique_id": "p",
                                                     "width": 1, "height": 1}]),
        "sticker": lambda: u.message(STRANGER, sticker={
            "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
            "is_animated": False, "is_video": False}),
    }[kind]()
    await bot.feed(update)
    assert str(STRANGER) in bot.texts()[-1]
    assert set((await counts(bot)).values()) == {0}


async def test_group_chats_are_refused_and_nothing_is_stored(bot: Bot) -> None:
    await bot.feed(bot.updates.text(USER, "/start", chat_type="group", chat_id=-5))
    assert "private chats" in bot.texts()[-1]
    assert set((await counts(bot)).values()) == {0}


async def test_an_edited_message_does_not_advance_the_flow(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    # a message sent after question 2 was asked, which it did not answer: it still has none
    await bot.feed(bot.updates.edited(USER, "a changed answer"))
    assert bot.texts()[-1] == EDITED_UNANSWERED
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert "what_happened" not in draft.answers


async def test_photos_get_text_only_please_and_nothing_is_stored(bot: Bot) -> None:
    await start_reflection(bot)
    before = await counts(bot)
    await bot.feed(bot.updates.message(USER, voice={"file_id": "v", "file_unique_id": "v",
                                                    "duration": 3}))
    assert bot.texts()[-2] == TEXT_ONLY
    assert "Question 1 of" in bot.texts()[-1]  # and the question again, to answer
    # only the update's number, so that Telegram sending it again is not answered twice
    assert await counts(bot) == {**before, "handled_updates": before["handled_updates"] + 1}


async def test_the_same_update_twice_is_handled_once(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":health")))
    update = bot.updates.text(USER, "She told me her dad shouts at night")
    sent_before = len(bot.request.calls)
    await bot.feed(update)
    after_first = len(bot.request.calls)
    await bot.feed(update)
    assert after_first > sent_before
    assert len(bot.request.calls) == after_first
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["what_happened"] == (
        "She told me her dad shouts at night")


async def test_two_answers_arriving_together_are_kept_in_order(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":police")))
    first = bot.updates.text(USER, "Police saw Dad push Mum into the door at the flat on Sunday")
    second = bot.updates.text(USER, "I don't know")  # is the child safe to go home today?
    await asyncio.gather(bot.feed(first), bot.feed(second))
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["what_happened"] == (
        "Police saw Dad push Mum into the door at the flat on Sunday")
    assert draft.answers["safe_today"] == "unsure"


async def test_cancel_asks_first_then_discards(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("/cancel")
    assert "Discard" in bot.texts()[-1]
    await bot.tap(button(bot, "d:cancel:"))
    assert await bot.conversation.active(USER) is not None
    await bot.say("/cancel")
    await bot.tap(button(bot, "y:cancel:"))
    assert await bot.conversation.active(USER) is None
    assert (await counts(bot))["drafts"] == 0


def button(bot: Bot, prefix: str) -> str:
    """The callback data of the newest button whose data starts with `prefix`."""
    return next(data for data in bot.buttons() if data.startswith(prefix))


async def test_yes_on_an_earlier_confirmation_is_stale_and_erases_nothing(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("/cancel")
    first_yes = button(bot, "y:cancel:")
    await bot.say("/delete")
    await bot.tap(first_yes)  # the discard prompt is no longer the one waiting
    assert "everything about you has been erased" not in " ".join(bot.texts())
    assert bot.toasts()[-1] == STALE_TOAST
    assert (await counts(bot))["drafts"] == 1
    assert await bot.conversation.active(USER) is not None
    await bot.tap(button(bot, "d:delete:"))  # the erase prompt still answers for itself
    assert "nothing has been changed" in bot.texts()[-2]
    assert "Where do you work with this child?" in bot.texts()[-1]  # and back to the question
    await bot.tap(first_yes)  # and nothing is waiting now: still stale
    assert (await counts(bot))["drafts"] == 1


async def test_a_yes_from_a_discard_prompt_of_another_draft_discards_nothing(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("/cancel")
    old_yes = button(bot, "y:cancel:")
    await bot.say("/new reflection")
    await bot.say("KB-13")
    await bot.say("/cancel")
    await bot.tap(old_yes)
    assert bot.toasts()[-1] == STALE_TOAST
    assert (await counts(bot))["drafts"] == 2


async def test_an_unexpected_failure_apologises_and_logs_no_text(
        bot: Bot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    await start_reflection(bot)

    async def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("secret answer text")

    monkeypatch.setattr(bot.conversation, "handle", broken)
    with caplog.at_level(logging.DEBUG):
        await bot.say("secret answer text")
    assert bot.texts()[-1] == SORRY
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1
    assert "RuntimeError" in errors[0].getMessage()
    assert all("secret answer text" not in r.getMessage() and not r.exc_info
               for r in caplog.records)


async def test_unknown_commands_get_a_short_pointer(bot: Bot) -> None:
    await bot.say("/frobnicate")
    assert "don't know that command" in bot.texts()[-1]


@pytest.mark.parametrize("word", [w for row in TABLE for w in (row.name, *row.aliases)])
async def test_every_command_of_the_table_is_answered_in_a_draft(
        bot: Bot, word: str, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    sent = len(bot.request.calls)
    await bot.say(f"/{word}")
    answered = bot.request.calls[sent:]
    assert answered, word
    said = " ".join(str(c.params.get("text", "")) for c in answered)
    assert "don't know that command" not in said
    assert "works in the Telegram bot, not here" not in said  # every row has its handler
    no_errors(caplog)


async def test_without_an_allow_list_the_bot_starts_warns_once_and_refuses_everyone(
        tmp_path: Path, flows: Mapping[str, Flow], caplog: pytest.LogCaptureFixture) -> None:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                        SOSBOT_DATA_KEY=KEY)
    request = MemoryRequest()
    with caplog.at_level(logging.WARNING):
        async with open_services(settings, tmp_path / "bot.db", flows,
                                 sealer=require_key(settings, tmp_path / "bot.db")) as talk:
            app = build_application(settings, talk, request=request,
                                    get_updates_request=MemoryRequest(record=False))
            async with app:
                refused = Bot(app, request, Updates(), talk, tmp_path / "bot.db")
                await refused.say("/start")
                assert str(USER) in refused.texts()[-1]
                assert set((await counts(refused)).values()) == {0}
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert "SOSBOT_ALLOWED_USERS" in warnings[0]


async def test_telegram_keeps_its_own_words_for_privacy_about_and_lists(
        bot: Bot, tmp_path: Path) -> None:
    """The terminal says "type"; Telegram still says what is kept there and how to tap."""
    await bot.say("/privacy")
    assert "your Telegram user id" in bot.texts()[-1]
    await bot.say("/about")
    assert "on your phone" in bot.texts()[-1]
    chat = EngineChat(build_flow(tmp_path, section("s", list_step("things"))))
    chat.start()
    assert "tap Done" in question(chat.question).html


def test_a_question_with_long_items_and_wording_is_split_under_telegrams_limit(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", list_step("s", max_items=30, draft="long"),
                                        text("after")),
                      templates={"long": "{{ 'y' * 3000 }}"})
    chat = EngineChat(flow)
    chat.start()
    for n in range(30):
        chat.send(f"item {n} <b>&</b> " + "x" * 400)
    assert chat.asked == "after"  # the thirtieth item filled the list
    chat.command("back")  # the list asked afresh, with its 30 items and the drafted wording
    messages = question_messages(chat.question)
    assert len(messages) > 1
    assert all(visible_length(m.html) <= 4096 for m in messages)
    assert [m.keyboard is not None for m in messages] == [False] * (len(messages) - 1) + [True]
    assert "&lt;b&gt;&amp;&lt;/b&gt;" in "".join(m.html for m in messages)


async def test_the_daily_retention_job_reminds_once_then_erases(bot: Bot, tmp_path: Path) -> None:
    await start_reflection(bot)
    settings = Settings(_env_file=None, SOSBOT_DRAFT_DAYS=30)  # type: ignore[call-arg]
    schedule_retention(bot.app, bot.conversation, settings)
    assert bot.app.job_queue is not None
    job = bot.app.job_queue.get_jobs_by_name("retention")[0]

    def age(days: float) -> None:
        with sqlite3.connect(tmp_path / "bot.db") as raw:
            raw.execute("UPDATE drafts SET updated_at = ?", (time.time() - days * 86_400,))

    age(29.5)
    await job.callback(None)
    reminders = [t for t in bot.texts() if "erased tomorrow" in t]
    assert len(reminders) == 1
    assert "KB-12" in reminders[0]
    assert "/resume KB-12" in reminders[0]  # which opens it, however many drafts there are
    await job.callback(None)
    assert len([t for t in bot.texts() if "erased tomorrow" in t]) == 1
    assert (await counts(bot))["drafts"] == 1
    age(30.5)
    await job.callback(None)
    assert (await counts(bot))["drafts"] == 0
    assert await bot.conversation.active(USER) is None


PARTNER = 6161
REMOVED_BY_RETENTION = "reached the end of the time the council keeps such records"


async def a_partner_on_a_mapping(bot: Bot) -> None:
    """USER opens a safety mapping "TB-7" and PARTNER opens the School link USER made."""
    await bot.say("/new mapping")
    await bot.say("TB-7")
    await a_partner_opens_the_link(bot, "school", PARTNER)
    assert "has asked you to add what you know" in "".join(texts_to(bot, PARTNER))


async def a_partner_opens_the_link(bot: Bot, service: str, partner: int) -> None:
    """USER's /invite of a partner from `service` to the mapping open, its link opened by
    `partner`."""
    await bot.say("/invite")
    await bot.tap("t:ip")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(f":{service}")))
    code = re.search(r"start=([A-Za-z0-9_-]+)", bot.texts()[-1])
    assert code is not None, bot.texts()[-1]
    await bot.say(f"/start {code.group(1)}", user=partner)


def texts_to(bot: Bot, chat_id: int) -> list[str]:
    return [str(p["text"]) for p in bot.request.sent() if int(str(p["chat_id"])) == chat_id]


def retention_job(bot: Bot) -> Any:
    settings = Settings(_env_file=None, SOSBOT_DRAFT_DAYS=30)  # type: ignore[call-arg]
    schedule_retention(bot.app, bot.conversation, settings)
    assert bot.app.job_queue is not None
    return bot.app.job_queue.get_jobs_by_name("retention")[0]


def age_drafts_of(db: Path, user_id: int, days: float) -> None:
    with closing(sqlite3.connect(db)) as raw, raw:
        raw.execute("UPDATE drafts SET updated_at = ? WHERE user_id = ?",
                    (time.time() - days * 86_400, user_id))


async def test_retention_tells_the_partners_of_a_mapping_it_erased_once_it_is_erased(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    await a_partner_on_a_mapping(bot)
    job = retention_job(bot)
    age_drafts_of(bot.db, USER, 20)
    await job.callback(None)
    assert not [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]  # kept
    age_drafts_of(bot.db, USER, 31)
    with caplog.at_level(logging.INFO):
        await job.callback(None)
    [told] = [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]
    assert told.startswith('The safety mapping for "TB-7" that Practitioner asked you to')
    assert "nothing more is needed from you" in told
    assert (await counts(bot))["drafts"] == 0
    assert "retention:" in caplog.text
    assert "TB-7" not in caplog.text  # the case label is never logged
    await job.callback(None)
    assert len([t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]) == 1


def a_day_passes_for_notices(db: Path) -> None:
    """The next retention run comes a day later: notices still owed are that old by then
    (a fresh one is left to whoever made it, which is sending it)."""
    with closing(sqlite3.connect(db)) as raw, raw:
        raw.execute("UPDATE owed_notices SET made_at = made_at - 86400")


def refusing(request: MemoryRequest, chat_id: int, refusal: int | None) -> Any:
    """`request.do_request`, with every message to `chat_id` refused by Telegram (`refusal`:
    its HTTP status; the message is in `request.calls`, as Telegram received it) or, with
    None, lost on the way (Telegram out of reach; not in `request.calls`)."""
    real = request.do_request

    async def do_request(url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        to = request_data.parameters.get("chat_id") if request_data is not None else None
        if url.endswith("/sendMessage") and to is not None and int(str(to)) == chat_id:
            if refusal is None:
                raise NetworkError("Telegram is out of reach")
            request.calls.append(Call("sendMessage", dict(request_data.parameters)))
            return refusal, json.dumps({"ok": False, "error_code": refusal,
                                        "description": "Forbidden: bot was blocked by the "
                                                       "user"}).encode()
        return await real(url, method, request_data, *args, **kwargs)

    return do_request


async def test_a_partner_retention_could_not_reach_is_told_at_its_next_run(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    await a_partner_on_a_mapping(bot)
    job = retention_job(bot)
    age_drafts_of(bot.db, USER, 31)
    with monkeypatch.context() as offline:
        offline.setattr(bot.request, "do_request", refusing(bot.request, PARTNER, None))
        await job.callback(None)
    assert (await counts(bot))["drafts"] == 0
    assert not [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]

    a_day_passes_for_notices(bot.db)
    await job.callback(None)
    [told] = [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]
    assert '"TB-7"' in told
    await job.callback(None)
    assert len([t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]) == 1


async def test_an_erasure_whose_run_stopped_before_telling_is_told_at_the_next_run(
        bot: Bot) -> None:
    """The erasure committed, and the process stopped (or `sosbot purge` ran it) before any
    partner was told: the next run of retention tells them."""
    await a_partner_on_a_mapping(bot)
    age_drafts_of(bot.db, USER, 31)
    settings = Settings(_env_file=None, SOSBOT_DRAFT_DAYS=30)  # type: ignore[call-arg]
    report = await bot.conversation.purge(settings, time.time())
    assert report.drafts == 1
    assert not [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]

    a_day_passes_for_notices(bot.db)
    await retention_job(bot).callback(None)
    [told] = [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]
    assert told.startswith('The safety mapping for "TB-7" that Practitioner asked you to')


async def test_a_partner_not_reached_when_the_lead_closed_the_mapping_is_told_by_retention(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    await a_partner_on_a_mapping(bot)
    with monkeypatch.context() as offline:
        offline.setattr(bot.request, "do_request", refusing(bot.request, PARTNER, None))
        await bot.say("/cancel")
        [yes] = [b["callback_data"] for b in bot.newest_buttons() if b["text"].startswith("Yes")]
        await bot.tap(yes)
    assert (await counts(bot))["drafts"] == 0  # the mapping and the partner's answers
    assert not [t for t in texts_to(bot, PARTNER) if "has closed the safety mapping" in t]
    await retention_job(bot).callback(None)  # at once: the lead's erasure may be sending it
    assert not [t for t in texts_to(bot, PARTNER) if "has closed the safety mapping" in t]

    a_day_passes_for_notices(bot.db)
    await retention_job(bot).callback(None)
    [told] = [t for t in texts_to(bot, PARTNER) if "has closed the safety mapping" in t]
    assert told.startswith('Practitioner has closed the safety mapping for "TB-7"')
    assert await bot.conversation.store.owed_notices() == []


async def test_a_partner_who_blocked_the_bot_is_not_tried_again(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    await a_partner_on_a_mapping(bot)
    job = retention_job(bot)
    age_drafts_of(bot.db, USER, 31)
    monkeypatch.setattr(bot.request, "do_request", refusing(bot.request, PARTNER, 403))
    await job.callback(None)
    assert len([t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]) == 1  # tried
    await job.callback(None)
    assert len([t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]) == 1
    assert await bot.conversation.store.owed_notices() == []


async def test_retention_that_fails_to_commit_tells_no_partner(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    await a_partner_on_a_mapping(bot)
    job = retention_job(bot)
    age_drafts_of(bot.db, USER, 31)
    monkeypatch.setattr("storage.upkeep.ORPHAN_KEYS_DELETE", "DELETE FROM no_such_table")
    await job.callback(None)  # logged, and tried again soon (tests/test_attacks_fortyseventh)
    assert not [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]
    assert (await counts(bot))["drafts"] == 2  # the mapping and the partner's answers


async def test_a_bot_stopped_while_retention_waits_logs_no_error_and_erases_nothing(
        bot: Bot, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Retention waits for an answer being saved; the bot stops meanwhile (its scheduler
    cancels the job): the job ends quietly, and nothing was erased halfway."""
    await start_reflection(bot)
    settings = Settings(_env_file=None, SOSBOT_DRAFT_DAYS=30)  # type: ignore[call-arg]
    schedule_retention(bot.app, bot.conversation, settings)
    assert bot.app.job_queue is not None
    job = bot.app.job_queue.get_jobs_by_name("retention")[0]
    with sqlite3.connect(tmp_path / "bot.db") as raw:
        raw.execute("UPDATE drafts SET updated_at = ?", (time.time() - 31 * 86_400,))

    store = bot.conversation.store
    answering, go_on = asyncio.Event(), asyncio.Event()

    async def an_answer_under_way() -> None:
        async with store.turn(USER):
            answering.set()
            await go_on.wait()

    held = asyncio.create_task(an_answer_under_way())
    await answering.wait()
    running = asyncio.create_task(job.callback(None))  # type: ignore[arg-type]
    done, _ = await asyncio.wait({running}, timeout=0.3)
    assert not done  # retention waits for the answer's turn
    running.cancel()  # as the scheduler does when the bot stops
    with caplog.at_level(logging.INFO):
        await running
    go_on.set()
    await held

    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert "runs again at the next start" in caplog.text
    assert (await counts(bot))["drafts"] == 1


async def answers_of(bot: Bot, label: str) -> dict[str, object]:
    drafts = await bot.conversation.drafts(USER)
    info = next(d for d in drafts if d.label == label)
    draft = await bot.conversation.load(USER, info.id)
    assert draft is not None
    return dict(draft.answers)


async def test_an_old_answer_button_while_a_new_label_is_asked_keeps_asking_for_it(
        bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("OLD-1")
    health = next(d for d in bot.buttons() if d.endswith(":health"))
    await bot.say("/new supervision")
    await bot.tap(health)  # the old draft's first question, still on the screen
    assert "case label first" in bot.texts()[-2]
    assert "case label" in bot.texts()[-1]
    await bot.say("NEW-7")
    assert any(t.startswith("✓ Started") and "NEW-7" in t for t in bot.texts()[-3:])
    assert await answers_of(bot, "OLD-1") == {}
    assert await answers_of(bot, "NEW-7") == {}


async def test_an_answer_button_while_discard_is_asked_lets_it_go_and_says_so(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("CAN-1")
    police = next(d for d in bot.buttons() if d.endswith(":police"))
    await bot.say("/cancel")
    await bot.tap(police)
    said = bot.texts()
    assert "let the yes-or-no question go" in said[-2]
    assert "worries you" in said[-1]
    await bot.say("yes")  # typed at the question now on the screen, after being told
    assert (await counts(bot))["drafts"] == 1
    assert await answers_of(bot, "CAN-1") == {"referrer_role": "police", "what_happened": "yes"}


@pytest.mark.parametrize("forged", ["y:delete::", "y:cancel::", "y:cancel:ffffffffffff:"])
async def test_a_forged_yes_without_the_prompts_token_erases_nothing(
        bot: Bot, forged: str) -> None:
    await bot.say("/new reflection")
    await bot.say("KEEP-ME")
    await bot.say("/cancel")
    await bot.tap(forged)
    assert bot.toasts()[-1] == STALE_TOAST
    assert (await counts(bot))["drafts"] == 1
    await bot.tap(button(bot, "y:cancel:"))  # the prompt's own Yes still counts
    assert (await counts(bot))["drafts"] == 0


def button_labels(bot: Bot) -> list[str]:
    """The labels of the buttons of the newest message that has buttons."""
    return [b["text"] for b in bot.newest_buttons()]


async def test_every_draft_is_reachable_from_the_list_past_the_newest_ten(bot: Bot) -> None:
    for n in range(12):
        await bot.say("/new reflection")
        await bot.say(f"R-{n:02d}")
    await bot.say("/start")
    assert "Showing 1 to 10 of 12" in bot.texts()[-1]
    assert "/resume R-01" in bot.texts()[-1]
    listed = [t for t in button_labels(bot) if t.startswith("Continue")]
    assert len(listed) == 10
    assert "Continue R-00 (Pre-referral reflection)" not in listed
    await bot.tap(button(bot, "m:"))  # More drafts (2)
    assert "Showing 11 to 12 of 12" in bot.texts()[-1]
    assert [t for t in button_labels(bot) if t.startswith("Continue")] == [
        "Continue R-01 (Pre-referral reflection)", "Continue R-00 (Pre-referral reflection)"]
    await bot.tap(button(bot, "r:"))
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.label == "R-01"
    await bot.say("/resume r-00")  # as the retention reminder says
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.label == "R-00"


def test_a_list_of_many_drafts_keeps_within_telegrams_limits() -> None:
    drafts = tuple(DraftInfo(f"{n:012x}", "mapping", f"{n:03d}" + "Ω" * 21, "in_progress", 0,
                             0.0, 0.0) for n in range(300))
    tools = tuple(FlowChoice(f"tool{n}", "A tool with a long title", "", 30) for n in range(10))
    for start in range(0, 310, 10):
        shown = menu(Menu(drafts, tools, welcome=True, flow_titles={"mapping": "Safety "
                                                                    "mapping"}, start=start))
        assert visible_length(shown.html) <= 4096
        assert shown.keyboard is not None
        buttons = [b for row in shown.keyboard["inline_keyboard"] for b in row]
        assert len(buttons) <= 100
        assert all(len(b["callback_data"].encode()) <= 64 for b in buttons)


def test_the_menu_says_its_drafts_and_its_tools_are_the_buttons_below() -> None:
    drafts = (DraftInfo("0123456789ab", "mapping", "KB-1", "in_progress", 3, 0.0, 0.0),)
    tools = (FlowChoice("mapping", "Safety mapping", "", 30),)
    both = menu(Menu(drafts, tools, flow_titles={"mapping": "Safety mapping"}))
    assert both.html == "Tap a draft below to carry on with it, or a tool to start a new one."
    assert menu(Menu((), tools)).html == "Which tool would you like to use?"
    assert menu(Menu(drafts, ())).html == "Your unfinished drafts:"


def test_drafts_alike_in_label_tool_and_answers_still_have_buttons_told_apart() -> None:
    drafts = tuple(DraftInfo(f"{n:012x}", "reflection", "AB-1", "in_progress", 0, 0.0, 0.0)
                   for n in range(3))
    shown = menu(Menu(drafts, (), flow_titles={"reflection": "Pre-referral reflection"}))
    assert shown.keyboard is not None
    labels = [b["text"] for row in shown.keyboard["inline_keyboard"] for b in row]
    assert len(set(labels)) == 3, labels
    assert labels[0] == "Continue AB-1, 0 answers #1 (Pre-referral reflection)"


# --- what Telegram takes: messages over its limit, presses it calls too old -----------------


def telegram_takes(params: Mapping[str, object]) -> None:
    """A sendMessage Telegram accepts: valid HTML, at most 4,096 characters as shown, at
    most 100 buttons (the limits tests/botapi_server.py enforces)."""
    shown, entities = str(params["text"]), []
    if str(params.get("parse_mode", "")).lower() == "html":
        shown, entities = parse_telegram_html(shown)
    shown, _ = trim(shown, entities)
    assert 0 < utf16_len(shown) <= 4096
    assert len(buttons_of(params.get("reply_markup"))) <= 100


JARGON = ". ".join(t.term for t in load_word_list().terms
                   if not t.only_about_people and not t.unless_followed_by) + "."


async def test_a_long_nudge_comes_in_parts_telegram_takes_with_keep_under_the_last(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", text("worry", checks=["plain_language"],
                                                   max_length=4000), text("after")))
    async with running(tmp_path, {flow.id: flow}) as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("KB-12")
        before = len(bot.request.sent())
        await bot.say(JARGON)
        nudge = bot.request.sent()[before:]
        assert len(nudge) > 1  # every flagged word is asked about: more than one message holds
        for params in nudge:
            telegram_takes(params)
        assert [[label for label, _ in buttons_of(p.get("reply_markup"))] for p in nudge] \
            == [[]] * (len(nudge) - 1) + [["Keep it as it is"]]
        await bot.tap(button(bot, "c:"))
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.answers["worry"] == JARGON


async def test_an_edit_naming_no_answer_says_back_a_few_characters_escaped(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("/edit <b>" + "9" * 4090)
    said = bot.texts()[-1]
    assert "no answer number &lt;b&gt;99" in said
    assert "<b>" not in said
    assert len(said) < 150


async def test_a_command_and_its_argument_split_by_a_tab_is_still_the_command(
        bot: Bot) -> None:
    await start_reflection(bot)
    await bot.say("school")
    await bot.say("/edit\t1")
    assert "I don&#x27;t know that command" not in bot.texts()[-1]
    assert "Where do you work with this child?" in bot.texts()[-1]


async def test_members_come_a_page_at_a_time_each_with_a_remove_button(bot: Bot) -> None:
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER, uses=120)
    newcomers = {10_000 + n: f"Practitioner Number {n:03d} <&>" for n in range(100)}
    for user_id, name in newcomers.items():
        await teams.join(made.invite.code_hash, user_id, name, time.time())
    before = len(bot.request.sent())
    await bot.say("/members")
    while more := [d for d in bot.buttons() if d.startswith("t:mp:")]:
        await bot.tap(more[0])
    pages = bot.request.sent()[before:]
    for params in pages:
        telegram_takes(params)
    removable = {d for p in pages for _, d in buttons_of(p.get("reply_markup"))
                 if d.startswith("t:mr:")}
    assert removable == {f"t:mr:{user_id}" for user_id in newcomers}
    listed = "".join(str(p["text"]) for p in pages)
    assert all(escape(name) in listed for name in newcomers.values())
    assert "<b>Members</b> 81 to 100 of 100" in str(pages[-1]["text"])


@asynccontextmanager
async def sharing_among(tmp_path: Path, colleagues: Mapping[int, str]) -> AsyncIterator[Bot]:
    """The bot, with USER's draft finished and these colleagues members of the team."""
    flow = build_flow(tmp_path, section("s", text("worry")))
    async with running(tmp_path, {flow.id: flow}) as bot:
        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER, uses=len(colleagues))
        for user_id, name in colleagues.items():
            await teams.join(made.invite.code_hash, user_id, name, time.time())
        await bot.say(f"/new {flow.id}")
        await bot.say("KB-12")
        await bot.say("A bruise on her arm, seen at clinic")
        yield bot


async def share_pages(bot: Bot, command: str) -> list[dict[str, Any]]:
    """Send `command`, then tap "More colleagues" while there is one: every message sent."""
    before = len(bot.request.sent())
    await bot.say(command)
    while more := [d for d in bot.buttons() if d.startswith("t:sp:")]:
        assert len(more[0].encode()) <= 64  # Telegram's limit on callback data
        await bot.tap(more[0])
    return bot.request.sent()[before:]


def offered(pages: list[dict[str, Any]]) -> list[str]:
    """The colleagues offered, as `t:sh:<their id>` (each button also names the draft)."""
    return [colleague(d) for p in pages for _, d in buttons_of(p.get("reply_markup"))
            if d.startswith("t:sh:")]


def colleague(data: str) -> str:
    """A "Send to" button's data without the draft it was offered for."""
    return ":".join(data.split(":")[:3])


async def test_share_offers_colleagues_a_page_at_a_time_or_those_a_name_finds(
        tmp_path: Path) -> None:
    colleagues = {20_000 + n: f"Colleague {n:02d}" for n in range(23)}
    colleagues[20_099] = "Samira <b>Khan</b>"
    async with sharing_among(tmp_path, colleagues) as bot:
        pages = await share_pages(bot, "/share")
        assert sorted(offered(pages)) == sorted(f"t:sh:{user_id}" for user_id in colleagues)
        assert all(len(buttons_of(p.get("reply_markup"))) <= 11 for p in pages)
        assert "Colleagues 21 to 24 of 24." in str(pages[-1]["text"])

        await bot.say("/share   SAMIRA  ")
        assert [colleague(d) for d in bot.buttons()] == ["t:sh:20099"]
        await bot.say("/share Nobody-of-that-name")
        assert 'No colleague\'s name has "nobody-of-that-name" in it.' in bot.texts()[-1]
        assert len(bot.buttons()) == 11  # everyone again, ten at a time, and More


@pytest.mark.parametrize("colleagues", [{}, {20_001: "Ali"}])
async def test_a_member_sharing_is_told_how_to_reach_an_admin_who_is_not_listed(
        tmp_path: Path, colleagues: dict[int, str]) -> None:
    """USER is an admin by the settings only, never joined by a link: /share can't offer
    them, and a member who wants to send them a summary is told what to do instead."""
    member = 20_000
    async with sharing_among(tmp_path, {member: "Sam", **colleagues}) as bot:
        await bot.say(f"/new {next(iter(bot.conversation.flows))}", member)
        await bot.say("KB-7", member)
        await bot.say("A bruise on her arm, seen at clinic", member)
        await bot.say("/share", member)
        said = bot.texts()[-1]
        assert "Your team's admins (the people who invite and remove colleagues) aren't" in said
        assert "/export it and forward them the documents" in said
        assert f"t:sh:{USER}" not in map(colleague, bot.buttons())
        await bot.say("/share")  # the admin sharing: no such line about themselves
        assert "team's admins" not in bot.texts()[-1]


async def test_share_with_a_name_offers_everyone_it_finds_a_page_at_a_time(
        tmp_path: Path) -> None:
    found = {21_000 + n: f"Zoë 🌻 Ŝam-{n:02d} <i>&" for n in range(14)}
    others = {22_000 + n: f"Colleague {n:02d}" for n in range(12)}
    long_name = "Aleksandra Konstantinopolskaya-Wiśniewska Nowak"  # too long to carry in a button
    alike = {23_000 + n: f"{long_name} {n}" for n in range(12)}
    async with sharing_among(tmp_path, {**found, **others, **alike}) as bot:
        pages = await share_pages(bot, "/share  🌻 ŝAM")
        assert sorted(offered(pages)) == sorted(f"t:sh:{user_id}" for user_id in found)
        assert len(pages) == 2
        assert escape('Colleagues 11 to 14 of the 14 whose name has "🌻 ŝam".') in \
            str(pages[-1]["text"])

        pages = await share_pages(bot, f"/share {long_name}")
        assert len(pages) == 1  # no More: asked for more of the name instead
        assert len(offered(pages)) == 10
        assert "more of their name" in str(pages[0]["text"])

        await bot.tap("t:sp:10:not*base64!")  # not one of ours: everyone, from the 11th
        assert "Colleagues 11 to 20 of 38." in bot.texts()[-1]


class TooOld(MemoryRequest):
    """The Bot API in memory, where every button press is too old to answer, as Telegram
    says of a press after some seconds, or of one it sent again."""

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        answer = await super().do_request(url, method, request_data, *args, **kwargs)
        if url.endswith("/answerCallbackQuery"):
            return 400, json.dumps({"ok": False, "error_code": 400,
                                    "description": QUERY_TOO_OLD}).encode()
        return answer


async def test_a_press_telegram_calls_too_old_still_gets_its_reply_and_no_apology(
        tmp_path: Path, flows: Mapping[str, Flow], caplog: pytest.LogCaptureFixture) -> None:
    async with running(tmp_path, flows, TooOld()) as bot:
        await bot.say("/invite")
        await bot.tap("t:ic")
        assert "https://t.me/sosbot_test_bot?start=" in bot.texts()[-1]
        await bot.tap("n:reflection", STRANGER)
        assert str(STRANGER) in bot.texts()[-1]
        assert SORRY not in bot.texts()
    no_errors(caplog)


async def test_a_team_button_telegram_sends_twice_is_done_once(bot: Bot) -> None:
    await bot.say("/invite")
    press = bot.updates.button(USER, "t:ic")
    await bot.feed(press)
    await bot.feed(press)  # a webhook resend
    assert sum("?start=" in t for t in bot.texts()) == 1
    with closing(sqlite3.connect(bot.db)) as db:
        assert db.execute("SELECT count(*) FROM invites").fetchone()[0] == 1
    assert len(bot.toasts()) == 2  # each answered, so no spinner is left turning


# --- groups and odd presses ------------------------------------------------------------------


async def test_a_group_hears_once_an_hour_and_only_when_someone_on_the_list_writes(
        bot: Bot) -> None:
    for _ in range(3):
        await bot.feed(bot.updates.text(STRANGER, "hello", chat_type="group", chat_id=-5))
    assert bot.texts() == []  # a stranger's word in a group gets nothing at all
    for _ in range(3):
        await bot.feed(bot.updates.text(USER, "hello", chat_type="supergroup", chat_id=-5))
    assert bot.texts() == [PRIVATE_ONLY]
    assert set((await counts(bot)).values()) == {0}


async def test_a_button_pressed_in_a_group_is_answered_and_does_nothing(bot: Bot) -> None:
    for user in (USER, STRANGER):
        press = bot.updates.button(user, "n:reflection")
        press["callback_query"]["message"]["chat"] = {"id": -5, "type": "supergroup"}
        await bot.feed(press)
    assert bot.toasts() == ["", ""]  # the spinner stops
    assert bot.texts() == []
    assert set((await counts(bot)).values()) == {0}


async def test_a_press_without_data_is_only_answered_as_out_of_date(bot: Bot) -> None:
    press = bot.updates.button(USER, "x")
    del press["callback_query"]["data"]
    await bot.feed(press)
    assert bot.toasts() == [STALE_TOAST]
    assert bot.texts() == []


def test_a_closed_notice_whose_case_cannot_be_named_still_reads_as_a_sentence() -> None:
    """Erased by `sosbot purge` without the key, say: no case label to name."""
    text = notice_text(OwedNotice("n1", "closed", ClosedPart(PARTNER, "", "Jo"), 0.0))
    assert text.startswith("Jo has closed a safety mapping you were asked to contribute to")
    assert '""' not in text
