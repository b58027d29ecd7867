"""The fourteenth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Telegram updates go through the real Application (the Bot API
answered in memory, `tests.test_telegram_handlers`); the rest through the real command."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import sosbot_command, sosbot_env
from in_process import sosbot_here

from bot.handlers import EDITED_UNANSWERED, TEXT_ONLY
from bot.teams.invites import invite_colleague
from storage.teams import TeamStore
from tests.memory_botapi import BOT_USER, Sent
from tests.telegram_world import PRACTITIONER, TEST_KEY, World, bot_world
from tests.test_telegram_handlers import (
    PARTNER,
    USER,
    Bot,
    a_partner_on_a_mapping,
    bot,
    counts,
    no_errors,
    start_reflection,
    texts_to,
)

__all__ = ["bot"]  # the fixture

# What Telegram sends into a private chat when the person does something to the chat rather
# than write in it: pin one of the bot's messages, set the chat's auto-delete timer, change its
# wallpaper, or let the bot write to them from a website.
SERVICE: dict[str, dict[str, Any]] = {
    "a message pinned": {"pinned_message": {
        "message_id": 1, "date": int(time.time()), "chat": {"id": USER, "type": "private"},
        "from": BOT_USER, "text": "Question 1 of 8"}},
    "an auto-delete timer set": {"message_auto_delete_timer_changed": {
        "message_auto_delete_time": 86400}},
    "a wallpaper set": {"chat_background_set": {"type": {
        "type": "fill", "fill": {"type": "solid", "color": 1}, "dark_theme_dimming": 0}}},
    "writing allowed from a website": {"write_access_allowed": {}},
}


@pytest.mark.parametrize("what", SERVICE)
async def test_a_change_to_the_chat_is_not_answered_as_a_photo_would_be(
        bot: Bot, what: str, caplog: pytest.LogCaptureFixture) -> None:
    """Pinning the question (to keep it at hand) used to be answered "I can only read text,
    please: photos, voice notes, stickers and files aren't stored. Type your answer
    instead.", and the question asked again below: nobody had sent a photo."""
    await start_reflection(bot)
    before, said = await counts(bot), len(bot.texts())
    await bot.feed(bot.updates.message(USER, **SERVICE[what]))
    assert bot.texts()[said:] == []
    assert await counts(bot) == before
    await bot.feed(bot.updates.message(USER, sticker={  # a sticker is still answered
        "file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1, "height": 1,
        "is_animated": False, "is_video": False}))
    assert bot.texts()[said] == TEXT_ONLY
    no_errors(caplog)


