"""Claims in README.md, SECURITY.md, bench/README.md and .ci/run that no test held until the
thirty-third pass.

The README's two set-up commands tried on a fresh machine (a fresh clone and venv under
/tmp): the test command's own README test failed there, reading the Python it runs under
/tmp as the README's scratch folder. `.ci/run`'s pip-audit step, which printed "No known
vulnerabilities found" having audited nothing, now says NOT CHECKED. bench/README.md's
"met" list, HTTP waits and PostgreSQL ratios, held to its latest table. Then what no test
held through the real parts: nothing sosbot shows or ships presents it as official, the
512 drafts kept opened in memory, escaping of every typed field in the summaries, the
export and `/members`, and no label or answer in the webhook bot's logs at DEBUG.
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot import cli
from bot.logs import setup_logging
from bot.summary_html import render_telegram
from bot.telegram_html import split_html, visible_text
from bot.wording import ON_SURFACE, WELCOME
from flows.draft import Draft
from flows.export import render_html
from flows.render import FOOTER
from flows.summary import build_summary
from storage.crypto import AesGcmSealer, new_key
from storage.store import Store
from tests.botapi_server import DEFAULT_TOKEN, BotApiServer
from tests.telegram_world import PRACTITIONER, World, bot_world
from tests.test_deploy_thirtyfirst import webhook_bot
from tests.test_leaks import logged
from tests.test_properties import FLOWS, _filled
from tests.test_readme import README, SHELL, run
from tests.test_review_claims_twentyfifth import ci_run_with
from tests.test_teams_e2e import ADMIN, NEWCOMER, colleague_link, open_link
from tests.test_webhook import open_a_draft

ROOT = Path(__file__).resolve().parent.parent
__all__ = ["logged"]  # the fixture
SECURITY = (ROOT / "SECURITY.md").read_text(encoding="utf-8")


@pytest.fixture
def python_under_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This Python, reached through a venv-like folder under /tmp, as a newcomer's fresh
    venv there is (`python3 -m venv /tmp/venv`)."""
    home = Path(tempfile.mkdtemp(prefix="sosbot-venv-", dir="/tmp"))
    try:
        python = home / "bin" / "python"
        python.parent.mkdir()
        python.symlink_to(sys.executable)
        monkeypatch.setattr(sys, "executable", str(python))
        yield python
    finally:
        shutil.rmtree(home)


def test_the_readmes_piped_example_runs_from_a_python_in_a_venv_under_tmp(
        python_under_tmp: Path, tmp_path: Path) -> None:
    """README, "Test it": `python -m pip install -e '.[test]' && python -m pytest` on a fresh
    machine. With the venv under /tmp, the README's own test of its piped example rewrote the
    Python's path as if it were the example's `/tmp/demo.db`, and failed ("No such file or
    directory"): the suite failed on a fresh machine for a reason of its own."""
    done = run(SHELL[1], tmp_path)
    assert done.returncode == 0, done.stderr
    assert "How safe the child is: 6 on a scale of 0 to 10" in done.stdout
    assert (tmp_path / "demo.db").is_file()


SKIPPED = {"dependencies": [
    {"name": "aiohttp", "skip_reason": "Dependency not found on PyPI and could not be audited: "
     "aiohttp (3.14.5)"},
    {"name": "jinja2", "skip_reason": "Dependency not found on PyPI and could not be audited: "
     "jinja2 (3.1.6)"}], "fixes": []}
AUDITED = {"dependencies": [
    {"name": "aiohttp", "version": "3.14.5", "vulns": []},
    {"name": "jinja2", "version": "3.1.6", "vulns": []}], "fixes": []}
VULNERABLE = {"dependencies": [
    {"name": "aiohttp", "version": "3.14.5", "vulns": [
        {"id": "PYSEC-2026-1", "fix_versions": ["3.14.6"], "aliases": [], "description": ""}]},
    {"name": "jinja2", "skip_reason": "Dependency not found on PyPI and could not be audited: "
     "jinja2 (3.1.6)"}], "fixes": []}

