"""The forty-fourth pass's review of the forty-third's change, read with fresh eyes: each
test failed on the code as it was."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from bot import cli
from bot.console import Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.nudges import nudger
from storage.errors import Unavailable
from storage.store import Store
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_console import chat, typed_then_end
from tests.test_handover_thirtysixth import PRIYA, sam_and_priya_join
from tests.test_telegram_handlers import (
    PARTNER,
    REMOVED_BY_RETENTION,
    USER,
    Bot,
    a_partner_on_a_mapping,
    age_drafts_of,
    bot,
    counts,
    retention_job,
    texts_to,
)
from tests.test_walk_thirtythird_b import phone, read, team
from tests.test_walks_fortythird import a_mapping_under_way

__all__ = ["bot", "team"]  # the fixtures

FULL = "Could not write to the database bot.db: the disk holding it is full."


async def test_a_summary_at_the_terminal_on_a_full_disk_leaves_the_chat_going(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """`sosbot chat`, /summary as the disk filled: the summary was made, and noting that it
    covers the question failed (no room to write). The chat ended there with the error,
    the summary never shown. Now the summary is shown and the chat goes on, as in Telegram
    (`Conversation.over_a_look`): the line typed next is read as before."""

    real = Conversation.turned_aside

    async def full(self: Conversation, user_id: int, *args: Any, **kwargs: Any) -> str | None:
        if kwargs.get("covering"):
            raise Unavailable(FULL)
        return await real(self, user_id, *args, **kwargs)

    monkeypatch.setattr(Conversation, "turned_aside", full)
    store = await Store.open(tmp_path / "bot.db")
    try:
        talk = Conversation(store, flows, surface="terminal")
        out = io.StringIO()
        ended = await Console(talk, out=out, interactive=True, read=typed_then_end(
            "KB-1", "2", "/summary", "kept going")).run("reflection")
        shown = out.getvalue()
        assert ended == 0
        assert "Pre-referral reflection: KB-1" in shown  # the summary
        assert "[Question 3 of 8" in shown  # and the chat went on
    finally:
        await store.close()



# --- a line typed below the documents while a reminder holds an answer ------------------------

HELD = "Dad has a history of DV and CSC were involved"
REWRITTEN = "Dad hit mum in March while KB watched from the stairs"


async def test_the_rewrite_typed_after_export_answers_the_reminder(bot: Bot) -> None:
    """A social worker's answer at "Describe the worst time" was held by a reminder about
    "a history of" and "DV". She sent /export; under the documents she read that the answer
    "waits for your reply to the note about it", and typed it again in her own words. The
    rewrite was refused ("I haven't saved what you just sent, as its question was no
    longer on the screen") and she had to type it a third time: the documents were taken
    to cover the question, as a menu does, where /summary, in the same place, is not. The
    rewrite is read as the reply to the reminder now, as after /summary: asked whether it is
    the new answer, the line held for one tap."""
    await a_mapping_under_way(bot)
    await bot.say(HELD)
    await bot.say("/export")
    await bot.say(REWRITTEN)
    said = phone(bot)[-1]
    assert "no longer on the screen" not in said
    assert f'then you wrote "{REWRITTEN}". Is that your new answer to it' in said


async def test_at_the_terminal_the_rewrite_typed_after_summary_answers_the_reminder(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """The same in `sosbot chat`, after /summary (which there covers the question too)."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    console = Console(talk, out=out, interactive=True, read=typed_then_end(
        "KB-7", "1", "", "SB, social worker", "Mum, school and the GP", "Dad not seen yet",
        "/skip", "/skip", "/skip", "/skip", "/skip", "Yes", HELD, "/summary",
        REWRITTEN))
    assert await console.run("mapping") == 0
    after = out.getvalue().split("/continue shows the question you were on.")[-1]
    assert "no longer on the screen" not in after
    assert f'then you wrote "{REWRITTEN}". Is that your new answer to it' in after


# --- the daily erasure on a disk with no room to fold the log back ---------------------------


def test_purge_on_a_full_disk_says_what_it_erased(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sosbot purge` (and the bot's daily run, the same call) on a disk that filled: the
    old drafts were erased and committed, then the checkpoint after it, which takes the
    erased bytes out of the write-ahead log, found no room. The purge failed with the
    database's error, as if nothing had been erased, and the bot's daily run stopped there,
    before the practitioners whose drafts went were told. It says what it erased now, as
    an erasure of /cancel or /delete on a full disk does (the pass before's fix)."""

    async def disk_full(self: Store) -> bool:
        raise Unavailable(FULL)

    db = tmp_path / "chat.db"
    made = chat(db, "KB-1", "School or college", "Seen a bruise on her upper arm",
                flow="reflection")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE drafts SET updated_at = updated_at - 40 * 86400")
    raw.close()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(Store, "checkpoint", disk_full)
    assert cli.main(["purge", "--db", str(db)]) == 1  # the log is not cleared
    said = capsys.readouterr()
    assert "Erased 1 draft(s)" in said.out
    assert "the disk holding it is full" in said.err
    assert "The erasure itself was saved" in said.err
    with sqlite3.connect(db) as raw:
        assert raw.execute("SELECT count(*) FROM drafts").fetchone() == (0,)
    raw.close()


async def test_the_daily_run_on_a_full_disk_tells_those_it_erased_for(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot's daily run, the disk full at its checkpoint: the mapping erased and
    committed, the run ended in the error, and the partner whose part went with it was not
    told that day. The run goes on now, and tells them."""

    async def disk_full(self: Store) -> bool:
        raise Unavailable(FULL)

    await a_partner_on_a_mapping(bot)
    job = retention_job(bot)
    age_drafts_of(bot.db, USER, 31)
    monkeypatch.setattr(Store, "checkpoint", disk_full)
    await job.callback(None)
    assert (await counts(bot))["drafts"] == 0
    assert [t for t in texts_to(bot, PARTNER) if REMOVED_BY_RETENTION in t]


# --- /invite naming a case open in a tool that takes no partners ----------------------------


async def test_invite_naming_an_open_wellbeing_draft_does_not_send_her_to_open_it(
        team: Bot) -> None:
    """Priya had KB-7 open in Signs of Wellbeing and typed "/invite KB-7". She read that
    "KB-7" isn't the mapping open now, and to send /resume KB-7 to open it, then /invite:
    KB-7 was open, and doing so brought her back to the same words. She has no mapping of
    that name, and is told so."""
    bot = team
    await sam_and_priya_join(bot)
    await bot.say("/new wellbeing", PRIYA)
    await bot.say("KB-7", PRIYA)
    await bot.say("/invite KB-7", PRIYA)
    assert read(bot, PRIYA) == ('You have no mapping called "KB-7", so no link has been made. '
                                "/drafts lists yours.")
    assert button_texts(bot, PRIYA) == []
