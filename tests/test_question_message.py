"""What one process knew about a practitioner now lives in the database: the message showing
their open question (so the answer is written into it) and their rate of messages.

A restart, or a second instance on one PostgreSQL, must not change what the practitioner
sees: the real `Application`, over Telegram played in memory, on a real SQLite file and a real
PostgreSQL cluster.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager
from pathlib import Path

from telegram import Update
from telegram.ext import Application

from bot.app import build_application, limiter_for
from bot.config import Settings
from bot.handlers import SLOW_DOWN
from bot.services import open_services
from flows.flow import Flow
from storage.crypto import AesGcmSealer, new_key
from tests.builders import build_flow, choice, section, text
from tests.memory_botapi import MemoryRequest, Updates
from tests.postgres_server import PgCluster

USER = 4242
KEY = "kh:" + base64.b64encode(bytes(32)).decode()
SEALER = AesGcmSealer([new_key("question-message")])


def settings(**extra: str) -> Settings:
    return Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                    SOSBOT_ALLOWED_USERS=str(USER), SOSBOT_DATA_KEY=KEY, **extra)


@asynccontextmanager
async def instance(db: Path | str, flows: Mapping[str, Flow], telegram: MemoryRequest,
                   config: Settings | None = None,
                   ) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """One bot process: its own store and Application, the shared Telegram."""
    config = config or settings()
    async with open_services(config, db, flows, sealer=SEALER) as conversation:
        app = build_application(config, conversation, request=telegram,
                                get_updates_request=MemoryRequest(record=False),
                                limiter=limiter_for(config, conversation.store))
        async with app:
            yield app


async def feed(app: Application, update: dict[str, object]) -> None:  # type: ignore[type-arg]
    await app.process_update(Update.de_json(update, app.bot))


def two_questions(tmp_path: Path) -> dict[str, Flow]:
    flow = build_flow(tmp_path, section("s", text("first", ask="Who lives at home?"),
                                        text("second", ask="Who visits?"), column="worried"))
    return {flow.id: flow}


def question_message(telegram: MemoryRequest, ask: str) -> int:
    """The id of the newest message that asked `ask`."""
    return [m.message_id for m in telegram.outbox(USER) if ask in m.text][-1]


def edits(telegram: MemoryRequest) -> dict[int, str]:
    return {int(p["message_id"]): str(p["text"]) for p in telegram.sent("editMessageText")}


async def test_an_answer_typed_after_a_restart_is_written_into_its_questions_message(
        tmp_path: Path) -> None:
    flows, telegram, updates = two_questions(tmp_path), MemoryRequest(), Updates()
    db = tmp_path / "bot.db"
    async with instance(db, flows, telegram) as before:
        await feed(before, updates.text(USER, f"/new {next(iter(flows))}"))
        await feed(before, updates.text(USER, "KB-12"))
        asked = question_message(telegram, "Who lives at home?")
    async with instance(db, flows, telegram) as after:
        await feed(after, updates.text(USER, "Mum and Kai, 7"))
    assert "Mum and Kai, 7" in edits(telegram)[asked]
    assert "Who visits?" in telegram.outbox(USER)[-1].text


async def test_the_instance_that_takes_the_answer_edits_the_question_the_other_sent(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    flows, telegram, updates = two_questions(tmp_path), MemoryRequest(), Updates()
    url = pg_cluster.new_database()
    async with instance(url, flows, telegram) as one, instance(url, flows, telegram) as two:
        await feed(one, updates.text(USER, f"/new {next(iter(flows))}"))
        await feed(two, updates.text(USER, "KB-12"))
        asked = question_message(telegram, "Who lives at home?")
        await feed(one, updates.text(USER, "Mum and Kai, 7"))
        assert "Mum and Kai, 7" in edits(telegram)[asked]
        second = question_message(telegram, "Who visits?")
        await feed(two, updates.text(USER, "Gran, on Sundays"))
        assert "Gran, on Sundays" in edits(telegram)[second]


async def test_a_flood_split_across_two_instances_is_limited_once(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    flows, telegram, updates = two_questions(tmp_path), MemoryRequest(), Updates()
    url = pg_cluster.new_database()
    config = settings(SOSBOT_RATE_BURST="4", SOSBOT_RATE_PER_MINUTE="1")
    async with AsyncExitStack() as stack:
        apps = [await stack.enter_async_context(instance(url, flows, telegram, config))
                for _ in range(2)]
        for n in range(8):
            await feed(apps[n % 2], updates.text(USER, "/help"))
    replies = [str(p["text"]) for p in telegram.sent()]
    assert replies.count(SLOW_DOWN) == 1  # told once, not once per instance
    assert len(replies) == 4 + 1  # the burst of four, then the one warning


async def test_ticking_choices_in_place_writes_the_answer_into_that_question_only(
        tmp_path: Path) -> None:
    flow = build_flow(tmp_path, section(
        "s", text("first", ask="Who lives at home?"),
        choice("help", "school", "gran", multi=True, ask="Who helps?"),
        text("last", ask="Anything else?"), column="worried"))
    flows, telegram, updates = {flow.id: flow}, MemoryRequest(), Updates()
    async with instance(tmp_path / "bot.db", flows, telegram) as bot:
        await feed(bot, updates.text(USER, f"/new {flow.id}"))
        await feed(bot, updates.text(USER, "KB-12"))
        first = question_message(telegram, "Who lives at home?")
        await feed(bot, updates.text(USER, "Mum and Kai, 7"))
        shown = [m for m in telegram.outbox(USER) if "Who helps?" in m.text][-1]
        tick = dict(shown.buttons)
        await feed(bot, updates.button(USER, tick["School"], pressed=shown))
        ticked = [m for m in telegram.outbox(USER) if m.message_id == shown.message_id][-1]
        await feed(bot, updates.button(USER, dict(ticked.buttons)["Done"], pressed=ticked))
    written = [(int(p["message_id"]), str(p["text"])) for p in telegram.sent("editMessageText")]
    assert [text for at, text in written if at == first] == [edits(telegram)[first]]
    assert "Mum and Kai, 7" in edits(telegram)[first]
    assert "School" in edits(telegram)[shown.message_id]
