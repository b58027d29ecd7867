"""The twenty-eighth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real Application (polling the local Bot
API server as `sosbot run` does, or with the Bot API in memory), the real settings loader, or
the real command where the attack is on the process itself."""

from __future__ import annotations

import logging
import signal
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from bot.handlers import SORRY, TEXT_ONLY, TEXT_ONLY_NAMED
from bot.strangers import TOLD_A_MINUTE, Strangers
from flows.flow import Flow
from storage.store import Store
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import (
    PRACTITIONER,
    TEST_KEY,
    bot_world,
    run_env,
    start_a_draft,
)
from tests.test_console import at_the_terminal
from tests.test_leftovers_twentysixth import _offered_again, _two_answers_on_a_terminal
from tests.test_run_command import closed_cleanly
from tests.test_telegram_handlers import (
    USER,
    Bot,
    bot,
    counts,
    no_errors,
    start_reflection,
)

__all__ = ["bot"]  # the fixture

# --- 1. a live location shared in the chat ------------------------------------------------

LONDON = {"latitude": 51.5, "longitude": -0.12, "live_period": 3600}


async def test_a_live_location_moving_is_not_answered_nor_counted_against_the_practitioner(
        tmp_path: Path) -> None:
    """A practitioner on a home visit shared their live location into the chat (the
    attachment menu's first choice, next to the photo they meant). While it is live,
    Telegram sends the bot the same message edited each time they move: each was answered
    "I don't read edited messages, so your earlier answer stands", message after message,
    and each took a place in their allowance of messages, so that their next answer was
    turned away with "That's a lot of messages at once". The location gets its one note, as
    a photo does; its moving is neither answered nor counted."""
    async with bot_world(tmp_path / "bot.db", SOSBOT_RATE_BURST=6,
                         SOSBOT_RATE_PER_MINUTE=0.01) as world:
        server = world.server
        await start_a_draft(server)
        shared = {"message_id": 900, "date": int(time.time()),
                  "chat": {"id": PRACTITIONER, "type": "private", "first_name": "Tester"},
                  "from": {"id": PRACTITIONER, "is_bot": False, "first_name": "Tester"},
                  "location": LONDON}
        mark = len(server.texts(PRACTITIONER))
        server.inject_update({"message": shared})
        for step in range(1, 9):
            moved = {**LONDON, "latitude": 51.5 + step / 1000}
            server.inject_update({"edited_message": {**shared, "location": moved,
                                                     "edit_date": shared["date"] + step}})
        await server.wait_for(lambda: server.pending_updates == 0, HANG_GUARD)
        await server.wait_idle(quiet=0.3)
        said = server.texts(PRACTITIONER)[mark:]
        assert said[0] == TEXT_ONLY_NAMED.format(kind="location")
        assert "Question 1 of" in said[1]
        assert len(said) == 2
        await world.say("School or college")
        assert "Question 2 of" in world.texts()[-1]


# --- 2. the words sent with a photo, quoted back -------------------------------------------

PHOTO = [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 60}]


@pytest.mark.parametrize(("caption", "quoted"), [
    ("\u202eKB 12 Seen a bruise", "KB 12 Seen a bruise"),
    ("Seen \u200ba bruise\x1b[2J", "Seen a bruise"),
])
async def test_words_sent_with_a_photo_are_quoted_back_without_what_turns_text_round(
        bot: Bot, caption: str, quoted: str) -> None:
    """A photo of handwritten notes sent with the answer typed as its caption is answered
    that the words were not saved, quoting their start. They were quoted as sent: a
    direction override copied in with them (from a right-to-left document, or on purpose)
    turned the rest of the bot's sentence round on the phone, and a zero-width space or an
    escape sequence was quoted too. They are quoted as an answer would be saved."""
    await start_reflection(bot)
    await bot.feed(bot.updates.message(USER, photo=PHOTO, caption=caption))
    note = bot.texts()[-2]
    assert f'("{quoted}")' in note
    assert not any(ch in note for ch in "\u202e\u200b\x1b")
    assert "Question 1 of" in bot.texts()[-1]


