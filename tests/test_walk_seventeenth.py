"""The seventeenth walk: five practitioners through the tools walked less before (the Harm
Matrix, Signs of Wellbeing, Signs of Success, contextual mapping, supervision preparation and
a partner's contribution), typing as people do on a phone. Each test failed on the code as it
was."""

from __future__ import annotations

import pytest
from builders import EngineChat, auto_input

from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Nudge, Pick

FLOWS = load_flows()
# Who took part, whose views are missing: a list of sources, not a description of what
# happened, in every tool that asks it.
RECORD_OF_WHO = [(flow_id, step.id) for flow_id, flow in sorted(FLOWS.items())
                 for step in flow.steps
                 if step.id in ("network", "views_missing") and step.section.column == "record"]


def reach(flow: Flow, step_id: str, limit: int = 200) -> EngineChat:
    """A chat with the real reminders, answered (any reminder kept) up to `step_id`."""
    chat = EngineChat(flow, nudger=nudger())
    chat.start()
    for _ in range(limit):
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
            continue
        if chat.asked == step_id:
            return chat
        given = auto_input(flow, chat.question, 0)
        chat.send(Pick(given.value, chat.question.nonce) if isinstance(given, Pick) else given)
    raise AssertionError(f"{step_id} not reached in {limit} answers")


def test_every_tool_asks_who_contributed() -> None:
    assert {f for f, _ in RECORD_OF_WHO} >= {"harm_matrix", "mapping", "contextual", "success",
                                              "wellbeing"}


@pytest.mark.parametrize(("flow_id", "step_id"), RECORD_OF_WHO)
def test_a_list_of_who_contributed_is_not_asked_about_as_a_description(
        flow_id: str, step_id: str) -> None:
    """A social worker in the Harm Matrix listed who contributed as "Mum, health visitor,
    nursery / Police referral 3 May" (the question's own example names "police referral of 3
    May") and was told the line "says what the services did, but not yet what it meant for
    the child". The mapping and contextual mapping ask only about privacy there; the Harm
    Matrix, Signs of Success and Signs of Wellbeing asked about wording too."""
    flow = FLOWS[flow_id]
    chat = reach(flow, step_id)
    answer = "Mum, health visitor, nursery\nPolice referral 3 May, strategy meeting notes, DSL"
    chat.send(answer)
    assert not any(isinstance(r, Nudge) for r in chat.replies)
    assert chat.draft.answers[step_id] == answer
    assert chat.asked != step_id
