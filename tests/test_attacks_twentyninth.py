"""The twenty-ninth round of attacks: what earlier rounds missed, each pinned by a test that
failed on the code as it was. Each goes through the real Application with the Bot API in
memory (`tests.test_telegram_handlers`), or the terminal chat's own driver."""

from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest

from bot.views import menu
from bot.wording import Menu
from flows.checks.privacy import as_latin
from storage.contract import DraftInfo
from tests.terminal import exported
from tests.test_console_input import _answer_question_2_on_a_terminal
from tests.test_telegram_handlers import (
    USER,
    Bot,
    bot,
    button,
    colleague,
    counts,
    sharing_among,
)

__all__ = ["bot"]  # the fixture


async def two_drafts(bot: Bot) -> None:
    """KB-12, then KB-13, each a reflection; KB-13 is the one open."""
    for label in ("KB-12", "KB-13"):
        await bot.say("/new reflection")
        await bot.say(label)


def shown(bot: Bot) -> list[str]:
    """The messages sent, as the phone shows them (Telegram's HTML read)."""
    return [unescape(text) for text in bot.texts()]


async def labels(bot: Bot) -> list[str]:
    return sorted(d.label for d in await bot.conversation.drafts(USER, status=None))


# --- 1. a command naming a draft that is not the open one ---------------------------------

async def test_cancel_naming_another_draft_asks_about_that_draft_not_the_open_one(
        bot: Bot) -> None:
    """`/cancel KB-12` typed with KB-13 open asked "Discard the draft "KB-13" and all its
    answers?": the label typed was dropped, and a quick "yes" (or Yes tapped, as the
    practitioner meant) erased the case they were working on and kept the one they meant to
    throw away. It asks about KB-12, erases only that, and goes back to KB-13's question."""
    await two_drafts(bot)
    await bot.say("/cancel KB-12")
    assert shown(bot)[-1].startswith('Discard the draft "KB-12"')
    await bot.tap(button(bot, "y:cancel:"))
    assert await labels(bot) == ["KB-13"]
    said = shown(bot)
    assert said[-2].startswith("✓ Discarded.")
    assert "Question 1 of" in said[-1]
    active = await bot.conversation.active(USER)
    assert active is not None
    assert active.label == "KB-13"


async def test_cancel_naming_the_open_draft_or_nothing_asks_about_the_open_one(
        bot: Bot) -> None:
    await two_drafts(bot)
    for typed in ("/cancel KB-13", "/cancel this one"):
        await bot.say(typed)
        assert shown(bot)[-1].startswith('Discard the draft "KB-13"')


@pytest.mark.parametrize("command", ["/export", "/summary", "/review"])
async def test_a_look_at_another_draft_by_its_label_is_not_the_open_drafts_instead(
        bot: Bot, command: str) -> None:
    """`/export KB-12` with KB-13 open sent KB-13's documents (and `/summary KB-12` showed
    KB-13's summary) without a word about the label typed: documents sent on to KB-12's
    meeting would have been another family's. KB-12 is opened first, as `/resume KB-12`
    opens it, and what is shown or sent is KB-12's, never KB-13's."""
    await two_drafts(bot)
    before = len(bot.request.calls)
    await bot.say(f"{command} KB-12")
    said = [unescape(str(c.params.get("text", ""))) for c in bot.request.calls[before:]]
    assert said[0] == '✓ Back to "KB-12": Pre-referral reflection.'
    assert not any("KB-13" in text for text in said)
    # documents go only for /export, and are the open draft's, KB-12's now
    assert bool(bot.request.sent("sendDocument")) == (command == "/export")
    active = await bot.conversation.active(USER)
    assert active is not None
    assert active.label == "KB-12"
    before = len(bot.request.calls)
    await bot.say(f"{command} kb-12")  # the open one, in any casing: as without the label
    after = [unescape(str(c.params.get("text", ""))) for c in bot.request.calls[before:]]
    assert after
    assert not any("Back to" in text for text in after)


