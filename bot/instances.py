"""This instance's settings that every instance on one PostgreSQL database must share
(`storage.instances` compares them as each starts serving)."""

from __future__ import annotations

import json
import socket
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from bot.config import Settings
from bot.logs import hidden_query
from storage.instances import Instance, Setting, served_by, shown_in
from storage.sealing import Sealer

if TYPE_CHECKING:  # `sosbot purge` reads no flows
    from flows.flow import Flow

Receiving = Literal["webhook", "polling"]

ALLOWED = ("a practitioner allowed by one instance would be turned away by the other, "
           "message by message, whichever instance Telegram's post reaches")
RETENTION_DAYS = ("SOSBOT_DRAFT_DAYS", "SOSBOT_DONE_DAYS")
RETENTION = "drafts would be erased after either number of days, whichever instance runs the " \
    "daily retention"
CURRENT_KEY = ("new drafts would be sealed with a key the other instance may not have, and "
               "every message of theirs would fail there; copy the key file from the "
               "server of the instance that made the database")
OTHER_KEYS = ("one instance keeps older keys the other has not (a key file not copied after a "
              "rotation or a retirement); copy the key file to every server")
WEBHOOK = ("Telegram keeps one webhook per bot, set by the instance that started last: posts "
           "to the other would be refused")
FLOWS = ("a draft started on one instance would be asked other questions on the other; "
         "give every instance the same sosbot, unless an upgrade is under way")
WORDS = ("the checks on wording would ask different things depending on the instance; give "
         "every instance the same word list")
RECEIVING = "How updates reach the bot"
BOTH_WAYS = ("Telegram gives a bot's updates either to its webhook or to polling, not both: "
             "polling removes the webhook the other instances serve (every message then "
             "reaches the polling one alone, and none once it stops), and a webhook set takes "
             "every message from an instance polling; run every instance the same way "
             "(`sosbot run --webhook`, as the systemd unit does)")
RATE = ("a practitioner would be held back at a different rate depending on the instance; "
        "give every instance the same")


def this_instance(settings: Settings, sealer: Sealer | None, flows: Mapping[str, Flow], *,
                  telegram: bool = True, receiving: Receiving | None = None) -> Instance:
    """This instance's settings, as digests (never a key, a secret or the allow-list).
    `telegram` False (`sosbot chat`): without what only Telegram's instances use (the
    allow-list, the rate, the webhook), which a terminal's settings need not hold; nor the
    retention, which a chat never runs (it says the serving instances' days: `retention`).
    `receiving`: how this instance takes updates from Telegram, where it does."""
    keys = getattr(sealer, "keys", ())
    key_name = "SOSBOT_DATA_KEY" if settings.data_key is not None and \
        settings.data_key.get_secret_value().strip() else "SOSBOT_KEY_FILE"
    held = [
        Setting.of(RETENTION_DAYS[0], str(settings.draft_days), RETENTION,
                   shown=str(settings.draft_days)),
        Setting.of(RETENTION_DAYS[1], str(settings.done_days), RETENTION,
                   shown=str(settings.done_days)),
    ] if telegram else []
    held += [
        Setting.of("current key", keys[0].id.encode() + b"\0" + keys[0].secret if keys
                   else b"", CURRENT_KEY, shown=keys[0].id if keys else None,
                   label=f"{key_name}'s current key"),
        Setting.of("older keys", b"\0".join(k.id.encode() + b"\0" + k.secret
                                             for k in keys[1:]),
                   OTHER_KEYS, must=False, label=f"{key_name}'s older keys"),
        Setting.of("the flows (sosbot's flows/*.yaml)", json.dumps(
            {name: flow.spec.model_dump(mode="json") for name, flow in sorted(flows.items())},
            sort_keys=True), FLOWS, must=False),
        Setting.of("SOSBOT_WORDS", settings.words.read_bytes() if settings.words else b"",
                   WORDS, must=False),
    ]
    if telegram:
        held += [Setting.of("SOSBOT_ALLOWED_USERS",
                            ",".join(map(str, sorted(settings.allowed_users))), ALLOWED),
                 Setting.of("SOSBOT_RATE_BURST and SOSBOT_RATE_PER_MINUTE",
                            f"{settings.rate_burst} {settings.rate_per_minute}", RATE,
                            must=False)]
    if receiving is not None:
        held.append(Setting.of(RECEIVING, receiving, BOTH_WAYS,
                               shown="the webhook" if receiving == "webhook" else receiving,
                               label=RECEIVING))
    if telegram and settings.webhook_url is not None and settings.webhook_secret is not None:
        # kept in the database in the clear, and said in the other instance's refusal: a key
        # in its query, for the proxy, is hidden there as in the log
        held += [Setting.of("SOSBOT_WEBHOOK_URL", settings.webhook_url, WEBHOOK,
                            shown=hidden_query(settings.webhook_url)),
                 Setting.of("SOSBOT_WEBHOOK_SECRET", settings.webhook_secret.get_secret_value(),
                            WEBHOOK)]
    return Instance(_source(settings), socket.gethostname(), tuple(held))


def retention(settings: Settings, served_with: Mapping[str, str]) -> tuple[int, int]:
    """The days drafts and finished ones are kept, as /privacy says them: those of the
    instances serving on the database where they say them (they run the daily retention,
    whatever `sosbot chat`'s own settings hold), otherwise this one's."""
    own = (settings.draft_days, settings.done_days)
    held = [served_with.get(name, "") for name in RETENTION_DAYS]
    return (int(held[0]), int(held[1])) if all(d.isdecimal() and len(d) < 6 for d in held) \
        else own


def purge_refusal(settings: Settings, records: Sequence[bytes],
                  sources: Mapping[str, str]) -> str | None:
    """Why `sosbot purge` must not run with these settings beside the instances serving on
    the database (their `records`), or None: fewer days than theirs would erase drafts they
    still keep, unreminded (the reminder goes the day before their own days). `sources`:
    where each of the days was read from, in words (`bot.config.setting_source`)."""
    mine = dict(zip(RETENTION_DAYS, (settings.draft_days, settings.done_days), strict=True))
    for stored in records:
        held = shown_in(stored)
        fewer = [f"{name} is {mine[name]} here ({sources[name]}) and {held[name]} there"
                 for name in RETENTION_DAYS
                 if held.get(name, "").isdecimal() and mine[name] < int(held[name])]
        if fewer:
            return (f"{' and '.join(fewer)}, in the settings of the instance serving on this "
                    f"database ({served_by(stored)}): this purge would erase drafts the bot "
                    "still keeps, before the reminder it sends the day before. Nothing was "
                    "erased; run purge with the bot's settings (--env-file and the file "
                    "named there).")
    return None


def _source(settings: Settings) -> str:
    """Where this instance's settings came from, for the operator to find them."""
    if settings.settings_from:
        return settings.settings_from
    dotenv = Path(".env")
    return str(dotenv.resolve()) if dotenv.is_file() else "the environment"
