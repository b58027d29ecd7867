"""The forty-eighth pass's attacks on the real `sosbot run` (polling the local Bot API
server, and webhook mode) and `sosbot chat`, and the last pass's operations leftovers. Each
test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- `sosbot chat` answers holding a terminal's escape, a right-to-left override, a zero-width
  space and HTML: shown without the escape and the override, nothing acted on;
- `sosbot chat` under a file-size limit (RLIMIT_FSIZE, SIGXFSZ ignored, so writes fail as
  on a full disk) of 8 KB to 40 KB: one line naming the database and the limit, the answer
  not saved and not quoted, the chat stopped there;
- a running `sosbot run` sent forged button presses (another question's choice, 5,000
  characters, a lone surrogate, a NUL, another draft's, an unknown tool's, a label with a
  direction override): "from an earlier question" or not found, nothing changed, no log;
  an answer of 5,398 characters of HTML, MarkdownV2 and bidi marks: refused with its
  length, nothing saved; forty answers sent at once at a free-text question: the first
  saved, each other asked about in turn at the next question, then the flood notice;
- a colleague joining with a Telegram name of HTML, Markdown, an override, a zero-width
  space and 100 characters: escaped and cut in the maker's notice and in /members;
- a member who is no admin forging the team's buttons (remove, confirm a removal, hand a
  leaver's drafts, invite, a handover or share naming herself): "Only an admin can do
  that", or told to open the draft first; nothing handed, nobody removed.
- `sosbot run` on the database a `sosbot chat` holds, named through a link to its folder,
  as an absolute path with "/./" in it, or by a hard link's other name: refused in one line;
- left: a token Telegram rejects is said as "check TELEGRAM_BOT_TOKEN." without where it
  was set (README quotes that line as it is; every instance shares the one token).
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import TEST_KEY, run_env, start_a_draft

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}
TOKEN = {"TELEGRAM_BOT_TOKEN": "123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}
PUBLIC_URL = "https://bot.council.example/telegram/updates"


# --- a webhook setting missing: which file to fill ------------------------------------------------


def test_a_missing_webhook_secret_under_systemd_names_the_env_file_to_fill(
        tmp_path: Path) -> None:
    """`sosbot@main` stopped with "SOSBOT_WEBHOOK_SECRET: missing; set a random secret ..."
    and nothing said where: main.env, second.env, .env or a unit's Environment= line. The
    file the unit reads its settings from is named now, as it is for a wrong secret."""
    done = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **KEYED, **TOKEN, "SOSBOT_WEBHOOK_URL": PUBLIC_URL, "SOSBOT_DB": str(tmp_path / "b.db"),
        "SOSBOT_SETTINGS_FROM": "/etc/sosbot/main.env"})
    assert done.returncode == 2
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_WEBHOOK_SECRET: missing; set a random secret")
    assert said.endswith("(set it in /etc/sosbot/main.env)")


def test_a_webhook_secret_left_empty_in_env_is_named_at_its_line(tmp_path: Path) -> None:
    """main.env.example's `SOSBOT_WEBHOOK_SECRET=` left as it is: the line is named."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=b.db\nSOSBOT_WEBHOOK_URL={PUBLIC_URL}\n"
                                   "SOSBOT_WEBHOOK_SECRET=\n")
    done = run_sosbot("run", "--webhook", cwd=tmp_path, env={**KEYED, **TOKEN})
    assert done.returncode == 2
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_WEBHOOK_SECRET: missing; set a random secret")
    assert said.endswith("(empty in .env, line 3)")


def test_missing_webhook_settings_with_no_settings_file_say_where_they_go(
        tmp_path: Path) -> None:
    done = run_sosbot("run", "--webhook", cwd=tmp_path,
                      env={**KEYED, **TOKEN, "SOSBOT_DB": str(tmp_path / "b.db")})
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert [line.split(":")[1].strip() for line in lines] == [
        "SOSBOT_WEBHOOK_URL", "SOSBOT_WEBHOOK_SECRET"]
    for line in lines:
        assert line.endswith("(set it in .env in the folder sosbot starts in, or in the "
                             "environment)"), line


def test_a_missing_token_under_systemd_names_the_env_file_not_dot_env(tmp_path: Path) -> None:
    """"put it in .env" sent the operator of `sosbot@second` to a file the unit never reads."""
    done = run_sosbot("run", cwd=tmp_path, env={
        **KEYED, "SOSBOT_DB": str(tmp_path / "b.db"),
        "SOSBOT_SETTINGS_FROM": "/etc/sosbot/second.env"})
    assert done.returncode == 2
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: TELEGRAM_BOT_TOKEN: missing. Ask @BotFather for a token")
    assert "put it in /etc/sosbot/second.env" in said
    assert ".env (see" not in said


# --- both SOSBOT_DB and SOSBOT_DATABASE_URL ------------------------------------------------------


