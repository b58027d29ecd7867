"""The forty-second walk: a newly qualified social worker before her first conference; a
school nurse adding a partner's part; a police officer in a hurry; a family support worker
doing My Three Houses with a 7-year-old; a team manager reviewing a colleague's mapping; a
supervising social worker doing Signs of Wellbeing; a youth worker mapping contexts; a health
visitor answering three questions at once; a worker back two days later; a worker who changes
her number twice; a worker pasting her case notes. Each test of a defect failed on the code as
it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import pytest

from flows.replies import Nudge
from tests.test_telegram_handlers import Bot
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import FLOWS, sent_at
from tests.test_walk_thirtythird_b import PC, link, mapping, opens, phone, team

__all__ = ["team"]  # the fixture

# --- the newly qualified social worker, before her first conference ---------------------------


@pytest.mark.parametrize("typed", [
    "I put that above", "already said above", "I already said that", "answered above",
    "covered above", "as I said above", "I've said that already", "see my previous answer",
    "put it in the last answer", "as stated above"])
def test_a_pointer_said_in_her_own_words_is_asked_about(typed: str) -> None:
    """Before her first conference, a newly qualified social worker answered "Who is
    worried?" with the whole worry ("Social worker, school and health visitor are worried
    that dad will hit mum again ... and that K will see it, be frightened ..."), and at "If
    nothing changes, what could happen to the child?" typed "I put that above". It was saved,
    and the drafted danger statement ended "If nothing changes, I put that above." "see
    above" was asked about; a pointer said as she would say it is asked about now."""
    chat = sent_at("mapping", "danger_impact_1", typed)
    assert "danger_impact_1" not in chat.draft.answers
    assert any(isinstance(r, Nudge) and "points to another answer" in r.text
               for r in chat.replies)


@pytest.mark.parametrize("typed", [
    "Mum said above all she wants K home", "K could be hurt if she gets in the way",
    "explained to mum", "Already given to school"])
def test_an_answer_with_those_words_in_it_is_saved(typed: str) -> None:
    chat = sent_at("mapping", "danger_impact_1", typed)
    assert not any(isinstance(r, Nudge) and "points to another answer" in r.text
                   for r in chat.replies)


def test_a_line_for_the_question_left_out_just_before_a_number_is_pointed_back() -> None:
    """Typing in the terminal, she pressed Enter once too often at "What don't we know yet,
    or what is disputed?", which left it out, and typed its answer, "Whether dad drinks more
    than he says", at the overall scale. She was told only to send a whole number: nothing
    said where her line belonged. It says now that /back goes back to the question left
    out, and her line is saved there when she sends it again."""
    chat = reach(FLOWS["mapping"], "grey_areas")
    chat.send("")
    assert chat.asked == "safety_scale"
    chat.send("Whether dad drinks more than he says")
    (said,) = chat.notices()[-1:]
    assert ('If it is your answer to "What we don\'t know yet", which was left out, /back goes '
            "back to it") in said
    chat.command("back")
    chat.send("Whether dad drinks more than he says")
    chat.send("")
    assert chat.draft.answers["grey_areas"] == ["Whether dad drinks more than he says"]
    assert chat.asked == "safety_scale"


def test_a_line_at_a_number_after_an_answered_question_is_pointed_as_before() -> None:
    chat = reach(FLOWS["mapping"], "safety_scale")
    chat.send("Whether dad drinks more than he says")
    assert "which was left out" not in chat.notices()[-1]
    assert "/back goes back to it" in chat.notices()[-1]


@pytest.mark.parametrize(("typed", "who"), [
    ("School: 4", "the school"), ("Police: 3", "the police"), ("HV - 5", "the HV"),
    ("school said 4", "the school"), ("PC Jones: 3", "PC Jones"),
    ("social worker: 4", "the social worker")])
def test_an_agencys_number_at_the_parents_is_not_saved_as_theirs(typed: str, who: str
                                                                   ) -> None:
    """Asked "What number does the parent or carer the child mainly lives with give?", the
    newly qualified social worker, whose mum's line had been refused, typed the next line
    from her notes, "School: 4". It was saved as mum's number, and the summary's "Each
    person's number" read "Parent or carer the child lives with: 4", the school's. A number
    an agency is named as giving is not saved at a parent's number now: she is told whose
    it reads as, and that the agencies' numbers are asked after."""
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert "safety_scale_parent_1" not in chat.draft.answers
    said = chat.notices()[-1]
    assert f"It reads as the number {who} gave" in said
    assert "Each agency's number has its own question after it." in said


