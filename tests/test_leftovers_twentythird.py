"""The twenty-third pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

import signal
import subprocess
import time
from html import unescape
from pathlib import Path

import asyncpg
import pytest
from conftest import run_sosbot, sosbot_command, sosbot_env

from bot.teams.conversation import TeamConversation
from bot.teams.invites import invite_colleague
from flows.loader import load_flows
from storage.crypto import AesGcmSealer, parse_keys
from storage.postgres import _problem
from storage.store import Store
from storage.teams import TeamStore
from tests.builders import build_flow, list_step, section, text
from tests.processes import HANG_GUARD
from tests.telegram_world import PRACTITIONER, TEST_KEY, bot_world
from tests.test_attacks_twentysecond import a_partner_link_to_jos_mapping
from tests.test_console import Child, at_the_terminal
from tests.test_telegram_handlers import USER, Bot, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()
SAM = 4343

# --- 1. a line ended by a lone CR (an old Mac's line ending) -----------------------------------


def test_a_line_ended_by_a_lone_cr_is_answered_before_the_next_line_comes(
        tmp_path: Path) -> None:
    """A script that drove `sosbot chat` a line at a time, writing "KB-1" and a CR (as an
    old Mac, or a serial terminal, ends a line) and then waiting for the next question,
    waited for ever: the chat held the line back until the character after the CR came, to
    see whether it was a CRLF. The line is taken at once; an LF after it still ends that
    same line, not an empty answer of its own."""
    child = Child("chat", "--flow", "reflection", "--db", str(tmp_path / "c.db"))
    try:
        assert child.proc.stdin is not None
        child.proc.stdin.write(b"KB-1\r")
        child.proc.stdin.flush()
        child.wait_for('Started "KB-1"')
        child.proc.stdin.write(b"\nSchool or college\r\n")  # the LF ends the line above
        child.proc.stdin.flush()
        child.wait_for("[Question 2 of")
        assert child.seen.count(b"[Question 1 of") == 1  # the LF was no empty answer
    finally:
        child.stop(signal.SIGTERM)


# --- 7. answers piped in from a Windows "ANSI" file ------------------------------------------


def test_answers_saved_as_windows_text_keep_their_quotes_pounds_and_accents(
        tmp_path: Path) -> None:
    """Notes saved by Notepad as "ANSI" (cp1252) and piped in lost every ’, £ and é: each
    was saved as "�", and nothing said so. A line that is not UTF-8 is read as Windows text
    now, and the chat says which line it read that way, showing it, so it can be checked."""
    answers = (b"KB-1\nSchool or college\nMum\x92s partner owes \xa3200 to the caf\xe9 "
               b"owner\n/review\n")
    done = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db",
                                         str(tmp_path / "c.db")),
                          input=answers, capture_output=True, env=sosbot_env(),
                          timeout=HANG_GUARD, check=False)
    assert done.returncode == 0, done.stderr
    out, err = done.stdout.decode(), done.stderr.decode()
    assert "Mum’s partner owes £200 to the café owner" in out
    assert "\ufffd" not in out
    assert err.splitlines()[1:] == [
        "sosbot: line 3 of the answers piped in is not UTF-8, so it was read as Windows text "
        "(cp1252): \"Mum’s partner owes £200 to the café owner\". If that is not what you "
        "wrote, save the file as UTF-8 and correct the answer with /review and /edit."]


def test_bytes_that_are_no_text_in_any_encoding_are_named_by_their_line(
        tmp_path: Path) -> None:
    done = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db",
                                         str(tmp_path / "c.db")),
                          input=b"KB-1\n1\ncaf\xe9 \x81\x8d\n", capture_output=True,
                          env=sosbot_env(), timeout=HANG_GUARD, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stderr.decode().splitlines()[1:] == [
        "sosbot: line 3 of the answers piped in has bytes that are not text, saved as \ufffd; "
        "save the file as UTF-8 and correct the answer with /review and /edit."]


# --- 3. three places on the scale in one answer ------------------------------------------------


def test_three_numbers_at_the_scale_are_named_and_asked_about_like_two() -> None:
    """"4 at first, then 6, now 5" at the scaling question: with two numbers the bot says
    which it saw and asks which is now; with three it said only "send one whole number", and
    offered /back, as if the line belonged to the question before."""
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send("4 at first, then 6, now 5")
    assert chat.asked == "worry_scale"
    assert chat.notices() == [
        "I can see three numbers there (4, 6 and 5), so I haven't saved any of them. Which "
        "is it now? Send that number, and why after it if you like."]
    chat.send("4 before we talked, 6 after")  # two, as before
    assert chat.notices() == [
        "I can see two numbers there (4 and 6), so I haven't saved either. Which is it now? "
        "Send that number, and why after it if you like."]


# --- 5. a partner's link withdrawn, opened by the lead who made it ------------------------------


async def test_the_lead_opening_a_partner_link_that_was_withdrawn_is_told_so(
        tmp_path: Path) -> None:
    """The operator withdrew a partner's link (`sosbot invite --withdraw`) before the school
    had opened it. The lead, checking it from the email, was told it "has been used, or has
    run out", and went to ask the school what they had sent. It was withdrawn, and says so."""
    db, lead = tmp_path / "bot.db", 5151
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "key"))) as store:
        chat = TeamConversation(store, load_flows(), admins=frozenset({PRACTITIONER}))
        link = await a_partner_link_to_jos_mapping(chat, lead)
        assert await chat.contributions.teams.withdraw(link.invite.short_id) == 1
    async with bot_world(db, SOSBOT_ALLOWED_USERS=str(PRACTITIONER)) as world:
        await world.open_link(lead, link.code)
        said = world.texts(lead)[-1]
        assert said == (
            "That is a link you made for a partner to your own mapping, and it was withdrawn, "
            "so nobody can open it any more. /invite makes a new one if the partner still "
            "needs it; /review shows what partners have sent.")


