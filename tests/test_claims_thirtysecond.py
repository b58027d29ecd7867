"""Claims in README.md, SECURITY.md, .env.example and deploy/ that no test held until the
thirty-second pass.

The council deployment's new steps, run as an operator would: the README's `pg_dump` and
restore typed as they stand (a `sosbot` role owning the database, the bot connecting as it),
the settings two instances must share that the deploy tests left out (`SOSBOT_DONE_DAYS`,
the webhook's URL and secret), a refused instance's one line and exit status for systemd's
restart, the differences said in the log only (rate limits, the flows of an upgrade), what
an instance records of its settings on PostgreSQL (SECURITY.md's table), the unit's
`SOSBOT_SETTINGS_FROM` and the 503 nginx passes on. Then older claims no test held: the rate
limit's and retention's defaults, `.env.example` explaining every setting, the suite's two
workers, the wording checks' 300 sentences, bench/README.md's knobs, and every file the
documents name.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import re
import shlex
import subprocess
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager, contextmanager
from pathlib import Path

import asyncpg
import pytest

from bench.run import options as bench_options
from bot import cli
from bot.app import limiter_for
from bot.config import Settings, load_settings
from bot.ratelimit import RateLimiter
from flows.draft import Draft
from flows.loader import load_flows
from flows.nudges import nudger
from storage import open_store
from storage.contract import Session
from storage.crypto import AesGcmSealer, parse_keys
from storage.migrations import MIGRATIONS
from storage.postgres import SERVING
from storage.store import Store
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.postgres_server import SERVER_USER, PgCluster, before_the_latest_migration
from tests.processes import HANG_GUARD, free_port
from tests.telegram_world import COLLEAGUE, PRACTITIONER, TEST_KEY
from tests.test_claims_thirtieth import DEPLOY_SECTION, _flat
from tests.test_claims_thirtyfirst import _not_restarted
from tests.test_deploy import UNIT
from tests.test_deploy_thirtyfirst import to_author, webhook_bot
from tests.test_deploy_thirtysecond import (
    MAIN_ENV,
    SECOND_ENV,
    cut_off,
    holds_the_day_of_the_dump,
    second_refused,
    serving_pids,
)
from tests.test_readme import README
from tests.test_webhook import PUBLIC_URL, SECRET

ROOT = Path(__file__).resolve().parent.parent
SECURITY = (ROOT / "SECURITY.md").read_text(encoding="utf-8")
OLDER = len(MIGRATIONS) - 1  # the schema of the sosbot before the latest upgrade


def to_older_schema(cluster: PgCluster, database: str) -> None:
    """The database as the sosbot before the latest upgrade left it (its last migration
    undone, as tests/test_deploy_thirtysecond.py does)."""
    cluster.tool("psql", "-d", database, "-q", "-c", before_the_latest_migration())


# --- README, "Backups": a pg_dump taken and put back as typed ---------------------------------

BACKUP = re.compile(r"`(sudo -u postgres pg_dump -Fc sosbot > /backups/sosbot\.dump)`")
RESTORE = re.compile(r"`(sudo -u postgres dropdb sosbot && [^`]*)`")


def typed(cluster: PgCluster, command: str, backups: Path) -> None:
    """A command of the README run against the test cluster as the `postgres` user, `/backups`
    being `backups`, its `>` and `<` done by the test as root's shell does them."""
    for part in command.split(" && "):
        words = shlex.split(part.replace("/backups", str(backups)))
        assert words[:3] == ["sudo", "-u", "postgres"], part
        words, into, out_of = words[3:], None, None
        if ">" in words:
            words, into = words[:words.index(">")], Path(words[words.index(">") + 1])
        if "<" in words:
            words, out_of = words[:words.index("<")], Path(words[words.index("<") + 1])
        with (into.open("wb") if into else contextlib.nullcontext()) as stdout, \
                (out_of.open("rb") if out_of else contextlib.nullcontext()) as stdin:
            subprocess.run([str(cluster.bin / words[0]), "-h", str(cluster.sockets), "-p",
                            str(cluster.port), "-U", SERVER_USER, *words[1:]], stdin=stdin,
                           stdout=stdout, check=True, timeout=120)