@pytest.mark.parametrize("typed", ["Mum: 7", "mum said 7", "7", "J: 7", "carer: 6",
                                   "KW: 6"])
def test_the_parents_own_number_is_saved_as_before(typed: str) -> None:
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert chat.draft.answers["safety_scale_parent_1"] in (6, 7)


@pytest.mark.parametrize(("typed", "why"), [
    ("Mum: 7, she says it was a one off", "she says it was a one off"),
    ("J: 6 - she says dad has calmed down", "she says dad has calmed down")])
def test_the_parents_number_typed_as_the_agencies_are_asked_is_kept_with_why(
        typed: str, why: str) -> None:
    """The agencies' question asks for "agency: number, and why", and the newly qualified
    social worker typed mum's the same way: "Mum: 7, she says it was a one off". She was
    told "Here I can keep only the number, so your words were not saved", though "Mum says
    7, she says it was a one off" kept both. Who, a colon, the number and why is kept as
    "mum says" is: the number, and why as mum's reason."""
    chat = sent_at("mapping", "safety_scale_parent_1", typed)
    assert chat.draft.answers["safety_scale_parent_1"] in (6, 7)
    assert chat.draft.answers["safety_scale_parent_1_why"] == why
    assert "keep only the number" not in " ".join(chat.notices())


# --- the police officer in a hurry, in capitals ----------------------------------------------

POLICE_WORRY = ("DV CALL OUT 28/11 23:00, DAD (P) ARRESTED FOR ASSAULT ON MUM, NFA. MUM DECLINED "
                "TO SUPPORT. K ASLEEP UPSTAIRS")


async def test_a_new_version_of_her_answer_typed_one_question_back_is_pointed_on(
        team: Bot) -> None:
    """A police officer giving her part through a social worker's link, told her "DV CALL
    OUT ... NFA" had short forms, sent /back to change it: it was kept, and she was taken
    back to "What is your role there?". She sent the worry written out there, and read only
    "That's 109 characters; the limit here is 80 ... could you cut it down to the main
    points", to a role. She is told now that it reads like a new version of her answer to
    the question after, and /skip goes on to it, where it is saved."""
    await mapping(team, "FM-3")
    await opens(team, await link(team, "police"), PC)
    for line in ("PC 4471", "DV CALL OUT 28/11 @ 2300HRS. DAD ARRESTED, NFA. MUM DECLINED DASH",
                 "/back",
                 POLICE_WORRY):
        await team.say(line, user=PC)
    assert "the limit here is 80" in phone(team, PC)[-2]
    assert ('It reads like a new version of your answer to "Worries", '
            "the question after this one: /skip keeps this answer and goes on to it."
            ) in phone(team, PC)[-2]
    await team.say("/skip", user=PC)
    await team.say(POLICE_WORRY, user=PC)
    (part,) = await team.conversation.drafts(PC)
    draft = await team.conversation.load(PC, part.id)
    assert draft is not None
    assert (draft.answers["role"], draft.answers["worries"]) == ("PC 4471", POLICE_WORRY)


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("contribution", "needs_to_happen", "SOCIAL WORKER TO HOLD STRATEGY MEETING"),
    ("contribution", "needs_to_happen", "Police to attend strategy meeting"),
    ("mapping", "next_steps", "Social worker to hold strategy meeting")])
def test_a_workers_step_naming_a_strategy_meeting_is_asked_by_when(
        flow_id: str, step_id: str, typed: str) -> None:
    """At "What needs to happen next, including anything your service can do?", the police
    officer typed "SOCIAL WORKER TO HOLD STRATEGY MEETING" and was asked "You wrote
    "STRATEGY MEETING". Who did what with the family, and what changed?", a question of the
    past about a step still to be taken. A worker's step naming the meeting is asked by
    when now, as "social worker to visit mum" is."""
    chat = sent_at(flow_id, step_id, typed)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert "is a next step, but not yet when" in nudge.text
    assert "Who did what with the family" not in nudge.text


