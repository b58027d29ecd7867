"""A council's platform engineer walking the README, thirty-seventh pass: what the real
`sosbot` processes say to the operator at start and stop, on each engine.

Through the real parts: `sosbot run --webhook` child processes against the local Bot API
server (`tests/botapi_server.py`), a SQLite file in tmp_path, and the throwaway PostgreSQL
cluster (`tests/postgres_server.py`, skipped where PostgreSQL is absent).
"""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.conftest import REPO, run_sosbot
from tests.in_process import sosbot_here
from tests.postgres_server import PgCluster
from tests.processes import free_port, sosbot_child
from tests.telegram_world import TEST_KEY, run_env
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
    started = the_line(lines, " opened the ")
    assert f"opened the SQLite database {db}" in started, started
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
    started = the_line(lines, " opened the ")
    name = url.partition("@/")[2].partition("?")[0]
    assert f"opened the PostgreSQL database postgresql://postgres@/{name}?host=" in started, started
    assert "Hunter2" not in "\n".join(lines)
    assert "stopped; the database is closed" in lines[-1], lines


SERVICE_UID = 65534  # the service user `sosbot` of the README's step 1 (nobody's uid here)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving files to the service user needs root, as CI runs")
def test_a_key_rotated_by_root_with_the_env_file_stays_the_service_users(
        tmp_path: Path) -> None:
    """The README: `sosbot keys list|rotate|retire|encrypt` take `--env-file`, typed as root
    (only root reads /etc/sosbot/main.env). `sosbot keys rotate --env-file
    /etc/sosbot/main.env` wrote the new key file as root's, mode 600: the service, which
    runs as `sosbot`, could no longer read its own key, and the next `systemctl start` said
    "Cannot read the key file ...: Permission denied." The key file now keeps the owner of
    the one it replaces, and nothing root's is left in the service's folder."""
    state = tmp_path / "var-lib-sosbot"
    state.mkdir(mode=0o700)
    env_file = tmp_path / "main.env"
    env_file.write_text(f"SOSBOT_DB={state / 'sosbot.db'}\n"
                        f"SOSBOT_KEY_FILE={state / 'sosbot.key'}\n", encoding="utf-8")
    env_file.chmod(0o600)
    made = sosbot_here("chat", "--flow", "reflection", input="KB-1\nSchool or college\n",
                       cwd=state, env={"SOSBOT_DB": str(state / "sosbot.db")})
    assert made.returncode == 0, made.stderr  # the piped answers end: kept, to carry on
    for path in (state, *state.iterdir()):
        os.chown(path, SERVICE_UID, SERVICE_UID)
    rotated = sosbot_here("keys", "rotate", "--env-file", str(env_file), cwd=tmp_path)
    assert rotated.returncode == 0, rotated.stderr
    assert "now holds the new key" in rotated.stdout
    owners = {path.name: (path.stat().st_uid, oct(path.stat().st_mode & 0o777))
              for path in state.iterdir()}
    assert owners == {"sosbot.db": (SERVICE_UID, "0o600"),
                      "sosbot.key": (SERVICE_UID, "0o600")}, owners


def test_a_broken_council_word_list_at_start_names_the_setting(tmp_path: Path) -> None:
    """A council's word list with a slip in it (SOSBOT_WORDS in main.env): the journal's
    one line was "words.yaml:4: not valid YAML: ...", neither "sosbot:" nor the setting, so
    an operator who never wrote that file could not tell which program or setting it came
    from. It now says both, as every other setting's line does."""
    (tmp_path / "words.yaml").write_text("mode: add\nterms:\n  - term: [\n", encoding="utf-8")
    env = {"SOSBOT_WORDS": "words.yaml", "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
           "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates",
           "SOSBOT_WEBHOOK_SECRET": "0123456789abcdef0123"}
    result = run_sosbot("run", "--webhook", cwd=tmp_path, env=env)
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("sosbot: SOSBOT_WORDS: words.yaml:4: not valid YAML"), line


