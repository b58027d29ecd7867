"""Updates meant for someone else, which the bot neither answers nor stores.

A Telegram Business account can connect a bot to its chats: the customers' messages then
reach the bot as `business_message` updates, and anything it sends back with them lands in
the business owner's chat with that customer. sosbot is not anyone's business assistant, so
these are never asked for (`ALLOWED_UPDATES`) and, if they come anyway, go no further. In a
chat with several bots, Telegram clients write `/help@other_bot` for another bot's command.
"""

from __future__ import annotations

from telegram import Update

from flows.commands import split

# What the bot handles: typed messages, their edits (to say edits are not read), presses.
ALLOWED_UPDATES = (Update.MESSAGE, Update.EDITED_MESSAGE, Update.CALLBACK_QUERY)


def elsewhere(update: Update, username: str | None) -> str | None:
    """Whom `update` is meant for when that is not this bot (`username`): a business chat,
    another bot; None when it may be the bot's."""
    if update.business_message is not None or update.edited_business_message is not None \
            or update.business_connection is not None \
            or update.deleted_business_messages is not None:  # (no generator: every update)
        return "a Telegram Business chat"
    message = update.message or update.edited_message
    text = message.text if message is not None else None
    word = split(text)[0] if isinstance(text, str) else ""
    if not word.startswith("/"):
        return None
    _, at, addressee = word.partition("@")
    if at and addressee.casefold() != (username or "").casefold():
        return "another bot"
    return None
