"""Walks of the lines typed on while the bot asks "Is that your new answer to it, or is it for
the next question?", as interrupted practitioners on phones type them, through the real
Application (tests/memory_botapi.py) on real SQLite files and the real terminal chat. Each
test of a defect failed on the code as it was; the others (the terminal's, and what is still
held beside a word to the bot) guard what the fixes must leave alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from storage.store import Store
from tests.builders import build_flow, list_step, section, text
from tests.test_console import at_the_terminal
from tests.test_handover_thirtysixth import SAM, team
from tests.test_input_model import Bot, at_a_nudged_answer, running, said
from tests.test_leftovers_thirtyseventh import FOURTH, HELD, SECOND, THIRD
from tests.test_telegram_handlers import Bot as TeamBot
from tests.test_walk_thirtythird_b import mapping, phone, read

__all__ = ["team"]  # the fixture


@pytest.mark.parametrize("aside", ["ok", "sorry", "?", "what", "Huh?", "oops sorry", "thanks"])
async def test_a_word_to_the_bot_while_asked_where_is_not_held_as_an_answer(
        tmp_path: Path, aside: str) -> None:
    """Asked where her line goes, a nurse typed "ok", "sorry" or "?" (to the bot, not to
    the form): each was kept as a line "after" it and, once she tapped "It's for the next
    question", saved as the answer to the question after ("Question after?: ok"). It is not
    kept now: she is told so, and asked again where her line goes."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(aside)
        shown = said(bot)
        assert f'I haven\'t kept "{aside}" as an answer' in shown[-2]
        assert "kept too" not in shown[-1]  # no line waits after the one asked about
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (HELD, SECOND)
        assert "after" not in answers


@pytest.mark.parametrize("reply", ["yes", "No", "yep"])
async def test_yes_or_no_straight_after_the_question_of_where_is_not_held(
        tmp_path: Path, reply: str) -> None:
    """"Yes" to "Is that your new answer to it, or is it for the next question?" says
    neither: it was held, and went on as the answer to the question after ("Question
    after?: yes"). Straight after the question, it is not kept now; typed on among other
    lines (a yes-or-no question may come), it is held with them, as before."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(reply)
        assert f'I haven\'t kept "{reply}" as an answer' in said(bot)[-2]
        await bot.say(THIRD)
        await bot.say(reply)
        await bot.tap(bot.button("Use it instead"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (SECOND, THIRD, reply)


async def test_an_answer_typed_on_is_still_held_beside_a_word_to_the_bot(
        tmp_path: Path) -> None:
    """What is an answer is still held, in order, with "sorry" between left out."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say("sorry")
        await bot.say(THIRD)
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, SECOND, THIRD)


@pytest.mark.parametrize("choose", ["TAP", "keep my first answer", "the first one"])
async def test_keep_my_first_answer_with_lines_typed_on_misplaces_none_of_them(
        tmp_path: Path, choose: str) -> None:
    """A duty social worker typed the next three answers fast past the reminder about "HV",
    then tapped "Keep my first answer" (her answer about who is worried was fine): her
    second line was dropped and the third and fourth went one question early ("What could
    happen: Nan picks T up from school every day"). Now none of them is saved anywhere:
    each is named, to send again at its question, and the next question is asked."""
    async with at_a_nudged_answer(tmp_path) as bot:
        for line in (SECOND, THIRD, FOURTH):
            await bot.say(line)
        if choose == "TAP":
            await bot.tap(bot.button("Keep my first answer"))
        else:
            await bot.say(choose)
        answers = await bot.answers()
        assert answers == {"who": HELD}
        shown = said(bot)
        told = next(t for t in shown if t.startswith(f'✓ I\'ve kept "{HELD}"'))
        assert all(f'"{line}"' in told for line in (SECOND, THIRD, FOURTH))
        assert "Question could?" in shown[-1]


FIRST_GO = "PC Jones, the aunt and the health visitor"
SECOND_GO = "PC Jones, maternal aunt and health visitor (HV)"


