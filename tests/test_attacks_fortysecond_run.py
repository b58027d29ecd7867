"""The forty-second pass's attacks on the bot over Telegram: the real `sosbot run` polling the
local Bot API server, its Application polling it in this process, and the team's handlers
with the Bot API in memory. Nothing tried here needed mending; these tests keep it so.

Held this pass (tried, nothing to mend):
- a practitioner and a stranger in a group: /summary, /review, /export, /drafts, /start,
  plain words, a command addressed to the bot: one "private chats only" line in the group,
  no label, no answer, no draft's content;
- a giver's old buttons (Export under a summary, Review, each edit button) pressed after
  /handover: stale or "handed to Priya", no document, nothing changed;
- a colleague pressing buttons forged with another's draft id (export, summary, review,
  resume, discard, edit, answer, a confirmation) or naming it in /summary, /export,
  /review, /resume: "can't find that draft among yours", nothing of it shown or sent;
- the lead opening their own partner link: told to send it to the partner, it still works;
- a button press and an answer sent again by Telegram after `sosbot run` was SIGKILLed
  and restarted: neither acted on twice, no reply to either;
- the same answer delivered three times in one batch: saved once, asked on once;
- answers of 4,000 characters through a whole reflection: every message within Telegram's
  limit, the summary in parts, the export's three documents sent, no error;
- 4,096 characters (markup, "&", an emoji) at a choice, at a written question, after
  /skip, /review, /resume, /summary, /cancel, /export, /new and "+": quoted clipped, the
  limit said, no reply over Telegram's limit;
- Telegram's "message is not modified" on every edit of a turn: no error, the flow goes on;
- blocked (403 on every send) while answering, then unblocked with /start: the answer kept,
  the draft offered to carry on with, the next answer asked about, not lost;
- two devices pressing a choice on two drafts' questions at once: the open draft's taken,
  the other's said to be from an earlier question, both drafts as they were;
- the database file replaced under `sosbot run`: the operator told in one line what
  happened and what to do, the practitioner an apology, nothing saved into the new file.

Found and left (beyond this pass's time): under `sosbot run --webhook` with two instances
on one PostgreSQL, a text over 4,096 characters that Telegram sends as two messages, the
parts reaching different instances, has its second part saved as the answer: the "rest of
a long message" check (`bot.handlers.Handlers._split_rest`) remembers the first part in
one process only. (Mended in the forty-third pass: the mark is in the database, read in the
next part's own turn; `tests/test_instances_fortythird.py`.)
"""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from bot.handlers import PRIVATE_ONLY
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, STRANGER, bot_world, run_env, start_a_draft
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, team
from tests.test_telegram_handlers import Bot, texts_to
from tests.test_walk_thirtythird_b import mapping, phone

__all__ = ["team"]  # the fixture

GROUP = -1001234567
SECRET = "zz mum said he hit her"


@pytest.mark.e2e
async def test_a_group_with_a_practitioner_and_a_stranger_hears_one_line_and_no_case(
        tmp_path: Path) -> None:
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "TB-7", command="start")
        await world.tap("School or college")
        await world.answer(SECRET)
        server = world.server
        mark = len(server.calls)
        for who in (PRACTITIONER, STRANGER):
            for said in ("/summary", "/review", "/export", "/drafts", "/start", "hello",
                         "/summary@sosbot_test_bot"):
                server.send_text(who, said, chat_id=GROUP, chat_type="supergroup")
        await server.wait_idle(quiet=0.3)
        assert server.texts(GROUP) == [PRIVATE_ONLY]
        assert not any(name.lower() == "senddocument" for name, _ in server.calls[mark:])


async def test_old_buttons_and_guessed_draft_ids_show_nothing_of_a_case(team: Bot) -> None:
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say(SECRET, SAM)
    await bot.say("/summary", SAM)
    pressed = list(bot.buttons())
    draft = pressed[0].split(":")[1]
    await bot.say("/review", SAM)
    pressed += bot.buttons()
    forged = [f"{kind}:{draft}" for kind in ("s", "v", "r", "k")] + pressed
    documents = len(bot.request.sent("sendDocument"))
    seen = len(texts_to(bot, PRIYA))
    for data in forged:  # Priya, a colleague, guesses Sam's draft id
        await bot.tap(data, PRIYA)
    for said in (f"/summary {draft}", f"/export {draft}", "/review KB-7", "/resume KB-7"):
        await bot.say(said, PRIYA)
    assert not any(SECRET in t or "KB-7" in t for t in phone(bot, PRIYA)[seen:])
    assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
    seen = len(texts_to(bot, SAM))
    for data in pressed:  # the giver's own buttons, from before the hand-over
        await bot.tap(data, SAM)
    assert not any(SECRET in t for t in phone(bot, SAM)[seen:])
    assert len(bot.request.sent("sendDocument")) == documents


@pytest.mark.e2e
async def test_updates_telegram_sends_again_after_a_killed_run_are_not_acted_on_twice(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        async with sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            await start_a_draft(server)
            question = [m for m in server.chat(PRACTITIONER) if m.buttons][-1]
            choice = next(d for d in question.callback_data if d.startswith("a:"))
            server.press_button(PRACTITIONER, question.message_id, choice)
            sent = [copy.deepcopy(server._queue[-1].update)]
            await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            server.send_text(PRACTITIONER, SECRET)
            sent.append(copy.deepcopy(server._queue[-1].update))
            await server.wait_for(lambda: "Question 3" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            child.kill()
            await child.wait()
        before = len(server.texts(PRACTITIONER))
        async with sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
            for update in sent:
                server.inject_update(update)
            await server.wait_for(lambda: server.pending_updates == 0, HANG_GUARD)
            await server.wait_idle(quiet=0.5)
            assert server.texts(PRACTITIONER)[before:] == []  # nothing said to either
            server.send_command(PRACTITIONER, "review")
            listed = await server.wait_for(
                lambda: next((t for t in server.texts(PRACTITIONER)[before:]
                              if t.startswith("Pre-referral reflection")), None), HANG_GUARD)
            log = await stop(child)
    assert listed.count(SECRET) == 1, listed
    assert "3." not in listed  # the answer was not given again to the next question
    assert SECRET not in log
    assert "Traceback" not in log
