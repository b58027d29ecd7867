"""Review of the twenty-fifth claims pass: claims it checked by reading a file, now checked
by running what the file runs; and claims it did not reach (`sosbot --help`, `.env.example`,
README sentences added since).
"""

from __future__ import annotations

import io
import os
import re
import shlex
import stat
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot import cli
from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.flow import Flow
from storage.store import Store
from tests.conftest import REPO, sosbot_env
from tests.in_process import sosbot_here
from tests.test_cli import ALL_COMMANDS
from tests.test_console import at_the_terminal, piped, typed_then_end
from tests.test_readme import README, SHELL
from tests.test_telegram_handlers import KEY

STUB_PYTHON = """#!/usr/bin/env bash
# Stands in for Python in .ci/run: notes each call, its arguments and CI, and does nothing.
printf '%s\\t%s\\n' "${CI-<unset>}" "$*" >> "$CALLS"
"""
STUB_QUIET = "#!/usr/bin/env bash\nprintf 'apt-get %s\\n' \"$*\" >> \"$CALLS\"\n"


def ci_run_with(tmp_path: Path, python: str, **env: str) -> subprocess.CompletedProcess[str]:
    """.ci/run carried out with `python` (a bash script) standing in for Python, and apt-get
    a stub that notes its calls (should chromium or PostgreSQL seem missing); CALLS names
    the file the stubs note to."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    for name, text in (("python", python), ("apt-get", STUB_QUIET),
                       ("chromium", "#!/bin/sh\n")):
        (stubs / name).write_text(text, encoding="utf-8")
        (stubs / name).chmod(0o755)
    calls = tmp_path / "calls.txt"
    calls.touch()
    given = {k: v for k, v in os.environ.items() if k not in ("CI", "PYTHON")}
    given.update(PATH=f"{stubs}{os.pathsep}{os.environ['PATH']}", CALLS=str(calls),
                 TMPDIR=str(tmp_path), **env)  # its mktemp's list of packages: in tmp_path
    return subprocess.run(["bash", str(REPO / ".ci" / "run")], capture_output=True, text=True,
                          env=given, timeout=120, check=False, cwd=tmp_path)


def _ci_run(tmp_path: Path, **env: str) -> list[tuple[str, str]]:
    """.ci/run carried out, every step it asks of Python (and apt-get, should chromium or
    PostgreSQL seem missing) done by a stub that notes it: (CI as that step saw it, args)."""
    done = ci_run_with(tmp_path, STUB_PYTHON, **env)
    assert done.returncode == 0, done.stderr
    calls = tmp_path / "calls.txt"
    noted = [line.split("\t", 1) for line in calls.read_text(encoding="utf-8").splitlines()
             if not line.startswith("apt-get")]
    return [(ci, args) for ci, args in noted]


def _derandomised(ci: str) -> tuple[bool, bool]:
    """Whether tests/test_properties.py's examples are derandomised without CI, and with CI
    as given (one process, the module read again)."""
    env = sosbot_env()
    env.pop("CI", None)
    env["PYTHONPATH"] = os.pathsep.join((str(REPO), str(REPO / "tests"), env["PYTHONPATH"]))
    script = ("import importlib, os, sys; import test_properties as p; "
              "without = p.PROPERTY.derandomize; os.environ['CI'] = sys.argv[1]; "
              "print(without, importlib.reload(p).PROPERTY.derandomize)")
    done = subprocess.run([sys.executable, "-c", script, ci], capture_output=True, text=True,
                          env=env, timeout=120, check=True, cwd=REPO)
    without, given = done.stdout.split()
    return without == "True", given == "True"


def test_ci_runs_the_readme_test_command_after_the_checks_and_lists_the_slowest(
        tmp_path: Path) -> None:
    """README, "Test it": `.ci/run` runs the README's test command (its install, then the
    whole suite, listing the twenty slowest tests), after `ruff check .`, `mypy`, `bandit`
    and `pip-audit`. Run, with Python a stub that notes what it is asked to do."""
    install, test = (shlex.split(part)[1:] for part in SHELL[2].strip().split(" && "))
    calls = [args for _, args in _ci_run(tmp_path)]
    steps = [next(i for i, args in enumerate(calls) if args.startswith(start)) for start in (
        " ".join(install), "-m ruff check .", "-m mypy", "-m bandit", "-m pip_audit",
        " ".join(test))]
    assert steps == sorted(steps), calls
    assert calls[-1] == " ".join([*test, "--durations=20"]), calls  # the whole suite


def test_ci_runs_the_property_tests_derandomised(tmp_path: Path) -> None:
    """SECURITY.md, "Property tests": derandomised in CI. `.ci/run`, on a machine that sets
    no CI variable, gives the tests one, and with it tests/test_properties.py repeats the
    same examples; a CI variable the machine set is kept."""
    [(ci, _)] = [(ci, args) for ci, args in _ci_run(tmp_path) if "-m pytest" in args]
    assert ci != "<unset>"
    # outside CI the examples are random, as said; with what .ci/run sets, repeated
    assert _derandomised(ci) == (False, True)
    kept = tmp_path / "kept"
    kept.mkdir()
    assert [ci for ci, args in _ci_run(kept, CI="1") if "-m pytest" in args] == ["1"]


def _db_help(command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> str | None:
    """What `sosbot COMMAND --help` says of --db, on one line; None if it takes no --db."""
    with pytest.raises(SystemExit):
        cli.main([*command, "--help"])
    said = " ".join(capsys.readouterr().out.split())
    found = re.search(r"--db PATH (.*?)(?= -{1,2}[a-z]|$)", said)
    return found[1] if found else None


@pytest.mark.parametrize("command", [c for c in ALL_COMMANDS if c != ("keys", "new")],
                         ids=" ".join)
def test_the_db_option_says_a_database_url_comes_before_sosbot_db(
        command: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    """`--db PATH`'s help said "(default: SOSBOT_DB or sosbot.db)"; SOSBOT_DATABASE_URL, set,
    wins over SOSBOT_DB (the test below), so an operator who set both was sent to the wrong
    database by the help."""
    said = _db_help(command, capsys)
    if said is None:
        return
    assert "SOSBOT_DATABASE_URL" in said, said
    plain = re.search(r"SOSBOT_DB\b", said)
    assert plain is not None, said
    assert said.index("SOSBOT_DATABASE_URL") < plain.start(), said


def test_a_database_url_set_wins_over_sosbot_db_for_the_chat_and_purge(tmp_path: Path) -> None:
    """What the help says: with both set and no --db, `sosbot chat` and `sosbot purge` use
    SOSBOT_DATABASE_URL's database."""
    url_db, plain_db = tmp_path / "url.db", tmp_path / "plain.db"
    env = {"SOSBOT_DATABASE_URL": f"sqlite:///{url_db}", "SOSBOT_DB": str(plain_db)}
    made = sosbot_here("chat", "--flow", "reflection", input=piped("KB-1", "School or college"),
                       cwd=tmp_path, env=sosbot_env(**env))
    assert made.returncode == 0, made.stderr
    assert url_db.exists()
    assert not plain_db.exists()
    purged = sosbot_here("purge", cwd=tmp_path, env=sosbot_env(**env))
    assert purged.returncode == 0, purged.stderr
    assert "Erased 0 draft(s)" in purged.stdout


