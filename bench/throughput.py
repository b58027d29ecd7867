"""Throughput and latency: practitioners completing a flow through the real Application.

Each update is timed from its raw JSON body to the end of `process_update`: decoding, every
handler, the database commit and the Bot API calls (answered in memory). The bare baseline
replays exactly the same update bodies to a PTB Application whose only handlers reply with a
fixed text, so the ratio is what sosbot adds on top of python-telegram-bot.
"""

from __future__ import annotations

import asyncio
import json
import random
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bench.practitioner import Practitioner
from bench.world import AnyApp, counting_errors, running_bot, settings, users
from bot.conversation import Conversation
from flows.draft import Draft
from flows.flow import Flow
from tests.memory_botapi import TOKEN, MemoryRequest, Updates

FIXED = "Thanks, noted."


@dataclass
class Timings:
    """Per-update latencies (seconds) and the wall time of the whole run."""

    latencies: list[float] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0  # process CPU time, all threads: less swayed by other work than `wall`

    def report(self) -> dict[str, float]:
        ms = sorted(x * 1000 for x in self.latencies)
        return {"updates": len(ms), "seconds": round(self.wall, 3),
                "updates_per_s": round(len(ms) / self.wall, 1) if self.wall else 0.0,
                "cpu_ms_per_update": round(self.cpu * 1000 / len(ms), 3) if ms else 0.0,
                "p50_ms": round(_quantile(ms, 0.50), 3), "p95_ms": round(_quantile(ms, 0.95), 3),
                "p99_ms": round(_quantile(ms, 0.99), 3), "max_ms": round(ms[-1] if ms else 0, 3)}


def _quantile(sorted_ms: list[float], q: float) -> float:
    if len(sorted_ms) < 2:
        return sorted_ms[0] if sorted_ms else 0.0
    return statistics.quantiles(sorted_ms, n=100, method="inclusive")[round(q * 100) - 1]


async def _handle(app: AnyApp, raw: bytes, timings: Timings) -> None:
    start = time.perf_counter()
    update = Update.de_json(json.loads(raw), app.bot)
    await app.process_update(update)
    timings.latencies.append(time.perf_counter() - start)


class Pace:
    """Think time between one practitioner's updates: none (saturation), or uniform between
    half and one and a half times the mean, so the run ends soon after the average
    practitioner does (200 practitioners' pauses still arrive at random)."""

    def __init__(self, mean_s: float, seed: int) -> None:
        self.mean_s = mean_s
        self._random = random.Random(seed)

    async def think(self) -> None:
        if self.mean_s > 0:
            await asyncio.sleep(self._random.uniform(0.5, 1.5) * self.mean_s)


async def run_sosbot(count: int, folder: Path, flows: dict[str, Flow], *, think_s: float = 0.0,
                     in_turn: bool = False
                     ) -> tuple[Timings, list[list[bytes]], dict[str, Any]]:
    """`count` practitioners complete `mapping` at once (or one after another, `in_turn`);
    returns the timings, every update sent, the Bot API calls made and a finished draft."""
    team = users(count)
    config = settings(folder / f"sosbot-{count}-{think_s}-{in_turn}.db", team)
    request = MemoryRequest(record=False)
    timings = Timings()
    sent: list[list[bytes]] = [[] for _ in team]
    updates = Updates()
    bot = running_bot(config, flows, request)
    async with counting_errors() as errors, bot as (app, conversation):
        async def practitioner(n: int, user_id: int) -> None:
            person, pace = Practitioner(user_id, updates), Pace(think_s, user_id)
            raw: bytes | None = person.first_update()
            while raw is not None:
                await pace.think()
                sent[n].append(raw)
                await _handle(app, raw, timings)
                raw = person.next_update(request.outbox(user_id))

        start, cpu = time.perf_counter(), time.process_time()
        if in_turn:
            for n, user_id in enumerate(team):
                await practitioner(n, user_id)
        else:
            await asyncio.gather(*(practitioner(n, u) for n, u in enumerate(team)))
        timings.wall, timings.cpu = time.perf_counter() - start, time.process_time() - cpu
        completed = sum([len(await conversation.store.list_drafts(u, status="completed"))
                         for u in team])
        sample = await _completed_draft(conversation, team[0])
    if errors.count or completed != count:
        raise RuntimeError(f"the sosbot run went wrong: {completed} of {count} flows completed, "
                           f"{errors.count} errors logged (first: {errors.first})")
    return timings, sent, {"calls": dict(request.counts), "sample": sample}


async def _completed_draft(conversation: Conversation, user_id: int) -> Draft | None:
    store = conversation.store
    (info,) = await store.list_drafts(user_id, status="completed")
    return await store.load_draft(user_id, info.id)


def bare_application(request: MemoryRequest) -> AnyApp:
    """python-telegram-bot with one fixed reply: the floor any bot stands on."""
    app: AnyApp = (Application.builder().token(TOKEN).request(request)
                   .get_updates_request(MemoryRequest(record=False)).concurrent_updates(True).build())

    async def reply(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.effective_message is not None:
            await update.effective_message.reply_text(FIXED)

    async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.callback_query is not None:
            await update.callback_query.answer(FIXED)

    app.add_handler(MessageHandler(filters.ALL, reply))
    app.add_handler(CallbackQueryHandler(answer))
    return app


async def run_baseline(sent: list[list[bytes]], *, think_s: float = 0.0) -> Timings:
    """Replay the same practitioners' updates, at the same concurrency, to the bare bot."""
    request = MemoryRequest(record=False)
    timings = Timings()
    async with counting_errors() as errors, bare_application(request) as app:
        async def practitioner(n: int, updates: list[bytes]) -> None:
            pace = Pace(think_s, users(len(sent))[n])
            for raw in updates:
                await pace.think()
                await _handle(app, raw, timings)

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(practitioner(n, u) for n, u in enumerate(sent)))
        timings.wall, timings.cpu = time.perf_counter() - start, time.process_time() - cpu
    if errors.count:
        raise RuntimeError(f"the baseline run logged {errors.count} errors: {errors.first}")
    return timings
