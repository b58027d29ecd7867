"""The fifty-third pass's attacks on the real `sosbot run` (polling the local Bot API
server, and with --webhook) and `sosbot chat`, and the settings an operator writes for
them. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- polling (the real Application against the local Bot API server, at DEBUG, a canary in
  every field): channel posts and their edits, a reaction, an inline query and its chosen
  result, shipping and pre-checkout queries, a poll and a poll answer, the bot blocked
  (my_chat_member), a join request, a business message, a private chat whose id is negative
  or another user's, a group message, an update id of 2**62: nothing answered, stored or
  logged but "private chats only" for the group; a caption with entities and markup, a
  document named "<b>x</b>.pdf", a voice note, an album with a caption on each photo, an
  edited caption, a forwarded story, a venue, dice and a checklist: said as not read, the
  words quoted as plain text; presses with data of 100 accented letters, empty, a NUL and a
  line break, a game's short name, or from an inline message: the stale notice;
- a message with no sender, a sender chat, via another bot, a quote of an external reply,
  text links to javascript:, a bot_command entity in the middle, of length 0 or past the
  text, a /review with no entity, dates 0 and three years ahead, message ids negative and
  of 2**62: each read as typed or refused; no error logged, no call Telegram would refuse;
- every command with '<b>Zed</b> &amp; <a href="x">' after it (/share, /handover, /invite,
  /resume, /cancel, /export, /summary, /review, /continue, /new, /edit, /delete, /members,
  /help, /start, /back): what is said back is escaped, or sent without parse mode;
- the webhook (the real `sosbot run --webhook` at DEBUG): GET, HEAD, OPTIONS, a query, a
  path with "..", %75, "//" or a trailing slash, text/plain, Content-Length twice or beside
  chunking, HTTP/1.0, Expect: 100-continue for 50 MB, charsets latin-1, UTF-16 and made up,
  a BOM, NaN, 1e400, a 4,371-digit id, arrays and objects nested 50,000 deep, a key named
  twice, ids float, boolean, negative and 0, a lone surrogate, a NUL in a key: 4xx or
  handled, one line naming a kind, nothing of the body logged, the bot answering after;
- `sosbot chat` piped escape sequences (colours, a window title, a hyperlink, clear screen)
  and a right-to-left override in the label and an answer: none reach the terminal; U+FFFF,
  U+FFFE and U+10FFFF in an answer: the .docx, .html and .txt exports made; commands after
  a zero-width space, a word joiner, a BOM, a left-to-right mark or a no-break space, and
  with a full-width solidus: read as the command; a label "../../evil": the export's file
  stays in the folder given;
- settings: a token with spaces around it, quoted with one, CRLF line ends, a BOM, "export "
  before the name, spaces around "=": taken; a "bot" prefix, the getMe URL pasted, a space
  inside: refused naming the line. A key file with CRLF, a BOM, a comment line, spaces
  around the key, mode 400: taken; a FIFO, a folder, /dev/zero, /dev/null, empty, a line
  "SOSBOT_DATA_KEY=...", a symbolic link to a mode-644 file: refused in one line naming it
  (and its line). Escape sequences in a number, a name, SOSBOT_ALLOWED_USERS, the log
  level, the webhook URL and the port: one line each naming the file and line, the value
  shown with its codes, never the key or the token. `sosbot chat >&-`, `<&-`, `2>&-` and
  `>/dev/full`: one line each, or the chat as with empty input.
- left: a .env that other users can read and that holds secrets is said at each start (as
  below), not refused as a key file so readable is: refusing it would stop a bot already
  running that way at its next restart. `sosbot keys list`, `flows list` and `invite
  --list` with standard output closed print nothing and end with 0: nothing is made or
  lost, left as it is. An album whose
  photos each carry words, sent after another photo's note, gets a note per photo (its
  one-note rule starts from the album's own first photo): rare, left.
"""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.test_attacks_thirteenth import run_closed

KEY = "k1:" + base64.b64encode(bytes(range(32))).decode()
TOKEN = "123456789:" + "a" * 35
PASSWORD = "pw-not-shown-53"
SERVER = f"postgresql://sosbot:{PASSWORD}@127.0.0.1:1"


