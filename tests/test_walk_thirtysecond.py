"""The thirty-second walk: a CAMHS nurse contributing to a social worker's safety mapping
through a partner's link in two sittings (a clinic in between), and the social worker editing
her own worry and exporting the record; a youth worker on the contextual mapping for a
15-year-old (/back, /edit, skips, a voice note and a photo by mistake, a correction sent as
a second message, a number in words); and a senior practitioner in `sosbot chat` with two
Signs of Success drafts labelled alike. Each test of a defect failed on the code as it was;
the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
import re
from collections.abc import Mapping

import docx
import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from bot.exporting import exporter_for
from bot.teams.partners import says_send
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from storage.store import Store
from tests.memory_botapi import buttons_of
from tests.test_console import at_the_terminal, typed_then_end
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, button, texts_to
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import said_to, sent_at
from tests.test_walk_twentyninth import photo, shown

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()
NURSE = 5151


# --- a correction sent as a second message ----------------------------------------------------


@pytest.mark.parametrize("typed", ["*meant tues 15 dec", "*tues 15 dec", "tues 15 dec*",
                                   "sorry meant tuesday 15 dec", "i meant to put tues 15th",
                                   "oops, should have said tuesday", "correction: tues 15 dec",
                                   "scrap that", "ignore my last message, wrong date",
                                   "sorry tuesday not monday"])
def test_a_correction_of_the_answer_before_is_not_saved_as_the_next_answer(typed: str) -> None:
    """The youth worker gave the strategy meeting's date, "strat meeting mon 14 dec", and
    sent "*meant tues 15 dec" straight after, as to a colleague. It was saved as the answer
    to the next question: "Who contributed: *meant tues 15 dec". It is not saved there: the
    bot says it reads as a correction, shows the date's question again, and the whole answer
    sent then replaces the date; after it, the question they were on comes back."""
    chat = reach(FLOWS["contextual"], "meeting_date")
    chat.send("strat meeting mon 14 dec")
    assert chat.asked == "network"
    chat.send(typed)
    assert "network" not in chat.draft.answers
    assert "reads as a correction of your answer to \"Date of the meeting\"" in \
        chat.notices()[0]
    assert "strat meeting mon 14 dec" in chat.notices()[0]
    assert chat.asked == "meeting_date"
    chat.send("strat meeting tues 15 dec")
    assert chat.draft.answers["meeting_date"] == "strat meeting tues 15 dec"
    assert chat.asked == "network"
    chat.send("TJ, mum, school, youth team")
    assert chat.draft.answers["network"] == "TJ, mum, school, youth team"


@pytest.mark.parametrize("typed", ["* TJ, mum, school", "*not* his mum", "mum meant well",
                                   "meant to be at school but wasn't", "i meant it",
                                   "5*", "ignore the older lads", "change of school in sept",
                                   "sorry, TJ is not at school", "tuesday not monday",
                                   "mum has been sober for 6 months*"])
def test_answers_with_a_star_or_such_words_are_still_answers(typed: str) -> None:
    chat = sent_at("contextual", "network", typed)
    assert chat.draft.answers["network"] == typed


def test_a_correction_after_an_item_of_a_list_is_not_added_to_it() -> None:
    """At a list, a correction of the item just sent is not a second item."""
    chat = sent_at("contextual", "peer_worries", "older lads at the park buy him vapes")
    chat.send("*meant older lads at the chicken shop")
    assert chat.draft.answers["peer_worries"] == ["older lads at the park buy him vapes"]
    assert "send -1 to take that item out" in chat.notices()[0]
    assert chat.asked == "peer_worries"


def test_a_correction_of_the_list_before_says_how_to_change_its_item() -> None:
    """After a list is done, a correction of its last item goes back to the list and says
    how to take that item out: sent again there as it is, it would be a second item."""
    chat = sent_at("contextual", "peer_worries", "two lads pick him up in a black car")
    chat.send("done")
    chat.send("*meant a silver car")
    assert "peer_strengths" not in chat.draft.answers
    assert "send -1 to take that item out" in chat.notices()[0]
    for typed in ("-1", "two lads pick him up in a silver car", "done"):
        chat.send(typed)
    assert chat.draft.answers["peer_worries"] == ["two lads pick him up in a silver car"]
    assert chat.asked == "peer_strengths"


def test_a_correction_after_a_question_left_out_is_not_saved() -> None:
    """After /skip, what a correction corrects is further back: it is not saved here
    either, and the reply says how to reach it."""
    chat = reach(FLOWS["contextual"], "views_missing")
    chat.command("skip")
    chat.send("*meant TJ's dad")
    assert "next_review" not in chat.draft.answers
    assert "/back goes back to the questions before" in chat.notices()[0]
    assert chat.asked == "next_review"


def test_a_correction_of_an_answer_a_reminder_holds_is_not_saved() -> None:
    """Typed while a reminder holds the answer it corrects, it replaces nothing with its own
    words: the whole answer is asked for."""
    chat = sent_at("contribution", "needs_to_happen", "sw to visit AB by fri 11 dec")
    assert chat.draft.pending is not None
    chat.send("*meant thurs")
    assert "needs_to_happen" not in chat.draft.answers
    assert "send the whole answer as it should read" in " ".join(chat.notices())


def test_a_childs_words_that_say_meant_are_kept() -> None:
    chat = sent_at("contribution", "child_said", "i meant it when i said i hate him")
    assert chat.draft.answers["child_said"] == "i meant it when i said i hate him"


@pytest.mark.parametrize("typed", ["can i change my last answer?", "oops wrong question",
                                   "that was meant for the previous question", "can I go back?",
                                   "sorry I put that in the wrong box"])
def test_asking_to_change_the_answer_just_sent_shows_its_question(typed: str) -> None:
    """Having moved on, the nurse typed "can i change my last answer?" to the bot. It was
    saved as what needs to happen, and the social worker's record read "What needs to
    happen: can i change my last answer?". The question before is shown again instead."""
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert "needs_to_happen" not in chat.draft.answers
    assert 'Here is "What is working well" again' in chat.notices()[0]
    assert chat.asked == "working_well"


