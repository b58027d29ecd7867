"""The eighteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the real Application (the Bot API
answered in memory, `tests.test_telegram_handlers`)."""

from __future__ import annotations

import html
import signal
from pathlib import Path

import pytest

from flows.nudges import nudger
from flows.replies import Nudge
from tests.botapi_server import BotApiServer
from tests.builders import EngineChat, build_flow, list_step, section, text
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, run_env, start_a_draft
from tests.test_attacks_fourteenth import at_what_needs_to_happen, reply
from tests.test_run_command import closed_cleanly
from tests.test_telegram_handlers import (
    PARTNER,
    USER,
    Bot,
    a_partner_on_a_mapping,
    bot,
    counts,
    no_errors,
    start_reflection,
)
from tests.test_walk_seventeenth import FLOWS, parsed

__all__ = ["bot"]  # the fixture


@pytest.mark.parametrize(("flow", "step", "typed"), [
    ("harm_matrix", "harm_severity_1", "no significant"),
    ("harm_matrix", "harm_likely_1", "never likely"),
    ("harm_matrix", "harm_how_1", "not some of these"),
    ("success", "stage", "no care"),
    ("success", "stage", "isn't care"),
    ("mapping", "purpose", "no conference"),
    ("contribution", "agency", "not another service"),
])
def test_a_no_typed_before_an_option_is_not_mended_away_as_a_slip(
        flow: str, step: str, typed: str) -> None:
    """A typed choice a letter or two off an option is read as that option ("signficant").
    "no significant" at "how severe has the harm been?" is "significant" but for one short
    word, so it was saved as "Significant: injury, or a clear effect on the child", the
    opposite of what was typed; "never likely" became "Very likely" in the danger statement,
    "no care" "In care". A slip mends letters, never a "no", "not" or "never": asked again."""
    assert parsed(flow, step, typed) is None


@pytest.mark.parametrize(("flow", "step", "typed", "meant"), [
    ("harm_matrix", "harm_severity_1", "signficant", "significant"),
    ("harm_matrix", "harm_likely_1", "very likly", "very_likely"),
    ("success", "stage", "in kare", "in_care"),
    ("harm_matrix", "harm_how_1", "not sure", "unsure"),
    ("reflection", "safe_today", "dunno", "unsure"),
])
def test_a_slip_of_a_letter_is_still_the_option_it_nearly_spells(
        flow: str, step: str, typed: str, meant: str) -> None:
    assert parsed(flow, step, typed) == meant


@pytest.mark.parametrize("typed", [
    "No - he said he is not sure he can go home", "no, dont know where dad is tonight",
    "Yes, not sure about tomorrow though", "no idea where she will sleep, so no",
    "No, no idea"])
def test_an_answer_that_says_more_than_not_knowing_is_not_recorded_as_i_dont_know(
        typed: str) -> None:
    """"Is the child safe to go home today?" answered "No - he said he is not sure he can go
    home" was saved as "I don't know": any answer with "not sure", "don't know" or "no idea"
    somewhere in it was that option, so a No (and a Yes) was recorded as not knowing. Only
    an answer that says nothing but that is; the rest are asked again, as a yes with more
    words after it is."""
    assert parsed("reflection", "safe_today", typed) is None
    assert parsed("harm_matrix", "harm_how_1", typed) is None


@pytest.mark.parametrize("typed", [
    "not sure", "I'm not sure yet", "honestly, I don't know", "I really dont know",
    "Don't know.", "not sure at the moment", "dunno", "no idea", "unknown", "idk"])
def test_not_knowing_said_on_its_own_is_still_i_dont_know(typed: str) -> None:
    assert parsed("reflection", "safe_today", typed) == "unsure"


