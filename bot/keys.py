"""Where the data keys come from, and the `sosbot keys` commands that manage them.

Keys come from SOSBOT_DATA_KEY when it is set, otherwise from the key file (SOSBOT_KEY_FILE,
by default `sosbot.key` beside the database). The Telegram bot refuses to start without
one; the terminal chat makes a local key file on first use and says so.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import stat
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import TextIO

from bot.config import (
    Settings,
    database_option,
    existing_database,
    placed,
)
from storage import is_postgres, open_store, shown
from storage.contract import Store
from storage.crypto import (
    AesGcmSealer,
    DataKey,
    create_key_file,
    key_id_of,
    new_key,
    parse_keys,
    read_key_file,
    remove_leftover_copies,
    replace_key_file,
    write_key_file,
)
from storage.errors import KeyProblem, SealError, StorageError
from storage.sealing import where
from storage.statements import KEY_CHECK
from storage.store import (
    check_location,
    key_check,
    refuse_foreign,
    refuse_planted,
    sealed_with,
    sqlite_files,
)

KEY_FILE_NAME = "sosbot.key"


def key_file(settings: Settings, db: Path | str | None = None) -> Path:
    """The key file in use: SOSBOT_KEY_FILE, or `sosbot.key` beside the SQLite database (in
    the working folder for PostgreSQL)."""
    database = settings.database() if db is None else db
    folder = Path() if is_postgres(database) else Path(database).parent
    if settings.key_file is not None and not is_postgres(database) and \
            _same_file(settings.key_file, Path(database)):
        # A key written there would be the database's first bytes, and the database then
        # reported damaged: refused before either is touched.
        raise KeyProblem(f"SOSBOT_KEY_FILE: {settings.key_file} is the database itself (or "
                         "one of its journal files); give the key a file of its own.")
    default = folder / KEY_FILE_NAME
    if settings.key_file is None and not is_postgres(database) and \
            _same_file(default, Path(database)) and _env_key(settings) is None:
        # The database named as its own key file: a first run wrote the new key there, then
        # said the database was damaged.
        raise KeyProblem(f"The database {database} has the name of its own data key's file "
                         f"({KEY_FILE_NAME} beside the database, by default); give the database "
                         "another name (sosbot.db, say), or set SOSBOT_KEY_FILE.")
    return settings.key_file or default


def _same_file(key: Path, database: Path) -> bool:
    return key.expanduser().resolve() in sqlite_files(database.expanduser().resolve())


def _env_key(settings: Settings) -> str | None:
    secret = settings.data_key.get_secret_value().strip() if settings.data_key else ""
    return secret or None


def load_keys(settings: Settings, db: Path | str | None = None) -> list[DataKey] | None:
    """The configured keys, first one current; None when there are none at all."""
    text = _env_key(settings)
    if text is not None:
        return parse_keys(text, "SOSBOT_DATA_KEY")
    path = key_file(settings, db)
    for copy in remove_leftover_copies(path):
        print(f"sosbot: removed {copy}, a copy of the key file that a write stopped halfway "
              "(the process killed, or the power lost) had left beside it.", file=sys.stderr)
    return read_key_file(path) if path.exists() else None


def require_key(settings: Settings, db: Path | str | None = None) -> AesGcmSealer:
    """The sealer for the configured keys, or KeyProblem saying how to make one."""
    keys = load_keys(settings, db)
    if keys is None:
        _refuse_foreign(settings, db)
        _refuse_sealed(settings, db)
        database = settings.database() if db is None else db
        if is_postgres(database):  # shared by instances: its key is most likely elsewhere
            raise KeyProblem(
                f"No data key for the database {shown(database)}: SOSBOT_DATA_KEY is not set "
                f"and there is no key file at {key_file(settings, db).absolute()} "
                "(SOSBOT_KEY_FILE). If the database is in use, copy the key file of the "
                "server that already serves it here (mode 600, the service user's); for a "
                "new database, `sosbot keys new --write` makes one.")
        raise KeyProblem(f"No data key: answers are stored encrypted. Run `sosbot keys new "
                         f"--write` to create {placed(key_file(settings, db))}, or set "
                         "SOSBOT_DATA_KEY.")
    return AesGcmSealer(keys)


def _refuse_sealed(settings: Settings, db: Path | str | None) -> None:
    """With no key configured: a database whose answers are sealed with a key needs that key
    back, which a new one (what `keys new --write` makes) is not."""
    database = settings.database() if db is None else db
    used = None if is_postgres(database) else sealed_with(Path(database))
    _refuse_sealed_with(used, database, key_file(settings, db))


def _refuse_sealed_with(used: str | None, database: Path | str, path: Path) -> None:
    if used is not None:
        raise KeyProblem(f"The database {shown(database)} is encrypted with the data key "
                         f"{used}, and its key file ({path}) is missing. Restore the key "
                         "file, or set SOSBOT_DATA_KEY or SOSBOT_KEY_FILE to that key: a new "
                         "key could not read the answers stored there.")


def _refuse_foreign(settings: Settings, db: Path | str | None) -> None:
    """Before saying a key is missing: a file that is not a sosbot database is said to be so."""
    database = settings.database() if db is None else db
    if not is_postgres(database):
        refuse_foreign(Path(database))


def local_key(settings: Settings, db: Path | str | None = None, *, say: TextIO | None = None
              ) -> AesGcmSealer:
    """Like `require_key`, but makes a key file (mode 600) on first use and says so.

    Only for a database that does not exist yet: a new key could not read the answers
    already stored in one, so a missing key there is the operator's to restore.
    """
    if load_keys(settings, db) is None:
        path = key_file(settings, db)
        target = settings.database() if db is None else db
        database = Path(target) if not is_postgres(target) else None
        if database is not None:
            check_location(database)  # no key for a database that cannot be made
            refuse_planted(database)  # nor for one that will be refused
            refuse_foreign(database)  # another program's file: its key is not what is missing
        if database is None or (database.is_file() and database.stat().st_size > 0):
            raise KeyProblem(f"The database {database or '(PostgreSQL)'} exists but its key "
                             f"({path}) is missing. "
                             "Restore the key file or set SOSBOT_DATA_KEY: a new key could not "
                             "read the answers stored there.")
        key = new_key()
        keys = create_key_file(path, [key])  # another first run may have made it meanwhile
        if keys == [key]:
            print(f"sosbot: made a new data key in {path} (readable only by you). Answers "
                  "are encrypted with it: keep a copy somewhere safe, or they cannot be read.",
                  file=say or sys.stderr)
        return AesGcmSealer(keys)
    return require_key(settings, db)


# --- `sosbot keys ...` ----------------------------------------------------------------------


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Carry out `sosbot keys ACTION`."""
    db = database_option(args.db) if getattr(args, "db", None) is not None \
        else settings.database()
    if args.keys_command == "new":
        return _new(settings, db, write=args.write)
    existing_database(db)  # the others work on a database's values: a typo is no new one
    if args.keys_command == "list":
        return asyncio.run(_list(settings, db))
    if args.keys_command == "rotate":
        return asyncio.run(_rotate(settings, db))
    if args.keys_command == "encrypt":
        return asyncio.run(_encrypt(settings, db))
    return asyncio.run(_retire(settings, db, args.key_id))


