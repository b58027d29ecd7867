"""The twenty-fourth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real command (`sosbot ...` as a child
process) or the real Application polling the local Bot API server."""

from __future__ import annotations

from pathlib import Path

from conftest import run_sosbot

# --- a setting's bad value named where it was set ---------------------------------------------


def test_a_bad_value_in_the_env_file_purge_was_given_names_that_file_and_line(
        tmp_path: Path) -> None:
    """`sosbot purge --env-file /etc/sosbot/main.env` (as cron runs it) with a mistyped
    retention in that file said "(set it in the environment or .env)": neither, so the
    operator looked in the wrong places."""
    (tmp_path / "main.env").write_text("SOSBOT_DB=bot.db\n\n# retention\nSOSBOT_DRAFT_DAYS=0\n")
    done = run_sosbot("purge", "--env-file", str(tmp_path / "main.env"), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DRAFT_DAYS: "0" won\'t work here; give a whole number from 1 to 3650 '
        f"(it is 30 if left out) (set in {tmp_path / 'main.env'}, line 4)"]


def test_a_bad_value_in_dot_env_names_its_line_and_one_in_the_environment_says_so(
        tmp_path: Path) -> None:
    """A bad value in `.env` is named with its line (the last of two, which is the one read);
    the same setting in the environment, which wins over `.env`, is said to be there."""
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\nSOSBOT_DONE_DAYS=7\n"
                                   "export sosbot_done_days=a fortnight\n")
    done = run_sosbot("chat", "--flow", "reflection", cwd=tmp_path, input="")
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DONE_DAYS: "a fortnight" won\'t work here; give a whole number from 1 '
        "to 3650 (it is 14 if left out) (set in .env, line 3)"]
    (tmp_path / ".env").write_text("SOSBOT_DB=bot.db\nSOSBOT_DONE_DAYS=7\n")
    done = run_sosbot("chat", "--flow", "reflection", cwd=tmp_path, input="",
                      env={"SOSBOT_DONE_DAYS": "-3"})
    assert done.stderr.splitlines() == [
        'sosbot: SOSBOT_DONE_DAYS: "-3" won\'t work here; give a whole number from 1 to 3650 '
        "(it is 14 if left out) (set in the environment)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [".env"]
