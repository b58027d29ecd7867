"""A council's operator deploying sosbot by README's "Deploy for a council", thirty-first pass.

What the operator would trip on, each pinned through the real parts: the SQLite file as a
backup restores it, webhook posts for one chat arriving side by side (Telegram's
max_connections above 1) on one instance and on two sharing PostgreSQL, and the start-up
lines an operator reads in `journalctl`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import stat
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import cli
from bot.config import load_settings
from bot.keys import require_key
from bot.webhook import serve_webhook
from flows.draft import Draft
from storage import open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer, key_file_text, new_key
from storage.errors import KeyProblem, StorageError
from storage.migrations import MIGRATIONS
from storage.sql import SqlStore
from storage.store import Store
from tests.botapi_server import BotApiServer
from tests.postgres_server import PgCluster
from tests.processes import HANG_GUARD, free_port
from tests.telegram_world import PRACTITIONER, bot_settings
from tests.test_claims_thirtieth import DEPLOY_SECTION
from tests.test_readme import README
from tests.test_webhook import PUBLIC_URL, SECRET, Instance, stored_answers
from tests.test_webhook_instances import stored

# --- the SQLite file restored from a backup --------------------------------------------------


def key_and_env(folder: Path, url: str) -> tuple[Path, Path]:
    """A key file of one key, and an env file naming it and the PostgreSQL database, each
    readable only by its owner, as the README's deployment makes them."""
    keys = folder / "sosbot.key"
    keys.write_text(key_file_text([new_key("kfirst")]))
    keys.chmod(0o600)
    env = folder / "main.env"
    env.write_text(f"SOSBOT_DATABASE_URL={url}\nSOSBOT_KEY_FILE={keys}\n")
    env.chmod(0o600)
    return keys, env

async def test_a_database_restored_readable_by_others_is_made_private_and_said(
        tmp_path: Path, sealer: AesGcmSealer, caplog: pytest.LogCaptureFixture) -> None:
    """README: back the database up with `sqlite3 ... ".backup /backups/sosbot.db"`. Made by
    root, that copy is mode 644 (root's umask), and so is the file put back from it with
    `cp`. A new database is made mode 600; the restored one stayed readable by every user of
    the server (who uses the bot, the members, when), its -wal too, without a word."""
    db = tmp_path / "sosbot.db"
    async with await Store.open(db, sealer=sealer):
        pass
    db.chmod(0o644)  # as `cp /backups/sosbot.db` leaves it under umask 022
    wal = tmp_path / "sosbot.db-wal"
    wal.write_bytes(b"")
    wal.chmod(0o664)
    with caplog.at_level(logging.WARNING, logger="storage.store"):
        async with await Store.open(db, sealer=sealer):
            assert [stat.S_IMODE(f.stat().st_mode) for f in (db, wal)] == [0o600, 0o600]
    said = [r.getMessage() for r in caplog.records]
    assert any(str(db) in line and "mode 644" in line and "mode 600" in line
               for line in said), said


# --- webhook posts for one chat side by side (max_connections above 1) ------------------------

@contextlib.asynccontextmanager
async def webhook_bot(server: BotApiServer, db: Path, **extra: object
                      ) -> AsyncIterator[Instance]:
    """`sosbot run --webhook` as `serve_webhook` runs it, in this process (a process costs a
    second a start); the `Instance` posts to it as Telegram does."""
    port = free_port()
    settings = bot_settings(server, db, **{
        "SOSBOT_WEBHOOK_URL": PUBLIC_URL, "SOSBOT_WEBHOOK_SECRET": SECRET,
        "SOSBOT_LISTEN": "127.0.0.1", "SOSBOT_PORT": port, **extra})
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve_webhook(settings, stop, ready=ready))
    try:
        await asyncio.wait_for(ready.wait(), HANG_GUARD)
        yield Instance(server, db, port)
    finally:
        stop.set()
        await asyncio.wait_for(task, HANG_GUARD)


async def to_author(bot: Instance) -> None:
    """/start, the supervision record, its label and its date: "Who is writing this?" is
    asked (a written answer after a written answer)."""
    server = bot.server
    assert await bot.post(server.take_update(server.send_command(PRACTITIONER, "start"))) == 200
    menu = server.chat(PRACTITIONER)[-1]
    tap = server.press_button(PRACTITIONER, menu.message_id, "n:supervision")
    assert await bot.post(server.take_update(tap)) == 200
    for typed in ("KB-12", "4 December 2026"):
        assert await bot.post(server.take_update(server.send_text(PRACTITIONER, typed))) == 200
    assert AUTHOR in server.texts(PRACTITIONER)[-1], server.texts(PRACTITIONER)[-1]


