"""The documents' truth and readability, forty-ninth pass.

bench/README.md had grown to some 2,000 lines, most of them the pass-by-pass history of what
stretches the paced tail. That history is now bench/HISTORY.md, word for word and newest
first; bench/README.md keeps how to run the benchmark, the latest table and a short summary
whose figures each come from a pass's section.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest

from storage.store import Store
from storage.teams import TeamStore
from tests import test_crypto
from tests.conftest import run_sosbot
from tests.telegram_world import COLLEAGUE, PRACTITIONER, STRANGER, TEST_KEY, bot_world, link_in
from tests.test_run_faults import immutable, retention_due

ROOT = Path(__file__).resolve().parent.parent
BENCH = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
HISTORY_PATH = ROOT / "bench" / "HISTORY.md"

ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}


def _number(ordinal: str) -> int:
    """'forty-eighth' -> 48, 'thirtieth' -> 30, 'ninth' -> 9."""
    word = ordinal.lower()
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    if word.endswith("ieth"):
        return TENS[word[:-4] + "y"]
    tens, unit = word.split("-")
    return TENS[tens] + ORDINALS.index(unit) + 1


def _history() -> str:
    return HISTORY_PATH.read_text(encoding="utf-8")


def _section(text: str, heading: str) -> str:
    """The text under `## heading`, up to the next `## `."""
    start = text.index(f"\n## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start:] if end == -1 else text[start:end]


def test_bench_readme_points_to_the_history_and_keeps_no_pass_sections() -> None:
    """A reader of bench/README.md finds how to run it, the latest table and the summary, and
    is told where each pass's measurements are; the passes' own sections are not in it."""
    assert "`bench/HISTORY.md`" in BENCH
    assert not re.search(r"^### \S+ pass", BENCH, re.M)
    assert len(BENCH.splitlines()) < 600
    for heading in ("What each part measures", "How to read it",
                    "What stretches the paced tail (measured)", "Not met, and why",
                    "Against the bot people would write instead",
                    "What a practitioner waits for", "PostgreSQL and more instances",
                    "Latest results"):
        assert f"\n## {heading}\n" in BENCH, heading
    # the table bench.run --readme writes stays last, between its markers
    assert BENCH.rstrip().endswith("<!-- bench:table:end -->")


def test_the_history_holds_every_pass_newest_first() -> None:
    """bench/HISTORY.md: each pass's section, from the forty-eighth down to the first, newest
    first (a pass with several sections keeps them together)."""
    passes = [_number(m) for m in re.findall(r"^### ([A-Za-z-]+) pass\b",
                                             _section(_history(), "What stretches the paced "
                                                                  "tail, pass by pass"), re.M)]
    assert passes == sorted(passes, reverse=True)
    assert passes[0] >= 48
    assert passes[-1] == 1
    assert set(range(27, 49)) - set(passes) == {39, 44}  # passes with no measurements


def _figures(text: str) -> set[str]:
    """The decimal figures a text quotes (1.528, 23.1, 4,852 ...), as written."""
    return set(re.findall(r"(?<![\w.])\d[\d,]*\.\d+(?![\w])", text))


@pytest.mark.parametrize("heading", ["What stretches the paced tail (measured)",
                                     "Not met, and why"])
def test_each_figure_the_summary_quotes_is_in_a_pass_section_or_the_latest_table(
        heading: str) -> None:
    """bench/README.md's summaries quote figures "with their pass": each decimal figure is
    one a pass's section in bench/HISTORY.md (or the latest table) gives."""
    summary = _section(BENCH, heading)
    table = BENCH[BENCH.index("<!-- bench:table:begin -->"):]
    sources = _history() + table
    unsourced = {f for f in _figures(summary) if f not in sources}
    assert unsourced == set()


def test_every_file_the_history_names_is_there() -> None:
    """Each file bench/HISTORY.md names in backticks is in the repository (as
    tests/test_claims_thirtysecond.py holds for bench/README.md, where these sections were)."""
    named = set(re.findall(r"`([\w./@-]+\.(?:py|yaml|txt|json|md|conf|service|example|toml))"
                           r"(?::\w+)?`", _history())) - {"bench/results/latest.json",
                                                           "tests/artifacts/crash.json"}
    assert len(named) > 20
    missing = {name for name in named if not any(
        (ROOT / folder / name).is_file() for folder in ("", "tests/language", "bot", "flows",
                                                       "storage", "deploy"))}
    assert missing == set()


# --- SECURITY.md, "Retention": a run the database refuses, tried again sooner and sooner ---------

SECURITY = " ".join((ROOT / "SECURITY.md").read_text(encoding="utf-8").split())


