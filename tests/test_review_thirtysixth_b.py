"""The thirty-sixth pass's second review: case hand-over, a pasted mapping filed under its
columns, and the rest of the pass read with fresh eyes. Each test of a defect failed on the
code as it was, through the real engine, the real flows and real SQLite files."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from contextlib import closing
from html import unescape

import asyncpg
import pytest

from bot.teams.codes import code_hash
from bot.teams.invites import invite_colleague, invite_partner
from flows.replies import Nudge
from storage.contract import Session
from storage.contributions import ContributionStore
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.store_data import CANARY, a_draft
from tests.test_attacks_thirtythird import redeliveries
from tests.test_handover_thirtysixth import (
    GIVER,
    PARTNER,
    PRIYA,
    SAM,
    TAKER,
    a_dozen_colleagues_and_sams_mapping,
    team,
)
from tests.test_leftovers_twentythird import REFLECTION
from tests.test_review_language_twentyninth import reply_to
from tests.test_telegram_handlers import USER, Bot, button, refusing, texts_to
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import DSL, DSL_PART, answers, link, mapping, opens

__all__ = ["team"]  # the fixture

# --- a pasted report's parts put under their questions by /use ------------------------------


@pytest.mark.parametrize(("part", "why"), [
    ("John Smithson, mum's partner, collects K from school every day", "full name"),
    ("K's nan Margaret Okonkwo has him every weekend", "full name"),
    ("K (DOB 03/04/2019) is settled in class and has friends", "date of birth"),
])
def test_a_filed_part_with_a_full_name_is_asked_about_not_saved_unasked(part: str,
                                                                         why: str) -> None:
    """A school's safeguarding lead pasted her report, headed as she keeps it, at the first of
    her three columns, with mum's partner named in full under "Strengths". /use put it under
    "What is working well" unasked, and "ok" there kept it: the social worker's mapping held
    a full name no reminder had asked about, where typed at that question it is asked for
    initials. Now /use is not offered for such a part: she sends this question's part, and
    types the rest at its own question, where it is asked about."""
    pasted = (f"Concerns - K came to school hungry three days last week\nStrengths - {part}\n"
              "Next steps: school nurse to see K on Tuesday")
    chat = sent_at("contribution", "worries", pasted)
    held = [r.text for r in chat.replies if isinstance(r, Nudge)][-1]
    assert "/use" not in held
    # asked about the name or the date first, before anything is put anywhere (the walk of
    # pasted reports made that the first question)
    assert why in held
    chat.command("accept")
    assert "working_well" not in chat.draft.answers
    typed = sent_at("contribution", "working_well", part)
    assert "working_well" not in typed.draft.answers
    assert why in [r.text for r in typed.replies if isinstance(r, Nudge)][-1]


# --- a partner's part sent as the mapping changes hands -----------------------------------


async def test_a_part_sent_as_the_mapping_is_handed_over_is_sealed_for_the_new_lead(
        engine_store: SqlStore) -> None:
    """A nurse tapped "Send it to Jo" on her part of "KB-7" as Jo handed the mapping to Sam:
    her send had read the link (Jo's) before the hand-over and sealed her answers for Jo,
    then stored them beside Sam's mapping. Neither could open them: Sam's /review of KB-7
    failed on them every time, and Jo, who no longer had the case, was the one told it had
    come. The part is now sealed for whoever leads the mapping when it is stored, and that
    lead is the one told."""
    teams = TeamStore(engine_store)
    contributions = ContributionStore(teams)
    draft = a_draft(GIVER, "kb7", "KB-7")
    await engine_store.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
    made = await invite_partner(teams, GIVER, "kb7", agency="Health", label="KB-7",
                                lead_name="Jo")
    invite = await contributions.claim(code_hash(made.code), PARTNER, time.time())
    assert invite is not None
    assert invite.created_by == GIVER  # read as her Send reads it, before the hand-over

    assert await engine_store.hand_over(GIVER, "kb7", TAKER)
    told = await contributions.send(invite, {"flow": "contribution",
                                             "answers": {"worries": f"{CANARY} bruise"}})

    (_, part), = await contributions.for_draft("kb7")  # what Sam's /review opens
    assert part is not None
    assert part.body is not None
    assert part.body["answers"]["worries"] == f"{CANARY} bruise"
    assert told == TAKER


# --- a place said rough or dangerous, with where it is ---------------------------------------


@pytest.mark.parametrize("typed", [
    "The park by the canal is dangerous at night",
    "the estate behind the shops is rough",
    "The park next to the school is unsafe at night",
    "The park near the school is dangerous after dark",
])
def test_a_place_by_the_canal_said_dangerous_is_asked_what_happens_there(typed: str) -> None:
    """"the park near nan's is unsafe" was asked what happens there, but "The park by the
    canal is dangerous at night" was saved without a word: where the place is was read only
    as one word after "near" or "by", never "the canal" or "the shops"."""
    chat = sent_at("contextual", "area_worries", typed)
    assert "area_worries" not in chat.draft.answers
    assert "What happens there" in [r.text for r in chat.replies if isinstance(r, Nudge)][-1]


@pytest.mark.parametrize("typed", [
    "The park by the canal is dangerous at night: men sell drugs by the bins and one offered "
    "K a lift",
    "the estate behind the shops is rough, TJ was robbed at knifepoint there on 3 Nov",
    "The park by the canal is dangerous. Older lads sell weed in the toilets most nights",
])
def test_a_place_by_the_canal_said_dangerous_with_what_happens_is_saved(typed: str) -> None:
    chat = sent_at("contextual", "area_worries", typed)
    assert chat.draft.answers["area_worries"] == [typed]


# --- a young person's aim, named by two or three initials -------------------------------------


@pytest.mark.parametrize(("line", "who"), [("TJ will engage with his PA", "TJ"),
                                           ("LM will be supported to access education", "LM"),
                                           ("KB will comply with her pathway plan", "KB")])
def test_a_young_person_named_by_initials_is_asked_what_they_will_be_doing(line: str,
                                                                           who: str) -> None:
    """"K will engage with her PA" is asked what K will be doing, with a young person's
    example; but a personal adviser's "TJ will engage with his PA" was asked "What will the
    adult be doing that people could see?", with a dad's anger as the example: the young
    person was known by one initial only, where notes name them by two or three."""
    reply = reply_to("success", "success_goal", line)
    assert f"What will {who} be doing that people could see?" in reply
    assert "adult" not in reply


@pytest.mark.parametrize("line", ["MGM will engage with services",
                                  "PGM will engage with services",
                                  "YP will engage with services"])
def test_an_adult_by_short_form_is_not_taken_for_the_young_person(line: str) -> None:
    reply = reply_to("success", "success_goal", line)
    assert ("the young person" if line.startswith("YP") else "the adult") in reply


@pytest.mark.parametrize("typed", ["the estate near nan's is rough. D was stabbed there",
                                   "The park near the school is dangerous. Older lads sell "
                                   "weed in the toilets most nights"])
def test_a_place_near_someone_said_rough_then_what_happened_is_saved(typed: str) -> None:
    """"The estate is rough. D was stabbed there" is saved, what happens there said next;
    "the estate near nan's is rough. D was stabbed there" was asked 'says what you make of
    things, but not yet what happened', as if it were said of nan (or of the school)."""
    chat = sent_at("contextual", "area_worries", typed)
    assert chat.draft.answers["area_worries"] == [typed]


@pytest.mark.parametrize("typed", ["the estate near nan's is rough",
                                   "The older lads by the shops are dodgy"])
def test_a_place_or_people_near_someone_said_rough_alone_is_still_asked(typed: str) -> None:
    chat = sent_at("contextual", "area_worries", typed)
    assert "area_worries" not in chat.draft.answers


# --- a leaver's drafts handed over, one of them failing half way -------------------------------


async def test_a_colleague_is_told_of_each_draft_that_reached_her_when_a_later_one_fails(
        team: Bot) -> None:
    """An admin removing Sam chose "Hand their drafts to a colleague first" and Priya. His
    first case moved to her, then the second could not be read (a damaged row) and the admin
    was told something went wrong: Sam stayed, and Priya had his first case among her drafts
    without a word of where it came from (she was to be told once all had moved). She is now
    told of each draft that reached her, whatever happens to the next."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await mapping(bot, "FM-3", SAM)
    order = [d.id for d in await bot.conversation.drafts(SAM, status=None)]
    with closing(sqlite3.connect(bot.db)) as raw, raw:  # the last one handed over, damaged
        raw.execute("UPDATE answers SET value = ? WHERE draft_id = ?", (b"\x00damaged",
                                                                        order[-1]))

    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))

    hers = await bot.conversation.drafts(PRIYA, status=None)
    assert [d.id for d in hers] == order[:-1]  # the first moved, the damaged one did not
    told = " ".join(texts_to(bot, PRIYA))
    assert all(f'"{d.label}"' in told for d in hers), told
    assert "removed Sam" not in told  # he is still on it: nobody was removed
    assert await bot.conversation.drafts(SAM, status=None)  # the damaged one is still his


# --- a summary shared before the case was handed over ------------------------------------------

ALI = 7003


async def test_the_new_owner_can_share_a_summary_the_giver_had_shared(team: Bot) -> None:
    """Sam had shared his finished reflection "KB-1" with Ali, then handed it to Priya. When
    Priya sent it to Ali herself, with her name on it, she was told "You've already sent
    this summary to Ali, so I haven't sent it again": she never had, and Ali never heard
    from her. What the giver shared is no longer counted as the new owner's."""
    bot = team
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, ALI, "Ali", time.time())
    await bot.say("/new reflection", SAM)
    for line in REFLECTION:
        await bot.say(line, SAM)
    await bot.say("/share", SAM)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Send to Ali"), SAM)
    assert texts_to(bot, SAM)[-1] == "Sent to Ali: the summary and its documents."
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    await bot.tap(button(bot, "t:hy:"), SAM)

    to_ali = len(texts_to(bot, ALI))
    await bot.say("/resume KB-1", PRIYA)
    await bot.say("/share", PRIYA)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Send to Ali"), PRIYA)
    assert texts_to(bot, PRIYA)[-1] == "Sent to Ali: the summary and its documents."
    assert len(texts_to(bot, ALI)) > to_ali


