"""The thirty-fifth pass's leftovers: small things the passes before left alone, each found
as a practitioner would meet it. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.handlers import UNSAVED, HandedInAgain
from bot.ratelimit import RateLimiter, SharedRateLimiter, Verdict
from flows.carry import carried_answers
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Answered
from storage.sql import SqlStore
from tests.builders import build_flow, scale, section, typed_lines
from tests.terminal import Terminal, exported
from tests.test_attacks_thirtyfourth import SHORT_WAIT, locked
from tests.test_attacks_thirtythird_b import button_texts, handed_in_again
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, running
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import NOT_MEANT, answers, link, opens, team

__all__ = ["bot", "team"]  # the fixtures

# --- a parent's number and their reason, together wherever the number is shown ---------------

MUMS = "6, mum says R is staying away more"
WHY = "mum says R is staying away more"


def test_a_parents_number_asked_again_shows_their_reason_beside_it() -> None:
    """Back at "What number does the parent ... give?", the answer shown was "6" alone, and
    "ok" kept it saying 'I've kept your answer as it was: "6"', though the reason is kept
    too: it reads as if it had gone. Both are shown together, as /review lists them."""
    chat = sent_at("mapping", "safety_scale_parent_1", MUMS)
    assert [a.answer for a in chat.answered if a.step_id == "safety_scale_parent_1"] == \
        [f"6 ({WHY})"]
    chat.command("back")
    assert chat.asked == "safety_scale_parent_1"
    assert chat.question.current_answer == f"6 ({WHY})"
    chat.send("ok")
    assert f'"6 ({WHY})"' in " ".join(chat.notices())
    assert chat.draft.answers["safety_scale_parent_1_why"] == WHY
    chat.command("back")
    chat.command("skip")  # kept again with Skip: the message shows both
    assert [a.answer for a in chat.answered if a.step_id == "safety_scale_parent_1"] == \
        [f"6 ({WHY})"]


def test_a_parents_number_changed_shows_no_old_reason() -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", MUMS)
    chat.command("back")
    chat.send("4")
    answered = [r for r in chat.replies if isinstance(r, Answered)]
    assert [a.answer for a in answered] == ["4"]
    assert "safety_scale_parent_1_why" not in chat.draft.answers


def test_a_parents_number_carried_to_the_next_tool_brings_their_reason(tmp_path: Path) -> None:
    """A tool that takes a parent's number from one finished before brought "6" and left
    "mum says R is staying away more" behind: the new tool's summary showed the number
    with no reason. The reason comes with the number."""
    parents = {"perspectives": [{"id": "parent_1", "who": "Parent",
                                 "ask": "What number does the parent give?",
                                 "help": "Ask them the same question."}]}
    first = build_flow(tmp_path, section("judge", scale("overall", **parents)),
                       id="first")
    then = build_flow(tmp_path, section("judge", scale("overall", **parents)),
                      id="then", takes_from=["first"])
    carried = carried_answers(first, {"overall": 5, "overall_parent_1": 6,
                                      "overall_parent_1_why": WHY}, then)
    assert carried.answers == {"overall": 5, "overall_parent_1": 6,
                               "overall_parent_1_why": WHY}


# --- /cancel with words that name no draft ------------------------------------------------------


async def two_drafts(bot: Bot) -> int:
    """KB-12's reflection and Sup-KT's supervision, Sup-KT open; how many texts so far."""
    for typed in ("/new reflection", "KB-12", "/new supervision", "Sup-KT"):
        await bot.say(typed)
    return len(bot.texts())


@pytest.mark.parametrize("typed", ["/cancel zz", "/cancel kbb", "/delete zz"])
async def test_cancel_with_words_naming_no_draft_discards_nothing_and_lists_the_drafts(
        bot: Bot, typed: str) -> None:
    """"/cancel zz" (a label mistyped) asked "Discard the draft "Sup-KT" and all its
    answers?", the open draft, which the words did not name: one tap on Yes lost it. It says
    no draft is called that, names those that can be discarded, and asks the question
    again."""
    said_before = await two_drafts(bot)
    await bot.say(typed)
    said = " ".join(bot.texts()[said_before:])
    assert "Discard the draft" not in said
    assert not any(b.startswith("y:") for b in bot.buttons())
    word = typed.split()[1]
    assert f"none of your drafts is called &quot;{word}&quot;" in said
    assert "KB-12" in said
    assert "Sup-KT" in said
    assert "Question 1 of" in bot.texts()[-1]
    assert len(await bot.conversation.drafts(4242)) == 2


@pytest.mark.parametrize("typed", ["/summary kbb", "/export kbb", "/review kbb"])
async def test_a_summary_or_documents_asked_of_no_draft_are_not_another_familys(
        bot: Bot, typed: str) -> None:
    """"/export kbb" (KB-12 mistyped) sent Sup-KT's three documents, another family's, to
    attach to a referral; "/summary kbb" showed Sup-KT's summary. Neither is sent: the
    reply says no draft is called that, and names those there are."""
    said_before = await two_drafts(bot)
    await bot.say(typed)
    said = " ".join(bot.texts()[said_before:])
    assert "None of your drafts is called &quot;kbb&quot;" in said
    assert "KB-12" in said
    assert "Group supervision preparation</b>: Sup-KT" not in said
    assert not bot.request.sent("sendDocument")


@pytest.mark.parametrize("typed", ["/summary", "/summary please", "/summary so far",
                                   "/export word", "/export as a pdf", "/summary kb-12"])
async def test_a_summary_or_documents_of_the_open_draft_or_one_named_still_come(
        bot: Bot, typed: str) -> None:
    said_before = await two_drafts(bot)
    await bot.say(typed)
    said = " ".join(bot.texts()[said_before:])
    assert "None of your drafts" not in said
    assert bot.request.sent("sendDocument") or "</b>: " in said


@pytest.mark.parametrize("typed", ["/cancel", "/cancel this one", "/cancel this draft please",
                                   "/cancel it", "/cancel sup-kt", "/delete this one"])
async def test_cancel_alone_or_of_the_open_draft_still_asks_to_discard_it(
        bot: Bot, typed: str) -> None:
    said_before = await two_drafts(bot)
    await bot.say(typed)
    assert bot.texts()[said_before:] == [
        "Discard the draft &quot;Sup-KT&quot; and all its answers? This can&#x27;t be undone."]


# --- the command that opened the terminal chat, named when it ends ----------------------------


@pytest.mark.parametrize(("typed", "said"), [
    (b"/pause\n", b"Saved. Run `sosbot run` again to carry on from this question."),
    (b"\x04", b"Your answers are saved. Run `sosbot run` again to carry on."),
    (b"/quit\n", b"Saved. Run `sosbot run` again to carry on.")])
def test_the_chat_sosbot_run_opened_says_to_run_sosbot_run_again(
        tmp_path: Path, typed: bytes, said: bytes) -> None:
    """A newcomer who tried the tools with `sosbot run` (no token yet) and paused was told
    "Run `sosbot chat` again", a command they had never typed. It names the one they used."""
    with Terminal(command="run", env={"SOSBOT_DB": str(tmp_path / "sosbot.db")}) as terminal:
        terminal.wait_for(b"Which tool would you like to use?")
        terminal.wait_for(b"> ")
        terminal.type(b"2\n", b"case label")
        terminal.start(b"KB-3", (b"2\n", b"Question 2"))
        terminal.wait_for(said, terminal.write(typed))
        seen = terminal.rest()
    assert b"sosbot chat" not in bytes(terminal.seen).split(b"case label", 1)[1] + seen


# --- a question's receipt the database could not take, in the terminal ------------------------


def test_a_receipt_the_locked_database_could_not_take_is_one_plain_line_and_the_answer_is_taken(
        tmp_path: Path) -> None:
    """/show typed while another program held the database's lock printed a log record in
    the middle of the chat ("2026-12-05 09:26:04,499 WARNING storage.store: Could not record
    a delivered question ..."), and the answer typed next, to the question on the screen,
    was refused: "I'm not sure you saw the question below". One plain line says what
    happened, and the answer is taken once the lock is gone."""
    db = tmp_path / "c.db"
    with Terminal("--flow", "reflection", "--db", str(db), env=SHORT_WAIT) as terminal:
        terminal.start(b"KB-1", (b"1\n", b"Question 2"))
        with locked(db):
            told = terminal.write(b"/show\n")
            end = terminal.wait_for(b"> ", terminal.wait_for(b"another program holds a lock",
                                                               told))
        shown = bytes(terminal.seen[told:end]).decode()
        terminal.type(b"Seen a bruise on her arm\n", b"Question 3")
        terminal.end()
    assert "WARNING" not in shown
    assert "storage.store" not in shown
    assert "type your answer as usual" in shown
    assert "Seen a bruise on her arm" in exported(db, "KB-1")


# --- a partner's link stopped once the mapping is finished --------------------------------------


async def test_a_link_opened_by_the_wrong_person_can_be_stopped_once_the_mapping_is_finished(
        team: Bot) -> None:
    """The Police link had been forwarded to someone it was not meant for, who opened it
    and began. Once the social worker had finished FM-3, /review FM-3 listed no partners and
    no "Stop the Police link", and a Stop button from before said "Alright, nothing has been
    changed": the stranger could still send their part into the finished mapping. /review
    lists the links and offers Stop, which stops it."""
    bot = team
    await bot.say("/new mapping")
    await bot.say("FM-3")
    await opens(bot, await link(bot, "police"), NOT_MEANT)
    await answers(bot, NOT_MEANT, ("response officer",))
    await bot.say("/show")
    for line in typed_lines(load_flows()["mapping"], nudger=nudger()):
        await bot.say(line)
    assert "That's the end of this tool" in said_to(bot, USER)[-1]
    await bot.say("/review FM-3")
    assert "Not answered yet: Police" in said_to(bot, USER)[-1]
    assert "Stop the Police link" in button_texts(bot, USER)
    await bot.tap(labelled(bot, "Stop the Police link"))
    assert said_to(bot, USER)[-1].startswith('Stop the Police link for "FM-3"?')
    await bot.tap(labelled(bot, "Yes, stop it"))
    assert said_to(bot, USER)[-1].startswith('Stopped: the Police link for "FM-3"')
    assert 'stopped the link you opened for "FM-3"' in said_to(bot, NOT_MEANT)[-1]


# --- an answer the database failed, handed in again after a note that changes nothing ---------

BRUISE = "He came in with a bruise on his cheek on Monday"


async def an_answer_the_database_failed(bot: Bot) -> None:
    """The practitioner's answer at "What have you seen...", sent while the database took
    no writes: "Sorry ... Send /show ..."; polling keeps it to hand in again."""
    bot.app.bot_data[UNSAVED] = HandedInAgain()
    database = bot.conversation.store._db  # type: ignore[attr-defined]
    for said in ("/new reflection", "KB-1"):
        await bot.say(said)
    bot.first_question_buttons = bot.buttons()  # type: ignore[attr-defined]
    await bot.say("School or college")
    await bot.conversation.active(USER)  # the question's receipt is in
    await database.execute("PRAGMA query_only = ON")
    await bot.say(BRUISE)
    assert said_to(bot, USER)[-1].startswith("Sorry, something went wrong")
    await database.execute("PRAGMA query_only = OFF")


@pytest.mark.parametrize("then", ["edit", "photo", "old button"])
async def test_an_answer_handed_in_again_is_saved_after_an_edit_a_photo_or_an_old_button(
        bot: Bot, then: str) -> None:
    """After the "Sorry", the practitioner corrected a typo in the message they had sent
    (an edit, answered "I don't read edited messages, so your earlier answer stands"), sent
    a photo by mistake, or tapped a button of an earlier question. None answers anything, yet
    each counted as their having written since: the answer was never handed in again, and
    it was lost, though an edit was told it stands. Handed in again, it is saved."""
    await an_answer_the_database_failed(bot)
    if then == "edit":
        await bot.feed(bot.updates.edited(USER, BRUISE + "."))
    elif then == "old button":  # "That button is from an earlier question": nothing done
        await bot.tap(bot.first_question_buttons[1])  # type: ignore[attr-defined]
        assert bot.toasts()[-1].startswith("That button is from an earlier question")
    else:
        await bot.feed(bot.updates.message(USER, photo=[{
            "file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]))
    await handed_in_again(bot)
    assert (await answers_of(bot, "KB-1")).get("what_happened") == BRUISE


async def test_an_answer_handed_in_again_is_not_saved_after_show_and_the_answer_again(
        bot: Bot) -> None:
    """What the "Sorry" asked for, /show and the answer typed again, still stands for it:
    it is not handed in again after them (it would answer the next question)."""
    await an_answer_the_database_failed(bot)
    await bot.say("/show")
    await bot.say(BRUISE + " (typed again)")
    await handed_in_again(bot)
    answers = await answers_of(bot, "KB-1")
    assert answers.get("what_happened") == BRUISE + " (typed again)"
    assert BRUISE not in [v for k, v in answers.items() if k != "what_happened"]


# --- a flood of messages: which were not taken -------------------------------------------------


async def test_messages_the_rate_limit_dropped_are_counted_to_the_practitioner(
        tmp_path: Path) -> None:
    """A practitioner pasting notes a line a message sent 40 at once: the 29 past the
    limit got one "That's a lot of messages at once. Please wait a moment and send that
    again", as if one message was lost. The next message taken after them says how many
    were not saved; the bot sends no more than that one line for them."""
    now = [1000.0]
    async with running(tmp_path, load_flows(),
                       limiter=RateLimiter(11, 60, clock=lambda: now[0])) as bot:
        await bot.say("/new supervision")
        await bot.say("Sup-1")
        before = len(bot.texts())
        for n in range(40):
            await bot.say(f"line {n} of my notes")
        flood = bot.texts()[before:]
        assert sum("lot of messages" in t for t in flood) == 1
        now[0] += 60
        await bot.say("the answer again")
        said = bot.texts()[before + len(flood):]
    assert "I didn't save the 31 messages you sent" in said[0]
    assert sum("didn't save" in t for t in said) == 1
    assert "Question" in said[-1]  # and the message is taken, as before


async def test_the_messages_refused_are_counted_in_either_engine(engine_store: SqlStore) -> None:
    """Shared by instances on PostgreSQL (and on SQLite alike), the count of messages
    refused in a row is kept with the rate, and given once to the next one allowed."""
    now = [1000.0]
    shared = SharedRateLimiter(engine_store.spend, 3, 60, clock=lambda: now[0])
    verdicts = [await shared.allow(5) for _ in range(6)]
    assert verdicts == [Verdict(True)] * 3 + [Verdict(False, True)] + [Verdict(False)] * 2
    now[0] += 60
    assert await shared.allow(5) == Verdict(True, dropped=3)
    assert await shared.allow(5) == Verdict(True)
