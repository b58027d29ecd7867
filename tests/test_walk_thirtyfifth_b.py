"""The thirty-fifth walk, second part: a school's designated safeguarding lead doing the
pre-referral reflection between lessons (a pupil's full name and date of birth typed by
mistake); a public protection officer adding the police part of a mapping from a partner
link, then deleting it; a team manager preparing group supervision on two cases; a social
worker who began Signs of Wellbeing and wanted a safety mapping. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

from tests.test_telegram_handlers import Bot, bot, start_reflection
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import read

__all__ = ["bot"]  # the fixture: the bot

# --- the DSL, between lessons ---------------------------------------------------------------

NAME_AND_BIRTH = ("Kayleigh Brown DOB 12/03/2015 came in with a bruise on her cheek, said "
                  "mums bf hit her")


async def test_a_name_and_a_date_of_birth_are_both_asked_about_at_once(bot: Bot) -> None:
    """The DSL typed a pupil's full name and date of birth into what worries her. She was
    asked only about the name; she took the name out and sent it again, and the date of
    birth was saved without a word (then she was asked to write "DOB" out in full). Both
    are named in the one reminder, and what she sends after it is what is kept."""
    await start_reflection(bot)
    await bot.tap(labelled(bot, "School or college"))
    await bot.say(NAME_AND_BIRTH)
    asked = read(bot)
    assert '"Kayleigh Brown"' in asked and '"DOB 12/03/2015"' in asked
    assert "initials" in asked and "age" in asked
    await bot.say("KB (9) came in with a bruise on her cheek, said mums bf hit her")
    assert read(bot).endswith("is the child safe to go home today?")
    await bot.say("/summary")
    summary = read(bot)
    assert "KB (9) came in with a bruise" in summary
    assert "Kayleigh" not in summary and "2015" not in summary


def test_one_kind_of_personal_data_is_asked_about_as_before() -> None:
    chat = sent_at("reflection", "what_happened", "Kayleigh Brown came in with a bruise")
    assert chat.replies[0].text == (  # type: ignore[union-attr]
        'Part of this looks like a full name ("Kayleigh Brown"). Please use initials or a '
        'role instead ("mum", "T", "the school"), so this draft can\'t identify anyone if the '
        "wrong person sees it.")
