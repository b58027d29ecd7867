"""Claims in README.md, SECURITY.md and .env.example that no test held until now.

Each test names the sentence it pins. They use the real parts: the README's own "try it"
command run as a newcomer would (no token, an empty home and folder), real SQLite files (and
the test PostgreSQL cluster), and the real Application polling the local Bot API server.
"""

from __future__ import annotations

import logging
import re
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import aiohttp
import pytest

from bot import cli
from bot.teams.invites import SERVER, invite_colleague
from storage import open_store
from storage.contract import ClosedPart
from storage.crypto import AesGcmSealer, parse_keys
from storage.retention import DAY, UPDATE_DAYS
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.conftest import REPO, sosbot_command, sosbot_env
from tests.postgres_server import PgCluster
from tests.telegram_world import DEFAULT_TOKEN, TEST_KEY, bot_world
from tests.terminal import Terminal
from tests.test_console import Child, chat
from tests.test_readme import BLOCKS, SHELL, runnable
from tests.test_webhook import PUBLIC_URL, SECRET, instance, open_a_draft

NEWCOMER, STRANGER = 5252, 6262


def try_it(folder: Path, lines: str) -> subprocess.CompletedProcess[str]:
    """README's "Try it" command, typed at a terminal in `folder` by someone with no token and
    a fresh home, each of `lines` once the prompt shows, then Ctrl-D: its exit status, what
    the terminal showed, and its standard error (kept apart)."""
    home = folder.parent / "home"
    home.mkdir(exist_ok=True)
    assert not any(name.startswith(("SOSBOT_", "TELEGRAM")) for name in sosbot_env())
    command = ["bash", "-o", "pipefail", "-c", runnable(SHELL[0], folder)]
    errors = folder.parent / "stderr.txt"
    with errors.open("wb") as stderr, Terminal(argv=command, cwd=folder, stderr=stderr,
                                               env={"HOME": str(home)}) as terminal:
        terminal.wait_for(b"> ")
        for line in lines.splitlines():
            terminal.type(line.encode() + b"\n", b"")
        shown = terminal.end()
    return subprocess.CompletedProcess(command, terminal.child.returncode,
                                       shown.decode(errors="replace"),
                                       errors.read_text(encoding="utf-8"))


def test_try_it_with_no_token_walks_a_tool_on_the_embedded_sqlite_and_carries_on_after(
        tmp_path: Path) -> None:
    """README, "Try it": no token needed; pick a tool, a case label, answer; answers are
    stored encrypted in `sosbot.db` in the current folder, the chat makes `sosbot.key`
    beside it readable only by you and says so, and the next `sosbot chat` offers to carry
    on exactly where you were."""
    folder = tmp_path / "work"
    folder.mkdir()
    first = try_it(folder, "Pre-referral reflection\nKB-1\nSchool or college\n"
                           "Seen a bruise on her upper arm\n")
    assert first.returncode == 0, first.stderr
    assert "[Question 3 of 8" in first.stdout  # two answers taken, the third question asked
    assert "sosbot.key" in first.stderr
    assert "readable only by you" in first.stderr
    db, key = folder / "sosbot.db", folder / "sosbot.key"
    for made in (db, key):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made
    stored = b"".join(p.read_bytes() for p in folder.glob("sosbot.db*"))
    assert b"bruise" not in stored
    assert b"KB-1" not in stored

    again = try_it(folder, "1\n/review\n")
    assert again.returncode == 0, again.stderr
    assert 'Continue "KB-1" (Pre-referral reflection, 2 answers)' in again.stdout
    assert "2. What worries you: Seen a bruise on her upper arm" in again.stdout
    assert "made a new data key" not in again.stderr  # the key file is made once
    assert not list((tmp_path / "home").iterdir())  # nothing written outside the folder


async def test_a_rate_bucket_is_erased_by_retention_once_it_has_been_full_for_three_days(
        engine_store: SqlStore, database: str) -> None:
    """SECURITY.md, "What is stored": each user's rate bucket is erased by the daily
    retention once it has been full for 3 days (and kept before then)."""
    now = 1_000_000.0
    await engine_store.spend(1, 3, 60, now)  # full again a second later
    await engine_store.spend(2, 3, 60, now + UPDATE_DAYS * DAY)  # a message three days on

    async def buckets() -> set[int]:
        async with engine_store._transaction("read", write=False) as tx:
            return {int(row[0]) for row in await tx.rows("SELECT user_id FROM rate_buckets")}

    assert await buckets() == {1, 2}
    later = now + UPDATE_DAYS * DAY + 10
    await engine_store.purge(idle_before=0.0, done_before=0.0,
                             updates_before=later - UPDATE_DAYS * DAY)
    assert await buckets() == {2}


async def test_with_no_admins_set_a_server_invite_still_lets_a_colleague_in(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """.env.example, SOSBOT_ALLOWED_USERS: empty means no admins, not that the bot refuses
    everyone: a link made on the server with `sosbot invite` still lets a colleague in, who
    then uses the tools; anyone else is refused as a stranger. The warning at start-up, and
    .env.example, say so (both said the bot refuses everyone)."""
    caplog.set_level(logging.WARNING, logger="bot.app")
    db = tmp_path / "bot.db"
    store = await open_store(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "test key")))
    try:
        code = (await invite_colleague(TeamStore(store), SERVER)).code
    finally:
        await store.close()
    async with bot_world(db, SOSBOT_ALLOWED_USERS="") as world:
        await world.open_link(NEWCOMER, code, "Ana")
        assert "Welcome, Ana" in world.texts(NEWCOMER)[-1]
        await world.command("start", user=STRANGER)
        [refusal] = world.texts(STRANGER)
        assert "only open to practitioners on its list" in refusal
        await world.command("start", user=NEWCOMER)
        assert "Which tool" in world.texts(NEWCOMER)[-1]
    [warned] = [r.getMessage() for r in caplog.records if "SOSBOT_ALLOWED_USERS" in
                r.getMessage()]
    assert "only members (and their partners) can use the bot" in warned
    assert "`sosbot invite` makes the links to join" in warned
    text = (Path(__file__).parent.parent / ".env.example").read_text(encoding="utf-8")
    said = text[:text.index("\nSOSBOT_ALLOWED_USERS=")]
    said = said[said.rindex("\n\n"):]
    assert "refuses everyone" not in said
    assert "sosbot invite" in said