async def at_what_needs_to_happen(bot: Bot) -> list[Sent]:
    """A reflection answered up to "What needs to happen?"; every message the chat got."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("Seen a bruise on her arm on Monday")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":yes")))
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":agreed")))
    await bot.say("Nan collects her every day after school")
    return bot.request.outbox(USER)


def reply(bot: Bot, text: str, to: Sent) -> dict[str, Any]:
    """`text` sent as a reply (Telegram's Reply) to the bot's message `to`, as it is now."""
    update = bot.updates.text(USER, text)
    earlier: dict[str, Any] = {"message_id": to.message_id, "date": int(time.time()),
                               "from": BOT_USER, "chat": {"id": USER, "type": "private"},
                               "text": to.text}
    if to.buttons:
        earlier["reply_markup"] = {"inline_keyboard": [[{"text": label, "callback_data": d}]
                                                       for label, d in to.buttons]}
    update["message"]["reply_to_message"] = earlier
    return update


def forwarded(bot: Bot, text: str, sender: dict[str, Any]) -> dict[str, Any]:
    """`text` as a message forwarded from `sender` (Telegram's forward_origin)."""
    update = bot.updates.text(USER, text)
    update["message"]["forward_origin"] = {"type": "user", "date": int(time.time()),
                                           "sender_user": sender}
    return update


async def answers_now(bot: Bot) -> dict[str, Any]:
    """The answers of the practitioner's open draft."""
    draft = await bot.conversation.active(USER)
    assert draft is not None
    return dict(draft.answers)


async def test_a_reply_to_an_earlier_question_is_not_saved_as_the_answer_to_this_one(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Telegram lets a practitioner reply to a particular message. Replying to question 5
    ("What is going well?") to add to it, while question 6 ("What needs to happen?") was the
    one asked, used to save the words as the answer to question 6, and move on to 7."""
    sent = await at_what_needs_to_happen(bot)
    going_well = next(s for s in sent if "What is going well for" in s.text)
    said = len(bot.texts())
    await bot.feed(reply(bot, "Her teacher checks in with her each morning", going_well))
    answers = await answers_now(bot)
    assert "needs_to_happen" not in answers
    assert answers["going_well"] == "Nan collects her every day after school"
    notice, asked = bot.texts()[said:]
    assert "reply to an earlier message" in notice
    assert "/review" in notice
    assert "What do you think needs to happen next" in asked
    # A reply to the question asked now is its answer, as is a plain message.
    newest = bot.request.outbox(USER)[-1]
    await bot.feed(reply(bot, "I will call the hub today", newest))
    answers = await answers_now(bot)
    assert answers["needs_to_happen"] == "I will call the hub today"
    no_errors(caplog)


async def test_a_reply_to_what_came_after_the_question_is_still_its_answer(
        bot: Bot) -> None:
    """The help, a reminder about wording, an older copy of the same question: each came
    with (or after) the question asked now, and a reply to it answers that question."""
    await at_what_needs_to_happen(bot)
    await bot.say("/help")
    help_message = bot.request.outbox(USER)[-1]
    await bot.feed(reply(bot, "School will check in with K each morning", help_message))
    answers = await answers_now(bot)
    assert answers["needs_to_happen"] == "School will check in with K each morning"


async def test_a_reply_to_a_message_of_another_shape_is_read_as_a_plain_message(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """A hand-made reply whose message id is not a number, or whose buttons are not ours,
    neither fails nor is taken for a reply to an earlier question."""
    sent = await at_what_needs_to_happen(bot)
    going_well = next(s for s in sent if "What is going well for" in s.text)
    update = reply(bot, "I will call the hub today", going_well)
    update["message"]["reply_to_message"]["reply_markup"] = {"inline_keyboard": [[
        {"text": "x", "callback_data": "a:zz:notanumber:1"}, {"text": "y", "url": "https://e.x"}]]}
    update["message"]["reply_to_message"]["message_id"] = "one"
    await bot.feed(update)
    answers = await answers_now(bot)
    assert answers["needs_to_happen"] == "I will call the hub today"
    no_errors(caplog)


SAM = 4343


async def asked_to_remove_sam(bot: Bot) -> str:
    """Sam joined and has a draft; the admin asked to remove them and said No. The Yes."""
    teams = TeamStore(bot.conversation.store)
    made = await invite_colleague(teams, USER)
    await teams.join(made.invite.code_hash, SAM, "Sam", time.time())
    await bot.say("/new reflection", user=SAM)
    await bot.say("QR-1", user=SAM)
    await bot.say("/members")
    await bot.tap(f"t:mr:{SAM}")
    yes = next(d for d in bot.buttons() if d.startswith(f"t:my:{SAM}"))
    await bot.tap("t:mn:0")
    assert "nothing has been changed" in bot.texts()[-1]
    return yes


@pytest.mark.parametrize("later", ["eleven minutes later", "after Sam left and came back",
                                   "a Yes of the old shape"])
async def test_an_old_yes_to_removing_a_member_erases_nothing(
        bot: Bot, later: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """"Remove Sam?" answered No left its "Yes, remove" live for ever: tapped by mistake
    days later, or after Sam had left and joined again, it removed them and erased every
    draft of theirs, with no question asked. The conversation's own "are you sure?" lapses
    after ten minutes; this one now does too, and is for the one membership."""
    yes = await asked_to_remove_sam(bot)
    teams = TeamStore(bot.conversation.store)
    if later == "eleven minutes later":
        now = time.time() + 11 * 60
        monkeypatch.setattr("bot.teams.handlers.time", SimpleNamespace(time=lambda: now))
    elif later == "after Sam left and came back":
        await bot.say("/delete", user=SAM)
        await bot.tap(next(d for d in bot.buttons() if d.startswith("y:delete:")), user=SAM)
        made = await invite_colleague(teams, USER)
        await teams.join(made.invite.code_hash, SAM, "Sam", time.time() + 5)
        await bot.say("/new reflection", user=SAM)
        await bot.say("QR-2", user=SAM)
    else:
        yes = f"t:my:{SAM}"
    await bot.tap(yes)
    assert "asked a while ago" in bot.texts()[-1]
    assert [m.user_id for m in await teams.members()] == [SAM]
    assert await bot.conversation.drafts(SAM) != []


async def test_a_yes_to_removing_a_member_tapped_at_once_still_removes_them(bot: Bot) -> None:
    teams = TeamStore(bot.conversation.store)
    yes = await asked_to_remove_sam(bot)
    await bot.tap(yes)
    assert "Removed Sam" in bot.texts()[-1]
    assert await teams.members() == []
    assert await bot.conversation.drafts(SAM) == []


def contributions_in(bot: Bot) -> int:
    with closing(sqlite3.connect(bot.db)) as db:
        return int(db.execute("SELECT count(*) FROM contributions").fetchone()[0])


@pytest.mark.parametrize("later", ["eleven minutes later", "a Yes of the old shape"])
async def test_an_old_yes_to_withdrawing_a_contribution_withdraws_nothing(
        bot: Bot, later: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A partner's "Withdraw your contribution and erase everything?" answered No left its
    "Yes, withdraw it" live for ever; tapped later (after they had sent this mapping's part,
    or started another's) it erased everything they had given, and told the lead."""
    await a_partner_on_a_mapping(bot)
    assert contributions_in(bot) == 1
    await bot.say("/delete", user=PARTNER)
    yes = next(d for d in bot.buttons() if d.startswith("t:pw"))
    await bot.tap("t:pk", user=PARTNER)
    if later == "eleven minutes later":
        now = time.time() + 11 * 60
        monkeypatch.setattr("bot.teams.partners.time", SimpleNamespace(time=lambda: now))
    else:
        yes = "t:pw"
    await bot.tap(yes, user=PARTNER)
    assert "asked a while ago" in texts_to(bot, PARTNER)[-1]
    assert contributions_in(bot) == 1
    assert not [t for t in texts_to(bot, USER) if "has been withdrawn" in t]


async def test_a_yes_to_withdrawing_tapped_at_once_still_withdraws(bot: Bot) -> None:
    await a_partner_on_a_mapping(bot)
    await bot.say("/delete", user=PARTNER)
    await bot.tap(next(d for d in bot.buttons() if d.startswith("t:pw")), user=PARTNER)
    assert "Withdrawn" in texts_to(bot, PARTNER)[-1]
    assert contributions_in(bot) == 0


def test_a_piped_answer_not_taken_stops_the_chat_before_later_lines_answer_the_wrong_questions(
        tmp_path: Path) -> None:
    """Answers piped in, one a line: a line the chat cannot take (too long here, or a choice
    it cannot match, or an empty line at a question that needs an answer) was said to be
    refused, and then the next line, written for question 3, was saved as the answer to
    question 2, and every line after it to the question before its own, exit status 0.
    Now the chat stops at that line, names it, keeps what came before, and carries on from
    that question next time."""
    db = tmp_path / "piped.db"
    lines = ["KB-1", "School or college", "z" * 5000, "Yes, as far as I know",
             "They know and agree"]
    result = sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                         input="".join(f"{line}\n" for line in lines))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == (
        "sosbot: line 3 of the answers piped in was not taken; stopped there.")
    assert "Traceback" not in result.stderr
    out = tmp_path / "kb-1.txt"
    sosbot_here("export", "KB-1", "--format", "txt", "--db", str(db), "-o", str(out))
    summary = out.read_text()
    assert "School or college" in summary
    assert "Yes, as far as I know" not in summary  # not made the worry
    again = sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                        input="KB-1\nSeen a bruise on her arm\n")
    assert "You already have an unfinished" in again.stdout
    assert again.stdout.count("What have you seen, heard or been told") == 1
    assert "As far as you know, is the child safe" in again.stdout  # question 3 next


@pytest.mark.parametrize("typed", ["/edit", "/edit   ", "/edit \u200b"])
async def test_edit_with_no_number_asks_which_answer(bot: Bot, typed: str) -> None:
    """`/edit` on its own was answered "There's no answer number ?.", a question mark the
    practitioner never typed."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say(typed)
    said = bot.texts()[-1]
    assert "?." not in said
    assert "Which answer would you like to change? Send /edit with its number" in said


@pytest.mark.parametrize("command", [("chat",), ("export", "KB-1"), ("purge",),
                                     ("keys", "list"), ("invite", "--list")])
def test_an_empty_db_option_is_refused_not_taken_for_the_default_file(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`--db "$DB"` in a script whose DB was never set used to open (or make) sosbot.db in
    the current folder, so the answers went to a database nobody meant, while an empty
    SOSBOT_DB was refused. Now `--db ''` is refused the same way, in one line."""
    result = sosbot_here(*command, "--db", "", input="KB-1\n", cwd=tmp_path)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "sosbot: --db: is empty; give the database file's path, or leave --db out to use "
        "SOSBOT_DATABASE_URL, SOSBOT_DB or sosbot.db."]
    assert not (tmp_path / "sosbot.db").exists()
    assert not (tmp_path / "sosbot.key").exists()