async def test_a_pg_dump_restored_as_typed_is_the_bots_own_and_takes_the_next_upgrade(
        pg_cluster: PgCluster, tmp_path: Path, sealer: AesGcmSealer) -> None:
    """README: "back up with `pg_dump` (`pg_dump -Fc -f /backups/sosbot.dump sosbot`) ... To
    restore one, stop every instance and put the dump into an empty database: `dropdb sosbot
    && createdb -O sosbot sosbot && pg_restore --no-owner --role=sosbot -d sosbot
    /backups/sosbot.dump`". Typed as they stand, the bot connecting as its own role
    `sosbot`: the backup's drafts are back, not the later ones, every table is the bot's
    own, and a backup from before an upgrade is brought up to the upgraded schema by the bot
    itself (which only the owner of a table may change)."""
    steps = _flat(DEPLOY_SECTION)
    backup, restore = BACKUP.search(steps), RESTORE.search(steps)
    assert backup is not None
    assert restore is not None
    pg_cluster.tool("psql", "-d", "postgres", "-q", "-c",
                    "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sosbot') "
                    "THEN CREATE ROLE sosbot LOGIN; END IF; END$$")
    pg_cluster.tool("createdb", "-O", "sosbot", "sosbot")  # the council's database, made once
    url = pg_cluster.url("sosbot").replace(f"{SERVER_USER}@", "sosbot@")
    try:
        store = await open_store(url, sealer=sealer)  # the bot makes its tables, as sosbot
        await store.save(Draft(id="d1", user_id=1, flow_id="mapping", flow_version=1,
                               label="TB-7"), new=True, session=Session(1, "d1"))
        await store.close()
        to_older_schema(pg_cluster, "sosbot")
        typed(pg_cluster, backup[1], tmp_path)
        upgraded = await open_store(url, sealer=sealer)  # the upgrade, then a later draft
        await upgraded.save(Draft(id="d2", user_id=1, flow_id="mapping", flow_version=1,
                                  label="TB-8"), new=True, session=Session(1, "d2"))
        await upgraded.close()

        typed(pg_cluster, restore[1], tmp_path)
        owners = pg_cluster.tool("psql", "-d", "sosbot", "-At", "-c",
                                 "SELECT DISTINCT tableowner FROM pg_tables "
                                 "WHERE schemaname = 'public'").stdout.decode().split()
        assert owners == ["sosbot"]
        await holds_the_day_of_the_dump(url, sealer)  # migrates the backup, as sosbot
        version = pg_cluster.tool("psql", "-d", "sosbot", "-At", "-c",
                                  "SELECT version FROM sosbot_schema").stdout.decode()
        assert int(version) == len(MIGRATIONS)
    finally:
        pg_cluster.tool("dropdb", "--if-exists", "sosbot")


# --- README: the settings two instances must share, the three not yet held --------------------

SECOND_URL = "https://bot2.council.example/telegram/updates"