# Stands in for Python in .ci/run: pip-audit writes the report it is given (and says what
# pip-audit says), .ci/audit_verdict.py runs for real, every other step does nothing.
AUDIT_STUB = """#!/usr/bin/env bash
if [ "$1 $2" = "-m pip_audit" ]; then
    while [ $# -gt 0 ]; do [ "$1" = "-o" ] && cp "$REPORT" "$2"; shift; done
    echo "No known vulnerabilities found"
    exit "$AUDIT_STATUS"
fi
case "$1" in *audit_verdict.py) exec "$REAL_PYTHON" "$@";; esac
"""


def ci_with_pip_audit(tmp_path: Path, report: dict[str, object],
                      status: int) -> subprocess.CompletedProcess[str]:
    """.ci/run carried out with pip-audit giving `report` and exiting `status`."""
    (tmp_path / "report.json").write_text(json.dumps(report), encoding="utf-8")
    return ci_run_with(tmp_path, AUDIT_STUB, REPORT=str(tmp_path / "report.json"),
                       AUDIT_STATUS=str(status), REAL_PYTHON=sys.executable)


def test_ci_says_pip_audit_checked_nothing_rather_than_no_known_vulnerabilities(
        tmp_path: Path) -> None:
    """README, "Test it", and SECURITY.md, "Supply chain": where pip-audit cannot reach its
    vulnerability service, CI's output says so. It said "No known vulnerabilities found" and
    passed, having audited none of sosbot's dependencies."""
    done = ci_with_pip_audit(tmp_path, SKIPPED, 0)
    assert done.returncode == 0, done.stderr
    assert "pip-audit: NOT CHECKED: none of the 2 run-time dependencies" in done.stdout
    assert "No known vulnerabilities" not in done.stdout + done.stderr
    assert "NOT CHECKED" in README
    assert "NOT CHECKED" in SECURITY


def test_ci_says_what_pip_audit_audited_and_fails_on_a_known_vulnerability(
        tmp_path: Path) -> None:
    """SECURITY.md, "Supply chain": a known vulnerability in a run-time dependency fails the
    run, naming it, and a package it could not audit beside it is said NOT CHECKED; a
    pip-audit that broke off fails it too, with what pip-audit said."""
    for case in ("audited", "vulnerable", "stopped"):
        (tmp_path / case).mkdir()
    audited = ci_with_pip_audit(tmp_path / "audited", AUDITED, 0)
    assert audited.returncode == 0, audited.stderr
    assert "pip-audit: 2 of 2 run-time dependencies audited, no known vulnerabilities." \
        in audited.stdout
    done = ci_with_pip_audit(tmp_path / "vulnerable", VULNERABLE, 1)
    assert done.returncode != 0
    assert "pip-audit: aiohttp 3.14.5: PYSEC-2026-1" in done.stdout
    assert "pip-audit: NOT CHECKED for 1 of 2 run-time dependencies: jinja2." in done.stdout
    assert "pip-audit: FAILED: 1 of 2 run-time dependencies have known vulnerabilities." \
        in done.stdout
    stopped = ci_with_pip_audit(tmp_path / "stopped", SKIPPED, 2)  # it broke off: not a pass
    assert stopped.returncode != 0
    assert "pip-audit: FAILED: it stopped with status 2" in stopped.stdout


BENCH = (ROOT / "bench" / "README.md").read_text(encoding="utf-8")
TABLE = BENCH[BENCH.index("<!-- bench:table:begin -->"):BENCH.index("<!-- bench:table:end -->")]


def _section(heading: str) -> str:
    """The text under `## heading` in bench/README.md, up to the next `## `."""
    start = BENCH.index(f"\n## {heading}\n")
    return BENCH[start:BENCH.index("\n## ", start + 1)]


