"""Test helpers for the Telegram side: the bot run as `sosbot run` runs it, against the local
Bot API test server, and a practitioner who reads its messages and taps its buttons."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from bot.app import serve
from bot.config import Settings
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer, BotMessage
from tests.processes import HANG_GUARD

TEST_KEY = "ktest:" + base64.b64encode(bytes(range(32))).decode()
PRACTITIONER = 4242
COLLEAGUE = 4343
STRANGER = 9999
NAV = {"Back", "Skip", "Keep", "Help", "Use this", "Done"}  # buttons that answer nothing
LINK = re.compile(r"https://t\.me/sosbot_test_bot\?start=([A-Za-z0-9_-]+)")
# Quiet after the last call, once every update is handled: longer than a question's receipt
# waits for answers to commit with (storage.trips.RECEIPT_WAIT), so it is on disk by then too.
HANDLED_QUIET = 0.05


class ErrorCollector(logging.Handler):
    """Collects every ERROR (or worse) record: a test fails if python-telegram-bot or our
    error handler logged one."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@dataclass
class World:
    server: BotApiServer
    settings: Settings
    errors: ErrorCollector

    def messages(self, user: int = PRACTITIONER) -> list[BotMessage]:
        return self.server.chat(user)

    def texts(self, user: int = PRACTITIONER) -> list[str]:
        return self.server.texts(user)

    def last(self, user: int = PRACTITIONER) -> BotMessage:
        return self.server.chat(user)[-1]

    def with_button(self, label: str, user: int = PRACTITIONER) -> tuple[BotMessage, str]:
        """The newest message with a button labelled `label`, and that button's data."""
        for message in reversed(self.server.chat(user)):
            for row in message.buttons:
                for b in row:
                    if b.get("text") == label and "callback_data" in b:
                        return message, str(b["callback_data"])
        raise LookupError(f"no button {label!r} in the chat")

    def question_buttons(self, user: int = PRACTITIONER) -> list[str]:
        """The labels of the buttons on the newest message that has any."""
        question = next(m for m in reversed(self.server.chat(user)) if m.buttons)
        return [b["text"] for row in question.buttons for b in row]

    async def settle(self, mark: int) -> None:
        """Wait until the bot has answered (some call after `mark`) and then gone quiet: for
        0.15 s, or for `HANDLED_QUIET` once the bot, polling in this process, has handled
        every update it fetched (most steps of a walk: a pause a step adds up over a suite)."""
        replies = ("sendmessage", "answercallbackquery", "senddocument")
        await self.server.wait_for(lambda: any(name.lower() in replies
                                               for name, _ in self.server.calls[mark:]))
        await self.server.wait_idle(quiet=0.15, handled_quiet=HANDLED_QUIET)

    async def say(self, text: str, user: int = PRACTITIONER) -> int:
        mark = len(self.server.calls)
        update_id = self.server.send_text(user, text)
        await self.settle(mark)
        return update_id

    async def answer(self, text: str, user: int = PRACTITIONER) -> None:
        """Type an answer; if the bot nudges about it, keep it as it is."""
        await self.say(text, user)
        if any(b.get("text") == "Keep it as it is" for row in self.last(user).buttons
               for b in row):
            await self.tap("Keep it as it is", user)

    async def command(self, name: str, args: str = "", user: int = PRACTITIONER) -> int:
        mark = len(self.server.calls)
        update_id = self.server.send_command(user, name, args)
        await self.settle(mark)
        return update_id

    async def tap(self, label: str, user: int = PRACTITIONER) -> int:
        message, data = self.with_button(label, user)
        mark = len(self.server.calls)
        update_id = self.server.press_button(user, message.message_id, data)
        await self.settle(mark)
        return update_id

    async def open_tool(self, tool: str, label: str, user: int = PRACTITIONER,
                        command: str = "new") -> None:
        """Send `command`, tap the tool whose button starts with `tool`, give `label`."""
        await self.command(command, user=user)
        await self.tap(next(b["text"] for row in self.last(user).buttons for b in row
                            if b["text"].startswith(tool)), user=user)
        await self.say(label, user=user)

    async def open_link(self, user: int, code: str, first_name: str = "Tester") -> None:
        """Opening a deep link: Telegram sends `/start <code>` from that person."""
        mark = len(self.server.calls)
        self.server.send_command(user, "start", code, first_name=first_name)
        await self.settle(mark)


