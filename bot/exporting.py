"""The summary of a user's open draft as files, for /export and the Export button."""

from __future__ import annotations

import asyncio

from bot.conversation import Conversation
from bot.handlers import Exporter
from bot.teams.conversation import TeamConversation
from flows.export import FORMATS, export
from flows.summary import Summary


async def current_summary(conversation: Conversation, user_id: int) -> Summary | None:
    """The summary of the user's open draft (with partners' parts), or None without one."""
    summary = await conversation.summary(user_id)
    draft = await conversation.active(user_id)
    if summary is not None and draft is not None and isinstance(conversation, TeamConversation):
        summary = await conversation.with_contributions(summary, draft.id)
    return summary


def exporter_for(conversation: Conversation) -> Exporter:
    """A function giving (filename, bytes) for each export format of a user's open draft."""

    async def files(user_id: int) -> list[tuple[str, bytes]]:
        summary = await current_summary(conversation, user_id)
        if summary is None:
            return []
        # Building a Word file takes tens of milliseconds: keep it off the event loop.
        made = [await asyncio.to_thread(export, summary, fmt) for fmt in FORMATS]
        return [(f.filename, f.data) for f in made]

    return files