@pytest.mark.parametrize("fmt", ["txt", "html", "docx"])
def test_an_export_written_to_a_file_is_readable_by_its_owner_only(
        tmp_path: Path, fmt: str) -> None:
    """`sosbot export -o FILE` wrote the case's summary, in the clear, readable by everyone
    on the machine (mode 644 under the usual umask), beside a database and key file kept at
    mode 600. A file that was already there keeps its own mode."""
    db = tmp_path / "e.db"
    sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                input="KB-1\nSchool or college\nSeen a bruise on her arm\n")
    written = tmp_path / f"kb-1.{fmt}"
    result = sosbot_here("export", "KB-1", "--format", fmt, "--db", str(db), "-o", str(written))
    assert result.returncode == 0, result.stderr
    assert written.stat().st_mode & 0o777 == 0o600
    folder = tmp_path / "out"
    folder.mkdir()
    sosbot_here("export", "KB-1", "--format", fmt, "--db", str(db), "-o", str(folder))
    [named] = folder.iterdir()
    assert named.stat().st_mode & 0o777 == 0o600
    written.chmod(0o640)
    sosbot_here("export", "KB-1", "--format", fmt, "--db", str(db), "-o", str(written))
    assert written.stat().st_mode & 0o777 == 0o640


@pytest.mark.parametrize("encoding", ["ascii", "cp1252"])
def test_a_terminal_that_cannot_show_every_character_still_gets_the_whole_chat(
        tmp_path: Path, encoding: str) -> None:
    """On a terminal (or a redirected Windows console) whose encoding has no "·", no "─" for
    the scale line or no emoji, `sosbot chat` ended in a UnicodeEncodeError traceback: at
    the first question in ASCII, at the summary in cp1252 (every answer was saved, but the
    summary never came). Such a character is now shown as "?"."""
    lines = ["KB-1", "School or college", "Seen a bruise on her arm \U0001f614",
             "Yes, as far as I know", "They know and agree", "Nan collects her",
             "I will call the hub today", "6", ""]
    result = subprocess.run(
        sosbot_command("chat", "--flow", "reflection", "--db", str(tmp_path / "t.db")),
        input="".join(f"{line}\n" for line in lines).encode(), capture_output=True,
        env=sosbot_env(PYTHONIOENCODING=encoding), timeout=120, check=False)
    assert b"Traceback" not in result.stderr, result.stderr[-800:]
    assert result.returncode == 0
    out = result.stdout.decode(encoding)
    assert "That's the end of this tool" in out
    assert "0 ??????????? 10" in out  # the scale line, its characters replaced


