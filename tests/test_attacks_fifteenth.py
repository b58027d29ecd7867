"""The fifteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the real Application (the Bot API
answered in memory, `tests.test_telegram_handlers`); the rest through the real command."""

from __future__ import annotations

import re
import subprocess
import time
from pathlib import Path

import pytest
from conftest import sosbot_command, sosbot_env

from bot.handlers import EDITED
from bot.teams.invites import invite_colleague
from storage.teams import TeamStore
from tests.in_process import sosbot_here
from tests.terminal import Terminal, exported
from tests.test_attacks_fourteenth import answers_now, contributions_in
from tests.test_telegram_handlers import (
    PARTNER,
    USER,
    Bot,
    a_partner_on_a_mapping,
    bot,
    counts,
    no_errors,
    sharing_among,
    start_reflection,
    texts_to,
)
from tests.test_walk_thirtythird_b import answers_link

__all__ = ["bot"]  # the fixture

SAM = 4343


@pytest.mark.parametrize("typed", ["/cancel", "/skip", "/Review", "/summary@sosbot_test_bot"])
async def test_a_command_that_came_without_its_entity_is_still_a_command(
        bot: Bot, typed: str, caplog: pytest.LogCaptureFixture) -> None:
    """Telegram marks a command with a bot_command entity; an update without one (a client
    or a Bot API server that leaves it out) had its "/cancel" saved as the answer to the
    question asked, and the next question asked, as if the practitioner had written it."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.feed(bot.updates.message(USER, text=typed))  # no entities
    assert "what_happened" not in await answers_now(bot)
    assert not any("/" in str(value) for value in (await answers_now(bot)).values())
    no_errors(caplog)


async def test_a_team_command_without_its_entity_is_answered_by_the_team(bot: Bot) -> None:
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.feed(bot.updates.message(USER, text="/invite"))
    assert bot.texts()[-1] == "Whom would you like to invite?"
    await bot.feed(bot.updates.message(USER, text="/members"))
    assert "Nobody has joined" in bot.texts()[-1]
    await bot.feed(bot.updates.message(USER, text="/nosuch"))
    assert "I don't know that command" in bot.texts()[-1]
    assert "what_happened" not in await answers_now(bot)


async def test_a_partner_who_types_the_first_answer_has_it_taken(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """A partner who opened the link and typed the answer to the first question (rather
    than tap it) was told "I'm not sure you saw the question below, so I haven't saved the
    message you just sent", the question they had just been shown asked again: the link's
    first question was sent without noting it had reached them."""
    await a_partner_on_a_mapping(bot)
    said = len(texts_to(bot, PARTNER))
    await bot.say("School", user=PARTNER)
    new = texts_to(bot, PARTNER)[said:]
    assert not [t for t in new if "not sure you saw" in t]
    assert "Question 2 of 8" in new[-1]
    no_errors(caplog)


async def test_a_reply_to_the_partners_first_question_is_its_answer(bot: Bot) -> None:
    """The message showing the link's first question is noted too: a reply to it answers it."""
    await a_partner_on_a_mapping(bot)
    first = bot.request.outbox(PARTNER)[-1]
    assert "Question 1 of 8" in first.text
    update = bot.updates.text(PARTNER, "School")
    update["message"]["reply_to_message"] = {
        "message_id": first.message_id, "date": int(time.time()),
        "from": {"id": 123456789, "is_bot": True, "first_name": "sosbot"},
        "chat": {"id": PARTNER, "type": "private"}, "text": first.text}
    await bot.feed(update)
    assert "Question 2 of 8" in texts_to(bot, PARTNER)[-1]


