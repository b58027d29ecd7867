"""The twenty-fourth pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Mapping
from contextlib import closing
from html import unescape
from pathlib import Path
from typing import Any

import pytest

from flows.flow import Flow
from flows.loader import load_flows
from flows.replies import Review
from tests.in_process import sosbot_here
from tests.test_attacks_twentythird import a_chat_database
from tests.test_leftovers_twentythird import SAM, a_finished_reflection_and_sam
from tests.test_telegram_handlers import USER, Bot, bot, running, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()

# --- 4. `sosbot export -o` a device or a pipe ---------------------------------------------------


def test_an_export_to_a_device_or_a_pipe_is_refused_naming_it(tmp_path: Path) -> None:
    """`sosbot export KB-1 -o /dev/kmsg` (or a printer, a serial line, a pipe some program
    reads) wrote the case there, in the clear, and said "Wrote /dev/kmsg": only a disk was
    refused. An export goes to a file, or to standard output (`-o -`); anything else is
    refused, naming it, and nothing is written. /dev/null, which keeps nothing, still takes
    one (a dry run)."""
    db = a_chat_database(tmp_path)
    done = sosbot_here("export", "KB-1", "--db", str(db), "-o", "/dev/zero", cwd=tmp_path)
    assert (done.returncode, done.stderr.strip()) == (1, (
        "sosbot: /dev/zero is a device, not a file: an export is written only to a file, or "
        "to standard output with -o - (or no -o). Give a file name. Nothing was written.")),\
        done.stderr
    pipe = tmp_path / "reader"
    os.mkfifo(pipe)
    got: list[bytes] = []

    def read() -> None:  # a program reading the pipe, as a printer spooler or logger would
        with open(pipe, "rb") as reading:
            got.append(reading.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    done = sosbot_here("export", "KB-1", "--db", str(db), "-o", str(pipe), cwd=tmp_path)
    with open(pipe, "wb"):  # lets the reader finish whatever the export did
        pass
    reader.join(10)
    assert done.returncode == 1, done.stderr
    assert f"sosbot: {pipe} is a pipe, not a file" in done.stderr
    assert got == [b""]
    assert sosbot_here("export", "KB-1", "--db", str(db), "-o", os.devnull,
                       cwd=tmp_path).returncode == 0
    done = sosbot_here("export", "KB-1", "--db", str(db), "-o", "-", cwd=tmp_path)
    assert done.returncode == 0
    assert "KB-1" in done.stdout


# --- 5. how many numbers were seen, in words ---------------------------------------------------


def test_seven_numbers_at_the_scale_are_counted_in_words_as_three_are() -> None:
    """The count of places seen at a scale was said from a table of its own beside
    NUMBER_WORDS that stopped at six: "I can see three numbers", but "I can see 7 numbers".
    The count is NUMBER_WORDS read the other way now, so every count up to ten is a word."""
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send("2 in May, 3 in June, 4 in July, 5 in Aug, 6 in Sept, 7 in Oct, now 8")
    assert chat.asked == "worry_scale"
    assert chat.notices() == [
        "I can see seven numbers there (2, 3, 4, 5, 6, 7 and 8), so I haven't saved any of "
        "them. Which is it now? Send that number, and why after it if you like."]


# --- 1. a number alone where words are asked for ---------------------------------------------


async def test_a_number_alone_at_a_question_asking_for_words_is_asked_about(bot: Bot) -> None:
    """A practitioner's thumb hit "2" (or they answered the scale they expected next) at
    "What have you seen, heard or been told that worries you?": "2" was saved as what worries
    them, and the next question asked. It is asked about first, as "ok" is; sent again, or
    kept, it is saved, and words sent instead are the answer."""
    await bot.say("/new reflection")
    await bot.say("KB-1")
    await bot.say("School or college")
    await bot.say("2")
    assert unescape(bot.texts()[-1]) == (
        '"2" is only a number, and "What worries you" asks for words, so I haven\'t saved '
        "it yet (was it meant for a scale, or a key pressed by mistake?).\n\n<i>Type your "
        "answer to it instead, or keep it as it is.</i>")
    await bot.say("Seen a bruise on her arm")
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "Seen a bruise on her arm" in bot.texts()[-1]
    chat = reach(FLOWS["mapping"], "danger_behaviour_1")  # "What is an adult doing ...?"
    chat.send("2")
    assert chat.draft.answers.get("danger_behaviour_1") is None
    chat.send("2")  # sent again: they mean it
    assert chat.draft.answers["danger_behaviour_1"] == "2"


# --- 8. lines typed in one message at a list ----------------------------------------------------


def test_lines_typed_in_one_message_at_a_list_are_an_item_each_but_prose_stays_whole() -> None:
    """On a phone, Enter starts a new line in the same message: "Nan walks her in" and
    "Breakfast club" typed on two lines at "What is going well for the child?" were saved as
    one item, the two run together in the summary; only a list with bullets was split. Each
    line is an item now, as a paste at the terminal is. A paragraph wrapped over lines (a
    line that stops mid-phrase, one that carries on with "and", a long line running on in
    lower case) stays one item."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("Nan walks her in\nBreakfast club")
    assert chat.draft.answers["strengths"] == ["Nan walks her in", "Breakfast club"]
    assert chat.question.items == ("Nan walks her in", "Breakfast club")
    for prose in ("Mum walks T to school every morning and the school says\nattendance this "
                  "term is 98%",
                  "Nan has them on Saturdays\nand takes them to football",
                  "Dad goes to the family centre on Tuesdays, and\nthe worker says he listens"):
        chat = reach(FLOWS["mapping"], "strengths")
        chat.send(prose)
        assert chat.draft.answers["strengths"] == [prose], prose


