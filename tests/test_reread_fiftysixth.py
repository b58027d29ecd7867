"""The fifty-sixth pass's merged change read again: a partner's signature pasted at her role
(walk56) where the "kept" notice is now given only once saved (attack56), the lines offered
back with signatures, the lazier `sosbot` start-up's errors, the webhook warning, and "5 of
10" in the partner's /review. Each test of a defect failed on the merged code; the others
guard what the merge must leave alone."""

from __future__ import annotations

from flows.replies import Notice
from tests.test_walk_thirtyfirst import sent_at

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
