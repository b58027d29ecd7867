"""The thirty-ninth pass's wording leftovers, each fixed as a general behaviour and met through
the real flows (the real engine, the real nudger, the shipped flow files): a family member's
initials in brackets after who they are, the wellbeing tool's own worry statement, a number
corrected at its why, short forms at who contributed and who may see it, and a goal rewritten
in other forms of the same words. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone. The "fresh" cases were written before the fix
was run against them."""

from __future__ import annotations

import pytest

from tests.test_review_language_twentyninth import asked, reply_to

# --- a family member, then their initials in brackets: a person ------------------------------


@pytest.mark.parametrize("line", [
    "Mum (MP) rang on 3 Dec to say dad had moved back in",  # the walk's own
    "Mum (MP) told me dad pushed her into the wall on 3 Dec",
    # fresh
    "Stepdad (CP) pushed mum into the wall on 3 Dec while K watched",
    "Mum's partner (LA) shouts at K and calls her stupid when he has been drinking",
    "Maternal gran (MP) has seen dad grab K by the arm twice since June"])
def test_a_family_member_then_initials_in_brackets_is_a_person(line: str) -> None:
    """A social worker wrote "Mum (MP) rang on 3 Dec ..." and was asked when the young
    person went missing: the bot asks for initials, and she gave them after who mum is. A
    family member with their initials in brackets is a person, as initials with a role
    beside them are."""
    assert asked("mapping", "danger_behaviour", line) is None


@pytest.mark.parametrize(("line", "short"), [
    ("MP is missing from home since Friday", "MP"),
    ("YP (MP) found in town at 2am by police", "MP"),
    ("Dad (DV) shouted at mum on 3 Dec", "DV"),
    ("Mum rang on 3 Dec (MP) to say K had not come home", "MP")])
def test_a_short_form_not_after_a_family_member_is_still_asked(line: str, short: str) -> None:
    assert f'"{short}"' in reply_to("mapping", "danger_behaviour", line)
