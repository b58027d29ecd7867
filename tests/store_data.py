"""What the store tests write: a draft, two practitioners' drafts holding a canary, and one
person's many drafts, unfinished as /new leaves them or finished."""

from __future__ import annotations

import time
from collections.abc import Iterable

from bot.conversation import Conversation
from flows import engine
from flows.draft import Draft, new_draft_id
from storage.contract import Session
from storage.sql import SqlStore

CANARY = "canary-7f3e answer text"


def a_draft(user_id: int = 1, draft_id: str = "d1", label: str = "TB-7") -> Draft:
    return Draft(id=draft_id, user_id=user_id, flow_id="mapping", flow_version=1, label=label)


async def fill_two_users(store: SqlStore) -> None:
    """Two drafts each for users 1 and 2, every one with answers, a handled update and a
    session; user N's first answer is f"{CANARY} N"."""
    for user_id in (1, 2):
        for n in range(2):
            draft = a_draft(user_id=user_id, draft_id=f"u{user_id}d{n}", label=f"L{user_id}")
            draft.answers = {"a": f"{CANARY} {user_id}", "b": ["x", "y"], "c": 3}
            await store.save(draft, draft.answers, update=(user_id, n), new=True,
                             session=Session(user_id, draft.id, {"k": "v"}))


async def unfinished_drafts(conversation: Conversation, user_id: int, flow_id: str,
                            labels: Iterable[str]) -> None:
    """`user_id`'s unfinished drafts of the tool `flow_id` with these labels, each saved in
    the conversation's store as /new and its label save it (begun at the tool's first
    question, with the session opening it: the last is left open), without the two turns
    each took through the Application, paced at Telegram's 30 messages a second (13 s for a
    hundred). For a tool taking nothing from another (none to carry in)."""
    flow = conversation.flow(flow_id)
    assert flow is not None, flow_id
    assert not flow.spec.takes_from, flow_id
    store = conversation.store
    async with store.turn(user_id):  # each save joins it: one commit, not one each
        for label in labels:
            made = Draft(id=new_draft_id(), user_id=user_id, flow_id=flow.id,
                         flow_version=flow.version, label=label)
            begun = engine.start(flow, made)
            begun.changed |= set(made.answers)
            await store.save(begun.draft, begun.changed, new=True,
                             session=Session(user_id, made.id))


async def finished_drafts(conversation: Conversation, user_id: int, flow_id: str,
                          count: int) -> None:
    """`count` finished drafts of `user_id`'s, labelled KB-0 on, as a script finishing a
    short tool over and over leaves them (saved as the tool's end saves them, without the
    turns to get there; "who" answered)."""
    flow = conversation.flow(flow_id)
    assert flow is not None, flow_id
    store = conversation.store
    async with store.turn(user_id):
        for n in range(count):
            done = Draft(id=f"d{n:05}", user_id=user_id, flow_id=flow.id,
                         flow_version=flow.version, label=f"KB-{n}", status="completed",
                         answers={"who": "Nan and the school"}, updated_at=time.time())
            await store.save(done, done.answers, new=True)
