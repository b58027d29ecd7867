"""Load flow YAML files: parse with line numbers, validate, unroll, cross-check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import yaml
from jinja2 import nodes
from pydantic import ValidationError

from flows import FLOWS_DIR, yamlfile
from flows.conditions import ORDERINGS, Condition, ConditionSyntaxError, parse
from flows.errors import FlowError, FlowProblem
from flows.flow import Flow, FlowStep, StepRole
from flows.render import ENV, compiled, draft_file, draft_template
from flows.schema import FlowSpec, SectionSpec, StepSpec
from flows.yamlfile import Loc


def load_flow(path: Path) -> Flow:
    """Load and validate one flow file, or raise FlowError naming file, line and field."""
    name = str(path)
    data, root = yamlfile.parse(yamlfile.read(path), name)
    unshowable = yamlfile.unshowable(name, data, root)
    if unshowable:
        raise FlowError(unshowable)
    try:
        spec = FlowSpec.model_validate(data)
    except ValidationError as exc:
        errors = _without_echoes(exc.errors())
        raise FlowError([yamlfile.problem(name, root, err) for err in errors]) from None
    steps, problems = _unroll(spec, name, root)
    problems += _cross_check(spec, steps, name, root)
    sharing = None
    if spec.shares_child_words_when is not None:
        try:
            sharing = _sharing(spec.shares_child_words_when, steps, name, root)
        except FlowError as exc:
            problems += exc.problems
    if problems:
        raise FlowError(problems)
    return Flow(spec=spec, steps=tuple(steps), source=name, sharing=sharing)


def _sharing(source: str, steps: list[FlowStep], name: str, root: yaml.Node | None
             ) -> Condition:
    """`shares_child_words_when`: a condition on steps of this flow."""
    loc: Loc = ("shares_child_words_when",)
    condition = _parse_when(source, name, root, loc)
    unknown = sorted(condition.step_ids() - {step.id for step in steps})
    if unknown:
        raise FlowError([FlowProblem(name, yamlfile.line_of(root, loc), yamlfile.dotted(loc),
                                     f"condition refers to {unknown[0]!r}, which is not a "
                                     "step of this flow")])
    return condition


def flow_files(folder: Path = FLOWS_DIR) -> list[Path]:
    """The flow files in a folder, in a stable order."""
    return sorted(folder.glob("*.yaml"))


def load_flows(paths: Iterable[Path] | None = None) -> dict[str, Flow]:
    """Load every flow; all problems in all files are reported together."""
    flows: dict[str, Flow] = {}
    problems: list[FlowProblem] = []
    for path in flow_files() if paths is None else paths:
        try:
            flow = load_flow(path)
        except FlowError as exc:
            problems += exc.problems
            continue
        if flow.id in flows:
            problems.append(_across(flow, ("id",), f"flow id {flow.id!r} is used twice"))
        flows[flow.id] = flow
    problems += _check_takes_from(flows) + _check_contributions(flows)
    if problems:
        raise FlowError(list(dict.fromkeys(problems)))  # a shared template's, once
    ordered = sorted(flows.values(), key=lambda f: (f.spec.menu_order, f.title))
    return {flow.id: flow for flow in ordered}


def _check_takes_from(flows: Mapping[str, Flow]) -> list[FlowProblem]:
    problems = [
        _across(flow, ("takes_from", at), f"there is no flow {ref!r} to take from")
        for flow in flows.values()
        for at, ref in enumerate(flow.spec.takes_from)
        if ref not in flows or ref == flow.id
    ]
    for flow in flows.values():
        for ref, pairs in flow.spec.carries.items():
            source = flows.get(ref)
            if ref not in flow.spec.takes_from or source is None:
                problems.append(_across(flow, ("carries", ref),
                                        f"{ref!r} is not one of the flows in takes_from"))
                continue
            problems += [
                _across(flow, ("carries", ref, mine),
                        f"no step {mine!r} here or no step {theirs!r} in {ref}")
                for mine, theirs in pairs.items()
                if not (flow.has_step(mine) and source.has_step(theirs))]
    return problems


def _check_contributions(flows: Mapping[str, Flow]) -> list[FlowProblem]:
    return [
        _across(flow, ("contributions",), f"{ref!r} must be a flow with `for_partners: true`")
        for flow in flows.values()
        if (ref := flow.spec.contributions) is not None
        and (ref not in flows or not flows[ref].spec.for_partners)
    ]


def _across(flow: Flow, loc: Loc, message: str) -> FlowProblem:
    """A problem found across the flows, at its line of `flow`'s file (read again: only a
    broken set of flows pays for it). Its field is named as it is written (a list's entry as
    the list)."""
    field = yamlfile.dotted(tuple(part for part in loc if isinstance(part, str)))
    try:
        _, root = yamlfile.parse(yamlfile.read(Path(flow.source)), flow.source)
    except FlowError:
        return FlowProblem(flow.source, None, field, message)
    return FlowProblem(flow.source, yamlfile.line_of(root, loc), field, message)


def _without_echoes(errors: list[Any]) -> list[Any]:
    """Drop "too short" on a list whose items failed: pydantic counts only the valid ones."""
    failed = [tuple(e["loc"]) for e in errors]
    return [e for e in errors if not (e["type"] == "too_short" and any(
        len(loc) > len(e["loc"]) and loc[:len(e["loc"])] == tuple(e["loc"]) for loc in failed))]


def _parse_when(source: str | None, name: str, root: yaml.Node | None, loc: Loc) -> Condition:
    try:
        return parse(source or "True")
    except ConditionSyntaxError as exc:
        where = yamlfile.line_of(root, loc)
        raise FlowError([FlowProblem(name, where, yamlfile.dotted(loc), str(exc))]) from None


def _unroll(
    spec: FlowSpec, name: str, root: yaml.Node | None
) -> tuple[list[FlowStep], list[FlowProblem]]:
    steps: list[FlowStep] = []
    problems: list[FlowProblem] = []
    for si, section in enumerate(spec.sections):
        try:
            steps += _unroll_section(section, ("sections", si), name, root)
        except FlowError as exc:
            problems += exc.problems
    return steps, problems


def _unroll_section(
    section: SectionSpec, loc: Loc, name: str, root: yaml.Node | None
) -> list[FlowStep]:
    section_when = _parse_when(section.when, name, root, (*loc, "when"))
    step_whens = [
        _parse_when(step.when, name, root, (*loc, "steps", i, "when"))
        for i, step in enumerate(section.steps)
    ]
    repeat = section.repeat
    out: list[FlowStep] = []
    for k in range(1, repeat.max + 1) if repeat else [None]:
        local = _local_ids(section, k)
        title = f"{section.title} ({repeat.item} {k})" if repeat and k else section.title
        gate = [parse(f"{section.id}_another_{k - 1} == 'yes'")] if k and k > 1 else []
        base = [*gate, section_when.renamed(local)]
        for i, step in enumerate(section.steps):
            conds = (*base, step_whens[i].renamed(local))
            heading = step.heading or section.title
            common: dict[str, Any] = {"section": section, "section_title": title,
                      "column": step.column or section.column,
                      "local": local, "instance": k, "loc": (*loc, "steps", i),
                      "heading": f"{heading} ({repeat.item} {k})" if repeat and k else heading}
            out.append(FlowStep(id=local[step.id], spec=step, conditions=conds,
                                scale=step.scale, **common))
            attached = _attached_steps(step, conds, local, common)
            out += [s for s in attached if s.role == "follow_up"]
            out += _perspective_steps(step, conds, local, common, name, root)
            out += [s for s in attached if s.role == "others"]  # after each person's number
        if repeat and k and k < repeat.max:
            another = StepSpec(id=f"{section.id}_another", type="yes_no", ask=repeat.another,
                               help=repeat.help, title=f"Another {repeat.item}?", in_summary=False)
            out.append(FlowStep(id=f"{section.id}_another_{k}", spec=another, section=section,
                                section_title=title, column="none", conditions=tuple(base),
                                local=local, role="another", instance=k, loc=(*loc, "repeat")))
    return out


def _local_ids(section: SectionSpec, k: int | None) -> dict[str, str]:
    names: list[str] = []
    for step in section.steps:
        names.append(step.id)
        if step.follow_up:
            names.append(f"{step.id}_why")
        if step.others:
            names.append(f"{step.id}_others")
        names += [f"{step.id}_{p.id}" for p in step.perspectives]
    return {n: (f"{n}_{k}" if k else n) for n in names}


def _attached_steps(
    step: StepSpec, conds: tuple[Condition, ...], local: Mapping[str, str], common: dict[str, Any]
) -> list[FlowStep]:
    out: list[FlowStep] = []
    answered = parse(f"answered({local[step.id]})")
    for suffix, prompt, kind in (("why", step.follow_up, "text"), ("others", step.others, "list")):
        if prompt is None:
            continue
        spec = StepSpec(id=f"{step.id}_{suffix}", type=kind, ask=prompt.ask, help=prompt.help,
                        title=prompt.title, required=False, checks=step.checks,
                        voice=step.voice)
        role: StepRole = "follow_up" if suffix == "why" else "others"
        out.append(FlowStep(id=local[f"{step.id}_{suffix}"], spec=spec,
                            conditions=(*conds, answered), role=role, parent=local[step.id],
                            **common))
    return out


def _perspective_steps(
    step: StepSpec, conds: tuple[Condition, ...], local: Mapping[str, str],
    common: dict[str, Any], name: str, root: yaml.Node | None,
) -> list[FlowStep]:
    """Each person's own number on a scale, asked as a scale step of its own after it."""
    out: list[FlowStep] = []
    answered = parse(f"answered({local[step.id]})")
    for n, view in enumerate(step.perspectives):
        own = _parse_when(view.when, name, root, (*common["loc"], "perspectives", n, "when"))
        spec = StepSpec(id=f"{step.id}_{view.id}", type="scale", ask=view.ask, help=view.help,
                        title=view.who, required=False)
        out.append(FlowStep(id=local[spec.id], spec=spec, role="perspective",
                            conditions=(*conds, answered, own.renamed(local)),
                            parent=local[step.id], scale=step.scale, **common))
    return out


