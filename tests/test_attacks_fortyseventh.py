"""The forty-seventh pass's attacks on the real `sosbot run` (polling the local Bot API
server, and webhook mode) and `sosbot chat`, and the last pass's operations leftovers. Each
test of a defect failed on the code as it was.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest

from bot.app import build_application, schedule_retention
from bot.keys import require_key
from bot.run import start_polling
from bot.services import open_services
from flows.loader import load_flows
from tests.botapi_server import BotApiServer
from tests.telegram_world import PRACTITIONER, bot_settings, start_a_draft
from tests.test_run_faults import immutable

DAY = 86_400.0


# --- a retention run the database refused --------------------------------------------------------


@pytest.mark.e2e
async def test_a_retention_run_the_database_refuses_says_so_and_is_tried_again_soon(
        disk_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The database refused the daily retention run (its file made unwritable): the log said
    "... (update None)" through the error handler, and the draft past its days waited for
    the next day's run. Now one line says retention did not erase, names the database and
    when it is tried again; the retry, once the file takes writes, erases the draft."""
    db = disk_path / "bot.db"
    caplog.set_level(logging.INFO)
    async with BotApiServer() as server:
        settings = bot_settings(server, db, SOSBOT_DRAFT_DAYS=30)
        async with open_services(settings, db, load_flows(),
                                 sealer=require_key(settings)) as conversation:
            app = build_application(settings, conversation)
            async with app:
                await app.start()
                await start_polling(app, poll_timeout=1)
                try:
                    await start_a_draft(server)
                    with sqlite3.connect(db) as raw:
                        raw.execute("UPDATE drafts SET updated_at = ?",
                                    (time.time() - 31 * DAY,))
                    schedule_retention(app, conversation, settings)
                    assert app.job_queue is not None
                    [daily] = app.job_queue.get_jobs_by_name("retention")
                    with immutable(db, Path(f"{db}-wal")):
                        await daily.callback(None)  # type: ignore[arg-type]
                    [retry] = app.job_queue.get_jobs_by_name("retention-retry")
                    refused = [r.getMessage() for r in caplog.records
                               if r.levelno >= logging.ERROR]
                    assert await conversation.store.list_drafts(PRACTITIONER)  # still kept
                    await retry.callback(None)  # type: ignore[arg-type]
                    await server.wait_idle()
                    left = await conversation.store.list_drafts(PRACTITIONER)
                finally:
                    assert app.updater is not None
                    await app.updater.stop()
                    await app.stop()
    [line] = refused
    assert line.startswith("retention: drafts past their days were not erased: ")
    assert str(db) in line
    assert line.endswith("tried again in 5 minutes")
    assert left == []
    assert any("retention: erased 1 draft(s)" in r.getMessage() for r in caplog.records)
    assert "KB-12" not in caplog.text
    assert "(update None)" not in caplog.text