def print_new() -> int:
    """`sosbot keys new`: a new key printed, for SOSBOT_DATA_KEY. It reads no setting, so a
    key pasted wrong there (whose refusal says this command makes one) does not stop it."""
    print(new_key().line())
    return 0


def _new(settings: Settings, db: Path | str, *, write: bool) -> int:
    if not write:
        return print_new()
    key = new_key()
    path = key_file(settings, db)
    if _env_key(settings) is not None:
        # The key there seals and opens everything, whatever the file holds: a key written
        # to the file would seal nothing, and be the one kept "somewhere safe" by mistake.
        raise KeyProblem(f"SOSBOT_DATA_KEY is set, and the keys in it are the ones used, "
                         f"whatever a key file holds: a key written to {path} would seal "
                         "nothing. To use a key file, unset SOSBOT_DATA_KEY first; to add a "
                         "key, put one from `sosbot keys new` first in SOSBOT_DATA_KEY. "
                         "Nothing was written.")
    if not is_postgres(db):
        check_location(Path(db))  # no key for a database that cannot be made
    if load_keys(settings, db) is None:
        _refuse_sealed(settings, db)  # its own key lost: a new one would read nothing
        if is_postgres(db):  # the second server's key is the first's, copied: never a new one
            from storage.postgres import sealed_with as postgres_sealed_with

            _refuse_sealed_with(asyncio.run(postgres_sealed_with(str(db))), db, path)
    if (kept := create_key_file(path, [key])) != [key]:  # never replaced: it may seal a database
        # read whole above (`load_keys`): one sosbot cannot use stopped there, with status 1;
        # so does one that does not open the database (the next command said so); one it
        # uses is what was asked for, and `keys new --write && sosbot run` goes on
        _refuse_unfit(kept, db, path)
        print(f"The key file {path.absolute()} already exists (`sosbot chat` makes one on "
              "first use), and sosbot uses it as it is: nothing was written. To add a new "
              "key to it, run `sosbot keys rotate`.")
        return 0
    # in full: on PostgreSQL it is the folder this was typed in, which the bot may not use
    read = " (SOSBOT_KEY_FILE)" if settings.key_file is not None else "" \
        if not is_postgres(db) else (" if it starts in that folder (the README's unit starts "
                                     "in /var/lib/sosbot) or SOSBOT_KEY_FILE names the file")
    print(f"Wrote the key {key.id} to the key file {path.absolute()}, readable only by you. "
          "Next: keep a copy of that file apart from the database's backups (the two "
          f"together read every answer), then start the bot, which reads its key from "
          f"there{read}.")
    return 0


