"""The forty-fourth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, as an outside checker replaying attacks would. Each test
of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- SOSBOT_RATE_PER_MINUTE (and the other number settings) given inf, nan, 1e309, -0,
  24-digit integers, Arabic-Indic or full-width digits, "0x1e": each refused in one line
  naming the setting and its range; "3_0" read as 30, as Python reads it;
- near-commands: "/SKIP", "/skip" in full-width letters, " /skip", a zero-width space
  inside "/skip" read as the command; "/skp" offered /skip and not saved ("/skip." is /skip
  since the forty-ninth pass);
  "skip" and ".skip" read as /skip; in Telegram "/skip@otherbot" left alone;
- `sosbot run` at SOSBOT_LOG_LEVEL=DEBUG, polling: answers, labels, command words, a
  stranger's text and an edit kept out of the log; `run --webhook` at DEBUG given a bad
  header byte, a request line of words, a wrong Content-Length, bad chunks, a body said to
  be gzip, two Content-Lengths, bytes that are no HTTP: 400 each, nothing of them logged;
- a 390,000-character message at a written question: refused with its length in under a
  second; answers and labels with ESC, OSC titles, RTL overrides, NUL and invalid UTF-8
  through a piped `sosbot chat`, /review and /summary: shown without any of them; U+FFFE,
  U+FFFF in an answer: out of the Word export, which opens;
- two `sosbot chat` on one database: the second refused in one line, the first unharmed;
  a database of random bytes, one with a page overwritten, one cut short: refused, left as
  it was; key files empty, with CRLF, a link to /dev/zero or /dev/urandom, a folder, a FIFO,
  50 MB of letters: each refused in one line (CRLF read);
- `/edit` with Arabic-Indic or full-width digits (read), 26 digits, -1, 0, 1e3, 2.0, 1_0:
  "There's no answer number ...", nothing changed.
"""

from __future__ import annotations

import asyncio
import contextlib
import resource
import sqlite3
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.conftest import sosbot_command, sosbot_env
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, at_question_two, run_env, start_a_draft

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}


# --- a rate so slow that no practitioner could answer again ------------------------------------


@pytest.mark.parametrize("given", ["1e-300", "5e-324", "0.000001"])
def test_a_rate_too_slow_to_answer_again_is_refused_naming_what_it_takes(
        tmp_path: Path, given: str) -> None:
    """An operator set SOSBOT_RATE_PER_MINUTE=1e-300 (a pasted exponent, or "as strict as
    possible"): the bot started, and after the first twenty messages turned every
    practitioner's answers away for good; on PostgreSQL the wait it works out overflowed the
    database's interval and every message failed. It stops at start now, in one line naming
    the setting and the range it takes."""
    done = sosbot_here("chat", "--db", str(tmp_path / "bot.db"), input="",
                       env={**KEYED, "SOSBOT_RATE_PER_MINUTE": given})
    assert done.returncode == 2
    assert done.stderr == (
        f'sosbot: SOSBOT_RATE_PER_MINUTE: "{given}" won\'t work here; give a number from 0.01 '
        "to 6000 (it is 30 if left out) (set in the environment)\n")
    assert not (tmp_path / "bot.db").exists()


# --- a database path with a line break in it ---------------------------------------------------


@pytest.mark.parametrize("how", ["--db", "SOSBOT_DB", ".env"])
def test_a_database_path_with_a_line_break_is_refused_in_one_line(tmp_path: Path,
                                                                   how: str) -> None:
    """A path pasted with a line break in it ("cases\\n.db", from a wrapped email) made a
    second, empty database whose name `ls` showed as two lines, and the commands that found
    no database there said so across two lines. It is refused now, in one line naming the
    setting and showing the break as \\n; no file is made."""
    path = "cases\n.db"
    args = ["chat"] + (["--db", path] if how == "--db" else [])
    env = {**KEYED, **({"SOSBOT_DB": path} if how == "SOSBOT_DB" else {})}
    if how == ".env":
        (tmp_path / ".env").write_text('SOSBOT_DB="cases\\n.db"\n')
    done = sosbot_here(*args, input="", cwd=tmp_path, env=env)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    name = "--db" if how == "--db" else "SOSBOT_DB"
    assert done.stderr.startswith(f"sosbot: {name}: holds a control character (\\n)")
    assert "cases\\n.db" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ([".env"] if how == ".env" else [])


