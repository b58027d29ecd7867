"""A review of the thirty-first day's merged fixes, read as a colleague's pull request: what
they left wrong, each pinned by a test that failed on the code as it was, through the real
parts (a real PostgreSQL database in the test cluster, the real conversation)."""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Mapping
from contextlib import closing

import asyncpg
import pytest
from telegram import Update

from bot.conversation import Conversation
from bot.polling import STUCK_PAUSE
from bot.wording import ConversationReply
from flows.flow import Flow
from flows.replies import Command, Notice, Question, Review, Text
from storage import open_store
from storage.crypto import AesGcmSealer, new_key
from storage.errors import StorageError
from tests.postgres_server import PgCluster
from tests.test_attacks_thirtieth import polled
from tests.test_attacks_thirtyfirst import BAD

PRACTITIONER = 31_031


# --- 1. a look at the answers on PostgreSQL gone read-only ------------------------------------

async def test_a_look_at_the_answers_on_postgresql_gone_read_only_is_still_shown(
        pg_cluster: PgCluster, flows: Mapping[str, Flow],
        caplog: pytest.LogCaptureFixture) -> None:
    """A look at the answers (/review) is noted as handled, so that Telegram's resend is not
    answered twice; where the note cannot be written (the database gone read-only: a
    failover to a standby, a server put in read-only for maintenance) the look is shown all
    the same, and the log says it was not noted. On SQLite it was; on PostgreSQL, which
    writes the note at once rather than at the commit, the practitioner got "Sorry,
    something went wrong" instead of their answers."""
    store = await open_store(pg_cluster.new_database(), sealer=AesGcmSealer([new_key("ro")]))
    conversation = Conversation(store, flows)
    try:
        for update_id, said in enumerate((Command("new", "reflection"), Text("KB-12"),
                                          Text("School or college")), start=1):
            await conversation.handle(PRACTITIONER, said, update_id=update_id)
        pool = store._pool  # type: ignore[attr-defined]
        name = await pool.fetchval("SELECT current_database()")
        await pool.execute(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on')
        await pool.expire_connections()  # every connection from now on is read-only
        with caplog.at_level(logging.WARNING):
            replies = await conversation.handle(PRACTITIONER, Command("review"), update_id=4)
        [review] = [r for r in replies if isinstance(r, Review)]
        assert [i.answer for i in review.items] == ["School or college"]
        assert "not noted as handled" in caplog.text
    finally:
        await store.close()


# --- 2. a late question whose receipt is recorded first -----------------------------------

async def test_a_question_landing_below_whose_receipt_came_first_takes_no_answer_meant_for_it(
        pg_cluster: PgCluster, flows: Mapping[str, Flow]) -> None:
    """Two instances on one PostgreSQL, as in the deploy walk: the practitioner answers "Your
    initials and your role?" and at once sends /back. The first instance saves the answer
    and sends the next question, which Telegram is slow to take; the second goes back and
    shows the role question again; the late question then lands below it. The fix withdrew
    the role question's receipt when the late question's receipt came second; when it came
    first (the two sends ending a moment apart, each instance then writing its receipt), the
    role question's receipt was taken as the last word, and what the practitioner typed
    under the late question, last on the screen, replaced their initials and role."""
    url = pg_cluster.new_database()
    sealer = AesGcmSealer([new_key("late")])
    stores = [await open_store(url, sealer=sealer) for _ in range(2)]
    one, two = (Conversation(store, flows, receipts=True) for store in stores)
    in_chat = itertools.count(1)  # message ids, as the chat gives them out

    async def say(where: Conversation, given: Command | Text, update_id: int
                  ) -> list[ConversationReply]:
        sent = next(in_chat) if isinstance(given, Text) else None
        return await where.handle(PRACTITIONER, given, update_id=update_id, sent_as=sent)

    async def lands(where: Conversation, replies: list[ConversationReply]) -> None:
        for asked in (r for r in replies if isinstance(r, Question)):
            await where.delivered(PRACTITIONER, asked.draft_id, asked.nonce, next(in_chat))

    try:
        for update_id, said in enumerate((Command("new", "supervision"), Text("KB-12"),
                                          Text("4 December 2026")), start=1):
            await lands(one, await say(one, said, update_id))
        late = await say(one, Text("KB, social worker"), 4)  # the group's help: slow to land
        back = await say(two, Command("back"), 5)  # the role question again: lands first
        [again] = [r for r in back if isinstance(r, Question)]
        [below] = [r for r in late if isinstance(r, Question)]
        above, last = next(in_chat), next(in_chat)
        await one.delivered(PRACTITIONER, below.draft_id, below.nonce, last)  # recorded first
        await two.delivered(PRACTITIONER, again.draft_id, again.nonce, above)
        replies = await say(two, Text("Planning the next visit with dad"), 6)
        notices = [r.text for r in replies if isinstance(r, Notice)]
        assert any("I'm not sure you saw the question below" in n for n in notices), replies
        draft = await one.active(PRACTITIONER)
        assert draft is not None
        assert draft.answers.get("author") == "KB, social worker"
    finally:
        for store in stores:
            await store.close()


# --- 3. a database holding part of a later schema ---------------------------------------------

async def _schema_version(database: str) -> int:
    if database.startswith("sqlite:///"):
        with closing(sqlite3.connect(database.removeprefix("sqlite:///"))) as db:
            return int(db.execute("PRAGMA user_version").fetchone()[0])
    connection = await asyncpg.connect(database)
    try:
        return int(await connection.fetchval("SELECT version FROM sosbot_schema"))
    finally:
        await connection.close()


async def test_a_database_changed_by_hand_is_named_at_the_schema_it_says(database: str) -> None:
    """A database whose version says 9 but which already holds a table of schema 11 (made
    by hand, or by another program) is refused in one line naming the schema it says it is
    at. PostgreSQL runs every migration from 9 in one transaction, so nothing of 10 stands
    when 11 fails: the operator was told it "says it is at schema 10", and found 9 in
    `sosbot_schema`. (SQLite commits each migration on its own: it does say 10 then.)"""
    store = await open_store(database)
    try:
        async with store._transaction("change by hand") as tx:  # type: ignore[attr-defined]
            await tx.run("ALTER TABLE sessions DROP COLUMN asked_in")
            await tx.run("UPDATE sosbot_schema SET version = 9" if store.shared
                         else "PRAGMA user_version = 9")
    finally:
        await store.close()
    with pytest.raises(StorageError) as caught:
        await open_store(database)
    said = " ".join(str(caught.value).split())
    version = await _schema_version(database)
    assert f"says it is at schema {version}, but it already holds part of schema 11" in said, \
        said
    assert "shares" in said
    assert "Nothing was changed" in said


# --- 4. polling past an update with no id whose own id is further on -------------------------

async def test_an_update_with_no_id_further_on_than_counted_is_not_guessed_at_for_ever(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """An update with no usable id, alone in Telegram's reply, is taken as the offset asked
    for, so that the next poll moves past it. When its own id is further on (Telegram picks
    the next id at random after a week with no updates; a gap), the next poll brings it
    again: it was taken as the next id, and the next, a poll at once after each with a
    warning in the log, for as many ids as lay between, up to millions. Once the count is
    seen to fall short, polling waits a moment between polls, as it does with nothing to
    count from, until the next update moves past it."""
    waits: list[float] = []

    async def wait(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr("bot.polling.asyncio.sleep", wait)
    bot_ = polled(f'{{"ok": true, "result": [{BAD}]}}'.encode())
    offset = 40
    for _ in range(5):  # as python-telegram-bot asks: after the last id it was given
        updates: tuple[Update, ...] = await bot_.get_updates(offset=offset, timeout=0)
        offset = updates[-1].update_id + 1 if updates else offset
    assert waits == [STUCK_PAUSE] * 4
    assert caplog.text.count("taken as update") == 1