@pytest.mark.parametrize("typed", ["how do i change an answer", "how can I edit my answers?",
                                   "i want to change what i put for worries"])
def test_asking_how_to_change_an_answer_says_how(typed: str) -> None:
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert "needs_to_happen" not in chat.draft.answers
    assert "/review lists your answers" in chat.notices()[0]
    assert chat.asked == "needs_to_happen"


@pytest.mark.parametrize("typed", ["mum wants to change her shifts", "go back to school",
                                   "i want to change the plan so dad visits less",
                                   "wrong school"])
def test_answers_about_changing_things_are_answers(typed: str) -> None:
    chat = sent_at("contribution", "needs_to_happen", typed)
    assert chat.draft.answers.get("needs_to_happen", getattr(chat.draft.pending, "value", None)) \
        == typed


# --- the nurse called into clinic -------------------------------------------------------------


@pytest.mark.parametrize("typed", ["sorry clinic now", "clinic now, back later",
                                   "next patient's in", "got to go to clinic", "soz in clinic",
                                   "ward round starting", "group starting", "my 2pm is here",
                                   "sorry have to go, clinic", "sorry got a session now"])
def test_a_nurses_note_that_clinic_is_starting_is_not_saved_as_the_answer(typed: str) -> None:
    """The CAMHS nurse, at "What is going well for this child?", was called into clinic and
    typed "sorry clinic now". It was saved as what is working well, the next line she sent
    went to the question after, and the social worker's summary read "What's working well?
    Health, camhs nurse: sorry clinic now". It is kept back, as "sorry lunch duty" is."""
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]
    assert chat.asked == "working_well"


@pytest.mark.parametrize(("flow_id", "step_id"), [("contribution", "partner_scale"),
                                                  ("mapping", "harm_happened"),
                                                  ("mapping", "purpose")])
def test_a_note_that_clinic_is_starting_at_a_number_or_a_choice_says_so(
        flow_id: str, step_id: str) -> None:
    """At her number, "sorry clinic now" was answered "Please send one whole number from 0
    to 10. If it belongs with your answer to "What needs to happen" ..., /back goes back to
    it", as if it were the rest of her answer before."""
    chat = sent_at(flow_id, step_id, "sorry clinic now")
    assert step_id not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]
    assert "/back" not in chat.notices()[0]
    assert chat.asked == step_id


@pytest.mark.parametrize("typed", ["mum takes her to clinic every week", "AB came to clinic",
                                   "she goes to group on tuesdays", "the session went well",
                                   "clinic"])
def test_answers_about_clinics_and_groups_are_saved(typed: str) -> None:
    chat = sent_at("contribution", "working_well", typed)
    assert chat.draft.answers["working_well"] == typed


