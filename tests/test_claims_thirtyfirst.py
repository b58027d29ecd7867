"""Claims in README.md, SECURITY.md and deploy/ that no test held until the thirty-first pass.

Each test names the sentence it pins: the partner's eight questions as the partner is shown
them, which end of every tool's scale is the safe one, the exit statuses the systemd unit
does or does not restart over, the serving lock `sosbot chat` holds on PostgreSQL, the
`--env-file` the README gives `sosbot keys`, step 2's `sosbot keys new --write` after trying
the chat, and the README's restore of a SQLite backup run as typed (the real CLI in-process,
real files in a temporary folder).
"""

from __future__ import annotations

import asyncio
import io
import re
import shlex
import shutil
import sqlite3
import stat
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from bot import cli
from flows.loader import load_flows
from storage.crypto import AesGcmSealer, key_file_text, new_key
from storage.store import Store
from tests.botapi_server import DEFAULT_TOKEN
from tests.postgres_server import PgCluster
from tests.processes import free_port
from tests.telegram_world import TEST_KEY
from tests.test_claims_thirtieth import DEPLOY_SECTION, _flat
from tests.test_deploy import UNIT
from tests.test_readme import README
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import PC, said_to, the_officer_opens_the_link

__all__ = ["bot"]  # the fixture

# --- README, "Start a team", step 8: the partner's questions ---------------------------------

HEADER = re.compile(r"Question (\d+) of (\d+)</b>")


async def test_a_partner_answers_the_eight_short_questions_the_readme_lists(bot: Bot) -> None:
    """README, step 8: the partner "answer[s] eight short questions (their service, already
    set to the one you chose, and role, their worries, what is working well, what needs to
    happen, their own number and why, and anything the child said to them)". Counted as the
    officer is shown them, a number given alone so that why is asked too."""
    listed = re.search(r"answer (\w+) short questions \((.*?)\)", _flat(README))
    assert listed is not None
    assert listed[1] == "eight"
    flow = load_flows()["contribution"]
    assert "Eight short questions" in (flow.spec.intro or "")
    await the_officer_opens_the_link(bot)  # the service asked, Police kept as the link set it
    for said in ("PC 4471, neighbourhood policing team",
                 "a cut to his hand and mum said he had punched the kitchen door",
                 "mum rang us herself this time and took LM to her sister's that night",
                 "Dad to stay away from the flat while on bail; I will send the bail "
                 "conditions to the social worker by Fri 11 Dec",
                 "3", "dad is on bail but has been seen outside the flat twice",
                 "daddy broke the door and i was scared"):
        await bot.say(said, user=PC)
    asked = [(int(n), int(of)) for text in said_to(bot, PC) for n, of in HEADER.findall(text)]
    assert {of for _, of in asked} == {8}
    assert sorted({n for n, _ in asked}) == list(range(1, 9))
    steps = [(step.title or step.id).casefold() for section in flow.spec.sections
             for step in section.steps]
    assert steps == ["service", "role", "worries", "what is working well",
                     "what needs to happen", "your number", "what the child has said"]
    named = listed[2].casefold()
    for word in ("service", "role", "worries", "working well", "what needs to happen",
                 "number", "why", "child said"):
        assert word in named, word


# --- README, opening: "In every tool 10 is the safe end of the scale" ------------------------

SAFE_END = ("safe", "secure", "living the life they want")
DANGER_END = ("danger", "not safe", "unsafe", "serious harm", "so worrying", "a long way",
              "live away", "somewhere else safe", "act today")


def test_in_every_tool_ten_is_the_safe_end_of_the_scale() -> None:
    """README: "In every tool 10 is the safe end of the scale." Each tool's scale (the
    partner's too) runs 0 to 10 with the safe end's words at 10 and the danger's at 0 (the
    two lines shown under every scale question), and a scale question's help that says what
    10 and 0 mean agrees."""
    assert "In every tool 10 is the safe end of the scale." in _flat(README)
    flows = load_flows()
    assert len(flows) == 9
    for flow in flows.values():
        for section in flow.spec.sections:
            for step in section.steps:
                if step.type != "scale":
                    continue
                scale = step.scale or flow.spec.scale
                where = f"{flow.id}.{step.id}"
                assert (scale.min, scale.max) == (0, 10), where
                assert any(word in scale.high.casefold() for word in SAFE_END), where
                assert not any(word in scale.high.casefold() for word in DANGER_END), where
                assert any(word in scale.low.casefold() for word in DANGER_END), where
                helped = " ".join((step.help or "").split()).casefold()
                ten = re.search(r"\b10 (?:means|is the safe end:) ([^;.]*)", helped)
                zero = re.search(r"\b0 means ([^;.]*)", helped)
                assert (ten is None) == (zero is None), where
                if ten is not None and zero is not None:
                    assert any(word in ten[1] for word in SAFE_END), where
                    assert any(word in zero[1] for word in DANGER_END), where


# --- deploy/sosbot@.service: RestartPreventExitStatus=2 ---------------------------------------

