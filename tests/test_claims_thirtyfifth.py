"""Claims in README.md and SECURITY.md that no test held until the thirty-fifth pass, each
run through the real parts: a lead's "Stop the ... link" erasing the part answered through
it from the database's files, the invite's days as the README and `sosbot invite --help`
give them, bandit's accepted findings and pip-audit's package count as SECURITY.md dates
them, and an answer of tens of thousands of characters shown whole in the Telegram summary.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from storage.statements import ALL_VALUES
from tests.test_erasure import _bytes_of
from tests.test_telegram_handlers import USER, Bot, running
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import (
    DSL,
    answers,
    link,
    mapping,
    opens,
    team,
    the_dsl_on_two_families,
)

ROOT = Path(__file__).resolve().parent.parent
SECURITY = " ".join((ROOT / "SECURITY.md").read_text(encoding="utf-8").split())
README = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
__all__ = ["team"]  # the fixture
NOT_MEANT = 8101  # a police officer the link was forwarded to, not the one it was for


@pytest.fixture
async def lead(tmp_path: Path, flows: Mapping[str, Flow]) -> AsyncIterator[Bot]:
    async with running(tmp_path, flows) as the_bot:
        yield the_bot


def sealed_of(db: Path, user: int) -> list[bytes]:
    """Every sealed value and draft key of `user`'s drafts, as stored."""
    with sqlite3.connect(db) as raw:
        values = [bytes(v) for u, _, _, v in raw.execute(ALL_VALUES) if int(u) == user]
        keys = [bytes(s) for (s,) in raw.execute(
            "SELECT sealed FROM user_keys WHERE user_id = ?", (user,))]
    raw.close()
    return values + keys


async def test_a_stopped_link_leaves_nothing_of_the_part_in_the_database_files(
        lead: Bot) -> None:
    """SECURITY.md: a lead's "Stop the ... link" "erases a part being answered through it,
    with its draft and that draft's key"; "Erased means gone from the files": every erasure
    ends with a checkpoint, because deleted bytes otherwise stay in the -wal file."""
    bot = lead
    await mapping(bot, "FM-3")
    await opens(bot, await link(bot, "police"), NOT_MEANT)
    await answers(bot, NOT_MEANT, ("response officer", "two callouts in nov"))
    before = sealed_of(bot.db, NOT_MEANT)
    assert len(before) >= 3  # the part's draft: its label, its answers and its key
    await bot.say("/review")
    await bot.tap(labelled(bot, "Stop the Police link"))
    await bot.tap(labelled(bot, "Yes, stop it"))
    assert sealed_of(bot.db, NOT_MEANT) == []
    on_disk = _bytes_of(bot.db.parent, "bot.db*")
    assert [v for v in before if v in on_disk] == []
    assert sealed_of(bot.db, USER)  # the lead's own mapping stays



def sent_by(db: Path, user: int) -> list[bytes]:
    """The sealed contributions `user` has sent, as stored."""
    with sqlite3.connect(db) as raw:
        sent = [bytes(b) for (b,) in raw.execute(
            "SELECT body FROM contributions WHERE partner_id = ? AND sent_at IS NOT NULL",
            (user,))]
    raw.close()
    return sent


@pytest.mark.parametrize("which", ["FM-3", "KB-2"])
async def test_a_part_withdrawn_alone_leaves_nothing_of_it_in_the_database_files(
        team: Bot, which: str) -> None:
    """SECURITY.md: "withdrawing one erases that part (and the draft it was answered in)";
    erased, as everywhere, from the files and not only from the tables. FM-3's part was sent
    (a sealed contribution), KB-2's is part way (a draft of the DSL's own)."""
    bot = team
    await the_dsl_on_two_families(bot)
    [sent] = sent_by(bot.db, DSL)
    answering = sealed_of(bot.db, DSL)
    assert answering
    await bot.say("/delete", user=DSL)
    await bot.tap(labelled(bot, f'Withdraw "{which}" only'), user=DSL)
    gone, kept = ([sent], answering) if which == "FM-3" else (answering, [sent])
    on_disk = _bytes_of(bot.db.parent, "bot.db*")
    assert [v for v in gone if v in on_disk] == []
    assert all(v in on_disk for v in kept)