def test_back_from_clinic_shows_the_question_again() -> None:
    chat = sent_at("contribution", "working_well", "back from clinic, where was i")
    assert "working_well" not in chat.draft.answers
    assert chat.asked == "working_well"


# --- a number as it is said -------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "number"), [
    ("about a six maybe", 6), ("id say about 4 tbh", 4), ("prob a 5", 5), ("probs 3", 3),
    ("i'd put it at a 4", 4), ("say 6 or so", 6), ("like a 7 give or take", 7)])
def test_a_number_said_with_how_sure_is_taken(typed: str, number: int) -> None:
    """"id say about 4 tbh" and "prob a 5" at the scale were refused ("Please send one whole
    number from 0 to 10"), though "about a six maybe" was taken."""
    chat = sent_at("contextual", "safety_scale", typed)
    assert chat.draft.answers["safety_scale"] == number


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("4 she is engaging but still cutting", 4, "she is engaging but still cutting"),
    ("3 mum is trying but the arguments havent stopped", 3,
     "mum is trying but the arguments havent stopped"),
    ("5 TJ hasnt gone missing since oct", 5, "TJ hasnt gone missing since oct")])
def test_a_number_and_its_reason_without_a_stop_are_both_kept(
        typed: str, number: int, why: str) -> None:
    """The nurse's number and why in one line, as a voice note types it, with no comma or
    dash between: "4 she is engaging but still cutting". It was refused, and the reply
    offered to take it back to "What needs to happen". The number is kept, and the reason
    goes to why."""
    flow_id, step_id = ("contribution", "partner_scale") if "TJ" not in typed else \
        ("contextual", "safety_scale")
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == number
    assert chat.draft.answers.get(f"{step_id}_why", chat.draft.pending and
                                  chat.draft.pending.value) == why


@pytest.mark.parametrize("typed", ["4 mum said", "5 mum gave it", "6 MGM said",
                                   "3 his nan reckons"])
@pytest.mark.parametrize(("flow_id", "step_id"), [("contextual", "safety_scale_young_person"),
                                                  ("three_houses", "child_scale")])
def test_a_number_then_who_else_gave_it_is_not_offered_as_the_childs(
        flow_id: str, step_id: str, typed: str) -> None:
    """At the young person's own number, "4 mum said" was answered "Here I can keep only
    the number ... Send 4 if that's right", offering mum's number as TJ's; "mum said 4" was
    refused. It is refused the same way, naming whose number it reads as."""
    chat = sent_at(flow_id, step_id, typed)
    assert step_id not in chat.draft.answers
    assert "Send 4 if that's right" not in " ".join(chat.notices())
    assert "It reads as the number" in chat.notices()[0]


@pytest.mark.parametrize("typed", ["4 she said", "4 he chose"])
def test_a_number_then_the_child_gave_it_is_theirs(typed: str) -> None:
    chat = sent_at("contextual", "safety_scale_young_person", typed)
    assert chat.draft.answers["safety_scale_young_person"] == 4


@pytest.mark.parametrize(("typed", "number"), [("4 mum is trying", 4), ("5 dad reckons", None)])
def test_at_your_own_number_who_gave_it_is_not_a_reason(typed: str, number: int | None) -> None:
    """"5 dad reckons" at the worker's own number is dad's 5: not saved as theirs with "dad
    reckons" as why."""
    chat = sent_at("contextual", "safety_scale", typed)
    assert chat.draft.answers.get("safety_scale") == number
    assert "if that's right" not in " ".join(chat.notices())


@pytest.mark.parametrize("typed", ["2 of them", "4 times a week", "3 lads at the park"])
def test_a_count_at_the_scale_is_still_not_a_number(typed: str) -> None:
    chat = sent_at("contextual", "safety_scale", typed)
    assert "safety_scale" not in chat.draft.answers


# --- the nurse's contribution and the social worker's record ------------------------------------


def labelled(bot: Bot, label: str) -> str:
    """The data of the newest button with this label, on whichever message it is."""
    return next(data for params in reversed(bot.request.sent())
                for text, data in buttons_of(params.get("reply_markup")) if text == label)


async def the_nurse_opens_the_link(bot: Bot) -> None:
    """The social worker's safety mapping "AB-6" for a child protection conference, and the
    CAMHS nurse opening its Health link."""
    await bot.say("/new mapping")
    await bot.say("AB-6")
    await bot.tap(button(bot, "a:"))  # a child protection conference
    await bot.say("thurs 17 dec 2pm")
    await bot.say("JS social worker")
    await bot.say("/invite")
    await bot.tap("t:ip")
    await bot.tap(next(d for d in bot.buttons() if d.endswith(":health")))
    code = re.search(r"start=([A-Za-z0-9_-]+)", bot.texts()[-1])
    assert code is not None
    await bot.say(f"/start {code.group(1)}", user=NURSE)
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Keep"), user=NURSE)


