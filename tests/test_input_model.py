"""Inputs that used to misplace or lose an answer, replayed through the real Application.

A button press is matched by its value; a nudged list item survives Done; drafted wording is
checked like typed wording; an answer whose reply never arrived is not taken again for the
next question; strangers are told once an hour at most.
"""

from __future__ import annotations

import base64
import html
import logging
import sqlite3
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager, closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application
from telegram.request import RequestData

from bot.app import build_application
from bot.config import Settings
from bot.conversation import Conversation
from bot.keys import require_key
from bot.services import open_services
from flows.flow import Flow
from flows.replies import Text
from tests.builders import build_flow, choice, list_step, section, text
from tests.memory_botapi import MemoryRequest, Updates

USER, STRANGER = 4242, 777
KEY = "kh:" + base64.b64encode(bytes(32)).decode()


class FlakyRequest(MemoryRequest):
    """The in-memory Bot API, where chosen calls fail once with a 502 from Telegram."""

    def __init__(self) -> None:
        super().__init__()
        self.fail_next: set[str] = set()

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        if name in self.fail_next:
            self.fail_next.discard(name)
            return 502, b'{"ok": false, "error_code": 502, "description": "Bad Gateway"}'
        return await super().do_request(url, method, request_data, *args, **kwargs)


@dataclass
class Bot:
    app: Application  # type: ignore[type-arg]
    request: FlakyRequest
    updates: Updates
    conversation: Conversation
    db: Path | str

    async def say(self, words: str, user: int = USER) -> None:
        await self.app.process_update(Update.de_json(self.updates.text(user, words),
                                                     self.app.bot))

    async def tap(self, data: str, user: int = USER) -> None:
        await self.app.process_update(Update.de_json(self.updates.button(user, data),
                                                     self.app.bot))

    def texts(self) -> list[str]:
        return [str(p["text"]) for p in self.request.sent()]

    def button(self, label: str) -> str:
        """The callback data of the newest button showing `label`."""
        for params in reversed(self.request.sent()):
            markup = params.get("reply_markup")
            rows = (markup.to_dict() if hasattr(markup, "to_dict") else markup or {}).get(
                "inline_keyboard", [])
            for row in rows:
                for b in row:
                    if b["text"] == label:
                        return str(b["callback_data"])
        raise AssertionError(f"no button {label!r}")

    async def answers(self) -> dict[str, object]:
        draft = await self.conversation.active(USER)
        assert draft is not None
        return dict(draft.answers)


@asynccontextmanager
async def running(flows: Mapping[str, Flow], db: Path | str, updates: Updates | None = None
                  ) -> AsyncIterator[Bot]:
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                        SOSBOT_ALLOWED_USERS=str(USER), SOSBOT_DATA_KEY=KEY)
    request = FlakyRequest()
    async with open_services(settings, db, flows, sealer=require_key(settings, db)) as talk:
        app = build_application(settings, talk, request=request,
                                get_updates_request=MemoryRequest(record=False))
        async with app:
            yield Bot(app, request, updates or Updates(), talk, db)


def no_errors(caplog: pytest.LogCaptureFixture) -> None:
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


# --- a button is matched by its value (issue 10, item 4) -------------------------------------


