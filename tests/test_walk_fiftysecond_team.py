"""The fifty-second walk of the shared work (a team's invites, partners' parts, hand-overs,
an admin's Remove, several instances on one PostgreSQL), as the people who use it meet it on
their phones, through the real Application (tests/memory_botapi.py) on real SQLite files and,
where the engine matters, a throwaway PostgreSQL cluster. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pytest

from bot.teams.handlers import GONE
from bot.teams.invites import invite_colleague
from flows.flow import Flow
from storage.contributions import Contribution, ContributionStore
from storage.teams import Invite, Member, TeamStore
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join, team
from tests.test_instances_fortythird import two_instances
from tests.test_telegram_handlers import USER, Bot, button, running
from tests.test_walk_fiftyfirst import ADD
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    PC,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
)

__all__ = ["team"]  # the fixture


# --- an admin's Remove while a line waits to be added to the answer before ---------------------


async def sam_offered_a_line(bot: Bot) -> None:
    """Sam's reflection "KB-12" at "Is the child safe to go home today?", where the second
    half of his answer before landed and is offered to that answer (never saved)."""
    await bot.say("/new reflection", SAM)
    await bot.say("KB-12", SAM)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), SAM)
    await bot.say("Seen a bruise on her arm on Monday", SAM)
    await bot.say("left by dad's belt she said", SAM)
    assert labelled(bot, ADD)


async def removes_sam_handing_to_priya(bot: Bot) -> str:
    """The admin's Remove of Sam, his drafts handed to Priya first: what the admin is told."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    return read(bot, USER)


async def test_a_line_offered_to_the_answer_before_is_not_called_held_by_a_note(
        team: Bot) -> None:
    """Sam, leaving, had sent what worried him as two messages; the second reached "Is the
    child safe to go home today?" and was offered to his answer before, untapped. The admin
    removed him, his drafts handed to Priya first, and read that the answer Sam was giving
    "was held back by a note"; Priya read it "was waiting for their choice about a note on
    it". No note held anything: a line typed to add to his answer before was never saved.
    Both are told that now, and Priya that the answer before is as Sam last saved it."""
    bot = team
    await sam_offered_a_line(bot)
    done = await removes_sam_handing_to_priya(bot)
    assert done == ('Handed Sam\'s 1 draft to Priya. In "KB-12", a line Sam typed to add to '
                    "their answer before the question it is on was never saved, so it was not "
                    "passed on. Removed Sam: they can no longer use the bot.")
    told = read(bot, PRIYA)
    assert "note" not in told
    assert told.endswith('In "KB-12", a line Sam typed to add to their answer before the '
                         "question it is on was never saved, so it did not come with the "
                         "draft: that answer is as they last saved it.")
    [hers] = await bot.conversation.drafts(PRIYA)
    draft = await bot.conversation.load(PRIYA, hers.id)
    assert draft is not None
    assert draft.answers["what_happened"] == "Seen a bruise on her arm on Monday"
    assert draft.pending is None


# --- a hand-over, as the mapping's partners are told of it -------------------------------------


