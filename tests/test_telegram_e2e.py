"""End to end: the bot polls a local Bot API server over HTTP, played as a practitioner would."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.logs import use_ref_key, user_ref
from storage.crypto import parse_keys
from tests.botapi_server import BotApiServer
from tests.telegram_world import (
    COLLEAGUE,
    NAV,
    PRACTITIONER,
    STRANGER,
    TEST_KEY,
    ErrorCollector,
    World,
    bot_settings,
    bot_world,
    running_bot,
)

pytestmark = pytest.mark.e2e


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db") as the_world:
        yield the_world


def rows(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


async def start(world: World, tool: str, label: str = "TB-7") -> None:
    await world.open_tool(tool, label, command="start")


async def answer_current(world: World, text: str = "Seen by the school on Monday") -> None:
    """Answer whatever the newest question asks, the way a practitioner would."""
    labels = world.question_buttons()
    options = [label for label in labels if label not in NAV]
    if "Keep it as it is" in labels:
        await world.tap("Keep it as it is")
    elif "Use this" in labels:
        await world.tap("Use this")
    elif "Done" in labels and not options:
        await world.say(text)
        if "Done" in [b["text"] for row in world.last().buttons for b in row]:
            await world.tap("Done")
    elif "No" in options:
        await world.tap("No")
    elif options and all(o.isdigit() for o in options):
        await world.tap("4")
    elif options:
        await world.tap(options[0])
    else:
        await world.say(text)


async def test_keeping_an_answer_a_note_asked_about_shows_it_once_under_its_question(
        world: World) -> None:
    await start(world, "Pre-referral")
    await world.tap("School or college")
    await world.say("Mum has poor engagement and DV concerns.")
    assert "Keep it as it is" in world.question_buttons()
    await world.tap("Keep it as it is")
    texts = world.texts()
    assert "✓ Kept as you wrote it." in texts
    holding = [t for t in texts if "poor engagement" in t]
    assert len(holding) == 1, holding  # the question's own message, with the answer ticked
    assert "✓ Mum has poor engagement" in holding[0]


async def test_a_choice_pressed_on_an_earlier_copy_of_the_question_is_not_called_kept(
        world: World) -> None:
    await start(world, "Pre-referral")
    first, data = world.with_button("School or college")
    await world.command("continue")  # the same question again, in a new message
    mark = len(world.server.calls)
    world.server.press_button(PRACTITIONER, first.message_id, data)
    await world.settle(mark)
    texts = world.texts()
    assert "✓ Kept as you wrote it." not in texts
    assert any("✓ School or college" in t for t in texts)


async def finish(world: World, limit: int = 200) -> None:
    for _ in range(limit):
        if any("That's the end of this tool" in t for t in world.texts()):
            return
        await answer_current(world)
    raise AssertionError("the flow did not finish")


async def test_a_whole_mapping_with_buttons_and_text(world: World) -> None:
    await start(world, "Safety mapping")
    assert "Question 1 of" in world.last().text  # type: ignore[operator]
    await finish(world)
    summary = "\n".join(world.texts())
    for heading in ("What are we worried about?", "What's working well?",
                    "What needs to happen?"):
        assert heading in summary
    assert "4 of 10" in summary
    assert "0 = " in summary
    assert "10 = " in summary
    assert "Made with sosbot" in summary
    answered = [m for m in world.messages() if m.text and "✓" in m.text and not m.buttons]
    assert answered, "answered questions are edited to show the answer and lose their buttons"


async def test_the_phone_menu_lists_the_commands(world: World) -> None:
    commands = world.server.calls_to("setMyCommands")[-1]["commands"]
    names = {c["command"] for c in commands}
    assert {"start", "new", "resume", "back", "skip", "help", "review", "summary", "cancel",
            "delete", "privacy", "about"} <= names


async def test_restart_half_way_continues_where_they_were(tmp_path: Path) -> None:
    async with BotApiServer() as server:
        settings = bot_settings(server, tmp_path / "bot.db")
        world = World(server, settings, ErrorCollector())
        async with running_bot(server, settings):
            await start(world, "Pre-referral reflection")
            await world.tap("Health")
            assert "What have you seen, heard or been told" in world.last().text  # type: ignore[operator]
        async with running_bot(server, settings):
            await world.say("A bruise on her arm, seen at the clinic")
            assert "safe to go home today" in world.last().text  # type: ignore[operator]
            assert "Question 3 of" in world.last().text  # type: ignore[operator]
        assert server.errors == []


async def test_an_old_button_changes_nothing(world: World) -> None:
    await start(world, "Pre-referral reflection")
    question = world.last()
    data = next(d for d in question.callback_data if d.startswith("a:"))
    await world.tap("Health")
    update_id = world.server.press_button(PRACTITIONER, question.message_id, data,
                                          allow_missing=True)
    await world.server.wait_idle()
    toast = world.server.answer_for(update_id)
    assert toast is not None
    assert "earlier question" in toast.get("text", "")
    assert "What have you seen" in world.last().text  # type: ignore[operator]


async def test_an_update_delivered_twice_changes_nothing(world: World) -> None:
    await start(world, "Pre-referral reflection")
    await world.tap("Health")
    update_id = world.server.send_text(PRACTITIONER, "She said her dad hit her")
    await world.server.wait_idle()
    before = len(world.messages())
    original = world.server._user_messages[(PRACTITIONER, max(
        k[1] for k in world.server._user_messages if k[0] == PRACTITIONER))]
    world.server.inject_update({"update_id": update_id, "message": original})
    await world.server.wait_idle()
    assert len(world.messages()) == before
    await world.command("review")
    assert world.last().text.count("She said her dad hit her") == 1  # type: ignore[union-attr]


async def test_a_stranger_is_told_their_id_and_nothing_is_stored(world: World) -> None:
    world.server.send_text(STRANGER, "hello")
    world.server.send_command(STRANGER, "start")
    await world.server.wait_idle()
    texts = world.texts(STRANGER)
    assert len(texts) == 1  # told once; again in an hour at the earliest (issue 10, item 9)
    assert all(str(STRANGER) in t for t in texts)
    assert all("administrator" in t for t in texts)
    counts = rows(world.settings.db)
    assert counts["drafts"] == counts["sessions"] == counts["handled_updates"] == 0


async def test_a_stranger_is_logged_by_a_reference_keyed_with_the_data_key(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Anyone reading the logs cannot get the id back by hashing every possible id; the
    operator can follow one person through them, across restarts."""
    caplog.set_level(logging.INFO, logger="bot.handlers")
    use_ref_key(None)  # as a process starts
    try:
        async with bot_world(tmp_path / "bot.db") as world:
            world.server.send_text(STRANGER, "hello")
            await world.server.wait_idle()
        [line] = [r.getMessage() for r in caplog.records if "allow-list" in r.getMessage()]
        use_ref_key(parse_keys(TEST_KEY, "TEST_KEY")[0].secret)  # the bot, restarted
        assert user_ref(STRANGER) in line
        assert str(STRANGER) not in line
    finally:
        use_ref_key(None)


