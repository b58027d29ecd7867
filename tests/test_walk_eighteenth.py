"""The eighteenth walk: a social worker mapping for a conference over two sittings, a health
visitor contributing to a colleague's mapping, a duty worker's quick reflection typed fast, a
worker writing in a second language, and someone who changes their mind. Each test failed on
the code as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import EngineChat, build_flow, choice, list_step, section, text

from flows.commands import split
from flows.errors import FlowError
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import suggest
from flows.replies import Nudge, Question
from flows.summary import View, build_summary
from flows.walk import walk
from tests.test_telegram_handlers import (
    PARTNER,
    USER,
    Bot,
    a_partner_opens_the_link,
    bot,
    start_reflection,
    texts_to,
)
from tests.test_walk_seventeenth import reach

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


def answered_up_to(flow_id: str, step_id: str, answers: list[str]) -> EngineChat:
    chat = EngineChat(FLOWS[flow_id], nudger=nudger())
    chat.start()
    for answer in answers:
        chat.send(answer)
    assert chat.asked == step_id
    return chat


REFLECTION = ["School", "Saw a bruise on her arm this morning", "yes", "They know and agree",
              "Nan collects her most days", "I will call the hub today"]


def test_a_number_typed_with_its_reason_does_not_ask_for_the_reason_it_saved() -> None:
    """A duty worker typed "4 cos she said it" at the last scale. The bot said it had saved
    the reason as why, then showed "Question 8 of 8: What makes it that number?" with Back,
    Skip and Help buttons anyway, straight above the finished summary."""
    chat = answered_up_to("reflection", "worry_scale", REFLECTION)
    chat.send("4 cos she said it")
    assert chat.draft.answers["worry_scale_why"] == "cos she said it"
    assert not any(isinstance(r, Question) for r in chat.replies)
    assert chat.draft.status == "completed"


async def test_on_the_phone_the_reason_saved_with_the_number_is_not_asked_for(
        bot: Bot) -> None:
    await start_reflection(bot)
    for line in REFLECTION:
        await bot.say(line)
    await bot.say("4 cos she said it")
    assert not any("What makes it that number" in text for text in bot.texts()[-4:])
    assert "Why this number: cos she said it" in bot.texts()[-2]


def test_a_line_sent_on_to_the_next_question_does_not_ask_that_question_too() -> None:
    """After a note about "DV concerns", the worker typed "no" for the next question and
    chose /next: the bot said the line was taken as that answer, and still showed the
    question it had just answered, buttons and all."""
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("DV concerns at home")
    chat.send("no")
    chat.command("next")
    assert chat.draft.answers["safe_today"] == "no"
    assert [r.step_id for r in chat.replies if isinstance(r, Question)] == ["family_knows"]


def test_the_rest_of_a_note_sent_as_a_second_message_is_said_not_saved() -> None:
    """On a phone, a worker sent "Saw dad hit her with a belt" and then "left a bruise on
    her arm" as two messages. The second reached "Is the child safe to go home today?" and
    was answered only "I couldn't match that to one of the options": nothing said that
    those words were gone, or how to add them to the answer they belonged to. (Since the
    fifty-first walk /back adds them there: tests/test_walk_fiftyfirst.)"""
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("Saw dad hit her with a belt")
    chat.send("left a bruise on her arm")
    assert chat.asked == "safe_today"
    (said,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert said.startswith('I haven\'t saved "left a bruise on her arm" here. I couldn\'t match')
    assert said.endswith('If it is the rest of your answer to "What worries you", /back adds '
                         "it to the end of that answer and brings you back to this question.")


def test_following_the_way_back_to_a_written_answer_loses_none_of_it() -> None:
    """The hint said only "/back goes back to it". A worker did that and sent the second
    half, "left a bruise on her arm", again: it replaced the whole answer, and "On 3 Dec K
    (7) said dad hit her" was gone. Doing what the hint says keeps both halves."""
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("On 3 Dec K (7) said dad hit her")
    chat.send("left a bruise on her arm")
    chat.command("back")
    assert chat.draft.answers["what_happened"] == ("On 3 Dec K (7) said dad hit her left a "
                                                   "bruise on her arm")
    assert chat.asked == "safe_today"


