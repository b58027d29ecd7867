"""A throwaway PostgreSQL cluster for the tests: `initdb` + `pg_ctl` in a temporary folder.

One cluster per test session, listening only on a Unix socket in its own folder; each test
gets a fresh database in it. As root the server runs as the `postgres` user (PostgreSQL
refuses to run as root). Where PostgreSQL is not installed the tests that need it skip and
say why (`.ci/run` installs Debian's `postgresql` package).
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from storage.migrations import MIGRATIONS

SERVER_USER = "postgres"


def _bin_dir() -> Path | None:
    """Where initdb and pg_ctl live: Debian's versioned folder first, then the PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                   key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit()
                   else 0)
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).resolve().parent if initdb else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgCluster:
    """A running cluster: its folder, socket and port, and how to reach a database in it."""

    folder: Path
    bin: Path
    port: int
    _names: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def sockets(self) -> Path:
        return self.folder / "run"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SERVER_USER}@/{database}?host={self.sockets}&port={self.port}"

    def tool(self, name: str, *args: str) -> subprocess.CompletedProcess[bytes]:
        """Run a client program (psql, pg_dump) against this cluster, as this user."""
        return subprocess.run([str(self.bin / name), "-h", str(self.sockets), "-p",
                               str(self.port), "-U", SERVER_USER, *args],
                              capture_output=True, check=True, timeout=120)

    def new_database(self) -> str:
        """A fresh, empty database; returns its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        self.tool("psql", "-d", "postgres", "-q", "-c", f"CREATE DATABASE {name}")
        return self.url(name)


def _as_server(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", SERVER_USER, "--", *command]


def _why_not() -> str | None:
    if _bin_dir() is None:
        return ("PostgreSQL is not installed here (no initdb): .ci/run installs Debian's "
                "postgresql package; without it the PostgreSQL tests cannot run")
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam(SERVER_USER)
        except KeyError:
            return (f"running as root, PostgreSQL needs an unprivileged {SERVER_USER!r} user to "
                    "run as, and there is none")
        if shutil.which("runuser") is None:
            return "running as root, runuser is needed to start PostgreSQL as another user"
    return None


def start_cluster() -> PgCluster:
    """initdb and start a cluster in a new temporary folder (the caller stops it)."""
    bin_dir = _bin_dir()
    assert bin_dir is not None
    folder = Path(tempfile.mkdtemp(prefix="sosbot-pg-"))
    folder.chmod(0o755)  # the server user must reach its data and socket folders
    cluster = PgCluster(folder, bin_dir, _free_port())
    for sub in (cluster.data, cluster.sockets):
        sub.mkdir()
        if os.geteuid() == 0:
            shutil.chown(sub, SERVER_USER, SERVER_USER)
    subprocess.run(_as_server([str(bin_dir / "initdb"), "-D", str(cluster.data), "-U",
                               SERVER_USER, "--auth=trust", "-E", "UTF8", "--no-sync",
                               "--locale=C"]), capture_output=True, check=True, timeout=300)
    options = (f"-k {cluster.sockets} -p {cluster.port} -c listen_addresses='' "
               "-c fsync=off -c max_connections=100")
    subprocess.run(_as_server([str(bin_dir / "pg_ctl"), "-D", str(cluster.data), "-o", options,
                               "-l", str(cluster.data / "server.log"), "-w", "start"]),
                   capture_output=True, check=True, timeout=300)
    return cluster


def stop_cluster(cluster: PgCluster) -> None:
    subprocess.run(_as_server([str(cluster.bin / "pg_ctl"), "-D", str(cluster.data), "-m",
                               "immediate", "-w", "stop"]), capture_output=True, check=False,
                   timeout=120)
    shutil.rmtree(cluster.folder, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """The session's PostgreSQL cluster; skips (saying why) where PostgreSQL is missing."""
    reason = _why_not()
    if reason is not None:
        pytest.skip(reason)
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> str:
    """A fresh database in the session's cluster, as a `postgresql://` URL."""
    return pg_cluster.new_database()



def columns_added_after(version: int, dropped: frozenset[str] = frozenset()) -> list[str]:
    """SQL dropping the columns and tables the migrations after `version` added, but those
    of the tables in `dropped` (dropped whole by the caller). Every migration since the
    twelfth adds columns and tables only; one that does more needs its undoing written here."""
    undo = []
    for migration in MIGRATIONS[version:]:
        for statement in migration:
            made = re.match(r"CREATE (?:\{unlogged\})?TABLE (?:IF NOT EXISTS )?(\w+)", statement)
            if made is not None:
                if made[1] not in dropped:
                    undo.append(f"DROP TABLE {made[1]}")
                continue
            added = re.fullmatch(r"ALTER TABLE (\w+) ADD COLUMN (\w+) .*", statement, re.S)
            assert added is not None, f"undo this migration's statement by hand: {statement}"
            if added[1] not in dropped:
                undo.append(f"ALTER TABLE {added[1]} DROP COLUMN {added[2]}")
    return undo


def before_the_latest_migration() -> str:
    """SQL that puts a database back as the sosbot before the latest upgrade left it: the
    latest migration's columns dropped and the schema's version one less."""
    older = len(MIGRATIONS) - 1
    return "; ".join([*columns_added_after(older), f"UPDATE sosbot_schema SET version = {older}"])
