"""A stop asked for while `sosbot run` is still starting.

`sosbot run` stops cleanly on SIGTERM, SIGINT, SIGHUP or SIGQUIT once its event loop is
running (see bot.run). Before then (the seconds it takes to import, read its settings and
open the database) nothing caught them, so `systemctl stop`, `docker stop` or Ctrl-C in
that window killed it by the signal: status 143 (128 + SIGTERM), which Docker, Kubernetes
and supervisors report as a failure. They are noted here from the first lines of bot.cli
on, and a bot asked to stop before it has started does not start, and exits 0. `sosbot
chat` notes them too: Ctrl-C while it imported printed Python's traceback of the import it
broke; the chat now does not open, and exits with the status of an interrupt (130).

Imports nothing but the standard library: it is read before anything slow is.
"""

from __future__ import annotations

import signal
from collections.abc import Callable
from types import FrameType
from typing import Any

# SIGQUIT (Ctrl-\ where it runs in a terminal) too: it killed the bot at once, with
# updates in hand, and where crash dumps are kept wrote its memory (answers open in the
# clear, the data key) to disk.
STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
# Signals sosbot has no use for, which an operator may send it for something else (SIGUSR1
# to reopen a log, as nginx and many daemons take it): left at their default, each killed
# the bot at once, updates in hand and the database open. Ignored, and `sosbot run` says so.
IGNORED = tuple(sig for sig in (getattr(signal, "SIGUSR1", None),
                                getattr(signal, "SIGUSR2", None)) if sig is not None)
IGNORED_SAID = ("%s ignored: sosbot has no use for it (its log goes to standard error, with "
                "nothing to reopen); SIGTERM stops it")
_asked: list[int] = []
# what each of STOPS did before `listen_early` (None: a handler not set from Python)
_before: dict[int, Callable[[int, FrameType | None], Any] | int | signal.Handlers | None] = {}


def _note(signum: int, frame: FrameType | None) -> None:
    _asked.append(signum)


def listen_early() -> None:
    """Note a stop from now on instead of dying of it (until the event loop takes over), and
    ignore the signals sosbot has no use for."""
    for sig in STOPS:
        _before[sig] = signal.signal(sig, _note)
    for sig in IGNORED:
        signal.signal(sig, signal.SIG_IGN)


def hand_back() -> None:
    """Ctrl-C (SIGINT) as it was before `listen_early`, for the terminal chat `sosbot run`
    opens without a token, which takes it itself: left noted here, Ctrl-C pressed while the
    chat opened was dropped and the chat went on. The others stay noted until the chat takes
    them: Ctrl-\\ meanwhile would otherwise dump the memory (the data key) to disk."""
    handler = _before.pop(signal.SIGINT, None)
    if handler is not None:
        signal.signal(signal.SIGINT, handler)


def let_go() -> None:
    """Every stop as it was before `listen_early`, once the terminal chat has taken them and
    given them back (as it found them: noted here): the chat ended, a SIGTERM while it
    closes the database is the default's again, not noted and dropped."""
    for sig in list(_before):
        handler = _before.pop(sig)
        if handler is not None:
            signal.signal(sig, handler)


def asked() -> bool:
    """Whether a stop was asked for while starting."""
    return bool(_asked)


def status() -> int:
    """The exit status of a chat stopped while starting, as a shell gives a program the
    signal ended: 128 and the signal's number (130 for Ctrl-C); 0 when none was asked."""
    return 128 + _asked[0] if _asked else 0