def test_flows_check_help_says_the_line_it_prints(tmp_path: Path) -> None:
    """README: `sosbot flows check` "prints one `file:line: field: message` per problem",
    and it does; its --help said "file:line: message", leaving out the field an operator
    looks for. The help now says what the command prints."""
    helped = sosbot_here("flows", "check", "--help")
    assert "file:line: field: message" in " ".join(helped.stdout.split())
    broken = tmp_path / "tool.yaml"
    broken.write_text("id: tool\nversion: 1\ntitle: A tool\nsections: []\ncolour: red\n",
                      encoding="utf-8")
    checked = sosbot_here("flows", "check", str(broken))
    assert checked.returncode == 1
    assert f"{broken}:5: colour: unknown field (check the spelling)" in \
        checked.stdout.splitlines(), checked.stdout


async def lines_until(bot: Instance, words: str) -> list[str]:
    """The instance's log lines as they come, up to the first holding `words`."""
    assert bot.child is not None
    assert bot.child.stderr is not None
    seen: list[str] = []
    while not seen or words not in seen[-1]:
        line = await asyncio.wait_for(bot.child.stderr.readline(), 30)
        assert line, seen
        seen.append(line.decode().rstrip("\n"))
    return seen


async def test_the_daily_retention_is_logged_in_words_and_claims_no_wal_on_postgresql(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """The retention run's line, five seconds after each start, was a Python repr:
    "retention: PurgeReport(drafts=0, sessions=0, updates=0, wal_cleared=True)", and on
    PostgreSQL its "wal_cleared=True" told the operator the write-ahead log was cleared of
    what was erased, which the README says PostgreSQL's is not. It is now said in words,
    and the write-ahead log only where it is SQLite's. (The first run comes a second after
    the start here: SOSBOT_RETENTION_FIRST_SECONDS.)"""
    async with BotApiServer() as server:
        bot = Instance(server, tmp_path / "unused.db", free_port(),
                       extra={**INFO, "SOSBOT_DATABASE_URL": pg_cluster.new_database(),
                              "SOSBOT_RETENTION_FIRST_SECONDS": "1"})
        try:
            await bot.start()
            line = (await lines_until(bot, "retention:"))[-1]
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    assert line.endswith("retention: erased 0 draft(s), 0 idle session(s) and 0 old "
                         "update id(s)"), line


def test_the_readmes_postgresql_role_and_database_are_ones_sosbot_can_serve_on(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """The README said only "use PostgreSQL: SOSBOT_DATABASE_URL=postgresql://USER:PASSWORD@
    HOST/NAME (tables are made on start)": an operator making the database as `postgres`
    (PostgreSQL 15 lets only its owner make tables in it) had sosbot refuse to start. The
    README now gives the two commands; typed as it gives them (against the throwaway
    cluster rather than `sudo -u postgres`), sosbot makes its tables and serves on it."""
    text = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    made = text.partition("on the database's server: `")[2].partition("`")[0]
    assert made == ("sudo -u postgres createuser --pwprompt sosbot && sudo -u postgres "
                    "createdb -O sosbot sosbot")
    name = f"readme{os.getpid()}"
    there = pg_cluster.tool("psql", "-d", "postgres", "-Atc",
                            "SELECT 1 FROM pg_roles WHERE rolname = 'sosbot'").stdout.strip()
    if not there:  # made once per cluster; no --pwprompt: the cluster trusts local logins
        pg_cluster.tool("createuser", "sosbot")
    pg_cluster.tool("createdb", "-O", "sosbot", name)
    url = pg_cluster.url(name).replace("postgres@", "sosbot:PASSWORD@", 1)
    assert "SOSBOT_DATABASE_URL=postgresql://sosbot:PASSWORD@HOST/sosbot" in text
    invited = sosbot_here("invite", "--db", url, cwd=tmp_path,
                          env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert invited.returncode == 0, invited.stderr
    assert invited.stdout.startswith("/start "), invited.stdout


def test_a_second_server_without_the_key_file_is_told_to_copy_it_not_to_make_one(
        pg_url: str, tmp_path: Path) -> None:
    """The README's second server: the first server's key file is to be copied there. One
    forgotten, `sosbot run` on the shared PostgreSQL database said "No data key: ... Run
    `sosbot keys new --write` to create sosbot.key", and following it made a key that could
    never open the database. Now the line names where it looked (the full path, and
    SOSBOT_KEY_FILE / SOSBOT_DATA_KEY), and says to copy the key file of the server that
    serves the database, a new key being only for a new database."""
    first = sosbot_here("invite", "--db", pg_url, cwd=tmp_path,  # the first server's start
                        env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert first.returncode == 0, first.stderr
    second = tmp_path / "second"
    second.mkdir()
    result = run_sosbot("run", cwd=second, env={
        "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35, "SOSBOT_DATABASE_URL": pg_url})
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert f"no key file at {second / 'sosbot.key'} (SOSBOT_KEY_FILE)" in line, line
    assert "SOSBOT_DATA_KEY is not set" in line
    assert "copy the key file of the server that already serves it here" in line
    assert not (second / "sosbot.key").exists()


async def test_telegram_refusing_the_webhook_address_names_sosbot_webhook_url(
        tmp_path: Path) -> None:
    """Telegram refuses a webhook address it cannot use (a host name not yet in the DNS, as
    on the day a council's proxy goes live) with a 400 "bad webhook". The one line blamed
    the network and SOSBOT_API_ROOT ("Could not reach Telegram's Bot API ... check the
    network and SOSBOT_API_ROOT"), though Telegram had answered. It now names
    SOSBOT_WEBHOOK_URL and quotes Telegram's reason."""
    async with BotApiServer() as server:
        server.fail("setWebhook", times=None, code=400, description=(
            "Bad Request: bad webhook: Failed to resolve host: Name or service not known"))
        env = run_env(tmp_path / "sosbot.db", server.root,
                      SOSBOT_WEBHOOK_URL="https://bot.council.example/telegram/updates",
                      SOSBOT_WEBHOOK_SECRET="0123456789abcdef0123", SOSBOT_PORT=str(free_port()))
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            _, stderr = await asyncio.wait_for(child.communicate(), 30)
    assert child.returncode == 1
    [line] = stderr.decode().splitlines()
    assert line.startswith("sosbot: Telegram refused the webhook address SOSBOT_WEBHOOK_URL "
                           "(https://bot.council.example/telegram/updates): "), line
    assert "failed to resolve host" in line.lower()
    assert "SOSBOT_API_ROOT" not in line


def test_keys_new_write_on_a_postgresql_database_in_use_writes_no_key_that_cannot_open_it(
        pg_url: str, tmp_path: Path) -> None:
    """The README's step 3 (`sosbot keys new --write`) typed on the second server, where
    the first server's key file was to be copied: on PostgreSQL it wrote a new key, which
    could never open the database, and said "Next: ... start the bot". As on SQLite, a
    database whose answers are sealed now refuses it, naming the key it was sealed with, and
    nothing is written; a new database still gets its key."""
    first = sosbot_here("chat", "--flow", "reflection", "--db", pg_url, cwd=tmp_path,
                        input="KB-1\n", env={"SOSBOT_DATA_KEY": TEST_KEY})  # a draft sealed
    assert first.returncode == 0, first.stderr
    second = tmp_path / "second"
    second.mkdir()
    result = sosbot_here("keys", "new", "--write", cwd=second,
                         env={"SOSBOT_DATABASE_URL": pg_url})
    assert result.returncode == 1, result.stdout
    [line] = result.stderr.splitlines()
    assert "is encrypted with the data key ktest" in line, line
    assert not (second / "sosbot.key").exists()
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    name = pg_url.partition("@/")[2].partition("?")[0]
    made = sosbot_here("keys", "new", "--write", cwd=fresh,  # a database not made yet
                       env={"SOSBOT_DATABASE_URL": pg_url.replace(f"@/{name}?", "@/nothere?")})
    assert made.returncode == 0, made.stderr
    assert (fresh / "sosbot.key").exists()
