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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from bench.phases import CURRENT, PHASES, ROUNDS, Breakdown, count_rounds, instrument, phase
from bench.practitioner import Practitioner
from bench.world import FIRST_USER, AnyApp, counting_errors, running_bot, settings, users
from bot.conversation import Conversation
from bot.decoding import decode_update
from flows.draft import Draft
from flows.flow import Flow
from tests.memory_botapi import TOKEN, MemoryRequest, Updates

FIXED = "Thanks, noted."


@dataclass
class Timings:
    """Per-update latencies (seconds), their breakdowns if asked for, and the run's wall time."""

    latencies: list[float] = field(default_factory=list)
    wall: float = 0.0
    cpu: float = 0.0  # process CPU time, all threads: less swayed by other work than `wall`
    # The event loop's own thread (the updates' handling, not aiosqlite's commits): the
    # same work costs more of it paced, done cold between pauses, than all at once.
    loop_cpu: float = 0.0
    # The simulated practitioners' own CPU time (reading the bot's messages, writing the next
    # update): spent in the same process, left out of `cpu`, since the bot does not do it.
    simulated: float = 0.0
    breakdowns: list[Breakdown] | None = None  # one per latency, when phases are timed
    finishing: set[int] = field(default_factory=set)  # latencies of updates ending a flow

    def report(self) -> dict[str, Any]:
        ms = sorted(x * 1000 for x in self.latencies)
        out: dict[str, Any] = {
            "updates": len(ms), "seconds": round(self.wall, 3),
            "updates_per_s": round(len(ms) / self.wall, 1) if self.wall else 0.0,
            "cpu_ms_per_update": round(self.cpu * 1000 / len(ms), 3) if ms else 0.0,
            "loop_cpu_ms_per_update": round(self.loop_cpu * 1000 / len(ms), 3) if ms else 0.0,
            "simulated_cpu_ms_per_update": round(self.simulated * 1000 / len(ms), 3) if ms
            else 0.0,
            "p50_ms": round(_quantile(ms, 0.50), 3), "p95_ms": round(_quantile(ms, 0.95), 3),
            "p99_ms": round(_quantile(ms, 0.99), 3), "max_ms": round(ms[-1] if ms else 0, 3)}
        if self.breakdowns:
            out["phases"] = self._phases()
        if self.finishing:
            rest = sorted(x * 1000 for n, x in enumerate(self.latencies)
                          if n not in self.finishing)
            out["p99_without_summary_ms"] = round(_quantile(rest, 0.99), 3)
        return out

    def _phases(self) -> dict[str, dict[str, float]]:
        """Mean ms per phase over all updates, and over the slowest 1 % (the tail)."""
        assert self.breakdowns is not None
        pairs = sorted(zip(self.latencies, self.breakdowns, strict=True), key=lambda p: p[0])
        tail = pairs[-max(len(pairs) // 100, 1):]
        out = {}
        for name, chosen in (("all", pairs), ("slowest_1pc", tail)):
            means = {ph: round(sum(b.spent[ph] for _, b in chosen) * 1000 / len(chosen), 3)
                     for ph in PHASES}
            means["other"] = round(sum(t for t, _ in chosen) * 1000 / len(chosen)
                                   - sum(means.values()) + means["other"], 3)
            means["db_trips"] = round(sum(b.trips for _, b in chosen) / len(chosen), 2)
            means["loop_rounds"] = round(sum(b.rounds for _, b in chosen) / len(chosen), 2)
            out[name] = means
        return out


def _quantile(sorted_ms: list[float], q: float) -> float:
    if len(sorted_ms) < 2:
        return sorted_ms[0] if sorted_ms else 0.0
    return statistics.quantiles(sorted_ms, n=100, method="inclusive")[round(q * 100) - 1]


Decode = Callable[[Any, Any], Update]


async def _handle(app: AnyApp, raw: bytes, timings: Timings, due: float | None = None,
                  decode: Decode = Update.de_json) -> None:
    """One update, timed from when it arrived (`due`, for a paced practitioner: the end of
    the pause, so time spent waiting for a busy loop to get to it counts) to the end;
    decoded as sosbot's webhook does (`decode_update`) or, for the others, as
    python-telegram-bot does."""
    start = time.perf_counter()
    due = start if due is None else due
    breakdown = None
    if timings.breakdowns is not None:
        breakdown = Breakdown()
        breakdown.spent["arrival"] = start - due
        breakdown.rounds = -ROUNDS[0]
        CURRENT.set(breakdown)
    with phase("decode"):
        update = decode(json.loads(raw), app.bot)
    await app.process_update(update)
    timings.latencies.append(time.perf_counter() - due)
    if breakdown is not None and timings.breakdowns is not None:
        breakdown.rounds += ROUNDS[0]
        timings.breakdowns.append(breakdown)
        CURRENT.set(None)


class Pace:
    """Think time between one practitioner's updates: none (saturation), or uniform between
    half and one and a half times the mean, so the run ends soon after the average
    practitioner does (200 practitioners' pauses still arrive at random)."""

    def __init__(self, mean_s: float, seed: int) -> None:
        self.mean_s = mean_s
        self._random = random.Random(seed)

    async def think(self) -> float | None:
        """Pause; returns when the next update was due (None when nobody pauses)."""
        if self.mean_s <= 0:
            return None
        pause = self._random.uniform(0.5, 1.5) * self.mean_s
        due = time.perf_counter() + pause
        await asyncio.sleep(pause)
        return due


async def run_sosbot(count: int, folder: Path, flows: dict[str, Flow], *, think_s: float = 0.0,
                     in_turn: bool = False, phases: bool = False, database: str | None = None,
                     first: int = FIRST_USER, tune_gc: bool = True, key: str | None = None,
                     allowed: list[int] | None = None
                     ) -> tuple[Timings, list[list[bytes]], dict[str, Any]]:
    """`count` practitioners complete `mapping` at once (or one after another, `in_turn`);
    returns the timings (with each update's phases, if asked), every update sent, the Bot
    API calls made and a finished draft. `database`: a postgresql:// URL instead of a new
    SQLite file in `folder`; `first`: the first practitioner's user id; `allowed`: the
    allow-list, where it is wider than this team (instances sharing a database agree on it)."""
    team = users(count, first)
    config = settings(database or folder / f"sosbot-{count}-{think_s}-{in_turn}.db",
                      team if allowed is None else allowed, key)
    request = MemoryRequest(record=False)
    timings = Timings(breakdowns=[] if phases else None)
    sent: list[list[bytes]] = [[] for _ in team]
    updates = Updates()
    bot = running_bot(config, flows, request, tune_gc=tune_gc)
    async with counting_errors() as errors, bot as (app, conversation):
        async def practitioner(n: int, user_id: int) -> None:
            person, pace = Practitioner(user_id, updates), Pace(think_s, user_id)
            mine = time.thread_time()
            raw: bytes | None = person.first_update()
            timings.simulated += time.thread_time() - mine
            while raw is not None:
                due = await pace.think()
                sent[n].append(raw)
                await _handle(app, raw, timings, due, decode_update)
                mine = time.thread_time()
                raw = person.next_update(request.outbox(user_id))
                timings.simulated += time.thread_time() - mine
                if raw is None:  # that update finished the flow: it showed the summary
                    timings.finishing.add(len(timings.latencies) - 1)

        restore = instrument(conversation) if phases else None
        uncount = count_rounds(asyncio.get_running_loop()) if phases else None
        start, cpu, loop = time.perf_counter(), time.process_time(), time.thread_time()
        try:
            if in_turn:
                for n, user_id in enumerate(team):
                    await practitioner(n, user_id)
            else:
                await asyncio.gather(*(practitioner(n, u) for n, u in enumerate(team)))
        finally:
            timings.wall = time.perf_counter() - start
            # the loop's clock read inside the process's (started after it, stopped before
            # it): the loop's share can never come out above the whole
            timings.loop_cpu = time.thread_time() - loop - timings.simulated
            timings.cpu = time.process_time() - cpu - timings.simulated
            if restore is not None:
                restore()
            if uncount is not None:
                uncount()
        completed = sum([len(await conversation.drafts(u, status="completed"))
                         for u in team])
        sample = await _completed_draft(conversation, team[0])
    if errors.count or completed != count:
        raise RuntimeError(f"the sosbot run went wrong: {completed} of {count} flows completed, "
                           f"{errors.count} errors logged (first: {errors.first})")
    return timings, sent, {"calls": dict(request.counts), "sample": sample}


async def _completed_draft(conversation: Conversation, user_id: int) -> Draft | None:
    (info,) = await conversation.drafts(user_id, status="completed")
    return await conversation.load(user_id, info.id)


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


async def replay(app: AnyApp, sent: list[list[bytes]], *, think_s: float = 0.0) -> Timings:
    """Replay each practitioner's updates, at the same concurrency, to an initialised bot."""
    timings = Timings()
    team = users(len(sent))

    async def practitioner(n: int, updates: list[bytes]) -> None:
        pace = Pace(think_s, team[n])
        for raw in updates:
            await _handle(app, raw, timings, await pace.think())

    start, cpu, loop = time.perf_counter(), time.process_time(), time.thread_time()
    await asyncio.gather(*(practitioner(n, u) for n, u in enumerate(sent)))
    timings.loop_cpu = time.thread_time() - loop  # inside the process's reading, as above
    timings.wall, timings.cpu = time.perf_counter() - start, time.process_time() - cpu
    return timings


async def run_baseline(sent: list[list[bytes]], *, think_s: float = 0.0) -> Timings:
    """Replay the same practitioners' updates, at the same concurrency, to the bare bot."""
    async with counting_errors() as errors, bare_application(MemoryRequest(record=False)) as app:
        timings = await replay(app, sent, think_s=think_s)
    if errors.count:
        raise RuntimeError(f"the baseline run logged {errors.count} errors: {errors.first}")
    return timings
