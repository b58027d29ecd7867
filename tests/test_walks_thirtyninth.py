"""The thirty-ninth walk: an independent reviewing officer preparing a review conference
from her Harm Matrix; an early help family support worker's Signs of Wellbeing with a mum; a
CAMHS nurse giving her part of a colleague's mapping through a partner link; a youth justice
worker's contextual mapping; a social worker's Signs of Success with a teenager in short
bursts; a student social worker asking what words mean. Each test of a defect failed on the
code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_telegram_handlers import Bot
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtythird_b import HV, link, mapping, phone, read, team  # noqa: F401

# --- the family support worker: the next answer typed past a reminder about "HV" ------------


@pytest.mark.parametrize(("flow_id", "step_id", "held", "typed"), [
    ("wellbeing", "worry_who_1", "School & HV",  # the walk's own
     "L is often late to school and mum struggles to get her up and out with the baby"),
    ("mapping", "danger_who_1", "police, mum's sister, HV",
     "Dad hits mum when he's been drinking and the police were called"),
    ("contextual", "danger_who_1", "school, YOT",
     "Older males pick J up from school in a car and give him cannabis"),
    # the student's: the next answer, short, sharing one word with a long one held
    ("mapping", "harm_impact",
     'J is tired at school and told the DSL he "has to be the grown up"', "school and me")])
def test_the_next_answer_typed_past_a_reminder_about_a_short_form_is_asked_about(
        flow_id: str, step_id: str, held: str, typed: str) -> None:
    """A family support worker answered "Who is worried?" with "School & HV", was asked to
    write "HV" out in full, and typed on with the next question's answer: "L is often late
    to school and mum struggles to get her up and out with the baby". Sharing "school", it
    was taken for her rewrite: "Who is worried" read it, every answer after it went one
    question on, and the worry statement read "L is often late to school ... are worried
    that L could fall behind ...". A line that keeps none of the short forms and says far
    more than writing them out would is asked about now; nothing is replaced."""
    chat = sent_at(flow_id, step_id, held)
    assert chat.draft.pending is not None  # the reminder about the short form
    chat.send(typed)
    assert "Is that your new answer to it, or is it for the next question?" in " ".join(
        getattr(r, "text", "") for r in chat.replies)
    assert step_id not in chat.draft.answers


@pytest.mark.parametrize(("flow_id", "step_id", "held", "typed"), [
    ("wellbeing", "worry_who_1", "School & HV", "School and health visitor"),
    ("wellbeing", "worry_who_1", "School & HV", "the school and the HV"),
    ("mapping", "danger_who_1", "police, mum's sister, HV",
     "police, mum's sister and the health visitor"),
    ("mapping", "danger_who_1", "School, HV, IRO",
     "School, health visitor, independent reviewing officer")])
def test_a_short_form_written_out_is_still_the_rewrite(flow_id: str, step_id: str, held: str,
                                                       typed: str) -> None:
    chat = sent_at(flow_id, step_id, held)
    chat.send(typed)
    assert chat.draft.answers[step_id] == typed


# --- the student social worker: asking what the words mean, mid-question --------------------


@pytest.mark.parametrize(("step_id", "typed", "said"), [
    ("meeting_date", "sorry what's a core group?", "between child protection conferences"),
    ("worst_harm", "whats the difference between harm and danger?",
     "what has already happened to the child"),
    ("danger_who_1", "what does it mean by the pattern?", ""),
    ("harm_pattern", "idk, not sure what to put here", ""),
    ("worst_harm", "so what counts as harm?", "what has already happened to the child")])
def test_a_students_question_mid_draft_is_not_saved_as_the_answer(step_id: str, typed: str,
                                                                   said: str) -> None:
    """A student social worker on placement, unsure of the words, typed "sorry what's a core
    group?" at "When is the meeting?", "whats the difference between harm and danger?" at the
    worst time and "idk, not sure what to put here" at the pattern. Each was saved as her
    answer: the summary she would take to her practice educator read "Date of the meeting:
    sorry what's a core group?" and "The worst time: whats the difference between harm and
    danger?". Each is read as a question to the bot now, the word explained where it is one
    of the tools', and nothing is saved."""
    chat = sent_at("mapping", step_id, typed)
    assert step_id not in chat.draft.answers
    assert said in " ".join(chat.notices())


