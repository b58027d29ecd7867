"""The thirty-fourth round of attacks: a hostile or careless user and operator against the
real entry points: the bot as `sosbot run` runs it, polling the local Bot API server
(`tests.telegram_world`), and `sosbot chat` on a pseudo-terminal or with answers piped in.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import io
import os
import re
import signal
import sqlite3
import struct
import subprocess
import termios
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.child_state import catches, handled, pending, sleeps_on_a_lock, wait_until, writes_held
from tests.conftest import run_sosbot, sosbot_command, sosbot_env
from tests.processes import HANG_GUARD, sosbot_child
from tests.telegram_world import PRACTITIONER, bot_world, run_env, start_a_draft
from tests.terminal import Terminal, exported

pytestmark = pytest.mark.e2e


def word_document(db: Path, label: str) -> str:
    """The body of the Word document `sosbot export` writes for the draft `label`."""
    out = db.with_suffix(".docx")
    export = run_sosbot("export", label, "--format", "docx", "--db", str(db), "-o", str(out))
    assert export.returncode == 0, export.stderr
    return body_of(out.read_bytes())


def body_of(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as document:
        return document.read("word/document.xml").decode()


# --- 1. Unicode's own line and paragraph separators, pasted --------------------------------------

SEPARATED = "Mum said dad hit her on Monday{brk}she was crying at the gate"


@pytest.mark.parametrize("brk", ["\u2028", "\u2029"], ids=["LINE SEPARATOR", "PARAGRAPH SEPARATOR"])
async def test_a_unicode_line_separator_sent_in_telegram_is_a_line_break(
        tmp_path: Path, brk: str) -> None:
    """Notes copied from a web page or a Mac's Pages hold U+2028 (LINE SEPARATOR) or U+2029
    where a line breaks. Sent as an answer, the character was saved as it came, where every
    other line break is saved as a line feed: the Word document and the web page of the
    summary held it in the middle of one run of text instead of a line break (the plain
    text split it, so each document showed the answer its own way). It is a line break, as
    Word's own Shift+Enter is."""
    db = tmp_path / "bot.db"
    async with bot_world(db) as world:
        await start_a_draft(world.server)
        await world.say("School or college")
        await world.say(SEPARATED.format(brk=brk))
        await world.say("/review")
        assert "Monday\nshe was crying" in world.texts()[-1]
        await world.command("export")
        word = next(d for d in world.server.documents(PRACTITIONER)
                    if d.filename.endswith(".docx"))
    assert "Monday</w:t><w:br/><w:t>she was crying" in body_of(word.content)


def test_a_unicode_line_separator_typed_in_the_chat_is_a_line_break(tmp_path: Path) -> None:
    """The same at the terminal: `sosbot chat` said "The 2 lines you pasted are kept
    together", and saved the separator itself, not a line break."""
    db = tmp_path / "chat.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"KB-3", (b"1\n", b"Question 2"))
        terminal.type(SEPARATED.format(brk="\u2028").encode() + b"\n", b"Question 3")
        terminal.end()
    assert "Monday</w:t><w:br/><w:t>she was crying" in word_document(db, "KB-3")


# --- 2. one very long word piped in at a question of choices -------------------------------------

PIPED_WORD = 30_000  # letters, with no space: under the 65,536 a piped line may hold