async def test_group_chats_are_refused(world: World) -> None:
    world.server.send_text(PRACTITIONER, "/start", chat_id=-100, chat_type="group")
    await world.server.wait_idle()
    assert "private chats" in world.server.texts(-100)[-1]
    assert rows(world.settings.db)["sessions"] == 0


async def test_markup_and_long_answers_are_escaped_and_split(world: World) -> None:
    await start(world, "Pre-referral reflection")
    await world.tap("Health")
    nasty = "<b>bold</b> & <script>alert(1)</script> "
    long_answer = (nasty + "x" * 4000)[:4000]
    await world.answer(long_answer)
    await world.tap("Yes, as far as I know")
    await world.tap("They know and agree")
    await world.answer(nasty)
    await world.answer("Nan will take her tonight")
    await world.tap("3")
    await world.answer("why " * 10)
    texts = world.texts()
    summary = "\n".join(texts[-6:])
    assert long_answer.strip() in summary.replace("\n", "")
    assert all(len(t) <= 4096 for t in texts)
    sent = [c["text"] for c in world.server.calls_to("sendMessage")]
    assert not any("<script>" in t for t in sent)


async def test_edits_photos_and_stickers_are_answered_politely(world: World) -> None:
    await start(world, "Pre-referral reflection")
    await world.tap("Health")
    world.server.send_photo(PRACTITIONER)
    world.server.send_sticker(PRACTITIONER)
    await world.server.wait_idle()
    # One note for the two: a run of what is not text is answered once.
    assert sum("text" in t and "only" in t for t in world.texts()) == 1
    message_id = world.server.send_text(PRACTITIONER, "first version")
    await world.server.wait_idle()
    user_message = max(k[1] for k in world.server._user_messages if k[0] == PRACTITIONER)
    world.server.edit_user_message(PRACTITIONER, user_message, "second version")
    await world.server.wait_idle()
    assert "edited messages" in world.last().text  # type: ignore[operator]
    await world.command("review")
    assert "first version" in world.last().text  # type: ignore[operator]
    assert "second version" not in world.last().text  # type: ignore[operator]
    assert message_id


async def test_delete_erases_everything_about_the_user(world: World) -> None:
    await start(world, "Pre-referral reflection", "CANARY-1")
    await world.tap("Health")
    await world.say("canary answer 8c1f")
    await start(world, "Pre-referral reflection", "ZZ")  # a colleague-free second draft
    await world.command("delete")
    await world.tap("Yes, erase everything")
    assert "erased" in world.last().text  # type: ignore[operator]
    counts = rows(world.settings.db)
    assert counts["drafts"] == counts["answers"] == counts["sessions"] == 0
    assert counts["handled_updates"] == 0
    raw = world.settings.db.read_bytes()
    assert b"canary answer 8c1f" not in raw
    assert b"CANARY-1" not in raw


async def test_each_practitioner_sees_only_their_own_drafts(world: World) -> None:
    await start(world, "Pre-referral reflection", "MINE-1")
    await world.command("resume", user=COLLEAGUE)
    assert "no unfinished drafts" in world.last(COLLEAGUE).text  # type: ignore[operator]


