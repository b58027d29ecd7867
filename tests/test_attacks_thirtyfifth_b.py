"""The thirty-fifth round of attacks, second part: the real `sosbot run --webhook` process
posted to as Telegram and as something that is not Telegram. Each test of a defect failed
on the code as it was."""

from __future__ import annotations

import asyncio
import io
import resource
import signal
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import aiohttp
import pytest

from tests.botapi_server import BotApiServer
from tests.conftest import sosbot_command, sosbot_env
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, free_port, kill, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, TEST_KEY, run_env
from tests.terminal import exported
from tests.test_webhook import SECRET, Instance, open_a_draft, post_head, stored_answers

pytestmark = pytest.mark.e2e


async def stalled_post(port: int, secret: str
                       ) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """A post whose head says 500 bytes follow and whose body stops after a few: a sender
    gone quiet, or one holding the connection on purpose."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(post_head(500).replace(SECRET.encode(), secret.encode())
                 + b'{"update_id": 1, "message": {"text": "Mum said')
    await writer.drain()
    return reader, writer


async def test_posts_that_never_finish_do_not_hold_up_a_stop_and_name_no_content(
        tmp_path: Path) -> None:
    """`systemctl stop` (or a restart for an upgrade) waited 31 seconds for a post whose
    body never came with the right secret, and 10 for one with a wrong secret, while every
    practitioner's message waited at Telegram; the log said nothing of why. Now the bot
    stops at once, and says in one line, naming nothing the post held, that it dropped it;
    while it runs, a post whose body has not come within 10 seconds is dropped alike (503:
    were it Telegram's, it would be sent again). Told by the bot's own timers, not by a
    clock: the post still coming is dropped because the bot is stopping, not when its
    seconds are up, and a refused post's rest is read for a second, so the one refused
    just after the first stalled post began lets go before that post's seconds end (it held
    on for 10 seconds more, aiohttp's lingering, which a stop waited out). The bot waits
    SOSBOT_WEBHOOK_BODY_SECONDS for a body (10 unless set): 5 here, and the log says so."""
    db = tmp_path / "bot.db"
    async with BotApiServer() as server:
        bot = Instance(server, db, free_port(), extra={"SOSBOT_WEBHOOK_BODY_SECONDS": "5"})
        await bot.start()
        try:
            quiet, held = await stalled_post(bot.port, SECRET)
            refused, refused_held = await stalled_post(bot.port, "wrong")
            let_go = asyncio.ensure_future(refused.read())  # the 403, then the end
            await open_a_draft(bot)  # the practitioner is served meanwhile
            answer = server.take_update(server.send_text(PRACTITIONER, "school"))
            assert await bot.post(answer) == 200
            assert await bot.post(answer) == 200  # Telegram's resend: stored once
            status = await asyncio.wait_for(quiet.readline(), HANG_GUARD)
            assert status.split()[1] == b"503"
            assert let_go.done(), "a refused post was held on to as long as a stalled one"
            assert b" 403 " in let_go.result().split(b"\r\n", 1)[0]
            stalled = [held, refused_held] + [(await stalled_post(bot.port, secret))[1]
                                              for secret in (SECRET, "wrong")]
            await asyncio.sleep(0.5)  # the stalled posts are being read
            assert await bot.stop() == 0
        finally:
            await bot.kill()
        for writer in stalled:
            writer.close()
    [answers] = await stored_answers(db)
    assert list(answers.values()).count("school") == 1
    dropped = [line for line in bot.stderr.splitlines() if "did not arrive whole" in line]
    assert [line.split("(")[1].split(")")[0] for line in dropped] == [
        "not within 5 s", "the bot is stopping"], bot.stderr
    assert "Mum" not in bot.stderr
    assert "Traceback" not in bot.stderr


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
async def test_a_chat_fed_by_a_pipe_stopped_by_a_signal_keeps_the_answer_and_says_so_once(
        tmp_path: Path, sig: signal.Signals) -> None:
    """README, "Try it": `kill` it too, and it says in one line that the answers so far are
    saved, and exits with status 128 plus the signal's number (held here for answers piped
    in from a script that stays open, as a practitioner's is while they type)."""
    db = tmp_path / "c.db"
    async with sosbot_child("chat", "--flow", "reflection", "--db", str(db), cwd=tmp_path,
                            env={}, stdin=asyncio.subprocess.PIPE) as child:
        assert child.stdin is not None
        assert child.stdout is not None
        child.stdin.write(b"KB-1\n2\nSeen a bruise on her arm\n")
        await child.stdin.drain()
        shown = b""
        while b"Question 3" not in shown:
            shown += await asyncio.wait_for(child.stdout.read(4096), HANG_GUARD)
        said = await stop(child, sig)
    assert child.returncode == 128 + sig
    [line] = [said_line for said_line in said.splitlines() if "stopped" in said_line]
    assert f"stopped ({sig.name}) after line 3" in line
    assert "answers up to it are saved" in line
    assert "Seen a bruise on her arm" in exported(db, "KB-1")


def _file_size_limit(size: int) -> Callable[[], None]:
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (size, resource.RLIM_INFINITY))


