"""The fifty-first pass's attacks on the real `sosbot chat` with answers piped in, as the
README shows a newcomer doing it. Each test of a defect failed on the code as it was.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import run_sosbot
from in_process import sosbot_here

from bot import cli

# The README's own example, line for line: a label, then every question's answer, the last
# (optional) one skipped with an empty line.
README_ANSWERS = ("KB-1\nSchool or college\nSeen a bruise on her arm\nYes, as far as I know\n"
                  "They know and agree\nNan collects her\nI will call the hub today\n6\n\n")


def piped_chat(db: Path, answers: str, *flow: str) -> subprocess.CompletedProcess[str]:
    """`sosbot chat` run through `bot.cli.main` here (tests/in_process.py): what it prints."""
    return sosbot_here("chat", *flow, "--db", str(db), input=answers, cwd=db.parent)


def piped_child(db: Path, answers: str, *flow: str) -> subprocess.CompletedProcess[str]:
    """The README's example as it is typed: the real command, a child process."""
    return run_sosbot("chat", *flow, "--db", str(db), input=answers, cwd=db.parent)


def last_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.rstrip().splitlines()[-1].removeprefix("> ")  # after the prompt


def test_a_piped_chat_that_finished_its_draft_does_not_say_run_it_again_to_carry_on(
        tmp_path: Path) -> None:
    """The README's piped example answered every question, the summary was printed, and
    its last line was "Your answers are saved. Run `sosbot chat` again to carry on.": there
    was nothing to carry on, and `sosbot chat` run again (without the example's --db)
    opened another database, with no draft in it. It says the draft is finished, and how to
    open it again, with the database it was given."""
    db = tmp_path / "demo.db"
    said = last_line(piped_child(db, README_ANSWERS, "--flow", "reflection"))
    assert "carry on" not in said
    assert said == ('"KB-1" is finished, and saved with its summary. To look at it again or '
                    f"change an answer, run `sosbot chat --db {db}` and type /resume KB-1.")
    # ... and that is what opens it again
    again = piped_chat(db, "/resume KB-1\n")
    assert "Nan collects her" in again.stdout
    assert last_line(again) == said  # /quit or the end of input there says the same


def test_a_piped_chat_whose_answers_run_out_says_where_not_to_run_it_again(
        tmp_path: Path) -> None:
    """Answers for two questions of eight, piped in: "Your answers are saved. Run `sosbot
    chat` again to carry on.", as to someone at a keyboard who chose to stop, and a
    command that opened another database. It says the answers piped in ran out before the
    draft's end, and the command that carries on names the database."""
    db = tmp_path / "part way.db"
    said = last_line(piped_chat(db, "KB-1\nSchool or college\n", "--flow", "reflection"))
    assert said == ('The answers piped in ended before "KB-1" was finished. Those given are '
                    f"saved, and `sosbot chat --db '{db}'` carries on from the next question.")
    # nothing piped in at all: no answers "given" to speak of
    assert last_line(piped_chat(db, "")) == (
        f"Your answers are saved. Run `sosbot chat --db '{db}'` again to carry on.")
    carried = piped_chat(db, "Seen a bruise on her arm\n")
    assert "Question 2 of 8" not in carried.stdout  # the drafts menu, not the question
    carried = piped_chat(db, "KB-1\nSeen a bruise on her arm\n")
    assert "[Question 3 of 8" in carried.stdout


def test_pause_and_quit_at_a_finished_draft_do_not_speak_of_this_question(
        tmp_path: Path) -> None:
    """/pause at a finished draft said "Saved. Run `sosbot chat` again to carry on from
    this question." under "This draft is finished", of no question; /quit "to carry on"."""
    db = tmp_path / "done.db"
    piped_chat(db, README_ANSWERS, "--flow", "reflection")
    for leaving in ("/pause", "/quit"):
        said = last_line(piped_chat(db, f"/resume KB-1\n{leaving}\n"))
        assert said.startswith('"KB-1" is finished, and saved with its summary.'), said


@pytest.mark.parametrize("url", ["postgresql://sosbot:s3cret@db.example/sosbot",
                                 "postgresql://db.example/sosbot?sslmode=require&password=s3cret",
                                 "postgresql://db.example/sosbot?PASSWORD=s3cret",
                                 "postgresql://[::1/sosbot"])
def test_the_command_to_run_again_never_says_a_database_urls_password(url: str) -> None:
    """The chat names the --db it was given in "run it again": never a password with it."""
    assert cli._again("sosbot chat", url) == "sosbot chat"
    assert cli._again("sosbot chat", "postgresql://db.example/sosbot") == \
        "sosbot chat --db postgresql://db.example/sosbot"


def test_flow_with_windows_line_end_from_a_script_is_the_tool_named(tmp_path: Path) -> None:
    """`--flow "$FLOW"` with FLOW read from a settings file saved on Windows ("reflection\\r"):
    refused as "there is no tool called 'reflection' (did you mean reflection?)". The blanks
    around a tool's name are not part of it."""
    db = tmp_path / "crlf.db"
    said = last_line(piped_chat(db, README_ANSWERS, "--flow", "reflection\r"))
    assert said.startswith('"KB-1" is finished'), said


@pytest.mark.parametrize(("typed", "shown"), [("reflec\u200btion", "reflec\\u200btion"),
                                              ("refl\x1b[2Jection", "refl\\u001b[2Jection")])
def test_an_unknown_flow_is_named_with_what_does_not_show(
        tmp_path: Path, typed: str, shown: str) -> None:
    """A name with a zero-width space or a terminal escape in it was named without it: "there
    is no tool called 'reflection' (did you mean reflection?)", the same name twice. What
    does not show is written as its code."""
    done = piped_chat(tmp_path / "f.db", "KB-1\n", "--flow", typed)
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"sosbot: --flow: there is no tool called '{shown}' (did you mean reflection?); "
        "`sosbot flows list` shows them. Nothing was read or saved.")
    assert "\x1b" not in done.stderr
