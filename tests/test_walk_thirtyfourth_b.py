"""The thirty-fourth walk (b): partner-agency staff on a phone, through the real Application.
A GP practice's safeguarding lead doing the three-minute pre-referral reflection between
patients (short answers, medical short forms, called away twice, then the text to paste into
the referral form); a nursery manager asked by a social worker's link to add to a mapping,
who wrote about the wrong sibling and put it right before sending; a team manager preparing
group supervision for two cases with labels alike, going between them with /resume. Each
test of a defect failed on the code as it was; the others guard what the fixes must leave
alone."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from telegram.request import RequestData

from bot.exporting import exporter_for
from flows.flow import Flow
from tests.memory_botapi import MemoryRequest
from tests.test_telegram_handlers import USER, Bot, running
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import answers, link, mapping, opens, phone, read, team
from tests.test_walk_thirtythird_c import reminders

__all__ = ["team"]  # the fixture: the bot, with two social workers who may use it

NURSERY = 5005  # the nursery manager, asked by USER's link


async def text_export(bot: Bot, user: int = USER) -> str:
    """The text document /export sends `user` for their open draft."""
    files = await exporter_for(bot.conversation)(user)
    return next(data.decode() for name, data in files if name.endswith(".txt"))


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


# --- the GP's reflection, with an answer held by a reminder ---------------------------------


async def the_gp_at_the_next_steps(bot: Bot) -> None:
    """USER's pre-referral reflection "JD0412", as a GP practice's safeguarding lead writes
    it between patients: the next step is held by the reminder about "MASH"."""
    await bot.say("/new reflection JD0412")
    await bot.tap(labelled(bot, "Health"))
    await bot.say("4yo bruising L upper arm x3 ?fingertip marks, mum says fell off bike")
    await bot.tap(labelled(bot, "I don't know"))
    await bot.tap(labelled(bot, "Not told: it could put the child at more risk"))
    await bot.say("Attends all imms, nan collects from school daily")
    await bot.say("Refer to MASH today & I will d/w named GP")
    assert 'You wrote "MASH"' in read(bot)


async def test_the_summary_says_which_answer_a_reminder_still_holds(team: Bot) -> None:
    """Called to the next patient with the reminder about "MASH" on the screen, the GP sent
    /summary on coming back, to paste into the referral form. The summary had no "What needs
    to happen" and nothing said why: the next step she had typed was held by the reminder,
    and the form would have gone without it. A line under the summary says so, and /continue
    shows the reminder."""
    bot = team
    await the_gp_at_the_next_steps(bot)
    await bot.say("/pause")
    await bot.say("/summary")
    summary, held = phone(bot)[-2:]
    assert "What needs to happen?" not in summary
    assert held == ('Not in this summary yet: "Refer to MASH today & I will d/w named GP", '
                    'what you typed for "Next, and by whom". It waits for your reply to the '
                    "note about it: /continue shows the note.")
    await bot.say("/continue")
    assert 'You wrote "MASH"' in read(bot)
    await bot.tap(labelled(bot, "Keep it as it is"))
    await bot.say("/summary")
    assert "Next, and by whom: Refer to MASH today & I will d/w named GP" in read(bot)


async def test_the_export_says_which_answer_a_reminder_still_holds(team: Bot) -> None:
    bot = team
    await the_gp_at_the_next_steps(bot)
    await bot.say("/export")
    assert len(bot.request.sent("sendDocument")) == 3
    told = bot.texts()[-1]  # a message of plain text, as Telegram shows it
    assert told.startswith('Not in these documents yet: "Refer to MASH today & I will d/w '
                           'named GP", what you typed for "Next, and by whom".')
    assert told.endswith("Once it is answered, /export sends the documents with it.")
    assert "Refer to MASH" not in await text_export(bot)
    await bot.tap(labelled(bot, "Keep it as it is"))
    await bot.say("/export")
    assert "Next, and by whom: Refer to MASH today & I will d/w named GP" \
        in await text_export(bot)
    assert not bot.texts()[-1].startswith("Not in")


async def test_a_summary_with_nothing_held_has_no_line_under_it(team: Bot) -> None:
    bot = team
    await the_gp_at_the_next_steps(bot)
    await bot.tap(labelled(bot, "Keep it as it is"))
    await bot.say("/summary")
    assert read(bot).startswith("Pre-referral reflection: JD0412")


# --- the team manager's two supervision drafts -----------------------------------------------


async def two_cases(bot: Bot) -> None:
    """USER's group supervision preparation for "Sup AB-1" and "Sup AB-12", the second one
    open."""
    for label in ("Sup AB-1", "Sup AB-12"):
        await answers(bot, USER, ("/new supervision", label, "Thurs 10 Dec 2pm",
                                  "TM, team manager"))


@pytest.mark.parametrize("typed", ["/resume AB-1", "/resume ab 1", "/continue AB-1"])
async def test_the_end_of_a_label_opens_that_draft_not_one_it_starts(team: Bot,
                                                                     typed: str) -> None:
    """With "Sup AB-1" and "Sup AB-12" on the go, the team manager typed "/resume AB-1"
    and was told "I can't find that draft among yours". The end of a label, in whole parts,
    names that draft, not "Sup AB-12", of which "AB-1" is only the start of a part."""
    bot = team
    await two_cases(bot)
    await bot.say(typed)
    assert any(said.startswith('✓ Back to "Sup AB-1"') for said in phone(bot)[-3:])
    assert read(bot).startswith("[Sup AB-1] Question 3 of 20")
    opened = await bot.conversation.active(USER)
    assert opened is not None
    assert opened.label == "Sup AB-1"


async def test_a_part_two_drafts_share_still_asks_which(team: Bot) -> None:
    bot = team
    await two_cases(bot)
    await bot.say("/resume AB")
    assert read(bot).startswith("More than one of your drafts matches that")


@pytest.mark.parametrize("typed", ["sorry, back now", "back now", "ok back now"])
async def test_back_now_after_being_called_away_shows_the_reminder_again(team: Bot,
                                                                          typed: str) -> None:
    """Called away with the reminder about "MASH" on the screen, the GP came back hours
    later and typed "sorry, back now". She was asked "Is that your new answer to it, or is
    it for the next question?", with three buttons, about a line that answered nothing. It
    reads as being back, as "I'm back" does: the reminder is shown again."""
    bot = team
    await the_gp_at_the_next_steps(bot)
    await bot.say("/pause")
    await bot.say(typed)
    back, reminder = phone(bot)[-2:]
    assert back.startswith("Hello again. Here is where you were")
    assert 'You wrote "MASH"' in reminder
    await bot.tap(labelled(bot, "Keep it as it is"))
    await bot.say("/summary")
    assert "Next, and by whom: Refer to MASH today & I will d/w named GP" in read(bot)
    assert "back now" not in read(bot)


async def test_back_now_at_a_choice_shows_the_question_again(team: Bot) -> None:
    bot = team
    await bot.say("/new reflection JD0412")
    await bot.tap(labelled(bot, "Health"))
    await bot.say("4yo bruising L upper arm x3 ?fingertip marks, mum says fell off bike")
    await bot.say("/pause")
    await bot.say("back now")
    back, asked = phone(bot)[-2:]
    assert back.startswith("Hello again. Here is where you were")
    assert "is the child safe to go home today?" in asked


# --- a GP's strengths, in a GP's words -------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "Up to date with imms, growing well on centiles",
    "Up to date with immunisations and developmental checks",
    "Up-to-date with all health checks, mum brings her to every one"])
def test_a_child_up_to_date_with_checks_is_a_strength_as_written(typed: str) -> None:
    """The GP's "Up to date with imms, growing well on centiles", at what is going well, was
    answered "... says what the services did, but not yet what it meant for the child":
    "to" in "up to date" was read as a worker's step ("GP to review"). It is saved, as
    "Immunisations up to date" was."""
    chat = sent_at("reflection", "going_well", typed)
    assert reminders(chat) == []
    assert chat.draft.answers["going_well"]


def test_what_the_services_did_at_what_is_going_well_is_still_asked_about() -> None:
    chat = sent_at("reflection", "going_well", "Plan was reviewed at core group")
    assert "says what the services did" in reminders(chat)[0]


# --- the text to paste into the referral form ------------------------------------------------


class Filed(MemoryRequest):
    """Telegram in memory, keeping the file name of each document sent."""

    def __init__(self) -> None:
        super().__init__()
        self.files: list[str] = []

    async def do_request(self, url: str, method: str, request_data: RequestData | None = None,
                         *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        if request_data is not None and request_data.multipart_data:
            self.files += [str(part[0]) for part in request_data.multipart_data.values()]
        return await super().do_request(url, method, request_data, *args, **kwargs)


@pytest.fixture
async def filed(tmp_path: Path, flows: Mapping[str, Flow]) -> AsyncIterator[Bot]:
    """The bot, its documents' file names kept (`Filed`)."""
    async with running(tmp_path, flows, Filed()) as the_bot:
        yield the_bot