# --- 2 and 3. a share cut short by a crash; the digest kept of it ------------------------------

def shares(db: Path) -> list[str]:
    """The digests `shares` keeps."""
    with closing(sqlite3.connect(db)) as raw:
        return [row[0] for row in raw.execute("SELECT summary FROM shares")]


async def test_a_share_a_crash_cut_short_is_sent_when_tapped_again(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot stopped (a crash, a restart) while sending a summary to Sam: the note and the
    summary reached him, the documents never did. The share had been noted as sent before
    any of it went, so every tap after said "You've already sent this summary to Sam", and
    it could never be sent. It is noted as sent once it has all gone: tapped at once, the
    practitioner is told it is being sent; tapped once a send would have finished, it is
    sent whole. Sent whole, it is not sent again."""
    from bot.teams import sharing

    send = await a_finished_reflection_and_sam(bot)
    made = sharing.export

    def stops(*args: Any) -> Any:  # the bot stops here, as at a crash or a restart
        monkeypatch.setattr(sharing, "export", made)
        raise RuntimeError("stopped mid-send")

    monkeypatch.setattr(sharing, "export", stops)
    await bot.tap(send)  # the note and the summary went; the error handler logs the rest
    assert texts_to(bot, SAM)
    assert not bot.request.sent("sendDocument")
    await bot.tap(send)
    assert texts_to(bot, USER)[-1] == (
        "This summary is being sent to Sam now, so I haven&#x27;t sent it again. If it "
        "hasn&#x27;t all reached them in a few minutes, tap the button again.")
    with closing(sqlite3.connect(bot.db)) as raw:  # five minutes on
        raw.execute("UPDATE shares SET sending_since = sending_since - 301")
        raw.commit()
    await bot.tap(send)
    assert texts_to(bot, USER)[-1] == "Sent to Sam: the summary and its documents."
    assert len(bot.request.sent("sendDocument")) == 3
    await bot.tap(send)
    assert texts_to(bot, USER)[-1].startswith("You&#x27;ve already sent this summary")
    assert len(bot.request.sent("sendDocument")) == 3


async def test_a_shared_summary_is_kept_as_a_keyed_digest_old_ones_keyed_on_opening(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """`shares` kept a plain SHA-256 of each summary shared: anyone with a copy of the
    database could test a guess of what a short summary said against it. It keeps an HMAC
    under a key derived from the data key now. A row of a version before is keyed when the
    bot opens the database, and a tap on its button still says it was sent."""
    from bot import views
    from bot.exporting import current_summary
    from flows.replies import SummaryReply

    async with running(tmp_path, flows) as bot:
        send = await a_finished_reflection_and_sam(bot)
        await bot.tap(send)
        draft = await bot.conversation.active(USER)
        summary = await current_summary(bot.conversation, USER)
        assert draft is not None
        assert summary is not None
        shown = "\0".join(m.html for m in views.summary(SummaryReply(summary, False)))
        old = hashlib.sha256(f"{draft.id}\0{shown}".encode()).hexdigest()  # as kept before
    [kept] = shares(bot.db)
    assert kept.startswith("hmac-sha256:")
    assert old not in kept
    with closing(sqlite3.connect(bot.db)) as raw:  # as a version before this one left it
        raw.execute("UPDATE shares SET summary = ?", (old,))
        raw.commit()
    async with running(tmp_path, flows) as again:
        again.updates.next_id = bot.updates.next_id  # Telegram's numbering goes on
        assert shares(again.db) == [kept]
        await again.tap(send)
        assert texts_to(again, USER)[-1].startswith("You&#x27;ve already sent this summary")
        assert not again.request.sent("sendDocument")


# --- 7. an item of a list corrected after /edit -------------------------------------------------


def test_an_item_corrected_after_edit_takes_the_place_of_the_one_it_corrects() -> None:
    """A practitioner sent /edit for "What is going well for the child?" to add the
    attendance figure to "Mum walks T to school every morning", and sent the item again with
    it: the list then held both, the old item and its correction, and the summary said the
    same strength twice. A line that is an item written again, with more after it or a word
    changed, takes that item's place now, saying so; another item is still added, and the
    old one sent again is kept beside its correction, as the notice says."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("Mum walks T to school every morning")
    chat.send("Nan has T on Saturdays")
    chat.command("done")
    chat.command("review")
    [review] = [r for r in chat.replies if isinstance(r, Review)]
    chat.command("edit", str(next(i.number for i in review.items if i.step_id == "strengths")))
    chat.send("Mum walks T to school every morning, attendance is 98%")
    assert chat.notices() == [
        'That reads as item 1 corrected, so it takes the place of "Mum walks T to school '
        'every morning". To keep that one as well, send it again.']
    assert chat.draft.answers["strengths"] == [
        "Mum walks T to school every morning, attendance is 98%", "Nan has T on Saturdays"]
    chat.send("Nan has T on Sundays")  # a word changed
    chat.send("Dad reads to T at bedtime")  # another item
    chat.send("Nan has T on Saturdays")  # kept as well, as the notice said
    assert chat.draft.answers["strengths"] == [
        "Mum walks T to school every morning, attendance is 98%", "Nan has T on Sundays",
        "Dad reads to T at bedtime", "Nan has T on Saturdays"]
