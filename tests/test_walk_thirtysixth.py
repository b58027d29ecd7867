"""The thirty-sixth walk: a health visitor's mapping before an initial conference (two small
children, a bruised baby); a housing officer invited by link to add to a mapping; an early
help family worker's My Three Houses with a 7-year-old and a wellbeing; a CAMHS clinician's
Harm Matrix about self-harm and overdoses; a supervising social worker's Signs of Success with
a 15-year-old in foster care; a duty worker called away three times, back hours later with
/resume, /review and /edit. Each test of a defect failed on the code as it was; the others
guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from tests.growth import LINEAR_AT_MOST, growth
from tests.test_telegram_handlers import USER, Bot, age_drafts_of, bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtysecond import labelled
from tests.test_walk_thirtythird_b import answers, link, mapping, phone, read, team
from tests.test_walk_thirtythird_c import reminders

__all__ = ["bot", "team"]  # the fixtures: the bot; with two social workers who may use it

HOUSING = 7301  # the housing officer, asked by USER's link

# --- a correction of the answer before, with an apology first ------------------------------


@pytest.mark.parametrize("typed", [
    "sorry, the 2nd police call was 20/11 not 19/11",
    "sorry that should say 23/11 not 22/11",
    "oops the visit was on the 24th not the 23rd",
    "sorry it should read 2 callouts not 3"])
def test_a_correction_of_the_answer_before_goes_back_to_it(typed: str) -> None:
    """A housing officer, her worries sent, saw a date was wrong and typed "sorry, the 2nd
    police call was 20/11 not 19/11" at what is working well. It was asked about as the
    services' work ("says what the services did, but not yet what it meant for the child"),
    her real answer after it was then taken as its rewrite, and /skip kept the correction
    as what is working well and dropped the answer. It is read as the correction it is: the
    bot goes back to her worries for the whole answer as it should read."""
    chat = sent_at("contribution", "working_well", typed)
    assert "working_well" not in chat.draft.answers
    assert "reads as a correction of your answer" in chat.notices()[0]
    assert chat.asked == "worries"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("worries", "sorry to say mum was drunk not sober when I visited"),
    ("working_well", "sorry, but mum is coping not struggling"),
    ("needs_to_happen", "the plan should say who rings the landlord, not just that someone does")])
def test_lines_with_an_apology_and_a_not_that_answer_are_saved(step_id: str,
                                                                typed: str) -> None:
    chat = sent_at("contribution", step_id, typed)
    assert "reads as a correction" not in " ".join(chat.notices())


async def test_the_housing_officers_correction_and_answer_each_land_where_meant(
        team: Bot) -> None:
    bot = team
    await mapping(bot, "FM-44")
    await bot.say(f"/start {await link(bot, 'housing')}", user=HOUSING)
    await bot.tap(labelled(bot, "Keep"), user=HOUSING)
    await answers(bot, HOUSING, (
        "Housing officer, tenancy sustainment",
        "neighbours reported shouting and banging most nights since oct, police called twice "
        "(3/11 and 19/11). on my visit 24/11 the kitchen door was off its hinges",
        "sorry, the 2nd police call was 20/11 not 19/11",
        "neighbours reported shouting and banging most nights since oct, police called twice "
        "(3/11 and 20/11). on my visit 24/11 the kitchen door was off its hinges",
        "mum always lets me in and keeps appts, the kids have clean clothes and food in"))
    await bot.say("/review", user=HOUSING)
    shown = read(bot, HOUSING)
    assert "3. Worries: neighbours reported" in shown
    assert "(3/11 and 20/11)" in shown
    assert "4. What is working well: mum always lets me in" in shown
    assert "sorry" not in shown


# --- a duty worker called away while a reminder waits ---------------------------------------


@pytest.mark.parametrize("typed", ["sorry got to go, duty call", "got to go - duty call",
                                   "sorry duty call, back later", "got a duty call"])
def test_a_duty_call_noted_to_the_bot_is_a_note_of_stopping(typed: str) -> None:
    """A duty worker typed "sorry got to go, duty call" at the worst time. It was asked
    about as the services' work ("says what the services did, but not yet what it meant for
    the child"), and saved if sent again; the note is kept back as "sorry got to go" is."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert "recent_harm" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


def test_a_duty_call_alone_is_still_asked_about_as_before() -> None:
    chat = sent_at("mapping", "child_view_how", "duty call to mum")
    assert "reads as a note that you have to stop" not in " ".join(chat.notices())