async def test_back_skip_help_and_review_work_from_buttons(world: World) -> None:
    await start(world, "Safety mapping")
    await world.tap("A core group meeting")
    await world.tap("Help")
    assert "💡" in world.last().text  # type: ignore[operator]
    await world.tap("Back")
    assert "What are you preparing" in world.last().text  # type: ignore[operator]
    await world.tap("Keep")
    await world.tap("Skip")
    await world.command("review")
    review = world.last()
    assert "A core group meeting" in review.text  # type: ignore[operator]
    await world.tap("Edit 1")
    assert "Current answer" in world.last().text  # type: ignore[operator]
    await world.tap("Supervision")
    await world.command("summary")
    assert "Supervision" in "\n".join(world.texts()[-3:])


async def test_export_sends_the_summary_as_three_documents(world: World) -> None:
    await start(world, "Pre-referral reflection", "EX-1")
    await finish(world)
    await world.tap("Export")
    await world.server.wait_for(lambda: len(world.server.documents(PRACTITIONER)) == 3)
    documents = world.server.documents(PRACTITIONER)
    names = sorted(d.filename.rsplit(".", 1)[-1] for d in documents)
    assert names == ["docx", "html", "txt"]
    text = next(d for d in documents if d.filename.endswith(".txt")).content.decode()
    assert "EX-1" in text
    assert "not an official" in text.lower()


async def test_a_flood_of_messages_is_slowed_down_politely(tmp_path: Path) -> None:
    async with BotApiServer() as server:
        settings = bot_settings(server, tmp_path / "bot.db", SOSBOT_RATE_BURST=3,
                                SOSBOT_RATE_PER_MINUTE=1)
        async with running_bot(server, settings):
            for _ in range(8):
                server.send_command(PRACTITIONER, "about")
            await server.wait_for(lambda: len(server.texts(PRACTITIONER)) >= 4)
            await server.wait_idle(quiet=0.3)
        texts = server.texts(PRACTITIONER)
        assert sum("wait a moment" in t for t in texts) == 1
        assert sum("not an official" in t for t in texts) == 3



async def test_a_summary_part_way_says_plainly_that_no_number_is_given_yet(
        world: World) -> None:
    await start(world, "Pre-referral")
    before = len(world.texts())
    await world.command("summary")
    summary = "\n".join(world.texts()[before:])
    assert "How safe the child is" in summary
    assert "not given of" not in summary
    assert "no number given" in summary


async def test_two_drafts_with_the_same_label_can_be_told_apart_in_the_menu(
        world: World) -> None:
    await start(world, "Pre-referral", "AB-1")
    await world.tap("School or college")
    await start(world, "Harm Matrix", "AB-1")
    # The same tool and label again is the unfinished draft, carried on: not a third.
    await start(world, "Pre-referral", "ab-1")
    assert any("already have an unfinished Pre-referral reflection" in t
               for t in world.texts())
    for command, args in (("start", ""), ("resume", "AB-1")):
        await world.command(command, args)
        drafts = [b for b in world.question_buttons() if b.startswith("Continue")]
        assert len(drafts) == 2
        assert len(set(drafts)) == 2, drafts
        assert all(d.startswith("Continue AB-1") for d in drafts)


BLOCKED = "Forbidden: bot was blocked by the user"


async def answered_while_telegram_refuses(
        world: World, caplog: pytest.LogCaptureFixture, *, code: int, description: str,
        logged: str) -> logging.LogRecord:
    """Answer question 2 of a Pre-referral while Telegram refuses every message to the chat
    with `code` and `description`: nothing is an error of the world's, the answer's text is
    never logged, one line naming `logged` is (returned), and once Telegram takes messages
    again the next question follows the saved answer."""
    await start(world, "Pre-referral")
    await world.tap("School or college")
    world.server.fail("sendMessage", code=code, description=description, times=None)
    world.server.fail("editMessageText", code=code, description=description, times=None)
    with caplog.at_level(logging.INFO):
        world.server.send_text(PRACTITIONER, "canary 5d1f: seen a bruise on her arm")
        await world.server.wait_for(lambda: logged in caplog.text)
        await world.server.wait_idle(quiet=0.15)
    assert [r.getMessage() for r in world.errors.records] == []
    told = [r for r in caplog.records if logged in r.getMessage()]
    assert len(told) == 1
    assert "canary" not in caplog.text
    world.server.clear_faults()  # the chat is reachable again
    await world.command("show")
    assert "Question 3" in world.texts()[-1]
    return told[0]


async def test_a_user_who_blocked_the_bot_keeps_their_answer_and_is_one_line_in_the_log(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    async with bot_world(tmp_path / "bot.db", no_errors=False) as world:
        told = await answered_while_telegram_refuses(world, caplog, code=403,
                                                     description=BLOCKED, logged="blocked")
    assert told.levelno in (logging.INFO, logging.WARNING)
    assert not told.exc_info
