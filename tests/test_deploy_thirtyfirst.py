"""A council's operator deploying sosbot by README's "Deploy for a council", thirty-first pass.

What the operator would trip on, each pinned through the real parts: the SQLite file as a
backup restores it, webhook posts for one chat arriving side by side (Telegram's
max_connections above 1) on one instance and on two sharing PostgreSQL, and the start-up
lines an operator reads in `journalctl`.
"""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest

from storage.crypto import AesGcmSealer
from storage.store import Store

# --- the SQLite file restored from a backup --------------------------------------------------

async def test_a_database_restored_readable_by_others_is_made_private_and_said(
        tmp_path: Path, sealer: AesGcmSealer, caplog: pytest.LogCaptureFixture) -> None:
    """README: back the database up with `sqlite3 ... ".backup /backups/sosbot.db"`. Made by
    root, that copy is mode 644 (root's umask), and so is the file put back from it with
    `cp`. A new database is made mode 600; the restored one stayed readable by every user of
    the server (who uses the bot, the members, when), its -wal too, without a word."""
    db = tmp_path / "sosbot.db"
    async with await Store.open(db, sealer=sealer):
        pass
    db.chmod(0o644)  # as `cp /backups/sosbot.db` leaves it under umask 022
    wal = tmp_path / "sosbot.db-wal"
    wal.write_bytes(b"")
    wal.chmod(0o664)
    with caplog.at_level(logging.WARNING, logger="storage.store"):
        async with await Store.open(db, sealer=sealer):
            assert [stat.S_IMODE(f.stat().st_mode) for f in (db, wal)] == [0o600, 0o600]
    said = [r.getMessage() for r in caplog.records]
    assert any(str(db) in line and "mode 644" in line and "mode 600" in line
               for line in said), said
