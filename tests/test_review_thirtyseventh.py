"""The thirty-seventh pass's review: a report pasted whole at one question with headings,
case hand-over, a tool's name typed with nothing open. Each test of a defect failed on the
code as it was, through the real console or Application on real SQLite files."""

from __future__ import annotations

from collections.abc import Mapping

from flows.flow import Flow
from storage.store import Store
from tests.test_console import at_the_terminal

# The mapping up to the house of worries at the terminal: purpose, date, author, network,
# views missing, next review
TO_THE_HOUSES = ("4", "/skip", "SW JD", "/skip", "/skip", "/skip")
HOUSES = "Worries:\n- when daddy shouts\nGood things:\n- my dog Max\nDreams:\n- live at nans"


async def test_the_houses_pasted_from_notes_keep_no_bullet_in_the_childs_worry(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """A family support worker pasted K's three houses from her notes, a bullet under each
    heading, at the house of worries, and chose /use: "my dog Max" and "live at nans" went
    to their houses without the notes' bullets, but the worry stayed "- when daddy shouts",
    and the summary quoted the child as saying the dash."""
    shown, draft = await at_the_terminal(store, flows["mapping"], *TO_THE_HOUSES, HOUSES,
                                         "/use")
    assert "/use puts each under its own question" in shown
    assert draft.answers["house_good"] == ["my dog Max"]
    assert draft.answers["house_dreams"] == ["live at nans"]
    assert draft.answers["house_worries"] == ["when daddy shouts"]