def test_a_strategy_meeting_told_as_done_at_the_worry_is_still_asked_what_happened() -> None:
    chat = sent_at("contribution", "worries", "Strategy meeting held last week")
    assert any(isinstance(r, Nudge) and "Who did what with the family" in r.text
               for r in chat.replies)


# --- the family support worker, My Three Houses with a 7-year-old -----------------------------


@pytest.mark.parametrize("typed", ["today after school at nans house",
                                   "me and her nan in the next room",
                                   "she started with good things"])
def test_a_line_with_no_age_at_how_old_is_asked_about(typed: str) -> None:
    """Doing My Three Houses with a 7-year-old, a family support worker was a question ahead
    of the bot: at "How old is the child?" she typed where the session was, "today after
    school at nans house". It was saved as the child's age, and the next question came. A
    line with no age in it is asked about now, once: /keep keeps it."""
    chat = sent_at("three_houses", "child_age", typed)
    assert "child_age" not in chat.draft.answers
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert "does not say how old the child is" in nudge.text
    chat.command("keep")
    assert chat.draft.answers["child_age"] == typed


@pytest.mark.parametrize("typed", ["7", "seven", "7 and a half", "nearly 8", "7yrs",
                                   "six and three quarters", "18 months", "Year 2 (7)",
                                   "not sure, in year 3"])
def test_an_age_is_saved_as_it_is(typed: str) -> None:
    chat = sent_at("three_houses", "child_age", typed)
    assert chat.draft.answers["child_age"] == typed


# --- the youth worker, mapping contexts: peers, the park, online ------------------------------


@pytest.mark.parametrize("typed", [
    "D will be home by 9pm every night", "He will stay away from the park after dark",
    "The young person will not go to the park and will block J on snapchat",
    "DR to be home by 9pm and to hand his phone in at night"])
def test_the_young_persons_curfew_at_what_professionals_will_do_is_asked_about(
        typed: str) -> None:
    """A youth worker, mapping D's exploitation at the park, answered "What will
    professionals and the community be doing about the places and people that harm the
    young person?" with D's curfew: "D will be home by 9pm every night". It was saved as
    what professionals and the community will do, and the safety goal put the young
    person's curfew where the places and the people who harm him belong. A goal there only
    of what the young person will do is asked about once now: what the young person and
    family will do is the question after."""
    chat = sent_at("contextual", "goal_doing_1", typed)
    assert "goal_doing_1" not in chat.draft.answers
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert "says what the young person will do" in nudge.text
    assert '"What the young person and family will be doing"' in nudge.text


@pytest.mark.parametrize("typed", [
    "Police will patrol the park on Elm Rd on Fri and Sat nights and the shop owner will "
    "refuse to sell vapes to under 18s",
    "The youth worker will meet D at the park every Tuesday and Thursday evening",
    "D will go to the park only with his youth worker, and police will disrupt J's car"])
def test_what_professionals_will_do_there_is_saved(typed: str) -> None:
    chat = sent_at("contextual", "goal_doing_1", typed)
    assert chat.draft.answers["goal_doing_1"] == typed


# --- the worker back two days later, who has forgotten where she was --------------------------


@pytest.mark.parametrize("typed", [
    "sorry been off for a couple of days, where was I", "I've forgotten where I was",
    "remind me where I got to", "hi sorry whats this one again", "which case is this?",
    "Morning - I've been on leave, where I left off?"])
def test_being_back_and_lost_is_shown_the_question_not_saved(typed: str) -> None:
    """Back after two days off, a social worker opened her draft at "Who has contributed to
    this picture?" and typed "sorry been off for a couple of days, where was I". It was saved
    as who contributed, and the next question came: the record read "Who contributed: sorry
    been off for a couple of days, where was I". "where was I" alone was shown the question
    again; being back said as people say it is too now, and nothing is saved."""
    chat = sent_at("mapping", "network", typed)
    assert "network" not in chat.draft.answers
    assert "Hello again. Here is where you were" in " ".join(chat.notices())
    assert chat.asked == "network"


