"""The thirty-fourth walk: a police officer from the public protection unit filling the
Harm Matrix before a strategy discussion about a 14-year-old at risk of exploitation (police
shorthand, a call that takes her away for two hours, an answer corrected, the summary pasted
into a report); a youth worker mapping with contextual factors (places, groups, lists, a
question skipped and come back to); a personal adviser doing Signs of Success with an
18-year-old care leaver (their words, quotes, emojis, their number and the adviser's). Each
test of a defect failed on the code as it was; the others guard what the fixes must leave
alone."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest

from flows.loader import load_flows
from flows.nudges import privacy
from flows.render import render_text
from flows.summary import build_summary
from storage.store import Store
from tests.cases import nudges_seen
from tests.test_console import at_the_terminal
from tests.test_telegram_handlers import USER, Bot, answers_of, bot, texts_to  # noqa: F401
from tests.test_walk_thirtyfirst import sent_at

FLOWS = load_flows()

# --- the officer's call ---------------------------------------------------------------------

BEHAVIOUR = ("Two adult males collect JT (14) from the park in a car and keep her out "
             "overnight; mum reports her missing hours later")


async def test_a_call_noted_on_the_phone_is_not_saved_and_her_answer_goes_where_meant(
        bot: Bot, tmp_path: Path) -> None:  # noqa: F811 (the fixture imported above)
    """On her phone, the officer typed "sorry got a call, back in a bit" at "What has this
    done to the child so far?". It was saved as the answer ("What it has done to the child:
    sorry got a call, back in a bit"), and back two hours later, her answer about the cuts
    went to the question after it, "The worst it has been". The note is not saved, and her
    answer is saved where she meant it."""
    for typed in ("/new harm_matrix", "PPU-JT14", "DC 2231, public protection unit",
                  "Police, school, mum", BEHAVIOUR, "sorry got a call, back in a bit"):
        await bot.say(typed)
    said = " ".join(texts_to(bot, USER)[-2:])
    assert "reads as a note that you have to stop" in said
    assert "What has this done to the child so far?" in said
    with sqlite3.connect(tmp_path / "bot.db") as raw:  # two hours on
        raw.execute("UPDATE drafts SET updated_at = ?", (time.time() - 2 * 3600,))
    await bot.say("back now, where was I")
    assert "What has this done to the child so far?" in texts_to(bot, USER)[-1]
    await bot.say('JT came back with cuts to her arm and said "they\'ll hurt my mum if I talk"')
    answers = await answers_of(bot, "PPU-JT14")
    assert answers["harm_impact_1"] == \
        'JT came back with cuts to her arm and said "they\'ll hurt my mum if I talk"'
    assert "harm_worst_1" not in answers


@pytest.mark.parametrize("typed", ["sorry got a call, back in a bit", "taking a call",
                                   "on a call, back in 5", "got an urgent call"])
def test_a_call_noted_at_a_choice_is_said_to_be_a_note(typed: str) -> None:
    """At "Which comes nearest to how the adult's behaviour comes about?", the note was
    answered "I couldn't match that to one of the options"."""
    chat = sent_at("harm_matrix", "harm_how_1", typed)
    assert "harm_how_1" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]
    assert chat.asked == "harm_how_1"


@pytest.mark.parametrize("typed", ["mum got a call from school about JT's bruises",
                                   "dad took a call and left her alone"])
def test_a_call_in_what_happened_is_saved(typed: str) -> None:
    chat = sent_at("harm_matrix", "harm_impact_1", typed)
    assert chat.draft.answers["harm_impact_1"] == typed


def test_a_call_in_what_the_adult_did_is_no_note_to_stop() -> None:
    """"mum got a call from school", at what the harm has done to the child, tells only of
    the adult: it is asked what it did to the child (the fifty-fourth pass's check), never
    taken for a note that the writer has to stop."""
    chat = sent_at("harm_matrix", "harm_impact_1", "mum got a call from school")
    assert [getattr(r, "kind", None) for r in chat.replies][-1:] == ["what_it_did_to_the_child"]
    assert not [n for n in chat.notices() if "reads as a note that you have to stop" in n]


# --- a reason opened with another number ------------------------------------------------------

WHY = "2: found with adults 3 times, now carrying cash. Not lower because mum reports her missing"


def test_a_reason_opened_with_another_number_is_saved_and_said() -> None:
    """She gave 1 at the safety scale, then wrote her reason as the question's example does,
    number first, but with 2: the summary read "Safety scale (worry 1): 1 on a scale of 0 to
    10 ... Why this number: 2: found with adults ...", and nothing had told her. It is saved,
    and the reply says the two numbers differ and how to change the number."""
    chat = sent_at("harm_matrix", "harm_scale_1", "1")
    chat.send(WHY)
    assert chat.draft.answers["harm_scale_why_1"] == WHY
    assert "It starts with 2, and the number you gave is 1: if the number is 2, /review lists " \
        "both, and /edit changes the number." in " ".join(chat.notices())
    assert chat.asked == "danger_who_1"


def test_the_number_changed_to_the_one_its_reason_opens_with_keeps_the_reason() -> None:
    """Changed with /edit to the 2 her reason opens with, the reason stays, and she is not
    told it "was given for the old number"."""
    chat = sent_at("harm_matrix", "harm_scale_1", "1")
    chat.send(WHY)
    chat.command("review")
    item = next(i for i in chat.replies[-1].items if i.step_id == "harm_scale_1")
    chat.command("edit", str(item.number))
    chat.send("2")
    assert chat.draft.answers["harm_scale_1"] == 2
    assert chat.draft.answers["harm_scale_why_1"] == WHY
    assert not any("old number" in said for said in chat.notices())
    assert chat.asked == "danger_who_1"


@pytest.mark.parametrize("typed", ["1: found with adults 3 times", "1 - no change since Nov",
                                   "2 would be mum reporting her missing straight away",
                                   "2 older males still collect her from the park"])
def test_a_reason_with_its_own_number_or_the_next_is_saved(typed: str) -> None:
    chat = sent_at("harm_matrix", "harm_scale_1", "1")
    chat.send(typed)
    assert chat.draft.answers["harm_scale_why_1"] == typed
    assert not any("It starts with" in said for said in chat.notices())


# --- the care leaver's work placement -------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "5 - she's at college every day and has S, but no job or flat yet. A 6 would be a work "
    "placement", "5: she has S behind her. A 6 would be some work experience at the salon"])
def test_one_point_higher_as_a_work_placement_is_saved(typed: str) -> None:
    """Asked "What would one point higher look like?", the personal adviser wrote "A 6
    would be a work placement" and was told it "says what the services did, but not yet
    what it meant for the child": a placement at work is the young person's own life."""
    chat = sent_at("success", "success_scale", "5")
    chat.send(typed)
    assert chat.draft.answers["success_scale_why"] == typed
    assert chat.draft.pending is None


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("success", "what_helps", "work experience at the garage arranged for March"),
    ("contextual", "yp_strengths", "Work placement arranged at the bike shop for January")])
