"""The forty-second pass's leftovers, each as a practitioner meets it: the store on both
engines (SQLite, and a throwaway PostgreSQL where one can be started), the real Application
(tests/memory_botapi.py) on real SQLite files, and the real engine on the shipped flow
files. Each test of a defect failed on the code as it was."""

from __future__ import annotations

import asyncio
import contextlib
import io
import sqlite3
import time
from collections.abc import Mapping
from pathlib import Path

import docx
import pytest

from bot.exporting import exporter_for
from bot.session_commands import MAX_UNFINISHED
from flows.draft import Status
from flows.flow import Flow
from flows.replies import Command, Text
from storage.contract import DraftInfo, Session
from storage.sql import SqlStore
from storage.store import Store
from tests.store_data import a_draft, unfinished_drafts
from tests.test_teams_fortyfirst import ALEX, PRIYA, _members, _open_draft
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import LEAD2, link, mapping, phone, read, team

__all__ = ["bot", "team"]  # the Application with tests/memory_botapi.py: fixtures

# --- her own /new as a colleague hands her a case, at the most drafts anyone keeps ----------


async def test_her_own_new_draft_and_a_hand_over_to_her_at_ninety_nine_land_one(
        engine_store: SqlStore, flows: Mapping[str, Flow]) -> None:
    """Priya had 99 unfinished drafts. She typed a new case's label as Alex handed her FM-3:
    the hand-over counted her drafts inside its transaction, her /new outside any, and both
    went, 101. Both count now under one lock in their own transaction: one lands, the other
    is refused and says why (her new draft is not started, or FM-3 stays Alex's)."""
    chat = await _members(engine_store, flows)
    await unfinished_drafts(chat, PRIYA, "reflection",
                            (f"P-{n}" for n in range(MAX_UNFINISHED - 1)))
    await _open_draft(engine_store, ALEX, "fm3", "FM-3")
    await chat.handle(PRIYA, Command("new", "reflection"))
    listed = chat.drafts
    handing: list[asyncio.Task[tuple[str, str | None]]] = []

    async def drafts_as_alex_hands(user_id: int, status: Status | None = "in_progress"
                                   ) -> list[DraftInfo]:
        """Her drafts as /new reads them, and Alex's hand-over landing just after (the
        moment the two raced: each read 99)."""
        found = await listed(user_id, status)
        if user_id == PRIYA and not handing:
            handing.append(asyncio.create_task(chat.hand_over(ALEX, "fm3", PRIYA)))
            await asyncio.wait(handing, timeout=5)
        return found

    chat.drafts = drafts_as_alex_hands  # type: ignore[method-assign]
    said = await chat.handle(PRIYA, Text("KB-9"))
    handed = await handing[0]
    chat.drafts = listed  # type: ignore[method-assign]
    mine = await chat.drafts(PRIYA)
    assert len(mine) == MAX_UNFINISHED, (handed, said)
    if handed[0] == "handed":
        assert "KB-9" not in [d.label for d in mine]
        assert "the most anyone can keep" in said[0].text  # type: ignore[union-attr]
    else:
        assert handed[0] == "full"
        assert len(await chat.drafts(ALEX)) == 1


# --- "No - because ..." typed at a yes or no gone back to ----------------------------------

PLAN = "mum wants to talk it through with dad first"


async def _at_consent_again(bot: Bot, *typed: str, backs: int = 2) -> None:
    """A wellbeing draft with `typed` answered from its first question ("Has the family
    agreed ...?"), then /back to that question (`backs` questions back; none: /edit 1)."""
    await bot.say("/new wellbeing")
    await bot.say("KB-7")
    for line in typed:
        await bot.say(line)
    for _ in range(backs):
        await bot.say("/back")
    if not backs:
        await bot.say("/edit 1")
    assert "Has the family agreed to early help" in phone(bot)[-1]