@pytest.mark.parametrize("command", ["/cancel", "/delete"])
async def test_a_yes_sent_as_a_reply_to_an_earlier_question_erases_nothing(
        bot: Bot, command: str, caplog: pytest.LogCaptureFixture) -> None:
    """/delete asked "Erase everything stored about you?"; the practitioner, back at their
    notes, replied "Yes" to the earlier "Is the child safe to go home today?" (Telegram's
    Reply), as the bot had taught them to answer an earlier question. The "Yes" was read as
    the answer to the erasure: every draft and answer was gone. A reply to another message
    is that message's; the prompt is dropped, saying so, and nothing is erased."""
    sent = await at_what_needs_to_happen(bot)
    await bot.say(command)
    before = await counts(bot)
    safe_today = next(s for s in sent if "safe to go home" in s.text)
    await bot.feed(reply(bot, "Yes", safe_today))
    after = await counts(bot)
    assert (after["drafts"], after["answers"]) == (before["drafts"], before["answers"]) == (1, 5)
    assert "earlier message" in bot.texts()[-2]  # told why it was not taken
    no_errors(caplog)


@pytest.mark.parametrize("command", ["/cancel", "/delete"])
@pytest.mark.parametrize("word", ["Yes", "no"])
async def test_a_yes_or_no_replying_to_the_question_on_screen_is_neither_erasure_nor_answer(
        bot: Bot, command: str, word: str, caplog: pytest.LogCaptureFixture) -> None:
    """/delete asked "Erase everything stored about you?"; the practitioner sent "Yes" as a
    reply to the question still on the screen, "Is the child safe to go home today?". The
    erasure was rightly not done, but the "Yes" was then saved as "Yes, as far as I know",
    an answer about the child's safety from a yes meant for the erasure. Now it is neither:
    the bot says nothing was erased and nothing saved, and asks the question again."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("Seen a bruise on her arm on Monday")
    safe_today = bot.request.outbox(USER)[-1]
    assert "safe to go home" in safe_today.text
    await bot.say(command)
    before = await counts(bot)
    await bot.feed(reply(bot, word, safe_today))
    after = await counts(bot)
    assert (after["drafts"], after["answers"]) == (before["drafts"], before["answers"]) == (1, 2)
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert "safe_today" not in draft.answers
    said, asked = bot.texts()[-2:]
    assert html.unescape(said) == (
        f'You sent "{word}" as a reply to an earlier message, not to the yes-or-no question, so '
        "nothing has been erased, and I've let that question go. I haven't saved it as an "
        "answer either: the question we're on is below.")
    assert "safe to go home" in asked
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":no")))
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["safe_today"] == "no"
    no_errors(caplog)


async def test_a_yes_sent_as_a_reply_to_the_prompt_itself_still_erases(bot: Bot) -> None:
    await at_what_needs_to_happen(bot)
    await bot.say("/cancel")
    prompt = bot.request.outbox(USER)[-1]
    assert prompt.buttons  # its Yes and No, which a reply to it carries
    await bot.feed(reply(bot, "yes", prompt))
    assert (await counts(bot))["drafts"] == 0


@pytest.mark.parametrize("space", [" ", "\u00a0", "\n", "\u3000"])
async def test_a_partner_cannot_start_a_tool_with_a_space_before_the_command(
        bot: Bot, space: str, caplog: pytest.LogCaptureFixture) -> None:
    """A partner may answer their one contribution and nothing else: "/new reflection" is
    refused. The same with a space (or a no-break space, as a Mac's Option-Space types it)
    in front was not: the partners' check looked for "/" at the very start, the bot reads
    the command after any space, so the partner started a reflection of their own, and
    could have made mappings and invited partners to them. Refused the same way now."""
    await a_partner_on_a_mapping(bot)
    await bot.feed(bot.updates.message(PARTNER, text=f"{space}/new reflection"))
    await bot.say("AB", user=PARTNER)
    await bot.feed(bot.updates.message(PARTNER, text=f"{space}/export"))
    drafts = await bot.conversation.drafts(PARTNER)
    assert [(d.label, d.flow_id) for d in drafts] == [("TB-7", "contribution")]
    assert bot.request.sent("sendDocument") == []
    no_errors(caplog)


@pytest.mark.e2e
async def test_a_bot_whose_terminal_closed_answers_what_it_had_taken_before_it_stops(
        tmp_path: Path) -> None:
    """`sosbot run` started from an SSH session or a terminal window gets SIGHUP when that
    closes. It stopped at once, unlike for SIGTERM: an answer it had already taken from
    Telegram (which then never sends it again) was neither saved nor answered, and the
    database was left unclosed. It now stops as for SIGTERM, finishing what is in hand."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        async with sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            await start_a_draft(server)
            server.send_text(PRACTITIONER, "school")
            await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                                  HANG_GUARD)
            server.hang("sendMessage", seconds=2)  # a slow reply, so the next answer waits
            server.send_text(PRACTITIONER, "Seen a bruise on her arm on Monday")
            server.send_text(PRACTITIONER, "Yes, as far as I know")
            await server.wait_for(lambda: server.pending_updates == 0, HANG_GUARD)
            log = await stop(child, signal.SIGHUP)
        assert child.returncode == 0, log
        assert "Does the family know" in server.texts(PRACTITIONER)[-1]
    assert closed_cleanly(db)


