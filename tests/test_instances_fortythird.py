"""Several instances on one database (the forty-third pass): a council runs `sosbot run`
more than once behind a load balancer, and each of a practitioner's updates may reach any
of them. Two real Applications, each with its own store, on one SQLite file and on one
PostgreSQL database, with Telegram played in memory.

What one instance knew and the other did not, now in the database:
- the mark a long text leaves, by which the next part of a paste Telegram split is known
  for the rest of it (`bot.pastes`), not an answer of its own.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager, closing
from pathlib import Path

import asyncpg
import pytest

from bot.pastes import SPLIT_LONG, Piece
from flows.flow import Flow
from storage import open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer
from storage.migrations import MIGRATIONS, statements_for
from storage.sql import SqlStore
from tests.builders import build_flow, section, text
from tests.memory_botapi import MemoryRequest
from tests.test_attacks_fourteenth import answers_now
from tests.test_telegram_handlers import USER, Bot, no_errors, running, start_reflection

PASTED = "Mum said he was hit with a belt on Monday and she saw bruises on his back. " * 150
ASKED = "What have you seen, heard or been told"
OWN = "Seen a bruise on her arm on Monday"
BEFORE = 13 - 1  # the schema before the mark of a long text was kept (schema 13)


class Instance(Bot):
    """One of the bots, done with an update once the receipts of the questions it sent have
    landed. On PostgreSQL a receipt commits before the reply returns, since the user's next
    update may reach another instance; SQLite (one process per file) lets it ride with the
    next commit, and waits for it at the user's next turn on the same store only, which in
    this process the other store's turn would not."""

    async def feed(self, update: dict[str, object]) -> None:
        await super().feed(update)
        await self.conversation.store.session(USER)


@asynccontextmanager
async def two_instances(tmp_path: Path, flows: Mapping[str, Flow], database: str
                        ) -> AsyncIterator[tuple[Bot, Bot]]:
    """Two bots on one database, as two `sosbot run` behind one webhook URL: one Telegram,
    one run of update ids, each its own store and Application."""
    telegram = MemoryRequest()
    async with running(tmp_path, flows, telegram, db=database) as one, \
            running(tmp_path, flows, telegram, db=database) as two:
        yield (Instance(one.app, telegram, one.updates, one.conversation, one.db),
               Instance(two.app, telegram, one.updates, two.conversation, two.db))


def parts_of(paste: str, parts: int) -> list[str]:
    """A paste as Telegram sends it: 4,096 characters a message, the last part the rest."""
    cut = [paste[n * 4096:(n + 1) * 4096] for n in range(parts - 1)]
    return [*cut, paste[(parts - 1) * 4096:(parts - 1) * 4096 + 1000]]


async def send_in_parts(bots: list[Bot], chunks: list[str]) -> None:
    """The parts sent one straight after the other (as Telegram does: each the next message
    of the chat), the n-th reaching `bots[n % len(bots)]`."""
    sent = [bots[0].updates.text(USER, chunk) for chunk in chunks]
    for n, update in enumerate(sent):
        await bots[n % len(bots)].feed(update)


# --- the rest of a long paste, taken by the other instance ------------------------------------


@pytest.mark.parametrize("parts", [2, 3])
async def test_the_rest_of_a_long_paste_reaching_another_instance_is_not_saved_as_the_answer(
        database: str, tmp_path: Path, flows: Mapping[str, Flow], parts: int,
        caplog: pytest.LogCaptureFixture) -> None:
    """A social worker pasted her case note, over 4,096 characters, at "What have you seen
    ...?". Telegram sent it as two messages: the first reached one instance and was refused
    as too long; the second, starting mid-sentence, reached the other, which knew nothing of
    the first, and saved it as her answer. Whichever instance takes each part, the rest is
    now said not to be saved, and the question asked again."""
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(one)
        await two.tap(next(d for d in two.buttons() if d.endswith(":school")))
        said = len(one.texts())
        await send_in_parts([one, two], parts_of(PASTED, parts))
        assert "what_happened" not in await answers_now(two)
        new = one.texts()[said:]
        assert "limit here is 4000" in new[0]
        assert "rest of a long message" in new[-2]
        assert ASKED in new[-1]
        await two.say(OWN)  # a message of its own is the answer
        assert (await answers_now(one))["what_happened"] == OWN
    no_errors(caplog)


def two_written(tmp_path: Path) -> dict[str, Flow]:
    flow = build_flow(tmp_path, section(
        "s", text("first", ask="What happened?", max_length=4096),
        text("second", ask="Who else knows?")))
    return {flow.id: flow}


