"""Shared fixtures: an isolated environment, a real SQLite store, the built-in flows."""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from pathlib import Path

import pytest

import flows.loader as flows_loader
from flows.flow import Flow
from storage import open_store
from storage.crypto import AesGcmSealer, new_key
from storage.sql import SqlStore
from storage.store import Store
from tests.file_costs import handed_out, read_table
from tests.postgres_server import PgCluster, pg_cluster, pg_url

__all__ = ["pg_cluster", "pg_url"]  # fixtures for every test module

REPO = Path(__file__).resolve().parent.parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The files measured as slow handed out before the quick ones, each file's tests in their
    own order, so the two workers finish together (tests/file_costs.py; pyproject's
    `--no-loadscope-reorder` keeps the order)."""
    files = Counter(item.nodeid.split("::", 1)[0] for item in items)
    place = {name: at for at, name in enumerate(handed_out(list(files), read_table(), files))}
    items.sort(key=lambda item: place[item.nodeid.split("::", 1)[0]])


# Collecting imports every test file, and the first import of each rewrites its asserts
# (pytest), about 30 s of CPU for the suite; the rewritten files are kept in the bytecode
# cache below, so a process collecting after another reads them instead. The two xdist
# workers collect at the same time: the second imports the files last to first, each
# rewriting about half and reading the rest the other wrote. The tests and their order (set
# above, whatever order the files were collected in) are the same in both.
@pytest.hookimpl(wrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Iterator[pytest.CollectReport]:
    report: pytest.CollectReport = yield
    if isinstance(collector, pytest.Dir) and os.environ.get("PYTEST_XDIST_WORKER") == "gw1":
        report.result.reverse()
    return report


def _in_memory(folder: Path, room: int = 4 << 30) -> bool:
    """Whether `folder` is a memory file system (tmpfs) the tests can use for their files:
    there, writable, programs may run from it, `room` bytes free (Docker's is 64 MB)."""
    try:
        disk = os.statvfs(folder)
    except OSError:
        return False
    return os.access(folder, os.W_OK | os.X_OK) and not disk.f_flag & os.ST_NOEXEC \
        and disk.f_bavail * disk.f_frsize >= room


# Each SQLite commit waits for the disk to confirm it (synchronous FULL, as in service), a
# few milliseconds on a shared disk and more when it is busy: a test's fresh store commits a
# dozen times migrating, so the tests waited on the disk longer than they ran. Their files
# (tmp_path, every `sosbot` child's) go to memory where the machine has room there; what
# sosbot writes and reads is the same. A TMPDIR set by whoever runs the tests is kept.
# Where a test whose fault needs a real disk puts its files: the temporary folder as it was
# before the line below (which xdist's workers inherit, so the first process's is kept).
ON_DISK = Path(os.environ.setdefault("TESTS_DISK_TMPDIR", tempfile.gettempdir()))
if "TMPDIR" not in os.environ and _in_memory(Path("/dev/shm")):
    os.environ["TMPDIR"] = "/dev/shm"
    tempfile.tempdir = None  # read again from TMPDIR by the next gettempdir()

# The suite starts several hundred `sosbot` processes. Where the machine asks Python not to
# write bytecode (PYTHONDONTWRITEBYTECODE, as some images set), each of them would compile
# every module of sosbot again, a fifth of its start-up. They share one cache instead, kept
# outside the checkout; what each process does is the same.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "sosbot-tests-bytecode")
# So do the `sosbot` children the wording checks' patterns that `sosbot run` keeps compiled
# (`flows.regex_cache`), rather than in the developer's home. A bot a test starts in its own
# process (`bot.app.started(settle=True)`) keeps them apart: a process that has compiled
# patterns for earlier tests writes only the rest.
CHILDREN_CACHE = Path(tempfile.gettempdir()) / "sosbot-tests-cache"
os.environ.pop("CACHE_DIRECTORY", None)
os.environ["XDG_CACHE_HOME"] = str(Path(tempfile.gettempdir()) / "sosbot-tests-cache-here")


def _clean_environ() -> dict[str, str]:
    """The environment without any sosbot setting the developer may have exported."""
    return {name: value for name, value in os.environ.items()
            if not name.startswith("SOSBOT_") and name != "TELEGRAM_BOT_TOKEN"}


@pytest.fixture(autouse=True)
def isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No SOSBOT_* variable and no developer `.env` reaches a test: it runs in tmp_path."""
    for name in list(os.environ):
        if name.startswith("SOSBOT_") or name == "TELEGRAM_BOT_TOKEN":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# pytest numbers each test's folder one past the highest of its name in the worker's folder,
# reading every folder made before it to find that: a worker runs about 7,400 tests, so the
# last ones read 7,000 names each, some 16 s of a worker's CPU over a run. Only the worker's
# process makes folders in its basetemp, so it counts them itself; the folders are the ones
# pytest makes (same place, name and mode), fresh and empty.
_MADE: Counter[str] = Counter()


def fresh_folder(base: Path, test_name: str) -> Path:
    """A new empty folder in `base` named as pytest names a test's (its name, 30 characters
    of it, then a number), without reading what `base` holds."""
    prefix = re.sub(r"\W", "_", test_name)[:30]
    while True:
        folder = base / f"{prefix}{_MADE[prefix]}"
        _MADE[prefix] += 1
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return folder


@pytest.fixture
def tmp_path(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test's own fresh folder (pytest's `tmp_path`, made by `fresh_folder`)."""
    return fresh_folder(tmp_path_factory.getbasetemp(), request.node.name)


