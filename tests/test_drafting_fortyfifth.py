"""The danger statement drafted from who is worried, when the people worried were typed on
lines of their own (a list pasted from notes, or the phone's return key between them)."""

from __future__ import annotations

from collections.abc import Mapping

import pytest

from flows.flow import Flow
from tests.builders import EngineChat
from tests.cases import reach


@pytest.mark.parametrize("who", ["the school\n\nand nan", "the school\nand nan",
                                 "school\n&\nnan", "Mum\tand dad"])
def test_two_people_worried_on_lines_of_their_own_are_worried_in_the_draft(
        flows: Mapping[str, Flow], who: str) -> None:
    """A social worker typed "the school", a blank line, then "and nan". The statement
    drafted for her read "The school and nan is worried"; two people worried are "are
    worried", however the line between them was typed."""
    chat = reach(flows["mapping"], "danger_impact_1")
    chat = EngineChat(chat.flow, chat.draft, nudger=chat.nudger)
    chat.draft.answers["danger_who_1"] = who
    chat.send("T could be badly hurt and frightened")
    drafted = chat.question.suggestion
    assert drafted is not None
    assert " are worried" in drafted, drafted
    assert " is worried" not in drafted, drafted