def _said_of(setting: str) -> str:
    """The comment .env.example gives `setting`, on one line."""
    text = (REPO / ".env.example").read_text(encoding="utf-8")
    above = text[:text.index(f"\n{setting}=")]
    return " ".join(line.lstrip("# ") for line in above[above.rindex("\n\n"):].splitlines())


def test_the_key_file_for_a_postgresql_database_is_made_in_the_working_folder(
        tmp_path: Path) -> None:
    """.env.example and SECURITY.md said the key file defaults to `sosbot.key` beside the
    database; a PostgreSQL database has no folder, and `sosbot keys new --write` makes it
    in the folder sosbot starts in (where `sosbot run` then reads it). Both now say so."""
    work = tmp_path / "work"
    work.mkdir()
    env = sosbot_env(SOSBOT_DATABASE_URL="postgresql://sosbot@127.0.0.1:9/sosbot")
    made = sosbot_here("keys", "new", "--write", cwd=work, env=env)
    assert made.returncode == 0, made.stderr
    assert [p.name for p in work.iterdir()] == ["sosbot.key"]
    assert stat.S_IMODE((work / "sosbot.key").stat().st_mode) == 0o600
    said = _said_of("SOSBOT_KEY_FILE")
    assert "sosbot.key beside the database" in said
    assert "the folder sosbot starts in for PostgreSQL" in said, said
    security = " ".join((REPO / "SECURITY.md").read_text(encoding="utf-8").split())
    assert "the folder sosbot starts in for PostgreSQL" in security


