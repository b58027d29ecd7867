"""The twentieth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the bot polling the local Bot API
server as `sosbot run` does (`tests.telegram_world`); the rest through the real command."""

from __future__ import annotations

import os
import shlex
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env
from in_process import sosbot_here

from tests.botapi_server import BotApiServer
from tests.telegram_world import PRACTITIONER, bot_world
from tests.test_attacks_fourteenth import at_going_well
from tests.test_webhook import instance, open_a_draft

# --- text holding half of a surrogate pair --------------------------------------------------


def stored_steps(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as opened:
        return sorted(row[0] for row in opened.execute("SELECT step_id FROM answers"))


async def test_an_answer_holding_half_an_emoji_is_saved_with_a_mark_in_its_place(
        tmp_path: Path) -> None:
    """JSON can carry half of an emoji's surrogate pair (`\\ud83d` with nothing after it),
    which no UTF-8 text holds; python-telegram-bot reads it into the message's text as it
    is. The answer it was in failed at the first thing that measured the text: "Sorry,
    something went wrong on my side", an ERROR in the log, and the answer not saved. It is
    now read as text that was not UTF-8 is, the half shown as the replacement character."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-12", command="start")
        await world.tap("School or college")
        await world.answer("Drew a sad face \ud83d and cried")
        assert "is the child safe to go home today" in world.texts()[-1]
        await world.command("review")
        assert "Drew a sad face \ufffd and cried" in world.texts()[-1]
    assert stored_steps(tmp_path / "bot.db") == ["referrer_role", "what_happened"]


async def test_a_label_or_command_holding_half_an_emoji_is_read_not_failed(
        tmp_path: Path) -> None:
    """The same half pair in a case label, and after a command's name (`/resume`), which
    are quoted back before anything is saved."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB\ud83d-12", command="start")
        assert "KB\ufffd-12" in "\n".join(world.texts())
        await world.command("resume", "\udc00")
        assert "can't find that draft" in world.texts()[-1]


