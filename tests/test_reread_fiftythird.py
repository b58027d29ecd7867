"""The fifty-third pass's merged change read again: where two of its changes meet, or one
reaches a place its author did not try."""

from __future__ import annotations

import time
from pathlib import Path

from bot.teams.invites import invite_colleague
from storage import open_store
from storage.crypto import AesGcmSealer, new_key
from storage.teams import TeamStore
from tests.test_attacks_fiftythird import a_terminal_draft
from tests.test_attacks_thirteenth import run_closed

MARY, SAM = 4242, 77


async def test_a_first_name_is_kept_and_rotated_on_either_engine(database: str) -> None:
    """Migration 15's column on PostgreSQL as on SQLite: a member joins with her first name,
    the data key is rotated, the old one retired, and she is still "Mary Ann"."""
    old, new = new_key("old"), new_key("new")
    store = await open_store(database, sealer=AesGcmSealer([old]))
    try:
        teams = TeamStore(store)
        made = await invite_colleague(teams, SAM)
        await teams.join(made.invite.code_hash, MARY, "Mary Ann Smith", time.time(), "Mary Ann")
        await store.reseal(AesGcmSealer([new, old]))
        assert (await store.key_usage())["old"] == 0
    finally:
        await store.close()
    store = await open_store(database, sealer=AesGcmSealer([new]))
    try:
        [member] = await TeamStore(store).members()
        assert (member.name, member.first_name) == ("Mary Ann Smith", "Mary Ann")
    finally:
        await store.close()


def test_the_second_nights_export_over_last_nights_file_with_output_closed(
        tmp_path: Path) -> None:
    """The nightly `sosbot export KB-1 -o notes.txt >&-` was written the first night; the
    second night notes.txt was there, and asking whether it was standard output (which is
    not there at all) ended in a traceback, last night's file left as it was."""
    db = a_terminal_draft(tmp_path)
    (tmp_path / "notes.txt").write_text("last night's notes\n")
    result = run_closed(tmp_path, ">&-", "export", "KB-1", "--db", str(db), "-o", "notes.txt")
    assert b"Traceback" not in result.stderr, result.stderr[-2000:]
    assert result.returncode == 0, result.stderr
    assert "Seen a bruise on her arm" in (tmp_path / "notes.txt").read_text()
