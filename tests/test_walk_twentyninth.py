"""The twenty-ninth walk: a police officer on a colleague's partner link, answering in clipped
notes with /back and /edit, away for two days half-way; a family support worker's My Three
Houses with a 7-year-old (her words as she said them, "idk", emoji, a drawing sent as a
photo) and the mapping for the same family; and a team manager in supervision with two
workers' cases, moving between them by label, reading summaries, exporting and discarding
one. Each test of a defect failed on the code as it was; the others guard what the fixes
must leave alone."""

from __future__ import annotations

from html import unescape

import pytest

from flows.engine_words import MSG
from flows.loader import load_flows
from tests.test_telegram_handlers import (
    PARTNER,
    USER,
    Bot,
    a_partner_on_a_mapping,
    bot,
    button,
    texts_to,
)
from tests.test_walk_seventeenth import reach
from tests.test_walk_twentyeighth import asked_once_then_kept, first_nudge
from tests.test_walk_twentyeighth import (
    test_a_hello_with_an_apology_on_coming_back_shows_the_question_again as shown_again,
)

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


# --- the police officer at a partner's link ---------------------------------------------------


@pytest.mark.parametrize("typed", ["back. where was i", "Back - where were we?",
                                   "back now, where was I", "I'm back now",
                                   "Morning, back again", "right, back to this"])
def test_back_in_a_notes_few_words_shows_the_question_again(typed: str) -> None:
    """A police officer answering a colleague's partner link was called to a job at "What is
    going well for this child". Two days later she typed "back. where was i", as her notes
    read. It was saved as her answer, and the social worker's summary read "What's working
    well? Police, PC 4471: back. where was i". Back, in the few words notes use, shows the
    question again, as "I'm back, where was I?" did."""
    shown_again(typed)  # at "What is going well", as a hello with an apology is


@pytest.mark.parametrize(("typed", "step_id"), [
    ("Morning", "working_well"), ("dad came back", "worries"), ("back now", "worries"),
    ("back at school now", "working_well")])
def test_back_or_morning_as_words_of_the_answer_are_not_taken_for_a_hello(
        typed: str, step_id: str) -> None:
    chat = reach(FLOWS["contribution"], step_id)
    chat.send(typed)
    assert not {MSG["where_you_were"], MSG["hello_first"]} & set(chat.notices())


def test_back_alone_still_goes_back() -> None:
    chat = reach(FLOWS["contribution"], "working_well")
    chat.send("back")
    assert chat.asked == "worries"


@pytest.mark.parametrize("typed", ["3/10", "3 / 10", "3 out of 10"])
def test_a_number_out_of_ten_at_a_written_question_is_asked_about(typed: str) -> None:
    """Back from /edit at "What needs to happen next", the officer expected her number next
    and typed "3/10". It was saved as what needs to happen, and the social worker's summary
    read "What needs to happen? Police, PC 4471: 3/10". A number out of ten is asked about
    once, as a number alone is."""
    asked_once_then_kept(FLOWS["contribution"], "needs_to_happen", typed, "is only a number")


def test_what_one_point_higher_looks_like_typed_after_the_reason_is_offered_back_to_it() -> None:
    """The officer sent her number with its reason, "3/10 - R on bail, mum supportive of
    prosecution", and then what a 4 would be, "4 = R not back for a month", as the scale's
    own follow-up asks. The reason was taken from the number's line, so the next question
    on the screen was what the child has said, and her line was saved as the child's own
    words: the summary read “4 = R not back for a month” (the child's words). It is now
    offered back to the reason, as a line starting with "and" is."""
    chat = reach(FLOWS["contribution"], "partner_scale")
    chat.send("3/10 - R on bail, mum supportive of prosecution")
    assert chat.asked == "child_said"
    chat.send("4 = R not back for a month")
    assert "child_said" not in chat.draft.answers
    assert 'starts with "4"' in first_nudge(chat)
    chat.command("back")
    assert chat.draft.answers["partner_scale_why"] == (
        "R on bail, mum supportive of prosecution 4 = R not back for a month")
    assert chat.asked == "child_said"


@pytest.mark.parametrize("typed", ["2 big boys hit me", "3 times daddy hurt mummy",
                                   "Mum: 5, she says R has kept away"])
def test_a_line_with_a_number_that_is_not_about_the_scale_is_the_answer(typed: str) -> None:
    chat = reach(FLOWS["contribution"], "partner_scale")
    chat.send("3 because R is on bail")
    chat.send(typed)
    assert chat.draft.answers.get("child_said") == typed