async def test_delete_naming_one_draft_asks_about_that_draft_alone(bot: Bot) -> None:
    """`/delete KB-12` asked "Erase everything stored about you: every draft, every
    answer...?": a "yes" meant for the one draft erased both cases. It asks about discarding
    KB-12 alone, as `/cancel KB-12` does; /delete on its own still asks to erase everything."""
    await two_drafts(bot)
    await bot.say("/delete KB-12")
    assert shown(bot)[-1].startswith('Discard the draft "KB-12"')
    assert not any(b.startswith("y:delete:") for b in bot.buttons())
    await bot.tap(button(bot, "y:cancel:"))
    assert await labels(bot) == ["KB-13"]
    await bot.say("/delete")
    assert bot.texts()[-1].startswith("Erase everything stored about you")


# --- 2. /new with the tool and the case label in one line -----------------------------------

@pytest.mark.parametrize(("typed", "title"), [
    ("/new mapping KB-12", "Safety mapping"),
    ("/new Three Houses KB-12", "My Three Houses"),
    ("/new safety mapping  KB-12", "Safety mapping"),
])
async def test_new_with_a_tool_and_a_label_starts_it(bot: Bot, typed: str, title: str) -> None:
    """`/new mapping KB-12` (the tool and the case label in one line, as a practitioner
    writes it) was told "I don't know that tool. /new shows the ones I have.", of a tool
    the bot has. It starts the tool with that label, checked as a label typed after it."""
    await bot.say(typed)
    assert shown(bot)[0] == f'✓ Started "KB-12": {title}.'
    assert await labels(bot) == ["KB-12"]


async def test_new_with_a_name_for_its_label_asks_for_another_and_stores_nothing(
        bot: Bot) -> None:
    await bot.say("/new mapping Jane Smith")
    assert "could identify someone" in bot.texts()[0]
    assert "Give this draft a short case label" in bot.texts()[-1]
    assert (await counts(bot))["drafts"] == 0
    await bot.say("JS-4")
    assert await labels(bot) == ["JS-4"]


# --- 3. a summary shared with a colleague who has since left -------------------------------

async def test_sharing_with_a_colleague_who_left_since_the_list_says_so(tmp_path: Path) -> None:
    """/share listed Ali and Bea; Ali left (/delete) before the tap on "Send to Ali", which
    answered "There is no other member to share with yet. An admin's /invite adds
    colleagues.", with Bea a member all along. It says Ali is no longer a member and to send
    /share again; nothing is sent to anyone."""
    ali, bea = 20_001, 20_002
    async with sharing_among(tmp_path, {ali: "Ali", bea: "Bea"}) as bot:
        await bot.say("/share")
        to_ali = next(b for b in bot.buttons() if colleague(b) == f"t:sh:{ali}")
        await bot.say("/delete", ali)
        await bot.tap(button(bot, "y:delete:"), ali)
        before = len(bot.request.calls)
        await bot.tap(to_ali)
        sent = [c.params for c in bot.request.calls[before:] if "chat_id" in c.params]
        assert [str(p["chat_id"]) for p in sent] == [str(USER)]
        assert sent[0]["text"].startswith("That colleague is no longer a member")
        await bot.say("/share")
        assert [colleague(b) for b in bot.buttons()] == [f"t:sh:{bea}"]


@pytest.mark.parametrize("command", ["/continue", "/show"])
async def test_continue_with_a_label_opens_that_draft(bot: Bot, command: str) -> None:
    """The menu's buttons read "Continue KB-12 (Pre-referral reflection)", and /continue is
    a command. `/continue KB-12` typed with KB-13 open showed KB-13's question, under a
    header few read, and the answer typed next was saved in the other family's draft. It
    opens KB-12, as /resume KB-12 does; on its own it still shows the open question."""
    await two_drafts(bot)
    await bot.say(f"{command} KB-12")
    assert shown(bot)[-2] == '✓ Back to "KB-12": Pre-referral reflection.'
    await bot.say("School or college")
    kb12 = next(d for d in await bot.conversation.drafts(USER) if d.label == "KB-12")
    assert kb12.answered == 1
    await bot.say(command)
    assert "Question 2 of" in bot.texts()[-1]