async def test_the_bots_own_question_forwarded_back_is_not_saved_as_an_answer(
        bot: Bot, caplog: pytest.LogCaptureFixture) -> None:
    """Forwarding a summary or a question to a colleague, the practitioner picks the bot's
    own chat (Telegram lists it first, as the newest): the question's text was saved as
    the answer to the question asked now, "Question 2 of 8 · What has happened..." as what
    worries them."""
    await start_reflection(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    said = len(bot.texts())
    await bot.feed(forwarded(bot, "Question 1 of 8 · About you\n\nWhere do you work with "
                                  "this child?\n\n✓ School or college", BOT_USER))
    answers = await answers_now(bot)
    assert "what_happened" not in answers
    notice, asked = bot.texts()[said:]
    assert "one of my own messages" in notice
    assert "What have you seen, heard or been told" in asked
    # A colleague's message forwarded is the practitioner's to give as an answer.
    await bot.feed(forwarded(bot, "Teacher saw a bruise on her arm on Monday",
                             {"id": 4343, "is_bot": False, "first_name": "Jo"}))
    answers = await answers_now(bot)
    assert answers["what_happened"] == "Teacher saw a bruise on her arm on Monday"
    no_errors(caplog)


async def test_a_message_forwarded_back_with_no_draft_open_points_to_nothing_below(
        bot: Bot) -> None:
    await bot.feed(forwarded(bot, "Your unfinished drafts:", BOT_USER))
    assert bot.texts() == ["That is one of my own messages sent back to me, so I haven't "
                           "saved it as an answer."]
    # Nothing of it is kept: only its update's number, so that Telegram sending it again is
    # not answered twice.
    assert await counts(bot) == {"drafts": 0, "answers": 0, "sessions": 0,
                                 "handled_updates": 1}


@pytest.mark.parametrize("command", ["/members", "/invite", "/share", "/share Sam"])
async def test_a_message_edited_into_a_team_command_is_told_edits_are_not_read(
        bot: Bot, command: str) -> None:
    """Every other edited message is told "I don't read edited messages"; one edited into
    /members, /invite or /share was taken by those commands, which read only new messages,
    and got no answer at all."""
    await start_reflection(bot)
    said = len(bot.texts())
    await bot.feed(bot.updates.edited(USER, command))  # sent after question 1 was asked
    assert bot.texts()[said:] == [EDITED_UNANSWERED]


async def at_going_well(world: World) -> None:
    """A reflection through the running bot, at "What is going well for this child?"."""
    await world.open_tool("Pre-referral", "KB-12", command="start")
    await world.tap("School or college")
    await world.answer("Seen a bruise on her arm on Monday")
    await world.tap("Yes, as far as I know")
    await world.tap("They know and agree")


async def test_a_reply_to_an_earlier_question_through_the_running_bot(tmp_path: Path) -> None:
    """The same, end to end: the bot polling the local Bot API server as `sosbot run` does,
    the reply carrying the earlier question's message as Telegram does (shown answered, its
    buttons gone)."""
    async with bot_world(tmp_path / "bot.db") as world:
        await at_going_well(world)
        going_well = next(m for m in world.messages()
                          if "What is going well for" in (m.text or ""))
        await world.answer("Nan collects her every day after school")
        mark = len(world.server.calls)
        world.server.send_text(PRACTITIONER, "Her teacher checks in each morning",
                               reply_to=going_well.message_id)
        await world.settle(mark)
        notice, asked = world.texts()[-2:]
        assert "reply to an earlier message" in notice
        assert "What do you think needs to happen next" in asked
        mark = len(world.server.calls)
        world.server.send_text(PRACTITIONER, "I will call the hub today",
                               reply_to=world.last().message_id)  # the question asked now
        await world.settle(mark)
        assert "How safe is this child right now" in world.texts()[-1]
    with closing(sqlite3.connect(tmp_path / "bot.db")) as db:
        (answers,) = db.execute("SELECT count(*) FROM answers").fetchone()
    assert answers == 6  # role, worry, safe, family, going well, needs: none twice


@pytest.mark.parametrize("command", [("invite", "--list"), ("invite", "--withdraw", "ab12"),
                                     ("purge",), ("keys", "list"), ("keys", "rotate")])
def test_a_mistyped_database_path_is_named_not_made_anew(
        tmp_path: Path, command: tuple[str, ...]) -> None:
    """`sosbot purge --db /srv/sosbot/sosbot.bd` made a new, empty database there and
    reported "Erased 0 draft(s)" from it while the bot's own database went unpurged;
    `invite --list` said "No open invites", `keys list` counted 0 values, and `keys rotate`
    added a key to the bot's key file for it."""
    (tmp_path / "sosbot.db").touch()  # the bot's, beside the typo
    typo = tmp_path / "sosbot.bd"
    result = sosbot_here(*command, "--db", str(typo), cwd=tmp_path,
                         env={"SOSBOT_DATA_KEY": TEST_KEY})
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"sosbot: there is no database at {typo}. Use --db or SOSBOT_DB to point at the "
        "bot's database (`sosbot run` or `sosbot chat` makes it when first started)."]
    assert result.stdout == ""
    assert not typo.exists()