@pytest.fixture
def disk_path() -> Iterator[Path]:
    """A fresh folder on a disk (`tmp_path` may be in memory), for a fault only a disk's file
    system makes: tmpfs lets a file opened before `chattr +i` be written on."""
    folder = Path(tempfile.mkdtemp(prefix="sosbot-test-", dir=ON_DISK))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[Store]:
    """A migrated store in a file under tmp_path, closed afterwards."""
    opened = await Store.open(tmp_path / "sosbot.db")
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh database of each engine, as the URL an operator would set: a SQLite file under
    tmp_path, or a new database in the test PostgreSQL cluster."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path}/engine.db"
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    return cluster.new_database()


@pytest.fixture
def sealer() -> AesGcmSealer:
    """The data key `engine_store` seals with; a module whose tests reopen the database with
    its own key overrides this fixture to return that key."""
    return AesGcmSealer([new_key("engine")])


@pytest.fixture
async def engine_store(database: str, sealer: AesGcmSealer) -> AsyncIterator[SqlStore]:
    """The store `open_store` opens on `database`, sealing with `sealer`; closed afterwards."""
    opened = await open_store(database, sealer=sealer)
    try:
        yield opened
    finally:
        await opened.close()


@pytest.fixture(scope="session")
def flows() -> Mapping[str, Flow]:
    """Every built-in flow, loaded once."""
    return flows_loader.load_flows()


# The built-in flows, read, validated and unrolled once in each test process: every bot a
# test starts in this process (`bot.app.started`), every module's `FLOWS = load_flows()` and
# every in-process export loads them again otherwise, 50 ms or more each. A Flow is frozen;
# each caller gets a dict of its own. Files named to `load_flows(paths)` are read as before,
# and a `sosbot` child process reads the built-in ones itself.
def _read_once(read: Callable[..., dict[str, Flow]]) -> Callable[..., dict[str, Flow]]:
    built_in = functools.cache(read)

    @functools.wraps(read)
    def load_flows(paths: Iterable[Path] | None = None) -> dict[str, Flow]:
        return dict(built_in()) if paths is None else read(paths)

    return load_flows


if not hasattr(flows_loader.load_flows, "__wrapped__"):  # this file is imported twice
    flows_loader.load_flows = _read_once(flows_loader.load_flows)


def sosbot_env(**extra: str) -> dict[str, str]:
    """The environment for running `sosbot` in a child process.

    Unbuffered output is switched off on purpose: the command must flush on its own.
    """
    env = _clean_environ()
    env.pop("PYTHONUNBUFFERED", None)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH")) if p)
    env["XDG_CACHE_HOME"] = str(CHILDREN_CACHE)
    env.update(extra)
    return env


def sosbot_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bot.cli", *args]


def run_sosbot(*args: str, input: str | None = None, cwd: Path | None = None,
               env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `sosbot ARGS` to the end (as `python -m bot.cli`, so no install is needed)."""
    return subprocess.run(
        sosbot_command(*args), input=input, capture_output=True, text=True,
        cwd=cwd or Path.cwd(), env=sosbot_env(**(env or {})), timeout=120, check=False,
    )
