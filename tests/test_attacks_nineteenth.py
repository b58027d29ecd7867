"""The nineteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the bot polling the local Bot API
server as `sosbot run` does (`tests.telegram_world`), or the real Application with the Bot
API answered in memory (`tests.test_telegram_handlers`); the rest through the real command."""

from __future__ import annotations

import html
import shlex
import sqlite3
import subprocess
from contextlib import closing
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env

from bot.handlers import STALE_TOAST
from tests.builders import build_flow, choice, list_step, section, text
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD
from tests.telegram_world import PRACTITIONER, bot_world
from tests.test_attacks_fourteenth import answers_now, at_going_well, at_what_needs_to_happen
from tests.test_fixes_nineteenth import at_safe_today
from tests.test_telegram_handlers import (
    USER,
    Bot,
    bot,
    counts,
    no_errors,
    running,
    start_reflection,
)

__all__ = ["bot"]  # the fixture: the real Application, the Bot API in memory


def stored_steps(db: Path) -> list[str]:
    """The question ids that have an answer in the database, in no particular order."""
    with closing(sqlite3.connect(db)) as opened:
        return sorted(row[0] for row in opened.execute("SELECT step_id FROM answers"))


# --- a message sent before the question it would answer reached the phone -----------------


async def test_the_second_half_of_an_answer_is_not_filed_under_the_next_question(
        tmp_path: Path) -> None:
    """On a phone, a practitioner answered "What is going well?" in two messages, the second
    sent before the next question came: "Nan collects her from school", then "and her aunt
    has her on Fridays". The second was saved as the answer to "What needs to happen next,
    and by whom?", a question they had not yet read, and printed in the summary's "needs to
    happen" column. Telegram numbers a chat's messages in order, so a message older than
    the one asking a question was written before that question was seen: it is now not
    taken, said so, and the question asked again."""
    async with bot_world(tmp_path / "bot.db") as world:
        await at_going_well(world)
        mark = len(world.server.calls)
        world.server.send_text(PRACTITIONER, "Nan collects her from school")
        world.server.send_text(PRACTITIONER, "and her aunt has her on Fridays")
        await world.settle(mark)
        await world.server.wait_idle(quiet=0.5)
        notice, asked = world.texts()[-2:]
        assert "I haven't saved \"and her aunt has her on Fridays\"" in notice
        assert "/back" in notice
        assert "What do you think needs to happen next" in asked
        assert "needs_to_happen" not in stored_steps(tmp_path / "bot.db")
        await world.answer("I will call the hub today")  # typed after reading it: its answer
        assert "How safe is this child right now" in world.texts()[-1]
    assert len(stored_steps(tmp_path / "bot.db")) == 6


async def test_list_items_sent_one_after_another_are_all_kept(tmp_path: Path) -> None:
    """A list takes one item a message, and its question is shown again after each ("2 so
    far"): items sent quickly, before that copy came, were on the screen's question all
    along and are each kept."""
    flow = build_flow(tmp_path, section("s", list_step("people"), text("after")))
    async with running(tmp_path, {flow.id: flow}) as chat:
        await chat.say(f"/new {flow.id}")
        await chat.say("TB-7")
        quick = [chat.updates.text(USER, item) for item in ("Nan", "Aunt Jo", "Coach")]
        for update in quick:  # all three written before the bot answered the first
            await chat.feed(update)
        assert (await answers_now(chat))["people"] == ["Nan", "Aunt Jo", "Coach"]


