"""The thirty-third round of attacks: a hostile or careless user and a faulty network, on
the paths `sosbot run` and `sosbot chat` take. Each test of a defect failed on the code as
it was, through the real parts: the real Application with the Bot API in memory
(`tests.test_telegram_handlers`), its job queue's tries made at once, and the terminal
chat (`sosbot chat`'s own entry point, in this process)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from bot import cli
from tests.memory_botapi import buttons_of
from tests.test_attacks_thirtysecond import the_officers_part_answered
from tests.test_telegram_handlers import (
    USER,
    Bot,
    age_drafts_of,
    answers_of,
    bot,
    button,
    counts,
    refusing,
    retention_job,
    start_reflection,
)
from tests.test_walk_eighteenth import REFLECTION
from tests.test_walk_thirtyfirst import PC, said_to, the_officer_opens_the_link

__all__ = ["bot"]  # the fixture


# --- 1. "/cancel #1" typed: a label, not the Discard button's data ----------------------------


async def two_drafts_one_labelled_with_a_hash(bot: Bot) -> None:
    """A reflection labelled "#1" (as a team numbers its referrals), then KB-2 opened."""
    for said in ("/new reflection", "#1", "School or college", "/new reflection", "KB-2"):
        await bot.say(said)


async def test_cancel_typed_with_a_label_that_starts_with_a_hash_asks_about_that_draft(
        bot: Bot) -> None:
    """The Discard button of "which draft?" carries "#" and the draft's id, and "/cancel #1"
    typed was read as that button: the draft labelled "#1" was there, but the reply said
    "That draft is no longer kept, so there is nothing to discard", as if it had gone. Typed,
    it is a label like any other: discarding "#1" is asked, and a yes discards it alone."""
    await two_drafts_one_labelled_with_a_hash(bot)
    await bot.say("/cancel #1")
    assert said_to(bot, USER)[-1].startswith('Discard the draft "#1"')
    await bot.tap(button(bot, "y:cancel:"))
    assert [d.label for d in await bot.conversation.drafts(USER)] == ["KB-2"]


async def test_a_draft_id_typed_after_a_hash_is_not_a_button_press(bot: Bot) -> None:
    """Typed with a draft's id after "#" (the Discard button's data, copied from a log or
    forwarded), it asked to discard that draft, as the button does. Typed, it names no
    draft by its label: nothing is offered to discard."""
    await two_drafts_one_labelled_with_a_hash(bot)
    (kb2,) = [d for d in await bot.conversation.drafts(USER) if d.label == "KB-2"]
    await bot.say("/cancel #" + kb2.id)
    assert not any(b.startswith("y:") for b in bot.buttons())
    assert len(await bot.conversation.drafts(USER)) == 2


async def test_the_discard_button_of_which_draft_still_asks_about_its_draft(bot: Bot) -> None:
    """"/cancel" naming two drafts offers each with a Discard button; its press asks about
    that draft, typed labels aside."""
    await two_drafts_one_labelled_with_a_hash(bot)
    await bot.say("/new reflection")
    await bot.say("KB-22")
    await bot.say("/cancel kb")
    await bot.tap(button(bot, "k:"))  # the newest first: KB-22
    assert said_to(bot, USER)[-1].startswith('Discard the draft "KB-22"')


def test_the_chats_numbered_choice_of_which_draft_still_asks_about_its_draft(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """In `sosbot chat`, the number typed to choose among the drafts "/cancel kb" names is
    the menu's choice of that draft: it is asked about, and "yes" discards it alone."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("sys.stdin", io.StringIO(
        "KB-1\nSchool or college\n/new reflection\nKB-11\n/cancel kb\n1\nyes\n"))
    assert cli.main(["chat", "--flow", "reflection", "--db", "c.db"]) == 0
    shown = capsys.readouterr().out
    assert 'Discard the draft "KB-11" and all its answers?' in shown
    assert 'Your other unfinished draft, "KB-1", is still saved' in shown


# --- 2. the summary at the end, refused by Telegram for a while --------------------------------


