"""The twenty-seventh round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real Application polling the local Bot
API server as `sosbot run` does, or the real command (`sosbot ...` as a child process) where
the attack is on the process itself."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from flows.nudges import nudger
from storage.teams import Standing, TeamStore
from tests.growth import ratio
from tests.processes import HANG_GUARD
from tests.telegram_world import COLLEAGUE, PRACTITIONER, STRANGER, World, bot_world, start_a_draft

# More updates than python-telegram-bot handles at once (256 with `concurrent_updates`).
FLOOD = 300


async def test_one_persons_flood_behind_a_slow_reply_does_not_hold_up_everyone_else(
        tmp_path: Path) -> None:
    """A stranger wrote once, and Telegram was slow to take the bot's one reply to them (a
    few seconds); meanwhile a script sent 300 more messages from the same account. Each
    waited for the first, in turn, as one person's updates do, but each waited holding one
    of the 256 places python-telegram-bot handles updates in: the practitioner's /start found
    every place taken, and was answered only after the stranger's slow reply went. Now one
    person's updates wait for their turn without taking a place from anyone else."""
    async with bot_world(tmp_path / "bot.db") as world:
        world.server.hang("sendMessage", seconds=4.0)  # the stranger's notice, taken late
        world.server.send_text(STRANGER, "hello?")
        await world.server.wait_for(lambda: world.server.calls_to("sendMessage"), HANG_GUARD)
        for n in range(FLOOD):
            world.server.send_text(STRANGER, f"spam {n}")
        await world.server.wait_for(lambda: world.server.pending_updates == 0, HANG_GUARD)
        world.server.send_command(PRACTITIONER, "start")
        await world.server.wait_for(lambda: world.texts(PRACTITIONER), HANG_GUARD)
        assert world.texts(STRANGER) == [], "the practitioner waited for the stranger's reply"
        await world.server.wait_for(lambda: world.texts(STRANGER), HANG_GUARD)
        await world.server.wait_idle(quiet=0.3)
        assert len(world.texts(STRANGER)) == 1


def sent_to(world: World, chat: int) -> int:
    """How many messages the bot has asked the Bot API to send to `chat` (refused included)."""
    return sum(str(params.get("chat_id")) == str(chat)
               for params in world.server.calls_to("sendMessage"))


async def test_telegram_holding_back_one_chat_does_not_hold_back_everyone_elses_replies(
        tmp_path: Path) -> None:
    """A practitioner tapped Summary over and over on a long mapping: Telegram, which takes
    about one message a second into one chat, told the bot to wait before sending to that
    chat again ("Too Many Requests: retry after N"). python-telegram-bot's rate limiter then
    held back every message to everyone for those seconds: a colleague's /start, sent
    meanwhile, was answered only after the first practitioner's wait. Now only the chat
    Telegram named waits; the message to it is still sent once, after the wait."""
    async with bot_world(tmp_path / "bot.db", no_errors=False) as world:
        world.server.fail("sendMessage", code=429, retry_after=5)  # the next one, to them
        world.server.send_command(PRACTITIONER, "start")
        await world.server.wait_for(lambda: world.server.errors, HANG_GUARD)
        world.server.send_command(COLLEAGUE, "start")
        await world.server.wait_for(lambda: world.texts(COLLEAGUE), HANG_GUARD)
        assert sent_to(world, PRACTITIONER) == 1, "the colleague waited out the other's wait"
        await world.server.wait_for(lambda: world.texts(PRACTITIONER), HANG_GUARD)
        await world.server.wait_idle(quiet=0.3)
        assert sent_to(world, PRACTITIONER) == 2  # the one Telegram refused, and its retry
        assert [e.status for e in world.server.errors] == [429]
        assert world.errors.records == []


NOT_SAVED = "I haven't saved"


async def test_two_messages_polled_together_are_taken_in_the_order_sent(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As `tests/test_update_order.py`, through polling, where the person's turn is now taken
    before python-telegram-bot's place: the first message's look-up before its turn is slow,
    and the second, polled in the same batch, still waits for it."""
    first, second = "Seen a bruise on her arm", "she said her dad did it"
    standing, slow = TeamStore.standing, [True]

    async def taking_a_while(self: TeamStore, user_id: int) -> Standing:
        if slow and slow.pop():  # the first look-up after the draft was started
            await asyncio.sleep(0.3)
        return await standing(self, user_id)

    async with bot_world(tmp_path / "bot.db") as world:
        await start_a_draft(world.server)
        await world.say("School or college")
        monkeypatch.setattr(TeamStore, "standing", taking_a_while)
        mark = len(world.texts())
        world.server.send_text(PRACTITIONER, first)
        world.server.send_text(PRACTITIONER, second)
        # The one taken second lands on the choice that follows, which does not save it. Its
        # reply is waited for, not a quiet spell: a first reply slower than the spell (the
        # wording checks compiled at first use, a loaded machine) left it for the review.
        await world.server.wait_for(
            lambda: any(NOT_SAVED in text for text in world.texts()[mark:]), HANG_GUARD)
        monkeypatch.undo()
        refused = next(text for text in world.texts()[mark:] if NOT_SAVED in text)
        assert refused.startswith(f'{NOT_SAVED} "{second}"'), "taken out of order"
        await world.server.wait_idle(quiet=0.3)
        before = len(world.texts())
        await world.say("/review")
        review = "\n".join(world.texts()[before:])
    assert first in review
    # (the line taken second is not saved: the review names it only as not in it yet)
    assert review.count(second) == 1
    assert f'yet: "{second}", which you sent at' in review


# An ordinary long answer: about forty sentences in 4,000 characters.
PROSE = ("Nan walks her to school most days and the teacher saw a bruise on her arm on Monday, "
         "which she said came from falling off her bike at the park near their flat. ") * 40


@pytest.mark.parametrize("kind", ["plain_language", "who_is_worried"])
@pytest.mark.parametrize("tiny", ["a." * 2000, "x\n" * 2000], ids=["dots", "lines"])
def test_an_answer_of_thousands_of_tiny_sentences_costs_the_checks_no_more_than_prose(
        kind: str, tiny: str) -> None:
    """The wording checks read an answer a sentence at a time. A partner who pasted 4,000
    characters of one-letter sentences ("a.a.a." or a letter a line) made them read 2,000
    sentences: about five times what an ordinary answer of that length costs, in the one
    thread every practitioner's replies wait on, so a burst of such messages froze the bot
    for everyone for seconds. Now no more sentences are read than any answer people write
    holds."""
    nudge = nudger()
    assert ratio(lambda: nudge(kind, PROSE[:4000]), lambda: nudge(kind, tiny), under=2) <= 2
