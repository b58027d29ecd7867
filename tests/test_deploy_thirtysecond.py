"""A council's operator deploying sosbot by README's "Deploy for a council", thirty-second pass:
PostgreSQL with two instances.

What the operator (or a practitioner) would meet, each pinned through the real parts: the
webhook while PostgreSQL is out of reach, `keys rotate` after PostgreSQL dropped a running
instance's connection, a second instance started with settings the first disagrees with, a
`pg_dump` put back, and an upgrade that changes the schema beside an older instance.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import subprocess
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import asyncpg
import pytest

from bot import cli
from bot.config import Settings
from bot.keys import require_key
from bot.run import problem
from bot.webhook import serve_webhook
from flows.draft import Draft
from storage import open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer, DataKey, key_file_text, new_key
from storage.errors import KeyProblem, SettingsDiffer, StorageError
from storage.migrations import MIGRATIONS
from storage.postgres import SERVING
from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster, before_the_latest_migration, columns_added_after
from tests.processes import HANG_GUARD, free_port
from tests.telegram_world import PRACTITIONER, bot_settings
from tests.test_claims_thirtieth import DEPLOY_SECTION
from tests.test_deploy_thirtyfirst import GROUP_HELP, key_and_env, to_author, webhook_bot
from tests.test_webhook import PUBLIC_URL, SECRET
from tests.test_webhook_instances import stored

T = TypeVar("T")


def _name(url: str) -> str:
    return url.split("@/")[1].split("?")[0]


def cut_off(cluster: PgCluster, url: str, *, back: bool = False) -> None:
    """The database out of reach (every connection dropped, none taken), as PostgreSQL
    stopped or restarting is to the instances; `back`: reachable again."""
    name = _name(url)
    sql = f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if back else 'false'};"
    if not back:
        sql += (" SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity "
                f"WHERE datname = '{name}';")
    cluster.tool("psql", "-d", "postgres", "-q", "-c", sql)


# --- PostgreSQL out of reach while Telegram posts ------------------------------------------------


async def holds_the_day_of_the_dump(url: str, sealer: AesGcmSealer) -> None:
    """The restored database, opened as an instance serves it, holds the draft saved before
    the dump ("TB-7") and not the one saved after it."""
    restored = await open_store(url, sealer=sealer)
    try:
        async with restored.serving():
            kept = await restored.load_draft(1, "d1")
            assert kept is not None
            assert kept.label == "TB-7"
            assert await restored.load_draft(1, "d2") is None
    finally:
        await restored.close()

async def test_an_answer_not_saved_while_postgresql_is_down_is_not_acknowledged(
        pg_cluster: PgCluster, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """README: "Anything Telegram had not had a 200 for, it sends again". With PostgreSQL
    out of reach, the practitioner's answer could not be saved, yet the post was answered
    200: Telegram never sent it again, and the answer was lost. It is answered with an
    error now, so Telegram sends it again; once PostgreSQL is back, that answer is saved
    and the next question asked."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, \
            webhook_bot(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url) as bot:
        await to_author(bot)
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        cut_off(pg_cluster, url)
        with caplog.at_level(logging.ERROR):
            assert await bot.post(answer) != 200
            assert await bot.post(answer) != 200  # Telegram tries again: still not saved
        sorry = [t for t in server.texts(PRACTITIONER) if t.startswith("Sorry, something")]
        assert len(sorry) == 1, sorry  # told once, not at every try
        cut_off(pg_cluster, url, back=True)
        assert await bot.post(answer) == 200
        assert GROUP_HELP in server.texts(PRACTITIONER)[-1]
        answers = dict(await stored(url, PRACTITIONER))
        assert answers["author"] == "KB, social worker"
        # a failure of this update's own (a stored value that no longer opens), not of the
        # database's, would fail however often Telegram sent it: acknowledged, said once
        pg_cluster.tool("psql", "-d", _name(url), "-q", "-c",
                        "UPDATE drafts SET label = '\\x00'::bytea")
        helps = server.take_update(server.send_text(PRACTITIONER, "Planning the next visit"))
        with caplog.at_level(logging.ERROR):
            assert await bot.post(helps) == 200
        assert server.texts(PRACTITIONER)[-1].startswith("Sorry, something went wrong")


