"""The suite's own running: each test's folder (`tmp_path`) is made without reading the
folders of the tests before it, so the last of a worker's 7,400 tests gets its folder as
quickly as the first."""

from __future__ import annotations

import inspect
import os
from pathlib import Path

import pytest

import tests.conftest as suite
from tests.conftest import fresh_folder


def _refuse(*_: object) -> None:
    raise AssertionError("the folder's entries were read")


def test_a_tests_folder_is_made_without_reading_the_folders_made_before_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("test_seen0", "test_seen1", "test_seen2", "other0"):
        (tmp_path / name).mkdir()
    (tmp_path / "test_seen2" / "kept.db").write_text("an earlier test's")
    monkeypatch.setattr(os, "scandir", _refuse)
    monkeypatch.setattr(os, "listdir", _refuse)
    monkeypatch.setattr(Path, "iterdir", _refuse)
    made = [fresh_folder(tmp_path, "test_seen") for _ in range(2)]
    monkeypatch.undo()
    assert [folder.name for folder in made] == ["test_seen3", "test_seen4"]
    assert [list(folder.iterdir()) for folder in made] == [[], []]
    assert (tmp_path / "test_seen2" / "kept.db").read_text() == "an earlier test's"


def test_a_tests_folder_is_named_as_pytest_names_it(tmp_path: Path) -> None:
    """Its name, non-word characters as underscores, 30 characters of it, then a number."""
    long_name = "test_a_listen_address_that_is_no_address[http://0.0.0.0]"
    first, second = fresh_folder(tmp_path, long_name), fresh_folder(tmp_path, long_name)
    assert first.name == "test_a_listen_address_that_is_0"
    assert second.name == "test_a_listen_address_that_is_1"
    assert oct(first.stat().st_mode & 0o777) == oct(0o700)
    assert list(first.iterdir()) == list(second.iterdir()) == []


def test_the_suites_tests_get_their_folders_from_it(
        tmp_path: Path, request: pytest.FixtureRequest,
        tmp_path_factory: pytest.TempPathFactory) -> None:
    [used] = request._fixturemanager.getfixturedefs("tmp_path", request.node)[-1:]
    assert Path(inspect.getfile(used.func)) == Path(suite.__file__)  # not pytest's own
    assert tmp_path.parent == tmp_path_factory.getbasetemp()
    assert tmp_path.name.startswith("test_the_suites_tests_get_thei")
    assert list(tmp_path.iterdir()) == []
