"""The twentieth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the bot polling the local Bot API
server as `sosbot run` does (`tests.telegram_world`); the rest through the real command."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from tests.telegram_world import bot_world

# --- text holding half of a surrogate pair --------------------------------------------------


def stored_steps(db: Path) -> list[str]:
    with closing(sqlite3.connect(db)) as opened:
        return sorted(row[0] for row in opened.execute("SELECT step_id FROM answers"))


async def test_an_answer_holding_half_an_emoji_is_saved_with_a_mark_in_its_place(
        tmp_path: Path) -> None:
    """JSON can carry half of an emoji's surrogate pair (`\\ud83d` with nothing after it),
    which no UTF-8 text holds; python-telegram-bot reads it into the message's text as it
    is. The answer it was in failed at the first thing that measured the text: "Sorry,
    something went wrong on my side", an ERROR in the log, and the answer not saved. It is
    now read as text that was not UTF-8 is, the half shown as the replacement character."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB-12", command="start")
        await world.tap("School or college")
        await world.answer("Drew a sad face \ud83d and cried")
        assert "is the child safe to go home today" in world.texts()[-1]
        await world.command("review")
        assert "Drew a sad face \ufffd and cried" in world.texts()[-1]
    assert stored_steps(tmp_path / "bot.db") == ["referrer_role", "what_happened"]


async def test_a_label_or_command_holding_half_an_emoji_is_read_not_failed(
        tmp_path: Path) -> None:
    """The same half pair in a case label, and after a command's name (`/resume`), which
    are quoted back before anything is saved."""
    async with bot_world(tmp_path / "bot.db") as world:
        await world.open_tool("Pre-referral", "KB\ud83d-12", command="start")
        assert "KB\ufffd-12" in "\n".join(world.texts())
        await world.command("resume", "\udc00")
        assert "can't find that draft" in world.texts()[-1]
