"""The forty-second pass's attacks on the real `sosbot run` (polling and webhook, against the
local Bot API server) and `sosbot chat` (piped and on a pseudo-terminal), as an outside
checker replaying attacks would. Each test of a defect failed on the code as it was.

Held this pass (tried, nothing to mend):
- a 200 MB gzip bomb posted with the secret: 413 at 1 MB of it, in 0.1 s;
- JSON nested 500,000 deep, duplicate update_id keys, a replayed id with other content, ids
  going backwards: 400, or the update taken once, nothing twice;
- chunks of no readable size, Content-Length with Transfer-Encoding, br and zstd bodies:
  aiohttp's parser refuses them, one warning line each;
- inline queries, chosen results, chat_member, my_chat_member, channel posts, reactions,
  pre-checkout, paid media, a press on an inline message or a game: 200, nothing said or kept;
- entities past the text's end or negative, lone surrogates, a "from" marked as a bot,
  sender_chat, a date of 0 or in 2100, a message forwarded from another bot: each read as
  the words it holds, or refused as before, no traceback;
- 900 random hostile lines and button taps (markup, RTL overrides, commands, 5,000
  characters) through the real Application: every message valid Telegram HTML, no error,
  no typed word in the log;
- markup, an RTL override and a zero-width space in a member's and a partner's Telegram
  name, a case label "T&<7>" and a partner's role: shown escaped and cleaned in the invite,
  /review and /members;
- `sosbot run` at DEBUG through a walk: no answer, label or question in the log;
- .env values quoted, with a comment, full-width or Arabic-Indic digits, "7 days": read as
  meant or refused naming the line; a database path with a trailing space, `~`, or a
  folder not yet made: made where meant;
- two `sosbot chat` on one database: the second refused in one line;
- ANSI escapes, an OSC title, C1 CSI and an RTL override piped into `sosbot chat`: taken
  out of what is shown and saved.
"""

from __future__ import annotations

import asyncio
import re
import signal
import termios
from pathlib import Path

import pytest

from flows.answers import clean
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, free_port, sosbot_child
from tests.telegram_world import PRACTITIONER, run_env, start_a_draft
from tests.terminal import Terminal, exported
from tests.test_webhook import Instance, open_a_draft, post_head

CANARY = b"Mum said he hit her"


# --- a webhook post whose body cannot be read ----------------------------------------------------


async def _answer_to(port: int, request: bytes) -> bytes:
    """The status line the webhook server answers `request` with (b"" if none came)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        await writer.drain()
        return await asyncio.wait_for(reader.readline(), HANG_GUARD)
    finally:
        writer.close()


UNREADABLE_BODIES = {
    # said to be gzip, not gzip: a proxy that compressed twice, or a sender testing the server
    "not gzip": post_head(len(b"\x1f\x8b" + CANARY)).replace(
        b"Content-Type", b"Content-Encoding: gzip\r\nContent-Type") + b"\x1f\x8b" + CANARY,
    "not deflate": post_head(len(CANARY)).replace(
        b"Content-Type", b"Content-Encoding: deflate\r\nContent-Type") + CANARY,
}


@pytest.mark.e2e
async def test_a_post_whose_body_cannot_be_read_is_refused_in_one_line(tmp_path: Path) -> None:
    """A post with the right secret said its body was gzip (or deflate) and it was not: the
    bot answered 500 and logged two tracebacks at ERROR for each ("Error handling request",
    "Unhandled exception"), as if sosbot had a bug. Now it is a 400, and one warning naming
    no content; the bot goes on."""
    async with BotApiServer() as server:
        bot = Instance(server, tmp_path / "bot.db", free_port(),
                       extra={"SOSBOT_LOG_LEVEL": "DEBUG"})
        await bot.start()
        try:
            for request in UNREADABLE_BODIES.values():
                answer = await _answer_to(bot.port, request)
                assert re.match(rb"HTTP/1\.[01] 400 ", answer), answer[:40]
            await open_a_draft(bot)  # and the next real update is handled as usual
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    assert "Traceback" not in bot.stderr
    assert "ERROR" not in bot.stderr
    assert CANARY.decode() not in bot.stderr
    refused = [line for line in bot.stderr.splitlines() if "WARNING" in line]
    assert len(refused) == len(UNREADABLE_BODIES), refused
    assert all(re.search(r"could not be read \(ContentEncodingError: ", line)
               for line in refused), refused


# --- a signal the operator sent for something else ----------------------------------------------


@pytest.mark.e2e
async def test_sigusr1_or_sigusr2_sent_to_the_bot_does_not_kill_it(tmp_path: Path) -> None:
    """An operator sent the bot SIGUSR1 (to reopen its log, as nginx and many daemons take it)
    or SIGUSR2: it died of it at once, with whatever update it had in hand and the database
    open, and said nothing (systemd's "status=10/USR1"); a polling bot's update in hand was
    never answered. sosbot has no use for either: it says so in one line and goes on, and the
    practitioner's answer sent next is taken as usual."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server, \
            sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
        await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
        await start_a_draft(server)
        child.send_signal(signal.SIGUSR1)
        child.send_signal(signal.SIGUSR2)
        server.send_text(PRACTITIONER, "School or college")
        await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1],
                              timeout=HANG_GUARD)
        child.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    log = stderr.decode()
    assert child.returncode == 0, log
    assert "Traceback" not in log
    for name in ("SIGUSR1", "SIGUSR2"):
        assert len([line for line in log.splitlines()
                    if f"{name} ignored" in line and "SIGTERM stops" in line]) == 1, log


