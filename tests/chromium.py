"""Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`).

No port, no websocket library and no extra package: Chromium reads NUL-terminated JSON
commands on its file descriptor 3 and writes replies and events on 4. A two-line Python
trampoline puts our pipe ends on those numbers, then becomes Chromium.

    with Chromium.launch(tmp_path) as browser:
        page = browser.open(url, width=360)
        page.evaluate("document.title")
        png = page.screenshot()
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
    "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
    "--font-render-hinting=none", "--disable-dev-shm-usage",
)
# How long a command waits for its answer: only a guard against a browser that hung, never a
# claim about speed (as tests.processes.HANG_GUARD); the wait ends at once if Chromium exits.
# At 30 s, the first command went unanswered once in a CI of the whole suite on two shared
# cores ("no answer from Chromium for Target.createTarget"), where Chromium answers it in 2 or
# 3 s at a load of 12; the error now says whether it still ran, its CPU seconds and its log.
TIMEOUT = 120.0
# Put the two pipe ends on the descriptors Chromium expects, then become Chromium.
TRAMPOLINE = (
    "import os, sys\n"
    "commands, replies = int(sys.argv[1]), int(sys.argv[2])\n"
    "os.dup2(commands, 3); os.dup2(replies, 4)\n"
    "os.close(commands); os.close(replies)\n"
    "os.execv(sys.argv[3], sys.argv[3:])\n"
)


class ChromiumError(RuntimeError):
    """Chromium answered a command with an error, or went quiet."""


def find_chromium() -> str | None:
    """The path of a Chromium or Chrome binary, or None when there is none."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return shutil.which(configured) or (configured if Path(configured).exists() else None)
    return next((path for path in map(shutil.which, NAMES) if path), None)


def _above(fd: int, lowest: int) -> int:
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, lowest)
    os.close(fd)
    return moved


class Chromium:
    """One headless browser process and the pipe to it."""

    def __init__(self, process: subprocess.Popen[bytes], to_browser: int, from_browser: int):
        self._process = process
        self._out = to_browser
        self._in = from_browser
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        self._log: Path | None = None

    @classmethod
    @contextmanager
    def launch(cls, folder: Path, binary: str | None = None) -> Iterator[Chromium]:
        """Start Chromium with a fresh profile in `folder`; always stops it afterwards."""
        binary = binary or find_chromium()
        if binary is None:
            raise ChromiumError("no Chromium binary found")
        commands_r, commands_w = os.pipe()
        replies_r, replies_w = os.pipe()
        # Lift the child's ends above 4 so the redirections below never clobber them.
        commands_r, replies_w = _above(commands_r, 10), _above(replies_w, 10)
        profile = folder / "chromium-profile"
        with (folder / "chromium.log").open("wb") as log:
            process = subprocess.Popen(
                [sys.executable, "-c", TRAMPOLINE, str(commands_r), str(replies_w), binary,
                 *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                pass_fds=(commands_r, replies_w), stdin=subprocess.DEVNULL,
                stdout=log, stderr=log)
        os.close(commands_r)
        os.close(replies_w)
        browser = cls(process, commands_w, replies_r)
        browser._log = folder / "chromium.log"
        try:
            yield browser
        finally:
            browser._close()

    def _close(self) -> None:
        with suppress(ChromiumError, OSError):
            self.send("Browser.close", timeout=5)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._out)
        os.close(self._in)

    def send(self, method: str, params: dict[str, Any] | None = None, *,
             session: str | None = None, timeout: float = TIMEOUT) -> dict[str, Any]:
        """Send one command and wait for its result (events that arrive meanwhile are kept)."""
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method,
                                   "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._receive(deadline, method)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise ChromiumError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            if "method" in reply:
                self._events.append(reply)

    def wait_for(self, event: str, *, session: str | None = None,
                 timeout: float = TIMEOUT) -> dict[str, Any]:
        """Wait for an event (one that already arrived counts)."""
        deadline = time.monotonic() + timeout
        while True:
            for n, seen in enumerate(self._events):
                if seen.get("method") == event and seen.get("sessionId") == session:
                    del self._events[: n + 1]
                    params: dict[str, Any] = seen.get("params", {})
                    return params
            reply = self._receive(deadline, event)
            if "method" in reply:
                self._events.append(reply)

    def _receive(self, deadline: float, waiting_for: str) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._in], [], [], max(left, 0))
            if not ready:
                raise ChromiumError(f"no answer from Chromium for {waiting_for} "
                                    f"({self._state()})")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise ChromiumError(f"Chromium exited while waiting for {waiting_for}")
            self._buffer += chunk
        message, _, self._buffer = self._buffer.partition(b"\0")
        parsed: dict[str, Any] = json.loads(message)
        return parsed

    def _state(self) -> str:
        """What Chromium was doing when it did not answer: running (and its CPU seconds,
        which tell a busy machine from a browser that hung) or ended, and its log's end."""
        pid = self._process.pid
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            running = f"running, {cpu:.1f} CPU s"
        except (OSError, IndexError, ValueError):
            running = f"ended with {self._process.poll()}"
        log = self._log.read_text(errors="replace")[-1500:] if self._log else ""
        return f"{running}; its log ends: {log!r}"

    def open(self, url: str, *, width: int, height: int = 800, media: str = "screen") -> Page:
        """A new tab at this viewport size, with `url` loaded."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        page.send("Page.enable")
        page.resize(width, height)
        page.send("Emulation.setEmulatedMedia", {"media": media})
        page.send("Page.navigate", {"url": url})
        self.wait_for("Page.loadEventFired", session=session)
        return page


class Page:
    """One tab, reached through its flat session id."""

    def __init__(self, browser: Chromium, session: str) -> None:
        self.browser = browser
        self.session = session
        self.width = 0

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self.browser.send(method, params, session=self.session)

    def resize(self, width: int, height: int) -> None:
        self.width = width
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1,
                   "mobile": width < 600})

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression (JSON-able)."""
        result = self.send("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True})
        if "exceptionDetails" in result:
            raise ChromiumError(f"script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self) -> bytes:
        """A PNG of the whole page (the viewport grown to the page's height)."""
        height = int(self.evaluate("document.documentElement.scrollHeight"))
        self.resize(self.width, max(height, 1))
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        return base64.b64decode(data)

    def pdf(self) -> bytes:
        """The page printed as a PDF, using the page's own @page size and margins."""
        data = self.send("Page.printToPDF", {"preferCSSPageSize": True,
                                             "printBackground": True})["data"]
        return base64.b64decode(data)
