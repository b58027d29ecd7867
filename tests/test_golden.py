"""Exact summaries for invented cases, compared with files in tests/golden/.

After a deliberate change to a flow or a template, regenerate them and read the diff:

    SOSBOT_REGEN_GOLDEN=1 python -m pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pytest
from cases import PLANS, case_summary

from flows.flow import Flow
from flows.render import render_text

GOLDEN = Path(__file__).resolve().parent / "golden"
# Read at import: the isolated_env fixture hides SOSBOT_* variables from the tests themselves.
REGENERATE = os.environ.get("SOSBOT_REGEN_GOLDEN") == "1"
CASES = ["mapping", "wellbeing", "three_houses"]


def golden_path(flow_id: str) -> Path:
    label = PLANS[flow_id][0].lower().replace(" ", "_")
    return GOLDEN / f"{flow_id}_{label}.txt"


@pytest.mark.parametrize("flow_id", CASES)
def test_summary_matches_its_golden_file(flows: Mapping[str, Flow], flow_id: str) -> None:
    text = render_text(case_summary(flows[flow_id]))
    path = golden_path(flow_id)
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}: run with SOSBOT_REGEN_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


def test_every_golden_file_belongs_to_a_case() -> None:
    assert sorted(p.name for p in GOLDEN.glob("*.txt")) == sorted(
        golden_path(f).name for f in CASES)
