"""The thirty-sixth pass's third review: case hand-over as three helpers' branches left it,
merged by hand (a partner's Send and a hand-over side by side, an admin's Remove handing a
leaver's drafts on). Each test of a defect failed on the code as it was, through the real
Application on real SQLite files, or the store on a throwaway PostgreSQL."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any

import pytest

from bot.config import load_settings
from bot.teams.conversation import HandOver, TeamConversation
from storage.contract import Session
from storage.crypto import AesGcmSealer
from storage.retention import DAY, due_reminders, mark_reminded
from storage.sql import SqlStore
from tests.postgres_server import PgCluster
from tests.store_data import CANARY, a_draft
from tests.test_attacks_thirtysixth_b import two_instances
from tests.test_handover_thirtysixth import GIVER, PRIYA, SAM, TAKER, team
from tests.test_telegram_handlers import Bot, button, texts_to
from tests.test_walk_thirtythird_b import mapping, read

__all__ = ["team"]  # the fixture


# --- an admin's Remove handing a leaver's drafts on, the colleague removed part-way ----------


async def test_a_colleague_removed_part_way_through_a_leavers_drafts_stops_the_removal(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """An admin removing Sam chose "Hand their drafts to a colleague first" and Priya; his
    first case reached her, and then Priya was removed (by another admin). The hand-over
    stopped there, as it should, but the admin was told "Handed Sam's 1 draft to Priya.
    Removed Sam", Sam's other case, never handed, was erased with him, and Priya, no longer
    a member, was sent the family's case label. Now nobody is removed, Priya is sent nothing,
    the rest stay Sam's, and the admin is told so."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await mapping(bot, "FM-3", SAM)

    original = TeamConversation.hand_over
    calls = [0]

    async def priya_removed_after_the_first(self: TeamConversation, giver: int,
                                            draft_id: str, taker: int, **kw: Any
                                            ) -> tuple[HandOver, str | None]:
        calls[0] += 1
        if calls[0] == 2:  # the first reached her: she is removed before the second moves
            assert await self.contributions.teams.remove_member(PRIYA, now=time.time())
        return await original(self, giver, draft_id, taker, **kw)

    monkeypatch.setattr(TeamConversation, "hand_over", priya_removed_after_the_first)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    priya_heard = len(texts_to(bot, PRIYA))
    await bot.tap(button(bot, "t:mk:"))

    assert calls[0] == 2
    told = read(bot)
    assert "Removed Sam" not in told
    assert told.startswith("Priya is no longer a member, so the hand-over stopped and nobody "
                           "was removed"), told
    assert len(texts_to(bot, PRIYA)) == priya_heard  # not a member: no case label sent her
    left = await bot.conversation.drafts(SAM, status=None)
    assert len(left) == 1  # the one not handed, still his
    assert f'Sam still has "{left[0].label}": send /members again' in told
    await bot.say("/start", SAM)
    assert "no longer on this team" not in read(bot, SAM)


# --- a hand-over holding the mapping's parts as a partner sends (two instances) ------------


async def test_a_part_sent_as_another_instance_hands_the_mapping_over_waits_for_it(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """Two instances on one PostgreSQL: Sam's hand-over of KB-7 has taken the mapping's
    parts and not yet committed when the school presses Send on the other. The Send waits
    for the hand-over, then reads the lead it leaves: the part is sealed for Priya, and it
    is Priya who is told (tests/test_attacks_thirtysixth_b.py has the Send first)."""
    async with two_instances(pg_cluster, sealer) as both:
        took_parts = asyncio.Event()
        # the parts held: the other instance sends now
        both.pause(both.one, "UPDATE contributions SET updated_at = updated_at", took_parts,
                   after=True)
        handing = asyncio.create_task(both.one.hand_over(GIVER, "kb7", TAKER))
        await asyncio.wait_for(took_parts.wait(), 10)
        sending = both.send()
        await asyncio.sleep(0.5)
        assert not sending.done()  # waits for the hand-over
        both.go_on.set()
        assert await handing
        assert await sending == TAKER
        assert await both.part_sent() == f"{CANARY} school"


# --- a retention reminder read before the hand-over, marked after it ------------------------


async def test_a_reminder_of_the_givers_does_not_count_as_the_new_owners(
        engine_store: SqlStore, tmp_path: Path) -> None:
    """The daily reminders had read Sam's KB-7 as due ("erased tomorrow") when Sam handed it
    to Priya; its reminder was then recorded on the draft, now Priya's, and dated after the
    hand-over: Priya was never reminded of it, and retention erased her case unannounced.
    A reminder is recorded only on a draft still the one reminded's."""
    settings = load_settings(SOSBOT_DB=str(tmp_path / "r.db"), SOSBOT_DRAFT_DAYS="30",
                             SOSBOT_DONE_DAYS="14")
    draft = a_draft(GIVER, "kb7", "KB-7")
    await engine_store.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
    due = await due_reminders(engine_store, settings, time.time() + 29.5 * DAY)
    assert [(r.user_id, r.draft_id) for r in due] == [(GIVER, "kb7")]
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)
    await mark_reminded(engine_store, due, time.time())  # Sam's reminder, sent meanwhile

    later = await due_reminders(engine_store, settings, time.time() + 29.5 * DAY)
    assert [(r.user_id, r.draft_id, r.label) for r in later] == [(TAKER, "kb7", "KB-7")]
