"""Memory: peak RSS of the bot with many drafts stored and many practitioners mid-flow.

Each scenario runs in a fresh interpreter (`python -m bench.memory DB ACTIVE`), so one
scenario's peak cannot hide in another's. The database is filled beforehand by the parent;
the child builds the bot as `serve` does, brings ACTIVE practitioners part-way into
`mapping` (start, tool, label, two answers), and reports its peak (VmHWM) and current RSS.
The growth per active draft is the difference from the same database with nobody active.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.practitioner import Practitioner
from bench.world import counting_errors, running_bot, settings, users
from flows.draft import Draft
from flows.loader import load_flows
from storage.crypto import AesGcmSealer, parse_keys
from storage.store import Store
from tests.memory_botapi import MemoryRequest, Updates

ACTIVE_USERS = 200_000
STORED_USERS = 300_000
DRAFTS_PER_STORED_USER = 5
UPDATES_PER_ACTIVE = 5


def status_kb() -> dict[str, int]:
    """VmHWM (peak) and VmRSS (now) of this process, in KB."""
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in ("VmHWM", "VmRSS"):
            fields[name] = int(value.split()[0])
    return fields


async def fill(db: Path, count: int, sample: Draft, key: str) -> None:
    """Store `count` finished drafts like `sample`, for other users, as the bot stores them."""
    store = await Store.open(db, sealer=AesGcmSealer(parse_keys(key, "bench")),
                             synchronous="OFF")
    try:
        for n in range(count):
            draft = sample.copy()
            draft.id = f"stored{n:07d}"
            draft.user_id = STORED_USERS + n // DRAFTS_PER_STORED_USER
            await store.save(draft, draft.answers, new=True)
    finally:
        await store.close()


async def _activate(db: Path, active: int, key: str) -> dict[str, Any]:
    team = users(active, ACTIVE_USERS)
    config = settings(db, team, key)
    request = MemoryRequest(record=False)
    updates = Updates()
    async with counting_errors() as errors, running_bot(config, load_flows(), request) as bot:
        app, _ = bot
        gc.collect()
        ready = status_kb()["VmRSS"]
        handled = 0
        for user_id in team:
            person = Practitioner(user_id, updates)
            raw: bytes | None = person.first_update()
            while raw is not None and person.sent <= UPDATES_PER_ACTIVE:
                await app.process_update(_decode(app, raw))
                handled += 1
                raw = person.next_update(request.outbox(user_id))
        gc.collect()
        now = status_kb()
    if errors.count:
        raise RuntimeError(f"{errors.count} errors while activating drafts: {errors.first}")
    return {"ready_rss_kb": ready, "rss_kb": now["VmRSS"], "hwm_kb": now["VmHWM"],
            "updates": handled}


def _decode(app: Any, raw: bytes) -> Any:
    from telegram import Update

    return Update.de_json(json.loads(raw), app.bot)


def measure(db: Path, active: int, key: str) -> dict[str, Any]:
    """One scenario in a fresh interpreter, on a copy of `db`."""
    copy = db.with_name(f"{db.stem}-active{active}.db")
    copy.write_bytes(db.read_bytes())
    root = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    env = {**os.environ, "SOSBOT_DATA_KEY": key, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, "-m", "bench.memory", str(copy), str(active)],
                          capture_output=True, text=True, env=env, cwd=root, timeout=600,
                          check=False)
    if done.returncode != 0:
        raise RuntimeError(f"memory scenario failed:\n{done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str]) -> int:
    db, active = Path(argv[0]), int(argv[1])
    result = asyncio.run(_activate(db, active, os.environ["SOSBOT_DATA_KEY"]))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
