"""The `sosbot` command line."""

from __future__ import annotations

import sys
from pathlib import Path

from bot import stopping

# `sosbot run` asked to stop while it is still importing and starting (`systemctl stop`,
# `docker stop`, Ctrl-C): noted from here on, before the slow imports, so it exits 0 and
# does not start, instead of dying of the signal with status 143 (see bot.stopping). So is
# `sosbot chat`, whose Ctrl-C while it imported printed Python's traceback of the import it
# broke: it ends quietly, with the status of an interrupt, before the tools open (`_chat`).
# Only as the program itself: a test importing this module keeps its own signal handling.
if sys.argv[1:2] in (["run"], ["chat"]) \
        and (__name__ == "__main__" or Path(sys.argv[0]).stem == "sosbot"):
    stopping.listen_early()

import argparse  # (after the line above: Ctrl-C in these imports was a traceback too)
import contextlib
import difflib
import errno
import io
import logging
import os
import shlex
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, TextIO

from bot import __version__, cli_options, closed_output
from bot.cli_options import DB_OPTION_HELP
from flows.errors import FlowError, FlowProblem, WordListError

if TYPE_CHECKING:
    from bot.config import Settings
    from flows.flow import Flow


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sosbot",
        description="Signs of Safety style mapping tools, one question at a time, in Telegram "
        "or in the terminal. Based on the framework; not an official product.")
    parser.add_argument("--version", action="version", version=f"sosbot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = commands.add_parser("chat", help="answer a tool's questions in this terminal",
                               description="Answer a tool's questions here, one per line. "
                               "Answers are saved as you go; run it again to carry on.")
    chat.add_argument("--flow", metavar="ID", help="start this tool (see `sosbot flows list`)")
    chat.add_argument("--db", metavar="PATH", help=DB_OPTION_HELP)

    run = commands.add_parser("run", help="run the Telegram bot (polling, or --webhook)",
                              description="Run the Telegram bot with the settings in the "
                              "environment and .env.")
    run.add_argument("--webhook", action="store_true",
                     help="receive updates on SOSBOT_LISTEN:SOSBOT_PORT from Telegram's "
                     "webhook (SOSBOT_WEBHOOK_URL, SOSBOT_WEBHOOK_SECRET) instead of polling")

    flows = commands.add_parser("flows", help="list or check the flow files",
                                description="List the tools, or check flow files.")
    flow_commands = flows.add_subparsers(dest="flows_command", metavar="ACTION", required=True)
    flow_commands.add_parser("list", help="one tool a line: id, then title",
                             description="Print one tool a line: its id, then its title.")
    check = flow_commands.add_parser("check", help="validate flow files without starting",
                                     description="Validate flow files; print file:line: "
                                     "field: message for each problem and exit 1 if there "
                                     "are any.")
    check.add_argument("files", nargs="*", type=Path, metavar="FILE",
                       help="flow files (default: the built-in ones)")

    cli_options.add_keys(commands)
    cli_options.add_export(commands)
    cli_options.add_invite(commands)
    purge = commands.add_parser("purge", help="erase drafts past their retention period",
                                description="Erase drafts untouched for SOSBOT_DRAFT_DAYS and "
                                "finished ones after SOSBOT_DONE_DAYS. On SQLite it then clears "
                                "the write-ahead log, so the erased bytes are gone from its "
                                "files; on PostgreSQL its dead rows and WAL may still hold them, "
                                "readable with the data key in use until it is retired (`sosbot "
                                "keys rotate`, then `retire`).")
    purge.add_argument("--db", metavar="PATH", help=DB_OPTION_HELP)
    purge.add_argument("--env-file", type=Path, metavar="FILE",
                       help="read the settings from FILE, the one the bot runs with (systemd's "
                       "EnvironmentFile, such as /etc/sosbot/main.env, or its .env), so that "
                       "the retention days and the database are the bot's; a setting in FILE "
                       "wins over the environment's")

    language = commands.add_parser(
        "language-check", help="check wording read from standard input, one item a line",
        description="Read lines from standard input and print `N: what was flagged or what is "
        "missing` for each flagged line (N is the line number). Exit 0 when nothing is "
        "flagged, 1 when something is.")
    language.add_argument("--as", dest="check_as", default="answer",
                          choices=["answer", "danger_statement", "safety_goal"],
                          help="read each line as an answer (jargon, the default), a danger "
                          "statement or a safety goal")
    language.add_argument("--words", type=Path, metavar="FILE", help="a council's word list "
                          "(default: SOSBOT_WORDS, or the built-in list)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point for the `sosbot` command."""
    try:
        status = _command(argv)
        if sys.stdout is not None:  # what is still buffered fails here, if it fails
            sys.stdout.flush()
        if closed_output.unseen():
            return _output_closed()
    except BrokenPipeError:  # read by `| head`, which has what it wanted: not a fault
        _output_nowhere()
        return 0
    except OSError as exc:
        if exc.filename is not None or exc.errno not in OUTPUT_FULL:
            raise
        _output_nowhere()
        return _output_full(exc)
    return status


def _command(argv: Sequence[str] | None) -> int:
    """The command `argv` names, carried out: its exit status."""
    _tolerant_output()
    args = _parser().parse_args(argv)  # --help and --version go to standard error if closed
    closed_output.stand_in()
    if args.command is None:
        _parser().print_help()
        return 0
    if args.command == "keys" and args.keys_command == "new" and not args.write:
        from bot.keys import print_new

        return print_new()  # needs no setting, and is the way out of a key's refusal
    # Loaded for the command parsed, not for `--help` nor a mistyped option: the settings
    # bring pydantic and the store (see bot.cli_options)
    from bot.config import ConfigError, load_settings, start_notes
    from bot.logs import setup_logging
    from storage.errors import StorageError

    try:
        settings = load_settings(getattr(args, "env_file", None))
    except ConfigError as exc:
        for line in str(exc).splitlines():  # one line per setting, naming it
            print(f"sosbot: {line}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level, secrets=settings.secrets, form=settings.log_format)
    if args.command not in ("flows", "language-check"):
        for note in start_notes(settings, webhook=getattr(args, "webhook", False)):
            if note.split(" ", 1)[0] in ("SOSBOT_DB", "SOSBOT_DATABASE_URL") \
                    and getattr(args, "db", None) is not None:
                continue  # --db chose the database: neither setting is read
            if args.command == "run":  # the journal's
                logging.getLogger(__name__).warning("%s", note)
            else:
                print(f"sosbot: {note}", file=sys.stderr)
    try:
        if settings.words and args.command in ("run", "chat"):
            from flows.checks.words import load_word_list

            load_word_list(settings.words)  # a broken council list stops start-up, first
        if args.command == "flows":
            return _flows(args)
        if args.command == "chat":
            return _chat(settings, args)
        if args.command == "language-check":
            return _language_check(args, settings)
        if args.command == "run":
            if _trying_it(settings, args.webhook):
                print("sosbot: no TELEGRAM_BOT_TOKEN yet, so the tools open here in the "
                      "terminal (as `sosbot chat`). For Telegram, ask @BotFather for a token "
                      "and put it in .env (see .env.example).", file=sys.stderr, flush=True)
                stopping.hand_back()  # the chat takes Ctrl-C and the rest from here on
                if stopping.asked():  # pressed while it started: the tools do not open
                    print("sosbot: stopped before the tools opened; nothing was saved.",
                          file=sys.stderr, flush=True)
                    return 0
                return _chat(settings, argparse.Namespace(flow=None, db=None),
                             command="sosbot run")
            return _run(settings, webhook=args.webhook)
        if args.command == "keys":
            from bot import keys

            return keys.run(settings, args)
        if args.command == "export":
            from bot import documents

            return documents.run(settings, args)
        if args.command == "purge":
            return _purge(settings, args)
        if args.command == "invite":
            from bot.teams import cli as teams_cli

            return teams_cli.run(settings, args)
    except WordListError as exc:  # SOSBOT_WORDS or --words: one line, file:line: field: message
        typed = args.command == "language-check" and args.words is not None
        # `--words FILE` was typed at this terminal; SOSBOT_WORDS is read from a settings file
        # and said in a service's journal, where the setting is what the operator looks for
        print(exc.problems[0] if typed else f"sosbot: SOSBOT_WORDS: {exc.problems[0]}",
              file=sys.stderr)
        return 2
    except FlowError as exc:
        print(f"sosbot: a flow file has problems:\n{exc}", file=sys.stderr)
        return 1
    except StorageError as exc:
        print(f"sosbot: {exc}", file=sys.stderr)
        return 1
    except ConfigError as exc:  # an option given on the command line
        print(f"sosbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as stopped:  # the chat's Abandoned says what was not saved
        print("\n" + getattr(stopped, "said", "Saved. Run the same command again to carry "
                              "on."), file=sys.stderr)
        return 130
    return 2


# What a write to an open file (standard output, redirected to one) fails with when the disk
# or the quota it goes to is full: every file sosbot opens by name says so itself, naming it.
OUTPUT_FULL = frozenset({errno.ENOSPC, errno.EFBIG, errno.EDQUOT})


def _output_nowhere() -> None:
    """What is still to be printed goes nowhere, rather than failing again at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _output_full(exc: OSError) -> int:
    """Standard output could not be written (`> case.txt` on a full disk): one line, status 1."""
    print(f"sosbot: the output could not be written ({exc.strerror}: is the disk it goes to "
          "full?), so the command stopped there and what it wrote is incomplete; what it had "
          "saved before then is kept.", file=sys.stderr)
    return 1


def _output_closed() -> int:
    """The command printed to a standard output that was closed (`>&-`): one line, status 1.
    The command line is not quoted back: a database URL in it may hold a password."""
    print("sosbot: standard output is closed, so what this command printed was shown to no "
          "one (anything it changed stays changed); run it with its output to a terminal, a "
          "file or a pipe to read it.", file=sys.stderr)
    return 1


def _tolerant_output() -> None:
    """A character the terminal's encoding has no place for (the chat's "·" and scale line
    on an ASCII terminal, an emoji in an answer on a Windows console or a file redirected
    there in cp1252, a plain C locale with Python's UTF-8 mode off, where Python writes ASCII
    with `surrogateescape`) is shown as "?" instead of ending the command in a traceback. On
    standard error, a character a terminal acts on is shown as its code (`ShownAsCodes`)."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors in ("strict",
                                                                       "surrogateescape"):
            stream.reconfigure(errors="replace")
    if sys.stderr is not None and not isinstance(sys.stderr, ShownAsCodes):
        sys.stderr = ShownAsCodes(sys.stderr)


class ShownAsCodes(io.TextIOBase):
    """Standard error, each character a terminal would act on (an escape sequence, a
    direction override) written as its code, `\\x1b`: a path or address an operator pasted
    with one, quoted back in an error ("Cannot open the database ..."), cleared their
    screen or turned the line round. Line breaks pass, so each line stays one line."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write("".join(_coded(ch) for ch in text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self.stream.encoding


# The zero-width non-joiner and joiner: Persian and Urdu names are written with the first,
# and emoji of several people or a skin tone with the second (👩‍👧). The tag letters
# (U+E0020 to U+E007F) make the Welsh and Scottish flags. A terminal acts on none of them.
_JOINING = "\u200c\u200d"


def _coded(ch: str) -> str:
    """A control or format character (ESC, a direction override) as its code; a line break,
    a tab, a space of any width and every printed character as they are, and the format
    characters that only join letters or make one emoji of several (`_JOINING`)."""
    if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs") \
            or ch in _JOINING or "\U000e0020" <= ch <= "\U000e007f":
        return ch
    return ch.encode("unicode_escape", "backslashreplace").decode()


def _flows(args: argparse.Namespace) -> int:
    # The flows' loader, with jinja2 and the flow schema, is imported by the commands that
    # read flows (here, `chat`, `run`, `export`), not by `keys`, `purge` or `invite`.
    from flows import loader

    if args.flows_command == "list":
        for flow in loader.load_flows().values():
            print(f"{flow.id}\t{flow.title}")
        return 0
    files = args.files or loader.flow_files()
    problems = _problems(files) if args.files else _problems_at_start_up(files)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"{len(files)} flow file(s) OK")
    return 1 if problems else 0


def _problems(files: Sequence[Path]) -> list[FlowProblem]:
    """The problems in each of these files, on its own."""
    from flows.loader import load_flow

    problems: list[FlowProblem] = []
    for path in files:
        try:
            load_flow(path)
        except FlowError as exc:
            problems += exc.problems
    return problems


def _problems_at_start_up(files: Sequence[Path]) -> list[FlowProblem]:
    """The problems start-up would find: each file, and across them (ids, takes_from)."""
    from flows.loader import load_flows

    try:
        load_flows(files)
    except FlowError as exc:
        return exc.problems
    return []


def _again(command: str, db: str | None) -> str:
    """The command to run again to carry on, as the chat says it: with the --db it was given
    (run without it, the README's `--db /tmp/demo.db` chat opened sosbot.db, where there was
    no draft to carry on). Not a URL holding a password, nor one that cannot be read, which
    is never printed (`shown_whole`)."""
    from storage import shown_whole

    said = shown_whole(db) if db is not None else None
    return command if said is None else f"{command} --db {shlex.quote(said)}"


def _stopped_starting() -> int:
    """A chat asked to stop before its tools opened: said, and its status (130 for Ctrl-C)."""
    print("sosbot: stopped before the tools opened; nothing was saved.", file=sys.stderr,
          flush=True)
    return stopping.status()


def _chat(settings: Settings, args: argparse.Namespace, command: str = "sosbot chat") -> int:
    import asyncio

    from bot import keys
    from bot.config import database_option
    from bot.console import Console
    from bot.services import open_services
    from flows.loader import load_flows
    from flows.regex import stop_cache, use_cache
    from flows.regex_cache import default_folder

    if closed_output.output_closed():  # started with standard output closed (`>&-`)
        print("sosbot: standard output is closed, so the chat has nowhere to show its "
              "questions; nothing was read or saved.", file=sys.stderr)
        return 2
    folder = default_folder(os.environ)
    if folder is not None:  # the patterns `sosbot run` wrote, read as the answers need them
        use_cache(folder)
    try:
        flows = load_flows()
        if args.flow is not None:  # "reflection\r" from a script saved with Windows line ends
            args.flow = args.flow.strip()
        if args.flow is not None and (sys.stdin is None or not sys.stdin.isatty()):
            _piped_flow(args.flow, flows)
        db = database_option(args.db) if args.db is not None else settings.database()
        command = _again(command, args.db)
        stopping.hand_back()  # the chat takes Ctrl-C and the rest from here on
        if stopping.asked():  # pressed while it started: the tools do not open
            return _stopped_starting()

        async def chat() -> int:
            sealer = keys.local_key(settings, db)
            async with open_services(settings, db, flows, sealer=sealer,
                                     surface="terminal") as conversation:
                if stopping.asked():  # SIGTERM or SIGHUP, noted while the database opened
                    return _stopped_starting()
                try:
                    return await Console(conversation, command=command).run(args.flow)
                finally:  # what the chat gives back is what it found: noted, till now
                    stopping.let_go()

        return asyncio.run(chat())
    finally:
        stop_cache()


def _shown(typed: str) -> str:
    """A name as typed, each character that does not show (a terminal escape, a zero-width
    space) written as its code: cleaned away, "reflec\u200btion" was refused as "reflection"
    with "did you mean reflection?" after it."""
    return "".join(ch if ch.isprintable() and unicodedata.category(ch) != "Cf"
                   else f"\\u{ord(ch):04x}" for ch in typed)


def _piped_flow(flow_id: str, flows: Mapping[str, Flow]) -> None:
    """`--flow` for answers piped in names a tool (a partner's too, tried out). At a terminal
    an unknown one is said and the menu of tools shown; piped in, the first line would be read
    against that menu (a number picking a tool, so the rest answered another tool's
    questions)."""
    if flow_id not in flows:
        from bot.config import ConfigError

        tools = sorted(f.id for f in flows.values() if not f.spec.for_partners)
        close = difflib.get_close_matches(flow_id, tools, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(f"--flow: there is no tool called '{_shown(flow_id)}'{hint}; `sosbot "
                          "flows list` shows them. Nothing was read or saved.")


def _purge(settings: Settings, args: argparse.Namespace) -> int:
    import asyncio
    import time

    from bot.config import database_option, existing_database, setting_source
    from bot.instances import RETENTION_DAYS, purge_refusal
    from storage import open_store
    from storage.retention import LOG_LEFT, purge

    async def run() -> int:
        db = existing_database(database_option(args.db) if args.db is not None
                               else settings.database())
        # Which retention it applies, and where each number came from: run from cron, the
        # environment is not the bot's, and a default in force unseen erases on its own days.
        sources = {name: setting_source(name, settings._file) for name in RETENTION_DAYS}
        # erasing needs no key: nothing is read
        async with await open_store(db, busy_ms=settings.busy_timeout_ms) as store:
            # on PostgreSQL the bot may be serving meanwhile (on SQLite it holds the file)
            refused = purge_refusal(settings, await store.serving_records(), sources)
            if refused is not None:
                print(f"sosbot: {refused}", file=sys.stderr)
                return 1
            report = await purge(store, settings, time.time())
        print(f"Retention applied: drafts untouched for {settings.draft_days} days "
              f"(SOSBOT_DRAFT_DAYS, {sources['SOSBOT_DRAFT_DAYS']}) and finished ones after "
              f"{settings.done_days} days (SOSBOT_DONE_DAYS, {sources['SOSBOT_DONE_DAYS']}).")
        if args.env_file is None and all(s.startswith("the default") for s in sources.values()):
            print("If the bot keeps its settings in a file (systemd's EnvironmentFile, say), "
                  "give it with --env-file so that purge applies the same ones.")
        print(f"Erased {report.drafts} draft(s), {report.sessions} idle session(s) and "
              f"{report.updates} old update id(s).")
        if report.closed:
            print(f"{len(report.closed)} partner(s) had contributed to an erased mapping; "
                  "the bot tells them a few seconds after `sosbot run` next starts (and "
                  "within a day if it is running now).")
        if report.wal_problem:  # a full disk: the erasure stands, the log keeps its bytes
            print(f"sosbot: {report.wal_problem} {LOG_LEFT}", file=sys.stderr)
            return 1
        if not report.wal_cleared:
            print("Another program was reading the database, so part of the write-ahead log "
                  "remains; run this again when it has stopped.")
        return 0

    return asyncio.run(run())


def _language_check(args: argparse.Namespace, settings: Settings) -> int:
    from bot.config import at_home, reachable
    from bot.terminal_io import PIPED_LINE, LongLine, piped_line
    from flows.answers import clean
    from flows.checks.words import load_word_list
    from flows.nudges import describe
    from flows.regex import stop_cache, use_cache
    from flows.regex_cache import default_folder

    # `--words=~/x.yaml`: no shell reads the `~` after an `=`
    given = Path(reachable(at_home(str(args.words), "--words"), "--words")) if args.words \
        else None
    words = load_word_list(given or settings.words)
    flagged = False
    stdin = sys.stdin
    lines = iter(lambda: piped_line(stdin), "") if stdin else iter(())
    number = 0
    folder = default_folder(os.environ)
    if folder is not None:  # the patterns `sosbot run` wrote, read as the lines need them
        use_cache(folder)
    try:
        for number, line in enumerate(lines, start=1):  # closed (`<&-`): no lines
            # cleaned as a typed answer is: what is printed back holds no terminal escapes
            text = clean(line).strip()
            found = describe(text, words, args.check_as) if text else None
            if found:
                print(f"{number}: {found}", flush=True)
                flagged = True
    except LongLine:
        print(f"sosbot: line {number + 1} is longer than any answer can be (over "
              f"{PIPED_LINE:,} characters, or no line breaks at all); stopped there.",
              file=sys.stderr)
        return 2
    except BrokenPipeError:  # read by `| head`, which has stopped reading: not a fault
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    finally:
        stop_cache()
    return 1 if flagged else 0


def _trying_it(settings: Settings, webhook: bool) -> bool:
    """Whether this is `sosbot run` with no token, typed at a terminal: a newcomer trying the
    bot before asking @BotFather for one, who gets the tools here as `sosbot chat` gives them.
    Started by a service manager, cron or a pipe (no terminal), or with `--webhook`, no token
    stays the one-line error and exit 2 that a deployment needs to see."""
    if settings.telegram_bot_token or webhook:
        return False
    return sys.stdin is not None and sys.stdout is not None \
        and sys.stdin.isatty() and sys.stdout.isatty()


def _run(settings: Settings, *, webhook: bool) -> int:
    from bot.app import run_polling, run_webhook

    return run_webhook(settings) if webhook else run_polling(settings)


if __name__ == "__main__":  # pragma: no cover
    status = main()
    for stream in (sys.stdout, sys.stderr):  # os._exit skips the interpreter's own flush
        if stream is not None:  # None: the command was started with it closed
            stream.flush()
    os._exit(status)