def test_plus_and_the_second_half_adds_it_to_the_written_answer() -> None:
    """Back at a written answer, "+" and the words add them at its end."""
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("On 3 Dec K (7) said dad hit her")
    chat.command("back")
    chat.send("+ left a bruise on her arm")
    assert chat.draft.answers["what_happened"] == ("On 3 Dec K (7) said dad hit her left a "
                                                   "bruise on her arm")
    assert chat.asked == "safe_today"


@pytest.mark.parametrize("typed", ["+1", "+", "+ve drug test on 3 Dec, mum says it was "
                                   "a one-off"])
def test_a_plus_without_words_after_it_is_an_answer_like_any_other(typed: str) -> None:
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("On 3 Dec K (7) said dad hit her")
    chat.command("back")
    chat.send(typed)
    assert chat.draft.answers["what_happened"] == typed


def test_plus_at_a_question_not_yet_answered_is_kept_as_typed() -> None:
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("+ saw a bruise")
    assert chat.draft.answers["what_happened"] == "+ saw a bruise"


def test_a_long_written_answer_is_named_by_its_question_in_the_way_back() -> None:
    chat = answered_up_to("reflection", "what_happened", ["School"])
    chat.send("On 3 December K (7) told her teacher that dad hit her with a belt")
    chat.send("left a bruise on her arm")
    (said,) = [r.text for r in chat.replies if isinstance(r, Nudge)]
    assert 'your answer to "What worries you"' in said
    assert "told her teacher" not in said


def test_the_way_back_to_a_list_says_nothing_of_replacing_it(tmp_path: Path) -> None:
    """A line sent back at a list is added to it, so there the hint stays short, and
    following it keeps every item."""
    flow = build_flow(tmp_path, section("s", list_step("things"), choice("colour", "red",
                                                                          "green"),
                                        column="worried"))
    chat = EngineChat(flow)
    chat.start()
    chat.send("first thing")
    chat.command("done")
    chat.send("more about it")
    (said,) = chat.notices("problem")
    assert said.endswith('If it belongs with your answer to "Question things?", /back goes '
                         "back to it.")
    chat.command("back")
    chat.send("more about it")
    assert chat.draft.answers["things"] == ["first thing", "more about it"]


def test_a_choice_mistyped_after_another_choice_is_not_pointed_back() -> None:
    chat = answered_up_to("reflection", "family_knows",
                          ["School", "Saw dad hit her with a belt", "yes"])
    chat.send("purple")
    assert chat.notices("problem") == [
        'I haven\'t saved "purple". I couldn\'t match that to one of the options. Reply with a '
        "number from the list, or with the option's words."]



MAPPING_TO_HARM = ["A child protection conference", "", "JP, social worker", "", "", "", "", "",
                   "", "", "yes"]


def test_an_empty_line_at_a_needed_question_already_answered_keeps_the_answer() -> None:
    """Back after lunch, a social worker resumed on "Describe the worst time", which showed
    her answer and "/skip keeps it". She pressed Enter to keep it and was told "This
    question needs an answer before we move on"."""
    chat = answered_up_to("mapping", "worst_harm", MAPPING_TO_HARM)
    chat.send("Dad pushed mum into the wall while holding B (3); B hit her head")
    chat.command("back")
    assert chat.asked == "worst_harm"
    chat.send("")
    assert chat.notices("problem") == []
    assert chat.draft.answers["worst_harm"].startswith("Dad pushed mum")
    assert chat.asked == "recent_harm"


