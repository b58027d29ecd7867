"""What the store tests write: a draft, and two practitioners' drafts holding a canary."""

from __future__ import annotations

from flows.draft import Draft
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
