"""What a practitioner waits for: an answer's arrival to the next question, over HTTP.

The bot runs as operators run it (`python -m bot.cli run`, long polling) in its own process,
against the local Bot API server of the tests (`tests/botapi_server.py`) in this one. Each
practitioner pauses, then types or taps through the server; the wait is timed from the
moment the update is queued at the server (the bot's pending getUpdates returns it) to the
moment the server receives the message the practitioner acts on next (the next question,
the label prompt, a list's "Added", a nudge, or the end). Telegram's network is not in it.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.practitioner import LABEL_PROMPT, THE_END, Action, Practitioner
from bench.throughput import Pace, Timings
from bench.world import RATE_BURST, RATE_PER_MINUTE, data_key, users
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer, BotMessage
from tests.memory_botapi import Sent

ROOT = Path(__file__).resolve().parent.parent


def _sent(message: BotMessage) -> Sent:
    buttons = tuple((b["text"], b["callback_data"]) for row in message.buttons for b in row
                    if "callback_data" in b)
    return Sent(message.message_id, message.text or "", buttons)


def _actionable(message: Sent) -> bool:
    """A message the practitioner acts on; the finished summary's buttons (export, review)
    come just before the last message, which is the one to wait for."""
    finished = any(data.startswith("x:") for _, data in message.buttons)
    return (bool(message.buttons) and not finished) or LABEL_PROMPT in message.text \
        or THE_END in message.text


def _bot_process(server: BotApiServer, db: Path, team: list[int]) -> subprocess.Popen[str]:
    env = {**os.environ, "TELEGRAM_BOT_TOKEN": DEFAULT_TOKEN, "SOSBOT_API_ROOT": server.root,
           "SOSBOT_DB": str(db), "SOSBOT_DATA_KEY": data_key(),
           "SOSBOT_ALLOWED_USERS": ",".join(map(str, team)),
           "SOSBOT_RATE_BURST": str(RATE_BURST), "SOSBOT_RATE_PER_MINUTE": str(RATE_PER_MINUTE),
           "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH"))
                                         if p)}
    return subprocess.Popen([sys.executable, "-m", "bot.cli", "run"], cwd=db.parent, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


async def _practitioner(server: BotApiServer, user_id: int, think_s: float,
                        timings: Timings) -> None:
    person, pace = Practitioner(user_id), Pace(think_s, user_id)
    seen = 0
    action: Action | None = person.first_action()
    while action is not None:
        await pace.think()
        start = time.perf_counter()
        if action.pressed is None:
            server.send_text(user_id, action.text)
        else:
            server.press_button(user_id, action.pressed.message_id, action.data)

        def new(seen: int = seen) -> list[Sent]:
            return [_sent(m) for m in server.chat(user_id) if m.message_id > seen]

        await server.wait_for(lambda: any(_actionable(m) for m in new()), timeout=60)
        timings.latencies.append(time.perf_counter() - start)
        received = new()
        seen = max(m.message_id for m in received)
        action = person.next_action(received)


def _stop(bot: subprocess.Popen[str]) -> str:
    """SIGTERM, as an operator stops it; killed if it is still waiting out its long poll
    (nothing is lost: every answer was committed before its reply)."""
    bot.terminate()
    try:
        _, errors = bot.communicate(timeout=1)
    except subprocess.TimeoutExpired:
        bot.kill()
        _, errors = bot.communicate(timeout=30)
    return errors


async def run_polling(count: int, think_s: float, folder: Path) -> dict[str, Any]:
    """`count` practitioners complete `mapping` through a polling bot in another process."""
    folder.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - once, before timing
    team = users(count)
    timings = Timings()
    async with BotApiServer() as server:
        bot = _bot_process(server, folder / "polling.db", team)
        try:
            await server.wait_for(lambda: any(name.lower() == "getupdates"
                                              for name, _ in server.calls), timeout=60)
            start = time.perf_counter()
            await asyncio.gather(*(_practitioner(server, u, think_s, timings) for u in team))
            timings.wall = time.perf_counter() - start
            sends = sum(name.lower() == "sendmessage" for name, _ in server.calls)
            # What Telegram's limit of about 30 a second counts, and python-telegram-bot's
            # AIORateLimiter in `sosbot run` holds back past it: calls into a chat.
            into_chats = sum("chat_id" in params for _, params in server.calls)
        finally:
            errors = _stop(bot)
    if "Traceback" in errors or "ERROR" in errors:
        raise RuntimeError(f"the polling bot logged errors: {errors[-2000:]}")
    report = timings.report()
    del report["cpu_ms_per_update"]  # the bot's CPU is in another process
    return {**report, "practitioners": count, "think_ms": think_s * 1000,
            "bot_messages_per_s": round(sends / timings.wall, 1) if timings.wall else 0.0,
            "chat_calls_per_s": round(into_chats / timings.wall, 1) if timings.wall else 0.0}