def _not_restarted() -> set[int]:
    held = re.search(r"^RestartPreventExitStatus=(.+)$", UNIT.read_text(encoding="utf-8"),
                     re.MULTILINE)
    assert held is not None
    return {int(status) for status in held[1].split()}


def _a_database_of_another_key(tmp_path: Path) -> dict[str, str]:
    db = tmp_path / "sosbot.db"

    async def made() -> None:
        async with await Store.open(db, sealer=AesGcmSealer([new_key("kother")])):
            pass

    asyncio.run(made())
    return {"SOSBOT_DB": str(db)}


CAUSES: dict[str, tuple[Callable[[Path], dict[str, str]], list[str], bool]] = {
    # cause: (its settings, the command's options, whether a restart can mend it)
    "no token, started with no terminal": (lambda _: {"TELEGRAM_BOT_TOKEN": ""}, [], False),
    "a port that is not a number": (lambda _: {
        "SOSBOT_PORT": "eighty", "SOSBOT_WEBHOOK_URL": "https://bot.council.example/updates",
        "SOSBOT_WEBHOOK_SECRET": "s" * 32}, ["--webhook"], False),
    "a key the database was not sealed with": (_a_database_of_another_key, [], True),
    "PostgreSQL out of reach": (lambda _: {
        "SOSBOT_DATABASE_URL": f"postgresql://sosbot:pw@127.0.0.1:{free_port()}/sosbot"},
        [], True),
}


@pytest.mark.parametrize("cause", list(CAUSES))
def test_the_unit_restarts_over_what_a_restart_can_mend_and_only_that(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str], cause: str) -> None:
    """deploy/sosbot@.service: "Exit status 2 is a setting that is missing or malformed
    (TELEGRAM_BOT_TOKEN unset, a port that is not a number): starting again cannot mend it,
    so the unit stays failed", beside `Restart=on-failure`. The other failures must not exit
    2: the database out of reach at boot, or an instance that read the key file just before
    `keys rotate` wrote the new key ("systemd starts it again, reading the key file anew",
    CHANGELOG), each mended by the restart the unit would then never make."""
    settings, options, mended = CAUSES[cause]
    for name, value in {"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "SOSBOT_DATA_KEY": TEST_KEY,
                        "SOSBOT_API_ROOT": f"http://127.0.0.1:{free_port()}",
                        **settings(tmp_path)}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr("sys.stdin", io.StringIO())  # started by systemd: no terminal
    status = cli.main(["run", *options])
    [line] = capsys.readouterr().err.splitlines()
    assert status != 0, line
    assert (status not in _not_restarted()) == mended, (status, line)


# --- SECURITY.md: the serving lock `sosbot chat` holds on PostgreSQL ---------------------------