async def _answers(bot: Bot) -> dict[str, object]:
    [info] = await bot.conversation.drafts(USER)
    draft = await bot.conversation.load(USER, info.id)
    assert draft is not None
    return dict(draft.answers)


async def test_an_answer_with_its_account_is_taken_at_a_yes_or_no_gone_back_to(
        bot: Bot) -> None:
    """A family support worker answered "Yes" and who it was shared with, then learned mum
    wanted to wait: she went /back to "Has the family agreed ...?" and typed "No - because
    mum wants ...", as she could have at its first ask. She read "I haven't saved ...
    Please answer yes or no": taken at first ask, refused once answered. Both are saved now,
    said in one line, as at first ask."""
    await _at_consent_again(bot, "Yes", "School and the GP")
    await bot.say(f"No - because {PLAN}")
    answers = await _answers(bot)
    assert answers["consent"] == "no"
    assert answers["consent_plan"] == f"because {PLAN}"
    told = " ".join(phone(bot)[-4:])
    assert "Please answer yes or no" not in told
    assert f'I\'ve saved "No", and "because {PLAN}" as your answer to "Plan for agreement"' \
        in told


@pytest.mark.parametrize("backs", [3, 0])
async def test_an_account_taking_the_place_of_one_before_says_what_it_replaces(
        bot: Bot, backs: int) -> None:
    """... and where her account of the no was given before, gone /back to or at /edit 1
    (which went past the answered question back to where it began, the line refused after
    the no was saved): the new one replaces it, and she is told which it replaced."""
    await _at_consent_again(bot, f"No. {PLAN}", "J (9), mum, nan", backs=backs)
    await bot.say("No - she now wants the school nurse at the visit on Friday")
    answers = await _answers(bot)
    assert answers["consent_plan"] == "she now wants the school nurse at the visit on Friday"
    told = " ".join(phone(bot)[-4:])
    assert f'It replaces your answer there before, "{PLAN}".' in told


# --- /edit 1 and "Somewhere else" tapped again ---------------------------------------------

WHERE = "Where do you work, or what is your role?"


def choice(bot: Bot, value: str) -> str:
    """The newest choice button for `value`."""
    return next(d for d in bot.buttons() if d.startswith("a:") and d.endswith(f":{value}"))


async def _somewhere_else(bot: Bot) -> None:
    """A reflection begun as a housing officer ("Somewhere else", then where), two answers
    on, /edit 1."""
    await bot.say("/new reflection")
    await bot.say("KB-7")
    await bot.tap(choice(bot, "other"))
    await bot.say("Housing officer")
    await bot.say("Mum said dad hit her last week in front of the kids")
    await bot.say("/edit 1")


@pytest.mark.parametrize("changed_first", [False, True])
async def test_somewhere_else_tapped_again_at_an_edit_asks_where_showing_it(
        bot: Bot, changed_first: bool) -> None:
    """A housing officer went /edit 1 and tapped "Somewhere else" again (or "School or
    college" first, told "Where you work" was left out, then "Somewhere else" back): she
    was taken on past "Where do you work?", and "Housing officer" came back, never shown,
    though it has no number of its own to /edit. It is asked again under question 1 now,
    its answer shown to keep or change, as /edit shows any answer."""
    await _somewhere_else(bot)
    if changed_first:
        await bot.tap(choice(bot, "school"))
        await bot.say("/edit 1")
    await bot.tap(choice(bot, "other"))
    asked = phone(bot)[-1]
    assert WHERE in asked
    assert "Current answer: Housing officer" in asked
    await bot.say("Housing officer, homeless prevention team")
    answers = await _answers(bot)
    assert answers["referrer_role_other"] == "Housing officer, homeless prevention team"
    assert "safe to go home today" in phone(bot)[-1]  # back where the edit began


# --- a group named as a member of the safety network ---------------------------------------


@pytest.mark.parametrize(("flow_id", "typed", "group"), [
    ("mapping", "coaching staff", "coaching staff"),
    ("mapping", "School staff.", "School staff"),
    ("contextual", "the youth club staff", "the youth club staff"),
    ("mapping", "Professionals", "Professionals")])