def _targets() -> dict[str, tuple[str, bool]]:
    """The table's targets: name -> (measured, met)."""
    rows = TABLE[TABLE.index("| Target | Goal | Measured | Met |"):].splitlines()[2:]
    cells = [[c.strip() for c in row.strip("|").split("|")] for row in rows if row.startswith("|")]
    return {name: (measured, met == "yes") for name, _, measured, met in cells}


def test_bench_readme_says_met_for_what_the_latest_table_met_with_its_figure() -> None:
    """bench/README.md, "Not met, and why": "Met in the table: ..." gave the thirty-first
    pass's figures (2.62 times the durable peer, 0.47 ms checks, 757 ms over HTTP, 1.82 KB a
    draft) beside the thirty-second pass's table (2.695, 0.562, 738.346, 0.22). Each target
    the latest table meets is said with its measured figure, and none it misses is said met."""
    said = _section("Not met, and why")
    met = said[said.index("Met in the table:"):]
    targets = _targets()
    assert len(targets) == 12
    for name, (measured, ok) in targets.items():
        first = measured.split(" / ")[0]
        if ok:
            assert first in met, (name, measured)
    # each target the latest table misses is said missed, in the words the paragraph uses
    # (the fortieth pass's table met the ratio to the bare bot, by the bare bot's noise, and
    # missed the memory's flatness, by a few hundred kilobytes between fresh processes)
    said_missed = {
        "p99 per update, paced, in each of 3 runs": "three-run target is not met",
        "p99 per update, paced at a quarter of the all-at-once rate": "nor the fourth run's",
        "CPU per update (all at once)": "0.6 ms CPU target",
        "CPU per update, as a multiple of the bare bot's": "nor either CPU target",
        "... flat as stored drafts grow": "Not met in this run besides the tail and the 0.6 ms: "
                                          "memory flat as stored drafts grow",
        # the forty-eighth pass's table missed it (1.397 ms), on a noisy hour and with the
        # rules the blind wording sets added
        "one answer through the language checks": "and one answer through the language "
                                                  "checks under 1 ms",
        # the forty-ninth pass's table missed it by 0.056 ms, measured in its last minutes
        # beside a helper's tests
        "a summary rendered (build+HTML+split)": "Not met in this run besides the tail and the "
                                                 "0.6 ms: a summary rendered under 5 ms",
    }
    missed = [n for n, (_, ok) in targets.items() if not ok]
    assert "p99 per update, paced, in each of 3 runs" in missed
    for name in missed:
        assert " ".join(said_missed[name].split()) in " ".join(said.split()), name


def _row(title: str, first: str) -> list[str]:
    """The cells of the latest table's row that starts with `first`, in the table after
    `title`."""
    after = TABLE[TABLE.index(title):]
    row = next(line for line in after.splitlines() if line.startswith(f"| {first} |"))
    return [c.strip() for c in row.strip("|").split("|")]


def test_bench_readme_quotes_the_latest_tables_http_waits_and_postgresql_ratios() -> None:
    """bench/README.md, "What a practitioner waits for" and "PostgreSQL and more instances":
    their figures were the thirtieth pass's (727 ms at p99) and another table's (0.527 and
    0.566 times SQLite) beside the thirty-second pass's table. They are the latest table's,
    rounded as the sentences round them."""
    waits = _section("What a practitioner waits for")
    for practitioners in ("20", "10"):
        _, calls, _, p50, _, p99, _ = _row("**What a practitioner waits for**", practitioners)
        assert f"{float(p50):.1f} ms at the median" in waits, p50
        assert f"{float(p99):.{0 if practitioners == '20' else 1}f} ms at p99" in waits, p99
        assert calls in waits
    engines = _section("PostgreSQL and more instances")
    for instances, said in (("1", "one PostgreSQL instance {} times"),
                            ("2", "two instances on one\ndatabase {} times")):
        row = _row("**Engines and instances**", "PostgreSQL" if instances == "1"
                   else "PostgreSQL, one database")
        assert said.format(row[6]) in engines, row
    p99s = [_row("**Engines and instances**", first)[7]
            for first in ("PostgreSQL", "PostgreSQL, one database")]
    assert f"paced p99 {float(p99s[0]):.2f} and {float(p99s[1]):.2f} times SQLite's" in engines
    bare_full = _row("**Saving**", "FULL")[2]
    assert f"({float(bare_full):,.0f} in the table)" in engines


