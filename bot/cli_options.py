"""The commands of `sosbot keys`, `export` and `invite` and their options, built without
what carries them out: `sosbot --help`, a command's `--help` and a mistyped option are
answered before the settings, the store or the flows are loaded (`bot.cli`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bot.teams.limits import DEFAULT_DAYS, MAX_DAYS, MAX_USES
from flows.formats import FORMATS

# `--db`'s help, in every command that takes it: the order the database is looked for in
# (`Settings.database`), SOSBOT_DATABASE_URL first.
DB_OPTION_HELP = ("the database file, or its URL (default: SOSBOT_DATABASE_URL, then "
                  "SOSBOT_DB, then sosbot.db)")


# `--env-file`'s help, in the commands an operator runs on the bot's server beside it
# (`invite`, `keys`; `purge` says what it takes from it in its own words).
ENV_FILE_HELP = ("read the settings from FILE, the one the bot runs with (systemd's "
                 "EnvironmentFile, such as /etc/sosbot/main.env, or its .env), so that the "
                 "database, the key and the bot's token are the bot's; a setting in FILE wins "
                 "over the environment's")


def add_keys(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `keys` command and its actions."""
    keys = commands.add_parser("keys", help="make, rotate or retire the data keys",
                               description="Answers are encrypted with a data key. Stop the "
                               "bot before `rotate` or `retire`.")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    new = actions.add_parser("new", help="print a new key, or write it to the key file",
                             description="Print a new key (for SOSBOT_DATA_KEY), or with "
                             "--write create the key file. A key file there already is never "
                             "replaced: one sosbot can use is kept, with status 0; one it "
                             "cannot read stops with status 1.")
    new.add_argument("--write", action="store_true", help="create the key file with it")
    new.add_argument("--db", metavar="PATH", help="the database the key file sits beside")
    new.add_argument("--env-file", type=Path, metavar="FILE", help=ENV_FILE_HELP)
    for name, text in (("list", "show each key id and how many values it sealed"),
                       ("rotate", "add a new current key and re-encrypt everything with it"),
                       ("retire", "drop a key that no stored value uses any more"),
                       ("encrypt", "encrypt a database written before sosbot encrypted "
                        "answers")):
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:]
                                    + ".")
        if name == "retire":
            action.add_argument("key_id", metavar="ID", help="the key id (see `keys list`)")
        action.add_argument("--db", metavar="PATH", help=DB_OPTION_HELP)
        action.add_argument("--env-file", type=Path, metavar="FILE", help=ENV_FILE_HELP)


def add_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `export` command."""
    command = commands.add_parser(
        "export", help="write a terminal draft's summary as an HTML, Word or text file",
        description="Write the summary of a draft made with `sosbot chat` as a file: an HTML "
        "page, a Word document or plain text for a case-recording system. Without -o, text "
        "goes to standard output.")
    command.add_argument("draft", metavar="LABEL_OR_ID", help="the draft's case label or id")
    command.add_argument("--format", choices=FORMATS,
                         help="html, docx or txt (default: the one -o FILE's name ends in, "
                         "else txt)")
    command.add_argument("-o", "--output", metavar="FILE",
                         help="write to this file (or into this folder, named for the "
                         "draft); - is standard output")
    command.add_argument("--db", metavar="PATH", help=DB_OPTION_HELP)


def add_invite(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `invite` command."""
    command = commands.add_parser(
        "invite", help="make an invite link for a colleague (or list or withdraw invites)",
        description="Make a Telegram link that lets a colleague join the bot as a member. "
        "The code is shown once and stored only as a hash.")
    command.add_argument("--admin", action="store_true",
                         help="whoever joins with it becomes an admin (can invite and remove)")
    command.add_argument("--days", type=int, metavar="N",
                         help=f"it expires after N days (default {DEFAULT_DAYS}, at most "
                         f"{MAX_DAYS})")
    command.add_argument("--uses", type=int, metavar="N",
                         help=f"N people can join with it (default 1, at most {MAX_USES})")
    command.add_argument("--list", action="store_true", help="list the invites still open")
    command.add_argument("--withdraw", metavar="ID", help="withdraw the invite with this id "
                         "(from --list)")
    command.add_argument("--db", metavar="PATH", help=DB_OPTION_HELP)
    command.add_argument("--env-file", type=Path, metavar="FILE", help=ENV_FILE_HELP)
