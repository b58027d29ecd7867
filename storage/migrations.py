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
    # 3: teams: members beside the admins, invite codes (only their hashes), and partners'
    # contributions, bound to the mapping they were invited to and erased with it.
    (
        """CREATE TABLE members (
            user_id INTEGER PRIMARY KEY,
            name BLOB NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
            joined_at REAL NOT NULL
        )""",
        """CREATE TABLE invites (
            code_hash TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('colleague', 'partner')),
            role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
            created_by INTEGER NOT NULL,
            draft_id TEXT REFERENCES drafts (id) ON DELETE CASCADE,
            about BLOB,
            uses_left INTEGER NOT NULL CHECK (uses_left >= 0),
            expires_at REAL NOT NULL,
            created_at REAL NOT NULL,
            withdrawn INTEGER NOT NULL DEFAULT 0,
            CHECK ((kind = 'partner') = (draft_id IS NOT NULL))
        )""",
        "CREATE INDEX invites_by_draft ON invites (draft_id)",
        """CREATE TABLE contributions (
            invite TEXT PRIMARY KEY REFERENCES invites (code_hash) ON DELETE CASCADE,
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL,
            working_draft TEXT REFERENCES drafts (id) ON DELETE SET NULL,
            body BLOB,
            included INTEGER NOT NULL DEFAULT 1,
            sent_at REAL,
            updated_at REAL NOT NULL
        )""",
        "CREATE INDEX contributions_by_partner ON contributions (partner_id)",
        "CREATE INDEX contributions_by_draft ON contributions (draft_id)",
        # A partner's unsent answers live in a draft of their own; it goes with the mapping.
        "ALTER TABLE drafts ADD COLUMN parent_id TEXT REFERENCES drafts (id) ON DELETE CASCADE",
        "CREATE INDEX drafts_by_parent ON drafts (parent_id)",
    ),
)

LATEST = len(MIGRATIONS)
