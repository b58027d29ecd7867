"""Claims in README.md and SECURITY.md that no test held until the thirtieth claims pass.

Each test names the sentence it pins. They read the documents as a newcomer or an operator
would and hold them to the parts that make them true: the command table the phone's menu is
set from, the flow schema the loader reads, the interval at which the running bot asks
Telegram whether its token still holds, and the deployment steps run as typed (the real CLI
in-process, in a temporary folder standing for the server's).
"""

from __future__ import annotations

import fcntl
import inspect
import io
import os
import re
import shlex
import shutil
import stat
import subprocess
import typing
from collections.abc import Mapping
from pathlib import Path

import pytest
from pydantic import BaseModel

from bot import cli
from bot.app import TOKEN_CHECK, serve, started
from bot.config import load_settings
from bot.keys import require_key
from flows import schema
from flows.commands import MENU
from flows.conditions import _FUNCTIONS
from flows.flow import Flow
from tests.conftest import sosbot_command, sosbot_env
from tests.test_deploy import ENV_EXAMPLE, env_values
from tests.test_input_model import STRANGER, running
from tests.test_readme import README
from tests.test_telegram_e2e import rows

FLOW_SECTION = README[README.index("## Write a flow"):README.index("## Deploy for a council")]
DEPLOY_SECTION = README[README.index("## Deploy for a council"):README.index("## Benchmark")]


def _flat(text: str) -> str:
    """Markdown text as one line: a sentence wrapped over several lines read whole."""
    return " ".join(text.split())


# --- README, "On the phone": the menu ----------------------------------------------------------

def test_the_phone_menu_is_the_list_the_readme_gives() -> None:
    """README: "The menu lists `/new`, `/resume`, ... `/privacy` and `/about`" (beside
    `/start`, which the paragraph opens with). The phone's menu is set from `MENU`
    (`bot.app.set_commands`); the end-to-end test checks only some of its names."""
    listed = re.search(r"The menu lists (.*?)`/about`", README, re.S)
    assert listed is not None
    names = re.findall(r"`/(\w+)`", listed[0])
    assert ["start", *names] == [name for name, _ in MENU]


# --- README, "Write a flow" ----------------------------------------------------------------------

def _yaml_comment(after: str, lines: int = 1) -> str:
    """The comments of the README's example flow on the line holding `after` and the next
    `lines - 1` lines, as one text."""
    block = FLOW_SECTION[FLOW_SECTION.index(after):].splitlines()[:lines]
    return " ".join(line.split("#", 1)[1] for line in block)


def test_the_flow_section_names_each_step_type_column_check_and_condition_the_loader_takes(
        ) -> None:
    """README, "Write a flow": the step types and columns in the example's comments, the
    checks under `checks:`, and `answered(step)`, `named(step)`, `excepts(step)` and
    `count(step)` are exactly what the flow schema and the condition language take."""
    types = _yaml_comment("type: choice").split("|")
    assert [t.strip() for t in types] == list(typing.get_args(schema.StepType))
    columns = re.sub(r"\([^)]*\)", "", _yaml_comment("column: record", 2)).split("|")
    assert [c.strip() for c in columns] == list(typing.get_args(schema.ColumnKey))
    checks = re.search(r"`checks:` \(which nudges apply: (.*?)\)", FLOW_SECTION, re.S)
    assert checks is not None
    assert re.findall(r"`(\w+)`", checks[1]) == list(typing.get_args(schema.CheckName))
    assert set(re.findall(r"`(\w+)\(step\)`", FLOW_SECTION)) == set(_FUNCTIONS)


def test_every_field_the_flow_section_names_is_one_the_loader_reads() -> None:
    """README, "Write a flow": "Also available: `choices:` ..., `repeat:` ..., `draft:` ...,
    `takes_from:` ..., `carries:` ..., `shares_child_words_when:`": each is a field of the
    flow schema (a renamed field would leave the README naming one the loader refuses)."""
    fields = {name for model in vars(schema).values()
              if isinstance(model, type) and issubclass(model, BaseModel)
              for name, field in model.model_fields.items()
              for name in (name, field.alias) if name}
    named = set(re.findall(r"`(\w+):`", FLOW_SECTION))
    assert {"repeat", "takes_from", "carries", "shares_child_words_when"} <= named
    assert named - fields == set()


# --- README, "Use it in Telegram", step 4: a revoked token -------------------------------------

def test_a_running_bot_asks_telegram_about_its_token_at_least_every_five_minutes() -> None:
    """README: "A token revoked while it runs stops it the same way within five minutes".
    tests/test_run_faults.py revokes one with the check every 0.2 s; this holds the interval
    the running bot (polling and webhook alike, both through `started`) uses."""
    assert "within five minutes" in _flat(README)
    assert 0 < TOKEN_CHECK <= 5 * 60
    for run in (started, serve):
        assert inspect.signature(run).parameters["token_check"].default == TOKEN_CHECK


# --- SECURITY.md, "Abuse and input limits": a stranger stores nothing ---------------------------

