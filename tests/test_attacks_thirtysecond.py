"""The thirty-second round of attacks: a hostile or careless user and a faulty network, on
the paths `sosbot run` and `sosbot chat` take. Each test of a defect failed on the code as
it was, through the real parts: the polling bot against the local Bot API server
(`tests.botapi_server`), the real Application with the Bot API in memory
(`tests.test_telegram_handlers`), and the terminal chat's own driver."""

from __future__ import annotations

import asyncio
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot import cli
from bot.config import load_settings
from bot.console import CONSOLE_USER
from bot.keys import require_key
from bot.teams.texts import NOTHING_TO_SEND
from storage.store import Store
from tests.telegram_world import bot_world
from tests.test_lost_reply_e2e import WORRY, answers, first_option, to_the_worry_question
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, button, start_reflection
from tests.test_walk_thirtieth import a_finished_reflections_export_button
from tests.test_walk_thirtyfirst import PC, said_to, the_officer_opens_the_link

__all__ = ["bot"]  # the fixture



async def a_new_draft_labelled_opens_kb_12(bot: Bot, label: str) -> None:
    """KB-12 is part-answered; a new reflection given `label` opens KB-12 instead of making
    a second draft that reads alike."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.say("/new reflection")
    await bot.say(label)
    assert 'You already have an unfinished Pre-referral reflection called "KB-12"' in \
        " ".join(said_to(bot, USER)[-3:])
    assert len(await bot.conversation.drafts(USER)) == 1

# --- 1. the next question refused by Telegram for a while -------------------------------------


@pytest.mark.parametrize(("code", "times"), [(502, 3), (429, 2)])
async def test_a_question_telegram_refused_reaches_the_phone_once_telegram_recovers(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, times: int) -> None:
    """The answer was saved, then Telegram refused the next question's message for a while
    (a 502 from its servers, or "Too Many Requests: retry after 1" past the bot's own
    retry), and the apology with it. Nothing more came: the practitioner, looking at their
    answer with a tick, waited for a question that never arrived, until they thought of
    /show. The question is sent again once Telegram takes messages again, and the answer
    typed to it is saved as its answer."""
    monkeypatch.setattr("bot.redelivery.WAITS_S", (0.2, 0.3, 0.4))  # the pauses, shortened
    monkeypatch.setattr("bot.redelivery.MARGIN_S", 0.1)
    async with bot_world(tmp_path / "bot.db", no_errors=False) as world:
        await to_the_worry_question(world)
        world.server.fail("sendMessage", times=times, code=code)
        await world.say(WORRY)
        await world.server.wait_for(lambda: "Question 3 of" in world.texts()[-1])
        assert await answers(world) == {"referrer_role": "school", "what_happened": WORRY}
        await world.tap(first_option(world))
        assert len(await answers(world)) == 3
        assert WORRY not in " ".join(r.getMessage() for r in world.errors.records)


# --- 2. a partner's Send button pressed while an answer is being changed ----------------------


async def the_officers_part_answered(bot: Bot) -> None:
    """PC 4471 answers every question of the Police part of LM-9 and is offered Send."""
    await the_officer_opens_the_link(bot)
    for said in ("PC 4471, response team", "a cut lip and mum said dad had hit her that night",
                 "mum called us herself and went to her sister's with LM",
                 "I will send the bail conditions to the social worker by Fri 11 Dec",
                 "4", "dad is on bail and has kept away so far",
                 "i hid under the bed when daddy was shouting"):
        await bot.say(said, user=PC)
    assert said_to(bot, PC)[-1].startswith("That's every question. Send your contribution")


async def test_send_pressed_while_an_answer_is_changed_sends_nothing_and_says_so(
        bot: Bot) -> None:
    """Offered "Send it to ...", the officer tapped "Change an answer", then Edit on the
    worries, then (thinking better of it) the Send button still on the screen above. The
    reply was "Your contribution has been sent, so it can't be changed here": nothing had
    been sent, and the lead never had it. Now it says nothing has been sent yet and asks
    the question again; answered, Send is offered again and sends it."""
    await the_officers_part_answered(bot)
    await bot.tap(button(bot, "c:"), user=PC)  # Change an answer: the review
    # the review's Edit buttons: a draft id ending in "e" puts "e:" in other buttons too
    edit = next(found[0] for p in reversed(bot.request.sent())
                if (found := re.findall(r"\be:\w+:\d+:@worries", str(p.get("reply_markup")))))
    await bot.tap(edit, user=PC)
    before = len(said_to(bot, PC))
    await bot.tap("t:ps", user=PC)
    said = said_to(bot, PC)[before:]
    assert len(said) == 2
    assert said[0].startswith("Nothing has been sent yet")
    assert "What have you seen or heard yourself" in said[1]
    assert not any("has sent" in t for t in said_to(bot, USER))
    await bot.say("a cut lip; mum said dad had hit her", user=PC)
    await bot.tap("t:ps", user=PC)
    assert said_to(bot, PC)[-1].startswith("Sent to")
    assert sum("has sent" in t for t in said_to(bot, USER)) == 1


async def test_a_send_button_pressed_by_someone_with_no_part_says_nothing_was_sent(
        bot: Bot) -> None:
    """A press of "t:ps" from the social worker (a forged press, or a partner's button
    forwarded to them) was told "Your contribution has been sent": they have none."""
    await start_reflection(bot)
    await bot.tap("t:ps")
    assert said_to(bot, USER)[-1] == NOTHING_TO_SEND


# --- 3. an answer of emoji alone -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["😀😀", "🤷‍♀️ ❤️"])
async def test_emoji_alone_at_a_written_question_is_asked_about_not_saved(
        bot: Bot, typed: str) -> None:
    """A reaction sent as a message ("😢", a shrug) at "What have you seen, heard or been
    told that worries you?" was saved as the worry, and the summary for the referral read
    "What worries you: 😀😀"; a thumbs up was already asked about. Emoji alone are asked
    about the same way, and the answer sent next (emoji among its words) is the one saved."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.say(typed)
    assert "on its own doesn't answer" in said_to(bot, USER)[-1]
    assert "what_happened" not in await answers_of(bot, "KB-12")
    await bot.say("she cried 😢 when dad came")
    assert (await answers_of(bot, "KB-12"))["what_happened"] == "she cried 😢 when dad came"


