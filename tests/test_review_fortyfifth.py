"""The forty-fifth pass's review, read with fresh eyes: each test failed on the code as it
was."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_sosbot
from tests.test_console import chat

# --- `sosbot export` of the start of two labels -----------------------------------------------


def test_export_by_the_start_of_two_labels_names_each_label(tmp_path: Path) -> None:
    """A practitioner kept "KB-1" and "KB-10" at the terminal and typed `sosbot export kb`.
    She was told "2 drafts are labelled 'kb'" (neither is) and given two ids with no label
    to tell them apart. Now it says the labels start so, and names each one's label."""
    db = tmp_path / "chat.db"
    for label in ("KB-1", "KB-10"):
        assert chat(db, label, "School or college", flow="reflection").returncode == 0
    done = run_sosbot("export", "kb", "--db", str(db))
    assert done.returncode == 1
    assert "labelled 'kb'" not in done.stderr
    assert "2 drafts have labels starting 'kb'" in done.stderr
    assert "(KB-1, reflection, in progress)" in done.stderr
    assert "(KB-10, reflection, in progress)" in done.stderr
