"""Claims added to README.md and SECURITY.md in the thirty-sixth pass (case hand-over, a
mapping pasted whole at one question, a flood's count kept past the clean-up) that no test
held, each run through the real parts.

One was false, and the code now makes it true: SECURITY.md says the giver's key row is
erased when a draft is handed over, and that every erasure ends with a checkpoint ("Erased
means gone from the files"), but after /handover the giver's key row and every value sealed
under it stayed in the database's write-ahead log until some later erasure. Remove's
question, over its new "Hand their drafts to a colleague first", still sent the admin the
old way round (ask the leaver to /export first) and said the partners are told, and now
names the button. README's "a case label they already use is kept apart" was wider than the
code (a label is shared by one case's tools), and is narrowed to a draft of that tool. Then
what no test held: the draft handed over is sealed under a new key of its own, bound to the
colleague; a partner link opened only after the hand-over brings its part to the new lead;
a pasted mapping is asked about once (sent again, it is kept); a part whose question is
behind is not put anywhere; a partner's and the houses' parts are shown at their questions
to keep or change; and a rate bucket whose count was said is let go by retention.
"""

from __future__ import annotations

import pytest

from bot.ratelimit import SharedRateLimiter, Verdict
from storage.crypto import AesGcmSealer, DataKey
from storage.keyring import DRAFT_KEY, key_place
from storage.retention import DAY, UPDATE_DAYS
from storage.sealing import where
from storage.sql import SqlStore
from tests.test_claims_thirtyfifth import sealed_of
from tests.test_erasure import _bytes_of
from tests.test_handover_thirtysixth import (
    GIVER,
    PRIYA,
    SAM,
    TAKER,
    a_mapping_with_a_part,
    hands_over,
    sams_mapping_with_the_schools_part,
    team,
)
from tests.test_lead_thirtysixth import PARTNERS, PASTED, nudges
from tests.test_store_contract import every_row
from tests.test_telegram_handlers import Bot, answers_of, bot, texts_to
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtythird_b import DSL, DSL_PART, answers, link, mapping, opens, phone, read
from tests.test_walk_twentyninth import at_the_house_of_worries, shown

__all__ = ["bot", "team"]  # the fixtures


# --- SECURITY.md, "Handing a draft over" ------------------------------------------------------

async def test_a_draft_handed_over_leaves_nothing_of_the_givers_seal_in_the_files(
        team: Bot) -> None:
    """SECURITY.md: /handover ... "the giver's key row is erased"; "Erased means gone from the
    files": every erasure ends with a checkpoint, because deleted bytes otherwise stay in the
    -wal file. After Sam's /handover his key row and the values sealed under it (the label,
    the position, each answer) stayed in the write-ahead log, opened with the data key alone,
    until some later erasure."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.conversation.store.checkpoint()
    before = sealed_of(bot.db, SAM)
    assert len(before) >= 4  # the label, the position, the answers and the key
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
    assert sealed_of(bot.db, SAM) == []
    on_disk = _bytes_of(bot.db.parent, "bot.db*")
    assert [v for v in before if v in on_disk] == []


async def test_a_draft_handed_over_is_sealed_under_a_new_key_bound_to_the_colleague(
        engine_store: SqlStore, database: str, sealer: AesGcmSealer) -> None:
    """SECURITY.md: each value is sealed again "under a new key of the draft's own with the
    colleague's user id as associated data" (both engines)."""
    await a_mapping_with_a_part(engine_store)
    [giver_key] = [bytes(r["sealed"]) for r in (await every_row(database))["user_keys"]]
    old = sealer.open(giver_key, key_place(GIVER, "kb7"))
    assert await engine_store.hand_over(GIVER, "kb7", TAKER)
    rows = await every_row(database)
    [taker_key] = [bytes(r["sealed"]) for r in rows["user_keys"]]
    new = sealer.open(taker_key, key_place(TAKER, "kb7"))
    assert len(new) == len(old) == 32
    assert new != old
    own = AesGcmSealer([DataKey(DRAFT_KEY, new)])
    [label] = [bytes(r["label"]) for r in rows["drafts"]]
    assert own.open(label, where(TAKER, "kb7", "label")).decode() == '"KB-7"'
    with pytest.raises(Exception, match="integrity"):
        own.open(label, where(GIVER, "kb7", "label"))
    with pytest.raises(Exception, match="integrity"):
        AesGcmSealer([DataKey(DRAFT_KEY, old)]).open(label, where(TAKER, "kb7", "label"))


