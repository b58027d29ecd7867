"""The thirty-fourth walk (b): partner-agency staff on a phone, through the real Application.
A GP practice's safeguarding lead doing the three-minute pre-referral reflection between
patients (short answers, medical short forms, called away twice, then the text to paste into
the referral form); a nursery manager asked by a social worker's link to add to a mapping,
who wrote about the wrong sibling and put it right before sending; a team manager preparing
group supervision for two cases with labels alike, going between them with /resume. Each
test of a defect failed on the code as it was; the others guard what the fixes must leave
alone."""

from __future__ import annotations

import pytest

from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import answers, link, mapping, opens, read, team
from tests.test_walk_thirtythird_c import reminders

__all__ = ["team"]  # the fixture: the bot, with two social workers who may use it

NURSERY = 5005  # the nursery manager, asked by USER's link


# --- the nursery manager wrote about the wrong sibling ---------------------------------------


async def test_a_note_that_the_answer_was_about_the_brother_goes_back_to_it(team: Bot) -> None:
    """The nursery manager answered what worries her about J, K's brother, and at the next
    question typed "oh sorry that was about J, his brother. I meant K". It was saved as
    what is working well for K, and the social worker's conference summary read "What's
    working well? Nursery manager: oh sorry that was about J, his brother", beside the worry
    about the wrong child. It is not saved: the worries question is asked again, and what
    she sends there replaces the line about J."""
    bot = team
    await mapping(bot, "Ks-14")
    await opens(bot, await link(bot, "early_years"), NURSERY)
    await answers(bot, NURSERY, (
        "nursery manager",
        "J has come in with the same clothes all week and nappy not changed, hungry at snack",
        "oh sorry that was about J, his brother. I meant K"))
    asked = read(bot, NURSERY)
    assert asked.startswith("[Ks-14] Question 3 of 8 · Worries")
    await answers(bot, NURSERY, (
        "K came in 3 days last week in the same clothes, hungry at snack time, nappy rash",
        "mum brings K on time every day and he is settled with his key worker",
        "We will offer K a funded breakfast place from Monday 7 Dec", "5", "/skip", "/skip",
        "send"))
    assert read(bot, NURSERY).startswith("Sent to Practitioner")
    await bot.say("/summary")
    summary = read(bot)
    worried, working = summary.split("What's working well?")
    assert "K came in 3 days last week" in worried
    assert "J has come in" not in summary
    assert "I meant K" not in summary
    assert "mum brings K on time every day" in working


@pytest.mark.parametrize("typed", [
    "sorry wrong child", "oops, that was his sister", "sorry that was J's, not K's",
    "sorry I wrote that about the wrong child", "wrong sibling sorry",
    "oh no thats the wrong kid", "sorry, I was thinking of his sister",
    "that was about his brother not K"])
def test_other_ways_of_saying_it_was_the_wrong_child_are_not_saved(typed: str) -> None:
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" not in chat.draft.answers
    assert chat.asked == "worries"
    assert "reads as a correction of your answer" in reminders(chat)[0]


@pytest.mark.parametrize("typed", [
    "It's his sister who brings him every day", "it's her older sister",
    "Mum, and his big sister help a lot", "his brother walks him in",
    "Sorry, not much is going well"])
def test_a_brother_or_sister_who_helps_is_still_the_answer(typed: str) -> None:
    chat = sent_at("contribution", "working_well", typed)
    assert chat.draft.answers["working_well"]
