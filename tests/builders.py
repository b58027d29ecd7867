"""Test helpers, shipped beside the tests: flow builders and a chat driver for the engine.

Flows are written as real YAML files (the loader is part of what a test exercises):

    flow = build_flow(tmp_path, section("s", text("name"), yes_no("hurt")))
    chat = EngineChat(flow)
    chat.start()
    chat.send("T")            # typed text
    chat.pick("yes")          # a button, carrying the current question's nonce
    chat.command("back")      # /back

`auto_input` answers any question the way a person could, so a whole flow can be walked.
"""

from __future__ import annotations

import itertools
import textwrap
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import yaml

from flows import engine
from flows.draft import Draft
from flows.engine import Nudger, no_nudges
from flows.flow import Flow
from flows.loader import load_flow
from flows.replies import (
    Answered,
    Command,
    Input,
    Notice,
    Nudge,
    Pick,
    Question,
    Reply,
    SummaryReply,
    Text,
)

SCALE = {"min": 0, "max": 10, "low": "Very unsafe.", "high": "Safe enough to close."}

# --- flow builders ---------------------------------------------------------------------------


def step(id: str, type: str = "text", **fields: Any) -> dict[str, Any]:
    """One step, with a default question and help text."""
    spec: dict[str, Any] = {"id": id, "type": type, "ask": f"Question {id}?"}
    if type != "note":
        spec["help"] = f"Help for {id}."
    spec.update(fields)
    return spec


def text(id: str, **fields: Any) -> dict[str, Any]:
    return step(id, "text", **fields)


def note(id: str, **fields: Any) -> dict[str, Any]:
    return step(id, "note", **fields)


def yes_no(id: str, **fields: Any) -> dict[str, Any]:
    return step(id, "yes_no", **fields)


def scale(id: str, **fields: Any) -> dict[str, Any]:
    return step(id, "scale", **fields)


def list_step(id: str, **fields: Any) -> dict[str, Any]:
    return step(id, "list", **fields)


def choice(id: str, *values: str, multi: bool = False, **fields: Any) -> dict[str, Any]:
    """A choice (or multi_choice) step whose labels are the values, capitalised."""
    choices = [{"value": v, "label": v.replace("_", " ").capitalize()} for v in values]
    return step(id, "multi_choice" if multi else "choice", choices=choices, **fields)


def section(id: str, *steps: dict[str, Any], **fields: Any) -> dict[str, Any]:
    spec: dict[str, Any] = {"id": id, "title": f"Section {id}", "column": "none"}
    spec.update(fields)
    spec["steps"] = list(steps)
    return spec


