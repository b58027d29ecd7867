"""The thirty-eighth pass's leftovers (third part), each met as an operator at a terminal or
a practitioner on a phone would meet it: the real CLI (`sosbot run` in a subprocess, the other
commands through `bot.cli.main`, tests/in_process.py), the real Application
(tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on the code as
it was."""

from __future__ import annotations

import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from flows.flow import Flow
from flows.render import format_date
from tests.builders import build_flow, section, text, yes_no
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.test_claims_thirtyseventh import on_disk
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_telegram_handlers import Bot, button
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtythird_b import link, mapping, opens, phone, read

SHORT = {"SOSBOT_WEBHOOK_SECRET": "k9f2"}  # left in .env from a trial of the webhook
HELD = "police, mum's sister, HV"  # held back by the reminder about "HV"
SECOND = "T could be hit or hurt trying to protect mum"  # typed past the reminder
THIRD = "Nan picks T up from school every day"  # typed on, past the question of where


# --- a short webhook secret stops only the webhook ----------------------------------------------


def all_but_the_webhook_work(tmp_path: Path, env: dict[str, str], setting: str) -> None:
    """With a webhook `setting` wrong in `env` (or .env), `sosbot chat` saves a reflection,
    naming nothing of it, and `sosbot keys list` and `sosbot export` of it work."""
    made = sosbot_here("chat", "--flow", "reflection", input="KB-1\nSchool or college\n",
                       cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    assert setting not in made.stderr
    listed = sosbot_here("keys", "list", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    exported = sosbot_here("export", "KB-1", cwd=tmp_path, env=env)
    assert exported.returncode == 0, exported.stderr
    assert "School or college" in exported.stdout


def test_a_short_webhook_secret_stops_only_run_webhook(tmp_path: Path) -> None:
    """An operator who once tried the webhook left `SOSBOT_WEBHOOK_SECRET=k9f2` in .env and
    went back to polling: `sosbot chat`, `sosbot keys list` and `sosbot export` each said
    "SOSBOT_WEBHOOK_SECRET: is 4 characters, short enough to guess" and did nothing, for a
    setting they never use. They work now; `run --webhook` still refuses it, naming it."""
    db = str(tmp_path / "sosbot.db")
    env = {**SHORT, "SOSBOT_DB": db}
    all_but_the_webhook_work(tmp_path, env, "SOSBOT_WEBHOOK_SECRET")
    webhook = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates"})
    assert webhook.returncode == 2
    assert webhook.stderr.splitlines() == [
        "sosbot: SOSBOT_WEBHOOK_SECRET: is 4 characters, short enough to guess by posting to "
        "the webhook; use at least 16 characters (`openssl rand -hex 32` makes 64) (set in the "
        "environment)"]
    odd = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": "123456789:" + "a" * 35,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram/updates",
        "SOSBOT_WEBHOOK_SECRET": "abc+" * 5})
    assert odd.returncode == 2
    assert "SOSBOT_WEBHOOK_SECRET: must be 16 to 256 characters" in odd.stderr


# --- /handover's count of answers ---------------------------------------------------------------


@pytest.fixture
def branching(tmp_path: Path, flows: Mapping[str, Flow]) -> dict[str, Flow]:
    """The tools; one whose second question is asked only after a "yes"; and "worries",
    whose first question reminds of abbreviations (tests/test_input_model.py's)."""
    tiny = build_flow(tmp_path, section("s", yes_no("hurt"),
                                        text("details", when="hurt == 'yes'"), text("plan")))
    worries = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), text("after")), id="worries")
    return {**flows, tiny.id: tiny, worries.id: worries}


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


# --- a member removed: what of theirs was held back and let go ---------------------------------


async def removes_sam(bot: Bot) -> str:
    """The admin removes Sam, handing his drafts to Priya first: what the admin is told."""
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(button(bot, "t:mh:"))
    await bot.tap(button(bot, f"t:mt:{PRIYA}:"))
    await bot.tap(button(bot, "t:mk:"))
    return read(bot)


async def test_removing_a_member_says_how_many_held_lines_were_let_go_and_none_of_them(
        tmp_path: Path, branching: Mapping[str, Flow]) -> None:
    """Sam's answer in FM-3 was held back by a reminder about an abbreviation, and he typed
    two more lines under it before he went off sick. The admin removing him was told "A line Sam had
    typed in "FM-3" was held back by a note and never saved", one line, where his answer and
    two lines after it were let go. The admin is told what was let go, counted, and none of
    Sam's words (they were never saved, and are not the admin's to read)."""
    async with running_team(tmp_path, branching) as bot:
        await sam_and_priya_join(bot)
        for line in ("/new worries", "FM-3", HELD, SECOND, THIRD):
            await bot.say(line, SAM)
        draft = await bot.conversation.active(SAM)
        assert draft is not None
        assert draft.pending is not None
        done = await removes_sam(bot)
        assert (' In "FM-3", the answer Sam was giving and 2 lines typed after it were held '
                "back by a note and never saved, so they were not passed on.") in done, done
        for typed in (HELD, SECOND, THIRD):
            assert typed[:12] not in done


# --- a partner's link opened by a member who handed a case over ---------------------------------