def _shipped_texts() -> Iterator[tuple[str, str]]:
    """Every text sosbot can show or ship, whitespace folded: the string constants of its
    code (adjacent literals joined, as Python joins them), its flows, word lists and
    templates, its package description and the README."""
    for folder in ("bot", "flows", "storage"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts:
                continue
            if path.suffix == ".py":
                tree = ast.parse(path.read_text(encoding="utf-8"))
                for node in ast.walk(tree):
                    if isinstance(node, ast.Constant) and isinstance(node.value, str):
                        yield str(path.relative_to(ROOT)), " ".join(node.value.split())
            elif path.suffix in (".yaml", ".txt", ".html", ".j2", ".md"):
                yield (str(path.relative_to(ROOT)),
                       " ".join(path.read_text(encoding="utf-8").split()))
    for name in ("README.md", "pyproject.toml"):
        yield name, " ".join((ROOT / name).read_text(encoding="utf-8").split())


def test_nothing_sosbot_shows_or_ships_presents_it_as_official_or_endorsed(
        capsys: pytest.CaptureFixture[str]) -> None:
    """README: "sosbot is based on the Signs of Safety framework. It is not an official Signs
    of Safety product and is not endorsed by Elia". Every "official" and "endorsed" in a
    help text, /start, /about, a flow, a template, an export's footer, the CLI's help, the
    package's description or the README is said as a "not"; and the words that say so are
    in /start's welcome, /about on both surfaces, `sosbot --help` and every export's footer."""
    said = [(path, text[max(0, m.start() - 40):m.end() + 30])
            for path, text in _shipped_texts()
            for m in re.finditer(r"\b(?:official(?:ly)?|endorsed|approved|accredited)\b",
                                 text, re.IGNORECASE)]
    assert said  # the disclaimers themselves are found
    claims = [(path, around) for path, around in said
              if not re.search(r"\b(?:not|never|nor)\s+(?:an\s+|by\s+)?(?:\w+\s+)?"
                               r"(?:official|endorsed|approved|accredited)", around,
                               re.IGNORECASE)]
    assert claims == []
    assert "not an official product" in WELCOME
    for surface in ON_SURFACE.values():
        about = " ".join(surface["about"].split())
        assert "not an official Signs of Safety product" in about
        assert "not endorsed by Elia" in about
    assert "Not an official form" in FOOTER
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    assert "not an official product" in " ".join(capsys.readouterr().out.split())


async def test_the_running_bot_keeps_the_answers_of_512_drafts_opened_and_no_more(
        tmp_path: Path) -> None:
    """SECURITY.md: "In the running bot's memory ...: the answers of the 512 most recently
    used drafts". 513 practitioners' drafts saved through the real store: the first one's
    answers are no longer held opened, the other 512 are; reading it again brings it back and
    lets the least recently used go."""
    assert "the answers of the 512 most recently\nused drafts" in SECURITY
    sealer = AesGcmSealer([new_key("k1")])  # commits not flushed: the test's time, not the claim's
    async with await Store.open(tmp_path / "t.db", sealer=sealer, synchronous="OFF") as store:
        for user in range(1, 514):
            draft = Draft(id=f"d{user}", user_id=user, flow_id="reflection", flow_version=1,
                          label=f"KB-{user}", answers={"worry": f"seen a bruise {user}"})
            await store.save(draft, ["worry"], new=True)
        held = store._opened._drafts
        assert len(held) == 512
        assert (1, "d1") not in held
        loaded = await store.load_draft(1, "d1")
        assert loaded is not None
        assert loaded.answers["worry"] == "seen a bruise 1"
        assert (1, "d1") in held
        assert (2, "d2") not in held
        assert len(held) == 512


MARKUP = '<b>zq1</b> & <i>zq2</i> <a href="https://x.example">zq3</a> <script>zq4</script>'


@pytest.mark.parametrize("flow_id", sorted(FLOWS))
def test_everything_typed_is_shown_as_typed_in_the_chat_summary_and_the_html_export(
        flow_id: str) -> None:
    """SECURITY.md, "What is shown back": everything a person typed is escaped before it is
    rendered. A finished draft of each tool with markup in every typed answer and list item,
    its label and its scales' reasons: no tag of it reaches the Telegram summary's HTML or
    the exported page as markup (the property test checks the answers and items only, and
    a reason rendered raw passed it unless an example happened to break the HTML), and the
    practitioner reads it as they typed it."""
    assert "What is shown back" in SECURITY
    flow = FLOWS[flow_id]
    summary = build_summary(flow, _filled(flow, [MARKUP]))
    assert summary.label.startswith("<b>zq1</b>")
    assert {s.reason for s in summary.all_scales if s.reason} <= {MARKUP}
    messages = split_html(render_telegram(summary))
    page = render_html(summary)
    for tag in ("<b>zq1", "<i>zq2", '<a href="https://x.example"', "<script>"):
        assert tag not in "".join(messages), tag
        assert tag not in page, tag
    shown = "\n".join(visible_text(m) for m in messages)
    assert f"{summary.flow_title}: {summary.label}" in shown  # the label as typed
    assert MARKUP in shown


@pytest.fixture
async def team(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db", SOSBOT_ALLOWED_USERS=str(ADMIN)) as the_world:
        yield the_world


NAME = "<b>Sam</b> & <i>co</i>"


async def test_a_members_name_with_markup_is_listed_as_it_is_in_telegram(team: World) -> None:
    """SECURITY.md, "What is shown back": a member's Telegram display name is escaped too.
    A colleague whose name holds markup joins; the admin's /members (through the real
    Application, the local Bot API server parsing each message as Telegram does) lists
    the name as it is, and its Remove button names it as it is."""
    await open_link(team, NEWCOMER, await colleague_link(team), NAME)
    await team.command("members", user=ADMIN)
    assert f"1. {NAME}, joined" in team.texts(ADMIN)[-1]
    team.with_button(f"Remove {NAME}", user=ADMIN)


async def test_a_webhook_bot_at_debug_logs_no_label_or_answer(
        tmp_path: Path, logged: pytest.CaptureFixture[str]) -> None:
    """README, "Privacy", and .env.example: logs "never contain message text, labels,
    answers or the token, at any level". The webhook bot as `sosbot run --webhook` serves
    (in this process), with sosbot's own logging at DEBUG: a practitioner's label and
    answer, posted as Telegram posts them, are in no line it writes.
    `tests/test_run_command.py` holds this for polling; a webhook bot logging each update it
    was posted passed every test."""
    setup_logging("DEBUG")
    answer = "canary answer 9d2e about the child"
    async with BotApiServer() as server, webhook_bot(server, tmp_path / "bot.db") as bot:
        await open_a_draft(bot)  # labelled KB-12
        for typed in ("School or college", answer):
            assert await bot.post(server.take_update(server.send_text(PRACTITIONER, typed))) \
                == 200
        assert "Question 3" in server.texts(PRACTITIONER)[-1]
    said = logged.readouterr().err
    assert " INFO bot.webhook: " in said  # it logged (at DEBUG nothing is held back)
    for typed in ("KB-12", answer, "canary", DEFAULT_TOKEN.split(":")[1]):
        assert typed not in said