DANGER_PARTS = ["Dad pushed mum into the wall while holding B (3); B fell and hit her head",
                "", "", "She wets the bed again and hides when dad comes in",
                "The school and the social worker",
                "Dad pushes and hits mum, and throws things, when B is in the room",
                "B could be badly hurt, and will go on being scared at home"]


def test_use_after_a_note_on_my_own_version_says_the_suggestion_replaced_it() -> None:
    """A social worker sent her own danger statement, got a note about it, and sent /use
    to take the suggested one instead. The bot said "I've kept the answer you gave as you
    typed it" and saved the suggestion: what it said and what it did disagreed."""
    chat = answered_up_to("mapping", "danger_statement_1", MAPPING_TO_HARM + DANGER_PARTS)
    suggested = chat.question.suggestion
    chat.send("B will get hurt")
    assert [type(r) for r in chat.replies] == [Nudge]  # no one worried, no behaviour
    chat.command("accept")
    assert chat.draft.answers["danger_statement_1"] == suggested
    assert chat.notices("saved") == [
        "I've used the suggested wording instead of the version you typed (/back to change it)."]




@pytest.mark.parametrize("nothing", ["no", "None.", "n/a", "don't know", "not sure", "?"])
def test_a_drafted_goal_leaves_out_an_answer_that_only_says_no(nothing: str) -> None:
    """Asked what the child will notice, a social worker typed "no" to move on: the drafted
    safety goal read "Dad will leave the room ... when he is angry. No. To be confident it
    will last ..." and would have gone into the conference report so."""
    chat = answered_up_to("mapping", "danger_statement_1", MAPPING_TO_HARM + DANGER_PARTS)
    chat.command("accept")
    chat.send("")  # how the family sees it
    chat.send("Dad will leave the room and go to his brother's when he is angry")
    assert chat.asked == "goal_child_1"
    chat.send(nothing)
    if nothing == "?":  # read as /help since the twenty-fifth walk, and not saved: skipped
        assert chat.notices("help")
        assert "goal_child_1" not in chat.draft.answers
        chat.command("skip")
    chat.send("six months")
    assert chat.question.suggestion == (
        "Dad will leave the room and go to his brother's when he is angry. To be confident it "
        "will last, everyone will need to see this happening for six months.")


@pytest.mark.parametrize("step", ["JP to visit weekly until the conference",
                                  "JP to visit weekly until conference",
                                  "Sam to ring the school by Friday"])
def test_a_next_step_with_the_workers_initials_and_a_time_is_not_asked_about(step: str) -> None:
    """A social worker, "JP", put "JP to visit weekly until conference" under next steps and
    was told it "says what the services did, but not yet what it meant for the child": the
    same step written "Social worker to visit ..." was left alone, as a next step that says
    who and by when should be."""
    assert nudger()("plain_language", step) is None


def test_a_next_step_of_the_services_alone_with_no_one_to_do_it_is_still_asked_about() -> None:
    assert nudger()("plain_language", "Case to remain open for a further 3 months") is not None


@pytest.mark.parametrize(("typed", "views"), [
    ("Mum: 5, she says things are calmer. Dad: 8",
     [View("Mum", 5, "she says things are calmer"), View("Dad", 8)]),
    ("Mum: 5. Dad: 8.", [View("Mum", 5), View("Dad", 8)]),
    ("mum 5, dad 8", [View("mum", 5), View("dad", 8)]),
    ("GP 3 - no new marks, school 4", [View("GP", 3, "no new marks"), View("school", 4)])])
def test_each_persons_number_typed_on_one_line_is_read_person_by_person(
        typed: str, views: list[View]) -> None:
    """Asked for each person's number for the worry, a social worker typed "Mum: 5, she
    says things are calmer. Dad: 8". The summary printed "Mum: 5" and then a second
    person, "she says things are calmer. Dad", giving 8; "mum 5, dad 8" was mum's 5 with
    "dad 8" as her reason."""
    chat = reach(FLOWS["mapping"], "danger_scale_others_1")
    chat.send(typed)
    (scale, ) = build_summary(FLOWS["mapping"], chat.draft).groups[0].scales
    assert list(scale.views) == views