@pytest.mark.parametrize("command", [["purge", "--env-file"], ["export", "KB-1", "-o"]])
def test_a_file_named_with_a_line_break_is_refused_in_one_line(tmp_path: Path,
                                                               command: list[str]) -> None:
    """The same for the settings file `sosbot purge --env-file` reads ("there is no file
    at cases" and "b.env; give the file ..." on two lines), and for the file `sosbot export
    -o` writes a case summary to: it was written, under a name in two lines, and said so
    across two ("Wrote cases" / ".txt (544 bytes)."). Each is refused in one line now."""
    db = tmp_path / "bot.db"
    assert sosbot_here("chat", "--db", str(db), "--flow", "reflection", input="KB-1\n",
                       env=KEYED).returncode == 0
    done = sosbot_here(*command, "cases\n.txt", "--db", str(db), cwd=tmp_path, env=KEYED)
    assert done.returncode != 0
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"sosbot: {command[-1]}: holds a control character (\\n)" in done.stderr
    assert not (tmp_path / "cases\n.txt").exists()


# --- a command typed with a backslash ----------------------------------------------------------


@pytest.mark.parametrize("typed", ["\\back", "/ back", "\uff0f back"])
def test_a_command_typed_askew_is_the_command_in_sosbot_chat(
        tmp_path: Path, typed: str) -> None:
    """At "What have you seen, heard or been told ...?" a practitioner meant to go back and
    typed "\\back" (the key beside the slash), or "/ back" (a phone's autocorrect put a space
    after the slash): it was saved as the answer about the child and the next question came.
    It goes back now; "\\bakc" is offered /back and not saved."""
    db = str(tmp_path / "bot.db")
    done = sosbot_here("chat", "--db", db, "--flow", "reflection",
                       input=f"KB-1\n2\n{typed}\n", env=KEYED)
    assert done.returncode == 0, done.stderr
    after = done.stdout.split("[Question 2 of 8")[-1]
    assert "[Question 1 of 8" in after
    assert "Question 3" not in done.stdout
    done = sosbot_here("chat", "--db", db, input="2\n\\bakc\n", env=KEYED)
    assert "I don't know that command. Did you mean /back?" in done.stdout
    reviewed = sosbot_here("chat", "--db", db, input="/review\n", env=KEYED).stdout
    assert "\\b" not in reviewed


@pytest.mark.e2e
async def test_a_command_typed_with_a_backslash_is_the_command_in_telegram(
        tmp_path: Path) -> None:
    """The same in Telegram, through the real `sosbot run`: "\\skip@otherbot", another bot's
    command typed the other way round, is left alone (it was saved as the answer), and
    "\\back" goes back."""
    async with BotApiServer() as server, sosbot_child("run", cwd=tmp_path,
                            env=run_env(tmp_path / "bot.db", server.root)) as child:
        await start_a_draft(server)
        await at_question_two(server)
        server.send_text(PRACTITIONER, "\\skip@otherbot")
        server.send_text(PRACTITIONER, "\\back")
        await server.wait_for(lambda: server.pending_updates == 0, HANG_GUARD)
        await server.wait_idle(quiet=0.3)
        said = server.texts(PRACTITIONER)
        log = await stop(child)
    assert "Question 1" in said[-1]
    assert not any("Question 3" in t for t in said)
    assert "Traceback" not in log


# --- `sosbot purge` on a full disk -------------------------------------------------------------


def _aged_drafts_and_a_log_to_fold_back(db: Path) -> None:
    """One draft saved by `sosbot chat`, made older than its days; and, as a running bot
    leaves it, a write-ahead log of a megabyte that folding back into the database file needs
    the file to grow by (written by a process that ends without closing, so it stays)."""
    made = sosbot_here("chat", "--db", str(db), "--flow", "reflection",
                       input="KB-1\n2\nkept " + "k" * 1900 + "\n", env=KEYED)
    assert made.returncode == 0, made.stderr
    script = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('CREATE TABLE ballast(x)')\n"
        "c.execute('INSERT INTO ballast VALUES (zeroblob(1000000))')\n"
        "c.commit(); c.close()\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('UPDATE drafts SET updated_at = 0')\n"
        "c.execute('CREATE TABLE filler(x)')\n"
        "c.execute('INSERT INTO filler VALUES (zeroblob(1000000))')\n"
        "c.commit()\n"
        "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", script, str(db)], check=True, timeout=HANG_GUARD)


