"""The twenty-sixth pass over defects earlier passes saw and left: each pinned by a test that
failed on the code as it was."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import termios
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest
from conftest import run_sosbot, sosbot_command, sosbot_env

from tests.test_console import Child
from tests.test_console_input import HANG_GUARD, _exported, _read_until
from tests.test_telegram_handlers import Bot, bot

__all__ = ["bot"]  # the fixture

# --- 1. `sosbot chat` ended by SIGTERM or SIGHUP --------------------------------------------


def _controlling(fd: int) -> Callable[[], None]:
    """In the child: make the terminal on `fd` its controlling terminal, as a shell does, so
    closing the terminal sends it SIGHUP."""
    return lambda: fcntl.ioctl(fd, termios.TIOCSCTTY, 0)


def _two_answers_on_a_terminal(db: Path, stderr: IO[bytes] | None = None, *,
                               own: bool = True
                               ) -> tuple[subprocess.Popen[bytes], int, bytearray]:
    """`sosbot chat --flow reflection` on a real terminal (its controlling terminal unless
    not `own`), left at question 3."""
    master, slave = pty.openpty()
    child = subprocess.Popen(sosbot_command("chat", "--flow", "reflection", "--db", str(db)),
                             stdin=slave, stdout=slave, stderr=stderr or slave,
                             env=sosbot_env(), close_fds=True, start_new_session=True,
                             preexec_fn=_controlling(0) if own else None)
    os.close(slave)
    seen = bytearray()
    _read_until(master, b"case label", seen)
    os.write(master, b"KB-1\n")
    _read_until(master, b"Question 1", seen)
    os.write(master, b"2\n")
    _read_until(master, b"Question 2", seen)
    os.write(master, b"Seen a bruise on her arm\n")
    _read_until(master, b"Question 3", seen)
    while not seen.rstrip().endswith(b">"):  # the prompt under it: waiting for a line
        assert select.select([master], [], [], HANG_GUARD)[0], bytes(seen[-300:])
        seen += os.read(master, 4096)
    return child, master, seen


def _the_rest(fd: int, seen: bytearray) -> None:
    while select.select([fd], [], [], 1.0)[0]:
        try:
            more = os.read(fd, 4096)
        except OSError:  # the child has gone, and its terminal with it
            return
        if not more:
            return
        seen += more


def _offered_again(db: Path) -> None:
    again = run_sosbot("chat", "--db", str(db), input="")
    assert 'Continue "KB-1" (Pre-referral reflection, 2 answers)' in again.stdout
    assert "Seen a bruise on her arm" in _exported(db, "KB-1")


def test_sigterm_at_a_terminal_says_in_one_line_that_the_answers_are_saved(
        tmp_path: Path) -> None:
    """`kill` (SIGTERM) ended `sosbot chat` without a word (status -15): a practitioner saw
    the question vanish into the prompt and did not know whether her answers were kept. It
    says so, and how to carry on, in one line, and the next `sosbot chat` offers the draft."""
    db = tmp_path / "t.db"
    child, master, seen = _two_answers_on_a_terminal(db)
    try:
        shown = len(seen)
        child.send_signal(signal.SIGTERM)
        assert child.wait(timeout=HANG_GUARD) == 128 + signal.SIGTERM
        _the_rest(master, seen)
    finally:
        if child.poll() is None:
            child.kill()
        os.close(master)
    said = bytes(seen[shown:]).decode().strip().splitlines()
    assert len(said) == 1, said
    assert "answers so far are saved" in said[0]
    assert "`sosbot chat`" in said[0]
    _offered_again(db)


@pytest.mark.parametrize("own", [True, False], ids=["its-terminal", "no-sighup"])
def test_a_terminal_closed_under_the_chat_ends_it_cleanly_and_keeps_the_draft(
        tmp_path: Path, own: bool) -> None:
    """The terminal window was closed (SIGHUP, and its end of the terminal gone): the chat
    died of the signal, or, reading the end of the input first, failed to say goodbye to
    the terminal that was not there, in a traceback with status 120. It ends as at Ctrl-D,
    the database closed, and the next chat offers the draft."""
    db = tmp_path / "h.db"
    errors = tmp_path / "stderr.txt"
    with errors.open("wb") as stderr:
        child, master, _ = _two_answers_on_a_terminal(db, stderr, own=own)
        try:
            os.close(master)
            code = child.wait(timeout=HANG_GUARD)
        finally:
            if child.poll() is None:
                child.kill()
    assert "Traceback" not in errors.read_text(), errors.read_text()[-2000:]
    assert code in (0, 128 + signal.SIGHUP), code
    _offered_again(db)


def test_sigterm_while_answers_are_piped_in_names_the_line_it_stopped_before(
        tmp_path: Path) -> None:
    """Answers piped in, the chat killed with SIGTERM half way: it ended without a word, so a
    script could not tell which of its lines were saved. It names the line it stopped
    before, and every line before it is saved."""
    db = tmp_path / "p.db"
    child = Child("chat", "--flow", "reflection", "--db", str(db))
    child.type("KB-1", "School or college", "Seen a bruise on her arm")
    child.wait_for("Question 3")
    child.proc.send_signal(signal.SIGTERM)
    _, stderr = child.proc.communicate(timeout=HANG_GUARD)
    assert child.proc.returncode == 128 + signal.SIGTERM
    assert stderr.decode().strip().splitlines()[-1] == (
        "sosbot: stopped (SIGTERM) after line 3 of the answers piped in; the answers up to "
        "it are saved, and `sosbot chat` carries on from the next question.")
    _offered_again(db)


def test_sigterm_as_a_piped_line_is_being_saved_names_every_line_it_saved() -> None:
    """SIGTERM sent just as a line is read: the line is saved (or not read at all), and the
    line the chat names as the last one taken is the last answer saved, never one it read and
    dropped."""
    db = Path("race.db")
    child = Child("chat", "--flow", "reflection", "--db", str(db))
    child.wait_for("case label")
    child.type("KB-1", "School or college", "Seen a bruise on her arm")
    child.proc.send_signal(signal.SIGTERM)
    _, stderr = child.proc.communicate(timeout=HANG_GUARD)
    assert child.proc.returncode == 128 + signal.SIGTERM, stderr.decode()[-2000:]
    [line] = [0 if "before reading any" in said else int(said.split("after line ")[1].split()[0])
              for said in stderr.decode().splitlines() if said.startswith("sosbot: stopped")]
    again = run_sosbot("chat", "--db", str(db), input="")
    if line == 0:
        assert "KB-1" not in again.stdout
    else:
        answers = line - 1  # the first line is the case label
        assert (f'Continue "KB-1" (Pre-referral reflection, {answers} '
                f'answer{"" if answers == 1 else "s"})') in again.stdout


# --- 2. /pause and /show over a line held below /start's menu ----------------------------------


@pytest.mark.parametrize("between", [["/pause", "/resume"], ["/show"], ["/pause"]])
async def test_a_line_held_below_the_menu_outlasts_pause_or_show(
        bot: Bot, between: list[str]) -> None:
    """A line typed below /start's menu is held with a button to keep it. /pause (and
    /resume), or /show, let it go without a word: the button then said "There's nothing
    waiting to be kept" and the line had to be typed again. The button still keeps it."""
    await bot.say("/new reflection")
    await bot.say("KB-1")
    await bot.say("School or college")
    await bot.say("/start")
    await bot.say("Seen a bruise on her arm")
    keep = next(b for b in bot.newest_buttons() if b["text"].startswith("Keep it as the answer"))
    for said in between:
        await bot.say(said)
    await bot.tap(keep["callback_data"])
    assert "nothing waiting to be kept" not in "\n".join(bot.texts()[-3:])
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "What worries you</i>: Seen a bruise on her arm" in bot.texts()[-1]
