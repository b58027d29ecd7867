"""The thirty-second walk, second half: the tools walked least, on phones. A school nurse's
Harm Matrix on one worry (a child coming in hungry and unwashed), unsure of the severity and
asking what each choice means; a family support worker's Signs of Wellbeing with the parent
of a toddler; a social worker's My Three Houses with a 7-year-old who would not do one
house; and a newcomer's first `sosbot chat`, with no token and no data. Each test of a defect
failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

import pytest

from bot.console import CONSOLE_USER, Console
from bot.conversation import Conversation
from flows import FLOWS_DIR
from flows.errors import FlowError
from flows.flow import Flow
from flows.loader import load_flow
from flows.nudges import nudger
from flows.replies import Nudge
from storage.store import Store
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import Bot, bot
from tests.test_walk_seventeenth import reach
from tests.test_walk_thirtyfirst import sent_at
from tests.test_walk_thirtyfirst_b import FLOWS
from tests.test_walk_twentyeighth import first_nudge
from tests.test_walk_twentyninth import labels_kept, shown

__all__ = ["bot"]  # the fixture


async def tap(bot: Bot, label: str) -> None:
    """Tap the newest button that reads `label`."""
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons() if b["text"] == label))


# --- the school nurse's Harm Matrix: a question at a choice ------------------------------------


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("harm_matrix", "harm_severity_1", "what does significant mean?"),
    ("harm_matrix", "harm_severity_1", "which one is neglect??"),
    ("harm_matrix", "harm_severity_1", "some or significant?? 🤔"),
    ("harm_matrix", "harm_likely_1", "whats the difference between likely and possible?"),
    ("harm_matrix", "harm_how_1", "help"),
    ("harm_matrix", "harm_accepted_1", "i dont understand"),
    ("three_houses", "took_part", "?"),
    ("wellbeing", "consent", "what does early help mean?"),
    ("wellbeing", "wellbeing_scale", "what does 10 mean?"),
    ("success", "stage", "How do I choose"),
    ("success", "stage", "help me")])
def test_a_question_at_a_choice_is_answered_with_the_help(
        flow_id: str, step_id: str, typed: str) -> None:
    """At "Looking back, how severe has the harm to the child been at its worst?", the school
    nurse typed "what does significant mean?" and was told "I couldn't match that to one of
    the options", then that if it belonged with her answer about how long it had gone on,
    /back would take her there and what she sent would replace that answer. "help" typed
    there was told the same; at a yes or no, "Please answer yes or no". The help is shown, as
    at a question answered in words, and nothing is saved."""
    chat = sent_at(flow_id, step_id, typed)
    said = chat.notices()
    assert said[0].startswith(f'I\'ve read "{typed}" as /help')
    assert chat.notices("help") == [FLOWS[flow_id].step(step_id).spec.help]
    assert not any("couldn't match" in s or "Please" in s or "/back goes back" in s
                   for s in said)
    assert step_id not in chat.draft.answers


def test_a_question_in_the_answer_before_sent_twice_is_still_said_to_be_sent_twice() -> None:
    """After a bad signal the nurse's answer came twice, the second time at the severity: an
    answer ending with a question mark is said to be the one before sent again, not read as
    asking for the help."""
    chat = reach(FLOWS["harm_matrix"], "harm_history_1")
    typed = "since reception, so why did nobody pick it up before now?"
    chat.send(typed)
    chat.send(typed)
    assert "sent twice?" in chat.notices("problem")[0]
    assert not chat.notices("help")


def test_skip_and_back_typed_at_a_choice_do_what_they_say() -> None:
    chat = sent_at("success", "outside_signs", "skip")  # "none of these" is an answer too
    assert chat.draft.answers["outside_signs"] is None
    assert chat.asked != "outside_signs"
    chat = sent_at("harm_matrix", "harm_severity_1", "go back")
    assert chat.asked == "harm_history_1"


@pytest.mark.parametrize(("typed", "saved"), [("significant", "significant"),
                                              ("Little or no harm so far", "little")])
def test_an_option_typed_at_a_choice_is_still_taken(typed: str, saved: str) -> None:
    assert sent_at("harm_matrix", "harm_severity_1", typed).draft.answers[
        "harm_severity_1"] == saved


def test_an_options_first_words_are_offered_back_as_that_option() -> None:
    """"Some harm" typed at the severity was told "I couldn't match that to one of the
    options" and pointed back to the answer before: the option says "not lasting", and its
    "not" was read as saying no to "some harm". It is offered back as the option it starts,
    and "harm" alone is still not read as "Little or no harm so far"."""
    chat = sent_at("harm_matrix", "harm_severity_1", "Some harm")
    (said,) = chat.notices("problem")
    assert 'That could be 3 "Some harm, not lasting so far"' in said
    assert "/back" not in said
    (said,) = sent_at("harm_matrix", "harm_severity_1", "harm").notices("problem")
    assert "Little or no harm" not in said


def test_not_sure_at_a_choice_is_not_pointed_back_at_the_answer_before() -> None:
    """"not sure" was told there is no "not sure" option, then that it might belong with the
    answer before and would replace it there: it is about this question's options."""
    chat = sent_at("harm_matrix", "harm_severity_1", "not sure")
    (said,) = chat.notices("problem")
    assert "There isn't a \"not sure\" option here" in said
    assert "/back" not in said