async def test_a_photo_sent_with_only_invisible_words_gets_the_plain_note(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.feed(bot.updates.message(USER, photo=PHOTO, caption="\u200b\u2060"))
    assert bot.texts()[-2] == TEXT_ONLY


# --- 3. the Bot API's address, and the webhook's, mistyped ---------------------------------

@pytest.mark.parametrize(("line", "said"), [
    ("SOSBOT_API_ROOT=http://127.0.0.1:80811", "has a port that is not a number from 1 to"),
    ("SOSBOT_API_ROOT=http://botapi.internal:8o81", "has a port that is not a number from 1 to"),
    ("SOSBOT_API_ROOT=http://[::1:8081", "or a [ without its ]"),
    ("SOSBOT_API_ROOT=https://", "names no server after the //"),
    ("SOSBOT_API_ROOT=http://127.0.0.1:8081/\x1b[2J", "a character that is not printed"),
    ('SOSBOT_API_ROOT="http://botapi .internal"', "holds a space"),
    ("SOSBOT_WEBHOOK_URL=https://bot.council.example:8080/updates",
     "has the port 8080, and Telegram posts only to 443, 80, 88 or 8443"),
    ("SOSBOT_WEBHOOK_URL=https://bot.council.example:844e/updates",
     "has a port that is not a number"),
])
def test_an_address_no_request_can_go_to_is_named_as_a_setting_with_its_line(
        tmp_path: Path, line: str, said: str) -> None:
    """SOSBOT_API_ROOT with a port mistyped (a digit too many, a letter for a zero), a [
    without its ], no server, or a space or a terminal escape pasted into it was taken; the
    bot opened the database and then failed on its first request, in the HTTP library's own
    words ("Unknown error in HTTP implementation: ExceptionGroup(...)", "Request URL is
    missing an 'http://' or 'https://' protocol" for one that has it) with status 1, blamed
    on the network, and the address quoted raw: the escape cleared the operator's screen.
    SOSBOT_WEBHOOK_URL on a port Telegram does not post to was refused by Telegram at start,
    and the line said to check TELEGRAM_BOT_TOKEN. Each is now a setting's error, naming
    the file and line, before anything starts (status 2, as any other setting's); the
    webhook's, used by `run --webhook` alone, when it starts (the thirty-ninth pass)."""
    env = tmp_path / "sosbot.env"
    env.write_text(f"SOSBOT_DB=bot.db\n{line}\n")
    name = line.partition("=")[0]
    if name == "SOSBOT_WEBHOOK_URL":
        refused = "\n".join(load_settings(env_file=env).webhook_problems())
    else:
        with pytest.raises(ConfigError) as raised:
            load_settings(env_file=env)
        refused = str(raised.value)
    assert refused.startswith(f"{name}: ")
    assert said in refused
    assert refused.splitlines()[0].endswith(f"(set in {env}, line 2)")
    assert "\x1b" not in refused


@pytest.mark.parametrize("line", [
    "SOSBOT_API_ROOT=http://127.0.0.1:8081", "SOSBOT_API_ROOT=https://api.telegram.org/ ",
    "SOSBOT_API_ROOT=http://[::1]:8081", "SOSBOT_API_ROOT=https://user:pa%20ss@proxy.example",
    "SOSBOT_WEBHOOK_URL=https://bot.council.example:8443/telegram/updates",
    "SOSBOT_WEBHOOK_URL=https://bot.council.example/{telegram}/updates",
])
def test_an_address_that_can_be_reached_is_taken(tmp_path: Path, line: str) -> None:
    env = tmp_path / "sosbot.env"
    env.write_text(f"SOSBOT_DB=bot.db\n{line}\n")
    load_settings(env_file=env)


# --- 4. Ctrl-\ at the terminal chat --------------------------------------------------------

def test_ctrl_backslash_at_the_chat_says_the_answers_are_saved_and_writes_no_memory_out(
        tmp_path: Path) -> None:
    """Ctrl-\\ (beside Enter and the shift key on many keyboards) sends the chat SIGQUIT,
    which ended it at once without a word ("Quit (core dumped)" from the shell): as for
    Ctrl-C or `kill`, the practitioner did not know whether the answers were kept, and where
    the system keeps crash dumps, the chat's memory (the answers it had open, in the clear,
    and the data key) was written to disk. It now ends as for `kill`: in one line saying the
    answers so far are saved, and the next `sosbot chat` offers the draft."""
    db = tmp_path / "q.db"
    with _two_answers_on_a_terminal(db) as terminal:
        terminal.write(b"\x1c")
        assert terminal.child.wait(timeout=HANG_GUARD) == 128 + signal.SIGQUIT
        said = terminal.rest().decode().strip().splitlines()
    assert said[:-1] in ([], ["^\\"]), said  # the terminal's own echo of the key
    assert "answers so far are saved" in said[-1]
    _offered_again(db)


@pytest.mark.e2e
async def test_sigquit_stops_the_running_bot_as_sigterm_does(tmp_path: Path) -> None:
    """Ctrl-\\ where `sosbot run` was started in a terminal, or a `kill -QUIT`, killed the
    bot at once (updates it had taken from Telegram were neither saved nor answered, the
    database left unclosed) and, where crash dumps are kept, wrote its memory to disk. It
    stops as for SIGTERM: status 0, the database closed."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        async with sosbot_child("run", cwd=tmp_path, env=run_env(db, server.root)) as child:
            await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
            await start_a_draft(server)
            log = await stop(child, signal.SIGQUIT)
        assert child.returncode == 0, log
    assert closed_cleanly(db)


# --- 5. a command's mark of a shape Telegram never sends -----------------------------------

@pytest.mark.parametrize("length", ["7", 7.5, [7]])
@pytest.mark.parametrize("text", ["/invite", "/new reflection"])
async def test_a_command_marked_with_a_length_that_is_no_number_is_ignored_without_sorry(
        bot: Bot, text: str, length: object, caplog: pytest.LogCaptureFixture) -> None:
    """Telegram marks a command with an entity: where it starts and how long it is, in
    numbers. python-telegram-bot cuts the command out of the text by that length, so an
    update whose length was text or a fraction (a Bot API server of another make, or one
    written by hand) failed in the library's command handler: the practitioner was told
    "Sorry, something went wrong" and an error was logged. Such an update is now stopped
    before any handler, as one with any other field of a type Telegram never sends, and
    logged by its update id and the field's name only."""
    await start_reflection(bot)
    before = await counts(bot)
    update = bot.updates.text(USER, text)
    update["message"]["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    with caplog.at_level(logging.INFO):
        await bot.feed(update)
    assert SORRY not in bot.texts()
    assert await counts(bot) == before
    assert "message.entities.length" in caplog.text
    assert text not in caplog.text
    no_errors(caplog)


# --- 6. the arrow keys at the terminal chat ------------------------------------------------

@pytest.mark.parametrize("typed", [
    "Seen a bruise on her arm\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[D\x1b[Dleft ",  # ← to mend
    "\x1b[A",  # ↑, to bring back the line typed before, as a shell does
    "Seen a bruise on her\x1b[1;5D\x1b[3~ arm",  # Ctrl-← and Delete
])
async def test_a_line_typed_with_the_arrow_keys_is_not_saved_out_of_order(
        store: Store, flows: Mapping[str, Flow], typed: str) -> None:
    """`sosbot chat` reads a line as the terminal hands it over, where the arrow keys move
    nothing: each sends a few characters of its own, shown as ^[[D. They were taken out of
    the answer and the rest saved: "Seen a bruise on her arm", seven ← and "left " was saved
    as "Seen a bruise on her armleft ", not the "left arm" meant, and ↑ then Enter (to bring
    back the line before, as a shell does) was an empty line, which skips a question that
    may be skipped. The line is not saved: the chat says the arrow keys don't move the
    cursor here and asks for it again."""
    shown, draft = await at_the_terminal(store, flows["reflection"], "2", typed,
                                         "Seen a bruise on her left arm")
    assert "arrow keys don't move the cursor here" in shown
    assert draft.answers["what_happened"] == "Seen a bruise on her left arm"


# --- 7. a database path holding a terminal escape ------------------------------------------

@pytest.mark.parametrize("command", [["run"], ["export", "KB-1"]])
def test_a_database_path_with_a_terminal_escape_is_quoted_with_it_shown(
        tmp_path: Path, command: list[str]) -> None:
    """A settings value pasted from a coloured terminal can carry an escape sequence. Quoted
    back in a setting's error it is shown as its code since the twenty-fifth round, but a
    database path was quoted raw in the line saying what is wrong with the database ("Cannot
    open the database cases: it is a folder"): the operator's terminal acted on the escape
    (here clearing the screen, the line with it). Every line sosbot writes to standard error
    shows such a character as its code. (Since the forty-fourth pass such a path is refused
    as a setting, status 2, before any database is opened: still one line, the code shown.)"""
    folder = tmp_path / "cases\x1b[2J"
    folder.mkdir()
    done = sosbot_here(*command, cwd=tmp_path, input="",
                      env={"SOSBOT_DB": str(folder), "SOSBOT_DATA_KEY": TEST_KEY,
                           "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "SOSBOT_ALLOWED_USERS": "1"})
    assert done.returncode == 2
    assert "\x1b" not in done.stderr
    assert "cases\\x1b[2J" in done.stderr
    assert len(done.stderr.splitlines()) == 1, done.stderr


# --- 8. a wave of strangers ------------------------------------------------------------------

WAVE = 60  # accounts, each writing once (a spam run over bot names, a link posted publicly)


async def test_a_wave_of_strangers_does_not_spend_everyones_sending_allowance(
        tmp_path: Path) -> None:
    """Each stranger who writes is told their Telegram user id, once an hour. Sixty (or six
    hundred) accounts writing at once (a spam run over bot names, or the bot's link posted
    somewhere public) were each told: as many messages, and Telegram takes thirty a second
    from a bot, so the practitioners' own replies queued behind them for seconds. Strangers are
    now told at most twenty a minute between them; one not told is told when they next
    write after that, and practitioners' replies go at once."""
    async with bot_world(tmp_path / "bot.db") as world:
        server = world.server
        for n in range(WAVE):
            server.send_text(10_000 + n, "hello")
        await server.wait_for(lambda: server.pending_updates == 0, HANG_GUARD)
        await world.command("start")
        await server.wait_idle(quiet=0.3)
        told = [p for p in server.calls_to("sendMessage")
                if str(p.get("chat_id")) != str(PRACTITIONER)]
        assert len(told) == TOLD_A_MINUTE
        assert world.texts(), "the practitioner's /start was not answered"


def test_a_stranger_not_told_in_a_wave_is_told_when_they_write_after_it() -> None:
    now = [0.0]
    strangers = Strangers(clock=lambda: now[0])
    assert [strangers.tell(n) for n in range(TOLD_A_MINUTE + 1)] == [True] * TOLD_A_MINUTE + [
        False]
    now[0] += 61
    assert strangers.tell(TOLD_A_MINUTE)  # the one held back, writing again
    assert not strangers.tell(0)  # told a minute ago: not again within the hour
