"""The forty-ninth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, and the last pass's leftovers. Each test of a defect
failed on the code as it was.

Held this pass (tried, nothing to mend):
- settings in the environment ending in a carriage return (a CRLF env file under Docker),
  with a space, a tab or a no-break space at either end: read without it; a token with a
  zero-width space, a full-width colon or "bot" before it, ids in full-width digits, "+4242",
  "0x1092": refused or read as meant; a .env that is a FIFO or a folder: refused in one line;
  lower-case names, `export`, spaces around "=", CR-only lines, a multi-line quoted path:
  read, or refused naming the line;
- `run --webhook` posts with the secret said to be br, zstd (400, plain now), "identity",
  "gzip, gzip", multipart, `Expect: 100-continue`, an Upgrade header or UTF-16: answered,
  nothing logged of them;
- forty-five taps at once on Question 1's choices: one answer, Question 2 once, every tap
  answered ("from an earlier question"), no error;
- `sosbot run` at SOSBOT_LOG_LEVEL=DEBUG through a label, an answer and /review: none of
  the words in the log;
- a reply Telegram did not answer in time: sent again two seconds later, and the answer
  sent again after it filed at the question then shown; SIGTERM while the reply hung: the
  answer saved, the process out in seconds, the question asked at the next message;
- `sosbot chat` piped a 200,000-character label, bytes that are not UTF-8, a NUL, a terminal
  escape and an OSC title, CR-only lines, no final line break: one line each, nothing acted on.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from aiohttp import web

from tests.botapi_server import BotApiServer
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, free_port, sosbot_child, stop
from tests.telegram_world import TEST_KEY, run_env

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}
WRONG_TOKEN = "987654321:WRONG-token-that-is-well-formed_xyz"
PUBLIC_URL = "https://bot.council.example/telegram/updates"
SECRET = "0123456789abcdef0123"


async def _run_once(tmp_path: Path, env: dict[str, str]) -> tuple[int | None, str]:
    """`sosbot run` against the local Bot API server until it stops on its own."""
    async with BotApiServer() as server, sosbot_child("run", cwd=tmp_path,
                            env={**env, "SOSBOT_API_ROOT": server.root}) as child:
        _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    return child.returncode, stderr.decode()


# --- a token Telegram rejects: where it was set -------------------------------------------------


@pytest.mark.e2e
async def test_a_token_telegram_rejects_names_the_line_of_env_that_set_it(
        tmp_path: Path) -> None:
    """"Telegram rejected the token: check TELEGRAM_BOT_TOKEN." sent an operator with a
    .env, a shell's export and a unit's env file to guess which one held the old token. The
    line names where the token was set, as a wrong setting's line does, never the token."""
    (tmp_path / ".env").write_text(f"SOSBOT_LOG_LEVEL=WARNING\nTELEGRAM_BOT_TOKEN={WRONG_TOKEN}\n")
    env = {k: v for k, v in run_env(tmp_path / "bot.db", "").items()
           if k != "TELEGRAM_BOT_TOKEN"}
    status, stderr = await _run_once(tmp_path, env)
    said = stderr.strip().splitlines()[-1]
    assert status == 1
    assert said.startswith("sosbot: Telegram rejected the token: check TELEGRAM_BOT_TOKEN")
    assert "(set in .env, line 2)" in said, said
    assert WRONG_TOKEN.split(":")[1] not in stderr


@pytest.mark.e2e
async def test_a_token_telegram_rejects_under_systemd_names_the_units_env_file(
        tmp_path: Path) -> None:
    env = run_env(tmp_path / "bot.db", "", TELEGRAM_BOT_TOKEN=WRONG_TOKEN,
                  SOSBOT_SETTINGS_FROM="/etc/sosbot/second.env")
    status, stderr = await _run_once(tmp_path, env)
    said = stderr.strip().splitlines()[-1]
    assert status == 1
    assert "(set in the environment, from /etc/sosbot/second.env)" in said, said
    assert WRONG_TOKEN.split(":")[1] not in stderr


# --- a request too malformed to route: a plain 400 ----------------------------------------------