@pytest.mark.parametrize("step_id", ["harm_severity_1", "harm_how_1", "harm_likely_1"])
def test_the_help_at_the_harm_matrix_choices_says_what_each_one_means(step_id: str) -> None:
    """The nurse wanted to know what each choice meant before she picked: the help said only
    that severity is about what has happened. It now says what each option means, in turn."""
    step = FLOWS["harm_matrix"].step(step_id)
    help_text = step.spec.help or ""
    places = [help_text.find(c.label.split(":")[0] + ":") for c in step.spec.choices]
    assert -1 not in places, places
    assert places == sorted(places)


@pytest.mark.parametrize("asked", ["what do I put here?", "?", "what does this mean",
                                   "what does impact mean?"])
def test_a_question_while_the_rest_of_an_answer_is_awaited_is_not_added_to_it(
        asked: str) -> None:
    """The school nurse's answer stopped at "K eats other kids snacks at break and", and she
    was asked to send the rest. Unsure what the question wanted, she typed "what do I put
    here?": it was added on, "K eats other kids snacks at break and what do I put here?"
    was saved, and the rest she sent next, "cries when told off for it", became her answer
    to the worst it has been. The help is shown, and the rest still goes on the end."""
    chat = reach(FLOWS["harm_matrix"], "harm_impact_1")
    chat.send("K eats other kids snacks at break and")
    chat.send(asked)
    assert chat.notices("help") == [FLOWS["harm_matrix"].step("harm_impact_1").spec.help]
    assert "harm_impact_1" not in chat.draft.answers
    chat.send("cries when told off for it")
    assert chat.draft.answers["harm_impact_1"] == \
        "K eats other kids snacks at break and cries when told off for it"
    assert "harm_worst_1" not in chat.draft.answers


def test_help_as_the_rest_of_an_answer_is_still_added() -> None:
    chat = reach(FLOWS["wellbeing"], "strengths")
    chat.send("Nan can")
    chat.send("help")
    assert chat.draft.answers["strengths"] == ["Nan can help"]


async def test_the_school_nurse_asks_at_the_severity_in_telegram(bot: Bot) -> None:
    for said in ("/new harm_matrix", "SN-K7", "JB, school nurse, Oakfield primary",
                 "mum, class teacher, school nurse",
                 "Mum doesn't give K (7) breakfast or send her in with clean clothes, so she "
                 "arrives hungry and smelling of wee most days",
                 "K eats other children's snacks at break and cries when told off for it",
                 "On Monday 30 Nov she fainted in PE and had not eaten since the Saturday",
                 "Most school days this term; worse since October half term",
                 "Since she started in reception two years ago; school first raised it in "
                 "September 2024"):
        await bot.say(said)
    assert "how severe has the harm" in shown(bot)[-1]
    await bot.say("what does significant mean? 🤔")
    said = " ".join(shown(bot)[-2:])
    assert "Significant: an injury, or an effect on the child that others can see" in said
    assert "couldn't match" not in said
    await tap(bot, "Significant: injury, or a clear effect on the child")
    draft = await bot.conversation.active(4242)
    assert draft is not None
    assert draft.answers["harm_severity_1"] == "significant"


# --- the family support worker's Signs of Wellbeing: the goal's reminder -------------------------


@pytest.mark.parametrize("typed", ["TAF nxt wk", "weds 2pm", "this wknd, at the family hub",
                                   "Weds at 10, at school"])