async def test_skip_sent_twice_in_a_hurry_skips_one_question(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A double tap on the menu's /skip sends it twice before the next question comes: the
    second skipped that question too, unread."""
    flow = build_flow(tmp_path, section("s", *(text(n, required=False)
                                           for n in ("one", "two", "three"))))
    async with running(tmp_path, {flow.id: flow}) as chat:
        await chat.say(f"/new {flow.id}")
        await chat.say("TB-7")
        first, second = (chat.updates.text(USER, "/skip") for _ in range(2))
        await chat.feed(first)
        await chat.feed(second)
        draft = await chat.conversation.active(USER)
        assert draft is not None
        assert draft.current == "two"
        assert "I haven't acted on \"/skip\"" in html.unescape(chat.texts()[-2])
        await chat.say("Nan helps")  # sent once the question is on the screen: taken
        assert (await answers_now(chat))["two"] == "Nan helps"
    no_errors(caplog)


# --- `sosbot chat` whose output is read by `| head` ------------------------------------------

REFLECTION = ("KB-1\nSchool or college\nSeen a bruise on her arm\nYes, as far as I know\n"
              "They know and agree\nNan collects her\nI will call the hub today\n6\n\n")


def chat_into_head(tmp_path: Path, answers: str) -> subprocess.CompletedProcess[str]:
    """`sosbot chat` with `answers` piped in and its output read by `head -n 2`; the status
    is the chat's own."""
    command = " ".join(shlex.quote(part) for part in sosbot_command(
        "chat", "--flow", "reflection", "--db", str(tmp_path / "c.db")))
    return subprocess.run(f"{command} | head -n 2; exit ${{PIPESTATUS[0]}}", shell=True,
                          executable="/bin/bash", input=answers, text=True,
                          capture_output=True, env=sosbot_env(), cwd=tmp_path,
                          timeout=HANG_GUARD, check=False)


def test_answers_piped_in_are_all_saved_when_the_output_is_read_by_head(
        tmp_path: Path) -> None:
    """`sosbot chat < answers.txt | head` (to glance at the start) stopped as soon as head
    had its lines: every answer after the first was dropped unread, with exit status 0 and
    nothing said, so a script took the answers as saved. The answers are now all read and
    saved, and standard error says the output went away."""
    result = chat_into_head(tmp_path, REFLECTION)
    assert "Traceback" not in result.stderr
    assert "standard output was closed" in result.stderr
    assert result.returncode == 0
    exported = sosbot_here("export", "KB-1", "--db", str(tmp_path / "c.db"), cwd=tmp_path)
    assert "Status: Finished" in exported.stdout
    assert "Nan collects her" in exported.stdout
    assert "I will call the hub today" in exported.stdout


def test_a_line_not_taken_after_the_output_went_still_stops_with_status_1(
        tmp_path: Path) -> None:
    result = chat_into_head(tmp_path, REFLECTION.replace("They know and agree",
                                                         "Perhaps, on a Tuesday"))
    assert "line 5 of the answers piped in was not taken" in result.stderr
    assert result.returncode == 1


# --- a command with an invisible character or full-width letters in it ----------------------

LOOKS_LIKE_BACK = [
    "\u200f/back",  # a right-to-left keyboard's direction mark (Arabic, Urdu, Hebrew)
    "\u200e/back",
    "\ufeff/back",  # a byte order mark pasted from a Windows note
    "\u200b/back",  # a zero-width space
    "\u2066/back\u2069",
    "／ｂａｃｋ",  # full-width, as a Chinese or Japanese keyboard types it
    "/back\u200b",
]


@pytest.mark.parametrize("typed", LOOKS_LIKE_BACK)
async def test_a_command_with_an_invisible_character_before_it_is_the_command(
        tmp_path: Path, typed: str, caplog: pytest.LogCaptureFixture) -> None:
    """A right-to-left keyboard puts a direction mark before what is typed; Telegram then
    does not mark "/back" as a command (it does not start the message), and the answer
    saved for the question was "/back", and the next question was asked: the opposite of
    going back. The slash and letters are what the practitioner sees, so they are the
    command."""
    flow = build_flow(tmp_path, section("s", *(text(n, required=False)
                                               for n in ("one", "two", "three"))))
    async with running(tmp_path, {flow.id: flow}) as chat:
        await chat.say(f"/new {flow.id}")
        await chat.say("TB-7")
        await chat.say("Nan helps")
        await chat.say(typed)
        draft = await chat.conversation.active(USER)
        assert draft is not None
        assert draft.current == "one"
        assert "two" not in draft.answers
    no_errors(caplog)


def test_a_piped_command_with_a_direction_mark_before_it_is_the_command(tmp_path: Path) -> None:
    """A line of answers copied from a right-to-left document carries a direction mark
    before it: "/skip" was saved as the answer to "What needs to happen next?"."""
    db = tmp_path / "c.db"
    result = sosbot_here("chat", "--flow", "reflection", "--db", str(db), cwd=tmp_path,
                         input="KB-1\nSchool or college\nSeen a bruise on her arm\n"
                         "Yes, as far as I know\nThey know and agree\nNan collects her\n"
                         "\u200f/skip\n")
    assert "Traceback" not in result.stderr
    exported = sosbot_here("export", "KB-1", "--db", str(db), cwd=tmp_path)
    assert "/skip" not in exported.stdout


# --- a yes sent before "are you sure?" reached the phone ---------------------------------------


@pytest.mark.parametrize("command", ["/delete", "/cancel"])
async def test_a_yes_sent_before_are_you_sure_reached_the_phone_erases_nothing(
        bot: Bot, command: str, caplog: pytest.LogCaptureFixture) -> None:
    """On "Is the child safe to go home today?", the practitioner's thumb caught /delete in
    the menu as they typed "yes", their answer. Both went at once: the "yes", written before
    "Erase everything stored about you?" was on the screen, was taken as its answer, and
    every draft and answer was erased. It now erases nothing and is not saved as an answer
    either (it may have been meant for either); the bot says so and asks the question."""
    await at_safe_today(bot)
    before = await counts(bot)
    asked, typed = bot.updates.text(USER, command), bot.updates.text(USER, "yes")
    await bot.feed(asked)
    await bot.feed(typed)
    after = await counts(bot)
    assert (after["drafts"], after["answers"]) == (before["drafts"], before["answers"])
    assert "safe_today" not in await answers_now(bot)
    notice, question = (html.unescape(t) for t in bot.texts()[-2:])
    assert "before the yes-or-no question reached you" in notice
    assert "nothing has been erased" in notice
    assert "is the child safe to go home today?" in question
    no_errors(caplog)


async def test_a_yes_sent_after_are_you_sure_reached_the_phone_still_erases(bot: Bot) -> None:
    await at_safe_today(bot)
    await bot.say("/delete")
    await bot.say("yes")
    assert (await counts(bot))["drafts"] == 0


# --- a button shown before the tool was changed --------------------------------------------


async def test_a_button_shown_before_a_new_version_of_the_tool_answers_nothing(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The council put a new version of a tool in place (a question "Has the child been
    seen?" added before "Have the police been told?") and restarted the bot. A practitioner
    then tapped No on "Have the police been told?", still on their screen: the No was saved
    as the answer to "Has the child been seen?", which they had never been asked, and the
    police question asked next. The button is now out of date, as its question is."""
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    before = build_flow(tmp_path / "v1", section("s", text("notes"),
                                                 choice("police_told", "yes", "no")))
    after = build_flow(tmp_path / "v2", section("s", text("notes"),
                                                choice("child_seen", "yes", "no"),
                                                choice("police_told", "yes", "no")),
                       version=2)
    async with running(tmp_path, {before.id: before}) as chat:
        await chat.say(f"/new {before.id}")
        await chat.say("TB-7")
        await chat.say("Dad hit her")
        no = next(d for d in chat.buttons() if d.endswith(":no"))
        sent_so_far = chat.updates.next_id
    async with running(tmp_path, {after.id: after}) as chat:
        chat.updates.next_id = sent_so_far  # Telegram's update ids go on from where they were
        await chat.tap(no)
        assert await answers_now(chat) == {"notes": "Dad hit her"}
        assert chat.toasts() == [STALE_TOAST]
    no_errors(caplog)


async def test_an_answer_sent_before_the_label_was_asked_for_is_not_made_the_label(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Typing "Seen a bruise on her arm" as the answer to the question on the screen, the
    practitioner caught /new in the menu: the answer, written before the new draft asked
    for its case label, became that label ("Started "Seen a bruise on her arm"") and a
    draft was made under it. It is now neither label nor draft, and the bot says so."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    asked = bot.updates.text(USER, "/new reflection")
    typed = bot.updates.text(USER, "Seen a bruise on her arm")
    await bot.feed(asked)
    await bot.feed(typed)
    assert [d.label for d in await bot.conversation.drafts(USER, None)] == ["KB-12"]
    notice, prompt = (html.unescape(t) for t in bot.texts()[-2:])
    assert 'I haven\'t used "Seen a bruise on her arm" as the case label' in notice
    assert prompt.startswith("Give this draft a short case label")
    await bot.say("KB-13")  # sent once asked for: the label
    assert sorted(d.label for d in await bot.conversation.drafts(USER, None)) == [
        "KB-12", "KB-13"]
    no_errors(caplog)


# --- a .env that is no file ---------------------------------------------------------------


def test_a_dot_env_that_is_a_folder_is_named_not_passed_over(tmp_path: Path) -> None:
    """`docker run -v ./.env:/app/.env` with the file missing on the host makes a folder
    named .env. sosbot read no setting from it and said nothing: `sosbot chat` made a new
    database in the working folder instead of the one SOSBOT_DB names, and `sosbot run`
    blamed a missing token. Each command now says so in one line and stops."""
    (tmp_path / ".env").mkdir()
    result = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="KB-1\n")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "sosbot: .env: is a folder, not a file, so no setting was read from it (Docker "
        "makes a folder where a file it mounts is missing); put the settings file there, or "
        "remove the folder."]
    assert not (tmp_path / "sosbot.db").exists()


def test_a_dot_env_linked_to_a_file_that_is_gone_is_named(tmp_path: Path) -> None:
    (tmp_path / ".env").symlink_to(tmp_path / "secrets" / "sosbot.env")
    result = sosbot_here("run", cwd=tmp_path, input="")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f"sosbot: .env: is a link to {tmp_path / 'secrets' / 'sosbot.env'}, which is not "
        "there, so no setting was read from it; correct the link or remove it."]


async def test_the_rest_of_a_note_at_the_scale_is_said_not_saved_with_the_way_back(
        bot: Bot) -> None:
    """The rest of "What needs to happen next?" sent as a second message, "2 home visits a
    week by the social worker", reached the scale, which answered only "Please send one
    whole number from 0 to 10": nothing said those words were gone, nor where they belonged,
    as a choice question says since the last round."""
    await at_what_needs_to_happen(bot)
    await bot.say("I will call the hub today")
    await bot.say("2 home visits a week by the social worker")
    said = html.unescape(bot.texts()[-2])
    assert said.startswith('I haven\'t saved "2 home visits a week by the social worker" here.')
    assert "/back adds it to the end of that answer" in said
    assert "worry_scale" not in await answers_now(bot)