def test_an_empty_withdraw_withdraws_nothing_and_makes_no_invite(tmp_path: Path) -> None:
    """`sosbot invite --withdraw "$ID"` with ID never set made a new invite link: the
    opposite of what was asked."""
    db = tmp_path / "i.db"
    sosbot_here("chat", "--db", str(db), input="")
    result = sosbot_here("invite", "--withdraw", "", "--db", str(db))
    assert result.returncode == 2
    assert "--withdraw: give the id of the invite to withdraw" in result.stderr
    assert "start" not in result.stdout
    listed = sosbot_here("invite", "--list", "--db", str(db))
    assert listed.stdout.strip() == "No open invites."


def test_an_invite_made_into_a_database_that_was_not_there_says_so(tmp_path: Path) -> None:
    """Making an invite before the bot first starts still works, but a mistyped path used
    to get a link the bot would never know, without a word ("that link can't be used")."""
    typo = tmp_path / "sosbot.bd"
    key = {"SOSBOT_DATA_KEY": TEST_KEY}  # a database is made with its key (else refused)
    result = sosbot_here("invite", "--db", str(typo), env=key)
    assert result.returncode == 0
    assert result.stdout.startswith("/start ")
    assert f"there was no database at {typo}, so a new one was made" in result.stderr
    again = sosbot_here("invite", "--db", str(typo), env=key)
    assert "there was no database" not in again.stderr