@pytest.mark.parametrize(("setting", "second", "named"), [
    ("SOSBOT_DONE_DAYS", "60", "SOSBOT_DONE_DAYS (60 here, 14 there)"),
    ("SOSBOT_WEBHOOK_URL", SECOND_URL, f"SOSBOT_WEBHOOK_URL ({SECOND_URL} here, {PUBLIC_URL} "
     "there)"),
    ("SOSBOT_WEBHOOK_SECRET", "t" * 64, "SOSBOT_WEBHOOK_SECRET"),
], ids=["done days", "webhook url", "webhook secret"])
async def test_a_second_instance_refused_over_done_days_or_the_webhook_leaves_telegram_alone(
        pg_cluster: PgCluster, tmp_path: Path, setting: str, second: str, named: str) -> None:
    """README: an instance whose settings differ from those of an instance already serving
    "where they must agree (`SOSBOT_ALLOWED_USERS`, `SOSBOT_DRAFT_DAYS`, `SOSBOT_DONE_DAYS`,
    the current data key, the webhook's URL and secret)" is refused at start, "the line
    names the setting and both env files". tests/test_deploy_thirtysecond.py holds the
    allow-list, the draft days and the key; here the rest. Refused before it sets its
    webhook: Telegram still posts to the first, with the first's secret, so the first goes
    on serving (the README's "an instance with another refuses every post" cannot happen)."""
    url = pg_cluster.new_database()
    async with BotApiServer() as server, webhook_bot(
            server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url,
            SOSBOT_SETTINGS_FROM=MAIN_ENV):
        webhook = dict(server.webhook)
        refused, _ = await second_refused(server, tmp_path, url, setting, second)
        assert server.webhook == webhook == {"url": PUBLIC_URL, "secret_token": SECRET}
    said = " ".join(str(refused).split())
    assert said.startswith(f"{named}: the settings of this instance ({SECOND_ENV}) and of the "
                           f"instance already serving on this database ({MAIN_ENV} on "), said
    assert "t" * 16 not in said
    assert SECRET not in said


# --- README: "refused and started again by systemd 10 seconds later" --------------------------

@contextmanager
def running_beside(serve: Callable[[BotApiServer], AbstractAsyncContextManager[object]]
                   ) -> Iterator[BotApiServer]:
    """`serve` (an instance already serving) with a stand-in for Telegram, in a thread and
    event loop of their own, while the test runs the real CLI in this one."""
    up, down = threading.Event(), threading.Event()
    servers: list[BotApiServer] = []

    async def main() -> None:
        async with BotApiServer() as server, serve(server):
            servers.append(server)
            up.set()
            await asyncio.to_thread(down.wait, HANG_GUARD)

    thread = threading.Thread(target=asyncio.run, args=(main(),))
    thread.start()
    try:
        assert up.wait(HANG_GUARD), "the first instance did not start"
        yield servers[0]
    finally:
        down.set()
        thread.join(HANG_GUARD)


@asynccontextmanager
async def an_older_sosbot_serving(url: str) -> AsyncIterator[None]:
    """An instance of the sosbot before the upgrade, serving: it holds the serving lock."""
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("SELECT pg_advisory_lock_shared($1, $2)", *SERVING)
        yield
    finally:
        await conn.close()


@pytest.mark.parametrize("cause", ["settings that differ", "an upgrade beside an older one"])
def test_a_refused_instance_says_one_line_and_exits_for_systemd_to_start_it_again(
        pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], cause: str) -> None:
    """README: one started while the other still runs the old settings "is refused and
    started again by systemd 10 seconds later", and an upgraded sosbot beside an older one
    "is refused in one line (systemd starts it again 10 seconds later)". The real `sosbot run
    --webhook`, its settings in the `.env` of the folder it starts in (.env.example:
    SOSBOT_SETTINGS_FROM empty names ".env"): one line on standard error, an exit status the
    unit restarts over, ten seconds after."""
    url = pg_cluster.new_database()
    if cause == "settings that differ":
        def first(server: BotApiServer) -> AbstractAsyncContextManager[object]:
            return webhook_bot(server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url,
                               SOSBOT_SETTINGS_FROM=MAIN_ENV)
        expected = (f"sosbot: SOSBOT_DONE_DAYS (60 here, 14 there): the settings of this "
                    f"instance ({tmp_path / '.env'}) and of the instance already serving on "
                    f"this database ({MAIN_ENV} on ")
    else:
        asyncio.run(close_after_opening(url))
        to_older_schema(pg_cluster, url.split("@/")[1].split("?")[0])

        def first(server: BotApiServer) -> AbstractAsyncContextManager[object]:
            return an_older_sosbot_serving(url)
        expected = (f"sosbot: The database {url} is at schema {OLDER}, and this "
                    f"sosbot would change it to schema {len(MIGRATIONS)} while an older "
                    "sosbot is serving on it")
    with running_beside(first) as server:
        (tmp_path / ".env").write_text("\n".join([
            f"TELEGRAM_BOT_TOKEN={DEFAULT_TOKEN}", f"SOSBOT_API_ROOT={server.root}",
            f"SOSBOT_ALLOWED_USERS={PRACTITIONER},{COLLEAGUE}", f"SOSBOT_DATA_KEY={TEST_KEY}",
            "SOSBOT_RATE_BURST=1000", f"SOSBOT_DATABASE_URL={url}", "SOSBOT_DONE_DAYS=60",
            f"SOSBOT_WEBHOOK_URL={PUBLIC_URL}", f"SOSBOT_WEBHOOK_SECRET={SECRET}",
            "SOSBOT_LISTEN=127.0.0.1", f"SOSBOT_PORT={free_port()}", ""]))
        (tmp_path / ".env").chmod(0o600)
        monkeypatch.setattr("sys.stdin", io.StringIO())  # started by systemd: no terminal
        status = cli.main(["run", "--webhook"])
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(expected), line
    assert status != 0
    assert status not in _not_restarted()
    unit = UNIT.read_text(encoding="utf-8")
    assert re.search(r"^Restart=on-failure$", unit, re.MULTILINE)
    assert re.search(r"^RestartSec=10$", unit, re.MULTILINE)


