"""`sosbot chat` on a real pseudo-terminal, as a practitioner at a keyboard drives it."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import termios
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import TracebackType
from typing import IO

from tests.conftest import sosbot_command, sosbot_env
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD


class Terminal:
    """`sosbot chat ARGS` (or another `command`) on a pseudo-terminal: what is typed (or
    pasted, several lines in one write) reaches it as a keyboard's would, and everything the
    terminal was sent is kept in `seen`. Used as a context manager, the child is gone and the
    terminal closed on the way out, whatever the test did."""

    def __init__(self, *args: str, stderr: IO[bytes] | None = None, session: bool = False,
                 controlling: bool = False, command: str = "chat",
                 env: dict[str, str] | None = None, argv: list[str] | None = None,
                 cwd: Path | None = None) -> None:
        """`stderr`: elsewhere than the terminal; `session`: the chat in a session of its own,
        as a terminal window's shell starts it; `controlling`: that session's controlling
        terminal is this one, so closing it sends the chat SIGHUP; `env`: settings added to
        the environment; `argv`: a whole command line instead (a README command run by
        bash, say); `cwd`: the folder it starts in."""
        self.master, slave = pty.openpty()
        self.child = subprocess.Popen(
            argv or sosbot_command(command, *args), stdin=slave, stdout=slave,
            stderr=stderr or slave, env=sosbot_env(**(env or {})), close_fds=True, cwd=cwd,
            start_new_session=session or controlling,
            preexec_fn=_controlled_by_stdin if controlling else None)
        os.close(slave)
        self.seen = bytearray()
        self._open = True

    def __enter__(self) -> Terminal:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    def wait_for(self, text: bytes, after: int = 0, within: float = HANG_GUARD) -> int:
        """Read what the terminal is sent until `text` shows (after the byte `after`), at
        most `within` seconds; where it ends."""
        deadline = time.monotonic() + within
        while (at := self.seen.find(text, after)) < 0:
            ready, _, _ = select.select([self.master], [], [],
                                        max(0.0, deadline - time.monotonic()))
            assert ready, f"never shown {text!r}; the end: {bytes(self.seen[-800:])!r}"
            try:
                chunk = os.read(self.master, 65_536)
            except OSError:  # the child has closed the terminal
                chunk = b""
            assert chunk, f"ended before {text!r}: {bytes(self.seen[-800:])!r}"
            self.seen += chunk
        return at + len(text)

    def write(self, data: bytes) -> int:
        """Type `data` without waiting for anything; where what is shown next will start."""
        mark = len(self.seen)
        os.write(self.master, data)
        return mark

    def type(self, data: bytes, then: bytes) -> int:
        """Type (or paste) `data`, and read on until `then` shows after it and the prompt
        for the next line after that; where `then` ends."""
        end = self.wait_for(then, self.write(data))
        self.wait_for(b"> ", end)
        return end

    def start(self, label: bytes, *steps: tuple[bytes, bytes]) -> None:
        """Give the new draft's case label, then each (typed, shown after it) in turn."""
        self.wait_for(b"case label")
        for typed, then in ((label + b"\n", b"Question 1"), *steps):
            self.type(typed, then)

    def rest(self) -> bytes:
        """Read on until the terminal is closed or a second passes with nothing sent; what
        came."""
        mark = len(self.seen)
        while select.select([self.master], [], [], 1.0)[0]:
            try:
                more = os.read(self.master, 4096)
            except OSError:  # the child has gone, and its terminal with it
                break
            if not more:
                break
            self.seen += more
        return bytes(self.seen[mark:])

    def exited(self) -> int:
        """The chat's exit status once it has ended by itself."""
        status = self.child.wait(timeout=HANG_GUARD)
        self.close()
        return status

    def end(self) -> bytes:
        """Ctrl-D on an empty line; what the terminal was sent, from the program only (the
        line discipline's echo of what was typed shows a control character as ^X)."""
        try:
            os.write(self.master, b"\x04")
            self.child.wait(timeout=HANG_GUARD)
        finally:
            self.close()
        assert b"Traceback" not in self.seen
        return bytes(self.seen)

    def close_terminal(self) -> None:
        """The terminal window closed under the chat, which is left running."""
        if self._open:
            self._open = False
            os.close(self.master)

    def close(self) -> None:
        if self.child.poll() is None:
            self.child.kill()
            self.child.wait()
        self.close_terminal()


def _controlled_by_stdin() -> None:
    """In the child: take the terminal on its standard input as its controlling terminal, as
    a shell does."""
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def exported(db: Path, label: str) -> str:
    """The draft labelled `label` as `sosbot export` writes it in plain text: run through
    `bot.cli.main` here (tests/in_process.py), on a thread of its own (the caller may be a
    test with its event loop running)."""
    out = db.with_suffix(".txt")
    with ThreadPoolExecutor(1) as thread:
        export = thread.submit(sosbot_here, "export", label, "--format", "txt", "--db",
                               str(db), "-o", str(out)).result()
    assert export.returncode == 0, export.stderr
    return out.read_text(encoding="utf-8")