@pytest.mark.parametrize(("typed", "views"), [
    ("Dad 6, last time 3", [View("Dad", 6, "last time 3")]),
    ("Mum 6, up from 4", [View("Mum", 6, "up from 4")]),
    ("School 4, previously 2", [View("School", 4, "previously 2")]),
    ("Mum 6, was 4", [View("Mum", 6, "was 4")]),
    ("Dad 6, at first 2", [View("Dad", 6, "at first 2")]),
    ("Dad: 6, last time: 3", [View("Dad", 6, "last time: 3")]),
    ("Dad 6, last week 3, nan 7", [View("Dad", 6, "last week 3"), View("nan", 7)]),
    ("the child 3, police 5", [View("the child", 3), View("police", 5)]),
    ("Kayla 4, T 6", [View("Kayla", 4), View("T", 6)])])
def test_a_number_said_about_a_time_or_a_change_stays_with_the_person_who_gave_it(
        typed: str, views: list[View]) -> None:
    """Once each person's number on one line was read person by person, "Dad 6, last time
    3" gave a second person called "last time" scoring 3, and "Mum 6, up from 4" one called
    "up from". Only words that name someone start another person's number."""
    chat = reach(FLOWS["mapping"], "danger_scale_others_1")
    chat.send(typed)
    (scale, ) = build_summary(FLOWS["mapping"], chat.draft).groups[0].scales
    assert list(scale.views) == views


async def a_health_visitor_sends(bot: Bot, answers: list[str]) -> None:
    """USER opens mapping "TB-7" and invites Health; PARTNER answers and sends."""
    await bot.say("/new mapping")
    await bot.say("TB-7")
    await a_partner_opens_the_link(bot, "health", PARTNER)
    for answer in answers:
        await bot.say(answer, user=PARTNER)
    send = next(b["callback_data"] for b in bot.newest_buttons() if b["text"].startswith("Send"))
    await bot.tap(send, user=PARTNER)


HEALTH_VISITOR = ["Health", "health visitor",
                  "On 3 Nov at a home visit mum had a black eye and B (9 months) was very quiet",
                  "Mum and B go to baby group every week; B is gaining weight well",
                  "Health visitor to visit fortnightly until the conference",
                  "4 - mum told me she is scared but she is keeping B away from dad", "mama sad"]


async def test_a_health_visitors_contribution_is_attributed_without_saying_health_twice(
        bot: Bot) -> None:
    """A health visitor contributed to a colleague's mapping: the colleague was told
    "Health, health visitor has sent a contribution", and each column of the summary was
    headed "Health, health visitor"."""
    await a_health_visitor_sends(bot, HEALTH_VISITOR)
    assert texts_to(bot, USER)[-1].startswith(
        'Health visitor has sent a contribution to your mapping "TB-7".')
    await bot.say("/summary")
    assert "<u>Health visitor</u>" in bot.texts()[-1]
    assert "Health, health visitor" not in bot.texts()[-1]


async def test_a_partners_worries_in_the_leads_summary_are_not_headed_what_worries_you(
        bot: Bot) -> None:
    """In the lead's summary the health visitor's worries were headed "What worries you:",
    which in a conference report reads as if put to the reader; the partner's other two
    columns had no such heading."""
    await a_health_visitor_sends(bot, HEALTH_VISITOR)
    await bot.say("/summary")
    assert "<u>Health visitor</u>\n• On 3 Nov at a home visit" in bot.texts()[-1]
    assert "What worries you" not in bot.texts()[-1]


REFLECTION_SCALED = [*REFLECTION, "4", "because the bruise is new"]