def test_a_work_placement_arranged_is_what_helps(flow_id: str, step_id: str, typed: str) -> None:
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == [typed]


def test_one_point_higher_as_the_services_own_meeting_is_still_asked_about() -> None:
    chat = sent_at("success", "success_scale", "5")
    chat.send("5 - she has S. A 6 would be the core group going ahead")
    assert chat.draft.pending is not None


# --- known to police for what ----------------------------------------------------------------


@pytest.mark.parametrize("typed", [
    "Mum works nights, no family nearby. Older brother (18) known to police for supply.",
    "Older brother known to the police for carrying a knife"])
def test_known_to_police_for_what_they_did_is_saved(typed: str) -> None:
    """"Older brother (18) known to police for supply" at what makes the harm harder to stop
    was asked "What happened, when, and how often?", as if it said nothing of what he did."""
    chat = sent_at("harm_matrix", "harm_complicating_1", typed)
    assert chat.draft.answers["harm_complicating_1"] == typed


@pytest.mark.parametrize("typed", ["Older brother known to police",
                                   "Older brother known to police for years",
                                   "Older brother known to the police for a number of years"])
def test_known_to_police_alone_or_for_how_long_is_still_asked_about(typed: str) -> None:
    chat = sent_at("harm_matrix", "harm_complicating_1", typed)
    assert "harm_complicating_1" not in chat.draft.answers
    assert chat.draft.pending is not None


# --- the youth worker's park -------------------------------------------------------------------

HAPPENED = ("Since Sept D has been picked up from Victoria Park most evenings by two older lads "
            "in a grey car; on 14 Nov he was found in Eastport with cannabis wrapped in cling "
            "film.")


async def test_a_park_named_for_a_queen_is_no_full_name_and_nothing_is_lost(
        store: Store) -> None:
    """At the terminal, the youth worker's account of what happened ("picked up from Victoria
    Park most evenings ...") was taken for a full name; she typed on, as she would, what D
    said, and was told "I haven't saved "Since Sept D has been picked up ...": your new
    line takes its place", so D's words were saved as what had happened. "- Victoria Park
    after dark" at the places that worry her went the same way. Both are saved where she
    meant them."""
    said, draft = await at_the_terminal(
        store, FLOWS["contextual"], "SK, detached youth worker",
        "Strategy discussion, Thursday 10 December 2026", "D, his mum, youth service, school",
        "/skip", "/skip", HAPPENED, 'D says "they\'re my boys, they look after me"',
        *["/skip"] * 8, "- Victoria Park after dark",
        "- the takeaway on Hill St, where the older lads give him free food", "done")
    assert "looks like a full name" not in said
    assert draft.answers["harm_outside"] == HAPPENED
    assert draft.answers["harm_signs"] == 'D says "they\'re my boys, they look after me"'
    assert draft.answers["area_worries"] == [
        "Victoria Park after dark",
        "the takeaway on Hill St, where the older lads give him free food"]


@pytest.mark.parametrize("typed", ["a text from Grace Park", "met Victoria Green at the shop",
                                   "Victoria Smith told me"])
