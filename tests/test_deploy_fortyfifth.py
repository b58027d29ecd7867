"""A council's operator, forty-fifth pass: `sosbot purge` run beside instances serving one
PostgreSQL database, an upgrade's migration slipping in while an older instance's hold on
the database was away, a polling `sosbot run` started beside webhook instances, and the
retention run after a start that took long.

Each pinned through the real parts: a throwaway PostgreSQL (`tests/postgres_server.py`,
skipped where PostgreSQL is absent), `sosbot run --webhook` as it serves (`webhook_bot`),
and the `sosbot` command in a subprocess.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import asyncpg
import pytest

from bot.app import serve
from bot.run import problem
from storage import open_store
from storage.errors import NewerSchema, SettingsDiffer, StorageError
from storage.migrations import MIGRATIONS
from storage.postgres import JOBS, LOCK_SPACE, SERVING
from tests.botapi_server import BotApiServer
from tests.conftest import run_sosbot
from tests.postgres_server import PgCluster
from tests.processes import HANG_GUARD
from tests.telegram_world import TEST_KEY, bot_settings
from tests.test_deploy_thirtyfirst import webhook_bot
from tests.test_deploy_thirtysecond import serving_pids, wait_until, webhook_on_postgresql
from tests.test_webhook import PUBLIC_URL, SECRET

DAY_S = 86_400


async def a_draft_untouched_for(url: str, folder: Path, days: int) -> None:
    """A practitioner's draft, started with `sosbot chat` and untouched for `days` days."""
    env = {"SOSBOT_DATABASE_URL": url, "SOSBOT_DATA_KEY": TEST_KEY}
    chat = await asyncio.to_thread(run_sosbot, "chat", "--flow", "reflection",
                                   input="KB-45\nschool\n", cwd=folder, env=env)
    assert chat.returncode == 0, chat.stderr
    connection = await asyncpg.connect(url)
    try:
        await connection.execute("UPDATE drafts SET updated_at = updated_at - $1",
                                 float(days * DAY_S))
    finally:
        await connection.close()


async def drafts_in(url: str) -> int:
    connection = await asyncpg.connect(url)
    try:
        return int(await connection.fetchval("SELECT count(*) FROM drafts"))
    finally:
        await connection.close()


async def test_purge_with_fewer_days_than_the_serving_bot_erases_nothing_and_says_why(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """The council keeps drafts 90 days: SOSBOT_DRAFT_DAYS=90 in main.env, two instances
    serving on PostgreSQL. The operator adds `sosbot purge` to root's crontab with the
    database URL, but not the days (nor --env-file). On SQLite a purge beside the running bot
    is refused; on PostgreSQL it ran with the default 30 and erased a practitioner's draft
    untouched for 45 days, which the bot keeps another 45 and would have reminded them of the
    day before. Now it erases nothing, and says in one line which days differ, whose they
    are, and to give it the bot's settings with --env-file."""
    url = pg_cluster.new_database()
    await a_draft_untouched_for(url, tmp_path, 45)
    env = {"SOSBOT_DATABASE_URL": url, "SOSBOT_DATA_KEY": TEST_KEY}
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url, SOSBOT_DRAFT_DAYS=90,
            SOSBOT_SETTINGS_FROM="/etc/sosbot/main.env"):
        purged = await asyncio.to_thread(run_sosbot, "purge", cwd=tmp_path, env=env)
        assert await drafts_in(url) == 1, purged.stdout
        assert purged.returncode == 1, purged.stdout
        lines = purged.stderr.strip().splitlines()
        assert len(lines) == 1, purged.stderr
        assert lines[0].startswith(
            "sosbot: SOSBOT_DRAFT_DAYS is 30 here (the default: set nowhere) and 90 there, in "
            "the settings of the instance serving on this database (/etc/sosbot/main.env on "
        ), lines
        assert lines[0].endswith("Nothing was erased; run purge with the bot's settings "
                                 "(--env-file and the file named there)."), lines
        # given the bot's settings, as the line says, it runs: the draft is within its days
        (tmp_path / "main.env").write_text("SOSBOT_DRAFT_DAYS=90\n")
        again = await asyncio.to_thread(run_sosbot, "purge", "--env-file",
                                        str(tmp_path / "main.env"), cwd=tmp_path, env=env)
        assert again.returncode == 0, again.stderr
        assert "Erased 0 draft(s)" in again.stdout
        assert await drafts_in(url) == 1


async def test_purge_with_the_serving_bots_days_erases_what_they_let_go(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Given the same days as the instance serving (or more), purge beside it erases a draft
    past them, as the bot's own daily run would."""
    url = pg_cluster.new_database()
    await a_draft_untouched_for(url, tmp_path, 45)
    env = {"SOSBOT_DATABASE_URL": url, "SOSBOT_DATA_KEY": TEST_KEY, "SOSBOT_DRAFT_DAYS": "40"}
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url, SOSBOT_DRAFT_DAYS=40):
        purged = await asyncio.to_thread(run_sosbot, "purge", cwd=tmp_path, env=env)
    assert purged.returncode == 0, purged.stderr
    assert "Erased 1 draft(s)" in purged.stdout
    assert await drafts_in(url) == 0


# --- an upgrade migrating while PostgreSQL had dropped an older instance's hold -------------

NEWER = len(MIGRATIONS) + 1  # the schema of the sosbot being installed


