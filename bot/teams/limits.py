"""How long a colleague's invite lasts and how many may join with it: read by `sosbot invite
--help` without the store, and by the invites made."""

DEFAULT_DAYS = 7
MAX_DAYS = 90
MAX_USES = 500
