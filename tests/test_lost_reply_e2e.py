"""End to end: the reply to an answer is lost on its way to the phone (Telegram answers 502),
and the practitioner, who cannot know the answer was saved, sends it again."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.keys import require_key
from flows.answers import Value
from storage.store import Store
from tests.telegram_world import NAV, PRACTITIONER, World, bot_world

pytestmark = pytest.mark.e2e
WORRY = "Seen a bruise on her arm"
NOT_SAVED = ("Your earlier answers are kept. I'm not sure you saw the question below, so I "
             "haven't saved the message you just sent: please send your answer to it.")


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    # Replies are lost on purpose here, so errors are expected; a test that cares counts them.
    async with bot_world(tmp_path / "bot.db", no_errors=False) as the_world:
        yield the_world


async def answers(world: World) -> dict[str, Value]:
    db = world.settings.db
    async with await Store.open(db, sealer=require_key(world.settings, db)) as store:
        (info,) = await store.list_drafts(PRACTITIONER)
        draft = await store.load_draft(PRACTITIONER, info.id)
    assert draft is not None
    return dict(draft.answers)


async def to_the_worry_question(world: World) -> None:
    await world.command("new", "reflection")
    await world.say("TB-7")
    await world.tap("School or college")
    assert "worries you" in str(world.last().text)


def first_option(world: World) -> str:
    """The first answer button of the newest question (whatever its tool asks next)."""
    return next(label for label in world.question_buttons() if label not in NAV)


async def test_a_resend_after_a_502_is_not_filed_under_the_next_question(world: World) -> None:
    await to_the_worry_question(world)
    world.server.fail("sendMessage")  # the next question never reaches the phone
    await world.say(WORRY)
    assert "before you answer again" in str(world.last().text)
    await world.say(WORRY)  # sent again, as anyone would
    assert NOT_SAVED in world.texts()[-2]  # true here too: the first one was kept
    assert await answers(world) == {"referrer_role": "school", "what_happened": WORRY}
    await world.tap(first_option(world))  # the question now on the screen, answered
    assert len(await answers(world)) == 3
    assert list((await answers(world)).values()).count(WORRY) == 1
    logged = [r.getMessage() for r in world.errors.records]
    assert len(logged) == 1  # the failed reply, logged once, without any text
    assert WORRY not in logged[0]


async def test_a_reply_telegram_delivered_but_the_bot_saw_fail_loses_nothing(
        world: World) -> None:
    await to_the_worry_question(world)
    world.server.fail("sendMessage", after=True)  # delivered, but the answer came back 502
    await world.say(WORRY)
    option = first_option(world)
    await world.say(option)  # typing the answer to the question on the screen
    assert await answers(world) == {"referrer_role": "school", "what_happened": WORRY}
    told = world.texts()[-2]  # then the question again, to answer once more
    assert told == NOT_SAVED  # not "✓ Your last answer was saved": this one was not
    await world.say(option)  # not taken blind, but taken once the bot has re-asked
    assert len(await answers(world)) == 3
