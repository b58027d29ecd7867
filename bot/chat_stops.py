"""What stops the terminal chat: SIGINT (Ctrl-C), SIGTERM, SIGHUP and SIGQUIT, noted during a
turn and acted on at the chat's next wait for a line, nothing half done."""

from __future__ import annotations

import signal
from dataclasses import dataclass

# `kill` (SIGTERM) or the terminal closing (SIGHUP) ended the chat without a word. Each turn
# is saved as it ends, so the chat stops at the next wait for a line, saying so.
STOPPED = ("Stopped ({name}): your answers so far are saved. Run `{command}` again to "
           "carry on.")
STOPPED_PIPED = ("sosbot: stopped ({name}) after line {line} of the answers piped in; the "
                 "answers up to it are saved, and `{command}` carries on from the next "
                 "question.")
# Ctrl-\ (SIGQUIT) too: it ended the chat at once, and where crash dumps are kept, wrote
# its memory (the answers open in the clear, the data key) to disk. And Ctrl-C (SIGINT)
# while an answer was being saved (waiting for a database another program held locked):
# it cancelled the save, and the chat said "Saved." of the answer it had lost; in `sosbot
# run`'s terminal chat it was dropped, and the chat went on as if it had not been pressed.
# At the wait for a line, `Console._read_line` gives Ctrl-C Python's own handler: the chat
# stops there at once, as before; pressed twice during a turn, the turn is not waited for.
ENDS = tuple(sig for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None),
                             getattr(signal, "SIGQUIT", None))
             if sig is not None)


class Stopped(Exception):
    """SIGTERM, SIGHUP, SIGQUIT or SIGINT came (during a turn): the chat ends at the wait
    for a line, nothing half done."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@dataclass
class _Ending:
    """A stop asked for (its signal), and whether the chat is waiting for a line now, when
    nothing is half done and it can end at once."""

    asked: int = 0
    waiting: bool = False
    saving: bool = False  # a line is being saved (`Console._handle`)


ENDING = _Ending()


def asked_to_end(signum: int, frame: object) -> None:
    again = ENDING.asked == signum == signal.SIGINT
    ENDING.asked = signum
    if ENDING.waiting:
        raise Stopped(signum)
    if again:  # Ctrl-C a second time: a turn that does not end is not waited for
        # ... said not to be saved only while it is: once saved (the next question being
        # shown), it was said lost, and typed again the next time
        raise Abandoned if ENDING.saving else KeyboardInterrupt


class Abandoned(KeyboardInterrupt):
    """Ctrl-C pressed again while a line was being saved: the chat stops without it."""

    said = ("Stopped: what you typed last was still being saved when Ctrl-C was pressed "
            "again, and is not saved; the answers before it are. Run the same command again "
            "to carry on.")