@asynccontextmanager
async def a_second_go_used_instead(tmp_path: Path) -> AsyncIterator[tuple[Bot, str]]:
    """Past the reminder at "who is worried", a rewrite (FIRST_GO) and a second go at it
    (SECOND_GO) typed before choosing, then "Use it instead" tapped: the bot, and what it
    said of where SECOND_GO went."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(FIRST_GO)
        await bot.say(SECOND_GO)
        await bot.tap(bot.button("Use it instead"))
        yield bot, next(t for t in said(bot) if f'"{SECOND_GO}", is saved as' in t)


async def test_a_second_go_at_the_same_answer_typed_on_says_where_it_went_and_how_to_move_it(
        tmp_path: Path) -> None:
    """Rewriting "who is worried" past the reminder, a social worker sent a second go at
    her rewrite before choosing, then tapped "Use it instead": the second go was saved as
    the answer to "What could happen", told only "Your line after it ... is saved as the
    answer to "What could happen"", with nothing to say how to move it. She is told now it
    reads like another go at the line before it, and which /edit asks that question again
    (the line stays where it is until changed); following that, both answers end up where
    she meant them."""
    async with a_second_go_used_instead(tmp_path) as (bot, told):
        assert f'It reads like another go at "{FIRST_GO}"' in told
        assert "/edit 1 asks that question again" in told
        assert "/edit 2 to change it" in told
        await bot.say("/edit 1")
        await bot.say(SECOND_GO)
        await bot.say("/edit 2")
        await bot.say(SECOND)
        answers = await bot.answers()
        assert (answers["who"], answers["could"]) == (SECOND_GO, SECOND)


async def test_lines_typed_on_unlike_each_other_are_not_said_to_be_another_go(
        tmp_path: Path) -> None:
    async with at_a_nudged_answer(tmp_path) as bot:
        for line in (SECOND, THIRD):
            await bot.say(line)
        await bot.tap(bot.button("It's for the next question"))
        told = next(t for t in said(bot) if f'"{THIRD}", is saved as' in t)
        assert "another go" not in told
        assert "/edit 3 to change it" in told


async def test_each_line_typed_on_is_answered_briefly(tmp_path: Path) -> None:
    """Each line typed on was answered with two long messages (a hundred words between
    them on a phone, "the lines after it go on in order" said in both); the note is one
    short line now, and the question below it says what keeping the first answer does to
    the lines held."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        note, question = said(bot)[-2:]
        assert note == f'✓ I\'ve kept "{THIRD}" too, after "{SECOND}": it goes on once you ' \
            "choose below."
        assert question.count("in order") == 0
        assert question.endswith("Keeping your first answer leaves them all out.")


async def test_lines_past_the_last_question_are_named_in_one_message(tmp_path: Path) -> None:
    """Lines held past the end of the tool were each answered with the whole "This draft is
    finished. /summary shows it, /review lets you change an answer, and /new starts
    another.", once a line, under the summary. They are named together now, once."""
    extra = ("Dad said sorry to mum", "School to ring on Friday")
    async with at_a_nudged_answer(tmp_path) as bot:
        for line in (SECOND, THIRD, *extra):
            await bot.say(line)
        await bot.tap(bot.button("It's for the next question"))
        shown = said(bot)
        assert sum("This draft is finished" in t for t in shown) == 1
        assert shown[-1].startswith(f'I haven\'t saved "{extra[0]}", "{extra[1]}": ')
        assert (await bot.answers())["after"] == THIRD


