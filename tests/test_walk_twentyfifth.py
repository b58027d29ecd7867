"""The twenty-fifth walk: a family support worker whose phone sends a message twice on a bus,
a police officer typing in capitals with no punctuation, an agency locum on her first day, a
school nurse joining through a partner link, a team manager using /review and /edit before a
conference, a worker who answers several questions in one message, a worker who sends a
photo of her notes, a worker switching between two families and back after three days, and a
worker who tries to undo /delete. Each test failed on the code as it was."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from builders import EngineChat

from flows.loader import load_flows
from flows.replies import Nudge
from tests.telegram_world import PRACTITIONER, World, bot_world
from tests.terminal import Terminal, exported
from tests.test_teams_partners_e2e import lead_with_a_mapping, partner_link
from tests.test_teams_partners_e2e import world as partners_world
from tests.test_walk_seventeenth import reach

__all__ = ["partners_world"]  # the fixture

FLOWS = load_flows()


def nudges(chat: EngineChat) -> list[Nudge]:
    return [r for r in chat.replies if isinstance(r, Nudge)]

VISIT = "Saw a bruise on her arm at drop off, she said mum's boyfriend grabbed her last night"
NAN = "Nan collects her from school every day and she is always clean and fed"


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    async with bot_world(tmp_path / "bot.db") as the_world:
        yield the_world


def test_a_written_answer_sent_twice_is_not_saved_again_as_the_next_answer() -> None:
    """A family support worker on a bus: her phone sent "Nan collects her from school every
    day..." twice. The second copy was saved without a word as what needs to happen next, and
    the summary printed it in both columns."""
    chat = reach(FLOWS["reflection"], "going_well")
    chat.send(NAN)
    assert chat.asked == "needs_to_happen"
    chat.send(NAN)
    assert chat.asked == "needs_to_happen"
    assert "needs_to_happen" not in chat.draft.answers
    (said,) = chat.notices("problem")
    assert "same as your answer" in said
    chat.send(NAN)  # sent again on purpose: it is this answer too
    assert chat.draft.answers["needs_to_happen"] == NAN


def test_a_written_answer_sent_twice_at_a_choice_is_not_pointed_back_to_replace_itself(
        ) -> None:
    """At a choice after a written answer the second copy was told that /back would go to the
    answer it copies, to send "all of it again with these words added"."""
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(VISIT)
    chat.send(VISIT)
    (said,) = chat.notices("problem")
    assert "/back" not in said
    assert "same as your answer" in said


def test_a_short_answer_given_to_two_questions_in_a_row_is_kept() -> None:
    chat = reach(FLOWS["reflection"], "going_well")
    chat.send("not sure at this stage")
    chat.send("not sure at this stage")
    assert chat.draft.answers["needs_to_happen"] == "not sure at this stage"


async def at_what_needs_to_happen(world: World) -> None:
    """A pre-referral reflection answered up to its question of what needs to happen."""
    await world.open_tool("Pre-referral", "KB-3")
    await world.tap("School or college")
    await world.say(VISIT)
    await world.tap("Yes, as far as I know")
    await world.tap("They know and agree")


async def test_on_the_phone_a_message_sent_again_after_the_next_question_is_saved_once(
        world: World) -> None:
    """No tick showed on her phone, so she sent it again, after the next question had come:
    it was saved as what needs to happen next."""
    await at_what_needs_to_happen(world)
    await world.say(NAN)
    await world.say(NAN)
    assert "same as your answer" in world.texts()[-2]
    await world.command("summary")
    assert world.texts()[-1].count("always clean and fed") == 1


async def test_on_the_phone_a_copy_sent_before_the_question_is_not_pointed_back_to_add(
        world: World) -> None:
    """Sent twice at once, the second copy was told to go /back and add "these words" to the
    answer they copy."""
    await world.open_tool("Pre-referral", "KB-3")
    await world.tap("School or college")
    mark = len(world.server.calls)
    world.server.send_text(PRACTITIONER, VISIT)
    world.server.send_text(PRACTITIONER, VISIT)
    await world.settle(mark)
    await world.server.wait_idle(quiet=0.3)
    said = next(t for t in reversed(world.texts()) if "haven't saved" in t)
    assert "same as your answer" in said
    assert "/back" not in said


async def test_on_the_phone_a_copy_sent_before_a_written_question_says_it_is_a_copy(
        world: World) -> None:
    await at_what_needs_to_happen(world)
    mark = len(world.server.calls)
    world.server.send_text(PRACTITIONER, NAN)
    world.server.send_text(PRACTITIONER, NAN)
    await world.settle(mark)
    await world.server.wait_idle(quiet=0.3)
    said = next(t for t in reversed(world.texts()) if "haven't saved" in t)
    assert "same as your answer" in said
    assert "/back" not in said


@pytest.mark.parametrize("agreeing", ["ok", "OK thanks", "yes", "that's right", "👍"])
def test_ok_at_a_written_answer_shown_again_keeps_it_rather_than_replacing_it(
        agreeing: str) -> None:
    """A team manager going through a mapping before conference with /edit read "Current
    answer: LM, social worker... Send a new answer to change it, or tap Keep" and typed "ok".
    The record at the top of the summary then read "Written by: ok"."""
    chat = reach(FLOWS["mapping"], "network")
    author = chat.draft.answers["author"]
    chat.command("edit", "3")
    assert chat.asked == "author"
    chat.send(agreeing)
    assert chat.draft.answers["author"] == author
    assert chat.asked == "network"


@pytest.mark.parametrize("agreeing", ["ok", "yes", "Yes that's right", "correct"])
def test_ok_at_a_choice_shown_again_keeps_it(agreeing: str) -> None:
    chat = reach(FLOWS["mapping"], "meeting_date")
    chat.command("back")
    chat.send(agreeing)
    assert not chat.notices("problem")
    assert chat.asked == "meeting_date"


def test_yes_at_a_yes_or_no_shown_again_is_still_that_answer() -> None:
    chat = reach(FLOWS["mapping"], "worst_harm")
    chat.command("back")
    chat.send("no")
    assert chat.draft.answers["harm_happened"] == "no"


def test_a_new_answer_at_a_written_answer_shown_again_still_replaces_it() -> None:
    chat = reach(FLOWS["mapping"], "network")
    chat.command("back")
    chat.send("SP, senior practitioner")
    assert chat.draft.answers["author"] == "SP, senior practitioner"


async def test_a_partner_new_to_bots_says_ok_to_the_service_already_set(
        partners_world: World) -> None:
    """A school nurse who had never used a bot opened the link, read "Current answer:
    Health", typed "ok", and was told "I couldn't match that to one of the options"; every
    answer she typed after it was refused the same way until she found the Keep button."""
    world = partners_world
    await lead_with_a_mapping(world)
    code = await partner_link(world, "Health")
    await world.open_link(6161, code)
    await world.say("ok", user=6161)
    assert "couldn't match" not in "\n".join(world.texts(6161))
    assert "Your role" in world.texts(6161)[-1] or "role" in world.texts(6161)[-1]


def test_ok_at_a_list_shown_again_ends_it_rather_than_listing_ok() -> None:
    """Back at the complicating factors, the manager typed "ok": "ok" was listed as a
    complicating factor in the summary."""
    chat = reach(FLOWS["mapping"], "strengths")
    chat.command("back")
    listed = list(chat.draft.answers["complicating"])
    chat.send("ok")
    assert chat.draft.answers["complicating"] == listed
    assert chat.asked == "strengths"


def test_ok_in_a_childs_own_words_is_still_listed() -> None:
    chat = reach(FLOWS["three_houses"], "house_worries")
    chat.send("I don't like the dark")
    chat.send("ok")
    assert chat.draft.answers["house_worries"] == ["I don't like the dark", "ok"]


@pytest.mark.parametrize("undo", ["undo", "/back", "where are my drafts?"])
async def test_after_delete_nothing_points_to_drafts_that_were_erased(
        world: World, undo: str) -> None:
    """A worker erased everything with /delete, then typed "undo" to get it back. She was
    told "You have no draft open. /new starts one, /resume picks up an earlier one", tried
    /resume and found nothing: every draft had gone, as /delete had said."""
    await world.open_tool("Pre-referral", "KB-3")
    await world.tap("School or college")
    await world.command("delete")
    await world.tap("Yes, erase everything")
    await world.say(undo)
    said = world.texts()[-1]
    assert "/resume" not in said
    assert "/new" in said


async def test_with_drafts_saved_and_none_open_resume_is_still_offered(world: World) -> None:
    await world.open_tool("Pre-referral", "KB-3")
    await world.open_tool("Pre-referral", "JR-14")
    await world.command("cancel")
    await world.tap("Yes, discard it")
    await world.say("hello")
    assert "/resume" in world.texts()[-1] or "/drafts" in world.texts()[-1]


@pytest.mark.parametrize(("typed", "name"), [
    ("ATTENDED 0200 HRS MOTHER JANE SMITH SAID PARTNER HIT HER", "JANE SMITH"),
    ("CHILD TYLER JONES AGE 6 FOUND IN HALLWAY CRYING", "TYLER JONES"),
    ("SPOKE TO NAN MARGARET WILSON WHO TOOK CHILD FOR THE NIGHT", "MARGARET WILSON")])
def test_a_full_name_typed_in_capitals_is_asked_to_be_initials(typed: str, name: str) -> None:
    """A police officer types as the custody record does, in capitals without punctuation.
    "Mother Jane Smith" was asked to be initials; "MOTHER JANE SMITH" went into the referral
    summary as typed."""
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(typed)
    assert any(name in nudge.text and "initials" in nudge.text for nudge in nudges(chat))


@pytest.mark.parametrize("typed", [
    "ATTENDED 0200 HRS MUM SAID PARTNER HIT HER WILL REFER TO THE HUB BY 0900",
    "NAN LIVES NEXT DOOR AND TOOK CHILD FOR NIGHT MARK ON LEFT CHEEK",
    "GRACE PERIOD GIVEN BY HOUSING UNTIL FRIDAY 4 DECEMBER"])
def test_capitals_with_no_name_in_them_are_not_asked_about_a_name(typed: str) -> None:
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(typed)
    assert not any("full name" in nudge.text for nudge in nudges(chat))


async def test_on_the_phone_a_name_in_capitals_is_asked_about(world: World) -> None:
    await world.open_tool("Pre-referral", "PC-4471")
    await world.tap("Police")
    await world.say("ATTENDED 0200 HRS MOTHER JANE SMITH HAD CUT LIP SAID PARTNER HIT HER")
    assert "JANE SMITH" in world.texts()[-1]


async def test_a_photo_sent_with_words_says_the_words_were_not_saved_either(
        world: World) -> None:
    """A nursery worker photographed her handwritten note and wrote her answer as the
    photo's caption. She was told photos aren't stored; her words, which she had typed, went
    with it without a word about them."""
    await world.open_tool("Pre-referral", "KB-3")
    await world.tap("Early help or family support")
    mark = len(world.server.calls)
    world.server.send_photo(PRACTITIONER, caption="bruise on her left arm, about 3cm, seen 9am")
    await world.settle(mark)
    said = "\n".join(world.texts()[-2:])
    assert "bruise on her left arm" in said
    assert "nor are the words sent with them" in said


@pytest.mark.parametrize("leaving", ["quit", "exit", "Exit."])
def test_quit_typed_without_its_slash_at_the_terminal_leaves_and_saves_nothing(
        tmp_path: Path, leaving: str) -> None:
    """An agency locum on her first day, in `sosbot chat`, typed "quit" to leave, as she
    would in any terminal program. It was saved as what worried her about the child, the
    next question came, and the summary read "What worries you: quit"."""
    db = tmp_path / "t.db"
    with Terminal("--flow", "reflection", "--db", str(db)) as terminal:
        terminal.start(b"KB-1", (b"1\n", b"Question 2"))
        terminal.write(leaving.encode() + b"\n")
        assert terminal.exited() == 0
    seen = terminal.seen
    assert b"Question 3" not in seen
    assert f"what worries you: {leaving.lower().rstrip('.')}" not in exported(db, "KB-1").lower()


@pytest.mark.parametrize("lost", ["?", "??", "what does this mean?", "help me",
                                  "I don't understand", "what do I put here?", "huh?"])
def test_a_question_mark_or_being_lost_at_a_written_question_shows_help(lost: str) -> None:
    """An agency locum on her first day did not follow "What have you seen, heard or been
    told that worries you?" and typed "?", then "what do I put here?". Each was saved as her
    answer ("What worries you: ?") and the next question came."""
    chat = reach(FLOWS["reflection"], "what_happened")
    chat.send(lost)
    assert "what_happened" not in chat.draft.answers
    assert chat.notices("help")


@pytest.mark.parametrize("answer", ["don't know", "not sure", "Why is mum so tired?"])
def test_not_knowing_or_a_real_question_is_still_an_answer(answer: str) -> None:
    chat = reach(FLOWS["mapping"], "grey_areas")
    chat.send(answer)
    assert not chat.notices("help")


async def test_on_the_phone_a_question_mark_shows_the_help_not_the_next_question(
        world: World) -> None:
    await world.open_tool("Pre-referral", "KB-3")
    await world.tap("School or college")
    await world.say("?")
    await world.command("review")
    assert "What worries you" not in world.texts()[-1]


@pytest.mark.parametrize("new", ["right", "good", "fine", "Correct"])
def test_a_one_word_new_answer_at_a_written_answer_shown_again_replaces_it(new: str) -> None:
    chat = reach(FLOWS["mapping"], "network")
    chat.command("back")
    chat.send(new)
    assert chat.draft.answers["author"] == new