def _cross_check(
    spec: FlowSpec, steps: list[FlowStep], name: str, root: yaml.Node | None
) -> list[FlowProblem]:
    problems: list[FlowProblem] = []
    seen: set[str] = set()
    by_id = {step.id: step for step in steps}
    for step in steps:
        where = yamlfile.line_of(root, step.loc)
        if step.id in seen:
            problems.append(FlowProblem(name, where, yamlfile.dotted((*step.loc, "id")),
                                        f"step id {step.id!r} is used twice"))
        for condition in step.conditions:
            loc = _condition_loc(step, condition)
            for ref in sorted(condition.step_ids() - seen):
                problems.append(FlowProblem(name, yamlfile.line_of(root, loc), yamlfile.dotted(loc),
                                            f"condition refers to {ref!r}, which is not an "
                                            "earlier step"))
            for message in _mismatches(condition, by_id, seen):
                problems.append(FlowProblem(name, yamlfile.line_of(root, loc),
                                            yamlfile.dotted(loc), message))
        if step.spec.part_of and step.role == "question":
            part_line = yamlfile.line_of(root, (*step.loc, "part_of"))
            problems += _check_part_of(step, steps, name, part_line)
        if step.spec.draft and step.role == "question":
            draft_line = yamlfile.line_of(root, (*step.loc, "draft"))
            problems += _check_draft(spec, step, seen, name, draft_line, root)
        seen.add(step.id)
    return list(dict.fromkeys(problems))  # a section's condition is checked on each step


