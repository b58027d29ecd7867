"""A webhook found set for the bot's token as `sosbot run` starts, where starting takes
Telegram's updates away from it: said in the log, naming the address.

Polling removes any webhook (python-telegram-bot deletes it before its first poll), and
`run --webhook` puts its own address in the place of another. Whatever served the address
before gets nothing more, without a word on either side: a council's `run --webhook` on
PostgreSQL went quiet while a `sosbot run` started with the same token on another machine,
with a database of its own, answered its practitioners, who found their drafts gone."""

from __future__ import annotations

import logging

from telegram import Bot
from telegram.error import TelegramError

log = logging.getLogger(__name__)

TAKEN_BY_POLLING = (
    "a webhook was set for this bot's token ({url}): polling removes it, so Telegram sends "
    "nothing more there. If a `sosbot run --webhook` still serves that address, its "
    "practitioners' messages now come to this instance and its database, which does not hold "
    "their drafts: run only one of them.")
TAKEN_BY_WEBHOOK = (
    "the webhook for this bot's token was set to another address ({url}): it is now this "
    "instance's, so Telegram sends nothing more there. If another sosbot serves that address, "
    "its practitioners' messages now come to this instance and its database, which may not "
    "hold their drafts: run only one of them.")


async def say_if_taken(bot: Bot, ours: str | None = None) -> None:
    """Log a line when a webhook other than `ours` (None: polling) is set for the token.
    Nothing when Telegram cannot be asked: starting goes on as before."""
    try:
        url = (await bot.get_webhook_info()).url
    except TelegramError as exc:
        log.debug("could not ask Telegram which webhook is set (%s)", type(exc).__name__)
        return
    if url and url != ours:
        log.warning(TAKEN_BY_POLLING.format(url=url) if ours is None
                    else TAKEN_BY_WEBHOOK.format(url=url))