def test_a_group_named_in_the_safety_network_is_asked_who_and_what_they_will_do(
        flow_id: str, typed: str, group: str) -> None:
    """At "Who is in the safety network?", a social worker added "coaching staff": it went
    into the plan as a member of the network, though no one in it is named, nor what they
    will do. It is asked now, in the words the network's question uses: who among them, and
    what they will do, and when. Nothing is added to the list until it is sent again."""
    chat = sent_at(flow_id, "trusted_adults", typed)
    assert "trusted_adults" not in chat.draft.answers
    asked = " ".join(str(getattr(r, "text", "")) for r in chat.replies)
    assert f'"{group}" does not yet say who in it is in the safety network' in asked
    assert "what will they do, and when?" in asked


@pytest.mark.parametrize("typed", [
    "Coaching staff: Mr K rings mum if D leaves training early with the older lads",
    "Nan", "Nan and the school",
    "Family friend", "the school nurse"])
def test_people_in_the_safety_network_go_in_as_before(typed: str) -> None:
    chat = sent_at("mapping", "trusted_adults", typed)
    assert chat.draft.answers["trusted_adults"] == [typed]


# --- tabs and *stars* typed into an answer, in the exports ----------------------------------

TYPED = "Mum said\tdad *hit* her\tlast week.\n\tThen **he** left the house"


async def _exported(bot: Bot) -> dict[str, bytes]:
    """The files /export sends for the open draft, by their ending."""
    made = await exporter_for(bot.conversation)(USER)
    return {name.rsplit(".", 1)[1]: data for name, data in made}


async def test_tabs_typed_in_an_answer_do_not_break_the_exports_layout(bot: Bot) -> None:
    """A school's safeguarding lead pasted her notes, tabs and all, and a line of them with
    its own stars ("dad *hit* her"). The text export kept the tabs as typed: its second
    line, under the numbered answer, began with a tab where the export's own indent is three
    spaces, and pasted into a case record a tab moves to the next field or column. A tab is
    a space in the exports now (none at a line's start); her stars are her words, kept as
    typed in every export, never turned into emphasis."""
    await bot.say("/new reflection")
    await bot.say("KB-7")
    await bot.tap(choice(bot, "school"))
    await bot.say(TYPED)
    files = await _exported(bot)
    text = files["txt"].decode()
    assert "\t" not in text
    assert "1. What worries you: Mum said dad *hit* her last week.\n" \
        "   Then **he** left the house\n" in text
    document = docx.Document(io.BytesIO(files["docx"]))
    body = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "\t" not in body
    assert "Mum said dad *hit* her last week.\nThen **he** left the house" in body
    page = files["html"].decode()
    assert "dad *hit* her" in page
    assert "**he**" in page
    assert "<em>" not in page
    assert "<strong>hit" not in page


# --- an album of photos, each with its caption ---------------------------------------------


async def test_an_album_with_a_caption_on_each_photo_gets_one_note_with_every_caption(
        bot: Bot) -> None:
    """A health visitor sent ten photos of her handwritten notes as one album, each with a
    caption ("page 1: dad shouting at 2am", ...). She got ten notes, one a photo, each quoting
    its caption, her question lost above them. The album gets one note now, before the
    question asked again, quoting every caption (none is stored, as before), so nothing
    is lost to copy into a message of its own."""
    await bot.say("/new reflection")
    await bot.say("KB-7")
    shown = len(bot.request.sent())
    captions = [f"page {n}: dad shouting at {n}am" for n in range(1, 11)]
    for n, caption in enumerate(captions):
        await bot.feed(bot.updates.message(
            USER, media_group_id="album-1", caption=caption,
            photo=[{"file_id": f"p-{n}", "file_unique_id": f"u-{n}", "width": 90,
                    "height": 60}]))
    sent = [str(p["text"]) for p in bot.request.sent()[shown:]]
    assert len(sent) == 2, sent  # the note, and the question asked again
    assert "Where do you work with this child?" in sent[1]
    edits = [str(p["text"]) for p in bot.request.sent("editMessageText")]
    note = edits[-1] if edits else sent[0]
    assert note.startswith("I can only read text, please")
    for caption in captions:
        assert f'"{caption}"' in note
    answers = await _answers(bot)
    assert answers == {}  # nothing of it stored


