"""Claims in README.md, SECURITY.md and .env.example that no test held until now.

Each test names the sentence it pins. They use the real parts: the README's own "try it"
command run as a newcomer would (no token, an empty home and folder), real SQLite files (and
the test PostgreSQL cluster), and the real Application polling the local Bot API server.
"""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

from conftest import sosbot_env

from bot.teams.invites import SERVER, invite_colleague
from storage import open_store
from storage.crypto import AesGcmSealer, parse_keys
from storage.retention import DAY, UPDATE_DAYS
from storage.sql import SqlStore
from storage.teams import TeamStore
from tests.telegram_world import TEST_KEY, bot_world
from tests.test_readme import SHELL, runnable

NEWCOMER, STRANGER = 5252, 6262


def try_it(folder: Path, lines: str) -> subprocess.CompletedProcess[str]:
    """README's "Try it" command, typed in `folder` by someone with no token and a fresh home."""
    home = folder.parent / "home"
    home.mkdir(exist_ok=True)
    env = sosbot_env(HOME=str(home))
    assert not any(name.startswith(("SOSBOT_", "TELEGRAM")) for name in env)
    return subprocess.run(["bash", "-o", "pipefail", "-c", runnable(SHELL[0], folder)],
                          input=lines, capture_output=True, text=True, cwd=folder, env=env,
                          timeout=300, check=False)


def test_try_it_with_no_token_walks_a_tool_on_the_embedded_sqlite_and_carries_on_after(
        tmp_path: Path) -> None:
    """README, "Try it": no token needed; pick a tool, a case label, answer; answers are
    stored encrypted in `sosbot.db` in the current folder, the chat makes `sosbot.key`
    beside it readable only by you and says so, and the next `sosbot chat` offers to carry
    on exactly where you were."""
    folder = tmp_path / "work"
    folder.mkdir()
    first = try_it(folder, "Pre-referral reflection\nKB-1\nSchool or college\n"
                           "Seen a bruise on her upper arm\n")
    assert first.returncode == 0, first.stderr
    assert "[Question 3 of 8" in first.stdout  # two answers taken, the third question asked
    assert "sosbot.key" in first.stderr
    assert "readable only by you" in first.stderr
    db, key = folder / "sosbot.db", folder / "sosbot.key"
    for made in (db, key):
        assert stat.S_IMODE(made.stat().st_mode) == 0o600, made
    stored = b"".join(p.read_bytes() for p in folder.glob("sosbot.db*"))
    assert b"bruise" not in stored
    assert b"KB-1" not in stored

    again = try_it(folder, "1\n/review\n")
    assert again.returncode == 0, again.stderr
    assert 'Continue "KB-1" (Pre-referral reflection, 2 answers)' in again.stdout
    assert "2. What worries you: Seen a bruise on her upper arm" in again.stdout
    assert "made a new data key" not in again.stderr  # the key file is made once
    assert not list((tmp_path / "home").iterdir())  # nothing written outside the folder


async def test_a_rate_bucket_is_erased_by_retention_once_it_has_been_full_for_three_days(
        engine_store: SqlStore, database: str) -> None:
    """SECURITY.md, "What is stored": each user's rate bucket is erased by the daily
    retention once it has been full for 3 days (and kept before then)."""
    now = 1_000_000.0
    await engine_store.spend(1, 3, 60, now)  # full again a second later
    await engine_store.spend(2, 3, 60, now + UPDATE_DAYS * DAY)  # a message three days on

    async def buckets() -> set[int]:
        async with engine_store._transaction("read", write=False) as tx:
            return {int(row[0]) for row in await tx.rows("SELECT user_id FROM rate_buckets")}

    assert await buckets() == {1, 2}
    later = now + UPDATE_DAYS * DAY + 10
    await engine_store.purge(idle_before=0.0, done_before=0.0,
                             updates_before=later - UPDATE_DAYS * DAY)
    assert await buckets() == {2}


async def test_with_no_admins_set_a_server_invite_still_lets_a_colleague_in(
        tmp_path: Path) -> None:
    """.env.example, SOSBOT_ALLOWED_USERS: empty means no admins, not that the bot refuses
    everyone: a link made on the server with `sosbot invite` still lets a colleague in, who
    then uses the tools; anyone else is refused as a stranger."""
    db = tmp_path / "bot.db"
    store = await open_store(db, sealer=AesGcmSealer(parse_keys(TEST_KEY, "test key")))
    try:
        code = (await invite_colleague(TeamStore(store), SERVER)).code
    finally:
        await store.close()
    async with bot_world(db, SOSBOT_ALLOWED_USERS="") as world:
        await world.open_link(NEWCOMER, code, "Ana")
        assert "Welcome, Ana" in world.texts(NEWCOMER)[-1]
        await world.command("start", user=STRANGER)
        [refusal] = world.texts(STRANGER)
        assert "only open to practitioners on its list" in refusal
        await world.command("start", user=NEWCOMER)
        assert "Which tool" in world.texts(NEWCOMER)[-1]


def test_env_example_says_what_an_empty_allow_list_does() -> None:
    """The sentence the test above pins is the one .env.example says."""
    text = (Path(__file__).parent.parent / ".env.example").read_text(encoding="utf-8")
    said = text[:text.index("\nSOSBOT_ALLOWED_USERS=")]
    said = said[said.rindex("\n\n"):]
    assert "refuses everyone" not in said
    assert "sosbot invite" in said
