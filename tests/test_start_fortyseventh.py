"""`sosbot run` reads the wording checks' patterns as compiled at its last start (47th pass).

Compiling them was most of a start-up (`flows.regex_cache`). Each start here is the real
`sosbot run` process against the local Bot API server; what it read and compiled is the line
it logs at INFO. No time is asserted: counts, and what the bot says.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows.regex_cache import MAGIC, PatternCache, default_folder, python_key
from tests.botapi_server import BotApiServer
from tests.conftest import REPO, sosbot_env
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import PRACTITIONER, run_env

pytestmark = pytest.mark.e2e
SAID = re.compile(r"wording patterns: (\d+) read from the cache in (.+), (\d+) compiled(.*)")


async def _run_once(folder: Path, cache_home: Path, **extra: str) -> str:
    """`sosbot run` started with its cache under `cache_home`, asked /start, stopped: its log."""
    async with BotApiServer() as server:
        env = run_env(folder / "bot.db", server.root, SOSBOT_LOG_LEVEL="INFO",
                      XDG_CACHE_HOME=str(cache_home), **extra)
        async with sosbot_child("run", cwd=folder, env=env) as child:
            server.send_command(PRACTITIONER, "start")
            await server.wait_for(lambda: server.chat(PRACTITIONER), timeout=HANG_GUARD)
            assert "Signs of Safety" in " ".join(server.texts(PRACTITIONER))
            log = await stop(child)
    assert child.returncode == 0, log
    return log


def started(folder: Path, cache_home: Path, **extra: str) -> tuple[int, int, str, str]:
    """(read from the cache, compiled, why a file was refused, the whole log) of one start."""
    folder.mkdir(parents=True, exist_ok=True)
    log = asyncio.run(_run_once(folder, cache_home, **extra))
    [(read, where, compiled, refused)] = SAID.findall(log)
    assert where == str(cache_home / "sosbot")
    return int(read), int(compiled), refused, log


def cache_file(cache_home: Path) -> Path:
    [path] = (cache_home / "sosbot").glob("patterns-*.bin")
    return path


@pytest.fixture(scope="module")
def first(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int, str]:
    """A first `sosbot run` with no cache yet: (its cache home, read, compiled, refused)."""
    home = tmp_path_factory.mktemp("cache-home")
    read, compiled, refused, _ = started(tmp_path_factory.mktemp("first"), home)
    return home, read, compiled, refused


def copied(first_home: Path, tmp_path: Path) -> Path:
    home = tmp_path / "cache-home"
    shutil.copytree(first_home, home)
    return home


def test_the_first_start_compiles_every_pattern_and_writes_them_for_the_user_alone(
        first: tuple[Path, int, int, str]) -> None:
    home, read, compiled, refused = first
    assert (read, refused) == (0, "")
    assert compiled > 1000  # the wording checks' patterns, all compiled before any answer
    path = cache_file(home)
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    assert path.read_bytes().startswith(MAGIC)


def test_the_next_start_reads_them_all_compiles_none_and_writes_nothing(
        first: tuple[Path, int, int, str], tmp_path: Path) -> None:
    home = copied(first[0], tmp_path)
    before = cache_file(home).stat()
    read, compiled, refused, _ = started(tmp_path / "second", home)
    assert (read, compiled, refused) == (first[2], 0, "")
    after = cache_file(home).stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)


def test_a_file_changed_on_disk_is_refused_said_compiled_again_and_written_whole(
        first: tuple[Path, int, int, str], tmp_path: Path) -> None:
    home = copied(first[0], tmp_path)
    path = cache_file(home)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01  # one bit of one pattern's program
    path.write_bytes(bytes(data))
    read, compiled, refused, log = started(tmp_path / "changed", home)
    assert (read, compiled) == (0, first[2])
    assert "the cache file was refused: not whole (its checksum differs)" in refused
    assert "WARNING" in next(line for line in log.splitlines() if "wording patterns" in line)
    reread = PatternCache(home / "sosbot")
    reread.compile(r"\bnot in any rule\b")  # reads the file
    assert reread.refused == ""
    assert path.read_bytes() != bytes(data)


def test_a_folder_that_cannot_be_written_only_means_compiling_at_each_start(
        first: tuple[Path, int, int, str], tmp_path: Path) -> None:
    home = tmp_path / "cache-home"
    home.mkdir()
    (home / "sosbot").write_text("a file where the folder would be\n")  # (root writes anywhere)
    read, compiled, refused, log = started(tmp_path / "read-only", home)
    assert (read, compiled, refused) == (0, first[2], "")
    assert "the cache in" in log
    assert "could not be written" in log
    assert (home / "sosbot").read_text() == "a file where the folder would be\n"


def test_every_pattern_read_from_the_file_is_the_one_python_compiles(
        first: tuple[Path, int, int, str]) -> None:
    """`Pattern.__eq__` compares the compiled programs: equal patterns match alike."""
    cache = PatternCache(first[0] / "sosbot", writes=True)  # (a reader compiles short ones)
    keys = cache._load()
    assert len(keys) > 1000
    assert cache.refused == ""
    for pattern, flags in keys:
        assert cache.compile(pattern, flags) == re.compile(pattern, flags), pattern[:80]
    assert (cache.read_from_file, cache.compiled) == (len(keys), 0)


# Every held corpus line through the check its file is written for (`sosbot language-check
# --as`) and the privacy check, with the patterns read from the file and with them compiled:
# the reminders each gives, as JSON.
REPLIES = """
import json, sys
from pathlib import Path
if sys.argv[1]:
    from flows.regex import use_cache
    use_cache(Path(sys.argv[1]))
from flows.nudges import nudger
from flows.regex import _CACHE
nudge = nudger()
kinds = {"answers": "plain_language", "strengths": "plain_language",
         "statements": "danger_statement", "goals": "safety_goal"}
said = []
for path in sorted(Path("tests/language/held").glob("*.txt")):
    kind = kinds[path.stem.rsplit("_", 1)[1]]
    held = [line for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    for line in held[::2]:  # (every other line of each file: the same patterns read)
        text = line.split("|", 2)[2].strip()
        said.append([nudge(kind, text), nudge("privacy", text)])
print(json.dumps({"replies": said, "read": _CACHE.read_from_file if _CACHE else 0}))
"""


def replies(folder: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", REPLIES, folder], capture_output=True,
                          text=True, cwd=REPO, env=sosbot_env(), timeout=600, check=True)
    out: dict[str, object] = json.loads(done.stdout)
    return out


def test_the_checks_remind_alike_over_the_held_corpora_with_patterns_from_the_file(
        first: tuple[Path, int, int, str]) -> None:
    cached = replies(str(first[0] / "sosbot"))
    compiled = replies("")
    assert cached["read"] > 300  # type: ignore[operator]
    assert cached["replies"] == compiled["replies"]
    assert sum(r is not None for line in compiled["replies"] for r in line) > 350  # type: ignore[attr-defined]


def test_language_check_flags_the_same_lines_reading_the_patterns_from_the_file(
        first: tuple[Path, int, int, str], tmp_path: Path) -> None:
    held = REPO / "tests" / "language" / "held"
    lines = "".join(line.split("|", 2)[2].strip() + "\n"
                    for name in ("twelfth_d_answers", "twelfth_d_statements")
                    for line in (held / f"{name}.txt").read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.startswith("#"))
    said = {}
    for cache_home in (first[0], tmp_path / "none yet"):
        for kind in ("answer", "danger_statement"):
            done = subprocess.run(
                [sys.executable, "-m", "bot.cli", "language-check", "--as", kind], input=lines,
                capture_output=True, text=True, cwd=tmp_path, timeout=HANG_GUARD, check=False,
                env=sosbot_env(XDG_CACHE_HOME=str(cache_home)))
            assert done.returncode == 1, done.stderr
            said[(cache_home, kind)] = done.stdout
    for kind in ("answer", "danger_statement"):
        assert said[(first[0], kind)] == said[(tmp_path / "none yet", kind)]
        assert said[(first[0], kind)].count("\n") > 40
    assert not (tmp_path / "none yet").exists()  # a command that only reads writes none


def test_a_broken_word_list_still_stops_the_start_naming_its_line(
        first: tuple[Path, int, int, str], tmp_path: Path) -> None:
    words = tmp_path / "words.yaml"
    words.write_text("mode: add\nterms:\n  - term: DV\n    qestion: What was seen?\n",
                     encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "run"], cwd=tmp_path, capture_output=True, text=True,
        timeout=HANG_GUARD, check=False,
        env=sosbot_env(**run_env(tmp_path / "bot.db", "http://127.0.0.1:9"),
                       XDG_CACHE_HOME=str(copied(first[0], tmp_path)), SOSBOT_WORDS=str(words)))
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith(f"sosbot: SOSBOT_WORDS: {words}:4: terms[0].qestion: ")


# The file's own checks, without starting a bot.

def written(folder: Path, *patterns: str) -> PatternCache:
    cache = PatternCache(folder, writes=True)
    for pattern in patterns:
        cache.compile(pattern, re.IGNORECASE)
    cache.seal()
    assert cache.unwritten == ""
    return cache


def test_a_pattern_python_can_compile_but_not_spell_in_utf8_is_kept(tmp_path: Path) -> None:
    written(tmp_path, "[\ud800-\udfff]", r"(?P<who>mum|dad)\s+(?P=who)")
    again = PatternCache(tmp_path, writes=True)
    for pattern in ("[\ud800-\udfff]", r"(?P<who>mum|dad)\s+(?P=who)"):
        made = again.compile(pattern, re.IGNORECASE)
        assert made == re.compile(pattern, re.IGNORECASE)
    assert (again.read_from_file, again.compiled) == (2, 0)
    assert again.compile(r"(?P<who>mum|dad)\s+(?P=who)", re.I).match("Mum MUM")


def test_a_pattern_compiled_after_sealing_is_never_written(tmp_path: Path) -> None:
    """The bot seals before it reads any update: nothing later can be in the file."""
    cache = written(tmp_path, r"\bbefore\b")
    cache.compile(r"\bafter\b")
    cache.seal()
    [path] = tmp_path.glob("patterns-*.bin")
    assert b"before" in path.read_bytes()
    assert b"after" not in path.read_bytes()


def test_a_file_others_may_write_or_from_another_python_is_refused(tmp_path: Path) -> None:
    written(tmp_path, r"\bmum\b")
    [path] = tmp_path.glob("patterns-*.bin")
    os.chmod(path, 0o622)
    refused = PatternCache(tmp_path, writes=True)
    assert refused.compile(r"\bmum\b", re.IGNORECASE) == re.compile(r"\bmum\b", re.I)
    assert "writable by others" in refused.refused
    assert refused.compiled == 1
    os.chmod(path, 0o600)
    raw = path.read_bytes()
    body = raw[len(MAGIC):].split(b"\n", 1)[1]
    head, _, blob = body.partition(b"\n")
    index = json.loads(head)
    index["python"] = "0" * 24
    body = json.dumps(index).encode() + b"\n" + blob
    path.write_bytes(MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    other = PatternCache(tmp_path, writes=True)
    other.compile(r"\bmum\b", re.IGNORECASE)
    assert other.refused == "written by another Python"
    assert other.compiled == 1
    assert path.name == f"patterns-{python_key()}.bin"


def test_a_chat_reads_the_file_only_for_a_long_pattern(tmp_path: Path) -> None:
    """A chat's start compiles only short patterns: it does not wait for the file."""
    long = r"\b(?:" + "|".join(f"word{n}" for n in range(40)) + r")\b"
    written(tmp_path, r"\bmum\b", long)
    [path] = tmp_path.glob("patterns-*.bin")
    os.chmod(path, 0o622)  # refused, once it is read
    chat = PatternCache(tmp_path)
    chat.compile(r"\bmum\b", re.IGNORECASE)
    assert (chat.read_from_file, chat.compiled, chat.refused) == (0, 0, "")
    chat.compile(long, re.IGNORECASE)
    assert "writable by others" in chat.refused
    os.chmod(path, 0o600)
    chat = PatternCache(tmp_path)
    assert chat.compile(long, re.IGNORECASE) == re.compile(long, re.IGNORECASE)
    assert (chat.read_from_file, chat.compiled) == (1, 0)


def test_the_folder_is_systemds_cache_directory_else_the_users_cache() -> None:
    assert default_folder({"CACHE_DIRECTORY": "/var/cache/sosbot:/x", "HOME": "/h"}) \
        == Path("/var/cache/sosbot")
    assert default_folder({"XDG_CACHE_HOME": "/c", "HOME": "/h"}) == Path("/c/sosbot")
    assert default_folder({"XDG_CACHE_HOME": "relative", "HOME": "/h"}) \
        == Path("/h/.cache/sosbot")
    assert default_folder({}) is None


def test_an_entry_that_is_not_a_program_is_refused_and_compiled(tmp_path: Path) -> None:
    """Whole, the user's own and this Python's, yet an entry `_sre` will not run or one
    shaped wrong: that pattern is compiled, and the file said to be refused."""
    long = r"\b(?:" + "|".join(f"word{n}" for n in range(40)) + r")\b"
    written(tmp_path, long)
    [path] = tmp_path.glob("patterns-*.bin")
    raw = path.read_bytes()
    body = raw[len(MAGIC):].split(b"\n", 1)[1]
    head, _, blob = body.partition(b"\n")
    for entry_made_wrong, blob_made_wrong in (
            (lambda entry: entry, b"\xff" * len(blob)),  # no program _sre runs
            (lambda entry: entry[:4], blob)):  # too few fields
        index = json.loads(head)
        index["entries"] = [entry_made_wrong(entry) for entry in index["entries"]]
        body = json.dumps(index).encode() + b"\n" + blob_made_wrong
        path.write_bytes(MAGIC + hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
        cache = PatternCache(tmp_path)
        assert cache.compile(long, re.IGNORECASE) == re.compile(long, re.IGNORECASE)
        assert cache.refused == "an entry was not a pattern's program"
        assert (cache.read_from_file, cache.compiled) == (0, 1)