# --- Remove's hand-over in a team of more than ten ---------------------------------------------


async def test_removes_colleague_list_does_not_send_the_admin_to_find_by_name(team: Bot) -> None:
    """In a team of a dozen, an admin removing Sam chose "Hand their drafts to a colleague
    first" and was told "To find someone quicker, type /members and part of their name":
    /members takes no name, and showed the whole list again, each with its Remove button,
    the hand-over left behind. The list is paged with "More colleagues" alone."""
    bot = team
    await a_dozen_colleagues_and_sams_mapping(bot)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    asked = unescape(texts_to(bot, USER)[-1])
    assert asked.startswith("Whom should Sam's 1 draft go to?")
    assert "Colleagues 1 to 10 of 12." in asked
    assert "/members" not in asked
    first = [d for d in bot.buttons() if d.startswith("t:mt:")]
    await bot.tap(button(bot, "t:mq:"))
    rest = [d for d in bot.buttons() if d.startswith("t:mt:")]
    assert len(first) == 10
    assert len(rest) == 2


# --- a draft erased by retention while it is handed over (PostgreSQL) --------------------------


async def test_a_draft_erased_as_it_is_handed_over_is_not_said_to_be_handed(
        engine_store: SqlStore, database: str) -> None:
    """On PostgreSQL the daily retention ran on another instance as Sam tapped "Yes, hand it
    over": it erased KB-7 while the hand-over, which had seen it there a moment before,
    sealed its answers again for Priya. Sam was told "Handed "KB-7" to Priya" and Priya
    "Sam handed you "KB-7"", a case no longer there. A draft erased meanwhile is not
    handed over, and the hand-over says so."""
    if not database.startswith("postgres"):
        pytest.skip("SQLite runs one transaction at a time")
    draft = a_draft(GIVER, "kb7", "KB-7")
    draft.answers = {"worries": f"{CANARY} worries"}
    await engine_store.save(draft, draft.answers, new=True, session=Session(GIVER, "kb7"))
    erasing = await asyncpg.connect(database)
    try:
        await erasing.execute("BEGIN")
        await erasing.execute("DELETE FROM drafts WHERE id = 'kb7'")
        handing = asyncio.create_task(engine_store.hand_over(GIVER, "kb7", TAKER))
        await asyncio.sleep(0.5)  # the hand-over under way, waiting for nothing yet or a row
        await erasing.execute("COMMIT")
        assert await handing is False
    finally:
        await erasing.close()
    assert await engine_store.list_drafts(TAKER) == []


# --- "a contribution has come", told again after the mapping changed hands ----------------------


async def test_a_notice_sent_again_goes_to_whoever_leads_the_mapping_then(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The school sent its part of Sam's "KB-7" while Telegram could not reach Sam's chat,
    so "... has sent a contribution to your mapping" waited to be sent again. Sam handed
    KB-7 to Priya meanwhile; the notice, sent again, told Sam of a case no longer his (the
    partner's service and the label), and Priya was never told the part had come. It goes
    to whoever leads the mapping when it is sent again."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await opens(bot, await link(bot, "school", SAM), DSL)
    await answers(bot, DSL, DSL_PART)
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, SAM, None))
        await bot.say("send", DSL)
    assert not any("has sent a contribution" in t for t in texts_to(bot, SAM))
    await bot.say("/handover", SAM)
    await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
    await bot.tap(button(bot, "t:hy:"), SAM)

    await redeliveries(bot, "lead notice")
    assert not any("has sent a contribution" in t for t in texts_to(bot, SAM))
    assert sum("has sent a contribution" in t for t in texts_to(bot, PRIYA)) == 1
