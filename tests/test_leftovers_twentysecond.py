"""The twenty-second pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

from flows.loader import load_flows
from flows.replies import Notice
from tests.test_walk_seventeenth import reach

FLOWS = load_flows()

HARM_INTRO = "Think of one harmful behaviour or pattern"


# --- 1. a section's introduction said again after an /edit further up -------------------------


def test_the_harm_sections_introduction_is_not_said_again_after_an_edit_further_up() -> None:
    """A social worker in the Harm Matrix, at the second question about the harm, went back
    with /edit to correct who was filling it in. Answered, the bot came back to where she
    was with "Think of one harmful behaviour or pattern. If there are several, start with
    the one that worries you most." again, as if the worry she was half-way through were a
    new one. It is said when the section is first reached."""
    flow = FLOWS["harm_matrix"]
    chat = reach(flow, "danger_behaviour_1")
    assert any(HARM_INTRO in n for n in chat.notices())  # first reached: said
    chat.send("R shouts at mum and pushes her while T is at home")
    while chat.asked != "harm_impact_1":
        chat.command("keep")
    chat.command("edit", "1")
    assert chat.asked == "author"
    chat.send("LM, social worker, Northside children's team")
    assert chat.asked == "harm_impact_1"
    assert not any(HARM_INTRO in n for n in chat.notices()), chat.replies
    assert [r for r in chat.replies if isinstance(r, Notice)] == []
