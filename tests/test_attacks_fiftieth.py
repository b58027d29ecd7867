"""The fiftieth pass's attacks on the real `sosbot run` (polling the local Bot API server,
and webhook mode) and `sosbot chat`, and the last pass's leftover. Each test of a defect
failed on the code as it was.

What systemd's EnvironmentFile does with "#" (src/basic/env-file.c, as systemd.exec says):
a comment is a line whose first character past any blank is "#" or ";"; anywhere else "#"
is part of the value. Unquoted, `SOSBOT_DB=/srv/team #2/bot.db` is that path, spaces
inside kept, those at the end dropped; in quotation marks, the same; a backslash keeps the
character after it. After a closing quotation mark the blanks are dropped and the rest is
added to the value: `SOSBOT_DB="/srv/bot.db"  # the database` is "/srv/bot.db# the
database". So the bot sees the same value for a folder truly named "team #2", written
either way, and no trace of how the line was written: a comment is told from a name by
whether the folder it would be part of is there (never the file's own name: an older
sosbot made files named after comments).

Held this pass (tried, nothing to mend):
- PostgreSQL 15: a role that does not own its database (no CREATE on schema public), a
  database that does not exist, a password holding # @ / ? unencoded and percent-encoded:
  each said in one line naming what to do, the password never shown;
- a supergroup's topic, a group migrated to a supergroup, a join request, a story, paid
  media, an external reply with a quote, a link preview's options and a message effect:
  "private chats only", "text only", or read as typed; no traceback;
- "/ｓｋｉｐ" (full-width) and "/SKIP" were already /skip; a Cyrillic word after a slash
  ("/привет") stays an answer;
- an answer of 370 joined family emoji, and one of emoji, flags and accented letters,
  in a summary past Telegram's 4,096: split between characters as they show;
- `sosbot chat | head -1`, PYTHONIOENCODING=ascii and LC_ALL=C with emoji typed, and
  COLUMNS=20: one line said, "?" for what cannot be shown, nothing wraps;
- names with a direction override, an isolate, a Hangul filler or a tag character: shown
  without them (or as "your colleague");
- `run --webhook` posts with the secret header twice (the first one read, as aiohttp
  reads any header), in lower case, padded with spaces, two secrets joined by a comma,
  empty, one character short or long or not ASCII, and a body naming update_id twice:
  403 for each wrong one (compared in constant time), nothing of the body logged.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.teams.invites import invite_colleague
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, run_env
from tests.test_telegram_handlers import USER, Bot, bot

__all__ = ["bot"]  # the fixture

KEYED = {"SOSBOT_DATA_KEY": TEST_KEY}
UNIT = {"SOSBOT_SETTINGS_FROM": "/etc/sosbot/main.env"}


# --- " #" in a value systemd hands over -------------------------------------------------------


@pytest.mark.parametrize("folder", ["team #2", "Team #2 (Leeds)"])
def test_a_folder_truly_named_with_a_hash_given_by_systemd_is_read(
        tmp_path: Path, folder: str) -> None:
    """`SOSBOT_DB=/srv/team #2/bot.db` (or in quotation marks) in main.env: systemd hands
    over "/srv/team #2/bot.db", the folder the council made. The check for a comment left
    after a value refused it ("has a comment after it"), with nothing the operator could
    write in main.env to get past it. Read now, since the folder is there."""
    (tmp_path / folder).mkdir()
    db = tmp_path / folder / "bot.db"
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                      env={**KEYED, **UNIT, "SOSBOT_DB": str(db)})
    assert "comment" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert db.is_file()


def test_a_sqlite_url_into_a_folder_truly_named_with_a_hash_is_read(tmp_path: Path) -> None:
    (tmp_path / "team #2").mkdir()
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, **UNIT,
                           "SOSBOT_DATABASE_URL": f"sqlite:///{tmp_path}/team #2/bot.db"})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "team #2" / "bot.db").is_file()


@pytest.mark.parametrize(("name", "value"), [
    ("SOSBOT_DB", "bot.db# the database"),
    ("SOSBOT_DB", "/var/lib/sosbot/bot.db#\tthe database"),
    ("SOSBOT_DATABASE_URL", "sqlite:///cases.db# the cases"),
    ("SOSBOT_DRAFT_DAYS", "7# a week"),
])
def test_a_comment_after_a_quoted_value_as_systemd_joins_it_is_refused(
        tmp_path: Path, name: str, value: str) -> None:
    """`SOSBOT_DB="bot.db"  # the database` in main.env, quoted as a shell would have it:
    systemd drops the blanks after the closing mark and adds the rest to the value, and the
    bot made and used a database named "bot.db# the database", unseen (a number setting was
    said not to be a number, nothing of the comment). Refused as a comment now."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, **UNIT, name: value})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith(f"sosbot: {name}: has a comment after it"), said
    assert said.endswith("(set in the environment, from /etc/sosbot/main.env)"), said
    assert list(tmp_path.iterdir()) == []


