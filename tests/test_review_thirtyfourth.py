"""The thirty-fourth review: the last pass's change read with fresh eyes. Each test failed on
the code as it was, through the real parts (the real store in a SQLite file, the terminal
chat, the real flows)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.exporting import exporter_for
from flows.flow import Flow
from flows.nudges import nudger
from flows.replies import Nudge
from storage.store import Store
from tests.test_attacks_thirtythird import redeliveries, summaries_with_export
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import (
    USER,
    Bot,
    age_drafts_of,
    refusing,
    retention_job,
    start_reflection,
)
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtythird_b import DSL, DSL_PART, LEAD2, answers, link, opens, team

__all__ = ["team"]  # the fixture


def updated(flows: Mapping[str, Flow], flow_id: str) -> dict[str, Flow]:
    """The tools after an update of `flow_id` (its version raised, as a new sosbot ships)."""
    flow = flows[flow_id]
    raised = replace(flow, spec=flow.spec.model_copy(update={"version": flow.version + 1}))
    return {**flows, flow_id: raised}


async def test_a_parents_reason_outlives_an_update_of_the_tool(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """Mum's number was saved with her reason ("6, mum says R is staying away more"). Once
    sosbot was updated with a new version of the safety mapping, the draft was fitted to it
    keeping only the answers whose questions remain: the reason, kept beside the number and
    not a question of its own, was erased without a word, from /review, the summary and
    the exports. It is kept while mum's number is."""
    chat = reach(flows["mapping"], "safety_scale")
    chat.send("3, mum has asked R to leave but he has a key")
    chat.send("6, mum says R is staying away more")
    draft = replace(chat.draft, user_id=CONSOLE_USER, label="HV-KR1")
    await store.save(draft, draft.answers, new=True)
    talk = Conversation(store, updated(flows, "mapping"), surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("/resume HV-KR1", "/review")).run(None)
    view = "Parent or carer the child lives with: 6 (mum says R is staying away more)"
    assert view in out.getvalue()
    files = dict(await exporter_for(talk)(CONSOLE_USER))
    assert view in next(data.decode() for name, data in files.items() if name.endswith(".txt"))
    kept = await store.load_draft(CONSOLE_USER, draft.id)
    assert kept is not None
    assert kept.answers.get("safety_scale_parent_1_why") == "mum says R is staying away more"


async def test_a_draft_erased_unreminded_is_told_though_a_reminder_before_it_failed(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot had been stopped over a long weekend. At the daily run, one social worker's
    reminder ("will be erased tomorrow") did not reach Telegram, and the run stopped sending
    for a moment; another's draft, past its time and never reminded, was erased by that run
    without a word: neither a reminder nor "has been erased" ever came (the retry minutes
    later found nothing due). Every owner of a draft the run erases unreminded is told."""
    bot = team
    await start_reflection(bot)  # USER's KB-12, reminded tomorrow
    age_drafts_of(bot.db, USER, 29.5)
    await bot.say("/new reflection", user=LEAD2)
    await bot.say("FM-3", user=LEAD2)
    age_drafts_of(bot.db, LEAD2, 30.5)  # past its time: this run erases it
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, USER, None))
        await retention_job(bot).callback(None)
    assert said_to(bot, LEAD2)[-1].startswith('Your draft "FM-3" (Pre-referral reflection) '
                                              "has been erased")
    assert bot.app.job_queue is not None
    (again,) = bot.app.job_queue.get_jobs_by_name("retention-reminders")
    await again.run(bot.app)
    assert sum("erased tomorrow" in t for t in said_to(bot, USER)) == 1
    assert not any("erased tomorrow" in t for t in said_to(bot, LEAD2))


async def test_the_summary_at_the_end_sent_again_keeps_the_partners_parts(
        team: Bot, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """The social worker's last answer to FM-3's safety mapping was saved as Telegram could
    not be reached; the summary for the conference, sent again once it could, had lost the
    school's part: its worries and its number were gone from the columns, as if the DSL had
    never sent them, where the summary the last answer brought had them. The summary sent
    again is the one the last answer brought, partners' parts and all."""
    bot = team
    chat = reach(flows["mapping"], "safety_scale_others")
    draft = replace(chat.draft, user_id=USER, label="FM-3")
    await bot.conversation.store.save(draft, draft.answers, new=True)
    await bot.say("/resume FM-3")
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, USER, None))
        await bot.say("/skip")
    assert summaries_with_export(bot) == 0
    await redeliveries(bot)
    assert summaries_with_export(bot) == 1
    summary = "\n".join(said_to(bot, USER)[-3:])
    assert "FM came in hungry three days last week" in summary
    assert "School, DSL" in summary


# --- a short form written out in another answer ----------------------------------------------

@pytest.mark.parametrize(("typed", "asked"), [
    ("Referral made to MGM", '"Referral made to MGM" says what has been done'),
    ("MGM to keep an eye on KR", '"MGM to keep an eye on KR" is a next step, but not yet who'),
])
def test_a_step_naming_a_short_form_written_out_before_is_asked_about_as_typed(
        flows: Mapping[str, Flow], typed: str, asked: str) -> None:
    """KR's safety network read "KR lives with her maternal grandmother (MGM) since May". At
    the next steps, "Referral made to MGM" was asked about as '"Referral made to her
    maternal grandmother" says what has been done', words the social worker never wrote,
    and "MGM to keep an eye on KR" was asked nothing at all, where it is a step with no one
    and no day to it (the word before "maternal grandmother" in the other answer decided
    it). On /show the reminder changed to the one about "MGM" that had been promised
    not to come again. Each is asked about its step, quoted as typed, the same on /show."""
    chat = reach(flows["mapping"], "next_steps")
    chat.draft.answers["network"] = ["KR lives with her maternal grandmother (MGM) since May"]
    chat.send(typed)
    (reminder,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert reminder.startswith(asked)
    assert "grandmother" not in reminder
    chat.command("show")
    assert [r.text for r in chat.replies if isinstance(r, Nudge)] == [reminder]


async def test_the_note_that_a_draft_was_erased_is_sent_again_once_telegram_takes_it(
        team: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The daily run erased a draft past its time, never reminded, while Telegram could not
    be reached: the note that it had gone was dropped with a warning, and the practitioner
    found it gone with no word of why. It is sent again once Telegram takes messages."""
    bot = team
    await start_reflection(bot)
    age_drafts_of(bot.db, USER, 30.5)
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", refusing(bot.request, USER, None))
        await retention_job(bot).callback(None)
    gone = 'Your draft "KB-12" (Pre-referral reflection) has been erased'
    assert not any(t.startswith(gone) for t in said_to(bot, USER))
    await redeliveries(bot, "retention-erased")
    assert sum(t.startswith(gone) for t in said_to(bot, USER)) == 1
