"""Retention: drafts are erased after a set number of days, with a reminder the day before.

An unfinished draft goes `draft_days` after it was last touched, a finished one `done_days`
after it was finished; a draft is erased by age even if its reminder could not be sent.
Updates handled more than `UPDATE_DAYS` ago are forgotten (Telegram re-delivers within a day).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from storage.contract import PurgeReport, Reminder, Store

DAY = 86_400.0
UPDATE_DAYS = 3
# Said after a retention run whose erasure committed but whose checkpoint failed (a full disk)
LOG_LEFT = ("The erasure itself was saved: the drafts past their days are gone from the "
            "database; what they held leaves its write-ahead log at the next checkpoint (the "
            "next erasure, the bot's daily run, `sosbot purge`, or stopping the bot) once "
            "there is room.")


class RetentionSettings(Protocol):
    """What retention reads from the settings (bot.config.Settings has both)."""

    @property
    def draft_days(self) -> int: ...

    @property
    def done_days(self) -> int: ...


async def purge(store: Store, settings: RetentionSettings, now: float) -> PurgeReport:
    """Erase every draft past its retention period, stale sessions and old update ids."""
    return await store.purge(idle_before=now - settings.draft_days * DAY,
                             done_before=now - settings.done_days * DAY,
                             updates_before=now - UPDATE_DAYS * DAY)


async def due_reminders(store: Store, settings: RetentionSettings, now: float
                        ) -> list[Reminder]:
    """Drafts erased within a day from `now` whose owners have not been told yet."""
    return await store.due_reminders(idle_before=now - (settings.draft_days - 1) * DAY,
                                     done_before=now - (settings.done_days - 1) * DAY)


async def mark_reminded(store: Store, reminders: Iterable[Reminder], now: float) -> None:
    """Record that these reminders were sent, so each draft is reminded once (a draft
    handed to a colleague since its reminder was read is not: the colleague is reminded)."""
    reminders = list(reminders)
    await store.mark_reminded([r.draft_id for r in reminders], now,
                              owners={r.draft_id: r.user_id for r in reminders})


def erased_at(reminder: Reminder, settings: RetentionSettings) -> float:
    """When retention will erase a reminded draft (a Unix time)."""
    days = settings.draft_days if reminder.status == "in_progress" else settings.done_days
    return reminder.updated_at + days * DAY
