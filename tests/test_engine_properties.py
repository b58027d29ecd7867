"""Whatever a person sends, in any order, the engine keeps a sound draft and a way forward."""

from __future__ import annotations

from pathlib import Path

from builders import (
    EngineChat,
    auto_input,
    build_flow,
    choice,
    list_step,
    scale,
    section,
    text,
    yes_no,
)
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from bot.summary_html import render_telegram
from flows.answers import Value
from flows.commands import ENGINE_COMMANDS as COMMANDS
from flows.flow import Flow, FlowStep
from flows.render import render_text
from flows.replies import Command, Input, Nudge, Pick, Question, SummaryReply, Text

TYPED = ["", " ", "yes", "no", "1", "2", "3", "1,3", "2,2", "0", "10", "11", "-1", "done",
         "Cat", "green", "x" * 301, "An answer.", "John Smith", "Another answer"]
PICKED = ["yes", "no", "cat", "dog", "fish", "red", "blue", "0", "5", "10", "keep", "nope"]


def make_flow(folder: Path) -> Flow:
    return build_flow(
        folder,
        section("about", text("name", max_length=300), yes_no("hurt"),
                text("details", when="hurt == 'yes'", required=False),
                choice("colour", "red", "green", "blue"), column="worried"),
        section("worry", text("who", checks=["privacy"]), text("statement", draft="words"),
                column="worried",
                repeat={"max": 3, "item": "worry", "another": "Another?", "help": "Help."}),
        section("more", choice("pets", "cat", "dog", "fish", multi=True, required=False),
                list_step("things", max_items=3, required=False),
                scale("score", follow_up={"ask": "Why?", "help": "Because."}),
                text("last", when="count(pets) > 1 or score >= 5"), column="working_well"),
        templates={"words": "{% if a.who %}{{ a.who | clause }} is worried.{% endif %}"},
    )


inputs = st.one_of(
    st.sampled_from(TYPED).map(Text),
    st.tuples(st.sampled_from(PICKED), st.sampled_from([None, 0, -1, 1])).map(
        lambda p: ("pick", p[0], p[1])),
    st.tuples(st.sampled_from(COMMANDS), st.sampled_from(["", "1", "3", "99", "x"]),
              st.sampled_from([None, 0, -1])).map(lambda c: ("command", *c)),
    # /edit and /back often, so an edit is often followed by a /back
    st.tuples(st.sampled_from(["edit", "back"]), st.sampled_from(["1", "2", "3"])).map(
        lambda c: ("command", *c, None)),
)


def concrete(item: object, chat: EngineChat) -> Input:
    """Buttons carry the current nonce, or one a little off (a stale button)."""
    if isinstance(item, Text):
        return item
    if item == "auto":
        questions = [r for r in chat.replies if isinstance(r, Question)]
        if not questions:
            return Command("show")
        given = auto_input(chat.flow, questions[-1], len(questions[-1].items))
        if isinstance(given, Pick):
            return Pick(given.value, chat.draft.nonce)
        return Text(given) if isinstance(given, str) else given
    assert isinstance(item, tuple)
    offset = item[-1]
    nonce = None if offset is None else chat.draft.nonce + offset
    if item[0] == "pick":
        return Pick(item[1], nonce)
    return Command(item[1], item[2], nonce)


def value_fits(flow: Flow, step: FlowStep, value: Value) -> bool:
    spec = step.spec
    if value is None:
        return True  # an explicit skip (or a kept answer on an optional step)
    if spec.type == "text":
        return isinstance(value, str) and 0 < len(value) <= spec.max_length
    if spec.type == "yes_no":
        return value in ("yes", "no")
    if spec.type == "choice":
        return value in [c.value for c in spec.choices]
    if spec.type == "multi_choice":
        values = [c.value for c in spec.choices]
        return isinstance(value, list) and all(v in values for v in value)
    if spec.type == "list":
        return isinstance(value, list) and len(value) <= spec.max_items
    if spec.type == "scale":
        bounds = flow.scale_of(step)
        return isinstance(value, int) and bounds.min <= value <= bounds.max
    return False


