"""The thirty-first round of attacks, second part: the paths added in the thirty-first pass
(words after /delete, the "Discard X" choice, an old review's Edit button, the child's own
number said through someone, held notes lapsing) tried as a hurried, muddled or hostile
user would, through the real Application with the Bot API in memory. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows.flow import Flow
from flows.nudges import nudger
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, button, running, texts_to
from tests.test_walk_thirtyfirst import edit_button, sent_at, supervision_with_an_old_review
from tests.test_walk_thirtyfirst_b import a_draft_by_mistake
from tests.test_walk_twentyninth import labels_kept, open_label, shown, two_workers_cases

__all__ = ["bot"]  # the fixture


# --- 1. words after /delete that say what to keep ---------------------------------------------


@pytest.mark.parametrize("typed", ["/delete not this one", "/delete everything except Sup-KP",
                                   "/delete all but this one", "/delete the other one, not WB-KP",
                                   "/delete apart from Sup-KP"])
async def test_delete_saying_what_to_keep_offers_to_erase_nothing(bot: Bot, typed: str) -> None:
    """"/delete not this one" and "/delete everything except Sup-KP" were read as "/delete
    this one": the reply asked 'Discard the draft "WB-KP"?' (or the very draft to be kept),
    one tap from erasing what the practitioner said to keep. Words that say what to keep
    are not guessed at: nothing is offered for erasing, the reply says how to name the
    draft to discard, and the question is asked again."""
    await a_draft_by_mistake(bot)
    before = len(bot.request.sent())
    await bot.say(typed)
    said = shown(bot)[-2:]
    assert not any(t.startswith(("Discard the draft", "Erase everything")) for t in said)
    assert "I haven't erased anything" in said[0]
    assert "/cancel" in said[0]
    assert "Question" in said[1]  # the question again, WB-KP's
    assert not any(b.startswith("y:") for b in bot.buttons())
    assert len(bot.request.sent()) - before == 2
    assert await labels_kept(bot) == ["Sup-KP", "WB-KP"]


@pytest.mark.parametrize("typed", ["/cancel not this one", "/cancel everything except Sup-KP",
                                   "/cancel the other one, not WB-KP"])
async def test_cancel_saying_what_to_keep_offers_to_discard_nothing(bot: Bot, typed: str) -> None:
    """"/cancel not this one" asked 'Discard the draft "WB-KP" and all its answers?' about
    the open draft, the one it said to keep. As after /delete, nothing is offered."""
    await a_draft_by_mistake(bot)
    await bot.say(typed)
    assert "I haven't erased anything" in shown(bot)[-2]
    assert not any(b.startswith("y:") for b in bot.buttons())
    assert await labels_kept(bot) == ["Sup-KP", "WB-KP"]


async def test_cancel_naming_a_draft_still_asks_about_it(bot: Bot) -> None:
    await a_draft_by_mistake(bot)
    await bot.say("/cancel Sup-KP")
    assert 'Discard the draft "Sup-KP"' in shown(bot)[-1]


@pytest.mark.parametrize("typed", ["/delete Leave-3", "/cancel Leave-3", "/cancel leave 3"])
async def test_a_label_with_such_a_word_is_still_named(bot: Bot, typed: str) -> None:
    for said in ("/new supervision", "Leave-3", "Thu 10 Dec, 2pm", "/new wellbeing", "WB-KP"):
        await bot.say(said)
    await bot.say(typed)
    assert 'Discard the draft "Leave-3"' in shown(bot)[-1]


# --- 2. /delete this one while the new draft's label is asked --------------------------------


@pytest.mark.parametrize("typed", ["/delete this one", "/delete it", "/delete draft"])
async def test_delete_this_one_while_a_label_is_asked_does_not_start_the_new_draft(
        bot: Bot, typed: str) -> None:
    """Having typed /new wellbeing by mistake, asked for the new draft's label, the social
    worker typed "/delete this one" and was asked 'Discard the draft "Sup-KP" and all its
    answers?': the draft she had open before, with its answers, not the one she meant (not
    yet begun). As /cancel there, the new draft is not started and Sup-KP is untouched."""
    for said in ("/new supervision", "Sup-KP", "Thu 10 Dec, 2pm", "/new wellbeing"):
        await bot.say(said)
    await bot.say(typed)
    assert "Discard the draft" not in " ".join(shown(bot)[-2:])
    assert "the new draft wasn't started" in shown(bot)[-2]
    assert "[Sup-KP]" in shown(bot)[-1]
    assert await labels_kept(bot) == ["Sup-KP"]
    assert await open_label(bot) == "Sup-KP"


async def test_delete_this_one_still_asks_about_the_open_draft(bot: Bot) -> None:
    await a_draft_by_mistake(bot)
    await bot.say("/delete this one")
    assert 'Discard the draft "WB-KP"' in shown(bot)[-1]
    await bot.tap(button(bot, "y:"))
    assert await labels_kept(bot) == ["Sup-KP"]
    assert USER


# --- 3. a date sent alone that makes the answer too long ---------------------------------------


def test_a_date_put_in_that_makes_the_answer_too_long_is_not_saved_over_the_limit() -> None:
    """"thurs" at the end of the date question's 100 characters, held for naming a day only
    from today, then "Thursday 10 December 2026" sent alone: it was put in place of "thurs"
    and saved at 120 characters, past the question's limit (which every other answer keeps
    to, and the summary and Telegram's messages are laid out by). Nothing is saved: the
    practitioner is told how long it would be, and the question is asked again; the whole
    answer sent again, shorter, is saved."""
    chat = sent_at("supervision", "meeting_date", "thurs " + "x" * 94)
    chat.send("Thursday 10 December 2026")
    assert "meeting_date" not in chat.draft.answers
    (said,) = chat.notices("problem")
    assert "would be 120 characters; the limit here is 100" in said
    assert chat.asked == "meeting_date"
    chat.send("Thursday 10 December 2026, 2pm")
    assert chat.draft.answers["meeting_date"] == "Thursday 10 December 2026, 2pm"


def test_a_date_put_in_within_the_limit_is_still_saved() -> None:
    chat = sent_at("supervision", "meeting_date", "thurs 2pm")
    chat.send("Thursday 10 December")
    assert chat.draft.answers["meeting_date"] == "Thursday 10 December 2pm"


# --- 4. the child's own number said through someone written short ------------------------------


@pytest.mark.parametrize(("typed", "who"), [
    ("MGM said 5", "MGM"), ("BM gave it a 4", "BM"), ("CSW said 6", "CSW"),
    ("IRO reckons 7", "IRO"), ("PGF: 3", "PGF"), ("FSW thinks 2", "FSW")])
def test_a_number_from_someone_written_as_practitioners_shorten_them_is_not_the_childs(
        typed: str, who: str) -> None:
    """Case notes shorten the family and the services around the child: "MGM" (maternal
    grandmother), "BM" (birth mother), "PGF", "CSW", "IRO", "FSW". "MGM said 5" at My Three
    Houses' "If the child gave a number ..., what was it?" was read as the child's initials,
    and 5 was saved and printed as the child's own number. It is not saved, and the reply
    names who it reads as from, as typed."""
    chat = sent_at("three_houses", "child_scale", typed)
    assert "child_scale" not in chat.draft.answers
    (said,) = chat.notices("problem")
    assert f"It reads as the number {who} gave" in said
    assert chat.asked == "child_scale"


@pytest.mark.parametrize("typed", ["KB said 5", "T said 5", "she said 5"])
def test_the_childs_number_by_their_initials_is_still_theirs(typed: str) -> None:
    chat = sent_at("three_houses", "child_scale", typed)
    assert chat.draft.answers["child_scale"] == 5


def test_what_the_child_would_say_is_theirs_and_mums_is_not() -> None:
    """"she'd say 4" at the child's own number was offered back ("Send 4 if that's right"),
    though "she said 4" was taken: the "'d" was read as part of who said it."""
    assert sent_at("three_houses", "child_scale", "she'd say 4").draft.answers[
        "child_scale"] == 4
    chat = sent_at("three_houses", "child_scale", "mum'd say 4")
    assert "child_scale" not in chat.draft.answers
    assert "It reads as the number mum gave" in chat.notices("problem")[0]


# --- 5. a discard choice or an Edit button pressed by another user -----------------------------

COLLEAGUE = 5151


async def test_another_users_discard_choice_and_edit_button_touch_nothing_of_hers(
        tmp_path: Path, flows: Mapping[str, Flow]) -> None:
    """A colleague on the same bot pressing (or a client forging) the social worker's
    "Discard Sup-KP" choice, or an Edit button of her review, with her draft's id: nothing
    of hers is offered, opened or discarded, and the colleague's own draft is left alone."""
    async with running(tmp_path, flows, allowed=(USER, COLLEAGUE)) as bot:
        await a_draft_by_mistake(bot)
        await bot.say("/resume Sup-KP")
        await bot.say("/review")
        edit = next(d for d in bot.buttons() if d.startswith("e:"))
        sup = next(d for d in await bot.conversation.drafts(USER) if d.label == "Sup-KP")
        await bot.say("/new reflection", user=COLLEAGUE)
        await bot.say("TB-7", user=COLLEAGUE)
        await bot.tap(f"k:#{sup.id}", user=COLLEAGUE)
        await bot.tap(edit, user=COLLEAGUE)
        await bot.tap(button(bot, "y:") if any(b.startswith("y:") for b in bot.buttons())
                      else "y:cancel:x:y", user=COLLEAGUE)
        to_colleague = " ".join(texts_to(bot, COLLEAGUE))
        assert "Sup-KP" not in to_colleague
        assert "WB-KP" not in to_colleague
        assert await labels_kept(bot) == ["Sup-KP", "WB-KP"]
        assert [d.label for d in await bot.conversation.drafts(COLLEAGUE)] == ["TB-7"]