@contextlib.asynccontextmanager
async def running_bot(server: BotApiServer, settings: Settings, *, settle: bool = False
                      ) -> AsyncIterator[None]:
    """Start the bot the way `sosbot run` does, and stop it (closing the database) after;
    `settle`: the process settled as `sosbot run` settles it (the collector, the GIL)."""
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(serve(settings, stop, ready=ready, poll_timeout=1,
                                     settle=settle))
    try:
        # (settled, it compiles every wording check before it is ready: a few seconds alone,
        # past ten on a machine busy with other work, where a ten-second wait failed the test;
        # both waits only guard against a hang)
        await asyncio.wait_for(ready.wait(), HANG_GUARD)
        yield
    finally:
        stop.set()
        await asyncio.wait_for(task, HANG_GUARD)


@contextlib.asynccontextmanager
async def bot_world(db: Path, *, no_errors: bool = True, settle: bool = False,
                    **extra: object) -> AsyncIterator[World]:
    """The local Bot API server and the bot polling it (settings from `bot_settings`), every
    ERROR logged meanwhile collected. With `no_errors`, on the way out the bot must have logged
    no error and the server must have answered no call with one."""
    errors = ErrorCollector()
    logging.getLogger().addHandler(errors)
    try:
        async with BotApiServer() as server:
            settings = bot_settings(server, db, **extra)
            world = World(server, settings, errors)
            async with running_bot(server, settings, settle=settle):
                yield world
            if no_errors:
                assert [r.getMessage() for r in errors.records] == []
                assert server.errors == []
    finally:
        logging.getLogger().removeHandler(errors)


def link_in(text: str) -> str:
    """The code in the deep link `text` holds (failing the test if it holds none)."""
    found = LINK.search(text)
    assert found is not None, text
    return found.group(1)


async def shown(world: World, user: int, text: str) -> str:
    """The newest message to `user` holding `text`, waiting for it to come: a press is
    answered at once, and what it does may follow its commit later than the pause
    `World.tap` waits for on a busy machine."""
    return await world.server.wait_for(
        lambda: next((t for t in reversed(world.texts(user)) if text in t), None))


async def link_sent(world: World, user: int) -> str:
    """The code in the deep link of the newest message to `user`, waiting for it to come: a
    button's press is answered at once and the link follows its commit, which a busy machine
    may take longer over than the pause `World.tap` waits for."""
    with contextlib.suppress(TimeoutError):
        await world.server.wait_for(lambda: LINK.search(world.texts(user)[-1]))
    return link_in(world.texts(user)[-1])


def bot_settings(server: BotApiServer, db: Path, **extra: object) -> Settings:
    values: dict[str, object] = {
        "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN,
        "SOSBOT_ALLOWED_USERS": f"{PRACTITIONER},{COLLEAGUE}",
        "SOSBOT_DB": str(db),
        "SOSBOT_API_ROOT": server.root,
        "SOSBOT_DATA_KEY": TEST_KEY,
        "SOSBOT_RATE_BURST": 1000,
    }
    values.update(extra)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


async def open_the_reflection(server: BotApiServer) -> None:
    """The practitioner sends /start and taps the reflection tool: the bot asks for a label."""
    server.send_command(PRACTITIONER, "start")
    menu = await server.wait_for(lambda: server.chat(PRACTITIONER), timeout=HANG_GUARD)
    server.press_button(PRACTITIONER, menu[-1].message_id, "n:reflection")
    await server.wait_for(lambda: len(server.texts(PRACTITIONER)) >= 2, HANG_GUARD)


async def start_a_draft(server: BotApiServer, label: str = "KB-12") -> None:
    """Open the reflection and give it `label`: the bot asks Question 1."""
    await open_the_reflection(server)
    server.send_text(PRACTITIONER, label)
    await server.wait_for(lambda: "Question 1" in server.texts(PRACTITIONER)[-1], HANG_GUARD)


async def at_question_two(server: BotApiServer) -> None:
    """With Question 1's buttons shown, tap its first choice: the bot asks Question 2."""
    question = [m for m in server.chat(PRACTITIONER) if m.buttons][-1]
    choice = next(d for d in question.callback_data if d.startswith("a:"))
    server.press_button(PRACTITIONER, question.message_id, choice)
    await server.wait_for(lambda: "Question 2" in server.texts(PRACTITIONER)[-1], HANG_GUARD)


def run_env(db: Path, root: str, **extra: str) -> dict[str, str]:
    """The settings of a `sosbot run` child: the test token and data key, the practitioner
    allowed in, the database `db`, the Bot API at `root`; `extra` added or overriding."""
    return {"TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "SOSBOT_ALLOWED_USERS": str(PRACTITIONER),
            "SOSBOT_DB": str(db), "SOSBOT_API_ROOT": root, "SOSBOT_DATA_KEY": TEST_KEY, **extra}