async def test_the_nurses_two_sittings_reach_the_leads_record_under_her_service(
        bot: Bot) -> None:
    """The nurse answers the worry, is called into clinic ("sorry clinic now"), comes back
    with /start, gives what is working well, corrects it with "*meant ..." once she has
    moved on, and gives her number with its reason in one run-on line. The social worker
    edits her own worst time and exports: each answer is under its own question, credited
    to "Health, camhs nurse", what the nurse typed is escaped, and nothing of hers reads as
    the lead's."""
    await the_nurse_opens_the_link(bot)
    worry = ("AB has been cutting her arms since oct she told me in clinic on 2 dec that she "
             "does it when mum & her partner argue <late at night>")
    for said in ("camhs nurse", worry, "sorry clinic now", "/start",
                 "AB comes to every appt and mum brings her",
                 "*meant mum brings her every time and waits outside"):
        await bot.say(said, user=NURSE)
    assert "reads as a correction of your answer" in said_to(bot, NURSE)[-2]
    for said in ("AB comes to every appt, mum brings her every time and waits outside",
                 "AB to have weekly sessions with me from 10 dec and I will send a safety "
                 "plan to the social worker by fri 11 dec",
                 "3 mum is trying but the arguments havent stopped, a 4 would be no new cuts "
                 "for a month",
                 '"i do it so i dont feel the shouting"', "send"):
        await bot.say(said, user=NURSE)
    assert said_to(bot, NURSE)[-1].startswith("Sent to Practitioner, thank you")
    for said in ("/skip", "/skip", "4 weeks", "/skip", "/skip", "/skip", "/skip"):
        await bot.say(said)
    await bot.tap(labelled(bot, "Yes"))  # harm has happened
    await bot.say("on 28 nov mums partner pushed mum into the kitchen door in front of AB")
    await bot.say("/review")
    await bot.tap(labelled(bot, "Edit 12"))  # the worst time, under the partners' part
    await bot.say("on 28 nov mums partner pushed mum into the kitchen door in front of AB, "
                  "and AB ran out of the house at 11pm")
    await bot.say("/export")
    assert len(bot.request.sent("sendDocument")) == 3
    files = dict(await exporter_for(bot.conversation)(USER))
    text = next(data.decode() for name, data in files.items() if name.endswith(".txt"))
    html = next(data.decode() for name, data in files.items() if name.endswith(".html"))
    credit = "Health, camhs nurse"
    assert f"Partners who sent their part:\n   a) {credit}" in text
    worried, rest = text.split("1. WHAT ARE WE WORRIED ABOUT?")[1].split(
        "2. WHAT'S WORKING WELL?")
    assert "ran out of the house at 11pm" in worried.split(credit)[0]
    assert f"{credit}\n1. {worry}" in worried
    well = rest.split("3. WHAT NEEDS TO HAPPEN?")[0]
    assert f"{credit}\n1. AB comes to every appt, mum brings her every time" in well
    assert "Written by: JS social worker" in text
    assert "sorry clinic now" not in text
    assert "*meant" not in text
    assert "Why this number: mum is trying but the arguments havent stopped" in text
    assert "&lt;late at night&gt;" in html
    assert "<late at night>" not in html
    assert "mum &amp; her partner" in html
    word = docx.Document(io.BytesIO(next(data for name, data in files.items()
                                         if name.endswith(".docx"))))
    worried_cell = word.tables[0].rows[1].cells[0].text
    assert worried_cell.index("ran out of the house") < worried_cell.index(credit) \
        < worried_cell.index("<late at night>")
    assert f"{credit}\nAB comes to every appt" in word.tables[0].rows[1].cells[1].text
    assert "sorry clinic now" not in " ".join(texts_to(bot, USER))


@pytest.mark.parametrize("typed", ["send", "yes send it now"])
async def test_send_typed_when_asked_to_send_sends_the_contribution(
        bot: Bot, typed: str) -> None:
    """Asked "Send your contribution to Practitioner now?", the nurse typed "send", as she
    would reply to a colleague. She was told "I haven't saved "send". You've answered every
    question." and asked again; typed, it sends, as the button does, and the social worker
    is told it has come."""
    await the_nurse_opens_the_link(bot)
    for said in ("camhs nurse", "AB has been cutting her arms since oct",
                 "AB comes to every appt and mum brings her every time",
                 "weekly sessions with me from 10 dec, I will send a safety plan by fri 11 dec",
                 "4", "/skip", "/skip"):
        await bot.say(said, user=NURSE)
    assert "Send your contribution to Practitioner now?" in said_to(bot, NURSE)[-1]
    await bot.say(typed, user=NURSE)
    assert said_to(bot, NURSE)[-1].startswith("Sent to Practitioner, thank you")
    assert "has sent a contribution to your mapping" in shown(bot)[-1]


async def test_the_leads_review_of_a_number_given_without_why_reads_plainly(bot: Bot) -> None:
    """The nurse gave her number and skipped why. The social worker's /review listed
    "Partner's number: 4 of 10. not given", as if something else was not given."""
    await the_nurse_opens_the_link(bot)
    for said in ("camhs nurse", "AB has been cutting her arms since oct",
                 "AB comes to every appt and mum brings her every time",
                 "weekly sessions with me from 10 dec, I will send a safety plan by fri 11 dec",
                 "4", "/skip", "/skip", "send"):
        await bot.say(said, user=NURSE)
    await bot.say("/review")
    assert "Partner's number</i>: 4 of 10 (no reason given)" in shown(bot)[-1]


async def test_send_typed_before_the_end_is_no_sending(bot: Bot) -> None:
    await the_nurse_opens_the_link(bot)
    for said in ("camhs nurse", "send"):
        await bot.say(said, user=NURSE)
    assert not any(text.startswith("Sent to") for text in said_to(bot, NURSE))
    assert not any("has sent a contribution" in text for text in shown(bot))


@pytest.mark.parametrize("typed", ["Send it", "ok, submit", "yes please", "Yes",
                                   "send it please thanks", "SEND!"])
def test_other_ways_of_saying_send_are_read_as_it(typed: str) -> None:
    assert says_send(typed)


@pytest.mark.parametrize("typed", ["send the plan to mum", "yes she was", "no", "not yet",
                                   "ok but change the number first"])
def test_lines_that_say_more_than_send_are_not_read_as_it(typed: str) -> None:
    assert not says_send(typed)


# --- the youth worker's contextual mapping -----------------------------------------------------


async def test_the_youth_workers_contextual_mapping_keeps_each_answer_in_its_place(
        bot: Bot) -> None:
    """TJ (15): a date corrected by "*meant ...", skips, /back to change what TJ said, a
    voice note and a photo sent by mistake, /edit without a number, and the number given as
    "about a six maybe": each answer is where it belongs."""
    await bot.say("/new contextual")
    await bot.say("TJ-15")
    for said in ("RM youth worker detached team", "strat meeting mon 14 dec",
                 "*meant tues 15 dec", "strat meeting tues 15 dec", "TJ, mum, school, youth team",
                 "/skip", "4 wks",
                 "since sept TJ has been hanging round the park on elm rd w older lads 17 18ish "
                 "they give him vapes and food from the chicken shop and he was found in a car "
                 "in another town on 14 nov by police",
                 "he said theyre my boys they look after me", "/back",
                 'he told me "theyre my boys they look after me" and went quiet about the car',
                 "/skip"):
        await bot.say(said)
    await bot.feed(bot.updates.message(USER, voice={"file_id": "v", "file_unique_id": "v",
                                                    "duration": 4}))
    assert "I can only read text" in shown(bot)[-2]
    await bot.say("loves football and his little brother")
    await bot.say("done")
    await bot.feed(photo(bot))
    await bot.say("/edit")
    assert "Send /edit with its number" in shown(bot)[-1]
    answers = await answers_of(bot, "TJ-15")
    assert answers["meeting_date"] == "strat meeting tues 15 dec"
    assert answers["network"] == "TJ, mum, school, youth team"
    assert answers["next_review"] == "4 wks"
    assert str(answers["harm_signs"]).startswith("he told me")
    assert answers["yp_strengths"] == ["loves football and his little brother"]
    assert not any("*meant" in str(v) for v in answers.values())


