"""The thirty-eighth pass's leftovers (third part), each met as an operator at a terminal or
a practitioner on a phone would meet it: the real CLI in a subprocess, the real Application
(tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as
it was."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from tests.builders import build_flow, section, text, yes_no
from tests.conftest import run_sosbot
from tests.test_handover_thirtysixth import PRIYA, SAM, sam_and_priya_join
from tests.test_telegram_handlers import button
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtythird_b import read

SHORT = {"SOSBOT_WEBHOOK_SECRET": "k9f2"}  # left in .env from a trial of the webhook
HELD = "Mum, dad, John Smith (07700 900123), school DSL"  # held back by the note on a name


# --- a short webhook secret stops only the webhook ----------------------------------------------


def test_a_short_webhook_secret_stops_only_run_webhook(tmp_path: Path) -> None:
    """An operator who once tried the webhook left `SOSBOT_WEBHOOK_SECRET=k9f2` in .env and
    went back to polling: `sosbot chat`, `sosbot keys list` and `sosbot export` each said
    "SOSBOT_WEBHOOK_SECRET: is 4 characters, short enough to guess" and did nothing, for a
    setting they never use. They work now; `run --webhook` still refuses it, naming it."""
    db = str(tmp_path / "sosbot.db")
    env = {**SHORT, "SOSBOT_DB": db}
    made = run_sosbot("chat", "--flow", "reflection", input="KB-1\nSchool or college\n",
                      cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    assert "SOSBOT_WEBHOOK_SECRET" not in made.stderr
    listed = run_sosbot("keys", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    exported = run_sosbot("export", "KB-1", cwd=tmp_path, env=env)
    assert exported.returncode == 0, exported.stderr
    assert "School or college" in exported.stdout
    webhook = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates"})
    assert webhook.returncode == 2
    assert webhook.stderr.splitlines() == [
        "sosbot: SOSBOT_WEBHOOK_SECRET: is 4 characters, short enough to guess by posting to "
        "the webhook; use at least 16 characters (`openssl rand -hex 32` makes 64)"]
    odd = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates",
        "SOSBOT_WEBHOOK_SECRET": "abc+" * 5})
    assert odd.returncode == 2
    assert "SOSBOT_WEBHOOK_SECRET: must be 16 to 256 characters" in odd.stderr


# --- /handover's count of answers ---------------------------------------------------------------


@pytest.fixture
def branching(tmp_path: Path, flows: Mapping[str, Flow]) -> dict[str, Flow]:
    """The tools, and one whose second question is asked only after a "yes"."""
    tiny = build_flow(tmp_path, section("s", yes_no("hurt"),
                                        text("details", when="hurt == 'yes'"), text("plan")))
    return {**flows, tiny.id: tiny}


async def test_the_handover_question_counts_the_answers_review_lists(
        tmp_path: Path, branching: Mapping[str, Flow]) -> None:
    """Sam answered "yes" and the details, then changed his "yes" to "no": the details
    question no longer applies, and /review lists one answer. /handover asked "Hand "KB-7"
    (A tiny flow, 2 answers) to Priya?", counting the answer the branch now hides."""
    async with running_team(tmp_path, branching) as bot:
        await sam_and_priya_join(bot)
        for said in ("/new tiny", "KB-7", "yes", "Bruise on the left arm seen at school",
                     "/edit 1", "no"):
            await bot.say(said, SAM)
        await bot.say("/review", SAM)
        listed = read(bot, SAM)
        assert "Bruise" not in listed
        await bot.say("/handover", SAM)
        await bot.tap(button(bot, f"t:ho:{PRIYA}:"), SAM)
        assert read(bot, SAM) == ('Hand "KB-7" (A tiny flow, 1 answer) to Priya? You will no '
                                  "longer see it.")