@pytest.mark.parametrize(("step_id", "typed", "said"), [
    ("complicating", "what counts as a complicating factor?", "harder to deal with"),
    ("existing_safety", "is a strength the same as safety?", "protective action")])
def test_a_question_about_the_tools_words_at_a_list_is_explained_not_listed(
        step_id: str, typed: str, said: str) -> None:
    """At "What else makes these worries harder to sort out?" she typed "what counts as a
    complicating factor?": it went into the list, and the summary's complicating factors
    read it. At existing safety, "is a strength the same as safety?" was taken as her
    answer and told it sounded like a real strength. A question about a word of the tools
    is explained at a list too, and nothing is added."""
    chat = sent_at("mapping", step_id, typed)
    assert step_id not in chat.draft.answers
    assert said in " ".join(chat.notices())


@pytest.mark.parametrize(("step_id", "typed"), [
    ("grey_areas", "What is the father's role?"),
    ("grey_areas", "what counts as school attendance for J?"),
    ("complicating", "whats the difference between mum's two accounts")])
def test_questions_about_the_family_at_a_list_are_still_items(step_id: str, typed: str) -> None:
    chat = sent_at("mapping", step_id, typed)
    assert chat.draft.answers[step_id] == [typed]


@pytest.mark.parametrize("typed", ["i'll ask my PE and come back to this",
                                   "will check with my practice educator and come back to it",
                                   "I'll come back to this"])
def test_a_note_of_coming_back_after_asking_is_not_saved_as_the_answer(typed: str) -> None:
    """Not sure what the impact on the child was, she typed "i'll ask my PE and come back to
    this": it was saved as what the harm has done to the child. It is kept back once, as
    "will finish later" is."""
    chat = sent_at("mapping", "harm_impact", typed)
    assert "harm_impact" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]


@pytest.mark.parametrize("typed", ["mum will ask her GP and come back to us",
                                   "dad said he'll come back to it when he's calmer"])
def test_what_the_family_will_come_back_to_is_the_answer(typed: str) -> None:
    chat = sent_at("mapping", "harm_impact", typed)
    assert chat.draft.answers["harm_impact"] == typed


# --- the youth justice worker: what professionals will do about places and people -----------


def _nudges(flow_id: str, step_id: str, typed: str) -> str:
    chat = sent_at(flow_id, step_id, typed)
    return " ".join(r.text for r in chat.replies if isinstance(r, Nudge))


@pytest.mark.parametrize("typed", ["police will disrupt the group at the chippy",
                                   "police will disrupt the group",
                                   "Police will break up the group outside the shop and "
                                   "disrupt the group of older lads who give J lifts"])
def test_a_group_of_people_professionals_will_disrupt_is_no_meeting_of_the_services(
        typed: str) -> None:
    """A youth justice worker answered "What will professionals and the community be doing
    about the places and people that harm the young person?" with "police will disrupt the
    group at the chippy", as the question's own example has police disrupting the men who
    give D lifts. She was told it "says what the services did, but not yet what it meant for
    the child", the group read as a meeting of the services. A group of people at a place is
    no meeting: what police will do there is let through."""
    assert "says what the services did" not in _nudges("contextual", "goal_doing_1", typed)


@pytest.mark.parametrize(("step_id", "typed"), [
    ("next_steps", "the group to meet again in 4 weeks"),
    ("next_steps", "Core group to be arranged")])
def test_a_meeting_of_the_services_is_still_asked_about(step_id: str, typed: str) -> None:
    assert "says what has been done" in _nudges("mapping", step_id, typed) or \
        "is a next step, but not yet who will do it" in _nudges("mapping", step_id, typed)


@pytest.mark.parametrize("typed", [
    "YJS will work with the chippy owner to spot when he's picked up",  # the walk's own
    "the police will engage with the shop staff"])
