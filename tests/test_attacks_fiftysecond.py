"""The fifty-second pass's attacks on the real `sosbot run` (polling the local Bot API
server, and with --webhook) and `sosbot chat`. Each test of a defect failed on the code as
it was.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.botapi_server import BotApiServer
from tests.test_webhook import instance, open_a_draft

# --- a flood of posts that are not updates, with the webhook's secret ------------------------

NOT_AN_UPDATE = re.compile(r"not a Telegram update \((\w+)\)(?: \((\d+) more such posts "
                           r"refused since the last line\))?$")


@pytest.mark.e2e
async def test_a_flood_of_posts_that_are_not_updates_is_logged_once_with_the_count(
        tmp_path: Path) -> None:
    """Someone holding the webhook's secret (a proxy gone wrong, a leaked secret) posted
    300 bodies that are not updates: the journal got 300 lines, one each, while a post
    without the secret is logged once a minute with how many more were refused. Now the
    same: one line, and at the stop how many more came since."""
    async with BotApiServer() as server, instance(server, tmp_path / "bot.db") as bot:
        for _ in range(300):
            assert await bot.post_body(b"[1,2]") == 400
        await open_a_draft(bot)  # the bot goes on
        assert await bot.stop() == 0
    refused = [NOT_AN_UPDATE.search(line) for line in bot.stderr.splitlines()
               if "not a Telegram update" in line]
    assert all(refused), bot.stderr[-2000:]
    assert [(m.group(1), m.group(2)) for m in refused if m] == [("TypeError", None),
                                                                ("TypeError", "299")]