def _mismatches(condition: Condition, by_id: Mapping[str, FlowStep], seen: set[str]
                ) -> list[str]:
    """Comparisons that can never hold as the author meant, since the step never holds such
    a value: a choice that is not among its options ('Yes' for 'yes'), a word against a
    scale's number, a choice or a text said to be bigger or smaller."""
    out = []
    for step_id, how, constant in condition.comparisons():
        if step_id not in seen:
            continue  # said above: not an earlier step
        target = by_id[step_id]
        kind = target.spec.type
        number = isinstance(constant, int | float) and not isinstance(constant, bool)
        written = f"{step_id} {how} {constant!r}"
        if how in ORDERINGS and kind != "scale":
            out.append(f"condition {written}: {step_id!r} is a {_KIND_NAMES[kind]}, which is "
                       "never bigger or smaller than a number (only a scale's number is; "
                       f"count({step_id}) counts a list's items)")
        elif kind == "scale" and (not number or how in ("in", "contains")):
            out.append(f"condition {written}: {step_id!r} is a number on a scale; compare it "
                       f"with a number, as in {step_id} >= 5")
        elif kind in ("choice", "multi_choice", "yes_no") and how != "in":
            options = (["yes", "no"] if kind == "yes_no"
                       else [c.value for c in target.spec.choices])
            if constant not in options:
                out.append(f"condition {written}: {constant!r} is not one of the values "
                           f"{step_id!r} can hold ({', '.join(map(repr, options))})")
            elif kind == "multi_choice" and how in ("==", "!="):
                out.append(f"condition {written}: {step_id!r} holds a list of the choices "
                           f"picked, never one alone; write {constant!r} in {step_id}")
    out.extend(f"condition compares {written}: a count is a number; compare it with a number, "
               "as in count(signs) >= 2, without quotation marks"
               for written in condition.counts_against_words())
    return out