async def test_a_share_button_of_an_earlier_draft_does_not_send_the_one_open_now(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """/share on the finished "KB-12" offered "Send to Sam"; the practitioner then finished
    "KB-13" and tapped that button, still on the screen above: Sam was sent "KB-13", a case
    nobody chose to share, because the button named only the colleague and the bot sent
    whichever draft was open."""
    async with sharing_among(tmp_path, {SAM: "Sam"}) as bot:
        await bot.say("/share")
        send_to_sam = next(d for d in bot.buttons() if d.startswith(f"t:sh:{SAM}"))
        flow_id = next(iter(bot.conversation.flows))
        await bot.say(f"/new {flow_id}")
        await bot.say("KB-13")
        await bot.say("Seen with a cut lip at the clinic")
        await bot.tap(send_to_sam)
        assert not [t for t in texts_to(bot, SAM) if "KB-13" in t]
        assert "nothing was sent" in bot.texts()[-1]
        # The same button, with KB-12 open again, sends KB-12.
        await bot.say("/resume KB-12")
        await bot.tap(send_to_sam)
        assert [t for t in texts_to(bot, SAM) if "KB-12" in t]
        assert not [t for t in texts_to(bot, SAM) if "KB-13" in t]
    no_errors(caplog)


async def test_a_share_button_of_the_old_shape_sends_nothing(tmp_path: Path) -> None:
    async with sharing_among(tmp_path, {SAM: "Sam"}) as bot:
        await bot.tap(f"t:sh:{SAM}")
        assert texts_to(bot, SAM) == []
        assert "nothing was sent" in bot.texts()[-1]


def link_code(text: str) -> str:
    found = re.search(r"start=([A-Za-z0-9_-]+)", text)
    assert found is not None, text
    return found.group(1)


async def test_a_partner_opening_their_link_again_is_shown_where_they_were(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """A partner who came back to the link in their email to carry on was told "That link
    can't be used: it has expired, been used already or withdrawn", with their part still
    open and waiting for them: nothing said it was theirs, or where they were."""
    await a_partner_on_a_mapping(bot)
    code = link_code(next(t for t in texts_to(bot, USER) if "start=" in t))
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), user=PARTNER)
    said = len(texts_to(bot, PARTNER))
    await bot.say(f"/start {code}", user=PARTNER)
    again = texts_to(bot, PARTNER)[said:]
    assert not [t for t in again if "can't be used" in t]
    assert "already answering" in again[0]
    assert "Question 2 of 8" in again[-1]
    await bot.say("Designated safeguarding lead", user=PARTNER)  # and it is taken
    assert "Question 3 of 8" in texts_to(bot, PARTNER)[-1]
    no_errors(caplog)


async def test_a_member_opening_the_link_they_joined_with_again_is_told_they_are_in(
        bot: Bot) -> None:
    """Opening the colleague's link a second time (from the same email) told the new member
    "That link can't be used", as if they had not joined."""
    await bot.say("/invite")
    await bot.tap("t:ic")
    code = link_code(bot.texts()[-1])
    await bot.say(f"/start {code}", user=SAM)
    assert "You're now a member" in texts_to(bot, SAM)[-1]
    await bot.say(f"/start {code}", user=SAM)
    said = texts_to(bot, SAM)[-1]
    assert "can't be used" not in said
    assert "already a member" in said


def test_an_empty_output_option_is_refused_not_taken_for_the_current_folder(
        tmp_path: Path) -> None:
    """`sosbot export KB-1 -o "$OUT"` in a script whose OUT was never set wrote the case, in
    the clear, into whatever folder the script ran in, under a name of its own; without -o
    the summary goes to standard output. Like an empty --db, an empty -o is refused."""
    db = tmp_path / "e.db"
    sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                input="KB-1\nSchool or college\nSeen a bruise on her arm\n")
    folder = tmp_path / "here"
    folder.mkdir()
    result = sosbot_here("export", "KB-1", "--db", str(db), "-o", "", cwd=folder)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "sosbot: -o: is empty; give the file (or folder) to write to, or leave -o out to "
        "write to standard output."]
    assert list(folder.iterdir()) == []


PASTED = "Mum said he was hit with a belt on Monday and she saw bruises on his back. " * 150