def test_purge_on_a_full_disk_says_the_drafts_went(tmp_path: Path) -> None:
    """An operator's nightly `sosbot purge` ran as the disk filled. It erased the drafts past
    their days, then failed to fold the write-ahead log back into the database file, and said
    only "Could not clear the write-ahead log ...": the operator took the drafts to be still
    there, and cron's mail said nothing was erased. It now says what it erased, then the disk
    problem and that the erasure stands, and ends with status 1."""
    db = tmp_path / "bot.db"
    _aged_drafts_and_a_log_to_fold_back(db)
    limit = Path(f"{db}-wal").stat().st_size + 300_000  # room for the log, not for the file

    def full() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    done = subprocess.run(sosbot_command("purge", "--db", str(db)), preexec_fn=full,
                          capture_output=True, text=True, env=sosbot_env(), cwd=tmp_path,
                          timeout=120, check=False)
    assert done.returncode == 1
    assert "Erased 1 draft(s)" in done.stdout
    assert done.stderr.startswith("sosbot: Could not clear the write-ahead log")
    assert "The erasure itself was saved" in done.stderr
    assert "Traceback" not in done.stderr
    with contextlib.closing(sqlite3.connect(db)) as saved:
        assert saved.execute("SELECT count(*) FROM drafts").fetchone() == (0,)


# --- headers sent to the webhook a little at a time, never ended ------------------------------

PUBLIC_URL = "https://bot.council.example/telegram/updates"
SECRET = "0123456789abcdef0123"


@pytest.mark.e2e
async def test_a_webhook_connection_whose_headers_never_end_is_closed(tmp_path: Path) -> None:
    """Someone who found SOSBOT_PORT opened connections to `sosbot run --webhook` and sent
    a request's first lines and never the blank line that ends them (slowloris): each stayed
    open for an hour, aiohttp's keep-alive time, and a few hundred held every file the
    service may open, so Telegram's next post could not be taken. Such a connection is closed
    now once SOSBOT_WEBHOOK_IDLE_SECONDS (10 unless set; 1 here) have passed without a
    request begun; the bot still answers."""
    port = free_port()
    env = run_env(tmp_path / "bot.db", "", SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                  SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port),
                  SOSBOT_WEBHOOK_IDLE_SECONDS="1")
    async with BotApiServer() as server:
        env["SOSBOT_API_ROOT"] = server.root
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.webhook, HANG_GUARD)
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
            writer.write(b"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nX-Slow: a")
            await writer.drain()
            ended = await asyncio.wait_for(reader.read(), HANG_GUARD)  # b"" once closed
            writer.close()
            health = await asyncio.to_thread(
                lambda: urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz",
                                               timeout=HANG_GUARD).read())
            log = await stop(child)
    assert ended == b""  # closed with nothing said, not answered
    assert b'"ok": true' in health
    assert "Traceback" not in log


# --- another bot's command pasted into the terminal chat ---------------------------------------


def test_a_command_addressed_to_a_bot_is_not_run_in_sosbot_chat(tmp_path: Path) -> None:
    """A practitioner copied "/skip@otherbot" from a Telegram group into `sosbot chat` at
    "What have you seen, heard or been told ...?": it was run as /skip, for the chat is no
    bot. A command addressed to a bot is now neither run nor saved there, and the chat says
    to send the command on its own."""
    db = str(tmp_path / "bot.db")
    done = sosbot_here("chat", "--db", db, "--flow", "reflection",
                       input="KB-1\n2\n/back@otherbot\n", env=KEYED)
    assert ("/back@otherbot names a bot, and this is the terminal chat, so I haven't acted on "
            "it or saved it. Send /back on its own here.") in done.stdout
    assert "[Question 1 of 8" not in done.stdout.split("[Question 2 of 8")[-1]
    reviewed = sosbot_here("chat", "--db", db, input="/review\n", env=KEYED).stdout
    assert "@otherbot" not in reviewed


# --- a database file marked immutable ----------------------------------------------------------


def test_an_immutable_database_is_not_said_to_need_chmod(tmp_path: Path) -> None:
    """A backup tool (or an operator guarding the file) marked the database immutable with
    `chattr +i`. `sosbot chat` said its permissions (0600) "do not let its owner write to
    it: `chmod u+w ...`": the operator ran that, nothing changed, and the same line came
    back. It now says the permissions allow it, and names the immutable mark and how to
    clear it."""
    db = tmp_path / "bot.db"
    assert sosbot_here("chat", "--db", str(db), "--flow", "reflection", input="KB-1\n",
                       env=KEYED).returncode == 0
    if subprocess.run(["chattr", "+i", str(db)], capture_output=True, check=False).returncode:
        pytest.skip("this file system takes no immutable mark")
    try:
        done = sosbot_here("chat", "--db", str(db), input="/resume\n", env=KEYED)
    finally:
        subprocess.run(["chattr", "-i", str(db)], check=True)
    assert done.returncode == 1
    [said] = done.stderr.splitlines()
    assert "chmod" not in said
    assert "allow it: it may be marked immutable" in said
    assert f"chattr -i {db}" in said
