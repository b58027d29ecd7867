"""A fresh-eyes review of the twenty-fifth round of attacks (tests/test_attacks_twentyfifth.py):
what its fixes broke or left out, each pinned by a test that failed on the code as merged.
Each goes through the real command (`sosbot ...` through `bot.cli.main`, tests/in_process.py),
the real terminal chat on a real SQLite file with the built-in flows, or the real Application
polling the local Bot API server."""

from __future__ import annotations

import asyncio
import io
from pathlib import Path

import pytest

from bot.console import Console
from bot.conversation import Conversation
from flows.loader import load_flows
from storage.store import Store
from tests.in_process import sosbot_here
from tests.telegram_world import bot_world
from tests.test_attacks_twentyfifth import BAD_KEY, edit_last

# --- `sosbot keys new`, named by the error about a key pasted wrong -----------------------------


def test_keys_new_still_prints_a_key_when_the_one_set_was_pasted_wrong(tmp_path: Path) -> None:
    """A SOSBOT_DATA_KEY pasted wrong is now refused as every setting is, with where it was
    set; the refusal says "`sosbot keys new` makes one". Run there, `sosbot keys new` was
    refused with the same words, exit 2, and printed no key: the way out it names was shut.
    (It needs no setting to print a new key, and did before.)"""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_DATA_KEY={BAD_KEY}\n")
    refused = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert refused.returncode == 2
    assert "`sosbot keys new` makes one" in refused.stderr
    made = sosbot_here("keys", "new", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    key_id, _, secret = made.stdout.strip().partition(":")
    assert key_id.startswith("k")
    assert len(secret) == 44
    assert "l5PEip" not in made.stdout + made.stderr
    with_the_key_in_the_environment = sosbot_here("keys", "new", cwd=tmp_path,
                                                  env={"SOSBOT_DATA_KEY": BAD_KEY})
    assert with_the_key_in_the_environment.returncode == 0


# --- a setting's value quoted back: a path, not only a number --------------------------------


@pytest.mark.parametrize("line", [
    "SOSBOT_DB=\x1b[2Jdata/",
    "SOSBOT_KEY_FILE=\x1b]52;c;aGk=\x07keys/",
    "SOSBOT_DATABASE_URL=sqlite:///\x9b2Jdata/",
    "SOSBOT_DB=~nobody\u202eqwerty/sosbot.db",
], ids=["db", "key-file", "database-url", "home"])
def test_a_path_setting_holding_terminal_escapes_is_quoted_with_them_shown(
        tmp_path: Path, line: str) -> None:
    """attack25 showed a number setting's escapes as codes; a path setting's value is quoted
    back too ("ends with /, so it names a folder; give the database file's name in it
    (data/sosbot.db, say)", "starts with ~nobody, a home folder that cannot be found") and
    was still sent raw: the operator's terminal cleared the screen, set the clipboard, or
    turned the path around, and CHANGELOG.md says a value's escapes are shown as codes."""
    (tmp_path / ".env").write_text(line + "\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.returncode == 2
    (said,) = done.stderr.splitlines()
    assert said.startswith("sosbot: SOSBOT_")
    assert said.endswith("(set in .env, line 1)")
    assert said.isprintable()
    assert "\\x1b" in said or "\\x9b" in said or "\\u202e" in said


# --- a line of a paste that holds only escapes, at a list question ------------------------------

TO_A_LIST = ["KB", "SW", "/skip", "/skip", "/skip", "/skip", "Groomed online by older men",
             "/skip"]  # the contextual safety mapping, to its first list question


def terminal_chat(db: Path, typed: list[str], flow: str = "contextual") -> str:
    """`sosbot chat --flow FLOW` at a keyboard, each of `typed` arriving as one read (a
    paste's lines together, as the terminal hands them on); what it showed."""
    lines = iter(typed)
    out = io.StringIO()

    def read() -> str:
        line = next(lines, "")
        if not line:
            raise EOFError
        return line + "\n"

    async def chat() -> None:
        async with await Store.open(db) as store:
            talk = Conversation(store, load_flows(), surface="terminal")
            assert await Console(talk, out=out, read=read).run(flow) == 0

    asyncio.run(chat())
    return out.getvalue()


@pytest.mark.parametrize("blank", ["\x1b[0m", "\x1b]0;~/cases\x07", "\u200b", "\u202e"],
                         ids=["colour-reset", "window-title", "zero-width-space", "bidi"])
def test_a_pasted_line_of_only_escapes_does_not_end_the_list(tmp_path: Path, blank: str) -> None:
    """Four lines copied from a coloured terminal or a web page, one of them nothing but an
    escape sequence or an invisible character (a colour reset on its own line): the terminal
    chat said "The 4 lines you pasted are added one item each", took the invisible line as
    the empty line that finishes the list, said "The list is full" (it was not) and lost the
    line after it. The same message sent to the bot adds the three items."""
    shown = terminal_chat(tmp_path / "c.db", [
        *TO_A_LIST, f"D is 14\nMum works nights\n{blank}\nDad drinks", "/review"])
    after = shown[shown.index("[Question 8 of"):]
    assert "The list is full" not in after
    assert "(The 3 lines you pasted are added one item each.)" in after
    assert "8. What makes them easier to target: D is 14; Mum works nights; Dad drinks" in after


# --- an edited message, with no draft open -------------------------------------------------------


async def test_an_edit_from_someone_with_no_draft_saved_is_not_told_to_resume_one(
        tmp_path: Path) -> None:
    """A newcomer's "hello" is answered "You have no draft open. None is saved either: /new
    starts one." Corrected, the same message was answered "... /new starts one, /resume picks
    up an earlier one": there is none, as the bot had just said."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.say("hello")
        assert "None is saved" in world.texts()[-1]
        said = await edit_last(world, "hello there")
        assert said.startswith("I don't read edited messages")
        assert "/new starts one" in said
        assert "/resume" not in said


async def test_an_edit_with_no_draft_open_but_one_kept_is_told_to_resume_it(
        tmp_path: Path) -> None:
    """The other side of the one above: with a draft kept and none open (the open one was
    discarded), the edit is answered with both ways on, as "no draft open" is."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB")
        await world.open_tool("Pre-referral", "TB")
        await world.command("cancel")
        await world.say("yes")
        await world.say("hello")
        assert "/resume picks up an earlier one" in world.texts()[-1]
        said = await edit_last(world, "hello there")
        assert said.startswith("I don't read edited messages")
        assert said.endswith("/new starts one, /resume picks up an earlier one.")


# --- a paste at "are you sure?" or the label's prompt, after a look at /privacy or /about -------


def test_lines_pasted_at_are_you_sure_after_privacy_are_not_said_to_be_added_to_the_list(
        tmp_path: Path) -> None:
    """attack25 made lines pasted while "Type yes or no" shows its answer, not items of the
    list question above it. A look at /privacy (or /about) first, which leaves the question
    waiting, undid that: the paste was "added one item each", the first refused as not a yes
    or a no and the second said back as not saved. It is refused as one line is."""
    shown = terminal_chat(tmp_path / "c.db", [
        *TO_A_LIST, "/cancel", "/privacy", "Mum works nights\nDad drinks", "no",
        "Mum works nights\nDad drinks"])
    pasted = shown[shown.index("What is kept"):]
    at_the_question, _, after_no = pasted.partition("Alright, nothing has been changed.")
    assert "isn't a yes or a no" in at_the_question
    assert "you pasted" not in at_the_question
    assert "(The 2 lines you pasted are added one item each.)" in after_no
    assert "(2 so far." in after_no


@pytest.mark.parametrize("look", ["/about", "/privacy"])
def test_lines_pasted_at_the_label_prompt_after_about_are_the_label(
        tmp_path: Path, look: str) -> None:
    """`/new reflection` at a list question, then /about (the label prompt still waits): two
    lines pasted were "added one item each", the first made the label and the second said
    back under "The list is full". They are the label, as without the look at /about."""
    shown = terminal_chat(tmp_path / "c.db", [
        *TO_A_LIST, "/new reflection", look, "TB\nMum drinks"])
    pasted = shown[shown.index("case label", shown.index("Question 8 of")):]
    assert "you pasted" not in pasted
    assert "The list is full" not in pasted
    assert 'Started "TB Mum drinks"' in pasted


@pytest.mark.parametrize(("name", "value"), [
    ("SOSBOT_DB", "cases\udcff/"), ("SOSBOT_KEY_FILE", "keys\udcff/"),
    ("SOSBOT_DATABASE_URL", "sqlite:///cases\udcff/"), ("SOSBOT_DB", "~no\udcffbody/x.db")],
    ids=["db", "key-file", "database-url", "home"])
def test_a_path_setting_with_a_byte_not_utf8_is_said_in_one_line(
        tmp_path: Path, name: str, value: str) -> None:
    """A path set in the environment with a byte that is not UTF-8 (a name from an old
    Latin-1 system) and ending in "/": quoting it back in the error ended in a traceback,
    "UnicodeEncodeError: ... surrogates not allowed", and no word of which setting. It is
    said as the others are, the byte shown as its code."""
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="",
                       env={name: value})
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    (said,) = done.stderr.splitlines()
    assert said.startswith(f"sosbot: {name}: ")
    assert "\\udcff" in said
    assert said.endswith("(set in the environment)")


# --- a paste at a question whose answer is read from what was typed -------------------------


def test_lines_pasted_at_a_yes_or_no_question_are_not_said_to_be_kept_together(
        tmp_path: Path) -> None:
    """attack25 stopped calling a paste at "Type yes or no" items of a list. At a yes-or-no
    question (or a choice), two lines pasted were still said to be "kept together, as one
    answer", and then "no" was taken and "not yet" dropped, or the whole refused: the
    practitioner was told the second line was kept, and it was not."""
    shown = terminal_chat(tmp_path / "w.db", ["KB", "yes\nthe school and GP", "no\nnot yet"],
                          "wellbeing")
    asked = shown[shown.index("Question 1 of"):]
    assert "kept together" not in asked
    assert 'I haven\'t saved "yes' in asked
    assert "(Taken as: No)" in asked
    shown = terminal_chat(tmp_path / "r.db", ["KB", "2\nHealth visitor"], "reflection")
    asked = shown[shown.index("Question 1 of"):]
    assert "kept together" not in asked
    assert 'I haven\'t saved "2' in asked