@pytest.mark.parametrize("parts", [2, 3])
async def test_the_rest_of_a_long_message_telegram_split_is_not_saved_as_the_answer(
        bot: Bot, parts: int, caplog: pytest.LogCaptureFixture) -> None:
    """Telegram sends a pasted note longer than 4,096 characters as several messages, one
    straight after the other. The first was refused as too long, and the rest, starting
    mid-sentence, was saved as the answer and the next question asked: the practitioner's
    worry became the tail of their note, and they were never told."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    said = len(bot.texts())
    chunks = [PASTED[i * 4096:(i + 1) * 4096] for i in range(parts - 1)]
    chunks.append(PASTED[(parts - 1) * 4096:(parts - 1) * 4096 + 1000])
    sent = [bot.updates.text(USER, chunk) for chunk in chunks]  # one after the other, at once
    for update in sent:
        await bot.feed(update)
    assert "what_happened" not in await answers_now(bot)
    new = bot.texts()[said:]
    assert "limit here is 4000" in new[0]
    assert "rest of a long message" in new[-2]
    assert "What have you seen, heard or been told" in new[-1]
    await bot.say("Seen a bruise on her arm on Monday")  # a message of its own is the answer
    assert (await answers_now(bot))["what_happened"] == "Seen a bruise on her arm on Monday"
    no_errors(caplog)


async def test_a_long_answer_and_a_later_message_are_each_taken(bot: Bot) -> None:
    """A long answer that fits is saved, and a message sent a while after it (or after the
    bot's reply) answers the next question as usual."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say(PASTED[:3900])
    later = bot.updates.text(USER, "Yes, as far as I know")
    later["message"]["date"] += 30
    await bot.feed(later)
    answers = await answers_now(bot)
    assert answers["what_happened"] == PASTED[:3900].strip()
    assert answers["safe_today"] == "yes"


def test_a_line_longer_than_the_terminal_takes_is_not_saved_cut_short(tmp_path: Path) -> None:
    """A terminal hands a program at most 4,095 bytes of one line and drops the rest: a
    paragraph pasted from a Word document into `sosbot chat` was saved cut off mid-word
    ("...Seen a br"), 3,641 of its 4,500 characters, and the chat moved on as if nothing
    had happened. Such a line is now refused, saying why, and the question stays."""
    db = tmp_path / "t.db"
    paragraph = ("Seen a bruise on her arm \u2019 " * 200)[:4500]
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"KB-1", (b"2\n", b"Question 2"))
        data = paragraph.encode() + b"\n"
        mark = len(terminal.seen)
        for start in range(0, len(data), 1024):  # as a paste arrives
            terminal.write(data[start:start + 1024])
        terminal.wait_for(b"cut off", mark)
        assert b"Question 3" not in terminal.seen
        terminal.type(b"Seen a bruise on her arm on Monday\n", b"Question 3")
        seen = terminal.end()
    assert b"Traceback" not in seen
    summary = exported(db, "KB-1")
    assert "Seen a bruise on her arm on Monday" in summary
    assert "\u2019" not in summary


@pytest.mark.parametrize(("name", "value", "command"), [
    ("SOSBOT_DB", '"cases.db"', ("chat",)),
    ("SOSBOT_KEY_FILE", "'cases.key'", ("chat",)),
    ("TELEGRAM_BOT_TOKEN", '"123456789:' + "A" * 35 + '"', ("run",)),
    ("SOSBOT_ALLOWED_USERS", '"4242,4343"', ("run",)),
])
def test_a_setting_in_quotation_marks_is_refused_saying_so(
        tmp_path: Path, name: str, value: str, command: tuple[str, ...]) -> None:
    """Docker's --env-file (unlike .env or systemd) keeps quotation marks as part of a
    value: SOSBOT_DB="cases.db" made a new database in a file called "cases.db" with its
    quotes, beside the real one, and the answers went there; a quoted token was refused as
    not looking like a token, with nothing to say why."""
    result = sosbot_here(*command, input="", cwd=tmp_path, env={
        name: value, "SOSBOT_API_ROOT": "http://127.0.0.1:9"})
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        f"sosbot: {name}: is in quotation marks, which would be read as part of it; remove "
        "them (Docker's --env-file keeps them) (set in the environment)"]
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("label", ["Ｓｍｉｔｈ", "𝐒𝐦𝐢𝐭𝐡", "ｊ ｏ'ｂｒｉｅｎ",
                                   "３ Ｍａｒｃｈ ２０１５",
                                   # the sixteenth round: a Cyrillic S, a Greek omicron
                                   "\u0405mith", "J\u03bfhn Smith"])
