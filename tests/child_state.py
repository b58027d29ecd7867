"""Where a child process is now, read from /proc (Linux, x86-64): a test that must act while
the child is at one point (waiting for a lock, a signal taken) waits until /proc says it is
there, not for a time. A loaded machine stretches times: a fixed pause there came before the
child reached the point, or after it had passed it."""

from __future__ import annotations

import contextlib
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from tests.processes import HANG_GUARD

# system call numbers on x86-64: a sleep (SQLite's busy handler sleeps between its tries for a
# lock another connection holds) and an event loop's wait (asyncio's selector)
SLEEPS = {"35", "230"}  # nanosleep, clock_nanosleep
LOOP_WAITS = {"232", "281", "441"}  # epoll_wait, epoll_pwait, epoll_pwait2
WRITE = "1"


def _calls(pid: int) -> dict[int, str]:
    """The system call each thread of `pid` is in now, by thread id ("running" if none)."""
    calls = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):  # a thread that has just ended
            calls[int(task.name)] = (task / "syscall").read_text().split(" ", 1)[0].strip()
    return calls


def _mask(status: Path, field: str) -> int:
    line = next(line for line in status.read_text().splitlines() if line.startswith(field))
    return int(line.split()[1], 16)


def sleeps_on_a_lock(pid: int) -> bool:
    """Whether a thread of `pid` sleeps in SQLite's wait for a lock another connection holds
    (its busy handler sleeps a moment at a time: the system call of a sleep)."""
    return any(call in SLEEPS for call in _calls(pid).values())


def writes_held(pid: int) -> bool:
    """Whether the main thread of `pid` is in a write to its standard error now: held there,
    when the terminal's output is paused (Ctrl-S)."""
    return Path(f"/proc/{pid}/syscall").read_text().startswith(f"{WRITE} 0x2 ")


def catches(pid: int, sig: int) -> bool:
    """Whether `pid` has a handler of its own for `sig` now."""
    return bool(_mask(Path(f"/proc/{pid}/status"), "SigCgt:") >> (sig - 1) & 1)


def pending(pid: int, sig: int) -> bool:
    """Whether `sig` was sent to `pid` and no thread of it has taken it yet."""
    statuses = [Path(f"/proc/{pid}/status")]
    statuses += [task / "status" for task in Path(f"/proc/{pid}/task").iterdir()]
    masks = []
    for status in statuses:
        with contextlib.suppress(OSError, StopIteration):
            masks += [_mask(status, "ShdPnd:"), _mask(status, "SigPnd:")]
    return any(mask >> (sig - 1) & 1 for mask in masks)


def handled(pid: int, sig: int) -> bool:
    """Whether `sig`, once sent, has been taken and its Python handler run: none pending, and
    the main thread back in its event loop's wait (Python runs the handler when the signal
    breaks that wait, before waiting again)."""
    return not pending(pid, sig) and _calls(pid).get(pid) in LOOP_WAITS


def wait_until(ready: Callable[[], bool], what: str, child: subprocess.Popen[bytes]) -> None:
    """Poll `ready` until it holds; fail naming `what` after HANG_GUARD, or at once if the
    child has ended."""
    deadline = time.monotonic() + HANG_GUARD
    while not ready():
        assert time.monotonic() < deadline, f"{what}: never"
        assert child.poll() is None, f"ended before {what}"
        time.sleep(0.005)