def test_the_language_check_example_prints_what_the_readme_shows(tmp_path: Path) -> None:
    """README, "Test wording from the command line": the example's command prints the
    example's lines, and exits 1 as something was flagged."""
    [example] = [code for lang, code in BLOCKS if lang == "text" and "language-check" in code]
    command, *shown = example.strip().splitlines()
    command = command.removeprefix("$ ")
    assert command.endswith("| sosbot language-check")
    done = subprocess.run(["bash", "-o", "pipefail", "-c", runnable(command, tmp_path)],
                          capture_output=True, text=True, cwd=tmp_path, env=sosbot_env(),
                          timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == shown


async def test_a_webhook_bot_leaves_its_webhook_set_when_it_stops_and_answers_nothing_after(
        tmp_path: Path) -> None:
    """README, "Deploy for a council": the bot sets its webhook at every start and leaves it
    set when it stops, so messages sent meanwhile wait at Telegram; `GET /healthz` answers
    200 while the bot runs and nothing answers after it stopped."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        assert await bot.health() == 200
        await open_a_draft(bot)
        assert await bot.stop() == 0
        assert server.webhook == {"url": PUBLIC_URL, "secret_token": SECRET}
        assert server.calls_to("deleteWebhook") == []
        with pytest.raises(aiohttp.ClientConnectionError):
            await bot.health()


async def test_rate_buckets_are_an_unlogged_table_on_postgresql(pg_cluster: PgCluster) -> None:
    """SECURITY.md, "What is stored": on PostgreSQL each user's rate bucket is kept unlogged
    (not in the write-ahead log, so not in its archive)."""
    store = await open_store(pg_cluster.new_database(),
                             sealer=AesGcmSealer(parse_keys(TEST_KEY, "test key")))
    try:
        async with store._transaction("read", write=False) as tx:
            [(kind,)] = await tx.rows(
                "SELECT relpersistence::text FROM pg_class WHERE relname = 'rate_buckets'")
    finally:
        await store.close()
    assert kind == "u"


async def test_security_md_counts_the_tampering_cases_test_crypto_runs(tmp_path: Path) -> None:
    """SECURITY.md, "Encryption at rest", Tested: each figure is what tests/test_crypto.py
    runs now (it said 40 byte flips and 8 SQL edits when the tests ran 43 and 10)."""
    from tests import test_crypto as crypto
    stored = crypto.ring("k1").seal(crypto.CANARY.encode(), crypto.HERE)
    await crypto._two_drafts(tmp_path / "t.db", crypto.ring("k1"))
    with sqlite3.connect(tmp_path / "t.db") as db:
        (blob,) = db.execute("SELECT value FROM answers WHERE draft_id = 'da' AND "
                             "step_id = 's1'").fetchone()
    db.close()
    def cases(test: object) -> int:  # how many times pytest runs a parametrized test
        [marked] = [m for m in getattr(test, "pytestmark", []) if m.name == "parametrize"]
        return len(marked.args[1])

    in_use = [None] * cases(crypto.test_tampering_with_a_draft_in_use_is_refused_at_its_next_turn)
    edits = cases(crypto.test_tampering_in_the_database_is_refused)
    assert cases(crypto.test_tampering_is_refused_in_a_draft_the_running_store_just_read) == edits
    moved = cases(crypto.test_a_value_moved_to_another_place_does_not_open)
    flips, bytes_ = 2 * len(stored), len(blob)
    total = flips + bytes_ + edits + edits + len(in_use) + moved + 4 + 1 + 1
    said = " ".join((REPO / "SECURITY.md").read_text(encoding="utf-8").split())
    for figure in (f"{total} tampering cases", f"{flips} single-bit flips",
                   f"{bytes_} single-byte flips", f"{edits} raw-SQL edits",
                   f"the same {edits} made to a draft the running store",
                   f"{len(in_use)} of them to a draft in use", f"{moved} values moved"):
        assert figure in said, figure


def test_the_nginx_example_drops_a_slow_sender_within_ten_seconds() -> None:
    """SECURITY.md, "Webhook mode": the nginx example drops a sender that takes more than 10
    seconds over a request's headers or body (sosbot's own server closes a connection with
    no request begun after 10 seconds too: `tests/test_attacks_fortyfourth.py`)."""
    proxy = (REPO / "deploy" / "nginx-sosbot.conf").read_text(encoding="utf-8")
    for directive in ("client_header_timeout", "client_body_timeout"):
        [seconds] = re.findall(rf"^\s*{directive}\s+(\d+)s;", proxy, flags=re.M)
        assert int(seconds) <= 10, directive


def test_the_unit_leaves_only_the_state_folder_writable() -> None:
    """deploy/sosbot@.service: the database and the key file live in /var/lib/sosbot;
    nothing else is writable (the file system read-only, home folders hidden, /tmp private)."""
    unit = (REPO / "deploy" / "sosbot@.service").read_text(encoding="utf-8")
    settings = dict(line.split("=", 1) for line in unit.splitlines()
                    if "=" in line and not line.startswith("#"))
    assert settings["StateDirectory"] == "sosbot"
    assert settings["ProtectSystem"] == "strict"
    assert settings["ProtectHome"] == "yes"
    assert settings["PrivateTmp"] == "yes"
    assert settings["UMask"] == "0077"
    assert "ReadWritePaths" not in settings
    assert settings["WorkingDirectory"] == "/var/lib/sosbot"


def test_closing_the_terminal_keeps_every_answer_and_the_next_chat_carries_on(
        tmp_path: Path) -> None:
    """README, "Try it": quit whenever you like (closing the terminal sends SIGHUP): every
    answer is saved as you give it, and the next `sosbot chat` offers to carry on exactly
    where you were."""
    db = tmp_path / "chat.db"
    child = Child("chat", "--flow", "reflection", "--db", str(db))
    child.type("KB-1", "School or college")
    child.wait_for("[Question 2 of 8")  # shown only once the first answer was saved
    child.type("Seen a bruise on her upper arm")
    child.wait_for("[Question 3 of 8")
    # SECURITY.md, "What is stored": the database readable by its owner only, and SQLite
    # gives its -wal and -shm files the same mode.
    files = [db, Path(f"{db}-wal"), Path(f"{db}-shm")]
    assert {path.name: stat.S_IMODE(path.stat().st_mode) for path in files} == {
        path.name: 0o600 for path in files}
    assert child.stop(signal.SIGHUP) != 0
    again = chat(db, "1", "/review")
    assert again.returncode == 0, again.stderr
    assert 'Continue "KB-1" (Pre-referral reflection, 2 answers)' in again.stdout
    assert "2. What worries you: Seen a bruise on her upper arm" in again.stdout


def test_security_md_counts_the_broken_updates_the_run_test_sends() -> None:
    """SECURITY.md, "An update python-telegram-bot cannot read": tested with as many kinds
    of broken update as tests/test_run_command.py sends (it said three; it sends four)."""
    from tests import test_run_command as run
    test = run.test_an_update_the_library_cannot_read_is_skipped_and_the_rest_answered
    [marked] = [mark for mark in test.pytestmark if mark.name == "parametrize"]
    kinds = len(marked.args[1])
    word = {3: "three", 4: "four", 5: "five", 6: "six"}[kinds]
    said = " ".join((REPO / "SECURITY.md").read_text(encoding="utf-8").split())
    assert f"through the real `sosbot run` with {word} kinds of broken update" in said


COUNCIL_WORDS = ("terms:\n"
                 "  - term: front door\n"
                 "    question: Which team did you contact at the front door?\n"
                 "  - term: volatile\n"
                 "    question: What did they do, in the council's own words?\n")
WORDY = "Passed to the front door. Dad is volatile."


def test_sosbot_chat_asks_with_a_councils_own_word_list(tmp_path: Path) -> None:
    """README, "A council's own word list": `sosbot chat` uses SOSBOT_WORDS; `mode: add` (the
    default) adds the council's terms, a term of the same name replacing the built-in one."""
    words = tmp_path / "council.yaml"
    words.write_text(COUNCIL_WORDS, encoding="utf-8")
    done = chat(tmp_path / "chat.db", "KB-1", "School or college", WORDY, flow="reflection",
                env={"SOSBOT_WORDS": str(words)})
    assert done.returncode == 0, done.stderr
    assert '"front door": Which team did you contact at the front door?' in done.stdout
    assert '"volatile": What did they do, in the council\'s own words?' in done.stdout
    assert "when things got heated" not in done.stdout  # the built-in question it replaced