def documents(bot: Bot) -> list[str]:
    assert isinstance(bot.request, Filed)
    return bot.request.files


@pytest.mark.parametrize(("typed", "ending"), [
    ("/export text", ".txt"), ("/export txt", ".txt"), ("/export Word", ".docx"),
    ("/export html", ".html")])
async def test_export_with_a_kind_of_document_sends_that_one(filed: Bot, typed: str,
                                                             ending: str) -> None:
    """The GP sent "/export text" for the text to paste into the referral form and was sent
    three documents, a web page, a Word file and the text, to tell apart on her phone. The
    kind named is the one sent."""
    bot = filed
    await the_gp_at_the_next_steps(bot)
    await bot.tap(labelled(bot, "Keep it as it is"))
    await bot.say(typed)
    sent = documents(bot)
    assert len(sent) == 1
    assert sent[0].endswith(ending)
    await bot.say("/export")
    assert len(documents(bot)) == 4  # and all three without one named


# --- a meeting still to come, at the next steps ----------------------------------------------


@pytest.mark.parametrize("typed", ["Strategy discussion needed.",
                                   "Strategy meeting to be held by Friday 11 Dec"])
def test_a_strategy_meeting_still_to_come_is_asked_who_will_arrange_it(typed: str) -> None:
    """The GP's next step "Strategy discussion needed." was answered "Who did what with the
    family, and what changed? A few words about what was actually seen or heard, like "At
    the meeting Mum said ...", of a meeting no one had held yet. It is asked who will
    arrange it, and by when."""
    chat = sent_at("reflection", "needs_to_happen", typed)
    said = reminders(chat)[0]
    assert "Who will arrange it, and by when?" in said
    assert "what changed" not in said


def test_a_strategy_meeting_held_is_still_asked_what_changed() -> None:
    chat = sent_at("reflection", "needs_to_happen", "Strategy discussion held on 2 Dec")
    assert "what changed" in reminders(chat)[0]
