"""The thirtieth walk: the last walk's leftovers ("N/K" in notes, a Skip that kept a list,
a captioned second photo, a count that dropped, a reason's second half never asked, a
discard that forgot the other draft, a "which draft?" menu in the terminal), then a
school's designated safeguarding lead on the Harm Matrix, interrupted twice and back hours
later; a health visitor on Signs of Wellbeing for a baby, in typos and short answers, with
buttons pressed on old messages; and a social worker mapping a young person's peers and a
park at night, changing an earlier answer through the review and exporting. Each test of a
defect failed on the code as it was; the others guard what the fixes must leave alone."""

from __future__ import annotations

import io
from collections.abc import Mapping

import pytest

from bot.console import Console
from bot.conversation import Conversation
from bot.handlers import STALE_TOAST
from flows.flow import Flow
from flows.loader import load_flows
from flows.nudges import nudger
from flows.render import render_text
from flows.replies import Pick
from storage.store import Store
from tests.builders import Answer
from tests.summaries import summary_of
from tests.test_console import typed_then_end
from tests.test_telegram_handlers import (
    Bot,
    answers_of,
    bot,
    button,
    button_labels,
    start_reflection,
)
from tests.test_walk_eighteenth import REFLECTION
from tests.test_walk_seventeenth import reach
from tests.test_walk_twentyeighth import first_nudge
from tests.test_walk_twentyninth import open_label, photo, shown, two_workers_cases

__all__ = ["bot"]  # the fixture

FLOWS = load_flows()


# --- leftovers: "N/K" -------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["N/K", "n/k", "NK", "N.K."])
def test_nk_in_a_written_answer_reads_as_not_known_yet_in_the_summary(typed: str) -> None:
    """Notes write "not known" as "N/K". Typed at a question, it was printed as typed in the
    summary a chair reads ("What worries you: N/K"), where "not known" or "dk" read "not
    known yet"."""
    plan = {"what_happened": Answer(typed), "going_well": Answer("Nan collects her"),
            "needs_to_happen": Answer("not known"), "safe_today": Answer(Pick("yes"))}
    text = render_text(summary_of(FLOWS["reflection"], plan))
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert "What worries you: not known yet" in lines
    assert "Next, and by whom: not known yet" in lines


@pytest.mark.parametrize("typed", ["N/K", "n/k", "NK"])
@pytest.mark.parametrize("step_id", ["harm_how_1", "harm_scale_1"])
def test_nk_at_a_choice_or_a_scale_is_taken_as_not_known_is(typed: str, step_id: str) -> None:
    """At "how does the adult's behaviour come about?" "not known" chose "Not sure yet";
    "N/K" was refused as no option. At the scale, "not known" was answered with how to
    leave the number out; "N/K" was told it holds no number."""
    known = reach(FLOWS["harm_matrix"], step_id)
    known.send("not known")
    chat = reach(FLOWS["harm_matrix"], step_id)
    chat.send(typed)
    assert chat.draft.answers.get(step_id) == known.draft.answers.get(step_id)
    assert [n.replace(typed, "not known") for n in chat.notices()] == known.notices()


# --- leftovers: a list carried over from My Three Houses -----------------------------------


async def at_the_childs_worries(bot: Bot) -> None:
    """USER's safety mapping "KB-1" at "What has the child said worries them?"."""
    await bot.say("/new mapping")
    await bot.say("KB-1")
    await bot.tap(button(bot, "a:"))  # the meeting it is for
    for said in ("/skip", "Me, social worker", "/skip", "/skip", "/skip"):
        await bot.say(said)
    assert "worries them" in shown(bot)[-1]


async def test_a_list_with_items_offers_done_not_a_skip_that_keeps_them(bot: Bot) -> None:
    """The child's words, carried into the mapping from My Three Houses (or typed), sat
    above a Skip button. Skip kept every item, where a practitioner pressing it expects
    nothing kept. With items in the list, Done (which keeps them) is the way on; Skip is
    offered only while the list is empty."""
    await at_the_childs_worries(bot)
    assert "Skip" in button_labels(bot)
    await bot.say("when dad shouts I hide in my room")
    assert button_labels(bot) == ["Done", "Back", "Help"]


# --- leftovers: a second photo with words ---------------------------------------------------