async def test_review_while_lines_wait_says_they_wait_and_asks_again(tmp_path: Path) -> None:
    """/review while asked where her line goes, to see what she had put: "No answers yet.",
    and nothing more, the lines she had typed nowhere, the buttons far above. The question
    about them comes again below the review, naming them."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say("/review")
        shown = said(bot)
        assert shown[-3] == "No answers yet."  # then which answer waits, with 2 lines
        assert shown[-2].startswith("Not in this review yet: ")
        assert f'you wrote "{SECOND}" and one more line after it, kept too' in shown[-1]
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["who"], answers["could"], answers["after"]) == (HELD, SECOND, THIRD)


async def test_lines_waiting_behind_a_second_reminder_are_named_in_its_question(
        tmp_path: Path) -> None:
    """A school's DSL typed on past a reminder, and once she chose, her next line, under
    "What is working well", brought a reminder of its own, and the line after it was asked
    about: "Is that your new answer to it, or is it for the next question?", with nothing
    to say two more lines waited behind it, or that keeping the first leaves them out. She
    tapped "Keep my first answer" and lost them unwarned. The question names them now."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("well", title="What is working well", checks=["plain_language"]),
        text("next", title="What needs to happen"), text("last", title="Anything else")))
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, "Dad is chaotic, CIN plan",
                     "Nan has had K every Saturday since March", THIRD, FOURTH):
            await bot.say(line)
        await bot.tap(bot.button("It's for the next question"))
        asked = said(bot)[-1]
        assert 'you wrote "Nan has had K every Saturday since March" and 2 more lines after ' \
            "it, kept too" in asked
        assert asked.endswith("Keeping your first answer leaves them all out.")
        await bot.tap(bot.button("It's for the next question"))
        answers = await bot.answers()
        assert (answers["well"], answers["next"], answers["last"]) == (
            "Dad is chaotic, CIN plan", "Nan has had K every Saturday since March", THIRD)


async def test_a_line_typed_on_is_never_taken_as_the_rewrite_of_one_a_note_held_before_it(
        tmp_path: Path) -> None:
    """Once she chose, her line went on to "What could happen", with a full name in it, and
    was held by the note about names; her next line, typed long before that note, was
    taken as its rewrite ("I haven't saved "Jane Smith could hit K again" ...: your new
    line takes its place"): "What could happen: Nan picks K up every day", and the line
    after it one question early. Lines typed before a note now wait: named as not saved,
    to send again once the note is answered, with the note again below."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen", checks=["privacy"]),
        text("helps", title="Who helps", checks=["privacy"]), text("last")))
    named = "Jane Smith could hit K again"
    later = ("Nan picks K up every day", "Nothing else")
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, named, *later):
            await bot.say(line)
        await bot.tap(bot.button("It's for the next question"))
        assert await bot.answers() == {"who": HELD}
        shown = said(bot)
        assert f'"{later[0]}", "{later[1]}"' in shown[-2]
        assert "full name" in shown[-1]
        await bot.say("JS could hit K again")
        await bot.say(later[0])
        answers = await bot.answers()
        assert (answers["could"], answers["helps"]) == ("JS could hit K again", later[0])


async def test_lines_typed_on_do_not_run_on_into_a_list_as_the_childs_words(
        tmp_path: Path) -> None:
    """Her line went on to "What the child said" (a list, one item a message, kept as the
    child's own words), and so did her next one, "Nan picks K up every day", meant for
    "Who helps": quoted as the child's words, with "Nothing else" ending the list. A list
    takes one line typed on; the lines after it wait, named, to send at their questions."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        list_step("words", title="What the child said", voice="child"),
        text("helps", title="Who helps"), text("last")))
    later = ("Nan picks K up every day", "Nothing else")
    async with running({flow.id: flow}, tmp_path / "bot.db") as bot:
        for line in (f"/new {flow.id}", "TB-7", HELD, "daddy shouts at mummy", *later):
            await bot.say(line)
        await bot.tap(bot.button("It's for the next question"))
        assert await bot.answers() == {"who": HELD, "words": ["daddy shouts at mummy"]}
        shown = said(bot)
        assert f'"{later[0]}", "{later[1]}"' in shown[-2]
        assert "What the child said" in shown[-2]
        assert "Send the next one, or tap Done" in shown[-1]