_KIND_NAMES = {"text": "typed answer", "list": "list", "choice": "choice",
               "multi_choice": "choice of several", "yes_no": "yes or no", "note": "note"}


def _condition_loc(step: FlowStep, condition: Condition) -> Loc:
    """Where a step's condition was written: on the step itself or on its section."""
    own = step.spec.when if step.role == "question" else None
    on_section = step.section.when is not None and condition.source == step.section.when
    if on_section and (own is None or condition.source != own):
        return (*step.loc[:2], "when")
    return (*step.loc, "when")


def _check_draft(
    spec: FlowSpec, step: FlowStep, seen: set[str], name: str, line: int | None,
    root: yaml.Node | None,
) -> list[FlowProblem]:
    field = yamlfile.dotted((*step.loc, "draft"))
    draft = step.spec.draft or ""
    try:
        source = draft_template(spec, draft)
        compiled(source)  # as the bot will: an unknown filter is found now, not in a turn
        read = _answers_read(source)
    except jinja2.TemplateSyntaxError as exc:
        # named where the slip is written, not at each step drafting from it
        if draft in spec.templates:
            loc: Loc = ("templates", draft)
            return [FlowProblem(name, yamlfile.line_in_text(root, loc, exc.lineno),
                                yamlfile.dotted(loc), exc.message or str(exc))]
        return [FlowProblem(str(draft_file(draft)), exc.lineno, "", exc.message or str(exc))]
    except (LookupError, jinja2.TemplateError) as exc:
        return [FlowProblem(name, line, field, f"template {draft!r}: {exc}")]
    return [FlowProblem(name, line, field, f"template {draft!r} uses a.{attr}, which is not "
                        "an earlier step") for attr in read if step.resolve(attr) not in seen]


# Parsed once per template: a repeated section's copies and the flows sharing a file of
# drafts read the same one, each `sosbot` command loading the flows parsed it a dozen times.
@lru_cache(maxsize=128)
def _answers_read(source: str) -> tuple[str, ...]:
    """The answers (`a.<step>`) a drafting template reads, in order, each once."""
    tree = ENV.parse(source)
    return tuple(dict.fromkeys(
        node.attr for node in tree.find_all(nodes.Getattr)
        if isinstance(node.node, nodes.Name) and node.node.name == "a"))


def _check_part_of(step: FlowStep, steps: list[FlowStep], name: str, line: int | None
                   ) -> list[FlowProblem]:
    whole = step.resolve(step.spec.part_of or "")
    later = steps[steps.index(step) + 1:]
    if any(s.id == whole and s.section is step.section and s.spec.draft for s in later):
        return []
    return [FlowProblem(name, line, yamlfile.dotted((*step.loc, "part_of")),
                        f"{step.spec.part_of!r} is not a later drafted step in this section")]
