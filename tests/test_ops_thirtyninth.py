"""The thirty-ninth pass's operations and teams leftovers, each met as an operator at a
terminal or a practitioner on a phone would meet it: the real CLI in a subprocess, the real
Application (tests/memory_botapi.py) on real SQLite files. Each test of a defect failed on
the code as it was."""

from __future__ import annotations

import asyncio
import base64
import html
import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.session_commands import MAX_UNFINISHED
from flows.flow import Flow
from tests import test_telegram_handlers
from tests.conftest import run_sosbot, sosbot_command, sosbot_env
from tests.in_process import sosbot_here
from tests.store_data import unfinished_drafts
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_handover_thirtysixth import PRIYA, SAM, hands_over, sam_and_priya_join
from tests.test_leftovers_thirtyeighth_c import (
    HELD,
    SECOND,
    THIRD,
    a_typo_opens_none_of_priyas_drafts,
    all_but_the_webhook_work,
    branching,
    opened_by,
    removes_sam,
    sam_hands_cases_to_priya,
)
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import KEY, USER, Bot
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import DSL, read, team

__all__ = ["branching", "team"]  # the fixtures

TOKEN = "123456789:" + "a" * 35
SECRET = "s" * 32


# --- a bad webhook address stops only run --webhook -------------------------------------------


