"""What is wrong in a postgresql:// URL, found before the driver reads it.

asyncpg reads the URL as it connects, and some mistakes an operator makes in it came out of
that as the wrong sentence, or none: an empty server in a list of servers ("db1,db2," with a
comma left over) as "stopped by an unexpected IndexError" (a traceback from `sosbot chat`),
a mistyped `sslmode` or `target_session_attrs` as "see the server's log", which never heard
of it, and a certificate file that is not there as "the server cannot be reached; check the
host and port". Found here, each is the setting's own one line, naming where it was set.
Nothing here quotes the password.
"""

from __future__ import annotations

import os
from urllib.parse import parse_qs, urlsplit

# The options whose values asyncpg takes from a fixed few (as libpq does), as it spells them.
ONE_OF = {
    "sslmode": ("disable", "allow", "prefer", "require", "verify-ca", "verify-full"),
    "target_session_attrs": ("any", "primary", "standby", "prefer-standby", "read-write",
                             "read-only"),
    "gsslib": ("gssapi", "sspi"),
    "sslnegotiation": ("postgres", "direct"),
}
# The files the driver reads for a connection over TLS, each with the modes that read it
# (asyncpg's default mode is "prefer").
TLS_FILES = {"sslcert": ("allow", "prefer", "require", "verify-ca", "verify-full"),
             "sslkey": ("allow", "prefer", "require", "verify-ca", "verify-full"),
             "sslrootcert": ("require", "verify-ca", "verify-full"),
             "sslcrl": ("require", "verify-ca", "verify-full")}


def postgres_url_problem(url: str) -> str | None:
    """Why the driver cannot connect with `url` as it is written, or None."""
    try:
        parts = urlsplit(url)
    except ValueError:  # "[::1/db": the store's own line says the URL cannot be read
        return None
    try:
        options = {name: values[-1] for name, values in
                   parse_qs(parts.query, strict_parsing=True).items()} if parts.query else {}
    except ValueError:
        return ("has options after \"?\" that cannot be read: write each as name=value, "
                "joined by &")
    servers = [parts.netloc.partition("@")[2] if "@" in parts.netloc else parts.netloc,
               options.get("host", "")]
    if any("," in listed and "" in listed.split(",") for listed in servers):
        return ("lists an empty server: a comma with no server before or after it "
                "(\"db1,,db2\", or one left at the end); take it out")
    return _option_value_problem(options) or _tls_file_problem(options)


def _option_value_problem(options: dict[str, str]) -> str | None:
    for name, allowed in ONE_OF.items():
        given = options.get(name)
        if given is not None and _spelled(name, given) not in allowed:
            return (f"has {name}={_shown(given)}, which is not one of "
                    f"{', '.join(allowed)}; correct it")
    return None


def _spelled(name: str, value: str) -> str:
    """`value` as asyncpg compares it: it takes "verify_full" for sslmode as "verify-full"."""
    return value.replace("_", "-") if name == "sslmode" else value


def _tls_file_problem(options: dict[str, str]) -> str | None:
    mode = _spelled("sslmode", options.get("sslmode") or os.environ.get("PGSSLMODE")
                    or "prefer")
    for name, reading in TLS_FILES.items():
        path = options.get(name)
        if name == "sslkey" and not options.get("sslcert"):
            continue  # read only beside the certificate it belongs to
        if path and mode in reading and not os.access(path, os.R_OK):
            why = "cannot be read" if os.path.exists(path) else "does not exist"
            return (f"has {name}={_shown(path)}, a file that {why} here (sslmode={mode} "
                    f"reads it); give the certificate's or key's path, or put it there")
    return None


def _shown(value: str) -> str:
    """An option's value as a line can show it: characters a terminal acts on as codes."""
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in value)