def test_a_hash_in_a_folder_that_is_not_there_is_refused_saying_both(tmp_path: Path) -> None:
    """With no folder "team #2", the " #" is as likely a comment as a name: refused, the
    line saying a folder of that name is read once it is there."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, **UNIT, "SOSBOT_DB": f"{tmp_path}/team #2/bot.db"})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith("sosbot: SOSBOT_DB: has a comment after it"), said
    assert 'a folder whose name holds " #" is read as named once it is there' in said, said
    assert list(tmp_path.iterdir()) == []


def test_a_data_key_with_a_comment_after_it_is_read_as_its_key_file_is(tmp_path: Path) -> None:
    """The data key's own reading takes "#" on as a comment, on each line, as a key file's
    does ("ktest:... # made in May"): from main.env, through systemd, it was refused as a
    comment systemd keeps, though the key was read exactly. Read now."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**UNIT, "SOSBOT_DATA_KEY": f"{TEST_KEY}  # made in May"})
    assert done.returncode == 0, done.stderr
    assert "comment" not in done.stderr, done.stderr
    assert (tmp_path / "sosbot.db").is_file()


def test_an_env_file_whose_path_systemd_and_dotenv_read_apart_is_refused(
        tmp_path: Path) -> None:
    """With the folder "team #2" read now under systemd, `SOSBOT_DB=.../team #2/bot.db`
    written without quotation marks in main.env was the bot's database; `sosbot invite
    --env-file main.env`, whose reader takes " #" on as a comment, made a new database at
    ".../team" for the invite, and the colleague's link did not work. Refused now, naming
    the line, saying to quote the value (which both read alike); quoted, it is read."""
    folder = tmp_path / "team #2"
    folder.mkdir()
    made = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, "SOSBOT_DB": str(folder / "bot.db")})
    assert made.returncode == 0, made.stderr
    env_file = tmp_path / "main.env"
    env_file.write_text(f"SOSBOT_DATA_KEY={TEST_KEY}\nSOSBOT_DB={folder}/bot.db\n")
    done = sosbot_here("invite", "--env-file", str(env_file), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith(f"sosbot: --env-file: {env_file}, line 2: SOSBOT_DB holds \" #\" "
                           "outside quotation marks"), said
    assert "quotation marks" in said.rpartition(";")[2], said
    assert sorted(p.name for p in tmp_path.iterdir()) == ["main.env", "team #2"]
    env_file.write_text(f"SOSBOT_DATA_KEY={TEST_KEY}\nSOSBOT_DB=\"{folder}/bot.db\"\n")
    listed = sosbot_here("invite", "--list", "--env-file", str(env_file), cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["main.env", "team #2"]


# --- a command typed in letters of another alphabet that look like its own -------------------


@pytest.mark.e2e
async def test_a_command_in_lookalike_letters_is_that_command_not_her_answer(
        tmp_path: Path) -> None:
    """A social worker whose keyboard was switched to Cyrillic for a moment sent "/bасk"
    (Cyrillic "а" and "с", drawn as Latin ones) at "What worries you": Telegram marks no
    command in it, and it was saved as her answer; her record read "What worries you:
    /bасk", which shows as /back. A command's word in letters that look like its own is now
    that command, with a full stop after it too."""
    typed = ["/b\u0430\u0441k", "School or college", "/\u0455kip.", "/r\u0435vi\u0435w"]
    async with BotApiServer() as server, sosbot_child(
            "run", cwd=tmp_path, env=run_env(tmp_path / "bot.db", server.root)) as child:
        for text in ["/new reflection", "KB-1", "School or college", *typed]:
            server.send_text(PRACTITIONER, text)
            await server.wait_idle(timeout=HANG_GUARD)
        await stop(child)
    said = server.texts(PRACTITIONER)
    assert "needs an answer" in said[-3], said  # /ѕkip. at a question that cannot be skipped
    assert said[-1].startswith("Pre-referral reflection: KB-1"), said  # /rеviеw
    assert "What worries you" not in said[-1], said  # nothing saved there
    assert not any(word in text for text in said for word in typed[::2]), said


def test_a_command_in_lookalike_letters_at_the_terminal_is_that_command(
        tmp_path: Path) -> None:
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, env=KEYED,
                       input="KB-1\nSchool or college\n/b\u0430\u0441k\n/review\n")
    assert done.returncode == 0, done.stderr
    assert "/b\u0430\u0441k" not in done.stdout, done.stdout


@pytest.mark.parametrize("typed", ["/\u043f\u0440\u0438\u0432\u0435\u0442",
                                   "/\u0441\u043e\u043a is what she said"])
def test_a_word_in_cyrillic_after_a_slash_is_still_an_answer(tmp_path: Path, typed: str) -> None:
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, env=KEYED,
                       input=f"KB-1\nSchool or college\n{typed}\n/review\n")
    assert done.returncode == 0, done.stderr
    assert typed in done.stdout, done.stdout


