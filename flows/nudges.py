"""The one-time reminders about an answer, wired from the checks in `flows.checks`."""

from __future__ import annotations

from flows.engine import Nudger


def nudger() -> Nudger:
    """A nudger using the built-in checks (a placeholder until the checks module lands)."""

    def nudge(kind: str, text: str) -> str | None:
        return None

    return nudge


def label_check(kind: str, text: str) -> str | None:
    return None
