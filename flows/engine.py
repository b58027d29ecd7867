"""The pure engine: a flow, a draft and one input in; replies and the changed draft out.

It knows no front end and no database. The caller saves `Outcome.draft` (the answer ids in
`Outcome.changed` at least) before it shows `Outcome.replies` to anyone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flows.answers import Value, display, is_answered
from flows.draft import END, Draft, Pending
from flows.flow import Flow, FlowStep
from flows.render import suggest
from flows.replies import (
    Answered,
    Command,
    Input,
    Notice,
    Nudge,
    Pick,
    Question,
    Reply,
    Review,
    ReviewItem,
    SummaryReply,
    Text,
)
from flows.summary import build_summary
from flows.walk import Walk, walk

Nudger = Callable[[str, str], str | None]
"""(check name, answer text) -> a reminder to show once, or None when the answer is fine."""

LONE_SURROGATE = re.compile("[\ud800-\udfff]")
DONE_WORDS = frozenset({"done", "finished", "that's all", "thats all", "no more", "end"})
YES_WORDS = {"yes": "yes", "y": "yes", "1": "yes", "no": "no", "n": "no", "2": "no"}

MSG = {
    "required": "This question needs an answer before we move on. /help shows some prompts.",
    "too_long": "That's {n} characters; the limit here is {max}. Could you shorten it a little?",
    "not_choice": "I couldn't match that to one of the options. Reply with a number from the "
    "list or tap a button.",
    "not_yes_no": "Please answer yes or no.",
    "not_scale": "Please send one whole number from {min} to {max}.",
    "list_full": "That's the most items this question holds ({max}). Type /done to move on.",
    "list_empty": "Add at least one item before moving on.",
    "first": "This is the first question, so there's nowhere to go back to.",
    "no_edit": "There's no answer number {arg}. Type /review to see the numbers.",
    "no_suggestion": "There's no suggested wording for this question.",
    "nothing_to_finish": "Nothing to finish here: just answer the question.",
    "nothing_kept": "There's nothing waiting to be kept.",
    "stale": "That button belongs to an earlier question, so I've left your answers as they "
    "were.",
    "paused": "Saved. Your answers are safe; /resume carries on from this question.",
    "finished": "This draft is finished. /summary shows it, /review lets you change an answer, "
    "and /new starts another.",
    "no_help": "There's no extra help for this one.",
    "added": "Added.",
}


@dataclass
class Outcome:
    """The result of one input: what to say, the draft to save, which answers changed."""

    draft: Draft
    replies: list[Reply] = field(default_factory=list)
    changed: set[str] = field(default_factory=set)

    @property
    def finished(self) -> bool:
        return any(isinstance(r, SummaryReply) and r.final for r in self.replies)


def no_nudges(kind: str, text: str) -> str | None:
    """A nudger that never nudges."""
    return None


def start(flow: Flow, draft: Draft) -> Outcome:
    """Begin a new draft: the flow's introduction, then its first question."""
    out = Outcome(draft.copy())
    if flow.spec.intro:
        out.replies.append(Notice(flow.spec.intro, "note"))
    _go_forward(flow, out, after=None)
    return out


def advance(flow: Flow, draft: Draft, given: Input, *, nudger: Nudger = no_nudges) -> Outcome:
    """Apply one input to a draft."""
    out = Outcome(draft.copy())
    nonce = getattr(given, "nonce", None)
    if nonce is not None and nonce != out.draft.nonce:
        out.replies.append(Notice(MSG["stale"], "stale"))
        return out
    if isinstance(given, Command):
        _command(flow, out, given, nudger)
    elif out.draft.status != "in_progress":
        out.replies.append(Notice(MSG["finished"]))
    elif isinstance(given, Pick):
        _pick(flow, out, given, nudger)
    else:
        _typed(flow, out, given, nudger)
    return out


def show(flow: Flow, draft: Draft) -> Outcome:
    """Ask the current question again (on /resume, or after a restart)."""
    return advance(flow, draft, Command("show"))


def reconcile(flow: Flow, draft: Draft) -> Outcome:
    """Fit a draft saved under another version of its flow: keep answers whose steps remain."""
    out = Outcome(draft.copy())
    d = out.draft
    if d.flow_version == flow.version:
        return out
    gone = {step_id for step_id in d.answers if not flow.has_step(step_id)}
    for step_id in gone:
        del d.answers[step_id]
    out.changed |= gone
    d.history = [s for s in d.history if flow.has_step(s)]
    if d.pending and not flow.has_step(d.pending.step_id):
        d.pending = None
    if d.return_to not in (None, END) and not flow.has_step(d.return_to or ""):
        d.return_to = None
    d.flow_version = flow.version
    d.nonce += 1  # buttons shown under the old version must not answer the new one
    if d.status == "in_progress":
        # The question they were on may be gone, and new ones may sit before it: carry on
        # from the first one never answered, and after it keep to the unanswered ones.
        first = walk(flow, d.answers).first_open()
        if first is not None and first.id != d.current:
            d.history.append(first.id)
            d.return_to = END
    return out


