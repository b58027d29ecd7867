"""The fifty-second walk: four practitioners on their phones, each on another tool. A school's
safeguarding lead typing fast, a health visitor in long dictated sentences, a social worker
switching between Welsh and English, a child's worker typing the child's words as said;
through the real Application (in memory) on real SQLite files. Each test of a defect failed
on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.test_attacks_fourteenth import answers_now
from tests.test_telegram_handlers import Bot, bot, counts
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import phone

__all__ = ["bot"]  # the fixture


# --- "Yess" and "Noo" at a choice whose options begin Yes and No ---------------------------


@pytest.mark.parametrize(("typed", "saved"), [
    ("Yess", "accepts"), ("Noo", "denies"), ("yse", "accepts"), ("noo!", "denies")])
def test_a_slip_of_the_thumb_at_a_choice_of_yes_or_no_is_read(typed: str, saved: str) -> None:
    """A social worker typed "Yess" at a Harm Matrix's "does the adult accept it?", whose
    options are Yes, Partly, No and Not talked about yet. "Yes" was taken; "Yess" was told
    it matched none of the options, though at a question of yes or no alone it is read."""
    chat = sent_at("harm_matrix", "harm_accepted_1", typed)
    assert chat.draft.answers["harm_accepted_1"] == saved


async def test_a_plain_yes_at_a_choice_no_option_of_which_is_yes_is_still_asked(
        bot: Bot) -> None:
    """A school's safeguarding lead typed "Yess" at "Is the child safe to go home today?"
    ("Yes, as far as I know", "No, or they have been seriously hurt"...), and it is read.
    Where no option is a yes ("Does the family know?": they know and agree, they know
    and don't, not told...), "Yess" says nothing an option does, and is asked again."""
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("Seen a bruise on her arm on Monday")
    await bot.say("Yess")
    assert (await answers_now(bot))["safe_today"] == "yes"
    await bot.say("Yess")
    assert "family_knows" not in await answers_now(bot)


# --- a case label with a first name in Polish letters ------------------------------------


@pytest.mark.parametrize("label", ["Łukasz-3", "ŁUKASZ 3", "łukasz"])
async def test_a_first_name_with_a_stroked_letter_is_no_case_label(bot: Bot, label: str) -> None:
    """A family support worker labelled her draft "Łukasz-3", the boy's first name as his
    family writes it. "Lukasz-3" was refused as a name, and so were "Zoë" and "Renée", their
    accents read off; but an "Ł" has no accent to take off, so "Łukasz-3" was taken and the
    draft stored under the child's name."""
    await bot.say("/new reflection")
    await bot.say(label)
    assert "could identify someone" in phone(bot)[-2]
    assert (await counts(bot))["drafts"] == 0


@pytest.mark.parametrize("label", ["Zoë-12", "Zoe\u0308-12", "Renée 4", "Rene\u0301e 4",
                                   "José B", "Siân M"])
async def test_an_accented_first_name_is_still_no_case_label(bot: Bot, label: str) -> None:
    await bot.say("/new reflection")
    await bot.say(label)
    assert "could identify someone" in phone(bot)[-2]
    assert (await counts(bot))["drafts"] == 0


@pytest.mark.parametrize("label", ["ŁK-12", "ZÉ-12", "Łódź team 4"])
async def test_a_label_of_initials_and_a_number_is_still_taken(bot: Bot, label: str) -> None:
    await bot.say("/new reflection")
    await bot.say(label)
    assert (await counts(bot))["drafts"] == 1