async def test_a_second_photo_with_words_is_told_its_words_are_not_saved(bot: Bot) -> None:
    """A health visitor sent a photo of the red book, and then another with "weight 6.2kg
    on 1/12" typed under it. The first got its note; the second got nothing, and its words
    seemed saved. They are now quoted back as not saved."""
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.feed(photo(bot))
    before = len(shown(bot))
    await bot.feed(photo(bot, caption="weight 6.2kg on 1/12"))
    said = shown(bot)[before:]
    assert len(said) == 1
    assert '"weight 6.2kg on 1/12"' in said[0]
    assert "Send your answer as a message of its own" in said[0]


async def test_a_second_photo_without_words_still_gets_no_second_note(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await bot.feed(photo(bot))
    before = len(shown(bot))
    await bot.feed(photo(bot))
    assert len(shown(bot)) == before


# --- leftovers: supervision's count -----------------------------------------------------------


def test_supervisions_count_stays_the_same_when_the_childs_words_are_given() -> None:
    """In group supervision preparation, "Question 5 of 21" (what the child has said) was
    followed by "Question 6 of 20": the question about what the child shows, asked only
    when their words are not given, was counted until then."""
    chat = reach(FLOWS["supervision"], "child_words")
    total = chat.question.total
    chat.send("I like it when daddy is at work because it's quiet")
    assert chat.question.total == total
    assert chat.question.number == 6


def test_supervisions_question_about_what_the_child_shows_is_counted_when_asked() -> None:
    chat = reach(FLOWS["supervision"], "child_words")
    chat.command("skip")
    assert chat.asked == "child_seen"
    assert chat.question.number == 6
    assert chat.question.number < chat.question.total


# --- leftovers: a number and its reason on one line ------------------------------------------


def test_a_number_with_its_reason_is_told_the_rest_of_the_question_and_can_add_it() -> None:
    """At the contextual mapping's scale a social worker typed "4 because dad has moved
    out". The reason was saved as why and the next question shown: the question for why
    also asks what one point higher would look like, and that was never asked. The note
    saying the reason was saved now says so, and "+ ..." sent next adds it to the reason."""
    chat = reach(FLOWS["contextual"], "safety_scale")
    chat.send("4 because dad has moved out")
    said = chat.notices("saved")[0]
    assert "one point higher" in said
    assert '"+ a 5 would be ..."' in said
    asked = chat.asked
    chat.send("+ a 5 would be a month with no missing episodes")
    assert chat.draft.answers["safety_scale_why"] == (
        "because dad has moved out; a 5 would be a month with no missing episodes")
    assert chat.asked == asked
    assert asked not in chat.draft.answers


def test_a_number_with_its_reason_at_the_last_question_says_how_to_add_the_rest() -> None:
    chat = reach(FLOWS["reflection"], "worry_scale")
    chat.send("4 cos she said it")
    assert chat.finished
    assert 'one point higher would look like. To add it, /review lets you change "Why' \
        in chat.notices("saved")[0]


@pytest.mark.parametrize(("flow_id", "step_id", "typed"), [
    ("harm_matrix", "harm_scale_1", "4 because dad has moved out"),  # asks why only
    ("contextual", "safety_scale", "4 because he is home by 10; a 5 would be a month"),
    ("contextual", "safety_scale", "10 - nothing has happened since May"),
])
def test_a_reason_that_answers_all_its_question_gets_no_more_asked(
        flow_id: str, step_id: str, typed: str) -> None:
    chat = reach(FLOWS[flow_id], step_id)
    chat.send(typed)
    assert not any("one point higher" in n for n in chat.notices())


def test_plus_at_a_question_not_after_a_reason_is_the_answer_as_before() -> None:
    chat = reach(FLOWS["contextual"], "safety_scale")
    chat.send("4")
    chat.send("+ he is home by 10")  # at the question for why itself: its answer
    assert chat.draft.answers["safety_scale_why"] == "+ he is home by 10"


# --- leftovers: a discard beside another unfinished draft -------------------------------------


async def discard_the_open_draft(bot: Bot) -> None:
    await bot.say("/cancel")
    await bot.tap(button(bot, "y:"))


async def test_discarding_the_open_draft_says_the_other_one_is_still_there(bot: Bot) -> None:
    """The team manager discarded "Sup-JB" and was told "Discarded. Nothing from that draft
    is kept. /new starts another.": nothing said "Sup-KT" was still there, and she thought
    both were gone. The reply now names it and how to go back to it."""
    await two_workers_cases(bot)
    await discard_the_open_draft(bot)
    said = shown(bot)[-1]
    assert '"Sup-KT", is still saved: /resume Sup-KT goes back to it' in said
    await bot.say("/resume Sup-KT")
    assert 'Back to "Sup-KT"' in shown(bot)[-2]


async def test_discarding_one_of_several_points_to_the_list(bot: Bot) -> None:
    await two_workers_cases(bot)
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await discard_the_open_draft(bot)
    assert "Your other 2 unfinished drafts are still saved: /drafts lists them" \
        in shown(bot)[-1]


async def test_discarding_the_only_draft_says_as_before(bot: Bot) -> None:
    await bot.say("/new reflection")
    await bot.say("KB-12")
    await discard_the_open_draft(bot)
    assert shown(bot)[-1] == "✓ Discarded. Nothing from that draft is kept. /new starts another."


# --- leftovers: the terminal's "which draft?" ---------------------------------------------------


async def test_the_terminals_which_draft_menu_offers_only_the_drafts(
        store: Store, flows: Mapping[str, Flow]) -> None:
    """In `sosbot chat`, "/resume sup" with two drafts "Sup-JB" and "Sup-KT" asked "More
    than one of your drafts matches that. Which one?" and offered "3) Start a new one",
    which is no answer to which of them; so did /resume's list of the drafts. The chat's
    opening menu still offers it."""
    talk = Conversation(store, flows, surface="terminal", nudger=nudger())
    for label in ("Sup-JB", "Sup-KT"):
        await Console(talk, out=io.StringIO(), read=typed_then_end(label, "Thu 2pm")).run(
            "supervision")
    for asked, heading in (("/resume sup", "Which one?"), ("/resume", "unfinished drafts:")):
        out = io.StringIO()
        await Console(talk, out=out, read=typed_then_end("1", asked)).run(None)
        which = out.getvalue().rsplit(heading, 1)[1]
        assert "Continue \"Sup-KT\"" in which
        assert "Start a new one" not in which
    out = io.StringIO()
    await Console(talk, out=out, read=typed_then_end()).run(None)  # the opening menu
    assert "3) Start a new one" in out.getvalue()



# --- the designated safeguarding lead's Harm Matrix -------------------------------------------


@pytest.mark.parametrize("typed", ["sorry lunch duty", "brb parent at the door",
                                   "Sorry - parent at the door, back in 5", "one sec",
                                   "on gate duty, will finish this later", "hang on"])
def test_a_note_that_you_have_to_stop_is_not_saved_as_the_answer(typed: str) -> None:
    """A school's designated safeguarding lead, at "What does the adult do, or fail to
    do?", was called to lunch duty and typed "sorry lunch duty", as to a colleague. It was
    saved as the answer, and the drafted danger statement read "... are worried that sorry
    lunch duty". A note that you have to stop is now kept back once: the answers so far
    are saved, and the question is shown again for when you come back."""
    chat = reach(FLOWS["harm_matrix"], "danger_behaviour_1")
    chat.send(typed)
    assert "danger_behaviour_1" not in chat.draft.answers
    assert "reads as a note that you have to stop" in chat.notices()[0]
    assert chat.asked == "danger_behaviour_1"


def test_a_note_that_you_have_to_stop_sent_again_is_the_answer() -> None:
    chat = reach(FLOWS["harm_matrix"], "harm_complicating_1")
    chat.send("bus duty")
    chat.send("bus duty")
    assert chat.draft.answers["harm_complicating_1"] == "bus duty"


@pytest.mark.parametrize("typed", ["back from lunch duty, where was i",
                                   "Back from the meeting - where were we?",
                                   "I'm back from gate duty"])
def test_back_from_a_duty_shows_the_question_again(typed: str) -> None:
    """Back hours later, she typed "back from lunch duty, where was i": it was saved as
    what the harm has done to the child."""
    chat = reach(FLOWS["harm_matrix"], "harm_impact_1")
    chat.send(typed)
    assert "harm_impact_1" not in chat.draft.answers
    assert chat.asked == "harm_impact_1"


@pytest.mark.parametrize("typed", ["A parent at the door was shouting at her",
                                   "Dad has to go to court", "she is on lunch duty with him",
                                   "He said hold on, I'll get my car"])
def test_lines_about_the_family_that_mention_such_things_are_the_answer(typed: str) -> None:
    chat = reach(FLOWS["harm_matrix"], "danger_behaviour_1")
    chat.send(typed)
    assert "reads as a note that you have to stop" not in " ".join(chat.notices())


def test_plus_and_more_typed_at_the_question_after_a_written_answer_is_offered_back() -> None:
    """Having given her number and reason on one line, the lead typed "+ a 4 would be JB in
    school all week", as the bot's own notes say to add words to an answer. It was saved,
    "+" and all, as who is worried, and the drafted danger statement began "+ a 4 would be
    JB in school all week is worried that ...". It is offered back to the answer before,
    as a line starting with "and" is, and /back adds it there without the "+"."""
    chat = reach(FLOWS["harm_matrix"], "harm_scale_1")
    chat.send("3 cos she is still going with him but mum is now picking her up")
    chat.send("+ a 4 would be JB in school all week")
    assert "danger_who_1" not in chat.draft.answers
    assert 'That starts with "+"' in first_nudge(chat)
    chat.command("back")
    assert chat.draft.answers["harm_scale_why_1"] == (
        "cos she is still going with him but mum is now picking her up a 4 would be JB in "
        "school all week")


# --- the health visitor's Signs of Wellbeing --------------------------------------------------


def test_the_next_answer_typed_past_a_reminder_on_an_abbreviation_is_asked_about() -> None:
    """A health visitor answered "Who is worried?" with "HV" and was asked to write it out.
    She typed on, the next question's answer as she thought: "baby nt gainig wieght, mum
    misses feeds when tired". It replaced "HV" as who is worried, and the worry statement
    read "baby nt gainig wieght ... is worried that ...". A line of many words sent past a
    reminder about an answer of initials alone is now asked about, as other lines are."""
    chat = reach(FLOWS["wellbeing"], "worry_who_1")
    chat.send("HV")
    chat.send("baby nt gainig wieght, mum misses feeds when tired")
    assert "worry_who_1" not in chat.draft.answers
    assert "or is it for the next question?" in first_nudge(chat)


def test_initials_typed_past_a_reminder_about_other_initials_are_asked_about() -> None:
    """Asked to write out "MGM" in "baby (4mo), mum (19), MGM", the health visitor typed
    the next question's answer, "HV, ck" (who is writing this). It replaced who is in the
    family, which was lost. It is now asked about: the new answer, or the next question's."""
    chat = reach(FLOWS["wellbeing"], "family")
    chat.send("baby (4mo), mum (19), MGM")
    chat.send("HV, ck")
    assert "family" not in chat.draft.answers
    assert "or is it for the next question?" in first_nudge(chat)
    chat.command("next")
    assert chat.draft.answers["family"] == "baby (4mo), mum (19), MGM"
    assert chat.draft.answers["author"] == "HV, ck"


@pytest.mark.parametrize("typed", ["health visitor", "health visitor (HV)",
                                   "the HV and GP are", "hv and gp"])
def test_an_abbreviation_written_out_is_still_its_rewrite(typed: str) -> None:
    chat = reach(FLOWS["wellbeing"], "worry_who_1")
    chat.send("HV")
    chat.send(typed)
    assert chat.draft.answers.get("worry_who_1") == typed or chat.asked == "worry_who_1"
    assert not any("for the next question" in getattr(r, "text", "") for r in chat.replies)


# --- the three practitioners end to end, on the phone ---------------------------------------


async def test_the_dsl_called_away_twice_finds_each_answer_under_its_question(bot: Bot) -> None:
    """The designated safeguarding lead's Harm Matrix about JB (14): lunch duty, then a
    parent at the door, each noted to the bot and come back to hours later. Nothing she
    typed about being away is an answer, and each answer is under its own question."""
    await bot.say("/new harm_matrix")
    await bot.say("JB-14")
    for said in ("AK, designated safeguarding lead at the high school",
                 "JB (14), mum, the attendance officer, her form tutor",
                 "sorry lunch duty"):
        await bot.say(said)
    note, asked = shown(bot)[-2:]
    assert "Your answers so far are saved" in note
    assert "What does the adult do" in asked
    await bot.say("back from lunch duty, where was i")
    assert "What does the adult do" in shown(bot)[-1]
    await bot.say("A man of about 19 picks JB up from the school gate in his car at lunch "
                  "and she does not come back for the afternoon")
    await bot.say("brb parent at the door")
    await bot.say("hi sorry, where were we")
    assert "What has this done to the child" in shown(bot)[-1]
    await bot.say("Her attendance is down to 71% since September and she falls asleep in "
                  "lessons")
    answers = await answers_of(bot, "JB-14")
    assert str(answers["danger_behaviour_1"]).startswith("A man of about 19")
    assert str(answers["harm_impact_1"]).startswith("Her attendance")
    assert "What is the worst it has been" in shown(bot)[-1]


async def test_the_health_visitors_old_buttons_and_short_answers_land_where_meant(
        bot: Bot) -> None:
    """The health visitor's Signs of Wellbeing for baby B: "Yes" pressed again on the
    consent question far above changes nothing; "HV" held back to be written out, and the
    next question's answer typed past it, are each kept where she meant them."""
    await bot.say("/new wellbeing")
    await bot.say("HV-B1")
    consent_yes = next(d for d in bot.buttons() if d.endswith(":yes"))
    await bot.tap(consent_yes)
    for said in ("GP and nursery", "baby B (4 months), mum (19), maternal gran", "CK, health "
                 "visitor", "n/k", "mum and the GP; dad's views missing", "in 6 weeks",
                 # (how the baby's view was heard: "baby too young to say" is asked now how
                 # it was gathered, as a child who does not speak has a view too)
                 "/skip", "/skip", "/skip", "I watched B with mum: she settles when mum holds "
                 "her"):
        await bot.say(said)
    await bot.tap(consent_yes)  # on the old message, far above
    assert bot.toasts()[-1] == STALE_TOAST
    await bot.say("HV")
    await bot.say("baby nt gainig wieght, mum misses feeds when tired")
    assert "or is it for the next question?" in shown(bot)[-1]
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "It's for the next question"))
    answers = await answers_of(bot, "HV-B1")
    assert answers["consent"] == "yes"
    assert answers["meeting_date"] == "n/k"
    assert answers["worry_who_1"] == "HV"
    assert answers["worry_what_1"] == "baby nt gainig wieght, mum misses feeds when tired"


