"""A draft started before a tool changed keeps its answers (tests/data/flows_before/ holds
every tool as it was before the practice-lead round; each one's version has gone up)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest
from builders import EngineChat, auto_input, new_draft, walk_through

from bot.conversation import Conversation
from flows import engine
from flows.answers import is_answered
from flows.flow import Flow
from flows.loader import load_flows
from flows.render import render_text
from flows.replies import Command, Pick, Question, Text
from flows.summary import build_summary
from storage.store import Store

BEFORE = Path(__file__).resolve().parent / "data" / "flows_before"
USER = 42


@pytest.fixture(scope="module")
def before() -> Mapping[str, Flow]:
    return load_flows(sorted(BEFORE.glob("*.yaml")))


def half_answered(flow: Flow) -> EngineChat:
    """A draft of `flow` with about half its questions answered, as a person would."""
    chat = EngineChat(flow, new_draft(flow, "OLD-1"))
    chat.start()
    wanted = len([s for s in flow.steps if s.is_question]) // 2
    given: dict[str, int] = {}
    while len(chat.draft.answers) < wanted:
        asked = chat.question
        n = given[asked.step_id] = given.get(asked.step_id, -1) + 1
        answer = auto_input(flow, asked, n)
        chat.send(Pick(answer.value, asked.nonce) if isinstance(answer, Pick) else answer)
    return chat


def test_every_tool_changed_in_this_round_has_a_higher_version(
        before: Mapping[str, Flow], flows: Mapping[str, Flow]) -> None:
    assert set(before) <= set(flows)  # a tool added later has no "before"
    for flow_id, old in before.items():
        assert flows[flow_id].version > old.version, flow_id


@pytest.mark.parametrize("flow_id", sorted(p.stem for p in BEFORE.glob("*.yaml")))
def test_a_half_done_draft_keeps_every_answer_whose_question_remains(
        before: Mapping[str, Flow], flows: Mapping[str, Flow], flow_id: str) -> None:
    old, new = before[flow_id], flows[flow_id]
    draft = half_answered(old).draft
    kept = {k: v for k, v in draft.answers.items() if new.has_step(k)}
    assert kept, "a change that drops every answer would lose the practitioner's work"
    fitted = engine.reconcile(new, draft).draft
    assert fitted.flow_version == new.version
    assert fitted.answers == kept
    assert fitted.status == "in_progress"
    finished = walk_through(new, chat=EngineChat(new, fitted))
    text = render_text(build_summary(new, finished.draft))
    shown = [v for k, v in kept.items() if isinstance(v, str) and is_answered(v)
             and new.step(k).type == "text" and not new.step(k).spec.part_of]
    assert all(v in text for v in shown)


async def test_a_mapping_started_before_the_change_resumes_with_its_answers(
        tmp_path: Path, before: Mapping[str, Flow], flows: Mapping[str, Flow]) -> None:
    async with await Store.open(tmp_path / "sosbot.db") as store:
        old_bot = Conversation(store, before)
        await old_bot.handle(USER, Command("new", "mapping"))
        await old_bot.handle(USER, Text("OLD-1"))
        for typed in ("conference", "T (7), mum, nan, class teacher", "yes",
                      "In March R pushed mum against the door while T watched."):
            await old_bot.handle(USER, Text(typed))
        started = await old_bot.active(USER)
        assert started is not None
        assert started.flow_version == before["mapping"].version

        new_bot = Conversation(store, flows)  # the bot restarted with the new tools
        replies = await new_bot.handle(USER, Command("resume", started.id))
        resumed = await new_bot.active(USER)
        assert resumed is not None
        assert resumed.flow_version == flows["mapping"].version
        assert resumed.answers == started.answers
        asked = [r for r in replies if isinstance(r, Question)][-1]
        assert asked.step_id == "meeting_date"  # the first new question, before the rest
