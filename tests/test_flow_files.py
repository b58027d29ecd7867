"""Every YAML file in flows/ loads, walks end to end down every branch, and renders.

The files are found by globbing, so a flow added later is tested without touching this file.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from builders import Answer, EngineChat, Plan, default_text, options, walk_through

from bot.summary_html import render_telegram
from flows import FLOWS_DIR
from flows.answers import is_answered
from flows.flow import Flow
from flows.loader import load_flow, load_flows
from flows.render import render_text
from flows.summary import build_summary
from flows.walk import walk

FLOW_FILES = sorted(FLOWS_DIR.glob("*.yaml"))
TELEGRAM_TAGS = {"b", "i", "u", "s", "code", "pre", "a", "tg-spoiler", "blockquote"}
MAX_COMBINATIONS = 256


def test_the_built_in_flows_are_found() -> None:
    assert {"mapping", "reflection"} <= {p.stem for p in FLOW_FILES}
    assert set(load_flows()) >= {"mapping", "reflection"}


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.name)
def test_flow_walks_every_branch_and_renders_its_summary(path: Path) -> None:
    flow = load_flow(path)
    asked: set[str] = set()
    for plan in branch_plans(flow):
        chat = walk_through(flow, plan, on_question=ProgressCheck())
        asked |= set(chat.draft.history)
        check_summary(flow, chat)
    questions = {s.id for s in flow.steps if s.is_question}
    assert questions - asked == set(), "some questions were never reached by any walk"


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.name)
def test_flow_steps_all_have_help_and_their_choices_have_labels(path: Path) -> None:
    flow = load_flow(path)
    for step in flow.steps:
        if step.is_question:
            assert step.spec.help, step.id
        assert all(c.label.strip() for c in step.spec.choices), step.id


# Words about one screen: each front end says how to answer there (tap a button, or type).
SCREEN_WORDS = re.compile(r"\b(?:tap|tapping|taps|tapped|buttons?|click|press|per message"
                          r"|this phone|your phone|telegram)\b", re.IGNORECASE)


def texts_in(value: object) -> Iterator[str]:
    """Every string in a loaded YAML document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts_in(item)


@pytest.mark.parametrize("path", FLOW_FILES, ids=lambda p: p.name)
def test_flow_texts_say_nothing_about_tapping_or_typing(path: Path) -> None:
    """A flow is read in Telegram and at the terminal alike: "then tap Done" would be wrong
    at a keyboard, so the front ends say how to answer and the flow says only what to ask."""
    said = [t for t in texts_in(yaml.safe_load(path.read_text(encoding="utf-8")))
            if SCREEN_WORDS.search(t)]
    assert said == []


# --- choosing the walks ------------------------------------------------------------------


def branching_steps(flow: Flow) -> list[str]:
    """The steps some condition reads, in flow order."""
    read = {ref for step in flow.steps for c in step.conditions for ref in c.step_ids()}
    return [s.id for s in flow.steps if s.id in read]


def condition_refs(flow: Flow, step_id: str) -> list[str]:
    """Every step whose answer decides whether `step_id` is asked (transitively), in order."""
    seen: set[str] = set()
    todo = [step_id]
    while todo:
        for c in flow.step(todo.pop()).conditions:
            for ref in c.step_ids() - seen:
                seen.add(ref)
                todo.append(ref)
    return [s.id for s in flow.steps if s.id in seen]


def plans_reaching(flow: Flow, target: str, fixed: Plan) -> Iterator[dict[str, Answer]]:
    """Plans that vary the steps gating `target` (keeping `fixed`), simplest first."""
    refs = [r for r in condition_refs(flow, target) if r not in fixed]
    yield dict(fixed)
    combos = itertools.product(*(options(flow, r) for r in refs))
    for combo in itertools.islice(combos, MAX_COMBINATIONS):
        yield {**fixed, **dict(zip(refs, combo, strict=True))}


def first_plan_asking(flow: Flow, target: str, fixed: Plan) -> dict[str, Answer]:
    for plan in plans_reaching(flow, target, fixed):
        if target in walk_through(flow, plan).draft.history:
            return plan
    raise AssertionError(f"no combination of answers reaches {target!r} with {fixed}")


def branch_plans(flow: Flow) -> list[dict[str, Answer]]:
    """One walk with default answers, then one per option of every step a condition reads.

    When the step itself is behind a condition, its gates are varied until it is asked.
    Then any question still unreached gets a walk of its own.
    """
    plans: list[dict[str, Answer]] = [{}]
    for step_id in branching_steps(flow):
        for option in options(flow, step_id):
            plans.append(first_plan_asking(flow, step_id, {step_id: option}))
    asked = {s for plan in plans for s in walk_through(flow, plan).draft.history}
    for step in flow.steps:
        if step.is_question and step.id not in asked:
            plans.append(first_plan_asking(flow, step.id, {}))
            asked |= set(walk_through(flow, plans[-1]).draft.history)
    return plans


# --- what every walk must show -----------------------------------------------------------


class ProgressCheck:
    """Each new question is numbered one more than the last, and never beyond the total."""

    def __init__(self) -> None:
        self.last = 0

    def __call__(self, chat: EngineChat) -> None:
        q = chat.question
        assert 1 <= q.number <= q.total, q
        if q.again or not chat.flow.step(q.step_id).spec.counted:  # (or part of the last)
            assert q.number == self.last, q
        else:
            assert q.number == self.last + 1, (self.last, q)
        self.last = q.number


def check_summary(flow: Flow, chat: EngineChat) -> None:
    assert chat.finished
    assert chat.draft.status == "completed"
    summary = build_summary(flow, chat.draft)
    text = render_text(summary)
    html = render_telegram(summary)
    for column in summary.filled_columns:  # a column the tool did not fill is not printed
        assert column.label.upper() in text
        assert html_escaped(column.label) in html
    for column in summary.columns:
        if not column.blocks:
            assert column.label.upper() not in text
    for result in summary.all_scales:
        assert f"{result.min} means: {result.low}" in text
        assert f"{result.max} means: {result.high}" in text
    check_answers_shown(flow, chat, text, html)
    assert "<co>" not in html, "an answer reached Telegram HTML unescaped"
    assert set(re.findall(r"</?([a-z-]+)", html)) <= TELEGRAM_TAGS


def check_answers_shown(flow: Flow, chat: EngineChat, text: str, html: str) -> None:
    """Applicable answers are in the summary; answers on hidden steps are not."""
    state = walk(flow, chat.draft.answers)
    for step_id, value in chat.draft.answers.items():
        step = flow.step(step_id)
        if value != default_text(step_id, step.spec.max_length):
            continue
        whole = step.resolve(step.spec.part_of) if step.spec.part_of else ""
        if is_answered(state.values.get(whole)):
            continue  # printed once, inside the drafted statement that replaced it
        shown = step.id in state.ids and step.spec.in_summary and is_answered(value)
        assert (value in text) == shown, step_id
        assert (html_escaped(value) in html) == shown, step_id


def html_escaped(value: str) -> str:
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&#39;").replace('"', "&#34;"))