async def test_a_partner_typing_after_the_last_question_is_told_it_was_not_saved(
        bot: Bot) -> None:
    """Having answered every question, the officer typed the child's words she had
    remembered, "daddy hurt mummy". She was told "This draft is finished. /summary shows it,
    /review lets you change an answer, and /new starts another": nothing said her words
    were not saved, and /new is not open to a partner. She is now told they were not
    saved and how to change an answer before she sends it."""
    await a_partner_on_a_mapping(bot)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")), user=PARTNER)
    for said in ("designated safeguarding lead", "On Monday J came in with bruises",
                 "Nan collects J on Fridays and he is happy then",
                 "The school will give J breakfast club from Monday 7 December", "4",
                 "He comes to school every day", "/skip"):
        await bot.say(said, user=PARTNER)
    await bot.say("daddy hurt mummy", user=PARTNER)
    note = unescape(texts_to(bot, PARTNER)[-2])
    assert 'I haven\'t saved "daddy hurt mummy"' in note
    assert "/new" not in note
    assert "Send your contribution" in texts_to(bot, PARTNER)[-1]


def test_a_note_typed_after_a_finished_tool_is_said_not_to_be_saved() -> None:
    """The family support worker skipped "Anything you noticed" and then typed what she had
    noticed; the draft had finished, and the reply did not say her note was not saved."""
    chat = reach(FLOWS["three_houses"], "worker_noticed")
    chat.command("skip")
    assert chat.finished
    chat.send("K wouldn't draw the worries house at first")
    assert chat.notices()[0].startswith('I haven\'t saved "K wouldn\'t draw the worries house')
    assert "/new starts another" in chat.notices()[0]


# --- the team manager's two supervision drafts -----------------------------------------------


async def two_workers_cases(bot: Bot) -> None:
    """USER prepares supervision for two workers' cases, "Sup-JB" and "Sup-KT", and goes back
    to Sup-JB: Sup-KT is unfinished beside it."""
    for label in ("Sup-JB", "Sup-KT"):
        await bot.say("/new supervision")
        await bot.say(label)
        await bot.say("Thursday 10 December, 2pm")
    await bot.say("/resume Sup-JB")
    assert 'Back to "Sup-JB"' in shown(bot)[-2]


def shown(bot: Bot) -> list[str]:
    """What USER's chat shows, as read (not as Telegram HTML)."""
    return [unescape(text) for text in texts_to(bot, USER)]


async def labels_kept(bot: Bot) -> list[str]:
    return sorted(d.label for d in await bot.conversation.drafts(USER))


async def open_label(bot: Bot) -> str | None:
    draft = await bot.conversation.active(USER)
    return draft.label if draft is not None else None


@pytest.mark.parametrize("typed", ["/resume sup kt", "/resume SupKT", "/resume KT",
                                   "/resume kt"])
async def test_resume_with_a_label_typed_without_its_dash_or_by_its_part_opens_it(
        bot: Bot, typed: str) -> None:
    """On her phone, the team manager typed "/resume sup kt" for the other worker's case,
    "Sup-KT" (the dash is on the keyboard's second page), and then "/resume KT". Each was
    answered "I can't find that draft among yours". A label typed with a space or nothing
    between its parts, or by one of its parts when only one draft has it, opens it."""
    await two_workers_cases(bot)
    await bot.say(typed)
    assert any('Back to "Sup-KT"' in text for text in shown(bot)[-2:])


async def test_resume_with_a_part_two_labels_share_asks_which(bot: Bot) -> None:
    await two_workers_cases(bot)
    await bot.say("/resume sup")
    assert "More than one of your drafts matches that" in shown(bot)[-1]


async def test_cancel_with_another_drafts_label_discards_that_draft(bot: Bot) -> None:
    """In supervision a team manager had "Sup-JB" open and sent "/cancel Sup-KT" to discard
    the other worker's draft, closed since. The label was passed over: she was asked
    "Discard the draft "Sup-JB" and all its answers?", the one she was working on, and a
    quick tap on Yes would have lost it. /cancel with a label now asks about that draft,
    and the draft open stays open, its question shown again."""
    await two_workers_cases(bot)
    await bot.say("/cancel Sup-KT")
    assert 'Discard the draft "Sup-KT"' in shown(bot)[-1]
    await bot.tap(button(bot, "y:"))
    assert await labels_kept(bot) == ["Sup-JB"]
    assert await open_label(bot) == "Sup-JB"
    assert "Question 2 of" in shown(bot)[-1]


@pytest.mark.parametrize("typed", ["/cancel", "/cancel this one", "/cancel sup-jb"])
async def test_cancel_alone_or_naming_the_open_draft_asks_about_the_open_one(
        bot: Bot, typed: str) -> None:
    await two_workers_cases(bot)
    await bot.say(typed)
    assert 'Discard the draft "Sup-JB"' in shown(bot)[-1]


