"""The thirty-sixth round of attacks: the real bot (polling against the local Bot API server,
on PostgreSQL where the engine decides it, and `sosbot run --webhook`) given buttons no
Telegram app sends, and its database's files taken away under it. Each test of a defect
failed on the code as it was."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster
from tests.processes import free_port
from tests.telegram_world import PRACTITIONER, World, bot_world
from tests.test_webhook import Instance, open_a_draft, stored_answers

pytestmark = pytest.mark.e2e


async def press(world: World, data: str) -> list[str]:
    """Press a button carrying `data` under the newest message (a client of one's own sends
    any data it likes): what the bot says back, the press's own answer included."""
    mark = len(world.server.calls)
    world.server.press_button(PRACTITIONER, world.last().message_id, data, allow_missing=True)
    await world.settle(mark)
    return [str(params.get("text", "")) for name, params in world.server.calls[mark:]
            if name in ("sendMessage", "answerCallbackQuery")]


async def test_a_nul_in_a_button_is_not_a_database_failure_on_postgresql(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """A button whose data held a NUL ("Leave out" with "\\x00" for its link, sent by a
    client of one's own) went into a query as it was: PostgreSQL refuses a NUL in text, so
    the member was told "Sorry, something went wrong on my side", and the log said "Could
    not save in the database ... (invalid byte sequence for encoding "UTF8": 0x00)", an
    operator sent looking for a fault in a sound database (and polling handed the press in
    again for half an hour, each time failing alike). On SQLite the same press changed
    nothing and said so. A NUL is no character Telegram's text holds: it is read without,
    on either engine, and the press changes nothing, as any press naming no link does."""
    url = pg_cluster.new_database()
    async with bot_world(tmp_path / "unused.db", no_errors=False,
                         SOSBOT_DATABASE_URL=url) as world:
        await world.open_tool("Safety mapping", "KB-1")
        await world.tap("A child protection conference")
        said = await press(world, "t:cx:\x00:1")
        errors = [r.getMessage() for r in world.errors.records]
    assert said == ["", "Alright, nothing has been changed."], said
    assert errors == []


async def test_the_write_ahead_log_removed_under_the_running_bot_is_refused_not_written_on(
        tmp_path: Path) -> None:
    """`rm sosbot.db-wal` under the running `sosbot run --webhook` (the README's restore step,
    done before the bot was stopped): the bot went on writing into the log no name led to,
    answering each post 200 and saying the answer was saved, where a crash or a kill lost
    every one of them (and the tables with them, while they were still only in the log).
    Now the answer is not acknowledged (503: Telegram keeps it and sends it again), the log
    says in one line what was removed and to restart, and once restarted (stopping writes
    what was saved into the database file) the answer Telegram sends again is saved, once."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        bot = Instance(server, db, free_port())
        await bot.start()
        try:
            await open_a_draft(bot)
            await asyncio.to_thread(Path(f"{db}-wal").unlink)
            answer = server.take_update(server.send_text(PRACTITIONER, "school"))
            assert await bot.post(answer) == 503
            assert await bot.stop() == 0
            again = Instance(server, db, free_port())
            await again.start()
            try:
                assert await again.post(answer) == 200
                assert await again.stop() == 0
            finally:
                await again.kill()
        finally:
            await bot.kill()
    [answers] = await stored_answers(db)
    assert list(answers.values()).count("school") == 1
    [said] = [line for line in bot.stderr.splitlines() if "write-ahead log" in line]
    assert f"{db}-wal" in said
    assert "restart sosbot" in said
    assert "school" not in bot.stderr
