"""What a read of the twenty-third round's merged change found, pinned."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from flows.checks import text
from tests.telegram_world import bot_world
from tests.test_teams_partners_e2e import ADMIN, LEAD, lead_with_a_mapping


async def test_a_button_pressed_while_the_gate_cannot_decide_is_answered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The gate fails closed when its read of the database fails: the press is refused and
    "Sorry" said. The press itself went unanswered, so the phone's spinner turned on under
    the "Sorry" until Telegram gave up on it."""
    from storage.errors import StorageError
    from storage.teams import TeamStore

    async with bot_world(tmp_path / "bot.db", no_errors=False,
                         SOSBOT_ALLOWED_USERS=str(ADMIN)) as world:
        await lead_with_a_mapping(world)
        real, calls = TeamStore.standing, []

        async def failing_once_for_the_gate(self: TeamStore, user_id: int) -> object:
            calls.append(user_id)
            if len(calls) == 2:  # the teams' check reads first, then the gate
                raise StorageError("Cannot read bot.db: the database is locked (simulated).")
            return await real(self, user_id)

        message, data = world.with_button(world.question_buttons(LEAD)[0], LEAD)
        monkeypatch.setattr(TeamStore, "standing", failing_once_for_the_gate)
        mark = len(world.server.calls)
        world.server.press_button(LEAD, message.message_id, data)
        await world.server.wait_idle(quiet=0.5)
        after = [name for name, _ in world.server.calls[mark:]]
        assert len(calls) >= 2
        assert "answerCallbackQuery" in after, after
        assert any("Sorry" in said for said in world.texts(LEAD)[-2:])


def test_a_rules_quick_test_is_found_however_its_flags_are_written() -> None:
    """`needles_key` named a pattern by its flags as written: re.IGNORECASE and 2 are the
    same flags, but one found the shipped test and the other worked it out again."""
    assert text.needles_key("abc", re.IGNORECASE) == text.needles_key("abc", 2)
    assert text.needles_key("abc", re.IGNORECASE | re.UNICODE) == text.needles_key("abc", 34)


def test_exporting_from_a_folder_or_a_pipe_given_as_the_database_says_what_it_is(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`sosbot export --db PATH` with a folder or a pipe there said "there is no database
    at PATH", which sends the operator looking for a file that is missing; `keys` and
    `invite --list` already said it is not a database file."""
    import os

    from bot import cli
    from tests.telegram_world import TEST_KEY

    monkeypatch.setenv("SOSBOT_DATA_KEY", TEST_KEY)
    monkeypatch.chdir(tmp_path)
    pipe = tmp_path / "pipe.db"
    os.mkfifo(pipe)
    for given in (tmp_path, pipe):
        assert cli.main(["export", "TB 7", "--db", str(given)]) == 1
        err = capsys.readouterr().err
        assert f"sosbot: {given} is not a database file" in err, err
        assert "there is no database" not in err


_WAITING_FOR_A_LINE = """
import asyncio, os, sys
from bot.terminal_io import piped_line

async def main():
    read, _write = os.pipe()  # the writer stays open: no line comes, and no end
    asyncio.current_task().cancel()  # what asyncio's own Ctrl-C handler does
    try:
        piped_line(open(read, "r"))
    except KeyboardInterrupt:
        print("stopped")

asyncio.run(main())
"""


def test_a_ctrl_c_asyncio_took_stops_the_chat_waiting_for_a_piped_line() -> None:
    """Killed half way with SIGINT while waiting for the next piped answer, the chat hung
    about once in fifteen runs on a busy machine: the read went on waiting. Whatever took
    the interrupt, the wait now ends with it."""
    done = subprocess.run([sys.executable, "-c", _WAITING_FOR_A_LINE], capture_output=True,
                          text=True, timeout=30, cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "stopped", done.stderr[-2000:]


def test_no_module_names_two_things_alike() -> None:
    """A second `_OWN_ACCOUNT` in flows/checks/softening.py (a child's own account, for
    "partly responsible") took the place of the first (someone's own "should have") for
    every rule written below it: "Nan should have rung us sooner" went unasked. A second
    `_WORD` in flows/moves.py (the words of a list item) did the same to the words compared
    when an answer is typed again after a reminder. A name given twice at the top of a
    module is that mistake waiting to happen, in the checks or anywhere else."""
    import ast

    root = Path(__file__).resolve().parent.parent
    twice = []
    for module in sorted(p for package in ("bot", "flows", "storage", "bench")
                         for p in (root / package).rglob("*.py")):
        seen: set[str] = set()
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                targets: list[ast.expr] = [ast.Name(node.name)]
                value = None
            else:
                targets = node.targets if isinstance(node, ast.Assign) else \
                    [node.target] if isinstance(node, ast.AnnAssign) else []
                value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
            built_on = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)} \
                if value else set()
            for target in targets:
                # `_X = "(?:" + _X + ")"` builds on the first: that is meant
                if isinstance(target, ast.Name):
                    if target.id in seen and target.id not in built_on:
                        twice.append(f"{module.relative_to(root)}: {target.id}")
                    seen.add(target.id)
    assert twice == []