# --- README, "On the phone": a mapping pasted whole at one question ---------------------------

def test_a_pasted_mapping_is_asked_about_once_and_sent_again_is_kept_whole() -> None:
    """README: "An answer that only points elsewhere ... and a number alone where words are
    asked are asked about once, and so is a mapping pasted whole at one question"."""
    chat = sent_at("mapping", "danger_behaviour_1", PASTED)
    asked = len(nudges(chat))
    assert "headed for other columns" in nudges(chat)[-1]
    chat.send(PASTED)
    assert chat.draft.answers["danger_behaviour_1"] == PASTED
    assert chat.asked == "danger_impact_1"
    assert not any("headed for" in said for said in nudges(chat)[asked:])


def test_a_part_whose_question_is_behind_is_named_but_not_put_there() -> None:
    """README: "where each part has one question of its own still to come ... one tap puts
    each there": a partner at what is working well, with a part headed as their worries
    (asked already), is told of it, but nothing offers to put it there, and /use moves
    nothing into the worries answered before."""
    chat = sent_at("contribution", "working_well", "mum rang us on Monday to explain\n"
                   "Concerns - K came to school hungry three days last week")
    worries = chat.draft.answers["worries"]
    said = nudges(chat)[-1]
    assert '"Concerns - K came to school hungry three days..."' in said
    assert "/use" not in said
    chat.command("accept")
    assert chat.draft.answers["worries"] == worries
    assert "working_well" not in chat.draft.answers


async def test_the_houses_put_each_in_its_house_show_it_there_to_keep_or_change(
        bot: Bot) -> None:
    """README: one tap puts each part under its question, "to keep or change when it is
    asked": at the house of good things the child's "my dog Max" is shown as the list so
    far, and what is added goes beside it."""
    await at_the_house_of_worries(bot)
    await bot.say("Worries: when daddy shouts\nGood things: my dog Max\nDreams: live at nans")
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Put each part under its question"))
    await bot.say("done")
    asked = shown(bot)[-1]
    assert "What did the child put in the house of good things?" in asked
    assert "So far:\n1. my dog Max" in asked
    await bot.say("my cat")
    assert (await answers_of(bot, "KM-7"))["house_good"] == ["my dog Max", "my cat"]


# --- SECURITY.md, "What is stored": a rate bucket's count ------------------------------------

async def test_a_buckets_count_once_said_goes_with_the_bucket_after_three_days(
        engine_store: SqlStore) -> None:
    """SECURITY.md: a rate bucket (with "how many messages of a flood were not saved") is
    erased "by the daily retention once it has been full for 3 days and the count has been
    said to the user" (both engines)."""
    now = [1_000_000.0]
    shared = SharedRateLimiter(engine_store.spend, 3, 60, clock=lambda: now[0])
    for _ in range(6):
        await shared.allow(5)
    now[0] += 60
    assert await shared.allow(5) == Verdict(True, dropped=3)  # said: "I didn't save the 3"

    async def buckets() -> set[int]:
        async with engine_store._transaction("read", write=False) as tx:
            return {int(row[0]) for row in await tx.rows("SELECT user_id FROM rate_buckets")}

    await engine_store.purge(idle_before=0.0, done_before=0.0,
                             updates_before=now[0] + 10 - UPDATE_DAYS * DAY)
    assert await buckets() == {5}  # not yet full for three days
    await engine_store.purge(idle_before=0.0, done_before=0.0,
                             updates_before=now[0] + UPDATE_DAYS * DAY)
    assert await buckets() == set()


# --- README, step 10: a case label the colleague already uses ---------------------------------

