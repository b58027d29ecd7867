"""The twenty-third pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

import signal
import subprocess
from pathlib import Path

from conftest import sosbot_command, sosbot_env

from flows.loader import load_flows
from tests.processes import HANG_GUARD
from tests.test_console import Child
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()

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
