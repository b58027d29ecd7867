"""Start-up refusals about the database, through the real `sosbot` process: one line each.

A second bot on one SQLite file, a data key that did not seal the database, a database that
cannot be written: each is refused before any practitioner meets it, in one line naming the
cause, and the running bot (if any) carries on untouched.
"""

from __future__ import annotations

import asyncio
import base64
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from storage.crypto import AesGcmSealer, parse_keys
from storage.store import Store
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.conftest import run_sosbot, sosbot_env
from tests.processes import HANG_GUARD, sosbot_child
from tests.telegram_world import PRACTITIONER, TEST_KEY, run_env

OTHER_KEY = "ktest:" + base64.b64encode(bytes(range(100, 132))).decode()
OTHER_ID_KEY = "kother:" + base64.b64encode(bytes(range(100, 132))).decode()
NOWHERE = "http://127.0.0.1:9"  # nothing listens: a refusal must come before Telegram


def bot_env(db: Path, root: str = NOWHERE, key: str = TEST_KEY) -> dict[str, str]:
    return run_env(db, root, SOSBOT_DATA_KEY=key)


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a refusal prints, after checking it is one line and a failure."""
    assert result.returncode != 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert DEFAULT_TOKEN.split(":")[1] not in result.stderr + result.stdout
    return lines[0]


@asynccontextmanager
async def running_bot(db: Path, server: BotApiServer) -> AsyncIterator[asyncio.subprocess.Process]:
    async with sosbot_child("run", cwd=db.parent, env=bot_env(db, server.root)) as child:
        await server.wait_for(lambda: server.calls_to("getUpdates"), timeout=HANG_GUARD)
        yield child


async def _sealed_database(db: Path, key: str = TEST_KEY) -> None:
    """A database holding one practitioner's draft, sealed with `key`."""
    from flows.draft import Draft

    sealer = AesGcmSealer(parse_keys(key, "test key"))
    async with await Store.open(db, sealer=sealer) as store:
        draft = Draft(id="d1", user_id=PRACTITIONER, flow_id="reflection", flow_version=1,
                      label="TB-7")
        draft.answers["what"] = "an answer that must stay readable"
        await store.save(draft, ["what"], new=True)