def test_a_long_word_piped_in_at_a_choice_is_refused_without_taking_the_machines_memory(
        tmp_path: Path) -> None:
    """A file of answers piped into `sosbot chat` with a long line of letters where a choice
    is asked (a pasted key or an encoded picture, no space in it): the chat read every way
    two of its letters could be swapped, each a copy of the whole line, to see whether it
    was an option's word mistyped: 30,000 letters held about a gigabyte, the 64,000 a line
    may hold four, for half a minute, where a laptop's memory runs out and the system kills
    the chat. It is refused at once, as any line no option matches is, naming the line."""
    letters = "".join(chr(ord("a") + (i * 7 + i // 26) % 26) for i in range(PIPED_WORD))
    (tmp_path / "answers.txt").write_text(f"KB-1\n{letters}\n", encoding="utf-8")
    status, peak = run_measured(tmp_path, "answers.txt", "chat", "--flow", "reflection",
                                "--db", "c.db")
    assert status == 1
    assert "line 2 of the answers piped in was not taken" in (tmp_path / "err").read_text()
    assert "I couldn't match that to one of the options" in (tmp_path / "out").read_text()
    assert 0 < peak < 300_000  # kB: the chat itself holds about 80,000


def run_measured(folder: Path, piped: str, *args: str) -> tuple[int, int]:
    """`sosbot ARGS` in `folder`, the file `piped` on its standard input, its output in
    `out` and `err` there: its exit status, and the most memory it was seen holding (kB).

    Its own high-water mark (VmHWM), read while it runs: the rusage `wait4` gives counts
    the memory of the process it was started from as well (Linux keeps the larger across
    the exec), and a test process late in the suite holds hundreds of megabytes."""
    with open(folder / piped, "rb") as given, open(folder / "out", "wb") as out, \
            open(folder / "err", "wb") as err:
        child = subprocess.Popen(sosbot_command(*args), stdin=given, stdout=out, stderr=err,
                                 cwd=folder, env=sosbot_env())
    deadline = time.monotonic() + HANG_GUARD
    peak = 0
    while child.poll() is None:
        peak = max(peak, _high_water(child.pid))
        if time.monotonic() > deadline:
            child.kill()
            raise AssertionError("the chat never ended")
        time.sleep(0.02)
    return child.returncode, peak


def _high_water(pid: int) -> int:
    """A running process's peak memory so far (kB), 0 once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) if found else 0


# --- 3. nothing given as the case label ----------------------------------------------------------

ASK_LABEL = b"Give this draft a short case label"
NEEDS_LETTERS = b"A case label needs letters or numbers"


def test_enter_pressed_at_the_case_label_says_what_a_label_needs(tmp_path: Path) -> None:
    """Enter pressed at the case label in `sosbot chat` (or spaces only) was answered with
    the question's own words twice over, the first as a problem ("! Give this draft a short
    case label ...", then "Give this draft a short case label ..."), nothing saying what was
    wrong. It says a label needs letters or numbers, then asks once."""
    with Terminal("--flow", "reflection", "--db", str(tmp_path / "c.db")) as terminal:
        asked = terminal.wait_for(b"> ", terminal.wait_for(ASK_LABEL))
        for typed in (b"\n", b"   \n"):
            told = terminal.type(typed, ASK_LABEL)
            shown = bytes(terminal.seen[asked:terminal.wait_for(b"> ", told)])
            assert shown.count(ASK_LABEL) == 1, shown
            assert NEEDS_LETTERS in shown, shown
            asked = len(terminal.seen)
        terminal.type(b"KB-1\n", b"Question 1")
        terminal.end()


async def test_an_invisible_case_label_sent_in_telegram_says_what_a_label_needs(
        tmp_path: Path) -> None:
    """The same in Telegram, for a label of an invisible character alone (the Hangul filler
    "ㅤ" people send for a blank message, a zero-width space): the question twice."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.command("new", "reflection")
        for typed in ("\u3164", "\u200b"):
            before = len(world.texts())
            await world.say(typed)
            said = world.texts()[before:]
            assert said[0].startswith(NEEDS_LETTERS.decode()), said
            assert [t for t in said if t.startswith(ASK_LABEL.decode())] == [said[-1]], said


# --- 4. the database locked by another program while an answer is typed --------------------------


# The chats below give up on the lock after this long (SOSBOT_BUSY_TIMEOUT_MS) rather than
# the 5 s an operator's default waits: what they say once it gives up is the same.
SHORT_WAIT = {"SOSBOT_BUSY_TIMEOUT_MS": "300"}


@contextlib.contextmanager
def locked(db: Path) -> Iterator[None]:
    """Another program (a database browser with an edit open, a `sqlite3` shell inside a
    transaction) holding the write lock on `db` meanwhile."""
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            other.execute("ROLLBACK")


def test_an_answer_the_locked_database_could_not_take_is_said_and_asked_again(
        tmp_path: Path) -> None:
    """The answer typed while another program held the database's lock ended the chat
    with "sosbot: Could not save in the database ...": the answer was gone, nothing said it
    had not been saved, and the chat had to be started again. It says the answer was not
    saved, and why, and shows the question again; typed again once the lock is gone, it is
    saved."""
    db = tmp_path / "c.db"
    with Terminal("--flow", "reflection", "--db", str(db), env=SHORT_WAIT) as terminal:
        terminal.start(b"KB-1", (b"1\n", b"Question 2"))
        with locked(db):
            told = terminal.type(b"Seen a bruise on her arm\n", b"was not saved")
        shown = bytes(terminal.seen[told:terminal.wait_for(b"> ", told)])
        assert b"Question 2" in shown, shown
        terminal.type(b"Seen a bruise on her arm\n", b"Question 3")
        terminal.end()
    assert "Seen a bruise on her arm" in exported(db, "KB-1")


def test_a_piped_answer_the_locked_database_could_not_take_names_its_line(
        tmp_path: Path) -> None:
    """Piped in, the chat stops there (nobody is there to type it again), naming the line
    that was not saved (the choice of the draft to carry on) and why."""
    db = tmp_path / "c.db"
    assert run_sosbot("chat", "--flow", "reflection", "--db", str(db),
                      input="KB-1\nSchool or college\n", cwd=tmp_path).returncode == 0
    with locked(db):
        piped = run_sosbot("chat", "--db", str(db), input="1\nSeen a bruise on her arm\n",
                           cwd=tmp_path, env=SHORT_WAIT)
    assert piped.returncode == 1
    [said] = [line for line in piped.stderr.splitlines() if line.startswith("sosbot:")]
    assert said.startswith("sosbot: line 1 of the answers piped in was not saved: "), said
    assert "another program holds a lock" in said


# --- 5. Ctrl-C while an answer is being saved ---------------------------------------------------


def read_by_the_chat(terminal: Terminal) -> None:
    """Wait until the chat has read all that was typed (nothing left in the terminal's
    queue for it), so that what comes next comes during its turn."""
    queue = os.open(f"/proc/{terminal.child.pid}/fd/0", os.O_RDONLY | os.O_NOCTTY)
    try:
        deadline = time.monotonic() + HANG_GUARD
        while struct.unpack("i", fcntl.ioctl(queue, termios.FIONREAD, b"\0" * 4))[0]:
            assert time.monotonic() < deadline, "the chat never read the line"
            time.sleep(0.01)
    finally:
        os.close(queue)


# The save waits for the lock as long as the test holds it: each Ctrl-C below comes while it
# waits however slowly a loaded machine runs the chat.
HELD_WAIT = {"SOSBOT_BUSY_TIMEOUT_MS": "600000"}


def ctrl_c_while_it_waits(terminal: Terminal) -> None:
    """Once the chat waits for the lock to save the line it read, press Ctrl-C, and come back
    once the chat has taken it (the line discipline echoes ^C after it sends the signal;
    then none is pending and the chat's handler has run)."""
    child = terminal.child
    wait_until(lambda: sleeps_on_a_lock(child.pid), "the chat waits for the lock", child)
    terminal.wait_for(b"^C", terminal.write(b"\x03"))
    wait_until(lambda: handled(child.pid, signal.SIGINT), "the chat takes Ctrl-C", child)


@pytest.mark.parametrize("command", ["chat", "run"])
def test_ctrl_c_while_an_answer_is_saved_keeps_it_and_says_so(
        tmp_path: Path, command: str) -> None:
    """Ctrl-C pressed while the answer just typed was being saved (a moment's wait for a
    database another program held): `sosbot chat` cancelled the save and said "Saved. Run
    the same command again to carry on.", and the answer was lost; `sosbot run`'s terminal
    chat (no token yet) did not stop at all, and went on to the next question. The answer
    is saved, and the chat stops, saying so in one line."""
    db = tmp_path / "c.db"
    args = ("--flow", "reflection", "--db", str(db)) if command == "chat" else ()
    with Terminal(*args, command=command, env={"SOSBOT_DB": str(db), **HELD_WAIT},
                  controlling=True) as terminal:
        if command == "run":
            terminal.wait_for(b"> ", terminal.wait_for(b"Which tool"))
            terminal.type(b"2\n", b"case label")  # the pre-referral reflection
        terminal.start(b"KB-1", (b"1\n", b"Question 2"))
        with locked(db):
            mark = terminal.write(b"Seen a bruise on her arm\n")
            read_by_the_chat(terminal)
            ctrl_c_while_it_waits(terminal)
        terminal.wait_for(b"Stopped (SIGINT): your answers so far are saved", mark)
        assert terminal.exited() == 130
    assert b"Saved. Run the same command" not in terminal.seen
    assert "Seen a bruise on her arm" in exported(db, "KB-1")


def test_ctrl_c_while_sosbot_run_starts_without_a_token_does_not_open_the_tools(
        tmp_path: Path) -> None:
    """Ctrl-C pressed while `sosbot run` was still starting, before there is a token: the
    stop was noted for the bot it would have started, and the terminal chat opened anyway
    with its menu of tools, as if the key had not been pressed. It stops there, in one
    line. (Ctrl-S first, the terminal's pause: `sosbot run` is held at its first line, that
    there is no token yet, before the tools open however fast it starts; Ctrl-Q lets it on.)"""
    with Terminal(command="run", env={"SOSBOT_DB": str(tmp_path / "c.db")},
                  controlling=True) as terminal:
        child = terminal.child
        terminal.write(b"\x13")  # Ctrl-S: what the chat writes to the terminal waits
        wait_until(lambda: writes_held(child.pid), "sosbot run says there is no token", child)
        assert catches(child.pid, signal.SIGTERM)  # noted from the first lines on
        child.send_signal(signal.SIGINT)
        wait_until(lambda: not pending(child.pid, signal.SIGINT), "it takes Ctrl-C", child)
        terminal.write(b"\x11")  # Ctrl-Q
        terminal.wait_for(b"stopped before the tools opened; nothing was saved")
        assert terminal.exited() == 0
    assert b"no TELEGRAM_BOT_TOKEN yet" in terminal.seen
    assert b"Which tool" not in terminal.seen


# --- 6. a folder where SQLite keeps a file beside the database ----------------------------------


@pytest.mark.parametrize("beside", ["-wal", "-shm", "-journal"])
async def test_a_folder_in_the_way_of_sqlites_own_file_is_named(
        tmp_path: Path, beside: str) -> None:
    """A folder named "sosbot.db-wal" (or -shm, -journal) beside the database, made by a
    backup unpacked there or a `mkdir` by mistake: `sosbot run` stopped with "Could not open
    the database ...: it cannot be opened; check the path and permissions" (for -shm, "it
    is read-only", for -journal "the disk reported an error"), naming the database, which
    is fine, and not the folder in the way. The line names the folder and what to do."""
    db = tmp_path / "sosbot.db"
    (tmp_path / f"sosbot.db{beside}").mkdir()
    async with BotApiServer() as server, \
            sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
        _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    said = stderr.decode()
    assert child.returncode == 1
    assert said.strip() == (f"sosbot: Cannot open the database {db}: {db}{beside} beside it "
                            "is a folder, where SQLite keeps a file of its own while the "
                            "database is open; move it away and start again."), said


def test_lines_pasted_at_a_list_the_locked_database_could_not_take_are_asked_again(
        tmp_path: Path) -> None:
    """Lines pasted at a list question ("one per line") while another program held the
    lock: the chat ended as above, the lines gone. It says they were not saved, shows the
    question again, and the same paste once the lock is gone adds them."""
    db = tmp_path / "c.db"
    with Terminal("--flow", "contextual", "--db", str(db), env=SHORT_WAIT) as terminal:
        terminal.start(b"KB", *((line.encode() + b"\n", b"Question") for line in (
            "SW", "/skip", "/skip", "/skip", "/skip", "Groomed online by older men",
            "/skip")))
        pasted = b"D is 14\nMum works nights\n"
        with locked(db):
            told = terminal.type(pasted, b"was not saved")
        assert b"[Question 8 of" in bytes(terminal.seen[told:terminal.wait_for(b"> ", told)])
        terminal.type(pasted, b"added one item each")
        terminal.type(b"/review\n", b"/edit N")
        terminal.end()
    assert b"What makes them easier to target: D is 14; Mum works nights" in terminal.seen


def test_ctrl_c_twice_while_an_answer_is_saved_says_it_was_not(tmp_path: Path) -> None:
    """Pressed a second time while the answer is still being saved, the chat does not wait
    for it; it said "Saved." of the answer it had dropped. It says that one is not saved."""
    db = tmp_path / "c.db"
    # The chat, stopping, waits for the save it has let go to give up: at the default's five
    # seconds of waiting for the lock, the test still holding it. Both presses come well
    # inside that, each once the chat has taken the one before.
    with Terminal("--flow", "reflection", "--db", str(db), controlling=True,
                  env={"SOSBOT_BUSY_TIMEOUT_MS": "5000"}) as terminal:
        terminal.start(b"KB-1", (b"1\n", b"Question 2"))
        with locked(db):
            mark = terminal.write(b"Seen a bruise on her arm\n")
            read_by_the_chat(terminal)
            ctrl_c_while_it_waits(terminal)
            terminal.write(b"\x03")
            terminal.wait_for(b"is not saved; the answers before it are", mark)
            assert terminal.exited() == 130
    assert b"Saved. Run the same command" not in terminal.seen
    assert "Seen a bruise on her arm" not in exported(db, "KB-1")