async def test_summary_with_another_drafts_label_shows_that_drafts_summary(bot: Bot) -> None:
    """"/summary Sup-KT", sent to check the other worker's case, showed the summary of
    "Sup-JB", the draft open. It now opens Sup-KT, as /resume Sup-KT does, and shows its
    summary."""
    await two_workers_cases(bot)
    await bot.say("/summary Sup-KT")
    said = shown(bot)
    assert any('Back to "Sup-KT"' in text for text in said[-4:])
    assert "Sup-KT" in said[-1]
    assert "Sup-JB" not in said[-1]
    assert await open_label(bot) == "Sup-KT"


async def test_export_with_another_drafts_label_sends_that_drafts_documents(bot: Bot) -> None:
    """"/export Sup-KT" (as `sosbot export LABEL` is typed) sent the documents of "Sup-JB",
    the draft open, to take to the meeting about the other case. It now opens Sup-KT first
    and sends its documents."""
    await two_workers_cases(bot)
    await bot.say("/export Sup-KT")
    assert any('Back to "Sup-KT"' in text for text in shown(bot)[-3:])
    assert bot.request.sent("sendDocument")  # of the draft open (bot.exporting): Sup-KT
    assert await open_label(bot) == "Sup-KT"


async def test_export_with_words_that_name_no_draft_sends_the_open_drafts(bot: Bot) -> None:
    await two_workers_cases(bot)
    await bot.say("/export word")
    assert bot.request.sent("sendDocument")
    assert await open_label(bot) == "Sup-JB"


async def test_delete_with_a_drafts_label_asks_to_discard_only_that_draft(bot: Bot) -> None:
    """Done with the other worker's case, the team manager sent "/delete Sup-KT". The label
    was passed over and she was asked "Erase everything stored about you: every draft, every
    answer and your settings?": Yes would have erased Sup-JB, her own work, too. With a
    draft's label, /delete now asks to discard only that draft, as /cancel does."""
    await two_workers_cases(bot)
    await bot.say("/delete Sup-KT")
    assert 'Discard the draft "Sup-KT"' in shown(bot)[-1]
    await bot.tap(button(bot, "y:"))
    assert await labels_kept(bot) == ["Sup-JB"]


@pytest.mark.parametrize("typed", ["/delete", "/delete everything"])
async def test_delete_alone_still_asks_to_erase_everything(bot: Bot, typed: str) -> None:
    await two_workers_cases(bot)
    await bot.say(typed)
    assert "Erase everything stored about you" in shown(bot)[-1]


# --- the family support worker's My Three Houses ---------------------------------------------


async def at_the_house_of_worries(bot: Bot) -> None:
    """USER's My Three Houses for K (7), "KM-7", answered up to the house of worries."""
    await bot.say("/new three_houses")
    await bot.say("KM-7")
    await bot.say("/skip")  # the child named nobody who must not see it
    await bot.tap(button(bot, "a:"))  # the first choice: "Happy for all of it to be shared"
    for said in ("mum, nan and the people at the meeting", "7",
                 "Thursday 3 December, after school, at the kitchen table at home",
                 "Me (family support worker); mum was in the next room"):
        await bot.say(said)
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":both")))  # talked and drew
    assert "house of worries" in shown(bot)[-1]


def photo(bot: Bot, **caption: str) -> dict[str, object]:
    return bot.updates.message(USER, photo=[{"file_id": "p", "file_unique_id": "p",
                                             "width": 90, "height": 90}], **caption)


async def test_a_childs_drawing_sent_as_a_photo_says_what_to_type_instead(bot: Bot) -> None:
    """At the house of worries, the family support worker sent a photo of K's drawing. She
    was told "photos ... aren't stored. Type your answer instead": so she typed what the
    drawing showed ("she drew a big black cloud over the house"), which the question keeps
    as K's own words, and was asked about it in turn. At a question that keeps the child's
    words, the note now says to keep the drawing with her records and type what the child
    said or wrote about it."""
    await at_the_house_of_worries(bot)
    await bot.feed(photo(bot))
    note, asked = shown(bot)[-2:]
    assert "child's drawing" in note
    assert "in their words" in note
    assert "house of worries" in asked


async def test_a_photo_elsewhere_is_still_told_to_type_the_answer(bot: Bot) -> None:
    await bot.say("/new three_houses")
    await bot.say("KM-7")
    await bot.feed(photo(bot))
    assert "Type your answer instead" in shown(bot)[-2]
