"""The summary of a user's open draft as files, for /export and the Export button."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.conversation import Conversation
from flows import engine
from flows.summary import Summary, build_summary

FORMATS = ("html", "docx", "txt")


async def current_summary(conversation: Conversation, user_id: int) -> Summary | None:
    """The summary of the user's open draft, or None when no draft is open."""
    draft = await conversation.active(user_id)
    flow = conversation.flows.get(draft.flow_id) if draft else None
    if draft is None or flow is None:
        return None
    return build_summary(flow, engine.reconcile(flow, draft).draft)


def exporter_for(conversation: Conversation) -> Callable[[int], Awaitable[list[tuple[str, bytes]]]]:
    """A function giving (filename, bytes) for each export format of a user's open draft."""

    async def export(user_id: int) -> list[tuple[str, bytes]]:
        from flows.export import export as make

        summary = await current_summary(conversation, user_id)
        if summary is None:
            return []
        files = [make(summary, fmt) for fmt in FORMATS]
        return [(f.filename, f.data) for f in files]

    return export
