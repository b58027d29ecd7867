"""Updates an attacker shapes by hand, through the real Application (Bot API in memory): each
is refused or answered politely, acts only for the one who sent it, and logs no error."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from telegram.error import TimedOut
from telegram.request import RequestData

from bot.handlers import SORRY, STALE_TOAST, TEXT_ONLY, TEXT_ONLY_NAMED
from flows.flow import Flow
from tests.memory_botapi import MemoryRequest
from tests.test_telegram_handlers import (
    STRANGER,
    USER,
    Bot,
    bot,
    counts,
    no_errors,
    running,
    sharing_among,
    start_reflection,
)

__all__ = ["bot"]  # the fixture
COLLEAGUE = 4343


def chats_written_to(bot: Bot) -> set[int]:
    return {int(c.params["chat_id"]) for c in bot.request.calls if "chat_id" in c.params}


@pytest.mark.parametrize("data", ["n:reflection", "t:ic"])
async def test_a_press_claiming_another_chat_acts_nowhere_and_says_it_is_stale(
        bot: Bot, data: str, caplog: pytest.LogCaptureFixture) -> None:
    press = bot.updates.button(USER, data)
    press["callback_query"]["message"]["chat"] = {"id": COLLEAGUE, "type": "private"}
    await bot.feed(press)
    assert bot.toasts() == [STALE_TOAST]
    assert chats_written_to(bot) <= {USER}
    assert set((await counts(bot)).values()) == {0}
    no_errors(caplog)


async def test_a_message_claiming_another_chat_is_not_answered_there(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    for text in ("/start", "/new reflection", "/invite"):
        await bot.feed(bot.updates.text(USER, text, chat_id=COLLEAGUE))
    assert COLLEAGUE not in chats_written_to(bot)
    assert set((await counts(bot)).values()) == {0}
    no_errors(caplog)


async def test_a_press_on_a_message_the_bot_did_not_send_is_stale(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    before = await counts(bot)
    data = next(d for d in bot.buttons() if d.endswith(":school"))
    press = bot.updates.button(USER, data)
    press["callback_query"]["message"]["from"] = bot.updates.user(COLLEAGUE)
    await bot.feed(press)
    assert bot.toasts() == [STALE_TOAST]
    assert await counts(bot) == before
    no_errors(caplog)


async def test_a_press_from_an_inline_message_only_stops_the_spinner(bot: Bot) -> None:
    press = bot.updates.button(USER, "n:reflection")
    del press["callback_query"]["message"]
    press["callback_query"]["inline_message_id"] = "AAAA"
    await bot.feed(press)
    assert bot.toasts() == [""]
    assert bot.texts() == []


@pytest.mark.parametrize("text", [42, 4.5, True, ["/start"], {"a": 1}, None])
async def test_a_message_whose_text_is_not_a_string_is_answered_politely(
        bot: Bot, text: object, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    before = await counts(bot)
    update = bot.updates.message(USER, text=text)
    await bot.feed(update)
    assert bot.texts()[-2] == TEXT_ONLY
    assert "Question 1 of" in bot.texts()[-1]  # asked again
    assert (await counts(bot))["answers"] == before["answers"]
    no_errors(caplog)


MISSHAPEN: dict[str, tuple[str, object]] = {
    "a user id that is a string": ("from", {"id": "4242", "is_bot": False, "first_name": "P"}),
    "a user id past 64 bits": ("from", {"id": 1 << 64, "is_bot": False, "first_name": "P"}),
    "a first name that is a number": ("from", {"id": USER, "is_bot": False, "first_name": 7}),
    "a message id that is a string": ("message_id", "one"),
    "a user id that is a float": ("from", {"id": 4242.5, "is_bot": False, "first_name": "P"}),
}


@pytest.mark.parametrize("what", MISSHAPEN)
async def test_a_message_with_a_field_telegram_never_sends_is_ignored_without_error(
        bot: Bot, what: str, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    before = await counts(bot)
    update = bot.updates.text(USER, "an answer")
    field, value = MISSHAPEN[what]
    update["message"][field] = value
    with caplog.at_level(logging.INFO):
        await bot.feed(update)
    assert SORRY not in bot.texts()
    assert await counts(bot) == before
    assert "an answer" not in caplog.text
    no_errors(caplog)


@pytest.mark.parametrize("data", [42, ["a:x"], {"k": 1}, True])
async def test_a_press_whose_data_is_not_a_string_is_stale(
        bot: Bot, data: object, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    before = await counts(bot)
    press = bot.updates.button(USER, "x")
    press["callback_query"]["data"] = data
    await bot.feed(press)
    assert bot.toasts() == [STALE_TOAST]
    assert await counts(bot) == before
    no_errors(caplog)


async def test_an_update_id_past_64_bits_is_ignored_without_error(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    update = bot.updates.text(USER, "an answer")
    update["update_id"] = 1 << 80
    await bot.feed(update)
    assert SORRY not in bot.texts()
    no_errors(caplog)


async def test_a_telegram_name_with_direction_and_invisible_characters_is_listed_cleaned(
        bot: Bot) -> None:
    await bot.say("/invite")
    await bot.tap("t:ic")
    code = bot.texts()[-1].rsplit("?start=", 1)[1].split()[0]
    joining = bot.updates.text(COLLEAGUE, f"/start {code}")
    joining["message"]["from"]["first_name"] = "Sam\u202e\u200b\x07 <b>"
    joining["message"]["from"]["last_name"] = "\u2066Lee\u2069\x00"
    await bot.feed(joining)
    await bot.say("/members")
    listed = bot.texts()[-1]
    assert "Sam &lt;b&gt; Lee" in listed
    assert not any(ch in listed for ch in "\u202e\u200b\x07\u2066\u2069\x00")
    (remove,) = [b["text"] for b in bot.newest_buttons()]
    assert remove == "Remove Sam <b> Lee"


@pytest.mark.parametrize("typed", ["\u202eNobody\u2069", "No\x00bo\u200bdy", "Nobody \ud800"])
async def test_a_name_given_to_share_is_said_back_cleaned(
        tmp_path: Path, typed: str, caplog: pytest.LogCaptureFixture) -> None:
    async with sharing_among(tmp_path, {20_000 + n: f"Colleague {n:02d}" for n in range(12)}
                             ) as bot:
        await bot.say(f"/share {typed}")
        said = bot.texts()[-1]
        assert "No colleague's name has \"nobody" in said
        assert not any(ch in said for ch in "\u202e\u2069\x00\u200b\ud800")
        assert all(len(d.encode()) <= 64 for d in bot.buttons())
    no_errors(caplog)


STICKER = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
           "is_animated": False, "is_video": False}
NOT_TEXT: dict[str, dict[str, object]] = {
    "a sticker": {"sticker": STICKER},
    "a location": {"location": {"latitude": 51.5, "longitude": -0.1}},
    "a contact": {"contact": {"phone_number": "+441234567890", "first_name": "Jo"}},
    "a text that is a number": {"text": 42},
}


@pytest.mark.parametrize("what", NOT_TEXT)
async def test_what_is_not_text_gets_a_short_note_and_the_question_again(
        bot: Bot, what: str, caplog: pytest.LogCaptureFixture) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    asked = bot.texts()[-1]
    await bot.feed(bot.updates.message(USER, **NOT_TEXT[what]))
    # a location or a contact is named (walk50): it is none of the kinds TEXT_ONLY lists
    named = {"a location": "location", "a contact": "contact"}.get(what)
    assert bot.texts()[-2:] == [TEXT_ONLY_NAMED.format(kind=named) if named else TEXT_ONLY, asked]
    await bot.say("Seen a bruise on her arm")  # the question shown again takes the answer
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["what_happened"] == "Seen a bruise on her arm"
    no_errors(caplog)


async def test_what_is_not_text_while_a_label_is_asked_asks_for_the_label_again(
        bot: Bot) -> None:
    await bot.say("/new reflection")
    asked = bot.texts()[-1]
    await bot.feed(bot.updates.message(USER, sticker=STICKER))
    assert bot.texts()[-2:] == [TEXT_ONLY, asked]


async def test_what_is_not_text_asks_are_you_sure_again_below_its_note(bot: Bot) -> None:
    """The note comes after "are you sure?", which is then asked again below it: only that
    newest one is answered (the nineteenth round, `tests/test_fixes_nineteenth.py`)."""
    await start_reflection(bot)
    await bot.say("/cancel")
    await bot.feed(bot.updates.message(USER, sticker=STICKER))
    assert bot.texts()[-2] == TEXT_ONLY
    assert "Discard the draft" in bot.texts()[-1]
    await bot.tap(next(d for d in bot.buttons() if d.startswith("y:cancel:")))
    assert await bot.conversation.active(USER) is None


async def test_what_is_not_text_with_no_draft_open_is_only_the_note(bot: Bot) -> None:
    await bot.feed(bot.updates.message(USER, sticker=STICKER))
    assert bot.texts() == [TEXT_ONLY]


@pytest.mark.parametrize("status", ["kicked", "member"])
async def test_a_stranger_blocking_or_unblocking_the_bot_is_not_written_to(
        bot: Bot, status: str) -> None:
    """Telegram tells the bot when someone blocks or unblocks it: that is not a message from
    them, so a stranger is told who may use the bot when they write, not then (a reply to
    someone who has just blocked the bot would be refused)."""
    member = {"user": {"id": 123456789, "is_bot": True, "first_name": "sosbot"},
              "status": status, **({"until_date": 0} if status == "kicked" else {})}
    was = {"user": member["user"], "status": "member" if status == "kicked" else "kicked",
           **({"until_date": 0} if status == "member" else {})}
    await bot.feed({"update_id": 77, "my_chat_member": {
        "chat": {"id": STRANGER, "type": "private", "first_name": "S"},
        "from": bot.updates.user(STRANGER), "date": 1,
        "old_chat_member": was, "new_chat_member": member}})
    assert bot.texts() == []
    await bot.say("hello", STRANGER)  # and when they do write, they are told
    assert str(STRANGER) in bot.texts()[-1]


async def test_the_application_keeps_no_id_of_those_who_wrote(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """python-telegram-bot notes the chat and user of every update for persistence, which
    sosbot does not use: nobody who wrote (a stranger once, a practitioner) stays in memory."""
    await start_reflection(bot)
    await bot.say("hello", STRANGER)
    await bot.feed(bot.updates.message(COLLEAGUE, sticker=STICKER))
    await bot.tap("n:reflection", STRANGER)
    app = bot.app
    assert app._chat_ids_to_be_updated_in_persistence == set()
    assert app._user_ids_to_be_updated_in_persistence == set()
    assert dict(app.user_data) == {}
    assert dict(app.chat_data) == {}
    no_errors(caplog)


def live_locks() -> int:
    gc.collect()
    return sum(isinstance(o, asyncio.Lock) for o in gc.get_objects())


async def test_no_lock_is_kept_per_practitioner_once_their_turn_is_done(
        tmp_path: Path, flows: Mapping[str, Flow], caplog: pytest.LogCaptureFixture) -> None:
    """A council's hundreds of staff each pass through: what keeps one person's updates in
    order lives only while they have one under way, so memory does not grow with each new
    person who ever wrote.

    Sent unpaced: at Telegram's 30 messages a second (`bot.flood`), which keeps no lock
    per chat, the 40 people's 300-odd messages took ten seconds of waiting."""
    team = range(7001, 7041)
    async with running(tmp_path, flows, allowed=[USER, *team], flood_control=False) as bot:
        await start_reflection(bot)
        before = live_locks()
        for user in team:
            await bot.say("/new reflection", user)
            await bot.say("KB-1", user)
            await bot.tap("n:reflection", user)  # a press takes its own path
            await bot.feed(bot.updates.message(user, sticker=STICKER))  # and so does this
        assert sum("Question 1 of" in t for t in bot.texts()) > len(team)
        assert live_locks() == before
    no_errors(caplog)


class TimingOut(MemoryRequest):
    """Telegram (or the network) not answering the next `times` messages in time."""

    def __init__(self) -> None:
        super().__init__()
        self.times = 0

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if url.endswith("/sendMessage") and self.times > 0:
            self.times -= 1
            raise TimedOut
        return await super().do_request(url, method, request_data, *args, **kwargs)


async def test_a_reply_that_times_out_is_one_warning_and_no_apology(
        tmp_path: Path, flows: Mapping[str, Flow], caplog: pytest.LogCaptureFixture) -> None:
    request = TimingOut()
    async with running(tmp_path, flows, request) as bot:
        await start_reflection(bot)
        request.times = 1
        with caplog.at_level(logging.WARNING):
            await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
        assert SORRY not in bot.texts()
        [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert "did not answer in time" in line
        assert "saved" in line
        await bot.say("/show")
        assert "Question 2 of" in bot.texts()[-1]
    no_errors(caplog)