async def test_a_name_in_look_alike_letters_is_refused_as_a_label(bot: Bot, label: str) -> None:
    """"smith" is refused as a case label; the same name in full-width letters (a Chinese or
    Japanese keyboard's) or in the bold letters "fancy text" sites give was started as
    "Ｓｍｉｔｈ", a surname stored as the label of a child's case."""
    await bot.say("/new reflection")
    await bot.say(label)
    assert (await counts(bot))["drafts"] == 0
    assert "short case label" in bot.texts()[-1]
    await bot.say("ＫＢ-12")  # look-alike letters that are no name are still a label
    assert (await counts(bot))["drafts"] == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_answers_piped_in_as_utf16_are_refused_before_anything_is_saved(
        tmp_path: Path, encoding: str) -> None:
    """A file of answers saved by Windows PowerShell (`>` writes UTF-16) and piped in made
    a draft labelled "��KB-1", its answers read a byte pair at a time, before it stopped at
    line 4. Now nothing is saved, and the one line says why."""
    db = tmp_path / "u.db"
    lines = "KB-1\nSchool or college\nSeen a bruise on her arm\n"
    data = ("\ufeff" + lines).encode(encoding) if encoding != "utf-16" else lines.encode(encoding)
    result = subprocess.run(
        sosbot_command("chat", "--flow", "reflection", "--db", str(db)), input=data,
        capture_output=True, env=sosbot_env(), timeout=120, check=False)
    assert result.returncode == 1
    assert result.stderr.decode().strip().splitlines()[-1] == (
        "sosbot: the answers piped in are UTF-16 text (as Windows PowerShell saves a file); "
        "save them as UTF-8 and try again. Nothing was saved.")
    assert b"Traceback" not in result.stderr
    listed = sosbot_here("export", "KB-1", "--db", str(db))
    assert "no terminal draft" in listed.stderr


async def test_a_member_removed_while_answering_a_partners_link_can_no_longer_use_the_bot(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Sam, a member, opened a colleague's partner link and was then removed by an admin
    ("Removed Sam: they can no longer use the bot"). Their drafts were erased, the
    contribution's with them, but its claim stayed: Sam was still let in as a partner, told
    "You have no draft open. /new starts one", then that /new was not for them."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    await bot.say("/new mapping")
    await bot.say("TB-7")
    await bot.say("/invite")
    await bot.tap("t:ip")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await answers_link(bot, link_code(bot.texts()[-1]), SAM)
    assert contributions_in(bot) == 1
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    await bot.tap(next(d for d in bot.buttons() if d.startswith(f"t:my:{SAM}")))
    assert "Removed Sam" in bot.texts()[-1]
    assert contributions_in(bot) == 0
    await bot.say("School", user=SAM)
    assert "no longer on this team" in texts_to(bot, SAM)[-1]
    await bot.say("/review")  # the lead's mapping: the link counts as not answered
    assert "Not answered yet: School" in bot.texts()[-1]
    no_errors(caplog)


async def test_a_member_who_discards_a_partners_part_can_open_another_link(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """A member who opened a colleague's partner link and discarded that part with /cancel
    was then told, at every later partner link, "You're already answering a contribution.
    Please send it, or withdraw it with /delete": a part with no draft left to send, and a
    /delete that would have erased their membership and every draft of theirs."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    await bot.say("/new mapping")
    await bot.say("TB-7")
    for _ in range(2):
        await bot.say("/invite")
        await bot.tap("t:ip")
        await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    first, second = [link_code(t) for t in bot.texts() if "start=" in t]
    await answers_link(bot, first, SAM)
    await bot.say("/cancel", user=SAM)
    await bot.tap(next(d for d in bot.buttons() if d.startswith("y:cancel")), user=SAM)
    assert "Discarded" in texts_to(bot, SAM)[-1]
    await answers_link(bot, second, SAM)
    said = texts_to(bot, SAM)
    assert not [t for t in said if "already answering" in t]
    assert "Question 1 of 8" in said[-1]
    assert contributions_in(bot) == 1  # the second link's, answering
    no_errors(caplog)


async def test_an_answer_edited_while_a_note_holds_it_is_not_said_to_stand(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Asked about jargon in an answer, the natural thing in Telegram is to edit the message:
    the bot said "your earlier answer stands. To change an answer, use /review", when
    nothing was saved yet (the note holds it back) and /review does not show it."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("Mum has poor engagement and DV concerns.")
    assert "what_happened" not in await answers_now(bot)  # held by the note
    await bot.feed(bot.updates.edited(USER, "Mum missed three visits in May."))
    said = bot.texts()[-1]
    assert said != EDITED
    assert "isn't saved yet" in said
    await bot.say("Mum missed three visits in May and hit him with a belt on Monday.")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":replace")))  # Use it instead
    assert (await answers_now(bot))["what_happened"] == (
        "Mum missed three visits in May and hit him with a belt on Monday.")
    no_errors(caplog)
