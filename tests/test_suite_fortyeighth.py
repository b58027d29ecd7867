"""The suite's own running: the second xdist worker imports the test files last to first (so
the two share rewriting their asserts), and both still run the same tests in the same order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, _clean_environ
from tests.file_costs import handed_out


def _imported(tmp_path: Path, worker: str) -> list[str]:
    """The order a pytest run with tests/conftest.py's hooks, as xdist `worker`, imported
    three test files in (each notes its name when imported), and the tests it collected."""
    (tmp_path / "pytest.ini").write_text("[pytest]\n")
    (tmp_path / "conftest.py").write_text(
        "import tests.conftest as suite\n"
        "globals().update({name: getattr(suite, name) for name in dir(suite)\n"
        "                  if name.startswith('pytest_')})\n")
    for name in ("a", "b", "c"):
        (tmp_path / f"test_{name}.py").write_text(
            "from pathlib import Path\n"
            f"with Path(__file__).with_name('imported').open('a') as f: f.write('{name}')\n"
            f"def test_{name}():\n    pass\n")
    env = {**_clean_environ(), "PYTHONPATH": str(REPO), "PYTEST_XDIST_WORKER": worker}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:xdist",
         "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    return [*(tmp_path / "imported").read_text(), done.stdout.count("::test_")]


@pytest.mark.parametrize(("worker", "order"), [("gw0", "abc"), ("gw1", "cba"), ("", "abc")])
def test_the_second_worker_imports_the_files_last_to_first(
        tmp_path: Path, worker: str, order: str) -> None:
    assert _imported(tmp_path, worker) == [*order, 3]


def test_files_of_the_same_cost_run_in_the_same_order_however_they_were_collected() -> None:
    """Files the table does not know, of as many tests each, go by name: each worker runs
    the order it worked out, whichever order it collected the files in."""
    counts = {"tests/test_b.py": 4, "tests/test_a.py": 4, "tests/test_c.py": 9}
    costs = {"tests/test_z.py": 5.0}
    counts["tests/test_z.py"] = 1
    expected = ["tests/test_z.py", "tests/test_c.py", "tests/test_a.py", "tests/test_b.py"]
    assert handed_out(list(counts), costs, counts) == expected
    assert handed_out(list(reversed(counts)), costs, counts) == expected
