"""The writes of a group commit's turns, each kind written for all of them in one statement.

On aiosqlite's thread every statement gives up the interpreter's lock while SQLite works and
then waits to take it back from the event loop, which under load is busy with other
updates (up to the switch interval, each time). A batch of answers is almost always the
same four statements a turn over (the update marked handled, the draft's position, the
answer, a question's receipt), so they are written as one statement of each kind with a row
per turn: the same rows, in fewer steps.

Only statements whose rows are their own user's are merged, so that which turn's row goes
first does not change what is stored: an insert keeps the turns' order in its rows, and an
update is merged only where no two rows have the same key. Anything else in the batch, or
the turns' orders not agreeing, and the statements are sent as they are. A merged statement
that fails fails the batch's transaction, which is then done again turn by turn with the
statements as they were (`storage.trips`): each turn gets the outcome it would have had.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from storage.statements import ANSWER_UPSERT, DRAFT_UPDATE, HANDLED, SHOWN

Statement = tuple[str, tuple[Any, ...]]

# Rows per statement at most: the statement's text differs with its number of rows, and
# sqlite3 keeps 128 prepared statements, the connection's others among them (four kinds of
# up to 16 rows are 60 texts; more, and under load they would push the others out).
MOST_ROWS = 16


def _inserting(sql: str) -> Callable[[int], str]:
    """An INSERT of one row of placeholders, written for `n` rows."""
    head, tail = sql.split(" VALUES (", 1)
    end = tail.index(")")
    row, rest = f"({tail[:end + 1]}", tail[end + 1:]
    return functools.cache(lambda n: f"{head} VALUES {', '.join([row] * n)}{rest}")


def _updating(template: str) -> Callable[[int], str]:
    """An UPDATE taking its values from `v`, a row of placeholders per turn."""
    width = template.count("v.column")
    row = f"({', '.join(['?'] * width)})"
    return functools.cache(lambda n: template.format(rows=", ".join([row] * n)))


# Each statement merged, by its exact text (a statement changed is no longer merged until
# this is written for it again); with its key's parameters where it is an update.
_MERGED: dict[str, tuple[Callable[[int], str], tuple[int, ...]]] = {
    HANDLED: (_inserting(HANDLED), ()),
    ANSWER_UPSERT: (_inserting(ANSWER_UPSERT), ()),
    DRAFT_UPDATE: (_updating(
        "UPDATE drafts SET flow_version = v.column1, label = v.column2, status = v.column3, "
        "state = v.column4, updated_at = v.column5 FROM (VALUES {rows}) AS v "
        "WHERE drafts.id = v.column6 AND drafts.user_id = v.column7"), (5, 6)),
    SHOWN: (_updating(
        "UPDATE sessions SET delivered = v.column1, "
        "question_message = COALESCE(v.column2, question_message), "
        "asked_in = CASE WHEN delivered = v.column3 THEN COALESCE(asked_in, v.column4) "
        "ELSE v.column5 END FROM (VALUES {rows}) AS v WHERE sessions.user_id = v.column6 "
        "AND active_draft = v.column7 AND (delivered IS NULL OR delivered <= v.column8)"),
        (5,)),
}
# UPDATE ... FROM came with SQLite 3.33.
_UPDATES_FROM = sqlite3.sqlite_version_info >= (3, 33, 0)


def merged(turns: Sequence[Sequence[Statement]]) -> list[Statement] | None:
    """The turns' writes as one statement of each kind (a few, past `MOST_ROWS` rows), in an
    order each turn's own agrees with; None when they cannot be (see the module)."""
    order: list[str] = []
    rows: dict[str, list[tuple[Any, ...]]] = {}
    for writes in turns:
        kinds: list[str] = []
        for sql, params in writes:
            merging = _MERGED.get(sql)
            if merging is None or (merging[1] and not _UPDATES_FROM):
                return None
            if not kinds or kinds[-1] != sql:
                if sql in kinds:  # a kind again after another: its order would be lost
                    return None
                kinds.append(sql)
            rows.setdefault(sql, []).append(params)
        if not _fit(order, kinds):
            return None
    statements: list[Statement] = []
    for sql in order:
        write, key = _MERGED[sql]
        found = rows[sql]
        if key and len({tuple(params[i] for i in key) for params in found}) < len(found):
            return None  # two rows for one row of the table: which goes last would be lost
        for start in range(0, len(found), MOST_ROWS):
            chunk = found[start:start + MOST_ROWS]
            if len(chunk) == 1:
                statements.append((sql, chunk[0]))
            else:
                statements.append((write(len(chunk)),
                                   tuple(value for params in chunk for value in params)))
    return statements


def _fit(order: list[str], kinds: list[str]) -> bool:
    """Put `kinds` into `order` keeping the order of both; False if they disagree."""
    at = 0
    for sql in kinds:
        if sql in order:
            found = order.index(sql)
            if found < at:
                return False
            at = found + 1
        else:
            order.insert(at, sql)
            at += 1
    return True