async def test_a_file_size_limit_at_start_is_named_not_blamed_on_the_disk(
        tmp_path: Path) -> None:
    """`sosbot run` under a file size limit smaller than its database (`ulimit -f` in the
    shell it was started from, or LimitFSIZE= in a systemd unit) refused to start with
    "the disk reported an error; check the disk": the operator checked a sound disk. The
    line names the limit, and the database is left as it was."""
    db = tmp_path / "bot.db"
    made = await asyncio.to_thread(sosbot_here, "chat", "--db", str(db), input="",
                                   env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert made.returncode == 0, made.stderr
    before = db.read_bytes()
    async with BotApiServer() as server:
        child = await asyncio.create_subprocess_exec(
            *sosbot_command("run"), cwd=tmp_path, env=sosbot_env(**run_env(db, server.root)),
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE,
            preexec_fn=_file_size_limit(20_000))
        try:
            _, said = await asyncio.wait_for(child.communicate(), HANG_GUARD)
        finally:
            await kill(child)
    [line] = said.decode().strip().splitlines()
    assert child.returncode == 1
    assert str(db) in line
    assert "file size limit (20000 bytes" in line
    assert "ulimit -f" in line
    assert "LimitFSIZE=" in line
    assert db.read_bytes() == before


def _resident_kib(pid: int) -> int:
    status = Path(f"/proc/{pid}/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0])


async def test_posts_too_large_are_refused_unread_and_said_in_one_line_each(
        tmp_path: Path) -> None:
    """A post over 1 MB (a proxy without nginx's limit, or someone holding the secret) got
    413 and nothing in the log: the operator never heard of it. Each is one line naming
    its size limit and nothing it held; 100 MB, sent with or without its length, is not
    read into memory; the next real update is answered as usual."""
    words = b"Mum said he hit her "
    async with BotApiServer() as server:
        bot = Instance(server, tmp_path / "bot.db", free_port())
        await bot.start()
        try:
            assert bot.child is not None
            resident = _resident_kib(bot.child.pid)
            given = b'{"update_id": 1, "message": {"text": "' + words * 60_000 + b'"}}'

            async def chunks() -> AsyncIterator[bytes]:
                for _ in range(100):
                    yield words * 52_429  # about 1 MB a chunk, no length said
            headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
            for body in (io.BytesIO(given), chunks()):
                async with aiohttp.ClientSession() as session, session.post(
                        bot.url, data=body, headers=headers) as response:
                    assert response.status == 413
            assert _resident_kib(bot.child.pid) - resident < 30_000
            await open_a_draft(bot)
            assert await bot.stop() == 0
        finally:
            await bot.kill()
    refused = [line for line in bot.stderr.splitlines() if "over 1 MB" in line]
    assert len(refused) == 2, bot.stderr
    assert "Mum" not in bot.stderr
