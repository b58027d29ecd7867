"""Attacks on case hand-over (/handover, and an admin's Remove handing a leaver's drafts
first), through the real Application with tests/memory_botapi.py on real SQLite files, and
through the store on both engines: what each person is told, what is saved, and what can
still be opened, when the hand-over meets a partner sending, an old link or a stale button."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest

from bot.teams.codes import code_hash
from bot.teams.handover import NOT_OPEN
from bot.teams.invites import invite_colleague, invite_partner
from bot.teams.partners import Partners
from bot.teams.texts import LED_BEFORE
from storage import open_store
from storage.contract import Session
from storage.contributions import ContributionStore
from storage.crypto import AesGcmSealer
from storage.sql import SqlStore
from storage.teams import Invite, TeamStore
from tests.postgres_server import PgCluster
from tests.store_data import CANARY, a_draft
from tests.test_handover_thirtysixth import (  # noqa: F401
    GIVER,
    PARTNER,
    PRIYA,
    SAM,
    TAKER,
    hands_over,
    sams_mapping_with_the_schools_part,
    team,
)
from tests.test_telegram_handlers import USER, Bot, button, texts_to
from tests.test_walk_thirtyfirst import said_to
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
)

ALEX = 7003  # a third social worker, member of the team


async def test_a_part_sent_as_sam_hands_the_mapping_over_reaches_priya_sealed_for_her(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """The school's DSL pressed Send on her part of KB-7 the moment Sam handed KB-7 to
    Priya: her part was sealed for Sam, who no longer led the mapping, and Sam was told it
    had come. Priya's /summary of the mapping could not open it, and nobody told her. The
    part now goes to whoever leads the mapping when it is saved."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, DSL_PART)

    original: Callable[[TeamStore, str], Awaitable[Invite | None]] = TeamStore.invite
    armed = [True]

    async def read_then_handed_over(self: TeamStore, hashed: str) -> Invite | None:
        sending = sys._getframe(1).f_code is Partners.send.__code__
        found = await original(self, hashed)
        if armed[0] and sending:
            armed[0] = False  # the partner's send has read its lead: Sam hands it over now
            assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
        return found

    monkeypatch.setattr(TeamStore, "invite", read_then_handed_over)
    sam_saw = len(texts_to(bot, SAM))
    await bot.say("send", DSL)
    assert not armed[0]
    assert said_to(bot, DSL)[-1].startswith("Sent to Priya, thank you.")
    assert not any("has sent a contribution" in t for t in phone(bot, SAM)[sam_saw:])
    assert any('has sent a contribution to your mapping "KB-7"' in t for t in phone(bot, PRIYA))
    await bot.say("/resume KB-7", PRIYA)
    await bot.say("/summary", PRIYA)
    assert "FM came in hungry" in " ".join(phone(bot, PRIYA)[-4:])


async def test_a_part_read_before_a_hand_over_is_sealed_for_the_new_lead(
        engine_store: SqlStore) -> None:
    """The same through the store, on both engines: the partner's invite read (lead: the
    giver), the mapping handed over, then the part sent with that invite."""
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    draft = a_draft(GIVER, "kb7", "KB-7")
    await engine_store.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
    made = await invite_partner(teams, GIVER, "kb7", agency="School", label="KB-7",
                                lead_name="Jo")
    invite = await contributions.claim(code_hash(made.code), PARTNER, time.time())
    assert invite is not None
    assert invite.created_by == GIVER
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)

    assert await contributions.send(invite, {"flow": "contribution",
                                             "answers": {"worries": f"{CANARY} school"}}) \
        == TAKER
    (_, part), = await contributions.for_draft("kb7")
    assert part is not None
    assert part.body is not None
    assert part.body["answers"]["worries"] == f"{CANARY} school"