@pytest.mark.parametrize(("flow_id", "typed", "who", "what"), [
    ("contextual", "mum school and police are worried that older lads are giving TJ vapes "
     "and driving him to other towns", "mum school and police",
     "older lads are giving TJ vapes and driving him to other towns"),
    ("mapping", "the school is really concerned about mums partner pushing her in front of AB",
     "the school", "mums partner pushing her in front of AB"),
    ("contextual", "police and the youth team are concerned because two men give TJ lifts",
     "police and the youth team", "two men give TJ lifts")])
def test_who_is_worried_and_about_what_in_one_line_fill_both_questions(
        flow_id: str, typed: str, who: str, what: str) -> None:
    """At "Who is worried?", the youth worker typed the whole worry: "mum school and police
    are worried that older lads are giving TJ vapes ...". It was saved as who is worried;
    his next line, what could happen to TJ, was saved as what is happening, and the drafted
    statement read "... are worried that older lads ... are worried that TJ could get hurt
    ...". Who is kept as who, the rest as what is happening, and what could happen is asked
    next."""
    chat = sent_at(flow_id, "danger_who_1", typed)
    assert chat.draft.answers["danger_who_1"] == who
    assert chat.draft.answers["danger_behaviour_1"] == what
    assert chat.asked == "danger_impact_1"
    assert f'I\'ve saved "{who}" as "Who is worried"' in chat.notices()[0]


@pytest.mark.parametrize("typed", ["mum, nan and the school", "everyone is worried",
                                   "police are worried", "school and police"])
def test_who_alone_is_who(typed: str) -> None:
    chat = sent_at("contextual", "danger_who_1", typed)
    assert chat.draft.answers["danger_who_1"] == typed
    assert chat.asked == "danger_behaviour_1"


def test_who_and_what_where_what_was_asked_first_is_kept_whole() -> None:
    """The Harm Matrix asks what the adult does before who is worried: nothing moves."""
    typed = "the school is worried that dad hits him"
    chat = sent_at("harm_matrix", "danger_who_1", typed)
    assert chat.draft.answers["danger_who_1"] == typed


# --- the senior practitioner's two Signs of Success drafts, in the terminal -------------------


async def test_resume_naming_a_label_whole_opens_it_beside_one_it_starts(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """The senior practitioner started "Fam-KR", left it with "q" (as a pager is left),
    started "Fam-KR2" for the sibling, and typed "/resume fam kr" for the first. "q" was
    saved as the meeting's date, and she was asked which of the two drafts she meant, as if
    "fam kr" were only the start of both; it is the whole of one."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    await Console(talk, out=io.StringIO(), read=typed_then_end(
        "Fam-KR", "1", "no", "MP senior practitioner", "q")).run("success")
    await Console(talk, out=io.StringIO(), read=typed_then_end(
        "/new success", "Fam-KR2", "3", "yes", "MP, senior practitioner", "/quit")).run(None)
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end(
        "/resume fam kr", "tues 8 dec", "/quit")).run(None)
    said = out.getvalue()
    assert "More than one of your drafts matches" not in said
    assert 'Back to "Fam-KR"' in said
    drafts = {d.label: await talk.load(CONSOLE_USER, d.id)
              for d in await talk.drafts(CONSOLE_USER)}
    first, second = drafts["Fam-KR"], drafts["Fam-KR2"]
    assert first is not None
    assert second is not None
    assert first.answers["author"] == "MP senior practitioner"
    assert first.answers["meeting_date"] == "tues 8 dec"
    assert second.answers["author"] == "MP, senior practitioner"
    assert "meeting_date" not in second.answers
    assert second.answers["with_them"] == "yes"
    assert first.answers["with_them"] == "no"


async def test_resume_by_the_start_of_two_labels_still_asks_which(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    for label in ("Fam-KR", "Fam-KR2"):
        await Console(talk, out=io.StringIO(), read=typed_then_end(
            "/new success", label, "/quit")).run(None)
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("/resume fam k")).run(None)
    assert "More than one of your drafts matches" in out.getvalue()


@pytest.mark.parametrize("typed", ["q", "Q", ":q", ":wq", "bye", "logout"])
async def test_q_and_other_ways_out_of_a_terminal_program_leave_the_chat(
        store: Store, typed: str) -> None:
    """"q" at "If this is for a meeting, when is it?" was saved as the date, and the
    summary read "Date of the meeting: q"; it leaves, as "quit" does, with the answers saved."""
    shown, draft = await at_the_terminal(store, FLOWS["success"], "2", "yes", "MP, SP", typed)
    assert "meeting_date" not in draft.answers
    assert draft.answers["author"] == "MP, SP"
    assert "Run `sosbot chat` again to carry on" in shown
