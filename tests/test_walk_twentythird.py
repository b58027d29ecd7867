"""The twenty-third walk: a newly qualified social worker, a school's designated safeguarding
lead contributing as a partner, a health visitor, a police officer, a team manager reviewing,
a worker dictating by voice, a worker pasting from case notes, a worker interrupted and back
hours later, a worker whose English is a second language and an experienced worker typing in
fragments. Each test failed on the code as it was."""

from __future__ import annotations

import pytest
from builders import Answer
from cases import HARM_MATRIX

from bot.conversation import Conversation
from flows.flow import Flow
from flows.loader import load_flows
from storage.store import Store
from tests.test_tools import USER, answer_all, start

FLOWS = load_flows()


@pytest.mark.parametrize("pointer", ["same as above", "As above.", "see above", "ditto"])
async def test_as_above_in_the_harm_matrix_reaches_the_mapping_as_the_words_it_pointed_to(
        store: Store, pointer: str) -> None:
    """A social worker in the Harm Matrix, asked for the worst it has been, wrote "same as
    above": the neighbour finding L in the street, just above. Her new mapping with the same
    case label printed "The worst time: same as above" under "Has harm happened: Yes", the
    line above it there."""
    flows: dict[str, Flow] = dict(FLOWS)
    chat = Conversation(store, flows)
    plan = dict(HARM_MATRIX) | {"harm_worst_1": Answer(pointer)}
    await answer_all(chat, await start(chat, "harm_matrix", "LB-4"), plan)
    await start(chat, "mapping", "LB-4")
    draft = await chat.active(USER)
    assert draft is not None
    assert draft.answers["worst_harm"] == HARM_MATRIX["harm_impact_1"].inputs[0]
