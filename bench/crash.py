"""What each peer loses when its process dies: a real child process, killed with SIGKILL.

The parent hands the child the recorded script and the practitioners' update bodies; the
child (`python -m bench.crash DIR durable|batched`) runs the peer as `run_polling` would
(`Application.start`, so the batched peer's timed writes run too), feeds every practitioner
at once and prints `ack` each time an answer has been acknowledged (its reply sent). The
parent kills it at a random moment, reads what it printed, and counts the answers a
restarted peer would find in the pickle file: acknowledged minus found is what was lost.
"""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import random
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.peer import Reply, peer_application, stored_answers
from tests.memory_botapi import MemoryRequest

ROOT = Path(__file__).resolve().parent.parent


def _child_env() -> dict[str, str]:
    path = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p)
    return {**os.environ, "PYTHONPATH": path, "PYTHONUNBUFFERED": "1"}


def kill_once(folder: Path, mode: str, sent: list[list[bytes]], rng: random.Random
              ) -> dict[str, Any]:
    """One life of the peer, killed after a random share of its answers."""
    total = sum(len(updates) - 1 for updates in sent)
    wanted = rng.randint(total // 4, 3 * total // 4)
    child = subprocess.Popen([sys.executable, "-m", "bench.crash", str(folder), mode],
                             stdout=subprocess.PIPE, text=True, env=_child_env(), cwd=ROOT)
    assert child.stdout is not None
    acks = 0
    try:
        for line in child.stdout:
            acks += line == "ack\n"
            if acks >= wanted:
                child.send_signal(signal.SIGKILL)
                break
    finally:
        child.kill()
        rest, _ = child.communicate(timeout=60)
    acks += rest.count("ack\n")
    try:
        found = sum(stored_answers(folder / "peer.pickle").values())
        readable = True
    except (pickle.UnpicklingError, EOFError, ValueError):  # killed in the middle of a write
        found, readable = 0, False
    return {"acknowledged": acks, "found": found, "lost": max(acks - found, 0),
            "file_readable": readable}


def kill_peer(folder: Path, mode: str, script: list[list[Reply]], sent: list[list[bytes]],
              kills: int, seed: int = 16) -> dict[str, Any]:
    """`kills` lives of the peer, each killed at a random moment; what each lost."""
    rng = random.Random(seed)
    lives = []
    for n in range(kills):
        life = folder / f"{mode}-{n}"
        life.mkdir(parents=True)
        (life / "script.pickle").write_bytes(pickle.dumps(script))
        (life / "sent.json").write_text(json.dumps([[r.decode() for r in u] for u in sent]))
        lives.append(kill_once(life, mode, sent, rng))
    return {"kills": kills, "practitioners": len(sent), "lives": lives,
            "lost_mean": round(sum(x["lost"] for x in lives) / max(kills, 1), 1),
            "lost_max": max((x["lost"] for x in lives), default=0),
            "acknowledged_mean": round(sum(x["acknowledged"] for x in lives)
                                       / max(kills, 1), 1)}


async def _live(folder: Path, durable: bool) -> None:
    from telegram import Update

    script = pickle.loads((folder / "script.pickle").read_bytes())
    sent = json.loads((folder / "sent.json").read_text())
    app = peer_application(script, folder / "peer.pickle", durable=durable,
                           request=MemoryRequest(record=False))

    async def practitioner(updates: list[str]) -> None:
        for n, raw in enumerate(updates):
            await app.process_update(Update.de_json(json.loads(raw), app.bot))
            if n:  # every update but /start carries an answer
                print("ack", flush=True)

    async with app:
        await app.start()
        await asyncio.gather(*(practitioner(u) for u in sent))
        await asyncio.sleep(3600)  # the parent kills it before it could stop cleanly


def main(argv: list[str]) -> int:
    asyncio.run(_live(Path(argv[0]), argv[1] == "durable"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
