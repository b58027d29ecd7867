"""The nineteenth round: weaknesses earlier rounds named and left alone, each pinned by a
test that failed on the code as it was. Telegram updates go through the real Application
(the Bot API answered in memory, `tests.test_telegram_handlers`, or the local Bot API
server, `tests.telegram_world`); the database is a real SQLite file in tmp_path."""

from __future__ import annotations

import html
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.keys import require_key
from bot.session import CONFIRM_STANDS_S
from storage.store import Store
from tests.memory_botapi import BOT_USER
from tests.telegram_world import PRACTITIONER, World, bot_world
from tests.test_attacks_fourteenth import at_what_needs_to_happen, forwarded, reply
from tests.test_telegram_handlers import (
    USER,
    Bot,
    bot,
    counts,
    no_errors,
    start_reflection,
)

__all__ = ["bot"]  # the fixture
COLLEAGUE = {"id": 4343, "is_bot": False, "first_name": "Jo"}


async def answers_now(bot: Bot) -> dict[str, Any]:
    draft = await bot.conversation.active(USER)
    assert draft is not None
    return dict(draft.answers)


async def at_safe_today(bot: Bot) -> None:
    """A reflection at "Is the child safe to go home today?" (a yes-or-no question)."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("Seen a bruise on her arm on Monday")
    assert "safe to go home" in bot.texts()[-1]


# --- 1. a forwarded message is someone else's words ----------------------------------------


@pytest.mark.parametrize("command", ["/cancel", "/delete"])
async def test_a_forwarded_yes_confirms_no_erasure(
        bot: Bot, command: str, caplog: pytest.LogCaptureFixture) -> None:
    """/delete asked "Erase everything stored about you?"; a "Yes" forwarded from a colleague
    (their answer to something else entirely) erased every draft. A forwarded message is
    someone else's words: it confirms nothing, and the question is asked again."""
    await at_what_needs_to_happen(bot)
    await bot.say(command)
    before = await counts(bot)
    await bot.feed(forwarded(bot, "Yes", COLLEAGUE))
    after = await counts(bot)
    assert (after["drafts"], after["answers"]) == (before["drafts"], before["answers"]) == (1, 5)
    said, _asked = bot.texts()[-2:]
    assert "forwarded message" in said
    assert "nothing has been erased" in said
    assert bot.newest_buttons()  # the question again, with its Yes and No
    await bot.say("yes")  # typed by the practitioner: that one counts
    assert (await counts(bot))["drafts"] == 0
    no_errors(caplog)


async def test_a_forwarded_yes_is_not_saved_at_a_yes_or_no_question(bot: Bot) -> None:
    """At "Is the child safe to go home today?" a forwarded "Yes" was saved as "Yes, as far
    as I know": someone else's reply recorded as the practitioner's judgement."""
    await at_safe_today(bot)
    await bot.feed(forwarded(bot, "Yes", COLLEAGUE))
    assert "safe_today" not in await answers_now(bot)
    said, asked = bot.texts()[-2:]
    assert "forwarded message" in html.unescape(said)
    assert "safe to go home" in asked


