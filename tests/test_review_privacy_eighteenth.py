"""The privacy reminder's answer is kept only by /keep, whatever else is typed after it.

A fresh-eyes review found three ways an answer the reminder held back (a name, an address, a
phone number) was still saved as typed: an empty line, the next item of a list, and a line
unlike it followed by any command.
"""

from __future__ import annotations

from pathlib import Path

from flows.replies import Nudge
from tests.test_attacks_eighteenth import (
    HELD,
    a_list_item_held_by_the_privacy_reminder,
    held_by_the_privacy_reminder,
)


def test_an_empty_line_at_the_privacy_reminder_asks_it_again_rather_than_keeping_it() -> None:
    chat = held_by_the_privacy_reminder()
    for empty in ("", "\u3164", "\u200b"):
        replies = chat.send(empty)
        assert "what_happened" not in chat.draft.answers
        assert any(isinstance(r, Nudge) and r.kind == "privacy" for r in replies)


def test_a_different_line_after_the_privacy_reminder_is_its_rewrite_and_says_so() -> None:
    chat = held_by_the_privacy_reminder()
    chat.send("On 3 Dec K (7) said dad hit her on the arm")
    assert f'I haven\'t saved "{HELD}", which had personal details in it: your new line ' \
        "takes its place." in chat.notices()
    for command in ("back", "skip", "next"):
        chat.command(command)
        assert HELD not in chat.draft.answers.values()
    assert chat.draft.answers["what_happened"] == "On 3 Dec K (7) said dad hit her on the arm"


def test_the_next_item_after_the_privacy_reminder_takes_the_held_items_place(
        tmp_path: Path) -> None:
    chat = a_list_item_held_by_the_privacy_reminder(tmp_path)
    chat.send("The school nurse sees K every Monday")
    assert chat.draft.answers["network"] == ["Nan", "The school nurse sees K every Monday"]
    assert f'I haven\'t saved "{HELD}", which had personal details in it: your new line takes ' \
        "its place." in chat.notices()
