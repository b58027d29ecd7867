"""sosbot: the Telegram bot, the terminal chat and the command line around the flows."""

import sys

__version__ = "0.1.0"

# Two packages python-telegram-bot's HTTP client imports only because they happen to be
# installed, for what sosbot never does: httpx's own command line (`httpx._main`, with
# click, rich and pygments, all there beside bandit, pip-audit or Flask), and trio, which
# httpcore would use for an event loop of trio's (sosbot's is asyncio's, which it serves
# with anyio either way). Together they were about a fifth of the CPU time `sosbot run`
# spent importing and making its requests to Telegram. Marked as missing, neither is
# imported: `httpx.main` is httpx's stub saying its command line is not installed, and
# nothing sosbot uses changes. Where something in this process imported either before
# sosbot, it is left as it is.
for _unused in ("httpx._main", "trio"):
    sys.modules.setdefault(_unused, None)  # type: ignore[arg-type]
