"""Loading flow files: a broken file names the file, the line and the field."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import write_yaml

from flows.errors import FlowError, FlowProblem
from flows.loader import load_flow, load_flows

# Line numbers below count from 1 at "id: tiny".
VALID = """\
id: tiny
version: 1
title: Tiny
description: A flow for a test.
scale:
  low: Unsafe.
  high: Safe.
sections:
  - id: s
    title: S
    steps:
      - id: a
        type: text
        ask: Question a?
        help: Help a.
      - id: b
        type: yes_no
        ask: Question b?
        help: Help b.
"""


def broken(path: Path) -> list[FlowProblem]:
    with pytest.raises(FlowError) as caught:
        load_flow(path)
    problems = caught.value.problems
    assert problems, "a FlowError always carries its problems"
    for problem in problems:
        assert problem.file == str(path)
        assert str(problem).startswith(f"{path}:")
    return problems


def edited(source: str, line: int, new: str | None = None, *, insert: str | None = None
           ) -> str:
    """VALID with one line replaced (or removed, for None), or a line inserted after it."""
    lines = source.splitlines()
    if insert is not None:
        lines.insert(line, insert)
    elif new is None:
        del lines[line - 1]
    else:
        lines[line - 1] = new
    return "\n".join(lines) + "\n"


def only(problems: list[FlowProblem]) -> FlowProblem:
    assert len(problems) == 1, problems
    return problems[0]


def test_the_valid_example_loads(tmp_path: Path) -> None:
    flow = load_flow(write_yaml(tmp_path, VALID))
    assert [s.id for s in flow.steps] == ["a", "b"]
    assert flow.spec.scale.min == 0
    assert flow.spec.scale.max == 10


def test_yaml_that_does_not_parse_names_the_line(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 14, "        ask: Question a?: oops"))
    problem = only(broken(path))
    assert problem.line == 14
    assert "not valid YAML" in problem.message


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path: Path) -> None:
    problem = only(broken(write_yaml(tmp_path, "- just\n- a list\n")))
    assert problem.line == 1
    assert "mapping" in problem.message


def test_an_unknown_key_names_its_line_and_field(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 15, insert="        colour: red"))
    problem = only(broken(path))
    assert (problem.line, problem.field) == (16, "sections[0].steps[0].colour")
    assert "unknown field" in problem.message


def test_a_misspelt_top_level_key_names_it(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 3, "titel: Tiny"))
    problems = broken(path)
    assert ("titel", 3) in [(p.field, p.line) for p in problems]
    assert "title" in [p.field for p in problems]  # and the real one is missing


def test_a_missing_field_points_at_the_step_that_lacks_it(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 18))  # drop b's "ask"
    problem = only(broken(path))
    assert (problem.line, problem.field) == (16, "sections[0].steps[1].ask")
    assert "required" in problem.message


@pytest.mark.parametrize(("line", "new", "field"), [
    (2, "version: one", "version"),
    (2, "version: 0", "version"),
    (13, "        type: essay", "sections[0].steps[0].type"),
    (14, "        ask: [a, list]", "sections[0].steps[0].ask"),
    (6, "  low: 7", "scale.low"),
])
def test_a_wrong_type_or_value_names_its_line_and_field(
        tmp_path: Path, line: int, new: str, field: str) -> None:
    problem = only(broken(write_yaml(tmp_path, edited(VALID, line, new))))
    assert (problem.line, problem.field) == (line, field)


def test_a_field_that_does_not_fit_the_step_type_is_refused(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 15, insert="        choices: [{value: x, label: X}]"))
    problem = only(broken(path))
    assert problem.field == "sections[0].steps[0]"
    assert problem.line == 12
    assert "choices" in problem.message


@pytest.mark.parametrize("expression", [
    "__import__('os').system('true')",
    "a.upper() == 'X'",
    "a +",
    "open('x')",
    "[a for a in b]",
])
def test_a_bad_condition_names_the_when_line(tmp_path: Path, expression: str) -> None:
    path = write_yaml(tmp_path, edited(VALID, 19, insert=f"        when: \"{expression}\""))
    problem = only(broken(path))
    assert (problem.line, problem.field) == (20, "sections[0].steps[1].when")


@pytest.mark.parametrize("expression", ["b == 'yes'", "answered(zz)", "count(a) > 1 and q"])
def test_a_condition_on_a_later_or_unknown_step_names_the_when_line(
        tmp_path: Path, expression: str) -> None:
    path = write_yaml(tmp_path, edited(VALID, 15, insert=f"        when: \"{expression}\""))
    problems = broken(path)
    assert {(p.line, p.field) for p in problems} == {(16, "sections[0].steps[0].when")}
    assert all("not an earlier step" in p.message for p in problems)


def test_a_condition_on_the_section_names_the_section_when_line(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 10, insert="    when: \"nowhere == 'x'\""))
    problem = only(broken(path))
    assert (problem.line, problem.field) == (11, "sections[0].when")
    assert "nowhere" in problem.message


def test_a_condition_on_an_earlier_step_is_fine(tmp_path: Path) -> None:
    flow = load_flow(write_yaml(tmp_path, edited(VALID, 19, insert="        when: a == 'x'")))
    assert flow.step("b").conditions[-1].step_ids() == {"a"}


def test_a_duplicate_step_id_names_the_second_one(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 16, "      - id: a"))
    problem = only(broken(path))
    assert (problem.line, problem.field) == (16, "sections[0].steps[1].id")
    assert "used twice" in problem.message


def test_an_unknown_draft_template_names_the_draft_line(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 19, insert="        draft: no_such_template"))
    problem = only(broken(path))
    assert (problem.line, problem.field) == (20, "sections[0].steps[1].draft")
    assert "no_such_template" in problem.message


def test_a_template_reading_a_later_step_is_refused(tmp_path: Path) -> None:
    source = edited(VALID, 15, insert="        draft: t") + "templates:\n  t: '{{ a.b }}'\n"
    problem = only(broken(write_yaml(tmp_path, source)))
    assert (problem.line, problem.field) == (16, "sections[0].steps[0].draft")
    assert "a.b" in problem.message


def test_a_template_with_an_unknown_filter_is_refused_before_anyone_answers(
        tmp_path: Path) -> None:
    source = edited(VALID, 19, insert="        draft: t") + "templates:\n  t: '{{ a.a | shout }}'\n"
    problem = only(broken(write_yaml(tmp_path, source)))
    # named where the filter is written, not at the step drafting from it
    written = source.splitlines().index("  t: '{{ a.a | shout }}'") + 1
    assert (problem.line, problem.field) == (written, "templates.t")
    assert "No filter named 'shout'" in problem.message


def test_a_duplicate_key_names_the_line_of_the_second(tmp_path: Path) -> None:
    path = write_yaml(tmp_path, edited(VALID, 15, insert="        ask: Again?"))
    problem = only(broken(path))
    assert problem.line == 16
    assert "duplicate key 'ask'" in problem.message


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: caf\xe9\n".encode("latin-1"))
    problem = only(broken(path))
    assert "cannot read" in problem.message


def test_every_problem_in_a_file_is_reported_at_once(tmp_path: Path) -> None:
    source = edited(edited(VALID, 2, "version: one"), 15, insert="        colour: red")
    problems = broken(write_yaml(tmp_path, source))
    assert {p.field for p in problems} == {"version", "sections[0].steps[0].colour"}


def test_load_flows_reports_problems_from_every_file_and_duplicate_ids(tmp_path: Path) -> None:
    good = write_yaml(tmp_path, VALID, "one.yaml")
    twin = write_yaml(tmp_path, VALID, "two.yaml")
    bad = write_yaml(tmp_path, edited(VALID, 2, "version: one"), "three.yaml")
    with pytest.raises(FlowError) as caught:
        load_flows([good, twin, bad])
    files = {p.file for p in caught.value.problems}
    assert files == {str(twin), str(bad)}
    assert any("used twice" in p.message for p in caught.value.problems)


def test_a_problem_reads_as_file_line_field_message() -> None:
    problem = FlowProblem("flows/x.yaml", 7, "sections[0].id", "this field is required")
    assert str(problem) == "flows/x.yaml:7: sections[0].id: this field is required"
    assert str(FlowProblem("x.yaml", None, "", "cannot read file")) == "x.yaml: cannot read file"


def test_a_file_saved_in_another_encoding_names_the_line(tmp_path: Path) -> None:
    """A flow edited on a machine that saves Latin-1 (an "é" in a title) is not UTF-8: the
    problem names the line the byte is on, as every other problem does."""
    path = tmp_path / "latin.yaml"
    path.write_bytes(edited(VALID, 3, "title: Tiny caf\xe9").encode("latin-1"))
    (problem,) = broken(path)
    assert problem.line == 3
    assert "UTF-8" in problem.message


def test_a_step_condition_and_a_section_condition_are_told_apart(tmp_path: Path) -> None:
    source = edited(VALID, 10, insert="    when: \"nowhere == 'x'\"")
    source = edited(source, 20, insert="        when: \"a == 'x' and later == 1\"")
    problems = broken(write_yaml(tmp_path, source))
    assert {(p.line, p.field, p.message.split("'")[1]) for p in problems} == {
        (11, "sections[0].when", "nowhere"),
        (21, "sections[0].steps[1].when", "later"),
    }


KINDS = VALID + """\
      - id: pick
        type: choice
        ask: Which one?
        help: Pick one.
        choices:
          - {value: red, label: Red}
          - {value: blue, label: Blue}
      - id: several
        type: multi_choice
        ask: Which ones?
        help: Pick any.
        choices:
          - {value: red, label: Red}
          - {value: blue, label: Blue}
      - id: score
        type: scale
        ask: How safe?
        help: A number.
      - id: last
        type: text
        ask: Anything else?
        help: Say it.