# --- a Backspace key the terminal does not rub out with -----------------------------------------


def test_a_backspace_the_terminal_did_not_rub_out_is_applied_not_dropped(tmp_path: Path) -> None:
    """A social worker's terminal sent Backspace as ^H while the terminal rubs out with ^?
    (PuTTY set to "Control-H", a Windows SSH client, an emacs user's Ctrl-H). She typed "Mum
    hiz", pressed Backspace, and went on: "t said he did it". The screen showed "Mum
    hiz^Ht said ...", and the answer was saved as "Mum hizt said he did it": the ^H dropped
    and the slip kept, though the arrow keys' note tells her "Backspace mends a slip". The
    Backspace is applied now, as she meant it, and she is told what was read and how to make
    the key rub out on the screen too."""
    db = tmp_path / "t.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"TB-7", (b"2\n", b"Question 2"))  # a choice: school or college
        terminal.type(b"Mum hiz\x08t said he did it\n", b"Question 3")
        # Alt-Backspace (ESC, then that ^H) takes out no word here: the line is refused, as
        # the arrow keys' are, not read as a Backspace taking out the ESC
        terminal.type(b"Yes\x1b\x08\n", b"Alt-Backspace")
        seen = terminal.end().decode()
    assert 'read as "Mum hit said he did it"' in seen
    assert "stty erase ^H" in seen
    assert seen.count("Your Backspace key") == 1
    assert "Question 4" not in seen  # the line with Alt-Backspace answered nothing
    answers = exported(db, "TB-7")
    assert "Mum hit said he did it" in answers
    assert "hizt" not in answers


# --- Backspace over a letter with an accent -----------------------------------------------------

IUTF8 = getattr(termios, "IUTF8", 0o40000)  # Linux's value, which Python's termios may lack


def test_backspace_over_an_accented_letter_takes_it_out_whole(tmp_path: Path) -> None:
    """On a terminal that had not been told its text is UTF-8 (a new pseudo-terminal, as
    `docker exec -it` and `kubectl exec -it` give, or `script`), a social worker typed "the
    café", pressed Backspace to mend it to "cafe", and typed "e". The terminal took out one
    of the two bytes of "é", so the line came as "caf", half a character and "e": she was told
    her terminal was "set to another encoding" and "the cafÃe" was saved. The chat tells the
    terminal its text is UTF-8 while it runs (and puts it back after): Backspace takes out
    the whole letter, and "at the cafe" is saved as she typed it."""
    db = tmp_path / "t.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        assert not termios.tcgetattr(terminal.master)[0] & IUTF8  # as the test pty starts
        terminal.start(b"TB-7", (b"2\n", b"Question 2"))  # a choice: school or college
        terminal.type("Mum saw it at the café\x7fe\n".encode(), b"Question 3")
        terminal.write(b"\x04")  # Ctrl-D: the chat ends
        terminal.child.wait(timeout=HANG_GUARD)
        assert not termios.tcgetattr(terminal.master)[0] & IUTF8  # put back as it was
        seen = terminal.end().decode(errors="replace")
    assert "another encoding" not in seen
    answers = exported(db, "TB-7")
    assert "Mum saw it at the cafe" in answers
    assert "\u00c3" not in answers


# --- a function key pressed at a question -------------------------------------------------------


def test_f1_pressed_for_help_at_a_written_question_saves_no_letter(tmp_path: Path) -> None:
    """At "What worries you", a social worker pressed F1, as for help in most programs, then
    Enter. Her terminal sends F1 as ESC O P (the Linux console as ESC [ [ A): the escape was
    taken out but its last letter stayed, and "P" was saved as what worries her, the next
    question asked. A line with a function key in it is not saved now, and she is told the
    keys do nothing here and where help is; F1 pressed within an answer leaves no letter."""
    db = tmp_path / "t.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"TB-7", (b"2\n", b"Question 2"))  # a choice: school or college
        for f1 in (b"\x1bOP", b"\x1b[[A"):  # xterm's and most terminals' F1; the console's
            terminal.type(f1 + b"\n", b"function keys")
        terminal.type(b"Dad shouts at her most nights\n", b"Question 3")
        seen = terminal.end().decode()
    assert seen.count("function keys (F1 and the others) do nothing here") == 2
    answers = exported(db, "TB-7")
    assert "What worries you: Dad shouts at her most nights" in answers
    assert clean("Mum hit\x1bOP her") == "Mum hit her"  # the function key left no letter


# --- the Esc key pressed before typing ------------------------------------------------------------


def test_esc_pressed_before_an_answer_does_not_take_its_first_letter(tmp_path: Path) -> None:
    """A social worker pressed Esc (to close something, or to leave, as in many programs),
    then typed her answer, "Dad hit mum". The terminal showed "^[Dad hit mum", and "ad hit
    mum" was saved: Esc and the letter after it were taken out together, as an escape
    sequence. A line with Esc in it (Esc then Enter too) is not saved now: she is told Esc
    does nothing here and how to leave, and types it again. (Esc then b or f stays refused as
    a Mac's Option-arrows, which send just that.)"""
    db = tmp_path / "t.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"TB-7", (b"2\n", b"Question 2"))  # a choice: school or college
        terminal.type(b"\x1bDad hit mum\n", b"Esc key")
        terminal.type(b"\x1b\n", b"Esc key")
        terminal.type(b"Dad hit mum\n", b"Question 3")
        seen = terminal.end().decode()
    assert seen.count("The Esc key does nothing here") == 2
    answers = exported(db, "TB-7")
    assert "What worries you: Dad hit mum" in answers