BOTH = "SOSBOT_DB=bot.db\nSOSBOT_LOG_LEVEL=WARNING\nSOSBOT_DATABASE_URL=sqlite:///other.db\n"
BOTH_SAID = ("SOSBOT_DATABASE_URL (set in .env, line 3) is the database used; SOSBOT_DB (set "
             "in .env, line 1) is not read while it is set")


@pytest.mark.e2e
async def test_a_bot_given_both_database_settings_says_which_it_uses(tmp_path: Path) -> None:
    """main.env.example sets SOSBOT_DB, and the README's PostgreSQL steps add
    SOSBOT_DATABASE_URL: the bot used the URL and said nothing, and an operator backed up
    (or, moving back to SQLite, pointed SOSBOT_DB at) the file the bot never read. Not
    refused (every council on PostgreSQL set up from the example has both): one warning at
    start names both lines, the one used and why."""
    (tmp_path / ".env").write_text(BOTH)
    env = {k: v for k, v in run_env(tmp_path / "unused.db", "").items() if k != "SOSBOT_DB"}
    async with BotApiServer() as server:
        env["SOSBOT_API_ROOT"] = server.root
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            await start_a_draft(server)
            log = await stop(child)
    assert child.returncode == 0, log
    [said] = [line for line in log.splitlines() if "SOSBOT_DB" in line]
    assert "WARNING" in said
    assert BOTH_SAID in said
    assert (tmp_path / "other.db").exists()
    assert not (tmp_path / "bot.db").exists()


def test_a_command_given_both_database_settings_says_which_it_uses(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(BOTH)
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 0, done.stderr
    [said] = [line for line in done.stderr.splitlines() if "SOSBOT_DB" in line]
    assert said.startswith("sosbot: " + BOTH_SAID)
    given = sosbot_here("chat", "--db", "mine.db", "--flow", "reflection", input="KB-1\n",
                        cwd=tmp_path, env=KEYED)
    assert "SOSBOT_DB" not in given.stderr  # --db chose: neither setting is read


# --- a setting in .env overridden by the environment ---------------------------------------------


def test_a_setting_in_env_overridden_by_the_environment_is_said(tmp_path: Path) -> None:
    """An operator ran `sosbot invite` in /var/lib/sosbot, whose .env names the bot's
    database, from a shell where `export SOSBOT_DB=test.db` was left from trying it out: the
    link went into test.db, and the colleague was told it could not be used. The
    environment's value is still used (a container's -e is meant to win over a .env), and
    now said, naming the line it wins over (never either value: a line may hold the token)."""
    (tmp_path / ".env").write_text("SOSBOT_DRAFT_DAYS=7\nSOSBOT_DB=real.db\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, "SOSBOT_DB": "test.db", "SOSBOT_DRAFT_DAYS": "7"})
    assert done.returncode == 0, done.stderr
    [said] = [line for line in done.stderr.splitlines() if "SOSBOT_" in line]
    assert said == ("sosbot: SOSBOT_DB is set in the environment and in .env, line 2, to "
                    "different values: the environment's is used; unset it there (or make "
                    "the two agree) if .env's is the one you mean.")
    assert (tmp_path / "test.db").exists()
    assert not (tmp_path / "real.db").exists()


# --- the webhook's port in use: which file sets it -----------------------------------------------


@pytest.mark.e2e
async def test_a_webhook_port_in_use_names_the_env_file_that_sets_it(tmp_path: Path) -> None:
    """The README's second instance is a copy of main.env with another SOSBOT_PORT; an
    operator who forgot to change it in second.env was told "SOSBOT_PORT: 8080 is in use by
    another program", and looked in main.env, where it was right. The line names where the
    port was set, as a wrong value's line does."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        async with BotApiServer() as server:
            env = run_env(tmp_path / "bot.db", server.root, SOSBOT_WEBHOOK_URL=PUBLIC_URL,
                          SOSBOT_WEBHOOK_SECRET="0123456789abcdef0123", SOSBOT_PORT=str(port),
                          SOSBOT_SETTINGS_FROM="/etc/sosbot/second.env")
            async with sosbot_child("run", "--webhook", cwd=tmp_path, env=env) as child:
                _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    said = stderr.decode().strip().splitlines()[-1]
    assert child.returncode != 0
    assert said.startswith(f"sosbot: SOSBOT_PORT: {port} is in use by another program"), said
    assert said.endswith("(set in the environment, from /etc/sosbot/second.env)"), said


def test_both_database_settings_naming_one_file_are_not_said(tmp_path: Path) -> None:
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_DATABASE_URL=sqlite:///"
                                   f"{tmp_path / 'bot.db'}\n")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path, env=KEYED)
    assert done.returncode == 0, done.stderr
    assert "SOSBOT_DB" not in done.stderr