async def test_the_social_workers_changed_answer_is_the_one_drafted_and_exported(
        bot: Bot) -> None:
    """The social worker's contextual mapping for JR (15): the peers and the park at night.
    Back at what has happened through the review, she changes it, and the danger statement
    drafted after it and the summary exported use the new words, not the old."""
    await bot.say("/new contextual")
    await bot.say("JR-15")
    for said in ("JS, social worker", "/skip", "JR (15), mum, school, youth worker, police",
                 "JR has not been asked yet", "in 6 weeks",
                 "Older lads give JR cannabis in the park at night",
                 "He said they're his mates and they look out for him"):
        await bot.say(said)
    await bot.say("/review")
    await bot.tap(next(b["callback_data"] for b in bot.newest_buttons()
                       if b["text"] == "Edit 6"))
    assert "Current answer: <i>Older lads give JR cannabis" in shown(bot)[-1]
    await bot.say("Two men in their twenties give JR cannabis in the park by the flats after "
                  "10pm and get him to carry bags for them")
    assert "makes them easier for others to target" in shown(bot)[-1]  # back where she was
    answers = await answers_of(bot, "JR-15")
    assert str(answers["harm_outside"]).startswith("Two men in their twenties")
    assert answers["harm_signs"] == "He said they're his mates and they look out for him"
    await bot.say("/export")
    assert bot.request.sent("sendDocument")