async def test_a_link_sam_made_is_not_his_to_open_once_the_mapping_is_handed_over(
        team: Bot) -> None:  # noqa: F811
    """Sam had made the school's link for KB-7 and emailed it to the DSL. Removed by the
    admin, his drafts handed to Priya, he tapped the link in his chat: he was let in as
    the school ("Which kind of service are you answering for?"), a way back into the case
    for someone who could "no longer use the bot", and the link the DSL needed was spent.
    The same for Priya once she had handed it on herself: "That is the link for a partner
    to your own mapping" no longer stopped her. Neither is let in, and the link still works
    for the partner."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    school = await link(bot, "school", SAM)
    police = await link(bot, "police", SAM)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    assert read(bot).endswith("Removed Sam: they can no longer use the bot.")

    await bot.say(f"/start {school}", SAM)
    assert read(bot, SAM).startswith("You're no longer on this team")
    assert not [d for d in bot.buttons() if d.startswith("a:")]
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    assert said_to(bot, DSL)[-1].startswith("Sent to")
    assert any('has sent a contribution to your mapping "KB-7"' in t for t in phone(bot, PRIYA))

    # Priya hands it on to a colleague in turn: neither she nor Sam may open its links
    await bot.say("/resume KB-7", PRIYA)
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, ALEX, "Alex", time.time())
    assert (await hands_over(bot, to=ALEX, giver=PRIYA)).startswith('Handed "KB-7" to Alex')
    await bot.say(f"/start {police}", PRIYA)
    assert read(bot, PRIYA) == LED_BEFORE.format(label="KB-7")
    await bot.say(f"/start {police}", ALEX)
    assert read(bot, ALEX).startswith("That is the link for a partner to your own mapping")


async def test_a_partner_answering_as_sam_hands_over_is_told_whom_it_goes_to(
        team: Bot) -> None:  # noqa: F811
    """The health visitor was half-way through her part of KB-7 when Sam, moving team,
    handed it to Priya. She was offered "Send it to Sam", and told "Sent to Sam, thank
    you" of a part that went to Priya: she was told wrong whom her information about the
    child went to. She is not told of the hand-over, but is told the truth from there on:
    the lead she sends it to is Priya."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "health", SAM), HV)
    await answers(bot, HV, ("health visitor",))
    heard = len(texts_to(bot, HV))
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
    assert len(texts_to(bot, HV)) == heard  # not told of the hand-over itself
    await answers(bot, HV, ("worried about sleep", "mum attends clinic", "weekly visits", "6",
                            "/skip", "/skip"))
    offer = said_to(bot, HV)[-1]
    assert offer.startswith("That's every question. Send your contribution to Priya now?")
    assert "Practitioner" not in offer  # Sam's first name, as his link named him
    await bot.say("send", HV)
    assert said_to(bot, HV)[-1].startswith("Sent to Priya, thank you.")
    await bot.say("/delete", HV)
    assert "Practitioner" not in " ".join(said_to(bot, HV)[heard:])


async def test_sams_yes_tapped_again_after_priya_handed_it_back_hands_nothing(
        team: Bot) -> None:  # noqa: F811
    """Sam handed KB-7 to Priya, who, finding it was not hers to take, handed it straight
    back. Sam's "Yes, hand it over", tapped again (a double tap that arrived late, or the
    old message scrolled to), handed it to Priya a second time, without Sam being asked
    and with Priya told again "Sam handed you "KB-7"". That Yes was answered: it now hands
    nothing, and KB-7 stays Sam's."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    yes = button(bot, "t:hy:")
    await bot.tap(yes, SAM)
    assert read(bot, SAM).startswith('Handed "KB-7" to Priya')
    await bot.say("/resume KB-7", PRIYA)
    assert (await hands_over(bot, to=SAM, giver=PRIYA)).startswith('Handed "KB-7" to Sam')
    assert read(bot, SAM) == 'Priya handed you "KB-7" (Safety mapping): /resume KB-7'
    priya_heard = len(texts_to(bot, PRIYA))

    await bot.tap(yes, SAM)
    assert read(bot, SAM) == NOT_OPEN.format(label="KB-7")
    assert len(texts_to(bot, PRIYA)) == priya_heard
    assert [d.label for d in await bot.conversation.drafts(SAM)] == ["KB-7"]
    assert await bot.conversation.drafts(PRIYA) == []


async def test_a_colleague_removed_as_sam_taps_yes_is_not_handed_the_case(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """Sam tapped "Yes, hand it over" to Priya as the admin removed Priya: KB-7 went to
    someone who could no longer use the bot, kept for nobody until retention took it; Sam
    was told "Handed "KB-7" to Priya" and lost the case, and Priya, removed, was sent the
    family's case label. Whether the colleague is still a member is now read in the
    hand-over's own transaction: nothing moves, and Sam is told she is no longer a member."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)

    original = ContributionStore.partners_of
    armed = [True]

    async def removed_meanwhile(self: ContributionStore, lead: int,
                                draft_id: str | None = None) -> list[tuple[int, Invite]]:
        if armed[0] and lead == SAM:
            armed[0] = False  # Sam's Yes has found Priya a member: the admin removes her now
            await bot.say("/members")
            await bot.tap(f"t:mr:{PRIYA}")
            await bot.tap(button(bot, "t:my:"))
            assert read(bot).startswith("Removed Priya")
        return await original(self, lead, draft_id)

    monkeypatch.setattr(ContributionStore, "partners_of", removed_meanwhile)
    priya_heard = len(texts_to(bot, PRIYA))
    await bot.tap(button(bot, "t:hy:"), SAM)
    assert not armed[0]
    assert read(bot, SAM) == ("That colleague is no longer a member, so nothing was handed "
                              "over. Send /handover again to choose someone else.")
    assert len(texts_to(bot, PRIYA)) == priya_heard
    assert [d.label for d in await bot.conversation.drafts(SAM)] == ["KB-7"]
    assert await bot.conversation.drafts(PRIYA) == []


