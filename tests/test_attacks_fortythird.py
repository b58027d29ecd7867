"""The forty-third pass's attacks on the real `sosbot run` (polling and webhook, against the
local Bot API server, or its Application with the Bot API in memory) and `sosbot chat` (piped
and on a pseudo-terminal), as an outside checker replaying attacks would. Each test of a
defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- the file size limit of a running `sosbot run` lowered to its log's size (a disk filling)
  as an answer came: the apology, the answer handed in again and saved once there was room,
  the walk going on; stdout of a piped `sosbot chat` on a full disk: one line, nothing said
  to be saved that was not;
- "are you sure?" in Telegram that the database could not note: the yes after it erased
  nothing and the question was asked again;
- a .env saved with a byte order mark, or with old Mac line ends: read, the line named;
  "1_000" read as 1000, "1e3", "İnfo" and a port of 99999 refused naming the line;
- case labels with an RTL override or a zero-width space (taken out), stacked combining
  marks, full-width letters, Cyrillic look-alikes and markup, and answers starting
  `=HYPERLINK(`, `+`, `-`, `@`, through every export: the HTML escaped, the Word document
  holding them as text (no field codes), file names of ASCII letters with a hash; sosbot
  writes no spreadsheet or CSV;
- the full-width slash, a zero-width space, an RTL override or capitals in a command: read
  as the command; look-alikes ("/саncel" in Cyrillic, a division or fraction slash) are
  saved as the words of a written answer, never acted on;
- fifty connections to the webhook holding half-sent headers: the bot answered meanwhile
  and stopped at once (they stay open: aiohttp has no header timeout, and the proxy's
  `client_header_timeout 10s` in deploy/nginx-sosbot.conf closes them);
- an escape sequence or an OSC title in a database path quoted in a refusal: shown as codes;
- labels "KB\u200d-2", "K\u0392-2" (a Greek capital beta) and "KB\u20112" given beside "KB-2":
  taken as KB-2, which was opened, not a second draft that looks the same; labels of only a
  joiner, a combining mark, a tag letter, a Hangul filler or a Braille blank: asked again;
- `sosbot keys rotate` under a file size limit too small for its work: nothing rotated, the
  key file as it was, and the -shm file it left cut short rebuilt by the next command.
"""

from __future__ import annotations

import contextlib
import html
import io
import logging
import resource
import sqlite3
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.handlers import SORRY
from flows.flow import Flow
from storage.errors import Unavailable
from storage.store import Store
from tests.conftest import sosbot_command, sosbot_env
from tests.in_process import sosbot_here
from tests.telegram_world import TEST_KEY
from tests.terminal import Terminal
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import USER, Bot, bot

__all__ = ["bot"]  # the fixture

FULL = ("Could not clear the write-ahead log in the database {db}: the disk holding it is "
        "full; free some space (database or disk is full).")
NOT_SAVED = "What you typed was not saved"


# --- an erasure saved, on a disk with no room to fold the log back ------------------------------


def _drafts_filling(db: Path, count: int) -> None:
    """`count` drafts of the reflection, each with a long answer, saved by `sosbot chat`: a
    database file with no free pages, larger than anything one chat adds to its log."""
    lines = ["KB-1", "2", "kept " + "k" * 1900]
    for n in range(2, count + 1):
        lines += ["/new reflection", f"KB-{n}", "2", f"kept {n} " + "k" * 1900]
    made = sosbot_here("chat", "--db", str(db), "--flow", "reflection",
                      input="\n".join(lines) + "\n", env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert made.returncode == 0, made.stderr


@pytest.mark.skipif(not hasattr(resource, "prlimit"), reason="needs Linux's prlimit")
def test_a_discard_saved_when_the_log_cannot_be_folded_back_is_said_done(
        tmp_path: Path) -> None:
    """A practitioner discarded a draft (/cancel, yes) in `sosbot chat` as the disk filled
    (here: the file size limit lowered to the database's size, as `prlimit` or a full disk
    does). The erasure was saved, but the checkpoint after it, which takes the erased bytes
    out of the write-ahead log, needs the database file to grow, and failed: the chat said
    "What you typed was not saved: type it again" and asked "Discard the draft?" again of a
    draft already gone. Now the discard is said done, the operator's line says what is
    left in the log and when it goes, and the drafts kept are there."""
    db = tmp_path / "bot.db"
    _drafts_filling(db, 30)
    with Terminal("--db", str(db), "--flow", "reflection",
                  env={"SOSBOT_DATA_KEY": TEST_KEY}) as chat:
        chat.start(b"ZZ-1", (b"2\n", b"Question 2"),
                   (b"to be discarded " + b"z" * 1900 + b"\n", b"Question 3"))
        size = db.stat().st_size
        assert Path(f"{db}-wal").stat().st_size < size // 2  # room in the log for the discard
        resource.prlimit(chat.child.pid, resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))
        chat.type(b"/cancel\n", b"Type yes or no.")
        after = chat.type(b"yes\n", b"Discarded.")
        chat.type(b"/resume\n", b"KB-1")
        shown = bytes(chat.seen[after - len(b"Discarded."):]).decode()
        said = chat.end().decode()
    assert NOT_SAVED not in said
    assert "The erasure itself was saved" in said  # the operator's line (stderr, here)
    assert "ZZ-1" not in shown
    assert all(f'"KB-{n}"' in shown for n in (1, 2, 30))
    with contextlib.closing(sqlite3.connect(db)) as saved:  # what the log holds, read too
        assert saved.execute("SELECT count(*) FROM drafts").fetchone() == (30,)


