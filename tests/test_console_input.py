"""`sosbot chat` fed what a terminal or a pipe can really send: garbage, invisible labels,
and a line ended with Ctrl-D instead of Enter."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import run_sosbot, sosbot_command, sosbot_env

from flows.answers import clean
from tests.terminal import Terminal, exported


def test_binary_garbage_piped_in_never_ends_in_a_traceback(tmp_path: Path) -> None:
    garbage = os.urandom(3000)
    result = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db",
                                           str(tmp_path / "g.db")),
                            input=garbage, capture_output=True, env=sosbot_env(),
                            timeout=120, check=False)
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode in (0, 1)  # 1: a line was not taken, and the chat stopped there
    again = run_sosbot("chat", "--db", str(tmp_path / "g.db"), input="")
    assert "Traceback" not in again.stderr


def test_a_label_of_lone_surrogates_is_saved_readably(tmp_path: Path) -> None:
    # bytes that are no character in Windows text either (b"\xff\x80" is read as "ÿ€" now
    # that a line that is not UTF-8 is read as Windows text)
    label = "AB\udc81\udc8d"
    result = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db",
                                           str(tmp_path / "s.db")),
                            input=label.encode("utf-8", "surrogateescape") + b"\n",
                            capture_output=True, env=sosbot_env(), timeout=120, check=False)
    assert b"Traceback" not in result.stderr
    assert 'Started "AB\ufffd\ufffd"'.encode() in result.stdout


def test_a_label_of_only_invisible_characters_is_refused_like_an_empty_one(
        tmp_path: Path) -> None:
    result = run_sosbot("chat", "--flow", "reflection", "--db", str(tmp_path / "z.db"),
                        input="\u200b\u200b\ufeff\n\u2060\n")
    assert "Started" not in result.stdout
    assert "A case label needs letters or numbers" in result.stdout
    assert result.stdout.count("Give this draft a short case label") == 2  # asked again once
    assert clean("\u200b \u200c") == ""


def _answer_question_2_on_a_terminal(db: Path, label: bytes, typed: bytes) -> bytes:
    """`sosbot chat --flow reflection` on a real terminal: the label, "School or college",
    then `typed` at question 2; once question 3 shows, Ctrl-D. All the terminal showed."""
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(label, (b"2\n", b"Question 2"))  # a choice: school or college
        terminal.type(typed, b"Question 3")
        return terminal.end()


def test_a_line_ended_with_ctrl_d_keeps_its_last_character(tmp_path: Path) -> None:
    db = tmp_path / "t.db"
    _answer_question_2_on_a_terminal(db, b"TB-7", b"Seen a bruise\x04")  # Ctrl-D, not Enter
    assert "Seen a bruise" in exported(db, "TB-7")


def test_lines_pasted_together_are_one_answer_not_the_next_questions_answers(
        tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    seen = _answer_question_2_on_a_terminal(
        db, b"TB-8", b"Seen a bruise on her arm.\nShe said her dad did it.\n\nAsked Mum.\n")
    # three lines of words (the empty line between them is a gap, not a line written)
    assert b"The 3 lines you pasted are kept together" in seen
    assert b"Question 4" not in seen  # the pasted lines did not answer the questions after
    # each line after the first is indented under the answer it belongs to
    assert "Seen a bruise on her arm.\n   She said her dad did it.\n\n   Asked Mum." in \
        exported(db, "TB-8")


def test_digit_look_alikes_at_the_menu_and_in_commands_are_read_as_words(
        tmp_path: Path) -> None:
    # "²" and "①" are digits to Python but not numbers: they once crashed `sosbot chat`.
    # Piped in, a line the menu cannot take stops the chat there, politely.
    for look_alike in ("²", "①"):
        result = run_sosbot("chat", "--db", str(tmp_path / "d.db"), input=f"{look_alike}\n2\n")
        assert "Traceback" not in result.stderr, result.stderr[-2000:]
        assert f'I haven\'t saved "{look_alike}"' in result.stdout
        assert result.returncode == 1
    result = run_sosbot("chat", "--db", str(tmp_path / "d.db"), input="2\nKB-12\n/edit ²\n")
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    assert 'Started "KB-12"' in result.stdout
    # an /edit naming no answer stops answers piped in (the next line would answer the
    # wrong question): said politely, not a crash
    assert result.returncode == 1
    assert "There's no answer number ²." in result.stdout
    result = run_sosbot("chat", "--db", str(tmp_path / "e.db"), input="/edit ³\n2\n")
    assert "Traceback" not in result.stderr, result.stderr[-2000:]
    # at the menu: nothing to answer yet, said so (and, piped in, stopped there politely)
    assert "Nothing is open yet, so /edit has nothing to act on." in result.stdout


def test_escape_sequences_and_direction_overrides_are_taken_out_whole() -> None:
    """A label or answer shown back in a terminal, a message or a report: a colour code or
    screen clear leaves nothing behind, and a right-to-left override cannot turn round the
    text after it; the joiner emoji are made with stays, as do Arabic letters."""
    assert clean("\x1b[2J\x1b[31mred\x1b[0m") == "red"
    assert clean("\x1b]0;a title\x07after") == "after"
    assert clean("KB\u202e-7") == "KB-7"
    assert clean("x\u200by\u2066z\u2069") == "xyz"
    assert clean("👩\u200d👧") == "👩\u200d👧"
    assert clean("مرحبا") == "مرحبا"
    assert clean("\x1b[2J\u202e") == ""
    # the Arabic letter mark steers direction as the left-to-right and right-to-left marks
    # do, and the invisible operators and annotation marks hide what is between them
    assert clean("KB\u061c-7\u2062\u2064\ufff9x\ufffb") == "KB-7x"


def test_what_follows_a_wrong_edit_is_said_back_cleaned(tmp_path: Path) -> None:
    """`/edit` naming no answer says the argument back: a screen clear typed there is not
    passed to the terminal, and bytes that are not UTF-8 do not stop a chat whose output is
    strict UTF-8 (as in an en_US.UTF-8 terminal)."""
    out = b""
    # \x81\x8d: no character in Windows text either, which a line not UTF-8 is read as
    for wrong in (b"/edit \x1b[2J\x1b]0;t\x07x", b"/edit \x81\x8d"):
        # piped in, a wrong /edit stops the chat (the next line would answer the wrong
        # question): one run each
        result = subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db",
                                               str(tmp_path / "e.db")),
                                input=b"KB-3\n" + wrong + b"\n/review\n", capture_output=True,
                                env=sosbot_env(PYTHONIOENCODING="utf-8"), timeout=120,
                                check=False)
        assert b"Traceback" not in result.stderr, result.stderr[-2000:]
        assert result.returncode == 1
        out += result.stdout
    assert b"\x1b" not in out
    assert b"no answer number x." in out
    assert "no answer number \ufffd\ufffd.".encode() in out


def test_a_piped_number_whose_reason_brings_the_privacy_reminder_finishes_the_tool(
        tmp_path: Path) -> None:
    """Piped in, "4 - nan Mary Jones moved in" saves 4 and holds the reason back with a
    reminder, which the chat keeps as written (nobody is there to answer it). /keep was
    refused as if the reminder had never been seen, the reminder came back, and the chat
    kept it again for ever, at full speed, printing without end."""
    lines = ["KB-1", "1", "On 3 Dec K (7) came in with a bruise and said dad grabbed her",
             "3", "1", "Nan collects K from school every day", "Social worker to visit by Friday",
             "4 - nan Mary Jones moved in to 14 Elm Road"]
    result = run_sosbot("chat", "--flow", "reflection", cwd=tmp_path,
                        input="".join(line + "\n" for line in lines))
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) < 150
    assert result.stdout.count("so it was kept as it is") == 1
    assert "Why this number: nan Mary Jones moved in to 14 Elm Road" in result.stdout
