"""A real `sosbot` child process as a test starts it, stops it and makes sure it is gone."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

from tests.conftest import sosbot_command, sosbot_env

HANG_GUARD = 120.0  # seconds; only stops a hung child, never an assertion about speed (a child
# starting on a machine busy with other work took 45 s to import and fail once)


@contextlib.asynccontextmanager
async def sosbot_child(*args: str, cwd: Path, env: Mapping[str, str],
                       stdout: int = asyncio.subprocess.PIPE, stdin: int | None = None,
                       ) -> AsyncIterator[asyncio.subprocess.Process]:
    """`sosbot ARGS` running with `env` added to a clean environment; killed on the way out
    if it is still running (a failed test never leaves a bot polling behind)."""
    child = await asyncio.create_subprocess_exec(
        *sosbot_command(*args), cwd=cwd, env=sosbot_env(**env), stdin=stdin, stdout=stdout,
        stderr=asyncio.subprocess.PIPE)
    try:
        yield child
    finally:
        await kill(child)


async def kill(child: asyncio.subprocess.Process) -> None:
    """Kill the child unless it has already ended, and reap it."""
    if child.returncode is None:
        child.kill()
        await child.wait()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (a moment ago, at least)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def stop(child: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> str:
    """Send `sig` (unless the child has already ended), wait for the end: its stderr."""
    if child.returncode is None:
        child.send_signal(sig)
    _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
    return stderr.decode()