async def test_half_an_emoji_posted_to_the_webhook_is_read_as_polling_reads_it(
        tmp_path: Path) -> None:
    """The same through `sosbot run --webhook`: the post is answered 200 once the answer is
    saved, not with "Sorry" and an ERROR in the log."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        await open_a_draft(bot)
        asked = server.chat(PRACTITIONER)[-1]
        school = server.press_button(PRACTITIONER, asked.message_id, asked.callback_data[0])
        assert await bot.post(server.take_update(school)) == 200
        typed = server.send_text(PRACTITIONER, "Drew a sad face \ud83d and cried")
        assert await bot.post(server.take_update(typed)) == 200
        assert "is the child safe to go home today" in server.texts(PRACTITIONER)[-1]
        assert await bot.stop() == 0
    assert "ERROR" not in bot.stderr
    assert sorted(stored_steps(tmp_path / "bot.db")) == ["referrer_role", "what_happened"]


# --- words typed after a command that takes none ---------------------------------------------


async def test_words_after_skip_or_back_are_said_back_not_dropped(tmp_path: Path) -> None:
    """"/skip don't know yet" at an optional question skipped it and dropped the words
    without a word said; "/back and her aunt has her on Fridays" went back and dropped the
    rest, so the practitioner believed it was added. Neither is done now: the words are
    quoted back as not saved, and the question asked again."""
    async with bot_world(tmp_path / "bot.db") as world:
        await at_going_well(world)
        await world.say("/back and her aunt has her on Fridays")
        notice, asked = world.texts()[-2:]
        assert notice == ("I haven't acted on /back, nor saved \"and her aunt has her on "
                          "Fridays\": /back takes nothing after it. Send /back on its own, or "
                          "the words on their own as an answer.")
        assert "What is going well for this child" in asked
        await world.say("/skip Nan collects her")
        assert "nor saved \"Nan collects her\"" in world.texts()[-2]
        await world.answer("Nan collects her")
        assert "What do you think needs to happen next" in world.texts()[-1]
    assert stored_steps(tmp_path / "bot.db") == [
        "family_knows", "going_well", "referrer_role", "safe_today", "what_happened"]


def test_words_after_skip_piped_in_stop_the_chat(tmp_path: Path) -> None:
    """Piped in, "/skip not known" at an optional question skipped it and dropped the words;
    now the line is not taken, and the chat stops there as at any line not taken."""
    db = tmp_path / "p.db"
    done = sosbot_here("chat", "--flow", "reflection", "--db", str(db), input=(
        "KB-1\nSchool or college\nSaw a bruise\nYes, as far as I know\nThey know and agree\n"
        "Nan collects her\nI will call the hub today\n6\n/skip not known\n"))
    assert done.returncode == 1
    assert 'nor saved "not known"' in done.stdout
    assert done.stderr.splitlines()[-1] == ("sosbot: line 9 of the answers piped in was not "
                                            "taken; stopped there.")


def test_a_command_with_a_full_stop_is_not_saved_as_the_answer_at_the_terminal(
        tmp_path: Path) -> None:
    """"/skip." at "Why this number?" was saved as the answer, and the summary read "Why
    this number: /skip."; Telegram, which marks "/skip" as a command whatever follows it,
    answered "Did you mean /skip?". The terminal said the same (and, piped in, stopped);
    since the forty-ninth pass both take it as /skip (tests/test_walk_fortyninth.py)."""
    db = tmp_path / "q.db"
    done = sosbot_here("chat", "--flow", "reflection", "--db", str(db), input=(
        "KB-1\nSchool or college\nSaw a bruise\nYes, as far as I know\nThey know and agree\n"
        "Nan collects her\nI will call the hub today\n6\n/skip.\n"))
    assert "I don't know that command" not in done.stdout
    assert done.returncode == 0, done.stderr
    assert "/skip." not in sosbot_here("export", "KB-1", "--format", "txt", "--db",
                                       str(db)).stdout


# --- an edited message while "are you sure?" waits -----------------------------------------


async def test_an_edit_while_are_you_sure_waits_asks_it_again_below_its_note(
        tmp_path: Path) -> None:
    """A photo's note passes "are you sure?" by, so it is asked again below the note and the
    old prompt's Yes is stale; an edit's note ("I don't read edited messages") passed it by
    too, but left the old prompt standing above it, its Yes still erasing everything."""
    async with bot_world(tmp_path / "bot.db") as world:
        await at_going_well(world)
        await world.command("delete")
        prompt, yes = world.with_button("Yes, erase everything")
        mark = len(world.server.calls)
        sent = world.server.user_messages(PRACTITIONER)
        world.server.edit_user_message(PRACTITIONER, sent[-2]["message_id"], "Seen a burn")
        await world.settle(mark)
        await world.server.wait_idle(quiet=0.3)
        assert world.texts()[-2].startswith("I don't read edited messages")
        assert world.texts()[-1].startswith("Erase everything stored about you")
        mark = len(world.server.calls)
        world.server.press_button(PRACTITIONER, prompt.message_id, yes, allow_missing=True)
        await world.settle(mark)
        assert len(stored_steps(tmp_path / "bot.db")) == 4  # the old Yes erased nothing
        await world.tap("Yes, erase everything")  # the one asked below the note
        assert "everything about you has been erased" in world.texts()[-1]
    assert stored_steps(tmp_path / "bot.db") == []


# --- a path that starts with ~ ----------------------------------------------------------------

REFLECTION = ("KB-1\nSchool or college\nSeen a bruise on her arm\nYes, as far as I know\n"
              "They know and agree\nNan collects her\nI will call the hub today\n6\n\n")


@pytest.mark.parametrize("how", ["--db=~/notes/sosbot.db", ".env", "SOSBOT_DATABASE_URL"])
def test_a_database_under_the_home_folder_written_with_a_tilde_is_made_there(
        tmp_path: Path, how: str) -> None:
    """`SOSBOT_DB=~/notes/sosbot.db` in `.env` (which, like systemd's EnvironmentFile, does
    not expand `~`), or `sosbot chat --db=~/notes/sosbot.db` (which the shell does not expand
    after `=`), made a folder named "~" in the working folder and kept the answers and the
    key in it: the next chat started elsewhere found no drafts, and `rm -r ~` to tidy it up
    would remove the home folder. The `~` is now the home folder, as a shell reads it."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    args = ["chat", "--flow", "reflection"]
    env = {"HOME": str(home)}
    if how == ".env":
        (work / ".env").write_text("SOSBOT_DB=~/notes/sosbot.db\n")
    elif how == "SOSBOT_DATABASE_URL":
        env["SOSBOT_DATABASE_URL"] = "sqlite:///~/notes/sosbot.db"
    else:
        args.append(how)
    done = sosbot_here(*args, input=REFLECTION, cwd=work, env=env)
    assert done.returncode == 0, done.stderr
    assert not (work / "~").exists()
    assert (home / "notes" / "sosbot.db").is_file()
    assert (home / "notes" / "sosbot.key").is_file()
    again = sosbot_here("export", "KB-1", "--format", "txt", "--db=~/notes/sosbot.db",
                        "-o=~/KB-1.txt", cwd=work, env=env)
    assert again.returncode == 0, again.stderr
    assert "Seen a bruise on her arm" in (home / "KB-1.txt").read_text()
    assert not (work / "~").exists()