def test_a_day_from_today_typed_short_is_asked_for_its_date(typed: str) -> None:
    """The family support worker gave the team around the family meeting as "TAF nxt wk":
    saved, the record at the top of the summary would name another week whenever it is
    read. "next week" and "thurs" were asked for the date; "nxt", a bare "weds" and "wknd",
    as phones type them, went through."""
    chat = sent_at("wellbeing", "meeting_date", typed)
    assert "names a day from today" in first_nudge(chat)
    assert "meeting_date" not in chat.draft.answers


@pytest.mark.parametrize(("typed", "written"), [
    ("mum (22), T (2yo), mum's partner, MGM lives 2 streets away", "maternal grandmother"),
    ("T, mum and PGF", "paternal grandfather")])
def test_a_grandparent_written_short_is_asked_to_be_written_as_who(
        typed: str, written: str) -> None:
    """"MGM lives 2 streets away", in who is in the family, was asked "Could you write out
    what MGM stands for, and say what it means for the family?", as for a service nobody
    knows: the bot did not know it was a grandmother, and asked the family support worker
    what her gran meant for the family."""
    said = first_nudge(sent_at("wellbeing", "family", typed))
    assert f'Could you write "{written}" in full' in said
    assert "what it means for the family" not in said


def test_a_wellbeing_goal_is_asked_about_as_a_wellbeing_goal() -> None:
    """The family support worker took the drafted goal "Mum will have T in his own cot by 8pm
    with a bath and a story every night" and was told "A practice lead reading this safety
    goal would ask for ...", with a strong one about a man who leaves the house when he feels
    angry: child protection words and an example about violence, in an early help plan she
    is writing with a mum of a toddler. It is asked about as the wellbeing goal it is."""
    chat = reach(FLOWS["wellbeing"], "wellbeing_goal_1")
    chat.send("Mum will have T in his own cot by 8pm with a bath and a story every night.")
    said = first_nudge(chat)
    assert "wellbeing goal" in said
    assert "for how long" in said
    assert "safety goal" not in said
    assert "angry" not in said
    assert "wellbeing_goal_1" not in chat.draft.answers
    chat.command("keep")
    assert chat.draft.answers["wellbeing_goal_1"].startswith("Mum will have T in his own cot")


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("wellbeing", "consent_who",
     "the health visitor, the GP and the nursery. Not dad's side of the family"),
    ("three_houses", "share_who", "the people at the meeting, not daddy's side"),
    ("three_houses", "not_told", "daddy's side of the family")])
def test_who_may_see_it_is_taken_as_the_record_it_is(
        flow_id: str, step_id: str, typed: str) -> None:
    """Asked who the family agreed information can be shared with, the family support
    worker wrote "the health visitor, the GP and the nursery. Not dad's side of the family"
    (the question's own example ends "Not dad's family"). She was told it "says what you make
    of things, but not yet what happened. What did you see or hear ...?", as if it described
    the family, and her next answer was held up asking where it went. Who may see the work
    is a record, asked about only for names, as who contributed already is."""
    chat = sent_at(flow_id, step_id, typed)
    assert chat.draft.answers[step_id] == typed
    assert not [r for r in chat.replies if isinstance(r, Nudge)]


def test_a_full_name_where_who_may_see_it_is_still_asked_about() -> None:
    chat = sent_at("wellbeing", "consent_who", "school, and Kevin Smith at the family hub")
    assert "a full name" in first_nudge(chat)


@pytest.mark.parametrize(("flow_id", "step_id", "pasted", "reads"), [
    ("wellbeing", "worry_what_1",
     "• T (2) up till 11pm most nights\n• mum has him in her bed.\n- missed 9 nursery sessions",
     "worried that T (2) up till 11pm most nights; mum has him in her bed; missed 9 nursery "
     "sessions."),
    ("harm_matrix", "danger_behaviour_1",
     "1. Mum doesn't give K breakfast\n2. K comes in unwashed most days",
     "worried that mum doesn't give K breakfast; K comes in unwashed most days.")])
def test_a_list_pasted_with_its_bullets_reads_as_a_sentence_in_the_statement(
        flow_id: str, step_id: str, pasted: str, reads: str) -> None:
    """The family support worker pasted what is happening from her notes as a bulleted
    list. The worry statement drafted from it read "... are worried that • T (2) up till
    11pm most nights • mum has him in her bed • missed 9 nursery sessions. If nothing
    changes, ...", bullets in the middle of a sentence pasted into a report. The items are
    joined as a list's answers are."""
    typed = reach(FLOWS[flow_id], step_id)
    typed.send(pasted)
    assert typed.draft.answers[step_id] == pasted  # the answer itself is kept as pasted
    statement = "danger_statement_1" if flow_id == "harm_matrix" else "worry_statement_1"
    chat = reach(FLOWS[flow_id], statement)
    chat.draft.answers[step_id] = typed.draft.answers[step_id]
    chat.show()
    assert chat.question.suggestion is not None
    assert reads in chat.question.suggestion
    assert "•" not in chat.question.suggestion