def _refuse_unfit(keys: Sequence[DataKey], db: Path | str, path: Path) -> None:
    """A key file there already whose keys do not open the SQLite database's key check (one
    from another install, restored beside it): said at once, naming both, never the key."""
    check = None if is_postgres(db) else key_check(Path(db))
    if check is None:
        return
    try:
        AesGcmSealer(keys).open(check, where(0, "", KEY_CHECK))
    except SealError:
        used = key_id_of(check)
        why = "it holds a different key under that id" if used in {k.id for k in keys} \
            else "it does not hold that key"
        raise KeyProblem(f"The key file {path.absolute()} already exists, and it does not open "
                         f"the database {shown(db)}: the database is sealed with the key "
                         f"{used!r}, and {why}. Nothing was written. Put back the key file "
                         "the database was made with (or point SOSBOT_KEY_FILE at it): a new "
                         "key could not read the answers stored there.") from None


async def _list(settings: Settings, db: Path | str) -> int:
    sealer = require_key(settings, db)
    async with await open_store(db, sealer=sealer, exclusive=False,
                                busy_ms=settings.busy_timeout_ms) as store:
        usage = await store.key_usage()
    for key in sealer.keys:
        mark = " (current)" if key.id == sealer.current else ""
        print(f"{key.id}{mark}\t{usage.pop(key.id, 0)} value(s)")
    for key_id, count in sorted(usage.items()):
        print(f"{key_id} (not configured)\t{count} value(s)")
    return 0


