"""Handing a case over (/handover): a social worker moving team or going on leave passes the
draft open now to the colleague taking the case. Through the store contract on SQLite and
PostgreSQL (every value sealed again under the new owner, in one transaction, nothing
stored unsealed), and through the real Application with tests/memory_botapi.py on real
SQLite files: the colleague picker, the confirmation, what each side is told, the
partners' parts that follow the mapping, and what was held for the giver."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague, invite_partner
from flows.draft import Pending
from flows.flow import Flow
from storage.contract import Session
from storage.contributions import ContributionStore
from storage.crypto import AesGcmSealer
from storage.sealing import where
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.store_data import CANARY, a_draft
from tests.test_store_contract import every_row
from tests.test_telegram_handlers import (
    USER,
    Bot,
    age_drafts_of,
    button,
    retention_job,
    running,
    texts_to,
)
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

GIVER, TAKER, PARTNER = 4242, 7001, 5001  # the store's tests


# --- the store contract, on both engines -------------------------------------------------


async def a_mapping_with_a_part(store: SqlStore) -> tuple[ContributionStore, str]:
    """GIVER's mapping "KB-7" (three answers, one held back by a reminder), with a School
    partner's part sent: the invite's code hash."""
    draft = a_draft(GIVER, "kb7", "KB-7")
    draft.answers = {"worries": f"{CANARY} worries", "good": ["school", "nan"], "score": 4}
    draft.history = list(draft.answers)
    draft.pending = Pending("next", "privacy", f"{CANARY} held")
    await store.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
    teams = TeamStore(store)
    contributions = ContributionStore(teams)
    made = await invite_partner(teams, GIVER, "kb7", agency="School", label="KB-7",
                                lead_name="Jo")
    code = code_hash(made.code)
    invite = await contributions.claim(code, PARTNER, time.time())
    assert invite is not None
    assert await contributions.send(invite, {"flow": "contribution",
                                             "answers": {"worries": f"{CANARY} school"}})
    return contributions, code


async def sams_mapping_with_the_schools_part(bot: Bot) -> None:
    """Sam's safety mapping "KB-7", and the school's DSL, through a link, sending their part."""
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))


async def test_a_handed_over_draft_is_the_takers_sealed_for_them_alone(
        engine_store: SqlStore, database: str, sealer: AesGcmSealer) -> None:
    contributions, code = await a_mapping_with_a_part(engine_store)
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)

    assert await engine_store.load_draft(GIVER, "kb7") is None
    assert await engine_store.list_drafts(GIVER) == []
    moved = await engine_store.load_draft(TAKER, "kb7")
    assert moved is not None
    assert (moved.label, moved.answers["worries"], moved.answers["good"]) == \
        ("KB-7", f"{CANARY} worries", ["school", "nan"])
    assert moved.pending is not None
    assert moved.history == ["worries", "good", "score"]
    assert [d.answered for d in await engine_store.list_drafts(TAKER)] == [3]
    # the partner's part and its invite, opened for the new lead
    (invite, part), = await contributions.for_draft("kb7")
    assert invite.created_by == TAKER
    assert invite.about is not None
    assert part is not None
    assert part.body is not None
    assert part.body["answers"]["worries"] == f"{CANARY} school"
    assert [p for p, _ in await contributions.partners_of(TAKER, "kb7")] == [PARTNER]
    assert await contributions.partners_of(GIVER) == []

    rows = await every_row(database)
    assert CANARY not in json.dumps(rows, default=str)  # nothing stored unsealed
    assert [(r["user_id"], r["draft_id"]) for r in rows["user_keys"]] == [(TAKER, "kb7")]
    # sealed for the taker: a value opened under the giver's name fails (bound to its owner)
    (about,) = [r["about"] for r in rows["invites"] if r["code_hash"] == code]
    with pytest.raises(Exception, match="integrity"):
        sealer.open(bytes(about), where(GIVER, "kb7", f"invite:{code}"))
    assert sealer.open(bytes(about), where(TAKER, "kb7", f"invite:{code}"))


async def test_a_hand_over_is_one_transaction_and_only_of_ones_own_draft(
        engine_store: SqlStore) -> None:
    await a_mapping_with_a_part(engine_store)

    async def moved_then_failed() -> None:
        async with engine_store.turn(GIVER):
            assert await engine_store.hand_over(GIVER, "kb7", TAKER)
            raise RuntimeError("the turn failed after the move")

    with pytest.raises(RuntimeError):
        await moved_then_failed()
    assert await engine_store.load_draft(TAKER, "kb7") is None
    kept = await engine_store.load_draft(GIVER, "kb7")
    assert kept is not None
    assert kept.answers["worries"] == f"{CANARY} worries"

    assert not await engine_store.hand_over(TAKER, "kb7", GIVER)  # not theirs
    assert not await engine_store.hand_over(GIVER, "kb7", GIVER)  # to themselves
    assert not await engine_store.hand_over(GIVER, "nothing", TAKER)
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)
    assert not await engine_store.hand_over(GIVER, "kb7", TAKER)  # a second tap: gone
    back = await engine_store.load_draft(TAKER, "kb7")
    assert back is not None
    assert back.answers["score"] == 4


# --- through the real Application ------------------------------------------------------------

SAM, PRIYA = 7001, 7002  # two social workers, members of the team; USER is an admin by settings


@pytest.fixture
async def team(tmp_path: Path, flows: Mapping[str, Flow]) -> AsyncIterator[Bot]:
    """The bot, with Sam and Priya members of the team."""
    async with running(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        yield bot


async def sam_and_priya_join(bot: Bot) -> None:
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER, uses=2)
    for user_id, name in ((SAM, "Sam"), (PRIYA, "Priya")):
        await teams.join(made.invite.code_hash, user_id, name, time.time())


async def hands_over(bot: Bot, to: int = PRIYA, giver: int = SAM) -> str:
    """The giver sends /handover, chooses `to` and taps Yes: what they are told."""
    await bot.say("/handover", giver)
    await bot.tap(button(bot, f"t:ho:{to}:"), giver)
    await bot.tap(button(bot, "t:hy:"), giver)
    return read(bot, giver)


async def test_sam_hands_his_mapping_to_priya_with_its_partners_parts(team: Bot) -> None:
    """Sam, moving team two days before conference, had KB-7 with the school's part sent and
    the health visitor's under way. There was no way to pass it on: Priya would have begun
    again, and Remove would have erased it. Now /handover passes it, partners and all."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    school, health = await link(bot, "school", SAM), await link(bot, "health", SAM)
    await opens(bot, school, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await opens(bot, health, HV)
    await answers(bot, HV, ("health visitor",))
    partners_saw = {p: len(texts_to(bot, p)) for p in (DSL, HV)}

    await bot.say("/handover", SAM)
    offered = read(bot, SAM)
    assert offered.startswith('Whom should I hand "KB-7" (Safety mapping) to?')
    assert "Your team's admins (the people who invite and remove colleagues) aren't" in offered
    assert [d.split(":")[2] for d in bot.buttons()] == [str(PRIYA)]  # not Sam, not USER
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    answered = len((await bot.conversation.load(SAM, bot.buttons()[0].split(":")[3])
                    or pytest.fail("not Sam's")).answers)
    assert read(bot, SAM) == (f'Hand "KB-7" (Safety mapping, {answered} answers) to Priya? '
                              "You will no longer see it.")
    await bot.tap(button(bot, "t:hy:"), SAM)
    assert read(bot, SAM).startswith('Handed "KB-7" to Priya: it is theirs now')
    assert "a part still to come will reach Priya" in read(bot, SAM)
    assert read(bot, PRIYA) == 'Sam handed you "KB-7" (Safety mapping): /resume KB-7'

    await bot.say("/review", SAM)
    assert read(bot, SAM).startswith("You have no draft open. None is saved either")
    assert await bot.conversation.drafts(SAM, status=None) == []
    await bot.say("/resume KB-7", PRIYA)
    await bot.say("/summary", PRIYA)
    assert "FM came in hungry" in " ".join(phone(bot, PRIYA)[-4:])
    await bot.say("/review", PRIYA)
    assert any("FM came in hungry" in t for t in phone(bot, PRIYA)[-6:])

    before = len(texts_to(bot, SAM))
    await answers(bot, HV, ("worried about sleep", "mum attends clinic", "weekly visits", "6",
                            "/skip", "/skip", "send"))
    assert said_to(bot, HV)[-1].startswith("Sent to")
    assert len(texts_to(bot, SAM)) == before  # Sam is told nothing more of it
    assert read(bot, PRIYA).startswith(
        'Health visitor has sent a contribution to your mapping "KB-7"')
    assert len(texts_to(bot, DSL)) == partners_saw[DSL]  # the partners are told nothing new
    # not told of the hand-over; the lead named from then on is the one the part goes to
    # (tests/test_attacks_thirtysixth_b.py)
    assert not any("handed" in t or "Sam" in t for t in said_to(bot, HV))


async def test_what_was_held_for_sam_stays_his_and_acts_on_nothing_of_priyas(
        team: Bot) -> None:
    """Sam had been asked "Discard KB-7?" and reminded it would be erased tomorrow when he
    handed it over. His late "yes" must not erase Priya's case, nor the retention his
    reminder warned of take it from her unannounced; an answer of his held back by a note
    is not passed to her to settle."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    age_drafts_of(bot.db, SAM, 29.5)
    await retention_job(bot).callback(None)
    assert read(bot, SAM).startswith('A reminder: your draft "KB-7"')
    await bot.say("/cancel", SAM)
    cancel = button(bot, "y:cancel:")
    assert read(bot, SAM).startswith("Discard")
    age_drafts_of(bot.db, SAM, 30.5)  # a day on: the retention it warned of is due
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
    await bot.say("yes", SAM)  # nothing discarded: the case is Priya's (and said to be)
    assert read(bot, SAM).startswith("I haven't saved that: you handed the draft you were on")
    await bot.tap(cancel, SAM)
    assert bot.toasts()[-1] == "That button is from an earlier question, so nothing was changed."
    kept = await bot.conversation.drafts(PRIYA)
    assert [d.label for d in kept] == ["KB-7"]
    await retention_job(bot).callback(None)
    assert [d.label for d in await bot.conversation.drafts(PRIYA)] == ["KB-7"]
    age_drafts_of(bot.db, PRIYA, 29.5)
    await retention_job(bot).callback(None)
    assert read(bot, PRIYA).startswith('A reminder: your draft "KB-7"')  # hers, in time
    assert not [t for t in phone(bot, SAM) if t.startswith("A reminder")][1:]


async def test_an_answer_held_back_by_a_note_is_settled_before_the_case_moves(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("Mum, dad, John Smith (07700 900123), school DSL", SAM)
    """Sam's last line named someone in full with a phone number, and was held while he
    chose whether to keep it. Handed over then, it would be Priya's to settle, words she
    never wrote: the hand-over waits, nothing moved and nothing lost, until he has."""
    assert read(bot, SAM).startswith("Parts of this could identify someone")
    await bot.say("/handover", SAM)  # said at once (tests/test_walks_thirtyseventh_b.py)
    said = read(bot, SAM)
    assert said == ('An answer of yours in "KB-7" is waiting for your choice about my note '
                    "on it, so nothing was handed over: answer that first, then send "
                    "/handover again.")
    assert await bot.conversation.drafts(PRIYA) == []
    assert not [t for t in phone(bot, PRIYA) if "KB-7" in t]
    draft = await bot.conversation.active(SAM)
    assert draft is not None
    assert draft.pending is not None
    assert draft.pending.value.startswith("Mum, dad, John Smith")


async def test_a_label_priya_already_uses_is_kept_apart_and_both_are_told(team: Bot) -> None:
    """Priya already had a Safety mapping called "KB-7" (another child of the family, say)
    when Sam handed his over: neither is merged into the other nor overwritten, and both
    are told."""
    bot = team
    await mapping(bot, "KB-7", PRIYA)
    await bot.say("Priya's own network answer", PRIYA)
    await mapping(bot, "kb 7", SAM)
    said = await hands_over(bot)
    assert said.endswith(' Priya already had a Safety mapping called "KB-7": both are kept, '
                         "nothing merged.")
    assert read(bot, PRIYA) == (
        'Sam handed you "kb 7" (Safety mapping): /resume kb 7\nYou already had a Safety '
        'mapping called "KB-7": both are kept as they were, nothing merged; /resume kb 7 '
        "offers both to choose from.")
    hers = await bot.conversation.drafts(PRIYA)
    assert sorted(d.label for d in hers) == ["KB-7", "kb 7"]
    own = next(d for d in hers if d.label == "KB-7")
    loaded = await bot.conversation.load(PRIYA, own.id)
    assert loaded is not None
    assert "Priya's own network answer" in loaded.answers.values()
    await bot.say("/resume", PRIYA)
    assert sorted(bot.buttons()) == sorted(f"r:{d.id}" for d in hers)


async def test_an_admin_removing_sam_hands_his_drafts_to_priya_first(team: Bot) -> None:
    """Sam left the council with KB-7 (the school's part sent) and a second case whose last
    line a note held back. The admin's Remove offered only to erase both; the partners were
    told the mapping was closed. Now Remove offers to hand his drafts to a colleague first:
    each moves to Priya as /handover moves it, and the partners are told nothing."""
    bot = team
    await sams_mapping_with_the_schools_part(bot)
    await mapping(bot, "FM-3", SAM)
    await bot.say("Mum, dad, John Smith (07700 900123), school DSL", SAM)
    await mapping(bot, "KB-7", PRIYA)  # Priya's own, for another child of the family
    own = await bot.conversation.active(PRIYA)
    assert own is not None
    partner_saw = len(texts_to(bot, DSL))

    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    assert read(bot).startswith("Remove Sam?")
    await bot.tap(button(bot, "t:mh:"))
    assert read(bot).startswith("Whom should Sam's 2 drafts go to?")
    assert [d.split(":")[2] for d in bot.buttons()] == [str(PRIYA)]
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    assert read(bot) == ("Hand Sam's 2 drafts to Priya, then remove Sam? They lose access at "
                         "once. This can't be undone.")
    await bot.tap(button(bot, "t:mk:"))
    done = read(bot)
    assert done.startswith("Handed Sam's 2 drafts to Priya.")
    assert ('In "FM-3", the answer Sam was giving was held back by a note and never saved'
            in done)
    assert done.endswith("Removed Sam: they can no longer use the bot.")
    assert 'Priya already had drafts called "KB-7" of the same tools: both of each are kept' \
        in done
    assert read(bot, PRIYA) == ('An admin removed Sam from the team here and handed you '
                                'their 2 drafts: '
                                '"FM-3" (Safety mapping), "KB-7" (Safety mapping). /resume '
                                'lists them. In "FM-3", the answer Sam was giving to the '
                                "question it is on was waiting for their choice about a note "
                                "on it, so it did not come with the draft: that question is "
                                'still to answer. You already had drafts called "KB-7" of the '
                                "same tools: both of each are kept as they were, nothing "
                                "merged.")
    assert len(texts_to(bot, DSL)) == partner_saw  # not told the mapping was closed
    hers = await bot.conversation.drafts(PRIYA)
    assert sorted(d.label for d in hers) == ["FM-3", "KB-7", "KB-7"]
    sams = next(d.id for d in hers if d.label == "KB-7" and d.id != own.id)
    await bot.say(f"/resume {sams}", PRIYA)
    await bot.say("/summary", PRIYA)
    assert "FM came in hungry" in " ".join(phone(bot, PRIYA)[-4:])
    await bot.say("/resume FM-3", PRIYA)
    fm = await bot.conversation.active(PRIYA)
    assert fm is not None
    assert fm.pending is None  # Sam's held line is not Priya's to settle
    await bot.say("/start", SAM)
    assert "no longer on this team" in read(bot, SAM)


async def a_dozen_colleagues_and_sams_mapping(bot: Bot) -> None:
    """Eleven more colleagues join the admin's team, and Sam starts a safety mapping, "KB-7"."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER, uses=11)
    for n in range(11):
        await teams.join(made.invite.code_hash, 20_000 + n, f"Colleague {n:02d}", time.time())
    await mapping(bot, "KB-7", SAM)


async def test_handover_offers_colleagues_ten_at_a_time_or_those_a_name_finds(
        team: Bot) -> None:
    bot = team
    await a_dozen_colleagues_and_sams_mapping(bot)
    await bot.say("/handover", SAM)
    first = [d for d in bot.buttons() if d.startswith("t:ho:")]
    assert len(first) == 10
    assert "Colleagues 1 to 10 of 12." in read(bot, SAM)
    await bot.tap(button(bot, "t:hp:"), SAM)
    rest = [d for d in bot.buttons() if d.startswith("t:ho:")]
    assert len(rest) == 2
    assert not {d.split(":")[2] for d in first} & {d.split(":")[2] for d in rest}
    await bot.say("/handover  PRI", SAM)
    assert [d.split(":")[2] for d in bot.buttons()] == [str(PRIYA)]
    await bot.tap(button(bot, "t:ho:"), SAM)
    assert read(bot, SAM).startswith('Hand "KB-7" (Safety mapping, 3 answers) to Priya?')
    await bot.tap("t:hn", SAM)
    assert read(bot, SAM) == "Alright, nothing has been changed."
    assert [d.label for d in await bot.conversation.drafts(SAM)] == ["KB-7"]


async def test_a_members_part_for_a_colleagues_mapping_is_not_handed_over(team: Bot) -> None:
    """Sam, answering the school's part of the admin's mapping through a link, sent
    /handover: he was offered colleagues, and Yes said the draft was "no longer yours to
    hand over (handed over or erased already)", which it never was. He is told why."""
    bot = team
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "school"), SAM)
    await answers(bot, SAM, ("DSL",))
    await bot.say("/handover", SAM)
    assert read(bot, SAM).startswith("The draft open now is your part for a colleague's "
                                     "mapping: it is theirs once you send it")
    assert not [d for d in bot.buttons() if d.startswith("t:ho:")]
