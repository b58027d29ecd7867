"""The thirteenth round of attacks, each through the real command in a child process: what
an operator's shell, service manager or damaged `.env` can hand `sosbot`, and what they
then read on their screen."""

from __future__ import annotations

import copy
import subprocess
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env

from tests.telegram_world import TEST_KEY
from tests.test_telegram_handlers import USER, Bot, bot, start_reflection

__all__ = ["bot"]  # the fixture: the real Application, the Bot API in memory

COLLEAGUE = 4343  # not on the allow-list: joins by invite
HANG_GUARD = 120.0  # seconds; only to stop a hung child, never an assertion about speed


def run_closed(tmp_path: Path, closed: str, *args: str, input: bytes | None = None
               ) -> subprocess.CompletedProcess[bytes]:
    """`sosbot ARGS` started with the shell's `closed` (`<&-` or `>&-`): the stream is not
    there at all, as a service manager or a careless script can start a command."""
    command = ["sh", "-c", f'exec "$@" {closed}', "sh", *sosbot_command(*args)]
    return subprocess.run(command, input=input, capture_output=True, cwd=tmp_path,
                          env=sosbot_env(), timeout=HANG_GUARD, check=False)


def test_a_chat_started_with_standard_input_closed_ends_as_empty_input_does(
        tmp_path: Path) -> None:
    """It used to end in an AttributeError traceback before asking anything."""
    result = run_closed(tmp_path, "<&-", "chat", "--flow", "reflection", "--db",
                        str(tmp_path / "c.db"))
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0
    assert b"Run `sosbot chat --db " in result.stdout


def test_a_chat_started_with_standard_output_closed_says_so_in_one_line(
        tmp_path: Path) -> None:
    """It used to read the first answer's prompt into a traceback (AttributeError)."""
    result = run_closed(tmp_path, ">&-", "chat", "--flow", "reflection", "--db",
                        str(tmp_path / "c.db"), input=b"KB-1\n2\n")
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.stderr.decode().splitlines() == [
        "sosbot: standard output is closed, so the chat has nowhere to show its questions; "
        "nothing was read or saved."]
    assert result.returncode == 2


def test_language_check_with_standard_input_closed_checks_nothing(tmp_path: Path) -> None:
    """It used to end in a TypeError traceback."""
    result = run_closed(tmp_path, "<&-", "language-check")
    assert result.stderr == b""
    assert result.returncode == 0  # nothing read, so nothing flagged


def test_a_command_with_standard_output_closed_ends_without_a_traceback(
        tmp_path: Path) -> None:
    """`python -m bot.cli` flushed standard output on the way out even when it was not
    there: every command so started ended in an AttributeError traceback. (What it printed
    went nowhere, said in one line with status 1: `tests/test_attacks_fiftyfourth.py`.)"""
    result = run_closed(tmp_path, ">&-", "flows", "list")
    assert b"Traceback" not in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert result.returncode == 1


@pytest.mark.parametrize("setting", ["SOSBOT_DB", "SOSBOT_KEY_FILE", "SOSBOT_WORDS"])
def test_a_nul_in_a_file_setting_in_dot_env_is_named_in_one_line(
        tmp_path: Path, setting: str) -> None:
    """A damaged `.env` can hold a NUL byte, which no environment variable can: the chat used
    to end in a 40-line traceback ("ValueError: embedded null byte") naming no setting."""
    (tmp_path / ".env").write_bytes(f"{setting}=notes\0.txt\n".encode())
    result = subprocess.run(sosbot_command("chat", "--flow", "reflection"), input=b"",
                            capture_output=True, cwd=tmp_path, env=sosbot_env(),
                            timeout=HANG_GUARD, check=False)
    assert result.stderr.decode().splitlines() == [
        f"sosbot: {setting}: holds a NUL character, which no file's path can; correct it "
        "(set in .env, line 1)"]
    assert result.returncode == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]  # nothing made


@pytest.mark.parametrize("stray", ["\t", "\x7f"])
def test_a_token_with_a_stray_character_pasted_in_is_refused_naming_the_token(
        tmp_path: Path, stray: str) -> None:
    """A tab or a control character inside the token used to pass the shape check, and the
    first call to Telegram then failed as "Could not reach Telegram's Bot API ...: check the
    network and SOSBOT_API_ROOT", which sends an operator after the wrong setting."""
    token = f"123456789:AAHk3v_Yq0-Zx9LmN2pQr5St{stray}UvWxYz01234"
    result = subprocess.run(sosbot_command("run"), capture_output=True, text=True,
                            cwd=tmp_path,
                            env=sosbot_env(TELEGRAM_BOT_TOKEN=token, SOSBOT_DATA_KEY=TEST_KEY,
                                           SOSBOT_ALLOWED_USERS="4242",
                                           SOSBOT_API_ROOT="http://127.0.0.1:9",
                                           SOSBOT_DB=str(tmp_path / "bot.db")),
                            timeout=HANG_GUARD, check=False)
    assert result.stderr.splitlines() == [
        "sosbot: TELEGRAM_BOT_TOKEN: does not look like a bot token from BotFather "
        "(digits:letters) (set in the environment)"]
    assert result.returncode == 2
    assert "AAHk3v" not in result.stderr