WORST = "on 3/12 police called to the home 11pm, dad had hit mum, K (9) rang 999 from the bathroom"


async def test_the_duty_workers_note_while_a_reminder_waits_loses_no_answer(bot: Bot) -> None:
    """A reminder held the duty worker's worst time back when she typed "sorry got to go,
    duty call". She was asked "Is that your new answer to it, or is it for the next
    question?", and back hours later (/resume, "back now") each line she typed was refused
    ("I haven't saved ... First, please tell me where your line before it goes"). The note
    is said to be one, the reminder stands, and her answer then goes where it belongs."""
    for said in ("/new mapping", "DT-9", "core group", "not set yet", "duty SW (AB)",
                 "mum, school safeguarding lead, police",
                 "dad - not contactable", "tbc", "/skip", "/skip",
                 "/skip", "/skip", "yes", WORST):
        await bot.say(said)
    assert "police called to the home" in read(bot)  # the reminder about it
    await bot.say("sorry got to go, duty call")
    assert "reads as a note that you have to stop" in "\n".join(phone(bot)[-2:])
    age_drafts_of(bot.db, USER, 0.2)
    await bot.say("/resume DT-9")
    await bot.say("on 3/12 police called to the home 11pm, dad punched mum in the face, K (9) "
                  "rang 999 from the bathroom")
    await bot.say("/review")
    assert "12. The worst time: on 3/12 police called to the home 11pm, dad punched mum" \
        in read(bot)


# --- the scale: a number, how sure, and why ------------------------------------------------


@pytest.mark.parametrize(("typed", "number", "why"), [
    ("6 i think, placement stable since sept", 6, "placement stable since sept"),
    ("6 tbh, stable since sept", 6, "stable since sept"),
    ("5 i reckon - she's back in school every day", 5, "she's back in school every day"),
    ("prob a 6, placement stable since sept", 6, "placement stable since sept")])
def test_a_number_hedged_then_its_reason_is_read_as_both(typed: str, number: int,
                                                         why: str) -> None:
    """The supervising social worker typed "6 i think, placement stable since sept" at the
    Signs of Success scale. She was told "Please send one whole number from 0 to 10" and
    offered /back to the first step, as if the words belonged there; "6 i think" alone and
    "6/10, placement stable since sept" were each read. The number is saved, and the words
    as why."""
    chat = sent_at("success", "success_scale", typed)
    assert chat.draft.answers["success_scale"] == number
    assert chat.draft.answers["success_scale_why"] == why


def test_a_number_hedged_alone_is_saved_alone() -> None:
    chat = sent_at("success", "success_scale", "6 i think")
    assert chat.draft.answers["success_scale"] == 6
    assert "success_scale_why" not in chat.draft.answers


# --- the next review, answered with who is in the family ------------------------------------


@pytest.mark.parametrize("typed", ["KB 2yrs and baby LB 8wks, live w mum",
                                   "KB (2 yrs) and LB (8 weeks) live with mum and her partner",
                                   "T aged 7 and his sister aged 4"])
def test_childrens_ages_at_the_next_review_are_asked_about(typed: str) -> None:
    """The health visitor, one question ahead of herself, answered "When is the next review
    of this plan?" with who is in the family: "KB 2yrs and baby LB 8wks, live w mum". It
    was saved, and the record read "Next review: KB 2yrs and baby LB 8wks, live w mum":
    the children's ages were read as when. Ages say no when: it is asked about once."""
    chat = sent_at("mapping", "next_review", typed)
    assert "next_review" not in chat.draft.answers
    assert "does not say when" in " ".join(reminders(chat))


@pytest.mark.parametrize("typed", ["in 6 weeks", "RCPC in 3 months", "KB's 2 year check",
                                   "when LB is 12 weeks old", "at 3 months", "2 weeks after birth"])
def test_times_at_the_next_review_are_saved_as_before(typed: str) -> None:
    chat = sent_at("mapping", "next_review", typed)
    assert chat.draft.answers["next_review"] == typed


# --- short forms: a plural of two letters ---------------------------------------------------


@pytest.mark.parametrize("typed", ["J took 2 overdoses (ODs) of mum's sertraline",
                                   "J has taken 2 ODs of mum's sertraline since sept",
                                   "ODs x2 since sept, the last on 28/11"])