@pytest.mark.e2e
async def test_a_second_bot_on_the_same_database_is_refused_in_one_line(tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    async with BotApiServer() as server, running_bot(db, server) as first:
        second = await asyncio.to_thread(run_sosbot, "run", cwd=tmp_path,
                                         env=bot_env(db, server.root))
        line = one_line(second)
        assert "in use by another sosbot process" in line
        assert str(db) in line
        chat = await asyncio.to_thread(run_sosbot, "chat", "--db", str(db), input="",
                                       cwd=tmp_path, env={"SOSBOT_DATA_KEY": TEST_KEY})
        assert "in use by another sosbot process" in one_line(chat)

        server.send_command(PRACTITIONER, "start")  # the first bot still answers
        await server.wait_for(lambda: server.chat(PRACTITIONER), timeout=HANG_GUARD)
        first.send_signal(signal.SIGKILL)  # a crash leaves no lock behind
        await first.wait()
    purged = await asyncio.to_thread(run_sosbot, "purge", "--db", str(db), cwd=tmp_path)
    assert purged.returncode == 0, purged.stderr
    assert "Erased 0 draft(s)" in purged.stdout


@pytest.mark.e2e
async def test_maintenance_commands_wait_for_the_bot_but_export_and_keys_list_read_beside_it(
        tmp_path: Path) -> None:
    db = tmp_path / "bot.db"
    await _sealed_database(db)
    async with BotApiServer() as server, running_bot(db, server):
        for args in (("purge",), ("keys", "rotate"), ("keys", "encrypt")):
            result = await asyncio.to_thread(run_sosbot, *args, "--db", str(db), cwd=tmp_path,
                                             env={"SOSBOT_DATA_KEY": TEST_KEY})
            assert "in use by another sosbot process" in one_line(result), args
        listed = await asyncio.to_thread(run_sosbot, "keys", "list", "--db", str(db),
                                         cwd=tmp_path, env={"SOSBOT_DATA_KEY": TEST_KEY})
        assert listed.returncode == 0, listed.stderr
        assert listed.stdout.startswith("ktest (current)")


@pytest.mark.parametrize("key", [OTHER_KEY, OTHER_ID_KEY], ids=["same-id", "other-id"])
async def test_a_data_key_that_did_not_seal_the_database_is_refused_at_start_up(
        tmp_path: Path, key: str) -> None:
    db = tmp_path / "bot.db"
    await _sealed_database(db)
    before = db.read_bytes()
    for args in (("run",), ("chat", "--db", str(db))):
        result = await asyncio.to_thread(run_sosbot, *args, input="", cwd=tmp_path,
                                         env=bot_env(db, key=key))
        line = one_line(result)
        assert "The data key does not fit the database" in line, args
        assert "SOSBOT_DATA_KEY" in line
        assert "ktest" in line
    assert db.read_bytes() == before
    right = await asyncio.to_thread(run_sosbot, "keys", "list", "--db", str(db), cwd=tmp_path,
                                    env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert right.returncode == 0, right.stderr


async def test_a_database_from_before_the_key_check_is_checked_against_a_stored_value(
        tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "bot.db"
    await _sealed_database(db)
    with sqlite3.connect(db) as conn:  # as a sosbot from before the check left it
        conn.execute("DELETE FROM meta")
    conn.close()
    result = await asyncio.to_thread(run_sosbot, "chat", "--db", str(db), input="",
                                     cwd=tmp_path, env={"SOSBOT_DATA_KEY": OTHER_ID_KEY})
    assert "The data key does not fit the database" in one_line(result)


def _read_only_command(folder: Path, *args: str) -> list[str]:
    """`sosbot ARGS` in a process that sees `folder` read-only, as an operator's mount would."""
    command = [sys.executable, "-m", "bot.cli", *args]
    if os.geteuid() != 0:
        folder.chmod(0o555)
        (folder / "bot.db").chmod(0o444)
        return command
    if shutil.which("unshare") is None or subprocess.run(
            ["unshare", "-m", "true"], capture_output=True, check=False).returncode != 0:
        pytest.skip("as root, only a read-only mount makes a file read-only, and this machine "
                    "cannot make one (unshare -m is not allowed)")
    script = (f'mount --bind "{folder}" "{folder}" && mount -o remount,ro,bind "{folder}" '
              '&& exec "$@"')
    return ["unshare", "-m", "sh", "-c", script, "sh", *command]


@pytest.mark.parametrize("args", [("run",), ("chat",)])
def test_a_read_only_database_is_reported_as_read_only_not_damaged(
        tmp_path: Path, args: tuple[str, ...]) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "bot.db"
    asyncio.run(_sealed_database(db))
    env = sosbot_env(**bot_env(db))
    result = subprocess.run(_read_only_command(folder, *args, *(
        ["--db", str(db)] if args == ("chat",) else [])), input="", capture_output=True,
        text=True, cwd=tmp_path, env=env, timeout=HANG_GUARD, check=False)
    folder.chmod(0o755)
    line = one_line(result)
    assert f"The database {db} is read-only" in line
    assert "damaged" not in line


@pytest.mark.parametrize("args", [("chat",), ("export", "TB-7"), ("keys", "list"), ("purge",),
                                  ("keys", "rotate")])
@pytest.mark.parametrize("made_by", ["another program's tables", "no SQLite at all"])
def test_another_programs_file_without_a_key_is_named_as_not_a_sosbot_database(
        tmp_path: Path, args: tuple[str, ...], made_by: str) -> None:
    db = tmp_path / "notes.db"
    if made_by == "no SQLite at all":
        db.write_bytes(b"My shopping list: eggs, milk, bread.\n" * 200)
    else:
        with sqlite3.connect(db) as conn:
            conn.execute("CREATE TABLE notes (body TEXT)")
    before = db.read_bytes()
    result = run_sosbot(*args, "--db", str(db), input="", cwd=tmp_path)
    line = one_line(result)
    assert f"The database {db} " in line
    assert "not a sosbot database" in line
    assert "key" not in line
    assert db.read_bytes() == before
    assert not (tmp_path / "sosbot.key").exists()