@pytest.mark.parametrize("typed", ["Mum, dad, school", "Mum, nan, and the school, who I "
                                   "forgot to ask at first"])
def test_who_contributed_is_saved_as_before(typed: str) -> None:
    chat = sent_at("mapping", "network", typed)
    assert chat.draft.answers["network"] == typed


# --- the school nurse adding her part ---------------------------------------------------------


@pytest.mark.parametrize("typed", ["didn't ask", "not asked", "Not asked yet",
                                   "didn't ask her about home", "not seen her yet"])
def test_a_note_that_she_did_not_ask_the_child_is_not_kept_as_their_words(typed: str) -> None:
    """A school nurse adding her part through a social worker's link reached "Has the child
    said anything to you about home or about how they feel? Write only their words" and
    typed "didn't ask". It was kept as the child's own words, and the social worker's summary
    would have quoted it as what the child said. "nothing" was asked about; a note that she
    did not ask, or has not seen the child, is too now."""
    chat = sent_at("contribution", "child_said", typed)
    assert "child_said" not in chat.draft.answers
    assert any(isinstance(r, Nudge) and "reads as your note that the child has not said" in
               r.text for r in chat.replies)


@pytest.mark.parametrize("typed", ["I didn't ask for this", "I haven't seen her yet",
                                   '"I don\'t want to go home"'])
def test_a_childs_words_like_that_are_kept(typed: str) -> None:
    chat = sent_at("contribution", "child_said", typed)
    assert chat.draft.answers["child_said"] == typed


async def test_her_number_with_a_count_as_its_reason_is_saved_with_it(team: Bot) -> None:
    """At "On a scale of 0 to 10, where do you put things for this child today?", the police
    officer sent her number with its reason as she would write it in a log: "3 - 2 CALL
    OUTS IN 6 WEEKS". She read "I can see two numbers there (3 and 2), so I haven't saved
    either. Which is it now?", as if 2 were another place on the scale; the 2 counts call
    outs. The number is saved now, and the count as why."""
    await mapping(team, "FM-3")
    await opens(team, await link(team, "police"), PC)
    for line in ("PC 4471", POLICE_WORRY, "/keep", "NIL",
                 "SOCIAL WORKER TO HOLD STRATEGY MEETING BY 4/12", "3 - 2 CALL OUTS IN 6 WEEKS"):
        await team.say(line, user=PC)
    assert "two numbers" not in " ".join(phone(team, PC)[-3:])
    (part,) = await team.conversation.drafts(PC)
    draft = await team.conversation.load(PC, part.id)
    assert draft is not None
    assert (draft.answers["partner_scale"], draft.answers["partner_scale_why"]) == (
        3, "2 CALL OUTS IN 6 WEEKS")


@pytest.mark.parametrize("typed", ["4, 2 before", "4 now, 2 before"])
def test_two_places_on_the_scale_are_still_asked_which(typed: str) -> None:
    chat = sent_at("contribution", "partner_scale", typed)
    assert "partner_scale" not in chat.draft.answers
    assert "two numbers there (4 and 2)" in chat.notices()[-1]


# --- the supervising social worker, Signs of Wellbeing with a foster family -------------------


@pytest.mark.parametrize("typed", ["n/a - this is for a foster placement, not early help",
                                   "doesn't apply as he's looked after"])
def test_a_question_that_does_not_fit_is_not_pointed_to_the_one_a_yes_opens(typed: str
                                                                            ) -> None:
    """A foster carers' supervising social worker started Signs of Wellbeing for the
    placement and, asked "Has the family agreed to early help ...?", typed "n/a - this is for
    a foster placement, not early help". She was told to answer yes or no, and "If it is your
    answer to "Sharing agreed with", the question a yes asks next, answer Yes first and send
    it there", of a line that says the question does not fit. She is asked for yes or no
    only now; an account typed there is still pointed on."""
    chat = sent_at("wellbeing", "consent", typed)
    said = chat.notices()[-1]
    assert "Please answer yes or no." in said
    assert "Sharing agreed with" not in said
    told = sent_at("wellbeing", "consent", "mum was happy for us to share it with the school")
    assert "Sharing agreed with" in " ".join(told.notices())