# --- 6. PostgreSQL that cannot be connected to ---------------------------------------------------


def test_an_unreachable_postgresql_says_connect_to_and_what_to_check(tmp_path: Path) -> None:
    """"Could not connect in the database postgresql://...: the server cannot be reached;
    check that it runs and the URL": the English was wrong, and "the URL" left the operator
    to guess which part of it."""
    url = f"postgresql://sos@/none?host={tmp_path}&port=1"
    done = run_sosbot("chat", "--flow", "reflection", input="", cwd=tmp_path,
                      env={"SOSBOT_DATABASE_URL": url, "SOSBOT_DATA_KEY": TEST_KEY})
    assert done.returncode == 1
    assert done.stderr.startswith(
        f"sosbot: Could not connect to the database {url}: the server cannot be reached; "
        "check that it is running, and the host and port in the database URL ("), done.stderr


@pytest.mark.parametrize(("error", "check"), [
    (asyncpg.exceptions.InvalidCatalogNameError('database "sosbot_typo" does not exist'),
     "the server has no database of that name; check the name at the end of the database "
     "URL, or create it (createdb)"),
    (asyncpg.exceptions.InvalidPasswordError('password authentication failed for user "sos"'),
     "the server turned down the user name or password; check them in the database URL, "
     "and that the user may log in from here (pg_hba.conf)")])
def test_a_connection_postgresql_turns_down_names_what_to_check(
        error: Exception, check: str) -> None:
    """A database name mistyped in SOSBOT_DATABASE_URL, or a wrong password, was "see the
    server's log" (as the server said it: what asyncpg raises, given here)."""
    said = str(_problem(error, "postgresql://sos@db.example/sosbot_typo", "connect"))
    assert said == (f"Could not connect to the database postgresql://sos@db.example/"
                    f"sosbot_typo: {check} ({error}).")


# --- 9. /start with words after it that are no invite, from a member ---------------------------


