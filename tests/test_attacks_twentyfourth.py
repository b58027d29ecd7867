"""The twenty-fourth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real command (`sosbot ...` as a child
process) or the real Application polling the local Bot API server."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import REPO
from in_process import sosbot_here

from bot.handlers import SORRY
from flows.checks.plain_language import find_wording
from flows.checks.words import load_word_list
from tests.growth import LINEAR_AT_MOST, growth
from tests.telegram_world import bot_world, start_a_draft

# --- a setting's bad value named where it was set ---------------------------------------------


def test_a_bad_value_in_the_env_file_purge_was_given_names_that_file_and_line(
        tmp_path: Path) -> None:
    """`sosbot purge --env-file /etc/sosbot/main.env` (as cron runs it) with a mistyped
    retention in that file said "(set it in the environment or .env)": neither, so the
    operator looked in the wrong places."""
    (tmp_path / "main.env").write_text("SOSBOT_DB=bot.db\n\n# retention\nSOSBOT_DRAFT_DAYS=0\n")
    done = sosbot_here("purge", "--env-file", str(tmp_path / "main.env"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DRAFT_DAYS: "0" won\'t work here; give a whole number from 1 to 3650 '
        f"(it is 30 if left out) (set in {tmp_path / 'main.env'}, line 4)"]


def test_a_bad_value_in_dot_env_names_its_line_and_one_in_the_environment_says_so(
        tmp_path: Path) -> None:
    """A bad value in `.env` is named with its line (the last of two, which is the one read);
    the same setting in the environment, which wins over `.env`, is said to be there."""
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\nSOSBOT_DONE_DAYS=7\n"
                                   "export sosbot_done_days=a fortnight\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DONE_DAYS: "a fortnight" won\'t work here; give a whole number from 1 '
        "to 3650 (it is 14 if left out) (set in .env, line 3)"]
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\nSOSBOT_DONE_DAYS=7\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="",
                       env={"SOSBOT_DONE_DAYS": "-3"})
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DONE_DAYS: "-3" won\'t work here; give a whole number from 1 to 3650 '
        "(it is 14 if left out) (set in the environment)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


# --- the database file removed or replaced under the running bot ------------------------------


def take_away(db: Path, how: str) -> None:
    """The database file removed with its -wal and -shm, or a copy of it moved over it."""
    if how == "removed":
        for file in db.parent.glob(db.name + "*"):
            file.unlink()
    else:
        shutil.copy(db, db.parent / "backup.db")
        os.replace(db.parent / "backup.db", db)


@pytest.mark.parametrize("how", ["removed", "replaced by a backup"])
async def test_an_answer_after_the_database_file_went_is_not_said_to_be_saved(
        tmp_path: Path, how: str) -> None:
    """The database removed (`rm sosbot.db*`, thinking the bot was stopped) or a backup moved
    over it while `sosbot run` ran: the bot went on writing to the file no name led to, said
    "✓" to every answer, and all of them were gone at the next start, without a word in the
    log. Now the answer is refused with the "Sorry", and the log says what happened."""
    db = tmp_path / "bot.db"
    async with bot_world(db, no_errors=False) as world:
        await start_a_draft(world.server)
        await world.tap("School or college")
        take_away(db, how)
        await world.say("Saw a bruise on her arm on Monday")
        assert world.texts()[-1] == SORRY
        assert not any("✓" in text for text in world.texts()[-2:])
        assert [r.getMessage() for r in world.errors.records] == [
            f"Could not save in {db}: the database file was removed or replaced while sosbot "
            "had it open, so nothing more is saved; put it back, or restart sosbot to use the "
            "file there now. (update 5)"]


# --- a flow's version no database column holds -------------------------------------------------


@pytest.mark.parametrize("version", [2**31, 2**63])
def test_a_flow_version_too_big_to_store_is_refused_by_flows_check(
        tmp_path: Path, version: int) -> None:
    """A flow's `version` (stored with each of its drafts) past what the database's INTEGER
    column holds (32 bits in PostgreSQL, 64 in SQLite) passed `sosbot flows check` as "OK",
    and the bot started with it: every new draft of the tool then failed to save, the
    practitioner told "Sorry" and the log saying only OverflowError or a PostgreSQL range
    error. A version as a date and time (202612031200) is the likely way to get there."""
    flow = (REPO / "flows" / "reflection.yaml").read_text()
    assert "\nversion: 2\n" in flow
    (tmp_path / "mine.yaml").write_text(flow.replace("\nversion: 2\n", f"\nversion: {version}\n"))
    done = sosbot_here("flows", "check", str(tmp_path / "mine.yaml"), cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines()[0] == (
        f"{tmp_path / 'mine.yaml'}:2: version: Input should be less than or equal to 2147483647")


# --- an invite's /start line as it arrives pasted ---------------------------------------------

PASTED = {
    "a no-break space (Outlook)": "/start\u00a0{code}",
    "a line break (the email wrapped it)": "/start\n{code}",
    "a zero-width space after it (Teams)": "/start {code}\u200b",
    "a direction mark before it (a right-to-left keyboard)": "\u200e/start {code}",
    "the sentence's full stop": "/start {code}.",
    "quotation marks": "/start \u201c{code}\u201d",
    "a capital S": "/Start {code}",
}


async def test_an_invites_start_line_pasted_from_an_email_lets_the_colleague_in(
        tmp_path: Path) -> None:
    """`sosbot invite` for a bot with no user name prints `/start CODE` for the colleague to
    send. Pasted from an email or a chat, that line can come with a no-break space or a line
    break for its space, a zero-width space or a direction mark, or the full stop of the
    sentence it was in. Each time the colleague was told "Sorry, this bot is only open to
    practitioners on its list": the code was read with those characters in it, or not read
    at all (only "/start" and one plain space before the code were looked for)."""
    from bot.teams.invites import invite_colleague
    from storage.crypto import AesGcmSealer, parse_keys
    from storage.store import Store
    from storage.teams import TeamStore
    from tests.telegram_world import TEST_KEY
    from tests.test_teams_partners_e2e import ADMIN

    db = tmp_path / "bot.db"
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "key"))) as store:
        codes = [(await invite_colleague(TeamStore(store), ADMIN, uses=1)).code
                 for _ in PASTED]
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await world.command("start", user=ADMIN)  # (the links' maker: told of each who joins)
        told = {}
        for number, (how, code) in enumerate(zip(PASTED, codes, strict=True)):
            colleague = 9100 + number
            mark = len(world.server.calls)
            world.server.send_text(colleague, PASTED[how].format(code=code), first_name="Sam")
            await world.settle(mark)
            told[how] = world.texts(colleague)[0][:33]
        assert told == dict.fromkeys(PASTED, "Welcome, Sam. You're now a member")


# --- an empty key file ----------------------------------------------------------------------


@pytest.mark.parametrize("command", [("keys", "new", "--write"), ("chat", "--flow", "reflection")])
def test_an_empty_key_file_says_what_to_do_about_it(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """A key file made empty beforehand (`touch sosbot.key; chmod 600 sosbot.key`, as a
    hardening guide has it) or emptied since: every command, `sosbot keys new --write`
    included, said only "The key file sosbot.key holds no key.", and the operator had no way
    on. It now says to put back the copy, or, when nothing was sealed with it, to remove it
    and make a key; that works."""
    key = tmp_path / "sosbot.key"
    key.touch(mode=0o600)
    done = sosbot_here(*command, cwd=tmp_path, input="KB-1\n")
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        "sosbot: The key file sosbot.key holds no key. If it was emptied or lost, put back "
        "your copy of it (the database made with it cannot be read without it); if nothing "
        "was sealed with it yet, remove it and run `sosbot keys new --write`."]
    key.unlink()
    made = sosbot_here("keys", "new", "--write", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith("Wrote the key ")


# --- a settings line python-dotenv cannot read ------------------------------------------------


def test_a_dot_env_line_that_cannot_be_read_stops_the_chat_naming_it(tmp_path: Path) -> None:
    """`SOSBOT_DB="cases.db` (its closing quotation mark lost): python-dotenv passed the line
    over with "could not parse statement starting at line 1", naming no file, and the chat
    went on with the default database: it made sosbot.db and a new key beside the real
    cases.db, and saved the practitioner's answers there."""
    (tmp_path / ".env").write_text('SOSBOT_DB="cases.db\nSOSBOT_DRAFT_DAYS=7\n')
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="KB-1\n")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "sosbot: .env, line 1: the setting SOSBOT_DB could not be read (it is not NAME=value, "
        "or a quotation mark in it is not closed on its line); correct it: left out, it "
        "would be at its default unseen."]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_a_retention_line_without_its_equals_sign_stops_purge_naming_the_file_and_line(
        tmp_path: Path) -> None:
    """`SOSBOT_DRAFT_DAYS 7` in the bot's settings file (an = left out): `sosbot purge
    --env-file` printed dotenv's warning twice and erased by the default 30 days."""
    (tmp_path / "main.env").write_text("SOSBOT_DB=bot.db\nSOSBOT_DRAFT_DAYS 7\n")
    done = sosbot_here("purge", "--env-file", str(tmp_path / "main.env"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"sosbot: --env-file: {tmp_path / 'main.env'}, line 2: the setting SOSBOT_DRAFT_DAYS "
        "could not be read (it is not NAME=value, or a quotation mark in it is not closed on "
        "its line); correct it: left out, it would be at its default unseen."]


# --- a line of dashes or apostrophes at the wording checks ------------------------------------


@pytest.mark.parametrize("mark", ["-", "'", "’"])
def test_a_long_line_of_dashes_is_checked_in_step_with_its_length(mark: str) -> None:
    """Three of the wording rules began "any non-letters, then a word of letters, hyphens or
    apostrophes": on a run of hyphens or apostrophes (a separator line pasted from a
    document) each tried every split of the run between the two, so the time grew with the
    square of its length. In the bot, 4,096 of them (one message) held every conversation
    up for 1.5 to 3 seconds, the checks running on the one event loop; a 20,000-character
    line took `sosbot language-check` (and the terminal chat) 43 seconds. Timed as how the
    work grows (`tests/growth.py`): about 16 times at four times the length, before."""
    words = load_word_list()
    assert growth(lambda length: find_wording(mark * length, words), 1024) < LINEAR_AT_MOST