async def test_the_same_label_of_another_tool_is_no_clash_and_neither_is_told_of_one(
        team: Bot) -> None:
    """README, step 10: "where they already have a draft of that tool under the same case
    label, the two are kept apart and both of you are told" (it said "a case label they
    already use", but a label is shared by one case's tools: Priya's Harm Matrix for KB-7
    and Sam's safety mapping for KB-7 are one family's, and nothing is said of a clash)."""
    bot = team
    await bot.say("/new harm matrix", PRIYA)
    await bot.say("KB-7", PRIYA)
    await mapping(bot, "KB-7", SAM)
    said = await hands_over(bot)
    assert said.startswith('Handed "KB-7" to Priya')
    assert "already had" not in said
    assert read(bot, PRIYA) == 'Sam handed you "KB-7" (Safety mapping): /resume KB-7'
    assert sorted(d.flow_id for d in await bot.conversation.drafts(PRIYA)) == \
        ["harm_matrix", "mapping"]


async def test_a_link_opened_only_after_the_hand_over_brings_its_part_to_the_new_lead(
        team: Bot) -> None:
    """README, step 10: the draft becomes the colleague's "with ... a mapping's partners'
    parts (a part still to come reaches them)"; SECURITY.md: "the partners' parts and links
    of a mapping are sealed again for the new lead". The school's link, sent by Sam before
    he handed KB-7 over and opened only afterwards, still opens, and the part sent through
    it is Priya's: she is told and her summary shows it; Sam hears nothing of it."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    school = await link(bot, "school", SAM)
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
    sam_saw = len(texts_to(bot, SAM))
    await opens(bot, school, DSL)
    assert "KB-7" in " ".join(said_to(bot, DSL))
    await answers(bot, DSL, (*DSL_PART, "send"))
    assert said_to(bot, DSL)[-1].startswith("Sent to")
    assert read(bot, PRIYA).startswith('School, DSL has sent a contribution to your mapping "KB-7"')
    assert len(texts_to(bot, SAM)) == sam_saw
    await bot.say("/resume KB-7", PRIYA)
    await bot.say("/summary", PRIYA)
    assert "FM came in hungry" in " ".join(phone(bot, PRIYA)[-4:])


async def test_removing_a_lead_with_partners_points_to_the_hand_over_not_only_to_export(
        team: Bot) -> None:
    """README, step 10: "An admin's **Remove** offers to hand the member's drafts to a
    colleague first". Its question, over that button, still said "If a colleague is taking
    the case over, ask Sam to /export it (or /share it once finished) first", the way round
    from before there was a hand-over, of someone who may have left already, and that the
    partners "are told it was closed", which they are not when it is handed over."""
    bot = team
    await sams_mapping_with_the_schools_part(bot)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    asked = read(bot)
    assert "1 safety mapping with what 1 partner sent or were answering" in asked
    assert ('If a colleague is taking the case over, "Hand their drafts to a colleague '
            'first" passes it to them with the partners\' parts, and the partners are told '
            "nothing") in asked
    assert next(b["text"] for b in bot.newest_buttons()) == \
        "Hand their drafts to a colleague first"


async def test_a_partners_report_pasted_in_telegram_goes_each_part_under_its_question_in_one_tap(
        team: Bot) -> None:
    """README: "where each part has one question of its own still to come (a partner's three
    columns, the three houses) one tap puts each there, to keep or change when it is
    asked", on a partner's phone: the school's DSL pastes her report at the worries."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, ("DSL", "/keep", PARTNERS))
    tap = [b["callback_data"] for b in bot.newest_buttons()
           if b["text"] == "Put each part under its question"]
    assert tap, said_to(bot, DSL)[-1]
    await bot.tap(tap[0], user=DSL)
    asked = said_to(bot, DSL)[-1]
    assert "What is going well for this child" in asked
    assert "Current answer: <i>mum rang us on Monday to explain</i>" in asked
    await answers(bot, DSL, ("/skip",))  # kept as it is
    assert "Current answer: <i>school nurse to see K on Tuesday</i>" in said_to(bot, DSL)[-1]
    draft = await bot.conversation.active(DSL)
    assert draft is not None
    assert (draft.answers["worries"], draft.answers["working_well"]) == (
        "K came to school hungry three days last week", "mum rang us on Monday to explain")