async def a_newer_sosbot_migrates(url: str) -> None:
    """What the upgraded sosbot's start does (`PostgresStore._prepare`): under the migration
    lock, seeing no older instance holding the serving lock, it changes the schema."""
    connection = await asyncpg.connect(url)
    try:
        async with connection.transaction():
            await connection.execute("SELECT pg_advisory_xact_lock($1, $2)", LOCK_SPACE,
                                     JOBS["migrate"])
            await connection.execute("CREATE TABLE newer_things (id TEXT PRIMARY KEY)")
            await connection.execute("UPDATE sosbot_schema SET version = $1", NEWER)
    finally:
        await connection.close()


async def test_an_older_instance_whose_hold_was_dropped_stops_once_an_upgrade_migrated(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Upgrading one server at a time, as the README says: the upgraded instance is refused
    while the older one serves, and systemd starts it again every 10 seconds. The DBA
    restarts PostgreSQL meanwhile (or it fails over): the older instance's connection, and
    the lock that says an older sosbot serves, go with it, and the upgraded instance,
    first in, changed the schema. The older one took its lock again and went on serving
    practitioners on a schema it does not know. Now it stops, its last line saying the
    database was made by a newer sosbot, and answers nothing more."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server:
        settings, running = await webhook_on_postgresql(server, tmp_path, url)
        dba = await asyncpg.connect(url)
        try:
            [pid] = await serving_pids(url)
            # first in the queue for the lock, so the upgrade runs before the older instance
            # can take it again
            taking = asyncio.create_task(dba.execute("SELECT pg_advisory_lock($1, $2)",
                                                     *SERVING))
            await wait_until(lambda: serving_pids(url, granted=False), bool)
            pg_cluster.tool("psql", "-d", "postgres", "-q", "-c",
                            f"SELECT pg_terminate_backend({pid}, 10000)")
            await taking
            await a_newer_sosbot_migrates(url)
            await dba.execute("SELECT pg_advisory_unlock($1, $2)", *SERVING)
        finally:
            await dba.close()
        with pytest.raises(StorageError) as stopped:
            await asyncio.wait_for(running, HANG_GUARD)
    said = problem(stopped.value, settings)
    assert said.startswith("The database "), said
    assert f"was changed to schema {NEWER} by a newer sosbot since this one opened it" \
        in said, said
    assert "Upgrade it as the other instances were" in said, said


async def test_an_older_instance_starting_as_an_upgrade_migrates_does_not_serve(
        pg_cluster: PgCluster) -> None:
    """The same as the two start together: the older sosbot found the schema it knows, and
    before it took the lock that says it serves, the upgraded one changed the schema. It is
    refused at once now, in the same words."""
    url = pg_cluster.new_database()
    older = await open_store(url)
    try:
        await a_newer_sosbot_migrates(url)
        with pytest.raises(NewerSchema, match=f"changed to schema {NEWER} by a newer sosbot"):
            async with older.serving():
                pass
    finally:
        await older.close()


# --- `sosbot run` (polling) started beside webhook instances on one PostgreSQL --------------

async def test_a_polling_instance_beside_webhook_ones_is_refused_and_the_webhook_stays(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Two instances serve the council's bot by webhook. An operator, checking something on
    the server, starts `sosbot run` by hand with the same settings but without --webhook.
    Polling removes the bot's webhook: every practitioner's message went to that one
    process, and once it was stopped to none (Telegram kept them; the webhook instances,
    their /healthz still 200, waited for posts that never came, until one was restarted).
    It is refused now, in one line saying how the others receive updates, and the webhook
    is left as it was."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url,
            SOSBOT_SETTINGS_FROM="/etc/sosbot/main.env") as bot:
        settings = bot_settings(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url,
                                SOSBOT_WEBHOOK_URL=PUBLIC_URL, SOSBOT_WEBHOOK_SECRET=SECRET)
        ready, stop = asyncio.Event(), asyncio.Event()
        polling = asyncio.create_task(serve(settings, stop, ready=ready, poll_timeout=1))
        waiting = asyncio.create_task(ready.wait())
        try:
            await asyncio.wait({polling, waiting}, timeout=HANG_GUARD,
                               return_when=asyncio.FIRST_COMPLETED)
            assert polling.done(), "the polling instance started beside the webhook ones"
        finally:
            waiting.cancel()
            stop.set()
        with pytest.raises(SettingsDiffer) as refused:
            await polling
        assert server.webhook.get("url") == PUBLIC_URL
        assert await bot.health() == 200
    said = problem(refused.value, settings)
    assert said.startswith("How updates reach the bot (polling here, the webhook there): "
                           "the settings of this instance"), said
    assert "(/etc/sosbot/main.env on " in said, said
    assert "Nothing was started" in said, said


# --- the retention run a few seconds after each start, on a server slow to start ------------

async def test_the_retention_run_after_a_start_is_not_skipped_when_starting_took_long(
        pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sosbot run` runs the retention five seconds after it starts, then daily; partners
    owed a notice are told by that run too ("a few seconds after `sosbot run` next
    starts"). Its start compiles every wording check before serving, which took six
    seconds on a busy two-core server: the first run, due at five, was then more than a
    second late, and the scheduler skipped it to the next day, so a bot restarted daily
    (an upgrade, a reboot) never erased anything. A draft untouched past its days is now
    erased soon after such a start all the same."""
    url = pg_cluster.new_database()
    await a_draft_untouched_for(url, tmp_path, 45)

    def slow_to_settle() -> None:
        time.sleep(6.5)  # what compiling the checks took on that server, as measured here

    monkeypatch.setattr("bot.app.settle_memory", slow_to_settle)
    async with BotApiServer() as server:
        stop = asyncio.Event()
        _, running = await webhook_on_postgresql(server, tmp_path, url, stop, settle=True)
        try:
            await wait_until(lambda: drafts_in(url), lambda count: count == 0)
        finally:
            stop.set()
            await asyncio.wait_for(running, HANG_GUARD)