# --- answers piped in: every line answers its own question ---------------------------------

ANSWERS = ["KB-1", "School or college",
           "Zoë Smith told me about the DV at home",  # a name and jargon: two reminders
           "Yes, as far as I know", "They know and agree", "Nan collects her",
           "I will call the hub today", "6", ""]


def test_an_answer_two_checks_ask_about_is_kept_and_the_next_line_answers_the_next_question(
        tmp_path: Path) -> None:
    """Piped answers keep an answer a check asks about, so that each later line still
    answers its own question. Only the first reminder was kept: keeping brought the second
    check's reminder, and the next line ("Yes, as far as I know") replaced the answer it
    was about; every line after it fell one question short and the tool was never finished."""
    db = tmp_path / "p.db"
    chat = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db", str(db)),
                          input="\n".join(ANSWERS) + "\n", capture_output=True, text=True,
                          cwd=tmp_path, env=sosbot_env(), timeout=HANG_GUARD, check=False)
    assert chat.returncode == 0, chat.stderr[-2000:]
    assert chat.stdout.count("so it was kept as it is") == 2
    out = tmp_path / "KB-1.txt"
    export = subprocess.run(sosbot_command("export", "KB-1", "--format", "txt", "--db",
                                           str(db), "-o", str(out)),
                            capture_output=True, text=True, cwd=tmp_path, env=sosbot_env(),
                            timeout=HANG_GUARD, check=False)
    assert export.returncode == 0, export.stderr
    summary = out.read_text(encoding="utf-8")
    assert "Status: Finished" in summary
    assert "What worries you: Zoë Smith told me about the DV at home" in summary
    assert "Safe to go home today: Yes, as far as I know" in summary
    assert "Score: 6 on a scale of 0 to 10" in summary


# --- coming back to an answer a reminder held back ---------------------------------------


async def test_coming_back_to_a_held_answer_shows_the_question_and_the_answer(
        bot: Bot) -> None:
    """A practitioner who left while a reminder held their answer back (the phone put away,
    the terminal closed) came back, by /resume or after a restart, to a bare "Keep this
    answer as it is?" with its Keep button: no question and no answer, so nothing to say
    what Keep would keep, or which question the next message would answer."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("There is DV at home")
    assert "You wrote &quot;DV&quot;" in bot.texts()[-1]
    await bot.say("/new wellbeing")  # off to another tool, and back
    await bot.say("/resume KB-12")
    question, held = bot.texts()[-2:]
    assert "Question 2 of" in question
    assert "What have you seen, heard or been told" in question
    assert "There is DV at home" in held
    assert [b["text"] for b in bot.newest_buttons()] == ["Keep it as it is"]
    await bot.tap(bot.buttons()[0])
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert draft.answers["what_happened"] == "There is DV at home"


# --- a link Telegram sends again ---------------------------------------------------------


async def test_an_invite_link_telegram_sends_again_does_not_tell_the_new_member_it_failed(
        bot: Bot) -> None:
    """Telegram sends an update again when the bot did not confirm it (a webhook post left
    unanswered, polling killed before its next request). Opening a link was not noted as
    handled, so the second delivery opened the single-use link again and told the colleague
    who had just joined "That link can't be used: it has expired, been used already...";
    now it is answered once."""
    await bot.say("/invite")
    await bot.tap("t:ic")
    code = bot.texts()[-1].rsplit("?start=", 1)[1].split()[0]
    joining = bot.updates.text(COLLEAGUE, f"/start {code}")
    await bot.feed(copy.deepcopy(joining))
    await bot.feed(copy.deepcopy(joining))  # the same update, the same update_id
    told = [str(p["text"]) for p in bot.request.sent() if int(p["chat_id"]) == COLLEAGUE]
    assert len(told) == 1
    assert "now a member" in told[0]
    await bot.say("/start", COLLEAGUE)  # and they are one
    assert "Which tool would you like" in bot.texts()[-1]
