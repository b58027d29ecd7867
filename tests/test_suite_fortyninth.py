"""The forty-ninth pass on the suite's time: what a `sosbot` process imports for nothing.

python-telegram-bot's HTTP client imported httpx's own command line (click, rich and
pygments) and trio wherever they happened to be installed, as they are on this project's
machines: about a fifth of the CPU time `sosbot run` spent importing and making its requests,
paid by every start of the bot and by each of the suite's `sosbot run` children."""

from __future__ import annotations

import importlib.util
import re
import ssl
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.app import build_application
from bot.config import Settings
from bot.keys import require_key
from bot.services import open_services
from flows.flow import Flow
from tests.conftest import run_sosbot, sosbot_env
from tests.test_telegram_handlers import KEY

unused_there = pytest.mark.skipif(
    any(importlib.util.find_spec(name) is None for name in ("click", "rich", "pygments", "trio")),
    reason="click, rich, pygments or trio not installed: nothing here would import them")


def _imported(stderr: str) -> set[str]:
    """The modules `python -X importtime` said it imported."""
    return set(re.findall(r"^import time:.*\|\s*(\S+)$", stderr, flags=re.MULTILINE))


@unused_there
def test_sosbot_run_imports_neither_httpx_command_line_nor_its_tools() -> None:
    # no token and no terminal: `sosbot run` gets as far as the bot's code (python-telegram-bot,
    # httpx) and stops with its one line
    result = run_sosbot("run", env={"PYTHONPROFILEIMPORTTIME": "1"})
    assert result.returncode == 2
    assert "TELEGRAM_BOT_TOKEN: missing" in result.stderr
    imported = _imported(result.stderr)
    assert {"telegram", "httpx"} <= imported  # what the bot needs is there
    # (`httpx._main` itself is listed, as tried and not found, in a few microseconds)
    assert imported & {"click", "rich", "pygments"} == set()


@unused_there
def test_the_bots_requests_are_made_without_trio() -> None:
    """The two requests `sosbot run` makes (sends, and polling) build httpcore's pools, which
    imported trio for a loop sosbot never runs; they still go through anyio."""
    made = subprocess.run(
        [sys.executable, "-c", "import sys\n"
         "import bot.app\n"
         "from telegram.request import HTTPXRequest\n"
         "from bot.polling import UpdatesRequest\n"
         "HTTPXRequest(connection_pool_size=256), UpdatesRequest()\n"
         "print(sorted(m for m in ('httpcore', 'anyio', 'trio') if sys.modules.get(m)))"],
        env=sosbot_env(), capture_output=True, text=True, timeout=120, check=False)
    assert made.returncode == 0, made.stderr
    assert made.stdout.split("\n")[0] == "['anyio', 'httpcore']"


async def test_the_bots_certificates_are_read_once_and_still_checked(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """Each of the bot's two requests (sends, and polling) read the trusted certificates
    itself, at every start and for every bot a test starts; now one process reads them
    once, and Telegram's certificate is still checked against them, by its name."""
    reads: list[object] = []
    read = ssl.create_default_context  # what httpx reads them with (the file, or certifi's)
    monkeypatch.setattr(ssl, "create_default_context",
                        lambda *args, **kwargs: reads.append(args) or read(*args, **kwargs))
    settings = Settings(_env_file=None, TELEGRAM_BOT_TOKEN="123456789:" + "a" * 35,  # type: ignore[call-arg]
                        SOSBOT_DATA_KEY=KEY)
    sealer = require_key(settings, tmp_path / "bot.db")
    async with open_services(settings, tmp_path / "bot.db", flows, sealer=sealer) as talk:
        apps = [build_application(settings, talk), build_application(settings, talk)]
    assert len(reads) <= 1
    contexts = {id(pool._ssl_context) for app in apps
                for pool in (app.bot.request._client._transport._pool,
                             app.bot._request[0]._client._transport._pool)}
    assert len(contexts) == 1
    context = apps[0].bot.request._client._transport._pool._ssl_context
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname
