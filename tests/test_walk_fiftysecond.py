"""The fifty-second walk: four practitioners on their phones, each on another tool. A school's
safeguarding lead typing fast, a health visitor in long dictated sentences, a social worker
switching between Welsh and English, a child's worker typing the child's words as said;
through the real Application (in memory) on real SQLite files. Each test of a defect failed
on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io

import pytest
from docx import Document

from bot.summary_html import render_telegram
from flows.export import render_export_text, render_html
from flows.loader import load_flows
from flows.render import render_text
from flows.replies import Nudge
from flows.summary import build_summary
from flows.wordfile import summary_docx
from tests.test_attacks_fourteenth import answers_now
from tests.test_fixes_nineteenth import at_safe_today
from tests.test_telegram_handlers import Bot, bot, counts
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import phone

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


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


# --- "cp conf" at the date of the meeting ---------------------------------------------------


async def at_the_meeting_date(bot: Bot) -> None:
    """A contextual mapping at "If this is for a meeting, when is it?"."""
    await bot.say("/new contextual")
    await bot.say("YP-JB")
    await bot.say("JB, designated safeguarding lead, St Mary's High")
    assert "when is it?" in phone(bot)[-1]


@pytest.mark.parametrize(("typed", "written"), [
    ("cp conf thurs 10th dec", "cp conf"), ("CP case conference, Thursday 10 December",
                                            "CP case conference")])
async def test_a_cp_conference_is_asked_to_be_written_out_not_what_the_plan_is(
        bot: Bot, typed: str, written: str) -> None:
    """A school's safeguarding lead, typing fast, gave the meeting as "cp conf thurs 10th
    dec". She was asked to write "child protection" in full "and say what the plan or worry
    is", at the date of a meeting, which holds neither. She is asked to write "child
    protection conference" in full, and nothing more."""
    await at_the_meeting_date(bot)
    await bot.say(typed)
    asked = phone(bot)[-1]
    assert asked.startswith(f'You wrote "{written}". Could you write "child protection '
                            'conference" in full?')
    assert "plan or worry" not in asked
    assert "meeting_date" not in await answers_now(bot)


async def test_a_cp_plan_is_still_asked_what_the_plan_is(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":school")))
    await bot.say("She is on a CP plan and came in with a bruise on her arm on Monday")
    assert 'Could you write "child protection" in full and say what the plan or worry is?' \
        in phone(bot)[-1]


# --- "what does this mean?" at where the young person is in care --------------------------


async def test_help_at_where_the_young_person_is_says_what_each_option_means(
        bot: Bot) -> None:
    """A social worker starting Signs of Success asked "what does this mean?" at "Which of
    these describes the young person now?" (In care, Getting ready to leave care, Left care).
    The help said only "Pick the nearest. It only goes at the top of the summary.", nothing
    of the options. It now says what each one means."""
    await bot.say("/new success")
    await bot.say("RB-17")
    await bot.say("what does this mean?")
    told = phone(bot)[-1]
    for option in ("In care:", "Getting ready to leave care:", "Left care:"):
        assert option in told
    assert "pathway plan" in told


# --- two quotes in one of the child's answers ------------------------------------------------


SIDE_BY_SIDE = '"i want daddy to be nice" & "a unicorn"'