"""


@pytest.mark.parametrize(("expression", "said"), [
    ("b == 'Yes'", "'Yes' is not one of the values 'b' can hold ('yes', 'no')"),
    ("'blu' == pick", "'blu' is not one of the values 'pick' can hold ('red', 'blue')"),
    ("'green' in several", "'green' is not one of the values 'several' can hold"),
    ("several == 'red'", "holds a list of the choices picked, never one alone; write 'red' in"),
    ("score >= '5'", "'score' is a number on a scale; compare it with a number"),
    ("pick > 3", "'pick' is a choice, which is never bigger or smaller than a number"),
    ("0 < a", "'a' is a typed answer, which is never bigger or smaller"),
])
def test_a_condition_that_can_never_hold_as_written_names_its_line(
        tmp_path: Path, expression: str, said: str) -> None:
    """A comparison the step's answers can never meet (a typo in a choice, a word against a
    number) would hide or show a question for everyone, silently: the operator is told."""
    source = KINDS + f'        when: "{expression}"\n'
    problem = only(broken(write_yaml(tmp_path, source)))

    assert problem.field == "sections[0].steps[5].when"
    assert problem.line == source.count("\n")
    assert said in problem.message


@pytest.mark.parametrize("expression", [
    "b == 'yes'", "b != 'no'", "'red' == pick", "'blue' in several",
    "'red' not in several", "score >= 5", "3 < score <= 7", "count(several) > 1",
    "a == 'none'", "answered(a) and pick != 'red'",
])
def test_a_condition_the_step_can_meet_loads(tmp_path: Path, expression: str) -> None:
    flow = load_flow(write_yaml(tmp_path, KINDS + f'        when: "{expression}"\n'))

    assert flow.step("last").conditions
