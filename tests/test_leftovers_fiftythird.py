"""The leftovers the fifty-second pass saw and left alone, each mended (or decided) with a test
that failed on the code as it was."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import time
import zipfile
from collections.abc import Mapping
from pathlib import Path

import pytest
from chromium import Chromium, find_chromium
from conftest import sosbot_command, sosbot_env

from bot.console import Console
from bot.conversation import Conversation
from bot.teams.invites import invite_colleague
from flows.export import export, render_html
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.summary import Summary, build_summary
from storage.crypto import AesGcmSealer, new_key, read_key_file, write_key_file
from storage.store import Store
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.in_process import sosbot_here
from tests.processes import HANG_GUARD, kill
from tests.telegram_world import TEST_KEY, run_env
from tests.test_attacks_fiftyfirst import ENDS
from tests.test_console import typed_then_end
from tests.test_handover_thirtysixth import hands_over
from tests.test_telegram_handlers import USER, Bot, running
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import said_to
from tests.test_walk_thirtythird_b import (
    DSL,
    DSL_PART,
    answers,
    link,
    mapping,
    opens,
    phone,
    read,
    team,
)

__all__ = ["team"]  # the fixture
FLOWS = load_flows()
ARABIC = "قالت إنها تخاف من العودة إلى البيت."  # "She said she is afraid to go home."
RLM = "\u200f"
MIXED = f"Mum told me on the phone: {ARABIC}"  # begun in English, ended in Arabic
SAM, MARY = 7001, 7003  # two social workers who join the team by a colleague's link


def answered(flow_id: str, step_id: str, typed: str) -> Summary:
    """The tool's summary with `typed` as the answer to `step_id`."""
    flow = FLOWS[flow_id]
    chat = reach(flow, step_id)
    chat.send(typed)
    chat.command("done")
    return build_summary(flow, chat.draft)


# --- 2. an Arabic full stop in the HTML and Word documents, on a line begun in English ---------

@pytest.mark.browser
@pytest.mark.skipif(find_chromium() is None, reason="no Chromium binary found (install "
                    "Debian's `chromium` package, or set CHROMIUM to a Chrome binary)")
def test_in_a_browser_a_mixed_answers_arabic_full_stop_is_at_the_end_of_her_words(
        tmp_path: Path) -> None:
    """A social worker wrote "Mum told me on the phone: <what mum said, in Arabic>." The
    exported page laid the answer out left to right (it begins in English), and drew the
    full stop to the right of the Arabic, before its first word as read; the Telegram summary
    drew it at the Arabic's end. Chromium now draws it to the left of her words."""
    page = tmp_path / "summary.html"
    page.write_text(render_html(answered("reflection", "what_happened", MIXED)),
                    encoding="utf-8")
    (tmp_path / "chromium").mkdir()
    with Chromium.launch(tmp_path / "chromium") as browser:
        ends = browser.open(page.as_uri(), width=794).evaluate(f"{ENDS}({ARABIC!r})")
    assert ends["stop"] < ends["first"], ends


def _texts(docx: bytes) -> str:
    with zipfile.ZipFile(__import__("io").BytesIO(docx)) as parts:
        return parts.read("word/document.xml").decode("utf-8")


def test_in_the_word_document_a_mixed_answer_has_the_mark_after_its_arabic_words() -> None:
    """The same answer in the Word document: one left-to-right run (it begins in English),
    with nothing after the Arabic to keep its full stop at her words' end, so Word drew it
    before her first word. The run ends with a right-to-left mark now, as the Telegram
    summary's line does; an answer all in Arabic keeps its own right-to-left run."""
    xml = _texts(export(answered("reflection", "what_happened", MIXED), "docx").data)
    assert f"{MIXED}{RLM}</w:t>" in xml
    alone = _texts(export(answered("reflection", "what_happened", ARABIC), "docx").data)
    assert f">{ARABIC}</w:t>" in alone  # laid out right to left by its run: no mark needed


def test_a_childs_words_begun_in_english_keep_the_mark_inside_their_quotation_marks() -> None:
    """A child's words begun in English and ended in Arabic, in both documents: the mark
    goes inside the quotation marks, after her words, as the Telegram summary puts it."""
    summary = answered("mapping", "house_worries", f"I told her: {ARABIC}")
    assert f"I told her: {ARABIC}{RLM}”" in render_html(summary)
    assert f"I told her: {ARABIC}{RLM}”" in _texts(export(summary, "docx").data)


# --- 3. a line typed in its own quotation marks, quoted back by the bot's notices --------------

