"""The forty-seventh pass's attacks on the real `sosbot run` (polling the local Bot API
server, and webhook mode) and `sosbot chat`, and the last pass's operations leftovers. Each
test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- the database file deleted, replaced by another SQLite file, overwritten at its header,
  cut to nothing or to half while `sosbot run` has it open: answers go on from what SQLite
  holds, or "Sorry" and one line naming the file; its write-ahead log cut to nothing: one
  line naming the file as damaged; no answer text in the log;
- `sosbot keys rotate` while `sosbot run` answers on the database: refused, the key file
  as it was; the draft read back after a restart;
- a once-only invite opened by three strangers in one batch, and one of two uses opened
  twice by one person and once by another: one member each use, the others refused;
- webhook bodies: update_id as a float, true, 2**70, a string or negative; keys given
  twice; 100,000 nested arrays; NaN; UTF-16 and a BOM; a lone surrogate; text null or a
  number; ids and dates out of range; entities past the text; a callback's data an
  object; two kinds in one update; a reply chain 300 deep; a gzip or deflate header on
  plain bytes: 400 or handled, one line, no text in the log at DEBUG; the same update
  posted four or five times at once: answered and saved once;
- exports (`sosbot export`, txt, html, docx) of an answer holding markup, vertical tab,
  form feed, noncharacters, a right-to-left override and a spreadsheet formula: escaped
  or written as text, every format made;
- settings files with a BOM, CRLF, `export`, NUL, UTF-16, an open quotation mark: one
  line naming the file and line.
- left: bandit's "nosec encountered, but no failed test" warnings on twelve lines: each
  of those markers covers a finding (held below); bandit tests the other literal parts of
  the same f-string one by one and warns for each. Rewriting the SQL to quiet a tool's
  note would only move it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.app import build_application
from bot.keys import require_key
from bot.services import open_services
from flows.loader import load_flows
from storage.errors import StorageError
from tests.botapi_server import BotApiServer
from tests.conftest import REPO as ROOT
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, bot_settings, run_env
from tests.test_run_faults import immutable, retention_due

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}


# --- a retention run the database refused --------------------------------------------------------


@pytest.mark.e2e
async def test_a_retention_run_the_database_refuses_says_so_and_is_tried_again_soon(
        disk_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The database refused the daily retention run (its file made unwritable): the log said
    "... (update None)" through the error handler, and the draft past its days waited for
    the next day's run. Now one line says retention did not erase, names the database and
    when it is tried again; the retry, once the file takes writes, erases the draft."""
    db = disk_path / "bot.db"
    caplog.set_level(logging.INFO)
    async with retention_due(db, 31) as (server, conversation, app, daily):
        with immutable(db, Path(f"{db}-wal")):
            await daily.callback(None)  # type: ignore[arg-type]
        assert app.job_queue is not None
        [retry] = app.job_queue.get_jobs_by_name("retention-retry")
        refused = [r.getMessage() for r in caplog.records
                   if r.levelno >= logging.ERROR]
        assert await conversation.store.list_drafts(PRACTITIONER)  # still kept
        await retry.callback(None)  # type: ignore[arg-type]
        await server.wait_idle()
        left = await conversation.store.list_drafts(PRACTITIONER)
    [line] = refused
    assert line.startswith("retention: drafts past their days were not erased: ")
    assert str(db) in line
    assert line.endswith("tried again in 5 minutes")
    assert left == []
    assert any("retention: erased 1 draft(s)" in r.getMessage() for r in caplog.records)
    assert "KB-12" not in caplog.text
    assert "(update None)" not in caplog.text


# --- the webhook server listening on every interface ----------------------------------------------

PUBLIC_URL = "https://bot.council.example/telegram/updates"
SECRET = "0123456789abcdef0123"


@pytest.mark.e2e
@pytest.mark.parametrize("listen", ["0.0.0.0", "::", "0"])
async def test_listening_on_every_interface_is_warned_of_once(tmp_path: Path, listen: str
                                                              ) -> None:
    """SOSBOT_LISTEN=0.0.0.0 (copied from a container's example) opened the webhook port to
    every network the machine is on, past the proxy and its TLS, and the log said only
    "listening on 0.0.0.0:8080". Now one warning names the setting and what to set."""
    port = free_port()
    async with BotApiServer() as server:
        env = run_env(tmp_path / "bot.db", server.root, SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                      SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port),
                      SOSBOT_LISTEN=listen)
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.webhook, HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    [warned] = [line for line in log.splitlines() if "every network interface" in line]
    assert "WARNING" in warned
    assert f"SOSBOT_LISTEN: {listen} listens on every network interface" in warned
    assert "SOSBOT_LISTEN=127.0.0.1" in warned