# --- 4. a terminal not set to UTF-8 -----------------------------------------------------------

def test_a_line_typed_at_a_terminal_not_set_to_utf8_keeps_its_accents(tmp_path: Path) -> None:
    """A terminal set to another encoding than UTF-8 (PuTTY's ISO-8859-1, a Windows console)
    sends "é" and "£" as one byte each. Typed there, "Seen a bruise at the café" was saved as
    "Seen a bruise at the caf\ufffd" without a word, and the summary read so. It is read as
    Windows text, as a line piped in is, and the chat says so, with how to correct it."""
    db = tmp_path / "l.db"
    seen = _answer_question_2_on_a_terminal(db, b"TB-9", b"Seen a bruise at the caf\xe9\n")
    assert "Seen a bruise at the café" in exported(db, "TB-9")
    assert b"so I read it as Windows text" in seen


# --- 5. names and labels drawn alike ------------------------------------------------------

CYRILLIC_A = "\u0430"  # "а", drawn as the Latin "a"


def as_read(text: str) -> str:
    """Text as a reader tells it from other text: letters drawn alike are alike."""
    return " ".join(as_latin(text).split()).casefold()


async def test_colleagues_whose_names_look_the_same_are_told_apart_when_sharing(
        tmp_path: Path) -> None:
    """Two colleagues called "Sarah Jones" are told apart in /share's buttons (a summary
    sent to the wrong one is a breach of the case's confidence). Names alike only when
    read, one typed with a Cyrillic "а" (a second keyboard, or on purpose), or one's "ë"
    made of an e and its dots, were not: two buttons both read "Send to Sarah Jones", and
    nothing said which was which. They now carry the day each joined, and their order."""
    alike = {20_001: "Sarah Jones", 20_002: f"S{CYRILLIC_A}rah Jones",
             20_003: "Zoë Hart", 20_004: "Zoe\u0308 Hart"}
    async with sharing_among(tmp_path, alike) as bot:
        await bot.say("/share")
        offered = [b["text"] for b in bot.newest_buttons()]
        assert len(offered) == 4
        assert len({as_read(text) for text in offered}) == 4, offered


def test_drafts_whose_labels_look_the_same_have_buttons_told_apart() -> None:
    drafts = (DraftInfo("a" * 12, "reflection", "KB-12", "in_progress", 2, 0.0, 0.0),
              DraftInfo("b" * 12, "reflection", "\u041a\u0412-12", "in_progress", 0, 0.0, 0.0))
    shown = menu(Menu(drafts, (), flow_titles={"reflection": "Pre-referral reflection"}))
    assert shown.keyboard is not None
    said = [b["text"] for row in shown.keyboard["inline_keyboard"] for b in row]
    assert len({as_read(text) for text in said}) == 2, said


async def test_a_label_typed_on_another_keyboard_opens_the_draft_it_reads_as(bot: Bot) -> None:
    """A practitioner who writes in two alphabets labelled a draft "КВ-12" with the
    Cyrillic keyboard still on. Back at the case, `/new reflection` and "KB-12" made a
    second draft of it (the answers split between two, each listed "Continue KB-12"), and
    `/resume KB-12` could not find it. The label opens the draft it reads as, as the same
    label in other capitals does."""
    await bot.say("/new reflection")
    await bot.say("\u041a\u0412-12")
    await bot.say("School or college")
    await bot.say("/new reflection")
    await bot.say("KB-12")
    assert shown(bot)[-2].startswith("✓ You already have an unfinished Pre-referral reflection")
    (kept,) = await bot.conversation.drafts(USER)
    assert kept.answered == 1
    await bot.say("/resume kb-12")
    assert shown(bot)[-2] == '✓ Back to "\u041a\u0412-12": Pre-referral reflection.'