@pytest.mark.parametrize(("url", "said", "where"), [
    ("http://bot.council.example/telegram", "must be the public https:// address Telegram "
     "posts updates to", "set in .env, line 2"),
    ("https://bot.council.example:8080/telegram", "has the port 8080, and Telegram posts only "
     "to 443, 80, 88 or 8443; give your reverse proxy's public address", "set in .env, line 2"),
    # Docker's --env-file keeps the quotation marks, which .env's reader takes off
    ('"https://bot.council.example/telegram"', "is in quotation marks", "set in the environment"),
])
def test_a_bad_webhook_url_stops_only_run_webhook(tmp_path: Path, url: str, said: str,
                                                  where: str) -> None:
    """An operator who tried the webhook behind a proxy on port 8080 (or wrote http://) went
    back to polling and left SOSBOT_WEBHOOK_URL in .env: `sosbot chat`, `sosbot keys list`
    and `sosbot export` each said "SOSBOT_WEBHOOK_URL: has the port 8080 ..." and did
    nothing, for a setting they never use. They work now; `run --webhook` still refuses it,
    naming the setting, its line in .env and what is wrong."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_WEBHOOK_URL={url}\n"
                                   f"SOSBOT_WEBHOOK_SECRET={SECRET}\n")
    (tmp_path / ".env").chmod(0o600)  # it holds a secret (tests/test_attacks_fiftythird.py)
    env = {"SOSBOT_WEBHOOK_URL": url} if where.endswith("environment") else {}
    all_but_the_webhook_work(tmp_path, env, "SOSBOT_WEBHOOK_URL")
    webhook = run_sosbot("run", "--webhook", cwd=tmp_path,
                         env={**env, "TELEGRAM_BOT_TOKEN": TOKEN})
    assert webhook.returncode == 2
    [line] = webhook.stderr.splitlines()
    assert line.startswith(f"sosbot: SOSBOT_WEBHOOK_URL: {said}")
    assert line.endswith(f"({where})")



def test_a_quoted_webhook_secret_stops_only_run_webhook(tmp_path: Path) -> None:
    """The secret in quotation marks (Docker's --env-file keeps them) stopped every command
    with "SOSBOT_WEBHOOK_SECRET: is in quotation marks", as any quoted setting does, though
    only the webhook uses it; `run --webhook` still says so, naming it."""
    env = {"SOSBOT_DB": str(tmp_path / "bot.db"), "SOSBOT_WEBHOOK_SECRET": f'"{SECRET}"'}
    made = sosbot_here("chat", "--flow", "reflection", input="KB-1\nSchool or college\n",
                       cwd=tmp_path, env=env)
    assert made.returncode == 0, made.stderr
    webhook = run_sosbot("run", "--webhook", cwd=tmp_path, env={
        **env, "TELEGRAM_BOT_TOKEN": TOKEN,
        "SOSBOT_WEBHOOK_URL": "https://bot.council.example/telegram"})
    assert webhook.returncode == 2
    assert webhook.stderr.splitlines() == [
        "sosbot: SOSBOT_WEBHOOK_SECRET: is in quotation marks, which would be read as part of "
        "it; remove them (Docker's --env-file keeps them) (set in the environment)"]

# --- /handover to a colleague who can take no more --------------------------------------------


async def test_a_handover_refused_for_a_full_colleague_says_not_how_many_drafts_they_have(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Priya had a hundred unfinished drafts. Sam's /handover was refused with "Priya
    already has as many unfinished drafts as anyone can keep", which told him her number
    of open cases (the most is a hundred, said to anyone who reaches it). He is told she
    cannot take more now, and what to ask of her; nothing of her drafts."""
    async with running_team(tmp_path, flows) as team:
        await sam_and_priya_join(team)
        await unfinished_drafts(team.conversation, PRIYA, "reflection",
                                (f"P-{n}" for n in range(MAX_UNFINISHED)))
        await team.say("/new reflection", SAM)
        await team.say("KB-7", SAM)
        said = html.unescape(await hands_over(team))
        kept = [d.label for d in await team.conversation.drafts(SAM)]
    assert said == ('Priya can\'t take more drafts now, so "KB-7" is still yours: nothing was '
                    "handed over. Ask them to finish or cancel some of theirs, then send "
                    "/handover again.")
    assert kept == ["KB-7"]


# --- a leaver's held answer and the lines under it, told to the colleague ----------------------


async def test_the_colleague_taking_a_leavers_drafts_is_told_of_the_held_lines_too(
        tmp_path: Path, branching: Mapping[str, Flow]) -> None:
    """Sam's answer in FM-3 was held by a reminder about "HV" and he typed two lines under it
    before he went off sick; his manager removed him, handing his drafts to Priya. The
    admin was told the answer and 2 lines were let go; Priya, who carries the case on, was
    told only of "the answer Sam was giving", and would take the two later questions as
    never begun. She is told of all three, counted, none of their words."""
    async with running_team(tmp_path, branching) as bot:
        await sam_and_priya_join(bot)
        for line in ("/new worries", "FM-3", HELD, SECOND, THIRD):
            await bot.say(line, SAM)
        await removes_sam(bot)
        told = read(bot, PRIYA)
        assert told.endswith(' In "FM-3", the answer Sam was giving to the question it is on '
                             "and 2 lines typed after it were waiting for their choice about a "
                             "note, so they did not come with the draft: that question is "
                             "still to answer, and perhaps the ones after it.")
        for typed in (HELD, SECOND, THIRD):
            assert typed[:12] not in told


# --- the hand-over notes after a key is rotated and retired -----------------------------------

NEW_KEY = "knew:" + base64.b64encode(bytes(range(1, 33))).decode()


async def test_handover_notes_are_found_by_label_after_the_old_key_is_retired(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch,
        database: str) -> None:
    """Sam handed five cases to Priya; the operator then rotated the data key and retired the
    old one, as SECURITY.md asks on the schedule backups expire. Sam's notes of his
    hand-overs kept each label's digest under the retired key, and each /resume of a label
    he never had ("/resume ZZ-1", a typo) opened every one of the five, Priya's now, to
    compare its label: what the digest is there to spare. Rotating digests the notes again
    under the new key: a typo opens none of Priya's drafts, and "/resume KB-3" still says
    to whom it went. On SQLite and PostgreSQL."""
    async with running_team(tmp_path, flows, db=database) as bot:
        await sam_hands_cases_to_priya(bot, 5)
        sent = bot.updates.next_id
    both = {"SOSBOT_DATA_KEY": f"{NEW_KEY}\n{KEY}"}
    for command in (("rotate",), ("retire", KEY.partition(":")[0])):
        done = await asyncio.to_thread(sosbot_here, "keys", *command, "--db", database, env=both)
        assert done.returncode == 0, done.stderr
    monkeypatch.setattr(test_telegram_handlers, "KEY", NEW_KEY)  # the old key removed
    async with running_team(tmp_path, flows, db=database) as bot:
        bot.updates.next_id = sent  # Telegram's update ids go on from where they were
        opened = opened_by(bot.conversation.store, monkeypatch)
        await a_typo_opens_none_of_priyas_drafts(bot, opened, 3)


# --- a database made by another user before the first start -----------------------------------


def _without_roots_powers(*args: str, env: dict[str, str], cwd: Path) -> str:
    """`sosbot ARGS` as a user without root's powers (root with them dropped: the kernel
    then keeps each file's owner and mode, as it does for the service's user): its stderr."""
    setpriv = shutil.which("setpriv")
    if os.geteuid() != 0 or setpriv is None:
        pytest.skip("needs root (to give a file to another user, as sudo did) and setpriv")
    done = subprocess.run([setpriv, "--bounding-set=-all", "--inh-caps=-all",
                           *sosbot_command(*args)], capture_output=True, text=True, cwd=cwd,
                          env=sosbot_env(**env), timeout=120, check=False)
    assert done.returncode == 1, done.stderr
    return done.stderr


@pytest.mark.parametrize("how", ["another user's", "not writable", "the key another user's",
                                 "its journal another user's", "its folder another user's"])
def test_a_database_sosbot_may_not_write_says_whose_it_is_and_the_fix(
        tmp_path: Path, how: str) -> None:
    """The operator, following the README, ran `sudo sosbot invite --env-file
    /etc/sosbot/main.env` before the bot's first start: the invite made the database, as
    root, readable and writable by root alone, and the service (its own user) then stopped
    with "this user may not write to ...; check their owner and permissions": whose, and
    what to type, were left to find. It names the owner and the user sosbot runs as, and
    the command that gives the file to it. (Here the invite runs as root and the file is
    then given to `nobody`: root with its powers dropped meets it as the service's user
    meets a file of root's.)"""
    data = tmp_path / "data"
    data.mkdir()
    db = data / "sosbot.db"
    settings = {"SOSBOT_DB": str(db), "SOSBOT_DATA_KEY": KEY, "SOSBOT_ALLOWED_USERS": "1",
                "TELEGRAM_BOT_TOKEN": TOKEN, "SOSBOT_API_ROOT": "http://127.0.0.1:9"}
    key = tmp_path / "data" / "sosbot.key"
    if how == "the key another user's":  # `sudo sosbot keys new --write`, before the invite
        del settings["SOSBOT_DATA_KEY"]  # (the database the invite makes is then that key's)
        done = sosbot_here("keys", "new", "--write", cwd=tmp_path, env={"SOSBOT_DB": str(db)})
        assert done.returncode == 0, done.stderr
    (tmp_path / "main.env").write_text("".join(f"{k}={v}\n" for k, v in settings.items()))
    made = sosbot_here("invite", "--env-file", str(tmp_path / "main.env"), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    if how == "another user's":
        shutil.chown(db, "nobody")
        said = _without_roots_powers("run", env=settings, cwd=tmp_path)
        assert said.splitlines() == [
            f"sosbot: The database {db} belongs to the user nobody, and sosbot runs as root, "
            "which may not write to it (made by a command run as another user, such as "
            "`sudo sosbot invite` before the bot's first start?): give it to root with "
            f"`sudo chown root {db}`, then start sosbot again."]
    elif how != "not writable" and how.startswith("its "):
        # SQLite's file beside it, left by a command that stopped (`kill -9`); the folder
        blocked = data if "folder" in how else Path(f"{db}-wal")
        blocked.touch()
        shutil.chown(blocked, "nobody")
        blocked.chmod(0o755 if "folder" in how else 0o600)
        said = _without_roots_powers("run", env=settings, cwd=tmp_path)
        what = "folder" if "folder" in how else "journal"
        assert said.splitlines() == [
            f"sosbot: {blocked} (the {what} of the database sosbot.db) belongs to the user "
            "nobody, and sosbot runs as root, which may not write to it (made by a command run "
            "as another user, such as `sudo sosbot invite` before the bot's first start?): give "
            f"it to root with `sudo chown root {blocked}`, then start sosbot again."]
    elif how == "the key another user's":
        shutil.chown(key, "nobody")
        said = _without_roots_powers("run", env=settings, cwd=tmp_path)
        assert said.splitlines() == [
            f"sosbot: Cannot read the key file {key}: it belongs to the user nobody, and sosbot "
            "runs as root (made by a command run as another user, such as `sudo sosbot keys "
            "new --write`?): give it to root with `sudo chown root "
            f"{key}` (it stays readable by its owner alone), then start sosbot again."]
    else:
        db.chmod(0o400)
        said = _without_roots_powers("run", env=settings, cwd=tmp_path)
        assert said.splitlines() == [
            f"sosbot: The database {db} belongs to root, the user sosbot runs as, but its "
            "permissions (0400) do not let its owner write to it: `chmod u+w "
            f"{db}`, then start sosbot again."]


# --- a partner with many contributions, asked which to withdraw --------------------------------


async def test_a_partner_with_many_contributions_is_offered_them_a_page_at_a_time(
        team: Bot) -> None:
    """A school's DSL had sent her part for forty families over a year. Her /delete asked
    which to withdraw with a button for every one: forty buttons down the screen (and past a
    hundred, more than Telegram lets a message carry: no question at all). She is shown
    eight at a time, the question naming those eight, with a button to the next ones; the
    one she wants, on a later page, withdraws it alone."""
    bot = team
    labels = await forty_parts(bot, DSL)
    await bot.say("/delete", user=DSL)
    asked = read(bot, DSL)
    assert button_texts(bot, DSL) == [*(f'Withdraw "{label}" only' for label in labels[:8]),
                                      "More (9 to 16 of 40)", "Withdraw all of them", "No"]
    assert asked.startswith("You have 40 contributions to safety mappings. Which do you want "
                            f'to withdraw and erase? These are 1 to 8: "{labels[0]}" for Dr')
    assert labels[8] not in asked
    for _page in range(4):
        await bot.tap(labelled(bot, next(b for b in button_texts(bot, DSL)
                                         if b.startswith("More"))), user=DSL)
        assert len(button_texts(bot, DSL)) <= 11
    assert button_texts(bot, DSL)[:8] == [f'Withdraw "{label}" only' for label in labels[32:]]
    assert button_texts(bot, DSL)[8] == "Back to the first ones"
    await bot.tap(labelled(bot, f'Withdraw "{labels[37]}" only'), user=DSL)
    assert said_to(bot, DSL)[-1].startswith(f'Withdrawn: your contribution to "{labels[37]}"')
    left = await bot.conversation.contributions.parts_of(DSL)  # type: ignore[attr-defined]
    assert len(left) == 39


async def test_a_member_with_many_parts_chooses_one_to_withdraw_a_page_at_a_time(
        team: Bot) -> None:
    """A social worker who is also the team's admin had sent her part for forty of a
    colleague's families. Her /delete offered, beside "erase everything", a button for each
    of the forty. It offers one button now, which lists them a page at a time; the one she
    taps is withdrawn, and nothing else of hers."""
    bot = team
    labels = await forty_parts(bot, USER)
    await bot.say("/delete")
    assert 'tap "Withdraw one part only" below instead: it lists them.' in read(bot)
    assert [b for b in button_texts(bot, USER) if "Withdraw" in b] == ["Withdraw one part only"]
    await bot.tap(labelled(bot, "Withdraw one part only"))
    assert read(bot).startswith("You have 40 contributions to safety mappings.")
    await bot.tap(labelled(bot, "More (9 to 16 of 40)"))
    await bot.tap(labelled(bot, f'Withdraw "{labels[10]}" only'))
    assert read(bot).startswith(f'Withdrawn: your contribution to "{labels[10]}" is erased')
    left = await bot.conversation.contributions.parts_of(USER)  # type: ignore[attr-defined]
    assert len(left) == 39