def started_with(url: str, command: str, folder: Path) -> list[str]:
    """The lines `sosbot COMMAND` says on standard error with `url` as SOSBOT_DATABASE_URL
    on line 3 of its .env, the password nowhere in what it says."""
    (folder / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nSOSBOT_DATA_KEY={KEY}\n"
                                 f"SOSBOT_DATABASE_URL={url}\n")
    (folder / ".env").chmod(0o600)  # it holds the data key
    start = run_sosbot if command == "run" else sosbot_here  # `run`: a process of its own
    result = start(command, cwd=folder, input="", env={
        "HOME": str(folder), "SOSBOT_API_ROOT": "http://127.0.0.1:9"})
    assert result.returncode != 0
    assert PASSWORD not in result.stdout + result.stderr
    return [line for line in result.stderr.splitlines() if "ALLOWED_USERS" not in line]


# --- a PostgreSQL URL with a mistake the driver read as it connected -------------------------

IN_THE_URL = [
    (f"{SERVER},127.0.0.2:5432,/sosbot",
     "lists an empty server: a comma with no server before or after it (\"db1,,db2\", or one "
     "left at the end); take it out"),
    (f"{SERVER}/sosbot?host=db1,,db2",
     "lists an empty server: a comma with no server before or after it (\"db1,,db2\", or one "
     "left at the end); take it out"),
    (f"{SERVER}/sosbot?sslmode=verify-ful",
     "has sslmode=verify-ful, which is not one of disable, allow, prefer, require, verify-ca, "
     "verify-full; correct it"),
    (f"{SERVER}/sosbot?target_session_attrs=master",
     "has target_session_attrs=master, which is not one of any, primary, standby, "
     "prefer-standby, read-write, read-only; correct it"),
    (f"{SERVER}/sosbot?sslmode=verify-full&sslrootcert=/etc/ssl/council-ca.pem",
     "has sslrootcert=/etc/ssl/council-ca.pem, a file that does not exist here "
     "(sslmode=verify-full reads it); give the certificate's or key's path, or put it there"),
    (f"{SERVER}/sosbot?sslmode",
     "has options after \"?\" that cannot be read: write each as name=value, joined by &"),
]


@pytest.mark.parametrize("command", ["run", "chat"])
@pytest.mark.parametrize(("url", "said"), IN_THE_URL,
                         ids=["comma left at the end", "empty host option", "sslmode typo",
                              "libpq's old attrs word", "certificate not there",
                              "option without a value"])
def test_a_database_url_the_driver_cannot_use_is_one_line_naming_its_line(
        tmp_path: Path, command: str, url: str, said: str) -> None:
    """An operator listing a standby left a comma at the end of the servers: `sosbot run`
    said "stopped by an unexpected IndexError" and `sosbot chat` printed a traceback. A
    mistyped sslmode, or libpq's old "master" for target_session_attrs, was "see the
    server's log", which the server never heard of; a CA certificate not yet copied to the
    server was "the server cannot be reached; check the host and port"; and `?sslmode` with
    no value "cannot be read: check its host, port and database name". Now each is one line
    naming the setting, what is wrong in it, and the line of .env it is on."""
    assert started_with(url, command, tmp_path) == [
        f"sosbot: SOSBOT_DATABASE_URL: {said} (set in .env, line 3)"]


def test_a_db_option_with_an_empty_server_is_one_line(tmp_path: Path) -> None:
    result = sosbot_here("export", "KB-1", "--db", f"{SERVER},/sosbot", cwd=tmp_path,
                         env={"SOSBOT_DATA_KEY": KEY})
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "sosbot: --db: lists an empty server: a comma with no server before or after it "
        "(\"db1,,db2\", or one left at the end); take it out."]


def test_a_url_whose_tls_files_are_unread_at_the_default_mode_is_taken(tmp_path: Path) -> None:
    """A certificate named for sslmode=disable is never read, so it is no mistake to name
    one that is not there: the start goes on to the database (which is not there)."""
    lines = started_with(f"{SERVER}/sosbot?sslmode=disable&sslrootcert=/nowhere/ca.pem",
                         "chat", tmp_path)
    assert len(lines) == 1
    assert "the server cannot be reached" in lines[0], lines


