"""The forty-third walk of the shared work (partners' links, hand-overs, two roles in one
chat), as the people who use it meet it on their phones, through the real Application
(tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as it
was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    HV,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
    team,
)

__all__ = ["team"]  # the fixture

BOT_LINK = "https://t.me/sosbot_test_bot?start="


# --- a link pasted as a message, not tapped -------------------------------------------------


async def test_a_link_pasted_mid_part_does_not_replace_an_answer(team: Bot) -> None:
    """The DSL began the school's part at her desk, and next morning, on her phone, copied
    the link from the social worker's email and pasted it into the chat rather than tapping
    it. The link was saved as her answer to "What have you seen or heard yourself that
    worries you", over "FM came in hungry three days last week", and the next question came:
    the social worker would have read a web address as the school's worries. It is read as
    the link now, as a tap on it is."""
    bot = team
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART[:2], "/back"))
    await bot.say(f"{BOT_LINK}{school}", user=DSL)
    shown = phone(bot, DSL)[-2:]
    assert shown[0].startswith("You're already answering this contribution")
    assert "What have you seen or heard yourself that worries you" in shown[1]
    assert "Current answer: FM came in hungry three days last week" in shown[1]
    await bot.tap(labelled(bot, "Keep"), user=DSL)
    await answers(bot, DSL, (*DSL_PART[2:], "send"))
    await bot.say("/summary FM-3")
    summary = phone(bot)[-1]
    assert "FM came in hungry three days last week" in summary
    assert "t.me" not in summary


async def test_a_link_pasted_by_the_partner_it_was_sent_to_opens_it(team: Bot) -> None:
    """The health visitor found the bot by its name and pasted the link from the email into
    the chat. She was told the bot is only for practitioners on its list, as if the link were
    nothing, and gave up. The pasted link opens her part, as the link tapped does."""
    bot = team
    await mapping(bot, "FM-3")
    health = await link(bot, "health")
    await bot.say(f"{BOT_LINK}{health}", user=HV)
    assert "Practitioner has asked you to add what you know" in phone(bot, HV)[0]
    assert "Which kind of service are you answering for?" in read(bot, HV)


async def test_a_lead_pasting_her_own_link_does_not_file_it_as_an_answer(team: Bot) -> None:
    """The social worker pasted the school's link into the chat to see what the DSL would
    get. It was saved as her answer to "Who has contributed to this picture?", so the
    summary she exported for conference carried a working link to the family's mapping. It
    is read as the link now, as a tap on it is."""
    bot = team
    await mapping(bot, "FM-3")
    school = await link(bot, "school")
    await bot.say(f"{BOT_LINK}{school}")
    assert read(bot).startswith("That is the link for a partner to your own mapping")
    await bot.say("/summary FM-3")
    assert school not in read(bot)


async def test_a_link_to_another_bot_is_still_an_answer(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await bot.say("https://t.me/another_bot?start=" + "A" * 32)
    assert "Who has contributed to this picture?" not in read(bot)