# --- commands ---------------------------------------------------------------------------


def _command(flow: Flow, out: Outcome, cmd: Command, nudger: Nudger) -> None:
    d = out.draft
    if cmd.name == "review":
        _review(flow, out)
        return
    if cmd.name == "summary":
        out.replies.append(SummaryReply(build_summary(flow, d), False, d.id, d.nonce))
        return
    if cmd.name == "edit":
        _edit(flow, out, cmd.arg)
        return
    if d.status != "in_progress":
        if cmd.name == "show":
            out.replies.append(SummaryReply(build_summary(flow, d), False, d.id, d.nonce))
        else:
            out.replies.append(Notice(MSG["finished"]))
        return
    step = _current(flow, out)
    if step is None:
        return
    if cmd.name == "keep":
        _keep(flow, out, step, nudger)
        return
    if cmd.name not in ("help", "pause", "show"):
        d.pending = None
    handler = _STEP_COMMANDS[cmd.name]
    handler(flow, out, step, nudger)


def _current(flow: Flow, out: Outcome) -> FlowStep | None:
    d = out.draft
    if d.current is None or not flow.has_step(d.current):
        _go_forward(flow, out, after=None, only_open=True)
        return None
    return flow.step(d.current)


def _back(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    d = out.draft
    state = walk(flow, d.answers)
    history = d.history[:-1]
    while history and (history[-1] not in state.ids or not flow.step(history[-1]).is_question):
        history.pop()
    if not history:
        out.replies.append(Notice(MSG["first"], "problem"))
        _ask(flow, out, step, again=True)
        return
    d.history = history
    _ask(flow, out, flow.step(history[-1]))


def _skip(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    d = out.draft
    value = d.answers.get(step.id)
    if is_answered(value) or (step.id in d.answers and not step.spec.required):
        _complete(flow, out, step, value)
    elif step.spec.required:
        out.replies.append(Notice(MSG["required"], "problem"))
        _ask(flow, out, step, again=True)
    else:
        _accept(flow, out, step, None)


def _help(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    out.replies.append(Notice(step.spec.help or MSG["no_help"], "help"))


def _pause(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    out.replies.append(Notice(MSG["paused"], "saved"))


def _show(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    pending = out.draft.pending
    if pending is not None:
        out.replies.append(Nudge(_nudge_text(pending, nudger), pending.kind, out.draft.nonce,
                                 display(step, pending.value), out.draft.id))
        return
    _ask(flow, out, step, again=True)


def _done(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    value = out.draft.answers.get(step.id)
    if step.type not in ("list", "multi_choice"):
        out.replies.append(Notice(MSG["nothing_to_finish"], "problem"))
        _ask(flow, out, step, again=True)
    elif step.spec.required and not is_answered(value):
        out.replies.append(Notice(MSG["list_empty"], "problem"))
        _ask(flow, out, step, again=True)
    else:
        _complete(flow, out, step, value if value is not None else [])


def _accept_suggestion(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    text = suggest(flow, step, walk(flow, out.draft.answers)) if step.spec.draft else None
    if not text:
        out.replies.append(Notice(MSG["no_suggestion"], "problem"))
        _ask(flow, out, step, again=True)
        return
    _accept(flow, out, step, text)


def _keep(flow: Flow, out: Outcome, step: FlowStep, nudger: Nudger) -> None:
    pending = out.draft.pending
    if pending is None or pending.step_id != step.id:
        out.replies.append(Notice(MSG["nothing_kept"], "problem"))
        _ask(flow, out, step, again=True)
        return
    out.draft.pending = None
    _checked_accept(flow, out, step, pending.value, nudger)


_STEP_COMMANDS: dict[str, Callable[[Flow, Outcome, FlowStep, Nudger], None]] = {
    "back": _back,
    "skip": _skip,
    "help": _help,
    "pause": _pause,
    "show": _show,
    "done": _done,
    "accept": _accept_suggestion,
}


def _review(flow: Flow, out: Outcome) -> None:
    d = out.draft
    items = tuple(
        ReviewItem(n, s.id, s.section_title, s.title, display(s, d.answers.get(s.id)))
        for n, s in enumerate(walk(flow, d.answers).answered(), start=1)
    )
    out.replies.append(Review(d.label, flow.title, items, d.nonce, d.id))


def _edit(flow: Flow, out: Outcome, arg: str) -> None:
    d = out.draft
    answered = walk(flow, d.answers).answered()
    number = int(arg) if arg.strip().isdigit() else 0
    if not 1 <= number <= len(answered):
        out.replies.append(Notice(MSG["no_edit"].format(arg=arg.strip() or "?"), "problem"))
        return
    step = answered[number - 1]
    d.return_to = d.current or END
    d.status = "in_progress"
    d.pending = None
    if d.current != step.id:
        d.history.append(step.id)
    _ask(flow, out, step)


# --- answers ------------------------------------------------------------------------------


def _pick(flow: Flow, out: Outcome, pick: Pick, nudger: Nudger) -> None:
    step = _current(flow, out)
    if step is None:
        return
    out.draft.pending = None
    if step.type == "multi_choice":
        _toggle(flow, out, step, pick.value)
    elif step.type in ("choice", "yes_no", "scale"):
        _typed(flow, out, Text(pick.value), nudger)
    elif pick.value == "keep":
        _keep(flow, out, step, nudger)
    else:
        out.replies.append(Notice(MSG["stale"], "stale"))


def _toggle(flow: Flow, out: Outcome, step: FlowStep, value: str) -> None:
    valid = [c.value for c in step.spec.choices]
    if value not in valid:
        out.replies.append(Notice(MSG["not_choice"], "problem"))
        return
    current = out.draft.answers.get(step.id)
    chosen = set(current) if isinstance(current, list) else set()
    chosen ^= {value}
    out.draft.answers[step.id] = [v for v in valid if v in chosen]
    out.changed.add(step.id)
    _ask(flow, out, step, again=True)


def _typed(flow: Flow, out: Outcome, typed: Text, nudger: Nudger) -> None:
    step = _current(flow, out)
    if step is None:
        return
    if out.draft.pending is not None:
        out.draft.pending = None  # typing again is the rewrite the nudge offered
    # Undecodable bytes (a terminal) or a malformed message can carry lone surrogates, which
    # nothing downstream can store: show them as the usual replacement character.
    text = LONE_SURROGATE.sub("\ufffd", typed.text).strip()
    if step.type == "list" and text.lower() in DONE_WORDS | {""}:
        _done(flow, out, step, nudger)
        return
    if not text:
        if not step.spec.required:  # an empty line at the terminal means "skip this one"
            _skip(flow, out, step, nudger)
            return
        out.replies.append(Notice(MSG["required"], "problem"))
        _ask(flow, out, step, again=True)
        return
    value, problem = _parse(flow, step, text)
    if problem:
        out.replies.append(Notice(problem, "problem"))
        _ask(flow, out, step, again=True)
        return
    _checked_accept(flow, out, step, value, nudger)


def _parse(flow: Flow, step: FlowStep, text: str) -> tuple[Value, str | None]:
    kind = step.type
    if kind in ("text", "list"):
        if len(text) > step.spec.max_length:
            return None, MSG["too_long"].format(n=len(text), max=step.spec.max_length)
        return text, None
    if kind == "yes_no":
        word = YES_WORDS.get(text.lower().rstrip(".!"))
        return (word, None) if word else (None, MSG["not_yes_no"])
    if kind == "scale":
        scale = flow.scale_of(step)
        if re.fullmatch(r"[+-]?\d{1,3}", text) and scale.min <= int(text) <= scale.max:
            return int(text), None
        return None, MSG["not_scale"].format(min=scale.min, max=scale.max)
    return _parse_choice(step, text)


def _parse_choice(step: FlowStep, text: str) -> tuple[Value, str | None]:
    choices = step.spec.choices
    parts = [p.strip() for p in text.split(",")] if step.type == "multi_choice" else [text]
    picked: list[str] = []
    for part in filter(None, parts):
        match = _match_choice(step, part)
        if match is None:
            return None, MSG["not_choice"]
        if match not in picked:
            picked.append(match)
    if not picked:
        return None, MSG["not_choice"]
    if step.type == "choice":
        return picked[0], None
    return [c.value for c in choices if c.value in picked], None


def _match_choice(step: FlowStep, text: str) -> str | None:
    choices = step.spec.choices
    if text.isdigit() and 1 <= int(text) <= len(choices):
        return choices[int(text) - 1].value
    folded = text.casefold().rstrip(".")
    for choice in choices:
        if folded in (choice.value, choice.label.casefold()):
            return choice.value
    return None


def _checks_for(flow: Flow, step: FlowStep) -> tuple[str, ...]:
    checks = step.spec.checks if step.spec.checks is not None else flow.spec.checks
    if step.spec.voice == "child":  # the child's own words are kept exactly as said
        checks = tuple(c for c in checks if c != "plain_language")
    return tuple(checks) if step.type in ("text", "list") else ()


def _checked_accept(flow: Flow, out: Outcome, step: FlowStep, value: Value, nudger: Nudger) -> None:
    d = out.draft
    if isinstance(value, str):
        for kind in _checks_for(flow, step):
            key = f"{step.id}:{kind}"
            if key in d.nudged:
                continue
            text = nudger(kind, value)
            if text:
                d.nudged.append(key)
                d.pending = Pending(step.id, kind, value)
                out.replies.append(Nudge(text, kind, d.nonce, value, d.id))
                return
    _accept(flow, out, step, value)


def _nudge_text(pending: Pending, nudger: Nudger) -> str:
    return nudger(pending.kind, str(pending.value)) or "Keep this answer as it is?"


def _accept(flow: Flow, out: Outcome, step: FlowStep, value: Value) -> None:
    d = out.draft
    if step.type == "list" and value is not None:
        items = d.answers.get(step.id)
        items = list(items) if isinstance(items, list) else []
        if len(items) >= step.spec.max_items:
            out.replies.append(Notice(MSG["list_full"].format(max=step.spec.max_items), "problem"))
            _ask(flow, out, step, again=True)
            return
        items.append(str(value))
        d.answers[step.id] = items
        out.changed.add(step.id)
        if len(items) < step.spec.max_items:
            _ask(flow, out, step, again=True)
            return
        value = items
    _complete(flow, out, step, value)


def _complete(flow: Flow, out: Outcome, step: FlowStep, value: Value) -> None:
    d = out.draft
    if step.id not in d.answers or d.answers[step.id] != value:
        d.answers[step.id] = value
        out.changed.add(step.id)
    out.replies.append(Answered(step.id, d.nonce, step.spec.ask, display(step, value)))
    _go_forward(flow, out, after=step.id)


def _go_forward(flow: Flow, out: Outcome, *, after: str | None, only_open: bool = False) -> None:
    d = out.draft
    state = walk(flow, d.answers)
    target: FlowStep | None
    if d.return_to is not None or only_open:
        stop = None if d.return_to in (None, END) else d.return_to
        target = state.first_open(before=stop)
        if target is None:  # nothing left open on the way: back to where they were
            d.return_to = None
            if stop is not None and stop in state.ids:
                target = flow.step(stop)
        if target is None:
            target = state.first_open()
    else:
        target = None
        for step in state.after(after):
            if step.is_question:
                target = step
                break
            out.replies.append(Notice(step.spec.ask, "note"))
    if target is None:
        _finish(flow, out)
        return
    previous = flow.step(after) if after and flow.has_step(after) else None
    new_section = previous is None or previous.section_title != target.section_title
    if target.section.intro and new_section:
        out.replies.append(Notice(target.section.intro, "note"))
    d.history.append(target.id)
    _ask(flow, out, target, walk_state=state)


def _finish(flow: Flow, out: Outcome) -> None:
    d = out.draft
    d.status = "completed"
    d.return_to = None
    d.nonce += 1
    out.replies.append(SummaryReply(build_summary(flow, d), True, d.id, d.nonce))


def _ask(flow: Flow, out: Outcome, step: FlowStep, *, again: bool = False,
         walk_state: Walk | None = None) -> None:
    d = out.draft
    state = walk_state or walk(flow, d.answers)
    if not again:
        d.nonce += 1
    number, total = state.progress(step.id)
    value = d.answers.get(step.id)
    choices = tuple((c.value, c.label) for c in step.spec.choices)
    if step.type == "yes_no":
        choices = (("yes", "Yes"), ("no", "No"))
    out.replies.append(Question(
        draft_id=d.id, step_id=step.id, number=number, total=total,
        section=step.section_title, ask=step.spec.ask, type=step.type, nonce=d.nonce,
        required=step.spec.required, can_back=len(d.history) > 1, choices=choices,
        scale=flow.scale_of(step) if step.type == "scale" else None,
        selected=tuple(value) if isinstance(value, list) and step.type == "multi_choice" else (),
        items=tuple(value) if isinstance(value, list) and step.type == "list" else (),
        max_items=step.spec.max_items if step.type == "list" else 0,
        suggestion=suggest(flow, step, state) if step.spec.draft else None,
        current_answer=display(step, value) if step.id in d.answers and step.type != "list"
        else None,
        child_voice=step.spec.voice == "child", again=again,
    ))
