"""The twenty-sixth pass over defects earlier passes saw and left: each pinned by a test that
failed on the code as it was."""

from __future__ import annotations

import io
import signal
from pathlib import Path
from typing import IO

import pytest
from conftest import run_sosbot

from bot.console import Console
from bot.conversation import Conversation
from flows.loader import load_flows
from flows.nudges import nudger
from storage.store import Store
from tests.botapi_server import BotApiServer
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD
from tests.telegram_world import (
    PRACTITIONER,
    ErrorCollector,
    World,
    bot_settings,
    bot_world,
    link_sent,
    running_bot,
    shown,
)
from tests.terminal import Terminal, exported
from tests.test_console import Child
from tests.test_former_admins import LEAVER, STAYER
from tests.test_former_admins import partner_link as admins_partner_link
from tests.test_leftovers_twentyfifth import hold_below_the_menu
from tests.test_teams_partners_e2e import (
    ADMIN,
    LEAD,
    SCHOOL,
    contribute,
    lead_with_a_mapping,
    partner_link,
)
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

# --- 1. `sosbot chat` ended by SIGTERM or SIGHUP --------------------------------------------


def _two_answers_on_a_terminal(db: Path, stderr: IO[bytes] | None = None, *,
                               own: bool = True) -> Terminal:
    """`sosbot chat --flow reflection` on a real terminal in a session of its own (the
    terminal its controlling one unless not `own`), left at question 3."""
    terminal = Terminal("--flow", "reflection", "--db", str(db), stderr=stderr, session=True,
                        controlling=own)
    terminal.start(b"KB-1", (b"2\n", b"Question 2"),
                   (b"Seen a bruise on her arm\n", b"Question 3"))
    return terminal


def _offered_again(db: Path) -> None:
    """The chat opened again on `db` (in this process, tests/in_process.py: what it offers)."""
    again = sosbot_here("chat", "--db", str(db), input="")
    assert 'Continue "KB-1" (Pre-referral reflection, 2 answers)' in again.stdout
    assert "Seen a bruise on her arm" in exported(db, "KB-1")


def test_sigterm_at_a_terminal_says_in_one_line_that_the_answers_are_saved(
        tmp_path: Path) -> None:
    """`kill` (SIGTERM) ended `sosbot chat` without a word (status -15): a practitioner saw
    the question vanish into the prompt and did not know whether her answers were kept. It
    says so, and how to carry on, in one line, and the next `sosbot chat` offers the draft."""
    db = tmp_path / "t.db"
    with _two_answers_on_a_terminal(db) as terminal:
        terminal.child.send_signal(signal.SIGTERM)
        assert terminal.child.wait(timeout=HANG_GUARD) == 128 + signal.SIGTERM
        said = terminal.rest().decode().strip().splitlines()
    assert len(said) == 1, said
    assert "answers so far are saved" in said[0]
    assert f"`sosbot chat --db {db}`" in said[0]  # the database it was given
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
    with errors.open("wb") as stderr, _two_answers_on_a_terminal(db, stderr,
                                                                 own=own) as terminal:
        terminal.close_terminal()
        code = terminal.child.wait(timeout=HANG_GUARD)
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
        f"it are saved, and `sosbot chat --db {db}` carries on from the next question.")
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
    await hold_below_the_menu(bot, "Seen a bruise on her arm")
    keep = next(b for b in bot.newest_buttons() if b["text"].startswith("Keep it as the answer"))
    for said in between:
        await bot.say(said)
    await bot.tap(keep["callback_data"])
    assert "nothing waiting to be kept" not in "\n".join(bot.texts()[-3:])
    assert "Question 3 of" in bot.texts()[-1]
    await bot.say("/review")
    assert "What worries you</i>: Seen a bruise on her arm" in bot.texts()[-1]


# --- 3. "N/A" on the first line of items sent in one message ------------------------------------

FLOWS = load_flows()


