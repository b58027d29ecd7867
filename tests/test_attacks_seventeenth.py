"""The seventeenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each drives the real command (`sosbot chat`, `sosbot export`)
on a real SQLite file in a temporary folder."""

from __future__ import annotations

import base64
import os
import subprocess
from pathlib import Path

import pytest
from conftest import run_sosbot, sosbot_command, sosbot_env
from in_process import sosbot_here

NOBODY = 65534
KEY = base64.b64encode(bytes(range(32))).decode()


def a_terminal_draft(folder: Path) -> Path:
    db = folder / "e.db"
    made = sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                       input="KB-1\nSchool or college\nSeen a bruise on her arm\n")
    assert made.returncode == 0, made.stderr
    return db


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving a file to another user needs root")
@pytest.mark.parametrize("into_folder", [True, False])
def test_an_export_into_a_file_another_user_made_is_refused_and_left_unwritten(
        tmp_path: Path, into_folder: bool) -> None:
    """`sosbot export -o FOLDER` names the file for the label, the tool and the day, so
    another user of a shared folder could make that file first, readable by them: the case
    was written into it in the clear, keeping its mode (as a file of one's own keeps it),
    and they read it. Now a file another user owns is refused, and not even emptied."""
    db = a_terminal_draft(tmp_path)
    share = tmp_path / "share"
    share.mkdir(mode=0o777)
    planted = share / "kb-1.txt"
    if into_folder:  # the name the export takes in a folder, found in a folder of one's own
        probe = tmp_path / "probe"
        probe.mkdir()
        assert sosbot_here("export", "KB-1", "--db", str(db), "-o", str(probe)).returncode == 0
        planted = share / next(probe.iterdir()).name
    planted.write_text("someone else's notes\n")
    planted.chmod(0o666)
    os.chown(planted, NOBODY, NOBODY)
    result = sosbot_here("export", "KB-1", "--db", str(db),
                         "-o", str(share if into_folder else planted))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"sosbot: {planted} belongs to another user, who could read the case in it; choose "
        "a file of your own (or a new name). Nothing was written."]
    assert planted.read_text() == "someone else's notes\n"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving a link to another user needs root")
def test_an_export_through_a_link_another_user_planted_is_refused_and_its_target_kept(
        tmp_path: Path) -> None:
    """Another user of a shared folder made the export's name a link to a file of the
    user's own (one they can't read, but the user can write): the case was written over
    it. A link is followed only when it is the user's own."""
    db = a_terminal_draft(tmp_path)
    share = tmp_path / "share"
    share.mkdir(mode=0o777)
    own = tmp_path / "my-notes.txt"
    own.write_text("my own notes\n")
    planted = share / "kb-1.txt"
    planted.symlink_to(own)
    os.lchown(planted, NOBODY, NOBODY)
    result = sosbot_here("export", "KB-1", "--db", str(db), "-o", str(planted))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"sosbot: {planted} is a link another user made; choose a file of your own (or a new "
        "name). Nothing was written."]
    assert own.read_text() == "my own notes\n"

    mine = tmp_path / "mine.txt"
    mine.symlink_to(own)  # a link of one's own is followed, as before
    assert sosbot_here("export", "KB-1", "--db", str(db), "-o", str(mine)).returncode == 0
    assert "bruise" in own.read_text()


