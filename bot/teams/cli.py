"""`sosbot invite`: make, list or withdraw colleague invites on the server."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.closed_output import output_closed
from bot.config import (
    ConfigError,
    Settings,
    database_option,
    existing_database,
    placed,
)
from bot.keys import key_file, load_keys, require_key
from bot.teams.codes import deep_link
from bot.teams.invites import SERVER, invite_colleague
from bot.teams.limits import DEFAULT_DAYS, MAX_DAYS, MAX_USES
from storage import open_store
from storage.errors import KeyProblem, StorageError
from storage.sealing import Sealer
from storage.store import sqlite_files
from storage.teams import Invite, TeamStore


def run(settings: Settings, args: argparse.Namespace) -> int:
    """Carry out `sosbot invite`."""
    _one_thing(args)
    if output_closed() and not args.list and args.withdraw is None:  # started with `>&-`
        print("sosbot: standard output is closed, so the new link would be shown to no one; "
              "no invite was made.", file=sys.stderr)
        return 2
    args.days = DEFAULT_DAYS if args.days is None else args.days
    args.uses = 1 if args.uses is None else args.uses
    if not 1 <= args.days <= MAX_DAYS or not 1 <= args.uses <= MAX_USES:
        print(f"sosbot: --days must be 1 to {MAX_DAYS} and --uses 1 to {MAX_USES}.",
              file=sys.stderr)
        return 2
    if args.withdraw is not None and not args.withdraw.strip():
        # `--withdraw "$ID"` with ID unset used to make a new invite, the opposite of asked
        raise ConfigError("--withdraw: give the id of the invite to withdraw (`sosbot invite "
                          "--list` shows them); nothing was made or withdrawn.")
    db = database_option(args.db) if args.db is not None else settings.database()
    made = False
    if args.list or args.withdraw is not None:
        existing_database(db)  # a typo is not a new, empty database to report on
    else:
        made = isinstance(db, Path) and not db.exists()
    sealer = _new_database_key(settings, db) if made else None
    try:
        status = asyncio.run(_run(settings, db, args, sealer))
    except StorageError:
        if made and isinstance(db, Path):  # nothing in it: no database to be taken for the bot's
            for file in sqlite_files(db):
                with contextlib.suppress(OSError):
                    file.unlink()
        raise
    if made:
        # Invites may be made before the bot first starts; but a mistyped path would get a
        # link the bot never knows, so it is said where the new database is.
        print(f"sosbot: there was no database at {placed(db)}, so a new one was made for this "
              "invite. If the bot uses another database, this link won't work: point --db "
              "or SOSBOT_DB at the bot's, and withdraw this one.", file=sys.stderr)
    return status


def _one_thing(args: argparse.Namespace) -> None:
    """--list and --withdraw make no invite: --days, --uses or --admin given with them
    would be passed over without a word (`--list --days 7`, meant as "open for 7 days
    more"?), so the combination is refused, before anything is read or changed."""
    doing = "--list" if args.list else "--withdraw" if args.withdraw is not None else None
    if doing is None:
        return
    if args.list and args.withdraw is not None:
        raise ConfigError("--list and --withdraw: give one at a time (--list shows the ids "
                          "to withdraw); nothing was withdrawn.")
    making = [name for name, given in (("--admin", args.admin), ("--days", args.days),
                                       ("--uses", args.uses)) if given not in (None, False)]
    if making:
        one = len(making) == 1
        raise ConfigError(
            f"{' and '.join(making)} {'is' if one else 'are'} for making an invite, and "
            f"{doing} makes none. Leave {'it' if one else 'them'} out to "
            f"{'list the open invites' if args.list else 'withdraw the invite'}; nothing was "
            f"{'listed' if args.list else 'withdrawn'} or made.")


def _new_database_key(settings: Settings, db: Path | str) -> Sealer:
    """The key a database this invite makes is made with. Made without one, `sosbot chat`
    and the bot then refused it as a database whose key is missing ("Restore the key
    file"), of a key there never was: refused here instead, before anything is made."""
    try:
        return require_key(settings, db)
    except KeyProblem:
        if load_keys(settings, db) is not None:  # a key there, refused for another reason
            raise
        # (the settings file too: the SOSBOT_KEY_FILE it names is where the key is looked for)
        read_from = f" --env-file {settings._read_from}" if settings._read_from else ""
        raise KeyProblem(
            f"There is no database at {placed(db)} yet, and no data key to make it with "
            f"(SOSBOT_DATA_KEY, or the key file {key_file(settings, db).absolute()}): made "
            "without one, it would be refused as a database whose key is lost. Make the key "
            f"first (`sosbot keys new --write --db {db}{read_from}`), then run this again; "
            "nothing was made.") from None


async def _run(settings: Settings, db: Path | str, args: argparse.Namespace,
               sealer: Sealer | None = None) -> int:
    # Colleague invites hold nothing to encrypt; a few rows, written beside a running bot.
    # A database made for the invite is opened with its key, so that it is the key's.
    async with await open_store(db, exclusive=False, sealer=sealer,
                                busy_ms=settings.busy_timeout_ms) as store:
        teams = TeamStore(store)
        if args.list:
            return await _list(teams, settings.allowed_users)
        if args.withdraw is not None:
            return await _withdraw(teams, args.withdraw.strip().lower())
        made = await invite_colleague(teams, SERVER, role="admin" if args.admin else "member",
                                      days=args.days, uses=args.uses)
    username = await _bot_username(settings)
    who = "an admin" if args.admin else "a member"
    until = _day(made.invite.expires_at)
    if username:
        print(deep_link(username, made.code))
    else:
        print(f"/start {made.code}")
        why = "Telegram did not give the bot's name" if settings.telegram_bot_token \
            else "No TELEGRAM_BOT_TOKEN"
        print(f"({why}, so no link: the colleague sends the line above to the bot.)",
              file=sys.stderr)
    print(f"Whoever opens it joins as {who}; it works {args.uses} time(s) until {until}. "
          f"Withdraw it with: sosbot invite --withdraw {made.invite.short_id}", file=sys.stderr)
    return 0


async def _withdraw(teams: TeamStore, short_id: str) -> int:
    """`--withdraw ID`: the invite withdrawn if it is still open; if not, why not, and
    (when it was used) that withdrawing it keeps out no one who has joined by it."""
    count = await teams.withdraw_open(short_id, time.time())
    if count:
        print(f"Withdrew {count} invite(s).")
        return 0
    named = await teams.colleague_invites_named(short_id)
    if not named:
        print(f"sosbot: no open invite has the id {short_id!r} (see --list).")
        return 1
    invite = named[0]
    if invite.withdrawn:
        print(f"sosbot: the invite {invite.short_id} was withdrawn already; nothing was "
              "changed.", file=sys.stderr)
        return 0
    if invite.uses_left <= 0:
        print(f"sosbot: the invite {invite.short_id} has been used already, so withdrawing it "
              "would keep no one out: whoever opened it has joined. /members in Telegram "
              "shows who joined, and Remove takes their access away; nothing was changed.",
              file=sys.stderr)
        return 1
    print(f"sosbot: the invite {invite.short_id} expired on {_day(invite.expires_at)}, so it "
          "lets no one in already; nothing was changed.", file=sys.stderr)
    return 0


async def _list(teams: TeamStore, admins: frozenset[int]) -> int:
    invites = await teams.invites(time.time())
    for invite in invites:
        print(f"{invite.short_id}\t{invite.role}\t{invite.uses_left} use(s) left\t"
              f"until {_day(invite.expires_at)}{await _dormant(teams, admins, invite)}")
    if not invites:
        print("No open invites.")
    return 0


async def _dormant(teams: TeamStore, admins: frozenset[int], invite: Invite) -> str:
    """Why an invite that is not spent lets no one in (`Team._vouched`), as a column: made
    by someone who is neither on SOSBOT_ALLOWED_USERS nor a member now (an admin taken off
    the settings; a removed member's invites are erased with them). "" for an open one."""
    maker = invite.created_by
    if maker == SERVER or maker in admins or (await teams.standing(maker)).role is not None:
        return ""
    return (f"\tdormant: made by {maker}, who is not on SOSBOT_ALLOWED_USERS (nor a member) "
            "now, so it lets no one in unless they are put back")


async def _bot_username(settings: Settings) -> str | None:
    """The bot's username from Telegram (getMe), for the link; None without a token."""
    if not settings.telegram_bot_token:
        return None
    from telegram import Bot
    from telegram.error import TelegramError

    root = settings.api_root
    try:
        async with Bot(settings.telegram_bot_token, base_url=f"{root}/bot") as bot:
            return bot.username
    except TelegramError as exc:
        print(f"sosbot: could not ask Telegram for the bot's name ({type(exc).__name__}); "
              "the code below still works.", file=sys.stderr)
        return None


def _day(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%d %b %Y %H:%M UTC")
