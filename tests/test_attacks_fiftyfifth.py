"""The fifty-fifth pass's attacks on the real `sosbot run`, `sosbot chat` and the other
`sosbot` commands. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- the webhook (the real `sosbot run --webhook`, the local Bot API server as Telegram): one
  typed answer posted three times at once (a retry, a proxy's resend): one answer, one
  reply; two answers posted at once, the later first: the later taken, the earlier asked
  about ("is that your new answer ... or for the next question?"), nothing lost; posts with
  the secret missing, wrong or one character short: 403, nothing stored; a body cut off
  mid-object and an update whose message is of the wrong shape, each holding a canary:
  400, one line naming the kind; at DEBUG, answers holding ANSI colour codes and a line
  break with a forged log line after it, a right-to-left override, 5,000 characters and
  "/ѕummary" in Cyrillic: none of their words in the log; the same two answers, the later
  first, posted to two instances on one PostgreSQL database at once, then each again to
  both: as on one instance, nothing stored twice, none of their words in either log;
- commands in look-alike letters in Telegram (the real Application): "/ѕummary",
  "/revіew", "/dеlete", "/cаncel", "/ѕtop", "／summary", one after a right-to-left
  override: each the command; "/Ьack" (a soft sign, not drawn as "b") is an answer, as
  any word in Cyrillic is;
- `/edit ١` and `/edit ２` at `sosbot chat`: read as /edit 1 and /edit 2;
- settings from the environment ending in a carriage return (a systemd or Docker env file
  saved on Windows): SOSBOT_DB, SOSBOT_LOG_LEVEL, SOSBOT_ALLOWED_USERS, SOSBOT_DRAFT_DAYS,
  SOSBOT_KEY_FILE, SOSBOT_DATA_KEY: taken without it;
- `sosbot language-check --words` given /dev/zero, /dev/null, a folder, a FIFO, a missing
  file and bytes that are not UTF-8: one line each naming the file.
- left: `-o kb.docx.` or `"kb.docx "` write plain text, Python reading no ending in them
  (`-o .docx`, a name that is all ending, writes a Word document named for the draft since
  the fifty-sixth walk); `-o kb.doc` and
  `-o kb.rtf` write plain text, which Word opens as text: odd names, nothing lost.
- a case label holding a zero-width joiner ("KB\u200d-12"): kept without it since the
  fifty-sixth walk (the joiners that build emoji and Persian words stay).
- left: two instances behind one webhook URL, one on PostgreSQL and one left on SQLite,
  share no place where either could see the other (on PostgreSQL, instances compare their
  settings in the database; Telegram keeps one URL and secret for both): a
  practitioner's updates then go to two databases, each answering as if it were the only
  one. Not something either instance can tell; left.
"""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest

from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.test_telegram_handlers import Bot, bot

__all__ = ["bot"]  # the Application with tests/memory_botapi.py: a fixture

NAMED_AS_KEY = ("has the name of its own data key's file (sosbot.key beside the database, by "
                "default); give the database another name (sosbot.db, say), or set "
                "SOSBOT_KEY_FILE.")


