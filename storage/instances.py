"""What the instances serving one PostgreSQL database must agree on, and the comparing.

Each instance, as it starts serving, records in `meta` (under `instance:` and the server
process holding its serving lock) a digest of each setting that matters when several
instances share the database, and where its settings came from. One whose setting differs
from an instance serving already is refused in one line naming the setting and both files
(`must`), or the difference is logged (where it does no harm: a flow or word list changed
in an upgrade under way). Values are kept only as digests, except those shown (a number of
days): never the allow-list or a key.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import dataclass

PREFIX = "instance:"


@dataclass(frozen=True)
class Setting:
    """One setting as an instance holds it: its name, a digest of its value (and the value
    itself when harmless to show), and what differing would break."""

    name: str
    digest: str
    why: str
    must: bool = True
    shown: str | None = None
    label: str | None = None  # the name as this instance sets it, when it has several

    @staticmethod
    def of(name: str, value: bytes | str, why: str, *, must: bool = True,
           shown: str | None = None, label: str | None = None) -> Setting:
        data = value.encode() if isinstance(value, str) else value
        return Setting(name, hashlib.sha256(b"sosbot setting\0" + data).hexdigest()[:32],
                       why, must, shown, label)


@dataclass(frozen=True)
class Instance:
    """This instance's settings that must agree, and where they came from."""

    source: str  # "/etc/sosbot/main.env", or "the environment"
    host: str
    settings: tuple[Setting, ...]

    def record(self) -> bytes:
        return json.dumps({"source": self.source, "host": self.host, "settings": {
            s.name: {"digest": s.digest, "shown": s.shown} for s in self.settings}}).encode()

    def against(self, stored: bytes) -> tuple[list[str], list[str]]:
        """The refusals and the warnings (one line each) against another serving instance's
        record."""
        other = json.loads(stored)
        theirs: dict[str, dict[str, str | None]] = other.get("settings", {})
        where = served_by(stored)
        refused: list[str] = []
        warned: list[str] = []
        for mine in self.settings:
            held = theirs.get(mine.name)
            if held is None or held.get("digest") == mine.digest:
                continue
            values = f" ({_one_line(mine.shown)} here, {_one_line(held.get('shown'))} there)" \
                if mine.shown is not None else ""
            said = (f"{mine.label or mine.name}{values}: the settings of this instance "
                    f"({_one_line(self.source)}) and of the instance already serving on this "
                    f"database ({where}) do not agree; {mine.why}.")
            if mine.must:
                refused.append(f"{said} Nothing was started: give every instance the same, "
                               "then start this one again.")
            else:
                warned.append(said)
        return refused, warned


def shown_in(stored: bytes) -> dict[str, str]:
    """The values a serving instance's record shows (a number of days), by setting."""
    try:
        settings = json.loads(stored).get("settings", {})
    except (ValueError, AttributeError):
        return {}
    return {name: held["shown"] for name, held in settings.items()
            if isinstance(held, dict) and isinstance(held.get("shown"), str)} \
        if isinstance(settings, dict) else {}


def served_by(stored: bytes) -> str:
    """Where a serving instance's settings came from, and its server, as a line names them."""
    try:
        other = json.loads(stored)
    except ValueError:
        other = {}
    if not isinstance(other, dict):
        other = {}
    return f"{_one_line(other.get('source', '?'))} on {_one_line(other.get('host', '?'))}"


def _one_line(value: object) -> str:
    """A path, host or value as the one line of a refusal or a log shows it: a line break,
    an escape or a character that reorders the line (in an env file's path, a URL or another
    instance's record) written out as its escape ("\\n"), so the line stays one and reads
    as it is."""
    return "".join(ascii(ch)[1:-1] if unicodedata.category(ch) in _UNSHOWN else ch
                   for ch in str(value))


_UNSHOWN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