@pytest.mark.parametrize(("typed", "told"), [
    ('"what\'s a label?"', 'I haven\'t used "what\'s a label?" as the case label'),
    ('"harm matrix"', 'I haven\'t used "harm matrix" as the case label'),
    ('"resume"', 'I haven\'t used "resume" as the case label: it is the name of a command'),
])
async def test_a_line_typed_in_quotation_marks_is_quoted_back_in_one_pair(
        store: Store, flows: Mapping[str, Flow], typed: str, told: str) -> None:
    """A social worker typed her answers in quotation marks, as she copies a family's words.
    At the case label's prompt, what she typed was quoted back in a second pair of marks:
    'I haven't used ""harm matrix"" as the case label'. The bot's notices now quote it as
    the reminders and the summary's checks do: in one pair of marks."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    assert await Console(talk, out=out, read=typed_then_end("3", typed, "/quit")).run() == 0
    said = out.getvalue()
    assert told in said, said
    assert '""' not in said


async def test_words_in_quotation_marks_after_a_command_are_said_back_in_one_pair(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """'/skip "don't know"' at a question: the words after /skip were said back in a second
    pair of marks, 'nor saved ""don't know""'."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    assert await Console(talk, out=out, read=typed_then_end(
        "2", "KB-1", '/skip "don\'t know"', "/quit")).run() == 0
    said = out.getvalue()
    assert 'I haven\'t acted on /skip, nor saved "don\'t know"' in said, said
    assert '""' not in said


# --- 4. Ctrl-C while `sosbot chat` or `sosbot run` is still importing ---------------------------

# Loaded by Python at start-up from the child's PYTHONPATH: Ctrl-C "pressed" (SIGINT sent to
# itself) as the module named by PRESS_CTRL_C_AT begins to import, so the signal lands in
# the import window every time, however fast or slow the machine is.
PRESS = '''import os, signal, sys

class _Press:
    def find_spec(self, name, path=None, target=None):
        if name == os.environ["PRESS_CTRL_C_AT"]:
            sys.meta_path.remove(self)
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, _Press())
'''


def pressing_ctrl_c(tmp_path: Path, at: str, **extra: str) -> dict[str, str]:
    """The environment of a `sosbot` child that gets Ctrl-C as `at` begins to import."""
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(PRESS, encoding="utf-8")
    env = sosbot_env(PRESS_CTRL_C_AT=at, **extra)
    env["PYTHONPATH"] = os.pathsep.join((str(hook), env["PYTHONPATH"]))
    return env


# (bot.documents was one, until the chat stopped loading the export command's module; the
# settings, loaded since the fifty-sixth pass after the arguments are read, are one now)
@pytest.mark.parametrize("at", ["asyncio", "bot.config", "bot.console", "flows.loader"])
def test_ctrl_c_while_sosbot_chat_imports_ends_it_quietly_with_130(
        tmp_path: Path, at: str) -> None:
    """A social worker started `sosbot chat`, thought better of it and pressed Ctrl-C in the
    second it took to start: Python's traceback of the import it broke filled the terminal
    (`File "<frozen importlib._bootstrap>" ... KeyboardInterrupt`). It now says the tools
    did not open and nothing was saved, and exits 130, as an interrupted program does."""
    done = subprocess.run(
        sosbot_command("chat", "--db", str(tmp_path / "bot.db")), input="", text=True,
        capture_output=True, cwd=tmp_path, timeout=120, check=False,
        env=pressing_ctrl_c(tmp_path, at, SOSBOT_DATA_KEY=TEST_KEY))
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 130, (done.returncode, done.stderr)
    # (pressed as the chat's own parts imported, it said "Saved. Run the same command again
    # to carry on.", of a chat that had saved nothing and never begun)
    assert "stopped before the tools opened; nothing was saved" in done.stderr, done.stderr
    assert done.stdout == ""  # no tools shown: it stopped before they opened
    assert not (tmp_path / "bot.db").exists()


