"""Fresh eyes on the thirty-third pass's merge, where separately written branches met:
polling's update handed in again after SQLite failed it, beside what the practitioner sent
since; a partner's which-part withdrawal beside the question kept in the session; a lead's
retried notice beside a Stop or a withdrawal.

Through the real parts, as the pass's own tests drive them (`tests/test_deploy_thirtythird`,
`tests/test_walk_thirtythird_b`).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from telegram.error import NetworkError
from telegram.request import RequestData

from bot.app import started
from bot.handlers import UNSAVED, HandedInAgain
from bot.run import start_polling
from bot.teams.invites import invite_colleague
from bot.views import TOOL_END
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD
from tests.telegram_world import PRACTITIONER, bot_settings, start_a_draft
from tests.test_attacks_thirtythird import redeliveries, summaries_with_export
from tests.test_deploy_thirtythird import answers_of, read_only, sorries
from tests.test_telegram_handlers import (
    Bot,
    bot,
    buttons_of,
    start_reflection,
)
from tests.test_walk_eighteenth import REFLECTION
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    LEAD2,
    SAM,
    answers,
    opens,
    read,
    team,
    the_dsl_on_two_families,
    two_families,
)

__all__ = ["bot", "team"]  # the fixtures


# --- polling: an update handed in again after the practitioner moved on ----------------------

async def test_an_answer_handed_in_again_after_the_practitioner_answered_again_is_dropped(
        tmp_path: Path) -> None:
    """Polling on SQLite: "school" at question 1 failed (the file read-only for a moment),
    and the practitioner was told "Sorry ... Send /show to see the question we are on
    before you answer again". The database took writes again; they answered again, "health"
    this time (School was a slip), saved, and were asked question 2. The first "school",
    handed in again a moment later, was answered "I haven't saved "school": you sent it
    before the question below reached you ... If it belongs with your previous answer,
    /back goes back to it (send + and these words there ...)", about a message they had
    replaced, as if to add "school" to "health". An update is not handed in again once its
    sender has sent another, answered as things then stood."""
    db = tmp_path / "sosbot.db"
    async with BotApiServer() as server, started(bot_settings(server, db)) as app:
        app.bot_data[UNSAVED] = HandedInAgain(waits=(600.0,))  # made below
        await start_polling(app, poll_timeout=1)
        await start_a_draft(server)
        await read_only(app, server)
        server.send_text(PRACTITIONER, "school")
        await server.wait_for(lambda: sorries(server), HANG_GUARD)
        await read_only(app, server, on=False)
        server.send_text(PRACTITIONER, "health")
        await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                              HANG_GUARD)
        assert app.job_queue is not None
        for job in app.job_queue.get_jobs_by_name("handed in again"):
            await job.run(app)
        shown = len(server.texts(PRACTITIONER))
        server.send_text(PRACTITIONER, "/show")  # answered after the one handed in
        await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1]
                              and len(server.texts(PRACTITIONER)) > shown, HANG_GUARD)
        texts = server.texts(PRACTITIONER)
        after = texts[texts.index(sorries(server)[0]):]
        assert not any("school" in text for text in after), after
        assert await answers_of(app) == [{"referrer_role": "health"}]
        assert app.updater is not None
        await app.updater.stop()


# --- a partner's which-part withdrawal ------------------------------------------------------

async def test_two_families_labelled_alike_are_told_apart_when_asked_which_to_withdraw(
        team: Bot) -> None:
    """Two social workers each labelled their family "KB" (initials, as the bot asks). The
    DSL, who had sent her part for one and was answering for the other, sent /delete and
    was asked which, with two buttons both reading "Withdraw "KB" only": nothing on them
    said which family's part each erased. Each button now says it."""
    bot = team
    await the_dsl_on_two_families(bot, ("KB", "KB"))
    await bot.say("/delete", user=DSL)
    shown = [text for text, _ in buttons_of(bot.request.sent()[-1].get("reply_markup"))]
    assert len(set(shown)) == len(shown), shown
    unsent = [text for text in shown
              if text.startswith('Withdraw "KB"') and "(not sent yet)" in text]
    assert len(unsent) == 1, shown
    await bot.tap(labelled(bot, unsent[0]), user=DSL)
    assert said_to(bot, DSL)[-1].startswith('Withdrawn: your contribution to "KB" is erased')
    await bot.say("/summary")
    assert "FM came in hungry three days last week" in read(bot)


