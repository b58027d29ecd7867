"""Property tests (hypothesis): the engine under any inputs, the loader under broken files,
and Telegram rendering under any answer text."""

from __future__ import annotations

import os
import random
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from telegram.constants import MessageLimit

from bot.summary_html import render_telegram
from bot.telegram_html import split_html, visible_length, visible_text
from flows import engine
from flows.answers import Value
from flows.commands import ENGINE_COMMANDS as COMMANDS
from flows.draft import Draft
from flows.errors import FlowError
from flows.flow import Flow
from flows.loader import flow_files, load_flow, load_flows
from flows.nudges import nudger
from flows.replies import Answered, Command, Input, Pick, Question, Text
from flows.summary import build_summary

FLOWS: Mapping[str, Flow] = load_flows()
NUDGE = nudger()
CI = bool(os.environ.get("CI"))
PROPERTY = settings(deadline=None, derandomize=CI, max_examples=150,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

TRICKY = ["<b>", "</i>", "<a href=\"x\">", "&amp;", "&", "<", ">", "&#0;", "\"", "'",
          "👨‍👩‍👧", "🇬🇧", "\u200d", "\u0301", "\n", "\n\n", " ", "\t", "\r\n", "/skip",
          "𝔘", "\ufeff", "\x00", "ß", "İ"]
pieces = st.one_of(st.sampled_from(TRICKY), st.text(max_size=40))
answer_text = st.one_of(
    st.text(max_size=200),
    st.lists(pieces, max_size=30).map("".join),
    st.tuples(pieces, st.integers(100, 900)).map(lambda p: (p[0] or "x") * p[1]),
)
TYPED = ["1", "2", "3", "5", "10", "yes", "no", "y", "done", "", "  ", "0", "-1", "11",
         "1,2", "that's all"]


# --- the engine ---------------------------------------------------------------------------


@st.composite
def an_input(draw: st.DrawFn, draft: Draft, question: Question | None) -> Input:
    nonce = draw(st.sampled_from([None, draft.nonce, draft.nonce, draft.nonce - 1,
                                  draft.nonce + 1]))
    kind = draw(st.sampled_from(["typed", "typed", "text", "pick", "command"]))
    if kind == "typed":
        return Text(draw(st.sampled_from(TYPED)))
    if kind == "text":
        return Text(draw(answer_text))
    if kind == "pick":
        values = [v for v, _ in question.choices] if question else []
        value = draw(st.sampled_from([*values, "keep", "yes", "zz"]))
        return Pick(value, nonce)
    name = draw(st.sampled_from(COMMANDS))
    arg = draw(st.one_of(st.sampled_from(["", "1", "2", "3", "99", "0", "x"]),
                         st.text(max_size=10)))
    return Command(name, arg, nonce)


@PROPERTY
@given(data=st.data(), flow_id=st.sampled_from(sorted(FLOWS)))
def test_any_inputs_never_raise_nor_lose_an_accepted_answer(data: st.DataObject,
                                                            flow_id: str) -> None:
    flow = FLOWS[flow_id]
    out = engine.start(flow, Draft(id="d", user_id=1, flow_id=flow.id,
                                   flow_version=flow.version, label="T"))
    accepted: dict[str, Value] = {}
    for _ in range(data.draw(st.integers(1, 60), label="inputs")):
        question = next((r for r in reversed(out.replies) if isinstance(r, Question)), None)
        given_input = data.draw(an_input(out.draft, question))
        out = engine.advance(flow, out.draft, given_input, nudger=NUDGE)
        for reply in out.replies:
            if isinstance(reply, Answered):
                assert reply.step_id in out.draft.answers
                accepted[reply.step_id] = out.draft.answers[reply.step_id]
            elif isinstance(reply, Question):
                accepted.pop(reply.step_id, None)  # asked again: the person may change it
        for step_id, value in accepted.items():
            assert out.draft.answers.get(step_id) == value, (step_id, given_input)
    event(f"answers kept: {min(len(accepted), 10)}{'+' if len(accepted) >= 10 else ''}")
    event(f"finished: {out.draft.status == 'completed'}")


# --- the loader ---------------------------------------------------------------------------


def _paths(node: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key or index path in a parsed YAML document."""
    out = [at] if at else []
    if isinstance(node, dict):
        for key, value in node.items():
            out += _paths(value, (*at, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out += _paths(value, (*at, i))
    return out


def _mutated(data: Any, path: tuple[Any, ...], how: str, junk: Any) -> Any:
    parent = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if how == "delete":
        del parent[last]
    else:
        parent[last] = junk
    return data


INSERTS = [": x", "\t", "- ", "{", "]", "&a", "*a", "!!python/object/apply:os.system ['true']",
           "\x00", "%", "\ufeff", "\x1f"]
SOURCES = [p.read_text(encoding="utf-8") for p in flow_files()]
junk_values = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(),
                        st.text(max_size=20), st.lists(st.integers(), max_size=3),
                        st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))


@st.composite
def a_broken_flow(draw: st.DrawFn) -> str:
    source = draw(st.sampled_from(SOURCES))
    how = draw(st.sampled_from(["delete", "retype", "retype", "text", "cut", "insert"]))
    if how in ("delete", "retype"):
        data = yaml.safe_load(source)
        path = draw(st.sampled_from(_paths(data)))
        return yaml.safe_dump(_mutated(data, path, how, draw(junk_values)), allow_unicode=True)
    if how == "text":
        return draw(st.text(max_size=300))
    at = draw(st.integers(0, len(source)))
    if how == "cut":
        return source[:at]
    return source[:at] + draw(st.sampled_from(INSERTS)) + source[at:]


@PROPERTY
@given(text=a_broken_flow())
def test_a_broken_flow_file_gives_a_located_flow_error(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "broken.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            load_flow(path)
        except FlowError as exc:
            problems = exc.problems
        else:
            event("still a valid flow")
            return
    event("FlowError")
    assert problems
    for problem in problems:
        assert problem.file == str(path)
        assert problem.line is not None or problem.field, problem


# --- rendering ----------------------------------------------------------------------------


def _filled(flow: Flow, texts: list[str]) -> Draft:
    """A finished draft with every step answered: text from `texts`, choices picked."""
    rng = random.Random(len(texts))
    answers: dict[str, Value] = {}
    for i, step in enumerate(flow.steps):
        text = texts[i % len(texts)]
        if step.type == "text":
            answers[step.id] = text
        elif step.type == "list":
            answers[step.id] = [text, texts[(i + 1) % len(texts)]]
        elif step.type == "scale":
            scale = flow.scale_of(step)
            answers[step.id] = rng.randint(scale.min, scale.max)
        elif step.type == "yes_no":
            answers[step.id] = "yes"
        elif step.spec.choices:
            first = step.spec.choices[0].value
            answers[step.id] = [first] if step.type == "multi_choice" else first
    return Draft(id="d", user_id=1, flow_id=flow.id, flow_version=flow.version,
                 label=texts[0][:24], status="completed", answers=answers)


@PROPERTY
@given(flow_id=st.sampled_from(sorted(FLOWS)), texts=st.lists(answer_text, min_size=1,
                                                              max_size=6))
def test_any_answers_render_as_valid_telegram_messages(flow_id: str, texts: list[str]) -> None:
    flow = FLOWS[flow_id]
    summary = build_summary(flow, _filled(flow, texts))
    messages = split_html(render_telegram(summary))
    event(f"messages: {min(len(messages), 3)}{'+' if len(messages) > 2 else ''}")
    for message in messages:
        assert 0 < visible_length(message) <= MessageLimit.MAX_TEXT_LENGTH
    shown = "".join("".join(visible_text(m).split()) for m in messages)
    blocks = [b for c in summary.columns for b in c.blocks] + list(summary.other)
    for entry in (e for b in blocks for e in b.entries):
        for text in entry.items or (entry.text,):
            assert "".join(text.split())[:500] in shown  # escaped, neither lost nor markup