@pytest.mark.parametrize(("url", "advice"), [
    # no sslrootcert: the driver looks for ~/.postgresql/root.crt, which is not there
    (f"{SERVER}/sosbot?sslmode=verify-ca",
     "the database URL's options (or a PG... variable) are not ones it can use (root "
     "certificate file"),
    # a file that is there, and not a certificate
    (f"{SERVER}/sosbot?sslmode=verify-full&sslrootcert={{folder}}/ca.pem",
     "TLS failed: check the certificate and key files the database URL names (sslrootcert, "
     "sslcert, sslkey) and the server's certificate"),
], ids=["no root.crt", "not a certificate"])
def test_a_tls_setting_the_driver_refuses_is_not_blamed_on_the_server(
        tmp_path: Path, url: str, advice: str) -> None:
    """These reach the driver, which refuses them before it connects: the line said "see the
    server's log" and "the server cannot be reached; check that it is running, and the host
    and port", sending the operator to a server that was never asked."""
    (tmp_path / "ca.pem").write_text("not a certificate\n")
    [line] = started_with(url.format(folder=tmp_path), "chat", tmp_path)
    assert advice in line
    assert "server's log" not in line
    assert "cannot be reached" not in line


# --- `sosbot export` and `sosbot invite` started with standard output closed -----------------


def a_terminal_draft(folder: Path) -> Path:
    db = folder / "e.db"
    made = sosbot_here("chat", "--flow", "reflection", "--db", str(db), cwd=folder,
                       input="KB-1\nSchool or college\nSeen a bruise on her arm\n")
    assert made.returncode == 0, made.stderr
    return db


def test_an_export_to_a_file_from_a_script_with_its_output_closed_is_written(
        tmp_path: Path) -> None:
    """A nightly script started `sosbot export KB-1 -o notes.txt` with its standard output
    closed (`>&-`): the command ended in a traceback (AttributeError) and wrote nothing,
    though its output goes to the file. Now the file is written, as without `>&-`."""
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, ">&-", "export", "KB-1", "--db", str(db), "-o", "notes.txt")
    assert result.returncode == 0, result.stderr
    assert result.stderr.decode().splitlines() == [
        f"Wrote notes.txt ({(tmp_path / 'notes.txt').stat().st_size:,} bytes)."]
    assert "Seen a bruise on her arm" in (tmp_path / "notes.txt").read_text()


def test_an_export_to_a_closed_standard_output_says_so_in_one_line(tmp_path: Path) -> None:
    db = a_terminal_draft(tmp_path)
    result = run_closed(tmp_path, ">&-", "export", "KB-1", "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "sosbot: standard output is closed, so the summary has nowhere to go; give -o FILE to "
        "write it to a file. Nothing was written."]


def test_an_invite_with_standard_output_closed_makes_no_link_nobody_sees(
        tmp_path: Path) -> None:
    """`sosbot invite >&-` made an invite, good for a week, whose link went nowhere, and
    ended with status 0: the operator, seeing no link, made another. Now nothing is made."""
    db = tmp_path / "bot.db"
    result = run_closed(tmp_path, ">&-", "invite", "--db", str(db))
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "sosbot: standard output is closed, so the new link would be shown to no one; no "
        "invite was made."]
    assert not db.exists()


# --- a settings file holding a secret that other users can read ------------------------------


@pytest.mark.parametrize("command", ["run", "chat"])
def test_a_dot_env_holding_the_data_key_that_others_can_read_is_said(
        tmp_path: Path, command: str) -> None:
    """An operator followed the README: `cp .env.example .env`, then the token and the data
    key put in it. The copy is mode 644 under the usual umask, so every user of the server
    could read the key that opens every answer, and the bot's token, without a word said,
    though a key file so readable is refused. Now each start says so, naming the file, what
    it holds (never the values) and the chmod that mends it; at mode 600, nothing is said."""
    env = tmp_path / ".env"
    env.write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nSOSBOT_DATA_KEY={KEY}\n")
    env.chmod(0o644)
    said = (".env sets SOSBOT_DATA_KEY and TELEGRAM_BOT_TOKEN and can be read by other users "
            "(mode 644); run `chmod 600 .env`, as a key file must be.")
    start = run_sosbot if command == "run" else sosbot_here
    settings = {"HOME": str(tmp_path), "SOSBOT_API_ROOT": "http://127.0.0.1:9"}
    told = start(command, cwd=tmp_path, input="/quit\n", env=settings)
    assert said in told.stderr
    assert KEY.partition(":")[2] not in told.stderr + told.stdout
    assert TOKEN.partition(":")[2] not in told.stderr + told.stdout
    env.chmod(0o600)
    quiet = start(command, cwd=tmp_path, input="/quit\n", env=settings)
    assert "can be read by other users" not in quiet.stderr
