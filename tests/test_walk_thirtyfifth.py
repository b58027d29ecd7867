"""The thirty-fifth walk: a hospital paediatric nurse asked by a social worker's link to add to
a mapping, her first time with the bot (unsure what to write, /help, /back, a photo by
mistake, a voice note, typing in a hurry, then wanting to see what she sent); an independent
reviewing officer's mapping for a looked-after child's review, interrupted and resumed, sent
to Word; a youth offending worker's My Three Houses and Signs of Success with a 15-year-old;
a team manager's Harm Matrix and contextual mapping at a strategy discussion. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import answers, link, mapping, read, team

__all__ = ["team"]  # the fixture: the bot, with two social workers who may use it

NURSE = 5101  # the ward's paediatric nurse, asked by USER's link

# --- the nurse, not sure what to write ------------------------------------------------------


async def test_the_nurse_asking_what_to_write_is_shown_help_and_her_role_goes_where_meant(
        team: Bot) -> None:
    """At "What is your role there?", the nurse typed "what am i meant to write here". It
    was saved as her role, so every answer after it went one question down: her role was
    saved as her worries, and the social worker's summary named her "Health, what am i meant
    to write here". It is read as asking for help, and her role is saved as her role."""
    bot = team
    await mapping(bot, "LAC-R9")
    await bot.say(f"/start {await link(bot, 'health')}", user=NURSE)
    await bot.tap(labelled(bot, "Keep"), user=NURSE)
    await bot.say("what am i meant to write here", user=NURSE)
    assert "health visitor" in read(bot, NURSE)  # the question's help
    await answers(bot, NURSE, (
        "Paediatric staff nurse, childrens ward",
        "R admited 2/12 with spiral fracture L arm, mum said he fell of the sofa, xray shows "
        "older healing rib fractures", "mum visits every day and feeds him", "skeletal survey "
        "and child protection medical before dischrge", "3", "/skip", "/skip", "send"))
    await bot.say("/summary")
    summary = read(bot)
    assert "Health, Paediatric staff nurse, childrens ward" in summary
    assert "meant to write" not in summary
    worried = summary.split("What are we worried about?")[1].split("What's working well?")[0]
    assert "spiral fracture" in worried


@pytest.mark.parametrize("typed", [
    "um what do i put here", "what am i meant to write here", "idk what to put",
    "not sure what to write here", "what am I supposed to put?", "erm what do i write",
    "what do you want me to write?", "what goes here?", "Im not sure what to put here",
    "sorry what do I put", "ok so what do i write for this one", "no idea what to put"])
def test_asking_what_to_write_is_read_as_help(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    assert "role" not in chat.draft.answers
    assert f'I\'ve read "{typed}" as /help' in chat.notices()[0]


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("contribution", "role", "Staff nurse, I write the discharge plans"),
    ("mapping", "family_view_1", "Mum said she doesn't know what to say to him any more"),
    ("contribution", "worries", "R said he did not know what to say when asked about the marks"),
])
def test_lines_about_not_knowing_what_to_say_in_a_family_are_answers(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == typed


def test_idk_what_to_say_sent_again_is_kept_as_the_answer() -> None:
    """"idk what to say" may be what a parent said, asked what they think: shown the help
    once, and sent again it is the answer."""
    chat = sent_at("mapping", "family_view_1", "idk what to say")
    assert "family_view_1" not in chat.draft.answers
    chat.send("idk what to say")
    assert chat.draft.answers["family_view_1"] == "idk what to say"


# --- the nurse wants to see what she sent ---------------------------------------------------

NURSES_PART = ("Paediatric staff nurse, childrens ward",
               "R admitted 2/12 with a spiral fracture of his left arm; mum said he fell off the "
               "sofa; x-ray shows older healing rib fractures",
               "mum visits every day & feeds him; dad hasn't been in",
               "skeletal survey needed before discharge", "3",
               "injuries don't match what mum said", "daddy shouted at me", "send")


async def the_nurse_sends_her_part(bot: Bot) -> None:
    await mapping(bot, "LAC-R9")
    await bot.say(f"/start {await link(bot, 'health')}", user=NURSE)
    await bot.tap(labelled(bot, "Keep"), user=NURSE)
    await answers(bot, NURSE, NURSES_PART)
    assert read(bot, NURSE).startswith("Sent to Practitioner")


@pytest.mark.parametrize("typed", ["/review", "/summary", "what did i send?",
                                   "can I see what I sent"])
async def test_after_sending_the_nurse_can_read_what_she_sent(team: Bot, typed: str) -> None:
    """Back on the ward, the nurse wanted to see what she had sent the social worker and
    typed /review (or /summary, or "what did i send?"). She was told "Your contribution ...
    has been sent, so it can't be changed here", and nothing showed her what she had
    written. Her own answers are shown, as sent, with a line that they are locked."""
    bot = team
    await the_nurse_sends_her_part(bot)
    await bot.say(typed, user=NURSE)
    shown = read(bot, NURSE)
    assert shown.startswith('What you sent to Practitioner for "LAC-R9"')
    assert "Paediatric staff nurse, childrens ward" in shown
    assert "older healing rib fractures" in shown
    assert "mum visits every day & feeds him" in shown
    assert "3 of 10. injuries don't match what mum said" in shown
    assert "“daddy shouted at me”" in shown
    assert "/delete withdraws it" in shown
    assert "JS social worker" not in shown  # nothing of the lead's own answers


async def test_other_lines_after_sending_are_told_it_is_locked(team: Bot) -> None:
    bot = team
    await the_nurse_sends_her_part(bot)
    await bot.say("R has been discharged to foster carers", user=NURSE)
    assert read(bot, NURSE).startswith('Your contribution to "LAC-R9" has been sent')
