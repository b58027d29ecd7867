"""The fortieth pass's operations and teams leftovers, each met as an operator at a terminal
or a practitioner on a phone would meet it: the real CLI (`sosbot run` and a command beside
a bot in a subprocess, the rest through `bot.cli.main`, tests/in_process.py), the real
Application (tests/memory_botapi.py) on real SQLite files (and PostgreSQL where the store's
contract is at stake). Each test of a defect failed on the code as it was."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from flows.flow import Flow
from flows.loader import FLOWS_DIR, load_flow
from storage.crypto import AesGcmSealer, parse_keys
from storage.sealing import PlainSealer
from storage.store import Store
from tests import test_telegram_handlers
from tests.builders import write_flow
from tests.conftest import run_sosbot
from tests.in_process import sosbot_here
from tests.test_attacks_thirtythird_b import button_texts
from tests.test_console import at_the_terminal
from tests.test_handover_thirtysixth import PRIYA, SAM, sam_and_priya_join
from tests.test_leftovers_thirtyeighth_c import (
    a_typo_opens_none_of_priyas_drafts,
    opened_by,
    sam_hands_cases_to_priya,
)
from tests.test_leftovers_thirtyseventh import HELD, SECOND
from tests.test_leftovers_thirtysixth import forty_parts
from tests.test_telegram_handlers import KEY, USER, Bot
from tests.test_telegram_handlers import running as running_team
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import answers, link, mapping, opens, read, team

TOKEN = "123456789:" + "a" * 35
URL = "https://bot.council.example/telegram"
__all__ = ["team"]  # the fixture
NEW_KEY = "knew:" + base64.b64encode(bytes(range(1, 33))).decode()


# --- a webhook secret refused names where it was set ------------------------------------------


@pytest.mark.parametrize(("secret", "said", "where"), [
    ("k9f2", "is 4 characters, short enough to guess by posting to the webhook; use at least "
     "16 characters (`openssl rand -hex 32` makes 64)", "set in .env, line 3"),
    ("abc+" * 5, "must be 16 to 256 characters, only A-Z, a-z, 0-9, _ and - (Telegram takes "
     "no others); `openssl rand -hex 32` makes one", "set in .env, line 3"),
    ("k9f2", "is 4 characters, short enough to guess", "set in the environment"),
])
def test_a_refused_webhook_secret_names_where_it_was_set(tmp_path: Path, secret: str,
                                                         said: str, where: str) -> None:
    """An operator's `run --webhook` stopped with "SOSBOT_WEBHOOK_SECRET: is 4 characters,
    short enough to guess ...", and nothing said where that secret came from: main.env,
    .env, or an Environment= line of the unit left from a test. The line names it now, as
    the refusal of SOSBOT_WEBHOOK_URL names its line: the file and line, or the
    environment."""
    (tmp_path / ".env").write_text(f"SOSBOT_DB=bot.db\nSOSBOT_WEBHOOK_URL={URL}\n"
                                   f"SOSBOT_WEBHOOK_SECRET={secret}\n")
    (tmp_path / ".env").chmod(0o600)  # it holds a secret (tests/test_attacks_fiftythird.py)
    env = {"TELEGRAM_BOT_TOKEN": TOKEN}
    if where.endswith("environment"):
        env["SOSBOT_WEBHOOK_SECRET"] = secret
    done = run_sosbot("run", "--webhook", cwd=tmp_path, env=env)
    assert done.returncode == 2
    [line] = done.stderr.splitlines()
    assert line.startswith(f"sosbot: SOSBOT_WEBHOOK_SECRET: {said}")
    assert line.endswith(f"({where})")


# --- hand-over notes when a keyless database is encrypted -------------------------------------


async def test_handover_notes_are_digested_when_a_keyless_database_is_encrypted(
        tmp_path: Path, flows: Mapping[str, Flow], monkeypatch: pytest.MonkeyPatch,
        database: str) -> None:
    """Sam handed three cases to Priya on a database kept without a key (as a sosbot from
    before encryption kept them); the operator then ran `sosbot keys encrypt`, as SECURITY.md
    says. His notes of the hand-overs kept no digest of their labels (there was no key to
    make one with), and `keys encrypt` made none, as `keys rotate` now does: each /resume of
    a label he never had ("/resume ZZ-1", a typo) opened every one of Priya's three drafts to
    compare its label, for as long as the notes are kept. Encrypting digests them: a typo
    opens none of hers, "/resume KB-1" still says to whom it went, and Priya's /resume
    KB-1 opens it. On SQLite and PostgreSQL."""
    with monkeypatch.context() as keyless:
        keyless.setattr(test_telegram_handlers, "require_key", lambda *_: PlainSealer())
        async with running_team(tmp_path, flows, db=database) as bot:
            await sam_hands_cases_to_priya(bot, 3)
            sent = bot.updates.next_id
    done = await asyncio.to_thread(run_sosbot, "keys", "encrypt", "--db", database,
                                   env={"SOSBOT_DATA_KEY": KEY})
    assert done.returncode == 0, done.stderr
    async with running_team(tmp_path, flows, db=database) as bot:
        bot.updates.next_id = sent
        opened = opened_by(bot.conversation.store, monkeypatch)
        await a_typo_opens_none_of_priyas_drafts(bot, opened, 1)
        await bot.say("/resume KB-1", PRIYA)  # hers, encrypted now, opens as before
        assert "KB-1" in read(bot, PRIYA)
        assert "can't find" not in read(bot, PRIYA)


# --- an invite that would make the database without a key --------------------------------------


def test_an_invite_that_would_make_a_keyless_database_is_refused(tmp_path: Path) -> None:
    """Setting up, an operator ran `sosbot invite --db data/sosbot.db` before making the key
    (the README's step 3). The invite made the database, without a key, and printed the
    link; then `sosbot chat` (and the bot) refused it: "The database ... exists but its key
    (...) is missing. Restore the key file", of a key there never was. The invite is refused
    now, nothing made, saying to make the key first; made after the key, the database is
    the key's from the start and the link works."""
    (tmp_path / "data").mkdir()
    db = tmp_path / "data" / "sosbot.db"
    refused = sosbot_here("invite", "--db", str(db), cwd=tmp_path)
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"sosbot: There is no database at {db} yet, and no data key to make it with "
        f"(SOSBOT_DATA_KEY, or the key file {tmp_path}/data/sosbot.key): made without one, it "
        "would be refused as a database whose key is lost. Make the key first (`sosbot keys "
        f"new --write --db {db}`), then run this again; nothing was made."]
    assert refused.stdout == ""
    assert list((tmp_path / "data").iterdir()) == []
    made = sosbot_here("keys", "new", "--write", "--db", str(db), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    invited = sosbot_here("invite", "--db", str(db), cwd=tmp_path)
    assert invited.returncode == 0, invited.stderr
    assert invited.stdout.startswith("/start ")
    other = sosbot_here("chat", "--db", str(db), "--flow", "reflection", input="KB-2\n",
                        cwd=tmp_path, env={"SOSBOT_DATA_KEY": NEW_KEY})  # not the one made
    assert other.returncode == 1
    assert "The data key does not fit the database" in other.stderr
    chat = sosbot_here("chat", "--db", str(db), "--flow", "reflection",
                       input="KB-1\nSchool or college\n", cwd=tmp_path)
    assert chat.returncode == 0, chat.stderr


# --- `sosbot export` of a draft whose tool was updated under its held lines --------------------


def _reflection_as_it_was(folder: Path) -> Flow:
    """The pre-referral reflection as an earlier version had it: no question of the role
    before what worries you, which reminded of short forms ("HV")."""
    spec = yaml.safe_load((FLOWS_DIR / "reflection.yaml").read_text(encoding="utf-8"))
    spec["version"] = 1
    spec["sections"] = [s for s in spec["sections"] if s["id"] != "role"]
    spec["sections"][0]["steps"][0]["checks"] = ["plain_language"]
    return load_flow(write_flow(folder, spec))


async def test_export_at_the_terminal_after_the_tool_was_updated_does_not_say_lines_wait(
        tmp_path: Path) -> None:
    """At `sosbot chat` a social worker's answer to what worries her was held by the reminder
    about "HV", and the line she typed on asked where it goes; she stopped there. The tool
    was then updated, a question of her role put before that one, so her next line lets
    them go as no longer asked for there, as the bot's /export already says. `sosbot export`
    still said "Not in this document yet: "police, mum's sister, HV" ... It waits for your
    choice", of lines nothing waits for. It says nothing of them now, as /export."""
    db = tmp_path / "bot.db"
    async with await Store.open(db, sealer=AesGcmSealer(parse_keys(KEY, "key"))) as store:
        shown, draft = await at_the_terminal(store, _reflection_as_it_was(tmp_path), HELD,
                                             SECOND)
    assert draft.pending is not None, shown
    done = run_sosbot("export", "TB-7", "--db", str(db), cwd=tmp_path,
                      env={"SOSBOT_DATA_KEY": KEY})
    assert done.returncode == 0, done.stderr
    assert "Not in this document yet" not in done.stderr
    assert done.stderr == ""
    assert "Pre-referral reflection" in done.stdout


# --- a forged hand-over of a partner's part -----------------------------------------------------


async def test_a_forged_handover_of_a_partners_part_is_refused_at_once(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Sam was answering the school's part of the admin's mapping FM-3 through a link. A
    button forged with the part's id ("t:ho:<Priya>:<the part>") was answered "Hand "FM-3"
    (Contribution ..., 1 answer) to Priya?" with a Yes, telling him of the part as a draft
    of his to hand over, where /handover refuses it at once; the Yes then refused. It is
    refused at once now, as /handover refuses it, with nothing of the part said or asked."""
    async with running_team(tmp_path, flows) as bot:
        await sam_and_priya_join(bot)
        await mapping(bot, "FM-3")
        await opens(bot, await link(bot, "school"), SAM)
        await answers(bot, SAM, ("DSL",))
        part = await bot.conversation.active(SAM)
        assert part is not None
        await bot.tap(f"t:ho:{PRIYA}:{part.id}", SAM)
        said = read(bot, SAM)
        assert said.startswith("The draft open now is your part for a colleague's mapping: it "
                               "is theirs once you send it, and can't be handed over.")
        assert "FM-3" not in said
        assert "Priya" not in said
        assert not [d for d in bot.buttons() if d.startswith("t:hy:")]


# --- "More" in the list of parts to withdraw, with none left ------------------------------------


async def test_more_with_no_part_left_says_none_is_left(team: Bot) -> None:
    """A social worker had sent her part for forty of a colleague's families; her "Withdraw
    one part only" listed the first eight. On another phone she withdrew every one, then
    tapped "More (9 to 16 of 40)" here: "Alright, nothing has been changed.", as if she had
    said No, with nothing of why the list had gone. She is told none is left to choose. (A
    partner who is not a member, her parts all withdrawn, is a stranger to the bot again,
    and told so.)"""
    bot = team
    await forty_parts(bot, USER)
    await bot.say("/delete")
    await bot.tap(labelled(bot, "Withdraw one part only"))
    more = labelled(bot, "More (9 to 16 of 40)")
    contributions = bot.conversation.contributions  # type: ignore[attr-defined]
    for invite, _ in await contributions.parts_of(USER):  # her other phone's taps
        await bot.conversation.withdraw_parts(USER, only=invite.short_id)  # type: ignore[attr-defined]
    await bot.tap(more)
    assert read(bot) == ("None of the parts you contributed is left now: they were withdrawn "
                         "or erased since that list was shown, so there is nothing to choose.")
    assert button_texts(bot, USER) == []
