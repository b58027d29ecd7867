"""The fifty-sixth pass's merged change read again: a partner's signature pasted at her role
(walk56) where the "kept" notice is now given only once saved (attack56), the lines offered
back with signatures, the lazier `sosbot` start-up's errors, the webhook warning, and "5 of
10" in the partner's /review. Each test of a defect failed on the merged code; the others
guard what the merge must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Notice
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import HV, link, mapping, opens, phone, team

__all__ = ["team"]  # the fixture

LONG_ROLE = ("Designated Safeguarding Lead and Deputy Head Teacher, Northside Primary School "
             "and Nursery Federation")

# --- a partner's signature at "What is your role there?", too long --------------------------


def test_a_partners_long_signature_at_her_role_is_not_said_to_hold_her_name() -> None:
    """A school's safeguarding lead pasted her signature at her role, its role line over the
    80 characters the question takes. Her name had been left out with the phone number, yet
    she was told "your name and role lines alone are too long", and the count given was
    the role line's alone: she would cut a name that was not there. She is told it is the
    role line."""
    chat = sent_at("contribution", "role", f"Jane Smith\n{LONG_ROLE}\nTel: 01234 567890")
    assert "role" not in chat.draft.answers
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said[0] == ("I've left out the rest of the signature (its name and phone number), "
                       "but the role line alone is too long for this question."), said
    assert f"That's {len(LONG_ROLE)} characters" in said[1], said


def test_a_long_signature_at_written_by_still_names_the_name_and_role_lines() -> None:
    chat = sent_at("mapping", "author", "Jane Smith\n" + "Senior social worker " * 10
                   + "\nTel: 01234 567890")
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said[0].endswith("but your name and role lines alone are too long for this "
                            "question."), said


async def test_a_name_on_her_role_line_gets_no_tick_while_the_reminder_holds_it(
        team: Bot) -> None:
    """A health visitor pasted "Kelly Jones - Health visitor" and her mobile at her role. The
    phone showed "✓ I've left out the rest of the signature", the tick the bot puts on what
    it has saved, and under it the reminder that her name was in her role, which held it
    unsaved: she took the tick for her role kept. The tick now comes with a role saved."""
    await mapping(team, "KB-9")
    await opens(team, await link(team, "health"), HV)
    await team.say("Kelly Jones - Health visitor\nMob: 07700 900123", user=HV)
    shown = phone(team, HV)
    (left,) = [m for m in shown if "left out the rest of the signature" in m]
    assert not left.startswith("✓"), shown
    assert "looks like a full name" in shown[-1] or "looks like a full name" in "\n".join(
        shown[-2:]), shown
    await team.say("Health visitor\nMob: 07700 900123", user=HV)
    (kept,) = [m for m in phone(team, HV) if "as your role" in m]
    assert kept.startswith('✓ I\'ve kept "Health visitor" as your role'), kept


# --- a word to the bot above a signature ----------------------------------------------------


@pytest.mark.parametrize("first", ["hi", "Hello!", "skip", "?", "back"])
@pytest.mark.parametrize(("flow", "step", "kept"), [
    ("contribution", "role", "School Nurse, Northside Primary"),
    ("mapping", "author", "LM, Social worker")])
def test_a_word_to_the_bot_above_a_signature_is_not_kept_with_it(
        first: str, flow: str, step: str, kept: str) -> None:
    """A school nurse typed "hi" (or "skip", or "?") and pasted her signature under it at her
    role. The bot said it had kept "hi, School Nurse, Northside Primary" as her role, and
    the lead's /review showed her role as that; a social worker's "Written by" read "skip,
    LM, Social worker". Alone, each is read as said to the bot; above a signature, it is
    left off what is kept."""
    lines = kept.replace(", ", "\n")
    if flow == "contribution":
        lines = "Jane Smith\n" + lines
    chat = sent_at(flow, step, f"{first}\n{lines}\nTel: 01234 567890")
    assert chat.draft.answers[step] == kept
    said = [r.text for r in chat.replies if isinstance(r, Notice)]
    assert said[0].startswith(f'I\'ve kept "{kept}" as'), said


@pytest.mark.parametrize("first", ["Help desk manager", "Back office lead"])
def test_a_role_that_starts_with_a_word_to_the_bot_is_kept_whole(first: str) -> None:
    chat = sent_at("contribution", "role", f"Jane Smith\n{first}\nTel: 01234 567890")
    assert chat.draft.answers["role"] == first