# --- 6. a second Edit button tapped from the same old review ---------------------------------


async def test_a_second_edit_button_of_an_old_review_still_returns_to_where_she_was(
        bot: Bot) -> None:
    """The team manager scrolled up to her old review, tapped Edit 2, then (before sending
    anything) Edit 3 on the same review, the one she really meant. After her new answer to
    3 she was taken to 2, and after that on to 3, 4 and 5 again, each to Keep, to get back
    to the question she had been on. After the answers she changes she is back there."""
    old = await supervision_with_an_old_review(bot)
    await bot.tap(edit_button(old, 2))
    await bot.tap(edit_button(old, 3))
    await bot.say("How do we keep JB safe on Sundays?")
    assert "Question 6 of 21" in shown(bot)[-1]  # what the child shows: where she was
    answers = await answers_of(bot, "Sup-JB")
    assert answers["group_question"] == "How do we keep JB safe on Sundays?"
    assert answers["author"] == "AB, team manager"


async def test_an_edit_of_a_later_answer_from_an_edit_still_comes_back(bot: Bot) -> None:
    old = await supervision_with_an_old_review(bot)
    await bot.tap(edit_button(old, 3))
    await bot.tap(edit_button(old, 2))
    await bot.say("AB, team manager, south")
    assert "Question 6 of 21" in shown(bot)[-1]


