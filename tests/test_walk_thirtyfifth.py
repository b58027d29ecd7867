"""The thirty-fifth walk: a hospital paediatric nurse asked by a social worker's link to add to
a mapping, her first time with the bot (unsure what to write, /help, /back, a photo by
mistake, a voice note, typing in a hurry, then wanting to see what she sent); an independent
reviewing officer's mapping for a looked-after child's review, interrupted and resumed, sent
to Word; a youth offending worker's My Three Houses and Signs of Success with a 15-year-old;
a team manager's Harm Matrix and contextual mapping at a strategy discussion. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtyfourth_b import text_export
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import answers, link, mapping, phone, read, team
from tests.test_walk_thirtythird_c import reminders

__all__ = ["bot", "team"]  # the fixtures: the bot; with two social workers who may use it

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
    "sorry what do I put", "ok so what do i write for this one", "no idea what to put",
    # typed in a hurry
    "wat do i put here", "what do i put hear", "waht do I write", "whta do i put",
    "what do i wirte here"])
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
    assert "3 of 10. Injuries don't match what mum said" in shown
    assert "“daddy shouted at me”" in shown
    assert "/delete withdraws it" in shown
    assert "JS social worker" not in shown  # nothing of the lead's own answers


async def test_other_lines_after_sending_are_told_it_is_locked(team: Bot) -> None:
    bot = team
    await the_nurse_sends_her_part(bot)
    await bot.say("R has been discharged to foster carers", user=NURSE)
    assert read(bot, NURSE).startswith('Your contribution to "LAC-R9" has been sent')


# --- the nurse's next step: a medical before he goes home ------------------------------------


@pytest.mark.parametrize("typed", [
    "skeletal survey and child protection medical before discharge",
    "Child protection medical before he is discharged",
    "Child protection medical before discharge from ward 4"])
def test_a_medical_before_discharge_is_not_read_as_done(typed: str) -> None:
    """Asked what needs to happen next, the nurse wrote "skeletal survey and child
    protection medical before discharge" and was told it "says what has been done, but not
    yet what happens next": "discharge" after "before" was read as the ward's work done,
    of a medical no one had done yet and a boy still on the ward."""
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert not any("says what has been done" in said for said in reminders(chat))


@pytest.mark.parametrize("typed", ["Referral made before discharge",
                                   "Medical completed before discharge"])
def test_work_done_before_discharge_is_still_asked_what_comes_next(typed: str) -> None:
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert any("says what has been done" in said for said in reminders(chat))


# --- the reviewing officer's phone call, at the child's own words ----------------------------


async def test_a_call_noted_at_the_childs_words_is_not_filed_as_theirs(bot: Bot,
                                                                       tmp_path: Path) -> None:
    """Preparing a child in care review, the independent reviewing officer was at "What has
    the child said worries them? Their exact words." when her phone rang: she typed "sorry
    phone call, back in 5", and the next morning "back". Both were saved as the child's
    worries, and the Word document for the review read “sorry phone call, back in 5”
    (child's words) and “back” (child's words) above what AB had said. Neither is saved: the
    question is shown again each time, and AB's words are his only."""
    for typed in ("/new mapping", "CLA-AB12"):
        await bot.say(typed)
    await bot.tap(labelled(bot, "A review or case discussion"))
    for typed in ("Child in care review, Mon 7 Dec 2026 2pm", "IRO",
                  "AB (9), birth mum, foster carers, CB (12, brother, placed apart)",
                  "Birth dad not seen", "in 6 months", "sorry phone call, back in 5"):
        await bot.say(typed)
    assert "What has the child said worries them?" in read(bot)
    with sqlite3.connect(tmp_path / "bot.db") as raw:  # the next morning
        raw.execute("UPDATE drafts SET updated_at = ?", (time.time() - 16 * 3600,))
    await bot.say("/resume CLA-AB12")
    await bot.say("back")
    assert "What has the child said worries them?" in read(bot)
    await bot.say('AB: "I miss CB, I only see him once a month"')
    await bot.say("done")
    text = await text_export(bot)
    assert 'a) AB: "I miss CB, I only see him once a month" (child\'s words)' in text
    assert "phone call" not in text
    assert '"back"' not in text


@pytest.mark.parametrize("typed", ["sorry phone call, back in 5", "sorry got a call, back in a bit",
                                   "I'm back", "back now", "hi, where was I?"])
@pytest.mark.parametrize(("flow_id", "step_id"), [("mapping", "house_worries"),
                                                  ("three_houses", "house_good"),
                                                  ("contribution", "child_said")])
def test_a_note_at_the_childs_words_is_asked_once_then_kept_as_theirs(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert not chat.draft.answers.get(step_id)
    assert chat.asked == step_id
    chat.send(typed)  # sent again: what the child said, after all
    assert chat.draft.answers[step_id] in (typed, [typed])


def test_a_phone_call_with_back_in_five_is_a_note_at_a_written_question() -> None:
    """"sorry phone call, back in 5" at the worst time was asked "says what the services
    did, but not yet what it meant for the child"."""
    chat = sent_at("mapping", "worst_harm", "sorry phone call, back in 5")
    assert "worst_harm" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("mapping", "child_view_how", "phone call"),
    ("mapping", "worst_harm", "Mum's phone call to AB on 3 Dec ended with her shouting; AB "
     "hid under the table"),
    ("mapping", "house_worries", "when mum doesn't ring back"),
])
def test_a_phone_call_in_an_answer_is_saved(flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] in (typed, [typed])


# --- the team manager's strategy discussion: two people's numbers ----------------------------


@pytest.mark.parametrize("typed", ["SW says 4, police say 2", "me 4, DS Jones 2",
                                   "social worker 4 / police 2"])
def test_two_peoples_numbers_at_a_harm_matrix_say_where_the_other_goes(typed: str) -> None:
    """At the Harm Matrix's safety scale, the team manager typed the two practitioners'
    numbers as they gave them, "SW says 4, police say 2", and was asked "Which is it now?",
    as if the number had changed. She is told the numbers read as two people's: to send
    the one this record gives here, and how the other's number is kept, in the reason."""
    chat = sent_at("harm_matrix", "harm_scale_1", typed)
    assert "harm_scale_1" not in chat.draft.answers
    said = reminders(chat)[0]
    assert "Which is it now?" not in said
    assert "two people's numbers" in said
    assert 'like "4 - the police give 2, because ..."' in said


def test_two_peoples_numbers_at_a_mapping_point_to_each_agencys_number() -> None:
    chat = sent_at("mapping", "safety_scale", "SW says 4, police say 2")
    assert "safety_scale" not in chat.draft.answers
    said = reminders(chat)[0]
    assert "two people's numbers" in said
    assert '"Each agency\'s number"' in said


def test_one_persons_number_then_anothers_in_brackets_keeps_both_brackets() -> None:
    """"4 (me) / 2 (DS Jones)" was saved as 4, and as why "me) / 2 (DS Jones)": the
    summary read "Why this number: me) / 2 (DS Jones)"."""
    chat = sent_at("harm_matrix", "harm_scale_1", "4 (me) / 2 (DS Jones)")
    assert chat.draft.answers["harm_scale_1"] == 4
    assert chat.draft.answers["harm_scale_why_1"] == "(me) / 2 (DS Jones)"


@pytest.mark.parametrize("typed", ["4 before the discussion, 6 after", "started at 3, went to 5",
                                   "I said 4 before the discussion and I'd give 6 after it"])
def test_two_numbers_of_one_person_are_still_asked_which_is_now(typed: str) -> None:
    chat = sent_at("harm_matrix", "harm_scale_1", typed)
    assert "Which is it now?" in reminders(chat)[0]


def test_a_reason_in_brackets_is_still_saved_without_them() -> None:
    chat = sent_at("harm_matrix", "harm_scale_1", "3 (mum called police herself twice)")
    assert chat.draft.answers["harm_scale_why_1"] == "mum called police herself twice"


def test_two_peoples_numbers_at_a_parents_number_ask_for_that_parents() -> None:
    chat = sent_at("mapping", "safety_scale_parent_2", "mum 2, dad 6")
    assert "safety_scale_parent_2" not in chat.draft.answers
    said = reminders(chat)[0]
    assert 'Send only the number for "Other parent or carer" here' in said
    assert "this record gives" not in said


def test_where_was_i_among_the_childs_words_is_asked_once() -> None:
    """Back the next morning to a list of the child's words already begun, the reviewing
    officer typed "morning, where was I?": it was added as the child's next worry."""
    chat = sent_at("mapping", "house_worries", 'AB: "I miss CB"')
    chat.send("morning, where was I?")
    assert chat.draft.answers["house_worries"] == ['AB: "I miss CB"']
    assert chat.asked == "house_worries"
    chat.send("morning, where was I?")  # sent again: the child's words after all
    assert chat.draft.answers["house_worries"] == ['AB: "I miss CB"', "morning, where was I?"]


# --- the nurse's photo by mistake, then a voice note -------------------------------------------


async def test_a_voice_note_after_a_photo_is_answered_too(team: Bot) -> None:
    """The nurse sent a photo by mistake and was told it isn't stored; a minute later she
    sent a voice note with her answer, and nothing came back at all, as if it had been
    heard. It is told, in one short line, that it isn't stored either."""
    bot = team
    await mapping(bot, "LAC-R9")
    await bot.say(f"/start {await link(bot, 'health')}", user=NURSE)
    await bot.tap(labelled(bot, "Keep"), user=NURSE)
    await bot.feed(bot.updates.message(NURSE, photo=[{"file_id": "p", "file_unique_id": "p",
                                                      "width": 90, "height": 90}]))
    assert "What is your role there?" in read(bot, NURSE)
    await bot.feed(bot.updates.message(NURSE, voice={"file_id": "v", "file_unique_id": "v",
                                                     "duration": 12}))
    assert read(bot, NURSE) == ("That voice note isn't stored either: please type your answer "
                                "to the question above.")
    await bot.feed(bot.updates.message(NURSE, voice={"file_id": "w", "file_unique_id": "w",
                                                     "duration": 9}))
    assert len([said for said in phone(bot, NURSE) if "isn't stored either" in said]) == 1
    await bot.say("Paediatric staff nurse", user=NURSE)
    assert "What have you seen or heard yourself" in read(bot, NURSE)


# --- the nurse's number, typed while a reminder held her answer -------------------------------

HELD = "need a skeletal survey before dischrge, we wont discharge untill SW agrees plan"


def test_a_number_typed_while_an_answer_is_held_goes_to_the_scale_after_it() -> None:
    """Asked about "SW" in what needs to happen, the nurse typed her number, "3", as the
    next question would ask it. She was asked "Is that your new answer to it, or is it for
    the next question?", went on typing ("injuries dont match what mum said", "daddy
    shouted at me"), and each line was refused, "I haven't saved ...": three answers lost
    to a question with buttons. A number alone is no answer to a written question, and the
    next question takes it: her answer is kept as typed, 3 is her number, and the question
    after it is asked, saying so."""
    chat = sent_at("contribution", "needs_to_happen", HELD)
    assert chat.draft.pending is not None  # the reminder about "SW"
    chat.send("3")
    assert chat.draft.answers["needs_to_happen"] == HELD
    assert chat.draft.answers["partner_scale"] == 3
    assert chat.asked == "partner_scale_why"
    assert any("as the answer to" in said for said in chat.notices())


def test_a_number_typed_while_an_answer_is_held_before_a_written_question_is_asked_about(
        ) -> None:
    chat = sent_at("contribution", "worries",
                   "Mum's boyfriend shouts at R on the ward, DV suspected")
    assert chat.draft.pending is not None
    chat.send("3")
    assert "worries" not in chat.draft.answers
    assert "Is that your new answer to it" in reminders(chat)[-1]