def flow_spec(*sections: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A whole flow as the author writes it (defaults for everything but the sections)."""
    spec: dict[str, Any] = {
        "id": "tiny", "version": 1, "title": "A tiny flow",
        "description": "A flow made up for a test.", "scale": dict(SCALE), "checks": [],
    }
    spec.update(fields)
    spec["sections"] = list(sections)
    return spec


def write_flow(folder: Path, spec: Mapping[str, Any], name: str | None = None) -> Path:
    """Write a flow spec as a YAML file and return its path."""
    path = folder / (name or f"{spec['id']}.yaml")
    path.write_text(yaml.safe_dump(dict(spec), sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    return path


def write_yaml(folder: Path, source: str, name: str = "flow.yaml") -> Path:
    """Write YAML text as given (dedented), for tests that care about line numbers."""
    path = folder / name
    path.write_text(textwrap.dedent(source).lstrip("\n"), encoding="utf-8")
    return path


def build_flow(folder: Path, *sections: dict[str, Any], **fields: Any) -> Flow:
    """Write a flow made of these sections to `folder` and load it with the real loader."""
    spec = flow_spec(*sections, **fields)
    return load_flow(write_flow(folder, spec, f"{spec['id']}-v{spec['version']}.yaml"))


def new_draft(flow: Flow, label: str = "T1", user_id: int = 1, draft_id: str = "d1") -> Draft:
    return Draft(id=draft_id, user_id=user_id, flow_id=flow.id, flow_version=flow.version,
                 label=label)


# --- driving the engine ------------------------------------------------------------------


class EngineChat:
    """A practitioner talking to the engine: each input applied to the draft the last left."""

    def __init__(self, flow: Flow, draft: Draft | None = None, *,
                 nudger: Nudger = no_nudges) -> None:
        self.flow = flow
        self.draft = draft or new_draft(flow)
        self.nudger = nudger
        self.replies: list[Reply] = []
        self.changed: set[str] = set()

    def start(self) -> list[Reply]:
        return self._take(engine.start(self.flow, self.draft))

    def show(self) -> list[Reply]:
        return self._take(engine.show(self.flow, self.draft))

    def send(self, given: str | Input) -> list[Reply]:
        """Type a line (a str) or give any engine input."""
        item = Text(given) if isinstance(given, str) else given
        return self._take(engine.advance(self.flow, self.draft, item, nudger=self.nudger))

    def pick(self, value: str, nonce: int | None = None) -> list[Reply]:
        """Tap a button of the current question (or of the question asked with `nonce`)."""
        return self.send(Pick(value, self.draft.nonce if nonce is None else nonce))

    def command(self, name: str, arg: str = "") -> list[Reply]:
        return self.send(Command(name, arg))

    def _take(self, outcome: engine.Outcome) -> list[Reply]:
        self.draft = outcome.draft
        self.replies = list(outcome.replies)
        self.changed = set(outcome.changed)
        return self.replies

    # what the last input produced

    @property
    def question(self) -> Question:
        """The question now on screen (the last one in the replies)."""
        asked = [r for r in self.replies if isinstance(r, Question)]
        assert asked, f"no question in {self.replies!r}"
        return asked[-1]

    @property
    def asked(self) -> str:
        """The id of the step now asked."""
        return self.question.step_id

    def notices(self, kind: str | None = None) -> list[str]:
        return [r.text for r in self.replies
                if isinstance(r, Notice) and (kind is None or r.kind == kind)]

    @property
    def summary(self) -> SummaryReply | None:
        return next((r for r in self.replies if isinstance(r, SummaryReply)), None)

    @property
    def answered(self) -> list[Answered]:
        return [r for r in self.replies if isinstance(r, Answered)]

    @property
    def finished(self) -> bool:
        return any(isinstance(r, SummaryReply) and r.final for r in self.replies)


# --- answering any question ------------------------------------------------------------------

Plan = Mapping[str, "Answer"]
"""What to answer at particular steps; `auto_input` decides the rest."""


class Answer:
    """A planned answer for one step: a sequence of inputs (typed lines or engine inputs)."""

    def __init__(self, *inputs: str | Input, label: str = "") -> None:
        self.inputs = inputs
        self.label = label or "/".join(str(i) for i in inputs)

    def __repr__(self) -> str:
        return f"Answer({self.label})"


DONE = Command("done")
SKIP = Answer(Command("skip"), label="skip")
ACCEPT = Answer(Command("accept"))
YES = Answer(Pick("yes"))
NO = Answer(Pick("no"))


def default_text(step_id: str, max_length: int) -> str:
    """A recognisable answer for a text step that fits its limit."""
    return f"Answer for {step_id} & <co>"[:max_length]


def options(flow: Flow, step_id: str) -> list[Answer]:
    """Every distinct way a condition could see this step answered, one Answer each."""
    step = flow.step(step_id)
    spec = step.spec
    out: list[Answer]
    if spec.type == "yes_no":
        out = [Answer(Pick("yes"), label="yes"), Answer(Pick("no"), label="no")]
    elif spec.type == "choice":
        out = [Answer(Pick(c.value), label=c.value) for c in spec.choices]
    elif spec.type == "multi_choice":
        values = [c.value for c in spec.choices]
        out = [Answer(",".join(str(values.index(v) + 1) for v in combo), label="+".join(combo))
               for n in range(1, len(values) + 1)
               for combo in itertools.combinations(values, n)]
    elif spec.type == "scale":
        bounds = flow.scale_of(step)
        out = [Answer(str(n), label=str(n)) for n in range(bounds.min, bounds.max + 1)]
    elif spec.type == "list":
        out = [Answer(*(f"item {i} of {step_id}" for i in range(n)), Command("done"),
                      label=f"{n} items") for n in range(1, min(spec.max_items, 3) + 1)]
    else:
        out = [Answer(default_text(step_id, spec.max_length), label="text")]
    if not spec.required and spec.type != "note":
        out.append(SKIP)
    return out


def auto_input(flow: Flow, question: Question, given_so_far: int) -> str | Input:
    """A sensible answer to any question: the first option, or one generated value."""
    step = flow.step(question.step_id)
    if question.suggestion:
        return Command("accept")
    if step.type == "list":
        if given_so_far >= min(step.spec.max_items, 2) or len(question.items) >= 2:
            return Command("done")
        return f"item {given_so_far + 1} of {step.id}"
    answer = options(flow, step.id)[0]
    return answer.inputs[given_so_far % len(answer.inputs)]


def walk_through(flow: Flow, plan: Plan | None = None, *, chat: EngineChat | None = None,
                 on_question: Callable[[EngineChat], None] | None = None,
                 limit: int = 500) -> EngineChat:
    """Answer a flow from start to finish: planned answers where given, `auto_input` elsewhere.

    A nudge is kept as it is. Fails if the flow does not finish within `limit` inputs.
    """
    plan = plan or {}
    chat = chat or EngineChat(flow)
    if not chat.replies:
        chat.start()
    counts: dict[str, int] = {}
    for _ in range(limit):
        if chat.finished:
            return chat
        if any(isinstance(r, Nudge) for r in chat.replies):
            chat.command("keep")
            continue
        question = chat.question
        if on_question is not None:
            on_question(chat)
        given_so_far = counts.get(question.step_id, 0)
        counts[question.step_id] = given_so_far + 1
        planned = plan.get(question.step_id)
        if planned is not None:
            given = planned.inputs[min(given_so_far, len(planned.inputs) - 1)]
        else:
            given = auto_input(flow, question, given_so_far)
        if isinstance(given, Pick):
            given = Pick(given.value, question.nonce)
        chat.send(given)
    raise AssertionError(f"{flow.id} did not finish within {limit} inputs")


class Typed(NamedTuple):
    """One line typed at the terminal, and the question it answered."""

    step_id: str
    ask: str
    line: str


def typed_script(flow: Flow, plan: Plan | None = None, *,
                 nudger: Nudger = no_nudges, draft: Draft | None = None) -> list[Typed]:
    """The lines a person would type at the terminal to answer a whole flow, with the
    question each one answers (use the nudger the real conversation uses; `draft` holds any
    answers carried in from another tool)."""
    script: list[Typed] = []

    def as_line(given: str | Input) -> str:
        if isinstance(given, str):
            return given
        if isinstance(given, Pick):
            return given.value
        if isinstance(given, Command):
            return f"/{given.name} {given.arg}".strip()
        return given.text

    class Recorder(EngineChat):
        def send(self, given: str | Input) -> list[Reply]:
            line = as_line(given)
            nudged = any(isinstance(r, Nudge) for r in self.replies)
            step_id = "" if nudged else self.question.step_id
            ask = "" if nudged else self.question.ask
            script.append(Typed(step_id, ask, line))
            return super().send(given if isinstance(given, Command) else Text(line))

    walk_through(flow, plan, chat=Recorder(flow, draft, nudger=nudger))
    return script


def typed_lines(flow: Flow, plan: Plan | None = None, *, nudger: Nudger = no_nudges
                ) -> list[str]:
    """Just the lines of `typed_script`."""
    return [t.line for t in typed_script(flow, plan, nudger=nudger)]


def step_ids(steps: Iterable[Any]) -> list[str]:
    return [s.id for s in steps]
