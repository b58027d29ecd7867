"""The database schema as ordered migrations; `PRAGMA user_version` records the last applied."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: drafts, their answers, each user's place, and updates already handled.
    (
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            user_id INTEGER NOT NULL,
            flow_id TEXT NOT NULL,
            flow_version INTEGER NOT NULL,
            label BLOB NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'discarded')),
            state BLOB NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL
        )""",
        "CREATE INDEX drafts_by_user ON drafts (user_id, updated_at)",
        """CREATE TABLE answers (
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            value BLOB NOT NULL,
            updated_at REAL NOT NULL,
            PRIMARY KEY (draft_id, step_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE sessions (
            user_id INTEGER PRIMARY KEY,
            active_draft TEXT REFERENCES drafts (id) ON DELETE SET NULL,
            state TEXT NOT NULL DEFAULT '{}',
            updated_at REAL NOT NULL
        )""",
        """CREATE TABLE handled_updates (
            user_id INTEGER NOT NULL,
            update_id INTEGER NOT NULL,
            handled_at REAL NOT NULL,
            PRIMARY KEY (user_id, update_id)
        ) WITHOUT ROWID""",
    ),
    # 2: retention reminders are sent once per draft.
    (
        "ALTER TABLE drafts ADD COLUMN reminded_at REAL",
        "CREATE INDEX drafts_by_age ON drafts (status, updated_at)",
    ),
)

LATEST = len(MIGRATIONS)