def test_a_services_goal_in_process_words_is_shown_a_services_example(typed: str) -> None:
    """Her next goal, "YJS will work with the chippy owner to spot when he's picked up", was
    asked "What will the adult be doing that people could see? For example "Dad will leave
    the house and ring his brother ..."": a father's example, at a question about what
    professionals will do about places. A goal that names a service first is asked what
    they will be doing, with an example of services acting where the harm happens."""
    said = _nudges("contextual", "goal_doing_1", typed)
    assert "says what professionals want" in said
    assert "Dad will leave the house" not in said
    assert "What will they be doing" in said


def test_a_caregivers_goal_in_process_words_still_has_the_caregivers_example() -> None:
    said = _nudges("mapping", "goal_doing_1", "Dad will engage with the domestic abuse course")
    assert "Dad will leave the house" in said


# --- the social worker doing Signs of Success with a teenager, in short bursts ---------------


@pytest.mark.parametrize(("step_id", "typed"), [
    ("belonging", "sorry gtg, K's here"),  # the walk's own
    ("belonging", "gtg"),
    ("vision", "g2g - TJ's just arrived"),
    ("what_helps", "sorry gtg")])
def test_a_text_speak_note_of_having_to_go_is_not_kept_as_the_young_persons_words(
        step_id: str, typed: str) -> None:
    """A leaving care worker filling in Signs of Success with K (17) in short bursts over two
    days typed "sorry gtg, K's here" at "Where, and with whom, do they feel they belong? In
    their own words." It was saved, and the summary read "Belonging: “sorry gtg, K's here”
    (the young person's own words)"; her next answer, where K belongs, went into who K would
    call. "gtg" is kept back once as "got to go" is, with the young person arriving after
    it."""
    chat = sent_at("success", step_id, typed)
    assert step_id not in chat.draft.answers
    assert "reads as a note that you have to stop" in " ".join(chat.notices())


@pytest.mark.parametrize("typed", ["K's here with her mates most weekends",
                                   "at nan's, she's here every sunday"])
def test_where_the_young_person_is_is_still_the_answer(typed: str) -> None:
    chat = sent_at("success", "belonging", typed)
    assert chat.draft.answers["belonging"] == typed


# --- the CAMHS nurse, opening a colleague's partner link ------------------------------------


def test_a_role_typed_at_the_service_the_link_set_is_pointed_on_to_its_question() -> None:
    """A CAMHS nurse opened a social worker's partner link. Its first question, "Which kind
    of service are you answering for?", showed "Current answer: Health", set by the link; she
    typed her role, "CAMHS nurse", and was told only "I couldn't match that to one of the
    options", and so was every line she typed after it. A line that matches no option, at a
    choice already answered with the written question after it unanswered, is pointed on to
    that question: /skip keeps the answer and goes on to it."""
    chat = sent_at("contribution", "agency", "health")
    chat.command("back")
    assert chat.asked == "agency"
    chat.send("CAMHS nurse")
    told = " ".join(chat.notices())
    assert '"What is your role there?"' in told or '"Role"' in told
    assert "/skip keeps" in told
    assert chat.draft.answers["agency"] == "health"
    chat.command("skip")
    assert chat.asked == "role"


@pytest.mark.parametrize(("step_id", "typed"), [
    ("danger_impact_1", 'is "mum neglects the kids" ok?'),  # the walk's own
    ("danger_impact_1", "is this ok?"),
    ("worst_harm", "would that do?"),
    ("harm_pattern", "is that what you want?")])
def test_asking_whether_the_wording_will_do_is_not_saved_as_the_answer(step_id: str,
                                                                        typed: str) -> None:
    """Unsure of the words, the student typed 'is "mum neglects the kids" ok?' at "If nothing
    changes, what could happen to the child?": it was saved, and the drafted danger statement
    ended "If nothing changes, is "mum neglects the kids" ok?.". Asking whether an answer will
    do is a question to the bot: the help is shown and nothing is saved."""
    chat = sent_at("mapping", step_id, typed)
    assert step_id not in chat.draft.answers
    assert "as /help" in " ".join(chat.notices())


