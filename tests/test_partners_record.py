"""A mapping's record, which a chair reads first, names the partners whose own part is in it:
beside "Who contributed" as the lead wrote it, not only under their service in the columns."""

from __future__ import annotations

from bot.exporting import exporter_for
from bot.teams.combined import SENT, WAITING
from tests.test_telegram_handlers import USER, Bot, bot, button
from tests.test_walk_thirtyfirst import PC, said_to, the_officer_opens_the_link
from tests.test_walk_twentyninth import shown

__all__ = ["bot"]  # the fixture

CREDIT = "Police, PC 4471, neighbourhood policing team"


async def the_officer_answers(bot: Bot) -> None:
    for said in ("PC 4471, neighbourhood policing team",
                 "a cut to his hand and mum said he had punched the kitchen door",
                 "mum rang us herself this time and took LM to her sister's that night",
                 "Dad to stay away from the flat while on bail; I will send the bail "
                 "conditions to the social worker by Fri 11 Dec",
                 "3/10 - dad on bail but has been seen outside the flat twice",
                 "daddy broke the door and i was scared"):
        await bot.say(said, user=PC)


async def test_the_record_names_the_partner_once_their_part_is_sent(bot: Bot) -> None:
    await the_officer_opens_the_link(bot)
    await bot.say("Mum (S), LM (9), class teacher")  # who contributed, as the lead saw it
    await the_officer_answers(bot)
    send = next(b["callback_data"] for b in bot.newest_buttons()
                if b["text"].startswith("Send"))

    await bot.say("/summary")
    before = shown(bot)[-1]
    assert SENT not in before  # answered, not sent: still one of those waiting
    assert WAITING in before

    await bot.tap(send, user=PC)
    assert "sent" in said_to(bot, PC)[-1].lower()
    await bot.say("/summary")
    record = shown(bot)[-1].split("What are we worried about?")[0]
    who, sent = record.index("Who contributed"), record.index(f"<i>{SENT}</i>: {CREDIT}")
    assert who < sent  # just after the lead's own list, in the record a chair reads first
    text = next(data.decode() for name, data in await exporter_for(bot.conversation)(USER)
                if name.endswith(".txt"))
    assert f"{SENT}:\n   a) {CREDIT}" in text.split("1. WHAT ARE WE WORRIED ABOUT?")[0]


async def test_a_mapping_with_no_partner_has_no_such_line(bot: Bot) -> None:
    await bot.say("/new mapping")
    await bot.say("LM-10")
    await bot.tap(button(bot, "a:"))
    await bot.say("/summary")
    assert SENT not in shown(bot)[-1]