@pytest.mark.parametrize("how", ["env", "--db"])
def test_a_database_named_sosbot_key_is_refused_before_a_key_is_written_into_it(
        tmp_path: Path, how: str) -> None:
    """An operator set SOSBOT_DB=sosbot.key (or `--db sosbot.key`): the first chat wrote the
    new data key into that file, the key file's default name beside the database, then said
    the database was damaged. Now nothing is made and the line says why."""
    (tmp_path / ".env").write_text("SOSBOT_DB=sosbot.key\n" if how == "env" else "")
    args = ("chat", "--flow", "reflection") + (("--db", "sosbot.key") if how == "--db" else ())
    done = sosbot_here(*args, cwd=tmp_path, input="KB-1\n")
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"sosbot: The database sosbot.key {NAMED_AS_KEY}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_sosbot_run_with_its_database_named_sosbot_key_says_why_in_one_line(
        tmp_path: Path) -> None:
    (tmp_path / ".env").write_text("SOSBOT_DB=sosbot.key\n")
    done = run_sosbot("run", cwd=tmp_path, env={
        "TELEGRAM_BOT_TOKEN": "123:" + "A" * 35, "SOSBOT_API_ROOT": "http://127.0.0.1:9"})
    assert done.returncode == 1, done.stderr
    assert done.stderr.splitlines() == [f"sosbot: The database sosbot.key {NAMED_AS_KEY}"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_a_database_named_sosbot_key_still_opens_with_the_key_in_the_environment(
        tmp_path: Path) -> None:
    """With SOSBOT_DATA_KEY set, no key file is read or made: that name harms nothing."""
    key = sosbot_here("keys", "new").stdout.strip()
    env = {"SOSBOT_DATA_KEY": key}
    done = sosbot_here("chat", "--flow", "reflection", "--db", "sosbot.key", cwd=tmp_path,
                       input="KB-1\n", env=env)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sosbot.key"]


RELATIVE = "a relative path is read from the folder the command runs in"


@pytest.mark.parametrize("command", [("purge",), ("keys", "list"), ("invite", "--list")])
def test_a_relative_database_not_found_is_named_whole_with_where_it_was_looked_for(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """The bot's settings in /etc/sosbot/main.env held `SOSBOT_DB=sosbot.db`, which the
    service reads in its working folder. An operator ran `sosbot purge --env-file
    etc/main.env` from her home folder and was told only "there is no database at
    sosbot.db", and looked for it beside the settings file, where it was. The line now names
    the whole path looked at, and why there."""
    (tmp_path / "etc").mkdir()
    (tmp_path / "etc" / "main.env").write_text("SOSBOT_DB=sosbot.db\n")
    (tmp_path / "etc" / "sosbot.db").touch()
    done = sosbot_here(*command, "--env-file", "etc/main.env", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"sosbot: there is no database at sosbot.db ({tmp_path}/sosbot.db: {RELATIVE}). Use "
        "--db or SOSBOT_DB to point at the bot's database (`sosbot run` or `sosbot chat` "
        "makes it when first started)."]


def test_an_invite_into_a_new_relative_database_names_the_file_it_made(
        tmp_path: Path) -> None:
    (tmp_path / "etc").mkdir()
    key = sosbot_here("keys", "new").stdout.strip()
    (tmp_path / "etc" / "main.env").write_text(f"SOSBOT_DB=sosbot.db\nSOSBOT_DATA_KEY={key}\n")
    done = sosbot_here("invite", "--env-file", "etc/main.env", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (f"sosbot: there was no database at sosbot.db ({tmp_path}/sosbot.db: {RELATIVE}), "
            "so a new one was made") in done.stderr
    assert (tmp_path / "sosbot.db").is_file()


def test_an_export_from_a_relative_database_not_there_names_it_whole(tmp_path: Path) -> None:
    done = sosbot_here("export", "KB-1", "--db", "cases/x.db", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        f"sosbot: there is no database at cases/x.db ({tmp_path}/cases/x.db: {RELATIVE}). "
        "Use --db or SOSBOT_DB to point at the one `sosbot chat` used."]


# --- a command with something invisible inside it --------------------------------------------

# Each shows as /summary on a phone: a zero-width joiner or non-joiner pasted in, a soft
# hyphen, a combining grapheme joiner, an emoji keyboard's variation selector after it.
DRAWN_AS_SUMMARY = ["/sum\u200dmary", "\u200d/summary", "/sum\u200cmary", "/summ\u00adary",
                    "/sum\u034fmary", "/summary\ufe0f"]


@pytest.mark.parametrize("typed", DRAWN_AS_SUMMARY)
async def test_a_command_with_an_invisible_joiner_in_it_is_the_command_not_an_answer(
        bot: Bot, typed: str) -> None:
    """A practitioner pasted "/summary" from a colleague's message, a zero-width joiner
    inside it (or her emoji keyboard put a variation selector after it): it showed as
    /summary, but was saved as her answer to "What worries you", and the review read
    "/summary" there. It is the summary now, and nothing is saved."""
    await bot.say("/new reflection")
    await bot.say("KB-7")
    await bot.say("School or college")
    before = len(bot.request.sent())
    await bot.say(typed)
    said = [unescape(str(p["text"])) for p in bot.request.sent()[before:]]
    assert said
    assert said[0].startswith("<b>Pre-referral reflection</b>: KB-7\n<i>Draft, not finished"), said
    await bot.say("/review")
    review = unescape(str(bot.request.sent()[-1]["text"]))
    assert "What worries you" not in review, review


def test_a_piped_chat_reads_a_joined_command_as_the_command(tmp_path: Path) -> None:
    done = sosbot_here("chat", "--flow", "reflection", "--db", str(tmp_path / "c.db"),
                       cwd=tmp_path, input="KB-7\nSchool or college\n/sum\u200dmary\n/review\n")
    assert done.returncode == 0, done.stderr
    review = done.stdout.rsplit("> ", 2)[-2]
    assert "SCALING" in done.stdout  # the summary was shown
    assert "What worries you" not in review, review


def test_no_data_key_beside_a_relative_database_names_the_key_file_whole(
        tmp_path: Path) -> None:
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "x.db").touch()  # made by hand, as a restore can leave it
    done = sosbot_here("keys", "list", "--db", "cases/x.db", cwd=tmp_path)
    assert done.returncode != 0
    assert done.stderr.splitlines() == [
        "sosbot: No data key: answers are stored encrypted. Run `sosbot keys new --write` to "
        f"create cases/sosbot.key ({tmp_path}/cases/sosbot.key: {RELATIVE}), or set "
        "SOSBOT_DATA_KEY."]