async def _answer(port: int, request: bytes) -> bytes:
    """What the webhook's port sends back to `request`, to the end (it closes after)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(request)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), HANG_GUARD)
    writer.close()
    return answer


MALFORMED = [
    b"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nBad Header: x-secret-word\r\n\r\n",
    b"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nX-Note: x-secret-word\x01\r\n\r\n",
    b"POST /telegram/updates HTTP/9.9\r\nHost: x-secret-word\r\n\r\n",
    b"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nContent-Length: x-secret-word\r\n\r\n",
    b"GET /x-secret-word\xff HTTP/1.1\r\nHost: bot\r\n\r\n",
    b"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nX-A: x-secret-word" + b"a" * 9000
    + b"\r\n\r\n",
    b"POST /telegram/updates HTTP/1.1\r\nHost: bot\r\nTransfer-Encoding: chunked\r\n"
    + f"X-Telegram-Bot-Api-Secret-Token: {SECRET}\r\n\r\n".encode()
    + b"x-secret-word\r\n\r\n",
    b"\x16\x03\x01\x00\x10x-secret-word",
    b"x-secret-word\r\n\r\n",
]


@pytest.mark.e2e
async def test_a_request_too_malformed_to_route_gets_a_plain_400(tmp_path: Path) -> None:
    """A request with a bad header (or a bad version, length, path or chunk) reaching
    SOSBOT_PORT was answered by aiohttp itself: "Server: Python/3.11 aiohttp/3.14.5", and
    a body quoting the line it choked on with a caret under the byte, which tells a prober
    which parser and version it is talking to (and echoes what was sent). Each is now a plain
    400 naming nothing; the log says the kind of failure in one line, no content."""
    port = free_port()
    env = run_env(tmp_path / "bot.db", "", SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                  SOSBOT_WEBHOOK_SECRET=SECRET, SOSBOT_PORT=str(port))
    async with BotApiServer() as server:
        env["SOSBOT_API_ROOT"] = server.root
        async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
            await server.wait_for(lambda: server.webhook, HANG_GUARD)
            answers = [await _answer(port, request) for request in MALFORMED]
            log = await stop(child)
    for request, answer in zip(MALFORMED, answers, strict=True):
        head, _, body = answer.partition(b"\r\n\r\n")
        assert head.split(b" ", 2)[1] == b"400", (request, answer)
        assert body == b"400: Bad Request", (request, answer)
        assert b"server:" not in head.lower(), (request, answer)
        assert b"secret-word" not in answer
    assert child.returncode == 0, log
    assert "secret-word" not in log
    assert "Traceback" not in log


# --- a .env written in a word processor: curly quotation marks ------------------------------------


@pytest.mark.parametrize("value", ["\u201cbot.db\u201d", "\u2018bot.db\u2019", "\u00abbot.db\u00bb",
                                   "\u201ebot.db\u201c"])
def test_a_setting_in_curly_quotation_marks_is_refused_at_its_line(
        tmp_path: Path, value: str) -> None:
    """An operator copied SOSBOT_DB="bot.db" from a council's set-up document, whose word
    processor had curled the quotation marks: the bot made and used a database named
    “bot.db”, quotes and all, beside the one the backups take, and said nothing. Curly
    marks are refused as straight ones kept by Docker are: one line naming the setting and
    the line, nothing made."""
    (tmp_path / ".env").write_text(f"SOSBOT_DRAFT_DAYS=7\nSOSBOT_DB={value}\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_DB: is in curly quotation marks (a word "
                           "processor's or a web page's)"), said
    assert said.endswith("(set in .env, line 2)"), said
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


# --- a comment at the end of a line of systemd's env file ---------------------------------------


@pytest.mark.parametrize(("name", "value"), [
    ("SOSBOT_DB", "bot.db  # the database"),
    ("SOSBOT_DATABASE_URL", "sqlite:///cases.db # the cases"),
    ("SOSBOT_DRAFT_DAYS", "7 # a week"),
])
def test_a_comment_kept_in_a_value_by_systemd_is_refused_saying_so(
        tmp_path: Path, name: str, value: str) -> None:
    """An operator wrote `SOSBOT_DB=/var/lib/sosbot/bot.db  # the database` in main.env, as
    .env takes it: systemd (and Docker's --env-file) take only whole lines starting with #
    as comments, so the bot made and used a database named "bot.db  # the database", and the
    backups took the other. Refused now in one line naming the setting and the file."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env={
        **KEYED, name: value, "SOSBOT_SETTINGS_FROM": "/etc/sosbot/main.env"})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith(f"sosbot: {name}: has a comment after it"), said
    assert said.endswith("(set in the environment, from /etc/sosbot/main.env)"), said
    assert list(tmp_path.iterdir()) == []


# --- an invisible character pasted into a path ------------------------------------------------


@pytest.mark.parametrize(("value", "shown"), [
    ("bot.db\u200b", "\\u200b"), ("\ufeffbot.db", "\\ufeff"), ("bot\u200e.db", "\\u200e")])
