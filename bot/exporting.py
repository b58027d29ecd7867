"""The summary of a user's open draft as files, for /export and the Export button."""

from __future__ import annotations

import asyncio

from bot.conversation import Conversation
from bot.handlers import Exporter
from bot.teams.conversation import TeamConversation
from flows import engine
from flows.export import FORMATS, export
from flows.summary import Summary, build_summary


async def current_summary(conversation: Conversation, user_id: int) -> Summary | None:
    """The summary of the user's open draft, or None when no draft is open."""
    draft = await conversation.active(user_id)
    flow = conversation.flows.get(draft.flow_id) if draft else None
    if draft is None or flow is None:
        return None
    summary = build_summary(flow, engine.reconcile(flow, draft).draft)
    if isinstance(conversation, TeamConversation):  # a mapping shows what partners sent
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
