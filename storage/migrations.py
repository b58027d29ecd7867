"""The database schema as ordered migrations, one list for both engines.

Each migration is a tuple of statements written once for SQLite and PostgreSQL; the few
words the two spell differently are placeholders that `statements_for` fills in:

    {blob}           BLOB              BYTEA              (sealed values)
    {real}           REAL              DOUBLE PRECISION   (Unix times)
    {bigint}         INTEGER           BIGINT             (Telegram ids exceed 32 bits)
    {without_rowid}  " WITHOUT ROWID"  ""                 (after a table's closing bracket)
    {unlogged}       ""                "UNLOGGED "        (before TABLE: no log, lost on a crash)

To add a table: append a new tuple at the end (never edit one already released), then run
`tests/test_migrations.py`, which migrates a fresh database of each engine to the latest
version and runs the migrations again to show they change nothing. SQLite records the version
in `PRAGMA user_version`, PostgreSQL in the table `sosbot_schema`.
"""

from __future__ import annotations

from typing import Literal

Engine = Literal["sqlite", "postgresql"]

WORDS: dict[Engine, dict[str, str]] = {
    "sqlite": {"blob": "BLOB", "real": "REAL", "bigint": "INTEGER",
               "without_rowid": " WITHOUT ROWID", "unlogged": ""},
    "postgresql": {"blob": "BYTEA", "real": "DOUBLE PRECISION", "bigint": "BIGINT",
                   "without_rowid": "", "unlogged": "UNLOGGED "},
}

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 1: drafts, their answers, each user's place, and updates already handled.
    (
        """CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            user_id {bigint} NOT NULL,
            flow_id TEXT NOT NULL,
            flow_version INTEGER NOT NULL,
            label {blob} NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('in_progress', 'completed', 'discarded')),
            state {blob} NOT NULL,
            created_at {real} NOT NULL,
            updated_at {real} NOT NULL
        )""",
        "CREATE INDEX drafts_by_user ON drafts (user_id, updated_at)",
        """CREATE TABLE answers (
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            step_id TEXT NOT NULL,
            value {blob} NOT NULL,
            updated_at {real} NOT NULL,
            PRIMARY KEY (draft_id, step_id)
        ){without_rowid}""",
        """CREATE TABLE sessions (
            user_id {bigint} PRIMARY KEY,
            active_draft TEXT REFERENCES drafts (id) ON DELETE SET NULL,
            state TEXT NOT NULL DEFAULT '{{}}',
            updated_at {real} NOT NULL
        )""",
        """CREATE TABLE handled_updates (
            user_id {bigint} NOT NULL,
            update_id {bigint} NOT NULL,
            handled_at {real} NOT NULL,
            PRIMARY KEY (user_id, update_id)
        ){without_rowid}""",
    ),
    # 2: retention reminders are sent once per draft.
    (
        "ALTER TABLE drafts ADD COLUMN reminded_at {real}",
        "CREATE INDEX drafts_by_age ON drafts (status, updated_at)",
    ),
    # 3: teams: members beside the admins, invite codes (only their hashes), and partners'
    # contributions, bound to the mapping they were invited to and erased with it.
    (
        """CREATE TABLE members (
            user_id {bigint} PRIMARY KEY,
            name {blob} NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
            joined_at {real} NOT NULL
        )""",
        """CREATE TABLE invites (
            code_hash TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('colleague', 'partner')),
            role TEXT NOT NULL CHECK (role IN ('admin', 'member')),
            created_by {bigint} NOT NULL,
            draft_id TEXT REFERENCES drafts (id) ON DELETE CASCADE,
            about {blob},
            uses_left INTEGER NOT NULL CHECK (uses_left >= 0),
            expires_at {real} NOT NULL,
            created_at {real} NOT NULL,
            withdrawn INTEGER NOT NULL DEFAULT 0,
            CHECK ((kind = 'partner') = (draft_id IS NOT NULL))
        )""",
        "CREATE INDEX invites_by_draft ON invites (draft_id)",
        """CREATE TABLE contributions (
            invite TEXT PRIMARY KEY REFERENCES invites (code_hash) ON DELETE CASCADE,
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            partner_id {bigint} NOT NULL,
            working_draft TEXT REFERENCES drafts (id) ON DELETE SET NULL,
            body {blob},
            included INTEGER NOT NULL DEFAULT 1,
            sent_at {real},
            updated_at {real} NOT NULL
        )""",
        "CREATE INDEX contributions_by_partner ON contributions (partner_id)",
        "CREATE INDEX contributions_by_draft ON contributions (draft_id)",
        # A partner's unsent answers live in a draft of their own; it goes with the mapping.
        "ALTER TABLE drafts ADD COLUMN parent_id TEXT REFERENCES drafts (id) ON DELETE CASCADE",
        "CREATE INDEX drafts_by_parent ON drafts (parent_id)",
    ),
    # 4: facts about the database itself (the sealed value that checks the data key).
    (
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value {blob} NOT NULL)",
    ),
    # 5: the message showing a user's open question, so that any instance can edit it.
    (
        "ALTER TABLE sessions ADD COLUMN question_message {bigint}",
    ),
    # 6: each draft's own key, sealed under the data key; erasing the row erases the draft.
    (
        """CREATE TABLE user_keys (
            user_id {bigint} NOT NULL,
            draft_id TEXT NOT NULL,
            sealed {blob} NOT NULL,
            PRIMARY KEY (user_id, draft_id)
        ){without_rowid}""",
    ),
    # 7: which question of the open draft reached the user (its nonce), beside its message, so
    # that any instance knows; and each user's rate bucket, shared by instances on one
    # PostgreSQL (unlogged there: a crash may forget who was sending fast, nothing more).
    (
        "ALTER TABLE sessions ADD COLUMN delivered {bigint}",
        """CREATE {unlogged}TABLE rate_buckets (
            user_id {bigint} PRIMARY KEY,
            due {real} NOT NULL,
            refused INTEGER NOT NULL
        )""",
    ),
    # 8: members an admin removed, for as long as an untouched draft is kept, so that an old
    # button they press is answered "you are no longer on the team", not as a stranger's.
    (
        """CREATE TABLE former_members (
            user_id {bigint} PRIMARY KEY,
            removed_at {real} NOT NULL
        )""",
    ),
    # 9: the message owed to each partner of a mapping that was erased (`kind`: 'closed' by
    # its lead, 'expired' by retention), written in the erasing transaction and deleted once
    # sent (or refused for good), so that neither a crash after the commit nor Telegram out
    # of reach leaves a partner untold. `body` is the case label and the lead's name, sealed
    # (empty when erased without the key).
    (
        """CREATE TABLE owed_notices (
            id TEXT PRIMARY KEY,
            partner_id {bigint} NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('closed', 'expired')),
            body {blob} NOT NULL,
            made_at {real} NOT NULL
        )""",
    ),
    # 10: the first message that showed the question `delivered` names (`question_message`
    # is the newest copy of it): a text sent before it was written before that question
    # reached the user, so it is not that question's answer.
    (
        "ALTER TABLE sessions ADD COLUMN asked_in {bigint}",
    ),
    # 11: a finished summary sent whole to a colleague (/share), so that a second tap on its
    # "Send to" button does not send it again; `summary` is a digest of what was sent, so a
    # summary changed since is sent afresh. Erased with the draft.
    (
        """CREATE TABLE shares (
            draft_id TEXT NOT NULL REFERENCES drafts (id) ON DELETE CASCADE,
            recipient {bigint} NOT NULL,
            summary TEXT NOT NULL,
            PRIMARY KEY (draft_id, recipient)
        ){without_rowid}""",
    ),
    # 12: a share still being sent: `sending_since` is when its sending began, NULL once it
    # arrived whole (as every share before this did). One a crash cut short is sent again
    # when tapped once it is older than a send takes. `summary` becomes a keyed digest
    # (storage.teams.share_digest); rows of before are keyed as the store opens.
    (
        "ALTER TABLE shares ADD COLUMN sending_since {real}",
    ),
    # 13: the user's last text long enough to be the first part of a paste Telegram split in
    # several messages: its message id and when it was sent, so that whichever instance takes
    # the next part knows it for the rest of that paste, not an answer of its own.
    (
        "ALTER TABLE sessions ADD COLUMN long_text {bigint}",
        "ALTER TABLE sessions ADD COLUMN long_text_at {real}",
    ),
    # 14: each user's tries of invite codes, a bucket as `rate_buckets` is, so that instances
    # sharing the database let a person guessing codes the few tries one instance allows,
    # not that many each. Logged: a crash of the server gives no guesses back. And the note
    # that a photo (a voice note, a file) is not read, last shown to the user: the last
    # message id of it and of the photos sent since, their kind and the album it answered,
    # so that whichever instance takes the next photo of a run says nothing again.
    (
        "ALTER TABLE sessions ADD COLUMN noted {bigint}",
        "ALTER TABLE sessions ADD COLUMN noted_kind TEXT",
        "ALTER TABLE sessions ADD COLUMN noted_album TEXT",
        """CREATE TABLE link_tries (
            user_id {bigint} PRIMARY KEY,
            due {real} NOT NULL,
            refused INTEGER NOT NULL
        )""",
    ),
    # 15: a member's first name as Telegram gives it, apart from the whole name they are
    # listed by (sealed as that is): partners of a mapping handed to them are told it, as
    # they are the first name of a lead who made their link. Taken from the name's first
    # word, "Mary Ann" was "Mary". NULL for a member who joined before (the first word
    # stands in for it).
    (
        "ALTER TABLE members ADD COLUMN first_name {blob}",
    ),
)