async def close_after_opening(url: str) -> None:
    """The database made by the current sosbot (its tables, at the latest schema)."""
    sealer = AesGcmSealer(parse_keys(TEST_KEY, "SOSBOT_DATA_KEY"))
    await (await open_store(url, sealer=sealer)).close()


# --- README: "Flows, word lists and rate limits that differ ... are said in the log only" -------

@pytest.mark.parametrize("differs", ["rate limits", "flows"])
async def test_a_second_instance_with_other_rates_or_flows_serves_and_the_log_says_so(
        pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture, differs: str) -> None:
    """README: "Flows, word lists and rate limits that differ (an upgrade under way) are said
    in the log only." tests/test_deploy_thirtysecond.py holds the word list; here the rate
    limits of an env file not brought up to date, and the flows of an upgraded sosbot (one
    tool more than the older one's)."""
    url = pg_cluster.new_database()
    extra = {"SOSBOT_RATE_PER_MINUTE": "60"} if differs == "rate limits" else {}
    flows = load_flows()
    named = "SOSBOT_RATE_BURST and SOSBOT_RATE_PER_MINUTE" if extra else \
        "the flows (sosbot's flows/*.yaml)"
    with caplog.at_level(logging.WARNING, logger="storage.postgres"):
        async with BotApiServer() as server:
            if differs == "flows":  # the older sosbot, started first, lacks the last tool
                monkeypatch.setattr("flows.loader.load_flows",
                                    lambda: dict(list(flows.items())[:-1]))
            async with webhook_bot(server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url,
                                   SOSBOT_SETTINGS_FROM=MAIN_ENV):
                monkeypatch.setattr("flows.loader.load_flows", lambda: flows)
                async with webhook_bot(server, tmp_path / "two.db", SOSBOT_DATABASE_URL=url,
                                       SOSBOT_SETTINGS_FROM=SECOND_ENV, **extra) as second:
                    assert await second.health() == 200
    said = [r.getMessage() for r in caplog.records if "do not agree" in r.getMessage()]
    assert len(said) == 1, said
    assert said[0].startswith(f"{named}: the settings of this instance ({SECOND_ENV}) and of "
                              f"the instance already serving on this database ({MAIN_ENV} on ")


# --- SECURITY.md: what an instance records of its settings on PostgreSQL ----------------------