# --- 4. a case label that reads as another draft's -------------------------------------------


@pytest.mark.parametrize("label", ["KB\u201312", "KB-12\u034f"],
                         ids=["en dash", "grapheme joiner"])
async def test_a_label_that_reads_as_an_open_drafts_is_that_draft(bot: Bot, label: str) -> None:
    """"KB–12" copied from a Word document (its hyphen made a dash), or with a character
    that draws nothing after it, started a second reflection beside "KB-12", and the list
    of drafts showed "Continue KB-12" twice: one held the answers, the other nothing, and
    nobody could tell which. It opens the draft it reads as, answers and all."""
    await a_new_draft_labelled_opens_kb_12(bot, label)


# --- 5. a command naming a draft there is not ------------------------------------------------


@pytest.mark.parametrize("typed", ["/cancel KT-2", "/delete KT-2", "/export KT-2"])
async def test_a_label_that_names_no_draft_is_not_taken_for_the_open_one(
        bot: Bot, typed: str) -> None:
    """With KB-12 open, "/cancel KT-2" (KT-2 erased last week, or mistyped) asked 'Discard
    the draft "KB-12" and all its answers?', one tap from erasing another family's draft,
    and "/export KT-2" sent KB-12's documents, to be forwarded as KT-2's. It says there is
    no such draft, and does nothing to KB-12."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.say(typed)
    said = said_to(bot, USER)
    assert any(s.startswith("I can't find that draft") for s in said[-2:])
    assert not any("Discard" in s for s in said[-2:])
    assert not any(b.startswith("y:") for b in bot.buttons())
    assert bot.request.sent("sendDocument") == []
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-12"]


# --- 6. an Export button of one draft while another's label or "are you sure?" is asked ------


async def test_export_of_an_earlier_draft_while_a_prompt_waits_sends_no_other_drafts_files(
        bot: Bot) -> None:
    """KB-12's reflection finished, KB-13's begun, then /new by mistake: with the new draft's
    label asked, the health visitor tapped Export under KB-12's summary to take to the
    meeting, and was sent KB-13's documents (the open draft's), another child's, to be
    forwarded as KB-12's. "/export KB-12" while "Discard the draft KB-13?" waited did the
    same. Neither sends anything now: each says why, and asks what it was asking again."""
    export = await a_finished_reflections_export_button(bot)
    for said in ("/new reflection", "KB-13", "School or college", "/new wellbeing"):
        await bot.say(said)
    await bot.tap(export)
    assert bot.request.sent("sendDocument") == []
    said = said_to(bot, USER)
    assert said[-2].startswith("I haven't sent any documents yet")
    assert said[-1].startswith("Give this draft a short case label")
    await bot.say("/cancel")  # the new draft not started: KB-13 open again
    await bot.say("/cancel")  # "Discard the draft KB-13?"
    await bot.say("/export KB-12")
    assert bot.request.sent("sendDocument") == []
    assert said_to(bot, USER)[-1].startswith('Discard the draft "KB-13"')


# --- 7. an escape sequence in a saved answer, shown at a terminal -----------------------------

ESCAPES = "\x1b]0;sosbot\x07\x1b[2J\x9b31m"  # retitle the window, clear the screen, red


async def _saved_by_an_older_sosbot(db: Path) -> None:
    """The chat's answer to what happened as an older sosbot (or a program writing to the
    database) may have saved it: with a terminal's escape sequences in it."""
    async with await Store.open(db, sealer=require_key(load_settings(SOSBOT_DB=str(db)), db)
                                ) as store:
        (info,) = await store.list_drafts(CONSOLE_USER)
        draft = await store.load_draft(CONSOLE_USER, info.id)
        assert draft is not None
        answers = {**draft.answers, "what_happened": f"Seen a bruise {ESCAPES}on her arm"}
        await store.save(replace(draft, answers=answers), {"what_happened"})