AUTHOR = "Your initials and your role?"
GROUP_HELP = "What do you most want the group's help with?"


async def test_a_question_arriving_late_from_another_instance_takes_no_answer_meant_for_it(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """Two instances on one PostgreSQL. The practitioner answers "Your initials and your
    role?" and at once sends /back (the answer had a slip). The first instance saves the
    answer and sends the next question, which Telegram is slow to take; the second goes back
    and shows the role question again, and only then does the next question land, below it.
    The practitioner answers what is last on the screen, the group's help: it was saved as
    their initials and role, over the answer given there, without a word."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, \
            webhook_bot(server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url) as one, \
            webhook_bot(server, tmp_path / "two.db", SOSBOT_DATABASE_URL=url) as two:
        await to_author(one)
        sends = len(server.calls_to("sendMessage"))
        server.hang("sendMessage", seconds=1.0)  # the next question, slow to reach Telegram
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        back = server.take_update(server.send_command(PRACTITIONER, "back"))
        answering = asyncio.create_task(one.post(answer))
        await server.wait_for(lambda: len(server.calls_to("sendMessage")) > sends)
        assert await two.post(back) == 200
        assert await answering == 200
        assert GROUP_HELP in server.texts(PRACTITIONER)[-1]  # last on the screen
        typed = "Planning the next visit with dad"
        assert await two.post(server.take_update(server.send_text(PRACTITIONER, typed))) == 200
        said = server.texts(PRACTITIONER)
        # not saved, and said so; the question asked now is shown again, last
        assert "I haven't saved the message you just sent" in said[-2], said[-3:]
        assert AUTHOR in said[-1]
        assert "Current answer: KB, social worker" in said[-1]
    answers = dict(await stored(url, PRACTITIONER))
    assert answers == {"meeting_date": "4 December 2026", "author": "KB, social worker"}


async def test_another_drafts_question_landing_below_withdraws_the_receipt_too(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """The same on another instance after a switch of drafts (/resume on one instance while
    the other was still sending the old draft's question): a line typed under the old
    draft's question, last on the screen, would have gone into the other family's draft."""
    store = await open_store(pg_cluster.new_database(), sealer=sealer)
    try:
        await store.save(Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1,
                               label="TB-7"), new=True, session=Session(1, "d1"))
        await store.shown(1, "d1", 4, 1001)
        await store.shown(1, "d0", 9, 1002)  # the draft left, its question landing below
        assert (await store.session(1)).delivered is None
        await store.shown(1, "d1", 4, 1003)  # shown again, last: taken as seen
        assert (await store.session(1)).delivered == 4
    finally:
        await store.close()


@pytest.mark.parametrize("instances", [1, 2])
async def test_two_lines_posted_at_the_same_moment_are_saved_once_or_said_unsaved(
        pg_cluster: PgCluster, tmp_path: Path, instances: int) -> None:
    """Telegram's webhook with max_connections above 1 posts a chat's updates side by side:
    two lines typed quickly under "Your initials and your role?" arrive at the same moment,
    on one instance, or one on each of two sharing PostgreSQL. One is its answer; the other
    is said not to be saved (it was sent before the next question reached the practitioner);
    neither is lost without a word or filed under the next question, and no one else's
    answer is touched."""
    url = pg_cluster.new_database() if instances == 2 else None
    extra = {"SOSBOT_DATABASE_URL": url} if url else {}
    async with BotApiServer() as server, \
            webhook_bot(server, tmp_path / "one.db", **extra) as one, \
            contextlib.AsyncExitStack() as more:
        two = await more.enter_async_context(webhook_bot(server, tmp_path / "two.db", **extra)
                                             ) if instances == 2 else one
        await to_author(one)
        lines = ["KB", "social worker, Hilltop team"]
        updates = [server.take_update(server.send_text(PRACTITIONER, line)) for line in lines]
        assert await asyncio.gather(one.post(updates[0]), two.post(updates[1])) == [200, 200]
        said = server.texts(PRACTITIONER)
        answers = dict(await stored(url, PRACTITIONER)) if url else \
            (await stored_answers(tmp_path / "one.db"))[0]
    assert "group_question" not in answers
    assert answers["author"] in lines
    [unsaved] = [line for line in lines if line != answers["author"]]
    assert any(f"I haven't saved \"{unsaved}\"" in text or
               "I haven't saved the message you just sent" in text for text in said), said
    assert GROUP_HELP in said[-1]


async def test_an_instance_with_another_webhook_secret_is_named_in_the_refusal(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """README: the second instance "gets its own /etc/sosbot/second.env"; step 2 makes a
    secret with `openssl rand -hex 32`, so an operator made a new one for it. Telegram keeps
    one secret per bot, the one set by the instance that started last, and every post nginx
    passed to the other was refused in the log "a post to the webhook without the right
    secret was refused", naming no setting: half the council's messages waited at Telegram.
    The refusal now names the setting and says the instances must share it, and the README
    says the second env file keeps the first's secret."""
    async with BotApiServer() as server:
        async with webhook_bot(server, tmp_path / "bot.db"):
            assert server.webhook["secret_token"] == SECRET
        other = "second_" + "b" * 64  # `openssl rand -hex 32` run again for second.env
        async with webhook_bot(server, tmp_path / "bot.db",
                               SOSBOT_WEBHOOK_SECRET=other) as second:
            assert server.webhook["secret_token"] == other  # Telegram keeps the last one set
            first = Instance(server, tmp_path / "bot.db", second.port)
            update = server.take_update(server.send_command(PRACTITIONER, "start"))
            with caplog.at_level(logging.WARNING, logger="bot.webhook"):
                assert await first.post(update, secret=SECRET) == 403  # the first's, left
                assert await first.post(update, secret=None) == 403
    said = [r.getMessage() for r in caplog.records if r.name == "bot.webhook"]
    assert "SOSBOT_WEBHOOK_SECRET" in said[0]
    assert "every instance" in said[0]
    assert "without Telegram's secret header" in said[1]
    assert SECRET not in " ".join(said)
    assert other not in " ".join(said)
    instances = " ".join(DEPLOY_SECTION[DEPLOY_SECTION.index("**One instance per SQLite"):]
                         .split())
    assert "the same `SOSBOT_WEBHOOK_SECRET`" in instances


# --- commands an operator runs on the server, beside the service -------------------------------

def test_invite_and_keys_take_the_settings_the_bot_runs_with(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """README step 6: "on the server runs `sosbot invite`". The bot's settings are in
    /etc/sosbot/main.env, which only systemd reads; typed in root's home, the invite went
    into a new sosbot.db there (on PostgreSQL too), which the bot never reads, and `invite`
    and `keys` had no `--env-file` to be given the bot's (only `purge` had). They take it
    now, as `purge` does, and the README says to use it."""
    var = tmp_path / "var"
    var.mkdir()
    env = tmp_path / "main.env"
    env.write_text(f"SOSBOT_DB={var / 'sosbot.db'}\nSOSBOT_KEY_FILE={var / 'sosbot.key'}\n")
    env.chmod(0o600)
    home = tmp_path / "root-home"
    home.mkdir()
    monkeypatch.chdir(home)
    assert cli.main(["keys", "new", "--write", "--db", str(var / "sosbot.db")]) == 0
    asyncio.run(the_bots_database(env))  # made by the service's first start
    assert cli.main(["invite", "--env-file", str(env), "--uses", "3"]) == 0
    assert cli.main(["invite", "--list", "--env-file", str(env)]) == 0
    assert cli.main(["keys", "list", "--env-file", str(env)]) == 0
    out = capsys.readouterr()
    assert "3 use(s) left" in out.out, out
    assert "no database at" not in out.err, out.err
    assert list(home.iterdir()) == []  # nothing made where the command was typed
    assert "sosbot invite --env-file /etc/sosbot/main.env" in " ".join(README.split())


async def the_bots_database(env: Path) -> None:
    settings = load_settings(env)
    async with await Store.open(settings.db, sealer=require_key(settings, settings.db)):
        pass


async def test_a_second_server_with_a_key_of_its_own_is_told_to_copy_the_first(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """README: two instances, "one per server", on a shared PostgreSQL. Setting up the second
    server by the README's steps made a new key there (step 3), and its start was refused:
    "set SOSBOT_DATA_KEY or SOSBOT_KEY_FILE to the key it was made with", with no word that
    the key is the first server's key file, to be copied."""
    url = pg_cluster.new_database()
    first = await open_store(url, sealer=sealer)
    try:
        await first.save(Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1,
                               label="TB-7"), new=True, session=Session(1, "d1"))
    finally:
        await first.close()
    with pytest.raises(KeyProblem) as refused:
        await open_store(url, sealer=AesGcmSealer([new_key("second")]))
    said = str(refused.value)
    assert "does not fit the database" in said
    assert "copy of the same key file" in said
    assert "rather than making one with `sosbot keys new`" in said


async def test_healthz_says_so_when_the_database_is_gone(
        pg_cluster: PgCluster, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """README step 5: "`GET /healthz` answers 200 while the bot runs, for a load balancer or
    monitoring". With the council's PostgreSQL gone (stopped, out of reach, the database
    dropped), every practitioner's message failed while /healthz went on answering 200:
    monitoring saw nothing wrong. It answers 503 now, and the log says why."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, \
            webhook_bot(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url) as bot:
        assert await bot.health() == 200
        name = url.split("@/")[1].split("?")[0]
        pg_cluster.tool("psql", "-d", "postgres", "-q", "-c",
                        f"DROP DATABASE {name} WITH (FORCE)")
        with caplog.at_level(logging.WARNING, logger="bot.webhook"):
            assert await bot.health() == 503
    said = [r.getMessage() for r in caplog.records if r.name == "bot.webhook"]
    assert any("/healthz: the database cannot be read" in line for line in said), said


async def test_keys_rotate_is_refused_while_an_instance_serves_on_postgresql(
        pg_cluster: PgCluster, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """README: retire old keys with `sosbot keys rotate`, then `retire`. On SQLite a second
    process is refused while the bot runs; on PostgreSQL, rotating beside the running
    instances re-sealed every draft's key under a key they had never read, and each
    practitioner's next message failed ("Sorry, something went wrong") until every instance
    was restarted with the new key file. It is refused in one line now, the key file left as
    it was, and the bot goes on; with the instances stopped, it rotates."""
    url = pg_cluster.new_database()
    keys, env = key_and_env(tmp_path, url)
    before = keys.read_text()
    rotate = ["keys", "rotate", "--env-file", str(env)]
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url, SOSBOT_DATA_KEY="",
            SOSBOT_KEY_FILE=str(keys)) as bot:
        await to_author(bot)
        assert await asyncio.to_thread(cli.main, rotate) == 1
        said = capsys.readouterr().err.strip().splitlines()
        assert len(said) == 1, said
        assert "sosbot is running on this database" in said[0]
        assert "Nothing was rotated" in said[0]
        assert keys.read_text() == before
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        assert await bot.post(answer) == 200
        assert GROUP_HELP in server.texts(PRACTITIONER)[-1]
    assert await asyncio.to_thread(cli.main, rotate) == 0
    assert "Re-encrypted" in capsys.readouterr().out
    assert keys.read_text() != before


# --- a database its version does not describe --------------------------------------------------

@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
async def test_a_half_applied_migration_is_one_line_saying_what_to_do_and_changes_nothing(
        pg_cluster: PgCluster, tmp_path: Path, sealer: AesGcmSealer, engine: str) -> None:
    """A database whose version says one schema while it holds part of the next (a change
    tried by hand, another program): the start-up line was SQLite's or PostgreSQL's own
    words, "Could not prepare the tables in the database sosbot.db (duplicate column name:
    sending_since).", with nothing said of what happened or what to do."""
    target: str | Path = tmp_path / "sosbot.db" if engine == "sqlite" \
        else pg_cluster.new_database()
    store = await open_store(target, sealer=sealer)
    await store.close()
    below = len(MIGRATIONS) - 1
    if isinstance(target, Path):
        before = set_version(target, below)
    else:
        pg_cluster.tool("psql", "-d", target.split("@/")[1].split("?")[0], "-q", "-c",
                        f"UPDATE sosbot_schema SET version = {below}")
    with pytest.raises(StorageError) as refused:
        await open_store(target, sealer=sealer)
    said = str(refused.value)
    assert f"says it is at schema {below}, but it already holds part of schema" in said
    assert "Nothing was changed; put back the backup" in said
    if isinstance(target, Path):
        assert set_version(target, None) == before


def set_version(db: Path, version: int | None) -> bytes:
    """Set a SQLite database's schema version (None: leave it); the file's bytes after."""
    if version is not None:
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.execute(f"PRAGMA user_version = {version}")
            conn.commit()
    return db.read_bytes()


async def test_an_instance_that_waited_for_a_rotation_stops_if_its_key_is_the_old_one(
        pg_cluster: PgCluster, sealer: AesGcmSealer) -> None:
    """An instance (re)starting while `keys rotate` ran (systemd's restart, say) waits for
    the rotation; had it read the key file before the new key was in it, it then served with
    the old key alone, and every practitioner's message failed. It stops instead, with the
    start-up line that names the key."""
    url = pg_cluster.new_database()
    rotator = await open_store(url, sealer=sealer)
    starting = await open_store(url, sealer=sealer)  # read the old key file, then opened
    try:
        async with rotator.exclusive("alone") as alone:
            assert alone
            serving = asyncio.create_task(_serve(starting))
            await rotator.reseal(AesGcmSealer([new_key("rotated"), *sealer.keys]))
        with pytest.raises(KeyProblem, match="does not fit the database"):
            await serving
    finally:
        await rotator.close()
        await starting.close()


async def _serve(store: SqlStore) -> None:
    async with store.serving():
        pass