def test_a_scale_changed_with_a_new_reason_keeps_both_and_replaces_the_old_reason() -> None:
    """A duty worker finished her reflection at 4 "because the bruise is new", then nan
    rang: she edited the scale to "6 - nan has moved in". The bot said "Here I can keep
    only the number, so your words were not saved"; sending 6 alone then printed 6 with
    the reason she had given for 4."""
    chat = answered_up_to("reflection", "worry_scale", REFLECTION)
    for line in REFLECTION_SCALED[len(REFLECTION):]:
        chat.send(line)
    chat.command("edit", "7")
    assert chat.asked == "worry_scale"
    chat.send("6 - nan has moved in")
    assert chat.draft.answers["worry_scale"] == 6
    assert chat.draft.answers["worry_scale_why"] == "nan has moved in"
    assert chat.notices("saved") == [
        'I\'ve saved 6 as the number, and "nan has moved in" as why (/back to change either). '
        'It replaces the reason you gave before, "because the bruise is new".']
    assert chat.draft.status == "completed"


def test_a_scale_changed_alone_points_to_the_reason_given_for_the_old_number() -> None:
    chat = answered_up_to("reflection", "worry_scale", REFLECTION)
    for line in REFLECTION_SCALED[len(REFLECTION):]:
        chat.send(line)
    chat.command("edit", "7")
    chat.send("6")
    assert chat.notices("note") == [
        'Your reason, "because the bruise is new", was given for the old number: /edit 8 to '
        "change it if it no longer fits."]


def test_going_back_to_the_scale_shows_the_reason_next_rather_than_pointing_to_it() -> None:
    chat = reach(FLOWS["mapping"], "danger_scale_1")
    chat.send("3")
    chat.send("Mum has taken B to nan's twice")
    chat.command("back")
    chat.command("back")
    chat.send("5")
    assert chat.asked == "danger_scale_why_1"  # shown with its answer, to keep or change
    assert chat.notices("note") == []


@pytest.mark.parametrize(("answer", "label"), [
    ("Dad is aggressive, he punched the door and shouted at K on 3 Dec", "aggressive"),
    ("Dad is very controlling: he takes mum's bank card and checks her phone every night",
     "is very controlling"),
    ("Mum was hostile. She shouted at me to get out of the house.", "hostile"),
    ("Dad can be volatile, last week he threw a plate at mum", "volatile")])
def test_a_label_said_with_what_the_person_did_is_not_asked_what_they_did(
        answer: str, label: str) -> None:
    """A social worker wrote "Dad is aggressive, he punched the door and shouted at K on 3
    Dec" and was asked "What did the person say or do, and who was there to see it?": the
    answer said exactly that. Practice leads still send such labels back, so the bot still
    asks, but about the label, not for what is already there."""
    said = nudger()("plain_language", answer)
    assert said == (f'You wrote "{label}", then said what the person did. That says it better '
                    "than the label, which reads as a judgement a family may dispute. Could the "
                    "answer stand without it?")


@pytest.mark.parametrize("answer", ["Dad is aggressive.", "Mum was aggressive when I visited",
                                    "Mum is manipulative and the children are scared"])
def test_a_label_with_nothing_done_after_it_is_still_asked_what_happened(answer: str) -> None:
    said = nudger()("plain_language", answer)
    assert said is not None
    assert "What did the person" in said


def test_the_not_safe_tonight_note_reads_as_a_record_in_the_summary() -> None:
    """A duty worker pasted her reflection into the referral form: it opened with "Follow
    your safeguarding procedures now, before you finish this: tell your designated
    safeguarding lead (unless that is you)...", words for her, not for the hub."""
    chat = answered_up_to("reflection", "safe_today", ["School", "Saw a bruise on her arm"])
    chat.send("no")
    assert any("before you finish this" in n for n in chat.notices("note"))  # said to her
    (alert,) = build_summary(FLOWS["reflection"], chat.draft).alerts
    assert alert == ("The child may not be safe tonight. This needs acting on today, through "
                     "safeguarding procedures, not only by referral.")