@pytest.mark.parametrize("asking", ["help", "/help"])
async def test_help_while_asked_where_shows_the_question_again_below(
        tmp_path: Path, asking: str) -> None:
    """"help" while asked where her line goes showed the question's help ("Help for who.")
    and nothing more, the question of where and its buttons far above, as if forgotten.
    The question of where comes again below the help."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        await bot.say(asking)
        assert "or is it for the next question" in said(bot)[-1]
        await bot.tap(bot.button("It's for the next question"))
        assert (await bot.answers())["after"] == THIRD


async def test_at_the_terminal_lines_typed_on_are_held_and_the_choice_is_typed(
        tmp_path: Path, store: Store) -> None:
    """`sosbot chat` has no buttons: each held line is answered with the ways to choose
    typed (/replace, /next, /keep), "sorry" is not kept, and "next question" places all."""
    flow = build_flow(tmp_path, section(
        "s", text("who", title="Who is worried", checks=["plain_language"]),
        text("could", title="What could happen"), text("after"), text("last"),
        column="worried"))
    shown, draft = await at_the_terminal(store, flow, HELD, SECOND, THIRD, "sorry",
                                         "next question")
    after_third = shown[shown.index(f'I\'ve kept "{THIRD}" too'):]
    assert after_third.index("Type /replace to use it instead, /next if it's for the next "
                             "question, or /keep") < after_third.index('"sorry"')
    assert 'I haven\'t kept "sorry" as an answer' in shown
    assert draft.answers == {"who": HELD, "could": SECOND, "after": THIRD}


@pytest.mark.parametrize("aside", ["sorry", "what", "?", "huh", "thanks"])
async def test_a_word_to_the_bot_at_a_reminder_is_not_asked_about_as_an_answer(
        tmp_path: Path, aside: str) -> None:
    """"sorry" or "?" typed at the reminder about "HV" was asked about as if it might be an
    answer: "... and then you wrote "?". Is that your new answer to it, or is it for the
    next question?", and "It's for the next question" saved "?" there. It is not kept now,
    and the reminder is shown again."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(aside)
        shown = said(bot)
        assert f'I haven\'t kept "{aside}" as an answer' in shown[-2]
        assert "Could you write \"health visitor\" in full?" in shown[-1]
        assert not any("for the next question" in t for t in shown)
        await bot.say("/keep")
        assert await bot.answers() == {"who": HELD}


async def test_use_it_instead_says_what_was_saved_where(tmp_path: Path) -> None:
    """"Use it instead" with a line typed on after it: nothing said the line had replaced
    her answer to "Who is worried"; the first word was "Your line after it, ... is saved
    as the answer to "What could happen"", after what, unsaid. Now each is said, in order."""
    async with at_a_nudged_answer(tmp_path) as bot:
        await bot.say(SECOND)
        await bot.say(THIRD)
        before = len(said(bot))
        await bot.tap(bot.button("Use it instead"))
        shown = said(bot)[before:]
        assert shown[0].startswith(f'✓ I\'ve saved "{SECOND}" as your answer to "Who is '
                                   f'worried", in place of "{HELD}"')
        assert f'"{THIRD}", is saved as the answer to "What could happen"' in shown[1]
        assert (await bot.answers())["who"] == SECOND


async def test_handover_while_an_answer_waits_says_so_before_a_colleague_is_chosen(
        team: TeamBot) -> None:
    """Sam, his last line held by a note (lines typed on past one wait the same way), sent
    /handover, chose Priya, tapped Yes, and only then was told nothing was handed over
    until he answered the note. He is told at once now, with no colleague to choose."""
    bot = team
    await mapping(bot, "KB-7", SAM)
    await bot.say("Mum, dad, John Smith (07700 900123), school DSL", SAM)
    await bot.say("/handover", SAM)
    assert read(bot, SAM).startswith('An answer of yours in "KB-7" is waiting for your choice')
    assert not any(t.startswith("Whom should I hand") for t in phone(bot, SAM))
    draft = await bot.conversation.active(SAM)
    assert draft is not None
    assert draft.pending is not None