def test_a_path_holding_an_invisible_character_is_refused_showing_it(
        tmp_path: Path, value: str, shown: str) -> None:
    """SOSBOT_DB copied from a chat message or a web page carried a zero-width space (or a
    byte-order mark, or a direction mark): the bot made and used a new, empty database whose
    name lists exactly as "bot.db", beside the real one, and said nothing. Refused now, as a
    control character is, the character shown as its code."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, "SOSBOT_DB": value})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith(f"sosbot: SOSBOT_DB: holds an invisible character ({shown})"), said
    assert list(tmp_path.iterdir()) == []
    given = sosbot_here("chat", "--db", value, "--flow", "reflection", input="KB-1\n",
                        cwd=tmp_path, env=KEYED)
    assert given.returncode != 0
    assert f"--db: holds an invisible character ({shown})" in given.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_sqlite_url_holding_an_invisible_character_is_refused_showing_it(
        tmp_path: Path) -> None:
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, "SOSBOT_DATABASE_URL": "sqlite:///bot.db\u200b"})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_DATABASE_URL: holds an invisible character "
                           "(\\u200b)"), said
    assert list(tmp_path.iterdir()) == []


# --- a variable set nowhere, named in .env ------------------------------------------------------


def test_a_variable_set_nowhere_named_in_env_is_refused_at_its_line(tmp_path: Path) -> None:
    """.env's `SOSBOT_DB=${STATE_DIRECTORY}/bot.db`, copied from a unit where systemd sets
    that variable, read by `sosbot invite` in a shell where nothing sets it: the variable
    was read as nothing, and the invite went into a new database at /bot.db, unseen. A
    variable set neither in the environment nor above in the file is refused now, naming
    the line and the variable (never a value). (The test's is relative, so that the
    code as it was made its database here, not at /.)"""
    (tmp_path / ".env").write_text("SOSBOT_DRAFT_DAYS=7\nSOSBOT_DB=${CASES_FOLDER}cases.db\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: .env, line 2: SOSBOT_DB names ${CASES_FOLDER}, which is "
                           "set neither in the environment nor above it in .env"), said
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]
    (tmp_path / ".env").write_text("CASES_FOLDER=here-\nSOSBOT_DB=${CASES_FOLDER}cases.db\n"
                                   "SOSBOT_KEY_FILE=${KEYS:-sosbot}.key\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "here-cases.db").exists()


@pytest.mark.parametrize("line", ["SOSBOT_DB==bot.db", "SOSBOT_DB= =bot.db"])
def test_a_setting_with_its_equals_sign_typed_twice_is_refused(tmp_path: Path, line: str) -> None:
    """`SOSBOT_DB==bot.db` (the = typed twice) made and used a database named "=bot.db",
    beside the real one, and said nothing. Refused now, naming the line."""
    (tmp_path / ".env").write_text(f"SOSBOT_DRAFT_DAYS=7\n{line}\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith('sosbot: SOSBOT_DB: starts with "=" (typed twice?)'), said
    assert said.endswith("(set in .env, line 2)"), said
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


# --- a web page where the Bot API should be -----------------------------------------------------


@pytest.mark.e2e
async def test_a_web_page_answering_for_telegram_is_not_blamed_on_the_token(
        tmp_path: Path) -> None:
    """A council's network put its Wi-Fi sign-in page (or a proxy its error page, "200 OK")
    in front of every address: `sosbot run` stopped with "Telegram refused to start the bot
    (Invalid server response); check TELEGRAM_BOT_TOKEN.", and the operator asked
    @BotFather for a new token, which changed nothing. The line says something other than
    Telegram answered, and to check the address and the network."""
    async def page(request: web.Request) -> web.Response:
        return web.Response(text="<html><body>Sign in to Council Wi-Fi</body></html>",
                            content_type="text/html")
    portal = web.Application()
    portal.router.add_route("*", "/{anything:.*}", page)
    runner = web.AppRunner(portal)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        env = run_env(tmp_path / "bot.db", f"http://127.0.0.1:{port}")
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    finally:
        await runner.cleanup()
    said = stderr.decode().strip().splitlines()[-1]
    assert child.returncode == 1
    assert said.startswith(f"sosbot: What answered at http://127.0.0.1:{port} is not "
                           "Telegram's Bot API"), said
    assert "TELEGRAM_BOT_TOKEN" not in said
    assert "Sign in" not in stderr.decode()


@pytest.mark.parametrize(("value", "mark"), [
    ('bot.db"', '"'), ("`bot.db`", "`"), ("\u201cbot.db", "\u201c"), ("bot.db\u201d", "\u201d")])
def test_a_setting_with_a_stray_quotation_mark_is_refused_at_its_line(
        tmp_path: Path, value: str, mark: str) -> None:
    """`SOSBOT_DB=bot.db"` (a quotation mark left when the first was deleted), a path in
    backticks copied from a wiki, or one curly mark: a database named with the mark was
    made and used beside the real one, unseen. Refused now, naming the mark and the line."""
    (tmp_path / ".env").write_text(f"SOSBOT_DRAFT_DAYS=7\nSOSBOT_DB={value}\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith(f"sosbot: SOSBOT_DB: starts or ends with a quotation mark ({mark})"), \
        said
    assert said.endswith("(set in .env, line 2)"), said
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


@pytest.mark.parametrize("value", ["4242 4343", "4242,4343 4444", "123 456 789"])
def test_ids_separated_by_spaces_are_refused_saying_a_comma_goes_between_them(
        tmp_path: Path, value: str) -> None:
    """SOSBOT_ALLOWED_USERS="4242 4343" was refused with "entry 1 of 1 is not", and the
    operator looked for a wrong digit. Still refused (a space is no separator: "123 456 789"
    may be one id written in groups, and read as three it would let strangers in), saying
    that a comma goes between two ids."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, "SOSBOT_ALLOWED_USERS": value})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_ALLOWED_USERS: must be numeric Telegram user ids "
                           "separated by commas;"), said
    assert said.endswith("is not (a space is no separator: put a comma between two ids) "
                          "(set in the environment)"), said
    assert list(tmp_path.iterdir()) == []
