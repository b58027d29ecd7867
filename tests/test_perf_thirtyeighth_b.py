"""The thirty-eighth pass's cost cuts (b) change nothing a practitioner sees.

Each test holds what a cut relies on, against the slow way it replaced, over the shipped
flows or through the real store.
"""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest

from flows import asides
from flows.answers import Value
from flows.flow import Flow, FlowStep
from flows.walk import Walk, shown_as, walk
from tests.test_perf_thirtyseventh_b import SAID, question_before_as_it_was, random_answers
from tests.test_perf_thirtyseventh_c import progress_as_it_was
from tests.test_telegram_handlers import USER, Bot, bot
from tests.test_walk_thirtythird_b import mapping

__all__ = ["bot"]  # the fixture

# --- what a walk shows, worked out once per flow and set of runs that apply ------------------


def step_by_step(flow: Flow, answers: Mapping[str, Value]
                 ) -> tuple[list[FlowStep], dict[str, Value]]:
    """The steps that apply and the answers they see, each step's conditions tested on its
    own in flow order (a hidden step's answer read as none), as the walk is documented."""
    steps: list[FlowStep] = []
    seen: dict[str, Value] = {}
    for step in flow.steps:
        if not all(condition.holds(seen.get) for condition in step.conditions):
            continue
        steps.append(step)
        if step.id in answers:
            seen[step.id] = answers[step.id]
            if step.role == "perspective" and step.reason_id in answers:
                seen[step.reason_id] = answers[step.reason_id]
    return steps, seen


def test_what_each_walk_shows_is_what_its_steps_conditions_say(
        flows: Mapping[str, Flow]) -> None:
    """Over 400 random answer sets for each shipped flow, the steps shown, the answers they
    see, the questions, "question N of M" and the question before each step are what the
    steps' own conditions and the earlier ways of counting give, though what a set of runs
    shows is kept for the flow from the first walk that found it."""
    rnd = random.Random(38)
    differing = []
    for flow in flows.values():
        for _ in range(400):
            answers = random_answers(flow, rnd)
            state = walk(flow, answers)
            steps, seen = step_by_step(flow, answers)
            by_hand = Walk(flow, tuple(steps), seen)  # its own, worked out from its steps
            if list(state.steps) != steps or dict(state.values) != seen \
                    or state.ids != {s.id for s in steps} \
                    or list(state.questions) != [s for s in steps if s.is_question]:
                differing.append((flow.id, "shown"))
            differing += [(flow.id, step.id) for step in flow.steps
                          if state.question_before(step.id)
                          is not question_before_as_it_was(by_hand, step.id)
                          or state.progress(step.id) != progress_as_it_was(by_hand, step.id)
                          or state.progress(step.id) != by_hand.progress(step.id)]
    assert differing == []


def test_what_a_flow_keeps_for_a_set_of_runs_is_what_those_runs_show(
        flows: Mapping[str, Flow]) -> None:
    """Each set of runs kept for a flow holds what its runs' steps give when worked out
    afresh, and there are few of them (the flows' conditions allow few sets)."""
    rnd = random.Random(838)
    for flow in flows.values():
        for _ in range(200):
            walk(flow, random_answers(flow, rnd))
        kept = flow.shown_by_runs
        assert kept, flow.id
        assert len(kept) < 64, (flow.id, len(kept))
        for runs, found in kept.items():
            steps = tuple(step for i, (_, run, _) in enumerate(flow.runs) if runs >> i & 1
                          for step in run)
            assert found == shown_as(flow, steps), (flow.id, runs)


# --- an answer sent again: only the answer just before compared with it ----------------------

OTHER = "Mum says she will call the police next time he comes round"


async def test_a_new_answer_is_compared_with_the_answer_before_alone(
        bot: Bot, monkeypatch: pytest.MonkeyPatch) -> None:
    """A long new answer is saved as before, and what it is compared with, to tell an
    answer sent again, is the answer just before it, not every earlier answer in turn."""
    await mapping(bot, "KB-7")
    await bot.say(SAID)
    compared: list[str] = []
    real = asides.same_words

    def noting(text: str) -> str:
        compared.append(text)
        return real(text)

    monkeypatch.setattr(asides, "same_words", noting)
    await bot.say(OTHER)
    draft = await bot.conversation.active(USER)
    assert draft is not None
    assert OTHER in draft.answers.values()  # saved
    earlier = [v for v in draft.answers.values() if isinstance(v, str) and v not in (SAID, OTHER)]
    assert earlier  # there were earlier answers not to look through
    assert not set(compared) & set(earlier)
    assert SAID in compared
