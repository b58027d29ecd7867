"""Review, forty-sixth pass: the project read as a council's operator, a practice lead, a
security reviewer and an engineer would read it, and what they found that did not hold.

Each pinned through the real parts: the `sosbot` command in a subprocess, the real flow files
and the real loader.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from flows import FLOWS_DIR, loader
from flows.errors import FlowError
from tests.conftest import run_sosbot

# --- a drafting template with a typing slip, as `sosbot flows check` reports it -------------


def test_a_flows_own_template_with_a_slip_is_named_where_it_is_written(tmp_path: Path) -> None:
    """A council's author edits the drafted safety goal of the contextual mapping (its own
    template, `templates: context_goal:` near the top of the file) and drops a `}`. `sosbot
    flows check` named line 308, `sections[8].steps[8].draft`, the step that uses it, where
    the line reads only `draft: context_goal`: the author looked there and found nothing
    wrong. It names the template's own line and field now."""
    source = (FLOWS_DIR / "contextual.yaml").read_text(encoding="utf-8")
    assert source.count("{% if a.goal_doing %}") == 1
    broken = tmp_path / "contextual.yaml"
    broken.write_text(source.replace("{% if a.goal_doing %}", "{% if a.goal_doing %", 1),
                      encoding="utf-8")
    checked = run_sosbot("flows", "check", str(broken))
    assert checked.returncode == 1, checked.stdout
    lines = (checked.stdout + checked.stderr).strip().splitlines()
    assert lines == [f"{broken}:16: templates.context_goal: expected token ':', got '}}'"], lines


def test_a_shared_template_with_a_slip_is_named_once_by_its_own_file_and_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The danger statement three tools draft from is a file of its own
    (`flows/templates/drafts/danger_statement.txt`). A slip on its first line was reported
    three times, once at each flow's step using it, and never named the file the slip is in
    nor its line. It is one problem now, at the template file's line."""
    templates = tmp_path / "templates"
    shutil.copytree(FLOWS_DIR / "templates", templates)
    shared = templates / "drafts" / "danger_statement.txt"
    text = shared.read_text(encoding="utf-8").splitlines(keepends=True)
    text[1] = text[1].replace("{% set", "{% set set", 1)
    shared.write_text("".join(text), encoding="utf-8")
    monkeypatch.setattr("flows.render.TEMPLATES", templates)
    with pytest.raises(FlowError) as refused:
        loader.load_flows()
    said = [str(problem) for problem in refused.value.problems]
    assert said == [f"{shared}:2: expected token 'end of statement block', got 'who'"], said
