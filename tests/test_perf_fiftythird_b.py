"""The fifty-third pass's cuts to the work around an update (perf53b) change nothing a
practitioner sees.

Each test holds both halves, through the real bot, its real store and the shipped flows:
what the cut work was for still happens, and the work cut stays cut, counted.
"""

from __future__ import annotations

import random
import re
import types
from pathlib import Path

import pytest
from telegram import Update
from telegram.ext import CallbackQueryHandler, MessageHandler, TypeHandler, filters

from bot import message_kinds, sending
from bot.handlers import SORRY, UNSAVED, HandedInAgain
from bot.sending import NO_PREVIEW
from bot.teams.handlers import TeamButtons
from flows import held_lines, moves
from tests.test_perf_thirtyseventh_b import counted
from tests.test_telegram_handlers import STRANGER, Bot, bot, counts
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["bot"]  # the fixture

MESSAGE = filters.UpdateType.MESSAGE
WRITTEN = ("Mum will walk T to school each morning, and the class teacher has seen this every "
           "day for six weeks.")


# --- the handlers every update goes through first: one group of python-telegram-bot's ---------

async def test_the_first_handlers_run_in_one_group_and_still_stop_a_stranger(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A stranger is still refused and nothing of theirs stored, a practitioner's answer
    still answered; and the handlers every update goes through first (handed in late, its
    topic, well formed, links and partners, the gate) are one handler of one group, asked
    once an update, where each had a group of its own: five asked and called an update."""
    await mapping(bot, "KB-7")
    asked: list[str] = []
    counted(monkeypatch, asked, (TypeHandler, "check_update"))
    await bot.say(WRITTEN)
    assert "Whose views are not in here yet" in read(bot)
    assert asked == ["check_update"] * 2  # the first handlers, then the teams' `after`: 6 before
    asked.clear()
    before = await counts(bot)
    await bot.say("my answer", user=STRANGER)
    assert str(STRANGER) in bot.texts()[-1]  # the gate's refusal
    assert await counts(bot) == before
    assert asked == ["check_update"]  # stopped at the gate: not on to the teams' `after`


class Broken(HandedInAgain):
    """Polling's list of updates to hand in again, failing when asked about an update."""

    def passed(self, update: Update) -> bool:
        raise RuntimeError("the list failed")


async def test_a_fault_in_the_first_handler_is_reported_and_the_update_goes_on(
        bot: Bot) -> None:
    """The first of the handlers every update goes through (is it one handed in late?)
    failing is reported, as python-telegram-bot reports a handler's fault (the practitioner
    is told something went wrong), and the update goes on to be answered, as it did when
    that handler had a group of its own: only the gate and the checks beside it stop an
    update when they fail."""
    await mapping(bot, "KB-7")
    bot.app.bot_data[UNSAVED] = Broken()
    before = len(bot.texts())
    await bot.say(WRITTEN)
    said = bot.texts()[before:]
    assert said[0] == SORRY
    assert "Whose views are not in here yet" in said[-1]


# --- each kind of new message asked in one call ------------------------------------------------

def made_updates(bot_api: Bot) -> list[Update]:
    """Updates of every shape the kinds tell apart: new, edited, posted, pressed; text or
    none, empty or not, through a bot or forwarded or neither, opening with a command or
    holding one further on, or another entity first."""
    chat = {"id": 5, "type": "private"}
    person = {"id": 5, "is_bot": False, "first_name": "A"}
    other_bot = {"id": 9, "is_bot": True, "first_name": "B", "username": "b_bot"}
    origin = {"type": "user", "date": 1, "sender_user": person}
    entities: list[list[dict[str, object]] | None] = [
        None, [], [{"type": "bot_command", "offset": 0, "length": 4}],
        [{"type": "bot_command", "offset": 3, "length": 4}],
        [{"type": "bold", "offset": 0, "length": 2}, {"type": "bot_command", "offset": 0,
                                                       "length": 4}]]
    made: list[Update] = []
    number = 0
    for where in ("message", "edited_message", "channel_post"):
        for text in (None, "", "/new", "Mum walks T to school"):
            for via in (None, other_bot):
                for forwarded in (None, origin):
                    for entity in entities:
                        number += 1
                        message: dict[str, object] = {"message_id": number, "date": 1,
                                                      "chat": chat, "from": person}
                        for key, value in (("text", text), ("via_bot", via),
                                           ("forward_origin", forwarded),
                                           ("entities", entity)):
                            if value is not None:
                                message[key] = value
                        if where == "edited_message":
                            message["edit_date"] = 2
                        made.append(Update.de_json({"update_id": number, where: message},
                                                   bot_api.app.bot))
    for data in (None, "", "t:ip", "a:x", "xt:", "t"):
        number += 1
        query: dict[str, object] = {"id": str(number), "from": person, "chat_instance": "c"}
        if data is not None:
            query["data"] = data
        made.append(Update.de_json({"update_id": number, "callback_query": query},
                                   bot_api.app.bot))
    return made


async def test_each_kind_of_new_message_is_told_apart_as_the_librarys_filters_tell_it(
        bot: Bot) -> None:
    """A message through another bot, a forwarded one, a command and text are each handed
    to their handler exactly as python-telegram-bot's filters (`filters.UpdateType.MESSAGE &
    ...`) hand them, over updates of every shape; and a team button exactly as the library's
    `CallbackQueryHandler` with its pattern matches it."""
    old = {message_kinds.VIA_BOT_TEXT: MESSAGE & filters.VIA_BOT & filters.TEXT,
           message_kinds.FORWARDED_TEXT: MESSAGE & filters.FORWARDED & filters.TEXT,
           message_kinds.COMMAND: MESSAGE & filters.COMMAND,
           message_kinds.TEXT: MESSAGE & filters.TEXT}
    updates = made_updates(bot)
    for kind, library in old.items():
        ours, theirs = MessageHandler(kind, noop), MessageHandler(library, noop)
        assert [ours.check_update(u) for u in updates] \
            == [theirs.check_update(u) for u in updates], kind.name
        assert any(ours.check_update(u) for u in updates)
    team = next(h for h in bot.app.handlers[0] if isinstance(h, TeamButtons))
    library_team = CallbackQueryHandler(noop, pattern=r"^t:")
    for update in updates:
        expected = library_team.check_update(update)
        if update.callback_query is not None and not update.callback_query.data:
            expected = False  # left to the conversation's handler, as before
        got = team.check_update(update)
        assert (got is None, bool(got)) == (expected is None, bool(expected))
        if isinstance(expected, re.Match):
            assert isinstance(got, re.Match)
            assert got.group(0) == expected.group(0)


async def noop(update: object, context: object) -> None:
    """A handler's callback, never called."""


async def test_a_typed_answer_is_handed_to_text_without_the_librarys_merged_filters(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A typed answer still reaches the answer's handler, a forwarded text is still read as
    someone else's words; and asking which kind a typed answer is goes through none of
    python-telegram-bot's merged filters (six before: through a bot and text, forwarded and
    text, a command, text)."""
    await mapping(bot, "KB-7")
    asked: list[str] = []
    counted(monkeypatch, asked, (filters._MergedFilter, "filter"))
    await bot.say(WRITTEN)
    assert "Whose views are not in here yet" in read(bot)
    assert asked == []


# --- a short reply read bare through one table, not two patterns -------------------------------

LANGUAGE = Path(__file__).parent / "language"


def old_bare(text: str) -> str:
    """`flows.moves._bare` as it was."""
    text = re.sub(r"[\U0001F3FB-\U0001F3FF\uFE0F\u200d]", "", text.lower())
    text = re.sub(r"[.,!?'’\"]", "", text)
    return " ".join(text.split())


def old_marks_out(typed: str) -> str:
    """`flows.held_lines.marks_out` as it was."""
    return " ".join(re.sub(r"[.,!?'’]", "", typed.lower()).split())


def test_a_reply_read_bare_is_what_it_was_over_held_lines_and_made_ones() -> None:
    """A short reply read as its words alone ("OK!" as "ok", "👍🏽" as "👍"), and a line
    typed while another is held read without its marks, are what they were, over every
    line of the language corpora and 20,000 made strings of letters, marks, spaces, skin
    tones, joiners and their neighbours in Unicode."""
    lines = [line for path in sorted(LANGUAGE.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(lines) > 5_000
    pieces = [*"aZİıſK .,!?;:'’\"“”-\t\n\u00a0\u2009\u200c\u200d\u200e\ufe0e\ufe0f",
              *map(chr, range(0x1F3F9, 0x1F402)), "👍", "👩‍👧", "OK", "Thanks", "yes", "NO"]
    made = random.Random(53)
    lines += ["".join(made.choice(pieces) for _ in range(made.randint(0, 14)))
              for _ in range(20_000)]
    assert [moves._bare(line) for line in lines] == [old_bare(line) for line in lines]
    assert [held_lines.marks_out(line) for line in lines] \
        == [old_marks_out(line) for line in lines]
    assert moves._bare("OK!") == "ok"
    assert moves._bare(" 👍🏽\ufe0f ") == "👍"


async def test_a_typed_answer_is_read_bare_without_a_pattern(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """"OK!" typed at a question is still not taken as its answer; and a typed answer,
    read bare to see whether it is such a reply, goes through no `re.sub` (two a reading
    before, each looking in `re`'s cache for its pattern, and one more with "OK!" held)."""
    await mapping(bot, "KB-7")
    await bot.say("OK!")
    assert read(bot).startswith(
        '"OK!" on its own doesn\'t answer "Who contributed", so I haven\'t saved it yet.')
    asked: list[str] = []
    counted(monkeypatch, asked, (re, "sub"))
    await bot.say(WRITTEN)
    monkeypatch.undo()  # (the phone's view below reads the reply with patterns of its own)
    assert asked == []
    assert "Whose views are not in here yet" in read(bot)


# --- whether a call's parameters are plain JSON, asked without a generator ---------------------

def old_is_plain(data: dict[str, object]) -> bool:
    """`bot.sending._is_plain` as it was."""
    return all(type(value) is int or type(value) is dict or (type(value) is str and value)
               for value in data.values())


def test_a_calls_parameters_are_told_plain_as_before_without_a_generator() -> None:
    """Whether a Bot API call's parameters go straight to the request (whole numbers, dicts,
    text not empty) is told as before over every mix of kinds of value; and it is asked
    with a loop, where a generator was resumed once a value at every call."""
    values: list[object] = [0, 5, -1, True, False, None, "", "x", "<b>hi</b>", {}, {"a": 1},
                            [], [1], (), 1.5, b"x", NO_PREVIEW, Named("x")]
    made = random.Random(53)
    for _ in range(5_000):
        data = {f"k{n}": made.choice(values) for n in range(made.randint(0, 6))}
        assert sending._is_plain(data) is old_is_plain(data), data
    assert sending._is_plain({"chat_id": 5, "text": "hi", "parse_mode": "HTML",
                              "link_preview_options": NO_PREVIEW})
    assert not any(isinstance(const, types.CodeType)
                   for const in sending._is_plain.__code__.co_consts)  # no generator inside


class Named(str):
    """Text of a subclass of `str`: not plain (`type(value) is str`), as before."""