def test_an_escape_in_a_saved_answer_never_reaches_the_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Typed answers lose their escape sequences, but what is shown comes from the database:
    an answer holding one (saved by an older sosbot, or written by another program) was
    printed as it was by `sosbot chat`'s /review and question, and by `sosbot export` to
    the terminal, which cleared the screen and retitled the window. Shown, it is the words
    alone."""
    monkeypatch.setattr("sys.stdin", io.StringIO("KB-1\nSchool or college\nSeen a bruise\n"))
    assert cli.main(["chat", "--flow", "reflection", "--db", "c.db"]) == 0
    asyncio.run(_saved_by_an_older_sosbot(tmp_path / "c.db"))
    capsys.readouterr()
    monkeypatch.setattr("sys.stdin", io.StringIO("1\n/review\n/back\n"))
    assert cli.main(["chat", "--db", "c.db"]) == 0
    assert cli.main(["export", "KB-1", "--db", "c.db"]) == 0
    shown = capsys.readouterr().out
    assert shown.count("Seen a bruise on her arm") >= 3  # the review, the question, the file
    assert not any(c in shown for c in "\x1b\x07\x9b")


# --- 8. a reaction for a case label, a blank for a yes or no ----------------------------------


async def test_a_label_of_emoji_alone_is_refused_and_a_blank_is_no_yes_or_no(bot: Bot) -> None:
    """A thumbs up sent when the case label was asked started a draft labelled "👍": its
    summary was headed "👍" and no /resume could name it. A label needs letters or numbers.
    And a message that shows nothing (a Braille blank) sent at "Discard the draft?" was
    quoted back as '"" isn't a yes or a no'."""
    await bot.say("/new reflection")
    await bot.say("👍")
    said = said_to(bot, USER)
    assert said[-2].startswith("A case label needs letters or numbers")
    assert said[-1].startswith("Give this draft a short case label")
    assert await bot.conversation.drafts(USER) == []
    await bot.say("KB-12")
    await bot.say("/cancel")
    await bot.say("\u2800")
    said = said_to(bot, USER)
    assert said[-2].startswith("That message shows nothing, so it isn't a yes or a no")
    assert said[-1].startswith('Discard the draft "KB-12"')
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-12"]
