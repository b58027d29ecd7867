"""Crash safety and replays, through the real conversation and real flows.

A writer is killed with SIGKILL at hundreds of random points while answers stream in: no
acknowledged answer is lost or doubled and the file passes its integrity check. Updates
delivered one to three times, the repeats arriving at random later moments, leave exactly
what delivering each once leaves.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.conversation import Conversation
from flows.flow import Flow
from flows.replies import Input as ConversationInput
from storage.crypto import AesGcmSealer, parse_keys
from storage.store import Store, Synchronous
from tests.conftest import REPO, sosbot_env
from tests.conversation_writer import accepted, next_input

KILLS = 400
MIN_ANSWERS = 200
ARTIFACTS = REPO / "tests" / "artifacts"
KEY = "k1:" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY="  # test key, 32 bytes


@dataclass
class Run:
    """What the writers acknowledged across all their lives."""

    acks: dict[int, list[str]] = field(default_factory=dict)
    kills: int = 0
    ready: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def answers(self) -> int:
        return sum(fields[0] not in ("none", "dup") for fields in self.acks.values())

    @property
    def next_update(self) -> int:
        return max(self.acks, default=0) + 1

    def take(self, line: str) -> None:
        word, _, rest = line.partition(" ")
        if word == "ack":
            update_id, *fields = rest.split(" ")
            self.acks[int(update_id)] = fields
        elif word == "ready":
            self.ready += 1
        elif word == "error":
            self.errors.append(rest)


def _kill_writers(db: Path, rng: random.Random) -> Run:
    run = Run()
    server = subprocess.Popen(
        [sys.executable, str(REPO / "tests" / "conversation_writer.py"), str(db), KEY],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=sosbot_env(), cwd=REPO)
    assert server.stdin is not None
    assert server.stdout is not None
    try:
        assert server.stdout.readline() == "loaded\n"
        # At least KILLS kills and MIN_ANSWERS answers acknowledged, however slow the machine.
        while (run.kills < KILLS or run.answers < MIN_ANSWERS) and run.kills < 10 * KILLS:
            server.stdin.write(f"go {run.next_update}\n")
            server.stdin.flush()
            word, pid = server.stdout.readline().split()
            assert word == "pid"
            if run.kills % 2:
                # Every other writer is let open the database first: on a machine so busy
                # that opening takes longer than the window below, kills from the start
                # alone would never let an answer through.
                while (line := server.stdout.readline()) not in ("ready\n", ""):
                    assert not line.startswith("dead "), (line, run.errors)  # died unkilled
                    run.take(line.rstrip("\n"))
                run.take(line.rstrip("\n"))
            # A random point in the writer's life: opening (lock, key check, migrations) or
            # answering, where each update is several trips to aiosqlite's thread.
            time.sleep(rng.uniform(0.001, 0.080))
            os.kill(int(pid), signal.SIGKILL)
            run.kills += 1
            for line in server.stdout:
                if line.startswith("dead "):
                    status = int(line.split()[2])
                    assert os.WIFSIGNALED(status), (status, run.errors)
                    break
                run.take(line.rstrip("\n"))
    finally:
        server.stdin.close()
        server.wait(timeout=60)
        server.stdout.close()
    return run


async def _check(db: Path, run: Run) -> dict[str, int]:
    sealer = AesGcmSealer(parse_keys(KEY, "key"))
    async with await Store.open(db, sealer=sealer) as store:
        assert [r[0] for r in await store._db.execute_fetchall("PRAGMA integrity_check")] == [
            "ok"]
        drafts = {d.id: await store.load_draft(1, d.id) for d in await store.list_drafts(1)}
        handled = {r[0] for r in await store._db.execute_fetchall(
            "SELECT update_id FROM handled_updates")}
    tokens: Counter[str] = Counter()
    for draft in drafts.values():
        assert draft is not None
        for value in draft.answers.values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, str) and item[:1] in "ti" and item[1:].isdigit():
                    tokens[item] += 1
    checked = 0
    for update_id, (kind, draft_id, step_id, token) in run.acks.items():
        assert update_id in handled, update_id
        if kind in ("none", "dup"):
            continue
        stored = drafts[draft_id]
        assert stored is not None, draft_id
        value = stored.answers.get(step_id)
        if kind == "text":
            assert value == token, (update_id, step_id, value)
        elif kind == "item":
            assert isinstance(value, list)
            assert token in value, (update_id, step_id, value)
        else:
            assert step_id in stored.answers, (update_id, step_id)
        checked += 1
    doubled = [t for t, n in tokens.items() if n > 1]
    assert doubled == []
    return {"kills": run.kills, "writers_ready": run.ready, "updates_acked": len(run.acks),
            "answers_acked_and_checked": checked,
            "acked_as_already_handled": sum(f[0] == "dup" for f in run.acks.values()),
            "drafts": len(drafts), "answer_tokens_stored": sum(tokens.values()),
            "doubled": len(doubled), "lost": 0, "integrity_errors": 0}


def test_writers_killed_at_random_points_lose_and_double_nothing(tmp_path: Path) -> None:
    db = tmp_path / "crash.db"
    run = _kill_writers(db, random.Random(20261125))
    assert run.errors == []
    figures = asyncio.run(_check(db, run))
    assert figures["answers_acked_and_checked"] >= MIN_ANSWERS
    _record("crash", figures)


# --- replays ------------------------------------------------------------------------------


async def _deliver_once(db: Path, flows: Mapping[str, Flow], users: int, updates: int
                        ) -> list[tuple[int, int, ConversationInput]]:
    """Drive each user through `updates` inputs, delivered once; returns what was sent."""
    sent: list[tuple[int, int, ConversationInput]] = []
    async with await Store.open(db, synchronous=UNFLUSHED) as store:
        chat = Conversation(store, flows)
        for n in range(updates):
            for user in range(1, users + 1):
                update_id = user * 100_000 + n
                plan = await next_input(chat, store, user, update_id)
                replies = await chat.handle(user, plan.given, update_id=update_id)
                assert replies, update_id
                if plan.kind != "none":
                    assert accepted(plan, replies), (plan, replies)
                sent.append((user, update_id, plan.given))
    return sent


# What a replay leaves is the same whether each commit waits for the disk or not (the writers
# killed above are what hold the disk's flush): the replays' databases skip it.
UNFLUSHED: Synchronous = "OFF"


def _with_repeats(sent: list[tuple[int, int, ConversationInput]], rng: random.Random
                  ) -> list[tuple[int, int, ConversationInput]]:
    """Each update 1 to 3 times: first in order, repeats at random later moments."""
    out = list(sent)
    for i, update in enumerate(sent):
        for _ in range(rng.randint(0, 2)):
            first = out.index(update)
            out.insert(rng.randint(first + 1, len(out)), update)
        assert i <= out.index(update)
    return out


async def _snapshot(db: Path) -> tuple[dict[str, int], list[tuple[object, ...]]]:
    async with await Store.open(db) as store:
        counts = await store.table_counts()
        rows = []
        for user in (1, 2, 3):
            for info in sorted(await store.list_drafts(user), key=lambda d: d.label):
                draft = await store.load_draft(user, info.id)
                assert draft is not None
                rows.append((user, draft.label, draft.status, sorted(draft.answers.items(),
                             key=str), draft.history))
    return counts, rows


def test_replayed_updates_count_once(tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    rng = random.Random(5)
    once = tmp_path / "once.db"
    sent = asyncio.run(_deliver_once(once, flows, users=3, updates=60))
    expected = asyncio.run(_snapshot(once))
    replays = 0
    for trial in range(8):
        db = tmp_path / f"replayed{trial}.db"
        delivered = _with_repeats(sent, rng)
        replays += len(delivered) - len(sent)

        async def replay(db: Path = db, delivered: list[tuple[int, int, ConversationInput]]
                         = delivered) -> None:
            async with await Store.open(db, synchronous=UNFLUSHED) as store:
                chat = Conversation(store, flows)
                for user, update_id, given in delivered:
                    await chat.handle(user, given, update_id=update_id)

        asyncio.run(replay())
        assert asyncio.run(_snapshot(db)) == expected
    _record("replays", {"updates": len(sent) * 8, "extra_deliveries": replays,
                        "duplicate_rows": 0, "differences": 0})


def _record(name: str, figures: dict[str, int]) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(name, figures)
