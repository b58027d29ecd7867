"""Migrations on both engines: a fresh database reaches the latest version, and running them
again changes nothing (same tables, same columns, same rows)."""

from __future__ import annotations

import sqlite3

import asyncpg

from storage import open_store
from storage.migrations import LATEST, MIGRATIONS, WORDS, statements_for
from tests.postgres_server import PgCluster
from tests.store_data import a_draft

TABLES = {"drafts", "answers", "sessions", "handled_updates", "meta", "user_keys",
          "rate_buckets", "members", "invites", "contributions", "former_members",
          "owed_notices", "shares", "link_tries"}


async def _sqlite_schema(url: str) -> tuple[int, dict[str, list[str]]]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        (version,), = db.execute("PRAGMA user_version")
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        columns = {n: [f"{r[1]} {r[2]}" for r in db.execute(f"PRAGMA table_info({n})")]
                   for n in names}
    db.close()
    return int(version), columns


async def _postgres_schema(url: str) -> tuple[int, dict[str, list[str]]]:
    conn = await asyncpg.connect(url)
    try:
        version = int(await conn.fetchval("SELECT version FROM sosbot_schema"))
        rows = await conn.fetch(
            "SELECT table_name, column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = 'public' AND table_name != 'sosbot_schema' "
            "ORDER BY table_name, ordinal_position")
    finally:
        await conn.close()
    columns: dict[str, list[str]] = {}
    for table, column, kind in rows:
        columns.setdefault(table, []).append(f"{column} {kind}")
    return version, columns


async def schema(url: str) -> tuple[int, dict[str, list[str]]]:
    return await (_postgres_schema(url) if url.startswith("postgresql") else _sqlite_schema(url))


async def test_a_fresh_database_reaches_the_latest_version_and_again_changes_nothing(
        database: str) -> None:
    async with await open_store(database) as store:
        await store.save(a_draft(), new=True)
    version, columns = await schema(database)
    assert version == LATEST == len(MIGRATIONS)
    assert set(columns) == TABLES
    assert "question_message" in " ".join(columns["sessions"])
    assert "delivered" in " ".join(columns["sessions"])
    for _ in range(2):
        async with await open_store(database) as store:
            assert await store.load_draft(1, "d1") is not None
        assert await schema(database) == (version, columns)


async def test_instances_starting_together_migrate_once(pg_cluster: PgCluster) -> None:
    import asyncio

    url = pg_cluster.new_database()
    stores = await asyncio.gather(*(open_store(url) for _ in range(4)))
    for store in stores:
        await store.close()
    assert (await schema(url))[0] == LATEST


def test_every_placeholder_has_a_word_in_both_engines() -> None:
    for migration in MIGRATIONS:
        for engine in WORDS:
            for statement in statements_for(engine, migration):  # type: ignore[arg-type]
                assert "{" not in statement.replace("'{}'", ""), statement
