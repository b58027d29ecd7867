"""The thirty-seventh walk (c): a social worker on a laptop doing a safety mapping, typing
fast and not reading. An answer that gets a reminder ("Mum is chaotic"), more lines typed
straight after it, then /keep, /next or /replace; and a tool's name given as a case label.
Each test of a defect failed on the code as it was."""

from __future__ import annotations

from pathlib import Path

from storage.store import Store
from tests.builders import build_flow, section, text
from tests.test_console import at_the_terminal


async def test_keep_names_lines_sent_together_after_a_reminder_as_lines_not_one_line(
        tmp_path: Path, store: Store) -> None:
    # She wrote "Mum is chaotic.", got a reminder, and sent three lines at once about last
    # Tuesday (kept together as one answer), then /keep. She was told "Your other line,
    # "Last Tuesday ...\nT is 4 ...\nHe had ...", was not saved": one line, three shown.
    flow = build_flow(tmp_path, section(
        "s", text("what", title="The worst time", checks=["plain_language"]), text("after"),
        column="worried"))
    shown, draft = await at_the_terminal(
        store, flow, "Mum is chaotic.",
        "Last Tuesday M left T alone overnight\nT is 4\nHe had no food since lunch", "/keep")
    assert "Your other line," not in shown
    assert ('I\'ve kept "Mum is chaotic." as you typed it. The 3 lines you sent after it were '
            'not saved: "Last Tuesday M left T alone overnight\nT is 4\nHe had no food since '
            'lunch".') in shown
    assert draft.answers == {"what": "Mum is chaotic."}


async def test_keep_after_one_line_still_names_that_line(tmp_path: Path, store: Store) -> None:
    flow = build_flow(tmp_path, section(
        "s", text("what", title="The worst time", checks=["plain_language"]), text("after"),
        column="worried"))
    shown, draft = await at_the_terminal(store, flow, "Mum is chaotic.",
                                         "Last Tuesday M left T alone overnight", "/keep")
    assert ('Your other line, "Last Tuesday M left T alone overnight", was not saved.'
            in shown)
    assert draft.answers == {"what": "Mum is chaotic."}