async def test_help_shows_at_every_question_and_a_question_mark_where_you_write(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """README, "Try it": `/help` on any question gives its prompts and an example; "?" does
    the same, at a question answered in your own words and, since the thirty-second pass, at
    one answered with a button too (it was read against the options there)."""
    reflection = flows["reflection"]
    role, happened = reflection.step("referrer_role"), reflection.step("what_happened")
    shown, draft = await at_the_terminal(store, reflection, "?", "/help", "1", "?",
                                         "Seen a bruise on her upper arm")
    assert " ".join(str(role.spec.help).split()) in " ".join(shown.split())
    assert " ".join(str(happened.spec.help).split()) in " ".join(shown.split())
    assert draft.answers[role.id] == "school"
    assert draft.answers[happened.id] == "Seen a bruise on her upper arm"
    said = " ".join(README.split())
    assert 'Type `/help` on any question for prompts and an example ("?" does the same, ' \
           'and so does a question such as "what does significant mean?" where the answer ' \
           "is a button)" in said


async def test_quit_before_any_draft_is_open_does_not_say_saved(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """README, "Try it": quit whenever you like with /quit, "quit" or "exit". Typed at the
    label's prompt (or the tool menu) nothing is open: the chat said "Saved. Run `sosbot chat`
    again to carry on" and the next chat had nothing to carry on. It now says what the end
    of input says there."""
    talk = Conversation(store, flows, surface="terminal")

    async def session(flow: str | None, *typed: str) -> str:
        out = io.StringIO()
        assert await Console(talk, out=out, read=typed_then_end(*typed)).run(flow) == 0
        return out.getvalue()

    for flow, typed in (("reflection", "quit"), (None, "exit"), (None, "/quit")):
        shown = await session(flow, typed)
        assert "Saved" not in shown
        assert "No draft is open. Run `sosbot chat` again to start or resume one." in shown
    assert await talk.drafts(CONSOLE_USER) == []
    shown = await session("reflection", "KB-1", "School or college", "quit")
    assert "Saved. Run `sosbot chat` again to carry on." in shown  # one was open
    shown = await session(None, "exit")  # at the drafts menu: there is one to carry on
    assert "Saved. Run `sosbot chat` again to carry on." in shown
    assert len(await talk.drafts(CONSOLE_USER)) == 1


def test_purge_help_says_the_erased_bytes_are_gone_on_sqlite_only(
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sosbot purge --help` said it clears the write-ahead log "so the erased bytes are
    gone", on any database; on PostgreSQL nothing is cleared (`checkpoint` is SQLite's), and
    the erased values may stay in its dead rows and WAL, readable until the data key is retired
    (tests/test_erasure.py counts them). The help now says which engine it is true of."""
    from storage.postgres import PostgresStore
    from storage.store import Store

    assert "checkpoint" in Store.__dict__  # SQLite's own: folds the WAL back
    assert "checkpoint" not in PostgresStore.__dict__  # the shared one, which does nothing
    with pytest.raises(SystemExit):
        cli.main(["purge", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "On SQLite it then clears the write-ahead log" in said, said
    assert "on PostgreSQL its dead rows and WAL may still hold them, readable with the data " \
           "key in use until it is retired" in said, said


def test_env_example_says_sosbot_invite_uses_the_token_for_its_link(tmp_path: Path) -> None:
    """.env.example said the token is "Needed for `sosbot run` only"; `sosbot invite` asks
    Telegram for the bot's name with it, to print the link, and without it prints only a
    `/start CODE` line for the colleague to type (tests/test_teams_invites.py has the link)."""
    done = sosbot_here("invite", "--db", str(tmp_path / "bot.db"), cwd=tmp_path,
                       env={"SOSBOT_DATA_KEY": KEY})
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("/start ")
    assert "No TELEGRAM_BOT_TOKEN, so no link" in done.stderr
    said = _said_of("TELEGRAM_BOT_TOKEN")
    assert "Needed for `sosbot run`, and by `sosbot invite` to print a link" in said, said
    assert "`sosbot chat` works without it" in said


def test_a_users_log_reference_is_twelve_hexadecimal_digits() -> None:
    """SECURITY.md, "Logs": user ids are replaced by a reference of 12 hexadecimal digits
    (the claims pass corrected "12-digit" and tested nothing; tests/test_leaks.py allows 10
    to 12)."""
    from bot import logs

    before = dict(logs._ref_key)
    logs.use_ref_key(b"k" * 32)
    try:
        refs = {logs.user_ref(user) for user in (1, 7, 2**40, 2**62)}
    finally:
        logs._ref_key.update(before)
    assert len(refs) == 4
    assert all(re.fullmatch(r"[0-9a-f]{12}", ref) for ref in refs), refs
    said = " ".join((REPO / "SECURITY.md").read_text(encoding="utf-8").split())
    assert "user ids are replaced by a reference of 12 hexadecimal digits" in said