async def test_a_strangers_messages_presses_and_made_up_links_leave_no_row_in_any_table(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """SECURITY.md: "a stranger's messages are not stored ... no row in any table", and an
    "expired, used, withdrawn or made-up code gets one polite line and stores nothing".
    tests/test_input_model.py counted four tables; here every table the database has."""
    async with running(flows, tmp_path / "bot.db") as bot:
        before = rows(bot.db)
        assert set(before) >= {"drafts", "answers", "sessions", "handled_updates", "members",
                               "invites", "user_keys", "former_members", "shares"}
        for n in range(12):
            if n % 4 == 3:
                await bot.tap("n:reflection", STRANGER)
            else:
                await bot.say(f"message {n} from KB-12", STRANGER)
        await bot.say("/start " + "x" * 32, STRANGER)  # a made-up invite code
        await bot.say("/delete", STRANGER)
        assert bot.texts(), "the stranger was told something"
        assert rows(bot.db) == before


# --- README, "Deploy for a council", steps 1 to 3 on a fresh server -----------------------------

def _step(number: int) -> str:
    """The text of a numbered step of the README's deployment section, on one line."""
    found = re.search(rf"^{number}\. (.*?)(?=^\d+\. |^\S)", DEPLOY_SECTION, re.S | re.M)
    assert found is not None, number
    return _flat(found[1])


def test_the_deploy_steps_make_the_key_the_service_opens_whatever_folder_they_are_typed_in(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README, "Deploy for a council": step 1 makes the service's folder, step 3 makes the
    key "as the service user" there. Step 3 used to leave the database to the folder it was
    typed in (`sosbot.db` there), which the service user may not write or even read (root's
    home): refused, or a traceback, on a fresh server. Now it names main.env's database
    itself, and the key it writes is the one the service, reading main.env, opens."""
    state = "/var/lib/sosbot"
    server = tmp_path / "server"
    here = server / state.lstrip("/")

    def on_server(text: str) -> str:
        return text.replace(state, str(here))

    made = re.search(r"install -d -o sosbot -g sosbot -m 700 (\S+?)`", _step(1))
    assert made is not None, "step 1 makes the service's folder"
    assert made[1] == state
    here.mkdir(parents=True, mode=0o700)
    command = re.search(r"`((?:cd \S+ && )?sudo -u sosbot .*?)`", _step(3))
    assert command is not None
    words = shlex.split(on_server(command[1]))
    if words[0] == "cd":
        monkeypatch.chdir(words[1])
        words = words[3:]
    assert words[:3] == ["sudo", "-u", "sosbot"]
    assert words[3] == "/opt/sosbot/venv/bin/sosbot"
    service = {name: on_server(value) for name, value in env_values(ENV_EXAMPLE).items()
               if value}
    assert ["--db", service["SOSBOT_DB"]] == words[-2:], \
        "step 3 names the database main.env names, not one in the folder it is typed in"
    assert cli.main(words[4:]) == 0
    key = Path(service["SOSBOT_KEY_FILE"])
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert sorted(p.name for p in here.iterdir()) == [key.name]
    monkeypatch.chdir(tmp_path)  # systemd starts the service in its WorkingDirectory
    sealer = require_key(load_settings(_env_file=None, **service))
    assert sealer.keys[0].line() in key.read_text(encoding="utf-8")


@pytest.mark.parametrize("shut", ["the folder", "its .env"])
def test_a_command_typed_where_the_user_may_not_read_says_so_in_one_line(
        tmp_path: Path, shut: str) -> None:
    """Found with the deployment steps: `sudo -u sosbot ... sosbot keys new --write` typed in
    root's home (which the service user may not look in), or in a folder holding root's own
    `.env`, ended in a PermissionError traceback about `.env`, from every sosbot command. Now
    one line says why and what to do, and nothing is made. Run as a user without root's
    powers (as root, with them dropped)."""
    folder = tmp_path / "roots-home"
    folder.mkdir()
    (folder / ".env").write_text("SOSBOT_DRAFT_DAYS=7\n", encoding="utf-8")
    drop: list[str] = []
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, and setpriv (to drop root's powers) is missing")
        drop = [setpriv, "--bounding-set=-all", "--inh-caps=-all"]
    target = "." if shut == "the folder" else ".env"
    closed = ["sh", "-c", f'chmod 0 {target} && exec "$@"', "sh"]  # no one may read it
    try:
        done = subprocess.run([*closed, *drop, *sosbot_command(
            "keys", "new", "--write", "--db", str(tmp_path / "k" / "s.db"))],
            capture_output=True, text=True, cwd=folder, env=sosbot_env(), timeout=120,
            check=False)
    finally:
        folder.chmod(0o700)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith("sosbot: .env: this user may not "), line
    if shut == "the folder":
        assert str(folder) in line, line
        assert "`cd` to a folder it can read" in line, line
    else:
        assert "(chown)" in line, line
    assert not (tmp_path / "k").exists()


# --- SECURITY.md, "One database, one bot": export reads beside a running one ------------------

def test_export_reads_beside_a_running_sosbot_and_purge_is_refused_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SECURITY.md: a second `sosbot run` or `chat` (or `purge`, ...) "is refused in one line",
    and "`sosbot export` and `sosbot keys list` only read, and work beside a running bot"
    (`keys list` is tested beside the real bot in tests/test_startup_storage.py; export was
    not). The running sosbot's lock is taken here as another process takes it: its own
    `flock` on the database file."""
    monkeypatch.setattr("sys.stdin", io.StringIO("KB-1\nSchool or college\n"))
    assert cli.main(["chat", "--flow", "reflection", "--db", "c.db"]) == 0
    held = os.open("c.db", os.O_RDONLY)
    try:
        fcntl.flock(held, fcntl.LOCK_EX | fcntl.LOCK_NB)  # `sosbot run` on it, as it were
        capsys.readouterr()
        assert cli.main(["export", "kb-1", "--db", "c.db", "-o", "kb-1.txt"]) == 0
        assert (tmp_path / "kb-1.txt").read_text(encoding="utf-8").startswith(
            "PRE-REFERRAL REFLECTION: KB-1\n")
        capsys.readouterr()
        assert cli.main(["purge", "--db", "c.db"]) != 0
        [line] = capsys.readouterr().err.splitlines()
        assert "is in use by another sosbot process" in line
    finally:
        os.close(held)