def test_only_a_note_has_words_for_the_record(tmp_path: Path) -> None:
    with pytest.raises(FlowError, match="recorded belongs to note steps"):
        build_flow(tmp_path, section("s", text("a", recorded="For the record.")))


@pytest.mark.parametrize(("behaviour", "drafted"), [
    ("dad hitting mum in front of B", "dad is hitting mum in front of B"),
    ("Mum and dad not feeding B", "mum and dad are not feeding B"),
    ("mum being drunk when she is caring for B", "mum is drunk when she is caring for B"),
    ("R punching walls when B is in the room", "R is punching walls when B is in the room")])
def test_a_behaviour_written_as_a_note_drafts_a_whole_sentence(behaviour: str,
                                                               drafted: str) -> None:
    """A worker writing in her second language answered "what is the adult doing?" in the
    short way of case notes, "dad hitting mum in front of B": the drafted danger statement
    read "The health visitor and I are worried that dad hitting mum in front of B.", which
    would go into the conference report so."""
    flow = FLOWS["mapping"]
    answers = {"harm_happened": "no", "danger_who_1": "The health visitor and I",
               "danger_behaviour_1": behaviour, "danger_impact_1": "B could be hurt"}
    assert suggest(flow, flow.step("danger_statement_1"), walk(flow, answers)) == (
        f"The health visitor and I are worried that {drafted}. If nothing changes, B could be "
        "hurt.")


@pytest.mark.parametrize("typed", ["/edit2", "/edit #2", "/edit 2."])
async def test_edit_typed_in_a_hurry_on_a_phone_opens_that_answer(bot: Bot, typed: str) -> None:
    """A duty worker typed "/edit2" and was told "I don't know that command. Did you mean
    /edit?"; "/edit #2" was "There's no answer number #2"."""
    await start_reflection(bot)
    await bot.say("School")
    await bot.say("Saw a bruise on her arm")
    await bot.say(typed)
    assert "Current answer: <i>Saw a bruise on her arm</i>" in bot.texts()[-1]


def test_a_command_word_with_a_number_joined_is_split_only_where_it_names_a_command() -> None:
    assert split("/edit2") == ("/edit", "2")
    assert split("/edit2@sosbot_test_bot") == ("/edit@sosbot_test_bot", "2")
    assert split("/abc2") == ("/abc2", "")
    assert split("/edit 12") == ("/edit", "12")


@pytest.mark.parametrize(("said", "frame"), [
    ("she said tata hits mama", "she said"),
    ("K (7) told me that daddy hit her", "K (7) told me that"),
    ("The child said mummy sleeps all day", "The child said")])