BLANK_LOOKING = {"a Hangul filler": "\u3164", "the blank Braille pattern": "\u2800\u2800",
                 "marks with nothing to mark": "\u0301\u0308", "a variation selector": "\ufe0f"}


@pytest.mark.parametrize("what", BLANK_LOOKING)
async def test_a_label_or_answer_that_draws_nothing_is_taken_as_empty(
        bot: Bot, what: str) -> None:
    """Zero-width spaces alone were refused, but the characters Telegram users type for an
    "invisible" name (a Hangul filler, the blank Braille pattern) or a lone accent were
    saved: a draft listed as "Continue  (Pre-referral reflection)", a required answer that
    shows as nothing in the summary."""
    blank = BLANK_LOOKING[what]
    await bot.say("/new reflection")
    await bot.say(blank)
    assert (await counts(bot))["drafts"] == 0
    assert "short case label" in bot.texts()[-1]
    await bot.say("KB-12")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say(blank)
    answers = await answers_now(bot)
    assert "what_happened" not in answers
    assert "needs an answer" in bot.texts()[-2]


def test_export_to_dash_writes_to_standard_output_not_a_file_named_dash(tmp_path: Path) -> None:
    """`sosbot export KB-1 -o -` wrote the case into a file called "-" in the current
    folder (mode 644, before the fix above), where the usual meaning is standard output."""
    db = tmp_path / "d.db"
    sosbot_here("chat", "--flow", "reflection", "--db", str(db),
                input="KB-1\nSchool or college\nSeen a bruise on her arm\n")
    result = sosbot_here("export", "KB-1", "--db", str(db), "-o", "-", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Seen a bruise on her arm" in result.stdout
    assert not (tmp_path / "-").exists()