async def test_the_summary_at_the_end_reaches_the_phone_once_telegram_recovers(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The last answer was saved, then Telegram could not be reached for a moment: the
    summary to take to the referral never came, nor the apology, and nothing was sent again
    (only a question was). The practitioner, looking at their last answer, could not tell
    the reflection was done. The summary is sent again once Telegram takes messages, once,
    with its Export button."""
    await start_reflection(bot)
    for said in REFLECTION:
        await bot.say(said)
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, USER, None))
        await bot.say("4 cos she said it")
    (finished,) = await bot.conversation.drafts(USER, status="completed")
    assert finished.label == "KB-12"
    assert summaries_with_export(bot) == 0
    await redeliveries(bot)
    assert summaries_with_export(bot) == 1
    await redeliveries(bot)  # tried again: nothing more is owed
    assert summaries_with_export(bot) == 1


def summaries_with_export(bot: Bot) -> int:
    return sum(any(data.startswith("x:") for _, data in buttons_of(p.get("reply_markup")))
               for p in bot.request.sent())


async def redeliveries(bot: Bot, name: str = "redelivery") -> None:
    """The tries `bot.redelivery` has waiting (or the jobs of that `name`), made now."""
    assert bot.app.job_queue is not None
    for job in bot.app.job_queue.get_jobs_by_name(name):
        await job.run(bot.app)


# --- 3. "a contribution has come" refused by Telegram ------------------------------------------


async def test_the_lead_told_a_contribution_came_once_telegram_recovers(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """PC 4471 sent the Police part of LM-9 just as Telegram could not be reached for the
    social worker's chat: the officer was told "Sent to ...", and the social worker was
    told nothing, then or later, so the part sat unread until they thought to /review. The
    notice is sent again once Telegram takes it, once."""
    await sent_while_the_leads_chat_is_out_of_reach(bot, monkeypatch)
    await notices_sent_again(bot)
    assert sum("has sent a contribution" in t for t in said_to(bot, USER)) == 1


async def sent_while_the_leads_chat_is_out_of_reach(bot: Bot,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    await the_officers_part_answered(bot)
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, USER, None))
        await bot.tap("t:ps", user=PC)
    assert said_to(bot, PC)[-1].startswith("Sent to")
    assert not any("has sent" in t for t in said_to(bot, USER))


async def notices_sent_again(bot: Bot) -> None:
    await redeliveries(bot, "lead notice")


async def test_a_contribution_withdrawn_before_telegram_recovers_is_not_said_to_have_come(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Withdrawn meanwhile, the lead is told it was withdrawn, and not after that that it
    has come."""
    await sent_while_the_leads_chat_is_out_of_reach(bot, monkeypatch)
    await bot.say("/delete", user=PC)
    await bot.tap(button(bot, "t:pw"), user=PC)
    await notices_sent_again(bot)
    assert "has been withdrawn" in said_to(bot, USER)[-1]
    assert not any("has sent a contribution" in t for t in said_to(bot, USER))


# --- 4. the reminder that a draft goes tomorrow, refused by Telegram ---------------------------


async def test_a_reminder_telegram_could_not_take_is_sent_again_before_the_draft_goes(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily run's reminder ("your draft KB-12 will be erased tomorrow") met Telegram
    out of reach (a 5xx, or no answer): only flood control was tried again, so the reminder
    stayed due until the next day's run, which sent "will be erased tomorrow" and erased
    the draft in the same minute. It is tried again soon after, and the draft is still
    there to finish."""
    await start_reflection(bot)
    age_drafts_of(bot.db, USER, 29.5)
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, USER, None))
        await retention_job(bot).callback(None)
    assert not any("erased tomorrow" in t for t in said_to(bot, USER))
    assert bot.app.job_queue is not None
    (again,) = bot.app.job_queue.get_jobs_by_name("retention-reminders")
    await again.run(bot.app)
    assert sum("erased tomorrow" in t for t in said_to(bot, USER)) == 1
    assert (await counts(bot))["drafts"] == 1


async def test_a_draft_erased_by_the_run_that_found_it_due_is_not_said_to_go_tomorrow(
        bot: Bot) -> None:
    """A draft past its time that was never reminded (the bot stopped over a long weekend,
    or the council shortened SOSBOT_DRAFT_DAYS) was sent "will be erased tomorrow ... To
    finish or export it first, send /resume KB-12" by the very run that erased it a moment
    later: /resume KB-12 then found nothing. The practitioner is told it has been erased."""
    await start_reflection(bot)
    age_drafts_of(bot.db, USER, 30.5)
    await retention_job(bot).callback(None)
    assert (await counts(bot))["drafts"] == 0
    said = said_to(bot, USER)
    assert not any("erased tomorrow" in t for t in said)
    assert said[-1].startswith('Your draft "KB-12" (Pre-referral reflection) has been erased')


# --- 5. a line break of another kind, pasted -----------------------------------------------------


@pytest.mark.parametrize("brk", ["\x0b", "\r", "\x0c", "\x85"],
                         ids=["Word's line break", "a lone CR", "a page break", "NEL"])
async def test_a_line_break_pasted_from_a_document_keeps_the_words_apart(
        bot: Bot, brk: str) -> None:
    """A worry copied from case notes in Word, whose lines end in Word's own line break
    (a vertical tab, Shift+Enter) or a lone carriage return, was saved with the break
    dropped and the words on each side run together: "Mum said dad hit her on
    Mondayshe was crying at the gate". The break is kept as a line break."""
    await start_reflection(bot)
    await bot.say("School or college")
    await bot.say(f"Mum said dad hit her on Monday{brk}she was crying at the gate")
    assert (await answers_of(bot, "KB-12"))["what_happened"] == \
        "Mum said dad hit her on Monday\nshe was crying at the gate"


# --- 6. a link in a partner's answer, shown to the lead -------------------------------------------

VIDEO = "https://example.org/v/8812"


async def test_a_link_in_a_partners_answer_is_shown_to_the_lead_without_a_preview(
        bot: Bot) -> None:
    """The officer pasted where the video mum showed them is. The lead's /review of what
    partners sent showed it with Telegram's preview of the page (fetched by Telegram, its
    picture in the case's chat), though a link in an answer is shown without one
    everywhere else. Every message the bot sends shows a link without its preview."""
    await the_officer_opens_the_link(bot)
    for said in ("PC 4471, response team",
                 f"mum showed me a video of dad hitting her, it is at {VIDEO}",
                 "mum called us herself and went to her sister's with LM",
                 "I will send the bail conditions to the social worker by Fri 11 Dec",
                 "4", "dad is on bail and has kept away so far", "/skip"):
        await bot.say(said, user=PC)
    await bot.tap("t:ps", user=PC)
    await bot.say("/review")
    shown = [p for p in bot.request.sent() if VIDEO in str(p["text"])]
    assert any(int(str(p["chat_id"])) == USER for p in shown)
    assert all(p.get("link_preview_options") == {"is_disabled": True} for p in shown)