def test_the_writers_words_before_the_childs_without_quotes_are_asked_about(
        said: str, frame: str) -> None:
    """A health visitor wrote the child's words as "she said tata hits mama": the summary
    printed “she said tata hits mama” as the child's own words. Words typed without quotes
    with the writer's "she said" before them were never asked about."""
    chat = reach(FLOWS["contribution"], "child_said")
    chat.send(said)
    (note,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert f'so "{frame}" would read as what they said too' in note.text


@pytest.mark.parametrize("said", ["I said no to him", "Mummy said I can't tell anyone",
                                  "Kids at school say I smell"])
def test_a_childs_own_words_that_report_someone_are_kept_unasked(said: str) -> None:
    chat = reach(FLOWS["contribution"], "child_said")
    chat.send(said)
    assert chat.draft.answers["child_said"] == said


def test_words_that_fit_two_options_name_both_and_ask_which() -> None:
    """A duty worker typed "not told" to "Does the family know?" and was told "I couldn't
    match that to one of the options", though two options start with those words."""
    chat = answered_up_to("reflection", "family_knows",
                          ["School", "Saw a bruise on her arm", "yes"])
    chat.send("not told")
    assert chat.notices("problem") == [
        'I haven\'t saved "not told". That could be more than one option: 3 "Not told yet" or '
        '4 "Not told: it could put the child at more risk". Reply with the number of the one '
        "you mean."]
    chat.send("3")
    assert chat.draft.answers["family_knows"] == "not_yet"


@pytest.mark.parametrize(("who", "drafted"), [
    ("Social worker", "The social worker is"), ("nursery", "The nursery is"),
    ("police and nan", "The police and nan are"), ("me and health visitor",
                                                   "The health visitor and I are"),
    ("GP", "The GP is")])
def test_a_service_named_bare_as_who_is_worried_reads_with_the(who: str, drafted: str) -> None:
    """Answering "who is worried?" as a note ("Social worker"), the drafted danger statement
    read "Social worker is worried that ...", as no report would put it."""
    flow = FLOWS["mapping"]
    answers = {"harm_happened": "no", "danger_who_1": who,
               "danger_behaviour_1": "Dad hits mum when B is in the room",
               "danger_impact_1": "B could be hurt"}
    said = suggest(flow, flow.step("danger_statement_1"), walk(flow, answers))
    assert said is not None
    assert said.startswith(f"{drafted} worried that dad hits mum")


def scale_edited_with(reason: str) -> EngineChat:
    """A reflection finished with 4 and "nan picks her up every day", then the scale
    changed by /edit to 6 with a new reason in the same line."""
    chat = answered_up_to("reflection", "worry_scale", REFLECTION)
    chat.send("4")
    chat.send("nan picks her up every day")
    chat.command("edit", "7")
    assert chat.asked == "worry_scale"
    chat.send(f"6 - {reason}")
    assert chat.draft.answers["worry_scale"] == 6
    return chat


def test_a_new_reason_held_by_a_reminder_then_skipped_keeps_the_old_reason() -> None:
    """A worker changed the scale to "6 - nan Mary Jones has moved in". The privacy reminder
    held the new reason back, and she skipped it: the reason she had given before was gone
    too, deleted before the new one was looked at, and nothing said so."""
    chat = scale_edited_with("nan Mary Jones has moved in")
    assert chat.draft.pending is not None
    assert ('Until a new one is saved, the reason you gave before, "nan picks her up every '
            'day", stays.') in chat.notices("saved")[0]
    assert chat.question.current_answer == "nan picks her up every day"
    assert chat.draft.answers["worry_scale_why"] == "nan picks her up every day"
    chat.command("skip")
    assert chat.draft.answers["worry_scale_why"] == "nan picks her up every day"
    assert chat.draft.status == "completed"


def test_a_new_reason_held_by_a_reminder_then_kept_replaces_the_old_one() -> None:
    chat = scale_edited_with("nan Mary Jones has moved in")
    chat.command("keep")
    assert chat.draft.answers["worry_scale_why"] == "nan Mary Jones has moved in"


def test_a_new_reason_refused_then_skipped_keeps_the_old_reason() -> None:
    """The same with a new reason too long to save: refused, and the old one was gone."""
    chat = scale_edited_with("nan has moved in " * 300)
    assert chat.notices("saved") == [
        "I've saved 6 as the number. Your reason was not saved: see below. Until a new one is "
        'saved, the reason you gave before, "nan picks her up every day", stays.']
    assert chat.draft.answers["worry_scale_why"] == "nan picks her up every day"
    chat.command("skip")
    assert chat.draft.answers["worry_scale_why"] == "nan picks her up every day"


def test_a_new_reason_saved_with_the_new_number_replaces_the_old_and_says_so() -> None:
    chat = scale_edited_with("nan has moved in")
    assert chat.draft.answers["worry_scale_why"] == "nan has moved in"
    assert chat.notices("saved")[0].endswith(
        'It replaces the reason you gave before, "nan picks her up every day".')