def test_a_word_list_given_as_words_equals_tilde_is_read_from_the_home_folder(
        tmp_path: Path) -> None:
    """The review of this pass: `sosbot language-check --words=~/words.yaml` looked for a
    folder named "~" in the working folder, as `--db=` had."""
    home, work = tmp_path / "home", tmp_path / "work"
    home.mkdir()
    work.mkdir()
    (home / "words.yaml").write_text("mode: add\nterms:\n  - term: zzplop\n"
                                     "    question: What does zzplop mean here?\n")
    done = sosbot_here("language-check", "--words=~/words.yaml", input="Mum has zzplop\n",
                       cwd=work, env={"HOME": str(home)})
    assert done.stderr == ""
    assert done.stdout == '1: "zzplop"\n'


def test_a_tilde_naming_a_home_folder_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    """`~someone/` for a user this server does not have: said in one line, naming the
    setting, and nothing made."""
    done = sosbot_here("chat", cwd=tmp_path, input="",
                       env={"SOSBOT_DB": "~no-such-user-here/sosbot.db"})
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "sosbot: SOSBOT_DB: starts with ~no-such-user-here, a home folder that cannot be "
        "found here; give the full path (set in the environment)"]
    assert list(tmp_path.iterdir()) == []


# --- a flow file whose fields never end ---------------------------------------------------


@pytest.mark.parametrize(("text", "line", "said"), [
    ("id: loop\nversion: 1\nsections:\n  - &part\n    id: a\n    steps: [*part]\n", 4,
     "the anchor (&) on this line is used (with *) inside what it names, so it repeats "
     "without end; remove that alias"),
    ("id: " + "[" * 3000 + "]" * 3000 + "\n", 1,
     "lists or fields nested more than 64 deep; no flow or word list needs that"),
    ("a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]\n" for n in range(1, 12)), 1,
     "aliases (*) repeat parts of the file into more than 1,000,000 fields (this line is "
     "one of them); no flow or word list needs that"),
    # The review: libyaml's own reader ended the process (a segmentation fault, no word)
    # at some 30,000 levels, in brackets or in list marks.
    ("terms:\n  - " + "[" * 30000 + "]" * 30000 + "\n", 2,
     "lists or fields nested more than 64 deep; no flow or word list needs that"),
    ("terms:\n  - " + "- " * 30000 + "x\n", 2,
     "lists or fields nested more than 64 deep; no flow or word list needs that"),
], ids=["an alias inside what it names", "lists nested 3000 deep", "aliases of aliases",
        "brackets nested 30000 deep", "list marks nested 30000 deep"])
