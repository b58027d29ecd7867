"""A council's platform engineer walking the README, thirty-seventh pass: what the real
`sosbot` processes say to the operator at start and stop, on each engine.

Through the real parts: `sosbot run --webhook` child processes against the local Bot API
server (`tests/botapi_server.py`), a SQLite file in tmp_path, and the throwaway PostgreSQL
cluster (`tests/postgres_server.py`, skipped where PostgreSQL is absent).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster
from tests.processes import free_port
from tests.test_webhook import Instance

pytestmark = pytest.mark.e2e

INFO = {"SOSBOT_LOG_LEVEL": "INFO"}  # deploy/main.env.example's level


async def log_of_a_start_and_stop(db: Path, **extra: str) -> list[str]:
    """The log lines of one `sosbot run --webhook` started, then stopped with SIGTERM."""
    async with BotApiServer() as server:
        bot = Instance(server, db, free_port(), extra={**INFO, **extra})
        try:
            await bot.start()
            assert await bot.health() == 200
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    return bot.stderr.splitlines()


def the_line(lines: list[str], words: str) -> str:
    [line] = [x for x in lines if words in x]
    return line


async def test_the_log_of_a_start_names_the_engine_the_database_and_the_stop(
        tmp_path: Path) -> None:
    """At INFO (the level the deploy's env file sets) the journal of a start said only
    "webhook server listening on ..." and "webhook set; serving updates", and nothing at
    all when it stopped: which version ran, on which database (a SOSBOT_DATABASE_URL left
    in the environment wins over SOSBOT_DB), under which key, and whether it closed the
    database cleanly, an operator could not tell. Now one line says the version, the engine
    and the database's full path and the current key's id, before "webhook set", and one
    line says it stopped with the database closed."""
    db = tmp_path / "sosbot.db"
    lines = await log_of_a_start_and_stop(db)
    started = the_line(lines, "started")
    assert f"on the SQLite database {db}" in started, started
    assert "sosbot 0." in started
    assert "data key ktest" in started  # the test key's id (tests/telegram_world.py)
    assert lines.index(started) < lines.index(the_line(lines, "webhook set"))
    assert "stopped; the database is closed" in lines[-1], lines


async def test_the_log_of_a_start_on_postgresql_names_the_database_not_its_password(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """On PostgreSQL the line names the engine and the database as its URL shows it, the
    password left out (the throwaway cluster trusts local logins, so any password does)."""
    url = pg_cluster.new_database().replace("postgresql://postgres@",
                                            "postgresql://postgres:Hunter2-secret@")
    lines = await log_of_a_start_and_stop(tmp_path / "unused.db", SOSBOT_DATABASE_URL=url)
    started = the_line(lines, "started")
    name = url.partition("@/")[2].partition("?")[0]
    assert f"on the PostgreSQL database postgresql://postgres@/{name}?host=" in started, started
    assert "Hunter2" not in "\n".join(lines)
    assert "stopped; the database is closed" in lines[-1], lines
