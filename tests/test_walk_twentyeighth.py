"""The twenty-eighth walk: a school's designated safeguarding lead answering a social worker's
partner link between lessons and coming back to it two hours later; a social worker's Harm
Matrix and Signs of Success for a conference tomorrow, edited, pasted into and exported; and a
health visitor's Signs of Wellbeing and contextual mapping for two children of one family,
with a supervisor, one draft left half-way and picked up the next day. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.engine import MSG
from flows.loader import load_flows
from flows.replies import Notice
from tests.test_telegram_handlers import PARTNER, USER, Bot, a_partner_on_a_mapping, bot, texts_to
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


# --- the designated safeguarding lead at a partner's link ------------------------------------


@pytest.mark.parametrize("typed", [
    "hi sorry got called away, where was i",
    "Sorry, where was I?",
    "sorry got called away",
    "ok where were we",
    "Right, I'm back",
    "Hi, sorry about that",
    "sorry about the delay, where was I",
    "soz got distracted. where was i up to",
])
def test_a_hello_with_an_apology_on_coming_back_shows_the_question_again(typed: str) -> None:
    """A school's safeguarding lead, answering a social worker's partner link between
    lessons, was called away at "What is going well for this child". Two hours later she
    typed "hi sorry got called away, where was i". It was saved as her answer, and the
    social worker's summary read "What's working well? School, DSL: hi sorry got called
    away, where was i". A hello, "I'm back" or "where was I?" with an apology is shown the
    question again, as the same words without the apology were."""
    chat = reach(FLOWS["contribution"], "working_well")
    chat.send(typed)
    assert chat.asked == "working_well"
    assert "working_well" not in chat.draft.answers
    assert MSG["where_you_were"] in [r.text for r in chat.replies if isinstance(r, Notice)]


@pytest.mark.parametrize(("step_id", "typed"), [
    ("harm_accepted_detail_1", "sorry"),
    ("harm_accepted_detail_1", "Sorry about that"),
    ("danger_behaviour_1", "Dad got called away to work and left J alone"),
    ("harm_complicating_1", "Mum is back with dad"),
])
def test_an_apology_or_an_answer_about_being_away_is_still_an_answer(
        step_id: str, typed: str) -> None:
    """What a parent said ("sorry") or what happened ("got called away") is the answer."""
    chat = reach(FLOWS["harm_matrix"], step_id)
    chat.send(typed)
    assert chat.draft.answers.get(step_id) == typed


async def sent_as_a_partner(bot: Bot) -> None:
    """PARTNER answers the School link of USER's mapping "TB-7" and sends it."""
    await a_partner_on_a_mapping(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), user=PARTNER)
    for said in ("designated safeguarding lead",
                 "On Monday J came in with bruises on the back of his legs",
                 "Nan collects J on Fridays and he is happy then",
                 "The school will give J breakfast club from Monday 7 December", "4",
                 "He comes to school every day", "I don't want to go home"):
        await bot.say(said, user=PARTNER)
    assert "Send your contribution" in texts_to(bot, PARTNER)[-1]
    await bot.tap("t:ps", user=PARTNER)
    assert "Sent to" in texts_to(bot, PARTNER)[-1]


async def test_a_partner_with_something_new_after_sending_is_told_how_to_pass_it_on(
        bot: Bot) -> None:
    """The safeguarding lead sent her part and then typed "actually can i add something? he
    told the TA on thurs dad hit him". The bot said only that it was sent and can't be
    changed, and that /delete withdraws it and erases it: a new disclosure, with nowhere to
    go but erasing everything she had sent. It now says to tell the colleague who sent the
    link directly, and to follow her own safeguarding procedures if the child may be at risk
    now."""
    await sent_as_a_partner(bot)
    await bot.say("actually can i add something? he told the TA on thurs dad hit him",
                  user=PARTNER)
    said = texts_to(bot, PARTNER)[-1]
    assert "can't be changed here" in said
    assert "tell the colleague who sent you the link" in said
    assert "safeguarding procedures" in said
    assert "dad hit him" not in "".join(texts_to(bot, USER))  # nothing passed on unseen