def test_a_flow_file_that_never_ends_is_one_line_naming_file_and_line(
        tmp_path: Path, text: str, line: int, said: str) -> None:
    """YAML lets a part of a file hold itself (`&part` named, then `*part` inside it), and
    lists be nested thousands deep; either ended `sosbot flows check` (and start-up, and a
    council's word list in SOSBOT_WORDS) in a RecursionError traceback of a thousand lines.
    Twelve lines of aliases of aliases name 9^12 fields, and reading them hung both."""
    flow = tmp_path / "loop.yaml"
    flow.write_text(text)
    checked = sosbot_here("flows", "check", str(flow))
    assert checked.returncode == 1
    assert checked.stdout.splitlines() == [f"{flow}:{line}: {said}"]
    assert checked.stderr == ""
    words = sosbot_here("chat", "--db", str(tmp_path / "c.db"), input="",
                        env={"SOSBOT_WORDS": str(flow)})
    assert words.returncode == 2
    assert words.stderr.splitlines() == [f"sosbot: SOSBOT_WORDS: {flow}:{line}: {said}"]


def test_a_word_list_set_to_a_pipe_or_a_device_is_one_line_not_a_hang(tmp_path: Path) -> None:
    """SOSBOT_WORDS set to a named pipe held `sosbot chat` and `sosbot run` at start-up for
    ever, saying nothing (reading a pipe waits for a writer); set to /dev/zero, it read
    until memory ran out. Each is now one line naming the file, as a folder already was."""
    pipe = tmp_path / "words.yaml"
    os.mkfifo(pipe)
    for named in (pipe, Path("/dev/zero")):
        done = subprocess.run(
            f"ulimit -v 600000; exec {' '.join(map(shlex.quote, sosbot_command('chat')))}",
            shell=True, executable="/bin/bash", capture_output=True, text=True, input="",
            env=sosbot_env(SOSBOT_WORDS=str(named)), cwd=tmp_path, timeout=60, check=False)
        assert done.returncode == 2, done.stderr[-300:]
        assert done.stderr.splitlines() == [f"sosbot: SOSBOT_WORDS: {named}: cannot read file: "
                                            "it is not a regular file (a device or a pipe); "
                                            "give the file itself"]
    checked = sosbot_here("flows", "check", str(pipe))
    assert checked.stdout.splitlines() == [f"{pipe}: cannot read file: it is not a regular "
                                           "file (a device or a pipe); give the file itself"]


# --- answers piped in that a menu or the command table cannot take --------------------------


def test_a_mistyped_command_piped_in_stops_before_later_lines_answer_the_wrong_questions(
        tmp_path: Path) -> None:
    """A script of answers with `/skp` for `/skip` at "What is going well?": the mistyped
    command was answered "I don't know that command" and the chat read on, so "I will call
    the hub today" was saved as what is going well and "6" as what needs to happen next,
    every line after it one question early, and the summary printed them so."""
    db = tmp_path / "p.db"
    done = sosbot_here("chat", "--flow", "reflection", "--db", str(db), input=(
        "KB-1\nSchool or college\nSaw a bruise\nYes, as far as I know\nThey know and agree\n"
        "/skp\nI will call the hub today\n6\n\n"))
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1] == ("sosbot: line 6 of the answers piped in was not "
                                            "taken; stopped there.")
    assert "Did you mean /skip?" in done.stdout
    exported = sosbot_here("export", "KB-1", "--format", "txt", "--db", str(db)).stdout
    assert "I will call the hub today" not in exported
    assert stored_steps(db) == ["family_knows", "referrer_role", "safe_today", "what_happened"]