def test_a_full_name_is_still_asked_about(typed: str) -> None:
    assert privacy(typed) is not None


# --- an item a message, each with its bullet ----------------------------------------------------


def test_items_sent_one_a_message_with_their_bullets_read_once_bulleted() -> None:
    """The personal adviser sent what helps as she had it in her notes, an item a message,
    each with its dash: the summary read "- - her college tutor who she trusts", where the
    same items pasted in one message lost their dashes."""
    chat = sent_at("success", "what_helps", "- her college tutor who she trusts")
    chat.send("• S (ex foster carer) has her for Sunday dinner")
    chat.send("* K never misses college")
    chat.send("done")
    assert chat.draft.answers["what_helps"] == [
        "her college tutor who she trusts", "S (ex foster carer) has her for Sunday dinner",
        "K never misses college"]
    text = render_text(build_summary(FLOWS["success"], chat.draft))
    assert "    - her college tutor who she trusts\n" in text
    assert "- -" not in text


def test_a_bulleted_item_sent_again_is_listed_once_and_minus_a_number_takes_one_out() -> None:
    chat = sent_at("success", "what_helps", "- her college tutor who she trusts")
    chat.send("her college tutor who she trusts")
    chat.send("- 1")
    assert chat.draft.answers["what_helps"] == []


# --- the youth worker's online worries ------------------------------------------------------


@pytest.mark.parametrize("typed", ['an Instagram account sending him DMs offering "easy money"',
                                   "adults he doesn't know DM him on Snapchat after midnight"])
def test_direct_messages_as_everyone_says_them_are_saved(typed: str) -> None:
    """"an Instagram account sending him DMs offering "easy money"" at what worries her
    online was asked "Could you write out what DMs stands for?", a word the young person
    and his mum use every day."""
    chat = sent_at("contextual", "online_worries", typed)
    assert chat.draft.answers["online_worries"] == [typed]


# --- the care leaver's own number, and her carer's ----------------------------------------------


def test_the_young_persons_number_with_her_words_is_kept_and_the_carers_goes_to_the_carer(
        ) -> None:
    """The adviser typed 'K says 7 🙂 "I'm doing way better than last year"' at the young
    person's number: it was refused ("Here I can keep only the number"), and "S gives it a
    6", her former carer's number sent next, was saved as the young person's: the summary
    read "The young person: 6". K's 7 is kept with her words as why, and S's 6 is the
    carer's."""
    chat = sent_at("success", "success_scale_young_person",
                   'K says 7 🙂 "I\'m doing way better than last year"')
    assert chat.draft.answers["success_scale_young_person"] == 7
    assert chat.draft.answers["success_scale_young_person_why"] == \
        '🙂 "I\'m doing way better than last year"'
    assert chat.asked == "success_scale_carer"
    chat.send("S gives it a 6")
    assert chat.draft.answers["success_scale_carer"] == 6
    assert chat.draft.answers["success_scale_young_person"] == 7
    text = render_text(build_summary(FLOWS["success"], chat.draft))
    assert 'The young person: 7 (🙂 "I\'m doing way better than last year")' in text


def test_someone_elses_number_with_words_at_the_young_persons_is_still_refused() -> None:
    chat = sent_at("success", "success_scale_young_person", "mum says 7 because she is doing well")
    assert "success_scale_young_person" not in chat.draft.answers


# --- "When is the next review?" answered with a line meant for another question ---------------


@pytest.mark.parametrize(("flow_id", "typed"), [
    ("contextual", "D says \"they're my boys, they look out for me\""),
    ("mapping", "mum was tearful and said she can't cope with R's behaviour"),
    ("wellbeing", "Nan picks KM up from school"),
    ("success", "She wants to be a hairdresser"),
])
def test_a_line_that_names_no_time_is_not_saved_as_the_next_review(flow_id: str,
                                                                    typed: str) -> None:
    """The youth worker's answer at "Next review" was refused as too long, and the next
    thing she sent, what D says about the older lads, meant for another question, was saved
    as the date of the next review: the record said "Next review: D says ...". An answer
    there that names no time at all is asked about once."""
    chat = sent_at(flow_id, "next_review", typed)
    assert "next_review" not in chat.draft.answers
    (nudge,) = nudges_seen(chat)
    assert nudge.text.startswith(f'"{typed}" does not say when. When is it')


@pytest.mark.parametrize("typed", [
    "Core group on 12 January", "in six weeks", "4 wks", "RCPC in 3 months",
    "Review CP conference 15/01/27", "TBC", "Not set yet", "After the parenting assessment",
    "At the next core group", "early Feb", "Before the Christmas holidays", "Three months",
    "ICPC", "end of term", "Weekly core groups until the conference", "No date yet",
    "Pending", "Awaiting legal advice", "As per CP procedures", "Case to close",
    "Stepping down to early help", "Next CIN meeting"])
def test_a_next_review_that_says_when_is_saved_as_written(typed: str) -> None:
    chat = sent_at("mapping", "next_review", typed)
    assert chat.draft.answers["next_review"] == typed
    assert nudges_seen(chat) == []