RECORDED = {  # SECURITY.md's words for each: the setting's name as recorded
    "the allow-list": "SOSBOT_ALLOWED_USERS", "the current": "current key",
    "older data keys": "older keys", "the webhook secret": "SOSBOT_WEBHOOK_SECRET",
    "the flows": "the flows (sosbot's flows/*.yaml)", "the word list": "SOSBOT_WORDS",
    "the rate limits": "SOSBOT_RATE_BURST and SOSBOT_RATE_PER_MINUTE",
    "the draft and done days": "SOSBOT_DRAFT_DAYS", "done days": "SOSBOT_DONE_DAYS",
    "the webhook URL": "SOSBOT_WEBHOOK_URL",
    "whether it polls or serves the webhook": "How updates reach the bot"}


async def instance_records(url: str) -> dict[int, dict[str, object]]:
    """The `instance:` rows of `meta`, as anyone reading the database sees them."""
    conn = await asyncpg.connect(url)
    try:
        rows = await conn.fetch("SELECT name, value FROM meta WHERE name LIKE 'instance:%'")
    finally:
        await conn.close()
    return {int(row["name"].removeprefix("instance:")): json.loads(bytes(row["value"]))
            for row in rows}


async def test_an_instances_record_holds_what_security_md_says_and_no_key_secret_or_id(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """SECURITY.md: on PostgreSQL, each serving instance's settings that must agree (`meta`,
    `instance:` and its server process): "digests of the allow-list, the current and older
    data keys, the webhook secret, the flows, the word list and the rate limits; the draft and
    done days, the current key's id, the webhook URL and whether it polls or serves the webhook
    as they are; its host name and the file its settings came from", not encrypted: "digests
    ..., never a key, a secret or a user id; replaced at the next start of any instance once
    that instance has stopped"."""
    row = _flat(SECURITY)[_flat(SECURITY).index("each serving instance's settings"):]
    row = row[:row.index(" |", row.index("| no:") + 2)]
    for words in RECORDED:
        assert words in row, words
    url = pg_cluster.new_database()
    async with BotApiServer() as server:
        async with webhook_bot(server, tmp_path / "one.db", SOSBOT_DATABASE_URL=url,
                               SOSBOT_SETTINGS_FROM=MAIN_ENV):
            [(pid, record)] = (await instance_records(url)).items()
            assert await serving_pids(url) == {pid}
        assert set(record) == {"source", "host", "settings"}
        assert record["source"] == MAIN_ENV
        settings = record["settings"]
        assert isinstance(settings, dict)
        assert set(settings) == set(RECORDED.values())
        shown = {name: held["shown"] for name, held in settings.items() if held["shown"]}
        assert shown == {"SOSBOT_DRAFT_DAYS": "30", "SOSBOT_DONE_DAYS": "14",
                         "current key": "ktest", "SOSBOT_WEBHOOK_URL": PUBLIC_URL,
                         "How updates reach the bot": "the webhook"}
        raw = json.dumps(record)
        key = bytes(range(32))
        for secret in (SECRET, str(PRACTITIONER), str(COLLEAGUE), TEST_KEY.split(":")[1],
                       key.hex(), key.decode("latin-1")):
            assert secret not in raw
        async with webhook_bot(server, tmp_path / "two.db", SOSBOT_DATABASE_URL=url,
                               SOSBOT_SETTINGS_FROM=SECOND_ENV):
            records = await instance_records(url)
            assert pid not in records  # the stopped instance's record went at this start
            assert [r["source"] for r in records.values()] == [SECOND_ENV]


# --- deploy/sosbot@.service: SOSBOT_SETTINGS_FROM --------------------------------------------

def test_the_unit_names_the_env_file_it_reads_and_main_env_leaves_it_so() -> None:
    """deploy/sosbot@.service: `Environment=SOSBOT_SETTINGS_FROM=/etc/sosbot/%i.env`, "named
    in its messages when two instances' settings disagree": the file its `EnvironmentFile=`
    reads. systemd lets a variable set in the EnvironmentFile override Environment=, so
    deploy/main.env.example (which step 2 copies) must not set it, even empty."""
    unit = UNIT.read_text(encoding="utf-8")
    read = re.search(r"^EnvironmentFile=(\S+)$", unit, re.MULTILINE)
    named = re.search(r"^Environment=SOSBOT_SETTINGS_FROM=(\S+)$", unit, re.MULTILINE)
    assert read is not None
    assert named is not None
    assert named[1] == read[1] == "/etc/sosbot/%i.env"
    main_env = (ROOT / "deploy" / "main.env.example").read_text(encoding="utf-8")
    assert "SOSBOT_SETTINGS_FROM" not in main_env


# --- older claims: the defaults the documents give, and where every setting is explained -------

ENV_EXAMPLE = ROOT / ".env.example"


async def test_the_rate_limit_by_default_is_twenty_at_once_then_thirty_a_minute(
        tmp_path: Path) -> None:
    """SECURITY.md: "a per-user token bucket (`SOSBOT_RATE_BURST`, default 20 at once, then
    `SOSBOT_RATE_PER_MINUTE`, default 30) ...; a refused run of messages is answered once";
    README: "drafts untouched for 30 days and finished drafts after 14 days are erased
    (settable)". The limiter the bot builds from settings left unset (on SQLite, in memory),
    on a clock of the test's."""
    said = _flat(SECURITY)
    assert "(`SOSBOT_RATE_BURST`, default 20 at once, then `SOSBOT_RATE_PER_MINUTE`, default " \
        "30)" in said
    assert "drafts untouched for 30 days and finished drafts after 14 days are erased" in \
        _flat(README)
    settings = load_settings()
    assert (settings.draft_days, settings.done_days) == (30, 14)
    now = [1000.0]
    async with await Store.open(tmp_path / "sosbot.db", sealer=AesGcmSealer(
            parse_keys(TEST_KEY, "SOSBOT_DATA_KEY"))) as store:
        limiter = limiter_for(settings, store)
    assert isinstance(limiter, RateLimiter)
    limiter._clock = lambda: now[0]  # the test's clock
    verdicts = [await limiter.allow(PRACTITIONER) for _ in range(22)]
    assert [v.allowed for v in verdicts] == [True] * 20 + [False, False]
    assert [v.warn for v in verdicts[20:]] == [True, False]  # answered once
    now[0] += 2.0  # thirty a minute: one more every two seconds
    assert [(await limiter.allow(PRACTITIONER)).allowed for _ in range(2)] == [True, False]


def test_every_setting_is_explained_in_env_example_with_its_default() -> None:
    """README, step 2: "Every setting is explained in `.env.example`." Each setting sosbot
    reads has its line there (set, or commented out), under a comment; one given a value
    there is given sosbot's own default, so a copy changes nothing it does not mean to."""
    lines = ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
    for field in Settings.model_fields.values():
        alias = str(field.alias)
        at = next((n for n, line in enumerate(lines)
                   if re.match(rf"#? ?{alias}=", line)), None)
        assert at is not None, f"{alias} is not in .env.example"
        above = at - 1
        while re.match(r"#? ?[A-Z_]+=", lines[above]):  # settings explained together
            above -= 1
        assert lines[above].startswith("#"), f"{alias} has no comment above it"
        value = lines[at].partition("=")[2].strip()
        if value and not lines[at].startswith("#") and field.default not in (None, ""):
            assert str(value) == str(field.default).removesuffix(".0") or \
                float(value) == field.default, (alias, value, field.default)
    assert "Every setting is explained in `.env.example`." in _flat(README)


def test_the_suite_runs_in_two_workers_a_file_to_each_as_the_readme_says() -> None:
    """README: "The tests run in two worker processes (pytest-xdist, a test file to a worker
    at a time; `-n 0` runs them in one)"; `.ci/run` lists "the twenty slowest tests"."""
    assert "The tests run in two worker processes (pytest-xdist, a test file to a worker at " \
        "a time; `-n 0` runs them in one)" in _flat(README)
    toml = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    addopts = re.search(r'^addopts = "(.*)"$', toml, re.MULTILINE)
    assert addopts is not None
    options = addopts[1].split()
    assert options[options.index("-n") + 1] == "2"
    assert options[options.index("--dist") + 1] == "loadfile"


def test_the_wording_checks_read_the_first_300_sentences_and_a_long_chronology_whole() -> None:
    """SECURITY.md: "the wording checks read at most the first 300 sentences or lines of one,
    counted as they count them (`flows/nudges.py`; a chronology of two hundred lines is read
    whole)". Jargon in the 300th sentence is asked about, in the 301st it is not; at the end
    of two hundred dated lines it is."""
    assert "first 300 sentences or lines of one" in _flat(SECURITY)
    check = nudger()
    jargon = "Mum has poor engagement."
    assert check("plain_language", "a. " * 299 + jargon) is not None
    assert check("plain_language", "a. " * 300 + jargon) is None
    chronology = "\n".join(f"{1 + n % 28}/11 nan collected her from school at 3" for n in
                           range(199))
    assert check("plain_language", f"{chronology}\n{jargon}") is not None


# --- bench/README.md: the knobs, and every file the documents name ---------------------------

def test_the_bench_knobs_bench_readme_lists_are_its_defaults() -> None:
    """bench/README.md: "`python -m bench.run --help` lists the knobs (`--practitioners 200`,
    `--think-ms 1000`, ...)": each knob listed with a number is the option's default."""
    text = _flat((ROOT / "bench" / "README.md").read_text(encoding="utf-8"))
    knobs = text[text.index("lists the knobs"):text.index("`--out PATH`)")]
    listed = re.findall(r"`--([a-z-]+) ([\d,]+)`", knobs)
    assert len(listed) == 11, listed
    defaults = vars(bench_options([]))
    for knob, value in listed:
        default = defaults[knob.replace("-", "_")]
        shown = ",".join(map(str, default)) if isinstance(default, list | tuple) else str(default)
        assert shown == value, (knob, default, value)


GENERATED = {"tests/artifacts/crash.json", "bench/results/latest.json"}  # git-ignored output


@pytest.mark.parametrize("doc", ["README.md", "SECURITY.md", "bench/README.md"])
def test_every_file_the_documents_name_is_there(doc: str) -> None:
    """Each file named in backticks in the document (`tests/test_crash.py`,
    `flows/data/surnames.txt`, `deploy/sosbot@.service`, ...) is in the repository, where the
    document's reader would look: from the root, or beside the files named around it."""
    text = (ROOT / doc).read_text(encoding="utf-8")
    named = set(re.findall(r"`([\w./@-]+\.(?:py|yaml|txt|json|md|conf|service|example|toml))"
                           r"(?::\w+)?`", text)) - GENERATED
    assert len(named) > 5
    missing = {name for name in named if not any(
        (ROOT / folder / name).is_file() for folder in ("", "tests/language", "bot", "flows",
                                                       "storage", "deploy"))}
    assert missing == set()


# --- deploy/nginx-sosbot.conf and SECURITY.md: 503 while the database is out of reach -----------

async def test_a_post_the_database_was_out_of_reach_for_is_answered_503_for_nginx_and_telegram(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    """SECURITY.md: "With the database out of reach ... the post is answered 503, so Telegram
    sends it again"; the nginx example passes a 503 on to the other
    instance (`proxy_next_upstream ... http_503`), which a 500 would not be."""
    proxy = (ROOT / "deploy" / "nginx-sosbot.conf").read_text(encoding="utf-8")
    assert re.search(r"proxy_next_upstream [^;]*\bhttp_503\b", proxy)
    assert "the post is answered 503, so Telegram sends it again" in _flat(SECURITY)
    url = pg_cluster.new_database()
    async with BotApiServer() as server, \
            webhook_bot(server, tmp_path / "unused.db", SOSBOT_DATABASE_URL=url) as bot:
        await to_author(bot)
        answer = server.take_update(server.send_text(PRACTITIONER, "KB, social worker"))
        cut_off(pg_cluster, url)
        assert await bot.post(answer) == 503
        cut_off(pg_cluster, url, back=True)
        assert await bot.post(answer) == 200