async def test_the_rest_of_a_paste_that_fitted_is_not_saved_as_the_next_answer(
        database: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The first part fitted and was saved; the rest reached the other instance, which took
    it for a line typed before the next question reached her, and told her to send it again
    if it answered that one. It is said to be the rest of her paste, as one instance says."""
    flows = two_written(tmp_path)
    first = "She told me at the school gate that he was hit with a belt on Monday. " * 55
    assert SPLIT_LONG <= len(first) <= 4096
    async with two_instances(tmp_path, flows, database) as (one, two):
        await one.say(f"/new {next(iter(flows))}")
        await two.say("KB-12")
        said = len(one.texts())
        await send_in_parts([one, two], [first, "and she saw bruises on his back."])
        answers = await answers_now(two)
        assert answers.get("first") == first.strip()
        assert "second" not in answers
        new = one.texts()[said:]
        assert "rest of a long message" in new[-2]
        assert "Who else knows?" in new[-1]
    no_errors(caplog)


async def test_a_long_answer_and_a_later_message_are_each_taken_on_either_instance(
        database: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """The mark is only of the very next message, sent within seconds: a long answer that
    fits, then the next answer typed a while later on the other instance, is two answers."""
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(one)
        await two.tap(next(d for d in two.buttons() if d.endswith(":school")))
        await one.say(PASTED[:3900])
        later = two.updates.text(USER, "Yes, as far as I know")
        later["message"]["date"] += 30
        await two.feed(later)
        answers = await answers_now(one)
        assert answers["what_happened"] == PASTED[:3900].strip()
        assert answers["safe_today"] == "yes"


# --- a database made before the mark was kept -------------------------------------------------


async def at_the_schema_before(database: str, version: int = BEFORE) -> None:
    """An empty database as sosbot made it before this pass (schema `BEFORE`, or
    `version`), with a practitioner's row in it."""
    older = MIGRATIONS[:version]
    session = "INSERT INTO sessions (user_id, state, updated_at) VALUES (4242, '{}', 0)"
    if database.startswith("sqlite"):
        with closing(sqlite3.connect(database.removeprefix("sqlite:///"))) as db:
            for migration in older:
                for statement in statements_for("sqlite", migration):
                    db.execute(statement)
            db.execute(session)
            db.execute(f"PRAGMA user_version = {version}")
            db.commit()
        return
    conn = await asyncpg.connect(database)
    try:
        async with conn.transaction():
            await conn.execute("CREATE TABLE sosbot_schema (version INTEGER NOT NULL)")
            await conn.execute(f"INSERT INTO sosbot_schema VALUES ({version})")
            for migration in older:
                for statement in statements_for("postgresql", migration):
                    await conn.execute(statement)
            await conn.execute(session)
    finally:
        await conn.close()


async def test_a_database_of_before_is_brought_up_to_date_and_knows_the_rest_of_a_paste(
        database: str, tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    await at_the_schema_before(database)
    async with two_instances(tmp_path, flows, database) as (one, two):
        await start_reflection(two)
        await one.tap(next(d for d in one.buttons() if d.endswith(":school")))
        await send_in_parts([two, one], parts_of(PASTED, 2))
        assert "what_happened" not in await answers_now(one)
        assert "rest of a long message" in one.texts()[-2]
        assert (await two.conversation.store.session(USER)).long_text is not None


# --- the store contract, both engines -----------------------------------------------------------


async def test_a_long_texts_mark_is_read_with_the_session_by_the_other_store(
        database: str, sealer: AesGcmSealer) -> None:
    """Left in one turn (the update noted as handled with it), read in the next turn's first
    read by the other instance's store, and kept by a session write."""
    first, second = [await open_store(database, sealer=sealer) for _ in range(2)]
    try:
        await first.save_session(Session(7, state={"k": "v"}))
        async with first.turn(7, 1) as turn:
            assert turn.session.long_text is None
            await turn.long_text(1001, 1_700_000_000.5)
        assert await second.was_handled(7, 1)
        async with second.turn(7, 2) as turn:
            assert turn.session.long_text == (1001, 1_700_000_000.5)
            turn.session.state = {"k": "w"}
            await turn.save_session()
        stored = await first.session(7)
        assert (stored.long_text, stored.state) == ((1001, 1_700_000_000.5), {"k": "w"})
        async with first.turn(7, 3) as turn:
            await turn.long_text(1007, 1_700_000_060.0)  # the newest long text's
        assert (await second.session(7)).long_text == (1007, 1_700_000_060.0)
    finally:
        await close_all(first, second)


async def test_no_row_is_made_for_a_mark_nor_left_after_an_erasure(
        database: str, sealer: AesGcmSealer) -> None:
    """Someone with nothing open gets no session row for a long text (the rest of it could
    answer nothing); /delete erases every row about a user, and a mark asked for in the same
    turn writes none back."""
    async with await open_store(database, sealer=sealer) as store:
        async with store.turn(7, 1) as turn:
            await turn.long_text(1001, 1_700_000_000.0)
        assert (await store.table_counts())["sessions"] == 0
        assert await store.was_handled(7, 1)
        await store.save_session(Session(7, state={"k": "v"}))
        async with store.turn(7, 2) as turn:
            await turn.delete_user()
            await turn.long_text(1003, 1_700_000_001.0)
        counts = await store.table_counts()
        assert (counts["sessions"], counts["handled_updates"]) == (0, 0)


async def close_all(*stores: SqlStore) -> None:
    for store in stores:
        await store.close()


def test_a_part_is_long_by_telegrams_count_of_utf16_units() -> None:
    """Telegram counts a message's length in UTF-16 units: an emoji is two of them."""
    assert Piece.of(1, 0.0, "\U0001f600" * (SPLIT_LONG // 2)).long
    assert not Piece.of(1, 0.0, "\U0001f600" * (SPLIT_LONG // 2 - 1) + "a").long
    assert Piece.of(1, 0.0, "a" * SPLIT_LONG).long
    assert not Piece.of(1, 0.0, "é" * (SPLIT_LONG - 1)).long
    assert Piece(8, 100.0, False).follows((7, 98.0))
    assert not Piece(9, 100.0, False).follows((7, 98.0))  # a message came between
    assert not Piece(8, 104.0, False).follows((7, 100.0))  # not straight after
    assert not Piece(8, 100.0, False).follows(None)