@pytest.mark.e2e
async def test_listening_on_the_loopback_is_not_warned_of(tmp_path: Path) -> None:
    port = free_port()
    async with BotApiServer() as server:
        env = run_env(tmp_path / "bot.db", server.root, SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                      SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port),
                      SOSBOT_LISTEN="127.0.0.1")
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.webhook, HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    assert "every network interface" not in log
    assert "WARNING" not in log


# --- bandit's markers --------------------------------------------------------------------------


def test_every_nosec_marker_covers_a_finding_of_its_test() -> None:
    """A `# nosec B608` left on a line bandit no longer flags (the statement rewritten since)
    would silence a finding written there later, unseen. Each marker is on the first line of
    a finding bandit reports with `--ignore-nosec`, of the test the marker names. (Bandit's
    own warning "nosec encountered, but no failed test" is also given for the other literal
    parts of a marked f-string, each tested apart: no guide to which markers are stale.)
    Bandit reads each file on its own, so it is given only the files holding a marker: what
    it finds in them is what it finds there reading the whole tree (CI's run reads it all)."""
    marked = set()
    for folder in ("bot", "flows", "storage"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for n, line in enumerate(path.read_text().splitlines(), 1):
                for test_id in re.findall(r"# nosec (B\d+)", line):
                    marked.add((str(path.relative_to(ROOT)), n, test_id))
    assert marked
    done = subprocess.run(
        [sys.executable, "-m", "bandit", "-c", "pyproject.toml", *sorted({f for f, _, _ in marked}),
         "-q", "-f", "json", "--ignore-nosec"], cwd=ROOT, capture_output=True,
        text=True, timeout=300, check=False)
    found = {(os.path.normpath(r["filename"]), r["line_number"], r["test_id"])
             for r in json.loads(done.stdout)["results"]}
    assert found  # bandit read the files (a run that failed finds nothing)
    assert marked - found == set()


# --- a setting written twice in the settings file ---------------------------------------------


def test_a_setting_given_twice_with_two_values_in_env_is_refused_naming_both_lines(
        tmp_path: Path) -> None:
    """An operator shortened the retention period at the top of `.env`, where the example
    sets it, not seeing the line a colleague had appended at the bottom: `sosbot run` took
    the last one and kept drafts 30 days, saying nothing. Now it stops, naming both lines
    (never the values: a line may hold the token)."""
    (tmp_path / ".env").write_text("SOSBOT_DRAFT_DAYS=7\nSOSBOT_DONE_DAYS=7\n\n"
                                   "# added later\nSOSBOT_DRAFT_DAYS=30\n")
    done = sosbot_here("run", cwd=tmp_path, env=KEYED)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: .env, lines 1 and 5: SOSBOT_DRAFT_DAYS is set twice")
    assert "30" not in said.split("lines 1 and 5")[1]


def test_a_setting_given_twice_in_an_env_file_is_refused(tmp_path: Path) -> None:
    settings = tmp_path / "sosbot.env"
    settings.write_text(f"SOSBOT_DB={tmp_path / 'bot.db'}\nSOSBOT_DONE_DAYS=14\n"
                        "sosbot_done_days=90\n")
    done = sosbot_here("purge", "--env-file", str(settings), cwd=tmp_path, env=KEYED)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        f"sosbot: --env-file: {settings}, lines 2 and 3: SOSBOT_DONE_DAYS is set twice, to "
        "different values, and only the second would be used; keep one of them."]


