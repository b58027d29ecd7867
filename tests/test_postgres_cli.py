"""`sosbot` pointed at PostgreSQL by SOSBOT_DATABASE_URL, as an operator would run it."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_sosbot
from tests.postgres_server import PgCluster
from tests.telegram_world import TEST_KEY


def test_the_terminal_chat_keeps_a_draft_in_postgresql_and_carries_on(
        pg_cluster: PgCluster, tmp_path: Path) -> None:
    env = {"SOSBOT_DATABASE_URL": pg_cluster.new_database(), "SOSBOT_DATA_KEY": TEST_KEY}
    first = run_sosbot("chat", "--flow", "reflection", input="PG-1\nschool\n", cwd=tmp_path,
                       env=env)
    assert first.returncode == 0, first.stderr
    again = run_sosbot("chat", input="1\n", cwd=tmp_path, env=env)
    assert again.returncode == 0, again.stderr
    assert 'Continue "PG-1"' in again.stdout
    assert not list(tmp_path.glob("*.db"))  # nothing went to a SQLite file
    listed = run_sosbot("keys", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith("ktest (current)")
    purged = run_sosbot("purge", cwd=tmp_path, env=env)
    assert purged.returncode == 0, purged.stderr
    assert "Erased 0 draft(s)" in purged.stdout


def test_an_unreachable_postgresql_is_one_line(tmp_path: Path) -> None:
    env = {"SOSBOT_DATABASE_URL": f"postgresql://nobody@/none?host={tmp_path}&port=1",
           "SOSBOT_DATA_KEY": TEST_KEY}
    result = run_sosbot("chat", "--flow", "reflection", input="", cwd=tmp_path, env=env)
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "cannot be reached" in lines[0]


def test_a_database_url_sosbot_does_not_know_is_named(tmp_path: Path) -> None:
    result = run_sosbot("chat", input="", cwd=tmp_path,
                        env={"SOSBOT_DATABASE_URL": "mysql://x@y/z"})
    assert result.returncode == 2
    assert "SOSBOT_DATABASE_URL" in result.stderr
