"""The twenty-second pass over defects earlier passes saw and left: each pinned by a test
that failed on the code as it was."""

from __future__ import annotations

import asyncio
import io
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env

from bot.cli import main
from bot.config import ConfigError, load_settings
from flows.checks.danger_statement import danger_statement_gaps
from flows.checks.words import load_word_list
from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Notice
from storage.teams import TeamStore
from tests.botapi_server import BotApiServer
from tests.processes import HANG_GUARD, sosbot_child, stop
from tests.telegram_world import run_env
from tests.test_attacks_fourteenth import SAM, answers_now, asked_to_remove_sam
from tests.test_telegram_handlers import KEY, USER, Bot, bot, texts_to
from tests.test_walk_eighteenth import a_health_visitor_sends
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()

HARM_INTRO = "Think of one harmful behaviour or pattern"


# --- 1. a section's introduction said again after an /edit further up -------------------------


def test_the_harm_sections_introduction_is_not_said_again_after_an_edit_further_up() -> None:
    """A social worker in the Harm Matrix, at the second question about the harm, went back
    with /edit to correct who was filling it in. Answered, the bot came back to where she
    was with "Think of one harmful behaviour or pattern. If there are several, start with
    the one that worries you most." again, as if the worry she was half-way through were a
    new one. It is said when the section is first reached."""
    flow = FLOWS["harm_matrix"]
    chat = reach(flow, "danger_behaviour_1")
    assert any(HARM_INTRO in n for n in chat.notices())  # first reached: said
    chat.send("R shouts at mum and pushes her while T is at home")
    while chat.asked != "harm_impact_1":
        chat.command("keep")
    chat.command("edit", "1")
    assert chat.asked == "author"
    chat.send("LM, social worker, Northside children's team")
    assert chat.asked == "harm_impact_1"
    assert not any(HARM_INTRO in n for n in chat.notices()), chat.replies
    assert [r for r in chat.replies if isinstance(r, Notice)] == []


# --- 2. a partner's answer pasted as a list, bullets and all --------------------------------


async def test_a_partners_answer_pasted_as_a_list_reaches_the_lead_without_its_bullets(
        bot: Bot) -> None:
    """A class teacher pasted her worries and next steps from an email, "• On 26 Nov ..."
    and "1. I will ring mum ...". On the lead's phone, /summary showed "• • On 26 Nov" and
    "• 1. I will ring mum", the email's marks inside the summary's own bullets, and /review
    the same after each title; the lead's own pasted lists drop them. The partner's lines
    are items of a list now, as the lead's are."""
    await a_health_visitor_sends(bot, [
        "School", "class teacher",
        "• On 26 Nov N came in with no coat and said nobody was up\n"
        "• she fell asleep in phonics on 27 Nov",
        "- Her older brother brings her to class\n- she reads to me every morning before lessons",
        "1. I will ring mum each Monday\n2) school will offer breakfast club from 7 Dec",
        "5 - she is in school most days", "mama sleeps in the day"])
    await bot.say("/review")
    review = "".join(texts_to(bot, USER)[-3:])
    await bot.say("/summary")
    summary = bot.texts()[-1]
    for shown in (review, summary):
        assert "\n   – On 26 Nov N came in with no coat and said nobody was up\n" \
               "   – she fell asleep in phonics on 27 Nov" in shown, shown
        assert "   – Her older brother brings her to class" in shown
        assert "   – I will ring mum each Monday\n" \
               "   – school will offer breakfast club from 7 Dec" in shown
        for mark in ("• •", "• -", "• 1.", ": •", ": -", ": 1.", "2)"):
            assert mark not in shown, mark
    assert "<i>Worries</i>:\n   – On 26 Nov" in review
    # a one-line answer is kept as it was written (opening with a capital after "5 of 10.")
    assert "5 of 10. She is in school most days" in review


# --- 3. standard input that is there but cannot be read --------------------------------------


def chat_reading(tmp_path: Path, stdin: int) -> subprocess.CompletedProcess[str]:
    """`sosbot chat --flow reflection` with standard input the file descriptor given."""
    try:
        return subprocess.run(sosbot_command("chat", "--flow", "reflection", "--db",
                                             str(tmp_path / "c.db")),
                              stdin=stdin, capture_output=True, text=True, cwd=tmp_path,
                              env=sosbot_env(), timeout=120, check=False)
    finally:
        os.close(stdin)