def test_a_setting_given_twice_with_one_value_is_taken(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SOSBOT_DRAFT_DAYS=7\nSOSBOT_DRAFT_DAYS=7\n")
    done = sosbot_here("chat", "--db", str(tmp_path / "bot.db"), "--flow", "reflection",
                       input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 0, done.stderr


# --- which of the allowed users is no id -------------------------------------------------------


@pytest.mark.parametrize(("given", "said"), [
    ("111,222,333 444,444", "entry 3 of 4 is not (a space is no separator: put a comma "
                            "between two ids)"),
    ("111;@sam;-1001234567", "entries 2 and 3 of 3 are not"),
    (",".join(["1"] * 3 + ["x"] * 9), "entries 4, 5, 6, 7 and 5 more of 12 are not"),
    ("123456789:AAE-not-a-real-token-at-all", "entry 1 of 1 is not"),
])
def test_an_allowed_users_list_with_an_entry_that_is_no_id_names_its_place(
        tmp_path: Path, given: str, said: str) -> None:
    """An operator with forty colleagues' ids in SOSBOT_ALLOWED_USERS (one pasted with a
    space for a comma, one a group's id) was told only "must be numeric Telegram user ids
    separated by commas", and read them all to find it. The entries are now named by their
    place in the list, not quoted (a token pasted onto the wrong line would be logged)."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_ALLOWED_USERS={given}\n")
    done = sosbot_here("run", cwd=tmp_path, env=KEYED)
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        "sosbot: SOSBOT_ALLOWED_USERS: must be numeric Telegram user ids separated by commas; "
        f"{said} (set in .env, line 2)"]


@pytest.mark.e2e
async def test_another_scheduled_jobs_storage_error_names_the_job(
        disk_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The daily erasure of spent invites, refused by the database, was logged as "...
    (update None)": an operator looked for an update that never was. It names the job."""
    db = disk_path / "bot.db"
    made = await asyncio.to_thread(sosbot_here, "invite", "--db", str(db), env=KEYED)
    assert made.returncode == 0, made.stderr
    withdraw = re.search(r"--withdraw (\S+)", made.stdout + made.stderr)
    assert withdraw is not None
    withdrawn = await asyncio.to_thread(sosbot_here, "invite", "--db", str(db), "--withdraw",
                                        withdraw.group(1), env=KEYED)
    assert withdrawn.returncode == 0
    async with BotApiServer() as server:
        settings = bot_settings(server, db)
        async with open_services(settings, db, load_flows(),
                                 sealer=require_key(settings)) as conversation:
            app = build_application(settings, conversation)
            async with app:
                await app.start()
                try:
                    assert app.job_queue is not None
                    [job] = app.job_queue.get_jobs_by_name("spent invites")
                    with immutable(db, Path(f"{db}-wal")):
                        await job.run(app)
                        await server.wait_idle()
                finally:
                    await app.stop()
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert line.endswith("(the scheduled job spent invites)"), line
    assert str(db) in line


# --- a council's word list with a term listed twice -----------------------------------------------


def test_a_term_listed_twice_in_a_councils_words_is_named_at_its_second_listing(
        tmp_path: Path) -> None:
    """A council's list of hundreds of terms with one added again at the bottom: `sosbot
    chat` said "words.yaml:2: terms: Value error, the term 'dv' is listed twice", the top
    of the list, in pydantic's words. It names the second listing's line and field."""
    words = tmp_path / "words.yaml"
    words.write_text("terms:\n- term: DV\n  question: What did you see?\n- term: MASH\n"
                     "  question: Which team?\n- term: dv\n  question: What happened?\n")
    done = sosbot_here("chat", "--db", str(tmp_path / "bot.db"), "--flow", "reflection",
                       input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, "SOSBOT_WORDS": str(words)})
    assert done.returncode != 0
    assert done.stderr.strip().splitlines() == [
        f"sosbot: SOSBOT_WORDS: {words}:6: terms[2].term: the term 'dv' is listed twice"]


@pytest.mark.e2e
async def test_a_retention_run_refused_after_its_erasure_says_what_it_erased(
        tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    """The erasure committed, then the database refused the read of the notes owed to
    partners: the line says what was erased, not that nothing was."""
    db = tmp_path / "bot.db"

    async def refused(*_: object) -> list[object]:
        raise StorageError(f"Could not read in the database {db}: the disk reported an error")

    monkeypatch.setattr("bot.app.owed_before", refused)
    async with retention_due(db, 31) as (server, conversation, _app, daily):
        await daily.callback(None)  # type: ignore[arg-type]
        await server.wait_idle()
        left = await conversation.store.list_drafts(PRACTITIONER)
    assert left == []
    [line] = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert line.startswith("retention: erased 1 draft(s)"), line
    assert "but the notes owed after it were not all sent: Could not read" in line
    assert "not erased" not in line