async def test_yes_to_withdrawing_the_one_part_leaves_a_part_begun_since(
        team: Bot) -> None:
    """The DSL, her part for FM-3 sent, sent /delete and was asked "Withdraw your
    contribution ...?" (her one part then). Before answering she opened KB-2's link, from
    another social worker, and began; then she tapped Yes, meaning FM-3's part. Yes erased
    both, KB-2's answers too, which that question had never been about. It withdraws the
    part it asked about."""
    bot = team
    fm, kb = await two_families(bot)
    await opens(bot, fm, DSL)
    await answers(bot, DSL, (*DSL_PART, "send"))
    await bot.say("/delete", user=DSL)
    assert said_to(bot, DSL)[-1].startswith("Withdraw your contribution")
    yes = labelled(bot, "Yes, withdraw it")
    await opens(bot, kb, DSL)
    await answers(bot, DSL, ("DSL", "/keep", "KB was sent home with a bruise on her cheek"))
    await bot.tap(yes, user=DSL)
    assert said_to(bot, DSL)[-1].startswith('Withdrawn: your contribution to "FM-3" is erased')
    await bot.say("KB comes in clean and happy on mondays", user=DSL)
    assert read(bot, DSL).startswith("[KB-2] Question 5"), read(bot, DSL)  # carried on


# --- the summary at the end, sent again -----------------------------------------------------

async def test_the_summary_is_not_sent_twice_when_only_the_line_after_it_was_refused(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reflection's last answer: its summary reached the phone, with its Export button,
    and Telegram then failed the line after it ("That's the end of this tool ..."). The
    summary was owed still, and sent again whole a moment later: the practitioner had it
    twice, two Export buttons. Once the message with its buttons is shown it is not owed."""
    real = bot.request.do_request

    async def end_lost(url: str, method: str, request_data: RequestData | None = None,
                       *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if request_data is not None and str(request_data.parameters.get("text", "")
                                            ).startswith(TOOL_END[:30]):
            raise NetworkError("Telegram is out of reach")
        return await real(url, method, request_data, *args, **kwargs)

    await start_reflection(bot)
    for said in REFLECTION:
        await bot.say(said)
    with monkeypatch.context() as patched:
        patched.setattr(bot.request, "do_request", end_lost)
        await bot.say("4 cos she said it")
    assert summaries_with_export(bot) == 1
    await redeliveries(bot)
    assert summaries_with_export(bot) == 1


async def test_a_members_part_discarded_as_the_busy_reply_says_is_told_to_its_lead(
        team: Bot) -> None:
    """Sam, a social worker on the team, was half way through the School part of FM-3 when
    she opened KB-2's link; told "discard it with /cancel FM-3", she did. FM-3's social
    worker was told nothing: the part she was waiting for was gone, and her link used. She
    is told, as when a partner withdraws a part, and how to have it again."""
    bot = team
    teams = TeamStore(bot.conversation.store)
    await teams.join((await invite_colleague(teams, LEAD2)).invite.code_hash, SAM, "Sam",
                     time.time())
    fm, kb = await two_families(bot)
    await opens(bot, fm, SAM)
    await answers(bot, SAM, DSL_PART[:3])
    await bot.say(f"/start {kb}", user=SAM)
    assert "/cancel FM-3" in said_to(bot, SAM)[-2]
    await bot.say("/cancel FM-3", user=SAM)
    await bot.tap(labelled(bot, "Yes, discard it"), user=SAM)
    told = read(bot)
    assert 'to your mapping "FM-3" has been withdrawn' in told, told
    assert "/invite makes a new link" in told