def test_an_export_to_a_pipe_nobody_reads_says_so_rather_than_waiting_for_ever(
        tmp_path: Path) -> None:
    """A named pipe where the export goes (made beforehand under its name, or given by
    mistake) left `sosbot export` waiting for ever for a reader, with nothing said; and a
    reader who came along, whoever they were, got the case."""
    db = a_terminal_draft(tmp_path)
    pipe = tmp_path / "summary.txt"
    os.mkfifo(pipe)
    result = subprocess.run(sosbot_command("export", "KB-1", "--db", str(db), "-o", str(pipe)),
                            capture_output=True, text=True, env=sosbot_env(), cwd=tmp_path,
                            timeout=30, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [  # any pipe is refused now (24th pass)
        f"sosbot: {pipe} is a pipe, not a file: an export is written only to a file, or to "
        "standard output with -o - (or no -o). Give a file name. Nothing was written."]


def test_an_export_over_a_longer_file_of_ones_own_leaves_nothing_of_it(tmp_path: Path) -> None:
    """The export is written over a file of the user's own, which keeps its mode, and none
    of what was in it is left after the summary."""
    db = a_terminal_draft(tmp_path)
    own = tmp_path / "mine.txt"
    own.write_text("x" * 100_000)
    own.chmod(0o640)
    result = sosbot_here("export", "KB-1", "--db", str(db), "-o", str(own))
    assert result.returncode == 0, result.stderr
    assert own.stat().st_mode & 0o777 == 0o640
    assert "x" * 10 not in own.read_text()
    assert "Seen a bruise on her arm" in own.read_text()


PORT_PAST_RANGE = "postgresql://sosbot:pw-not-shown@127.0.0.1:{port}/sosbot"


@pytest.mark.parametrize("command", [("chat",), ("run",), ("purge",), ("keys", "list")])
@pytest.mark.parametrize("port", ["99999", "5432,127.0.0.1:65536"])
def test_a_database_url_whose_port_is_past_65535_is_one_line_naming_the_setting(
        tmp_path: Path, command: tuple[str, ...], port: str) -> None:
    """A port mistyped past 65535 in SOSBOT_DATABASE_URL (a digit too many) ended `sosbot
    chat`, `purge` and `keys` in a 70-line traceback from deep in the socket call, and
    `sosbot run` in "stopped by an unexpected OverflowError"."""
    start = run_sosbot if command == ("run",) else sosbot_here  # `run`: a process of its own
    result = start(*command, cwd=tmp_path, input="", env={
        "SOSBOT_DATABASE_URL": PORT_PAST_RANGE.format(port=port),
        "SOSBOT_DATA_KEY": KEY, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_API_ROOT": "http://127.0.0.1:9"})
    assert result.returncode != 0
    wrong = port.rpartition(":")[2]
    assert result.stderr.strip().splitlines() == [
        f"sosbot: SOSBOT_DATABASE_URL: has the port {wrong}, and a port is a number from 1 to "
        "65535 (PostgreSQL's is usually 5432); correct it (set in the environment)"]
    assert "pw-not-shown" not in result.stdout + result.stderr


def test_a_db_option_whose_port_is_past_65535_is_one_line(tmp_path: Path) -> None:
    result = sosbot_here("export", "KB-1", "--db", PORT_PAST_RANGE.format(port="99999"),
                         cwd=tmp_path, env={"SOSBOT_DATA_KEY": KEY})
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "sosbot: --db: has the port 99999, and a port is a number from 1 to 65535 "
        "(PostgreSQL's is usually 5432); correct it."]


@pytest.mark.parametrize("command", ["/skip", "/done", "/use", "/edit 99", "/resume KB-99",
                                     "/new nosuchtool"])
def test_a_piped_command_that_is_turned_down_stops_before_later_lines_shift(
        tmp_path: Path, command: str) -> None:
    """Answers piped in stop at a line that cannot be taken, an empty line where an answer
    is needed included, so no later line answers the wrong question. /skip there (or /done
    or /use, where there is no list or no suggestion) was turned down and the chat went
    on: the next line, written for the question after, was saved as this one's answer. So
    was a line after an /edit, /resume or /new naming nothing there is (/edit 3, /resume
    KB-2, /new mapping choose what the next line answers), written as that answer."""
    db = tmp_path / "p.db"
    result = sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                         input=f"KB-1\nSchool or college\n{command}\nYes, as far as I know\n")
    assert result.returncode == 1
    assert "sosbot: line 3 of the answers piped in was not taken; stopped there." \
        in result.stderr.splitlines()
    exported = sosbot_here("export", "KB-1", "--db", str(db))
    assert "School or college" in exported.stdout
    assert "Yes, as far as I know" not in exported.stdout  # not saved as what worries you


FLOWS = Path(__file__).parents[1] / "flows"


def test_a_flow_files_field_named_with_terminal_escapes_is_shown_not_acted_on(
        tmp_path: Path) -> None:
    """A flow file from elsewhere (another council's tool, say) whose misspelt field's name
    held an escape sequence had it printed as it was by `sosbot flows check` (and at start-up):
    the operator's terminal cleared its screen, took a new title, or (OSC 52) had its
    clipboard written. The line names the field with the escape written out."""
    text = (FLOWS / "reflection.yaml").read_text(encoding="utf-8")
    at = text.index("    steps:")
    (tmp_path / "tool.yaml").write_text(
        text[:at] + '    "x\\e[2J\\e]52;c;cm0gLXJm\\ay": 1\n' + text[at:], encoding="utf-8")
    result = sosbot_here("flows", "check", "tool.yaml", cwd=tmp_path)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.endswith(r"x\x1b[2J\x1b]52;c;cm0gLXJm\x07y: unknown field (check the spelling)")
    assert "\x1b" not in result.stdout + result.stderr


def test_a_word_list_field_named_with_terminal_escapes_is_shown_not_acted_on(
        tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text('"x\\e[2Jy": 1\n', encoding="utf-8")
    result = sosbot_here("chat", cwd=tmp_path, input="", env={"SOSBOT_WORDS": "words.yaml"})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        r"sosbot: SOSBOT_WORDS: words.yaml:1: x\x1b[2Jy: unknown field (check the spelling)"]


@pytest.mark.parametrize(("find", "put", "field"), [
    ("title: Pre-referral reflection", 'title: "\\e]0;sosbot\\a\\e[2JPre-referral reflection"',
     "title"),
    ("label: School or college", 'label: "School or \\u202Eegelloc"',
     "sections[0].steps[0].choices[0].label"),
])
def test_a_flow_text_that_a_terminal_would_act_on_is_refused_naming_file_line_and_field(
        tmp_path: Path, find: str, put: str, field: str) -> None:
    """A flow's title, question or choice could hold an escape sequence or a direction
    override (YAML's "\\e" and "\\u202E" write them): `sosbot flows check` said the file
    was OK, and `sosbot chat` and `flows list` printed it to the terminal as it was, where
    it cleared the screen or retitled the window; in Telegram an override turns the words
    after it around. Now the file is refused like any other broken one."""
    text = (FLOWS / "reflection.yaml").read_text(encoding="utf-8")
    assert find in text
    (tmp_path / "tool.yaml").write_text(text.replace(find, put, 1), encoding="utf-8")
    result = sosbot_here("flows", "check", "tool.yaml", cwd=tmp_path)
    assert result.returncode == 1
    [line] = result.stdout.splitlines()
    assert line.startswith(f"tool.yaml:{text[:text.index(find)].count(chr(10)) + 1}: {field}: "
                           "holds the character \\")
    assert "\x1b" not in result.stdout
    assert "\u202e" not in result.stdout


def test_a_flow_in_a_right_to_left_language_with_its_direction_marks_still_loads(
        tmp_path: Path) -> None:
    """Arabic, Urdu or Hebrew pasted from a word processor carries plain direction marks
    (U+200F, U+200E, U+061C) and word joiners, which turn nothing around: a translated tool
    holding them is not refused as one with an override is."""
    text = (FLOWS / "reflection.yaml").read_text(encoding="utf-8")
    translated = text.replace("title: Pre-referral reflection",
                              'title: "\u200fتأمل قبل الإحالة\u200e (\u061cPre-referral\u2060)"', 1)
    (tmp_path / "tool.yaml").write_text(translated, encoding="utf-8")
    result = sosbot_here("flows", "check", "tool.yaml", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_word_list_text_that_a_terminal_would_act_on_is_refused(tmp_path: Path) -> None:
    (tmp_path / "words.yaml").write_text(
        "terms:\n  - term: service user\n    question: \"\\e[2JWho do you mean?\"\n",
        encoding="utf-8")
    result = sosbot_here("chat", cwd=tmp_path, input="", env={"SOSBOT_WORDS": "words.yaml"})
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("sosbot: SOSBOT_WORDS: words.yaml:3: terms[0].question: holds the "
                           "character \\x1b")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving a file to another user needs root")
def test_an_empty_database_file_another_user_made_is_not_adopted(tmp_path: Path) -> None:
    """Another user of a shared folder made the empty file sosbot would take as its
    database: it was adopted, stayed theirs (a non-owner cannot make it private), and every
    draft saved in it was theirs to read."""
    share = tmp_path / "share"
    share.mkdir()
    share.chmod(0o777)  # as a shared folder is (mkdir's mode is cut by the umask)
    planted = share / "sosbot.db"
    planted.touch(mode=0o666)
    os.chown(planted, NOBODY, NOBODY)
    result = sosbot_here("chat", "--flow", "reflection", cwd=share, input="KB-1\n")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines()[-1] == (
        "sosbot: Cannot use the database sosbot.db: it is an empty file another user made, who "
        "could read what is saved in it; remove it, or give another name.")
    assert planted.stat().st_size == 0
    assert sorted(f.name for f in share.iterdir()) == ["sosbot.db"]  # no stray key beside it

    planted.unlink()
    planted.touch(mode=0o644)  # one of one's own is adopted, and made private, as before
    assert sosbot_here("chat", "--flow", "reflection", cwd=share, input="KB-1\n").returncode == 0
    assert planted.stat().st_mode & 0o077 == 0


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="giving a file to another user needs root")
def test_a_key_file_another_user_made_in_a_shared_folder_is_refused(tmp_path: Path) -> None:
    """Run as root (a cron job), sosbot read a key file another user had put in a shared
    folder under the name it looks for: they knew the key that sealed every answer."""
    share = tmp_path / "share"
    share.mkdir()
    share.chmod(0o777)  # as a shared folder is (mkdir's mode is cut by the umask)
    assert sosbot_here("keys", "new", "--write", cwd=share).returncode == 0
    os.chown(share / "sosbot.key", NOBODY, NOBODY)
    result = sosbot_here("chat", "--flow", "reflection", cwd=share, input="KB-1\n")
    assert result.returncode != 0
    assert "belongs to another user, in a folder others can write to" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (share / "sosbot.db").exists() or (share / "sosbot.db").stat().st_size == 0

    private = tmp_path / "service"  # the service user's own folder: root's cron reads it
    private.mkdir(mode=0o700)
    (share / "sosbot.key").rename(private / "sosbot.key")
    assert sosbot_here("chat", "--flow", "reflection", cwd=private, input="KB-1\n").returncode == 0