@pytest.mark.parametrize(("typed", "items"), [
    ("N/A\nNan walks her in\nBreakfast club", ["Nan walks her in", "Breakfast club"]),
    ("n/a\nNan walks her in", ["Nan walks her in"]),
    ("- N/A\n- Nan walks her in\n- Breakfast club", ["Nan walks her in", "Breakfast club"]),
    ("None\n- Nan walks her in", ["Nan walks her in"]),
])
def test_n_a_on_the_first_line_of_a_list_sent_in_one_message_is_not_part_of_an_item(
        typed: str, items: list[str]) -> None:
    """"N/A" and then the items on the lines of one message: all of it was saved as one
    item ("N/A Nan walks her in Breakfast club"), and the summary listed it so. The items are
    saved each on its own, without the "N/A", and the list is still open for more."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send(typed)
    assert chat.draft.answers["strengths"] == items
    assert chat.asked == "strengths"


def test_n_a_first_and_none_last_saves_the_items_between_and_ends_the_list() -> None:
    chat = reach(FLOWS["mapping"], "strengths")
    chat.send("N/A\nNan walks her in\nBreakfast club\nnone")
    assert chat.draft.answers["strengths"] == ["Nan walks her in", "Breakfast club"]
    assert chat.asked != "strengths"


def test_a_first_line_that_is_the_childs_no_is_not_dropped() -> None:
    """Only a filler ("n/a", "none", "-") is dropped: "No" may be what was said."""
    chat = reach(FLOWS["mapping"], "house_worries")
    chat.send("No\nI don't like it when dad shouts")
    assert "No" in " ".join(chat.draft.answers["house_worries"])


async def test_at_the_terminal_n_a_pasted_above_the_items_is_said_and_saved_an_item_each(
        tmp_path: Path) -> None:
    """Pasted at a list in `sosbot chat`, "N/A" and two items were said to be "kept
    together, as one answer", and were."""
    typed = ["KB-1", "1", "", "Me", "", "", "", "N/A\nScared of dad\nDad shouts at night\n",
             "", "/review"]
    out = await _console_typed(tmp_path, "mapping", typed)
    assert "(The 2 lines you pasted are added one item each.)" in out
    assert "kept together" not in out
    review = out[out.rindex("Safety mapping: KB-1"):]
    assert "N/A" not in review
    assert "Scared of dad; Dad shouts at night" in review, review


async def _console_typed(tmp_path: Path, flow_id: str, typed: list[str]) -> str:
    """`sosbot chat --flow FLOW` at a keyboard, each of `typed` arriving as one read (lines
    pasted together arrive so), then Ctrl-D: all it showed."""
    given = iter(typed)

    def read() -> str:
        line = next(given, None)
        if line is None:
            raise EOFError
        return line if line.endswith("\n") else line + "\n"

    out = io.StringIO()
    async with await Store.open(tmp_path / "chat.db") as store:
        talk = Conversation(store, FLOWS, nudger=nudger(), surface="terminal")
        await Console(talk, out=out, read=read).run(flow_id)
    return out.getvalue()


# --- 4. who is told a contribution was withdrawn -------------------------------------------------

SAM = 5252


async def member_at_a_partner_link(world: World) -> None:
    """A lead's mapping; Sam joins the team by an admin's link, then opens the mapping's
    partner link for the school, and answers it himself."""
    await lead_with_a_mapping(world)
    await world.command("invite", user=ADMIN)
    await world.tap("A colleague", user=ADMIN)
    await world.open_link(SAM, await link_sent(world, ADMIN))
    await world.open_link(SAM, await partner_link(world, "School"))
    await world.tap("Yes, I'll answer it", user=SAM)  # on the team: asked first


@pytest.mark.e2e
async def test_a_members_delete_withdrawing_a_contribution_tells_the_lead(
        tmp_path: Path) -> None:
    """Sam, a member, sent a contribution to a colleague's mapping through its partner link,
    then used /delete: the contribution went with everything else of Sam's, and the lead was
    told nothing (a partner's own /delete tells them); their /review listed Sam's service as
    not having answered. The lead is told it was withdrawn, as they are by a partner."""
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await member_at_a_partner_link(world)
        await contribute(world, SAM)
        await world.tap("Send it to Tester", user=SAM)
        before = len(world.texts(LEAD))
        await world.command("delete", user=SAM)
        await world.tap("Yes, erase everything", user=SAM)
        told = await shown(world, LEAD, "has been withdrawn")
        assert world.texts(LEAD)[before:] == [told]
        assert 'from School, designated safeguarding lead to your mapping "TB-7"' in told