async def test_the_bot_asks_with_a_councils_own_word_list(tmp_path: Path) -> None:
    """README, "A council's own word list": the bot uses SOSBOT_WORDS too."""
    words = tmp_path / "council.yaml"
    words.write_text(COUNCIL_WORDS, encoding="utf-8")
    async with bot_world(tmp_path / "bot.db", SOSBOT_WORDS=str(words)) as world:
        await world.open_tool("Pre-referral reflection", "KB-1")
        await world.tap("School or college")
        await world.say(WORDY)
        asked = "\n".join(world.texts()[-2:])
    assert "Which team did you contact at the front door?" in asked
    assert "What did they do, in the council's own words?" in asked
    assert "when things got heated" not in asked


def test_the_bot_refuses_to_start_with_a_broken_flow_naming_file_line_and_field(
        tmp_path: Path) -> None:
    """README, "Write a flow": the bot refuses to start with a broken flow, naming the file,
    line and field (in one line, before any database or key is made)."""
    copy = tmp_path / "sosbot"
    for package in ("bot", "flows", "storage"):
        shutil.copytree(REPO / package, copy / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    flow = copy / "flows" / "reflection.yaml"
    text = flow.read_text(encoding="utf-8")
    flow.write_text(text.replace("\n    steps:", "\n    stepz:", 1), encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    env = sosbot_env(TELEGRAM_BOT_TOKEN=DEFAULT_TOKEN, SOSBOT_ALLOWED_USERS="1",
                     SOSBOT_DATA_KEY=TEST_KEY, SOSBOT_API_ROOT="http://127.0.0.1:9")
    env["PYTHONPATH"] = str(copy)
    done = subprocess.run([sys.executable, "-m", "bot.cli", "run"], capture_output=True,
                          text=True, cwd=work, env=env, timeout=120, check=False)
    assert done.returncode != 0
    [line] = done.stderr.splitlines()
    assert line.startswith("sosbot: "), line
    assert re.search(rf"{re.escape(str(flow))}:\d+: sections\[0\]\.stepz: unknown field",
                     line), line
    assert list(work.iterdir()) == []


def test_a_backup_taken_while_the_chat_runs_opens_with_the_key_kept_apart(
        tmp_path: Path) -> None:
    """README, "Backups": the database can be backed up while sosbot runs (`sqlite3 ...
    ".backup ..."`); the backup holds no answer in the clear, and with the key file, kept
    elsewhere, it gives back every answer."""
    db = tmp_path / "live" / "sosbot.db"
    db.parent.mkdir()
    child = Child("chat", "--flow", "reflection", "--db", str(db))
    child.type("KB-1", "School or college", "Seen a bruise on her upper arm")
    child.wait_for("[Question 3 of 8")
    backup = tmp_path / "backups" / "sosbot.db"
    backup.parent.mkdir()
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(db), f".backup {backup}"], check=True, timeout=60,
                       capture_output=True)
    else:  # the same SQLite backup API the command uses
        with sqlite3.connect(db) as live, sqlite3.connect(backup) as copy:
            live.backup(copy)
        live.close()
        copy.close()
    child.stop(signal.SIGTERM)
    assert b"bruise" not in backup.read_bytes()
    vault = tmp_path / "vault" / "sosbot.key"
    vault.parent.mkdir()
    shutil.move(db.parent / "sosbot.key", vault)
    restored = subprocess.run(
        sosbot_command("export", "KB-1", "--format", "txt", "--db", str(backup)),
        capture_output=True, text=True, cwd=tmp_path, timeout=120, check=False,
        env=sosbot_env(SOSBOT_KEY_FILE=str(vault)))
    assert restored.returncode == 0, restored.stderr
    assert "Seen a bruise on her upper arm" in restored.stdout