def check_sound(flow: Flow, chat: EngineChat, nonce_before: int) -> None:
    d = chat.draft
    assert chat.replies, "every input gets an answer"
    assert d.nonce >= nonce_before
    for step_id, value in d.answers.items():
        assert flow.has_step(step_id), step_id
        assert value_fits(flow, flow.step(step_id), value), (step_id, value)
        if value is None:
            assert not flow.step(step_id).spec.required or flow.step(step_id).type in (
                "list", "multi_choice"), step_id
    assert all(flow.has_step(s) for s in d.history)
    if d.status == "in_progress":
        assert d.current is not None
        assert flow.step(d.current).is_question
        probe = EngineChat(flow, d.copy())
        shown = probe.show()
        assert any(isinstance(r, Question | Nudge) for r in shown), shown
    else:
        assert d.status == "completed"
        summaries = [r for r in EngineChat(flow, d.copy()).show() if isinstance(r, SummaryReply)]
        assert summaries
        assert render_text(summaries[0].summary)
        assert "<co>" not in render_telegram(summaries[0].summary)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_any_sequence_of_inputs_keeps_the_draft_sound(tmp_path: Path, data: st.DataObject
                                                      ) -> None:
    flow = FLOWS.get(tmp_path) or FLOWS.setdefault(tmp_path, make_flow(tmp_path))
    chat = EngineChat(flow, nudger=lambda kind, text: "Initials?" if "Smith" in text else None)
    chat.start()
    for _ in range(data.draw(st.integers(10, 120), label="inputs")):
        # a sensible answer most of the time, so walks get deep and often finish
        sensible = data.draw(st.integers(0, 9), label="kind") < 6
        item = "auto" if sensible else data.draw(inputs, label="input")
        before = chat.draft.nonce
        where, answers = chat.draft.current, dict(chat.draft.answers)
        held = chat.draft.pending
        given = concrete(item, chat)
        chat.send(given)
        check_sound(flow, chat, before)
        private = held is not None and held.kind == "privacy" and held.step_id == where
        offered = held.value if held is not None and held.kind == "adds_back" else None
        if isinstance(given, Command) and given.name == "back" and where is not None:
            if isinstance(offered, str):
                check_added_back(chat, where, answers, offered)
            else:
                check_went_back(flow, chat, where, answers, private=private)
    event(chat.draft.status)


def check_went_back(flow: Flow, chat: EngineChat, where: str, answers: dict[str, Value],
                    *, private: bool = False) -> None:
    """/back asks an earlier question (or says there is none), and changes no answer but
    the one on the screen's, which it keeps as typed if a nudge was holding it; while the
    privacy reminder holds it, /back asks the reminder first (`private`)."""
    now = chat.draft.current
    assert now is not None
    if private:
        assert now == where
        assert any("answer the reminder" in n for n in chat.notices("problem"))
    elif now == where:
        assert any("first question" in n for n in chat.notices("problem"))
    else:
        assert flow.index[now] < flow.index[where], (where, now)
    others = {k: v for k, v in chat.draft.answers.items() if k != where}
    assert others == {k: v for k, v in answers.items() if k != where}


def check_added_back(chat: EngineChat, where: str, answers: dict[str, Value], line: str
                     ) -> None:
    """A line that reached a question it does not fit, offered to the answer before: /back
    adds it to the end of that answer, says so, and asks the same question again; no other
    answer changes."""
    assert chat.draft.current == where
    assert chat.draft.pending is None
    assert any("added those words" in n for n in chat.notices("saved"))
    changed = {k for k in chat.draft.answers if chat.draft.answers[k] != answers.get(k)}
    assert len(changed) == 1, changed
    [step] = changed
    now = chat.draft.answers[step]
    assert isinstance(now, str), (step, now)
    assert now.endswith(line), (step, now)


FLOWS: dict[Path, Flow] = {}
