"""A writer for the crash test: saves answers one at a time and acknowledges each commit.

Run as `python tests/storage_writer.py DB RUN`; it prints `ack STEP VALUE` after every save
has committed, and never stops by itself (the test kills it).
"""

from __future__ import annotations

import asyncio
import sys

from flows.draft import Draft
from storage.store import Store


async def write_forever(db: str, run: int) -> None:
    store = await Store.open(db)
    draft = Draft(id=f"run{run}", user_id=7, flow_id="crash", flow_version=1, label=f"R{run}")
    await store.save(draft, new=True)
    print("ready", flush=True)
    step = 0
    while True:
        step_id, value = f"s{step}", f"answer {run}-{step} " + "x" * (step % 50)
        draft.answers[step_id] = value
        draft.history = [step_id]
        await store.save(draft, [step_id], update=(7, run * 1_000_000 + step))
        print(f"ack {step_id} {value}", flush=True)
        step += 1


if __name__ == "__main__":
    asyncio.run(write_forever(sys.argv[1], int(sys.argv[2])))
