"""The fifty-third walk: practitioners on their phones. A family support worker in Signs of
Wellbeing with a family not yet agreed and a child not yet heard, a social worker giving a
number with a thumbs up, a health visitor saying who is worried in one breath; through the
real Application (in memory) on real SQLite files. Each test of a defect failed on the code
as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import re

import pytest

from flows.render import subject
from flows.replies import Notice
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import phone

__all__ = ["bot"]  # the fixture


async def tap(bot: Bot, label: str) -> None:
    """Tap the button of the newest message with buttons that reads `label`."""
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b.get("text") == label))


def counted(bot: Bot) -> tuple[int, int]:
    """The newest "Question n of N" on the phone."""
    for message in reversed(phone(bot)):
        if (found := re.search(r"Question (\d+) of (\d+)", message)) is not None:
            return int(found[1]), int(found[2])
    raise AssertionError("no question asked")


# --- Signs of Wellbeing: the count at the scale ---------------------------------------------


async def wellbeing_at_the_scale(bot: Bot, agreed: str, child_heard: bool) -> None:
    """A wellbeing draft answered up to its scale; the family's agreement `agreed`, the
    child's words given or each of the three houses skipped."""
    await bot.say("/new wellbeing")
    await bot.say("AB-7")
    await tap(bot, agreed)
    await bot.say("Mum and dad, in writing; school and health visitor" if agreed == "Yes"
                  else "JS to talk with mum again on Friday 18th")
    for said in ("Mum (AB), dad (CD), AB who is 6", "JS family support worker",
                 "/skip", "/skip", "/skip"):
        await bot.say(said)
    for said in (("daddy shouts at mummy", "my lego") if child_heard else ()):
        await bot.say(said)
        await tap(bot, "Done")
    for _ in range(1 if child_heard else 3):
        await bot.say("/skip")
    await bot.say("/skip")  # how the child's view was heard
    await bot.say("School and the health visitor")
    await bot.say("When dad has been drinking he shouts at mum in front of AB")
    await bot.say("AB could keep being frightened at home and fall behind at school")
    await tap(bot, "Use this")
    await bot.say("/skip")  # how the family sees it
    await bot.say("Dad will stop shouting at mum and will talk things through calmly")
    await bot.say("AB will sleep in her own bed and say home feels calm")
    await bot.say("for three months")
    await tap(bot, "Use this")
    await tap(bot, "No")  # another worry
    await bot.say("/skip")
    await bot.say("/skip")
    await bot.say("Gran has AB every Saturday and takes her swimming")
    await tap(bot, "Done")
    await bot.say("/skip")
    await bot.say("JS to meet dad on Monday 14th")
    await tap(bot, "Done")
    assert "from 0 to 10" in phone(bot)[-1]


@pytest.mark.parametrize(("agreed", "child_heard"), [("No", False), ("Yes", False),
                                                     ("No", True), ("Yes", True)])
async def test_the_wellbeing_count_stays_put_once_the_number_is_given(
        bot: Bot, agreed: str, child_heard: bool) -> None:
    """A family support worker in Signs of Wellbeing, the family not yet agreed and the child
    not yet heard, read "Question 27 of 32" at the wellbeing scale and "Question 28 of 29"
    once she gave her number: the parents' numbers and the child's, which are not asked
    without the agreement and the child's words, were counted until the scale was answered.
    The count is the same before and after, and ends where the questions end."""
    await wellbeing_at_the_scale(bot, agreed, child_heard)
    at_the_scale, total = counted(bot)
    assert total == counted_before(bot)
    await bot.say("4")
    assert counted(bot) == (at_the_scale + 1, total)
    for _ in range(total - at_the_scale - 1):
        await bot.say("/skip")
    assert counted(bot) == (total, total)
    await bot.say("/skip")
    assert "That's the end of this tool" in phone(bot)[-1]


def counted_before(bot: Bot) -> int:
    """The total every question before the scale was asked under, once the child's words
    were written down or the last of them skipped: it never moved after."""
    asked = [m for m in phone(bot) if "Question " in m]
    since = next(at for at, m in enumerate(asked) if "Worry statement" in m)
    totals = {int(t) for m in asked[since - 1:]
              for t in re.findall(r"Question \d+ of (\d+)", m)}
    assert len(totals) == 1, totals
    return totals.pop()


# --- a number in words with a thumbs up -----------------------------------------------------


@pytest.mark.parametrize(("typed", "saved"), [("a six 👍", 6), ("about a four 🙁", 4),
                                              ("Four 😬", 4), ("7/10 👍", 7), ("3 😊", 3)])
def test_a_number_in_words_with_a_face_is_saved_as_the_number_alone(typed: str,
                                                                    saved: int) -> None:
    """A social worker answered the safety scale with "a six 👍" from her phone. "6 👍" was
    saved as 6 (the thumbs up said not to be kept), and so was "a six"; "a six 👍" was
    refused as no number at all. It is saved as 6, the thumbs up said not to be kept."""
    chat = sent_at("mapping", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == saved
    (notice,) = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert notice.startswith(f"I've saved {saved}. Only the number is kept here")


@pytest.mark.parametrize("typed", ["a twelve 👍", "four maybe five 🤔", "between 3 and 4 😬",
                                   "😬", "dunno 🤷"])
def test_a_face_beside_what_is_not_one_number_still_saves_nothing(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale", typed)
    assert "safety_scale" not in chat.draft.answers


# --- who is worried, said in two sentences --------------------------------------------------


async def at_the_worry_statement(bot: Bot, who: str) -> str:
    """A wellbeing draft, the family not yet agreed, the child not heard, with `who` given
    as who is worried: the worry statement the bot drafts from it."""
    await bot.say("/new wellbeing")
    await bot.say("AB-7")
    await tap(bot, "No")
    for said in ("JS to talk with mum again on Friday 18th", "Mum (AB), dad (CD), AB who is 6",
                 "JS family support worker", "/skip", "/skip", "/skip", "/skip", "/skip",
                 "/skip", "/skip", who,
                 "When dad has been drinking he shouts at mum in front of AB",
                 "AB could keep being frightened at home and fall behind at school"):
        await bot.say(said)
    return phone(bot)[-1]


@pytest.mark.parametrize(("who", "drafted"), [
    ("School and the health visitor are worried, and mum is too",
     "The school, the health visitor and mum are worried that"),
    ("School are worried and so is mum", "The school and mum are worried that"),
    ("Mum is worried. Dad as well", "Mum and Dad are worried that"),
    ("I am worried and so is mum", "Mum and I are worried that"),
    ("School and the health visitor", "The school and the health visitor are worried that")])
async def test_who_is_worried_in_two_sentences_drafts_one_list_of_them(
        bot: Bot, who: str, drafted: str) -> None:
    """A family support worker answered who is worried with "School and the health visitor
    are worried, and mum is too", as she would say it. The drafted worry statement began
    "The school and the health visitor are worried and mum are worried that ...". It names
    them once, as one list: "The school, the health visitor and mum are worried that"."""
    assert drafted in await at_the_worry_statement(bot, who)


def test_who_is_worried_about_something_is_left_as_it_was() -> None:
    """Only a second sentence of who else is worried is joined; words of what worries them
    are not read as a person."""
    said = "School is worried about her attendance and mum is too"
    assert subject(said) == "The school is worried about her attendance and mum"