def test_standard_input_open_only_for_writing_ends_the_chat_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """`sosbot chat 0> answers.txt` (a redirection written the wrong way round in a script)
    left standard input open for writing only: the first read ended in a traceback, "OSError:
    [Errno 9] Bad file descriptor". Now one line saying standard input could not be read,
    and status 1."""
    written_only = os.open(tmp_path / "answers.txt", os.O_WRONLY | os.O_CREAT)
    with open(written_only, encoding="utf-8") as stdin:  # as Python opens fd 0, whatever it is
        monkeypatch.setattr("sys.stdin", stdin)
        status = main(["chat", "--flow", "reflection", "--db", str(tmp_path / "c.db")])
    assert status == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1] == (
        "sosbot: standard input could not be read (Bad file descriptor), so the chat stopped "
        "there; whatever was answered before it is saved.")


def test_standard_input_that_is_a_folder_is_refused_by_python_before_sosbot_starts(
        tmp_path: Path) -> None:
    """`sosbot chat < /tmp`: Python itself stops before any of sosbot runs ("Fatal Python
    error: init_sys_streams: <stdin> is a directory, cannot continue"), with status 1 and no
    traceback. Nothing of sosbot's can say it otherwise; this pins that it stays so."""
    done = chat_reading(tmp_path, os.open(tmp_path, os.O_RDONLY))
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "<stdin> is a directory" in done.stderr
    assert not (tmp_path / "c.db").exists()


# --- 4. a number setting given something that is no number it can take -----------------------


@pytest.mark.parametrize("given", ["nan", "inf", "-1", "0", "ten", "1e99", ""])
def test_a_rate_that_is_no_usable_number_names_the_setting_and_what_it_takes(
        monkeypatch: pytest.MonkeyPatch, given: str) -> None:
    """SOSBOT_RATE_PER_MINUTE=nan stopped `sosbot run` with "Input should be less than or
    equal to 6000", -1 with "greater than 0", "ten" with "unable to parse string as a
    number": pydantic's words, and nothing of what would do."""
    monkeypatch.setenv("SOSBOT_RATE_PER_MINUTE", given)
    with pytest.raises(ConfigError) as refused:
        load_settings()
    assert str(refused.value) == (
        f"SOSBOT_RATE_PER_MINUTE: \"{given}\" won't work here; give a number from 0.01 to "
        "6000 (it is 30 if left out) (set in the environment)")


@pytest.mark.parametrize(("name", "given", "valid"), [
    ("SOSBOT_PORT", "99999", "a whole number from 1 to 65535 (it is 8080 if left out)"),
    ("SOSBOT_RATE_BURST", "1.5", "a whole number from 1 to 1000 (it is 20 if left out)"),
    ("SOSBOT_DRAFT_DAYS", "a month", "a whole number from 1 to 3650 (it is 30 if left out)")])
def test_every_number_setting_says_what_it_takes(
        monkeypatch: pytest.MonkeyPatch, name: str, given: str, valid: str) -> None:
    monkeypatch.setenv(name, given)
    with pytest.raises(ConfigError) as refused:
        load_settings()
    assert str(refused.value).startswith(f"{name}: \"{given}\" won't work here; give {valid}")