def test_a_safety_goal_is_still_asked_about_as_one() -> None:
    chat = reach(FLOWS["mapping"], "safety_goal_1")
    chat.send("Dad will put the children to bed sober every night.")
    assert "safety goal" in first_nudge(chat)


# --- the social worker's My Three Houses: a house the child would not do -------------------------


@pytest.mark.parametrize(("flow_id", "step_id"), [("three_houses", "house_dreams"),
                                                  ("three_houses", "house_worries"),
                                                  ("wellbeing", "house_good")])
@pytest.mark.parametrize("typed", [
    "she didnt want to do the house of dreams",
    "J (7) refused this one",
    "declined the worries house, said it was boring",
    "he chose not to do this house",
    "T wouldn't draw that one - wanted to go back to class",
    "she said she didn't want to"])
def test_the_childs_refusal_is_not_kept_as_their_words(
        flow_id: str, step_id: str, typed: str) -> None:
    """The 7-year-old would not do the house of dreams, and the social worker typed "she
    didnt want to do the house of dreams" there. It was kept as the child's words: the
    summary read “she didnt want to do the house of dreams” (child's words), a note of hers
    in quotation marks as something the child said. She is asked once, and /skip leaves it
    out."""
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(typed)
    (nudge,) = [r for r in chat.replies if isinstance(r, Nudge)]
    assert nudge.kind == "said_nothing"
    assert "chose not to do this part" in nudge.text
    chat.command("skip")
    assert typed not in (chat.draft.answers.get(step_id) or [])


@pytest.mark.parametrize(("flow_id", "step_id"), [("three_houses", "house_worries"),
                                                  ("success", "vision")])
@pytest.mark.parametrize("asked", ["?", "what do I put here?", "i dont understand"])
def test_a_question_at_the_childs_words_is_the_help_once(
        flow_id: str, step_id: str, asked: str) -> None:
    """Unsure what the house of worries wanted, the social worker typed "?": it was kept as
    the child's words, and the summary read “?” (child's words); so was "what do I put
    here?". It is the help, once; sent again, it is kept as the child's words, as "help me"
    at a question answered in words is."""
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(asked)
    assert chat.notices("help") == [FLOWS[flow_id].step(step_id).spec.help]
    assert step_id not in chat.draft.answers
    chat.send(asked)
    assert chat.draft.answers[step_id] in (asked, [asked])


@pytest.mark.parametrize("typed", ["I didn't want to go home", "didnt want to go to school",
                                   "dont like it when dad shouts", "daddy refused to take me",
                                   "mummy didnt want me to see nanny"])
def test_the_childs_own_words_about_not_wanting_are_kept(typed: str) -> None:
    chat = reach(FLOWS["three_houses"], "house_worries")
    chat.send(typed)
    assert not [r for r in chat.replies if isinstance(r, Nudge)]
    assert chat.draft.answers["house_worries"] == [typed]


@pytest.mark.parametrize(("flow_id", "step_id"), [("three_houses", "child_scale"),
                                                  ("wellbeing", "wellbeing_scale_parent_1")])
@pytest.mark.parametrize("typed", ["she didnt want to give a number", "refused",
                                   "K (7) would not choose one", "mum wouldn't say",
                                   "didn't want to do the faces", "no number given"])
def test_no_number_given_is_told_skip_leaves_it_out(
        flow_id: str, step_id: str, typed: str) -> None:
    """The child would not give a number either, and the social worker typed "she didnt want
    to give a number" at "If the child gave a number ..., what was it?". She was told "Please
    send one whole number from 0 to 10. If it belongs with your answer to "Dreams", /back
    goes back to it", as if it were the rest of the answer before. She is told /skip leaves
    it out, and that the summary says no number was given."""
    chat = sent_at(flow_id, step_id, typed)
    (said,) = chat.notices("problem")
    assert "If no number was given, /skip leaves this one out" in said
    assert "/back" not in said
    assert step_id not in chat.draft.answers


