"""The thirty-fourth review: the last pass's change read with fresh eyes. Each test failed on
the code as it was, through the real parts (the real store in a SQLite file, the terminal
chat, the real flows)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import replace

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.exporting import exporter_for
from flows.flow import Flow
from flows.nudges import nudger
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_walk_seventeenth import reach


def updated(flows: Mapping[str, Flow], flow_id: str) -> dict[str, Flow]:
    """The tools after an update of `flow_id` (its version raised, as a new sosbot ships)."""
    flow = flows[flow_id]
    raised = replace(flow, spec=flow.spec.model_copy(update={"version": flow.version + 1}))
    return {**flows, flow_id: raised}


async def test_a_parents_reason_outlives_an_update_of_the_tool(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """Mum's number was saved with her reason ("6, mum says R is staying away more"). Once
    sosbot was updated with a new version of the safety mapping, the draft was fitted to it
    keeping only the answers whose questions remain: the reason, kept beside the number and
    not a question of its own, was erased without a word, from /review, the summary and
    the exports. It is kept while mum's number is."""
    chat = reach(flows["mapping"], "safety_scale")
    chat.send("3, mum has asked R to leave but he has a key")
    chat.send("6, mum says R is staying away more")
    draft = replace(chat.draft, user_id=CONSOLE_USER, label="HV-KR1")
    await store.save(draft, draft.answers, new=True)
    talk = Conversation(store, updated(flows, "mapping"), surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("/resume HV-KR1", "/review")).run(None)
    view = "Parent or carer the child lives with: 6 (mum says R is staying away more)"
    assert view in out.getvalue()
    files = dict(await exporter_for(talk)(CONSOLE_USER))
    assert view in next(data.decode() for name, data in files.items() if name.endswith(".txt"))
    kept = await store.load_draft(CONSOLE_USER, draft.id)
    assert kept is not None
    assert kept.answers.get("safety_scale_parent_1_why") == "mum says R is staying away more"