@pytest.mark.e2e
async def test_a_partners_withdrawal_is_not_told_to_a_lead_dropped_from_the_team(
        tmp_path: Path) -> None:
    """An admin taken off SOSBOT_ALLOWED_USERS is no longer told about the team's drafts
    (a contribution arriving, since the twenty-fifth pass), but a partner's /delete still
    sent them "The contribution ... has been withdrawn". They are told nothing now; put back
    on the list, their /review no longer shows it."""
    db = tmp_path / "bot.db"
    both = f"{LEAVER},{STAYER}"
    async with BotApiServer() as server:
        world = World(server, bot_settings(server, db, SOSBOT_ALLOWED_USERS=both),
                      ErrorCollector())
        async with running_bot(server, world.settings):
            await world.open_link(SCHOOL, await admins_partner_link(world, LEAVER))
            await contribute(world, SCHOOL)
            await world.tap("Send it to Tester", user=SCHOOL)
        before = len(world.texts(LEAVER))
        dropped = bot_settings(server, db, SOSBOT_ALLOWED_USERS=str(STAYER))
        async with running_bot(server, dropped):
            await world.command("delete", user=SCHOOL)
            await world.tap("Yes, withdraw it", user=SCHOOL)
            await shown(world, SCHOOL, "Withdrawn")
        assert world.texts(LEAVER)[before:] == []


@pytest.mark.e2e
async def test_a_members_delete_before_sending_tells_the_lead_as_they_named_themselves(
        tmp_path: Path) -> None:
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await member_at_a_partner_link(world)
        await world.tap("School", user=SAM)
        await world.answer("Year 3 teacher", user=SAM)
        await world.command("delete", user=SAM)
        await world.tap("Yes, erase everything", user=SAM)
        told = await shown(world, LEAD, "has been withdrawn")
        assert 'from School, Year 3 teacher to your mapping "TB-7"' in told


# --- 5. a private chat with topics ---------------------------------------------------------------

TOPIC = 77


@pytest.mark.e2e
async def test_replies_go_to_the_topic_of_a_private_chat_they_were_written_in(
        tmp_path: Path) -> None:
    """In a private chat with topics, /start written in a topic was answered outside it, in
    the chat's main view, and so was every question after it: the practitioner had to leave
    the topic to answer. Replies, to messages and to buttons pressed, go to the topic the
    message was written in; written outside any topic, they go there as before."""
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(PRACTITIONER)) as world:
        first = len(world.server.calls_to("sendMessage"))
        mark = len(world.server.calls)
        world.server.send_command(PRACTITIONER, "new", message_thread_id=TOPIC)
        await world.settle(mark)
        await world.tap(next(b["text"] for row in world.last().buttons for b in row
                             if b["text"].startswith("Pre-referral")))
        mark = len(world.server.calls)
        world.server.send_text(PRACTITIONER, "KB-1", message_thread_id=TOPIC)
        await world.settle(mark)
        await world.tap("School or college")
        sent = world.server.calls_to("sendMessage")[first:]
        assert sent
        assert [str(p.get("message_thread_id")) for p in sent] == [str(TOPIC)] * len(sent)
        before = first + len(sent)
        await world.command("review")  # outside any topic
        assert all("message_thread_id" not in p
                   for p in world.server.calls_to("sendMessage")[before:])


@pytest.mark.e2e
async def test_a_topic_telegram_no_longer_knows_gets_the_reply_outside_it(
        tmp_path: Path) -> None:
    """The topic was deleted (or Telegram refuses it): the reply comes in the chat's main
    view rather than not at all."""
    async with bot_world(tmp_path / "bot.db", no_errors=False,  # the refusal, made on purpose
                         SOSBOT_ALLOWED_USERS=str(PRACTITIONER)) as world:
        world.server.fail("sendMessage", code=400,
                          description="Bad Request: message thread not found")
        first = len(world.server.calls_to("sendMessage"))
        mark = len(world.server.calls)
        world.server.send_command(PRACTITIONER, "new", message_thread_id=TOPIC)
        await world.settle(mark)
        await world.server.wait_idle(quiet=0.3)
        tried = world.server.calls_to("sendMessage")[first:]
        assert str(tried[0].get("message_thread_id")) == str(TOPIC)
        assert "message_thread_id" not in tried[1]
        assert world.last().buttons  # the tools, to choose from
        assert [r.getMessage() for r in world.errors.records] == []
