"""The thirty-third walk (b): the shared work as a council uses it. A social worker's safety
mapping for a family, with links for the school's designated safeguarding lead, a health
visitor and a police officer, each answering on their own phone, interrupted, correcting,
withdrawing; the same DSL asked by two social workers about two families; the lead's review
and the summary for the conference. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from tests.test_telegram_handlers import USER, Bot, button, running
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled

DSL, HV, PC = 5001, 5002, 5003
LEAD2 = 6001  # a second social worker, with a family of her own
DSL_PART = ("DSL", "FM came in hungry three days last week", "FM comes every day on time",
            "I will offer FM breakfast club from mon 7 dec", "5", "/skip", "/skip")


@pytest.fixture
async def team(tmp_path: Path, flows: Mapping[str, Flow]) -> AsyncIterator[Bot]:
    """The bot, with two social workers who may use it."""
    async with running(tmp_path, flows, allowed=(USER, LEAD2)) as the_bot:
        yield the_bot


async def mapping(bot: Bot, label: str, lead: int = USER) -> None:
    """The lead's safety mapping for a child protection conference."""
    for said in ("/new mapping", label):
        await bot.say(said, user=lead)
    await bot.tap(button(bot, "a:"), user=lead)
    for said in ("tues 15 dec 10am", "JS social worker"):
        await bot.say(said, user=lead)


async def link(bot: Bot, service: str, lead: int = USER) -> str:
    """The code of the lead's partner link for `service`, to the mapping open."""
    await bot.say("/invite", user=lead)
    await bot.tap("t:ip", user=lead)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(f":{service}")), user=lead)
    code = re.search(r"start=([A-Za-z0-9_-]+)", bot.texts()[-1])
    assert code is not None
    return code.group(1)


async def opens(bot: Bot, code: str, partner: int) -> None:
    """The partner opens the link and keeps the service it was made for."""
    await bot.say(f"/start {code}", user=partner)
    await bot.tap(labelled(bot, "Keep"), user=partner)


async def answers(bot: Bot, partner: int, said: tuple[str, ...]) -> None:
    for line in said:
        await bot.say(line, user=partner)


# --- the DSL asked about two families by two social workers ---------------------------------


async def the_dsl_on_two_families(bot: Bot) -> None:
    """The DSL has sent her part for FM-3 (USER's family) and is part way through KB-2
    (LEAD2's family)."""
    await mapping(bot, "FM-3")
    fm = await link(bot, "school")
    await mapping(bot, "KB-2", LEAD2)
    kb = await link(bot, "school", LEAD2)
    await opens(bot, fm, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    assert said_to(bot, DSL)[-1].startswith("Sent to")
    await opens(bot, kb, DSL)
    await answers(bot, DSL, ("DSL", "KB was sent home with a bruise on her cheek"))


async def test_withdrawing_one_familys_part_leaves_the_other_familys(team: Bot) -> None:
    """Part way through KB-2 the DSL saw it was the wrong child's link and sent /delete, to
    withdraw that one. She was asked "Withdraw your contribution ...?" and Yes withdrew both:
    what she had sent for FM-3 left that family's conference summary too, unasked. Now she is
    asked which, naming both families, and withdrawing KB-2 leaves FM-3's part where it was;
    only KB-2's social worker is told."""
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete", user=DSL)
    asked = said_to(bot, DSL)[-1]
    assert '"FM-3" for Practitioner (sent)' in asked
    assert '"KB-2" for Practitioner (not sent yet)' in asked
    told_before = len(said_to(bot, USER))
    await bot.tap(labelled(bot, 'Withdraw "KB-2" only'), user=DSL)
    assert said_to(bot, DSL)[-1].startswith('Withdrawn: your contribution to "KB-2" is erased')
    assert "has been withdrawn" in said_to(bot, LEAD2)[-1]
    assert len(said_to(bot, USER)) == told_before  # FM-3's lead: nothing withdrawn
    await bot.say("/summary")
    summary = said_to(bot, USER)[-1]
    assert "School, DSL" in summary
    assert "FM came in hungry three days last week" in summary
    await bot.say("/summary", user=LEAD2)
    assert "KB was sent home" not in said_to(bot, LEAD2)[-1]


async def test_withdrawing_all_of_them_withdraws_both(team: Bot) -> None:
    bot = team
    await the_dsl_on_two_families(bot)
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, "Withdraw all of them"), user=DSL)
    assert said_to(bot, DSL)[-1].startswith("Withdrawn: your answers and everything else")
    assert "has been withdrawn" in said_to(bot, USER)[-1]
    assert "has been withdrawn" in said_to(bot, LEAD2)[-1]
    await bot.say("/summary")
    assert "FM came in hungry" not in said_to(bot, USER)[-1]


async def test_a_partner_of_one_family_is_asked_as_before(team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "health"), HV)
    await answers(bot, HV, ("health visitor", "/delete"))
    assert said_to(bot, HV)[-1].startswith("Withdraw your contribution and erase everything")
    assert [b["text"] for b in bot.newest_buttons()] == ["Yes, withdraw it", "No"]