# --- the same through the Telegram bot ----------------------------------------------------------


async def test_delete_saved_when_the_log_cannot_be_folded_back_is_said_done(
        bot: Bot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """/delete and yes on a full disk, the erasure saved and the checkpoint after it failing
    (as above): the practitioner read "Sorry, something went wrong on my side. Everything
    you had answered before is safe" of answers they had just erased, and the bot handed
    the update in again. Now they read that everything is erased."""

    async def disk_full(self: Store) -> bool:
        raise Unavailable(FULL.format(db=self.path))

    await bot.say("/new reflection")
    await bot.say("KB-12")
    monkeypatch.setattr(Store, "checkpoint", disk_full)
    await bot.say("/delete")
    await bot.say("yes")
    said = [html.unescape(text) for text in bot.texts()]
    assert "Done: everything about you has been erased." in said[-1], said[-3:]
    assert SORRY not in said
    assert await bot.conversation.drafts(USER) == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert any("The erasure itself was saved" in r.getMessage() for r in caplog.records)


# --- "are you sure?" shown, and not noted ---------------------------------------------------------


async def test_a_prompt_the_database_could_not_note_leaves_the_chat_going(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """`sosbot chat`, /cancel on a disk that filled just then: "Discard the draft?" was
    shown, and noting that it was on the screen failed. The chat ended there, its question
    on the screen unanswerable (`sosbot chat` stopped with one line). Now the chat says it
    could not be noted, as for a question, and the yes typed next discards the draft."""
    real, calls = Conversation.prompted, []

    async def full_once(self: Conversation, user_id: int, message_id: int) -> None:
        calls.append(message_id)
        if len(calls) == 2:  # the first is the label's prompt
            raise Unavailable(FULL.format(db="bot.db"))
        await real(self, user_id, message_id)

    monkeypatch.setattr(Conversation, "prompted", full_once)
    store = await Store.open(tmp_path / "bot.db")
    try:
        talk = Conversation(store, flows, surface="terminal")
        out = io.StringIO()
        ended = await Console(talk, out=out, interactive=True, read=typed_then_end(
            "KB-1", "2", "/cancel", "yes")).run("reflection")
        shown = out.getvalue()
        assert ended == 0
        assert "The question above is on your screen all the same" in shown
        assert "Discarded." in shown
        assert await talk.drafts(CONSOLE_USER) == []
    finally:
        await store.close()


# --- settings -------------------------------------------------------------------------------------


def test_a_sqlite_url_with_options_is_refused_naming_its_line(tmp_path: Path) -> None:
    """An operator wrote `SOSBOT_DATABASE_URL=sqlite:///cases.db?mode=ro` in .env, as other
    programs' database URLs take options. sosbot read no option: it opened a new, empty
    database named "cases.db?mode=ro" beside cases.db, and every practitioner's drafts
    seemed gone. The setting is refused now, naming its line and the path meant, and no
    file is made."""
    (tmp_path / ".env").write_text("# the case database\n"
                                   "SOSBOT_DATABASE_URL=sqlite:///cases.db?mode=ro\n")
    done = sosbot_here("chat", input="", cwd=tmp_path, env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith('sosbot: SOSBOT_DATABASE_URL: has options after "?" (mode=ro)'), line
    assert "give the path alone (sqlite:///cases.db)" in line
    assert line.endswith("(set in .env, line 2)")
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]


def test_a_key_file_the_disk_has_no_room_for_is_not_blamed_on_permissions(
        tmp_path: Path) -> None:
    """`sosbot keys new --write` (and the first `sosbot chat`, which makes the key file) on
    a full disk, or under a file size limit, said "Cannot write the key file sosbot.key:
    File too large. Nothing was written to it: run this as the user the bot runs as, who
    owns the key file and its folder": the operator went looking for a permission fault.
    The line names the room now, and nothing is written."""
    done = subprocess.run(sosbot_command("keys", "new", "--write"), cwd=tmp_path,
                          env=sosbot_env(), capture_output=True, text=True, timeout=120,
                          check=False, preexec_fn=lambda: resource.setrlimit(
                              resource.RLIMIT_FSIZE, (0, resource.RLIM_INFINITY)))
    assert done.returncode == 1
    [line] = done.stderr.splitlines()
    assert line.startswith("sosbot: Cannot write the key file sosbot.key: File too large. "
                           "Nothing was written to it: "), line
    assert "run this as the user" not in line
    assert "free some space on its disk, or raise the file size limit (`ulimit -f`" in line
    assert list(tmp_path.iterdir()) == []