# --- 7. a "Discard X" choice tapped while a new draft's label is asked -------------------------


async def test_a_discard_choice_tapped_while_a_label_is_asked_asks_about_that_draft(
        bot: Bot) -> None:
    """"/cancel sup" offered "Discard Sup-KT"; before tapping it the social worker typed
    /new reflection, then tapped it while the new draft's label was asked. She was told
    "Alright, the new draft wasn't started" and nothing was asked about Sup-KT: the tap was
    taken for a /cancel of the label. It asks about Sup-KT, and a yes discards it alone."""
    await two_workers_cases(bot)
    await bot.say("/cancel sup")
    discard_kt = next(b["callback_data"] for b in bot.newest_buttons() if "Sup-KT" in b["text"])
    await bot.say("/new reflection")
    await bot.tap(discard_kt)
    assert 'Discard the draft "Sup-KT"' in shown(bot)[-1]
    await bot.tap(button(bot, "y:"))
    assert await labels_kept(bot) == ["Sup-JB"]


async def test_the_terminals_delete_saying_what_to_keep_erases_nothing(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """The same words in `sosbot chat`, answered "yes" straight after as a hurried reader
    would: nothing is erased (the "yes" is read as the answer it is, not a yes to erasing)."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(
        "Sup-KP", "Thu 10 Dec, 2pm", "/delete not this one", "yes")).run("supervision")
    assert "I haven't erased anything" in out.getvalue()
    assert [d.label for d in await talk.drafts(CONSOLE_USER)] == ["Sup-KP"]