async def test_partners_are_told_the_new_leads_first_name_only(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Sam, going on leave, handed "FM-3" to Priya while the school's DSL was half way
    through her part, and before the police officer had opened his link. The DSL was asked
    "Send your contribution to Priya Sharma now?", and the officer welcomed with "Priya
    Sharma has asked you...": a social worker's surname, given to partners outside the team,
    who are told only the first name of the lead who made the link. They read "Priya" now."""
    async with running(tmp_path, flows) as bot:
        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER, uses=2)
        for user_id, name in ((SAM, "Sam Jones"), (PRIYA, "Priya Sharma")):
            await teams.join(made.invite.code_hash, user_id, name, time.time())
        await mapping(bot, "FM-3", SAM)
        school = await link(bot, "school", SAM)
        police = await link(bot, "police", SAM)
        await opens(bot, school, DSL)
        await answers(bot, DSL, DSL_PART[:3])
        await hands_over(bot, to=PRIYA, giver=SAM)
        await answers(bot, DSL, (*DSL_PART[3:], "send"))
        await opens(bot, police, PC)
        told = phone(bot, DSL) + phone(bot, PC)
        assert not [t for t in told if "Sharma" in t]
        assert read(bot, DSL).startswith("Sent to Priya, thank you.")
        assert phone(bot, PC)[0].startswith("Hello. Priya has asked you to add what you know")


# --- a double tap landing on two instances at once -----------------------------------------


@contextmanager
def both_read_the_member_first(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each of two presses reads the team's members (whom its button names) before either
    goes on: the two instances' reads both come before either's removal, as they may when
    the presses arrive together."""
    real = TeamStore.members
    arrived = 0
    both = asyncio.Event()

    async def members(self: TeamStore) -> list[Member]:
        nonlocal arrived
        listed = await real(self)
        arrived += 1
        if arrived >= 2:
            both.set()
        await asyncio.wait_for(both.wait(), 10)
        return listed

    monkeypatch.setattr(TeamStore, "members", members)
    yield
    monkeypatch.setattr(TeamStore, "members", real)


@pytest.fixture
async def two_bots(database: str, tmp_path: Path, flows: Mapping[str, Flow]
                   ) -> AsyncIterator[tuple[Bot, Bot]]:
    """Two instances on one database (SQLite, then PostgreSQL), Sam and Priya members."""
    async with two_instances(tmp_path, flows, database) as (one, two):
        await sam_and_priya_join(one)
        yield one, two


async def test_remove_tapped_twice_on_two_instances_does_not_say_nothing_changed(
        two_bots: tuple[Bot, Bot], monkeypatch: pytest.MonkeyPatch) -> None:
    """On a council's phone signal the admin tapped "Yes, remove" twice; behind the webhook
    each tap reached another instance. She read "Removed Priya: ..." and then "Alright,
    nothing has been changed.", as if the removal had been undone (one bot says "That person
    is no longer a member." to the second tap). Both instances now say what one would."""
    one, two = two_bots
    await one.say("/members")
    await one.tap(f"t:mr:{PRIYA}")
    yes = button(one, "t:my:")
    said = len(phone(one, USER))
    with both_read_the_member_first(monkeypatch):
        await asyncio.gather(one.feed(one.updates.button(USER, yes)),
                             two.feed(one.updates.button(USER, yes)))
    told = sorted(phone(one, USER)[said:])
    assert told == sorted([GONE, "Removed Priya: they can no longer use the bot, and their "
                                 "drafts are erased."])
    await one.say("/start", PRIYA)
    assert "no longer on this team" in read(one, PRIYA)


async def test_hand_over_and_remove_tapped_twice_on_two_instances_says_it_once(
        two_bots: tuple[Bot, Bot], monkeypatch: pytest.MonkeyPatch) -> None:
    """The same double tap on "Hand Sam's 1 draft to Priya, then remove Sam?": the admin read
    "Handed Sam's 0 drafts to Priya. Removed Sam ..." and "That person is no longer a member."
    (or "Alright, nothing has been changed."), and never that his draft went to Priya, who
    had it. She is told it went, once, and that Sam is removed."""
    one, two = two_bots
    await one.say("/new reflection", SAM)
    await one.say("KB-7", SAM)
    await one.say("/members")
    await one.tap(f"t:mr:{SAM}")
    await one.tap(button(one, "t:mh:"))
    await one.tap(button(one, f"t:mt:{PRIYA}:"))
    yes = button(one, "t:mk:")
    said = len(phone(one, USER))
    with both_read_the_member_first(monkeypatch):
        await asyncio.gather(one.feed(one.updates.button(USER, yes)),
                             two.feed(one.updates.button(USER, yes)))
    told = " ".join(phone(one, USER)[said:])
    assert told.count("Handed Sam's 1 draft to Priya.") == 1
    assert "0 drafts" not in told
    assert "nothing has been changed" not in told
    assert "Removed Sam: they can no longer use the bot." in told
    assert [d.label for d in await one.conversation.drafts(PRIYA)] == ["KB-7"]


@contextmanager
def both_see_no_part_under_way(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each of two openings of a link asks whether the partner is answering a part already
    before either goes on, as they may when the same update reaches two instances at once."""
    real = ContributionStore.answering
    arrived = 0
    both = asyncio.Event()

    async def answering(self: ContributionStore, partner_id: int) -> Contribution | None:
        nonlocal arrived
        found = await real(self, partner_id)
        arrived += 1
        if arrived >= 2:
            both.set()
        await asyncio.wait_for(both.wait(), 10)
        return found

    monkeypatch.setattr(ContributionStore, "answering", answering)
    yield
    monkeypatch.setattr(ContributionStore, "answering", real)


async def test_a_partners_link_sent_again_to_both_instances_at_once_opens_once(
        two_bots: tuple[Bot, Bot], monkeypatch: pytest.MonkeyPatch) -> None:
    """The school's DSL tapped the link to a social worker's mapping; the instance that took
    it was slow to answer, so Telegram sent the same update again, and the other instance
    took it at the same moment. She was welcomed and asked the first question, then told
    "You're already answering this contribution, so the link has nothing more to open" and
    asked it again. One update is answered once, by whichever instance opens the link."""
    one, two = two_bots
    await mapping(one, "FM-3")
    school = await link(one, "school")
    tapped = one.updates.text(DSL, f"/start {school}")
    with both_see_no_part_under_way(monkeypatch):
        await asyncio.gather(one.feed(tapped), two.feed(tapped))
    seen = phone(one, DSL)
    assert [t for t in seen if t.startswith("Hello.")] == [seen[0]]
    assert not [t for t in seen if "already answering" in t or "can't be used" in t]
    assert sum("Which kind of service are you answering for?" in t for t in seen) == 1


NEW_STARTER = 8101


async def test_a_colleagues_link_sent_again_to_both_instances_at_once_welcomes_once(
        two_bots: tuple[Bot, Bot], monkeypatch: pytest.MonkeyPatch) -> None:
    """The same with a team lead's invite to a new starter: she was welcomed as a member,
    then told "You're already a member, so you don't need a link". Welcomed once now, and
    the lead told once that she joined."""
    one, two = two_bots
    made = await invite_colleague(TeamStore(one.conversation.store), USER)
    real = TeamStore.open_invite
    arrived = 0
    both = asyncio.Event()

    async def open_invite(self: TeamStore, code_hash: str, now: float) -> Invite | None:
        nonlocal arrived
        found = await real(self, code_hash, now)
        arrived += 1
        if arrived >= 2:
            both.set()
        await asyncio.wait_for(both.wait(), 10)
        return found

    monkeypatch.setattr(TeamStore, "open_invite", open_invite)
    tapped = one.updates.text(NEW_STARTER, f"/start {made.code}")
    await asyncio.gather(one.feed(tapped), two.feed(tapped))
    monkeypatch.setattr(TeamStore, "open_invite", real)
    seen = phone(one, NEW_STARTER)
    assert len(seen) == 1
    assert seen[0].startswith("Welcome, ")
    assert sum("has just joined the team" in t for t in phone(one, USER)) == 1