async def test_a_notice_owed_to_a_partner_is_erased_by_retention_after_the_draft_days(
        engine_store: SqlStore) -> None:
    """SECURITY.md, "What is stored", `owed_notices`: a message owed to a partner that could
    never be sent is erased by retention after the draft days, and kept until then."""
    await engine_store.owe("closed", [ClosedPart(7, "TB-7", "Jo")])
    made = time.time()
    await engine_store.purge(idle_before=made - 30 * DAY, done_before=0.0, updates_before=0.0)
    assert [n.part for n in await engine_store.owed_notices()] == [ClosedPart(7, "TB-7", "Jo")]
    await engine_store.purge(idle_before=made + 60, done_before=0.0, updates_before=0.0)
    assert await engine_store.owed_notices() == []


def test_purge_says_when_a_reader_kept_the_log_and_the_next_one_completes_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SECURITY.md, "Retention": if another program is reading the database, the checkpoint
    cannot finish; the purge report says so and the next one completes it (the erased
    bytes then leave the write-ahead log).

    The real `sosbot purge` (`bot.cli.main`) on a real file, told by the operator's setting
    (SOSBOT_BUSY_TIMEOUT_MS) to wait 0.2 s for the reader rather than 5 s, twice (the
    purge's checkpoint and the one on closing), which took this test 13 s. A reader holding
    a read transaction keeps the checkpoint from finishing however long it waits, so the
    outcome is the same."""
    db = tmp_path / "chat.db"
    made = chat(db, "KB-1", "School or college", "Seen a bruise on her upper arm",
                flow="reflection")
    assert made.returncode == 0, made.stderr
    with sqlite3.connect(db) as raw:
        raw.execute("UPDATE drafts SET updated_at = updated_at - 40 * 86400")
    raw.close()
    monkeypatch.setenv("SOSBOT_BUSY_TIMEOUT_MS", "200")
    monkeypatch.chdir(tmp_path)
    reader = sqlite3.connect(db, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM drafts").fetchone()
        assert cli.main(["purge", "--db", str(db)]) == 0
        first = capsys.readouterr().out
    finally:
        reader.close()
    assert "Erased 1 draft(s)" in first
    assert "Another program was reading the database" in first
    assert cli.main(["purge", "--db", str(db)]) == 0
    second = capsys.readouterr().out
    assert "Erased 0 draft(s)" in second
    assert "Another program" not in second
    wal = Path(f"{db}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