# --- closing the SQLite store while another program holds the database ---------------------


async def test_closing_while_another_program_holds_the_database_waits_once(
        tmp_path: Path) -> None:
    """An operator had a database browser with an edit open on sosbot.db as `sosbot chat`
    ended: the last question's note that it was shown waited out the busy timeout, and then
    closing's last checkpoint waited it out again, twice the wait before the prompt came
    back. The checkpoint is given what is left of one busy timeout now: the note's wait,
    and no more. Counted in what SQLite is told, not timed: the note began after closing
    did (it waits for answers to ride with), so it waited the whole timeout within closing,
    and nothing of a second one is left for the checkpoint on any machine."""
    busy_ms = 1000
    store = await Store.open(tmp_path / "sosbot.db", busy_ms=busy_ms)
    await store.save(a_draft(), (), new=True, session=Session(1, "d1"))
    statements: list[str] = []
    await store._db.set_trace_callback(statements.append)  # type: ignore[attr-defined]
    with contextlib.closing(sqlite3.connect(tmp_path / "sosbot.db",
                                            isolation_level=None)) as browser:
        browser.execute("BEGIN IMMEDIATE")  # an edit open, not yet written
        await store.shown(1, "d1", 1, 77)  # the question on the screen: its note is sent
        began = time.monotonic()
        await store.close()
        took = time.monotonic() - began
        browser.execute("ROLLBACK")
    assert took >= busy_ms / 1000  # the note's wait, waited for: a sleep is never shorter
    checkpoint = next(at for at, sql in enumerate(statements) if "wal_checkpoint" in sql)
    given = [int(sql.split("=")[1].strip(" ;")) for sql in statements[:checkpoint]
             if sql.startswith("PRAGMA busy_timeout")]
    assert (given or [busy_ms])[-1] == 0, statements  # was busy_ms: a second whole wait


async def test_a_partner_link_opened_as_a_draft_of_hers_lands_counts_it_too(team: Bot) -> None:
    """At 99 unfinished drafts she opened a colleague's partner link, and a draft of hers
    was saved at that moment (her /new on another instance): the link's count, read before
    its draft was made, found 99, and both went. The link's draft is counted as it is saved
    now, as /new's is: she is told she keeps as many as anyone can, nothing is made, and
    the link is not spent."""
    bot = team
    await unfinished_drafts(bot.conversation, USER, "reflection",
                            (f"P-{n}" for n in range(MAX_UNFINISHED - 1)))
    await mapping(bot, "FM-3", LEAD2)
    code = await link(bot, "school", LEAD2)
    await bot.say(f"/start {code}")
    listed = bot.conversation.drafts
    made: list[bool] = []

    async def drafts_as_hers_lands(user_id: int, status: Status | None = "in_progress"
                                   ) -> list[DraftInfo]:
        found = await listed(user_id, status)
        if user_id == USER and not made:
            made.append(True)
            await unfinished_drafts(bot.conversation, USER, "reflection", ["P-99"])
        return found

    bot.conversation.drafts = drafts_as_hers_lands  # type: ignore[method-assign]
    await bot.tap(labelled(bot, "Yes, I'll answer it"))
    bot.conversation.drafts = listed  # type: ignore[method-assign]
    assert made
    assert read(bot).startswith(f"You have {MAX_UNFINISHED} unfinished drafts"), read(bot)
    assert len(await bot.conversation.drafts(USER)) == MAX_UNFINISHED
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    assert await contributions.answering(USER) is None
