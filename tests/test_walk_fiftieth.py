"""The fiftieth walk: the tools as practitioners use them on a phone. A partner's role typed
as an account that opens on a child's initials, a social worker who is also a partner on a
colleague's family coming back with /resume, and the slips of a thumb and a busy day met on
the way through every tool, through the real Application (in memory) and a real `sosbot chat`
process, on real SQLite files. Each test of a defect failed on the code as it was; the
others guard what the fixes must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.loader import load_flows
from flows.nudges import nudger
from flows.replies import Nudge
from tests.builders import typed_lines
from tests.test_console import chat
from tests.test_telegram_handlers import USER, Bot
from tests.test_walk_fortyninth import REFLECTION
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtysixth_c import finished_reflection
from tests.test_walk_thirtythird_b import LEAD2, answers, answers_link, link, mapping, phone, team

__all__ = ["team"]  # the fixture


# --- initials that are also a role's short form, at a partner's role -----------------------


@pytest.mark.parametrize("typed", ["LA came in hungry today", "DS said mum was drunk again",
                                   "TA told me dad hit her", "ED arrived late and crying today",
                                   "PC was crying in class this morning"])
def test_an_account_opening_on_initials_a_role_also_has_is_offered_on(typed: str) -> None:
    """A school's safeguarding lead typed "LA came in hungry today" at "What is your role
    there?", LA being the child. "LA" is also a local authority's short form ("LA social
    worker"), so the line was saved as her role and headed her every line in the social
    worker's summary. Initials that something happened to, or that said or did something,
    are the child's: offered to "Worries", as other short accounts are."""
    chat = sent_at("contribution", "role", typed)
    assert "role" not in chat.draft.answers
    (nudge,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert '"Worries"' in nudge


@pytest.mark.parametrize("typed", ["LA social worker", "Acting DSL from today",
                                   "LA social worker who came out today",
                                   "DS on the case since today",
                                   "PC who came to the house last night"])
def test_a_role_with_that_short_form_is_still_saved(typed: str) -> None:
    chat = sent_at("contribution", "role", typed)
    said = " ".join(getattr(reply, "text", "") for reply in chat.replies)
    assert "reads like what you have seen or heard" not in said
    assert chat.draft.answers.get("role", typed) == typed


# --- a social worker who is also a partner, back with /resume -----------------------------------


async def partner_part_answered(bot: Bot) -> None:
    """LEAD2 answers every question of USER's health link for FM-3, and does not send it."""
    await mapping(bot, "FM-3")
    await answers_link(bot, await link(bot, "health"), LEAD2)
    await bot.tap(labelled(bot, "Keep"), user=LEAD2)
    await answers(bot, LEAD2, ("Health visitor", "FM came in to clinic with a burn on his hand",
                               "Mum brings him to every appointment",
                               "I will visit at home with the social worker by fri 11 dec", "4",
                               "/skip", "/skip"))


async def test_resume_with_her_own_finished_draft_and_a_part_unsent_names_both(
        team: Bot) -> None:
    """A social worker had finished her own reflection for KB-2, then answered every
    question of a colleague's link for FM-3 (the health visitor was off) and was called
    away before sending it. Back with /resume she read only "You've answered every question
    ...", a partner's line: her own KB-2 was not named. Both are."""
    await finished_reflection(team, "KB-2", LEAD2)
    await partner_part_answered(team)
    await team.say("/resume", user=LEAD2)
    told = phone(team, LEAD2)[-3:]
    assert told[0].startswith('You have no unfinished drafts. Finished and kept: "KB-2".')
    assert told[1].startswith("You've answered every question.")
    assert told[2].startswith("That's every question. Send your contribution to Practitioner")


async def test_her_own_draft_resumed_is_not_followed_by_the_offer_to_send_her_part(
        team: Bot) -> None:
    """The same social worker with her own reflection for KB-2 part way: /resume opened
    KB-2, and under its question, and under every question after it, came "That's every
    question. Send your contribution to Practitioner now?", the part for FM-3, so each of her
    answers scrolled off above an offer about another family. She is told once, above her
    question, that the part waits to be sent and how to go back to it; /resume FM-3 does,
    with the offer to send."""
    for said in ("/new reflection", "KB-2", "School or college"):
        await team.say(said, user=LEAD2)
    await partner_part_answered(team)
    await team.say("/resume", user=LEAD2)
    told = phone(team, LEAD2)[-3:]
    assert told[0] == ('Your part for "FM-3" has every question answered and is not sent yet: '
                       "/resume FM-3 goes back to it, to send it.")
    assert told[1] == '✓ Back to "KB-2": Pre-referral reflection.'
    assert "Question 2 of 8" in told[2]
    await team.say("On 3 Dec she told her teacher dad hit her with a belt", user=LEAD2)
    assert "Question 3 of 8" in phone(team, LEAD2)[-1]
    await team.say("/resume FM-3", user=LEAD2)
    assert phone(team, LEAD2)[-1].startswith("That's every question. Send your contribution")
    await team.tap("t:ps", user=LEAD2)
    assert phone(team, LEAD2)[-1].startswith("Sent to Practitioner")


# --- a few signs typed at "choose all that fit, or none" ---------------------------------------


@pytest.mark.parametrize(("typed", "picked"), [
    ("out late and money", ["late", "money"]),
    ("Out late & money", ["late", "money"]),
    ("money and out late", ["late", "money"]),
    ("late, money", ["late", "money"]),  # as before
])
def test_signs_typed_with_and_between_them_are_ticked(typed: str, picked: list[str]) -> None:
    """A personal adviser answering "Has anyone noticed any of these? Choose all that fit,
    or none." on his phone typed "out late and money" and read "I couldn't match that to
    one of the options ... If it belongs with your answer to "What worries others", /back
    goes back to it": "late, money" was read, "and" between them was not. Both are ticked,
    and the note about someone outside the home follows."""
    chat = sent_at("success", "outside_signs", typed)
    assert chat.draft.answers["outside_signs"] == picked


@pytest.mark.parametrize("typed", ["not that I know of", "Not that we know of.",
                                   "not as far as I know", "none that I know of",
                                   "nothing noticed", "none so far"])
def test_none_that_she_knows_of_at_choose_all_that_fit_or_none_is_none(typed: str) -> None:
    """He typed "not that I know of" there, and was told it matched no option and pointed
    back to his answer before it; "none" went on. It is none, as "none" is."""
    chat = sent_at("success", "outside_signs", typed)
    assert chat.draft.answers["outside_signs"] == []
    assert chat.asked != "outside_signs"


# --- a location or a contact sent at a question -----------------------------------------------


async def test_a_location_and_a_contact_sent_at_a_question_are_each_answered(team: Bot) -> None:
    """A family support worker at the family's door shared her location at "Has the family
    agreed to early help ...?", meaning to note where she was, then nan's contact card. The
    location was answered with "photos, voice notes, stickers and files aren't stored", none
    of which she had sent, and the contact with nothing at all, so she could not tell
    whether nan's number was now kept. Each is named and said not to be stored."""
    await team.say("/new wellbeing")
    await team.say("KB-12")
    await team.feed(team.updates.message(USER, location={"latitude": 51.5, "longitude": -0.1}))
    told = phone(team)[-2:]
    assert told[0] == ("I can only read text, please: that location isn't stored. Type your "
                       "answer instead.")
    assert "Has the family agreed to early help" in told[1]
    shown = len(phone(team))
    await team.feed(team.updates.message(
        USER, contact={"phone_number": "+447700900000", "first_name": "Nan"}))
    assert phone(team)[shown:] == [
        "That contact isn't stored either: please type your answer to the question above."]


# --- words typed in quotation marks, quoted back -----------------------------------------------


@pytest.mark.parametrize("typed", ['"I\'m hungry"', "“I'm hungry”"])
def test_words_in_quotation_marks_are_quoted_back_once(tmp_path: Path, typed: str) -> None:
    """A social worker who had finished her reflection typed a child's words, in quotation
    marks as the tools ask for a child's words, and read 'I haven't saved ""I'm hungry"".',
    the marks doubled on her screen as if something had gone wrong. They are quoted back
    once."""
    said = chat(tmp_path / "sosbot.db", *REFLECTION, typed).stdout
    assert 'I haven\'t saved "I\'m hungry".' in said
    assert '""' not in said


# --- the same warning for several worries, read on a phone -------------------------------------


async def test_the_same_warning_for_three_worries_is_given_once(team: Bot) -> None:
    """A social worker finished a Harm Matrix with three worries, each likely to happen
    again and the child far from safe from it, and opened the summary on her phone to
    paste into a strategy discussion request. It opened with the same four-line warning
    three times, "Harm (worry 1)", "(worry 2)", "(worry 3)", before anything of the case,
    and she pasted all three. It is given once, naming the three worries."""
    await team.say("/new harm_matrix")
    await team.say("KB-12")
    for line in typed_lines(load_flows()["harm_matrix"], nudger=nudger()):
        await team.say(line)
    await team.say("/summary")
    summary = "\n".join(phone(team)).rsplit("Harm Matrix: KB-12", 1)[-1]
    assert summary.count("This harm is likely to happen again") == 1
    assert "⚠️ Harm (worry 1, worry 2 and worry 3): This harm is likely to happen again" in summary


def test_the_partners_part_tried_at_the_terminal_is_not_said_to_wait_to_be_sent(
        tmp_path: Path) -> None:
    """At the terminal, where the partner's part is only tried and never sent, /resume of a
    draft of her own says nothing of sending it."""
    lines = ["P-1", "1", "Class teacher",
             "He came in hungry three days this week and said mum was asleep",
             "He is always at school on time and loves reading",
             "School to keep him in breakfast club daily", "5",
             "Worried but he is in school every day", "", "/new reflection", "KB-1", "2",
             "/resume"]
    done = chat(tmp_path / "sosbot.db", *lines, flow="contribution")
    assert done.returncode == 0, done.stderr
    after = done.stdout.split('Started "KB-1"', 1)[1]
    assert 'Back to "KB-1"' in after
    assert "not sent yet" not in after
