"""A list of colleagues to choose one from (/share's whom to send to, /handover's whom to
hand to, Remove's whom a leaver's drafts go to): a page of buttons at a time, found by part
of a name, two of the same name told apart."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Set
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.teams.team import Team, told_apart
from bot.wording import seen_as
from flows.answers import clean_line

if TYPE_CHECKING:
    from telegram import InlineKeyboardMarkup

PAGE_OF = "Colleagues {first} to {last} of {count}."
PAGE_OF_NAMED = "Colleagues {first} to {last} of the {count} whose name has \"{name}\"."
FIND = "To find someone quicker, type {command} and part of their name."
FIND_MORE = "To find someone quicker, type {command} and more of their name."
NO_MATCH = "No colleague's name has \"{name}\" in it."
MORE = "More colleagues"
BUTTON = 60  # characters of a button's text shown at most
WHEN = 32  # characters at most of " (joined 03 Dec 2026, #2)" after a name
PAGE = 10  # colleagues to a message: a short list on a phone
# "More colleagues" for a name carries the name (made plain ASCII) in its callback data, so
# any instance shows the same next page; Telegram takes at most 64 bytes of it.
CALLBACK_BYTES = 64


@dataclass(frozen=True)
class Picking:
    """What a list of colleagues to choose from is for (/share, /handover): each button's
    words and callback kind, "More colleagues"'s kind, the command that finds by name (none:
    the list is paged alone), and what is said when no one can be chosen."""

    button: str
    chosen: str
    more: str
    command: str
    nobody: str
    unlisted: str


async def pick(team: Team, user_id: int, draft_id: str, asked: str, picking: Picking,
               start: int = 0, name: str = "") -> tuple[str, InlineKeyboardMarkup | None]:
    """Offer the members other than `user_id` for the draft `draft_id` (`asked` says what
    for): those whose name has `name` in it (any casing), PAGE at a time from number
    `start` (counting from 0); admins named only in the settings are not among them."""
    # Imported here: `sosbot chat` reaches this module but never shows a button, and
    # python-telegram-bot's whole tree (httpx and rich with it) was a sixth of its start-up.
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup

    members = await team.teams.members()
    others = [m for m in members if m.user_id != user_id]
    unlisted = team.admins - {m.user_id for m in members} - {user_id}
    if not others:
        nobody = picking.nobody
        return f"{nobody} {picking.unlisted}" if unlisted else nobody, None
    wanted = clean_line(name).casefold()  # said back, so cleaned as typed text is
    # as a reader sees it: "zoe", typed on a phone with no ë to hand, finds Zoë
    found = [m for m in others if seen_as(wanted) in seen_as(m.name)]
    lines = [asked]
    if not found:  # everyone, a page at a time, after saying so
        lines.insert(0, NO_MATCH.format(name=wanted[:40]))
        found, wanted = others, ""
    if start >= len(found):  # some left the team since the last page was shown
        start = (len(found) - 1) // PAGE * PAGE
    page = found[start:start + PAGE]
    # Each button names the draft as well: tapped once another is open, it does nothing.
    # Two colleagues of the same name are told apart: a case sent to the wrong one is a
    # breach of its confidence.
    names = told_apart(others, BUTTON - len(picking.button))
    rows = [[InlineKeyboardButton(picking.button + names[m.user_id],
                                  callback_data=f"t:{picking.chosen}:{m.user_id}:{draft_id}")]
            for m in page]
    if len(found) > PAGE:
        shown = {"first": start + 1, "last": start + len(page), "count": len(found)}
        lines.append(PAGE_OF_NAMED.format(**shown, name=wanted[:40]) if wanted
                     else PAGE_OF.format(**shown))
        more = more_data(start + PAGE, wanted, picking.more) \
            if start + PAGE < len(found) else None
        if more is not None:
            rows.append([InlineKeyboardButton(MORE, callback_data=more)])
        if picking.command:  # a list no command finds in by name (Remove's) is paged alone
            lines.append((FIND_MORE if wanted else FIND).format(command=picking.command))
    if unlisted:
        lines.append(_unlisted(picking, team.admins & {m.user_id for m in others}))
    return " ".join(lines), InlineKeyboardMarkup(rows)


def _unlisted(picking: Picking, listed_admins: Set[int]) -> str:
    """What is said of the admins not listed: "some of" them where an admin who also joined
    with an invite is listed (saying all were missing was untrue)."""
    if not listed_admins:
        return picking.unlisted
    return picking.unlisted.replace("Your team's admins", "Some of your team's admins", 1)


async def colleagues(team: Team, user_id: int) -> dict[int, str]:
    """The members other than `user_id`, by id, each named whole, as a message has room
    for (a button cuts them short), told apart where names are alike."""
    others = [m for m in await team.teams.members() if m.user_id != user_id]
    return told_apart(others, max((len(m.name) for m in others), default=0) + WHEN)


def page_asked(value: str) -> tuple[int, str]:
    """The start and the name a "More colleagues" button asks for (`more_data`'s value)."""
    start, _, name = value.partition(":")
    return int(start) if start.isdecimal() else 0, _name_from(name)


def more_data(start: int, name: str, kind: str = "sp") -> str | None:
    """The callback data of "More colleagues" from number `start`: `t:sp:<start>` (or of
    another `kind` of list), and for a name `:<the name in base64url>`. None when the name
    is too long to fit: then the person is asked for more of it instead (so long a name
    matching more than ten is unlikely)."""
    if not name:
        return f"t:{kind}:{start}"
    coded = base64.urlsafe_b64encode(name.encode()).decode().rstrip("=")
    data = f"t:{kind}:{start}:{coded}"
    return data if len(data.encode()) <= CALLBACK_BYTES else None


def _name_from(coded: str) -> str:
    """The name `more_data` put in a button; "" (everyone) if it is not one."""
    try:
        return base64.urlsafe_b64decode(coded + "=" * (-len(coded) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return ""
