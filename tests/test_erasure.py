"""Erasure by key destruction, on both engines, read from the bytes an attacker would hold.

A `pg_dump` (or a copy of the SQLite file and its WAL) is taken BEFORE the erasure, then the
practitioner is erased (/delete), a draft is discarded (/cancel) and another ages out
(retention). Afterwards every value they wrote is still there, in the backup and (for
PostgreSQL) in the table files' dead rows, but none opens with any key the system still
holds once the data key in use at the time is retired: the draft keys were deleted, and the
backup's copy of them is sealed under the retired data key.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import asyncpg

from flows.draft import Draft
from storage import open_store
from storage.crypto import AesGcmSealer, DataKey, new_key
from storage.errors import SealError
from storage.keyring import DRAFT_KEY, key_place
from storage.sealing import where
from storage.sql import SqlStore
from storage.statements import ALL_VALUES
from tests.postgres_server import PgCluster

OLD, NEW = new_key("old"), new_key("new")
GONE, KEPT = 1, 2  # the practitioner erased, and one who stays
Sealed = tuple[int, str, str, bytes]  # user, draft, field, stored bytes


async def _fill(store: SqlStore) -> None:
    for user in (GONE, KEPT):
        for n, status in enumerate(("in_progress", "in_progress", "completed")):
            draft = Draft(id=f"u{user}d{n}", user_id=user, flow_id="mapping", flow_version=1,
                          label=f"CASE-{user}-{n}", status=status)  # type: ignore[arg-type]
            draft.answers = {"worry": f"secret answer {user}-{n}", "list": ["a", "b"]}
            await store.save(draft, draft.answers, new=True)


async def _erase(store: SqlStore, now: float) -> None:
    """/cancel of one of KEPT's drafts, retention of another, /delete of GONE."""
    assert await store.delete_draft(KEPT, "u2d0")
    await store.purge(idle_before=0, done_before=now + 1, updates_before=0)  # u1d2, u2d2
    await store.delete_user(GONE)


def _opens(value: Sealed, data_keys: list[DataKey], draft_keys: dict[tuple[int, str], bytes]
           ) -> bool:
    """Whether any key the system holds opens this stored value."""
    user, draft, name, stored = value
    place = where(user, draft, name)
    candidates = [AesGcmSealer(data_keys)] + [AesGcmSealer([DataKey(DRAFT_KEY, secret)])
                                              for secret in draft_keys.values()]
    for sealer in candidates:
        try:
            sealer.open(stored, place)
            return True
        except SealError:
            continue
    return False


def _backup_keys(rows: list[tuple[int, str, bytes]], data_keys: list[DataKey]
                 ) -> dict[tuple[int, str], bytes]:
    """The draft keys a backup holds that the configured data keys can still open."""
    opened = {}
    for user, draft, sealed in rows:
        try:
            opened[(user, draft)] = AesGcmSealer(data_keys).open(sealed, key_place(user, draft))
        except SealError:
            continue
    return opened


async def _rotate_and_retire(url: str) -> None:
    """`sosbot keys rotate`, then `retire old`: returns the draft keys the live DB holds."""
    async with await open_store(url, sealer=AesGcmSealer([NEW, OLD])) as store:
        await store.reseal(AesGcmSealer([NEW, OLD]))
        assert (await store.key_usage()).get("old", 0) == 0  # so `retire old` is allowed
    async with await open_store(url, sealer=AesGcmSealer([NEW])) as store:
        loaded = await store.load_draft(KEPT, "u2d1")
        assert loaded is not None
        assert loaded.answers["worry"] == "secret answer 2-1"


def _erased(values: list[Sealed]) -> list[Sealed]:
    return [v for v in values if v[0] == GONE or v[1] in ("u2d0", "u2d2")]


# --- PostgreSQL ---------------------------------------------------------------------------


async def _pg_values(url: str) -> tuple[list[Sealed], list[tuple[int, str, bytes]]]:
    conn = await asyncpg.connect(url)
    try:
        values = [(int(u), str(d), str(n), bytes(v))
                  for u, d, n, v in await conn.fetch(ALL_VALUES)]
        keys = [(int(u), str(d), bytes(s)) for u, d, s in await conn.fetch(
            "SELECT user_id, draft_id, sealed FROM user_keys")]
    finally:
        await conn.close()
    return values, keys