@pytest.mark.e2e
async def test_a_refused_retention_run_is_tried_again_in_5_15_30_then_every_60_minutes(
        disk_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """SECURITY.md: a daily run the database refuses "is tried again in 5 minutes, then 15, 30
    and every hour until it works, not the next day". Refused five times in a row through
    the real job (the file made unwritable): the waits said are 5, 15, 30, 60 and 60
    minutes; once it works, the draft past its days is erased."""
    assert ("tried again in 5 minutes, then 15, 30 and every hour until it works, not the "
            "next day") in SECURITY
    db = disk_path / "bot.db"
    caplog.set_level(logging.INFO)
    async with retention_due(db, 31) as (_server, conversation, app, daily):
        assert app.job_queue is not None
        with immutable(db, Path(f"{db}-wal")):
            await daily.callback(None)
            [retry] = app.job_queue.get_jobs_by_name("retention-retry")
            for _ in range(4):
                await retry.callback(None)
        await retry.callback(None)
        assert await conversation.store.list_drafts(PRACTITIONER) == []
    waits = [int(m.group(1)) for r in caplog.records if r.levelno >= logging.ERROR
             if (m := re.search(r"tried again in (\d+) minutes$", r.getMessage()))]
    assert waits == [5, 15, 30, 60, 60]


# --- SECURITY.md, "Members": who is told when someone joins by a link --------------------------


async def test_a_link_made_on_the_server_tells_no_one_when_a_colleague_joins_by_it(
        tmp_path: Path) -> None:
    """SECURITY.md: whoever made the link in Telegram is told the new member's display name
    when they join, "and nothing else (a link made with `sosbot invite` tells no one)". A
    link made on the server with `sosbot invite`, opened by Sam: Sam is a member, and
    neither admin is sent anything; a link an admin made in Telegram tells that admin Sam's
    name and no case of hers."""
    assert "(a link made with `sosbot invite` tells no one" in SECURITY
    db = tmp_path / "bot.db"
    made = run_sosbot("invite", env={"SOSBOT_DB": str(db), "SOSBOT_DATA_KEY": TEST_KEY})
    assert made.returncode == 0, made.stderr
    async with bot_world(db) as world:
        await world.command("start")
        before = {admin: list(world.texts(admin)) for admin in (PRACTITIONER, COLLEAGUE)}
        await world.open_link(STRANGER, made.stdout.split()[-1], first_name="Sam")
        assert any("member" in text for text in world.texts(STRANGER))
        await world.command("members")
        assert any("Sam" in text for text in world.texts(PRACTITIONER)[-1:])
        after = {admin: world.texts(admin) for admin in (PRACTITIONER, COLLEAGUE)}
        assert not any("joined the team with the invite link" in text
                       for admin in after for text in after[admin][len(before[admin]):])
        await world.open_tool("Pre-referral", "KB-12")
        await world.command("invite")
        await world.tap("A colleague")
        await world.open_link(STRANGER + 1, link_in(world.texts()[-1]), first_name="Jo")
        told = world.texts()[-1]
    assert told.startswith("Jo has just joined the team with the invite link you made.")
    assert "KB-12" not in told


# --- SECURITY.md, what the running bot keeps in memory: team standings ---------------------------


async def test_the_team_standings_kept_in_memory_are_ten_thousand_at_most(tmp_path: Path) -> None:
    """SECURITY.md: on SQLite, each person's team standing as last read is kept "for at most
    10,000 people, strangers included". 10,001 strangers' standings read through the real
    store over a real SQLite file: never more than 10,000 kept, and the first is read from
    the database again (not kept) once the 10,001st came."""
    assert "for at most 10,000 people, strangers included" in SECURITY
    async with await Store.open(tmp_path / "t.db") as store:
        teams = TeamStore(store)
        kept = store.standings
        assert kept is not None
        for stranger in range(1, 10_002):
            standing = await teams.standing(1_000_000 + stranger)
            assert standing.role is None
            assert len(kept._kept) <= 10_000
        assert kept.get(1_000_001) is None
        assert kept.get(1_010_001) is not None


# --- SECURITY.md, "Encryption at rest": the tampering cases' count ------------------------------


async def test_the_215_tampering_cases_security_counts_are_the_tests_own(tmp_path: Path) -> None:
    """SECURITY.md: "215 tampering cases, every one refused": 136 single-bit flips (each byte
    of a sealed value, two bits each), 43 single-byte flips of a stored answer, 10 raw-SQL
    edits, the same 10 to a draft just read and 6 to a draft in use, 4 values moved, 4
    truncated or unencrypted, an unknown key and a relabelled key id. Each figure counted
    from the cases `tests/test_crypto.py` runs, so a case added or dropped there shows here."""
    said = re.search(r"\*\*(\d+) tampering cases, every one refused with `SealError`\*\*: "
                     r"(\d+) single-bit flips .*? (\d+) single-byte flips .*?, (\d+) raw-SQL "
                     r"edits .*?, the same (\d+) made to a draft the running store had just "
                     r"read and (\d+) of them to a draft in use, (\d+) values moved .*?, "
                     r"(\d+) truncated or unencrypted values, an unknown key and a relabelled "
                     r"key id", SECURITY)
    assert said is not None
    total, bits, answer_bytes, edits, just_read, in_use, moved, cut = map(int, said.groups())
    sealed = test_crypto.ring("k1").seal(test_crypto.CANARY.encode(), test_crypto.HERE)
    assert bits == 2 * len(sealed)
    await test_crypto._two_drafts(tmp_path / "t.db", test_crypto.ring("k1"))
    with sqlite3.connect(tmp_path / "t.db") as db:
        (blob,) = db.execute("SELECT value FROM answers WHERE draft_id = 'da' AND "
                             "step_id = 's1'").fetchone()
    db.close()
    assert answer_bytes == len(blob)
    assert edits == just_read == len(test_crypto.SWAPS)
    marks = {mark.name: mark.args for mark in
             test_crypto.test_tampering_with_a_draft_in_use_is_refused_at_its_next_turn
             .pytestmark}  # type: ignore[attr-defined]
    assert in_use == len(marks["parametrize"][1])
    moved_marks = {mark.name: mark.args for mark in
                   test_crypto.test_a_value_moved_to_another_place_does_not_open
                   .pytestmark}  # type: ignore[attr-defined]
    assert moved == len(moved_marks["parametrize"][1])
    assert cut == 4  # stored[:-1], stored[:20], b"", a plain JSON value
    assert total == bits + answer_bytes + edits + just_read + in_use + moved + cut + 2