def test_two_quotes_in_one_answer_are_not_quoted_twice() -> None:
    """A child's worker wrote what a girl put in her house of dreams as she said it, two
    things in quotation marks: '"i want daddy to be nice" & "a unicorn"'. Every summary and
    export read '""i want daddy to be nice" & "a unicorn""' (in Telegram, the Word file and
    the web page '“"i want daddy to be nice" & "a unicorn"”'): the marks doubled at each end.
    Each is now quoted once, in the summary's own marks."""
    flow = FLOWS["three_houses"]
    chat = reach(flow, "house_dreams")
    chat.send(SIDE_BY_SIDE)
    chat.send('"my nanny makes pancakes", "PLAYING WITH MY DOG BISCUT!!!" 😀')
    chat.command("done")
    summary = build_summary(flow, chat.draft)
    for text in (render_text(summary), render_export_text(summary)):
        assert ' "i want daddy to be nice" & "a unicorn" (' in text
        assert ' "my nanny makes pancakes", "PLAYING WITH MY DOG BISCUT!!!" 😀 (' in text
        assert '""' not in text
    for html in (render_telegram(summary), render_html(summary)):
        assert "“i want daddy to be nice” &amp; “a unicorn”" in html
        assert "“my nanny makes pancakes”, “PLAYING WITH MY DOG BISCUT!!!”" in html
        assert "“&#34;" not in html
        assert "“\"" not in html
    word = Document(io.BytesIO(summary_docx(summary)))
    said = [p.text for p in word.paragraphs] + [
        p.text for t in word.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    assert any("“i want daddy to be nice” & “a unicorn” (" in p for p in said)
    assert chat.draft.answers["house_dreams"][0] == SIDE_BY_SIDE  # kept as typed


@pytest.mark.parametrize("said", ['she said "stop" and I said "no"',
                                  '"a unicorn" and then she cried "daddy"'])
def test_a_sentence_around_two_quotes_stays_the_childs_as_typed(said: str) -> None:
    flow = FLOWS["three_houses"]
    chat = reach(flow, "house_dreams")
    chat.send(said)
    chat.command("done")
    assert f'- "{said}" (' in render_text(build_summary(flow, chat.draft))


# --- asking in Welsh what a question means ---------------------------------------------------


async def at_the_success_record(bot: Bot) -> None:
    """Signs of Success at "Whose views are not in here yet, and why?"."""
    await bot.say("/new success")
    await bot.say("RB-17")
    await bot.say("Left care")
    await bot.say("ydy")
    await bot.say("JH, social worker")
    for _ in range(2):
        await bot.say("/skip")
    assert "Whose views are not in here yet" in phone(bot)[-1]


@pytest.mark.parametrize("typed", ["beth yw hwn?", "Beth mae hyn yn ei olygu?",
                                   "dwi ddim yn deall", "sori, be di hwn?"])
async def test_asking_in_welsh_what_a_question_means_is_help_not_the_answer(
        bot: Bot, typed: str) -> None:
    """A social worker in Wales, switching between Welsh and English as she talks, asked
    "beth yw hwn?" (what is this?) at "Whose views are not in here yet, and why?". It was
    saved as her answer, and the record said "Whose views are missing: beth yw hwn?". It is
    read as /help, as "what does this mean?" is."""
    await at_the_success_record(bot)
    await bot.say(typed)
    assert "views_missing" not in await answers_now(bot)
    told = phone(bot)
    assert f'I\'ve read "{typed}" as /help' in told[-2]
    assert told[-1].startswith("💡 Example:")


async def test_asking_in_welsh_at_a_choice_shows_its_help(bot: Bot) -> None:
    await bot.say("/new success")
    await bot.say("RB-17")
    await bot.say("beth mae hyn yn ei olygu?")
    assert "Getting ready to leave care:" in phone(bot)[-1]
    assert "stage" not in await answers_now(bot)


async def test_welsh_words_that_answer_are_saved(bot: Bot) -> None:
    await at_the_success_record(bot)
    await bot.say("mam RB, heb ofyn eto")
    assert (await answers_now(bot))["views_missing"] == "mam RB, heb ofyn eto"


# --- called away, said with what called her --------------------------------------------------


@pytest.mark.parametrize("typed", ["sorry got pulled into a meeting, back in 10",
                                   "brb fire alarm", "fire drill - back in 5",
                                   "got called into a strategy meeting, will finish later"])
async def test_a_note_of_what_called_her_away_is_not_saved_as_the_answer(
        bot: Bot, typed: str) -> None:
    """A school's safeguarding lead, interrupted twice in a contextual mapping, typed "brb
    fire alarm", then "sorry got pulled into a meeting, back in 10". Both were saved as her
    answers, the second as who wrote the mapping, though "sorry got a shout, will finish
    later" or "back in 5" alone are kept back as notes of having to stop. What called her
    away, beside such a note, no longer makes it an answer."""
    await bot.say("/new contextual")
    await bot.say("YP-JB")
    await bot.say(typed)
    assert "author" not in await answers_now(bot)
    told = phone(bot)
    assert told[-2].startswith(f'I haven\'t saved "{typed}" as an answer: it reads as a note '
                               "that you have to stop for now.")
    assert "Who is writing this mapping?" in told[-1]


@pytest.mark.parametrize("typed", ["brb fire alarm", "sorry got pulled into a meeting, back in 10"])
def test_the_note_is_kept_back_at_a_list_too(typed: str) -> None:
    chat = sent_at("contextual", "yp_worries", typed)
    assert "yp_worries" not in chat.draft.answers


@pytest.mark.parametrize(("step", "typed"), [
    ("school_worries", "fire alarm set off twice by the older boys"),
    ("school_worries", "the fire alarm"),
    ("yp_worries", "got pulled into a car by older lads"),
    ("harm_signs", "she was dragged into a car on Friday and came back at 11pm")])
def test_what_happened_is_still_saved(step: str, typed: str) -> None:
    chat = sent_at("contextual", step, typed)
    saved = chat.draft.answers.get(step) or (chat.draft.pending and chat.draft.pending.value)
    assert saved in (typed, [typed])


# --- a name as people are called: Steve, Andy, Becky -----------------------------------------


@pytest.mark.parametrize(("flow_id", "step", "typed", "name"), [
    ("three_houses", "house_worries", "when STEVE SMITH comes round", "STEVE SMITH"),
    ("reflection", "what_happened", "Andy Jones, mum's partner, hit her with a belt",
     "Andy Jones"),
    ("reflection", "what_happened", "She says Becky Taylor at the park gives her vapes",
     "Becky Taylor")])
def test_a_full_name_by_the_name_people_are_called_is_asked_about(
        flow_id: str, step: str, typed: str, name: str) -> None:
    """A child's worker typed what a girl said as she said it, capitals and all: "when STEVE
    SMITH comes round". It was not asked about: in capitals a full name is read by the lists
    of names alone, and "Steve" was not among the first names ("Stephen" and "Steven"
    were), nor were Andy, Becky, Pete, Liz and the like, as most people are called. (Written
    "Andy Jones", the surname's capital was enough.)"""
    chat = sent_at(flow_id, step, typed)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert f'looks like a full name ("{name}")' in nudge.text


async def test_such_a_name_is_no_case_label(bot: Bot) -> None:
    """"steve-3" was taken as a case label, where "steven-3" is refused."""
    await bot.say("/new reflection")
    await bot.say("steve-3")
    assert "could identify someone" in phone(bot)[-2]
    assert (await counts(bot))["drafts"] == 0


def test_such_a_name_alone_is_still_not_asked_about() -> None:
    chat = sent_at("three_houses", "house_worries", "i dont like it when Steve comes round")
    assert [r for r in chat.replies if isinstance(r, Nudge)] == []


async def test_two_quotes_said_back_in_a_message_are_not_quoted_twice(bot: Bot) -> None:
    """The same words sent where they could not be saved were said back as 'I haven't saved
    ""i want daddy to be nice" & "a unicorn"" here.', the marks doubled as if something had
    gone wrong. They are said back as typed, the message's marks standing for the first and
    the last."""
    await at_safe_today(bot)
    await bot.say(SIDE_BY_SIDE)
    said = phone(bot)[-2]
    assert said.startswith(f"I haven't saved {SIDE_BY_SIDE} here.")
    assert '""' not in said