# --- the serving lock, after PostgreSQL dropped the instance's connection -------------------------

SERVING_LOCK = ("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted = $1 "
                "AND classid = {} AND objid = {} AND objsubid = 2".format(*SERVING))


async def serving_pids(url: str, *, granted: bool = True) -> set[int]:
    """The server processes holding the serving lock (one per instance serving); with
    `granted` False, those waiting for it."""
    conn = await asyncpg.connect(url)
    try:
        return {row[0] for row in await conn.fetch(SERVING_LOCK, granted)}
    finally:
        await conn.close()


async def test_keys_rotate_is_still_refused_after_postgresql_dropped_the_instances_connection(
        pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`sosbot keys rotate` is refused while an instance serves, by a lock the instance holds
    on a connection of its own. PostgreSQL dropping that connection (a restart, a failover,
    `pg_terminate_backend` by a DBA) dropped the lock with it, and the instance went on
    serving: a rotation then went ahead beside it, and every practitioner's next message
    failed. The instance takes the lock again, so the rotation is still refused."""
    url = pg_cluster.new_database()
    keys, env = key_and_env(tmp_path, url)
    before = keys.read_text()
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url, SOSBOT_DATA_KEY="",
            SOSBOT_KEY_FILE=str(keys)) as bot:
        await to_author(bot)
        [pid] = await serving_pids(url)
        pg_cluster.tool("psql", "-d", "postgres", "-q", "-c",
                        f"SELECT pg_terminate_backend({pid}, 10000)")
        await wait_until(lambda: serving_pids(url), lambda pids: bool(pids - {pid}))
        rotate = ["keys", "rotate", "--env-file", str(env)]
        assert await asyncio.to_thread(cli.main, rotate) == 1
        assert "sosbot is running on this database" in capsys.readouterr().err
        assert keys.read_text() == before
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        assert await bot.post(answer) == 200
        assert GROUP_HELP in server.texts(PRACTITIONER)[-1]


async def wait_until(read: Callable[[], Awaitable[T]], good: Callable[[T], bool]) -> T:
    """`read()` again until what it gives is `good` (HANG_GUARD at most)."""
    async def loop() -> T:
        while not good(value := await read()):  # noqa: ASYNC110 - another process's state
            await asyncio.sleep(0.05)
        return value
    return await asyncio.wait_for(loop(), HANG_GUARD)


async def rotate_in_the_gap(cluster: PgCluster, url: str, sealer: AesGcmSealer,
                            meanwhile: Callable[[], Awaitable[object]] | None = None) -> None:
    """PostgreSQL drops the serving instance's connection while a rotation waits first in
    the queue for the lock (so it runs before the instance can take the lock again); with
    `meanwhile`, started once the rotation holds the lock, before it re-seals."""
    rotator = await open_store(url, sealer=sealer)
    dba = await asyncpg.connect(url)
    try:
        [pid] = await serving_pids(url)
        taking = asyncio.create_task(dba.execute("SELECT pg_advisory_lock($1, $2)", *SERVING))
        await wait_until(lambda: serving_pids(url, granted=False), bool)
        cluster.tool("psql", "-d", "postgres", "-q", "-c",
                     f"SELECT pg_terminate_backend({pid}, 10000)")
        await taking
        started = asyncio.ensure_future(meanwhile()) if meanwhile else None
        await rotator.reseal(AesGcmSealer([new_key("rotated"), *sealer.keys]))
        await dba.execute("SELECT pg_advisory_unlock($1, $2)", *SERVING)
        if started is not None:
            await asyncio.wait([started], timeout=HANG_GUARD)
    finally:
        await dba.close()
        await rotator.close()


async def test_a_rotation_in_the_moment_the_lock_was_away_stops_the_instance_unwritten(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """In the moment between PostgreSQL dropping the instance's connection and the instance
    taking the lock again, a rotation can start. The instance then wrote a practitioner's
    new draft with its old key beside the rotation (the key to be retired after it), and
    failed every message after. Its write now waits for the rotation, then is refused,
    nothing written; and the instance is told to stop (systemd starts it again)."""
    url = pg_cluster.new_database()
    instance = await open_store(url, sealer=sealer)
    told: list[StorageError] = []
    writing: list[asyncio.Future[bool]] = []

    async def write() -> bool:
        writing.append(asyncio.ensure_future(instance.save(
            Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1, label="TB-7"),
            new=True, session=Session(1, "d1"))))
        return await asyncio.shield(writing[0])

    try:
        async with instance.serving(told.append):
            await rotate_in_the_gap(pg_cluster, url, sealer, write)
            with pytest.raises(KeyProblem, match=r"rotated .* while this instance served"):
                await writing[0]
            await wait_until(lambda: asyncio.sleep(0, told), bool)
        assert isinstance(told[0], KeyProblem)
        assert "does not fit the database" in str(told[0])
        conn = await asyncpg.connect(url)
        assert await conn.fetchval("SELECT count(*) FROM drafts") == 0
        await conn.close()
    finally:
        await instance.close()


async def webhook_on_postgresql(server: BotApiServer, folder: Path, url: str,
                                stop: asyncio.Event | None = None, *, settle: bool = False
                                ) -> tuple[Settings, asyncio.Task[None]]:
    """`sosbot run --webhook` on the PostgreSQL database at `url`, started in this process and
    serving: its settings, and its task, which ends once `stop` is set or when it stops on its
    own (the tests awaiting that say why it stopped)."""
    settings = bot_settings(server, folder / "unused.db", SOSBOT_DATABASE_URL=url,
                            SOSBOT_WEBHOOK_URL=PUBLIC_URL, SOSBOT_WEBHOOK_SECRET=SECRET,
                            SOSBOT_PORT=free_port())
    ready = asyncio.Event()
    running = asyncio.create_task(serve_webhook(settings, stop or asyncio.Event(), ready=ready,
                                                settle=settle))
    await asyncio.wait_for(ready.wait(), HANG_GUARD)
    return settings, running


async def test_the_running_bot_stops_with_one_line_when_a_rotation_slipped_in(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """The same through `sosbot run --webhook`: it stopped serving nothing it could read,
    answering every practitioner "Sorry, something went wrong". It stops now, its last line
    the data key's, for systemd to start it again with the rotated key file."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server:
        settings, running = await webhook_on_postgresql(server, tmp_path, url)
        await rotate_in_the_gap(pg_cluster, url, require_key(settings, url))
        with pytest.raises(KeyProblem) as stopped:
            await asyncio.wait_for(running, HANG_GUARD)
    said = problem(stopped.value, settings)
    assert "\n" not in said
    assert said.startswith("The data key does not fit the database"), said


# --- two instances whose env files disagree ---------------------------------------------------

MAIN_ENV, SECOND_ENV = "/etc/sosbot/main.env", "/etc/sosbot/second.env"
SHARES = next(n for n, m in enumerate(MIGRATIONS, start=1) if "CREATE TABLE shares" in str(m))


async def second_refused(server: BotApiServer, tmp_path: Path, url: str, setting: str,
                         second: str) -> tuple[SettingsDiffer, Settings]:
    """A second instance (second.env, the first's webhook) started with `setting` as
    `second` on the database at `url`, where the first serves: its refusal, and its
    settings."""
    settings = bot_settings(server, tmp_path / "two.db", **{
        "SOSBOT_DATABASE_URL": url, "SOSBOT_SETTINGS_FROM": SECOND_ENV,
        "SOSBOT_WEBHOOK_URL": PUBLIC_URL, "SOSBOT_WEBHOOK_SECRET": SECRET,
        "SOSBOT_PORT": free_port(), setting: second})
    with pytest.raises(SettingsDiffer) as refused:
        await serve_webhook(settings, asyncio.Event())
    return refused.value, settings


@pytest.mark.parametrize(("setting", "second", "named"), [
    ("SOSBOT_ALLOWED_USERS", str(PRACTITIONER), "SOSBOT_ALLOWED_USERS"),
    ("SOSBOT_DRAFT_DAYS", "60", "SOSBOT_DRAFT_DAYS (60 here, 30 there)"),
    ("SOSBOT_DATA_KEY", key_file_text([new_key("second"), DataKey("ktest", bytes(range(32)))]),
     "SOSBOT_DATA_KEY's current key (second here, ktest there)"),
], ids=["allowed", "draft_days", "data_key"])  # the key is new each run: not in the test's id
async def test_a_second_instance_whose_settings_differ_is_refused_naming_them(
        pg_cluster: PgCluster, tmp_path: Path, setting: str, second: str, named: str) -> None:
    """README: the second instance gets /etc/sosbot/second.env, "a copy of main.env with
    another SOSBOT_PORT". A copy made before main.env was last changed (a new member of staff
    added, the retention period set by the council, a key file of its own) started beside the
    first without a word: a practitioner was turned away by one instance and let in by the
    other, message by message, drafts were erased after 30 days or 60 depending on which
    instance ran the daily retention, and new drafts sealed with a key the first lacked
    failed there. The second is refused at start in one line naming the setting and both
    files; once the first has stopped, it starts (what the first held is not held against
    it)."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url,
            SOSBOT_SETTINGS_FROM=MAIN_ENV):
        refused, settings = await second_refused(server, tmp_path, url, setting, second)
    said = problem(refused, settings)
    assert "\n" not in said
    assert said.startswith(f"{named}: the settings of this instance ({SECOND_ENV}) and of "
                           f"the instance already serving on this database ({MAIN_ENV} on "), said
    assert "Nothing was started" in said
    assert second not in said or setting == "SOSBOT_DRAFT_DAYS"  # never a key or the list
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "two.db", SOSBOT_DATABASE_URL=url, **{setting: second}):
        pass  # alone now: it starts


# --- a PostgreSQL backup put back ------------------------------------------------------------

async def test_a_pg_dump_restored_as_the_readme_says_holds_the_drafts_of_its_day(
        pg_cluster: PgCluster, tmp_path: Path, sealer: AesGcmSealer) -> None:
    """README: "On PostgreSQL, back up with `pg_dump`", and nothing on putting it back. An
    operator restoring with `pg_restore --clean` over the database (the obvious way) kept
    the tables an upgrade had added since the backup, and sosbot refused to start on it.
    The README now gives the steps: into an empty database; followed, the backup's drafts
    are there, the ones after it are not, and the bot serves."""
    url = pg_cluster.new_database()
    name = _name(url)
    store = await open_store(url, sealer=sealer)
    try:
        await store.save(Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1,
                               label="TB-7"), new=True, session=Session(1, "d1"))
        dump = tmp_path / "sosbot.dump"
        pg_cluster.tool("pg_dump", "-Fc", "-f", str(dump), name)
        await store.save(Draft(id="d2", user_id=1, flow_id="mapping", flow_version=1,
                               label="TB-8"), new=True, session=Session(1, "d2"))
    finally:
        await store.close()
    steps = " ".join(DEPLOY_SECTION.split())
    assert "`sudo -u postgres dropdb sosbot && sudo -u postgres createdb -O sosbot sosbot && " \
        "sudo -u postgres pg_restore --no-owner" in steps
    pg_cluster.tool("dropdb", name)
    pg_cluster.tool("createdb", name)
    pg_cluster.tool("pg_restore", "--no-owner", "-d", name, str(dump))
    await holds_the_day_of_the_dump(url, sealer)


async def test_a_dump_restored_over_an_upgraded_database_is_told_to_go_into_an_empty_one(
        pg_cluster: PgCluster, tmp_path: Path, sealer: AesGcmSealer) -> None:
    """The trap the README now warns of: a dump from before an upgrade restored with
    `pg_restore --clean` over the upgraded database keeps the table the upgrade added, and
    the refusal said only "put back the backup taken before the change", which is what the
    operator had just done. It says to put it into an empty database."""
    url = pg_cluster.new_database()
    name = _name(url)
    await (await open_store(url, sealer=sealer)).close()
    # the database as the sosbot before the upgrade left it, dumped
    later = columns_added_after(SHARES, frozenset({"shares"}))  # and what came after it
    pg_cluster.tool("psql", "-d", name, "-q", "-c", "; ".join(
        ["DROP TABLE shares", *later, f"UPDATE sosbot_schema SET version = {SHARES - 1}"]))
    dump = tmp_path / "sosbot.dump"
    pg_cluster.tool("pg_dump", "-Fc", "-f", str(dump), name)
    await (await open_store(url, sealer=sealer)).close()  # the upgrade
    with contextlib.suppress(subprocess.CalledProcessError):  # it fails part way, too
        pg_cluster.tool("pg_restore", "--clean", "--if-exists", "--no-owner", "-d", name,
                        str(dump))
    with pytest.raises(StorageError) as refused:
        await open_store(url, sealer=sealer)
    assert "put back the backup taken before the change into an empty database" in str(
        refused.value)


async def test_a_second_instance_with_another_word_list_starts_and_the_log_says_so(
        pg_cluster: PgCluster, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A difference that harms nobody's data (a council's word list changed on one server
    first, flows of an upgrade under way) does not stop the second instance; the log names
    it, as the refusals do, so it is not left that way unseen."""
    url = pg_cluster.new_database()
    words = tmp_path / "words.yaml"
    words.write_text("mode: add\nterms:\n  - term: front door\n"
                     "    question: Which team did you contact?\n")
    with caplog.at_level(logging.WARNING, logger="storage.postgres"):
        async with BotApiServer() as server, webhook_bot(
                server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url,
                SOSBOT_SETTINGS_FROM=MAIN_ENV), webhook_bot(
                server, tmp_path / "two.db", SOSBOT_DATABASE_URL=url,
                SOSBOT_SETTINGS_FROM=SECOND_ENV, SOSBOT_WORDS=str(words)) as second:
            assert await second.health() == 200
    said = [r.getMessage() for r in caplog.records if "do not agree" in r.getMessage()]
    assert len(said) == 1, said
    assert said[0].startswith(f"SOSBOT_WORDS: the settings of this instance ({SECOND_ENV})")


# --- an upgrade that changes the schema, beside an instance of the older sosbot -------------------

async def test_an_upgrade_does_not_change_the_schema_under_an_older_instance_serving(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """README: two instances, "so one can be patched while the other serves". Upgrading one
    to a sosbot with a new schema migrated the database at its start while the other, still
    the older sosbot, went on serving on a schema it did not know (a column it never fills,
    read by the upgraded one as never filled). The upgraded one is refused in one line
    while an older one serves, nothing changed; once the older ones are stopped it
    migrates and serves."""
    url = pg_cluster.new_database()
    await (await open_store(url, sealer=sealer)).close()
    older = len(MIGRATIONS) - 1  # the database as the sosbot before the upgrade left it
    pg_cluster.tool("psql", "-d", _name(url), "-q", "-c", before_the_latest_migration())
    running = await asyncpg.connect(url)  # the older instance, serving
    try:
        await running.execute("SELECT pg_advisory_lock_shared($1, $2)", *SERVING)
        with pytest.raises(StorageError) as refused:
            await open_store(url, sealer=sealer)
        said = str(refused.value)
        assert f"is at schema {older}, and this sosbot would change it to schema " in said
        assert "Nothing was changed: stop every instance of the older sosbot" in said
        assert await running.fetchval("SELECT version FROM sosbot_schema") == older
    finally:
        await running.close()  # stopped
    upgraded = await open_store(url, sealer=sealer)
    try:
        async with upgraded.serving():
            pass
    finally:
        await upgraded.close()
