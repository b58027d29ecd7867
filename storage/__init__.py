"""Storage: drafts, answers and sessions, committed as they arrive, in SQLite or PostgreSQL.

    contract.py    what the conversation may ask of a store (`Store`, `Turn`), and the records
    sql.py         the store written once in SQL both engines speak (statements.py), with a
                   user's unit of work (turn.py) and retention and key rotation (upkeep.py)
    store.py       the SQLite engine (aiosqlite; one process per file: filelock.py)
    postgres.py    the PostgreSQL engine (asyncpg; any number of instances)
    migrations.py  the schema, one ordered list of migrations for both engines
    crypto.py, sealing.py   values sealed with AES-GCM under the data keys
    keyring.py     each draft's own key, sealed under the data key (erasure destroys it)
    retention.py   the daily erasure of old drafts
    shares.py      the keyed digest kept of each summary shared (`shares`)

`open_store` picks the engine from a URL: `sqlite:///relative.db`, `sqlite:////abs/path.db`
(or a bare path), `postgresql://user@host/db`.

Adding a table (for both engines at once): append one migration to `MIGRATIONS` in
`migrations.py`, writing the statements once with the placeholders listed there ({blob},
{real}, {bigint}, {without_rowid}); write its queries with `?` placeholders in a `SqlStore`
method (PostgreSQL's engine renumbers them), inside `self._transaction(...)` or a `Turn`, and
seal anything a user typed with their draft's key (`Keyring`) so erasure reaches it;
then `tests/test_migrations.py` and the contract suite (`tests/test_store_contract.py`) run
it against both engines.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from storage.errors import StorageError
from storage.sealing import Sealer
from storage.sql import SqlStore

SQLITE = "sqlite:///"
POSTGRES = ("postgresql://", "postgres://")
# How long a write to a SQLite database waits for another program's lock before it fails
# (SOSBOT_BUSY_TIMEOUT_MS), in milliseconds
DEFAULT_BUSY_MS = 5000


def is_postgres(target: str | Path) -> bool:
    return str(target).startswith(POSTGRES)


# "password" as a parameter's name, any letter of it percent-encoded: libpq and asyncpg
# decode a name before reading it, so "pass%77ord=" sets the password as "password=" does
_PASSWORD_NAME = "".join(f"(?:{c}|%{ord(c):02x}|%{ord(c.upper()):02x})" for c in "password")
_QUERY_PASSWORD = re.compile(rf"([?&]{_PASSWORD_NAME}=)[^&]*", re.IGNORECASE)


def shown(target: str | Path) -> str:
    """The database for a message: a path as it is, a URL without its password (after the
    user name, or as a parameter), read without a URL parser: one that fails on a password
    holding "/" or "#" says where in its message, quoting part of the password."""
    text = str(target)
    if not is_postgres(text):
        return text
    scheme, _, rest = text.partition("://")
    # a ?password= value may hold "@": emptied first, so the user's "@" is the last one left
    rest = _QUERY_PASSWORD.sub(r"\1", rest)
    userinfo, at, rest = rest.rpartition("@")
    where, ask, query = rest.partition("?")
    kept = [p for p in query.split("&") if unquote(p.partition("=")[0]).lower() != "password"]
    user = userinfo.partition(":")[0]
    return f"{scheme}://{user}{at}{where}{ask if any(kept) else ''}{'&'.join(kept)}"


def shown_whole(target: str | Path) -> str | None:
    """The database as given, when every character of it may be said (a command to run
    again): None for a URL `shown` leaves something out of (a password), or one that cannot
    be read as a URL at all (where a password in it would end is not known)."""
    text = str(target)
    if not is_postgres(text):
        return text
    try:
        urlsplit(text)
    except ValueError:  # an unclosed "[" of an IPv6 host, say
        return None
    return text if shown(text) == text else None


async def open_store(target: str | Path, *, sealer: Sealer | None = None,
                     exclusive: bool = True, busy_ms: int = DEFAULT_BUSY_MS) -> SqlStore:
    """Open the database a URL or path names, with the engine it calls for.

    `exclusive` (SQLite only) refuses a file another sosbot process has open; PostgreSQL
    serves any number of instances. `busy_ms` (SQLite only) is how long a write waits for
    another program's lock before it fails; PostgreSQL's waits are its server's (its own
    lock_timeout), since sosbot's instances take turns there by waiting on locks.
    """
    text = str(target)
    if is_postgres(text):
        from storage.postgres import PostgresStore

        return await PostgresStore.open(text, sealer=sealer)
    if text.startswith(SQLITE):
        text = text[len(SQLITE):]
    elif "://" in text:
        raise StorageError(f"The database URL {text.split('://')[0]}://... is not one sosbot "
                           "knows: use sqlite:///PATH or postgresql://USER@HOST/NAME.")
    from storage.store import Store

    return await Store.open(text, sealer=sealer, exclusive=exclusive, busy_ms=busy_ms)
