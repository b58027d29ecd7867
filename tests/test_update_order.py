"""One person's messages are handled in the order they sent them, whatever each one's checks
before its turn take: the bot reads the database for who may write (a team's members, a
partner's standing) and, with PostgreSQL, for the rate of their messages, before the turn
that saves the answer. Each of those reads can be slow for one message and quick for the
next."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from storage.teams import Standing, TeamStore
from tests.test_telegram_handlers import USER, Bot, running


def slow_for(text: str, monkeypatch: pytest.MonkeyPatch, bot: Bot) -> None:
    """The database read of the writer's standing in the team, made before the gate, takes
    a while for the update carrying `text` (a connection from the pool that was busy, say)."""
    standing = TeamStore.standing
    slow: set[int] = set()

    async def taking_a_while(self: TeamStore, user_id: int) -> Standing:
        if slow:
            slow.clear()
            await asyncio.sleep(0.3)
        return await standing(self, user_id)

    original_feed = bot.feed

    async def feed(update: dict[str, object]) -> None:
        message = update.get("message")
        if isinstance(message, dict) and message.get("text") == text:
            slow.add(1)
        await original_feed(update)

    monkeypatch.setattr(TeamStore, "standing", taking_a_while)
    monkeypatch.setattr(bot, "feed", feed)


async def answers(bot: Bot) -> dict[str, object]:
    (info,) = await bot.conversation.store.list_drafts(USER)
    draft = await bot.conversation.store.load_draft(USER, info.id)
    assert draft is not None
    return dict(draft.answers)


async def test_two_messages_sent_together_are_taken_in_the_order_sent(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """A social worker typed what worried her in two messages, quickly: "Seen a bruise on
    her arm", then "she said her dad did it". The first one's check before its turn was
    slow, so the second overtook it: it was saved as what worried her, and the first, which
    then reached the next question, was turned down or taken as its answer. The first is
    the answer now, and the second is handled after it."""
    async with running(tmp_path, flows) as bot:
        await bot.say("/new reflection")
        await bot.say("KB-12")
        await bot.say("School or college")
        first, second = "Seen a bruise on her arm", "she said her dad did it"
        slow_for(first, monkeypatch, bot)
        await asyncio.gather(bot.feed(bot.updates.text(USER, first)),
                             bot.feed(bot.updates.text(USER, second)))
        saved = await answers(bot)
    assert saved["what_happened"] == first
    assert first not in [value for step, value in saved.items() if step != "what_happened"]


async def test_a_button_pressed_while_a_message_waits_its_check_comes_after_it(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer typed, then straight away /back tapped from the menu: the answer's slow
    check let /back go first, so /back went back from the question before it, and the
    answer landed there."""
    async with running(tmp_path, flows) as bot:
        await bot.say("/new reflection")
        await bot.say("KB-12")
        await bot.say("School or college")
        first = "Seen a bruise on her arm"
        slow_for(first, monkeypatch, bot)
        await asyncio.gather(bot.feed(bot.updates.text(USER, first)),
                             bot.feed(bot.updates.text(USER, "/back")))
        saved = await answers(bot)
    assert saved.get("what_happened") == first