# --- an answer's echo cut inside a character as it shows ---------------------------------------

FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"  # one emoji, 7 points


@pytest.mark.e2e
async def test_an_answer_said_back_cut_short_is_cut_between_characters_as_they_show(
        tmp_path: Path) -> None:
    """A long answer is said back cut short ("✓ ..." under the question, a line of /review):
    cut inside a family emoji (four people joined into one), the echo ended on another
    family, of three, and a joiner left hanging before the "…"; a flag became a lone
    letter, an accented letter lost its accent. Cut between characters as they show now."""
    answer = "Mum said " + FAMILY * 100
    async with BotApiServer() as server, sosbot_child(
            "run", cwd=tmp_path, env=run_env(tmp_path / "bot.db", server.root)) as child:
        for text in ["/new reflection", "KB-1", "School or college", answer, "/review"]:
            server.send_text(PRACTITIONER, text)
            await server.wait_idle(timeout=HANG_GUARD)
        await stop(child)
    said = server.texts(PRACTITIONER)
    echo = next(t for t in said if "✓ Mum said" in t)
    review = said[-1]
    for shown in (echo, review.split("What worries you: ", 1)[1]):
        assert shown.endswith(FAMILY + "…"), shown[-12:].encode("unicode_escape")


def test_a_database_an_older_sosbot_named_after_a_comment_is_still_refused(
        tmp_path: Path) -> None:
    """Before the comment was refused, the bot made "bot.db  # the database" and used it,
    and the backups took bot.db. That file being there makes no name of the comment: still
    refused, so the operator learns of it."""
    (tmp_path / "bot.db  # the database").write_bytes(b"")
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, **UNIT, "SOSBOT_DB": "bot.db  # the database"})
    assert done.returncode == 2, done.stderr
    assert "has a comment after it" in done.stderr, done.stderr


# --- a variable named in a path systemd hands over as written ---------------------------------


@pytest.mark.parametrize(("name", "value", "shown"), [
    ("SOSBOT_DB", "${STATE_DIRECTORY}/bot.db", "${STATE_DIRECTORY}"),
    ("SOSBOT_DB", "$STATE_DIRECTORY/bot.db", "$STATE_DIRECTORY"),
    ("SOSBOT_KEY_FILE", "${STATE_DIRECTORY}/sosbot.key", "${STATE_DIRECTORY}"),
    ("SOSBOT_DATABASE_URL", "sqlite:///${STATE_DIRECTORY}/bot.db", "${STATE_DIRECTORY}"),
])
def test_a_variable_named_in_a_path_from_systemd_is_refused(
        tmp_path: Path, name: str, value: str, shown: str) -> None:
    """`SOSBOT_DB=${STATE_DIRECTORY}/bot.db` in main.env, as the unit's StateDirectory= sets
    that variable for the service: systemd's env file fills in no variable, so the bot made
    a folder named "${STATE_DIRECTORY}" in its working folder and a new, empty database in
    it, unseen, beside the one the backups take. Refused now, naming the variable and where
    the setting was set; nothing made."""
    done = sosbot_here("chat", "--flow", "reflection", input="KB-1\n", cwd=tmp_path,
                       env={**KEYED, **UNIT, "STATE_DIRECTORY": str(tmp_path), name: value})
    assert done.returncode == 2, done.stderr
    [said] = done.stderr.strip().splitlines()
    assert said.startswith(f"sosbot: {name}: names {shown}, which is not filled in"), said
    assert said.endswith("(set in the environment, from /etc/sosbot/main.env)"), said
    assert list(tmp_path.iterdir()) == []


async def test_a_members_name_cut_short_on_its_button_is_cut_between_characters(
        bot: Bot) -> None:
    """A colleague's Telegram name ends in a family emoji past where /members' Remove button
    cuts it: the button showed another family, of one, and a joiner left hanging before
    the "…". Cut between characters as they show now, as an answer's echo is."""
    name = "Alexandra Montgomery-Fitzwilliam, Northside Hub" + " " * 3 + FAMILY * 2
    assert len(name) == 64
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, USER + 1, name, time.time())
    await bot.say("/members")
    [remove] = [b["text"] for b in bot.newest_buttons() if b["text"].startswith("Remove")]
    assert remove == "Remove Alexandra Montgomery-Fitzwilliam, Northside Hub…", remove
