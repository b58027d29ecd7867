"""The forty-eighth pass's cut on the update path changes nothing sent or kept.

Each value sealed (an answer, the draft's position: two in most updates) took its nonce
from the operating system, a system call apiece, and system calls are dear on the virtual
machine the benchmark runs on (about 5.7 µs for 12 random bytes). The nonces are now drawn
many at a time (`storage.crypto.Nonces`), each still 96 random bits handed out once.

Held here: the nonces are drawn in bulk, never handed out twice (threads at once, a forked
child), and practitioners through the real bot and a real SQLite file are sent and kept the
same with the cut and without it, every stored value with a nonce of its own.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import storage.crypto
from bench.throughput import run_sosbot
from bench.world import data_key
from flows.flow import Flow
from storage.crypto import NONCE_SIZE, AesGcmSealer, DataKey, Nonces, new_key
from tests.test_perf_fortyseventh_b import Sent, _as_seen


def counted_urandom(patched: pytest.MonkeyPatch) -> list[int]:
    """The sizes asked of `os.urandom` from here on."""
    asked: list[int] = []
    drawing = os.urandom

    def urandom(size: int) -> bytes:
        asked.append(size)
        return drawing(size)

    patched.setattr(os, "urandom", urandom)
    return asked


def test_a_thousand_values_sealed_draw_randomness_a_few_times_not_a_thousand(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A thousand values sealed asked the system for randomness a thousand times; now four
    times, each for the bytes of 256 nonces. Every value opens in its place, each with a
    nonce of its own."""
    sealer = AesGcmSealer([new_key("k1")])
    asked = counted_urandom(monkeypatch)
    sealed = [sealer.seal(f"answer {n}".encode(), b"1|d|answer:x") for n in range(1000)]
    assert len(asked) <= 5
    assert set(asked) == {NONCE_SIZE * 256}
    header = len(b"\x01\x02k1")
    nonces = {value[header:header + NONCE_SIZE] for value in sealed}
    assert len(nonces) == 1000
    for n, value in enumerate(sealed):
        assert sealer.open(value, b"1|d|answer:x") == f"answer {n}".encode()


def test_nonces_taken_by_threads_at_once_are_never_the_same() -> None:
    nonces = Nonces(count=7)  # refilled often, while the threads take
    taken: list[list[bytes]] = [[] for _ in range(8)]

    def take(mine: list[bytes]) -> None:
        for _ in range(2000):
            mine.append(nonces.take())

    threads = [threading.Thread(target=take, args=(mine,)) for mine in taken]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = [nonce for mine in taken for nonce in mine]
    assert {len(nonce) for nonce in every} == {NONCE_SIZE}
    assert len(set(every)) == len(every) == 16_000


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork here")
def test_a_forked_child_never_hands_out_its_parents_nonces() -> None:
    """A child forked with nonces drawn and not yet handed out draws its own: the two
    processes would otherwise seal with the same nonces under the same key."""
    nonces = Nonces()
    nonces.take()  # drawn: 255 left to hand out
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - the child's
        os.close(reading)
        os.write(writing, b"".join(nonces.take() for _ in range(10)))
        os._exit(0)
    os.close(writing)
    got = b""
    while chunk := os.read(reading, 1024):
        got += chunk
    os.close(reading)
    os.waitpid(child, 0)
    theirs = {got[at:at + NONCE_SIZE] for at in range(0, len(got), NONCE_SIZE)}
    ours = {nonces.take() for _ in range(10)}
    assert len(theirs) == 10
    assert not theirs & ours


def stored_nonces(folder: Path) -> list[bytes]:
    """The nonce of every sealed value in the SQLite file under `folder`: answers, drafts'
    labels and positions, and their keys."""
    (path,) = folder.glob("*.db")
    with sqlite3.connect(path) as db:
        values = [bytes(v) for (v,) in db.execute(
            "SELECT value FROM answers UNION ALL SELECT label FROM drafts UNION ALL "
            "SELECT state FROM drafts UNION ALL SELECT sealed FROM user_keys")]
    return [value[2 + value[1]:2 + value[1] + NONCE_SIZE] for value in values]


def one_at_a_time(patched: pytest.MonkeyPatch) -> None:
    """The way before this pass: each nonce asked of the system as it is needed."""
    patched.setattr(storage.crypto.NONCES, "take", lambda: os.urandom(NONCE_SIZE))


async def test_practitioners_are_sent_and_kept_the_same_with_nonces_drawn_in_bulk(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, flows: dict[str, Flow]) -> None:
    """Two practitioners completing `mapping` through the real bot and a real SQLite file,
    with nonces drawn in bulk and with each asked of the system: each chat is sent the same
    calls and the same finished draft is kept. Every value stored has a nonce of its own,
    and the system was asked for randomness about once for every 256 values sealed, where
    it was asked once for each."""
    key = data_key()

    async def run(folder: Path, way: Callable[[pytest.MonkeyPatch], None] | None
                  ) -> tuple[Sent, dict[str, Any], list[int]]:
        with monkeypatch.context() as patched:
            # A bot as it starts, with no nonces drawn: those an earlier test in this process
            # left in the shared pool could last the whole run and hide the bulk draw.
            patched.setattr(storage.crypto, "NONCES", Nonces())
            if way is not None:
                way(patched)
            sent = Sent(patched)
            asked = counted_urandom(patched)
            _, _, kept = await run_sosbot(2, folder, flows, key=key)
        return sent, kept, asked

    now, kept, asked = await run(tmp_path / "now", None)
    before, kept_before, asked_before = await run(tmp_path / "before", one_at_a_time)

    assert _as_seen(now.calls) == _as_seen(before.calls)
    draft, was = kept["sample"], kept_before["sample"]
    assert (draft.answers, draft.history, draft.status, draft.label, draft.nonce) == (
        was.answers, was.history, was.status, was.label, was.nonce)
    nonces = stored_nonces(tmp_path / "now")
    assert len(nonces) > 50
    assert len(set(nonces)) == len(nonces)
    bulk = [size for size in asked if size == NONCE_SIZE * 256]
    single = [size for size in asked_before if size == NONCE_SIZE]
    assert len(single) > 150  # an answer and the position, at nearly every update
    assert 1 <= len(bulk) <= len(single) // 100
    assert NONCE_SIZE not in asked


def test_a_key_sealed_and_opened_as_before() -> None:
    """A value sealed before this pass (its nonce asked of the system) opens, and one sealed
    now opens with a sealer made before: the stored form is unchanged."""
    key = DataKey("k1", bytes(range(32)))
    sealer = AesGcmSealer([key])
    header = b"\x01\x02k1"
    nonce = os.urandom(NONCE_SIZE)
    old = header + nonce + AESGCM(key.secret).encrypt(nonce, b"text", b"place" + header)
    assert sealer.open(old, b"place") == b"text"
    new = sealer.seal(b"text", b"place")
    assert new[:len(header)] == header
    assert AESGCM(key.secret).decrypt(new[len(header):len(header) + NONCE_SIZE],
                                      new[len(header) + NONCE_SIZE:],
                                      b"place" + header) == b"text"