async def test_a_forwarded_note_is_still_the_words_of_a_written_answer(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.feed(forwarded(bot, "Teacher saw a bruise on her arm on Monday", COLLEAGUE))
    assert (await answers_now(bot))["what_happened"] == "Teacher saw a bruise on her arm on Monday"


@pytest.mark.parametrize("text", ["/delete", "/cancel", "/skip", "skip"])
async def test_a_forwarded_command_is_not_run(bot: Bot, text: str) -> None:
    """A forwarded "/delete" ran /delete, and a forwarded "skip" (a colleague's word) skipped
    the question. A forwarded message is never a command."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    before = len(bot.texts())
    await bot.feed(forwarded(bot, text, COLLEAGUE))  # a command with its entity, as sent
    said = bot.texts()[before:]
    assert "forwarded message" in html.unescape(said[0])
    assert not any("Erase everything" in s or "Discard the draft" in s for s in said)
    assert "worries you" in said[-1]  # the question still asked
    assert "what_happened" not in await answers_now(bot)


async def test_a_forwarded_label_is_not_taken_as_the_case_label(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.feed(forwarded(bot, "KB-9", COLLEAGUE))
    assert await bot.conversation.drafts(USER) == []
    assert "forwarded message" in bot.texts()[-2]
    await bot.say("KB-9")
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-9"]


# --- 2. a confirmation reads yes and no as people type them ---------------------------------


@pytest.mark.parametrize("word", ["yeah", "yep", "ok do it", "Yes please", "sure"])
async def test_a_yes_in_everyday_words_confirms(bot: Bot, word: str) -> None:
    """/cancel asked "Discard the draft?"; "yeah" dropped the question and was saved as the
    answer to the question on the screen. A yes in everyday words is a yes."""
    await at_what_needs_to_happen(bot)
    await bot.say("/cancel")
    await bot.say(word)
    assert (await counts(bot))["drafts"] == 0
    assert "Discarded" in bot.texts()[-1]


@pytest.mark.parametrize("word", ["no thanks", "nope", "nah", "don't", "not now"])
async def test_a_no_in_everyday_words_declines_and_is_no_answer(bot: Bot, word: str) -> None:
    await at_what_needs_to_happen(bot)
    await bot.say("/cancel")
    await bot.say(word)
    assert (await counts(bot))["drafts"] == 1
    assert "needs_to_happen" not in await answers_now(bot)
    said, asked = bot.texts()[-2:]
    assert said == "Alright, nothing has been changed."
    assert "What needs to happen" in asked


@pytest.mark.parametrize("typed", ["maybe", "3", "Dad hit him with a belt"])
async def test_anything_else_while_are_you_sure_waits_asks_again_and_saves_nothing(
        bot: Bot, typed: str) -> None:
    """Anything but a yes or a no while "are you sure?" waits was saved as the answer to the
    question on the screen, the question dropped. Now it is asked again, and the line is
    said not to be saved; the yes to the question asked again still counts."""
    await at_what_needs_to_happen(bot)
    await bot.say("/delete")
    await bot.say(typed)
    assert "needs_to_happen" not in await answers_now(bot)
    said = html.unescape(bot.texts()[-2])
    assert f'"{typed}" isn\'t a yes or a no, so I haven\'t saved it' in said
    assert "Erase everything" in bot.texts()[-1]
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 0


# --- 3. a yes counts only for the prompt the person saw last --------------------------------


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db", no_errors=False) as the_world:
        yield the_world


async def drafts_in(world: World) -> int:
    db = world.settings.db
    async with await Store.open(db, sealer=require_key(world.settings, db)) as store:
        return len(await store.list_drafts(PRACTITIONER))


@pytest.mark.e2e
async def test_a_yes_to_a_prompt_that_never_arrived_erases_nothing(world: World) -> None:
    """/delete's "Erase everything stored about you?" never reached the phone (Telegram
    answered 502). The practitioner, seeing "Sorry", typed "yes" to the question they last
    saw; the bot took it for the erasure's yes and erased every draft."""
    await world.command("new", "reflection")
    await world.say("TB-7")
    await world.tap("School or college")
    world.server.fail("sendMessage")  # the prompt is lost
    await world.command("delete")
    assert not any("Erase everything" in t for t in world.texts())
    await world.say("yes")
    assert await drafts_in(world) == 1
    said, asked = world.texts()[-2:]
    assert "not sure the yes-or-no question reached you" in said
    assert "Erase everything" in asked
    await world.say("yes")  # to the prompt now seen
    assert await drafts_in(world) == 0


async def test_a_yes_after_a_note_that_came_after_the_prompt_erases_nothing(bot: Bot) -> None:
    """A photo sent while "are you sure?" waited was answered "I can only read text", and a
    "yes" typed after it (for whatever it was then meant) erased. The note is the newest
    message: the question is asked again below it, and only that one is answered."""
    await at_what_needs_to_happen(bot)
    await bot.say("/delete")
    old_buttons = bot.buttons()
    await bot.feed(bot.updates.message(USER, photo=[{"file_id": "p", "file_unique_id": "p",
                                                     "width": 1, "height": 1}]))
    assert "Erase everything" in bot.texts()[-1]  # asked again, below the note
    await bot.tap(old_buttons[0])  # the Yes of the prompt before the note
    assert (await counts(bot))["drafts"] == 1
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 0


def test_a_confirmation_stands_two_minutes() -> None:
    """Ten minutes was long enough for a "yes" meant for something else to erase."""
    assert CONFIRM_STANDS_S == 120


async def test_a_yes_three_minutes_later_erases_nothing(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    await at_what_needs_to_happen(bot)
    await bot.say("/delete")
    later = time.time() + 3 * 60
    monkeypatch.setattr("bot.session.time.time", lambda: later)
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 1
    assert "asked a while ago" in bot.texts()[-2]


# --- 4. a reply to an earlier question is not the case label --------------------------------


async def test_a_reply_to_an_earlier_question_is_not_the_new_drafts_label(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """/new asked for a case label; the practitioner replied (Telegram's Reply) to an earlier
    question of their open draft with its answer, "Nan collects her", which became the new
    draft's label. As at any question, a reply to an earlier message is that message's."""
    sent = await at_what_needs_to_happen(bot)
    await bot.say("/new harm_matrix")
    safe_today = next(s for s in sent if "safe to go home" in s.text)
    worry = next(s for s in sent if "worries you" in s.text)
    for earlier, text in ((safe_today, "Yes"), (worry, "Nan collects her")):
        await bot.feed(reply(bot, text, earlier))
        assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-12"]
        said, asked = bot.texts()[-2:]
        assert "reply to an earlier message" in said
        assert "case label" in said
        assert "case label" in asked
    prompt = bot.request.outbox(USER)[-1]
    await bot.feed(reply(bot, "HM-3", prompt))  # a reply to the label prompt is the label
    assert sorted(d.label for d in await bot.conversation.drafts(USER)) == ["HM-3", "KB-12"]
    no_errors(caplog)


async def test_a_label_typed_with_no_reply_is_still_the_label(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-1")
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-1"]
    assert BOT_USER["id"] != USER
