"""The twenty-fifth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real command (`sosbot ...` through
`bot.cli.main`, tests/in_process.py, or as a child process on a real terminal where the
behaviour is a terminal's) or the real Application polling the local Bot API server."""

from __future__ import annotations

from pathlib import Path

from tests.in_process import sosbot_here
from tests.telegram_world import PRACTITIONER, World, bot_world
from tests.terminal import Terminal

# --- `sosbot chat` on a real terminal -----------------------------------------------------------


# The contextual safety mapping up to its first list question (Question 8 of 37).
TO_A_LIST = [(b"KB\n", b"Question 1 of"), (b"SW\n", b"Question 2 of"),
             (b"/skip\n", b"Question 3 of"), (b"/skip\n", b"Question 4 of"),
             (b"/skip\n", b"Question 5 of"), (b"/skip\n", b"Question 6 of"),
             (b"Groomed online by older men\n", b"Question 7 of"),
             (b"/skip\n", b"Question 8 of")]


def at_a_list(db: Path) -> Terminal:
    terminal = Terminal("--flow", "contextual", "--db", str(db))
    terminal.wait_for(b"case label")
    for typed, then in TO_A_LIST:
        terminal.type(typed, then)
    return terminal


def test_pasted_lines_said_back_unsaved_reach_the_terminal_without_its_escapes(
        tmp_path: Path) -> None:
    """Lines pasted at a list question, one of which brought a reminder: the lines after it
    are said back, to be sent again. They were said back as pasted, so an escape sequence in
    them (a paste from a web page or a chat log: "clear the screen", "set the clipboard",
    "retitle the window") was acted on by the practitioner's terminal."""
    terminal = at_a_list(tmp_path / "c.db")
    end = terminal.type(b"D is 14\nher tutor John Smith collects him\n"
                        b"\x1b[2J\x1b]52;c;aGk=\x07out late\n", b"not saved yet")
    seen = terminal.end()
    said_back = seen[end:seen.index(b"> ", end)]
    assert b"\x1b" not in said_back
    assert b"\x07" not in said_back
    assert b"  out late" in said_back


def test_lines_pasted_at_are_you_sure_are_not_said_to_be_added_to_the_list(
        tmp_path: Path) -> None:
    """At a list question, /cancel asks "Discard the draft? Type yes or no". Two lines pasted
    then (meant for the list) were announced as "(The 2 lines you pasted are added one item
    each.)", and straight after the first was refused as not a yes or a no, the second said
    back as not saved: the practitioner was told the list had them, and it did not. The
    "no" typed next was met with "I'm not sure the yes-or-no question reached you" and the
    question again. Now the paste is refused as one line is; "no" brings the list question
    back, and a paste there is added an item each, as before."""
    terminal = at_a_list(tmp_path / "c.db")
    terminal.type(b"/cancel\n", b"Type yes or no.")
    end = terminal.type(b"Mum works nights\nDad drinks\n", b"Type yes or no.")
    terminal.type(b"no\n", b"Question 8 of")
    after_no = len(terminal.seen)
    terminal.type(b"Mum works nights\nDad drinks\n", b"(2 so far.")
    seen = terminal.end()
    at_the_question = seen[seen.index(b"Type yes or no.") + 1:end]
    assert b"isn't a yes or a no" in at_the_question
    assert b"you pasted" not in at_the_question
    assert b"(The 2 lines you pasted are added one item each.)" in seen[after_no:]



def test_lines_pasted_at_a_new_drafts_label_prompt_are_not_said_to_fill_the_list(
        tmp_path: Path) -> None:
    """At a list question, `/new reflection` asks for the new draft's case label. Two lines
    pasted then were "added one item each": the first became the label, and the second was
    said back under "The list is full, so these lines you pasted are not saved", of a list
    that was neither full nor on the screen any more. The paste is the label's answer now,
    as a line typed there is, and nothing is said of a list."""
    terminal = at_a_list(tmp_path / "c.db")
    asked = terminal.type(b"/new reflection\n", b"case label")
    terminal.type(b"TB\nMum drinks\n", b"Question 1 of 8")
    seen = terminal.end()[asked:]
    assert b"you pasted" not in seen
    assert b"The list is full" not in seen
    assert b'Started "TB' in seen

# --- a setting's bad value, said where it was set and as it is written ----------------------


