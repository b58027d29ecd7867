"""sosbot: the Telegram bot, the terminal chat and the command line around the flows."""

__version__ = "0.1.0"