async def _rotate(settings: Settings, db: Path | str) -> int:
    keys = load_keys(settings, db)
    if keys is None:
        _refuse_foreign(settings, db)
        raise KeyProblem(f"There is no key to rotate: SOSBOT_DATA_KEY is not set and there "
                         f"is no key file at {key_file(settings, db).absolute()}. Nothing was "
                         "changed. If "
                         "the key file is elsewhere, set SOSBOT_KEY_FILE (or give --env-file) "
                         "and run this again; `sosbot keys new --write` makes a first one.")
    if _env_key(settings) is not None:
        sealer = AesGcmSealer(keys)
        renamed = _same_keys(keys, sealer.current)
        if renamed:
            raise KeyProblem(f"SOSBOT_DATA_KEY: the new key {sealer.current!r} is the key "
                             f"{renamed[0]!r} under another id, so rotating to it would change "
                             "nothing: what was erased would still open in backups. Put a key "
                             "from `sosbot keys new` first instead. Nothing was re-encrypted.")
        async with await open_store(db, sealer=sealer, busy_ms=settings.busy_timeout_ms) as store, \
                _alone(store, db):
            count = await store.reseal(sealer, bare=_bare_label)
        print(f"Re-encrypted the keys of {count} value(s) with the key {sealer.current}.")
        print("Keys come from SOSBOT_DATA_KEY, which sosbot cannot change: to rotate, put a "
              "new key (`sosbot keys new`) first in it and run this again.")
        return 0
    path = key_file(settings, db)
    before, mode = path.read_text(encoding="utf-8"), stat.S_IMODE(path.stat().st_mode)
    old, sealer = AesGcmSealer(keys), AesGcmSealer([new_key(), *keys])
    # The new key goes into the key file before any value is sealed with it, so a crash at
    # any moment leaves a key file that opens everything (at worst with one key nothing
    # uses). Re-sealing is one transaction; if it fails, the file gets its old text back,
    # but only when the database shows that nothing was sealed with the new key.
    write_key_file(path, sealer.keys)
    opened = False
    try:
        # opened with the old keys, so nothing sealed while opening it uses the new one
        async with await open_store(db, sealer=old, busy_ms=settings.busy_timeout_ms) as store:
            opened = True
            async with _alone(store, db):
                count = await store.reseal(sealer, bare=_bare_label)
    except Exception as exc:
        if not opened or not await _may_use(db, old, sealer.current, settings.busy_timeout_ms):
            replace_key_file(path, before, mode)
            after = f"Nothing was rotated: the key file {path} is as it was."
        else:
            after = (f"The key file {path} keeps the new key {sealer.current} in case "
                     "something was sealed with it (`sosbot keys list` shows what each key "
                     "seals).")
        if not isinstance(exc, StorageError):
            raise
        said = str(exc) if shown(db) in str(exc) else f"{shown(db)}: {exc}"
        raise type(exc)(f"{said} {after}") from None
    print(f"Re-encrypted the keys of {count} value(s) with the key {sealer.current}.")
    print(f"The key file {path.absolute()} now holds the new key {sealer.current} first and "
          "the older "
          f"{'ones' if keys[1:] else 'one'} ({', '.join(k.id for k in keys)}) after it. Next: "
          "copy it to every server that runs sosbot on this database and to where its copy is "
          "kept, before starting the bot again; `sosbot keys retire "
          f"{keys[0].id}` once no backup you keep needs that key.")
    return 0


@contextlib.asynccontextmanager
async def _alone(store: Store, db: Path | str) -> AsyncIterator[None]:
    """Refuse to go on while an instance serves on the database (PostgreSQL: SQLite's file
    lock refused a second process already): it holds only the keys it started with, and
    could read nothing re-sealed under a new one."""
    async with store.exclusive("alone") as alone:
        if not alone:
            raise StorageError(f"{shown(db)}: sosbot is running on this database (`sosbot run` "
                               "or `sosbot chat`, on this server or another); stop every "
                               "instance first (systemctl stop sosbot@main sosbot@second), "
                               "then run this again, and copy the key file to each server "
                               "before starting them.")
        yield


