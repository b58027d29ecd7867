"""The SQL both engines run, in words SQLite and PostgreSQL share, with `?` placeholders (the
PostgreSQL engine renumbers them): `ON CONFLICT ... DO UPDATE/NOTHING`, `excluded.`,
subqueries. `Tx` is what an engine's transaction offers the shared code.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

# An invite that can still be opened (its one parameter: now).
OPEN = "withdrawn = 0 AND uses_left > 0 AND expires_at > ?"
HANDLED = "INSERT INTO handled_updates VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
DRAFT_UPSERT = (
    "INSERT INTO drafts (id, user_id, flow_id, flow_version, label, status, state, "
    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (id) DO UPDATE SET flow_version = excluded.flow_version, "
    "status = excluded.status, state = excluded.state, "
    "updated_at = excluded.updated_at, label = excluded.label")
# A draft this turn has read, written back: never inserted again. Erased meanwhile by what
# does not take its owner's lock (its parent mapping's erasure cascades to a partner's draft),
# it stays erased: nothing is updated, and its answers' rows fail their foreign key, so the
# turn's commit is refused whole.
DRAFT_UPDATE = ("UPDATE drafts SET flow_version = ?, label = ?, status = ?, state = ?, "
                "updated_at = ? WHERE id = ? AND user_id = ?")
ANSWER_UPSERT = (
    "INSERT INTO answers VALUES (?, ?, ?, ?) ON CONFLICT (draft_id, step_id) "
    "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at")
ANSWER_DELETE = "DELETE FROM answers WHERE draft_id = ? AND step_id = ?"
# The receipt columns (which question reached the user, and its message) belong to `SHOWN`: a
# session write keeps what the row holds, and forgets it when it opens another draft (the
# one place that rule lives; a new row starts with what it is given).
SESSION_UPSERT = (
    "INSERT INTO sessions (user_id, active_draft, state, updated_at, question_message, "
    "delivered) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET "
    "active_draft = excluded.active_draft, state = excluded.state, "
    "updated_at = excluded.updated_at, question_message = CASE WHEN "
    "sessions.active_draft = excluded.active_draft THEN sessions.question_message END, "
    "delivered = CASE WHEN sessions.active_draft = excluded.active_draft "
    "THEN sessions.delivered END, asked_in = CASE WHEN "
    "sessions.active_draft = excluded.active_draft THEN sessions.asked_in END")
# A text long enough to be the first part of a paste Telegram split (`Session.long_text`): its
# message and when it was sent, on the user's row (a session write leaves them). Someone with
# no row has nothing open that the rest could answer, and gets none for it.
LONG_TEXT = "UPDATE sessions SET long_text = ?, long_text_at = ? WHERE user_id = ?"
# The note on something not text last shown (`storage.contract.Noted`), and its last message
# moved on (the question sent after it, a photo answered with nothing): never back.
NOTED_SELECT = "SELECT noted, noted_kind, noted_album FROM sessions WHERE user_id = ?"
NOTED_UPDATE = "UPDATE sessions SET noted = ?, noted_kind = ?, noted_album = ? WHERE user_id = ?"
NOTED_UPTO = "UPDATE sessions SET noted = ? WHERE user_id = ? AND noted < ?"
# A question (or nudge) of the open draft reached the user: one statement, no user lock, and
# nothing when that draft is no longer the open one or a later question's receipt came first
# (nonces only grow within a draft). A nudge has no message of its own. `asked_in` keeps the
# first message that showed this nonce's question (a copy shown again leaves it).
# Parameters: nonce, message, nonce, message, message, user, draft, nonce.
SHOWN = ("UPDATE sessions SET delivered = ?, question_message = COALESCE(?, question_message), "
         "asked_in = CASE WHEN delivered = ? THEN COALESCE(asked_in, ?) ELSE ? END "
         "WHERE user_id = ? AND active_draft = ? AND (delivered IS NULL OR delivered <= ?)")
# With several instances (PostgreSQL), a question one of them sent can land below the one
# another sent since (a /back, the draft moved on), Telegram slow to take the first: the
# question asked now is then no longer the last on the screen, and a line typed under the
# late one must not be taken as its answer. Whichever of the two receipts comes first, the
# question asked now is not taken as seen: its receipt is refused when its message is above
# the late one's (`SHOWN_LAST`), and withdrawn when the late one's receipt comes second
# (`STALE_SHOWN`), so that line is asked about (`Conversation._unseen`).
# Parameters: `SHOWN`'s, then message, nonce.
SHOWN_LAST = (f"{SHOWN} AND (question_message IS NULL OR question_message <= ? "
              "OR delivered = ?)")
# The receipt `SHOWN_LAST` refused: a question landing below the one asked now (an earlier
# question, another draft's), or the one asked now above an earlier question of its draft.
# Parameters: user, message, message, draft, nonce.
STALE_SHOWN = ("UPDATE sessions SET delivered = NULL WHERE user_id = ? AND (question_message < ? "
               "OR (question_message > ? AND active_draft = ? AND (delivered IS NULL "
               "OR delivered < ?)))")
# Both in one trip (PostgreSQL only: a data-modifying WITH): `SHOWN_LAST`'s parameters, then
# `STALE_SHOWN`'s. The second update runs only where the first changed nothing.
SHOWN_OR_STALE = (f"WITH fresh AS ({SHOWN_LAST} RETURNING 1) {STALE_SHOWN} "  # noqa: S608  # nosec B608
                  "AND NOT EXISTS (SELECT 1 FROM fresh)")

# One input against a user's rate (a virtual-time bucket: `due` is when the bucket would be
# empty again at the steady rate), timed by the database's clock ({now}: the engine's words)
# unless a time is given, so instances on several machines share one clock. Parameters:
# user, the time or NULL, interval, slack - interval, interval, interval, slack - interval,
# where interval is 1/rate and slack (burst - 1) * interval; `excluded.due` is now + interval.
# Returns how many inputs in a row were refused, this one included: 0 allowed, 1 refused (say
# so once), 2 refused again.
SPEND = (
    "INSERT INTO rate_buckets AS b (user_id, due, refused) "
    "VALUES (?, COALESCE(CAST(? AS DOUBLE PRECISION), {now}) + ?, 0) "
    "ON CONFLICT (user_id) DO UPDATE SET "
    "due = CASE WHEN b.due <= excluded.due + ? THEN (CASE WHEN b.due + ? > excluded.due "
    "THEN b.due + ? ELSE excluded.due END) ELSE b.due END, "
    "refused = CASE WHEN b.due <= excluded.due + ? THEN (CASE WHEN b.refused > 0 "
    "THEN -b.refused ELSE 0 END) WHEN b.refused > 0 THEN b.refused + 1 ELSE 1 END "
    "RETURNING refused")
# The same against a user's tries of invite codes (`link_tries`).
SPEND_LINK = SPEND.replace("rate_buckets", "link_tries")
META_UPSERT = ("INSERT INTO meta VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET "
               "value = excluded.value")
KEY_CHECK = "key_check"
ALL_VALUES = ("SELECT user_id, id, 'label', label FROM drafts UNION ALL "
              "SELECT user_id, id, 'state', state FROM drafts UNION ALL "
              "SELECT d.user_id, d.id, 'answer:' || a.step_id, a.value FROM answers a "
              "JOIN drafts d ON d.id = a.draft_id")
# Team rows sealed directly under the data key: each query gives (user, draft, field, value,
# row key), and its update writes the value back; rotation re-seals them with the new key.
DATA_KEY_VALUES = (
    ("SELECT created_by, COALESCE(draft_id, '-'), 'invite:' || code_hash, about, code_hash "
     "FROM invites WHERE about IS NOT NULL", "UPDATE invites SET about = ? WHERE code_hash = ?"),
    ("SELECT user_id, '-', 'member name', name, user_id FROM members",
     "UPDATE members SET name = ? WHERE user_id = ?"),
    ("SELECT user_id, '-', 'member first name', first_name, user_id FROM members "
     "WHERE first_name IS NOT NULL", "UPDATE members SET first_name = ? WHERE user_id = ?"),
    ("SELECT i.created_by, i.draft_id, 'contribution:' || c.invite, c.body, c.invite "
     "FROM contributions c JOIN invites i ON i.code_hash = c.invite WHERE c.body IS NOT NULL",
     "UPDATE contributions SET body = ? WHERE invite = ?"),
    # a notice owed to a partner (case label and lead's name; empty when erased keyless)
    ("SELECT partner_id, id, 'notice', body, id FROM owed_notices WHERE length(body) > 0",
     "UPDATE owed_notices SET body = ? WHERE id = ?"),
)
ORPHAN_KEYS_DELETE = ("DELETE FROM user_keys WHERE NOT EXISTS (SELECT 1 FROM drafts d WHERE "
                      "d.id = user_keys.draft_id AND d.user_id = user_keys.user_id)")
# Removals forgotten by retention (parameters: idle_before, twice): kept while a contribution
# made before removal is (it names them, and would otherwise let them in again as its
# partner: `TeamStore.standing`), and while a colleague link made before it was open lately
# (the one they joined with, sent round the team: `bot.teams.team`, a removal it does not
# undo).
FORMER_MEMBERS_DELETE = (
    "DELETE FROM former_members WHERE removed_at < ? AND NOT EXISTS (SELECT 1 FROM "  # noqa: S608  # nosec B608
    "contributions c WHERE c.partner_id = former_members.user_id AND c.updated_at <= "
    "former_members.removed_at) AND NOT EXISTS (SELECT 1 FROM invites WHERE kind = "
    f"'colleague' AND created_at <= former_members.removed_at AND {OPEN})")
# A draft read as one row of its own columns (kind 0) and one row per answer (kind 1):
# the draft's sealed label, position and key once, not again beside every answer. Columns 1
# and 2 are text and bytes in both kinds (the draft's flow and label, an answer's step and
# value), so both engines read the two kinds as one result.
_DRAFT_HEAD = ("d.flow_id, d.label, d.flow_version, d.status, d.state, d.created_at, "
               "d.updated_at, (SELECT k.sealed FROM user_keys k WHERE k.user_id = d.user_id "
               "AND k.draft_id = d.id)")
_ANSWER_COLUMNS = "a.step_id, a.value, NULL, NULL, NULL, NULL, NULL, NULL"
_ANSWER_ROWS = f"{_ANSWER_COLUMNS} FROM answers a"
DRAFT_SELECT = (f"SELECT 0, {_DRAFT_HEAD} FROM drafts d WHERE d.id = ? AND d.user_id = ? "  # noqa: S608  # nosec B608 - fixed text
                f"UNION ALL SELECT 1, {_ANSWER_ROWS} WHERE a.draft_id = "
                "(SELECT d.id FROM drafts d WHERE d.id = ? AND d.user_id = ?)")
# A turn's first read: whether the update was handled and the session (kind 0, with the open
# draft's own columns, NULLs when there is none), then the open draft's answers (kind 1). The
# session's mark of a long text (`Session.long_text`) comes last, after the draft's columns.
# TURN_START is both in one trip, the answers with NULLs where the session's columns
# are; where a read costs no trip (SQLite's reader on the event loop), TURN_HEAD and
# TURN_ANSWERS are read apart, sparing every answer row the padding.
TURN_HEAD = ("SELECT 0, (SELECT count(*) FROM handled_updates WHERE user_id = ? "  # noqa: S608  # nosec B608 - fixed text
             "AND update_id = ?), s.active_draft, s.state, s.question_message, s.delivered, "
             "s.asked_in, "
             f"{_DRAFT_HEAD}, s.long_text, s.long_text_at "
             "FROM (SELECT 1) AS one LEFT JOIN sessions s ON s.user_id = ? "
             "LEFT JOIN drafts d ON d.id = s.active_draft AND d.user_id = s.user_id")
_OPEN_DRAFTS_ANSWERS = ("WHERE a.draft_id = (SELECT d.id FROM sessions s JOIN drafts d ON "
                        "d.id = s.active_draft AND d.user_id = s.user_id WHERE s.user_id = ?)")
TURN_ANSWERS = f"SELECT a.step_id, a.value FROM answers a {_OPEN_DRAFTS_ANSWERS}"  # noqa: S608  # nosec B608 - fixed text
TURN_START = (f"{TURN_HEAD} UNION ALL SELECT 1, NULL, NULL, NULL, NULL, NULL, NULL, "  # noqa: S608  # nosec B608 - fixed text
              f"{_ANSWER_COLUMNS}, NULL, NULL FROM answers a {_OPEN_DRAFTS_ANSWERS}")
LIST_DRAFTS = ("SELECT d.id, d.flow_id, d.label, d.status, d.created_at, d.updated_at, "
               "(SELECT count(*) FROM answers a WHERE a.draft_id = d.id) "
               "FROM drafts d WHERE d.user_id = ?")
OLD_DRAFTS_DELETE = ("DELETE FROM drafts WHERE (status = 'in_progress' AND updated_at < ?) "
                     "OR (status != 'in_progress' AND updated_at < ?)")
# The partners of the drafts OLD_DRAFTS_DELETE erases (same parameters), with their invite.
OLD_DRAFTS_PARTNERS = (
    "SELECT c.partner_id, i.code_hash, i.created_by, i.draft_id, i.about FROM contributions c "
    "JOIN invites i ON i.code_hash = c.invite JOIN drafts d ON d.id = c.draft_id "
    "WHERE (d.status = 'in_progress' AND d.updated_at < ?) "
    "OR (d.status != 'in_progress' AND d.updated_at < ?) ORDER BY c.partner_id, i.created_at")
DUE_REMINDERS = ("SELECT user_id, id, flow_id, label, status, updated_at FROM drafts "
                 "WHERE ((status = 'in_progress' AND updated_at < ?) "
                 "OR (status != 'in_progress' AND updated_at < ?)) "
                 "AND (reminded_at IS NULL OR reminded_at < updated_at) "
                 "ORDER BY user_id, updated_at")


class Tx(Protocol):
    """One open transaction of an engine; driver errors come out as StorageError."""

    writes: int
    """Statements sent or held through `run` and `later` so far (a read is a `rows`)."""

    async def run(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Execute one statement; returns the rows it changed."""
        ...

    async def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Sequence[Any]]: ...

    async def later(self, sql: str, params: Sequence[Any] = ()) -> None:
        """Execute one statement whose outcome nobody reads. An engine may hold it back and
        send it, in order, with the transaction's next statement or when the transaction
        ends (with its commit)."""
        ...

    def serial(self) -> None:
        """Run the statements from here to the commit inside one transaction that no other
        unit of work writes into meanwhile: asked before reading rows that other users'
        turns also write (a user's own rows are theirs alone while their turn is open, so an
        engine may read those outside it, a trip at a time; see `storage.store`)."""
        ...