async def test_opening_a_partners_link_keeps_the_note_of_a_case_handed_over(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Sam handed KB-7 to Priya, then opened a colleague's link for the school's part of
    another mapping. Asked later for KB-7 (`/resume KB-7`), he was told "I can't find that
    draft among yours", as if it were lost: opening the link had written him a new session,
    and the note of the hand-over went with it. It is kept now."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await mapping(bot, "KB-7", SAM)
        assert (await hands_over(bot)).startswith('Handed "KB-7" to Priya')
        await mapping(bot, "AB-1")  # the admin's own mapping, and its school link
        await opens(bot, await link(bot, "school"), SAM)
        draft = await bot.conversation.active(SAM)
        assert draft is not None
        assert draft.label == "AB-1"  # Sam answers the school's part
        await bot.say("/resume KB-7", SAM)
        assert read(bot, SAM).startswith(f'You handed "KB-7" to Priya on '
                                         f"{format_date(time.time())}")


# --- a tool's name typed soon after a hand-over ---------------------------------------------------


async def test_a_tools_name_typed_after_a_hand_over_starts_that_tool(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Sam handed KB-7 to Priya and, a minute later, typed "harm matrix" to start one for
    another family: "I haven't saved that: you handed the draft you were on to a colleague
    ... send it to them", and no harm matrix, for ten minutes. A tool's name starts that
    tool now (with a word that the case handed over is Priya's); a line that reads as an
    answer for the case handed over is still told it is not saved, and so is a tool's name
    that is also an option's words ("Supervision"), with how to start that tool."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await mapping(bot, "KB-7", SAM)
        await hands_over(bot)
        await bot.say("harm matrix", SAM)
        shown = " ".join(phone(bot, SAM)[-2:])
        assert "I haven't saved that" not in shown
        assert "Harm Matrix" in shown, shown
        assert "case label" in read(bot, SAM).lower(), shown
        await bot.say("/cancel", SAM)
        await mapping(bot, "FM-3", SAM)
        await hands_over(bot)
        await bot.say(THIRD, SAM)
        assert read(bot, SAM).startswith("I haven't saved that: you handed the draft you were "
                                         "on to a colleague")
        await mapping(bot, "GH-2", SAM)
        await hands_over(bot)
        await bot.say("Supervision", SAM)  # an option of the mapping's first question too
        assert read(bot, SAM).startswith("I haven't saved that: you handed the draft")
        assert read(bot, SAM).endswith("If you meant to start a new Group supervision "
                                       "preparation instead, "
                                       "send /new supervision.")


# --- /resume of a label never handed over opens none of the colleague's drafts --------------------


async def sam_hands_cases_to_priya(bot: Bot, count: int) -> None:
    """Sam and Priya join the team, and Sam hands `count` mappings ("KB-0" on) to Priya."""
    await sam_and_priya_join(bot)
    for n in range(count):
        await mapping(bot, f"KB-{n}", SAM)
        assert (await hands_over(bot)).startswith(f'Handed "KB-{n}" to Priya')


def opened_by(store: object, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Every (user id, draft id) the store opens from now on."""
    opened: list[tuple[int, str]] = []
    real = store.load_draft  # type: ignore[attr-defined]

    async def load_draft(user_id: int, draft_id: str) -> object:
        opened.append((user_id, draft_id))
        return await real(user_id, draft_id)

    monkeypatch.setattr(store, "load_draft", load_draft)
    return opened


async def a_typo_opens_none_of_priyas_drafts(bot: Bot, opened: list[tuple[int, str]],
                                             n: int) -> None:
    """Sam's "/resume ZZ-1", a label he never had, opens none of the drafts he handed to
    Priya (`opened`: what the store opens); "/resume kb {n}" opens the one that was "KB-{n}",
    to say to whom it went."""
    await bot.say("/resume ZZ-1", SAM)
    assert read(bot, SAM).startswith("I can't find that draft among yours")
    assert not [o for o in opened if o[0] == PRIYA]
    await bot.say(f"/resume kb {n}", SAM)
    assert read(bot, SAM).startswith(f'You handed "KB-{n}" to Priya on ')
    assert len([o for o in opened if o[0] == PRIYA]) == 1


async def test_resume_of_an_unknown_label_opens_no_draft_handed_over(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch) -> None:
    """Sam handed ten cases to Priya. Each "/resume ZZ-1" (a label he never had) opened
    every one of them, Priya's now, in Sam's turn, to compare its label: ten drafts unsealed
    for a typo. His note of each hand-over keeps a keyed digest of its label now (no label:
    the session row holds none), and only the one whose label matches is opened, to say
    to whom it went."""
    async with running_team(tmp_path, flows) as bot:
        await sam_hands_cases_to_priya(bot, 10)
        store = bot.conversation.store
        await a_typo_opens_none_of_priyas_drafts(bot, opened_by(store, monkeypatch), 3)
        state = (await store.session(SAM)).state
        session = await store.session(SAM)  # notes kept before the digest was: still found
        session.state["handovers"] = [h[:3] for h in session.state["handovers"]]
        assert await store.save_session(session)
        await bot.say("/resume KB-4", SAM)
        assert read(bot, SAM).startswith('You handed "KB-4" to Priya on ')
        path = bot.db
    assert b"KB-" not in on_disk(path)  # no label in the clear, Sam's note included
    assert not any("KB" in str(h) or "kb" in str(h) for h in state["handovers"])