async def test_a_member_opening_the_bot_from_a_link_that_is_no_invite_is_greeted(
        bot: Bot) -> None:
    """The council's intranet page links to the bot as `t.me/<bot>?start=intranet`. Sam, a
    member half-way through a draft, tapped it and was told "That link can't be used: it has
    expired ... Please ask whoever sent it for a new one", and nothing else: as if they had
    been let out. It is a plain /start for a member now; an invite's code still is a link."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    await bot.say("/new reflection", user=SAM)
    await bot.say("QR-1", user=SAM)
    await bot.say("/start", user=SAM)
    plain = bot.texts()[-1]
    await bot.say("/start intranet", user=SAM)
    assert bot.texts()[-1] == plain
    assert "can't be used" not in " ".join(bot.texts())
    await bot.say("/start " + "x" * 32, user=SAM)  # shaped like an invite's code: a link
    assert bot.texts()[-1].startswith("That link can't be used")


# --- 4. a long name in the admin's Remove question ----------------------------------------------

LONG = "Alexandra Montgomery-Fitzwilliam, Senior Practitioner, Northside Hub"


async def test_removing_a_member_with_a_long_name_names_them_whole(bot: Bot) -> None:
    """Two colleagues from one hub joined with their Telegram names and roles. /members'
    Remove buttons cut each to 53 characters with nothing to show it, and "Remove Alexandra
    Montgomery-Fitzwilliam, Senior Practitioner, Nort? They lose access at once" asked
    about a name cut off mid-word. A button's text is cut short with "…"; the question and
    what follows name the member whole."""
    teams = TeamStore(bot.conversation.store)
    for user, name in ((SAM, LONG), (SAM + 1, LONG.replace("Northside", "Southside"))):
        made = await invite_colleague(teams, USER)
        await teams.join(made.invite.code_hash, user, name, time.time())
    await bot.say("/members")
    removes = [b["text"] for b in bot.newest_buttons() if b["text"].startswith("Remove")]
    assert len(set(removes)) == 2, removes
    assert all(len(text) <= 60 and "…" in text for text in removes), removes
    await bot.tap(f"t:mr:{SAM}")
    assert bot.texts()[-1].startswith(f"Remove {LONG}? They lose access at once")
    yes = next(b["callback_data"] for b in bot.newest_buttons() if b["text"] == "Yes, remove")
    await bot.tap(yes)
    assert bot.texts()[-1].startswith(f"Removed {LONG}: they can no longer use the bot")


# --- 2. "Send to" tapped twice ------------------------------------------------------------------

REFLECTION = ["KB-1", "School or college", "Seen a bruise on her arm", "Yes, as far as I know",
              "They know and agree", "Nan collects her", "I will call the hub today",
              "6 - nan is close by"]


async def a_finished_reflection_and_sam(bot: Bot) -> str:
    """USER's finished reflection and a colleague Sam to share it with: the "Send to Sam"
    button's data."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    await bot.say("/new reflection")
    for line in REFLECTION:
        await bot.say(line)
    await bot.say("/share")
    return next(b["callback_data"] for b in bot.newest_buttons() if b["text"] == "Send to Sam")


async def test_a_summary_sent_to_a_colleague_is_sent_once_however_often_it_is_tapped(
        bot: Bot) -> None:
    """A practitioner sharing a finished reflection tapped "Send to Sam", saw nothing happen
    for a moment on a slow signal, and tapped again: Sam got the case twice over, the note,
    the summary and three documents each time. It is sent once; the second tap says it was
    already sent. Changed since, the summary can be sent again."""
    send = await a_finished_reflection_and_sam(bot)
    await bot.tap(send)
    assert texts_to(bot, USER)[-1] == "Sent to Sam: the summary and its documents."
    to_sam = len(texts_to(bot, SAM)), len(bot.request.sent("sendDocument"))
    await bot.tap(send)
    assert unescape(texts_to(bot, USER)[-1]) == (
        "You've already sent this summary to Sam, so I haven't sent it again. If you change "
        "an answer, you can send them the new version.")
    assert (len(texts_to(bot, SAM)), len(bot.request.sent("sendDocument"))) == to_sam
    await bot.say("/edit 2")
    await bot.say("Seen a bruise on her upper arm")
    await bot.tap(send)
    assert texts_to(bot, USER)[-1] == "Sent to Sam: the summary and its documents."
    assert len(texts_to(bot, SAM)) > to_sam[0]


# --- 10. a paste that fills a list, at the terminal ---------------------------------------------


async def test_lines_pasted_past_a_full_list_are_named_before_the_next_question(
        tmp_path: Path) -> None:
    """Five lines pasted at a list that holds three: the next question was printed first,
    and the lines not saved under it, just above the prompt where its answer is typed: read
    as part of the new question, or not read at all. The note comes first now, marked as one,
    and then the next question."""
    flow = build_flow(tmp_path, section("s", list_step("helps", max_items=3), text("why"),
                                        column="worried"))
    async with await Store.open(tmp_path / "c.db") as store:
        shown, draft = await at_the_terminal(store, flow, "art\nmusic\nfootball\nswimming\n"
                                             "running", "")
    assert draft.answers["helps"] == ["art", "music", "football"]
    assert ("(The 5 lines you pasted are added one item each.)\n"
            "! The list is full, so these lines you pasted are not saved:\n"
            "  swimming\n  running\n"
            "You can add them to another answer, or /review to change the list.\n\n"
            "[Question 2 of 2 · Section s · TB-7]\nQuestion why?\n") in shown, shown