async def test_a_choice_whose_value_is_a_digit_saves_the_button_tapped(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", choice("pick", "3", "1"), text("after")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.tap(bot.button("1"))  # the button labelled (and valued) "1", listed second
        assert (await bot.answers())["pick"] == "1"
        await bot.say("/back")
        await bot.tap(bot.button("3"))
        assert (await bot.answers())["pick"] == "3"


async def test_typed_digits_name_the_option_labelled_so_where_none_is_numbered(
        tmp_path: Path) -> None:
    """Telegram shows a choice's options as buttons without numbers: "1" is the option
    labelled "1", never the first one (the nineteenth round; the terminal chat numbers its
    options, and there "1" is the first)."""
    flow = build_flow(tmp_path, section("s", choice("pick", "3", "1"), text("after")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.say("1")
        assert (await bot.answers())["pick"] == "1"


# Characters Python calls digits that are not numbers ("²", "³", "⁴", circled "①"): they
# once reached int() from a typed choice, /edit and a crafted button, and crashed the update.
NOT_NUMBERS = ("²", "³", "①", "12²")


@pytest.mark.parametrize("typed", NOT_NUMBERS)
async def test_digit_look_alikes_get_the_question_again_not_an_error(
        tmp_path: Path, typed: str, caplog: pytest.LogCaptureFixture) -> None:
    flow = build_flow(tmp_path, section("s", choice("pick", "3", "1"), text("after")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.say(typed)
        await bot.say(f"/edit {typed}")
        await bot.tap(bot.button("1").replace(":1", f":{typed}", 1))
        await bot.tap(f"a:x:{typed}:1")
        assert "pick" not in await bot.answers()
        await bot.say("1")  # and the question still takes an answer
        assert (await bot.answers())["pick"] == "1"
    no_errors(caplog)


@pytest.mark.parametrize("typed", NOT_NUMBERS)
def test_digit_look_alikes_in_the_allow_list_are_refused_with_the_setting_named(
        typed: str) -> None:
    with pytest.raises(ValueError, match="SOSBOT_ALLOWED_USERS"):
        Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                 SOSBOT_ALLOWED_USERS=f"4242,{typed}")


# --- a nudged list item is kept (issue 10, item 3) -------------------------------------------


@asynccontextmanager
async def at_a_checked_list(tmp_path: Path, step_id: str) -> AsyncIterator[Bot]:
    """The bot, asking a list question whose items the plain-language check reads."""
    flow = build_flow(tmp_path, section("s", list_step(step_id, checks=["plain_language"]),
                                        text("after")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        yield bot


async def test_done_while_a_list_item_waits_on_a_nudge_keeps_the_item(tmp_path: Path) -> None:
    async with at_a_checked_list(tmp_path, "worries") as bot:
        await bot.say("Dad shouted at her")
        await bot.say("Mum has DV concerns")
        assert "DV" in bot.texts()[-1]  # the nudge, holding the item back
        await bot.tap(bot.button("Done"))
        assert (await bot.answers())["worries"] == ["Dad shouted at her",
                                                    "Mum has DV concerns"]
        assert any("kept the answer you gave" in t for t in bot.texts())


async def test_the_next_item_typed_past_a_nudge_keeps_the_nudged_one(tmp_path: Path) -> None:
    # A busy practitioner does not read the nudge and types the list's next item: both stay.
    async with at_a_checked_list(tmp_path, "network") as bot:
        await bot.say("Nan: J can go to hers any time, she will ring the SW if mum is upset")
        assert "SW" in bot.texts()[-1]  # the nudge, holding the item back
        await bot.say("Uncle Steve - dad stays there when he is angry")
        assert any("kept the one before as you typed it" in t for t in bot.texts())
        await bot.tap(bot.button("Done"))
        assert (await bot.answers())["network"] == [
            "Nan: J can go to hers any time, she will ring the SW if mum is upset",
            "Uncle Steve - dad stays there when he is angry"]


async def test_the_nudged_item_written_again_takes_its_place(tmp_path: Path) -> None:
    async with at_a_checked_list(tmp_path, "network") as bot:
        await bot.say("Nan: J can go to hers any time, she will ring the SW if mum is upset")
        await bot.say("Nan: J can go to hers any time, she will ring the social worker if "
                      "mum is upset")
        await bot.tap(bot.button("Done"))
        assert (await bot.answers())["network"] == [
            "Nan: J can go to hers any time, she will ring the social worker if mum is upset"]


async def test_a_command_while_an_answer_waits_on_a_nudge_keeps_it(tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", text("first"), text("what", checks=["plain_language"]),
                                        text("after")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.say("One")
        await bot.say("Mum has DV concerns")
        await bot.say("/back")
        assert (await bot.answers())["what"] == "Mum has DV concerns"


@asynccontextmanager
async def at_a_nudged_answer(tmp_path: Path, db: Path | str | None = None
                             ) -> AsyncIterator[Bot]:
    """The bot, holding back "who is worried" over an abbreviation (in `db`: a SQLite file
    or a database URL; tmp_path/bot.db unless given)."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), text("after")))
    async with running({flow.id: flow}, db or tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.say("police, mum's sister, HV")
        assert "HV" in bot.texts()[-1]  # the nudge, holding the answer back
        yield bot


async def test_the_next_answer_typed_past_a_nudge_is_asked_about_and_can_go_on(
        tmp_path: Path) -> None:
    # A busy officer does not read the nudge and types the next question's answer: it used
    # to replace "who is worried". Now the bot asks, and nothing typed is lost.
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("T could be hit or hurt trying to protect mum")
        assert "or is it for the next question" in bot.texts()[-1]
        assert "who" not in await bot.answers()
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert answers["who"] == "police, mum's sister, HV"
        assert answers["could"] == "T could be hit or hurt trying to protect mum"
        assert any("taken your other line as the answer to" in t and "What could happen" in t
                   for t in bot.texts())


async def test_the_line_typed_past_a_nudge_can_be_the_new_answer(tmp_path: Path) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("Nan and the school nurse")
        assert 'wrote "Nan and the school nurse"' in said(bot)[-1]
        await bot.tap(bot.button("Use it instead"))
        answers = await bot.answers()
        assert answers["who"] == "Nan and the school nurse"
        assert "could" not in answers


async def test_a_command_before_saying_which_loses_neither_the_answer_nor_the_line(
        tmp_path: Path) -> None:
    # /back kept the answer the nudge held and left the line out; it is asked about first
    # now (tests/test_held_thirtyninth.py), and /keep still keeps the answer.
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("Nan and the school nurse")
        await bot.say("/back")
        assert await bot.answers() == {}
        assert "or is it for the next question" in said(bot)[-1]
        await bot.say("/keep")
        assert (await bot.answers())["who"] == "police, mum's sister, HV"


async def test_a_nudged_answer_written_again_still_takes_its_place_unasked(
        tmp_path: Path) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("police, mum's sister, the health visitor")
        assert (await bot.answers())["who"] == "police, mum's sister, the health visitor"
        assert "next question" not in bot.texts()[-1]


def said(bot: Any) -> list[str]:
    """What the chat shows, as read (the HTML's escapes undone)."""
    return [html.unescape(t) for t in bot.texts()]


@pytest.mark.parametrize("reply", ["ok", "y", "Yes!", "👍", "👍🏽", "fine", "OK"])
async def test_a_reply_that_only_agrees_with_a_nudge_keeps_the_answer(
        tmp_path: Path, reply: str) -> None:
    # A practitioner's walk: "ok" or a thumbs up to the reminder replaced the answer with
    # "ok", with not a word said. Agreeing keeps the answer, as /keep does, and moves on.
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(reply)
        assert (await bot.answers())["who"] == "police, mum's sister, HV"
        assert "kept the answer you gave" in " ".join(said(bot)[-3:])
        assert "Question could?" in said(bot)[-1]


# ("?" is said to the bot, and the reminder is shown again: tests/test_walks_thirtyseventh_b.py)
@pytest.mark.parametrize("reply", ["4", "2", "no", "🙁"])
async def test_a_reply_of_no_words_to_a_nudge_is_asked_about_not_taken_as_the_answer(
        tmp_path: Path, reply: str) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(reply)
        assert "or is it for the next question" in said(bot)[-1]
        assert f'wrote "{reply}"' in said(bot)[-1]
        assert "who" not in await bot.answers()
        await bot.tap(bot.button("Keep my first answer"))
        answers = await bot.answers()
        assert answers["who"] == "police, mum's sister, HV"
        assert "could" not in answers
        assert any(f'Your other line, "{reply}", was not saved' in t for t in said(bot))


async def test_keep_at_the_which_question_keeps_the_first_answer_not_the_second_line(
        tmp_path: Path) -> None:
    # /keep meant "use the second line" there, one message after it meant "keep my answer":
    # following the reminder's own words lost the answer. Using the second line is /replace.
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("T could be hit or hurt trying to protect mum")
        await bot.say("/keep")
        answers = await bot.answers()
        assert answers["who"] == "police, mum's sister, HV"
        assert "could" not in answers
        assert any('"T could be hit or hurt trying to protect mum", was not saved' in t
                   for t in said(bot))


async def test_a_line_typed_at_the_which_question_replaces_neither_answer(
        tmp_path: Path) -> None:
    # It used to replace the held answer, losing both lines; a "2" after it then replaced
    # that, and every later answer was one question out. Each is held after it, in order
    # (tests/test_leftovers_thirtyseventh.py), and goes on once the choice is made.
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("K told me daddy pushed mummy into the door at 9am in class")
        await bot.say("Nan and the school nurse")
        assert any('kept "Nan and the school nurse" too' in t for t in said(bot))
        assert "or is it for the next question" in said(bot)[-1]
        assert "K told me daddy pushed mummy" in said(bot)[-1]
        await bot.say("2")
        assert "who" not in await bot.answers()
        await bot.say("next")  # a choice said in words is taken
        answers = await bot.answers()
        assert answers["who"] == "police, mum's sister, HV"
        assert answers["could"] == "K told me daddy pushed mummy into the door at 9am in class"
        assert answers["after"] == "Nan and the school nurse"


async def test_skip_at_the_which_question_is_asked_about_before_the_line_is_left_out(
        tmp_path: Path) -> None:
    # /skip kept the first answer and left the line out ("Your other line ... was not
    # saved"); it is asked about first now, as with several lines waiting
    # (tests/test_held_thirtyninth.py), and /keep says which line it leaves out.
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say("HV - JP health visitor")
        await bot.say("/skip")
        assert await bot.answers() == {}
        assert said(bot)[-2].startswith("I haven't acted on /skip yet")
        await bot.say("/keep")
        assert (await bot.answers())["who"] == "police, mum's sister, HV"
        assert any('Your other line, "HV - JP health visitor", was not saved' in t
                   for t in said(bot))
        assert "Question could?" in said(bot)[-1]


# --- drafted wording is checked like typed wording (issue 12, item 2) ------------------------


async def test_accepting_drafted_wording_runs_the_same_checks_as_typing_it(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section("s", text("who"),
                                        text("goal", draft="goal", checks=["plain_language"])),
                      templates={"goal": "{{ a.who | clause }} will stop the DV."})
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        await bot.say("Dad")
        await bot.say("/use")
        assert "DV" in bot.texts()[-1]  # asked about, not taken as it is
        assert "goal" not in await bot.answers()
        await bot.tap(bot.button("Keep it as it is"))
        assert (await bot.answers())["goal"] == "Dad will stop the DV."


# --- an answer whose reply never arrived (issue 10, item 2) ----------------------------------


def reflection_like(tmp_path: Path) -> Flow:
    return build_flow(tmp_path, section("s", text("one"), text("two"), text("three")))


async def test_a_resend_after_a_failed_reply_is_not_taken_for_the_next_question(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    flow = reflection_like(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        bot.request.fail_next.add("sendMessage")  # the next question never reaches the phone
        with caplog.at_level(logging.ERROR):
            await bot.say("He hit her")
        assert "before you answer again" in bot.texts()[-1]  # the apology, not "send it again"
        await bot.say("He hit her")  # the user cannot know it was saved, so sends it again
        assert await bot.answers() == {"one": "He hit her"}
        assert "Your earlier answers are kept" in bot.texts()[-2]
        assert "two" in bot.texts()[-1] or "Question 2" in bot.texts()[-1]
        await bot.say("Nan helps")  # now the second question has been seen: taken normally
        assert await bot.answers() == {"one": "He hit her", "two": "Nan helps"}


async def test_a_restart_between_saving_and_replying_does_not_misfile_the_resend(
        tmp_path: Path) -> None:
    flow = reflection_like(tmp_path)
    updates = Updates()
    async with running({flow.id: flow}, tmp_path / "bot.db", updates) as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        # The process dies after the commit, before any reply: the conversation saved the
        # answer, and nothing was sent.
        await bot.conversation.handle(USER, Text("He hit her"), update_id=999)
    async with running({flow.id: flow}, tmp_path / "bot.db", updates) as again:
        await again.say("He hit her")
        assert await again.answers() == {"one": "He hit her"}
        assert "Your earlier answers are kept" in again.texts()[0]
        await again.say("Nan helps")
        assert await again.answers() == {"one": "He hit her", "two": "Nan helps"}


async def test_answers_typed_quickly_one_after_another_are_all_taken(tmp_path: Path) -> None:
    flow = reflection_like(tmp_path)
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        await bot.say(f"/new {flow.id}")
        await bot.say("TB-7")
        for words in ("A", "B", "C"):
            await bot.say(words)
        draft = await bot.conversation.active(USER)
        assert draft is not None
        assert draft.answers == {"one": "A", "two": "B", "three": "C"}


# --- strangers (issue 10, item 9) ------------------------------------------------------------


async def test_a_stranger_is_told_once_logged_once_and_nothing_is_stored(
        tmp_path: Path, flows: Mapping[str, Flow], caplog: pytest.LogCaptureFixture) -> None:
    async with running(flows, tmp_path / "bot.db") as bot:
        with caplog.at_level(logging.INFO):
            for n in range(100):
                if n % 10 == 9:
                    await bot.tap("n:reflection", STRANGER)
                else:
                    await bot.say(f"message {n}", STRANGER)
        told = [t for t in bot.texts() if str(STRANGER) in t]
        assert len(told) == 1
        refused = [r for r in caplog.records if "allow-list" in r.getMessage()]
        assert len(refused) == 1
        with closing(sqlite3.connect(bot.db)) as db:
            for table in ("drafts", "answers", "sessions", "handled_updates"):
                assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
        await bot.say("/start")  # someone on the list is not held back by it
        assert "Which tool" in bot.texts()[-1] or "Hello" in bot.texts()[-1]
        no_errors(caplog)