LATEST = len(MIGRATIONS)
META_VERSION = 4  # the migration that made `meta` (the key check)
KEYS_VERSION = 6  # the migration that made `user_keys` (each draft's own key)


def half_applied(where: str, version: int, part: int, why: str) -> str:
    """What an operator is told of a database whose version says `version` while it holds
    part of schema `part` already (a table or column its migration would add): changed by
    hand, or by another program. Nothing of that migration is kept, nor anything the engine
    ran in the same transaction: the version named is the one the database says after."""
    # A dump restored over the database (`pg_restore --clean`) leaves the tables it lacks
    empty = " into an empty database (dropdb, createdb, pg_restore)" \
        if where.startswith("postgres") else ""
    return (f"The database {where} says it is at schema {version}, but it already holds part "
            f"of schema {part} ({why}): it was changed by hand or by another program, or a "
            f"backup was restored over it. Nothing was changed; put back the backup taken "
            f"before the change{empty}, then start again.")


def already_there(message: str) -> bool:
    """Whether a migration's statement failed for what it adds being there already, in
    either engine's words."""
    return "already exists" in message or "duplicate column" in message


def statements_for(engine: Engine, migration: tuple[str, ...]) -> list[str]:
    """A migration's statements in one engine's words."""
    return [statement.format_map(WORDS[engine]) for statement in migration]