@pytest.mark.parametrize("typed", ["mum asked if that is ok", "dad says it is ok"])
def test_a_line_saying_someone_thinks_it_is_ok_is_the_answer(typed: str) -> None:
    chat = sent_at("mapping", "family_view_1", typed)
    assert chat.draft.answers["family_view_1"] == typed


def test_camhs_named_by_its_own_nurse_is_not_asked_what_she_asked_them_to_do() -> None:
    """The CAMHS nurse wrote "Mum missed the last 2 CAMHS appts" among her worries and was
    asked "Could you say which children's mental health team, and what you asked them to
    do?", as if she had referred the child to herself. The question asks what the team is
    doing with the child now, which fits whoever names it."""
    said = _nudges("contribution", "worries",
                   "S told me she cuts her arms. Mum missed the last 2 CAMHS appts")
    assert "children's mental health team" in said
    assert "what you asked them to do" not in said


# --- the reviewing officer: each person's number, with their own reason ---------------------


@pytest.mark.parametrize(("step_id", "typed"), [
    ("danger_scale_others_1", "mum: 7 - things are much better"),  # the walk's own
    ("safety_scale_others", "Dad: 8, he thinks things are fine now"),
    ("safety_scale_others", "nan - 6 - she feels it's getting better")])
def test_someones_own_reason_for_their_number_is_theirs(step_id: str, typed: str) -> None:
    """An independent reviewing officer listed each person's number as asked, "who: number,
    and why": "mum: 7 - things are much better". She was told it "says what you make of
    things, but not yet what happened. What did you see or hear ...?", of mum's own reason
    for mum's own number, and the two lines pasted under it (the health visitor's and the
    nursery's) were held back. Where each person's number is asked, the reason given with
    it is theirs, as the family's view is where it is asked."""
    chat = sent_at("mapping", step_id, typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers[step_id] == [typed]


def test_a_short_form_in_someones_reason_is_still_asked_about() -> None:
    assert '"HV"' in _nudges("mapping", "safety_scale_others", "HV: 5 - mum is struggling")


def test_the_writers_own_reason_is_still_asked_what_was_seen() -> None:
    assert "says what you make of things" in _nudges("mapping", "safety_scale_why",
                                                     "7 - things are much better")


async def test_the_nurse_on_her_phone_is_pointed_on_to_her_role_and_it_is_saved(
        team: Bot) -> None:  # noqa: F811
    """The same, through the real Application: the social worker's mapping and its Health
    link; the nurse opens it and types her role where the link's service is shown."""
    await mapping(team, "SK-3")
    code = await link(team, "health")
    await team.say(f"/start {code}", user=HV)
    await team.say("CAMHS nurse", user=HV)
    assert "/skip keeps this answer and goes on to it" in " ".join(phone(team, HV)[-2:])
    await team.say("/skip", user=HV)
    assert "What is your role there?" in read(team, HV)
    await team.say("CAMHS nurse", user=HV)
    # (its short form asked once to be written out, as a partner's role's is: kept)
    assert 'You wrote "CAMHS"' in read(team, HV)
    await team.say("/keep", user=HV)
    assert "What have you seen or heard yourself" in read(team, HV)


@pytest.mark.parametrize(("step_id", "typed", "said"), [
    ("worst_harm", "what do u mean by harm", "what has already happened to the child"),
    ("worst_harm", "wot is existing safety?", "protective action"),
    ("worst_harm", "sorry whats a danger statement", "fears will happen to the child"),
    ("worst_harm", "can you explain what a safety goal is?", "what the family will be doing"),
    ("worst_harm", "i don't get what you mean by this", ""),
    ("worst_harm", "not sure what you're asking", ""),
    ("existing_safety", "whats the diff between strengths and safety?", "protective action")])
def test_the_students_questions_as_a_phone_types_them_are_read_as_questions(
        step_id: str, typed: str, said: str) -> None:
    """The same student's questions as she typed them on her phone, "u" for you, "wot",
    no question mark, "diff": each was saved as her answer (at existing safety, told it
    sounded like a real strength). Each is read as a question to the bot now."""
    chat = sent_at("mapping", step_id, typed)
    assert step_id not in chat.draft.answers
    assert said in " ".join(chat.notices())