def test_keys_rotate_is_refused_beside_a_terminal_chat_on_postgresql(
        pg_cluster: PgCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """SECURITY.md: "Each instance (`sosbot run`, `sosbot chat`) holds a shared advisory lock
    while it serves, and `sosbot keys rotate` is refused in one line while any does".
    tests/test_deploy_thirtyfirst.py holds it beside the webhook; here `sosbot chat`, open at
    its menu, is the instance."""
    keys = tmp_path / "sosbot.key"
    keys.write_text(key_file_text([new_key("kfirst")]))
    keys.chmod(0o600)
    before = keys.read_text()
    monkeypatch.setenv("SOSBOT_DATABASE_URL", pg_cluster.new_database())
    monkeypatch.setenv("SOSBOT_KEY_FILE", str(keys))
    rotated: list[int] = []

    def at_the_menu(*_: object) -> str:  # the practitioner's line, read while the chat waits
        beside = threading.Thread(target=lambda: rotated.append(cli.main(["keys", "rotate"])))
        beside.start()
        beside.join(60)
        return "/quit\n"

    monkeypatch.setattr("bot.console.read_stdin", at_the_menu)
    cli.main(["chat"])
    refused = [line for line in capsys.readouterr().err.splitlines()
               if "sosbot is running on this database" in line]
    assert rotated == [1]
    assert len(refused) == 1, refused
    assert "Nothing was rotated" in refused[0]
    assert keys.read_text() == before
    assert cli.main(["keys", "rotate"]) == 0  # the chat closed: nothing holds it now
    assert keys.read_text() != before


# --- README step 6: "`sosbot keys` takes `--env-file` too" ------------------------------------

def test_each_keys_action_the_readme_gives_env_file_takes_it(tmp_path: Path) -> None:
    """README, step 6: the `sosbot keys` actions said to take `--env-file` (the bot's
    settings on a council's server) each take it (`keys new --write` too, since the forty-ninth
    pass: the invite's hint gives it the settings file; step 3 types it as the service user,
    with `--db`)."""
    said = re.search(r"`sosbot keys ([\w|]+)` takes? `--env-file`", _flat(README))
    assert said is not None
    env = tmp_path / "main.env"
    for action in said[1].split("|"):
        options = ["ID"] if action == "retire" else []
        args = cli._parser().parse_args(["keys", action, *options, "--env-file", str(env)])
        assert args.env_file == env, action


# --- README, "Use it in Telegram", step 2, after "Try it" --------------------------------------

def test_keys_new_after_trying_the_chat_says_the_chats_key_is_the_one_used(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """README: "Try it" (`sosbot chat`, which makes `sosbot.key` on first use), then "Use it
    in Telegram", step 2: "`sosbot keys new --write` (writes `sosbot.key`, mode 600; where
    `sosbot chat` made one already, it says so and that one is used)". It said only "The key
    file sosbot.key already exists; `sosbot keys rotate` adds a new key to it.", with exit
    status 1, as if a rotation were the newcomer's next step."""
    assert "where `sosbot run` or `sosbot chat` made one already, it says so and that one is " \
        "used" in _flat(README)
    monkeypatch.setattr("sys.stdin", io.StringIO("KB-1\nSchool or college\n"))
    assert cli.main(["chat", "--flow", "reflection"]) == 0
    key = (tmp_path / "sosbot.key").read_bytes()
    capsys.readouterr()
    assert cli.main(["keys", "new", "--write"]) == 0  # the chat's key kept: `&&` goes on
    [line] = capsys.readouterr().out.splitlines()
    assert "already exists (`sosbot chat` makes one on first use)" in line, line
    assert "sosbot uses it as it is: nothing was written" in line, line
    assert (tmp_path / "sosbot.key").read_bytes() == key
    assert cli.main(["export", "KB-1", "-o", "kb-1.txt"]) == 0  # opened with that key


# --- README, "Backups": a SQLite backup restored as the README says ---------------------------

class KilledAtTheEnd(io.StringIO):
    """Answers piped to `sosbot chat`; at their end the database's -wal and -shm are kept as
    they are then, the chat still open, as `kill -9` of the bot would leave them."""

    def __init__(self, text: str, db: Path) -> None:
        super().__init__(text)
        self.db = db
        self.left: dict[str, bytes] = {}

    def readline(self, size: int | None = -1, /) -> str:
        line = super().readline(size)
        if not line and not self.left:
            self.left = {end: Path(f"{self.db}{end}").read_bytes() for end in ("-wal", "-shm")}
        return line


def test_the_readmes_restore_gives_back_the_backup_private_beside_its_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """README: "To restore a SQLite backup, stop the bot, remove any `sosbot.db-wal` and
    `sosbot.db-shm` beside the database (they belong to the file being replaced: left there,
    SQLite reads their changes into the copy), and put the copy back as the service user's
    own, private: `install -o sosbot -g sosbot -m 600 /backups/sosbot.db
    /var/lib/sosbot/sosbot.db`". Run as typed (owned by the user running the test), over a
    database that went on after the backup and whose bot was killed, its log left beside it;
    and once with that log left, to hold the reason given."""
    var, backups = tmp_path / "var" / "lib" / "sosbot", tmp_path / "backups"
    var.mkdir(parents=True)
    backups.mkdir()
    live = var / "sosbot.db"

    def chat(label: str) -> KilledAtTheEnd:
        typed = KilledAtTheEnd(f"{label}\nSchool or college\n", live)
        monkeypatch.setattr("sys.stdin", typed)
        assert cli.main(["chat", "--flow", "reflection", "--db", str(live)]) == 0
        return typed

    chat("KB-1")
    with sqlite3.connect(live) as source, sqlite3.connect(backups / "sosbot.db") as copy:
        source.backup(copy)  # what `sqlite3 ... ".backup ..."` does (tests/test_claims_25th)
    source.close()
    copy.close()
    left = chat("KB-2").left  # the bot killed after KB-2: its log stays beside the database
    assert left["-wal"], "KB-2 is in the log, not yet in the database file"
    for end, data in left.items():
        Path(f"{live}{end}").write_bytes(data)

    steps = _flat(DEPLOY_SECTION)
    restore = re.search(r"`(install -o sosbot -g sosbot -m 600 /backups/\S+ \S+)`", steps)
    assert restore is not None
    assert "remove any `sosbot.db-wal` and `sosbot.db-shm` beside the database (they belong " \
        "to the file being replaced: left there, SQLite reads their changes into the copy)" \
        in steps
    shutil.copytree(var, tmp_path / "log-left")

    def install(into: Path) -> None:
        words = shlex.split(restore[1].replace("/backups", str(backups))
                            .replace("/var/lib/sosbot", str(into)))
        del words[1:5]  # -o sosbot -g sosbot: the user running the test owns it here
        subprocess.run(words, check=True, timeout=60)

    def exported(folder: Path, label: str) -> int:
        return cli.main(["export", label, "--db", str(folder / "sosbot.db"), "-o",
                         str(tmp_path / f"{folder.name}-{label}.txt")])

    install(tmp_path / "log-left")  # the log not removed: KB-2 read back in
    assert exported(tmp_path / "log-left", "KB-2") == 0

    for end in left:  # as the README says
        Path(f"{live}{end}").unlink()
    install(var)
    assert stat.S_IMODE(live.stat().st_mode) == 0o600
    assert exported(var, "KB-1") == 0
    assert "School or college" in (tmp_path / "sosbot-KB-1.txt").read_text(encoding="utf-8")
    assert exported(var, "KB-2") != 0