async def test_ctrl_c_while_sosbot_run_imports_stops_it_quietly_before_it_polls(
        tmp_path: Path) -> None:
    """The same in `sosbot run`, pressed as it imported asyncio, before it began to note a
    stop: a traceback. It stops as a bot stopped while starting does (exit 0, the bot never
    polled: `sosbot run` stopped once running exits 0 too)."""
    async with BotApiServer() as server:
        env = pressing_ctrl_c(tmp_path, "asyncio", **run_env(tmp_path / "bot.db", server.root))
        child = await asyncio.create_subprocess_exec(
            *sosbot_command("run"), cwd=tmp_path, env=env, stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        try:
            _, stderr = await asyncio.wait_for(child.communicate(), HANG_GUARD)
        finally:
            await kill(child)
        assert "Traceback" not in stderr.decode(), stderr.decode()
        assert child.returncode == 0, (child.returncode, stderr.decode())
        assert server.calls_to("getUpdates") == []


# --- 5. `sosbot keys new --write` beside a key file that does not open the database -----------

@pytest.mark.parametrize("same_id", [False, True])
def test_keys_new_write_says_at_once_that_the_key_file_there_does_not_open_the_database(
        tmp_path: Path, same_id: bool) -> None:
    """An operator restoring a server put a key file from another install beside the
    database, then ran `sosbot keys new --write` to be sure of a key. It said the key file
    "already exists, and sosbot uses it as it is: nothing was written", status 0, and
    `keys new --write && sosbot run` went on to a bot that refused to start. It now says at
    once that the key file does not open the database, naming both, with status 1; the key
    itself is never printed, and the file is left as it was."""
    db = tmp_path / "bot.db"
    chat = sosbot_here("chat", "--db", str(db), "--flow", "reflection", cwd=tmp_path,
                       input="KB-1\nSchool or college\n")
    assert chat.returncode == 0, chat.stderr
    key_file = tmp_path / "sosbot.key"
    made_with = read_key_file(key_file)[0]
    other = new_key(made_with.id if same_id else None)  # same id, another secret: as bad
    write_key_file(key_file, [other])
    written = key_file.read_bytes()
    done = sosbot_here("keys", "new", "--write", "--db", str(db), cwd=tmp_path)
    said = done.stdout + done.stderr
    assert done.returncode == 1, said
    assert f"The key file {key_file.absolute()}" in done.stderr, said
    assert "does not open the database" in done.stderr, said
    assert str(db) in done.stderr, said
    assert "Nothing was written" in done.stderr
    assert other.line().split(":", 1)[1] not in said
    assert key_file.read_bytes() == written


def test_keys_new_write_beside_the_key_file_that_opens_the_database_still_goes_on(
        tmp_path: Path) -> None:
    """The key file the database was made with: as before, nothing written, status 0."""
    db = tmp_path / "bot.db"
    assert sosbot_here("chat", "--db", str(db), "--flow", "reflection", cwd=tmp_path,
                       input="KB-1\nSchool or college\n").returncode == 0
    done = sosbot_here("keys", "new", "--write", "--db", str(db), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "already exists" in done.stdout


# --- 1. right-to-left marks in the team's /review and in team messages quoting a label ---------

CHILD_AR = "أريد أن أبقى مع جدتي."  # "I want to stay with my grandmother."


async def an_arabic_part(bot: Bot, label: str = "FM-3") -> None:
    """The DSL sends her part for the lead's mapping: the child's words in Arabic, and a worry
    begun in English and ended in Arabic."""
    await mapping(bot, label)
    await opens(bot, await link(bot, "school"), DSL)
    await answers(bot, DSL, ("Designated safeguarding lead", f"FM told me: {ARABIC}",
                             "Nan walks FM to school every day", "Breakfast club from mon 7 dec",
                             "5", "/skip", CHILD_AR))
    await bot.tap(bot.buttons()[0], user=DSL)
    assert read(bot, DSL).startswith("Sent to"), read(bot, DSL)


async def test_review_keeps_a_childs_arabic_words_and_full_stops_at_their_ends(
        team: Bot) -> None:
    """A school's safeguarding lead wrote down a girl's words in Arabic, as she said them.
    The social worker's own /summary showed them with the right-to-left marks that keep the
    quotation marks and the full stop at her words' ends; the team's /review of the part
    showed them with none, the closing mark and the full stop drawn before her first word;
    so for a worry begun in English and ended in Arabic. /review marks them as /summary
    does, and so does the copy of her part the DSL is shown again."""
    await an_arabic_part(team)
    await team.say("/review FM-3")
    review = "\n".join(said_to(team, USER)[-3:])
    assert f"{RLM}“{CHILD_AR}”{RLM}" in review, review
    assert f"FM told me: {ARABIC}{RLM}" in review, review
    await team.say("/review", user=DSL)
    again = "\n".join(said_to(team, DSL)[-3:])
    assert f"{RLM}“{CHILD_AR}”{RLM}" in again, again
    assert f"FM told me: {ARABIC}{RLM}" in again, again


LABEL_AR = "ملف ٧"  # "file 7": a case label in Arabic


async def test_team_messages_quoting_an_arabic_case_label_keep_it_in_its_direction(
        team: Bot) -> None:
    """A social worker labels her cases in Arabic. The bot's own messages quoting what she
    typed put a right-to-left mark inside the closing quotation mark (`quotes_in_direction`),
    so the sentence's punctuation stays where it belongs; the team's messages quoting the
    label did not: "... your mapping "<label>". /review ..." drew the full stop and the
    closing mark before the label's first word. They are marked as the bot's own are."""
    await an_arabic_part(team, LABEL_AR)
    told = said_to(team, USER)
    arrived = next(text for text in told if "has sent a contribution" in text)
    assert f'"{LABEL_AR}{RLM}"' in arrived, arrived
    welcome = next(text for text in said_to(team, DSL) if LABEL_AR in text)
    assert f'"{LABEL_AR}{RLM}"' in welcome, welcome
    assert f'"{LABEL_AR}"' not in "\n".join(said_to(team, DSL) + told)


# --- 6. a member's first name, told to the partners of a mapping handed to them -----------------

async def joins_by_link(bot: Bot, user_id: int, code: str, first: str, last: str) -> None:
    """A colleague opens the link on a phone whose Telegram name is `first` and `last`."""
    update = bot.updates.text(user_id, f"/start {code}")
    update["message"]["from"].update(first_name=first, last_name=last)  # type: ignore[index]
    await bot.feed(update)


async def test_partners_are_told_a_new_leads_first_name_whole(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """Mary Ann joined the team from a phone whose Telegram name is "Mary Ann" (first name)
    and "Smith" (last name). Sam handed her his mapping "FM-3" while the school's DSL was
    half way through her part: the DSL was asked "Send your contribution to Mary now?", the
    first word of the name Mary Ann joined with, where Telegram had given her first name
    whole. Partners are told a lead's first name as Telegram gives it: "Mary Ann", never
    her surname."""
    async with running(tmp_path, flows) as bot:
        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER, uses=2)
        await joins_by_link(bot, SAM, made.code, "Sam", "Jones")
        await joins_by_link(bot, MARY, made.code, "Mary Ann", "Smith")
        assert {m.name for m in await teams.members()} == {"Sam Jones", "Mary Ann Smith"}
        await mapping(bot, "FM-3", SAM)
        await opens(bot, await link(bot, "school", SAM), DSL)
        await answers(bot, DSL, DSL_PART[:3])
        await hands_over(bot, to=MARY, giver=SAM)
        await answers(bot, DSL, (*DSL_PART[3:], "send"))
        told = phone(bot, DSL)
        assert not [t for t in told if "Smith" in t]
        assert read(bot, DSL).startswith("Sent to Mary Ann, thank you."), read(bot, DSL)


async def test_a_member_who_joined_before_first_names_were_kept_is_told_by_the_first_word(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """A member who joined before (no first name kept): the first word of her name, never
    her whole name, which would give partners her surname."""
    async with running(tmp_path, flows) as bot:
        teams = TeamStore(bot.conversation.store)
        made = await invite_colleague(teams, USER, uses=2)
        for user_id, name in ((SAM, "Sam Jones"), (MARY, "Mary Ann Smith")):
            await teams.join(made.invite.code_hash, user_id, name, time.time())
        await mapping(bot, "FM-3", SAM)
        await opens(bot, await link(bot, "school", SAM), DSL)
        await answers(bot, DSL, DSL_PART[:3])
        await hands_over(bot, to=MARY, giver=SAM)
        await answers(bot, DSL, (*DSL_PART[3:], "send"))
        assert read(bot, DSL).startswith("Sent to Mary, thank you."), read(bot, DSL)


async def test_a_members_first_name_is_sealed_and_rotated_with_her_name(tmp_path: Path) -> None:
    """The first name is stored as the name is: sealed under the data key, never in the
    clear, and re-sealed by a key rotation, so that the old key can be retired."""
    old, new = new_key("old"), new_key("new")
    store = await Store.open(tmp_path / "bot.db", sealer=AesGcmSealer([old]))
    try:
        teams = TeamStore(store)
        made = await invite_colleague(teams, USER)
        await teams.join(made.invite.code_hash, MARY, "Mary Ann Smith", time.time(), "Mary Ann")
        await store.reseal(AesGcmSealer([new, old]))
        assert (await store.key_usage())["old"] == 0
    finally:
        await store.close()
    assert b"Mary Ann" not in (tmp_path / "bot.db").read_bytes()
    store = await Store.open(tmp_path / "bot.db", sealer=AesGcmSealer([new]))
    try:
        [member] = await TeamStore(store).members()
        assert (member.name, member.first_name) == ("Mary Ann Smith", "Mary Ann")
    finally:
        await store.close()
