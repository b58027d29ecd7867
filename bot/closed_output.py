"""Standard output when a command was started with it closed (`>&-`): what the command
prints is kept nowhere, but that it printed is remembered, so that the command says on
standard error that it was shown to no one and ends with a status that is not 0."""

from __future__ import annotations

import io
import sys


class ClosedOutput(io.TextIOBase):
    """Takes what is printed and keeps none of it, only whether there was any. It has no
    file number: the number 1 may by now belong to a file the command opened."""

    def __init__(self) -> None:
        super().__init__()
        self.written = False

    def write(self, text: str) -> int:
        self.written = self.written or bool(text)
        return len(text)

    def writable(self) -> bool:
        return True


def stand_in() -> None:
    """Standard output, when it is closed, becomes a `ClosedOutput`."""
    if sys.stdout is None:
        sys.stdout = ClosedOutput()


def output_closed() -> bool:
    """Whether the command was started with standard output closed."""
    return sys.stdout is None or isinstance(sys.stdout, ClosedOutput)


def unseen() -> bool:
    """Whether the command printed to a standard output that was closed."""
    return isinstance(sys.stdout, ClosedOutput) and sys.stdout.written
