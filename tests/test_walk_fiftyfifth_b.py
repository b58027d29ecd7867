"""The fifty-fifth walk (b): the team side and the long life of a draft, as practitioners and
partners meet them on their phones, through the real Application (tests/memory_botapi.py) on
real SQLite files. Each test of a defect failed on the code as it was; the others guard what
the fixes must leave alone."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from tests.test_telegram_handlers import USER, Bot, running
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import PC, answers, link, mapping, opens, phone, read

RESTARTED = 100_000  # Telegram's update ids go on rising across the bot's restart

POLICE_PART = ("neighbourhood officer", "Police were called to shouting at the flat on 2 Nov",
               "Nan visits every day after school", "I will refer to the MASH by Fri 11 Dec",
               "3", "/skip", "/skip")


async def the_officer_answers_everything(bot: Bot) -> str:
    """The social worker's mapping FM-3 and its Police link, every question of which the
    officer has answered, the offer to send not taken yet: the link's code."""
    await mapping(bot, "FM-3")
    police = await link(bot, "police")
    await opens(bot, police, PC)
    await answers(bot, PC, POLICE_PART)
    assert read(bot, PC).startswith("That's every question. Send your contribution")
    return police


async def sends_and_the_lead_has_it(bot: Bot) -> None:
    await bot.tap(labelled(bot, "Send it to Practitioner"), user=PC)
    assert read(bot, PC).startswith("Sent to Practitioner, thank you.")
    assert "has sent a contribution to your mapping \"FM-3\"" in read(bot, USER)


# --- a partner back at the offer to send -------------------------------------------------------


async def test_a_partner_back_after_a_restart_at_the_offer_to_send_can_send(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """The police officer answered every question on his phone, then was called out before
    tapping Send. Next morning (the bot restarted overnight) he opened the chat and sent
    /start: "Welcome back. Here is the question we're on", and his answers with a Review
    button, no Send and no word that nothing had gone. He took it as sent; the social worker
    went to conference without it. He is told it has not been sent, and offered Send."""
    async with running(tmp_path, flows) as bot:
        await the_officer_answers_everything(bot)
    async with running(tmp_path, flows) as bot:
        bot.updates.next_id = RESTARTED
        await bot.say("/start", user=PC)
        back = phone(bot, PC)
        assert back[0] == ("Welcome back. Your answers are all saved, but they haven't been "
                           "sent: Practitioner has nothing of them until you send them.")
        assert "question we're on" not in back[0]
        assert back[-1].startswith("That's every question. Send your contribution to "
                                   "Practitioner now?")
        await sends_and_the_lead_has_it(bot)


async def test_a_partner_opening_the_link_again_at_the_offer_to_send_can_send(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Opened again from the email it came in, at the same point, the link said "The
    question we're on is below" over his answers, with no Send. It says they are not sent,
    and offers Send."""
    async with running(tmp_path, flows) as bot:
        police = await the_officer_answers_everything(bot)
        await bot.say(f"/start {police}", user=PC)
        again = phone(bot, PC)[-2:]
        assert again[0] == ("You've answered every question of this link already, but your "
                            "answers haven't been sent, so Practitioner doesn't have them yet.")
        assert again[1].startswith("That's every question. Send your contribution")
        await sends_and_the_lead_has_it(bot)


async def test_a_yes_typed_under_the_offer_made_again_sends_it(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """"yes" typed under the offer /start made again is taken as the Send it answers."""
    async with running(tmp_path, flows) as bot:
        await the_officer_answers_everything(bot)
        await bot.say("/start", user=PC)
        await bot.say("yes send it", user=PC)
        assert read(bot, PC).startswith("Sent to Practitioner, thank you.")


@pytest.mark.parametrize("coming_back", ["/start", "link"])
async def test_a_partner_back_part_way_is_shown_the_question_as_before(
        tmp_path: Path, flows: Mapping[str, Flow], coming_back: str) -> None:
    """Part way through, /start or the link opened again shows the question under way, as
    before: the offer to send is only made once every question is answered."""
    async with running(tmp_path, flows) as bot:
        await mapping(bot, "FM-3")
        police = await link(bot, "police")
        await opens(bot, police, PC)
        await answers(bot, PC, POLICE_PART[:2])
        await bot.say("/start" if coming_back == "/start" else f"/start {police}", user=PC)
        shown = phone(bot, PC)
        assert "question we're on" in shown[-2]
        assert "What is going well for this child" in shown[-1]
        assert not [t for t in shown if "Send your contribution" in t]