def test_a_two_letter_short_form_in_the_plural_is_read_as_the_singular(typed: str) -> None:
    """The CAMHS clinician wrote "J has taken 2 ODs ..." and was asked "Could you write out
    what ODs stands for?", where "took an OD" was not asked about (two letters read as
    initials); written out as asked, "2 overdoses (ODs)", she was asked again. A plural
    "s" after two capitals makes no new short form."""
    chat = sent_at("harm_matrix", "harm_worst_1", typed)
    assert not any("ODs" in said for said in reminders(chat))


def test_a_short_form_of_three_letters_is_still_asked_about() -> None:
    chat = sent_at("harm_matrix", "harm_worst_1", "J seen by the CRHT twice since sept")
    assert any('"CRHT"' in said for said in reminders(chat))


# --- a question back to the bot --------------------------------------------------------------


@pytest.mark.parametrize("typed", ["what does harm mean here?", "what do you mean by danger here?",
                                   "what does pattern mean in this question?"])
def test_what_a_word_means_here_is_read_as_help(typed: str) -> None:
    """At "When was the most recent time?", the health visitor typed "what does harm mean
    here?" and it was saved as the answer; "what does harm mean?" was read as /help."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert "recent_harm" not in chat.draft.answers
    assert "as /help" in chat.notices()[0]


# --- /skip after "ok" was asked about -------------------------------------------------------


def test_skip_after_ok_at_an_optional_question_leaves_it_out() -> None:
    """The family worker, past the three notes before My Three Houses, typed "ok" at "did
    the child name anyone who must NOT see or hear this? If nobody, skip this question". Told
    '"ok" on its own doesn't answer' it, she typed /skip, as the question says: "ok" was
    kept, and the record read "Not to be shared with (the child's wish): ok". /skip leaves
    the question out, as it says."""
    chat = sent_at("three_houses", "not_told", "ok")
    assert "not_told" not in chat.draft.answers
    chat.command("skip")
    assert chat.draft.answers.get("not_told") is None
    assert "I haven't saved the answer the reminder was about." in chat.notices()
    assert chat.asked == "share_ok"


def test_skip_after_a_lone_number_at_a_needed_question_keeps_asking() -> None:
    """The health visitor typed "4" at "If nothing changes, what could happen to the child?"
    and, asked about it, typed /skip: "4" was kept, and the danger statement drafted from it
    read "If nothing changes, 4." The question needs an answer: it says so, and asks again."""
    chat = sent_at("mapping", "danger_impact_1", "4")
    chat.command("skip")
    assert "danger_impact_1" not in chat.draft.answers
    assert "This question needs an answer" in chat.notices()[0]
    chat.send("LB could be seriously hurt, KB could grow up frightened at home")
    assert chat.draft.answers["danger_impact_1"].startswith("LB could be seriously hurt")


def test_keep_after_ok_still_keeps_it() -> None:
    chat = sent_at("three_houses", "not_told", "ok")
    chat.command("keep")
    assert chat.draft.answers["not_told"] == "ok"


# --- the child's own words: a clinic's note ---------------------------------------------------


@pytest.mark.parametrize("typed", [
    "LB seen at clinic 23/11 with bruise to L ear, mum said older sibling hit him w toy",
    "LB (8wks) seen at baby clinic 23/11 with a bruise to his L ear",
    "K was seen by the GP on 3/12, no concerns noted",
    "the child attended A&E with mum on 2/12"])
def test_a_clinics_note_of_the_child_is_asked_about_at_their_own_words(typed: str) -> None:
    """The health visitor, at "What has the child said worries them? Their exact words."
    (an 8-week-old baby), wrote "LB seen at clinic 23/11 with bruise to L ear, mum said older
    sibling hit him w toy". It was kept as the baby's own words, in quotation marks. A
    note of the child being seen somewhere, by initials, is asked about once."""
    chat = sent_at("mapping", "house_worries", typed)
    assert not chat.draft.answers.get("house_worries")
    assert "kept as their own words" in " ".join(reminders(chat))


@pytest.mark.parametrize("typed", ["I was seen by the doctor and it hurt",
                                   "when I went to the hospital I was scared",
                                   "Seen it all before", "nobody seen me crying"])
def test_a_childs_own_words_of_being_seen_are_kept(typed: str) -> None:
    chat = sent_at("mapping", "house_worries", typed)
    assert chat.draft.answers["house_worries"] == [typed]


@pytest.mark.parametrize("typed", ["do u want the most recent or worst?",
                                   "do you mean the last time or the worst time?",
                                   "do you want dates?"])
def test_which_the_question_means_asked_back_is_read_as_help(typed: str) -> None:
    """The health visitor, unsure whether "the most recent time" meant the bruise or the
    row, typed "do u want the most recent or worst?". It was saved as the most recent time.
    A question back to the bot about what the question wants is read as /help; sent again
    (a parent's question, say), it is the answer."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert "recent_harm" not in chat.draft.answers
    assert "as /help" in chat.notices()[0]
    chat.send(typed)
    assert chat.draft.answers["recent_harm"] == typed


def test_a_parents_question_in_a_line_is_still_the_answer() -> None:
    typed = "mum asked me do you want me to leave him?"
    chat = sent_at("mapping", "family_view_1", typed)
    assert chat.draft.answers["family_view_1"] == typed


def test_what_a_word_means_at_the_childs_words_is_help_once() -> None:
    """At "What has the child said is good in their life? Their exact words." (a list), the
    health visitor typed "what do you mean by danger?" and it was kept as the child's words,
    in quotation marks; at the child's words "what do I put here?" is shown the help once. So
    is this; sent again, it is kept as the child's (a child may ask it)."""
    chat = sent_at("mapping", "house_good", "what do you mean by danger?")
    assert not chat.draft.answers.get("house_good")
    assert "as /help" in chat.notices()[0]
    chat.send("what do you mean by danger?")
    assert chat.draft.answers["house_good"] == ["what do you mean by danger?"]


def test_a_question_among_what_is_not_known_is_still_an_item() -> None:
    chat = sent_at("mapping", "grey_areas", "what is the father's role?")
    assert chat.draft.answers["grey_areas"] == ["what is the father's role?"]


@pytest.mark.parametrize("typed", ["sorry, duty phone", "duty phone ringing",
                                   "sorry called into a strat", "urgent visit, back later",
                                   "sorry manager needs me"])
def test_a_duty_workers_other_interruptions_are_notes_of_stopping(typed: str) -> None:
    """Called away twice more, the duty worker typed "sorry, duty phone" and "urgent visit,
    back later" at "When was the most recent time, and what happened?": each was saved as
    the most recent time ("sorry manager needs me" was asked what it meant for the child).
    Each is kept back as a note of having to stop."""
    chat = sent_at("mapping", "recent_harm", typed)
    assert "recent_harm" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


@pytest.mark.parametrize("typed", ["visit on 3/12, back later dad was drunk",
                                   "phone call, mum said dad had left",
                                   "the duty phone was answered by mum's friend"])
def test_lines_that_begin_like_a_duty_note_are_answers(typed: str) -> None:
    chat = sent_at("mapping", "recent_harm", typed)
    assert "reads as a note that you have to stop" not in " ".join(chat.notices())


def test_a_line_of_sessions_is_read_once() -> None:
    """"drop in clinic" is one session or two ("drop in", then "clinic"): a line of twenty
    of them after "brb" was read every way they split, over a second in the thread every
    practitioner's replies wait on, and a few more doubled it each time. The line is read in
    time that grows with its length."""
    def sent(size: int) -> None:
        sent_at("mapping", "recent_harm", "brb " + "drop in clinic " * size + "x")
    assert growth(sent, 4) <= LINEAR_AT_MOST


# --- a parent's or a carer's number, with who said it and why -------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed", "number", "why"), [
    ("success", "success_scale_carer", "carer says 7 because she's settled", 7,
     "because she's settled"),
    ("success", "success_scale_carer", "FC J says 7 - S is doing great, we're proud of her", 7,
     "S is doing great, we're proud of her"),
    ("mapping", "safety_scale_parent_1", "mum said 5 - he's been calmer", 5,
     "he's been calmer")])
def test_who_gave_a_number_and_why_are_kept_at_their_number(
        flow_id: str, step_id: str, typed: str, number: int, why: str) -> None:
    """Asked the foster carer's number, the supervising social worker typed "FC J says 7 -
    S is doing great, we're proud of her". She was told "Here I can keep only the number, so
    your words were not saved. Send 7 if that's right", though "7 - S is doing great" keeps
    both, as "mum said 5 - he's been calmer" did not at a parent's number. The number is
    kept with the reason beside it."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == number
    assert why in chat.draft.answers.values()
    assert "keep only the number" not in " ".join(chat.notices())


def test_another_persons_number_at_the_childs_is_still_refused() -> None:
    chat = sent_at("success", "success_scale_young_person", "carer says 7 - she's settled")
    assert "success_scale_young_person" not in chat.draft.answers
