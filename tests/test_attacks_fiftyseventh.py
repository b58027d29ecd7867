"""The fifty-seventh pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- the webhook (the real `sosbot run --webhook` at DEBUG, the local Bot API server as
  Telegram), posts with the secret: a body in Latin-1 (400, one line), JSON nested 100,000
  deep inside an unknown field (400, one line), update_id given twice (the last taken,
  once), unknown fields on the update and on the message, 15,000 entities on one message
  (answered), a 200,000-character text (not saved, the question asked again), twelve
  forged callback datas (line breaks, a right-to-left override, NULs, a lone surrogate, a
  58-digit page, discard, summary, resume and export data holding words): 200 each and the
  bot went on; no word of them in the log, no traceback, no ERROR;
- team buttons replayed (the test below): Sam's review buttons, his partner-link menu and
  the DSL's Send it, pressed again by Sam after /handover, by the DSL and by a partner
  still answering, then again after Priya discarded the case;
- every subcommand given a label, invite id, key id or --flow holding a line break, a
  right-to-left override or 100,000 characters, `--output=--db`, `-o --`, --days 0, 91 and
  10^23, --uses -1 and 100,000, --db /dev/zero, /dev/null, a FIFO or a link to itself,
  --env-file /dev/zero or a FIFO, `flows check` and `--words` of /dev/zero, a FIFO and
  /proc/self/mem: one line each, nothing made;
- SOSBOT_DB, _KEY_FILE, _DATA_KEY, _ALLOWED_USERS, _DRAFT_DAYS, _LOG_LEVEL, _LOG_FORMAT,
  _WORDS, _API_ROOT, _DATABASE_URL, _SETTINGS_FROM, _RATE_BURST, _PORT, _LISTEN and
  XDG_CACHE_HOME each set to a line break, nothing, 100,000 characters or /dev/zero: one
  line naming the setting (a number now said as any wrong number is, below), or unused by
  the command; XDG_CACHE_HOME at /dev/zero or a FIFO: the chat runs, uncached;
- YAML: aliases of aliases seven deep (refused at 1,000,000 fields, naming the line), a
  4 MB text aliased into two titles and a 7 MB title (too long, named), a
  `!!python/object/apply:os.system` tag (refused, no constructor), `!!binary` (read as its
  text), `version: .nan` (not a finite number);
- a read-only folder, as a user without root's powers (setpriv): `export -o` into it,
  as .docx or .html, and over a read-only file of one's own: "cannot write ...: Permission
  denied.", nothing written; `chat`, `invite`, `purge` with the database's folder mode 555:
  the chmod to run;
- deep links: a code is found by its SHA-256 in the database, so nothing is compared
  character by character to time; other lengths are refused unread; expired, spent and
  withdrawn codes as before (tests/test_teams_partners_e2e.py).
- left: a label, id or --flow of 100,000 characters typed at the operator's own terminal
  is quoted back whole in its one-line refusal; `--env-file /proc/self/environ` is read
  (the operator's own environment, nothing to guard).
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.instances import this_instance
from flows.flow import Flow
from flows.loader import load_flow, load_flows
from tests.botapi_server import BotApiServer
from tests.conftest import run_sosbot, sosbot_command, sosbot_env
from tests.memory_botapi import buttons_of
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import run_env
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_ops_thirtyninth import _without_roots_powers
from tests.test_telegram_handlers import Bot, button, no_errors, running, texts_to
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    HV,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
)

# --- a webhook address with a key in its query ---------------------------------------------------

# A council's nginx lets in only posts to the webhook that carry this key in the query (set up
# before Telegram had its secret header): the address holds a credential, as a password does.
PROXY_KEY = "k9Qw2LxP7vRt4ZsY8bNm"
THEIRS = f"https://cases.council.example/sosbot/updates?key={PROXY_KEY}&v=2"
THEIRS_SHOWN = "https://cases.council.example/sosbot/updates?key=[hidden]&v=[hidden]"
SECRET = "0123456789abcdef0123"


@pytest.mark.e2e
async def test_a_key_in_the_query_of_a_webhook_polling_takes_is_not_logged(
        tmp_path: Path) -> None:
    """`sosbot run` took the updates from a webhook set for the token and named its address
    in the journal as Telegram reported it, key and all: anyone reading the logs (a support
    contractor, the log shipper's index) could post to the council's proxy as Telegram. The
    address is named with its query's values hidden, its names kept."""
    async with BotApiServer() as server:
        server.webhook = {"url": THEIRS, "secret_token": SECRET}
        env = run_env(tmp_path / "bot.db", server.root, SOSBOT_LOG_LEVEL="DEBUG")
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    assert PROXY_KEY not in log
    [said] = [line for line in log.splitlines() if "polling removes it" in line]
    assert f"({THEIRS_SHOWN})" in said


@pytest.mark.e2e
async def test_a_key_in_the_query_of_the_own_webhook_is_not_in_a_refusal(
        tmp_path: Path) -> None:
    """`run --webhook` with SOSBOT_WEBHOOK_URL holding the proxy's key: Telegram refusing the
    address made the one line on standard error (the service's journal) quote it whole."""
    ours = f"https://laptop.example/hook?key={PROXY_KEY}"
    async with BotApiServer() as server:
        server.fail("setWebhook", code=400,
                    description="Bad Request: bad webhook: Failed to resolve host")
        env = run_env(tmp_path / "bot.db", server.root, SOSBOT_WEBHOOK_URL=ours,
                      SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(free_port()),
                      SOSBOT_LISTEN="127.0.0.1", SOSBOT_LOG_LEVEL="DEBUG")
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("setWebhook"), HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 1, log
    assert PROXY_KEY not in log
    assert "SOSBOT_WEBHOOK_URL (https://laptop.example/hook?key=[hidden])" in log


def test_a_key_in_the_webhooks_query_is_not_kept_in_an_instances_record() -> None:
    """On PostgreSQL each serving instance keeps its settings in the database, in the clear
    where they are harmless to show, the webhook address among them: the proxy's key with it,
    and said whole in the other instance's refusal. Kept and said with its values hidden; the
    two still differ (by digest) where only the key does."""
    flows = load_flows()
    first, second = (this_instance(load_settings(
        SOSBOT_WEBHOOK_URL=f"https://cases.council.example/hook?key={key}",
        SOSBOT_WEBHOOK_SECRET=SECRET), None, flows) for key in (PROXY_KEY, PROXY_KEY[::-1]))
    assert PROXY_KEY not in first.record().decode()
    assert json.loads(first.record())["settings"]["SOSBOT_WEBHOOK_URL"]["shown"] == \
        "https://cases.council.example/hook?key=[hidden]"
    refused, _ = second.against(first.record())
    [said] = [line for line in refused if line.startswith("SOSBOT_WEBHOOK_URL")]
    assert PROXY_KEY not in said
    assert PROXY_KEY[::-1] not in said


# --- team buttons replayed -------------------------------------------------------------------


def every_data(bot: Bot, user: int) -> list[str]:
    """The callback data of every button the bot has sent `user`, oldest first."""
    return [data for params in bot.request.sent() if int(str(params["chat_id"])) == user
            for _, data in buttons_of(params.get("reply_markup"))]


def one(data: list[str], prefix: str) -> str:
    return next(d for d in reversed(data) if d.startswith(prefix))


async def test_team_buttons_replayed_after_a_handover_and_by_partners_change_nothing(
        tmp_path: Path, flows: Mapping[str, Flow], caplog: pytest.LogCaptureFixture) -> None:
    """Sam's review buttons (leave a part out, stop a link and its Yes), his invite's (a
    partner link for his mapping) and his partner's own (Send it) pressed again once Sam
    handed the case to Priya, and the same data sent by the school's DSL and by the health
    visitor answering (a client can send any data on a message of the bot's): Priya's case
    keeps the DSL's part, the health visitor's part under way and its two links, and no one
    else is told anything."""
    async with running(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await mapping(bot, "KB-7", SAM)
        school, health = await link(bot, "school", SAM), await link(bot, "health", SAM)
        await opens(bot, school, DSL)
        await answers(bot, DSL, (*DSL_PART, "send"))
        await opens(bot, health, HV)
        await answers(bot, HV, ("health visitor",))
        await bot.say("/review", SAM)
        await bot.tap(one(every_data(bot, SAM), "t:cz:"), SAM)  # asked, not answered
        await bot.tap("t:ip", SAM)
        sams = [one(every_data(bot, SAM), p) for p in ("t:cx:", "t:cz:", "t:cy:", "t:ia:")]
        dsls = [one(every_data(bot, DSL), "t:ps")]
        await hands_over(bot)
        links_before = count(bot, "invites WHERE kind = 'partner'")
        told = {p: len(texts_to(bot, p)) for p in (PRIYA, DSL, HV)}
        for presser in (SAM, DSL, HV):
            for data in (*sams, *dsls, "t:ip"):
                await bot.tap(data, presser)
        assert count(bot, "invites WHERE kind = 'partner'") == links_before
        assert {p: len(texts_to(bot, p)) for p in (PRIYA,)} == {PRIYA: told[PRIYA]}
        await bot.say("/resume KB-7", PRIYA)
        await bot.say("/summary", PRIYA)
        assert "FM came in hungry" in " ".join(phone(bot, PRIYA)[-6:])
        await answers(bot, HV, ("worried about sleep",))
        assert "worried about sleep" not in read(bot, HV)  # taken: the next question
        await bot.say("/cancel", PRIYA)  # the case closed: discarded, its parts with it
        await bot.tap(button(bot, "y:cancel:"), PRIYA)
        assert count(bot, "contributions") == 0
        told = {p: len(texts_to(bot, p)) for p in (PRIYA, SAM)}
        for presser in (SAM, DSL, HV):
            for data in (*sams, *dsls, "t:ip"):
                await bot.tap(data, presser)
        assert count(bot, "invites WHERE kind = 'partner'") == 0
        assert count(bot, "drafts") == 0
        assert len(texts_to(bot, PRIYA)) == told[PRIYA]
        no_errors(caplog)


def count(bot: Bot, table: str) -> int:
    with sqlite3.connect(bot.db) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


# --- a flow or word list holding a value YAML reads as a date or a number it cannot be ---------

REFLECTION = Path(__file__).parent.parent / "flows" / "reflection.yaml"
NOT_A_DATE = "2026-02-30"
TOO_LONG = "9" * 5000  # Python reads at most 4,300 digits of a number from text


@pytest.mark.parametrize(("old", "new", "what"), [
    ("title: Pre-referral reflection", f"title: {NOT_A_DATE}", "a date"),
    ("minutes: 3", "minutes: 2026-12-31 23:59:61", "a date"),
    ("version: 2", f"version: {TOO_LONG}", "a number"),
], ids=["no such day", "no such second", "5,000 digits"])
def test_a_value_read_as_a_date_or_number_it_cannot_be_names_its_line(
        tmp_path: Path, old: str, new: str, what: str) -> None:
    """A council's flow author dated a title "2026-02-30" (a slip for the 20th), or pasted a
    number too long to read: `sosbot flows check` ended in a 20-line traceback of Python's
    date and number conversions (a ValueError), naming no file, no line, and no way out; so
    did `sosbot run` starting with the flow. Now one line names the file and the line."""
    text = REFLECTION.read_text(encoding="utf-8")
    assert old in text
    flow = tmp_path / "tool.yaml"
    flow.write_text(text.replace(old, new, 1), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 1
    done = run_sosbot("flows", "check", str(flow))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout.startswith(f"{flow}:{line}: ")
    assert f"reads as {what} but is not one" in done.stdout
    assert "put it in quotes if it is text" in done.stdout


def test_a_word_list_term_read_as_a_date_it_cannot_be_is_one_line(tmp_path: Path) -> None:
    """The same in a council's word list (SOSBOT_WORDS, `language-check --words`)."""
    words = tmp_path / "words.yaml"
    words.write_text(f"mode: add\nterms:\n  - term: {NOT_A_DATE}\n    question: Which day?\n",
                     encoding="utf-8")
    done = run_sosbot("language-check", "--words", str(words), input="a line\n")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{words}:3: ")
    assert "Traceback" not in done.stderr


# --- a number setting of thousands of digits ------------------------------------------------------


@pytest.mark.parametrize("name", ["SOSBOT_DRAFT_DAYS", "SOSBOT_RATE_BURST", "SOSBOT_PORT"])
def test_a_number_setting_too_long_to_read_says_what_it_takes(tmp_path: Path, name: str) -> None:
    """A settings file whose line lost its line break ran a number into the thousands of
    digits: refused in the library's words ("Unable to parse input string as an integer,
    exceeded maximum size"), where any other wrong number says what the setting takes."""
    done = run_sosbot("keys", "list", cwd=tmp_path, env={name: "1" * 5000})
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f'sosbot: {name}: "{"1" * 39}…" won\'t work here; give a whole '
                           "number from 1 to "), line


# --- a key file's folder of the operator's own that cannot be written -----------------------------


def test_rotating_with_the_key_folder_read_only_says_chmod_not_another_user(
        tmp_path: Path) -> None:
    """The service's user ran `sosbot keys rotate` with the key file in a folder of its own
    that a hardening script had made mode 555. It was told to run the command "as the user
    the bot runs as, who owns the key file and its folder (`sudo -u sosbot ...`)": the user it
    was already, so doing that changed nothing. It is told the folder's permissions shut its
    owner out, and the chmod that mends it, as a database's folder is said."""
    keys, db = tmp_path / "keys", tmp_path / "bot.db"
    keys.mkdir()
    key_file = keys / "sosbot.key"
    made = run_sosbot("chat", "--flow", "reflection", "--db", str(db), cwd=tmp_path,
                      input="KB-1\nSchool or college\n", env={"SOSBOT_KEY_FILE": str(key_file)})
    assert made.returncode == 0, made.stderr
    before = key_file.read_bytes()
    keys.chmod(0o555)
    try:
        said = _without_roots_powers("keys", "rotate", "--db", str(db), cwd=tmp_path,
                                     env={"SOSBOT_KEY_FILE": str(key_file)})
    finally:
        keys.chmod(0o755)
    assert said.startswith(f"sosbot: Cannot write the key file {key_file}: Permission denied. "
                           f"Nothing was written to it: its folder {keys} belongs to root, "
                           "the user this runs as, but its permissions (0555) do not let its "
                           f"owner write to it: `chmod u+w {keys}`, then run this again"), said
    assert "sudo -u" not in said
    assert key_file.read_bytes() == before


# --- a settings file given through a pipe -------------------------------------------------------


def test_settings_given_through_a_pipe_are_said_to_be_a_pipe_not_missing(tmp_path: Path) -> None:
    """`sosbot purge --env-file <(sudo cat /etc/sosbot/main.env)`, the file being root's:
    the shell gives a pipe, /dev/fd/63, and sosbot said "there is no file at /dev/fd/63",
    sending the operator to look for a file that the shell had just made. It says what it
    is; a folder is said to be one too. Nothing is read or made."""
    read, write = os.pipe()
    os.write(write, b"SOSBOT_DRAFT_DAYS=9\n")
    os.close(write)
    try:
        done = subprocess.run(sosbot_command("purge", "--env-file", f"/dev/fd/{read}"),
                              capture_output=True, text=True, cwd=tmp_path, env=sosbot_env(),
                              pass_fds=(read,), timeout=120, check=False)
    finally:
        os.close(read)
    assert done.returncode == 2, done.stderr
    assert done.stderr == (f"sosbot: --env-file: /dev/fd/{read} is a pipe or a device, not a "
                           "file (`<(...)` gives a pipe); give the file the bot's service "
                           "reads its settings from.\n")
    folder = run_sosbot("purge", "--env-file", str(tmp_path), cwd=tmp_path)
    assert folder.stderr.startswith(f"sosbot: --env-file: {tmp_path} is a folder, not a file;")
    assert not (tmp_path / "sosbot.db").exists()


# --- a flow that merges fields with YAML's `<<` ---------------------------------------------------

SCALE = "scale:\n  min: 0\n  max: 10\n"
MERGED_SCALE = "scale:\n  <<: &ends {min: 0, max: 9}\n  max: 10\n"


def test_fields_merged_with_yamls_merge_key_are_read(tmp_path: Path) -> None:
    """A flow author wrote a scale's ends once and merged them in with `<<:`, as YAML
    allows: `sosbot flows check` refused the file with "could not determine a constructor
    for the tag 'tag:yaml.org,2002:merge'", the duplicate-key check reading `<<` as a key.
    Merged fields are read, the mapping's own winning, as YAML says."""
    text = REFLECTION.read_text(encoding="utf-8")
    assert SCALE in text
    flow = tmp_path / "tool.yaml"
    flow.write_text(text.replace(SCALE, MERGED_SCALE, 1), encoding="utf-8")
    done = run_sosbot("flows", "check", str(flow))
    assert (done.returncode, done.stdout) == (0, "1 flow file(s) OK\n"), done.stdout
    read = load_flow(flow)
    assert (read.spec.scale.min, read.spec.scale.max) == (0, 10)


def test_a_key_given_twice_beside_a_merge_is_still_refused(tmp_path: Path) -> None:
    text = REFLECTION.read_text(encoding="utf-8")
    flow = tmp_path / "tool.yaml"
    flow.write_text(text.replace(SCALE, MERGED_SCALE + "  max: 8\n", 1), encoding="utf-8")
    done = run_sosbot("flows", "check", str(flow))
    assert done.returncode == 1
    assert "duplicate key 'max'" in done.stdout


@pytest.mark.e2e
async def test_the_webhook_secret_in_the_webhooks_own_address_is_not_logged(
        tmp_path: Path) -> None:
    """An operator made the webhook's address of the same random string as its secret
    (`https://bot.example/hook/<secret>`, as python-telegram-bot's examples put the token
    in the path): the log said "webhook server listening on 127.0.0.1:8080/hook/<secret>",
    so whoever reads the journal could post as Telegram. The secret is redacted wherever a
    line holds it, as the token is."""
    secret = "Zq8vN3kT6yH1wR5pL9cX2mB7"
    async with BotApiServer() as server:
        env = run_env(tmp_path / "bot.db", server.root, SOSBOT_LOG_LEVEL="DEBUG",
                      SOSBOT_WEBHOOK_URL=f"https://bot.example.org/hook/{secret}",
                      SOSBOT_WEBHOOK_SECRET=secret, SOSBOT_PORT=str(free_port()),
                      SOSBOT_LISTEN="127.0.0.1")
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.calls_to("setWebhook"), HANG_GUARD)
            log = await stop(child)
    assert child.returncode == 0, log
    assert secret not in log
    assert "listening on 127.0.0.1:" in log