def test_answers_saved_by_notepad_pick_the_tool_their_first_line_names(tmp_path: Path) -> None:
    """Windows Notepad saves UTF-8 with an invisible mark before the first line. Piped in
    with no --flow, the first line "2" (the second tool) was not read as a number: "I
    haven't saved "2"", and so for every later line, until one that was a number from 1 to
    8 ("6", the scale's answer) opened that tool, and the lines after it answered its
    questions. The mark is no part of what was typed, and a line a menu cannot take now
    stops the chat there, as any line not taken does."""
    db = tmp_path / "n.db"
    done = sosbot_here("chat", "--db", str(db), input=(
        "\ufeff2\nKB-1\nSchool or college\nSaw a bruise\n"))
    assert done.returncode == 0, done.stdout[-600:]
    assert "haven't saved" not in done.stdout
    exported = sosbot_here("export", "KB-1", "--format", "txt", "--db", str(db)).stdout
    assert "PRE-REFERRAL REFLECTION: KB-1" in exported
    assert "What worries you: Saw a bruise" in exported
    wrong = sosbot_here("chat", "--db", str(tmp_path / "w.db"), input=(
        "KB-2\nSchool or college\n6\nSaw a bruise\n"))
    assert wrong.returncode == 1
    assert wrong.stderr.splitlines()[-1] == ("sosbot: line 1 of the answers piped in was not "
                                             "taken; stopped there.")
    assert sosbot_here("export", "KB-2", "--db", str(tmp_path / "w.db")).returncode == 1


# --- answers piped in with no line break ----------------------------------------------------


def test_answers_piped_in_that_never_break_a_line_stop_the_chat_not_the_machine(
        tmp_path: Path) -> None:
    """`sosbot chat` read a piped line whole, however long: a file with no line breaks (a
    binary file, `< /dev/zero`) was read into memory until the system ran out, ending in a
    MemoryError traceback (here, with memory capped at 600 MB) or the OOM killer. A line
    longer than any answer can be now stops the chat there, as a line over an answer's
    length limit does, with the answers before it kept."""
    chat = " ".join(shlex.quote(part) for part in sosbot_command(
        "chat", "--flow", "reflection", "--db", str(tmp_path / "c.db")))
    done = subprocess.run(
        f"ulimit -v 600000; (printf 'KB-1\\nSchool or college\\n'; cat /dev/zero) | {chat}",
        shell=True, executable="/bin/bash", capture_output=True, text=True,
        errors="replace", env=sosbot_env(), cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 1, done.stderr[-500:]
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == ("sosbot: line 3 of the answers piped in was not "
                                            "taken; stopped there.")
    assert "Line 3 of the answers piped in is longer than any answer can be" in done.stdout
    assert stored_steps(tmp_path / "c.db") == ["referrer_role"]


def test_wording_piped_into_the_language_check_with_no_line_break_stops_in_one_line(
        tmp_path: Path) -> None:
    """`sosbot language-check` read its standard input the same way: a file with no line
    breaks was read whole into memory, ending in a MemoryError traceback."""
    check = " ".join(shlex.quote(part) for part in sosbot_command("language-check"))
    done = subprocess.run(
        f"ulimit -v 600000; (printf 'Mum has poor engagement\\n'; cat /dev/zero) | {check}",
        shell=True, executable="/bin/bash", capture_output=True, text=True,
        errors="replace", env=sosbot_env(), cwd=tmp_path, timeout=120, check=False)
    assert done.returncode == 2
    assert done.stdout == '1: "poor engagement"\n'
    assert done.stderr == ("sosbot: line 2 is longer than any answer can be (over 65,536 "
                           "characters, or no line breaks at all); stopped there.\n")


def test_a_piped_line_of_exactly_the_longest_length_is_read(tmp_path: Path) -> None:
    """The review of the twentieth pass: a line of exactly 65,536 characters was refused as
    "over 65,536 characters" (its line break did not fit in what was read)."""
    line = "Mum has poor engagement " + "x" * (65_536 - 24)
    assert len(line) == 65_536
    done = sosbot_here("language-check", input=line + "\n")
    assert "longer than any answer" not in done.stderr
    assert done.stdout.startswith('1: "poor engagement"')