async def a_finished_reflections_export_button(bot: Bot) -> str:
    """USER's reflection "KB-12", finished: the Export button under its summary."""
    await start_reflection(bot)
    for line in (*REFLECTION, "4 cos she said it"):
        await bot.say(line)
    return next(d for d in bot.buttons() if d.startswith("x:"))


async def test_export_on_an_earlier_drafts_summary_sends_that_drafts_documents(
        bot: Bot) -> None:
    """The health visitor finished the baby's reflection, started one for the sibling, and
    then scrolled up and tapped Export under the baby's summary, to take to the meeting.
    She was told "That button is from an earlier question, so nothing was changed". The
    button now exports the draft it is under, opening it first, as "/export KB-12" does."""
    export = await a_finished_reflections_export_button(bot)
    await bot.say("/new reflection")
    await bot.say("KB-13")
    await bot.tap(export)
    assert bot.toasts()[-1] != STALE_TOAST
    assert any('Back to "KB-12"' in text for text in shown(bot)[-4:])
    assert bot.request.sent("sendDocument")
    assert await open_label(bot) == "KB-12"


async def test_export_under_a_discarded_drafts_summary_sends_nothing(bot: Bot) -> None:
    export = await a_finished_reflections_export_button(bot)
    await discard_the_open_draft(bot)
    await bot.say("/new reflection")
    await bot.say("KB-13")
    await bot.tap(export)
    assert not bot.request.sent("sendDocument")
    assert "no longer kept" in shown(bot)[-1]