HELD = "John Smith hit her at 12 Acacia Avenue, phone 07700 900123"


def held_by_the_privacy_reminder() -> EngineChat:
    """A reflection whose "what worries you" answer the privacy reminder holds back."""
    chat = EngineChat(FLOWS["reflection"], nudger=nudger())
    chat.start()
    chat.send("1")
    assert any(isinstance(r, Nudge) and r.kind == "privacy" for r in chat.send(HELD))
    return chat


@pytest.mark.parametrize(("command", "arg"), [("back", ""), ("edit", "1")])
def test_back_or_edit_while_a_privacy_reminder_holds_an_answer_asks_it_first(
        command: str, arg: str) -> None:
    """An answer with a name, an address and a phone number in it is held back by the
    privacy reminder ("use initials or a role instead"). /back or /edit saved it as it
    was, name and all ("I've kept the answer you gave as you typed it"). Only /keep keeps
    it: the reminder is asked again first, as it already was for "-2" at a list."""
    chat = held_by_the_privacy_reminder()
    replies = chat.command(command, arg)
    assert "what_happened" not in chat.draft.answers
    assert any(isinstance(r, Nudge) and r.kind == "privacy" for r in replies)
    chat.command("keep")  # kept when asked for
    assert chat.draft.answers["what_happened"] == HELD


def test_skip_while_a_privacy_reminder_holds_an_answer_leaves_that_answer_out() -> None:
    """Skip "leaves it out", and it saved the held answer, name and all. Now the answer the
    reminder was about is dropped, and said to be."""
    chat = held_by_the_privacy_reminder()
    replies = chat.command("skip")
    assert "what_happened" not in chat.draft.answers
    assert chat.draft.pending is None
    assert "I haven't saved the answer the reminder was about." in chat.notices()
    assert chat.asked == "what_happened"  # a question that needs an answer: asked again
    assert not any(isinstance(r, Nudge) for r in replies)


def a_list_item_held_by_the_privacy_reminder(tmp_path: Path) -> EngineChat:
    """A list with "Nan" in it, and a second item the privacy reminder holds back."""
    flow = build_flow(tmp_path, section("s", list_step("network", checks=["privacy"]),
                                        text("after")))
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    chat.send("Nan")
    assert any(isinstance(r, Nudge) for r in chat.send(HELD))
    return chat


def test_done_while_a_privacy_reminder_holds_a_list_item_does_not_keep_it(
        tmp_path: Path) -> None:
    chat = a_list_item_held_by_the_privacy_reminder(tmp_path)
    for finish in ("done", "", "/done"):
        replies = chat.command("done") if finish.startswith("/") else chat.send(finish)
        assert chat.draft.answers["network"] == ["Nan"]
        assert any(isinstance(r, Nudge) and r.kind == "privacy" for r in replies)


@pytest.mark.parametrize("typed", ["ok", "OK!", "y", "👍", "fine"])
def test_ok_to_the_privacy_reminder_does_not_keep_the_name(typed: str) -> None:
    """The reminder says "Please use initials or a role instead"; "ok" (as one agrees to do
    that) kept the answer with the full name, address and phone number in it, and said so.
    "ok" keeps an answer a wording reminder holds, where keeping it is all it can mean; to
    the privacy reminder it is asked again, and /keep keeps it."""
    chat = held_by_the_privacy_reminder()
    replies = chat.send(typed)
    assert "what_happened" not in chat.draft.answers
    assert any(isinstance(r, Nudge) and r.kind == "privacy" for r in replies)
