"""`sosbot run` before there is a token: a newcomer at a terminal tries the tools there; a
service, a pipe or `--webhook` still gets the one-line error a deployment needs to see
(`tests/test_run_command.py` pins that one without a terminal)."""

from __future__ import annotations

from pathlib import Path

from tests.terminal import Terminal, exported


def test_run_without_a_token_at_a_terminal_opens_the_tools_and_keeps_the_answers(
        tmp_path: Path) -> None:
    db = tmp_path / "sosbot.db"
    with Terminal(command="run", env={"SOSBOT_DB": str(db)}) as terminal:
        note = terminal.wait_for(b"no TELEGRAM_BOT_TOKEN yet")
        terminal.wait_for(b"Which tool would you like to use?", note)
        terminal.wait_for(b"> ")
        terminal.type(b"2\n", b"case label")  # the pre-referral reflection
        terminal.start(b"KB-3", (b"2\n", b"Question 2"))  # school or college
        terminal.type(b"Seen a bruise on her arm\n", b"Question 3")
        seen = terminal.end()
    assert b"@BotFather" in seen
    assert "Seen a bruise on her arm" in exported(db, "KB-3")

    # and the next `sosbot run` offers to carry on with that draft
    with Terminal(command="run", env={"SOSBOT_DB": str(db)}) as terminal:
        terminal.wait_for(b"KB-3")
        terminal.end()


def test_run_webhook_without_a_token_is_refused_in_one_line_even_at_a_terminal(
        tmp_path: Path) -> None:
    db = tmp_path / "sosbot.db"
    with Terminal("--webhook", command="run", env={"SOSBOT_DB": str(db)}) as terminal:
        terminal.wait_for(b"TELEGRAM_BOT_TOKEN: missing")
        status = terminal.exited()
    shown = bytes(terminal.seen).decode().strip().splitlines()
    assert status == 2
    assert len(shown) == 1
    assert "@BotFather" in shown[0]
    assert not db.exists()