def test_a_setting_holding_terminal_escapes_is_said_with_them_shown_not_acted_on(
        tmp_path: Path) -> None:
    """A retention in `.env` holding an escape sequence (a value pasted from a coloured
    terminal, or a file someone else edited) was quoted back raw in the error: the
    operator's terminal acted on it (here clearing the screen, the error with it) and the
    value looked like "5", which is a valid one. It is shown as it is written in the file."""
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\nSOSBOT_DRAFT_DAYS=\x1b[2J5\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DRAFT_DAYS: "\\x1b[2J5" won\'t work here; give a whole number from 1 '
        "to 3650 (it is 30 if left out) (set in .env, line 2)"]


BAD_KEY = "kd2489ee5:l5PEip50L0BjstPJ1dAqap0jXmJU8n7swRkymI0WG4"  # its last characters lost


def test_a_data_key_pasted_wrong_names_where_it_was_set(tmp_path: Path) -> None:
    """SOSBOT_DATA_KEY with its last characters lost in the paste: the error named the
    setting but not where it was set, so an operator with the key in `.env`, in systemd's
    EnvironmentFile and in their shell's profile did not know which one to correct. Now the
    file and line are named (or the environment), as for every other setting; the key
    itself is still never printed."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_DATA_KEY={BAD_KEY}\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "sosbot: SOSBOT_DATA_KEY: a key must be the base64 of 32 random bytes (`sosbot keys "
        "new` makes one). (set in .env, line 2)"]
    (tmp_path / ".env").unlink()
    (tmp_path / "main.env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_DATA_KEY={BAD_KEY}\n")
    done = sosbot_here("purge", "--env-file", str(tmp_path / "main.env"), cwd=tmp_path)
    assert done.stderr.splitlines() == [
        "sosbot: SOSBOT_DATA_KEY: a key must be the base64 of 32 random bytes (`sosbot keys "
        f"new` makes one). (set in {tmp_path / 'main.env'}, line 2)"]
    done = sosbot_here("export", "KB", cwd=tmp_path, env={"SOSBOT_DATA_KEY": BAD_KEY})
    assert done.stderr.splitlines() == [
        "sosbot: SOSBOT_DATA_KEY: a key must be the base64 of 32 random bytes (`sosbot keys "
        "new` makes one). (set in the environment)"]
    assert "l5PEip" not in done.stderr


def test_a_bad_setting_after_blank_lines_is_named_on_its_own_line(tmp_path: Path) -> None:
    """A `.env` laid out in groups, a blank line between them: a bad value was said to be on
    the line above its own (python-dotenv counts a setting's line from the blank lines before
    it), so the operator was sent to the blank line, or to another setting. So was a line
    that could not be read at all."""
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\n\n\n# retention\n\n"
                                   "SOSBOT_DRAFT_DAYS=0\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DRAFT_DAYS: "0" won\'t work here; give a whole number from 1 to 3650 '
        "(it is 30 if left out) (set in .env, line 6)"]
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\n\nSOSBOT_DRAFT_DAYS 7\n")
    done = sosbot_here("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.stderr.splitlines() == [
        "sosbot: .env, line 3: the setting SOSBOT_DRAFT_DAYS could not be read (it is not "
        "NAME=value, or a quotation mark in it is not closed on its line); correct it: left "
        "out, it would be at its default unseen."]


# --- the running bot ----------------------------------------------------------------------------


async def edit_last(world: World, text: str) -> str:
    """The practitioner's last message edited to `text`; what the bot said to it."""
    typed = world.server.user_messages(PRACTITIONER)[-1]["message_id"]
    mark = len(world.server.calls)
    world.server.edit_user_message(PRACTITIONER, typed, text)
    await world.settle(mark)
    return world.texts()[-1]


async def test_an_edit_with_no_draft_open_does_not_say_an_answer_stands(tmp_path: Path) -> None:
    """A practitioner with nothing open (a first "hello", told no draft is open) corrected
    that message: the bot said "your earlier answer stands. To change an answer, use /review
    and tap Edit", of an answer that is nowhere, and /review has nothing to edit. Now it
    says no draft is open and how to start or pick one up."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.say("hello")
        said = await edit_last(world, "hello there")
        assert said.startswith("I don't read edited messages")
        assert "answer stands" not in said
        assert "/new starts one" in said