async def test_the_social_worker_leaves_the_refused_house_out_in_telegram(bot: Bot) -> None:
    for said in ("/new three_houses", "SW-JD7", "/skip"):
        await bot.say(said)
    await tap(bot, "Happy for all of it to be shared")
    for said in ("mum and the people at the meeting", "7",
                 "Monday 30 November, the quiet room at school",
                 "me (social worker) and her teaching assistant"):
        await bot.say(said)
    await tap(bot, "Talked and drew")
    for said in ('"when daddy shouts at mummy and i hide".', "«mummy cries in the kitchen»"):
        await bot.say(said)
    await tap(bot, "Done")
    await bot.say("‘my rabbit Biscuit’ 🐰")
    await tap(bot, "Done")
    await bot.say("she didnt want to do the house of dreams")
    assert "chose not to do this part" in shown(bot)[-1]
    await tap(bot, "Leave it out")
    await bot.say("/summary")
    summary = shown(bot)[-1]
    assert "“when daddy shouts at mummy and i hide”" in summary
    assert "“mummy cries in the kitchen”" in summary
    assert "“my rabbit Biscuit” 🐰" in summary
    assert "house of dreams" not in summary
    assert "“\"" not in summary  # no marks doubled
    assert "“‘" not in summary


@pytest.mark.parametrize(("typed", "expected"), [
    ("‘my rabbit Biscuit’ 🐰", "– “my rabbit Biscuit” 🐰 <i>(child's words)</i>"),
    ('"I hate the dark".', "– “I hate the dark” <i>(child's words)</i>"),
    ("“why does daddy shout”?", "– “why does daddy shout?” <i>(child's words)</i>"),
    ("«nanny's dog» 😀", "– “nanny's dog” 😀 <i>(child's words)</i>"),
    ("'the big dog next door' !!", "– “the big dog next door!!” <i>(child's words)</i>")])
async def test_the_childs_words_with_a_mark_or_emoji_after_the_quote_are_quoted_once(
        bot: Bot, typed: str, expected: str) -> None:
    """The social worker quoted the child's good thing as she types quotes, ‘my rabbit
    Biscuit’ 🐰, and the summary doubled the marks: “‘my rabbit Biscuit’ 🐰” (child's words);
    "I hate the dark". (a full stop after the mark) read “"I hate the dark".”. Marks typed
    round the whole of the child's words are dropped whatever follows them, and an emoji
    stays after the summary's marks, as it already did after double marks."""
    for said in ("/new three_houses", "SW-JD7", "/skip"):
        await bot.say(said)
    await tap(bot, "Happy for all of it to be shared")
    for said in ("mum and the people at the meeting", "7", "Mon 30 Nov, at school",
                 "me (social worker)"):
        await bot.say(said)
    await tap(bot, "Talked")
    await bot.say(typed)
    await bot.say("/summary")
    assert expected in shown(bot)[-1]


# --- the same family label the next day: Signs of Success beside My Three Houses ---------------


async def two_drafts_of_one_family(bot: Bot) -> None:
    """USER's My Three Houses "SW-JD7", answered in part, and the next day her Signs of
    Success under the same family label."""
    for said in ("/new three_houses", "SW-JD7", "/skip"):
        await bot.say(said)
    await tap(bot, "Happy for all of it to be shared")
    for said in ("mum and the people at the meeting", "/new success", "SW-JD7"):
        await bot.say(said)


@pytest.mark.parametrize(("command", "button", "shown_after"), [
    ("/summary SW-JD7", "Summary of SW-JD7 (My Three Houses)", "<b>My Three Houses</b>: SW-JD7"),
    ("/review sw-jd7", "Answers in SW-JD7 (My Three Houses)",
     "Who the child said could see it")])
async def test_a_summary_of_one_of_two_drafts_with_the_family_label_shows_that_summary(
        bot: Bot, command: str, button: str, shown_after: str) -> None:
    """The social worker reused the family's label for her Signs of Success the next day,
    then typed "/summary SW-JD7" to paste the three houses into her report. She was asked
    which one, with buttons "Continue SW-JD7 (My Three Houses)" and "Continue SW-JD7 (Signs
    of Success)": tapping one opened it at its question, and no summary came. The buttons
    now show the summary (or the answers) of the one tapped."""
    await two_drafts_of_one_family(bot)
    await bot.say(command)
    assert button in [b["text"] for b in bot.newest_buttons()]
    assert not any(b["text"].startswith("Continue") for b in bot.newest_buttons())
    await tap(bot, button)
    assert shown_after in shown(bot)[-1]