def _same_keys(keys: Sequence[DataKey], key_id: str) -> list[str]:
    """The other ids given the same secret as `key_id` (a key pasted again under a new
    name): rotating to it, or retiring one of them alone, leaves the key itself in use."""
    secret = next(k.secret for k in keys if k.id == key_id)
    return [k.id for k in keys if k.id != key_id and k.secret == secret]


async def _may_use(db: Path | str, old: AesGcmSealer, key_id: str, busy_ms: int) -> bool:
    """Whether the database may hold a value sealed with `key_id` (yes, when it cannot tell).

    Re-sealing seals the database's key check with the new key in the same transaction as
    everything else: a database that still opens with the old keys alone was not re-sealed.
    """
    try:
        async with await open_store(db, sealer=old, busy_ms=busy_ms) as store:
            return (await store.key_usage())[key_id] > 0
    except StorageError:
        return True


async def _retire(settings: Settings, db: Path | str, key_id: str) -> int:
    sealer = require_key(settings, db)
    source = "SOSBOT_DATA_KEY" if _env_key(settings) is not None \
        else f"the key file {key_file(settings, db).absolute()}"
    if key_id not in {k.id for k in sealer.keys}:
        raise KeyProblem(f"There is no key {key_id!r} in {source}: nothing was retired. "
                         "`sosbot keys list` shows the keys there.")
    if key_id == sealer.current:
        raise KeyProblem(f"The key {key_id!r} is the current key in {source}, sealing what is "
                         "stored: nothing was retired. Run `sosbot keys rotate` first, then "
                         "retire it.")
    # The same key under other ids (pasted again with a new name) goes with it, or not at all:
    # kept under one of them, what it sealed would still open, in backups too.
    going = [key_id, *_same_keys(sealer.keys, key_id)]
    async with await open_store(db, sealer=sealer, exclusive=False,
                                busy_ms=settings.busy_timeout_ms) as store:
        usage = await store.key_usage()
    for twin in going[1:]:
        if twin == sealer.current or usage[twin]:
            raise KeyProblem(f"The key {key_id!r} is the key {twin!r} under another id, "
                             f"which is still in use, so retiring {key_id!r} would leave what "
                             "it sealed readable (in backups too). Rotate to a key from "
                             "`sosbot keys new` first; then retiring one retires both. "
                             "Nothing was retired.")
    if usage[key_id]:
        raise KeyProblem(f"{usage[key_id]} stored value(s) still use the key {key_id!r}: "
                         "nothing was retired. Run `sosbot keys rotate` first, then retire "
                         "it.")
    named = " and ".join(going)
    if _env_key(settings) is not None:
        print(f"No stored value uses {named}; remove {'them' if going[1:] else 'it'} from "
              "SOSBOT_DATA_KEY.")
        return 0
    path = key_file(settings, db)
    write_key_file(path, [k for k in sealer.keys if k.id not in going])
    print(f"Retired the key {named}" + (" (one key under several ids)" if going[1:] else "")
          + f": removed from the key file {path.absolute()}. Next: copy that file to every "
          "server that runs sosbot on this database and to where its copy is kept, in place "
          "of the old one.")
    return 0


def _bare_label(label: str) -> str:
    """A case label as its digest is made (`bot.session_commands.bare_label`), imported here
    when keys change: with it comes the whole engine, which `sosbot keys list`, `purge` and
    `invite` start without."""
    from bot.session_commands import bare_label

    return bare_label(label)


async def _encrypt(settings: Settings, db: Path | str) -> int:
    sealer = require_key(settings, db)
    async with await open_store(db, sealer=sealer, busy_ms=settings.busy_timeout_ms) as store:
        plain = (await store.key_usage())["unencrypted"]
        # the hand-over notes kept no digest of their labels: there was no key to make one
        await store.reseal(sealer, plaintext=True, bare=_bare_label)
    print(f"Encrypted {plain} value(s) with the key {sealer.current}.")
    return 0