@dataclass
class TwoInstances:
    """Two instances on one PostgreSQL (`one` leads KB-7, "kb7"), and the school's link to
    it claimed through `two`, its part not yet sent."""

    one: SqlStore
    two: SqlStore
    contributions: ContributionStore
    invite: Invite
    go_on: asyncio.Event = field(default_factory=asyncio.Event)

    def pause(self, store: SqlStore, starting: str, reached: asyncio.Event, *,
              after: bool = False) -> None:
        """Hold `store`'s next statements starting `starting` (before it runs, or `after`)
        until `go_on`, saying so with `reached`."""
        opened = store._transaction
        go_on = self.go_on

        @asynccontextmanager
        async def paused(doing: str = "save", **kw: Any) -> AsyncIterator[Any]:
            async with opened(doing, **kw) as tx:
                run = tx.run

                async def pausing(sql: str, params: Sequence[Any] = ()) -> int:
                    if not after and sql.startswith(starting):
                        reached.set()
                        await go_on.wait()
                    done = await run(sql, params)
                    if after and sql.startswith(starting):
                        reached.set()
                        await go_on.wait()
                    return done

                tx.run = pausing
                yield tx

        store._transaction = paused  # type: ignore[method-assign]

    def send(self) -> asyncio.Task[int | None]:
        return asyncio.create_task(self.contributions.send(self.invite, {
            "flow": "contribution", "answers": {"worries": f"{CANARY} school"}}))

    async def part_sent(self) -> str:
        """The school's worries as the lead opens them."""
        (_, part), = await ContributionStore(TeamStore(self.one)).for_draft("kb7")
        assert part is not None
        assert part.body is not None
        return str(part.body["answers"]["worries"])


@asynccontextmanager
async def two_instances(pg_cluster: PgCluster, sealer: AesGcmSealer
                        ) -> AsyncIterator[TwoInstances]:
    url = pg_cluster.new_database()
    one = await open_store(url, sealer=sealer)
    two = await open_store(url, sealer=sealer)
    go_on = asyncio.Event()
    try:
        draft = a_draft(GIVER, "kb7", "KB-7")
        await one.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
        made = await invite_partner(TeamStore(one), GIVER, "kb7", agency="School",
                                    label="KB-7", lead_name="Jo")
        contributions = ContributionStore(TeamStore(two))
        invite = await contributions.claim(code_hash(made.code), PARTNER, time.time())
        assert invite is not None
        yield TwoInstances(one, two, contributions, invite, go_on)
    finally:
        go_on.set()  # a statement held back is let through, failed or not, before closing
        await asyncio.sleep(0.1)
        await one.close()
        await two.close()


async def test_a_part_saved_as_another_instance_hands_the_mapping_over(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """Two instances sharing one PostgreSQL: the partner's Send is saving her part on one
    (the lead read) as Sam's hand-over runs on the other. The hand-over waits for the part
    and seals it again for Priya with the rest, rather than leaving it sealed for Sam."""
    async with two_instances(pg_cluster, sealer) as both:
        read_lead = asyncio.Event()
        # the lead read, its part's row held: the other instance hands over now
        both.pause(both.two, "UPDATE contributions SET body", read_lead)
        sending = both.send()
        await asyncio.wait_for(read_lead.wait(), 10)
        handing = asyncio.create_task(both.one.hand_over(GIVER, "kb7", TAKER))
        await asyncio.sleep(0.5)
        assert not handing.done()  # waits for the part being saved
        both.go_on.set()
        assert await sending == GIVER
        assert await handing
        assert await both.part_sent() == f"{CANARY} school"


async def test_a_case_handed_to_priya_as_she_is_removed_is_not_erased_unasked(
        team: Bot) -> None:  # noqa: F811
    """Priya, leaving, had no drafts when the admin was asked "Remove Priya? ... every
    draft of theirs is erased", so no "Hand their drafts to a colleague first" was offered.
    A minute later Sam, not knowing, handed her KB-7; the admin's Yes erased it, with what
    its partners had sent, though Sam had been told it was Priya's now. A Yes asked when
    the member had fewer drafts removes nobody: the question is asked again, with the
    hand-over offered."""
    bot = team
    await sams_mapping_with_the_schools_part(bot)
    await bot.say("/members")
    await bot.tap(f"t:mr:{PRIYA}")
    assert read(bot).startswith("Remove Priya?")
    assert not [d for d in bot.buttons() if d.startswith("t:mh:")]
    yes = button(bot, "t:my:")
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')

    await bot.tap(yes)
    asked = read(bot)
    assert asked.startswith("Priya has 1 draft now (none when you were asked), so nobody has "
                            "been removed. Remove Priya?")
    assert [d for d in bot.buttons() if d.startswith("t:mh:")]
    assert [d.label for d in await bot.conversation.drafts(PRIYA)] == ["KB-7"]
    await bot.say("/start", PRIYA)
    assert "no longer on this team" not in read(bot, PRIYA)