async def test_continue_naming_two_drafts_still_offers_to_continue_one(bot: Bot) -> None:
    await two_drafts_of_one_family(bot)
    await bot.say("/continue SW-JD7")
    await tap(bot, "Continue SW-JD7 (My Three Houses)")
    assert "How old is the child?" in shown(bot)[-1]


async def test_the_terminals_summary_of_one_of_two_drafts_with_one_label(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    await Console(talk, out=io.StringIO(), read=typed_then_end("SW-JD7")).run("three_houses")
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("SW-JD7", "/summary SW-JD7", "2")).run(
        "success")
    said = out.getvalue()
    assert 'Summary of "SW-JD7" (My Three Houses, 0 answers)' in said
    assert "My Three Houses: SW-JD7" in said


# --- a newcomer's first `sosbot chat` ---------------------------------------------------------


async def test_a_newcomer_asking_at_the_menu_is_told_how_to_begin_and_to_leave(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """With no token and no data, the newcomer typed "how does this work?" at the list of
    tools, then "how do I get out?": each was told "I haven't saved ... as an answer. Type the
    number of your choice", and the help, asked for plainly, never said how to leave. Having
    picked a tool by mistake, a question at the case label's prompt ("how do i get out?")
    started a Harm Matrix under it as its label. A question is answered with the help, which
    says how to leave, and is never a case label."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    assert await Console(talk, out=out, read=typed_then_end(
        "how does this work?", "how do I get out", "what do I do?", "3", "what's a label?",
        "/quit")).run() == 0
    said = out.getvalue()
    assert "haven't saved" not in said
    assert said.count("To leave, type /quit (or press Ctrl-D)") == 3
    assert 'I haven\'t used "what\'s a label?" as the case label: it reads as a question.' \
        in said
    assert "Started" not in said
    assert await talk.drafts(CONSOLE_USER) == []


@pytest.mark.parametrize("asked", ["how do i get out?", "how do I leave this",
                                   "how can i quit", "how to exit??"])
async def test_asking_how_to_leave_at_a_question_is_never_the_answer(
        store: Store, flows: Mapping[str, Flow], asked: str) -> None:
    """At the Harm Matrix's first question, "Who is filling this in?", the newcomer typed
    "how do i get out?": it was saved as who wrote it, and the record at the top of the
    summary read "Written by: how do i get out?". She is told how to leave, and nothing is
    saved."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("SN-K7", asked, "/quit")).run(
        "harm_matrix")
    said = out.getvalue()
    assert f'I haven\'t saved "{asked}" as an answer. To leave, type /quit' in said
    (info,) = await talk.drafts(CONSOLE_USER)
    draft = await talk.load(CONSOLE_USER, info.id)
    assert draft is not None
    assert "author" not in draft.answers


async def test_a_tool_and_a_label_typed_at_the_menu_still_start_it(
        store: Store, flows: Mapping[str, Flow]) -> None:
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end("harm matrix", "SN-K7")).run()
    assert 'Started "SN-K7": Harm Matrix.' in out.getvalue()


async def test_a_question_at_the_label_prompt_in_telegram_is_not_a_label(bot: Bot) -> None:
    await bot.say("/new success")
    await bot.say("what do I put for the label?")
    assert "reads as a question" in shown(bot)[-2]
    assert await labels_kept(bot) == []
    await bot.say("SW-JD7")
    assert await labels_kept(bot) == ["SW-JD7"]


# --- found on the way: a flow file with a mapping as a key ---------------------------------------


def test_a_mapping_used_as_a_key_in_a_flow_file_is_a_located_error(tmp_path: Path) -> None:
    """An option's line with a colon too many ("- {value: other, label: X}: x") stopped
    `sosbot flows check` (and the bot's start) with "TypeError: unhashable type: 'dict'"
    and a traceback: the loader's own check for duplicate keys could not hold a mapping.
    It is a flow error naming the file and the line, as any other mistake in a flow is."""
    source = (FLOWS_DIR / "reflection.yaml").read_text(encoding="utf-8")
    broken = source.replace("          - {value: other, label: Somewhere else}",
                            "          - {value: other, label: Somewhere else}: x", 1)
    assert broken != source
    path = tmp_path / "broken.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(FlowError) as raised:
        load_flow(path)
    (problem,) = raised.value.problems
    assert problem.file == str(path)
    assert problem.line == broken[:broken.index("Somewhere else}: x")].count("\n") + 1