async def _pg_table_files(cluster: PgCluster, url: str) -> bytes:
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("CHECKPOINT")  # the pages, dead rows included, reach the files
        paths = [await conn.fetchval("SELECT pg_relation_filepath($1::regclass)", table)
                 for table in ("drafts", "answers", "user_keys")]
    finally:
        await conn.close()
    return b"".join((cluster.data / p).read_bytes() for p in paths)


async def test_postgresql_erasure_reaches_a_dump_taken_before_and_the_dead_rows(
        pg_cluster: PgCluster) -> None:
    url = pg_cluster.new_database()
    async with await open_store(url, sealer=AesGcmSealer([OLD])) as store:
        await _fill(store)
        now = (await store.load_draft(KEPT, "u2d2")).updated_at  # type: ignore[union-attr]
        values, key_rows = await _pg_values(url)
        dump = pg_cluster.tool("pg_dump", "-d", url.split("?")[0].rsplit("/", 1)[1]).stdout
        await _erase(store, now)
    erased = _erased(values)
    assert len(erased) == 4 * 3 + 2 * 4  # GONE's 3 drafts, KEPT's 2: label, state, 2 answers
    files = await _pg_table_files(pg_cluster, url)
    assert all(v[3].hex().encode() in dump for v in erased)  # the backup still has them...
    in_files = [v for v in erased if v[3] in files]
    assert in_files  # ...and so do PostgreSQL's dead rows

    live_keys = _backup_keys((await _pg_values(url))[1], [OLD])
    assert not any(_opens(v, [OLD], live_keys) for v in erased)  # the live keys: gone
    window = _backup_keys(key_rows, [OLD])
    assert all(_opens(v, [OLD], window) for v in erased)  # the dump's own key rows, still

    await _rotate_and_retire(url)
    held = _backup_keys((await _pg_values(url))[1], [NEW])
    held |= _backup_keys(key_rows, [NEW])  # the dump's key rows, with what is still held
    assert not any(_opens(v, [NEW], held) for v in erased)
    kept = [v for v in values if v not in erased]
    assert kept
    assert all(_opens(v, [NEW], held) for v in kept)


# --- SQLite ---------------------------------------------------------------------------------


def _sqlite_values(path: Path) -> tuple[list[Sealed], list[tuple[int, str, bytes]]]:
    with sqlite3.connect(path) as db:
        values = [(int(u), str(d), str(n), bytes(v)) for u, d, n, v in db.execute(ALL_VALUES)]
        keys = [(int(u), str(d), bytes(s)) for u, d, s in db.execute(
            "SELECT user_id, draft_id, sealed FROM user_keys")]
    db.close()
    return values, keys


def _bytes_of(folder: Path, pattern: str) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.glob(pattern)) if p.is_file())


async def test_sqlite_erasure_reaches_a_copy_taken_before_and_leaves_the_files(
        tmp_path: Path) -> None:
    path = tmp_path / "bot.db"
    backup = tmp_path / "backup"
    backup.mkdir()
    async with await open_store(path, sealer=AesGcmSealer([OLD])) as store:
        await _fill(store)
        now = (await store.load_draft(KEPT, "u2d2")).updated_at  # type: ignore[union-attr]
        for name in ("bot.db", "bot.db-wal"):  # a file-level backup of a running database
            shutil.copy(tmp_path / name, backup / name)
        await _erase(store, now)
    live = _bytes_of(tmp_path, "bot.db*")
    values, key_rows = _sqlite_values(backup / "bot.db")
    erased = _erased(values)
    assert len(erased) == 20
    assert not any(v[3] in live for v in erased)  # secure_delete and a checkpoint: gone
    assert not any(s in live for u, d, s in key_rows if u == GONE)

    window = _backup_keys(key_rows, [OLD])
    assert all(_opens(v, [OLD], window) for v in erased)
    await _rotate_and_retire(f"sqlite:///{path}")
    held = _backup_keys(_sqlite_values(path)[1], [NEW]) | _backup_keys(key_rows, [NEW])
    assert not any(_opens(v, [NEW], held) for v in erased)
    assert all(_opens(v, [NEW], held) for v in values if v not in erased)