def test_sosbot_run_with_a_rate_of_nan_stops_in_that_one_line(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SOSBOT_RATE_PER_MINUTE", "nan")
    assert main(["run"]) == 2
    assert capsys.readouterr().err == (
        "sosbot: SOSBOT_RATE_PER_MINUTE: \"nan\" won't work here; give a number from 0.01 to "
        "6000 (it is 30 if left out) (set in the environment)\n")


# --- 5. what makes an invite, given with --list or --withdraw ---------------------------------


@pytest.mark.parametrize(("extra", "said"), [
    (("--list", "--days", "7"), "--days is for making an invite, and --list makes none. Leave "
     "it out to list the open invites; nothing was listed or made."),
    (("--list", "--admin", "--uses", "3"), "--admin and --uses are for making an invite, and "
     "--list makes none. Leave them out to list the open invites; nothing was listed or made."),
    (("--withdraw", "ID", "--days", "3"), "--days is for making an invite, and --withdraw "
     "makes none. Leave it out to withdraw the invite; nothing was withdrawn or made."),
    (("--list", "--withdraw", "ID"), "--list and --withdraw: give one at a time (--list shows "
     "the ids to withdraw); nothing was withdrawn.")])
def test_invite_options_that_make_one_are_refused_with_list_or_withdraw(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: tuple[str, ...],
        said: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sosbot invite --list --days 7` (meant as "the ones open for 7 more days", or "make
    it 7 days") listed the invites and passed over --days without a word; `--withdraw ID
    --days 3` withdrew it. Refused now, before anything is listed, made or withdrawn."""
    db = str(tmp_path / "i.db")
    monkeypatch.setenv("SOSBOT_DATA_KEY", KEY)  # the database the invite makes is the key's
    assert main(["invite", "--db", db]) == 0
    made = capsys.readouterr()
    short_id = made.err.split("--withdraw ", 1)[1].split()[0]  # a note on the new database follows
    assert main(["invite", "--db", db, *(short_id if a == "ID" else a for a in extra)]) == 2
    refused = capsys.readouterr()
    assert refused.out == ""
    assert refused.err == f"sosbot: {said}\n"
    assert main(["invite", "--list", "--db", db]) == 0
    assert capsys.readouterr().out.startswith(short_id)  # still open


# --- 6. answers saved with an old Mac's line endings ------------------------------------------


def piped(text: str) -> io.TextIOWrapper:
    """Standard input as Python opens it for a file or pipe (UTF-8, "\\n" the line ending)."""
    return io.TextIOWrapper(io.BytesIO(text.encode()), encoding="utf-8", newline="\n")


def test_answers_ending_each_line_with_a_carriage_return_are_read_a_line_each(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Answers saved with "\\r" alone ending each line (an old Mac editor, some Windows
    tools' exports) and piped to `sosbot chat`: Python reads "\\n" as the only line ending,
    so they were one line, its carriage returns then dropped as control characters: the label
    was saved as "KBSchool or collegeSaw a bruise" or refused as too long, and nothing said
    why. Each is a line now, as "\\n" and "\\r\\n" are."""
    monkeypatch.setattr("sys.stdin", piped("KB\rSchool or college\rSaw a bruise on her arm\r"))
    assert main(["chat", "--flow", "reflection", "--db", str(tmp_path / "c.db")]) == 0
    out = capsys.readouterr().out
    assert 'Started "KB": Pre-referral reflection.' in out
    assert "[Question 3 of 8 · What has happened · KB]" in out
    monkeypatch.setattr("sys.stdin", piped("ok line\rDad is volatile\r\nfine\r"))
    assert main(["language-check"]) == 1
    assert capsys.readouterr().out == '2: "volatile"\n'


# --- 7. `sosbot run` asked to stop while it is still starting ---------------------------------


def catches(pid: int, sig: int) -> bool:
    """Whether the process has a handler for `sig` (Linux: SigCgt in /proc/PID/status)."""
    status = Path(f"/proc/{pid}/status").read_text()
    caught = int(next(line.split()[1] for line in status.splitlines()
                      if line.startswith("SigCgt:")), 16)
    return bool(caught >> (sig - 1) & 1)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
async def test_sosbot_run_stopped_while_starting_exits_0_and_does_not_start(
        tmp_path: Path) -> None:
    """`systemctl stop` or `docker stop` (SIGTERM) in the seconds `sosbot run` takes to
    import and start killed it by the signal: status 143, which Docker and Kubernetes
    report as a failure, though the README says it closes cleanly, and it does once
    running. A stop is a stop whenever it is asked for: it exits 0 and does not start.
    The signal is sent as soon as the process catches it: before the change it caught
    nothing until its event loop ran, and by then it was already polling Telegram. (A
    signal sent earlier, in Python's own start-up, still kills it: that is Python's.)"""
    async with BotApiServer() as server:
        env = run_env(tmp_path / "bot.db", server.root)
        async with sosbot_child("run", cwd=tmp_path, env=env) as child:
            waited = 0.0
            while waited < HANG_GUARD and not catches(child.pid, signal.SIGTERM):
                await asyncio.sleep(0.01)
                waited += 0.01
            stderr = await stop(child, signal.SIGTERM)
            assert child.returncode == 0, (child.returncode, stderr)
        assert "Traceback" not in stderr
        assert server.calls_to("getUpdates") == []


# --- 8. a forged admin button naming no one who could be a member -----------------------------


async def test_a_forged_remove_button_naming_no_possible_member_is_refused_clearly(
        bot: Bot) -> None:
    """An admin's client sending a made-up "Remove" button, "t:mr:0", was asked "Remove ?
    They lose access at once, and every draft of theirs is erased.", a name-less question
    with a live "Yes, remove" under it; -5 or a 30-digit id was "That person is no longer a
    member", as if there had been one, and "No" naming anyone but 0 said so too. Each is
    refused now in words that say nothing was changed, and Sam is still a member."""
    await asked_to_remove_sam(bot)
    now = int(time.time())
    for forged in ("t:mr:0", "t:mr:-5", "t:mr:" + "9" * 30, "t:mr:٣", "t:mr:",
                   f"t:my:0:0:{now}", f"t:my:-1:0:{now}", f"t:my:{1 << 63}:0:{now}"):
        await bot.tap(forged)
        assert bot.texts()[-1] == ("That button doesn&#x27;t name anyone on this team, so "
                                   "nothing has been changed."), forged
    await bot.tap("t:mn:5")
    assert bot.texts()[-1] == "Alright, nothing has been changed."
    teams = TeamStore(bot.conversation.store)
    assert [m.user_id for m in await teams.members()] == [SAM]
    assert not any("Remove ?" in t for t in bot.texts())


# --- 9. a message sent through another bot --------------------------------------------------

AN_INLINE_BOT = {"id": 5050, "is_bot": True, "first_name": "Search", "username": "searchbot"}


async def via_a_bot(bot: Bot, text: str) -> None:
    update = bot.updates.text(USER, text)
    update["message"]["via_bot"] = AN_INLINE_BOT
    await bot.feed(update)


async def test_a_message_sent_through_another_bot_is_not_saved_as_an_answer(bot: Bot) -> None:
    """Typing "@" and a bot's name in Telegram offers that bot's results (a search, a GIF,
    another bot's writing), and one tap sends one as if typed. Sent at a question, it was
    saved as the practitioner's answer, and "/delete" sent that way was run: neither is
    their own words. Now it is said, with the question again, and nothing is saved or run."""
    await bot.say("/new reflection")
    await bot.say("KB-7")
    await bot.say("School or college")
    said = len(bot.texts())
    await via_a_bot(bot, "Child neglect: signs, symptoms and what to do (NSPCC)")
    assert "what_happened" not in await answers_now(bot)
    notice, asked = bot.texts()[said:]
    assert notice == ("That came through another bot (one of the bots you can call by typing @ "
                      "and its name), so I haven't saved it: answers need to be in your "
                      "own words. Please type it yourself. The question we're on is below.")
    assert "What have you seen, heard or been told" in asked
    await via_a_bot(bot, "/delete")
    assert not any(b.startswith("y:delete:") for b in bot.buttons())
    await bot.say("Saw a bruise on her arm on Monday")  # typed: the answer
    assert (await answers_now(bot))["what_happened"] == "Saw a bruise on her arm on Monday"


# --- 10. a danger said to stay, with or without what keeps it -----------------------------------

IMPACT = "what could happen to the child if nothing changes"


@pytest.mark.parametrize("stays", [
    "The school is worried that dad shouts at mum and pushes her when he drinks. The danger "
    "is still there, dad has a key. If nothing changes, T could be hurt trying to stop him.",
    "The school is worried that dad hits mum. The risks are still there; he knows where she "
    "lives now. If nothing changes, T could be hurt.",
    "The health visitor is worried that R shakes the baby when she cries. The risks haven't "
    "gone away, R still has a key. If nothing changes, E could suffer a head injury."])
def test_a_danger_that_stays_with_who_keeps_it_there_is_a_sound_statement(stays: str) -> None:
    """"The danger is still there, dad has a key" in a danger statement that said who was
    worried, what dad does and what could happen was asked "Who is worried, and what did
    they see or hear?": the vague-risk reminder let "still there when dad drinks" be, but
    not what keeps it there after a comma."""
    assert nudger()("plain_language", stays) is None
    assert nudger()("danger_statement", stays) is None


@pytest.mark.parametrize("vague", ["the risks haven't gone away", "the risk hasn't gone away",
                                   "The danger isn't going anywhere.",
                                   "The risks remain, mum says."])
def test_a_danger_said_to_stay_with_nothing_of_what_it_is_is_asked_about(vague: str) -> None:
    """"The risks haven't gone away" is "the risks remain" in other words, which is asked
    about, and was not. As a danger statement it was also read as saying what could happen
    ("risks" read as "T risks being hurt"), where "the risk hasn't gone away" was not."""
    assert nudger()("plain_language", vague) is not None
    if "mum says" not in vague:
        gaps = danger_statement_gaps(vague, load_word_list(None), labels=False)
        assert IMPACT in gaps, gaps


def test_what_a_child_risks_is_still_what_could_happen() -> None:
    gaps = danger_statement_gaps("Mum is worried that dad hits her, and T risks being hurt "
                                 "when he steps in.", load_word_list(None), labels=False)
    assert IMPACT not in gaps
